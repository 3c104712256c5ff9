"""The given name an article writes before a surname the tagger named alone.

``written_in_full`` reads the text for "Rick Santorum" where the recogniser tagged only
"Santorum": one given name written before the surname, and no other, read where a capital
marks a name (inside a sentence; at a paragraph's start only where the parse compounds the
word on the surname). The speaker index (``quotes.index``) asks it once per surname.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.entities.people import GENERATIONAL, strip_title
from newsdesk.entities.person_nouns import KIN_NOUNS
from newsdesk.entities.titles import HONORIFICS, NAME_TITLES, PERSON_TITLES, TITLE_WORDS
from newsdesk.events.agents import agent_roles
from newsdesk.given_names import describing_word, given_name_gender, given_name_only, is_common_given_name
from newsdesk.quotes.nouns import PERSON_LABELS

if TYPE_CHECKING:
    from newsdesk.quotes.index import Mention

def written_in_full(text: str, surname: str, *, doc: Any = None, mentions: list[Mention] | None = None) -> str | None:
    """``Santorum`` after ``former presidential candidate Rick Santorum,"You value …``: the
    full name of a person the tagger named by the surname alone, where the text writes the
    surname after one given name (inside a sentence, where a capital marks a name and not a
    sentence's start: ``Despite Facebook's``; at a paragraph's start only a word that is no
    English word, where the parse compounds it on the surname: ``_read_at``; a word that
    ``_given_name`` reads as one) and after no other; none where it writes none or several
    (``Mary Smith`` and ``Robert Smith``, or a ``Caleb Weaver`` the recogniser tagged an
    organisation: ``_named_together``). Two
    given names are the name's (``Mary Ann Smith``). A surname followed by another
    capitalised word is part of a longer name (``the Austin Santorum Foundation``), as is one
    inside the name of an organisation or a place the article's ``mentions`` hold."""
    given, others = set(), set()
    pattern = r"(?:(?<=[\w,;] )|(?<=\n)|^)([A-Z][a-z]+) " + re.escape(surname) + r"\b(?! " + _NO_NAME_PART + r"[A-Z])"
    for match in re.finditer(pattern, text):
        word, start = match.group(1), match.start(1)
        if not _given_name(word, surname) or not _read_at(text, doc, start, match.end(1), word):
            continue
        if _tagged_as_name(doc, mentions, start, match.end(1)):
            given.add(_with_first_given_name(text, start, word, doc, mentions))
        elif _named_together(doc, start, match.end()):
            others.add(word)  # "Caleb Weaver spoke" tagged an organisation: still a given name
    if len(given) != 1 or others - {name.split()[-1] for name in given}:
        return None
    return f"{given.pop()} {surname}"


def _read_at(text: str, doc: Any, start: int, end: int, word: str) -> bool:
    """Whether a word written before a surname is read as a given name where it stands:
    inside a sentence, where a capital marks a name; at a paragraph's start, where every word
    is capitalised, only a word that is no English word (``given_name_only``: not the verb of
    ``Grant Weaver the benefit of the doubt``, nor the place of ``Virginia Weaver
    supporters``) that the parse compounds on the surname (``_compounded_on_next``)."""
    if start and text[start - 1] != "\n":
        return True
    return given_name_only(word) and _compounded_on_next(doc, start, end)


def _named_together(doc: Any, start: int, end: int) -> bool:
    """Whether the recogniser read ``[start, end)``, a word and the surname after it, as one
    name of its own, whatever its label (``Caleb Weaver`` tagged an organisation)."""
    span = None if doc is None else doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(ent.start == span.start and ent.end == span.end for ent in doc.ents)


#: Capitalised words after a surname that make no longer name of it: a generational suffix
#: (``Chad Brown Jr.``) or a day (``Mary Smith Tuesday filed suit``).
_NO_NAME_PART = "(?!(?i:{})\\b)".format("|".join(sorted(
    {suffix.rstrip(".") for suffix in GENERATIONAL} | {day.lower() for day in calendar.day_name})))


def _compounded_on_next(doc: Any, start: int, end: int) -> bool:
    """``Caleb Weaver, a College Students for Bernie member, said``: at a paragraph's start,
    where every word is capitalised, a given name is read only where the parse compounds it
    on the surname after it, as it does a name's words (not ``Despite Facebook's``)."""
    span = None if doc is None else doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ == "compound" and token.head.i == token.i + 1


def _with_first_given_name(text: str, start: int, word: str, doc: Any, mentions: list[Mention] | None) -> str:
    """``Ann`` of ``Mary Ann Smith`` with the given name written before it."""
    previous = re.search(r"(?<=[\w,;] )([A-Z][a-z]+) $", text[max(0, start - 40) : start])
    if previous is None or not is_common_given_name(previous.group(1)):
        return word
    at = start - len(previous.group(0))
    if not _given_name(previous.group(1), word) or not _tagged_as_name(doc, mentions, at, start - 1):
        return word
    return f"{previous.group(1)} {word}"


def _given_name(word: str, surname: str) -> bool:
    """Whether ``word`` before ``surname`` reads as a given name (``Rick``; not ``The``,
    ``General``, ``Prince``, ``Mr``, an office or a person's noun: ``Officer``, ``Sheriff``,
    ``Bishop``, ``Rabbi``, ``Nurse``; nor a kin noun: ``Father``, ``Aunt``)."""
    full = f"{word} {surname}"
    titles = TITLE_WORDS | NAME_TITLES | HONORIFICS | PERSON_TITLES
    key = word.lower()
    if key in STOP_WORDS or key in titles or strip_title(full) != full:
        return False
    if describing_word(word) or key in KIN_NOUNS or key in agent_roles():
        return False
    return given_name_gender(full) is not None


def _tagged_as_name(doc: Any, mentions: list[Mention] | None, start: int, end: int) -> bool:
    """Whether the tagger reads the word at ``[start, end)`` as a proper noun (not ``Sue``,
    ``Hits``, ``Despite``) that is part of no longer name but a person's (``the Austin Santorum
    Foundation``) and no place after a preposition (``in Virginia Warren said``); a given name
    the recogniser read as a place alone stays one (``co-chair Chad Brown``, ``according to
    Chad Brown``: no preposition of place). True without a
    parse but for the longer names of ``mentions``."""
    if any(m.start <= start and end < m.end and m.label not in PERSON_LABELS for m in mentions or ()):
        return False
    if doc is None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "PROPN":
        return False
    token = span[0]
    if token.ent_type_ in {"", "PERSON"}:
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.ent_iob_ == "I" and following.ent_type_ == token.ent_type_:
        return False
    before = doc[token.i - 1] if token.i else None
    # "in Virginia Warren said": a preposition of place takes the place; "according to Chad
    # Brown", "with Georgia Smith", "went to Israel Cohen" name the person
    return before is None or before.pos_ != "ADP" or before.lower_ not in _PLACE_PREPOSITIONS


#: Prepositions that place what follows them (``in Virginia``), before a given name the
#: recogniser read as a place.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout", "inside", "outside"})
