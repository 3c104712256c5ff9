"""Role and affiliation a sentence states of a named person in its predicate.

News often names a person first and says what they do in the next clause, not beside the
name: ``Jane Doe is a vice president with Harbor Ratings``, ``Doe has been Harbor's chief
since 1998``, ``Doe works for the state transport agency``. The parse gives the subject and
the predicate, so these are read from it: a copula's complement that names an office or a
person's occupation (a title of the lexicon, or any person noun with the organisation it
is held at) is the role, read as an apposition is (``role_phrases.describe_phrase``); *work* with
*for* or *at* places the person at an organisation (*with* names a partner as often). Only the words that describe the
office are read (its modifiers and its *of*/*at*/*for*/*with* phrase), not a relative clause,
a date or a place after it. A negated predicate states nothing, and neither does an office
with an adjective of judgement and no organisation (``Doe is a weak president``), which
opinion pages write of a person whose title the article states elsewhere.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.roles import RANK_WORDS
from newsdesk.quotes.description import QUOTED_ROLE_WORDS, Description, names_people
from newsdesk.quotes.nouns import ORG_NOUNS
from newsdesk.quotes.role_phrases import describe_phrase

#: Prepositions whose phrase after the office names where it is held.
_HELD_AT = frozenset({"of", "at", "for", "with"})
#: The copula's forms that state what the subject is or was (not *be* as an auxiliary).
_COPULA = "be"
#: Verbs that place their subject at an organisation with ``_EMPLOYED``'s prepositions.
_WORKING = frozenset({"work"})
#: Prepositions after *work* that name an employer: *with* names a partner as often
#: (``worked with a reform group to pass a bill``).
_EMPLOYED = frozenset({"for", "at"})
#: Tagger labels of an organisation a person works for.
_EMPLOYERS = frozenset({"ORG", "FAC", "GPE"})


def predicated(doc: Any, start: int, end: int) -> Description | None:
    """The role and affiliation the predicate of the clause whose subject is the name at
    ``doc.text[start:end]`` states, or ``None`` where it states neither."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = next((t for t in span if not span.start <= t.head.i < span.end), span[-1])
    verb = root.head
    if root.dep_ != "nsubj" or verb.i == root.i or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_ == _COPULA:
        return _complement(verb)
    if verb.lemma_ in _WORKING:
        return _employer(verb)
    return None


def _complement(verb: Any) -> Description | None:
    """``is a vice president with Harbor Ratings``: the copula's noun complement, read as an
    apposition, where it names an office, or a person with the organisation it is held at."""
    noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if noun is None or not names_people(noun) or noun.tag_ == "NNS":
        return None
    stated = describe_phrase(_office_words(noun))
    if stated.role is None or (noun.lemma_.lower() not in QUOTED_ROLE_WORDS and stated.affiliation is None):
        return None
    if stated.affiliation is None and any(_judges(c) for c in noun.lefts):
        return None  # "Doe is a weak president": a judgement of the holder, not the office
    return stated


def _judges(modifier: Any) -> bool:
    """An adjective before an office that is no word of a title (``weak``, ``great``): a rank
    (``vice``, ``deputy``) or a title's word (``chief``, ``foreign``) is part of the office."""
    word = modifier.lower_
    return modifier.dep_ == "amod" and modifier.pos_ == "ADJ" and word not in QUOTED_ROLE_WORDS | RANK_WORDS


def _office_words(noun: Any) -> str:
    """The words of the office ``noun`` heads: its modifiers before it and the phrases after
    it that say where it is held, without a relative clause, a date or an aside."""
    tokens = [t for c in noun.lefts for t in c.subtree]
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _HELD_AT):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if objects and objects[0].ent_type_ not in {"DATE", "TIME", "CARDINAL"}:
            tokens += [prep, *(t for o in objects for t in o.subtree if t.dep_ not in {"relcl", "acl"})]
    tokens = sorted({t.i: t for t in [*tokens, noun]}.values(), key=lambda t: t.i)
    # a comma inside a name ("Shook, Hardy and Bacon") ends nothing
    cut = next(
        (i for i, t in enumerate(tokens) if t.is_punct and t.text not in {"'", "’", "-"} and t.ent_iob_ == "O"),
        len(tokens),
    )
    return "".join(t.text_with_ws for t in tokens[:cut]).strip()


def _employer(verb: Any) -> Description | None:
    """``works for the state transport agency``: the organisation the tagger names, or an
    organisation's noun with the words that say which (not ``works for a company``)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _EMPLOYED):
        place = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if place is None:
            continue
        if place.ent_type_ in _EMPLOYERS and place.pos_ == "PROPN":
            words = [t for t in place.subtree if t.ent_type_ == place.ent_type_ and t.ent_iob_ != "O"]
            return Description(None, _without_article(words)) if words else None
        modifiers = [c for c in place.lefts if c.dep_ in {"compound", "amod"}]
        if place.lemma_.lower() in ORG_NOUNS and modifiers:
            return Description(None, _without_article([*(t for m in modifiers for t in m.subtree), place]))
    return None


def _without_article(tokens: list[Any]) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return text.removeprefix("the ").removeprefix("The ")
