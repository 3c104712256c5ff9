"""Who a speaker mention refers to: the full name the article uses, and its entity when known.

The ``mentions`` layer (entity recognition, when it ran before us) gives canonical entities;
without it spaCy's PERSON/ORG entities are the mentions. A surname or a titled name
("Mr. Radchenko", "Ms. Yau") is the latest earlier full name holding that word (family
names come first in Chinese names, so any word of the full name counts); an acronym ("SDF") is
the earlier name whose initials it is. A pronoun is the
subject of its own sentence when that is a person, else the latest earlier person whose
gender the text does not contradict ("Ms. Yau" makes Yau a woman); otherwise it stays
unresolved. Names inside quotations are not candidates: the speaker is outside the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

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
TITLES = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "gov.",
          "sen.", "rep.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "rev.", "pres.", "president", "senator",
          "governor", "mayor", "representative", "rep", "sen", "gov"}
_FEMALE = {"ms", "ms.", "mrs", "mrs.", "miss", "dame"}
_MALE = {"mr", "mr.", "sir"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_TITLED = re.compile(r"\b(Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+([A-Z][\w'’-]+)")


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
        words = strip_title(name).split()
        if len(words) != 1:
            return " ".join(words)
        if is_acronym(words[0]):
            long_form = next((m.name for m in reversed(self.mentions)
                              if m.start < before and initials(m.name) == words[0].replace(".", "")), None)
            if long_form:
                return long_form  # "SDF" after "Syrian Democratic Forces"
        earlier = [m for m in self.mentions if m.start < before and _holds(m.name, words[0])]
        later = [m for m in self.mentions if m.start >= before and _holds(m.name, words[0])]
        chosen = earlier[-1] if earlier else (later[0] if later else None)
        return chosen.name if chosen else words[0]

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
    genders: dict[str, str] = {}
    for match in _TITLED.finditer(text):
        title = match.group(1).lower()
        name = index.full_name(match.group(2), before=match.start())
        if title in _FEMALE or title + "." in _FEMALE:
            genders.setdefault(name, "f")
        elif title in _MALE or title + "." in _MALE:
            genders.setdefault(name, "m")
    return genders


def clean_name(name: str) -> str:
    """A mention's text without a leading article, a possessive ending or a title."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    name = re.sub(r"['’]s?$", "", name).strip()
    return strip_title(name)


def strip_title(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words)


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def initials(name: str) -> str:
    """``Syrian Democratic Forces`` -> ``SDF`` (function words skipped)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _holds(full: str, word: str) -> bool:
    return len(full.split()) > 1 and word in full.split()
