"""Speakers that a description in apposition to a name, a description whose modifier names
where the person serves, or the salience of earlier mentions (a pronoun in any clause, a name
nearest the main verb) decide, on passages written
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
    # a pronoun a clause of the previous paragraph used for the person is that person, even
    # where the clause is not the sentence's main one
    (
        'President Obama signed the order on Friday. Rep. Tom Price called the cuts "a big '
        'victory" for his party.\n\nRepublicans will not budge on taxes. Any plan to replace '
        "the cuts, the president is saying, must close loopholes.\n\nThe president's news "
        "conference on Friday included an admission: that he lacks the power to end the "
        'standoff.\n\n"What more do you think I should do?" he asked reporters.',
        "What more do you think I should do?",
        "Obama",
    ),
    # a person the paragraph names in no subject: the one nearest the main verb, not a name
    # inside a phrase that modifies another's words
    (
        "Reid announced he was filing a motion. He could not reach agreement with Sen. James "
        "Inhofe, the top Republican on the panel, to end debate.\n\nAmong Inhofe's stated "
        "concerns about Chuck Hagel, he has said, is that Iran supports the nomination.",
        "is that Iran supports the nomination",
        "James Inhofe",
    ),
    # ... and of one person in that role, that person
    (
        'The talks ran late.\n\nOn Wednesday I met Sen. Dan Kaufman in his office. "It is a '
        'good deal," he said.',
        "It is a good deal",
        "Dan Kaufman",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker in speaker_of(text, content)
