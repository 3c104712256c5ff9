"""A document's owner as its speaker, on passages written for these tests in news style
(each with the speaker ``docs/attribution-rules.md`` gives): a pronoun is never a speaker, so
a document that *their* or *its* owns speaks for whom the pronoun stands for as an owner (a
group or an organisation nearby, never a person nor the previous speaker), as one that *his*
owns does, and one whose pronoun stands for no one keeps the document's words; a headline
and a body's resolution are documents, so the name compounded on them is their owner, and
one with no named owner keeps its own words; a definite document with the noun of a body
that issues documents compounded on it (``the company statement``) is the organisation that
noun stands for, as ``the company's statement`` is, but not an indefinite one (``a company
memo``), a noun of a kind (``the business report``), a court for a filing, or where a
``by``/``from`` phrase names the author; a document counted as one (``read one headline``)
is a new one, no earlier one's. Each rule has a case where it must not apply. The events
layer reads no resolution as writing (``contributed to the resolution of the conflict`` is
aid).
"""

from __future__ import annotations

import pytest

from newsdesk.events import extract_events
from newsdesk.nlp import load_pipeline
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # "their" owning a statement: the group "they" stands for
    (
        "The parents of Laura Finch pleaded for patience on Tuesday. They asked for an "
        "inquiry.\n\n\"Anger will not bring our daughter back,\" their statement read.",
        "Anger will not bring",
        "The parents of Laura Finch",
    ),
    # "their" after one named speaker: never the person, the document's words
    (
        "Neighbours gathered outside the house. \"We will rebuild,\" said John Smith.\n\n"
        "The fire started in the kitchen, their statement said.",
        "The fire started",
        "their statement",
    ),
    (
        "Senator Jane Hale of Ohio met voters on Monday.\n\n\"We will not vote this week,\" "
        "their statement said.",
        "We will not vote this week",
        "their statement",
    ),
    # "its" owning a report: the company the paragraph names
    (
        "Orbis Motors released new figures on Monday. Its report said that sales rose by 10 "
        "percent in the quarter.",
        "sales rose",
        "Orbis Motors",
    ),
    # "its" standing for no one named: the document's words, never the pronoun
    (
        "The new vaccine was tested on 300 people in May. Its review said the shot was safe "
        "for children.",
        "the shot was safe",
        "Its review",
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
        "Columnists on the right joined in. \"Why the Mayor Should Worry About the Port,\" "
        "read a Slate headline.",
        "Why the Mayor Should Worry",
        "Slate",
    ),
    # a headline no one is named for keeps its own words
    (
        "Columnists on the right joined in. \"Why the Mayor Should Worry About the Port,\" "
        "read one headline.",
        "Why the Mayor Should Worry",
        "one headline",
    ),
    # a definite document with an issuing body's noun compounded on it is that body's
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
    # a noun of a kind of report is no body, and a filing in a court is a party's
    (
        "Acme Corp. posted record profits on Monday.\n\nStocks fell 3 percent across the "
        "market, the business report said.",
        "Stocks fell",
        "the business report",
    ),
    (
        "Acme Corp. sued Beta Inc. in the Delaware Chancery Court in May.\n\nBeta hid the "
        "losses from investors, the court filing said.",
        "Beta hid the losses",
        "the court filing",
    ),
    # the author a "by" phrase names comes before the body's noun
    (
        "Acme Corp. lost money in May.\n\nThe losses will grow, the company report by Moody's "
        "Investors Service said.",
        "The losses will grow",
        "Moody's Investors Service",
    ),
    # a document counted as one is a new one, not the earlier one's owner's
    (
        "Critics mocked the plan. \"Council Says Parking Matters,\" read one headline in the "
        "Harbor Gazette.\n\nThen the mayor announced a vote.\n\n\"Mayor Plans A Late Vote On "
        "Parking,\" read one headline.",
        "Mayor Plans A Late Vote",
        "one headline",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_document_owner_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]


#: (text, the PLOVER types its events give): a resolution is the quotes' document only
RESOLVING = [
    ("China contributed to the resolution of the conflict.", ["AID"]),
    ("The Associated Press contributed to this report.", []),
]


@pytest.mark.parametrize(("text", "types"), RESOLVING)
def test_a_resolution_given_to_is_no_writing(text: str, types: list[str]) -> None:
    assert [e["plover"] for e in extract_events(load_pipeline()(text))] == types
