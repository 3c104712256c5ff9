"""Role and affiliation as the article states them next to a speaker's name.

Three shapes cover news style: an apposition after the name (``Jakub Jakobowski, senior
fellow at the Center for Eastern Studies in Warsaw,``), a title before it (``Chinese Foreign
Ministry spokesman Wang Wenbin``, ``Sen. Jeff Flake``) and ``of`` after it
(``Mr. Radchenko of Johns Hopkins``). They are read from the characters around the
name because the parser attaches long appositions unreliably; the words of a title are the
title lexicon's (``newsdesk.entities.titles``), and, where the parse is given, the lower-case
nouns it attaches to the name as a title (``Wild coach Bruce Boudreau``, ``filmmaker Charlie
McDowell``): an occupation the lexicon cannot list in full. The parse also tells an apposition,
a noun phrase, from a clause or adverbial after the name's comma (``, noting that``), which
states no role. A source that names no one (``some experts``, ``analysts at Beacon Policy
Advisors``) states its own role and affiliation, read from the parse (``nominal``); what both
readers share is in ``description``, and a written role phrase is split into role and
organisation by ``role_phrases``.

This module tries the readings in order and combines them (``describe``); each shape is read
in a module of its own: ``appositions`` (what follows the name: an apposition, a relative
clause's complement, an *of* phrase, the party's letter and the place the person is from),
``title_words`` (the words of a title before the name, as written and as the parse attaches
them, and a plural title that coordinated names share) and ``title_affiliations`` (the
organisation, beat, office's *for* or *of* phrase and served place a title before the name
holds).
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.titles import PARTY_MEMBERS
from newsdesk.parsed import doc_ents, doc_text
from newsdesk.quotes.appositions import (
    apposition_names_people,
    describe_after,
    led_after,
    modifies_a_noun,
    party_letter,
    past_letter_or_place,
)
from newsdesk.quotes.description import (
    PARTIES,
    PARTY_NAMES,
    Description,
    clean_org,
    name_span,
    names_a_person,
    party_in_words,
    span_root,
)
from newsdesk.quotes.nominal import describe_nominal
from newsdesk.quotes.served import country_code, without_article
from newsdesk.quotes.title_affiliations import (
    beat_after_organisation,
    office_of_before,
    office_words_in_organisation,
    organisation_in_title,
    place_in_title,
)
from newsdesk.quotes.title_words import describe_before, parsed_title_words, past_title_words, shared_title


def is_party_member(token) -> bool:
    """The token names one member of a party (``PARTY_MEMBERS``)."""
    return token.lemma_.lower() in PARTY_MEMBERS


def describe(text: str, start: int, end: int, *, doc: Any = None) -> Description:
    """Role and affiliation stated around the name at ``text[start:end]`` (``None`` when not stated);
    with ``doc``, the parse of ``text``, a title before the name may be any noun it attaches there,
    and words after the name's comma are its apposition only where the parse reads a noun phrase;
    the party's letter or the place after the name does not hide an apposition after it, nor
    the title before it (``_described_past``)."""
    if doc is not None:
        return _country_by_name(_described_past(text, start, end, doc=doc))
    party = party_letter(text[end : end + 20])
    # "Sen. Ben Sasse, R-Neb.,": the party's letter after the comma is no apposition
    stated = Description(None, None) if party else describe_after(text[end : end + 220], doc=doc, offset=end)
    return _described_around(text, start, end, stated, party=party, doc=doc)


#: Initials in capitals, with or without their full stops (``U.S.``, ``U.S``, ``US``).
_INITIALS = re.compile(r"^(?:[A-Z]\.?){2,3}$")


def _country_by_name(stated: Description) -> Description:
    """A country's initials as the affiliation written by the gazetteer's name, as the rules
    write a country (``U.S. ambassador``, ``US Secretary of State``: ``United States``; the
    gazetteer knows the initials with their full stops)."""
    initials = stated.affiliation or ""
    if not _INITIALS.match(initials):
        return stated
    code = country_code(initials) or country_code("".join(f"{c}." for c in initials if c.isalpha()))
    if code is None:
        return stated
    return Description(stated.role, without_article(load_gazetteer().entries[code]["name"]))


def _described_past(text: str, start: int, end: int, *, doc: Any) -> Description:
    """``Rep. Jane Doe (R-Texas), ranking member of the House Science Committee,`` and ``Senator
    Jane Doe of Ohio, the committee's chairman,``: the party's letter and the place the person
    is from (a place the tagger reads, written with *of* or *from* right after the name) say
    whom the person stands for, and an apposition after them, a noun phrase that names people,
    states the role. Where none does, the title before the name gives the role, and the place
    is the affiliation only where that title names no organisation or party: a legislator's
    state is the seat, not an organisation served. An apposition whose head is a party's
    member (``a Republican from Alaska``, ``the Utah Republican``) states the party and no
    role, so the title before the name gives the role there too.

    Only the speaker's record reads this way (with the parse): the title descriptions the
    speaker resolution matches (``the Illinois Democrat``, ``the senator``) look up who holds
    them by the plain reading, in which a party's member is a role."""
    party = party_letter(text[end : end + 20])
    past = past_letter_or_place(text, end, doc=doc)
    at, place = past if past is not None else (end, None)
    stated = Description(None, None)
    if past is not None or not party:  # "Sen. Ben Sasse, R-Neb." the letter is no apposition
        stated = describe_after(text[at : at + 220], doc=doc, offset=at)
    if past is not None and (stated.role is None or not apposition_names_people(doc, text, at)):
        # only an apposition that names the person says more of them there: a clause after the
        # letter or the place is the sentence going on ("(D-Minn.), the U.S. Attorney's Office
        # for … announced"), and a noun of no person is an aside ("(R., Ariz.), part of the
        # group working on the bill")
        stated = Description(None, None)
    if past is not None and stated.affiliation and modifies_a_noun(doc, at, stated.affiliation):
        # "(R., Ariz.), a member of the Senate group working on immigration": the group is
        # unnamed, so the party's letter is the affiliation
        stated = Description(stated.role, None)
    stated = _party_member(stated)
    if stated.role is None and (place or stated.affiliation in PARTIES.values()):
        before = _title_before(text, start, end, doc=doc, party=party)
        stated = Description(before.role, stated.affiliation or before.affiliation or place)
    elif past is not None and stated.affiliation is None:
        # "Senator Jane Doe of Ohio, the Republican chairman of the Senate panel"
        stated = Description(stated.role, _party_in(stated.role) or place)
    return _described_around(text, start, end, stated, party=party, doc=doc)


def _party_in(role: str | None) -> str | None:
    """The party a role names by its members' word (``the Republican chairman``)."""
    named = party_in_words((role or "").split())
    return named[0] if named else None


def _party_member(stated: Description) -> Description:
    """``a Republican from Alaska``, ``the Utah Republican``: a role whose head is a party's
    member states the party, which is the affiliation, and no office."""
    words = (stated.role or "").split()
    head = words[-1].lower().rstrip("s") if words else ""
    return Description(None, PARTIES[head]) if head in PARTY_MEMBERS else stated


def _title_before(text: str, start: int, end: int, *, doc: Any, party: str | None = None) -> Description:
    """The title before the name (``describe_before``), with the words the parse reads as one
    and an organisation's name, a nationality or a place that opens it; a place is no
    affiliation where the party's letter after the name (``party``) says whom the member
    stands for (``U.S. Sen. Jane Doe, R-Alaska``)."""
    titled = parsed_title_words(doc, start, end) if doc is not None else 0
    preceding = text[: past_title_words(text, start, end)]
    stated = describe_before(preceding[-80:], titled=titled)
    if doc is not None and stated.role is None:
        stated = office_of_before(doc, text, start) or stated
    shared = shared_title(doc, start, end) if doc is not None and stated.role is None else None
    if shared is not None:
        # a place or an organisation before a plural title may be only some of the names'
        # ("Tennessee Senators X and Y, and Wisconsin's Z"); a party's word is read as written
        at, singular = shared
        stated = describe_before(f"{text[max(0, at - 80) : at]}{singular} ")
        return Description(stated.role, stated.affiliation if stated.affiliation in PARTY_NAMES else None)
    if doc is not None and stated.role and stated.affiliation is None:
        stated = organisation_in_title(doc, preceding, stated)
    elif doc is not None and stated.role:
        stated = beat_after_organisation(doc, preceding, stated)
    if doc is not None and stated.role and party is None:
        stated = place_in_title(doc, preceding, stated)
    if doc is not None:
        stated = office_words_in_organisation(doc, preceding, stated)
    return stated


def _described_around(
    text: str, start: int, end: int, stated: Description, *, party: str | None, doc: Any
) -> Description:
    """``stated`` (what follows the name) completed by the title before the name, a description
    the name stands in apposition to, a possessive owner and the party's letter."""
    if stated.affiliation and doc is not None:
        stated = Description(stated.role, _named_object(doc, end, stated.affiliation))
    if not (stated.role or stated.affiliation):
        stated = _title_before(text, start, end, doc=doc, party=party)
    if not (stated.role or stated.affiliation) and doc is not None:
        stated = _apposed_to(doc, start, end) or stated
    if stated.affiliation is None and doc is not None:
        owner = _parsed_owner(doc, start, end)
        if owner:
            stated = Description(stated.role, owner)
    if stated.affiliation is None and party:
        return Description(stated.role, party)
    if stated.affiliation is None:
        return Description(stated.role, led_after(doc, text[end : end + 220], offset=end))
    return stated


def _named_object(doc: Any, end: int, org: str) -> str:
    """``co-founder of the Denver polling firm Harbor Data Inc``: where the
    organisation read after the name at ``end`` is no organisation to the tagger but a word
    that the parse compounds into a longer noun phrase, a place that modifies it, and the
    phrase's head is an organisation's name, that name is the affiliation."""
    at = doc_text(doc).find(org, end, end + 220)
    span = doc.char_span(at, at + len(org), alignment_mode="expand") if at >= 0 else None
    if span is None or any(t.ent_type_ == "ORG" for t in span):
        return org
    head = span[-1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    ent = next((e for e in doc_ents(doc) if e.start <= head.i < e.end and e.label_ == "ORG"), None)
    return (clean_org(ent.text) or org) if ent is not None and ent.start >= span.end else org


def _apposed_to(doc: Any, start: int, end: int) -> Description | None:
    """``The chairman of the House Budget Committee, Maria Lopez, said``: a
    name set off by commas in apposition to a description before it, which states the role
    and affiliation as a nominal source states its own (``describe_nominal`` of its head)."""
    span = name_span(doc, start, end)
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    root = span_root(span)
    head = root.head
    before = doc[span.start - 2]  # the description's last word, before the comma
    if root.dep_ != "appos" or head.i >= span.start or head.pos_ != "NOUN":
        return None
    if before.i != head.i and not head.is_ancestor(before):
        return None
    stated = describe_nominal(head)
    return stated if stated.role else None


def _owner_case_marker(token: Any) -> bool:
    """The possessive's ending, which the tagger may read as a noun after a curly apostrophe
    (``The Harbor Post’s Jane Doe``): the parse still makes it the owner's case marker."""
    return token.tag_ == "POS" or (token.dep_ == "case" and token.text in {"'s", "’s", "'", "’"})


def _parsed_owner(doc: Any, start: int, end: int) -> str | None:
    """The organisation a possessive before the name at ``start`` names (``Fox News' Tucker
    Carlson``, ``NASA's Administrator Jim Bridenstine``): a proper noun the parse puts on the
    name as its owner (``poss``), with the capitalised words of its phrase, where the tagger
    reads no person by that word anywhere in the text (``Jane Doe's Joe Smith``) and nothing
    but the name's own title stands between the possessive and the name."""
    span = name_span(doc, start, end)
    if span is None:
        return None
    root = span_root(span)
    owner = next((t for t in root.children if t.dep_ == "poss" and t.i < span.start), None)
    if owner is None or owner.pos_ != "PROPN" or names_a_person(owner):
        return None
    between = doc[owner.i + 1 : span.start]  # the 's, then any title the parse puts on the name
    titled = all(t.head.i == root.i or span.start <= t.head.i < span.end for t in between[1:])
    if not between or not _owner_case_marker(between[0]) or not titled:
        return None
    words = [t for t in doc[owner.left_edge.i : owner.i + 1] if t.lower_ != "the"]
    if not all(t.text[:1].isupper() for t in words):
        return None
    return clean_org(doc[words[0].i : owner.i + 1].text)
