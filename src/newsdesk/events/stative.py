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

A want or a need of one's own act that names no act the codebook codes is a statement too
(``wish_code``). The dictionary gives *want* the bare intent to cooperate (030) and *need*
the bare demand (100) where no pattern of their block holds; CAMEO's 03 is an intent to do
an act of cooperation the codebook names ("wants to help Israel" 033, "wants to negotiate"
032, "wants to attack" 138, which the coder reads from the clause), and its 10 a demand of
a target. A subject that wants or needs to do an act the dictionary codes no event for
("Democrats need to gain 23 seats", "wanted to goad the Republicans"), or a thing that names
no one ("Iran needs foreign investment"), states what it wishes and asks no one: 010. One
who is to act in the clause ("wants Putin to attack", "wants the peacekeepers to leave"), an
object that names an actor or is a personal pronoun ("needs Big Business", "wants them"),
and a need said of another in a clause someone reports ("Peskov said the U.S. needs to show
proof": the speaker's demand) stay the dictionary's.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT, left_bare, verb_code
from newsdesk.events.phrases import bare_pronoun, names_anyone
from newsdesk.events.source_heads import READY_ADJECTIVES

#: CAMEO 10 "Demand" and 02 "Appeal".
_ASKING_ROOTS = ("10", "02")
#: Linking verbs whose predicate adjective names a state of their subject.
_LINKING = frozenset({"be", "remain", "stay", "become"})
#: The dependencies of someone asked, apart from the subject: an object, a dative.
_ASKED_DEPS = {"dobj", "dative", "iobj"}
_CLAUSE_DEPS = {"xcomp", "ccomp"}
#: Verbs of wanting and needing whose bare code (no pattern of their block held) states a
#: wish: *want* 030, *need* 100.
_WISHING = frozenset({"want", "need"})


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


def wish_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a want or need left at its verb's bare code whose complement is its own
    subject's act that the dictionary codes no event for, or a thing that names no one, and
    that no one else is reported to say of it (the module's docstring); else None."""
    lemma = verb.lemma_.lower()
    if lemma not in _WISHING or not left_bare(coded, lemma=lemma) or _said_of_another(verb):
        return None
    complements = [c for c in verb.children if c.dep_ in _ASKED_DEPS | _CLAUSE_DEPS | {"advcl"}]
    if not complements:
        return None
    return STATEMENT if all(map(_asks_no_one, complements)) else None


def _asks_no_one(complement: Any) -> bool:
    """True for an infinitive of the subject's own act the dictionary does not code (no
    subject of its own, no verb coded, nothing joined to it) or a direct object that names
    no actor and is no personal pronoun."""
    if complement.dep_ == "xcomp":
        own = not any(c.dep_.startswith("nsubj") for c in complement.children)
        return own and complement.pos_ in {"VERB", "AUX"} and not _coded_act(complement)
    if complement.dep_ == "dobj":
        return complement.tag_ != "PRP" and not names_anyone(complement)
    return False


def _said_of_another(verb: Any) -> bool:
    """True for a verb in a clause reported by a verb whose subject is not the verb's own
    ("Peskov said the U.S. needs to show proof", "Peskov said they need to show proof"),
    unless a pronoun that agrees with the speaker stands for the one who wants ("Pelosi said
    she wants ...", "the ministers said they need ..."; ``_agrees``)."""
    if verb.dep_ != "ccomp":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not bare_pronoun(subjects[0]):
        return True
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and not _agrees(subjects[0], speaker)


def _agrees(pronoun: Any, speaker: Any) -> bool:
    """True for a pronoun that may stand for the speaker: a first person ("I", "we", whom
    the speaker counts in) or a third person of the speaker's number ("Pelosi ... she", "the
    ministers ... they"); not a plural said of one ("Peskov said they"), nor "you"."""
    person = pronoun.morph.get("Person")
    if "1" in person or "2" in person:
        return "1" in person
    return _number(pronoun) == _number(speaker)


def _number(token: Any) -> str:
    """"Plur" for a plural noun or pronoun or a phrase of nouns joined ("Russia and China",
    however the parse hangs them), else "Sing"."""
    if token.pos_ == "PRON":
        return next(iter(token.morph.get("Number")), "Sing")
    plural = token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "cc" for c in token.subtree)
    return "Plur" if plural else "Sing"


def _coded_act(clause: Any) -> bool:
    """True when the clause's verb, a verb joined to it, or a verb of a clause under it or
    under its predicate adjective is one the dictionary codes ("to be ready to mediate",
    "to try to negotiate", "to show proof or quit talking")."""
    verbs = [v for v in (clause, *clause.conjuncts) if v.pos_ in {"VERB", "AUX"}]
    if any(verb_code(v) for v in verbs):
        return True
    heads = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "acomp")]
    below = [c for h in heads for c in h.children if c.dep_ in _CLAUSE_DEPS]
    return any(map(_coded_act, below))
