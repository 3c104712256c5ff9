"""A capitalised plural that names a group ("Republicans", "Democrats", "Americans") in the
``mentions`` layer: it ends no person's name, is no person's short form, and a lone mention of
it joins no person; surnames that end in -s ("Williams", "Jones", "Roberts") still do. The
passages are written for these tests."""

from __future__ import annotations

import pytest

from conftest import mention_people
from newsdesk.entities.people import group_plural, short_forms


def test_a_party_plural_after_a_credit_is_no_person(nlp) -> None:
    text = ("Photo by John Shinkle/POLITICO Elections Republicans boot their headaches. House "
            "Republicans voted against the bill on Tuesday.")
    assert mention_people(nlp, text) == {"John Shinkle": "John Shinkle"}


@pytest.mark.parametrize("text", [
    "Some said the voters were really Rand Paul Republicans. Republicans in the state disagreed.",
    "In that world, Elizabeth Warren Democrats would become Rand Paul Republicans. Republicans disagreed.",
])
def test_a_tagged_person_that_ends_in_a_group_plural_is_no_person(nlp, text: str) -> None:
    people = mention_people(nlp, text)
    assert not any(mention.endswith("Republicans") for mention in people)
    assert set(people.values()) <= {"Elizabeth Warren"}


@pytest.mark.parametrize("text", [
    "Senate Democrats blocked the bill on Tuesday. Democrats said they would try again.",
    "The Senate Republicans met on Tuesday. Republicans said the plan was dead.",
])
def test_a_lone_group_plural_joins_no_person(nlp, text: str) -> None:
    assert mention_people(nlp, text) == {}


@pytest.mark.parametrize(("text", "people"), [
    ("Serena Williams won the final on Saturday. Williams said she was tired.",
     {"Serena Williams": "Serena Williams", "Williams": "Serena Williams"}),
    ("Tom Jones sang on Friday. Jones said the crowd was loud.", {"Tom Jones": "Tom Jones", "Jones": "Tom Jones"}),
    ("Chief Justice John Roberts wrote the opinion. Roberts said the law stands.",
     {"John Roberts": "John Roberts", "Roberts": "John Roberts"}),
])
def test_a_surname_ending_in_s_still_joins_its_full_name(nlp, text: str, people: dict[str, str]) -> None:
    assert mention_people(nlp, text) == people


@pytest.mark.parametrize(("name", "forms"), [
    ("Elections Republicans", set()),
    ("Senate Democrats", set()),
    ("Serena Williams", {"Williams"}),
    ("Tom Jones", {"Jones"}),
])
def test_a_party_plural_is_no_short_form(name: str, forms: set[str]) -> None:
    assert short_forms(name.split()) == forms


@pytest.mark.parametrize(("word", "group"), [
    ("Republicans", True), ("Democrats", True), ("Republican", False), ("republicans", False),
    ("Williams", False), ("Roberts", False),
])
def test_group_plural(word: str, group: bool) -> None:
    assert group_plural(word) is group
