"""A word of the title, role and person-noun lexicons before a person's name in the
``mentions`` layer: where no tagged entity holds it ("House Minority Whip Steve Scalise"), it
says what the person is and is no part of the name, a gazetteer person after it stays that
person, and a surname after it is the article's person of that surname ("Officer Davis");
names whose words are no such title keep them ("Major League Baseball", "US Airways"). The
passages are written for these tests."""

from __future__ import annotations

import pytest

from conftest import mention_people
from newsdesk.entities import find_mentions
from newsdesk.given_names import describing_word


@pytest.mark.parametrize(("text", "person"), [
    ("House Speaker Nancy Pelosi said the bill would pass on Friday.", "Nancy Pelosi"),
    ("Senate Majority Leader Mitch McConnell said the bill would fail.", "Mitch McConnell"),
    ("Speaker of the House Nancy Pelosi said the bill would pass on Friday.", "Nancy Pelosi"),
    ("House Minority Whip Steve Scalise returned to the Capitol on Thursday.", "Steve Scalise"),
    ("Senate Majority Whip John Cornyn said the vote would be close.", "John Cornyn"),
])
def test_a_title_word_before_a_name_is_no_part_of_it(nlp, text: str, person: str) -> None:
    people = mention_people(nlp, text)
    assert people.get(person) == person
    assert all(mention.endswith(person) for mention in people)  # no "Whip Steve Scalise"
    assert len(people) == 1


@pytest.mark.parametrize(("text", "person"), [
    ("Kerry met with National Security Adviser Susan Rice on Monday.", "Susan Rice"),
    ("The general was praised by former National Security Adviser Michael Hayden in an interview.",
     "Michael Hayden"),
])
def test_a_gazetteer_person_after_a_title_word_is_kept_and_linked(nlp, text: str, person: str) -> None:
    found = {r["text"]: r for r in find_mentions(nlp(text))}
    assert found[person]["label"] == "PERSON"
    assert found[person]["gazetteer"]  # the gazetteer's person, not dropped for a longer name


def test_a_titled_surname_is_the_person_of_that_name(nlp) -> None:
    text = "Officer Charles Davis died on Saturday. Robbers killed Officer Davis as he guarded a store."
    assert mention_people(nlp, text) == {"Charles Davis": "Charles Davis", "Davis": "Charles Davis"}


def test_the_surname_joins_the_person_named_after_a_title(nlp) -> None:
    text = ("House Minority Whip Steve Scalise returned to the Capitol on Thursday. Scalise thanked "
            "the police officers who protected him.")
    assert mention_people(nlp, text) == {"Steve Scalise": "Steve Scalise", "Scalise": "Steve Scalise"}
    text = "A group hopes to replace County District Attorney Jackie Lacey next year. Lacey opposed the law."
    assert mention_people(nlp, text) == {"Jackie Lacey": "Jackie Lacey", "Lacey": "Jackie Lacey"}


@pytest.mark.parametrize(("text", "mention", "label"), [
    ("Major League Baseball suspended the pitcher for eighty games.", "Major League Baseball", "ORG"),
    ("He flew US Airways from Charlotte to Boston on Monday.", "US Airways", "ORG"),
])
def test_names_that_open_with_other_words_stay_whole(nlp, text: str, mention: str, label: str) -> None:
    found = {r["text"]: r["label"] for r in find_mentions(nlp(text))}
    assert found.get(mention) == label


def test_a_surname_that_is_a_title_word_still_joins_its_full_name(nlp) -> None:
    text = "Gov. Jim Justice signed the budget on Monday. Justice said the state had done its part."
    assert mention_people(nlp, text) == {"Jim Justice": "Jim Justice", "Justice": "Jim Justice"}


@pytest.mark.parametrize(("word", "describing"), [
    ("House", True), ("Senate", True), ("Whip", True), ("Majority", True), ("Leader", True),
    ("Nancy", False), ("Mitch", False), ("Steve", False),
])
def test_the_lexicons_read_title_words_and_not_given_names(word: str, describing: bool) -> None:
    assert describing_word(word) is describing
