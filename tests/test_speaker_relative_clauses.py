"""A source that the parse gives as the noun a relative clause describes (``the Affordable
Care Act, which says that …``): a name inside the relative clause, where the cue's content
stands, is not the source's name, on passages written for the tests in news style with the
speaker ``docs/attribution-rules.md`` gives (a document speaks for itself); and a name the
source carries itself is still found when a relative clause with another person follows it;
a quantifier over the relative pronoun (``some of whom argue``) speaks as the clause's noun.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    (
        "The new rules follow the Affordable Care Act, which says that Secretary Kathleen "
        "Sebelius must approve every waiver.",
        "Secretary Kathleen Sebelius must approve",
        "Affordable Care Act",
    ),
    (
        "The report cites the Paris Agreement, which states that Secretary John Kerry signed it "
        "in good faith.",
        "Secretary John Kerry signed it",
        "Paris Agreement",
    ),
    # the source's own name before its relative clause is still its name
    (
        "Insurance giant Humana, which Bruce Broussard runs, said it would leave the exchanges "
        "next year.",
        "it would leave the exchanges",
        "Humana",
    ),
    # a quantifier over the relative pronoun ("some of whom") is a part of the group the clause's
    # noun names, and speaks as the group (an AllSides report, where the parse hung the clause
    # on the sentence's first noun; a sentence written for the tests)
    (
        "The question of whether Facebook suppresses conservative content has raised the ire of "
        "Republican lawmakers, some of whom argue that Facebook has become so big that its "
        "handling of speech creates ripples.",
        "Facebook has become so big",
        "Republican lawmakers",
    ),
    ("The senator met the county's mayors, many of whom said the plan would fail.",
     "the plan would fail", "the county's mayors"),
    # written for the tests: the group is the head of the phrase before the comma, past its
    # "of", "at" or "in" phrases, and a thing says nothing ("the offer, many of which")
    ("Residents of Flint, many of whom said the water was unsafe, sued the city.",
     "the water was unsafe", "Residents of Flint"),
    ("The rally drew supporters of the president, many of whom said the election was stolen.",
     "the election was stolen", "supporters of the president"),
    ("Doctors at the hospital, some of whom said the ward was unsafe, walked out.",
     "the ward was unsafe", "Doctors at the hospital"),
    ("Lawmakers in both parties, some of whom said the bill was flawed, voted no.",
     "the bill was flawed", "Lawmakers in both parties"),
    ("The board rejected the offer, many of which said the price was too low.",
     "the price was too low", "many of"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
