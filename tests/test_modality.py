"""The one reading of a verb's own modal words (``newsdesk.modality``) that the events'
modality and the quotes' cues decide by: a modal of possibility or of the future, the
counterfactual perfect, a condition; and the one lexicon of acts not done, verbs and nouns,
that the events' negation and the quotes' content clauses read. Sentences written for the
test, parsed by the shipped pipeline; the verb is found by its text."""

from __future__ import annotations

import pytest

from newsdesk.events.modality import modality, negated
from newsdesk.events.source_heads import demanded
from newsdesk.modality import (
    FUTURE,
    POSSIBLE,
    auxiliary_words,
    conditional,
    counterfactual_perfect,
    obliged,
    own_negation,
    under_modal,
)
from newsdesk.nlp import load_pipeline
from newsdesk.quotes.content.clauses import reported_complement
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
    ("text", "word", "expected"),
    [
        ("Russia says Israel must end its attacks on Syria.", "end", True),
        ("The minister said the banks should lower their fees.", "lower", True),
        # a perfect "have" makes it a guess about the past; another modal owes nothing
        ("Investigators said the gunman must have had help.", "had", False),
        ("The minister said the banks could lower their fees.", "lower", False),
        ("The minister said the banks lowered their fees.", "lowered", False),
    ],
)
def test_a_modal_of_obligation(nlp, text, word, expected) -> None:
    verb = _verb(nlp, text, word)
    assert obliged(verb) is expected
    assert demanded(verb) is expected  # the events read a speaker's demand by it


@pytest.mark.parametrize(
    ("text", "word", "possible", "future", "condition", "event_modality"),
    [
        ("Rebels might attack the convoy.", "attack", True, False, False, "possible"),
        ("The army will withdraw its troops.", "withdraw", False, True, False, "future"),
        ("They’ll free the prisoners on Monday.", "free", False, True, False, "future"),
        ("If the talks fail, the rebels attack the town.", "fail", False, False, True,
         "conditional"),
        ("The army withdrew its troops.", "withdrew", False, False, False, "asserted"),
        # a contracted "would" reads as written out; before a past participle it is "had"
        ("The rebels said they'd free the hostages.", "free", True, False, False, "future"),
        ("They’d attack the town if they could.", "attack", True, False, False, "possible"),
        ("They'd attacked the town before.", "attacked", False, False, False, "asserted"),
        ("He'd been freed by the rebels.", "freed", False, False, False, "asserted"),
    ],
)
def test_modal_words_and_the_events_modality(
        nlp, text, word, possible, future, condition, event_modality) -> None:
    verb = _verb(nlp, text, word)
    words = auxiliary_words(verb)
    assert (bool(words & POSSIBLE), bool(words & FUTURE), conditional(verb)) == (
        possible, future, condition)
    assert modality(verb) == event_modality


@pytest.mark.parametrize(
    ("text", "word", "modal", "negation"),
    [
        ("Hamas may be responsible for the attack.", "be", True, False),
        ("He'd be responsible for the attack.", "be", True, False),
        ("Hamas was not responsible for the attack.", "was", False, True),
        ("They never attacked the town.", "attacked", False, True),
        ("No attack was reported.", "attack", False, True),
        ("Hamas has been responsible for the attack.", "been", False, False),
    ],
)
def test_a_words_own_modal_and_negation(nlp, text, word, modal, negation) -> None:
    """What the events' negation and the copula of blame (``events/blame.py``) read."""
    token = _verb(nlp, text, word)
    assert (under_modal(token), own_negation(token)) == (modal, negation)


@pytest.mark.parametrize(
    ("text", "word", "reported"),
    [
        # the infinitive of a verb or a noun of an act not done: no speech was made
        ("The mayor declined to say that the budget was balanced.", "say", False),
        ("Her refusal to say that the budget was balanced angered the council.", "say", False),
        ("Their inability to explain that the budget was balanced cost them.", "explain", False),
        # "stop" and "cease" end an act that was done: their infinitive still reports
        ("The mayor stopped to say that the budget was balanced.", "say", True),
        ("The mayor ceased to claim that the budget was balanced.", "claim", True),
    ],
)
def test_speech_in_an_act_not_done(nlp, text, word, reported) -> None:
    assert bool(reported_complement(_verb(nlp, text, word))) is reported


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The army refused to withdraw its troops.", "withdraw", True),
        ("The army stopped shelling the town.", "shelling", True),
        ("The army agreed to withdraw its troops.", "withdraw", False),
    ],
)
def test_an_event_under_a_verb_of_not_doing_is_negated(nlp, text, word, expected) -> None:
    assert negated(_verb(nlp, text, word)) is expected
