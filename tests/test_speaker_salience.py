"""Speakers that salience and a description's place decide, on passages written for the tests
in news style (each with the speaker ``docs/attribution-rules.md`` gives): a "he" passes over a
name inside a prepositional phrase that modifies another noun for the speaker of the latest
quote; an indefinite pronoun's apposition is the source (``One, a reporter from …, said``); a
description that names a place (``the Ohio Republican``) is no one whose role names another
place. Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a name inside a noun's "of" phrase is no antecedent: the speaker quoted before is
    (
        "My colleague Mark Ellis, a veteran lawyer, surprised the panel with a forecast: "
        "\u201cThe case is far from over.\u201d\n\nWhy?\n\nTalks about reopening the appeal of "
        "former treasurer Tom Greer could bring new evidence. \u201cThe trial may be over by then,"
        "\u201d he said.",
        "The trial may be over by then",
        "Mark Ellis",
    ),
    # ... a name in a phrase on the subject is the subject's owner, and stands
    (
        "My colleague Mark Ellis surprised the panel with a forecast: \u201cThe case is far "
        "from over.\u201d\n\nThe latest remarks from treasurer Tom Greer have him insisting "
        "that \u201cthe trial may be over by then.\u201d",
        "the trial may be over by then",
        "Tom Greer",
    ),
    # ... and so does a name the sentence gives as an object
    (
        "My colleague Mark Ellis surprised the panel with a forecast: \u201cThe case is far "
        "from over.\u201d\n\nLast week a reporter interviewed Tom Greer at his office. "
        "\u201cThe trial may be over by then,\u201d he said.",
        "The trial may be over by then",
        "Tom Greer",
    ),
    # an indefinite pronoun's apposition names the source
    (
        "Several professors wrote to the board. One, a historian from Boston, said the plan would cut every seminar.",
        "the plan would cut every seminar",
        "a historian from Boston",
    ),
    # a description naming a place is not the person whose role names another place ...
    (
        "\u201cThe bill is a mistake,\u201d said Sen. Tom Harlan, an Ohio Republican.\n\n"
        "Senate Budget Chairman Ray Colton spoke next.\n\n\u201cWe will not vote for it,"
        "\u201d the Texas Republican said.",
        "We will not vote for it",
        "Ray Colton",
    ),
    # ... but is one whose role names the same place
    (
        "\u201cThe bill is a mistake,\u201d said Sen. Tom Harlan, an Ohio Republican.\n\n"
        "Senate Budget Chairman Ray Colton spoke next.\n\n\u201cWe will not vote for it,"
        "\u201d the Ohio Republican said.",
        "We will not vote for it",
        "Tom Harlan",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
