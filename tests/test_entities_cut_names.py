"""An organisation's name the tagger cut in two is one mention of the ``mentions`` layer
(``newsdesk.entities.cut_names``), which the quotes' name index reads; and the one table of
organisation nouns (``newsdesk.entities.org_kinds``) that the kinds, the marks of a name and
the quote rules' description heads are read from.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.entities import find_mentions
from newsdesk.entities.org_kinds import (
    ALL_ORG_NOUNS,
    DESCRIPTION_NOUNS,
    EVENT,
    ORG_HEADS,
    ORG_NOUN_TABLE,
    ORG_NOUNS,
)
from newsdesk.entities.people import LEGAL_FORMS
from newsdesk.quotes import nouns

#: (text, the organisations' mentions the layer gives, in text order)
CASES = [
    # an organisation's noun with a preposition after it heads the name its complement goes on
    (
        "On May 4, the Committee to Unleash American Energy and FreedomWorks released a report "
        "card on the governors.",
        ["Committee to Unleash American Energy", "FreedomWorks"],
    ),
    # an organ named right after the body it belongs to
    (
        "The delegates backed the 1967 United Nations General Assembly resolution calling for a "
        "just and lasting peace.",
        ["United Nations General Assembly"],
    ),
    # two organisations joined by "and" stay two
    (
        "The Sierra Club and Greenpeace said the pipeline would harm the river.",
        ["Sierra Club", "Greenpeace"],
    ),
    # ... and so do two names whose second ends in no noun of an organisation
    (
        "The Senate and the House GOP said the bill was dead.",
        ["Senate", "House", "GOP"],
    ),
    # "against" heads no complement of a body's name: two parties on either side of it
    (
        "The lawsuit was filed by the Justice Department against Google in October.",
        ["Justice Department", "Google"],
    ),
    # after "to" a name's complement opens with a verb; a name after it is where a thing went
    (
        "The company was sold by the Carlyle Group to Blackstone last year.",
        ["Carlyle Group", "Blackstone"],
    ),
    (
        "The Committee to Protect Journalists said three reporters were held.",
        ["Committee to Protect Journalists"],
    ),
    # an organisation with its own gazetteer id is no complement of another's name
    (
        "She testified before the House Intelligence Committee on NATO and Russia.",
        ["House Intelligence Committee", "NATO"],
    ),
    # a topic after "on" stays the body's own
    (
        "He spoke to the House Permanent Select Committee on Intelligence on Tuesday.",
        ["House Permanent Select Committee on Intelligence"],
    ),
    (
        "Richard Haass, president of the Council on Foreign Relations, said the deal was weak.",
        ["Council on Foreign Relations"],
    ),
]


#: (text, a mention the layer gives, a mention it does not give)
HELD_APART = [
    # an organ after its body's name, past a comma inside the name
    (
        "The Senate Banking, Housing and Urban Affairs Committee is holding a hearing Tuesday to "
        "review spending under the $2.2 trillion CARES Act.",
        "Senate Banking, Housing and Urban Affairs Committee",
        "Housing and Urban Affairs Committee",
    ),
    # an outlet's title word takes no complement: the Times told about Fox News
    (
        "In October 2009, then-White House Communications Director Anita Dunn told the New York "
        "Times of Fox News that it was not a legitimate news organization.",
        "Fox News",
        "New York Times of Fox News",
    ),
    # a name the tagger ended on a word in lower case: a center at a university, two bodies
    (
        "Dianne Bystrom, director of the Carrie Chapman Catt Center for Women and Politics at "
        "Iowa State University in Ames, said the videos were jarring.",
        "Iowa State University",
        "Carrie Chapman Catt Center for Women and Politics at Iowa State University",
    ),
    # a place after the preposition says where the body sits (a photo caption)
    (
        "Former national security adviser Michael Flynn arrives to testify before the House "
        "Intelligence Committee on Capitol Hill in Washington, D.C.",
        "House Intelligence Committee",
        "House Intelligence Committee on Capitol Hill",
    ),
]


@pytest.mark.parametrize(("text", "kept", "not_made"), HELD_APART)
def test_what_is_one_name_and_what_stays_two(nlp: Any, text: str, kept: str, not_made: str) -> None:
    mentions = [m["text"] for m in find_mentions(nlp(text))]
    assert kept in mentions and not_made not in mentions


def _organisations(nlp: Any, text: str) -> list[str]:
    return [m["text"] for m in find_mentions(nlp(text)) if m["label"] == "ORG"]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_organisations_name_cut_in_two_is_one_mention(nlp: Any, text: str, expected: list[str]) -> None:
    assert _organisations(nlp, text) == expected


def test_the_joined_mention_is_one_cluster_named_in_full(nlp: Any) -> None:
    records = find_mentions(nlp(CASES[0][0]))
    committee = [r for r in records if r["text"].startswith("Committee")]
    assert [r["name"] for r in committee] == ["Committee to Unleash American Energy"]


def test_the_quote_rules_organisation_nouns_are_the_tables_description_heads() -> None:
    assert nouns.ORG_NOUNS == DESCRIPTION_NOUNS
    assert {"company", "drugmaker", "commission", "assembly", "embassy"} <= DESCRIPTION_NOUNS
    # an event does not speak, and a legal form or a word of a name alone heads no description
    assert not {noun for noun, row in ORG_NOUN_TABLE.items() if row.kind == EVENT} & DESCRIPTION_NOUNS
    assert not {"inc.", "corp", "llc", "times", "airlines"} & DESCRIPTION_NOUNS
    assert not (LEGAL_FORMS - {"group", "company", "capital", "partners"}) & DESCRIPTION_NOUNS


def test_the_kinds_and_the_marks_are_views_of_the_same_table() -> None:
    assert all(kind for kind, _ in ORG_NOUNS.values())
    assert "parliament" not in ORG_NOUNS and "parliament" in ALL_ORG_NOUNS  # no kind given
    assert set(ORG_NOUNS) >= ORG_HEADS and {"news", "council", "ministry"} <= ORG_HEADS
    assert set(ORG_NOUNS) | DESCRIPTION_NOUNS == ALL_ORG_NOUNS
