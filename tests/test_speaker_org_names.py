"""An organisation's name as the speaker, on passages written for the tests in news style
(each with the speaker ``docs/attribution-rules.md`` gives, the fullest name the article
writes): a show, column or section that an organisation's possessive owns, with no name of its
own for the tagger, speaks for the organisation, unlike a person or a company it owns; a
company's short name is the name the article writes with a word of the company's kind after
it (``Media``, ``Motors``, a legal form), not an outlet's noun (``News``); a description
whose only name-like word is a nationality's adjective (``the German automaker``) is a
description of the company the article names, not a name of its own. Each rule has a case
where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a show an outlet owns: the outlet
    (
        "The senator spoke on Sunday.\n\nAccording to the New York Post's Page Six, the "
        "senator met the donors twice in May.",
        "the senator met the donors",
        "New York Post",
    ),
    # a team a league owns speaks for itself
    (
        "The league fined two teams last year.\n\nThe NFL's Washington Redskins said they would change the name.",
        "they would change the name",
        "Washington Redskins",
    ),
    # a person an outlet owns speaks for herself
    (
        "The senator spoke on Sunday.\n\nNBC's Andrea Mitchell said the senator met the donors twice in May.",
        "the senator met the donors",
        "Andrea Mitchell",
    ),
    # a company's short name: the name the article writes with its kind's word
    (
        "Shares of Harbor Media fell 4% on Monday.\n\nHarbor said it would cut 200 jobs by the end of the year.",
        "it would cut 200 jobs",
        "Harbor Media",
    ),
    # an outlet of the company is no fuller name of it
    (
        "Google News showed the story first on Monday.\n\nGoogle said it would change the search tool next year.",
        "it would change the search tool",
        "Google",
    ),
    # a nationality's adjective names no one: the company the article names
    (
        "Volkswagen unveiled an electric wagon on Monday.\n\nThe German automaker said the "
        "car would go 300 miles on a charge.",
        "the car would go 300 miles",
        "Volkswagen",
    ),
    # ... of a noun of no kind of organisation, not the latest organisation named: its words
    (
        "CNN aired the speech on Monday.\n\nThe American embassy said it condemned the attack on the protesters.",
        "it condemned the attack",
        "American embassy",
    ),
    # ... or of a noun of any organisation: its words
    (
        "CNN aired the speech on Monday.\n\nThe Democratic group said its research showed "
        "voters cared about the police.",
        "its research showed",
        "Democratic group",
    ),
    # a place's name does: the description is a name of its own
    (
        "Russia has been accused of bombing hospitals.\n\nThe US-led coalition says it tried "
        "to minimise risks to civilians.",
        "it tried to minimise risks",
        "US-led coalition",
    ),
    # a name the tagger cut in two at the preposition after its organisation's noun is one name
    (
        "On May 4, the Committee to Unleash American Energy and FreedomWorks released a report "
        'card on the governors.\n\nThe report warns that "the pipeline delays cost every state."',
        "the pipeline delays cost every state",
        "Committee to Unleash American Energy",
    ),
    # ... and an organ named right after the body it belongs to
    (
        "The delegates backed the 1967 United Nations General Assembly resolution calling for "
        '"a just and lasting peace."',
        "a just and lasting peace",
        "United Nations General Assembly",
    ),
    # ... but two organisations joined by "and" stay two, a joint statement's
    (
        "The Sierra Club and Greenpeace said the pipeline would harm the river.",
        "the pipeline would harm the river",
        "Sierra Club and Greenpeace",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_organisation_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
