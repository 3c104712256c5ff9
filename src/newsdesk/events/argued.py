"""A case argued about what is, of no one named, is a statement: the CAMEO codebook's 010.

Written by hand from the codebook (version 1.1b3), whose 11 "Disapprove" criticises or
denounces a target, and from English usage: *argue* with a clause says that something is
so and gives reasons ("Republicans argue it will boost economic growth", "argued that the
best way to defeat ISIS was ..."). The derived dictionary gives *argue* its block's bare
disapproval (110) where no pattern holds, and the coder made every case argued a
criticism. A clause whose subject names no actor (a thing, an act, a gerund) and that names
no actor as an object, a "by" agent or a possessor names no one disapproved of: 010 "Make
statement, not specified below" ("it", which may stand for a state, is read as someone). A
clause about an actor, as its subject ("argued that Mueller is biased", "argued the Times
article missed the point") or elsewhere ("argued that this was a mistake by Congress",
"argued that the tax cuts were Congress's mistake"; not a pronoun), an argument with or
against someone, and a person's pronoun as the clause's subject, which may be the one
criticised, keep the dictionary's code.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT, left_bare
from newsdesk.events.phrases import bare_pronoun, names_anyone

#: The verb of making a case.
_ARGUING = "argue"
#: Pronouns that stand for a thing or a fact, never a party criticised ("it" may stand for
#: a state or a body: "argued it had the right to respond").
_THING_PRONOUNS = frozenset({"this", "that"})
#: The dependencies of an object or a possessor in the clause argued.
_ACTOR_DEPS = frozenset({"dobj", "dative", "poss"})
#: The dependencies of a clause under the clause argued, whose words are its own.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "csubj"})
#: The tags of a verb: a verb below the clause's own heads a clause of its own ("having
#: delegates on the floor").
_VERBS = frozenset({"VERB", "AUX"})
#: Prepositions of a party argued with or against.
_OPPONENT = frozenset({"with", "against"})


def argued_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for *argue* left at its bare code whose clauses are about no actor and which has
    no opponent; else None."""
    if verb.lemma_.lower() != _ARGUING or not left_bare(coded, lemma=_ARGUING):
        return None
    if any(c.lower_ in _OPPONENT or c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return STATEMENT if clauses and all(map(_about_no_actor, clauses)) else None


def _about_no_actor(clause: Any) -> bool:
    """True for a clause whose subject names no actor and is no person's pronoun, and that
    names no actor as an object, a "by" agent or a possessor (``_actors``: "argued that
    this was a mistake by Congress" is about Congress)."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not subjects or not all(_no_actor(s) for s in subjects):
        return False
    return not any(_names_actor(t) for t in _actors(clause))


def _no_actor(subject: Any) -> bool:
    if bare_pronoun(subject):
        return subject.lower_ in _THING_PRONOUNS
    return subject.dep_ == "csubj" or not names_anyone(subject)


def _actors(clause: Any) -> list[Any]:
    """The words of a clause that may name whom it is about besides its subject: objects, the
    object of "by" (an agent or a maker: "a mistake by Congress") and possessors; not those
    of a clause or a verb under it ("because Republicans are unified", "the idea of fixing
    the U.S. tax code", "having delegates on the floor"), which it is not about. A pronoun
    ("save us", "hurt them") is read as naming no one: it is as often the speaker's side
    as the one criticised."""
    words, found = _own_words(clause), []
    while words:
        word = words.pop()
        if word.dep_ in _ACTOR_DEPS or (word.dep_ == "pobj" and word.head.lower_ == "by"):
            found.append(word)
        words += _own_words(word)
    return found


def _own_words(head: Any) -> list[Any]:
    return [c for c in head.children if c.dep_ not in _CLAUSE_DEPS and c.pos_ not in _VERBS]


def _names_actor(token: Any) -> bool:
    return token.pos_ != "PRON" and names_anyone(token)
