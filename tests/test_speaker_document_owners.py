"""A document's owner as its speaker, on passages written for the tests in news style (each
with the speaker ``docs/attribution-rules.md`` gives): a pronoun is never a speaker, so a
document that *their* or *its* owns speaks for whom the pronoun stands for, as one that *his*
owns does (``their statement read`` is the family's); a headline and a body's resolution are
documents, so the name compounded on them is their owner (``a Vox headline``), and one with
no named owner keeps its own words. Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # "their" owning a statement: the group "they" stands for
    (
        "The family of Michael Brown asked for calm on Sunday. They called for body cameras.\n\n"
        "\"Answering violence with violence is not the appropriate reaction,\" their statement "
        "read.",
        "Answering violence",
        "The family of Michael Brown",
    ),
    # "its" owning a report: the company the paragraph names
    (
        "Apple released new figures on Monday. Its report said that sales rose by 10 percent "
        "in the quarter.",
        "sales rose",
        "Apple",
    ),
    # "his" owning a statement, as before
    (
        "Senator John Hale left the chamber early.\n\n\"We will not vote this week,\" his "
        "statement said.",
        "We will not vote this week",
        "John Hale",
    ),
    # a headline with a name compounded on it is that outlet's
    (
        "Pundits on the left played the same game. \"Why I'm More Worried About Marco Rubio "
        "Than Donald Trump,\" read a Vox headline.",
        "Why I'm More Worried",
        "Vox",
    ),
    # a headline no one is named for keeps its own words
    (
        "Pundits on the left played the same game. \"Why I'm More Worried About Marco Rubio "
        "Than Donald Trump,\" read one headline.",
        "Why I'm More Worried",
        "one headline",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_document_owner_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
