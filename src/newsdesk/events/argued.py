"""A case argued about what is, of no one named, is a statement: the CAMEO codebook's 010.

Written by hand from the codebook (version 1.1b3), whose 11 "Disapprove" criticises or
denounces a target, and from English usage: *argue* with a clause says that something is
so and gives reasons ("Republicans argue it will boost economic growth", "argued that the
best way to defeat ISIS was ..."). The derived dictionary gives *argue* its block's bare
disapproval (110) where no pattern holds, and the coder made every case argued a
criticism. A clause whose subject names no actor (a thing, an act, a gerund) names no
one disapproved of: 010 "Make statement, not specified below" ("it", which may stand for a
state, is read as someone). A clause about an actor
("argued that Mueller is biased", "argued the Times article missed the point"), an argument
with or against someone, and a person's pronoun as the clause's subject, which may be the
one criticised, keep the dictionary's code.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT, own_code
from newsdesk.events.phrases import names_anyone

#: The verb of making a case.
_ARGUING = "argue"
#: Pronouns that stand for a thing or a fact, never a party criticised ("it" may stand for
#: a state or a body: "argued it had the right to respond").
_THING_PRONOUNS = frozenset({"this", "that"})
#: Prepositions of a party argued with or against.
_OPPONENT = frozenset({"with", "against"})


def argued_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for *argue* left at its bare code whose clauses are about no actor and which has
    no opponent; else None."""
    if verb.lemma_.lower() != _ARGUING or coded[1] != own_code(_ARGUING):
        return None
    if any(c.lower_ in _OPPONENT or c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return STATEMENT if clauses and all(map(_about_no_actor, clauses)) else None


def _about_no_actor(clause: Any) -> bool:
    """True for a clause whose subject names no actor and is no person's pronoun."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not subjects:
        return False
    return all(_no_actor(s) for s in subjects)


def _no_actor(subject: Any) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in _THING_PRONOUNS
    return subject.dep_ == "csubj" or not names_anyone(subject)
