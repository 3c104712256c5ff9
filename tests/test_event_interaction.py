"""An event the classifier alone types needs an interaction (``events/interaction.py``).

Most sentences are real text from the AllSides articles in ../shared/data/corpus
(Apache-2.0), the rest short sentences of the same build: where the dictionary coder codes
no event of the type the classifier chose, a sentence about one person's own doing or a
thing's gets no event; one whose source is a body, an agent noun or a count of one, whose
actors hold a body, or whose event has a target, keeps it; so does an event the coder codes
itself, in any modality.
"""

from __future__ import annotations

import pytest

from newsdesk.events import extract_events
from newsdesk.events.interaction import names_interaction
from newsdesk.events.slots import ActorNames

NO_INTERACTION = [
    "Obama lied.",
    "And for most of the past year, Romney has seemed uninterested.",
    "Economics professor Tim Groseclose walks readers through countless examples in his book "
    "Left Turn: How Liberal Media Bias Distorts the American Mind.",
    "“Anything’s possible,” Trump said Monday.",
    # a body in a person's title is the person's, no body acting
    "When a man opened fire on a congressional baseball practice a year ago, House Majority "
    "Whip Steve Scalise became the first representative to be shot since Giffords.",
    "Out of a crowded field of Republican candidates, Missouri Attorney General Josh Hawley "
    "has emerged as a favorite, even securing Trump’s endorsement months before the primary "
    "election.",
    # a body's word that only describes a thing: the thing acts as no body
    "Chinese stocks dipped slightly.",
    "The British pound slumped.",
    "Hundreds of American flags waved.",
    "Sales of German cars surged.",
    "Stocks of China dipped slightly.",
    "The pound of Britain slumped.",
    "Hundreds of flags of Russia waved.",
    "Stocks of Chinese companies dipped slightly.",
    "Sales of Russian weapons surged.",
]


@pytest.mark.parametrize("text", NO_INTERACTION)
def test_a_person_or_a_thing_alone_gets_no_event_the_classifier_alone_types(nlp, text):
    assert extract_events(nlp(text), times=[]) == []


KEPT = [
    # (sentence, the event's type and actors): the coder's own event, possible
    ("Putin may attack.", ("ASSAULT", ["Putin"])),
    ("Erdogan could impose sanctions.", ("SANCTION", ["Erdogan"])),
    ("Netanyahu might resign.", ("RETREAT", ["Netanyahu"])),
    # a count of agents
    ("Hundreds of doctors staged a walkout.", ("PROTEST", ["Hundreds of doctors"])),
    ("Dozens of lawmakers staged a sit-in.", ("PROTEST", ["Dozens of lawmakers"])),
    ("Thousands of demonstrators waved flags and chanted anti-government slogans.",
     ("PROTEST", ["Thousands of demonstrators"])),
    # actors that hold a body
    ("Russian tanks massed near the border.", ("MOBILIZE", ["Russia"])),
    ("Putin and the army staged a parade.", ("MOBILIZE", ["Putin", "army"])),
]


@pytest.mark.parametrize("text, expected", KEPT)
def test_an_event_the_coder_codes_or_a_body_does_is_kept(nlp, text, expected):
    events = extract_events(nlp(text), times=[])
    assert [(e["plover"], e["actors"]) for e in events] == [expected]


def test_a_body_named_in_an_of_phrase_keeps_the_event(nlp):
    events = extract_events(nlp("Leaders of Hamas staged a walkout."), times=[])
    assert [e["actors"] for e in events] == [["Hamas"]]


SOURCES = [
    # (sentence, source phrase, its actors, names an interaction with no target)
    ("Obama lied.", "Obama", ["Obama"], False),
    ("The omnibus spending bill boosts federal education spending by $2.6 billion.",
     "The omnibus spending bill", [], False),
    ("Economics professor Tim Groseclose walks readers through countless examples.",
     "Economics professor Tim Groseclose", ["Tim Groseclose"], False),
    ("The government temporarily houses them before eventually releasing them with an "
     "immigration court date.", "The government", ["government"], True),
    ("On Wednesday night, the members-elect began a dizzying schedule of briefings.",
     "the members-elect", [], True),
    ("Bloomfield Hills Baptist Church announced in a one-sentence email Monday evening that it "
     "canceled a two-day event.", "Bloomfield Hills Baptist Church",
     ["Bloomfield Hills Baptist Church"], True),
    ("Hundreds of doctors staged a walkout.", "Hundreds of doctors", ["Hundreds of doctors"],
     True),
    ("Putin and the government staged a parade.", "Putin and the government",
     ["Putin", "government"], True),
    ("The Kremlin and Putin staged a parade.", "The Kremlin and Putin", ["Russia", "Putin"],
     True),
    ("Russian tanks massed near the border.", "Russian tanks", ["Russia"], True),
    ("Leaders of Hamas fled.", "Leaders of Hamas", ["Hamas"], True),
    ("House Majority Whip Steve Scalise became the first representative to be shot.",
     "House Majority Whip Steve Scalise", ["Steve Scalise", "House"], False),
]


@pytest.mark.parametrize("text, source, names, expected", SOURCES)
def test_a_source_names_an_interaction_when_it_is_a_body(nlp, text, source, names, expected):
    doc = nlp(text)
    start = text.index(source)
    event = {"source_spans": [[start, start + len(source)]], "target_spans": [], "actors": names}
    actors = ActorNames(doc, [])
    assert names_interaction(event, doc, actors) is expected
    assert names_interaction(event | {"target_spans": [[0, 1]]}, doc, actors)
