"""A need or a want of a state of one's own is a statement: the CAMEO codebook's 010.

Written by hand from the codebook (version 1.1b3), whose 10 "Demand" and 02 "Appeal" ask a
target to act, and from English grammar: a verb of needing or wanting whose complement is
its own subject's (no object, no subject in the clause: "NATO would need to remain
strong", "the party wants to stay united") and is a linking verb with a predicate
adjective (*be*, *remain*, *stay*, *become*: a state, no act) asks no one for anything; it
states the source's view of what it should be, 010 "Make statement, not specified below".
The derived dictionary gives *need* its block's bare demand (100) and the coder made that a
demand whoever was asked. An adjective of readiness keeps the act under it ("needs to be
ready to mediate": the act, as ``source_heads.READY_ADJECTIVES`` reads it), and so does an
adjective with a clause of its own ("needs to be able to strike"); someone asked to be so
("urged the protesters to remain calm", "wants Iran to be transparent") is asked.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT
from newsdesk.events.source_heads import READY_ADJECTIVES

#: CAMEO 10 "Demand" and 02 "Appeal".
_ASKING_ROOTS = ("10", "02")
#: Linking verbs whose predicate adjective names a state of their subject.
_LINKING = frozenset({"be", "remain", "stay", "become"})
#: The dependencies of someone asked, apart from the subject: an object, a dative.
_ASKED_DEPS = {"dobj", "dative", "iobj"}
_CLAUSE_DEPS = {"xcomp", "ccomp"}


def stative_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb coded as a demand or appeal that asks for a state of its own subject
    (``_own_state``); else None."""
    if not coded[1].startswith(_ASKING_ROOTS) or any(c.dep_ in _ASKED_DEPS for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    return STATEMENT if clauses and all(map(_own_state, clauses)) else None


def _own_state(clause: Any) -> bool:
    """True for a linking verb with no subject of its own whose predicate adjective is no
    readiness and holds no clause ("to remain strong", "to be united")."""
    if clause.lemma_.lower() not in _LINKING or any(c.dep_.startswith("nsubj") for c in clause.children):
        return False
    adjectives = [c for c in clause.children if c.dep_ == "acomp"]
    if not adjectives or any(c.dep_ in _ASKED_DEPS | {"attr"} for c in clause.children):
        return False
    return not any(
        a.lower_ in READY_ADJECTIVES or any(c.dep_ in _CLAUSE_DEPS for c in a.children) for a in adjectives
    )
