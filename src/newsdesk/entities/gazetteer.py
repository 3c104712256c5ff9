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


@dataclass(slots=True)
class Gazetteer:
    """Entries by id, and by lower-cased name or alias."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)  # lower-case country names
    attribution: str = ""

    def lookup(self, name: str) -> dict[str, Any] | None:
        entry_id = self.by_name.get(name.lower())
        return self.entries[entry_id] if entry_id else None

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
    for line in lines[1:]:
        entry = json.loads(line)
        gazetteer.entries[entry["id"]] = entry
        for name in (entry["name"], *entry.get("aliases", ()), *entry.get("acronyms", ())):
            gazetteer.by_name.setdefault(name.lower(), entry["id"])
        if entry["kind"] == "country":
            gazetteer.countries.append(entry["name"].lower())
    return gazetteer


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
