"""How often the AllSides articles write a name with a generational suffix, and how often the
same article also writes that name bare, or with a second suffix (a father and a son).

Read from the text alone, by a pattern (two to four capitalised words or initials, then
``Jr.``, ``Sr.``, ``II``, ``III`` or ``IV``, with or without a comma before it), so that the
whole corpus is read in seconds without the tagger. ``II``-``IV`` also follow names that are no
person's ("World War II", "Title IV", "Elizabeth II"): they are counted apart from ``Jr.`` and
``Sr.``, and ``--show`` lists the names to read.

    NEWSDESK_SHARED=/work/shared python benchmarks/list_generational_suffixes.py [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter

from _common import DATA

_WORD = r"(?:[A-Z][a-z'’-]+|[A-Z]\.)"
_SUFFIXED = re.compile(rf"\b({_WORD}(?: {_WORD}){{1,3}})(,)? (Jr|Sr|II|III|IV)\b\.?")


def suffixed_names(text: str) -> list[tuple[str, str, bool]]:
    """``(bare name, suffix, written after a comma)`` for each suffixed name in ``text``."""
    return [(m.group(1), m.group(3), m.group(2) is not None) for m in _SUFFIXED.finditer(text)]


def bare_written(text: str, name: str) -> bool:
    """Whether ``name`` is written somewhere in ``text`` with no suffix after it."""
    pattern = re.compile(rf"\b{re.escape(name)}\b(?!,? (?:Jr|Sr|II|III|IV)\b)")
    return pattern.search(text) is not None


def tally(articles: list[str]) -> tuple[Counter[str], list[tuple[str, str]]]:
    counts: Counter[str] = Counter()
    shown = []
    for text in articles:
        found = suffixed_names(text)
        if not found:
            continue
        for group, suffixes in (("Jr/Sr", {"Jr", "Sr"}), ("II-IV", {"II", "III", "IV"})):
            names = {(name, suffix, comma) for name, suffix, comma in found if suffix in suffixes}
            if not names:
                continue
            counts[f"{group}: articles"] += 1
            counts[f"{group}: articles with a comma before the suffix"] += any(c for _, _, c in names)
            bare = {name for name, _, _ in names if bare_written(text, name)}
            counts[f"{group}: articles also writing the bare full name"] += bool(bare)
            two = {name for name, _, _ in names if len({s for n, s, _ in names if n == name}) > 1}
            counts[f"{group}: articles writing two suffixes to one name"] += bool(two)
            shown += [(group, f"{name}{',' if c else ''} {s}{' +bare' if name in bare else ''}") for name, s, c in names]
    return counts, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list the N most frequent suffixed names")
    args = parser.parse_args()
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line).get("content_original") or "" for line in lines]
    counts, shown = tally(articles)
    print(f"articles: {len(articles)}")
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    for (group, name), n in Counter(shown).most_common(args.show):
        print(f"  {n:4d}  {group}  {name}")


if __name__ == "__main__":
    main()
