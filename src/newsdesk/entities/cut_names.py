"""An organisation's name that the tagger cut in two, made one mention again.

English names, as English noun phrases, are headed on the right, and an organisation's name is
built on a noun of an organisation: an organ is named by its body's name before its own
(``United Nations`` + ``General Assembly`` is the assembly of the United Nations), and a body's
noun takes its complement after a preposition (``Committee`` + ``to Unleash Prosperity``,
``Commission on Presidential Debates``, ``Center for …``). The statistical tagger cuts such a
name where its own words are capitalised common nouns or after a preposition, and gives two
organisations: a name ending in a noun of an organisation written right after another
organisation's name, or an organisation's noun with a preposition after it followed by another
organisation's name, on one line, is one name, whose entity is the head's. Two organisations
joined by *and* or by a preposition after a word in lower case (``… Politics at`` + ``Iowa
State University``), or one after another whose last word is no such noun (``Senate GOP``),
stay two. The noun before a preposition must head a description of an organisation (``the
committee``, ``the center``: ``org_kinds.DESCRIPTION_NOUNS``): an outlet's title word, a legal
form or an event's noun takes no complement in a name (``the New York Times of Fox News`` is
the Times writing about Fox News, ``ABC News for Android`` an app); a name's last noun may be
any of the organisation table's (``org_kinds.ALL_ORG_NOUNS``). A name after *on* whose last
word is a word of a place (a kind of place, a place of nature, a street or a hill:
``Committee`` + ``on Capitol Hill``) says where the body sits, not what it is for, and stays
apart; after *of* a place is the body's own (``the Circuit Court of Cook County``).

The join needs what a name's complement is. After *to* it is an infinitive's clause, so the
second part opens with a verb, a word the model's lemma tables list as a verb and never as a
noun (``Committee`` + ``to Unleash Prosperity``, ``to Protect Journalists``); a name after
*to* that opens with none is where something went (``sold by the Carlyle Group to
Blackstone``). *Against* heads no complement of a body's name: two parties stand on either
side of it (``the Justice Department against Google``). And no part that is an organisation
of its own, one with its own gazetteer id, is the complement of another's name.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.ner_spans import Span
from newsdesk.entities.org_kinds import ALL_ORG_NOUNS, DESCRIPTION_NOUNS
from newsdesk.entities.place_nouns import NATURE_WORDS, PLACE_NOUNS
from newsdesk.nlp import never_nouns

#: The prepositions that join an organisation's noun to the rest of its name (``Committee to
#: Unleash Prosperity``, ``Commission on Presidential Debates``, ``Center for …``).
_NAME_PREPOSITIONS = re.compile(r" (?:of|for|to|on) ")

#: The last words of a place's name: a body's noun followed by one of them after a preposition
#: is where the body sits (``the Senate Judiciary Committee on Capitol Hill``).
_PLACE_LAST_WORDS = NATURE_WORDS | PLACE_NOUNS | {
    "hill", "street", "avenue", "road", "square", "boulevard", "plaza"}


def rejoined_organisations(doc: Any, spans: list[Span]) -> list[Span]:
    """The spans in text order, each organisation's name that the tagger cut into two (or
    more) organisations one span, with the gazetteer id of the part that holds its head
    noun (``the 1975 United Nations General Assembly resolution``: one name, the assembly's)."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        head = _head_of_one_name(doc, joined[-1], span) if joined else None
        if head is None:
            joined.append(span)
        else:
            joined[-1] = Span(joined[-1].start, span.end, "ORG", head.gazetteer)
    return joined


def _head_of_one_name(doc: Any, first: Span, second: Span) -> Span | None:
    """Of two organisation spans that are one name cut in two, the one that holds the name's
    head noun; None where they are two names."""
    if first.label != "ORG" or second.label != "ORG" or first.end > second.start:
        return None
    gap = doc.text[_end_char(doc, first) : doc[second.start].idx]
    if gap == " " and _capitalised(doc[first.end - 1]) and _capitalised(doc[second.start]) and (
            _last_word(doc, second) in ALL_ORG_NOUNS):
        return second  # "United Nations General Assembly": the assembly
    if (_NAME_PREPOSITIONS.fullmatch(gap) and _last_word(doc, first) in DESCRIPTION_NOUNS
            and _complement(doc, second, gap.strip())):
        return first  # "Committee to Unleash Prosperity": the committee
    return None


def _complement(doc: Any, second: Span, preposition: str) -> bool:
    """Whether a span after a body's noun and a preposition can be that noun's complement:
    no organisation with its own gazetteer id, no place after *on*, and after *to* an
    infinitive's clause, opened by a verb (``_verb_only``)."""
    if second.gazetteer is not None:
        return False
    if preposition == "on":
        return _last_word(doc, second) not in _PLACE_LAST_WORDS
    if preposition == "to":
        return _verb_only(doc[second.start].text)
    return True


def _verb_only(word: str) -> bool:
    """The model's lemma tables list the word as a verb and never as a noun (``unleash``,
    ``protect``; not ``blackstone``, no verb, nor ``end``, a noun too)."""
    return word.lower() in never_nouns("verb")


def _capitalised(token: Any) -> bool:
    """A word of a name: one in lower case ends no name (``… Center for Women and Politics
    at`` + ``Iowa State University`` is a center at a university, two organisations)."""
    return token.text[:1].isupper() or not token.text[:1].isalpha()


def _end_char(doc: Any, span: Span) -> int:
    return doc[span.start : span.end].end_char


def _last_word(doc: Any, span: Span) -> str:
    words = doc[span.start : span.end].text.split()
    return words[-1].lower() if words else ""
