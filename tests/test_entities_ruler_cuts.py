"""A family name that is also a country's or a capital's name is the person's, not the place
the gazetteer ruler tagged before the tagger read the name ("William O. Douglas", "Michael B.
Jordan", "Denzel Washington", "George Washington" opening a sentence); a place after a
gazetteer place ("Georgia Jordan" in a list), before another capitalised word ("Washington
Post") or after a surname stays as it was. A modal that opens a question is no given name
("Will Sessions invoke ...?"), while "Will Smith starred" and "Will Hurd said" keep theirs.
A name whose apposition after a comma is headed by a body's noun ("Morgan Stanley, a bank")
is an organisation, also where the ruler took its last word for a capital at a sentence's
start; "John Smith, a bank executive" stays a person. Sentences written for
the tests in news style.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.mentions import find_mentions
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _people(nlp, text: str) -> set[str]:
    return {r["name"] for r in find_mentions(nlp(text)) if r["label"] == "PERSON"}


def _places(nlp, text: str) -> set[str]:
    return {r["text"] for r in find_mentions(nlp(text)) if r["label"] in {"GPE", "LOC"}}


@pytest.mark.parametrize(("text", "person"), [
    ("Associate Justice William O. Douglas, 75, becomes the longest-serving member of the court.",
     "William O. Douglas"),
    ("Michael B. Jordan said he was happy with the film.", "Michael B. Jordan"),
    ("Denzel Washington starred in the film, which opened on Friday.", "Denzel Washington"),
    ("George Washington crossed the Delaware in 1776.", "George Washington"),
    ("Michael Jordan scored 40 points on Tuesday night.", "Michael Jordan"),
    ("Campaign Committee Chairman Steve Israel said in a statement that they would win.",
     "Steve Israel"),
])
def test_a_family_name_the_ruler_took_for_a_place_is_the_persons(nlp, text: str, person: str) -> None:
    assert person in _people(nlp, text)
    assert not _places(nlp, text) & {"Douglas", "Jordan", "Washington"}


@pytest.mark.parametrize(("text", "place"), [
    ("Select your country: Georgia Jordan Kazakhstan Kenya Kiribati", "Jordan"),
    ("He met King Abdullah in Amman Jordan last week.", "Jordan"),
    ("Obama will visit Jordan next month, officials said.", "Jordan"),
])
def test_a_place_after_no_given_name_stays_a_place(nlp, text: str, place: str) -> None:
    assert place in _places(nlp, text)


def test_an_acronym_before_a_place_in_capitals_joins_nothing(nlp) -> None:
    text = "But a popular AP U.S. History textbook, The American Pageant, is used."
    assert ("AP", "ORG") in {(r["text"], r["label"]) for r in find_mentions(nlp(text))}


def test_a_word_given_to_either_sex_opens_no_name_at_a_sentence_start(nlp) -> None:
    text = "Blue America can certainly win the day if this administration fails."
    assert not _people(nlp, text)


def test_a_place_after_a_full_name_joins_no_person(nlp) -> None:
    text = 'He worked for Dell and Booz Allen Hamilton. "It is over," Rep. Doug Collins Douglas said.'
    assert not [name for name in _people(nlp, text) if name.endswith(("Hamilton", "Douglas"))]


def test_a_place_before_another_capitalised_word_joins_no_person(nlp) -> None:
    people = _people(nlp, "Jeff Bezos Washington Post owner spoke on Monday.")
    assert "Jeff Bezos" in people
    assert not [name for name in people if "Washington" in name]


def test_a_modal_opening_a_question_is_no_given_name(nlp) -> None:
    text = ("3. Will Sessions invoke executive privilege? Attorney General Jeff Sessions will "
            "testify on Tuesday.")
    records = [r for r in find_mentions(nlp(text)) if r["label"] == "PERSON"]
    assert {r["name"] for r in records} == {"Jeff Sessions"}
    assert "Will Sessions" not in {r["text"] for r in records}


@pytest.mark.parametrize(("text", "person"), [
    ("Will Smith starred in the film.", "Will Smith"),
    ("Will Hurd said on Tuesday that he would run again.", "Will Hurd"),
])
def test_a_given_name_the_tagger_calls_a_modal_stays(nlp, text: str, person: str) -> None:
    assert person in _people(nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Morgan Stanley, a bank, reckons retail foot traffic may plunge by 60% in coming weeks.",
     "Morgan Stanley", "ORG"),
    ("Burisma, a gas company, paid Hunter Biden.", "Burisma", "ORG"),
    ("A survey by Gordon Haskett, a research firm, found that one in three stayed home.",
     "Gordon Haskett", "ORG"),
    ("John Smith, a bank executive, said the rates would rise.", "John Smith", "PERSON"),
    ("Jane Doe, a member of the club, spoke at the meeting.", "Jane Doe", "PERSON"),
    ("Tom Fitton, president of Judicial Watch, a nonpartisan group, said the memos were public.",
     "Tom Fitton", "PERSON"),
    ("The rule is fair, said Kristin Nicholson, a former longtime chief of staff on the Hill.",
     "Kristin Nicholson", "PERSON"),
])
def test_an_apposition_headed_by_a_body_makes_an_organisation(nlp, text: str, name: str, label: str) -> None:
    assert (name, label) in {(r["name"], r["label"]) for r in find_mentions(nlp(text))}


def test_a_body_the_ruler_cut_is_the_body_wherever_the_article_writes_it(nlp) -> None:
    text = ("Morgan Stanley, a bank, reckons retail foot traffic may plunge. Crude sank to $25. "
            "Morgan Stanley calculates that the median firm needs $51.")
    records = find_mentions(nlp(text))
    assert [(r["text"], r["label"]) for r in records] == [("Morgan Stanley", "ORG")] * 2
