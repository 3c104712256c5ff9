"""What a verb's own words say of its act: the modal auxiliary it is under (possibility or
obligation, the future, a counterfactual perfect) and the condition that opens its clause.

Read once on the dependency parse for the two layers that decide by it: the events'
modality (``events/modality.py``: possible, future, conditional, read up the clauses above a
trigger) and the quotes' cues (``quotes/cues.py``: speech in the counterfactual perfect was
never made). Each layer keeps its own decision; this module imports neither, so both may
import it. Written by hand: the modals are a closed class of English words, which spaCy
tags (MD) but does not read for their meaning.
"""

from __future__ import annotations

from typing import Any

#: Modals of possibility or obligation: the act may, can or must happen, not that it did.
POSSIBLE = frozenset({"could", "may", "might", "can", "should", "would", "must"})
#: Modals of the future, written out or contracted ("they’ll free").
FUTURE = frozenset({"will", "’ll", "'ll", "shall"})
#: Modals that with a perfect *have* set a past act against what happened (``could have
#: said``, ``should have warned``, ``would have insisted``, ``he’d have said``); *may* and
#: *might* leave it open.
COUNTERFACTUAL = frozenset({"would", "could", "should", "'d", "’d"})
#: The perfect's *have*, written out or contracted (``could've said``).
PERFECT_HAVE = frozenset({"have", "'ve", "’ve"})
#: Subordinators that make a clause a condition ("if they attack", "unless it pays").
CONDITIONS = frozenset({"if", "unless"})


def auxiliaries(verb: Any) -> list[Any]:
    """The verb's auxiliaries, active and passive ("could", "have", "been")."""
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def auxiliary_words(verb: Any) -> set[str]:
    """The verb's auxiliaries in lower case."""
    return {c.lower_ for c in auxiliaries(verb)}


def counterfactual_perfect(verb: Any) -> bool:
    """A past participle under a modal of ``COUNTERFACTUAL`` (one tagged a modal: the *'d* of
    ``he'd said`` is *had*) and a perfect *have*: ``The GOP could have said ...``."""
    words = auxiliaries(verb)
    return verb.tag_ == "VBN" and any(
        c.tag_ == "MD" and c.lower_ in COUNTERFACTUAL for c in words
    ) and any(c.lower_ in PERFECT_HAVE for c in words)


def conditional(verb: Any) -> bool:
    """The verb's clause is opened by *if* or *unless*."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)
