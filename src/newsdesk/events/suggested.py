"""A suggestion that states what is: the CAMEO codebook's 010, not an appeal.

Written by hand from the codebook (version 1.1b3), whose 02 "Appeal" asks a target for an
act, and from English grammar: *suggest* has two senses, to put forward an act to be done
(a proposal: "suggested that the talks resume", "suggested that he should resign", its
clause mandative, a bare form or a modal) and to say that something is so ("suggested
that the plan is an attempt at reviving the talks", "suggested that the army had used
force", its clause indicative, in a past or a finite form of *be* or *have*). The derived
dictionary's block of *suggest* (propose, recommend) gives every use its appeal code (020);
the second sense is a public statement, 010 "Make statement, not specified below", and no
interaction. A clause with a modal, a bare verb or none keeps the dictionary's code.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT

#: The verbs whose "that" clause says either what should be done or what is so.
_SUGGESTING = frozenset({"suggest"})
#: CAMEO 02 "Appeal".
_APPEAL_ROOT = "02"
#: Tags of a finite indicative form: past, and present of the auxiliaries *be* and *have*.
_PAST = "VBD"
_PRESENT = frozenset({"VBZ", "VBP"})
_AUXILIARIES = frozenset({"be", "have"})
_MODAL = "MD"


def suggested_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for *suggest* coded as an appeal whose complements are "that" clauses that say
    what is (``_indicative``), with no object; else None."""
    if verb.lemma_.lower() not in _SUGGESTING or not coded[1].startswith(_APPEAL_ROOT):
        return None
    if any(c.dep_ in {"dobj", "dative", "xcomp"} for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return STATEMENT if clauses and all(map(_indicative, clauses)) else None


def _indicative(clause: Any) -> bool:
    """True for a clause with a subject whose verb is past or a present form of *be* or
    *have*, itself or its first auxiliary, and no modal ("the plan is an attempt", "the
    army had used force"); "the talks resume" and "he should resign" put forward an act."""
    if not any(c.dep_.startswith("nsubj") for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == _MODAL for a in auxiliaries):
        return False
    finite = auxiliaries[0] if auxiliaries else clause
    if finite.tag_ == _PAST:
        return True
    return finite.tag_ in _PRESENT and finite.lemma_.lower() in _AUXILIARIES
