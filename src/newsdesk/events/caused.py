"""The doer of an agentless passive named by the act that brought it about.

An agentless passive says what was done to its subject and leaves the doer out ("the
activist was freed"). When an "after" clause under it names an asserted material act (CAMEO
06-08, 14-20) of the same kind, by CAMEO's root or by PLOVER's type (a release after a
pardon, 084 and 080; a killing after a strike, 190 and 180), that act is the one that
brought the passive's about, and the clause's subject is who did it: "the activist was freed
after the president pardoned her", "twelve people were killed and dozens wounded after rebel
fighters shelled the market" (the parse hangs the shared clause on the last of the conjoined
verbs). An act of another kind ("was arrested after protesters stormed the
building": an arrest, 173, is not the storming's, 190), a verbal act ("after the ministry
announced an inquiry"), a negated one, a pronoun or a subject that names nobody ("after the
storm hit") gives no doer; nor does a "when" clause, which may be the passive's own
circumstance.

Hand-written because it is one reading of the dependency parse and the dictionary's codes;
no library gives it.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import plover_of
from newsdesk.events.decided import material_code
from newsdesk.events.modality import modality, negated
from newsdesk.events.phrases import names_anyone
from newsdesk.events.source_heads import agentless_passive, dies, nominal_subject

#: The subordinators of a clause that names an act done before the passive's.
_BEFORE = frozenset({"after"})


def cause_doer(verb: Any) -> Any | None:
    """The subject of the "after" clause that names the act bringing about the agentless
    passive or the death ``verb`` (see the module; "two protesters died after police opened
    fire"), or None."""
    if not agentless_passive(verb) and not dies(verb):
        return None
    code = material_code(verb)
    if code is None:
        return None
    for clause in _after_clauses(verb):
        subject = nominal_subject(clause)
        done = material_code(clause)
        if subject is not None and done is not None and _same_kind(code, done) and names_anyone(subject):
            return subject
    return None


def _after_clauses(verb: Any) -> list[Any]:
    """The asserted "after" clauses of ``verb`` and of the verbs conjoined with it."""
    clauses = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"]
    marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ in _BEFORE for m in c.children)]
    return [c for c in marked if c.pos_ == "VERB" and modality(c) == "asserted" and not negated(c)]


def _same_kind(code: str, other: str) -> bool:
    """True for two CAMEO codes of one kind of act: one CAMEO root (a pardon 080 and a
    release 084, which PLOVER splits into CONCEDE and RETREAT) or one PLOVER type (a strike
    180 and a killing 190, which CAMEO splits into assault and fight); an arrest (173) is
    not a storming (190)."""
    return code[:2] == other[:2] or plover_of(code) == plover_of(other)
