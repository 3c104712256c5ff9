"""Speakers in shapes that opinion pages write, on passages written for the tests in news
style (each with the speaker ``docs/attribution-rules.md`` gives): the subject of a passive
verb of telling (``all Americans are told, "…"``) is the hearer, so the speaker is the agent
or no one; "they" stands for a quantifier of a plural *of* phrase (``Most of the experts``),
not for ``one of`` them nor for a quantity of a thing; a quantifier of a pronoun (``Some of
them``) is the group before it that the pronoun stands for, in its own words where that is one
person; "he" or "she" stands for an office
written capitalised as a main clause's subject (``The Pope typically protests violence, but
he implied``), not for one in another clause. Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # the subject of a passive verb of telling hears the quote: no speaker is named
    (
        'The school closed in June. Today, all Americans are told, "Go to college!"',
        "Go to college!",
        None,
    ),
    (
        '"You must leave the building now," the tenants were told.',
        "You must leave the building now",
        None,
    ),
    # ... and the agent, where the clause names one, speaks
    (
        'The workers were told by the mayor, "The plant will close."',
        "The plant will close.",
        "the mayor",
    ),
    # the subject of an active verb of telling speaks; the hearer is its object
    (
        'The reporters told the mayor, "We will publish it."',
        "We will publish it.",
        "The reporters",
    ),
    # a speech verb coordinated with a passive one keeps the subject they share
    (
        'The mayor was asked about the plant and said, "It will close."',
        "It will close.",
        "The mayor",
    ),
    # "they" stands for several of a plural "of" phrase ...
    (
        "Most of the economists had predicted a recession. They insisted the bank would "
        "raise its rates.",
        "the bank would raise its rates",
        "Most of the economists",
    ),
    (
        "Many of the senators had doubts about the bill. They said it would raise taxes.",
        "it would raise taxes",
        "Many of the senators",
    ),
    # ... not for one of them, nor for a quantity of a thing
    (
        "One of the senators had doubts about the bill. They said it would raise taxes.",
        "it would raise taxes",
        None,
    ),
    (
        "Most of the water had drained from the lake. They said it would take a year to refill.",
        "it would take a year to refill",
        None,
    ),
    # a quantifier of a pronoun is the group the pronoun stands for ...
    (
        "Nurses at three hospitals walked out on Monday. Some of them said the hours were too "
        "long.",
        "the hours were too long",
        "Nurses at three hospitals",
    ),
    (
        "Parents gathered outside the school board on Monday. Many of those said the new "
        "schedule would hurt working families.",
        "the new schedule would hurt",
        "Parents",
    ),
    # ... and a "they" after it too
    (
        "Nurses at three hospitals walked out on Monday. Some of them said the hours were too "
        "long. They added that the pay was too low.",
        "the pay was too low",
        "Nurses at three hospitals",
    ),
    # ... never one person, not even the latest speaker: the phrase keeps its own words
    (
        'Mayor John Smith said "we are ready for the storm."\n\nSome of them say the new '
        "schedule will hurt working families.",
        "the new schedule will hurt",
        "Some of them",
    ),
    # "he" stands for a capitalised office that is a main clause's subject, in its own words
    # where the article names no holder
    (
        "Most people see evil in the group. It beheaded the journalist James Foley. The Pope "
        "typically protests violence, but he implied that he supports the use of force.",
        "he supports the use of force",
        "Pope",
    ),
    (
        "Senator John Smith attended the speech. The Governor typically avoids the press, but "
        "he said that he supports the bill.",
        "he supports the bill",
        "The Governor",
    ),
    # ... not for an office in another clause, nor for a capitalised name of no office
    (
        "The summit ended on Wednesday.\n\nAnd Macron, apparently keen to flatter his host, was "
        "eager to play along in words that the President likes.\n\n\"I came here with one "
        "intention,\" he said.",
        "I came here with one intention",
        "Macron",
    ),
    (
        "Senator John Smith attended the speech. The Times typically avoids the story, but he "
        "said that he supports the bill.",
        "he supports the bill",
        "John Smith",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
