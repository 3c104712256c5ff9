"""A person the tagger named by the given name alone, leaving the family name after it out
("Attorney General [Sally] Yates"): the family name is taken in where the parse makes it the
given name's head and it is no English word, so a later surname alone is that person's, on
passages written for the tests in news style with the speaker ``docs/attribution-rules.md``
gives (the fullest name the article gives); and the words that are never taken for a family
name (an English word, a word of the title lexicons) or a given name.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.mentions import find_mentions
from newsdesk.given_names import family_name_after
from newsdesk.nlp import load_pipeline
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    (
        "The panel heard the former budget director, Mark Olsen, and former acting Attorney "
        "General Sally Yates before the Senate Judiciary Committee. Yates said the adviser had "
        "been compromised.",
        "the adviser had been compromised",
        "Sally Yates",
    ),
    (
        "The riots ended the career of Baltimore mayor Tommy D’Alessandro, the brother of a "
        "future speaker. “That was the end of my career,” D’Alessandro later recalled.",
        "That was the end of my career",
        "Tommy D’Alessandro",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_a_surname_is_the_person_whose_given_name_was_tagged_alone(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == [speaker]


def test_the_mention_holds_the_family_name() -> None:
    text = CASES[0][0]
    names = {m["name"] for m in find_mentions(load_pipeline()(text)) if m["label"] == "PERSON"}
    assert "Sally Yates" in names
    assert "Sally" not in names


@pytest.mark.parametrize(("given", "word", "family"), [
    ("Sally", "Yates", True),
    ("Tommy", "D’Alessandro", True),
    # an English word the model knows is no family name the tagger missed
    ("Sally", "Field", False),
    ("Tommy", "Campaign", False),
    # a title word is no given name, nor a family name: "Judge" is a common given name of the
    # table and a title word ("Attorney" is in no given-name table)
    ("Judge", "Yates", False),
    ("Attorney", "Yates", False),
    ("Sally", "General", False),
])
def test_family_name_after(given: str, word: str, family: bool) -> None:
    assert family_name_after(given, word) is family
