"""The generated training sentences of the event classifier (scripts/event_examples.py).

Read from the real sources: the synthetic stories' titles (NGEC, MIT) and the PETRARCH-2 CAMEO
verb dictionary (MIT) in ../shared/data/events, and the package gazetteer for names.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import sys
from pathlib import Path

import pytest

from conftest import need_shared
from newsdesk.events import plover_of

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from event_examples import dictionary_examples, fill_headline, read_names  # noqa: E402
from train_events import (  # noqa: E402
    cache_settings,
    cached,
    class_weights,
    load_stories,
    parse_args,
    report_weights,
    story_rows,
)


@pytest.fixture(scope="module")
def names():
    return read_names()


@pytest.fixture(scope="module")
def sentences(names):
    path = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    return dictionary_examples(path, names, plover_of=plover_of, seed=13)


def _titles() -> list[str]:
    path = need_shared("data/events/ngec-synthetic-plover/synthetic_events.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return sorted({row["title"] for row in csv.DictReader(handle)})


def test_every_headline_slot_is_filled_with_a_country_or_capital_name(names):
    places = set(names["country"]) | set(names["capital"])
    chooser = random.Random(0)
    for title in _titles():
        filled = fill_headline(title, names, chooser)
        assert "{" not in filled and "}" not in filled, filled
        if "{country_1}" in title:
            assert any(place in filled for place in places), filled


# (title, headline with the names drawn by seed 0 replaced by X): sentence case, acronyms kept
HEADLINES = [
    ("Over Half of {country_1} Teachers Now Out on Wildcat Strike",
     "Over half of X teachers now out on wildcat strike"),
    ("{country_1} Imposes Martial Law in Response to Election Violence",
     "X imposes martial law in response to election violence"),
]


@pytest.mark.parametrize("title, expected", HEADLINES)
def test_a_headline_reads_as_a_sentence(names, title, expected):
    chooser = random.Random(0)
    filled = fill_headline(title, names, chooser)
    chooser = random.Random(0)
    name = chooser.choice(names["country"])
    assert filled.replace(name, "X") == expected


# (words of a generated sentence, its PLOVER type): the type of the pattern's CAMEO code
# ("halt + aid" is 162, reduce aid: a sanction)
DICTIONARY = [
    ("halted the aid.", "SANCTION"),
    ("froze the aid.", "SANCTION"),
    ("requested the aid.", "REQUEST"),
    ("delivered the aid.", "AID"),
    ("closed the embassy.", "SANCTION"),
    ("filed the case against", "ACCUSE"),
]


@pytest.mark.parametrize("words, plover", DICTIONARY)
def test_dictionary_patterns_become_sentences_of_their_type(sentences, words, plover):
    found = {label for text, label in sentences if text.endswith(words) or f" {words} " in text}
    assert found == {plover}


# patterns that give no sentence: statements (CAMEO 01) are no PLOVER event, and patterns with
# words before the verb or no code ("- TRANSACTIONS * [---]") are left out
@pytest.mark.parametrize("words", ["released the statement.", "halted the search."])
def test_statements_and_uncoded_patterns_give_no_sentence(sentences, words):
    assert not [text for text, _ in sentences if text.endswith(words)]


def test_dictionary_sentences_are_the_same_for_the_same_seed(names):
    path = need_shared("data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt")
    first = dictionary_examples(path, names, plover_of=plover_of, seed=13)
    assert first == dictionary_examples(path, names, plover_of=plover_of, seed=13)
    assert first != dictionary_examples(path, names, plover_of=plover_of, seed=14)


def test_the_training_cache_is_read_back_only_by_the_events_version_that_kept_it(tmp_path):
    """Labels kept by another version of the coder (or before the version was kept with them)
    are what that version found: they are built again."""
    from newsdesk.events import EventsAnalyser

    builds = []

    def build():
        builds.append(1)
        return [["lemma:attack", "ASSAULT"]]

    path = tmp_path / "labels.json"
    assert cached(path, build) == cached(path, build) == [["lemma:attack", "ASSAULT"]]
    assert len(builds) == 1
    path.write_text(json.dumps([["lemma:meet", "CONSULT"]]), encoding="utf-8")  # no version
    assert cached(path, build) == [["lemma:attack", "ASSAULT"]]
    older = {"events_version": EventsAnalyser.version - 1, "value": [["lemma:meet", "CONSULT"]]}
    path.write_text(json.dumps(older), encoding="utf-8")
    assert cached(path, build) == [["lemma:attack", "ASSAULT"]]
    assert len(builds) == 3


def test_a_training_cache_cut_short_is_built_again(tmp_path, capsys):
    """A file a stopped run left half written is no JSON: it is built again, not a crash."""
    path = tmp_path / "labels.json"
    cached(path, lambda: [["lemma:attack", "ASSAULT"]])
    path.write_text(path.read_text(encoding="utf-8")[:20], encoding="utf-8")
    assert cached(path, lambda: [["lemma:meet", "CONSULT"]]) == [["lemma:meet", "CONSULT"]]
    assert "as no JSON, built again" in capsys.readouterr().err
    assert cached(path, lambda: []) == [["lemma:meet", "CONSULT"]]
    assert [p.name for p in tmp_path.iterdir()] == ["labels.json"]


def test_the_training_cache_is_built_again_for_other_stories(tmp_path, capsys):
    """Labels kept for the first 3 stories are not the labels of the first 5, nor of another
    stories file: ``--stories`` and ``--data`` are stamped with them, and a file kept with
    other settings (or with none, as before they were kept) is built again with a line on
    standard error."""
    data = need_shared("data/events/ngec-synthetic-plover/synthetic_events.csv.gz")
    path = tmp_path / "labels.json"

    def labels(argv):
        args = parse_args(["--data", str(data), *argv])
        stories = load_stories(args.data)[: args.stories]
        build = lambda: [story["label"] for story in stories]  # noqa: E731
        return cached(path, build, settings=cache_settings(args))

    three = labels(["--stories", "3"])
    assert len(three) == 3 and capsys.readouterr().err == ""
    assert labels(["--stories", "3"]) == three and capsys.readouterr().err == ""
    assert len(labels(["--stories", "5"])) == 5
    assert "stories 3 there, 5 asked" in capsys.readouterr().err
    args = parse_args(["--data", str(tmp_path / "other.csv.gz"), "--stories", "5"])
    asked = parse_args(["--data", str(data), "--stories", "5"])
    assert cache_settings(args) != cache_settings(asked)
    assert cached(path, lambda: ["built"], settings=cache_settings(args)) == ["built"]
    assert "data " in capsys.readouterr().err
    from newsdesk.events import EventsAnalyser

    unstamped = {"events_version": EventsAnalyser.version, "value": ["kept before settings were"]}
    path.write_text(json.dumps(unstamped), encoding="utf-8")
    assert labels(["--stories", "3"]) == three
    assert "with no settings" in capsys.readouterr().err


def test_the_training_weights_default_to_the_shipped_fit():
    """Without options every story sentence and headline weighs 1 and the classes are
    balanced, as the shipped weights were fitted."""
    args = parse_args([])
    assert (args.headline_weight, args.later_weight, args.class_weight) == (1.0, 1.0, "balanced")


def test_a_later_sentence_typed_by_the_coder_weighs_what_is_asked():
    """A story's lead sentence and its no-event sentences weigh 1; a later sentence whose
    type the dictionary coder gave weighs ``--later-weight``."""
    stories = [
        [("gpe_ troops shelled the town", "ASSAULT"), ("the town lies on a river", "NONE"),
         ("gpe_ fired rockets at gpe_", "ASSAULT")],
        [("gpe_ and gpe_ signed a deal", "AGREE")],
    ]
    rows, weights = story_rows(stories, 0.5)
    assert [label for _, label in rows] == ["ASSAULT", "NONE", "ASSAULT", "AGREE"]
    assert weights == [1.0, 1.0, 0.5, 1.0]


def test_square_root_class_weights_lie_between_none_and_balanced():
    """``sqrt`` weighs a rare type up, less than balanced does: the square root of
    n / (k · count), read on the synthetic stories' own labels."""
    path = need_shared("data/events/ngec-synthetic-plover/synthetic_events.csv.gz")
    labels = [story["label"] for story in load_stories(path)]
    weights = class_weights(labels, "sqrt")
    assert class_weights(labels, "none") is None and class_weights(labels, "balanced") == "balanced"
    assert weights["AID"] > 1.0 > weights["CONCEDE"]
    balanced = len(labels) / (len(weights) * labels.count("AID"))
    assert weights["AID"] ** 2 == pytest.approx(balanced)


def test_the_baseline_weights_are_scored_on_the_held_out_sentences(nlp, capsys):
    """``--baseline`` reads saved weights as the events layer does and prints their accuracy
    on the labelled sentences given: the shipped weights type a real attack and a real
    meeting as such."""
    from newsdesk.events.classify import MODEL_FILE, sentence_features

    texts = [
        ("Israeli jets bombed Hamas positions in Gaza on Tuesday.", "ASSAULT"),
        ("Iraq's national security advisor met with Syrian President Bashar Assad.", "CONSULT"),
    ]
    examples = [(sentence_features(next(nlp(text).sents)), label) for text, label in texts]
    report_weights(ROOT / "src" / "newsdesk" / "data" / MODEL_FILE, examples, title="two")
    out = capsys.readouterr().out
    assert "== two (events_model.npz): 2 sentences, accuracy 1.000" in out
