"""A naming is no phone call (``newsdesk.events.naming``): "call" with an object complement names
the object, a disapproval (111) when a word of the name has a negative valence, else a comment
(010, no event); "called the president on Tuesday" stays a call (041). Plain sentences written
for these tests, and two of the ConfliBERT train split (dev only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import need_shared
from newsdesk.events import extract_events, extract_rule_events
from newsdesk.events.cameo import verb_code
from newsdesk.events.naming import complements, valence
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _called(doc):
    return next(t for t in doc if t.lemma_ == "call" and t.pos_ == "VERB")


# (sentence, the parse's complement and its relation or None, CAMEO code, PLOVER types of the
# events on "called")
NAMINGS = [
    ("The Greek prime minister called the Turkish president dishonest.", ("dishonest", "oprd"),
     "111", ["ACCUSE"]),
    ("The Greek prime minister called the Turkish president a very dishonest man.", ("man", "oprd"),
     "111", ["ACCUSE"]),
    # the second noun phrase the parse hangs on the object, with no comma before it
    ("Germany's chancellor called the Russian ambassador to Berlin a very dangerous man.",
     ("man", "appos"), "111", ["ACCUSE"]),
    ("The Greek prime minister called the Turkish president a good friend.", ("friend", "oprd"),
     "010", []),
    ("The Greek prime minister called the plan not bad.", ("bad", "oprd"), "010", []),
    # a negation before the phrase, wherever the parse hung it ("not" on "plan")
    ("The Greek prime minister called the plan not a bad idea.", ("idea", "oprd"), "010", []),
    # "no" determines a noun it negates; VADER's own rating of the word is no name
    ("The Greek prime minister called the decision no surprise.", ("surprise", "oprd"), "010", []),
    # a negation negates its own conjunct, and what follows it, not a pejorative beside it
    ("The Greek prime minister called the Turkish president dishonest and not brave.",
     ("dishonest", "oprd"), "111", ["ACCUSE"]),
    # no naming: a call
    ("The Greek prime minister called the Turkish president on Tuesday.", None, "041", ["CONSULT"]),
    ("The Greek prime minister called the Turkish president to discuss the crisis.", None, "041",
     ["CONSULT"]),
    ("The Greek prime minister called the Turkish president, an old friend, on Tuesday.", None,
     "041", ["CONSULT"]),
]


@pytest.mark.parametrize("text, complement, cameo, types", NAMINGS)
def test_call_with_an_object_complement_is_a_naming(nlp, text, complement, cameo, types):
    doc = nlp(text)
    called = _called(doc)
    found = [(c.text, c.dep_) for c in complements(called)]
    assert found == ([complement] if complement else [])  # the parse this reading is for
    assert verb_code(called) == ("call", cameo)
    assert [e["plover"] for e in extract_events(doc) if e["trigger"] == "called"] == types


def test_the_dictionarys_own_name_comes_first(nlp):
    """The CALL block's patterns that name the object ("liar" 111, "partner" 013) hold before the
    lexicon is read."""
    liar = _called(nlp("The Greek prime minister called the Turkish president a liar."))
    partner = _called(nlp("The Greek prime minister called the Turkish president a partner."))
    assert (verb_code(liar), verb_code(partner)) == (("call", "111"), ("call", "013"))


# The object a naming names is read by no pattern of the CALL block ("* ATTACK" 138 is for calling
# an attack); the name itself is (the block's "* SUCCESS" 013, "* LIAR" 111).
# (sentence, CAMEO code, PLOVER types of the events on "called")
NAMED_OBJECTS = [
    ("The Greek prime minister called the attack a terrible crime.", "111", ["ACCUSE"]),
    ("The attack was called a terrible crime by the Greek prime minister.", "111", ["ACCUSE"]),
    ("The Greek prime minister called the attack a success.", "013", []),
    ("The Greek prime minister called the Turkish president a liar.", "111", ["ACCUSE"]),
    # no naming: the block's patterns read the object or the preposition
    ("The Greek prime minister called for an attack on the city.", "020", ["REQUEST"]),
    ("The rebel commander called an attack on the city.", "138", ["THREATEN"]),
]


@pytest.mark.parametrize("text, cameo, types", NAMED_OBJECTS)
def test_the_object_a_naming_names_is_no_object_of_the_blocks_patterns(nlp, text, cameo, types):
    doc = nlp(text)
    assert verb_code(_called(doc)) == ("call", cameo)
    assert [e["plover"] for e in extract_events(doc) if e["trigger"] == "called"] == types


@pytest.mark.parametrize("needle", ["called Denmark's Prime Minister nasty", "a very stupid guy"])
def test_name_calling_of_the_train_split_is_a_disapproval(nlp, needle):
    path = need_shared("data/events/conflibert-cameo/cameo_class_train.tsv")
    lines = path.read_text("utf-8").splitlines()
    text = next(line.rsplit("\t", 1)[0] for line in lines if needle in line)
    codes = [e["cameo"] for e in extract_rule_events(nlp(text)) if e["trigger"] == "called"]
    assert codes == ["111"]


def test_the_valence_lexicon_reads_words_and_their_mean_rating(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_valence as builder

    lines = ["nasty\t-2.6\t0.8\t[-3, -2]", ":-(\t-1.9\t0.5\t[-2]", "can't stand\t-2.0\t0.6\t[-2]",
             "well-known\t1.1\t0.3\t[1]"]
    assert builder.read_valence(lines) == {"nasty": -2.6, "well-known": 1.1}
    shipped = valence()
    assert shipped["nasty"] < 0 < shipped["success"]
    assert all(builder.read_valence([f"{word}\t{rating}"]) == {word: rating}
               for word, rating in shipped.items())
