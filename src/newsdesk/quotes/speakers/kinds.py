"""Kinds of organisation: which named organisation a definite description may stand for
(``the network`` a broadcaster, ``the court`` a court, ``the government`` a government body,
``the company`` a company, ``the group`` any organisation), so that the description is the
nearest organisation of its kind the article named and not the latest one that spoke.

Written by hand over the table of organisation nouns and their kinds that the entity types
share (``newsdesk.entities.org_kinds``, after the nouns' WordNet hypernyms). A description's
kind is its head noun's; a name's kind is read from its head noun, the word an organisation's
name ends in or the one before its ``of`` phrase (``Fox News``, ``the Supreme Court``,
``Ministry of Defence``, ``Volkswagen AG``). Companies and broadcasters are often named with no
such word (``Apple``, ``CNN``), so a name of no known kind may be one; a court, a government
or a ministry is named by its kind, so only a name that says so is one. A noun of any
organisation (``the group``, ``the organization``, ``the agency``) may be a company, an outlet,
a ministry or a name of no kind, never a court, a government or an event (``the American Music
Awards``, which the tagger may call an organisation), which no description of an organisation
stands for but its own.
"""

from __future__ import annotations

from newsdesk.entities.org_kinds import (
    COMPANY,
    COURT,
    EVENT,
    GOVERNMENT,
    MEDIA,
    MINISTRY,
    ORGANISATION,
    org_kind,
)
from newsdesk.quotes.nouns import head_index

__all__ = ["COMPANY", "COURT", "EVENT", "GOVERNMENT", "MEDIA", "MINISTRY", "ORGANISATION",
           "description_kind", "fits", "name_kind", "unmarked"]

#: The kinds of name each kind of description may stand for: a broadcaster is a company too;
#: an event's noun (``the summit``, a kind the table gives) stands for an event's name alone.
_FITTING = {MEDIA: {MEDIA}, COURT: {COURT}, GOVERNMENT: {GOVERNMENT}, MINISTRY: {MINISTRY},
            COMPANY: {COMPANY, MEDIA}, ORGANISATION: {COMPANY, MEDIA, MINISTRY}, EVENT: {EVENT}}
#: Kinds an organisation may be without its name saying so.
_UNMARKED = {MEDIA, COMPANY, ORGANISATION}


def description_kind(noun: str) -> str | None:
    """The kind of organisation a description's head noun (its lemma) describes
    (``ORGANISATION`` for a noun of any organisation: ``the group``), or None for a noun the
    table does not hold."""
    return org_kind(noun)


def name_kind(name: str) -> str | None:
    """The kind an organisation's name says it is by its head noun, or None (a head of any
    organisation, ``Oxfam Group``, says no kind). Any noun of the table says it, not only
    those that make a name an organisation (``ORG_HEADS``): the name is one already, and a
    court is named by ``Court`` alone, which is no such mark (it is also a surname)."""
    words = name.replace("’s", "").replace("'s", "").split()
    head = head_index(words)
    kind = _head_kind(words[head]) if head >= 0 else None
    return None if kind == ORGANISATION else kind


def _head_kind(word: str) -> str | None:
    """The kind a name's head says, read as written and without its final dot (the table
    holds ``co.`` but not ``co``, and ``news`` but not ``news.``)."""
    word = word.strip(",")
    return org_kind(word) or org_kind(word.rstrip("."))


def unmarked(kind: str | None) -> bool:
    """Whether an organisation of ``kind`` may be named with no word of its kind."""
    return kind is None or kind in _UNMARKED


def fits(kind: str | None, name: str) -> bool:
    """Whether an organisation so named may be what a description of ``kind`` stands for."""
    if kind is None:
        return True
    named = name_kind(name)
    return named in _FITTING[kind] if named else kind in _UNMARKED
