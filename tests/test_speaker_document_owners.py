"""A document's owner as its speaker, on passages written for the tests in news style (each
with the speaker ``docs/attribution-rules.md`` gives): a pronoun is never a speaker, so a
document that *their* or *its* owns speaks for whom the pronoun stands for, as one that *his*
owns does (``their statement read`` is the family's); a headline and a body's resolution are
documents, so the name compounded on them is their owner (``a Vox headline``), and one with
no named owner keeps its own words; a definite document with an organisation's noun
compounded on it (``the company statement``) is the organisation that noun stands for, as
``the company's statement`` is, an indefinite one (``a company memo``) no one's; a
document counted as one (``read one headline``) is a new one, no earlier one's. Each rule
has a case where it must not apply.
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
    # a definite document with an organisation's noun compounded on it is that organisation's
    (
        "Acme Corp. cut 300 jobs on Monday.\n\nThe cuts will be finished by March, the company "
        "statement said.",
        "The cuts will be finished",
        "Acme Corp.",
    ),
    # an indefinite one names no organisation
    (
        "Acme Corp. cut 300 jobs on Monday.\n\nThe cuts will be finished by March, a company "
        "memo said.",
        "The cuts will be finished",
        "a company memo",
    ),
    # a document counted as one is a new one, not the earlier one's owner's
    (
        "Critics were furious at the rallies. \"Officials Say Distance Matters,\" read one "
        "headline in Politico Magazine.\n\nThen Trump announced a rally.\n\n\"Trump Plans An "
        "Indoor Rally In Tulsa,\" read one headline.",
        "Trump Plans An Indoor Rally",
        "one headline",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_document_owner_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
