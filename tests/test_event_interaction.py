"""An event the classifier alone types needs an interaction (``events/interaction.py``).

Sentences are real text from the AllSides articles in ../shared/data/corpus (Apache-2.0):
where the dictionary coder codes no event of the type the classifier chose, a sentence about
one person's own doing or a thing's gets no event; one whose source is a body or an agent
noun, or whose event has a target, keeps it.
"""

from __future__ import annotations

import pytest

from newsdesk.events import extract_events
from newsdesk.events.interaction import names_interaction

NO_INTERACTION = [
    "Obama lied.",
    "And for most of the past year, Romney has seemed uninterested.",
    "Economics professor Tim Groseclose walks readers through countless examples in his book "
    "Left Turn: How Liberal Media Bias Distorts the American Mind.",
    "“Anything’s possible,” Trump said Monday.",
]


@pytest.mark.parametrize("text", NO_INTERACTION)
def test_a_person_or_a_thing_alone_gets_no_event_the_classifier_alone_types(nlp, text):
    assert extract_events(nlp(text), times=[]) == []


SOURCES = [
    # (sentence, source phrase, names an interaction with no target)
    ("Obama lied.", "Obama", False),
    ("The omnibus spending bill boosts federal education spending by $2.6 billion.",
     "The omnibus spending bill", False),
    ("Economics professor Tim Groseclose walks readers through countless examples.",
     "Economics professor Tim Groseclose", False),
    ("The government temporarily houses them before eventually releasing them with an "
     "immigration court date.", "The government", True),
    ("On Wednesday night, the members-elect began a dizzying schedule of briefings.",
     "the members-elect", True),
    ("Bloomfield Hills Baptist Church announced in a one-sentence email Monday evening that it "
     "canceled a two-day event.", "Bloomfield Hills Baptist Church", True),
]


@pytest.mark.parametrize("text, source, expected", SOURCES)
def test_a_source_names_an_interaction_when_it_is_a_body(nlp, text, source, expected):
    doc = nlp(text)
    start = text.index(source)
    event = {"source_spans": [[start, start + len(source)]], "target_spans": []}
    assert names_interaction(event, doc) is expected
    assert names_interaction(event | {"target_spans": [[0, 1]]}, doc)
