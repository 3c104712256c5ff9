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
    r"\b(updated|published|posted|last modified|aktualisiert|veröffentlicht)\b.*$", re.IGNORECASE
)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b.*$")
_SEPARATORS = re.compile(r"\s*(?:[,;|/•·\n]|\s&\s|\s(?i:and|und|et)\s|\s(?:y|e|i|og|en)\s)\s*")
_FOR_OUTLET = re.compile(r"^(?P<name>\S.*?)\s+(?:for|für|pour|para)\s+\S.*$", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:(?:written|reported|posted|text|story|words|report)\s+)?"
    r"(?:by|von|par|por|di|door|av|de|autor(?:in)?|author|text|fotos?|written by)\s*:?\s+",
    re.IGNORECASE,
)
_BY_INSIDE = re.compile(r"^\S.*?\s(?:by|par|por)\s+(?P<name>\S.*)$", re.IGNORECASE)
_VON_INSIDE = re.compile(r"^\S.*?\svon\s+(?P<name>\S.*)$", re.IGNORECASE)
_CREDIT_WORD = re.compile(
    r"\b(?:photo|photograph|image|picture|illustration|graphic|foto|bild)s?\b"
    r"|\bgetty\b|\bshutterstock\b|\bimagno\b",
    re.IGNORECASE,
)
_CREDIT_LEAD = re.compile(
    r"^(?:photo|image|picture|video|graphic|illustration|foto|bild)s?\b", re.IGNORECASE
)
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "ten",
        "ter",
        "zu",
        "dos",
        "y",
        "af",
        "vom",
        "zum",
        "st.",
    }
)
_DOMAIN = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)
_HANDLE_SHAPE = re.compile(r"^[^\W_][\w.-]{1,29}$")
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?$")

#: The world's main news agencies as bylines write them: a closed set, like a gazetteer, for
#: the one-word credits the NER cannot tell from a surname ("Reuters", "dpa", "Kyodo").
NEWS_AGENCIES = frozenset(
    {
        "ap",
        "afp",
        "reuters",
        "dpa",
        "apa",
        "ansa",
        "efe",
        "kyodo",
        "xinhua",
        "tass",
        "ria",
        "upi",
        "bloomberg",
        "sda",
        "keystone-sda",
        "kna",
        "epd",
        "jiji",
        "yonhap",
        "pti",
        "ians",
        "anp",
        "belga",
        "ctk",
        "pap",
        "mti",
        "bta",
        "hina",
        "tanjug",
        "ntb",
        "tt",
        "stt",
        "ritzau",
        "aap",
        "cna",
        "bernama",
        "antara",
        "wafa",
        "mena",
        "irna",
        "anadolu",
        "interfax",
        "ukrinform",
        "sid",
        "kathpress",
        "idea",
        "ots",
        "lusa",
        "notimex",
        "telam",
        "prensa latina",
    }
)

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


def parse_byline(
    values: str | list[str] | None, *, outlet: str | None = None, handles: bool = False
) -> Byline:
    """People and credits named by one or more author strings.

    ``handles`` also accepts a one-word name or user name ("marc", "freeman1984"), for values
    from fields that hold only an author (JSON-LD ``author``, ``<meta name=author>``)."""
    byline = Byline()
    for value in [values] if isinstance(values, str) else values or []:
        if _CREDIT_WORD.search(value):
            continue
        for part in split_parts(value):
            _sort_part(part, byline, outlet=outlet, handles=handles)
    return byline


def split_parts(value: str) -> list[str]:
    """The pieces of a byline that may each be one name, with stamps, mails and handles gone."""
    text = _URL.sub(" ", _EMAIL.sub(" ", value))
    text = _DATE.sub(" ", _STAMP.sub(" ", _HANDLE.sub(" ", text)))
    parts = []
    for part in _SEPARATORS.split(text):
        part = " ".join(part.split()).strip(" :-–—()[]\"'")
        part = _LEAD.sub("", _after_by(part)).strip(" :-–—")
        if part:
            parts.append(part)
    return parts


def _after_by(part: str) -> str:
    """ "View all posts by Jane Doe" → "Jane Doe"; a credit ("Photo by ...") is left whole."""
    match = _BY_INSIDE.match(part)
    if match and not _CREDIT_LEAD.match(part):
        return match.group("name")
    match = _VON_INSIDE.match(part)
    if match and has_name_shape(match.group("name")):  # not "Alexa von Heyden"
        return match.group("name")
    return part


def _sort_part(part: str, byline: Byline, *, outlet: str | None, handles: bool) -> None:
    if _CREDIT_LEAD.match(part):
        return
    if _is_person(part):
        byline.add_author(part)
    elif name := _name_inside(part):
        byline.add_author(name)
    elif outlet and _squash(part) in _squash(outlet):
        byline.add_credit(part)
    elif handles and is_handle(part) and not _read_as_org(part):
        byline.add_author(part)
    elif len(part.split()) <= MAX_NAME_WORDS and _read_as_org(part):
        byline.add_credit(part)


def _name_inside(part: str) -> str | None:
    """The name in "Jane Doe for The Times"."""
    if (match := _FOR_OUTLET.match(part)) and _is_person(match.group("name")):
        return match.group("name")
    return None


def _is_person(part: str) -> bool:
    return (
        has_name_shape(part) and part.casefold() not in NEWS_AGENCIES and not is_organisation(part)
    )


def has_name_shape(text: str) -> bool:
    """Two to five words, each capitalised or a surname particle, no digits, two not particles."""
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


def is_handle(text: str) -> bool:
    """One word that is not an English dictionary word: a first name or a user name."""
    return (
        _HANDLE_SHAPE.match(text) is not None
        and any(ch.isalpha() for ch in text)
        and not _DOMAIN.search(text)
        and not is_dictionary_word(text)
    )


def is_dictionary_word(word: str) -> bool:
    """The word (or its stem without -s, -ed, -d) is an English lemma in spaCy's lookup tables."""
    lowered = word.casefold()
    forms = {
        lowered,
        lowered.removesuffix("s"),
        lowered.removesuffix("ed"),
        lowered.removesuffix("d"),
    }
    return bool(forms & _english_lemmas())


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _read_as_org(text: str) -> bool:
    """Several words the NER reads as an organisation; one word only when the gazetteer knows
    it or it is an acronym (the NER reads most unknown single words as organisations)."""
    if text.casefold() in NEWS_AGENCIES:
        return True
    labels = _entity_labels(text)
    if " " not in text:
        return "GAZETTEER" in labels or (text.isupper() and len(text) <= 5)
    return "ORG" in labels and "PERSON" not in labels


def is_organisation(text: str) -> bool:
    """The spaCy English NER reads the string as an organisation (or a place), not a person,
    and one of its words is an English word ("Associated Press", "Fox News"): the NER alone
    reads many unfamiliar personal names as organisations."""
    labels = _entity_labels(text)
    if not labels or "PERSON" in labels or not labels <= {"ORG", "GPE", "NORP", "FAC"}:
        return False
    words = [word for word in text.split() if word.casefold() not in _PARTICLES and len(word) > 2]
    return any(is_dictionary_word(word) for word in words)


@lru_cache(maxsize=4096)
def _entity_labels(text: str) -> frozenset[str]:
    doc = _ner()(f"Written by {text}.")
    labels = {ent.label_ for ent in doc.ents}
    return frozenset(labels | ({"GAZETTEER"} if any(ent.ent_id_ for ent in doc.ents) else set()))


@lru_cache(maxsize=1)
def _english_lemmas() -> frozenset[str]:
    """Every lemma of the English lookup tables that ship with spaCy's small model."""
    lemmatizer = _ner().nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


class _NER:
    """The English pipeline run with only what NER needs (the gazetteer ruler included)."""

    def __init__(self) -> None:
        from newsdesk.nlp import load_pipeline

        self.nlp = load_pipeline()
        keep = {"tok2vec", "gazetteer_ruler", "ner"}
        self.disabled = [name for name in self.nlp.pipe_names if name not in keep]

    def __call__(self, text: str):
        return self.nlp(text, disable=self.disabled)


@lru_cache(maxsize=1)
def _ner() -> _NER:
    return _NER()
