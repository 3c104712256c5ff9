"""A crowd gathered to protest: the code the CAMEO codebook gives a gathering whose purpose
is a protest, which the dictionary codes as a meeting.

Written by hand from the codebook's category names (CAMEO Event Data Codebook, version 1.1b3),
not from the sentences of any evaluation set. The derived dictionary's block of *gather*
(gather, converge, assemble, congregate, flock) codes its verbs as a consultation, 040
"Consult", and reads no purpose, so "thousands converged on the capital for a rally" is a
meeting, which the classifier's PROTEST does not outrank. The codebook's 04 is a meeting of
political actors; people assembled for a demonstration are 14, "Protest" (141 "Demonstrate
or rally"). A verb of the block coded as a consultation whose "for" phrase names a protest
(the noun table's 14: a rally, protest, demonstration, march or sit-in) or whose purpose
clause is one ("gathered outside the embassy to protest the arrests") is that protest, by
its own code; a gathering for a meeting or a summit stays a consultation.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import in_block_of, noun_code, own_code, verb_code

#: A verb of the dictionary's block of gathering.
GATHERING_BLOCK = "gather"
#: The codebook's consultation (04) and protest (14) roots.
_CONSULT = "04"
_PROTEST = "14"


def gathered_code(verb: Any, coded: tuple[str, str] | None) -> str | None:
    """The protest code of a verb of the block of gathering that the dictionary codes as a
    consultation (``coded``) and whose "for" phrase or purpose clause names a protest
    ("converged on the capital for a rally": 141, "gathered outside the embassy to protest
    the arrests": 140); else None."""
    if coded is None or not coded[1].startswith(_CONSULT) or not in_block_of(verb, GATHERING_BLOCK):
        return None
    return next(filter(None, (_protest_code(c) for c in verb.children)), None)


def _protest_code(child: Any) -> str | None:
    """The protest code a gathering's dependent names: the noun of its "for" phrase, or the
    verb of its purpose clause ("to protest"), which the parse may hang on the place of the
    gathering ("gathered outside the embassy to protest")."""
    if child.dep_ == "prep":
        objects = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        codes = [noun_code(o) for o in objects] if child.lower_ == "for" else []
        codes += [_verb_protest(c) for o in objects for c in o.children if _purpose(c)]
    elif child.dep_ in {"advcl", "xcomp"} and _purpose(child):
        codes = [_verb_protest(child)]
    else:
        return None
    return next((code[1] for code in codes if code and code[1].startswith(_PROTEST)), None)


def _verb_protest(verb: Any) -> tuple[str, str] | None:
    """The code of a purpose clause's verb, or its block's own code where that is a protest
    and a pattern of the block names another ("to protest the arrests": the block of
    protest's 140, not its pattern's 053)."""
    coded = verb_code(verb)
    if coded is None or coded[1].startswith(_PROTEST):
        return coded
    own = own_code(coded[0])
    return (coded[0], own) if own and own.startswith(_PROTEST) else coded


def _purpose(verb: Any) -> bool:
    """True for a clause of purpose: a verb under "to" ("to protest") with no subject."""
    return (
        verb.dep_ in {"advcl", "xcomp", "acl", "relcl"}
        and verb.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )
