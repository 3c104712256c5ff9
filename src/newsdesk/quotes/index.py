"""The article's name mentions that speakers resolve to, outside quotation marks.

The ``mentions`` layer (when it ran before us) gives canonical entities; without it spaCy's
PERSON/ORG/GPE entities are the mentions. Short names ("Wang", "Mr. Wang", "SDF") are resolved
by the resolver shared with the ``mentions`` layer (``newsdesk.entities.people``). Names inside
quotations are not candidates: the speaker is outside the quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdesk.entities.people import (
    clean_name,
    initials,
    is_acronym,
    resolve_name,
    stated_genders,
)

PERSON_LABELS = {"PERSON"}
#: Heads of definite descriptions that stand for a person or an organisation named earlier.
PERSON_NOUNS = {"senator", "president", "governor", "lawmaker", "congressman", "congresswoman",
                "minister", "secretary", "chairman", "chairwoman", "mayor",
                "candidate", "leader", "republican", "democrat", "judge", "director", "ambassador",
                "representative", "nominee", "commander", "general", "chief", "prosecutor", "attorney", "ceo",
                "tycoon", "businessman", "businesswoman", "billionaire", "lawyer", "teen", "teenager", "student"}
ORG_NOUNS = {"company", "firm", "group", "organization", "organisation", "agency", "department", "ministry",
             "campaign", "committee", "newspaper", "paper", "network", "bank", "union", "coalition",
             "administration", "government", "office", "military", "army", "board", "party", "court", "business"}
SPEAKER_LABELS = {"PERSON", "ORG", "GPE"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}


@dataclass(slots=True, frozen=True)
class Mention:
    start: int
    end: int
    name: str
    label: str
    entity: str | None = None


@dataclass(slots=True)
class NameIndex:
    """The article's person and organisation mentions outside quotations, in text order."""

    mentions: list[Mention]
    genders: dict[str, str] = field(default_factory=dict)

    def full_name(self, name: str, *, before: int) -> str:
        """The full name that ``name`` (a surname, or a title and surname) stands for at ``before``."""
        return resolve_name(name, [(m.start, m.name) for m in self.mentions], at=before)

    def entity_at(self, start: int, end: int) -> str | None:
        for mention in self.mentions:
            if mention.start < end and start < mention.end and mention.entity:
                return mention.entity
        return None

    def mention_at(self, position: int) -> Mention | None:
        return next((m for m in self.mentions if m.start <= position < m.end), None)

    def label_at(self, start: int, end: int) -> str | None:
        return next((m.label for m in self.mentions if m.start < end and start < m.end), None)

    def entity_of(self, name: str) -> str | None:
        for mention in self.mentions:
            if mention.entity and mention.name == name:
                return mention.entity
        return None

    def person_before(self, position: int, *, gender: str | None) -> Mention | None:
        """The latest person mentioned before ``position`` whose known gender is not the opposite."""
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.label not in PERSON_LABELS:
                continue
            known = self.genders.get(self.full_name(mention.name, before=mention.start))
            if gender is None or known is None or known == gender:
                return mention
        return None


def build_index(doc: Any, article_annotations: dict[str, list[dict[str, Any]]],
                quoted: list[tuple[int, int]]) -> NameIndex:
    mentions = _layer_mentions(doc.text, article_annotations.get("mentions")) or _spacy_mentions(doc)
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in quoted)]
    index = NameIndex(sorted(mentions, key=lambda m: m.start))
    index.genders = _genders(doc.text, index)
    return index


def _layer_mentions(text: str, records: list[dict[str, Any]] | None) -> list[Mention]:
    """Mentions from the ``mentions`` layer: its cluster name is the article's fullest name."""
    mentions = []
    for record in records or []:
        label = str(record.get("label") or record.get("type") or "").upper()
        label = "PERSON" if label in {"PER", "PERSON"} else label
        start, end = record.get("start"), record.get("end")
        if isinstance(start, int) and isinstance(end, int) and label in SPEAKER_LABELS:
            name = clean_name(_cluster_name(record, text[start:end], label))
            entity = record.get("entity") or record.get("gazetteer")
            if name:
                mentions.append(Mention(start, end, name, label, str(entity) if entity else None))
    return mentions


def _cluster_name(record: dict[str, Any], surface: str, label: str) -> str:
    """The cluster's name, unless an organisation or place shares no word with it
    (``Pentagon`` in a cluster named ``United States``): then the words as written."""
    name = str(record.get("name") or surface)
    if label == "PERSON" or set(clean_name(surface).lower().split()) & set(name.lower().split()):
        return name
    if is_acronym(surface) and surface.replace(".", "") == initials(name):
        return name  # "U.S." for "United States"
    return surface


def _spacy_mentions(doc: Any) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        if ent.label_ in SPEAKER_LABELS and "\n" not in ent.text:
            name = clean_name(ent.text)
            if name:
                mentions.append(Mention(ent.start_char, ent.end_char, name, ent.label_))
    return mentions


def _genders(text: str, index: NameIndex) -> dict[str, str]:
    return stated_genders(text, [(m.start, m.name) for m in index.mentions])
