"""A person named by a part's heading, and a role's noun re-mentioned, on real text.

``_ROUNDUP`` is a passage cut down from an article of the AllSides corpus
(``../shared/data/corpus/allsides-article-bias``, Baly et al., EMNLP 2020, Apache-2.0
collection; copyright with the outlet), for testing only, with the speaker
``docs/attribution-rules.md`` gives its attribution: a paragraph that is a person's name alone
heads the part after it, so a description of a person in the next paragraph is that person,
not the speaker of the part before. ``WRITTEN_CASES`` are passages written for the tests, in
news style: ``the spokeswoman`` is the one person given that role, where the role was stated
with the organisation after it (``a spokeswoman for the agency``); with two such people, the
description keeps its own words, as it does where an unnamed person with that role came in
after the named one (``A spokesman for the fire department said``). A heading's person must
fit the description as a subject before it must: its sex, and an office the article gives
someone else (``Sen. Rand Paul … ¶ Chris Christie ¶ The senator said``: Rand Paul), a
plural title giving it to each name it is coordinated with (``Sens. Marco Rubio and Lindsey
Graham``, a case that borrows its sentences from the same roundup), a singular one to the
first alone (``Sen. Rand Paul and Chris Christie``).
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of

#: A roundup headed by each person's name (CNN, 2015).
_ROUNDUP = (
    "Rand Paul\n\nPaul praised the decision as \"monumental...for all lovers of liberty\" and "
    "issued a series of laudatory tweets.\n\n\"I guess it's gratifying that the courts are "
    "beginning to recognize the problem. We are anticipating and eager for this to get to the "
    "Supreme Court,\" he told Breitbart.\n\nChris Christie\n\nThe New Jersey governor said, in "
    "the face of the court challenge, that the NSA's collection of telephone data \"should "
    "continue\" and called for Congress, to extend the program \"without delay.\" He also "
    "warned against rolling back any such programs \"especially during this really dangerous "
    "time.\"\n\nLindsey Graham\n\nThe South Carolina senator has previously said he's \"glad\" "
    "the NSA is tracking phones.\n\nMartin O'Malley\n\nThe Maryland governor hasn't yet "
    "weighed in on the court decision, but said last month he hopes the debate over "
    "reauthorizing the PATRIOT Act creates an opportunity to \"have a conversation about "
    "whether or not we've struck the right balance here.\""
)

CASES = [
    (_ROUNDUP, "the NSA's collection", "Chris Christie"),
    (_ROUNDUP, "rolling back any such programs", "Chris Christie"),
    (_ROUNDUP, "he's \"glad\"", "Lindsey Graham"),
    (_ROUNDUP, "last month he hopes", "Martin O'Malley"),
    (_ROUNDUP, "I guess it's gratifying", "Rand Paul"),
]

WRITTEN_CASES = [
    (
        "Jane Roe, a spokeswoman for the agency, said the plan was sound.\n\nThe agency has "
        "faced criticism for months.\n\n\"We are doing our job,\" the spokeswoman said.",
        "We are doing our job",
        "Jane Roe",
    ),
    (
        "Sara Kim, an aide to the governor, said the budget would pass.\n\nLawmakers have until "
        "June to vote.\n\n\"We have the votes,\" the aide said.",
        "We have the votes",
        "Sara Kim",
    ),
    (
        "Jane Roe, a spokeswoman for the agency, said the plan was sound. Ann Poe, a "
        "spokeswoman for the union, disagreed.\n\n\"We are doing our job,\" the spokeswoman said.",
        "We are doing our job",
        "the spokeswoman",
    ),
    (
        "John Doe, a spokesman for the police, said two people were hurt.\n\nA spokesman for the "
        "fire department said the blaze was out by noon.\n\n\"The building is a total loss,\" the "
        "spokesman said.",
        "The building is a total loss",
        "the spokesman",
    ),
    (
        "John Doe, an official at the ministry, said the talks would resume.\n\nAnother official, "
        "who spoke on condition of anonymity because he was not authorized to speak publicly, was "
        "less hopeful.\n\n\"There is no deal yet,\" the official said.",
        "There is no deal yet",
        "the official",
    ),
    (
        "Rand Paul said the ruling was right.\n\nHillary Clinton\n\nThe congressman said \"we "
        "will keep the program going for years.\"",
        "we will keep the program",
        "Rand Paul",
    ),
    (
        "Sen. Rand Paul said the ruling was right.\n\nChris Christie\n\nThe senator said \"it "
        "must end now.\"",
        "it must end now",
        "Rand Paul",
    ),
    (
        "Rand Paul said the ruling was right.\n\nChris Christie\n\nThe governor said \"the "
        "program should continue without any delay at all.\"",
        "the program should continue",
        "Chris Christie",
    ),
    (
        "Sens. Rand Paul and Ted Cruz lauded the decision as a win for Americans' personal "
        "freedoms.\n\nBut the other two 2016 contenders in the Senate — Sens. Marco Rubio and "
        "Lindsey Graham — expressed opposition to the move.\n\n\"The USA FREEDOM Act ends the "
        "NSA's unfettered data collection program once and for all,\" Cruz said.\n\nLindsey "
        "Graham\n\nThe South Carolina senator said \"the program keeps us safe from attack.\"",
        "the program keeps us safe",
        "Lindsey Graham",
    ),
    # a singular title is the first name's alone, and a description of one person is no joint
    # speaker but the one of them it fits
    (
        "Sen. Rand Paul and Chris Christie said the ruling was right.\n\nChris Christie\n\n"
        "The senator said \"it must end now.\"",
        "it must end now",
        "Rand Paul",
    ),
    (
        "Rand Paul and Sen. Chris Christie said the ruling was right.\n\nThe senator said "
        "\"it must end now.\"",
        "it must end now",
        "Chris Christie",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES + WRITTEN_CASES)
def test_a_description_after_a_heading_or_a_stated_role(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == [speaker]

