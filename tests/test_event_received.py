"""Aid received is the giver's act (``newsdesk.events.received``): plain sentences written for
these tests, with the giving verbs' sentences as negative cases, and the dictionary's blocks
of receiving read from the PETRARCH-2 verb dictionary (../shared/data/events, MIT)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import need_shared
from newsdesk.events import extract_events, extract_rule_events
from newsdesk.events.actors import actor_spans
from newsdesk.events.cameo import cameo_dictionary
from newsdesk.events.received import giver, receives_act, receives_aid
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _trigger(doc, word: str):
    return next(t for t in doc if t.text == word)


def _rule_event(nlp, text: str, word: str) -> dict:
    doc = nlp(text)
    return next(e for e in extract_rule_events(doc) if e["trigger"] == word)


def test_the_blocks_of_receiving_are_those_whose_object_is_aid_another_gave():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_cameo_verbs as builder

    lines = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt").read_text("latin-1").splitlines()
    _, _, receiving = builder.read_dictionary(lines, builder.read_synsets(lines))
    assert receiving == json.loads(Path(builder.TARGET).read_text("utf-8"))["receiving"]
    forms = cameo_dictionary()["forms"]
    blocks = {lemma: forms[lemma][1]["block"] in receiving for lemma in ("receive", "obtain", "get")}
    assert blocks == {"receive": True, "obtain": True, "get": True}
    givers = {lemma: forms[lemma][1]["block"] in receiving for lemma in ("send", "give", "supply", "accept")}
    assert givers == {"send": False, "give": False, "supply": False, "accept": False}
    # a passive-only aid code before the verb ("&REFUGEE * [:073]", ARRIVE) or in a phrase
    # ("* (TO) [:075]", IMMIGRATE) is not a thing received
    assert not builder.aid_received(" &REFUGEE * ", ":073")
    assert not builder.aid_received(" * (TO) ", ":075")
    assert builder.aid_received(" * LOAN ", ":071")
    assert not builder.aid_received(" * LOAN ", "071")


# (sentence, trigger, source names, target names, source phrases, target phrases)
RECEIVED = [
    ("Egypt received military aid from the United States.", "received", ["United States"], ["Egypt"],
     ["the United States"], ["Egypt"]),
    ("Kiev obtained rifles from Poland.", "obtained", ["Poland"], ["Ukraine"], ["Poland"], ["Kiev"]),
    ("Kenya got food aid from the UN.", "got", ["UN"], ["Kenya"], ["the UN"], ["Kenya"]),
    # the things the dictionary writes as aid received ("RECEIVE * LOAN [:071]") code it
    # when a giver is named
    ("Pakistan received a loan from China.", "received", ["China"], ["Pakistan"], ["China"], ["Pakistan"]),
    ("Ukraine received tanks from Germany.", "received", ["Germany"], ["Ukraine"], ["Germany"], ["Ukraine"]),
    # of two "from" phrases, the one that names an actor gives, not one that says when
    ("From the start of the war, Ukraine received tanks from Germany.", "received", ["Germany"],
     ["Ukraine"], ["Germany"], ["Ukraine"]),
    ("Egypt received military aid from 2010 from the United States.", "received", ["United States"],
     ["Egypt"], ["the United States"], ["Egypt"]),
]


@pytest.mark.parametrize("text, word, sources, targets, source_phrases, target_phrases", RECEIVED)
def test_aid_received_is_the_givers_act_done_to_the_receiver(
    nlp, text, word, sources, targets, source_phrases, target_phrases
):
    event = _rule_event(nlp, text, word)
    assert event["plover"] == "AID"
    assert (event["actors"], event["targets"]) == (sources, targets)
    spans = actor_spans(_trigger(nlp(text), word))
    assert ([text[s:e] for s, e in spans[0]], [text[s:e] for s, e in spans[1]]) == (
        source_phrases,
        target_phrases,
    )


def test_aid_received_from_no_one_named_has_no_source(nlp):
    text = "Egypt received military aid."
    event = _rule_event(nlp, text, "received")
    assert (event["plover"], event["actors"], event["targets"]) == ("AID", [], ["Egypt"])
    sources, targets = actor_spans(_trigger(nlp(text), "received"))
    assert sources == [] and [text[s:e] for s, e in targets] == ["Egypt"]


# Giving verbs keep their subject (or a passive's agent) as the giver; receiving what is no
# aid is no aid received.
GIVEN = [
    ("Germany sent weapons to Ukraine.", "sent", ["Germany"], ["Ukraine"]),
    ("Ukraine was supplied with weapons by Germany.", "supplied", ["Germany"], ["Ukraine"]),
    ("The United States gave military aid to Egypt.", "gave", ["United States"], ["Egypt"]),
]


@pytest.mark.parametrize("text, word, sources, targets", GIVEN)
def test_aid_given_keeps_the_giver_as_its_source(nlp, text, word, sources, targets):
    doc = nlp(text)
    assert not receives_aid(_trigger(doc, word))
    event = next(e for e in extract_events(doc) if e["trigger"] == word)
    assert (event["actors"], event["targets"]) == (sources, targets)


def test_receiving_what_is_no_aid_is_not_aid_received(nlp):
    doc = nlp("The president received a letter from the king.")
    verb = _trigger(doc, "received")
    assert not receives_aid(verb)
    assert giver(verb).text == "king"  # the "from" object is read only for aid


def test_a_thing_the_dictionary_writes_as_received_is_no_aid_without_a_giver(nlp):
    for text, word in (("Tesla earned 5 million euros last year.", "earned"), ("Ukraine received tanks.", "received")):
        doc = nlp(text)
        assert not receives_aid(_trigger(doc, word))
        assert not [e for e in extract_rule_events(doc) if e["plover"] == "AID"]


# (sentence, receiving verb, source phrases, target phrases); written for the rule: an act
# received or undergone from a named actor is that actor's, done to the receiver (AllSides
# VH5Ej5q9E1qggL9o and A2NE5MShnqaw6noB for the first two)
ACTS_RECEIVED = [
    (
        "President Obama is facing increasing pressure from Senate Democrats to approve the "
        "Keystone XL Pipeline.",
        "facing",
        ["Senate Democrats"],
        ["President Obama"],
    ),
    (
        "Holmes added that last week after the election, he received calls from five different "
        "potential U.S. candidates.",
        "received",
        ["five different potential U.S. candidates"],
        ["Holmes"],
    ),
    (
        "The protesters received assurances from the government.",
        "received",
        ["the government"],
        ["The protesters"],
    ),
]


@pytest.mark.parametrize("text, word, sources, targets", ACTS_RECEIVED)
def test_an_act_received_from_an_actor_is_that_actors(nlp, text, word, sources, targets):
    doc = nlp(text)
    assert receives_act(_trigger(doc, word))
    found = actor_spans(_trigger(doc, word))
    assert [text[s:e] for s, e in found[0]] == sources
    assert [text[s:e] for s, e in found[1]] == targets


@pytest.mark.parametrize(
    "text, word",
    [
        # people received come from somewhere; they did nothing to the receiver
        ("The prime minister received a mission of observers from the OSCE.", "received"),
        ("The protesters received ministers from the government.", "received"),
        # a thing received that names no act
        ("The senator received a letter from the governor.", "received"),
    ],
)
def test_receiving_people_or_things_is_no_act_of_the_giver(nlp, text, word):
    assert not receives_act(_trigger(nlp(text), word))
