"""A generational suffix in the ``mentions`` layer: the suffixed name is its own person, written
with a comma before the suffix or not; its surname alone, or with the suffix, is that person;
the father's name, written bare or with another suffix, stays another person. The passages are
written for these tests."""

from __future__ import annotations

import pytest

from newsdesk.entities import find_mentions
from newsdesk.entities.people import generational, joined_suffix, short_forms, without_generational
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _clusters(nlp, text: str) -> dict[str, set[str]]:
    """``{mention text: {name of its cluster}}`` for the people of ``text``."""
    found: dict[str, set[str]] = {}
    for record in find_mentions(nlp(text)):
        if record["label"] == "PERSON":
            found.setdefault(record["text"], set()).add(record["name"])
    return found


def test_suffixed_name_and_its_surname_join(nlp) -> None:
    text = ("Martin Luther King Jr. spoke to the marchers in Washington in 1963. "
            "King told them that he had a dream.")
    assert _clusters(nlp, text) == {"Martin Luther King Jr.": {"Martin Luther King Jr."},
                                    "King": {"Martin Luther King Jr."}}


def test_father_and_son_stay_two(nlp) -> None:
    text = ("Jerry Falwell Sr. founded the university in 1971. His son, Jerry Falwell Jr., ran it "
            "until last year. Falwell resigned in August after a photograph was published.")
    records = [r for r in find_mentions(nlp(text)) if r["label"] == "PERSON"]
    clusters = {r["text"]: r["cluster"] for r in records}
    assert clusters["Jerry Falwell Sr."] != clusters["Jerry Falwell Jr."]
    assert clusters["Falwell"] == clusters["Jerry Falwell Jr."]


def test_suffix_after_a_comma_is_the_names(nlp) -> None:
    text = ("Jerry Falwell, Jr., president of the university, wrote a letter to students on "
            "Monday. Falwell said the campus would stay open.")
    found = _clusters(nlp, text)
    assert found["Jerry Falwell, Jr."] == {"Jerry Falwell Jr."}
    assert found["Falwell"] == {"Jerry Falwell Jr."}
    assert not [r for r in find_mentions(nlp(text)) if r["text"] == "Jr."]  # no place "Jr."


def test_surname_with_the_suffix_is_the_suffixed_name(nlp) -> None:
    text = ("Donald Trump Jr. posted the emails on Tuesday. Donald Trump said he was proud of "
            "his son. Trump Jr. later deleted the post.")
    found = _clusters(nlp, text)
    assert found["Trump Jr."] == {"Donald Trump Jr."}
    assert found["Donald Trump"] == {"Donald Trump"}


def test_name_without_a_suffix_is_unchanged(nlp) -> None:
    text = ("Jerry Falwell founded the university in 1971. Falwell said the school would train "
            "a generation of leaders.")
    assert _clusters(nlp, text) == {"Jerry Falwell": {"Jerry Falwell"}, "Falwell": {"Jerry Falwell"}}


@pytest.mark.parametrize(("word", "suffix"), [
    ("Jr.", "jr"),
    ("JR", "jr"),
    ("Sr", "sr"),
    ("III", "iii"),
    ("III.", None),  # a numeral is no abbreviation: a full stop after it ends the sentence
    ("King", None),
    ("Jr,", None),  # the comma is the reader's to strip
])
def test_generational(word: str, suffix: str | None) -> None:
    assert generational(word) == suffix


@pytest.mark.parametrize(("name", "joined"), [
    ("Jerry Falwell, Jr.", "Jerry Falwell Jr."),
    ("Robert F. Kennedy, Jr", "Robert F. Kennedy Jr"),
    ("Martin Luther King III", "Martin Luther King III"),
    ("Washington, D.C.", "Washington, D.C."),  # no suffix: the comma stays
])
def test_joined_suffix(name: str, joined: str) -> None:
    assert joined_suffix(name) == joined


@pytest.mark.parametrize(("name", "keep", "bare"), [
    ("Martin Luther King III", 1, "Martin Luther King"),
    ("Robert F. Kennedy Jr.,", 1, "Robert F. Kennedy"),  # a comma after the suffix
    ("Jerry Falwell, Jr.", 1, "Jerry Falwell,"),  # the comma before it is the surname's
    ("King Jr.", 1, "King"),
    ("King Jr.", 2, "King Jr."),  # short forms are read from two words or more
    ("Jr.", 1, "Jr."),  # a suffix alone stays
    ("John Smith", 1, "John Smith"),
    ("Malcolm X", 1, "Malcolm X"),
])
def test_without_generational(name: str, keep: int, bare: str) -> None:
    assert " ".join(without_generational(name.split(), keep=keep)) == bare


@pytest.mark.parametrize(("name", "forms"), [
    ("Martin Luther King Jr.", {"King"}),
    ("Donald Trump Jr.", {"Trump"}),
    ("Trump Jr.", set()),  # a suffix alone is no one's name
    ("Jerry Falwell", {"Falwell"}),
])
def test_short_forms_leave_the_suffix_out(name: str, forms: set[str]) -> None:
    assert short_forms(name.split()) == forms
