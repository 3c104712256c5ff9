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

An appeal put out as a noun ("launched an appeal for $80 million", "issued a
call for calm", "a plea for help") is read on that noun: made to someone named in its "to",
"on" or "upon" ("issued a plea to the Taliban to talk") it stays the dictionary's; asking for
a thing of no one it is the source's statement, 010, as the verb is, and the noun, which
the dictionary codes as an appeal too, gives no event of its own.
A name the tagger gives a law, a work or a product names a thing asked for, not one asked
("pushed for the Constitution to be revised", "for the Affordable Care Act to be
repealed").
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import agent_role
from newsdesk.events.cameo import STATEMENT, own_code
from newsdesk.events.phrases import is_named, names_anyone, phrase_edges, time_word
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
#: The tagger's labels of a named thing, never an actor asked ("the Constitution": LAW).
_THING_LABELS = {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"}
#: Personal pronouns that stand for a thing, not for the one asked.
_THING_PRONOUNS = {"it", "itself"}
#: Nouns of an appeal put out ("launched an appeal", "issued a call", "made a plea"); the
#: dictionary codes the verb whose object they are as the appeal (LAUNCH + APPEAL 020).
_APPEAL_NOUNS = {"appeal", "call", "plea", "request", "entreaty"}


def unaddressed_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb left at its block's bare demand (no pattern held) or coded as an appeal
    that asks for a thing of no one (``_asks_no_one``); else None."""
    code = coded[1]
    demand = code.startswith(DEMAND_ROOT) and code == own_code(coded[0])
    appeal = code.startswith(APPEAL_ROOT) and not _appealed_to(verb)
    if not (demand or appeal):
        return None
    noun = _appeal_noun(verb) if appeal else None
    if noun is not None:
        return STATEMENT if _noun_asks_no_one(noun) else None
    return STATEMENT if _asks_no_one(verb) else None


def unaddressed_appeal(noun: Any, coded: tuple[str, str]) -> bool:
    """True for a noun of an appeal (coded 02) that asks for a thing of no one ("launched an
    appeal for $80 million"): no event of its own (``_noun_asks_no_one``)."""
    appeal = coded[1].startswith(APPEAL_ROOT) and noun.lemma_.lower() in _APPEAL_NOUNS
    return appeal and _noun_asks_no_one(noun)


def _appeal_noun(verb: Any) -> Any | None:
    """The noun of an appeal the verb puts out, its object ("launched an appeal"), or None."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _APPEAL_NOUNS]
    return objects[0] if objects else None


def _noun_asks_no_one(noun: Any) -> bool:
    """True when an appeal put out as a noun names no one it is made to ("to donors") and
    asks for a thing of no one (``_asks_no_one``); the phrases of the verb whose object it is
    count as its own, since the parse hangs "for calm" on either ("issued a plea for calm")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if _appealed_to(noun) or (verb is not None and _appealed_to(verb)):
        return False
    return _asks_no_one(verb, noun=noun) if verb is not None else _asks_no_one(noun)


def _appealed_to(verb: Any) -> bool:
    """True when a phrase of the verb names the one appealed to ("to donors", "on Iran"), not
    a time ("on Monday")."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _APPEALED_TO]
    return any(o.dep_ == "pobj" and not time_word(o) for p in phrases for o in p.children)


def _asks_no_one(verb: Any, *, noun: Any = None) -> bool:
    """True when the verb's only complement is a "for" phrase that names no actor, or a
    clause "for X to ..." whose subject names none ("pushed for the law to be revised");
    with ``noun``, its object that is the appeal, the noun's phrases count with the verb's."""
    children = [*verb.children, *(noun.children if noun is not None else ())]
    if any(c.dep_ in _ADDRESSED_DEPS and c != noun for c in children):
        return False
    phrases = [c for c in children if c.dep_ == "prep"]
    asked = [o for p in phrases if p.lower_ == _ASKED_PREPOSITION for o in p.children]
    clauses = [c for c in children if _for_clause(c)]
    asked += [s for c in clauses for s in c.children if s.dep_.startswith("nsubj")]
    others = [o for p in phrases if p.lower_ != _ASKED_PREPOSITION for o in p.children]
    if not asked or any(names_anyone(o) for o in others):
        return False
    return not any(_names_one_asked(o) or _person_pronoun(o) for o in asked)


def _names_one_asked(token: Any) -> bool:
    """True when the phrase of a thing asked for names an actor (``names_anyone``: a name or
    an agent noun, "the release of the prisoners"); a name the tagger gives a law, a work or
    a product ("the Constitution") is a thing's."""
    first, last = phrase_edges(token, appositions=True, conjuncts=True)
    words = token.doc[first.i : last.i + 1]
    names = [t for t in words if is_named(t) and t.ent_type_ not in _THING_LABELS]
    return bool(names) or any(agent_role(t) is not None for t in words)


def _person_pronoun(token: Any) -> bool:
    """A personal pronoun that stands for people asked ("calls for them to return"), not
    "it" or a relative pronoun ("the parameters that they called for")."""
    return token.tag_ == "PRP" and token.lower_ not in _THING_PRONOUNS


def _for_clause(clause: Any) -> bool:
    """A clause "for X to ..." under the verb."""
    return clause.dep_ == "advcl" and marked_for(clause)
