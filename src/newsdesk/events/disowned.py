"""An accusation judged by a verb of disapproval is denied: the CAMEO codebook's 016.

Written by hand from the codebook (version 1.1b3), whose 016 "Deny responsibility" is a
statement that rejects an accusation, and from the derived dictionary's own patterns: the
blocks of *reject* and *deny* code an accusation, allegation or charge as their object 016,
and the block of *criticize* and *denounce* codes "* ACCUSATION" 016, but the block of
*condemn* has no such pattern and gives "condemned the allegations" its own code, 111
"Criticize or denounce", as if the allegations were an act the subject disapproves of. An
accusation is a statement made against someone; a verb of disapproval aimed at one rejects
what it says ("condemned as unacceptable allegations by X that it had ...", the object
written after its "as" phrase as the patterns read it), the denial the other blocks code.
An accusation aimed "against" someone named ("condemned the allegations against
the journalists") is condemned on their behalf: a criticism of the accuser, 111 as before.
The nouns are those of the noun lexicon that are themselves an accusation (CAMEO 112,
``NOUN_TRIGGERS``: accusation, allegation); a verb whose code a pattern set (not its own)
keeps it.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import NOUN_TRIGGERS, own_code, shifted_objects

#: CAMEO 11 "Disapprove" (a verb's own code), 112 "Accuse" (a noun's) and 016 "Deny
#: responsibility".
_DISAPPROVAL_ROOT = "11"
_ACCUSATION = "112"
DENIAL = "016"
_AIMED = "against"
#: The nouns of an accusation: the act nouns the lexicon codes 112 ("charges" may be a
#: prosecution's, which condemning criticises).
ACCUSATION_NOUNS = frozenset(noun for noun, code in NOUN_TRIGGERS.items() if code == _ACCUSATION)


def disowned_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """016 for a verb left at its own code of disapproval (11x: "condemn", "criticize")
    whose object is an accusation (``ACCUSATION_NOUNS``); else None."""
    own = own_code(coded[0]) or ""
    if coded[1] != own or not own.startswith(_DISAPPROVAL_ROOT):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"] + shifted_objects(verb)
    accusations = [o for o in objects if o.lemma_.lower() in ACCUSATION_NOUNS]
    return DENIAL if accusations and not any(map(_aimed_at_another, accusations)) else None


def _aimed_at_another(accusation: Any) -> bool:
    """True when the accusation's "against" phrase names someone by a noun ("the allegations
    against the journalists"): condemning it takes their side, a criticism of the accuser;
    "against it" or no "against" is the subject's own."""
    return any(
        o.dep_ == "pobj" and o.pos_ != "PRON"
        for p in accusation.children
        if p.dep_ == "prep" and p.lower_ == _AIMED
        for o in p.children
    )
