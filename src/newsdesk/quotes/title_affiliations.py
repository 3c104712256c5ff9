"""The organisation or place a title before a speaker's name holds, read with the tagger's
names: an organisation's name that opens the title (``White House press secretary``), an
outlet's name before the beat it covers (``Harbor News Capitol Hill correspondent``), the
*for* or *of* phrase of a capitalised office (``U.S. Attorney for the Northern District of
Ohio``) and the country or place the office serves (``Iraqi Prime Minister``, ``former
Missouri Senator``). The title's words are ``title_words``'s reading.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.roles import RANK_WORDS, TIME_RANKS
from newsdesk.entities.titles import ROLE_WORDS, TITLE_WORDS
from newsdesk.parsed import doc_ents, doc_text
from newsdesk.quotes.description import (
    ORG_LABELS,
    ORGANISATION_LABELS,
    PARTIES,
    PLACE_LABELS,
    QUOTED_ROLE_WORDS,
    Description,
    clean_org,
)
from newsdesk.quotes.role_phrases import ORG
from newsdesk.quotes.served import country_code, country_of, serves
from newsdesk.quotes.title_words import FUNCTION_WORDS


def organisation_in_title(doc: Any, preceding: str, stated: Description) -> Description:
    """``White House press secretary Maria Lopez``: a title before the name that opens with an
    organisation's name, as the tagger reads it, and goes on in lower case is that
    organisation's office. The title lexicon holds the words of such names (``House``,
    ``Senate``, ``State``) as words of a title (``House Minority Whip``), so the title alone
    cannot tell the organisation from the office."""
    at = preceding.rfind(stated.role or "", max(0, len(preceding) - 80))
    if at < 0:
        return stated
    end = at + len(stated.role or "")
    for ent in doc_ents(doc):
        rest = preceding[ent.end_char : end].strip()
        if ent.start_char == at and ent.end_char < end and ent.label_ in ORGANISATION_LABELS and rest[:1].islower():
            return Description(rest, clean_org(ent.text))
    return stated


def beat_after_organisation(doc: Any, preceding: str, stated: Description) -> Description:
    """``Harbor News Capitol Hill correspondent``, ``Harbor Wire Moscow bureau chief``: where
    the capitalised words before the title end with a name the tagger reads on its own (a
    place, a building, a body the person reports on or works in) after words it reads as an
    organisation, or an initialism it reads as no name (``NBC``; a capitalised word it
    leaves out of a place's name, ``New`` of ``New Jersey``, or one that opens the sentence,
    is no organisation), those words are the organisation the person works for and
    the name is part of the office (its beat); one name the tagger reads whole (``Harbor
    Association of Builders``) stays whole."""
    phrase = f"{stated.affiliation} {stated.role}"
    at = preceding.rfind(phrase, max(0, len(preceding) - 100))
    if at < 0:
        return stated
    org_end = at + len(stated.affiliation or "")
    entities = [e for e in doc_ents(doc) if e.start_char < org_end and e.end_char > at]
    beat = next((e for e in entities if e.end_char == org_end and e.start_char > at), None)
    if beat is None or beat.label_ not in _BEAT_LABELS:
        return stated
    organisation = preceding[at : beat.start_char].strip()
    words = doc.char_span(at, at + len(organisation), alignment_mode="contract")
    if words is None or not all(_organisation_word(t) for t in words):
        return stated
    leading = [e for e in entities if e.start_char < beat.start_char]
    if any(e.label_ != "ORG" or e.start_char != at or e.end_char >= beat.start_char for e in leading):
        return stated
    if not leading and not all(t.is_upper and len(t.text) > 1 for t in words):
        return stated  # words the tagger reads as no name are an organisation's initialism only
    if leading and not any(e.label_ == "ORG" and e.text == leading[0].text and e.start_char != at for e in doc_ents(doc)):
        return stated  # an organisation the tagger names only here may hold the beat's first word
    return Description(f"{preceding[beat.start_char : org_end]} {stated.role}", clean_org(organisation))


def _organisation_word(token: Any) -> bool:
    """A capitalised word of an organisation's name before a beat: no title word (``Former``),
    function word (``of``) or nationality or place (``Iraqi``), which open a title or join a
    longer name."""
    word = token.lower_
    return (
        token.text[:1].isupper()
        and word not in QUOTED_ROLE_WORDS | FUNCTION_WORDS | TIME_RANKS
        and not _serves_place(token)
    )


#: Tagger labels of the name that follows an organisation's as the beat of an office.
_BEAT_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})


#: A capitalised office with the *for* or *of* phrase that says where it is held, written as
#: a title right before the name (``Former U.S. Attorney for the Northern District of Ohio``,
#: ``Minister for Foreign Affairs``): up to three capitalised words (an initialism, no word
#: that ends a sentence) and *former* or *acting* before the office.
_OFFICE_OF = re.compile(
    rf"(?:^|(?<=[\s“\"(]))(?P<role>(?:(?:[Ff]ormer|[Aa]cting)\s+)?(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z](?:[\w-]|['’](?!s\s))*)\s+){{0,3}}?"
    rf"(?P<office>[A-Z][\w-]*))\s+(?:for|of)\s+(?P<org>(?:the\s+)?{ORG})\s$"
)


def office_of_before(doc: Any, text: str, start: int) -> Description | None:
    """``Former U.S. Attorney for the Northern District of Ohio Jane Doe``: a title whose office,
    a word of the title lexicon, has its own *for* or *of* phrase. Where the tagger reads
    that phrase's name as an organisation or a place, it is the affiliation and the words up
    to the office the role; else the whole title is the role (``Minister for Foreign
    Affairs``). The tagger may split a long name (``the Northern District``, ``Ohio``): one that
    opens the phrase names it."""
    at = max(0, start - 120)
    match = _OFFICE_OF.search(text, at, start)
    if match is None or match.group("office").lower() not in QUOTED_ROLE_WORDS:
        return None
    org_start, org_end = match.span("org")
    opening = {org_start, org_start + 4} if match.group("org").startswith("the ") else {org_start}
    named = any(
        e.label_ in ORG_LABELS | ORGANISATION_LABELS | PLACE_LABELS
        and e.start_char in opening
        and e.end_char <= org_end
        for e in doc_ents(doc)
    )
    if not named:
        return Description(text[match.start("role") : org_end], None)
    return Description(match.group("role"), clean_org(match.group("org")))


#: Tagger labels of the words that open a title with the country or place an office serves
#: (``Iraqi Prime Minister``, ``Missouri Senator``).
_SERVED_PLACE_LABELS = frozenset({"NORP", "GPE"})


def place_in_title(doc: Any, preceding: str, stated: Description) -> Description:
    """``Iraqi Prime Minister Jane Doe``, ``German Chancellor Jane Doe``, ``former Missouri
    Senator Jane Doe``: the capitalised words that open a title before the name (after
    *former* or *acting*), where they are a nationality or a place and no party's
    (``Democratic``), say whom the office serves: the country a nationality names (by the
    gazetteer), or the place as written, is the affiliation and the rest of the title is the
    role. The title patterns keep a nationality or a place in the role (``Chinese leader``,
    ``Missouri Senator``: the demonym test takes its ending for an adjective's) or give it,
    or a place with *Former* before it, as the organisation (``German``, ``Former
    Illinois``, whose role is read without it); an organisation's name that opens with a
    nationality (``American Airlines CEO``) stays."""
    phrase = f"{stated.affiliation} {stated.role}" if stated.affiliation else stated.role or ""
    at = preceding.rfind(phrase, max(0, len(preceding) - 100))
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span):
        return stated
    tokens = list(span)
    qualifiers = [t.text for t in tokens[:1] if t.lower_ in TIME_RANKS and len(tokens) > 1]
    tokens = tokens[len(qualifiers) :]
    places = []
    for token in tokens:
        if not _serves_place(token):
            break
        places.append(token)
    if not places:
        return stated
    place_end = places[-1].idx + len(places[-1])
    place = doc_text(doc)[places[0].idx : place_end]
    if stated.affiliation:  # the qualifier was read into the organisation, not the role
        if " ".join([*qualifiers, place]) != stated.affiliation:
            return stated
        qualifiers, rest = [], stated.role or ""
    else:
        rest = doc_text(doc)[place_end : at + len(phrase)].strip()
    if not rest[:1].isalpha() or not serves(rest):
        return stated
    served = country_of(doc, place) or (place if places[-1].ent_type_ == "GPE" else None)
    return Description(" ".join([*qualifiers, rest]), served) if served else stated


#: Nouns of a staff's work that a title before a name writes in capitals as a part of the
#: office (``Press Secretary``, ``Communications Director``, ``Policy Director``): a function
#: any organisation has, no organisation's name.
STAFF_FUNCTIONS = frozenset({"press", "communications", "policy"})
#: Nouns of a title a staff function stands before (``Secretary``, ``Director``, ``editor``).
_TITLE_NOUNS = TITLE_WORDS | ROLE_WORDS
#: The tagger's labels of the name an office belongs to (``White House``, ``State``).
_NAMED_BODIES = ORGANISATION_LABELS | PLACE_LABELS


def office_words_in_organisation(doc: Any, preceding: str, stated: Description) -> Description:
    """``White House Press Secretary``, ``Acting Homeland Security Secretary``: the capitalised
    words read as the organisation before a title end with a staff's function
    (``_staff_function``), with any word of rank before it (``Deputy Press Secretary``), or open
    with *acting* or *former*, which are words of the office."""
    words = (stated.affiliation or "").split()
    if not words or stated.role is None:
        return stated
    cut = len(words) - _staff_function(doc, preceding, stated)
    function, words = words[cut:], words[:cut]
    qualifier = words[:1] if len(words) > 1 and words[0].lower() in TIME_RANKS else []
    words = words[len(qualifier) :]
    if not (function or qualifier):
        return stated
    return Description(" ".join([*qualifier, *function, stated.role]), " ".join(words) or None)


def _staff_function(doc: Any, preceding: str, stated: Description) -> int:
    """How many of the organisation's last words are the office's: capitalised words of
    ``STAFF_FUNCTIONS`` right before a title noun, with the words of rank before them
    (``entities.roles.RANK_WORDS``), where no word is left (``Press Secretary``) or the words
    left are an organisation's whole name without them: a name the tagger ends right there
    (``White House``) and reads over none of them. A word of an outlet's name is no function
    where the tagger reads no name before it (``Foreign Policy editor``, ``Associated Press
    correspondent``)."""
    words, role = (stated.affiliation or "").split(), (stated.role or "").split()
    if not role or role[0].lower() not in _TITLE_NOUNS:
        return 0
    count = 0
    while count < len(words) and words[-1 - count][:1].isupper() and words[-1 - count].lower() in STAFF_FUNCTIONS:
        count += 1
    if count in (0, len(words)):
        return count
    while count < len(words) - 1 and words[-1 - count].lower() in RANK_WORDS:
        count += 1  # "White House Deputy Press Secretary": the deputy's office
    at = preceding.rfind(f"{stated.affiliation} {stated.role}", max(0, len(preceding) - 100))
    return count if at >= 0 and _name_ends(doc, at + len(" ".join(words[: len(words) - count]))) else 0


def _name_ends(doc: Any, end: int) -> bool:
    """The tagger reads a name of an organisation or a place that ends at ``end``, and no name
    over it."""
    ents = list(doc_ents(doc))
    ends = any(e.end_char == end and e.label_ in _NAMED_BODIES for e in ents)
    return ends and not any(e.start_char < end < e.end_char for e in ents)


def _serves_place(token: Any) -> bool:
    """A capitalised word of no party that the tagger reads as a nationality or a place, or
    that the gazetteer knows as a nationality word (the tagger may read ``German
    Chancellor`` as a part of the name after it)."""
    if not token.text[:1].isupper() or token.lower_ in PARTIES:
        return False
    if token.ent_type_ in _SERVED_PLACE_LABELS:
        return True
    return country_code(token.text) is not None and load_gazetteer().country_named(token.text) is None
