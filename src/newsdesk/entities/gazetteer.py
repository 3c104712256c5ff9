"""The entity gazetteer shipped in ``newsdesk/data/gazetteer.jsonl`` and the ruler patterns made from it.

The file is built by ``scripts/build_gazetteer.py`` from GeoNames (countries, capitals) and the
Phoenix/PETRARCH-2 CAMEO actor dictionaries (leaders, officials, organisations, armed groups),
plus a short curated table (organisation acronyms, seats of power, renames with dates).
Its first line carries the attribution.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

#: Labels the ruler assigns; the NER labels newsdesk keeps as entities.
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
#: Names with at most this many letters are short aliases (see ``is_short_alias``).
SHORT_ALIAS_LETTERS = 4


@dataclass(slots=True)
class Gazetteer:
    """Entries by id, and by lower-cased name or alias."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)  # lower-case name -> as written
    countries: list[str] = field(default_factory=list)  # lower-case country names
    country_entries: list[dict[str, Any]] = field(default_factory=list)  # the same, entries
    attribution: str = ""

    def lookup(self, name: str) -> dict[str, Any] | None:
        entry_id = self.match(name)
        return self.entries[entry_id] if entry_id else None

    def match(self, name: str) -> str | None:
        """The id of the entry ``name`` names. A short name or an acronym ("US", "UN") must
        match as written: "Us" (of Us Weekly) or "us" is not the United States."""
        entry_id = self.by_name.get(name.lower())
        if entry_id and is_short_alias(name) and name not in self.forms.get(name.lower(), ()):
            return None
        return entry_id

    def state_of(self, entry_id: str) -> str | None:
        """ISO3 of the state a capital or seat of power stands for, else None."""
        entry = self.entries.get(entry_id) or {}
        if entry.get("kind") == "seat":
            return entry.get("stands_for")
        if entry.get("kind") == "capital":
            return entry.get("country")
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    gazetteer = Gazetteer()
    text = resources.files("newsdesk.data").joinpath("gazetteer.jsonl").read_text(encoding="utf-8")
    lines = text.splitlines()
    gazetteer.attribution = json.loads(lines[0])["attribution"]
    for entry in json.loads("[" + ",".join(lines[1:]) + "]"):  # one parse: a third of the time
        gazetteer.entries[entry["id"]] = entry
        for name in (entry["name"], *entry.get("aliases", ()), *entry.get("acronyms", ())):
            gazetteer.by_name.setdefault(name.lower(), entry["id"])
            gazetteer.forms.setdefault(name.lower(), set()).add(name)
        if entry["kind"] == "country":
            gazetteer.countries.append(entry["name"].lower())
            gazetteer.country_entries.append(entry)
    return gazetteer


def is_short_alias(name: str) -> bool:
    """Acronyms and names of at most four letters: they need an exact-case match and must be
    the whole mention, never a word inside a longer name ("US" of "US Airways")."""
    letters = [char for char in name if char.isalpha()]
    return len(letters) <= SHORT_ALIAS_LETTERS or (len(letters) > 1 and name.isupper() and " " not in name)


def ruler_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """EntityRuler patterns: names as exact-case phrases, acronyms as single exact tokens."""
    patterns = []
    for entry in gazetteer.entries.values():
        label = entry["label"]
        for name in (entry["name"], *entry.get("aliases", ())):
            patterns.append({"label": label, "pattern": name, "id": entry["id"]})
        for acronym in entry.get("acronyms", ()):
            patterns.append({"label": label, "pattern": [{"ORTH": acronym}], "id": entry["id"]})
    return patterns
