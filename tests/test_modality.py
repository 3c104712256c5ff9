"""The one reading of a verb's own modal words (``newsdesk.modality``) that the events'
modality and the quotes' cues decide by: a modal of possibility or of the future, the
counterfactual perfect, a condition. Sentences written for the test, parsed by the shipped
pipeline; the verb is found by its text."""

from __future__ import annotations

import pytest

from newsdesk.events.modality import modality
from newsdesk.modality import FUTURE, POSSIBLE, auxiliary_words, conditional, counterfactual_perfect
from newsdesk.nlp import load_pipeline
from newsdesk.quotes.cues import unrealised


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The mayor could have said that the budget was balanced.", "said", True),
        ("The board should have warned that the bridge was unsafe.", "warned", True),
        ("He’d have said that the budget was balanced.", "said", True),
        # "'d" before a participle is "had": a past perfect, done
        ("He'd said that the budget was balanced.", "said", False),
        # "may have" leaves it open; a modal or a perfect alone is no counterfactual
        ("The mayor may have said that the budget was balanced.", "said", False),
        ("The mayor could say that the budget is balanced.", "say", False),
        ("The mayor has said that the budget was balanced.", "said", False),
    ],
)
def test_counterfactual_perfect(nlp, text, word, expected) -> None:
    verb = _verb(nlp, text, word)
    assert counterfactual_perfect(verb) is expected
    assert unrealised(verb) is expected  # the quotes' cue reads it as it is


@pytest.mark.parametrize(
    ("text", "word", "possible", "future", "condition", "event_modality"),
    [
        ("Rebels might attack the convoy.", "attack", True, False, False, "possible"),
        ("The army will withdraw its troops.", "withdraw", False, True, False, "future"),
        ("They’ll free the prisoners on Monday.", "free", False, True, False, "future"),
        ("If the talks fail, the rebels attack the town.", "fail", False, False, True,
         "conditional"),
        ("The army withdrew its troops.", "withdrew", False, False, False, "asserted"),
    ],
)
def test_modal_words_and_the_events_modality(
        nlp, text, word, possible, future, condition, event_modality) -> None:
    verb = _verb(nlp, text, word)
    words = auxiliary_words(verb)
    assert (bool(words & POSSIBLE), bool(words & FUTURE), conditional(verb)) == (
        possible, future, condition)
    assert modality(verb) == event_modality
