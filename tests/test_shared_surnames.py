"""A bare surname two people of the article share goes to the one the article is about: a
full name written in passing (in a prepositional phrase, as a possessor, in a relative
clause) does not take it from a bearer named as a clause's subject or object. A bearer
named as a subject later does. The passages are written for the tests in news style.
"""

from __future__ import annotations

import pytest

from newsdesk.entities import find_mentions
from newsdesk.nlp import load_pipeline
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the full name the last bare "Clinton" stands for)
SURNAMES = [
    # the other bearer in a prepositional phrase
    (
        "Hillary Clinton spoke in Iowa on Monday. The rally was organised with the help of "
        "former President Bill Clinton. Clinton said the economy was her first priority.",
        "Hillary Clinton",
    ),
    # ... as a possessor inside a relative clause
    (
        "Hillary Clinton spoke in Iowa on Monday. She was joined by her husband, whom former "
        "President Bill Clinton's aides had urged to stay home. Clinton said the economy was "
        "her first priority.",
        "Hillary Clinton",
    ),
    # the other bearer a clause's subject: the nearest full name keeps the surname
    (
        "Hillary Clinton spoke in Iowa on Monday. Former President Bill Clinton spoke after "
        "her. Clinton said the economy was doing well.",
        "Bill Clinton",
    ),
    # both in passing: the nearest, as before
    (
        "The crowd cheered for Hillary Clinton. A letter was read on behalf of Bill Clinton. "
        "Clinton said the economy was doing well.",
        "Bill Clinton",
    ),
]


@pytest.mark.parametrize(("text", "name"), SURNAMES)
def test_a_shared_surname_goes_to_the_salient_bearer(text: str, name: str) -> None:
    surnames = [m for m in find_mentions(load_pipeline()(text)) if m["text"] == "Clinton"]
    assert [m["name"] for m in surnames][-1:] == [name]


def test_the_speaker_of_a_shared_surname() -> None:
    text = ("Hillary Clinton campaigned in Ohio on Tuesday, a week after a fundraiser with "
            "former President Bill Clinton. \"We will rebuild the middle class,\" Clinton "
            "said.")
    assert speaker_of(text, "We will rebuild") == ["Hillary Clinton"]
