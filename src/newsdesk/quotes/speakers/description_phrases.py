"""The phrase of a definite description, read from the parse alone: whether a source token
heads one (``the senator``, ``the company``, ``the Arizona Republican``, ``the former New York
Mayor``, not a name such as ``the Sioux Falls Argus Leader``), whether a restrictive modifier
after its noun says who is meant by itself (``the inspector general of the Department of …``)
and whether it carries a name of its own (``The US-led coalition``). Whom a description means
is ``speakers.descriptions``; what it states of the person, ``speakers.description_roles``."""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import TITLE_WORDS
from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import PERSON_NOUNS, PERSON_OR_ORG_NOUNS, WHEN_LABELS, names_person
from newsdesk.quotes.roles import is_party_member
from newsdesk.quotes.sources import Speaker
from newsdesk.quotes.speakers.kinds import ORGANISATION, description_kind
from newsdesk.quotes.speakers.titles import capitalised_title, intensive, said_once


def is_description(token: Any) -> bool:
    """``the senator``, ``the company``, ``the Arizona Republican``, ``the President``: a
    definite description."""
    party = is_party_member(token)  # "the Arizona Republican"
    named_parts = any(
        (c.dep_ == "appos" and not intensive(c))
        or (c.dep_ == "compound" and not c.text.islower() and not _whose(token, c))
        for c in token.children
    )
    titled_phrase = capitalised_title(token) or capitalised_office(token)
    if not party and not titled_phrase and (not token.text.islower() or named_parts):
        return False
    determiner = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    return determiner and (token.lemma_.lower() in PERSON_OR_ORG_NOUNS or names_person(token))


def capitalised_office(token: Any) -> bool:
    """``the former Marine General``, ``the former New York Mayor``, ``the Prime Minister``: an
    office of the title lexicon written capitalised after ``the``, with capitalised words
    before it that say which office or place (title words, ``Vice``; a place or nationality),
    or any such words where the office is said once held (``former``: a branch, ``Marine``),
    is a description of a person though the tagger takes the phrase for a name (``Marine
    General``, an organisation). Other words before it make a name (``the Sioux Falls Argus
    Leader``, a newspaper), as do a person's name among them or words after the office (``the
    Mayor of …``, read by its ``of`` phrase)."""
    word = token.lower_
    if not (token.text.istitle() and word in TITLE_WORDS and word in PERSON_NOUNS):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    words = [t for c in token.lefts if c.dep_ == "compound" for t in c.subtree]
    if not words or any(c.i > token.i and c.dep_ in {"prep", "appos", "flat"} for c in token.children):
        return False
    if not all(t.text[:1].isupper() and t.ent_type_ != "PERSON" for t in words):
        return False
    return said_once(token) or all(t.lower_ in TITLE_WORDS or t.ent_type_ in _PLACE_LABELS for t in words)


#: The tagger's labels of a place or a nationality, which may say whose an office is.
_PLACE_LABELS = {"GPE", "NORP"}


#: The tagger's labels of what a person's description may name as where they serve: an
#: organisation, a party or people, a place (``the GOP nominee``, ``the Texas senator``).
_SERVED_LABELS = {"ORG", "NORP", "GPE"}


def _whose(token: Any, compound: Any) -> bool:
    """``the GOP nominee``, ``the CNN host``: a name compounded on a person's noun that says
    whose or where the person serves leaves the phrase a description of that person, unlike
    a person's own name (``the Jane Doe campaign``), any name on an organisation's noun, or
    a group's noun (``the US lawyers``, whom the rules keep in their own words). A word the
    article's tagger reads elsewhere as a person's surname is that person's name (``the Trump
    lawyer``, where ``Trump`` alone was taken for an organisation)."""
    if token.tag_ != "NN" or compound.ent_type_ not in _SERVED_LABELS or not names_person(token):
        return False
    return all(e[-1].text != compound.text for e in compound.doc.ents if e.label_ == "PERSON")


def restricted(token: Any) -> bool:
    """``the inspector general of the Department of Health and Human Services``, ``the two
    people familiar with the plan``, ``the official who briefed reporters``: a definite
    description whose noun a restrictive modifier after it narrows (an *of* phrase whose object
    is a name or a noun of its own, an adjective or participle with its own complement, a
    relative clause not set off by a comma) says who is meant by itself and most often brings
    a new referent into the discourse, not one named before (Poesio and Vieira 1998, "A
    corpus-based investigation of definite description use": restrictive post-modification
    marks discourse-new definites); it stands for a person named before only where the text
    gave that person the noun as a role."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in token.children):
        return False
    return any(_restricts(token, c) for c in token.rights)


def _restricts(token: Any, modifier: Any) -> bool:
    if token.doc[modifier.left_edge.i - 1].text in {",", "(", "—", "–", "-"}:
        return False  # set off: an apposition's or a non-restrictive clause's comment
    if modifier.dep_ == "prep":
        objects = [o for o in modifier.children if o.dep_ == "pobj"]
        return modifier.lower_ == "of" and any(o.ent_type_ not in WHEN_LABELS for o in objects)
    if modifier.dep_ in {"amod", "acl"}:
        return any(c.dep_ in {"prep", "agent", "dobj", "xcomp"} for c in modifier.children)
    return modifier.dep_ == "relcl"


def named_description(context: Context, token: Any) -> Speaker | None:
    """``The US-led coalition``: a description that carries a name is a name of its own. A
    nationality's adjective names no one (``The German automaker``, the tagger's ``NORP``
    read as an adjective): a description of a kind of organisation (``automaker``, a
    company) stands for the one of that kind the article names; of a noun the kinds table
    does not hold (``the American embassy``) or one of any organisation (``The Democratic
    group``), the latest organisation would be a guess, and the description with its
    adjective is a name of its own."""
    modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ != "det"]
    of_kind = description_kind(token.lemma_) not in (None, ORGANISATION)
    if not any(t.pos_ == "PROPN" or (t.ent_type_ and not (_nationality(t) and of_kind)) for t in modifiers):
        return None
    start = modifiers[0].idx
    end = token.idx + len(token)
    return Speaker(context.text[start:end], None, start, end, label="ORG")


def _nationality(token: Any) -> bool:
    """An adjective of a nationality, religion or party (``German``, ``Chinese``)."""
    return token.ent_type_ == "NORP" and token.pos_ == "ADJ"
