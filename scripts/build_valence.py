"""Build src/newsdesk/data/valence.json from the VADER sentiment lexicon.

Usage: python scripts/build_valence.py [PATH/TO/vader_lexicon.txt]
(default: the lexicon of an installed ``vaderSentiment``, ``pip install vaderSentiment``)

The derived file maps each word of the lexicon (lower-case letters, with hyphens or
apostrophes inside) to its mean valence, from -4 (most negative) to +4, as rated by ten
people each; the lexicon's emoticons and phrases of several words are left out. The events
layer reads a word's sign (``events/naming.py``: "called the minister nasty" names him by a
word of negative valence). Source: VADER (MIT, Copyright 2016 C.J. Hutto), see
data/valence.LICENSE.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src/newsdesk/data/valence.json"
_WORD = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")


def read_valence(lines: list[str]) -> dict[str, float]:
    """Words (lower case) -> their mean valence, from the lexicon's tab-separated lines."""
    valence = {}
    for line in lines:
        fields = line.split("\t")
        if len(fields) >= 2 and _WORD.fullmatch(fields[0]):
            valence[fields[0]] = float(fields[1])
    return dict(sorted(valence.items()))


def _default_source() -> str:
    lexicon = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    return lexicon.read_text(encoding="utf-8")


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8") if len(sys.argv) > 1 else _default_source()
    valence = read_valence(text.splitlines())
    TARGET.write_text(json.dumps(valence, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(valence)} words -> {TARGET}")


if __name__ == "__main__":
    main()
