"""Build src/newsdesk/data/animal_nouns.json from WordNet 3.0's noun database.

Usage: python scripts/build_animal_nouns.py [PATH/TO/WORDNET/DICT]
(default: /usr/share/wordnet, the Debian and Ubuntu package ``wordnet-base``)

The derived file lists the one-word nouns of animals: a noun every sense of which is an
animal (a hyponym of WordNet's *animal, animate being*: ``terrier``, ``hamster``), and a noun
whose senses in the tagged corpus that WordNet counts (``cntlist.rev``) are animals only
(``dog``, ``cat``, ``horse``: none of their senses that name a person was ever tagged).
Hominids (*homo*, *human*) are no animals here. The quotes layer reads it to tell a pet's or
a beast's name from a person's (``quotes.index``: ``Bush's dog, Barney``). Source: WordNet
3.0 (Copyright 2006 Princeton University), see data/animal_nouns.LICENSE.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src/newsdesk/data/animal_nouns.json"
ANIMALS, PEOPLE = 5, 18  # WordNet's lexicographer files noun.animal and noun.person


def read_synsets(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each noun synset's words and its hypernyms, by offset, from ``data.noun``."""
    words, hypernyms = {}, {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        words[fields[0]] = [fields[4 + 2 * i].lower() for i in range(count)]
        pointers = fields[5 + 2 * count : 5 + 2 * count + 4 * int(fields[4 + 2 * count])]
        hypernyms[fields[0]] = [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] in {"@", "@i"}]
    return words, hypernyms


def ancestors(offset: str, hypernyms: dict[str, list[str]]) -> set[str]:
    """The synset and every synset above it."""
    seen, todo = {offset}, [offset]
    while todo:
        for above in hypernyms.get(todo.pop(), []):
            if above not in seen:
                seen.add(above)
                todo.append(above)
    return seen


def tagged_files(path: Path) -> dict[str, Counter]:
    """Each noun's tagged sense counts by lexicographer file, from ``cntlist.rev``."""
    counts: dict[str, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        kind, lexfile = rest.split(":")[:2]
        if kind == "1":
            counts.setdefault(lemma, Counter())[int(lexfile)] += int(count)
    return counts


def animal_nouns(folder: Path) -> list[str]:
    words, hypernyms = read_synsets(folder / "data.noun")
    animal = next(o for o, w in words.items() if w[:2] == ["animal", "animate_being"])
    hominids = {o for o, w in words.items() if "hominid" in w}
    counts = tagged_files(folder / "cntlist.rev")

    def is_animal(offset: str) -> bool:
        above = ancestors(offset, hypernyms)
        return animal in above and not above & hominids

    found = set()
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if line.startswith("  ") or not fields[0].isalpha() or not fields[0].islower():
            continue
        senses = fields[6 + int(fields[3]) :]
        tagged = counts.get(fields[0], Counter())
        if all(map(is_animal, senses)) or (
            is_animal(senses[0]) and tagged[ANIMALS] > 0 and tagged[PEOPLE] == 0
        ):
            found.add(fields[0])
    return sorted(found)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    nouns = animal_nouns(folder)
    TARGET.write_text(json.dumps(nouns, indent=0) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns -> {TARGET}")


if __name__ == "__main__":
    main()
