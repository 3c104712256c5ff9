"""The rule ``benchmarks/actor_errors.py`` names for our source phrase, read from the parse
path from the trigger to the phrase's head (``source_rule``), on sentences written for the
rules (the benchmark itself reads only the dev sets)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from actor_errors import path, source_rule
from newsdesk.events.source_heads import source_token
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


# (sentence, trigger, the rule that picked the source)
RULES = [
    # an act noun's owner, whether the parse makes it a compound, a modifier or a possessor
    ("The Hamas attack killed three soldiers.", "attack", "an act noun's owner"),
    ("Saudi attacks on Qatar continued.", "attacks", "an act noun's owner"),
    ("Russia's invasion of Ukraine began in February.", "invasion", "an act noun's owner"),
    # the trigger's own subject, and a verb's subject where the act noun is its object
    ("Israel attacked the camp on Monday.", "attacked", "subject"),
    ("The rebels launched an attack on the town.", "attack", "the subject of a verb above"),
]


@pytest.mark.parametrize(("text", "trigger", "rule"), RULES)
def test_the_rule_that_picked_the_source(nlp, text, trigger, rule) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert source_rule(path(token, source_token(token))) == rule
