"""The number of a pronoun's antecedent: which subjects stand for several people.

A "they" stands for a plural noun, names joined by *and*, a partitive (``Most of the
experts``), a word of quantity over people (``An array of advocacy groups``) or a name whose
verb agrees in the plural (British usage for an organisation); a "he" or "she" passes over a
plural common noun and a family (``the Clintons``). Hand-written over the parse's number tags
and the lexicons of speaking nouns (persons, organisations, offices, documents, groups),
because the tags alone do not say when a singular word counts people or a plural one names a
person.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import OFFICES
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import DOCUMENTS
from newsdesk.quotes.nouns import GROUP_NOUNS, ORG_NOUNS, PERSON_NOUNS
from newsdesk.quotes.sources import PLURAL_QUANTIFIERS, is_person

#: The parse's tags of a plural noun.
_PLURAL_NOUNS = {"NNS", "NNPS"}


#: Singular nouns "they" may stand for or that end its search: people, organisations, offices,
#: documents and groups of people.
_SPEAKING = frozenset(PERSON_NOUNS | ORG_NOUNS | OFFICES | DOCUMENTS | GROUP_NOUNS)


def plural_noun(context: Context, token: Any) -> bool:
    """A plural common noun that names no person (the tagger takes a surname ending in *s*,
    ``Figgins``, for one, and a name for a plural proper noun), or a family (``family``)."""
    return (token.tag_ == "NNS" and not is_person(context, token)) or family(token)


def family(token: Any) -> bool:
    """``The Clintons pursued …, even though Bill had lied. … his supporters``: a surname in
    the plural after *the* is a family, several people, whom a "he" or "she" does not stand
    for, whether the tagger reads it as plural or not: *the* is the phrase's one word before
    the name (a person's name that ends in *s* has no *the*, ``Sanders``, or has more words
    between, ``the late John Adams``)."""
    return (
        token.tag_ in {"NNP", "NNPS"}
        and token.text.endswith("s")
        and [(c.dep_, c.lower_) for c in token.lefts] == [("det", "the")]
    )


def plural_source(context: Context, span: dict[str, int] | None) -> bool:
    """The source phrase a quote's speaker was read from is plural (``Holt defenders
    argue``): no speaker for a singular "he" or "she"."""
    phrase = span and context.doc.char_span(span["start"], span["end"], alignment_mode="expand")
    return bool(phrase) and plural_noun(context, phrase.root)


def is_plural(token: Any) -> bool:
    joined = any(c.dep_ == "conj" for c in token.children)
    plural = token.tag_ in _PLURAL_NOUNS or joined or _plural_verb(token)
    return plural or _partitive(token) or _plural_by_quantity(token)


def no_one(context: Context, token: Any) -> bool:
    """A singular common noun that is no person, no organisation and no document that speaks
    for its authors (``the fact``, ``the plan``; not ``the statement``), or a relative *which*
    or *that*: "they" cannot stand for it, nor does it hide a plural subject beyond it."""
    thing = token.tag_ == "NN" and token.lemma_.lower() not in _SPEAKING
    return (thing or token.tag_ == "WDT") and context.index.mention_at(token.idx) is None


def _plural_by_quantity(token: Any) -> bool:
    """A subject that stands for several whose head the parse gives as one word of quantity:
    a quantifier with no *of* phrase (``Many in the GOP cite ..., they say``: the quantifier
    is the group itself), or an indefinite singular noun of no speaking kind whose *of* phrase
    holds a plural noun of people or organisations, or a group (``An array of advocacy groups
    rallied. They say``, ``a large share of the public``: the noun only counts them)."""
    if token.lower_ in PLURAL_QUANTIFIERS:
        return not any(c.lower_ == "of" for c in token.children)
    counted = token.tag_ == "NN" and token.lemma_.lower() not in _SPEAKING
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    if not (counted and indefinite):
        return False
    counts = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(_people(o) for o in counts)


def _people(noun: Any) -> bool:
    """Several people: a plural noun of people, organisations or documents, or a group."""
    lemma = noun.lemma_.lower()
    return (noun.tag_ in _PLURAL_NOUNS and lemma in _SPEAKING) or lemma in GROUP_NOUNS


def _partitive(token: Any) -> bool:
    """``Most of the so-called experts had said …. They insisted``: a quantifier whose *of*
    phrase holds a plural noun, or a plural pronoun (``Some of them``), stands for several of
    them."""
    return any(o.tag_ in _PLURAL_NOUNS or o.lower_ in _PLURAL_PRONOUNS for o in _partitive_objects(token))


#: Pronouns of a group of others that a partitive's *of* phrase may hold.
_PLURAL_PRONOUNS = {"them", "those", "these"}


def partitive_pronoun(token: Any) -> Any | None:
    """``Some of them say``, ``Many of those say``: the pronoun of a quantifier's *of* phrase,
    which stands for the group the quantifier takes a part of (resolved as a plural "they")."""
    return next((o for o in _partitive_objects(token) if o.lower_ in _PLURAL_PRONOUNS), None)


def _partitive_objects(token: Any) -> list[Any]:
    """The objects of the *of* phrase of a quantifier of ``PLURAL_QUANTIFIERS`` ("Most of the
    experts": experts); none for any other token."""
    if token.lower_ not in PLURAL_QUANTIFIERS:
        return []
    return [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _plural_verb(token: Any) -> bool:
    """``Big Machine have twice denied``: a name whose verb agrees in the plural (British usage
    for an organisation) stands for several people."""
    if token.tag_ != "NNP":
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ in {"aux", "auxpass"})]
    finite = next((v for v in verbs if v.tag_ in {"VBP", "VBZ", "VBD"}), None)
    return finite is not None and (finite.tag_ == "VBP" or finite.lower_ == "were")
