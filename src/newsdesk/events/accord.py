"""Agreeing that something is so: the CAMEO codebook's 019 "Express accord".

Written by hand from the codebook (version 1.1b3), whose 019 is agreement with other actors'
views or positions, a statement (01), no interaction. The derived dictionary's block of
*agree* writes 019 for "agree on the need" and "on the importance", and otherwise codes an
agreement to act: "agree to" a plan or a truce (03x), "agree with" 030, the block's bare 050.
So "agreed there was an urgent need for progress" and "agree with the Senate that the law
should change" were an intent to cooperate or support. Here a verb of the block with no
act of its own to agree to (no infinitive, no object, no phrase but "with") whose complement
is a finite clause that is no plan ("that the truce will start" is one: an arrangement
agreed) or whose "with" names a clause ("agree with what Congress proposed"), a thing that
names no one ("agree with the recommendation": a view, not an actor) or an actor with the
clause held true ("agree with the NCAA that ...") is 019.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import block_of
from newsdesk.events.phrases import names_anyone
from newsdesk.modality import FUTURE, auxiliary_words

#: CAMEO 019 "Express accord".
ACCORD = "019"
_AGREEING_VERB = "agree"
#: What makes an agreement one to act: an infinitive, an object, a phrase other than "with".
_ACT_DEPS = {"xcomp", "dobj", "dative", "prt"}
_VIEW_PREPOSITION = "with"
#: A clause planned rather than held true: the future, also of a past statement.
_PLANNED = FUTURE | {"would"}
#: The dependencies of a clause the parse hangs on a noun, and its mark of content.
_CONTENT_DEPS = {"relcl", "acl", "ccomp"}
_THAT = "that"


def accord_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """019 for a verb of the block of *agree* that agrees that something is so (``_view``);
    else None."""
    if block_of(coded[0]) != block_of(_AGREEING_VERB) or not _agrees_to_nothing(verb):
        return None
    return ACCORD if _view(verb) else None


def _agrees_to_nothing(verb: Any) -> bool:
    """True when the verb names no act agreed to: no infinitive or object, and no phrase but
    "with" ("agreed to a ceasefire", "agreed on a plan" name one)."""
    if any(c.dep_ in _ACT_DEPS for c in verb.children):
        return False
    return all(c.lower_ == _VIEW_PREPOSITION for c in verb.children if c.dep_ == "prep")


def _view(verb: Any) -> bool:
    """True for a finite clause held true, not planned ("agreed there was a need"; "agreed
    that the truce will start" plans), or a "with" whose object is a view (``_held_view``)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(_held_true(c) for c in clauses):
        return True
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    return any(_held_view(g) for p in phrases for g in p.children)


def _held_true(clause: Any) -> bool:
    return not auxiliary_words(clause) & _PLANNED


def _held_view(with_object: Any) -> bool:
    """True for a clause ("agree with what Congress proposed"), a thing that names no one
    ("agree with the recommendation": a view, where "agreed with France" is an actor), or an
    actor whose "that" clause, held true, says what is agreed ("agree with the NCAA that he
    made payments": the parse hangs the clause on the name)."""
    if with_object.dep_ == "pcomp" or not names_anyone(with_object):
        return True
    return any(_said_that(c) and _held_true(c) for c in with_object.children)


def _said_that(clause: Any) -> bool:
    """A clause marked "that" (not a relative clause, whose "that" has a role in it)."""
    return clause.dep_ in _CONTENT_DEPS and any(
        m.dep_ == "mark" and m.lower_ == _THAT for m in clause.children
    )
