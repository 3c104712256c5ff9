"""What the readers of a speaker's role and affiliation share: the ``Description`` they
return, the title words of the quotes, a party written by its name, an organisation's name
cleaned, the tagger's labels of organisations and places, the tokens of a name in the parse,
the tests of people named that both the reader of the words around a name (``roles``
and its modules) and the reader of a source that names no one (``nominal``) apply, and
whether a noun may speak at all (``may_speak``), which the cues and the readers of a cue's
subject ask."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from newsdesk.entities.person_nouns import PERSON_NOUNS
from newsdesk.entities.titles import APPOINTED_OFFICES, MEMBER_PARTIES, ROLE_WORDS
from newsdesk.events.agents import TARGET_PERSON_NOUNS, agent_roles
from newsdesk.parsed import doc_ents
from newsdesk.quotes.nouns import (
    DOCUMENTS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_OR_ORG_NOUNS,
    UNNAMED,
    person_noun,
)
from newsdesk.timex import DAY_NAMES, MONTH_WORDS

#: The role words of a quoted speaker's title: the title lexicon's and the offices only the
#: quotes read (``APPOINTED_OFFICES``).
QUOTED_ROLE_WORDS = ROLE_WORDS | APPOINTED_OFFICES


@dataclass(slots=True, frozen=True)
class Description:
    """What the words around a speaker state of them: the office or occupation (``role``)
    and the organisation, party or country it is held in (``affiliation``)."""

    role: str | None
    affiliation: str | None


#: A party is an organisation and its affiliation is the party's name, as the rules write
#: every organisation (docs/attribution-rules.md), not its members' adjective or its letter:
#: "a Republican", "the GOP", "R-Neb." are all the Republican Party.
PARTIES = {
    **MEMBER_PARTIES,  # "a Republican", "the Arizona Democrat"
    "gop": "Republican Party",
    "democratic": "Democratic Party",
}
#: The British parties by their members' words ("Tory leader", "a Labour MP").
_BRITISH_PARTIES = {
    "tory": "Conservative Party",
    "tories": "Conservative Party",
    "labour": "Labour Party",
}
PARTIES |= _BRITISH_PARTIES
#: Parties whose name is two words, one of them another party's word: read before the single
#: words, so "Liberal Democrat leader" is the Liberal Democrats', not the Democratic Party's.
PARTY_PAIRS = {
    ("liberal", "democrat"): "Liberal Democrats",
    ("liberal", "democrats"): "Liberal Democrats",
    ("lib", "dem"): "Liberal Democrats",
    ("lib", "dems"): "Liberal Democrats",
}


def party_in_words(words: list[str]) -> tuple[str, set[int]] | None:
    """The party ``words`` name and the positions of the words that name it: a two-word name
    first (``PARTY_PAIRS``), else a party's word (``PARTIES``); None where none does. A party's
    word is capitalised (``labour union leader``, ``India's labour minister``: no party) and
    is no part of a longer name: a capitalised organisation's noun or *Day* after it
    (``Labour Department spokeswoman``, ``Labour Day organiser``; ``Democratic Michigan Rep.``
    is the party's)."""
    lowered = [word.lower().strip(".,") for word in words]
    for i, pair in enumerate(pairwise(lowered)):
        if pair in PARTY_PAIRS and _opens_a_party(words, i) and _names_a_party(words, i + 1):
            return PARTY_PAIRS[pair], {i, i + 1}
    found = (i for i, word in enumerate(lowered) if word in PARTIES and _names_a_party(words, i))
    at = next(found, None)
    return None if at is None else (PARTIES[lowered[at]], {at})


def party_stated(words: list[str]) -> tuple[str, list[str]] | None:
    """The party ``words`` name (``party_in_words``) and the words left without the words
    that name it or any other party's word (``Republican Sen.``: ``Sen.``), None where no
    party is named."""
    named = party_in_words(words)
    if named is None:
        return None
    party, at = named
    rest = [word for i, word in enumerate(words) if i not in at and word.lower() not in PARTIES]
    return party, rest


#: The British parties' words: their members' words (``Tory``, ``Labour``) and the first words
#: of the two-word names (``Liberal``, ``Lib``); and the adjectives of the nations whose
#: parties they are.
_BRITISH_PARTY_WORDS = frozenset(_BRITISH_PARTIES) | {first for first, _ in PARTY_PAIRS}
_BRITISH = frozenset({"british", "english", "scottish", "welsh", "uk"})
#: The endings of a nation's adjective, which is part of a role (``Chinese leader``), no
#: organisation, and makes a British party's word another nation's party (``Canadian
#: Tory``): ``Canadian``, ``Japanese``, ``Irish``, ``Israeli``.
DEMONYM = re.compile(r"(?:ese|ian|ean|can|ish|ch|i)$")
#: A nation's adjective before a British party's word: the ending after a lower-case letter,
#: which a short given name has none of (``Sean``, ``Ian``, ``Dean`` or ``MacLean`` before
#: ``Labour`` leave it the Labour Party).
_NATION_ADJECTIVE = re.compile(rf"[a-z]{DEMONYM.pattern}")


def _of_another_nation(words: list[str], at: int) -> bool:
    """A British party's word after another nation's adjective is that nation's party
    (``Canadian Tory leader``), not the British one the table names."""
    if at == 0 or words[at].lower().strip(".,") not in _BRITISH_PARTY_WORDS:
        return False
    before = words[at - 1]
    nation = before[:1].isupper() and _NATION_ADJECTIVE.search(before)
    return bool(nation) and before.lower() not in _BRITISH


def _opens_a_party(words: list[str], at: int) -> bool:
    """The word at ``at`` is capitalised and no other nation's adjective comes before it."""
    return words[at][:1].isupper() and not _of_another_nation(words, at)


#: Capitalised nouns that make the word before them a part of a longer name: an
#: organisation's (``Labour Department``, ``Labour Party``: read whole, as an organisation's
#: name) or a holiday's (``Labour Day``).
_NAME_NOUNS = ORG_NOUNS | {"day"}


def _names_a_party(words: list[str], at: int) -> bool:
    """The word at ``at`` opens a party's name (``_opens_a_party``) and no capitalised noun of
    a longer name follows it (``_NAME_NOUNS``)."""
    if not _opens_a_party(words, at):
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    return not (after[:1].isupper() and after.lower().strip(".,") in _NAME_NOUNS)


#: A party's letter after a name ("R-Neb."); "I-Vt.": a member who sits for no party is
#: written as an independent.
PARTY_LETTERS = {"R": "Republican Party", "D": "Democratic Party", "I": "Independent"}
#: The affiliations that say whose party a person is, as the rules write them.
PARTY_NAMES = frozenset(PARTY_LETTERS.values())
#: Tagger labels of an organisation, or of a country or city an office serves.
ORG_LABELS = {"ORG", "GPE", "NORP"}
#: Tagger labels of an organisation's name, a building's included (``the White House``; the
#: tagger may read ``the Center for a Stronger Economy`` as a building too).
ORGANISATION_LABELS = frozenset({"ORG", "FAC"})
#: Tagger labels of a place a person is from.
PLACE_LABELS = frozenset({"GPE", "LOC"})


def clean_org(org: str) -> str | None:
    """An organisation's name as the rules write it: no leading article, no closing
    possessive (``the Harbor Bureau's``: ``Harbor Bureau``), no word that says where it is
    based (``the Delhi-based Harbor Council``: ``Harbor Council``) and no day or month after
    *on* (``Harbor University on Monday``); None where nothing is left."""
    org = re.sub(r"^(?:the|The)\s+", "", org.strip(" ,."))
    org = re.sub(r"^[A-Z][\w.]*(?:[\s-][A-Z][\w.]*)*-based\s+(?=[A-Z])", "", org)
    org = re.sub(r"['’]s$", "", org)
    org = _ON_A_DAY.sub("", org)
    return org or None


#: A date written after a name with *on* (``Harbor University on Monday``, ``… on May 5``):
#: when, not a part of the name, which the capitalised run of a role phrase would take in. A
#: month is a date only with a day's number after it or at the end; a month's word before
#: other words is a part of the name (``Council on May Street Reform``).
_MONTH = "|".join(sorted((word.capitalize() for word in MONTH_WORDS), key=len, reverse=True))
_ON_A_DAY = re.compile(
    rf"\s+on\s+(?:(?:{'|'.join(DAY_NAMES)})\b|(?:{_MONTH})\.?(?:\s+\d{{1,2}}\b|$)).*$"
)


def names_a_person(owner: Any) -> bool:
    """The tagger reads a person by the token ``owner``: a person's name of two words or more
    that goes on through or ends with it (``Jane Doe's Joe Smith``), or its word read as a
    person elsewhere in the text (``Doe`` after ``Jane Doe``). A one-word owner read as a
    person there alone is none (``Harbor's Jane Doe``): the tagger may read a capitalised word
    before a possessive and a person's name as one more person."""
    doc = owner.doc
    named = any(e.label_ == "PERSON" and e.start < owner.i < e.end for e in doc_ents(doc))
    elsewhere = (t for t in doc if t.text == owner.text and t.i != owner.i)
    return named or any(t.ent_type_ == "PERSON" for t in elsewhere)


def person_word(word: str) -> bool:
    """A lower-cased word that names a person: a title or office (``QUOTED_ROLE_WORDS``), a
    noun of the person lexicon or a compound on one (``person_noun``: ``neurosurgeon``) or a
    PLOVER agent noun (``lawyer``, ``writer``)."""
    return word in QUOTED_ROLE_WORDS or person_noun(word) or word in agent_roles()


def names_people(head: Any) -> bool:
    """A plural source is people (``critics``, ``pundits``: no lexicon lists every kind); a
    singular one must be a person noun of the lexicons, titles and offices (``ROLE_WORDS``,
    ``PERSON_NOUNS``) or a PLOVER agent noun (``lawyer``, ``writer``), since a singular
    abstract noun may stand as a source too (``its real effect``)."""
    if head.tag_ in {"NNS", "NNPS"}:
        return True
    lemma = head.lemma_.lower()
    return lemma in QUOTED_ROLE_WORDS or lemma in PERSON_NOUNS or lemma in agent_roles()


def name_span(doc: Any, start: int, end: int) -> Any:
    """The tokens of the name at ``doc.text[start:end]``, or None where no token starts there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or span.start_char != start else span


def span_root(span: Any) -> Any:
    """The first token of ``span`` whose head lies outside it (its last token if none)."""
    return next((t for t in span if not span.start <= t.head.i < span.end), span[-1])


#: Nouns that may speak themselves: people, organisations, groups, documents.
SPEAKING_NOUNS = PERSON_NOUNS | PERSON_OR_ORG_NOUNS | UNNAMED | GROUP_NOUNS | DOCUMENTS


#: The tagger's labels of a name that may speak: a person, an organisation, a nationality or
#: a political or religious group (not a place: ``left Moscow saying``).
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def may_speak(noun: Any, *, plurals: bool = False) -> bool:
    """A person, a group of people or an organisation: a name the tagger labels so, a noun
    of the person, organisation and group lexicons (``SPEAKING_NOUNS``, a compound on a
    person's noun: ``person_noun``), of titles and offices or of the agent lexicons, in the
    singular or the plural. A plural is no person by its number alone (``amid fears
    saying``, ``amid rumors saying``: things that say nothing), but with ``plurals``, for
    the object of a verb of perception or leaving, whose participle reads a plural as
    people as the descriptions do (``names_people``: ``left fans … urging``)."""
    if noun.ent_type_:
        return noun.ent_type_ in _SPEAKER_ENTITIES
    if plurals and names_people(noun):
        return True
    lemma = noun.lemma_.lower()
    return lemma in SPEAKING_NOUNS or lemma in TARGET_PERSON_NOUNS or person_word(lemma)
