"""A source that the parse gives as the noun a relative clause describes (``the Affordable
Care Act, which says that …``): a name inside the relative clause, where the cue's content
stands, is not the source's name, on passages written for the tests in news style with the
speaker ``docs/attribution-rules.md`` gives (a document speaks for itself); and a name the
source carries itself is still found when a relative clause with another person follows it.
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
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
