"""Documents as speakers, on passages written for the tests in news style (each with the
speaker ``docs/attribution-rules.md`` gives): a later ``the report`` after a document set
apart by a capitalised word (``the Republican majority report``) takes an author from further
back only if the author agrees with that word (``Democrats`` for ``the Democratic report``,
not for the Republican one). Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # "the report" is the one brought in last with words of its own, which has no author here
    (
        "The Democrats on the committee released a report by their staff on Monday.\n\n"
        "According to the Republican majority report, the agents saw no protest.\n\n"
        "\"No one mentioned a video or a protest,\" the report concluded.",
        "No one mentioned a video",
        "the report",
    ),
    # a report set apart by a word is not an earlier report of another kind
    (
        "The Democrats on the committee released a report by their staff on Monday.\n\n"
        "According to the Republican report, the agents saw no protest.",
        "the agents saw no protest",
        "the Republican report",
    ),
    # ... but a word made from the owner's name agrees with it
    (
        "The panel's five Democrats released their report on Monday.\n\n"
        "In the Democratic report, the military is cleared of wrongdoing.\n\n"
        "The report says that the security measures were \"woefully inadequate.\"",
        "the security measures were",
        "Democrats",
    ),
    # ... and "the report" after a report with an author is that author's
    (
        "The Democrats on the committee released a report on Monday.\n\n"
        "\"No one mentioned a video or a protest,\" the report concluded.",
        "No one mentioned a video",
        "Democrats",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_outlet_or_document_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
