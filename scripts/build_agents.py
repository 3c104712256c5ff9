"""Build src/newsdesk/data/agents.json from the PLOVER agents dictionary.

Usage: python scripts/build_agents.py [PATH/TO/PLOVER_agents.txt]
(default: ../shared/data/actors/ngec-plover-agents/PLOVER_agents.txt)

The derived file maps each one-word generic agent noun ("soldier", "policeman", "refugee")
to its role, the first PLOVER sector of its code (MIL military, COP police, GOV government,
REB rebel, CVL civilian, ...); phrases of several words and the non-actors (JNK: floods,
volcanoes; NON: "the border", "Monday") are left out, and the ``!PERSON!`` substitution set
is expanded ("POLICE!PERSON!" gives policeman, policemen, ...). Source: the NGEC coder's
agents file (MIT, Copyright 2014 Open Event Data Alliance), see data/agents.LICENSE.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared/data/actors/ngec-plover-agents/PLOVER_agents.txt"
TARGET = ROOT / "src/newsdesk/data/agents.json"
_ENTRY = re.compile(r"^([^\[{#]+?)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_NOT_ACTORS = {"JNK", "NON"}


def read_agents(lines: list[str]) -> dict[str, str]:
    """One-word agent nouns (lower case) -> the first three letters of their code."""
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for line in lines:
        line = line.split("#")[0].strip()
        if match := _SUBSTITUTION.match(line):
            substitutions[match[1]] = [w.strip() for w in match[2].split(",")]
        elif (match := _ENTRY.match(line)) and match[2][:3] not in _NOT_ACTORS:
            for phrase in _expand(match[1].strip(), substitutions):
                if re.fullmatch(r"[A-Z]+", phrase):
                    agents.setdefault(phrase.lower(), match[2][:3])
    return dict(sorted(agents.items()))


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for name, words in substitutions.items():
        if name in phrase:
            return [p for w in words for p in _expand(phrase.replace(name, w, 1), substitutions)]
    return [phrase]


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    agents = read_agents(source.read_text(encoding="utf-8", errors="replace").splitlines())
    TARGET.write_text(json.dumps(agents, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(agents)} agent nouns -> {TARGET}")


if __name__ == "__main__":
    main()
