"""Author strings from web pages turned into people's names, with organisations set apart.

A page's author fields hold more than names: "By", job titles after a comma, e-mail
addresses, social handles, "Updated" stamps and dates, photo credits ("Photo by The
Associated Press"), interface text caught with the byline ("View author archive", "Account
You're logged") and wire services or desks ("Reuters", "Staff"). No maintained library splits
a byline into people (nameparser and probablepeople parse one name they are given), so this
module does it with general rules: split on the separators bylines use, strip lead words and
stamps, then keep a part only when it has the shape of a personal name (two to five words,
each capitalised or a surname particle, no digits) and the spaCy English NER does not read it
as an organisation. Organisation-shaped parts become the ``credit`` (wire, agency, desk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_STAMP = re.compile(
    r"\b(updated|published|posted|last modified|aktualisiert|veröffentlicht)\b.*$", re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b.*$")
_SEPARATORS = re.compile(r"\s*(?:[,;|/•·\n]|\s&\s|\s(?:and|und|et|y|e|i|og|en)\s)\s*")
_LEAD = re.compile(
    r"^(?:(?:written|reported|posted|text|story|words|report)\s+)?"
    r"(?:by|von|par|por|di|door|av|de|autor(?:in)?|author|text|fotos?|written by)\s*:?\s+",
    re.IGNORECASE)
_CREDIT_LEAD = re.compile(r"^(?:photo|image|picture|video|graphic|illustration|foto|bild)s?\b",
                          re.IGNORECASE)
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "das", "del", "della", "di", "du",
                        "la", "le", "bin", "bint", "ibn", "al", "el", "ten", "ter", "zu", "dos",
                        "y", "af", "vom", "zum", "st."})
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?$")

#: Most words a personal name has (particles included).
MAX_NAME_WORDS = 5


@dataclass(slots=True)
class Byline:
    """The people a byline names and the organisations it credits, each deduplicated."""

    authors: list[str] = field(default_factory=list)
    credit: list[str] = field(default_factory=list)

    def add_author(self, name: str) -> None:
        if name.casefold() not in {known.casefold() for known in self.authors}:
            self.authors.append(name)

    def add_credit(self, name: str) -> None:
        if name.casefold() not in {known.casefold() for known in self.credit}:
            self.credit.append(name)


def parse_byline(values: str | list[str] | None, *, outlet: str | None = None) -> Byline:
    """People and credits named by one or more author strings."""
    byline = Byline()
    for value in [values] if isinstance(values, str) else values or []:
        for part in split_parts(value):
            _sort_part(part, byline, outlet=outlet)
    return byline


def split_parts(value: str) -> list[str]:
    """The pieces of a byline that may each be one name, with stamps, mails and handles gone."""
    text = _URL.sub(" ", _EMAIL.sub(" ", value))
    text = _DATE.sub(" ", _STAMP.sub(" ", _HANDLE.sub(" ", text)))
    parts = []
    for part in _SEPARATORS.split(text):
        part = " ".join(part.split()).strip(" :-–—()[]\"'")
        part = _LEAD.sub("", part).strip(" :-–—")
        if part:
            parts.append(part)
    return parts


def _sort_part(part: str, byline: Byline, *, outlet: str | None) -> None:
    if _CREDIT_LEAD.match(part):
        return
    if outlet and part.casefold() == outlet.casefold():
        byline.add_credit(part)
    elif has_name_shape(part) and not is_organisation(part):
        byline.add_author(part)
    elif _has_org_shape(part):
        byline.add_credit(part)


def has_name_shape(text: str) -> bool:
    """Two to five words, each capitalised (or a surname particle), no digits, not all particles."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    capitalised = 0
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 2


def _has_org_shape(text: str) -> bool:
    """A short capitalised label such as "Reuters", "AP", "dpa" or "The Associated Press"."""
    words = text.split()
    return 1 <= len(words) <= 4 and not any(ch.isdigit() for ch in text) and (
        len(words) > 1 or text.isalpha() and len(text) <= 20)


def is_organisation(text: str) -> bool:
    """The spaCy English NER reads the string as an organisation (or a place), not a person."""
    labels = _entity_labels(text)
    return bool(labels) and "PERSON" not in labels and labels <= {"ORG", "GPE", "NORP", "FAC"}


@lru_cache(maxsize=4096)
def _entity_labels(text: str) -> frozenset[str]:
    doc = _ner()(f"Written by {text}.")
    return frozenset(ent.label_ for ent in doc.ents)


@lru_cache(maxsize=1)
def _ner():
    """The English pipeline with only what NER needs (the gazetteer ruler included)."""
    from newsdesk.nlp import load_pipeline

    nlp = load_pipeline()
    keep = {"tok2vec", "gazetteer_ruler", "ner"}
    return lambda text: nlp(text, disable=[name for name in nlp.pipe_names if name not in keep])

