"""A demand made of no one: pressing for a thing with no actor asked is no CAMEO 10 event.

Written by hand from the CAMEO codebook (version 1.1b3), whose 10 "Demand" is a demand the
source makes of a target, as its 02 "Appeal" is a request of one. The derived dictionary
gives a verb of demanding its block's bare code (PUSH, PRESS: 100) when no pattern of the
block holds, and the coder made that a demand whoever was asked. Pressing "for" a policy,
a law or a reform, where the sentence names no one it is asked of (no object, no actor in
the "for" phrase, no one asked to act in a clause "for X to ..."), is the source's stated
position, a public statement (010 "Make statement, not specified below"), and no
interaction. A pattern's code ("pushing for a ceasefire", 0256) and a demand of someone
named ("pushed Iran to ...", "pushed for Congress to act") are the dictionary's.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import own_code
from newsdesk.events.phrases import names_anyone
from newsdesk.parsed import marked_for

#: CAMEO 10 "Demand" and 010 "Make statement, not specified below".
DEMAND_ROOT = "10"
STATEMENT = "010"
_ASKED_PREPOSITION = "for"
#: What names the one a demand is made of: an object, a dative, a clause of its own.
_ADDRESSED_DEPS = {"dobj", "dative", "iobj", "ccomp", "xcomp", "nsubjpass", "attr", "oprd"}


def unaddressed_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb left at its block's bare demand (no pattern held) that asks for a thing
    of no one (``_asks_no_one``); else None."""
    code = coded[1]
    if not code.startswith(DEMAND_ROOT) or code != own_code(coded[0]):
        return None
    return STATEMENT if _asks_no_one(verb) else None


def _asks_no_one(verb: Any) -> bool:
    """True when the verb's only complement is a "for" phrase that names no actor, or a
    clause "for X to ..." whose subject names none ("pushed for the law to be revised")."""
    if any(c.dep_ in _ADDRESSED_DEPS for c in verb.children):
        return False
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    asked = [o for p in phrases if p.lower_ == _ASKED_PREPOSITION for o in p.children]
    clauses = [c for c in verb.children if _for_clause(c)]
    asked += [s for c in clauses for s in c.children if s.dep_.startswith("nsubj")]
    others = [o for p in phrases if p.lower_ != _ASKED_PREPOSITION for o in p.children]
    if not asked or any(names_anyone(o) for o in others):
        return False
    return not any(names_anyone(o) for o in asked)


def _for_clause(clause: Any) -> bool:
    """A clause "for X to ..." under the verb."""
    return clause.dep_ == "advcl" and marked_for(clause)
