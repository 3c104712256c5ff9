"""Speakers whose name the tagger ran into a description before it, whose verb the parse gave
two subjects, or whose inverted subject is a noun that a name modifies, on passages written
for the tests in news style (each with the speaker ``docs/attribution-rules.md`` gives). Each
rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.people import clean_name
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a party's member before the name is no part of it, here or at the surname later
    (
        "As St. Paul Democrat Michael Paymar opened the hearing, he said the mood was tense. "
        '"I know this is an emotional issue," Paymar said.',
        "I know this is an emotional issue",
        "Michael Paymar",
    ),
    # ... nor is an office the tagger read as part of the name
    (
        "State Treasurer Josh Mandel is running against Sherrod Brown. Mandel's campaign says "
        'Brown "is trying to scare Ohio seniors."',
        "Brown",
        "Josh Mandel's campaign",
    ),
    # a verb has one subject: the nearer of two the parse gave it
    (
        "Cruz has support for his plan from a handful of Republicans in Congress, including "
        "Sens. Marco Rubio of Florida and Mike Lee of Utah, but many others in his party have "
        "said the plan risks alienating voters.",
        "the plan risks alienating voters",
        "many others in his party",
    ),
    # ... and a subject split off by a hyphen still leaves the person the verb's subject
    (
        '"We will grow the network," BET co-founder Robert L. Johnson said on Monday.',
        "We will grow the network",
        "Robert L. Johnson",
    ),
    # an inverted subject is the head of its noun phrase, not a name modifying it
    (
        "The clinic's records were released in May. \"Another one!\" exclaimed one Planned "
        "Parenthood worker upon opening the files.",
        "Another one!",
        "one Planned Parenthood worker",
    ),
    # ... and a name after the verb is still the name
    (
        'The talks resumed on Monday. "We are ready to sign," said Raffaello Pantucci, a senior '
        "fellow at the institute.",
        "We are ready to sign",
        "Raffaello Pantucci",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker in speaker_of(text, content)


@pytest.mark.parametrize(("name", "kept"), [
    ("St. Paul Democrat Michael Paymar", "Michael Paymar"),
    ("State Treasurer Josh Mandel", "Josh Mandel"),
    ("Arizona Republican Jane Doe", "Jane Doe"),
    # a name's last two words are never cut, nor a monarch's or a cleric's title
    ("Martin Luther King III", "Martin Luther King III"),
    ("Queen Elizabeth II", "Queen Elizabeth II"),
    ("Jane Mayor", "Jane Mayor"),
])
def test_a_description_before_a_person_s_name_is_cut(name: str, kept: str) -> None:
    assert clean_name(name, person=True) == kept
    assert clean_name(name) == name


def test_a_noun_after_a_preposition_with_no_object_is_no_subject() -> None:
    text = (
        "The agency did not accept the offer. A spokesperson who did not wish to be named "
        "because of agency policy said in a statement that the agency never has administered "
        "vaccines."
    )
    speakers = speaker_of(text, "the agency never has administered vaccines")
    assert speakers and all(s and s.startswith("A spokesperson") for s in speakers)
