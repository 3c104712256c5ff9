"""An act that a copula's predicate lays on its subject: "the rebels are responsible for the
attack", "the army was guilty of violating the ceasefire".

The copula codes nothing; the act noun or the gerund under its predicate is the act, and the
copula's subject is who did it. The predicates are read from the dictionary: the adjectives
its accusation patterns (CAMEO 112x) say of the one a verb of judging acts on ("HOLD *
RESPONSIBLE" 112, "RULE * GUILTY (OF TORTURE)" 1122), taken as a predicate adjective. A
negated copula ("was not responsible for the attack") or one under a modal ("may be
responsible") lays no act on anyone; an adjective of judging that names no doer ("was
critical of the attack", "is opposed to the bombing") is not one of these.

Hand-written because the rule is the dictionary's own accusations read on the dependency
parse; no library reads it. The dictionary is read on first use: ``source_heads`` asks this
module, and ``cameo`` imports ``events.modality``, which imports ``source_heads``. What the
copula's own words say (a negation, a modal) is read by ``newsdesk.modality``, which imports
no other module of the project.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsdesk.modality import own_negation, under_modal

#: CAMEO 112, accuse, and its finer codes (1121-1125): the codes whose pattern adjectives
#: name the doer of an act.
ACCUSE = "112"
#: How the parse attaches the act to the predicate's preposition: an act noun or a gerund.
_ACT_DEPS = {"pobj", "pcomp"}


def blaming_copula(act: Any) -> Any | None:
    """The copula whose subject did ``act`` (an act noun or a gerund, or one conjoined with
    it: "responsible for killings, rapes and abductions"), or None."""
    phrase = act
    while phrase.dep_ == "conj" and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ not in _ACT_DEPS or phrase.head.dep_ != "prep":
        return None
    head = phrase.head.head
    if head.dep_ == "acomp" and head.tag_ == "JJ" and head.lemma_.lower() in blame_adjectives():
        return _asserted(head.head) if _copula(head.head) else None
    return None


def _copula(token: Any) -> bool:
    return token.lemma_.lower() == "be"


def _asserted(copula: Any) -> Any | None:
    """The copula, unless it is negated or under a modal ("was not", "may be"), as
    ``newsdesk.modality`` reads a verb's own words."""
    return None if own_negation(copula) or under_modal(copula) else copula


@lru_cache(maxsize=1)
def blame_adjectives() -> frozenset[str]:
    """The words the dictionary's accusation patterns (CAMEO 112x) name after their verb:
    those the parse tags as adjectives are the predicates of blame ("responsible",
    "guilty"); the nouns among them never stand where ``blaming_copula`` looks."""
    from newsdesk.events.cameo import cameo_dictionary

    return frozenset(
        noun
        for block in cameo_dictionary()["patterns"]
        for _, noun, code, *_ in block
        if noun and code and code.startswith(ACCUSE)
    )


def blamed_acts(copula: Any) -> list[Any]:
    """The acts a copula lays on its subject (``blaming_copula``): the act nouns and
    gerunds under its predicate, with those conjoined with them; none for another verb."""
    if not _copula(copula):
        return []
    found = [
        act
        for head in copula.children
        if head.dep_ == "acomp"
        for prep in head.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ in _ACT_DEPS
        for act in (obj, *obj.conjuncts)
    ]
    return [act for act in found if (c := blaming_copula(act)) is not None and c.i == copula.i]
