"""Which clause a cue's speaker comes from (quotes 111), on sentences of the development sets
and their negative cases: a passive verb of telling or asking in the content of a report is
the report's (the rules annotate a nested report at its outer level); a speech verb in a
verb's content clause lends no subject to a verb coordinated with that verb; a finite verb
with no subject after a relative clause and a comma is the relative clause's next verb
phrase; a speech verb under *forget to* or *neglect to* reports nothing (the words were left
out).
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: quotes-dev3 (a television review), quotes-dev2 (a news report), quotes-dev6 (a column).
_ASKED = (
    "At the conclusion of the Bush segment, Muir reported that Clinton was asked in New "
    "Hampshire on Monday “if she had any advice for Jeb Bush, who has said his last name "
    "doesn't matter.”"
)
_ALARMED = (
    "A group of physicians, alarmed that the Trump administration is denying flu vaccines to "
    "immigrants in custody, is urging the Department of Homeland Security to accept its offer "
    "to provide free flu shots to California detainees."
)
_LISTED = (
    "Yet in essence, its real effect seemed to be to disguise a step back by the President who "
    "has imposed steel and aluminum tariffs on US allies in Europe, repeatedly threatened to "
    "slap a 25% tariff on European cars imports and blasted the European Union in public."
)

#: (text, the content's first words, its speaker)
CASES = [
    (_ASKED, "if she had any advice", "Muir"),
    (_ALARMED, "to accept its offer", "A group of physicians"),
    (_LISTED, "to slap a 25% tariff", "President"),
    # a passive of telling with no report around it names no speaker; with an agent inside a
    # report, the report is one attribution at its outer level
    ("Today, all Americans are told, “Go to college!”", "Go to college!", None),
    ("The mayor said she was told by a police chief, “We need more officers.”",
     "she was told by a police chief", "mayor"),
    # a coordinated speech verb still shares the subject of a speech verb outside the content
    (
        "The exchange came a day after Foreign Minister Kang Kyung-wha said the standoff must be "
        "resolved diplomatically, and added that she was certain Washington would consult Seoul.",
        "she was certain",
        "Kang Kyung-wha",
    ),
    # a verb with a subject of its own after the relative clause keeps it
    (
        "The senator, who has opposed the bill for months, said on Monday that she would vote "
        "for it.",
        "she would vote",
        "senator",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str | None) -> None:
    found = speaker_of(text, content)
    assert found, f"no attribution opens with {content!r}"
    if speaker is None:
        assert found == [None]
    else:
        assert all(s is not None and speaker in s for s in found), found


#: quotes-dev6 (a column): once the coordinated verb's subject is its own (He, not Plouffe),
#: the infinitive under "forgot to" is speech left out, no attribution.
_FORGOT = (
    "ABC’s professional Democrat George Stephanopoulos interviewed White House adviser David "
    "Plouffe on “Good Morning America,” asking about the budget. He let Plouffe claim the "
    "administration had “cut over $3 trillion in spending, more than what was called for in "
    "the Bowles-Simpson plan,” yet forgot to mention that the federal debt had ballooned to "
    "$16 trillion under Obama."
)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (_FORGOT, "the federal debt had ballooned"),
        ("The spokesman neglected to say that the plant had been closed for a week.",
         "the plant had been closed"),
    ],
)
def test_speech_left_out_is_no_attribution(text: str, content: str) -> None:
    assert speaker_of(text, content) == []


def test_the_claim_before_the_omission_is_still_reported() -> None:
    assert speaker_of(_FORGOT, "the administration had") == ["David Plouffe"]
