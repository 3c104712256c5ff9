"""Speakers that a description in apposition to a name, a description whose modifier names
where the person serves, or the salience of earlier mentions decide, on passages written
for the tests in news style (each with the speaker ``docs/attribution-rules.md`` gives).
Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a description in apposition to a name stands for the name, whatever its head noun
    (
        "Jane Roe, the 41-year-old former NASA technical contractor who came forward to say "
        "she had kept copies of the files, was questioned on Monday.",
        "she had kept copies of the files",
        "Jane Roe",
    ),
    # a party compounded on a person's noun: the description of the person the article names
    (
        "Donald Trump drew large crowds in Ohio last spring.\n\nLately, however, the bond "
        "between Trump and the press has frayed as his poll numbers have fallen.\n\n"
        'The GOP nominee says he is running against a "crooked media."',
        'he is running against a "crooked media."',
        "Donald Trump",
    ),
    # ... but a group's noun with a place before it keeps its own words
    (
        "Lawyers for the company met the prosecutors on Friday. The US lawyers argued that "
        "the case should be dropped.",
        "the case should be dropped",
        "The US lawyers",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker in speaker_of(text, content)
