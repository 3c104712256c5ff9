"""The table of who decides an event's type (benchmarks/event_deciders.py), read on real
sentences parsed and coded as ``tune_events.py`` keeps them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from event_deciders import DECIDERS, first_given
from tune_events import sentence_facts, shipped_values

CASES = [
    # the dictionary codes the classifier's best type
    ("The European Union imposed new sanctions on Iran.", DECIDERS[1], "SANCTION"),
    ("Police arrested dozens of protesters in Almaty on Monday.", DECIDERS[1], "COERCE"),
    # nothing coded: the classifier's type stands alone
    ("Germany sent 5,000 helmets to Ukraine.", DECIDERS[0], None),
    # no interaction: no event
    ("The index swung 1,167.49 points from its high to its low on Tuesday.", DECIDERS[4], None),
]


@pytest.fixture(scope="module")
def nlp():
    from newsdesk.nlp import load_pipeline

    return load_pipeline()


@pytest.mark.parametrize(("text", "part", "plover"), CASES)
def test_each_sentence_is_counted_by_the_part_that_decided_its_type(nlp, text, part, plover):
    from newsdesk.events.classify import load_model

    facts = sentence_facts(nlp(text))
    probabilities = load_model().probabilities([f["features"] for f in facts])
    decided, given = first_given(list(zip(facts, probabilities)), shipped_values())
    assert decided == part
    assert plover is None or given == plover
