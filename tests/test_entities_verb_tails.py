"""A headline's verb that the tagger ran into a person's name ("Schaefer Weighs In on ...",
"Governor Schaefer Interviewed by ...") is no part of it, so a lone surname never joins such a
"name"; a surname written like a verb that the given-name table registers ("Mike Rounds",
"Maxine Waters", "Bill Burns") stays the person's, and so does one the article writes again in
prose ("Bottoms said") or writes before a comma or a verb ("Gordon Felt, who", "Bottoms told"). Passages written for the tests in news
style, with the speaker ``docs/attribution-rules.md`` gives.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.mentions import find_mentions
from newsdesk.entities.verb_forms import verb_inflection, verb_not_name
from newsdesk.nlp import load_pipeline
from test_speaker_descriptions import speaker_of  # the speakers found for a content

INTERVIEWED = ("\"We will not raise the tolls this year,\" Schaefer said on Monday. The council "
               "meets again in May.\nRelated: Governor Schaefer Interviewed by Local Reporters")
WEIGHS = ("The governor spoke on Monday. \"We will not raise the tolls,\" Schaefer said.\n"
          "Related: Schaefer Weighs In on the Harbor Tunnel Vote")
ROUNDS = "Sen. Mike Rounds voted against the bill on Tuesday. Rounds said he would not change his mind."
WATERS = "Rep. Maxine Waters spoke first. Waters said the hearing was a sham."
BURNS = "The agency is led by Bill Burns, who took over last year. Burns said the review was done."
BOTTOMS = ("Atlanta Mayor Keisha Lance Bottoms announced new rules on Monday. Bottoms said the city "
           "would act.")  # "bottoms": a verb's form the given-name table lacks, written as prose does
FELT = "\"We remember the day together,\" said Gordon Felt, who lost his brother."  # a comma follows
RISEN = "At the paper, reporters James Risen and Eric Lichtblau began writing stories."  # prose
BOUNDS = "The Senate was close to a vote on the nomination of Ryan Bounds for a seat on the court."
CLAPPER = "Former DNI James Clapper Allegedly Leaked to CNN, Report Says"  # a verb and its adverb
TOLD = "\"You are disgracing our city,\" Mayor Keisha Lance Bottoms told protesters."  # a verb follows


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(("text", "name"), [(INTERVIEWED, "Schaefer Interviewed"), (WEIGHS, "Schaefer Weighs")])
def test_a_headline_verb_is_cut_off_the_name(nlp, text: str, name: str) -> None:
    names = [r["text"] for r in find_mentions(nlp(text)) if r["label"] == "PERSON"]
    assert name not in names
    assert names.count("Schaefer") == 2


def test_a_verb_and_its_adverb_are_cut(nlp) -> None:
    names = [r["name"] for r in find_mentions(nlp(CLAPPER)) if r["label"] == "PERSON"]
    assert "James Clapper" in names
    assert not [name for name in names if "Leaked" in name]


@pytest.mark.parametrize(("text", "name"), [(ROUNDS, "Mike Rounds"), (WATERS, "Maxine Waters"),
                                            (BURNS, "Bill Burns"), (BOTTOMS, "Keisha Lance Bottoms"),
                                            (FELT, "Gordon Felt"), (TOLD, "Keisha Lance Bottoms"),
                                            (RISEN, "James Risen"), (BOUNDS, "Ryan Bounds")])
def test_a_registered_surname_or_one_in_prose_stays(nlp, text: str, name: str) -> None:
    assert name in {r["name"] for r in find_mentions(nlp(text)) if r["label"] == "PERSON"}


def test_a_lone_surname_is_not_given_to_a_headline_name() -> None:
    assert speaker_of(INTERVIEWED, "We will not raise the tolls") == ["Schaefer"]


@pytest.mark.parametrize(("word", "verb", "not_name"), [
    ("Weighs", True, True), ("Interviewed", True, True), ("Endorses", True, True),
    ("Rounds", True, False), ("Waters", True, False), ("Burns", True, False),  # names too
    ("Said", True, False),  # Edward Said: a registered name, an irregular past
    ("Sterling", False, False),  # a gerund's form is left alone
    ("Pence", False, False), ("Cruz", False, False),  # no verb
    ("WEIGHS", True, False),  # capitals say nothing of a name
])
def test_verb_forms(word: str, verb: bool, not_name: bool) -> None:
    assert (verb_inflection(word), verb_not_name(word)) == (verb, not_name)
