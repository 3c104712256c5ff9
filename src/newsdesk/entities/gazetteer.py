"""The entity gazetteer shipped in ``newsdesk/data/gazetteer.jsonl`` and the ruler patterns made from it.

The file is built by ``scripts/build_gazetteer.py`` from GeoNames (countries, capitals) and the
Phoenix/PETRARCH-2 CAMEO actor dictionaries (leaders, officials, organisations, armed groups),
plus a short curated table (organisation acronyms, seats of power, renames with dates).
Its first line carries the attribution.

The same script writes ``newsdesk/data/gazetteer_tokens.json``: how the model's tokenizer splits
each name it does not split at single spaces alone ("Guinea-Bissau", "St. John's"), stamped
with the model and spaCy versions that made it. The ruler's phrase matcher then takes each
name's token ids without tokenising the names in every process (``newsdesk.nlp``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

#: Labels the ruler assigns; the NER labels newsdesk keeps as entities.
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
#: The packaged tokens of the gazetteer's names (``phrase_tokens``), beside the gazetteer.
TOKENS_FILE = "gazetteer_tokens.json"
#: Names with at most this many letters are short aliases (see ``is_short_alias``).
SHORT_ALIAS_LETTERS = 4


@dataclass(slots=True)
class Gazetteer:
    """Entries by id, and by lower-cased name or alias."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)  # every name and alias as written
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
        if entry_id and is_short_alias(name) and name not in self.written:
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
    """The packaged gazetteer, read once per process: one JSON parse of every entry, and
    the name index built by comprehensions (a name's first entry wins)."""
    text = resources.files("newsdesk.data").joinpath("gazetteer.jsonl").read_text(encoding="utf-8")
    head, _, body = text.partition("\n")
    entries = json.loads("[" + body.strip().replace("\n", ",") + "]")
    names = [
        (name, entry["id"])
        for entry in entries
        for name in (entry["name"], *entry.get("aliases", ()), *entry.get("acronyms", ()))
    ]
    countries = [entry for entry in entries if entry["kind"] == "country"]
    return Gazetteer(
        entries={entry["id"]: entry for entry in entries},
        by_name={name.lower(): entry_id for name, entry_id in reversed(names)},
        written={name for name, _ in names},
        countries=[entry["name"].lower() for entry in countries],
        country_entries=countries,
        attribution=json.loads(head)["attribution"],
    )


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


def tokenizer_stamp(nlp: Any) -> dict[str, str]:
    """What decides how a pipeline tokenises: its model, the model's version, spaCy's version."""
    import spacy

    meta = nlp.meta
    return {"model": f"{meta['lang']}_{meta['name']}", "model_version": meta["version"],
            "spacy": spacy.__version__}


def phrase_tokens(tokenizer: Any, phrases: Iterable[str]) -> dict[str, list[str]]:
    """Each phrase whose tokens are not its words between single spaces, with its tokens."""
    found = {}
    for phrase in dict.fromkeys(phrases):
        words = [token.text for token in tokenizer(phrase)]
        if words != phrase.split(" "):
            found[phrase] = words
    return found


def load_phrase_tokens(stamp: dict[str, str]) -> dict[str, list[str]] | None:
    """The packaged ``phrase_tokens`` of the gazetteer's names if the pipeline ``stamp``
    (``tokenizer_stamp``) made them, else None."""
    resource = resources.files("newsdesk.data").joinpath(TOKENS_FILE)
    if not resource.is_file():
        return None
    shipped = json.loads(resource.read_text(encoding="utf-8"))
    return shipped["tokens"] if shipped["stamp"] == stamp else None
