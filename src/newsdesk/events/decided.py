"""An act decided: "Japan has decided to lift sanctions", "Mexico decided to grant asylum".

A verb of deciding says that its subject has taken up the act its clause names; the decision
is the act's, not an intent stated to others. The dictionary's own lines for its block of
*decide* (the SELECT block: decide, determine and vote code 030, choose, opt, pick and select
nothing) code the act so: "decide * limit" and "decide * bar" are 160, "decide * exempt (of
taxes)" 071, "decide (against deploying)" 080. Where no such line holds and the verb keeps the
block's bare code (030), a decided act of a material kind (CAMEO 06-08 and 14-20, the quad
split: 01-05 and 09-13 are verbal) is the sentence's reported act, done by the deciding
subject, and the decision is no event of its own. A decision negated or not asserted ("did not
decide to", "will decide to", "may decide to"), or one in a clause of condition or
circumstance ("in the event that Moscow decides to invade", "whether the US decides to
strike"), is read as before, by the verb's own code and the clause it embeds; a decision not
to act ("decided not to lift the sanctions") is the refusal of the act, as a refusal is read
elsewhere (CAMEO 12x).

Hand-written because it is one reading of the dependency parse and the dictionary's blocks;
no library gives it.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import PLOVER, QUAD_CLASSES, in_block_of, left_bare, own_code, verb_code
from newsdesk.events.modality import modality, negated

#: The verb whose dictionary block holds the verbs of deciding (the SELECT block).
DECIDING = "decide"
#: The clauses a decision is a circumstance, condition or modifier in, not a reported act ("in
#: the event that Moscow decides to invade", "whether the US decides to strike", "a Samson
#: determined to pull down the pillars").
_UNREPORTED_DEPS = frozenset({"advcl", "csubj", "acl", "relcl", "amod"})
#: The quad classes of material acts (``QUAD_CLASSES``): 2 cooperation, 4 conflict.
_MATERIAL_QUADS = frozenset({2, 4})
#: CAMEO roots of material acts, CAMEO's own split (cooperation 06-08, conflict 14-20; the
#: others are verbal): the roots whose PLOVER type is of a material quad class, and 08 (yield)
#: and 16 (reduce relations), which CAMEO counts as material though PLOVER puts CONCEDE with
#: verbal cooperation and SANCTION with verbal conflict.
MATERIAL_ROOTS = frozenset(
    {root for root, plover in PLOVER.items() if QUAD_CLASSES.get(plover) in _MATERIAL_QUADS}
    | {"08", "16"}
)


def deciding(verb: Any) -> bool:
    """True for a verb of the dictionary's block of deciding (``DECIDING``)."""
    return in_block_of(verb, DECIDING)


def decided_verb(verb: Any) -> Any | None:
    """The clause verb of an asserted, unnegated verb of deciding whose own code is the block's
    bare one and whose infinitive the dictionary codes as a material act ("decided to lift the
    sanctions": lift; "decided not to lift" too, a refusal), else None."""
    if not _reported_decision(verb) or not _bare(verb) or negated(verb) or modality(verb) != "asserted":
        return None
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return clause if clause is not None and material_code(clause) is not None else None


def material_code(verb: Any) -> str | None:
    """The CAMEO code the dictionary gives ``verb`` in context when it is a material act
    (``MATERIAL_ROOTS``), else None."""
    code = verb_code(verb)
    return code[1] if code and code[1][:2] in MATERIAL_ROOTS else None


def decides(parent_token: Any, parent: dict[str, Any], child_token: Any, child: dict[str, Any]) -> bool:
    """True for the dictionary coder's event of an asserted, unnegated decision whose clause
    is an act of its own, coded and asserted, of a material kind: that act (or, negated, its
    refusal: "decided not to lift the sanctions") is what is reported, and the decision is no
    event of its own."""
    if child_token.dep_ != "xcomp" or child_token.head != parent_token:
        return False
    if parent["negated"] or parent["modality"] != "asserted":
        return False
    if child["modality"] != "asserted" or child["cameo"][:2] not in MATERIAL_ROOTS:
        return False
    return _reported_decision(parent_token) and parent["cameo"] == own_code(DECIDING)


def _reported_decision(verb: Any) -> bool:
    """True for a verb of deciding whose clause is reported, not a circumstance, a condition or
    a modifier (``_UNREPORTED_DEPS``)."""
    return deciding(verb) and verb.dep_ not in _UNREPORTED_DEPS


def _bare(verb: Any) -> bool:
    """True when no pattern of the block holds for the verb: it keeps the block's own code."""
    code = verb_code(verb)
    return code is not None and left_bare(code, lemma=DECIDING)
