"""A demand or appeal made of no one: asking for a thing with no actor asked is no CAMEO 10
or 02 event.

Written by hand from the CAMEO codebook (version 1.1b3), whose 10 "Demand" is a demand the
source makes of a target, as its 02 "Appeal" is a request of one. The derived dictionary
gives a verb of demanding its block's bare code (PUSH, PRESS: 100) when no pattern of the
block holds, and the coder made that a demand whoever was asked. Pressing "for" a policy,
a law or a reform, where the sentence names no one it is asked of (no object, no actor in
the "for" phrase, no one asked to act in a clause "for X to ..."), is the source's stated
position, a public statement (010 "Make statement, not specified below"), and no
interaction. A pattern's code ("pushing for a ceasefire", 0256) and a demand of someone
named ("pushed Iran to ...", "pushed for Congress to act") are the dictionary's.

An appeal is read the same way: a verb the dictionary codes as an appeal (02, by its block or
by a pattern: "called for" 020, "appealed for aid" 023) whose only complement is a "for"
phrase or clause that names no one ("called for calm", "called for reform of the tax
laws") states what the source wants, 010; an appeal to someone ("appealed to donors for
aid", "called on the government to", "urged Iran to", "called for Burma to") or for an act
of someone named ("called for the release of the journalists") stays the dictionary's.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT, own_code
from newsdesk.events.phrases import names_anyone
from newsdesk.parsed import marked_for

#: CAMEO 10 "Demand" and 02 "Appeal".
DEMAND_ROOT = "10"
APPEAL_ROOT = "02"
_ASKED_PREPOSITION = "for"
#: What names the one a demand is made of: an object, a dative, a clause of its own.
_ADDRESSED_DEPS = {"dobj", "dative", "iobj", "ccomp", "xcomp", "nsubjpass", "attr", "oprd"}
#: The prepositions of the one an appeal is made to ("appealed to donors", "called on
#: followers"), whoever their object is.
_APPEALED_TO = {"to", "on", "upon"}
#: Personal pronouns that stand for a thing, not for the one asked.
_THING_PRONOUNS = {"it", "itself"}


def unaddressed_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb left at its block's bare demand (no pattern held) or coded as an appeal
    that asks for a thing of no one (``_asks_no_one``); else None."""
    code = coded[1]
    demand = code.startswith(DEMAND_ROOT) and code == own_code(coded[0])
    appeal = code.startswith(APPEAL_ROOT) and not _appealed_to(verb)
    if not (demand or appeal):
        return None
    return STATEMENT if _asks_no_one(verb) else None


def _appealed_to(verb: Any) -> bool:
    """True when a phrase of the verb names the one appealed to ("to donors", "on Iran")."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _APPEALED_TO]
    return any(o.dep_ == "pobj" for p in phrases for o in p.children)


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
    return not any(names_anyone(o) or _person_pronoun(o) for o in asked)


def _person_pronoun(token: Any) -> bool:
    """A personal pronoun that stands for people asked ("calls for them to return"), not
    "it" or a relative pronoun ("the parameters that they called for")."""
    return token.tag_ == "PRP" and token.lower_ not in _THING_PRONOUNS


def _for_clause(clause: Any) -> bool:
    """A clause "for X to ..." under the verb."""
    return clause.dep_ == "advcl" and marked_for(clause)
