"""The event coder: one best PLOVER event per sentence (or none), its actors and spans.

Sentences are real text: the seed articles in ``examples/`` and the PETRARCH-2 validation and
unit-test sentences in ../shared/data/events (MIT). Floors on independent sets are measured by
``benchmarks/eval_events.py``; the pinned values sit a few points under its test-half figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import need_shared
from newsdesk.events import (
    QUAD_CLASSES,
    TYPE_CODES,
    coded_types,
    extract_events,
    extract_rule_events,
    plover_of,
    refusal,
    sentence_types,
    told_plan,
    undone_types,
    verb_type,
)
from newsdesk.events.attitude import attitude_code
from newsdesk.events.cameo import noun_code, noun_words, shifted_objects, verb_code
from newsdesk.events.candidacy import candidacy_code
from newsdesk.events.classify import MODEL_FILE, NO_EVENT, best_types
from newsdesk.events.decided import MATERIAL_ROOTS, deciding
from newsdesk.events.ended import ended_types
from newsdesk.events.modality import demanded, going_to, modality
from newsdesk.events.reduced import reduced_passive, reduced_subject
from newsdesk.events.rules import verb_event_code
from newsdesk.events.slots import ActorNames
from newsdesk.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _seed_sentence(prefix: str, needle: str) -> str:
    text = next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if needle in line)
    start = line.rfind(". ", 0, line.index(needle)) + 1
    end = line.find(". ", line.index(needle))
    return line[start : end + 1 if end > 0 else len(line)].strip()


def _record_text(dataset: str, record_id: str) -> str:
    path = need_shared(f"data/events/{dataset}")
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return next(r["text"] for r in records if r["id"] == record_id)


def test_the_model_ships_as_plain_arrays_with_the_sixteen_types():
    from importlib import resources

    with resources.files("newsdesk.data").joinpath(MODEL_FILE).open("rb") as handle:
        arrays = np.load(handle, allow_pickle=False)
        labels = set(arrays["labels"].tolist())
    assert labels == set(TYPE_CODES) | {NO_EVENT}
    assert set(QUAD_CLASSES) == set(TYPE_CODES) and len(TYPE_CODES) == 16


def test_the_model_is_read_on_first_use_not_at_import():
    code = (
        "import newsdesk.events, newsdesk.analyse; "
        "from newsdesk.events.classify import load_model; "
        "print(load_model.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


_CHOICE = {
    "rule_weight": 0.3,
    "main_weight": 0.2,
    "none_threshold": 0.2,
    "none_threshold_coded": 0.8,
    "none_threshold_partial": 0.3,
    "second_ratio": 0.8,
}


@pytest.mark.parametrize(
    "probabilities, coded, expected",
    [
        ({NO_EVENT: 0.7, "ASSAULT": 0.3}, set(), []),
        ({NO_EVENT: 0.5, "ASSAULT": 0.5}, set(), []),  # not sure enough without a coded event
        ({NO_EVENT: 0.5, "ASSAULT": 0.5}, {"ASSAULT"}, ["ASSAULT"]),
        ({NO_EVENT: 0.9, "ASSAULT": 0.1}, {"ASSAULT"}, []),  # a coded verb alone is not enough
        ({NO_EVENT: 0.1, "ASSAULT": 0.8, "ACCUSE": 0.1}, set(), ["ASSAULT"]),
        ({NO_EVENT: 0.1, "ASSAULT": 0.46, "ACCUSE": 0.44}, set(), ["ASSAULT"]),  # one best event
        ({NO_EVENT: 0.1, "ASSAULT": 0.46, "ACCUSE": 0.44}, {"ACCUSE"}, ["ACCUSE"]),
        # both coded, neither on the main verb: the best alone (see the next tests)
        ({NO_EVENT: 0.1, "ASSAULT": 0.46, "ACCUSE": 0.44}, {"ACCUSE", "ASSAULT"}, ["ASSAULT"]),
    ],
)
def test_one_best_type_unless_a_second_is_coded_and_nearly_as_likely(probabilities, coded, expected):
    assert best_types(probabilities, coded, **_CHOICE) == expected


# Two close coded types: both when the dictionary codes both on the main verbs (governing
# verb and root), the one it codes there when it codes one, else the best alone.
@pytest.mark.parametrize(
    "assault, accuse, main, expected",
    [
        (0.50, 0.40, {"ACCUSE", "ASSAULT"}, ["ASSAULT", "ACCUSE"]),
        (0.55, 0.30, {"ACCUSE"}, ["ACCUSE"]),  # the runner-up is the main verb's act
        (0.45, 0.50, {"ASSAULT"}, ["ASSAULT"]),
        (0.50, 0.40, set(), ["ASSAULT"]),
    ],
)
def test_a_second_type_needs_its_own_act_on_the_main_verb(assault, accuse, main, expected):
    probabilities = {NO_EVENT: 0.1, "ASSAULT": assault, "ACCUSE": accuse}
    assert best_types(probabilities, {"ACCUSE", "ASSAULT"}, main=main, **_CHOICE) == expected


# A verb coordinated with the main verb is an act of its own: its type stays beside the main
# verb's (``acts``), while only the main verb's type gets the main verb's bonus (``main``).
@pytest.mark.parametrize(
    "main, acts, expected",
    [
        ({"ACCUSE"}, {"ACCUSE", "ASSAULT"}, ["ASSAULT", "ACCUSE"]),
        ({"ACCUSE"}, {"ACCUSE"}, ["ACCUSE"]),
    ],
)
def test_a_coordinated_verb_is_an_act_of_its_own(main, acts, expected):
    probabilities = {NO_EVENT: 0.1, "ASSAULT": 0.6, "ACCUSE": 0.35}
    chosen = best_types(probabilities, {"ACCUSE", "ASSAULT"}, main=main, acts=acts, **_CHOICE)
    assert chosen == expected


# The main verb's dictionary type with no actor the coder takes for a source (``partial``) is
# weaker evidence than a coded event: "no event" wins from 0.3, not from 0.8 nor from 0.2.
@pytest.mark.parametrize(
    "none, partial, coded, expected",
    [
        (0.25, True, {"ACCUSE"}, ["ACCUSE"]),
        (0.35, True, {"ACCUSE"}, []),
        (0.35, False, {"ACCUSE"}, ["ACCUSE"]),
        (0.25, False, set(), []),
    ],
)
def test_a_partial_match_lowers_the_bar_for_an_event(none, partial, coded, expected):
    probabilities = {NO_EVENT: none, "ASSAULT": 0.4, "ACCUSE": 1 - none - 0.4}
    main = set(coded)
    chosen = best_types(probabilities, coded, main=main, partial=partial, **_CHOICE)
    assert chosen == expected


def _verb_type(nlp, text: str) -> tuple[set[str], str | None]:
    doc = nlp(text)
    sentence = next(doc.sents)
    found = [refusal(e) for e in extract_rule_events(doc)]
    build = {"actors": ActorNames(doc, []), "doc": doc, "times": []}
    return coded_types(sentence, found)[0], verb_type(sentence, found, **build)


# Sentences the coder codes nothing in, for want of an actor it takes for a source: the main
# verb's dictionary type when the verb is asserted or planned and the parse names who acts; none
# for a possible act, a verb the dictionary gives no type, or no verb at all.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Critics accuse the new law of silencing the press.", "ACCUSE"),
        ("Refugees in the camp have received food and blankets from the aid agencies.", "AID"),
        ("The tanks might want the president to head back.", None),
        ("Protesters may block the bridge tomorrow.", None),
        ("Trade between the two countries was $21 billion last year.", None),
        ("The weather was cold in the capital on Monday.", None),
    ],
)
def test_the_main_verbs_dictionary_type_when_nothing_is_coded(nlp, text, expected):
    coded, plover = _verb_type(nlp, text)
    assert coded == set()
    assert plover == expected


def _sentence_types(nlp, text: str) -> tuple[tuple[set[str], ...], tuple]:
    doc = nlp(text)
    sentence = next(doc.sents)
    found = [refusal(e) for e in extract_rule_events(doc)]
    build = {"actors": ActorNames(doc, []), "doc": doc, "times": []}
    return coded_types(sentence, found), sentence_types(sentence, found, **build)


# Sentences written for the rule in which the coder codes a type only on a circumstance (a
# "while" clause's act, an act noun in the subject) and none on the main verb, whose own event
# it builds no actor for: the main verb's dictionary type is the main act's when the verb is
# done (the sentence's type and code, which the circumstance gave before); planned or negated
# it is not counted; a subject the lexicons name no one by ("The volunteers"; an armed group's
# members are a source since events 86). (text, the type and code given, or None where the
# types stay the coder's)
MAIN_VERB_BESIDE_A_CIRCUMSTANCE = [
    (
        "The volunteers intensified their troops while the militants had controlled the west.",
        ("MOBILIZE", "154"),
    ),
    (
        "The summit between France and Germany failed to reach a deal on fishing quotas.",
        ("REJECT", "120"),
    ),
    ("The volunteers will increase their troops while the militants control the west.", None),
    ("The volunteers did not increase their troops while militants controlled the west.", None),
]


@pytest.mark.parametrize("text, expected", MAIN_VERB_BESIDE_A_CIRCUMSTANCE)
def test_a_done_main_verbs_type_counts_beside_a_circumstances(nlp, text, expected):
    (coded, main, acts), (types, main_types, act_types, partial) = _sentence_types(nlp, text)
    assert coded and not acts and not partial  # coded only on a circumstance
    if expected is None:
        assert (types, main_types, act_types) == (coded, main, acts)
        return
    assert (types - coded, main_types, act_types) == ({expected[0]}, {expected[0]}, {expected[0]})
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == [expected]


def test_a_partial_match_gives_the_event_the_classifier_doubts(nlp):
    doc = nlp("Critics accuse the new law of silencing the press.")
    [event] = extract_events(doc)
    assert (event["plover"], event["trigger"], event["actors"]) == ("ACCUSE", "accuse", ["Critics"])
    assert extract_events(nlp("The tanks might want the president to head back.")) == []


# A partial match's event carries the code the dictionary gives its verb (a demand is CAMEO 10,
# receiving food humanitarian aid), not the type's general code.
@pytest.mark.parametrize(
    "text",
    [
        "Hospital workers demand higher wages.",
        "Refugees in the camp have received food and blankets from the aid agencies.",
    ],
)
def test_a_partial_match_carries_its_verbs_own_code(nlp, text):
    coded, plover = _verb_type(nlp, text)
    [event] = extract_events(nlp(text))
    trigger = next(t for t in nlp(text) if t.text == event["trigger"])
    assert (coded, event["plover"]) == (set(), plover)
    assert event["cameo"] == verb_event_code(trigger)[1] != TYPE_CODES[plover]


# Real sentences: a purpose clause's act ("to help strengthen security": aid) is coded but is
# no act of the sentence beside the main verb's; the main verbs' acts are, and so are those of
# two verbs joined by "and" ("sent ... and promised ..."). ``act_verbs``: the trigger words
# whose types are the sentence's acts; ``planned``: those of an act planned under the verb
# coded as the intent to do it ("says it will begin" is the threat, 138), not coded.
@pytest.mark.parametrize(
    "text, act_verbs, purpose_verb, planned",
    [
        (
            "Britain is deploying 300 troops to the peacekeeping mission in Mali to help "
            "strengthen security there, its defence ministry said.",
            {"deploying"},
            "help",
            set(),
        ),
        (
            "Turkey's president says it will begin a new military operation against Kurdish "
            "fighters in Syria.",
            {"says"},
            None,
            {"begin"},
        ),
        ("Russia sent troops to Kazakhstan and promised aid to the government.", {"sent", "promised"},
         None, set()),
        ("Germany sent tanks to Ukraine and promised more help to its government.",
         {"sent", "promised"}, None, set()),
    ],
)
def test_a_purpose_clause_is_no_second_act(nlp, text, act_verbs, purpose_verb, planned):
    doc = nlp(text)
    found = extract_rule_events(doc)
    words = {token.idx: token.text for token in doc}
    coded, _, acts = coded_types(next(doc.sents), found)
    assert planned <= {words[event["trigger_start"]] for event in found}  # found, not coded
    assert coded == {e["plover"] for e in found if words[e["trigger_start"]] not in planned}
    assert acts == {event["plover"] for event in found if words[event["trigger_start"]] in act_verbs}
    if purpose_verb:
        assert purpose_verb in {words[event["trigger_start"]] for event in found}  # coded, not an act
        assert len(extract_events(doc)) == 1


# (probabilities, coded types, those coded on the governing verb or root, expected): a coded
# type on the sentence's main verb counts more than one coded in a circumstance ("during a
# phone call ..., Wang said China welcomed the mission")
@pytest.mark.parametrize(
    "probabilities, coded, main, expected",
    [
        ({NO_EVENT: 0.05, "CONSULT": 0.53, "SUPPORT": 0.23}, {"CONSULT", "SUPPORT"}, set(), ["CONSULT"]),
        (
            {NO_EVENT: 0.05, "CONSULT": 0.53, "SUPPORT": 0.23},
            {"CONSULT", "SUPPORT"},
            {"SUPPORT"},
            ["SUPPORT"],
        ),  # close behind, but the act of the main verb
        (
            {NO_EVENT: 0.05, "CONSULT": 0.40, "SUPPORT": 0.30},
            {"CONSULT", "SUPPORT"},
            {"SUPPORT"},
            ["SUPPORT"],
        ),
        (
            {NO_EVENT: 0.05, "CONSULT": 0.70, "SUPPORT": 0.05},
            {"SUPPORT"},
            {"SUPPORT"},
            ["CONSULT"],
        ),  # the classifier can still overrule the dictionary
    ],
)
def test_a_type_coded_on_the_main_verb_counts_more(probabilities, coded, main, expected):
    assert best_types(probabilities, coded, main=main, **_CHOICE) == expected


# A sentence whose main act the dictionary codes as a public statement (``stated``) reports no
# event unless a type is coded on its main verb ("X said troops attacked": the attack).
@pytest.mark.parametrize("main, expected", [(set(), []), ({"ACCUSE"}, ["ACCUSE"])])
def test_a_stated_main_act_needs_a_type_coded_on_the_main_verb(main, expected):
    probabilities = {NO_EVENT: 0.05, "ACCUSE": 0.6, "SUPPORT": 0.35}
    assert best_types(probabilities, {"ACCUSE"}, main=main, stated=True, **_CHOICE) == expected


def test_statements_are_no_plover_type_and_demands_are_requests():
    assert plover_of("010") is None and plover_of("100") == "REQUEST" and plover_of("087") == "RETREAT"


# PLOVER's RETREAT covers release, return, easing sanctions, a curfew or a state of emergency,
# access, ceasefire, disarmament and withdrawal (CAMEO 084-087, 0813 and 0814 in PLOVER's
# CAMEO conversion table, and the NGEC stories' modes); the rest of CAMEO 08 (yield) is CONCEDE.
# (CAMEO code, PLOVER type)
YIELD_TYPES = [
    ("0841", "RETREAT"),  # return, release person(s)
    ("0842", "RETREAT"),  # return, release property
    ("084", "RETREAT"),
    ("0863", "RETREAT"),  # allow humanitarian access
    ("0871", "RETREAT"),  # declare truce, ceasefire
    ("0873", "RETREAT"),  # demobilise armed forces
    ("0874", "RETREAT"),  # retreat or surrender militarily
    ("080", "CONCEDE"),
    ("081", "CONCEDE"),  # ease administrative sanctions: "lifted a travel ban"
    ("0811", "CONCEDE"),  # ease restrictions on political freedoms
    ("0813", "RETREAT"),  # ease a curfew
    ("0814", "RETREAT"),  # ease a state of emergency or martial law
    ("083", "CONCEDE"),  # accede to demands for reform
    ("085", "RETREAT"),  # ease economic sanctions, a boycott or an embargo
    ("040", "CONSULT"),  # not a prefix match on "04"
]


@pytest.mark.parametrize("cameo, plover", YIELD_TYPES)
def test_releases_returns_and_de_escalation_are_retreats(cameo, plover):
    assert plover_of(cameo) == plover


def test_the_tf_idf_transform_matches_scikit_learn(nlp):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsdesk.events.classify import load_model, sentence_features

    model = load_model()
    reference = TfidfVectorizer(
        vocabulary=model.index,
        ngram_range=(1, 2),
        token_pattern=r"\S+",
        sublinear_tf=True,
        lowercase=False,
    )
    reference.idf_ = model.idf.astype(np.float64)
    text = next(EXAMPLES.glob("004_*.txt")).read_text(encoding="utf-8")
    features = [sentence_features(sentence) for sentence in list(nlp(text).sents)[:20]]
    expected = reference.transform(features).toarray()
    assert np.allclose(np.stack([model.vector(f) for f in features]), expected, atol=1e-5)


# (seed article, words inside the sentence, PLOVER types ("A+B" for a sentence reporting two)
# or None for no event, a source actor)
SEED_SENTENCES = [
    ("004", "Russia sent thousands of troops", "COOPERATE", "Russia"),
    ("003", "Xi praised Tokayev", "SUPPORT", "Xi"),
    ("003", "47-mile border", None, None),  # geography: nobody does anything to anybody
    (
        "004",
        "Beijing’s security assistance to Kazakhstan and other Central Asian countries",
        None,
        None,
    ),  # a forecast
]


@pytest.mark.parametrize("seed, needle, plover, source", SEED_SENTENCES)
def test_seed_sentences_get_their_one_event_or_none(nlp, seed, needle, plover, source):
    events = extract_events(nlp(_seed_sentence(seed, needle)))
    assert [e["plover"] for e in events] == (plover.split("+") if plover else [])
    assert source is None or source in events[0]["actors"]


# (data set, record id, PLOVER types ("A+B": two) or None, a source actor) — PETRARCH-2
GOLD_SENTENCES = [
    ("petrarch2-unit-tests/unit_tests.jsonl", "DEMO-18", "REQUEST", "Calenardhon"),  # urged Bree
    ("petrarch2-unit-tests/unit_tests.jsonl", "DEMO-19", "REQUEST", "Arnor"),  # "Arnor's minister"
    # "launched an air strike": an assault, not the dictionary's "launch + strike" (labour)
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "GOLD_0", "ASSAULT", "United States"),
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "GOLD_2", "CONSULT", "Iraq"),
    (
        "petrarch2-gsr-validation/gsr_validation.jsonl",
        "GOLD_8",
        "CONCEDE",
        "UN",
    ),  # troops withdrew
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "NEST_8", "ACCUSE", "United States"),
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "APPEALS_0", "REQUEST", "Obama"),
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "SYRIA_0", "ASSAULT", "insurgent"),
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "PASSIVE_0", "ACCUSE", "United States"),
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "TEST_4", "ASSAULT", "Israeli"),
    (
        "petrarch2-gsr-validation/gsr_validation.jsonl",
        "TEST_10",
        None,
        None,
    ),  # "says it has evidence"
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "AFP0808020742_2", None, None),
]


@pytest.mark.parametrize("dataset, record_id, plover, source", GOLD_SENTENCES)
def test_validation_sentences_get_their_one_event_or_none(nlp, dataset, record_id, plover, source):
    events = extract_events(nlp(_record_text(dataset, record_id)))
    assert [e["plover"] for e in events] == (plover.split("+") if plover else [])
    assert source is None or source in events[0]["actors"]


def test_source_span_covers_the_subject_phrase(nlp):
    text = _record_text("petrarch2-gsr-validation/gsr_validation.jsonl", "GOLD_2")
    event = extract_events(nlp(text))[0]
    spans = [text[start:end] for start, end in event["source_spans"]]
    assert spans == ["Iraq's national security advisor"]


def test_a_reported_attack_is_the_attackers_not_the_speakers(nlp):
    text = _record_text("petrarch2-gsr-validation/gsr_validation.jsonl", "SYRIA_0")
    event = extract_events(nlp(text))[0]  # "..., Syrian state media said": the media only report it
    assert "Syria" not in event["actors"] and event["targets"] == ["Syria"]


# Sentences of the synthetic stories (NGEC, MIT) whose act a trailing "X said" attributes to a
# source: the act is the one event, the speaker accuses no one (CAMEO 112 stays for a leading
# "The US said that Iraq had attacked", NEST_8 above). (sentence, PLOVER types, a source)
ATTRIBUTED_ACTS = [
    (
        "Mauritanian soldiers killed 10 people on Thursday in a landmine explosion near the "
        "town of Taza, security officials said.",
        "ASSAULT",
        "Mauritanian",
    ),
    (
        "On August 5, a court sentenced Khaira to five years in prison, with three suspended, "
        'for allegedly "disseminating blasphemous material" and insulting Islam, Novanto said.',
        "COERCE",
        "court",
    ),
]


@pytest.mark.parametrize("text, plover, source", ATTRIBUTED_ACTS)
def test_a_trailing_reporting_clause_attributes_the_act(nlp, text, plover, source):
    doc = nlp(text)
    events = extract_events(doc)
    assert [e["plover"] for e in events] == [plover]
    assert source in events[0]["actors"]
    assert not [e for e in extract_rule_events(doc) if e["trigger"] == "said"]


# (data set or None for the first ATTRIBUTED_ACTS sentence, record id, governing verb, reporting
# tokens): a verb that only reports hands the sentence to its clause and the classifier reads
# where the report stands; an appeal ("urged Bree ... to help") governs its own clause.
GOVERNING = [
    (None, None, "killed", ["rep_trail", "rep_say"]),
    ("petrarch2-gsr-validation/gsr_validation.jsonl", "NEST_8", "attacked", ["rep_lead", "rep_say"]),
    ("petrarch2-unit-tests/unit_tests.jsonl", "DEMO-18", "urged", []),
]


@pytest.mark.parametrize("dataset, record_id, verb, tokens", GOVERNING)
def test_a_verb_that_only_reports_governs_through_its_clause(nlp, dataset, record_id, verb, tokens):
    from newsdesk.events.classify import governing_verb, sentence_features

    text = _record_text(dataset, record_id) if dataset else ATTRIBUTED_ACTS[0][0]
    sentence = next(nlp(text).sents)
    assert governing_verb(sentence).text == verb
    assert [t for t in sentence_features(sentence).split() if t.startswith("rep_")] == tokens


# -- floors on independent sets (benchmarks/eval_events.py, test halves) -------------------


def _test_half_scores(items: list[dict], report) -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_events import code_both
    from newsdesk_eval.events import halves

    chosen = [items[i] for i in halves(items)["test"]]
    return report(chosen, code_both([item["text"] for item in chosen])["new"])


@pytest.mark.slow
def test_floors_on_conflibert_newswire():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_events import conflibert_report
    from newsdesk_eval.events import read_conflibert

    sentences = read_conflibert(need_shared("data/events/conflibert-cameo"), split="test")
    scores = _test_half_scores(sentences, conflibert_report)
    # types: measured 0.701 / 0.665 / 0.627, CAMEO 08 as material 0.726 (docs/figures-events.md)
    assert scores["type_right"] >= 0.66 and scores["type_right_no_extra"] >= 0.63, scores
    assert scores["quad_accuracy"] >= 0.57 and scores["cameo08_material"]["type_right"] >= 0.69
    # actor spans: source 0.769, target 0.643 at events 83 (source 0.782 at events 81: events
    # 82's sentences left with no event carry two train-split gold sources with them, the trade
    # for no-event right 0.808 -> 0.838 on that split; docs/figures-events.md)
    assert scores["source_span"]["f1"] >= 0.74 and scores["target_span"]["f1"] >= 0.60, scores


@pytest.mark.slow
def test_floors_on_petrarch_validation():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_events import gsr_report
    from newsdesk_eval.events import read_jsonl

    records = read_jsonl(need_shared("data/events/petrarch2-gsr-validation/gsr_validation.jsonl"))
    scores = _test_half_scores(records, gsr_report)
    # measured 0.679 / 0.607 / 0.615 (28 gold sentences: one is 0.036)
    assert scores["type_right"] >= 0.64 and scores["type_right_no_extra"] >= 0.57, scores
    assert scores["source_right"] >= 0.58, scores
    # the source on sentences whose type is right: measured 0.941 (16 of 17)
    assert scores["source_right_type_matched"] >= 0.88, scores


def test_the_conflibert_train_split_reads_as_classes_for_tuning_only():
    from newsdesk_eval.events import read_conflibert, read_conflibert_classes

    folder = need_shared("data/events/conflibert-cameo")
    train = read_conflibert_classes(folder, split="train")
    test = read_conflibert_classes(folder, split="test")
    assert len(train) == 1349 and {s["label"] for s in train} == {0, 1, 2, 3, 4}
    spans = read_conflibert(folder, split="test")
    assert [(s["text"], s["label"]) for s in test] == [(s["text"], s["label"]) for s in spans]
    assert not {s["text"] for s in train} & {s["text"] for s in test}


# Verbs the synthetic stories rarely use, learned from the CAMEO dictionary's patterns: real
# newswire sentences of ConfliBERT's train split (read from ../shared, not copied) with the type
# their gold quad class and meaning give, and statements of concern or hope that are no event.
# (words of the sentence, PLOVER types or None)
DICTIONARY_VERBS = [
    ("President Trump has suspended aid to El Salvador", "SANCTION"),  # CAMEO 162
    ("Libyan authorities suspended military aid", "SANCTION"),
    ("Ankara still refuses to lift the ban on Cypriot ships", "REJECT"),  # 12
    ("Saudi Arabia lifted its blockade of Yemen", "RETREAT"),  # 087 de-escalate
    ("Medecins Sans Frontieres flew over 13 metric tons of medicine", "AID"),  # 07
    ("Hamas had accepted a formula", "AGREE"),
    ("Michel Temer told that there’s a deep concern", None),
    ("Hong Kong's government said it hoped for more talks", None),
]


@pytest.mark.parametrize("needle, plover", DICTIONARY_VERBS)
def test_verbs_learned_from_the_dictionary_give_their_type(nlp, needle, plover):
    events = extract_events(nlp(_conflibert_sentence(needle)))
    assert [e["plover"] for e in events] == ([plover] if plover else [])


def _conflibert_sentence(needle: str) -> str:
    path = need_shared("data/events/conflibert-cameo/cameo_class_train.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(line.rsplit("\t", 1)[0] for line in lines if needle in line)


def _conflibert_codes(nlp, needle: str, triggers: set[str]) -> list[str]:
    """The CAMEO codes the dictionary coder gives the ConfliBERT sentence holding ``needle``,
    for the events whose trigger is one of ``triggers``."""
    events = extract_rule_events(nlp(_conflibert_sentence(needle)))
    return [e["cameo"] for e in events if e["trigger"] in triggers]


# A passive that takes a clause ("X is scheduled to attend"): the clause's verb is the action and
# the passive subject its doer, not its target. (set, record id or words of the sentence, PLOVER
# type, first source, trigger or None); the last two: a side clause's passive subject ("drought",
# "Britain") must not become the source of the sentence's event. The ConfliBERT train split's
# appeal for Zimbabwe, made of no one, is no event since events 82: its "drought" row is the
# appeal made to donors.
PASSIVE_CLAUSES = [
    ("gsr", "VERB_1", "CONSULT", "Obama", "attend"),  # "Obama is scheduled to attend a summit"
    (
        "text",
        "This month, the United Nations launched an international appeal to donors for $234"
        " million in emergency aid for Zimbabwe, where drought is expected to affect a third of"
        " the country's crop.",
        "REQUEST",
        "United Nations",
        None,
    ),
    ("conflibert", "Britain is set to leave", "SUPPORT", "United Kingdom", "agreed"),
]


@pytest.mark.parametrize("where, key, plover, source, trigger", PASSIVE_CLAUSES)
def test_a_passive_with_a_clause_is_done_by_its_subject(nlp, where, key, plover, source, trigger):
    if where == "gsr":
        text = _record_text("petrarch2-gsr-validation/gsr_validation.jsonl", key)
    else:
        text = key if where == "text" else _conflibert_sentence(key)
    (event,) = extract_events(nlp(text))
    assert (event["plover"], event["actors"][:1]) == (plover, [source])
    assert trigger is None or event["trigger"] == trigger


# A strike launched with a weapon or "air", or aimed at a target that is not an organisation,
# is an assault; a hunger strike or a walkout stays a protest. (set, record id or words of the
# sentence, PLOVER type of the event on "launch")
LAUNCHED_STRIKES = [
    ("gsr", "GOLD_0", "ASSAULT"),  # "launched an air strike against an Islamic State target"
    ("conflibert", "Syrian government forces launched air strikes", "ASSAULT"),
    ("conflibert", "Israeli military launched dozens of strikes into", "ASSAULT"),
    ("conflibert", "Activists have launched a hunger strike", "PROTEST"),
]


@pytest.mark.parametrize("where, key, plover", LAUNCHED_STRIKES)
def test_a_launched_strike_is_an_assault_only_when_armed_or_aimed(nlp, where, key, plover):
    if where == "gsr":
        text = _record_text("petrarch2-gsr-validation/gsr_validation.jsonl", key)
    else:
        text = _conflibert_sentence(key)
    launched = [e for e in extract_rule_events(nlp(text)) if e["trigger"].startswith("launch")]
    assert [e["plover"] for e in launched] == [plover]


# A planned act ("will meet") counts as coded for the type decision; a possible or wished one
# ("might want Obama to head back") does not make an event. (record id, PLOVER types, source)
PLANNED_ACTS = [
    ("TEST_11", "CONSULT", "Barack Obama"),  # "Barack Obama and Vladimir Putin will meet"
    ("VERB_5", None, None),  # "The USA tanks might want Obama to head back ..."
]


@pytest.mark.parametrize("record_id, plover, source", PLANNED_ACTS)
def test_a_planned_act_is_coded_as_the_act(nlp, record_id, plover, source):
    text = _record_text("petrarch2-gsr-validation/gsr_validation.jsonl", record_id)
    events = extract_events(nlp(text))
    assert [e["plover"] for e in events] == ([plover] if plover else [])
    assert source is None or source in events[0]["actors"]


# The secondary ConfliBERT line: CAMEO 08 (yield) is material cooperation (2) as in CAMEO's
# quad classes; every other code keeps the class of its PLOVER type. (CAMEO, class, expected)
CAMEO_YIELD = [
    ("080", 1, 2),  # CONCEDE: the FORMAT's verbal cooperation
    ("0841", 1, 2),  # return, release person(s)
    ("087", 2, 2),  # RETREAT: already material
    ("043", 1, 1),  # a meeting stays verbal
    ("190", 4, 4),
    ("180", 4, 4),  # not a prefix match on "8"
]


@pytest.mark.parametrize("cameo, quad, expected", CAMEO_YIELD)
def test_cameo_yield_counts_as_material_cooperation_in_the_secondary_line(cameo, quad, expected):
    from newsdesk_eval.events import cameo_quad

    assert cameo_quad(cameo, quad) == expected


# Source spans (ConfliBERT train split, dev only): the apposition belongs to the actor's span as
# ConfliBERT marks it, a date hung on the subject does not. (words of the sentence, the first
# event's first source span)
SOURCE_SPANS = [
    ("Mohammad Radmanish, an Afghan", "Mohammad Radmanish, an Afghan defence spokesperson"),
    ("A Czech court on Tuesday released", "A Czech court"),
    ("US President Donald Trump on Tuesday lifted", "US President Donald Trump"),
]


@pytest.mark.parametrize("needle, span", SOURCE_SPANS)
def test_a_source_span_keeps_its_apposition_and_drops_its_date(nlp, needle, span):
    text = _conflibert_sentence(needle)
    start, end = extract_events(nlp(text))[0]["source_spans"][0]
    assert text[start:end] == span


# A refused or negated act of cooperation is a rejection (CAMEO 12x by what is refused); an
# act done stays what it is. ConfliBERT train split, dev only. (words of the sentence, PLOVER
# type of the sentence's event, CAMEO code)
REFUSALS = [
    ("will not lift the ban on doing business", "REJECT", "124"),  # CONCEDE refused
    ("Israel will not release prisoners", "REJECT", "124"),
    ("Hungary says it will not accept", "REJECT", "124"),
    ("British Government will not lift the ban", "REJECT", "124"),
    ("The FLA will not release the kidnap victims", "REJECT", "124"),  # nothing else coded
    ("Kazakh oil workers will not end the strike", "REJECT", "124"),
    ("lifted a travel ban imposed on Chadian", "CONCEDE", "081"),  # done: a concession
    ("has lifted parole restrictions", "CONCEDE", "081"),
]


@pytest.mark.parametrize("needle, plover, cameo", REFUSALS)
def test_a_refused_cooperation_is_a_rejection(nlp, needle, plover, cameo):
    (event,) = extract_events(nlp(_conflibert_sentence(needle)))
    assert (event["plover"], event["cameo"], event["negated"]) == (plover, cameo, False)


# "X is willing / ready to V" states X's intent to V (CAMEO 03x), done by X; the last row, a
# withdrawal begun, is done, not an intent. (words of the sentence, PLOVER type, CAMEO code,
# source)
READINESS = [
    ("Pakistan is willing to withdraw its troops", "AGREE", "035", "Pakistan"),
    ("Sudan is willing to withdraw", "AGREE", "035", "Sudan"),
    ("Germany is willing to provide support", "AGREE", "032", "Germany"),
    ("The White House is willing to offer", "AGREE", "0332", "White House"),
    ("Russia has begun withdrawing some of its troops", "RETREAT", "0874", "Russia"),  # done
]


@pytest.mark.parametrize("needle, plover, cameo, source", READINESS)
def test_a_stated_readiness_is_an_intent_of_its_subject(nlp, needle, plover, cameo, source):
    (event,) = extract_events(nlp(_conflibert_sentence(needle)))
    assert (event["plover"], event["cameo"], event["actors"]) == (plover, cameo, [source])


# The copula of a predicate adjective carries the negation and the modal of the act under the
# adjective ("is not willing to withdraw", "would be able to release"); the last rows, the
# copula asserted, keep the act asserted. Sentences written for the rule. (text, trigger,
# negated, modality of the coder's event on the trigger)
PREDICATE_SCOPE = [
    ("Syria is not willing to withdraw its troops from Lebanon.", "withdraw", True, "asserted"),
    ("The army is not ready to attack the town.", "attack", True, "asserted"),
    ("The rebels would be able to release the hostages.", "release", False, "possible"),
    ("The rebels were not able to release the hostages.", "release", True, "asserted"),
    ("Syria is willing to withdraw its troops from Lebanon.", "withdraw", False, "asserted"),
    ("The rebels were able to release the hostages.", "release", False, "asserted"),
]


@pytest.mark.parametrize("text, trigger, negated, modality", PREDICATE_SCOPE)
def test_a_copula_scopes_over_the_act_under_its_adjective(nlp, text, trigger, negated, modality):
    (event,) = [e for e in extract_rule_events(nlp(text)) if e["trigger"] == trigger]
    assert (event["negated"], event["modality"]) == (negated, modality)


def test_a_readiness_refused_is_a_rejection_not_an_intent(nlp):
    (refused,) = extract_events(nlp("Syria is not willing to withdraw its troops from Lebanon."))
    (willing,) = extract_events(nlp("Syria is willing to withdraw its troops from Lebanon."))
    assert (refused["plover"], willing["plover"]) == ("REJECT", "AGREE")


# "A said B must be ready to do X" is A's demand of B (CAMEO 100), as "A said B must do X" is;
# the modal stands on the readiness's copula, not on X's verb. Negative: a readiness reported
# without "must" is B's own intent. Sentences written for the rule. (text, types, CAMEO codes)
READINESS_DEMANDED = [
    (
        "President Joko Widodo said Japan must be ready to mediate between the two Koreas.",
        ["REQUEST"],
        ["100"],
    ),
    (
        "President Joko Widodo said Japan must mediate between the two Koreas.",
        ["REQUEST"],
        ["100"],
    ),
    (
        "President Joko Widodo said Japan is ready to mediate between the two Koreas.",
        ["AGREE"],
        ["036"],
    ),
]


@pytest.mark.parametrize("text, types, codes", READINESS_DEMANDED)
def test_a_readiness_demanded_is_the_speakers_demand(nlp, text, types, codes):
    events = extract_events(nlp(text))
    assert ([e["plover"] for e in events], [e["cameo"] for e in events]) == (types, codes)


def test_a_demand_of_readiness_is_made_of_the_copulas_subject(nlp):
    text = "President Joko Widodo said Japan must be ready to mediate between the two Koreas."
    (event,) = extract_events(nlp(text))
    assert [text[start:end] for start, end in event["target_spans"]] == ["Japan"]
    assert event["targets"] == ["Japan"]


# A dictionary pattern's object may be the compound modifier of the verb's object: "suspended
# aid deliveries" is "suspend + aid" (162); an object the patterns do not name codes nothing.
# ConfliBERT train split, dev only. (words of the sentence, CAMEO codes of "suspended")
PATTERN_COMPOUNDS = [
    ("has suspended aid deliveries in Borno", ["162"]),
    ("suspended aid deliveries to Gaza", ["162"]),
    ("France suspended a 3% digital tax", []),
]


@pytest.mark.parametrize("needle, codes", PATTERN_COMPOUNDS)
def test_a_pattern_object_may_be_the_objects_compound(nlp, needle, codes):
    assert _conflibert_codes(nlp, needle, {"suspended"}) == codes


# A pattern whose object is a phrase holds when the phrase's words modify the object; the bare
# noun's own pattern comes first otherwise: "launched a military operation" is not the LAUNCH
# block's {JOINT &MILITARY OPERATION} (0312) but its OPERATION (190), "launched an attack" not
# its {VERBAL ATTACK} (111), while "send humanitarian aid" is the phrase's 073.
# ConfliBERT train split, dev only. (words of the sentence, trigger, CAMEO code)
PHRASE_PATTERNS = [
    ("launched a strategic offensive military operation", "launched", "190"),
    ("launched a brazen attack", "launched", "190"),
    ("send humanitarian aid to the Gaza Strip", "send", "073"),
]


@pytest.mark.parametrize("needle, trigger, cameo", PHRASE_PATTERNS)
def test_a_phrase_pattern_needs_its_words_before_the_bare_noun(nlp, needle, trigger, cameo):
    assert _conflibert_codes(nlp, needle, {trigger}) == [cameo]


# "A said B must do X" is A's demand of B (CAMEO 10, REQUEST), coded on the reporting verb; an
# obligation nobody states codes no demand. ConfliBERT train split, dev only. (words of the
# sentence, the demand's source or None)
DEMANDS = [
    ("Qatar must mediate with neighbouring Djibouti", "Eritrea"),
    ("Russia says Israel must end attacks", "Russia"),
    ("Bashar Assad said Turkey must mediate", "Bashar Assad"),
    ("United States must continue military aid to Egypt", None),
]


@pytest.mark.parametrize("needle, source", DEMANDS)
def test_a_stated_obligation_of_another_actor_is_a_demand(nlp, needle, source):
    events = extract_rule_events(nlp(_conflibert_sentence(needle)))
    demands = [e["actors"] for e in events if e["cameo"] == "100"]
    assert demands == ([[source]] if source else [])


# A meeting held for a verbal conflict is that conflict: "summoned the ambassador to complain"
# is a complaint (CAMEO 114, ACCUSE) on the summons; a call made to congratulate stays a call,
# and a purpose is never read as an appeal to the person called. ConfliBERT train split, dev
# only. (words of the sentence, PLOVER type, CAMEO code)
MEETING_PURPOSES = [
    ("German officials summoned the Egyptian ambassador", "ACCUSE", "114"),
    ("India has summoned a top US diplomat", "ACCUSE", "114"),
    ("France on Tuesday summoned the Chinese ambassador", "ACCUSE", "114"),
    ("Benjamin Netanyahu called new Australian Prime Minister", "CONSULT", "041"),
]


@pytest.mark.parametrize("needle, plover, cameo", MEETING_PURPOSES)
def test_a_meeting_for_a_complaint_is_the_complaint(nlp, needle, plover, cameo):
    (event,) = extract_events(nlp(_conflibert_sentence(needle)))
    assert (event["plover"], event["cameo"]) == (plover, cameo)


# "Defend" by someone who is not an armed force is a verbal defence (CAMEO 052, SUPPORT), not
# the military protection (074, AID) the dictionary gives the verb; troops defending stay 074.
# (where: ConfliBERT train split words or a seed, the CAMEO code of the "defend" event)
DEFENCES = [
    ("conflibert", "Donald Trump has defended Russia over claims", "052"),
    ("conflibert", "Uribe defended Colombia", "052"),
    ("conflibert", "Vladimir Putin on Thursday defended Russia", "052"),
    ("004", "These Russian paratroopers are defending", "074"),
]


@pytest.mark.parametrize("where, needle, cameo", DEFENCES)
def test_a_defence_is_verbal_unless_an_armed_force_defends(nlp, where, needle, cameo):
    text = _conflibert_sentence(needle) if where == "conflibert" else _seed_sentence(where, needle)
    events = extract_rule_events(nlp(text))
    assert [e["cameo"] for e in events if e["trigger"].startswith("defend")] == [cameo]


# A verb of lessening with aid, supplies or funding as its object reduces or stops aid (CAMEO
# 162, SANCTION), as the dictionary codes "cut / halt / freeze aid"; lessening something else
# codes no sanction. ConfliBERT train split, dev only. (words of the sentence, CAMEO codes of
# the lessening verb)
AID_CUTS = [
    ("China have reduced humanitarian aid to Tajikistan", ["162"]),
    ("Turkey has suspended food supplies", ["162"]),
    ("The British government has now reduced the humanitarian aid", ["162"]),
    ("U.S. reduced tariffs on", []),
]


@pytest.mark.parametrize("needle, codes", AID_CUTS)
def test_reducing_aid_is_a_sanction(nlp, needle, codes):
    assert _conflibert_codes(nlp, needle, {"reduced", "suspended"}) == codes


# A verb of lessening the dictionary lacks ("lower", "decrease") reads its own code as none:
# asking for it stopped the whole sentence with a KeyError. Sentences written for the test.
UNLISTED_LESSENINGS = [
    ("The government lowered aid to Liberia.", "lowered"),
    ("The council decreased assistance to farmers.", "decreased"),
]


@pytest.mark.parametrize("text, trigger", UNLISTED_LESSENINGS)
def test_a_lessening_the_dictionary_lacks_is_a_cut_in_aid(nlp, text, trigger):
    events = extract_events(nlp(text))
    assert [(e["trigger"], e["cameo"], e["plover"]) for e in events] == [(trigger, "162", "SANCTION")]


# Forces kept on alert show military posture (CAMEO 152, MOBILIZE) whatever the verb, as the
# dictionary codes "put / place ... on alert"; remaining in another state codes nothing.
# (where: ConfliBERT train split words or a seed, the CAMEO codes of "remained")
ALERTS = [
    ("conflibert", "Cambodian troops remained on alert", ["152"]),
    ("conflibert", "Philippine soldiers remained on alert", ["152"]),
    ("001", "China remained muted about the unrest", []),
]


@pytest.mark.parametrize("where, needle, codes", ALERTS)
def test_forces_on_alert_mobilize(nlp, where, needle, codes):
    text = _conflibert_sentence(needle) if where == "conflibert" else _seed_sentence(where, needle)
    events = extract_rule_events(nlp(text))
    assert [e["cameo"] for e in events if e["trigger"] == "remained"] == codes


GSR = "petrarch2-gsr-validation/gsr_validation.jsonl"
NEWS_BODIES = "data/extraction/scrapinghub-article-extraction-benchmark/ground-truth.json"


def _news_sentence(needle: str) -> str:
    """The line of a Scrapinghub benchmark article body (MIT, real news) that holds ``needle``,
    cut to its sentence."""
    bodies = json.loads(need_shared(NEWS_BODIES).read_text(encoding="utf-8")).values()
    line = next(line for body in bodies for line in body["articleBody"].splitlines() if needle in line)
    start = line.rfind(". ", 0, line.index(needle)) + 1
    end = line.find(". ", line.index(needle))
    return line[start : end + 1 if end > 0 else len(line)].strip()


# A sentence whose main act the dictionary codes as a public statement (CAMEO 01: condolences,
# appreciation, concern, declining to comment) reports no event; "declined to comment" is the
# dictionary's *decline + comment* (011), as "declined comment" would be. The last rows: a
# statement verb with a coded act under it keeps that act. (where, record id or words of the
# sentence, PLOVER types)
STATEMENTS = [
    ("gsr", "TEST_09", []),  # "President obama expressed sorrow for the horrific shootings"
    ("gsr", "VERB_2", []),  # "The government expressed appreciation for China's assistance."
    ("news", "WeWork declined to comment on the report", []),
    ("news", "An Alibaba spokesperson declined to comment", []),
    ("news", "Both companies declined to comment", []),
    ("gsr", "SYRIA_0", ["ASSAULT"]),  # "Insurgents bombarded ..., Syrian state media reported"
    ("gsr", "NEST_8", ["ACCUSE"]),  # "The US said that Iraq had attacked themselves"
]


@pytest.mark.parametrize("where, key, plovers", STATEMENTS)
def test_a_statement_as_the_main_act_is_no_event(nlp, where, key, plovers):
    gsr = where == "gsr"
    text = _record_text(GSR, key) if gsr else _news_sentence(key)
    assert [e["plover"] for e in extract_events(nlp(text))] == plovers


# A main act the dictionary coder codes as a statement by the clause it embeds is a statement
# too: actors who claim that they themselves attacked claim responsibility (CAMEO 015), which
# reports no event; a claim that others attacked is an accusation (112), and the attack told
# plainly is the attack. (sentence, PLOVER types)
CLAIMS = [
    ("The rebels claimed that they had attacked the army base.", []),
    ("The militants claimed that they had bombed the bridge near the border.", []),
    ("The army claimed that it had captured the town.", []),
    ("The government claimed that the rebels had attacked the army base.", ["ACCUSE"]),
    ("The rebels attacked the army base.", ["ASSAULT"]),
    ("The minister expressed concern over the fighting.", []),
]


@pytest.mark.parametrize("text, plovers", CLAIMS)
def test_a_claim_of_ones_own_attack_is_a_statement(nlp, text, plovers):
    assert [e["plover"] for e in extract_events(nlp(text))] == plovers


# A passive that leaves its doer unnamed reports an act all the same: the event stands with
# no actor; with no passive and no actor nobody does anything. (sentence, PLOVER types)
AGENTLESS_PASSIVES = [
    ("Hundreds of political prisoners have been released in the capital over the last few days.",
     ["RETREAT"]),
    ("At least 20 people were killed when a car bomb struck a bus in the city.", ["ASSAULT"]),
    ("The meeting was held in Geneva.", []),
    ("The bridge was built in 1990.", []),
    ("Trade between the two countries was worth 21 billion dollars.", []),
]


@pytest.mark.parametrize("text, plovers", AGENTLESS_PASSIVES)
def test_an_agentless_passive_is_an_act_with_no_actor_named(nlp, text, plovers):
    events = extract_events(nlp(text))
    assert [e["plover"] for e in events] == plovers
    assert all(e["actors"] == [] for e in events)


# A planned act under the verb the coder codes as the intent to do it ("said it would
# allow": 033; "said they would blockade": 138) is the intent, and the act, not done, is no
# coded type beside it; a plan told plainly is the act, as CAMEO codes it. (sentence, types)
STATED_INTENTS = [
    ("The government said it would allow aid workers into the region.", ["AGREE"]),
    ("Farmers said they would blockade the capital on Monday.", ["THREATEN"]),
    ("The leaders of Russia and China will meet in Beijing next week.", ["CONSULT"]),
    ("The rebels released the hostages on Monday.", ["RETREAT"]),
]


@pytest.mark.parametrize("text, plovers", STATED_INTENTS)
def test_a_stated_intent_is_coded_not_the_act_it_plans(nlp, text, plovers):
    assert [e["plover"] for e in extract_events(nlp(text))] == plovers


# An intended act of sanction, reduced aid or repression is the codebook's threat of that act
# (CAMEO 13 mirrors 16 and 17 code by code), as an intended attack is 138: "said it will
# impose sanctions" is 1312, not sanctions imposed (163); the act told as done keeps its code.
# (sentence, type, CAMEO code of the first event)
STATED_THREATS = [
    ("The government said it will impose sanctions on Iran.", "THREATEN", "1312"),
    ("The government said it would cut aid to the rebels.", "THREATEN", "1311"),
    ("The army said it will arrest the protest leaders.", "THREATEN", "137"),
    ("The government imposed sanctions on Iran.", "SANCTION", "163"),
    ("The army arrested the protest leaders.", "COERCE", "173"),
]


@pytest.mark.parametrize("text, plover, cameo", STATED_THREATS)
def test_an_intended_sanction_or_repression_is_the_threat_of_it(nlp, text, plover, cameo):
    event = extract_events(nlp(text))[0]
    assert (event["plover"], event["cameo"]) == (plover, cameo)


def test_an_intended_curfew_is_the_codebooks_threat_of_a_curfew(nlp):
    doc = nlp("The authorities said they will impose a curfew in the city.")
    codes = {event["trigger"]: event["cameo"] for event in extract_rule_events(doc)}
    assert codes == {"said": "1323", "impose": "1723"}  # the curfew itself planned, not done


def test_declining_to_comment_is_the_dictionarys_statement_code(nlp):
    doc = nlp(_news_sentence("WeWork declined to comment on the report"))
    (declined,) = [t for t in doc if t.lower_ == "declined"]
    assert verb_code(declined) == ("decline", "011")


# The dictionary's patterns that name only a preposition ("CALL (ON)", "CALL (FOR)": an
# appeal, 020) hold for a verb with no object of its own; "called for a boycott" is an appeal,
# not the block's phone call (041). (where, record id, trigger, CAMEO code)
PREPOSITION_PATTERNS = [
    ("unit", "COMPOUND-31", "called", "020"),  # "Eriador has called for a boycott against ..."
    ("unit", "PATTERN-19", "called", "020"),  # "... called on Gondor late Sunday to be allowed"
    ("gsr", "GOLD_2", "met", "040"),  # "met with Syrian President Bashar Assad Tuesday"
]


@pytest.mark.parametrize("where, key, trigger, cameo", PREPOSITION_PATTERNS)
def test_a_pattern_with_only_a_preposition_codes_the_verb(nlp, where, key, trigger, cameo):
    dataset = {"unit": "petrarch2-unit-tests/unit_tests.jsonl", "gsr": GSR}[where]
    (verb,) = [t for t in nlp(_record_text(dataset, key)) if t.text == trigger]
    assert verb_code(verb)[1] == cameo


# A particle is the verb's own, not a preposition that says where or when: the dictionary's
# "CALL (ON)" (020, an appeal) holds where the parse makes "on" the particle of "called",
# with an object after it or not; "on" with a day after an object stays a preposition of
# time, and the block's phone call (041) is the code. (text, CAMEO code of "called")
PARTICLE_PATTERNS = [
    ("Church leaders called on community members to stay at home.", "020"),
    ("The opposition had called on party members across the region to vote against the budget.", "020"),
    ("The president called the prime minister on Tuesday.", "041"),
    ("The minister called the ambassador on Friday to discuss the crisis.", "041"),
]


@pytest.mark.parametrize("text, cameo", PARTICLE_PATTERNS)
def test_a_pattern_with_only_a_preposition_holds_on_the_verbs_particle(nlp, text, cameo):
    doc = nlp(text)
    (called,) = [t for t in doc if t.text == "called"]
    particles = [c.lower_ for c in called.children if c.dep_ == "prt"]
    assert particles == (["on"] if cameo == "020" else [])  # the parse this reading is for
    assert verb_code(called)[1] == cameo


# A phone call's clause says what the call was for, not what the one called is asked to do:
# "called Erdogan to apologize" is the caller's call (041); "asked NATO to help" stays an
# appeal (023). ConfliBERT train split, dev only. (words of the sentence, trigger, CAMEO code)
CALL_PURPOSES = [
    ("Jens Stoltenberg called Erdogan to apologize", "called", "041"),
    ("Rex Tillerson called Russian Foreign Minister Sergey Lavrov to discuss", "called", "041"),
    ("Greece has asked NATO to help patrol", "asked", "023"),
]


@pytest.mark.parametrize("needle, trigger, cameo", CALL_PURPOSES)
def test_a_phone_calls_clause_is_its_purpose_not_an_appeal(nlp, needle, trigger, cameo):
    assert _conflibert_codes(nlp, needle, {trigger}) == [cameo]


# An apposition names the actor a common noun stands for ("The group al-Nusra Front"), so the
# dictionary coder finds its source. ConfliBERT train split, dev only. (words of the sentence,
# trigger, the coder's source names)
APPOSITIONS = [
    ("The group al-Nusra Front will not release the soldiers", "release", ["al-Nusra Front"]),
    ("The then president, Goodluck Jonathan, had rejected", "rejected", ["Goodluck Jonathan"]),
]


@pytest.mark.parametrize("needle, trigger, actors", APPOSITIONS)
def test_an_apposition_names_the_source(nlp, needle, trigger, actors):
    events = extract_rule_events(nlp(_conflibert_sentence(needle)))
    assert [e["actors"] for e in events if e["trigger"] == trigger] == [actors]


# A surrender by an armed force or rebels is a military surrender (CAMEO 0874, RETREAT); one by
# anyone else keeps the dictionary's yield (080, CONCEDE). ConfliBERT train split, dev only.
# (words of the sentence, CAMEO code, PLOVER type)
SURRENDERS = [
    ("Twenty New People's Army (NPA) rebels surrendered", "0874", "RETREAT"),
    ("A prominent Venezuelan opposition leader surrendered", "080", "CONCEDE"),
]


@pytest.mark.parametrize("needle, cameo, plover", SURRENDERS)
def test_a_surrender_by_fighters_is_a_retreat(nlp, needle, cameo, plover):
    events = extract_rule_events(nlp(_conflibert_sentence(needle)))
    assert [(e["cameo"], e["plover"]) for e in events if e["trigger"] == "surrendered"] == [(cameo, plover)]


# Who surrenders or defends is the subject's head with its compounds, adjectives and
# apposition, not every word under it: an ally of rebels, a lawyer for soldiers or a critic of
# the police is no armed force. (sentence, trigger, CAMEO code)
SUBJECT_ROLES = [
    (
        "Filipino politician Juan Cruz, an ally of NPA rebels, surrendered to police on Monday.",
        "surrendered",
        "080",
    ),
    ("Rebel commander Juan Cruz surrendered to police on Monday.", "surrendered", "0874"),
    ("Juan Cruz, a lawyer for the rebel soldiers, defended the ruling on Monday.", "defended", "052"),
    ("Senator Juan Cruz, a critic of the police, defended the ruling.", "defended", "052"),
]


@pytest.mark.parametrize("text, trigger, cameo", SUBJECT_ROLES)
def test_the_subjects_own_role_decides_a_military_act(nlp, text, trigger, cameo):
    events = extract_rule_events(nlp(text))
    assert [e["cameo"] for e in events if e["trigger"] == trigger] == [cameo]


# Releases, returns and military surrenders are coded RETREAT by the whole coder (the model
# was retrained on labels with the RETREAT codes: it typed "returned two paintings" CONCEDE
# before); lifting a ban stays a concession. (set, record id or words of the sentence, PLOVER
# types of the sentence's events)
RETREAT_SENTENCES = [
    ("gsr", "PREP_0", ["RETREAT"]),  # "The civilians imprisoned ... were released ... by Putin"
    ("gsr", "AFP0808020857_1", ["RETREAT"]),  # "Israel on Wednesday released the mayor of ..."
    ("conflibert", "A Czech court on Tuesday released Syrian Kurdish leader", ["RETREAT"]),
    ("conflibert", "The United States returned two paintings", ["RETREAT"]),
    ("conflibert", "Twenty New People's Army (NPA) rebels surrendered", ["RETREAT"]),
    ("conflibert", "lifted a travel ban imposed on Chadian", ["CONCEDE"]),
]


@pytest.mark.parametrize("where, key, plovers", RETREAT_SENTENCES)
def test_releases_returns_and_surrenders_are_coded_as_retreats(nlp, where, key, plovers):
    text = _record_text(GSR, key) if where == "gsr" else _conflibert_sentence(key)
    assert [e["plover"] for e in extract_events(nlp(text))] == plovers


def test_the_tuning_script_reads_the_coder_through_its_public_names(nlp):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from tune_events import sentence_facts

    text = "The United States will supply arms to Israel."
    facts = sentence_facts(nlp(text))
    assert len(facts) == 1 and "AID" in facts[0]["coded"], facts
    assert facts[0]["events"]["AID"]["actors"] == ["United States"], facts[0]["events"]["AID"]


def test_the_misses_script_names_the_decision_that_lost_a_gold_sentence(nlp):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from event_misses import cause_of
    from newsdesk.events.classify import load_model
    from tune_events import sentence_facts, shipped_values

    facts = sentence_facts(nlp("The United States will supply arms to Israel."))
    probabilities = load_model().probabilities([f["features"] for f in facts])
    sentences = list(zip(facts, probabilities))
    assert cause_of("gsr", {"AID"}, sentences, shipped_values()) is None
    assert cause_of("gsr", {"PROTEST"}, sentences, shipped_values()).startswith("wrong type")
    assert cause_of("conflibert", {4}, sentences, shipped_values()).startswith("wrong type")


def test_the_misses_script_names_where_the_loss_of_a_gold_sentence_starts(nlp):
    """Plain sentences: a main verb the dictionary does not code ("planted"),
    a coded act under a modal ("could attack"), and a coded act typed otherwise."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from event_misses import SOURCES, source_of
    from newsdesk.events.classify import load_model
    from tune_events import sentence_facts

    def sentences(text):
        facts = sentence_facts(nlp(text))
        return list(zip(facts, load_model().probabilities([f["features"] for f in facts])))

    helped = sentences("The farmers planted trees along the river.")
    assert helped[0][0]["verb"] == {"code": None, "modality": "asserted", "negated": False,
                                    "lemma": "plant", "kind": "in the dictionary"}
    assert source_of("conflibert", {2}, "no event: threshold, nothing coded", helped) == SOURCES[0]
    could = sentences("The rebels could attack the army base.")
    assert could[0][0]["verb"]["code"] and could[0][0]["verb"]["modality"] == "possible"
    assert source_of("conflibert", {4}, "no event: threshold, coded", could) == SOURCES[2]
    attack = sentences("The rebels attacked the army base.")
    assert source_of("conflibert", {1}, "wrong type: coder bonus", attack) == SOURCES[4]
    assert source_of("conflibert", {4}, "wrong type: coded lost", attack) == SOURCES[6]


def test_the_misses_script_sorts_the_main_verbs_the_dictionary_does_not_code(nlp):
    """Plain sentences: a copula, a verb the derived dictionary lacks ("chatted"), one it has
    whose block codes nothing here ("rose"), and a coded verb, which is in it too."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from tune_events import sentence_facts

    def verb(text):
        return sentence_facts(nlp(text))[0]["verb"]

    assert verb("The ministers were angry about the vote.")["kind"] == "a copula"
    chatted = verb("The villagers chatted about the weather.")
    assert (chatted["code"], chatted["lemma"], chatted["kind"]) == (None, "chat", "not in the dictionary")
    rose = verb("The prices rose in March.")
    assert (rose["code"], rose["kind"]) == (None, "in the dictionary")
    attacked = verb("The rebels attacked the army base.")
    assert attacked["code"] and attacked["kind"] == "in the dictionary"


def test_the_misses_script_names_what_gave_an_event_to_a_sentence_without_one(nlp):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from event_misses import confusion, false_cause
    from newsdesk.events.classify import load_model
    from tune_events import sentence_facts, shipped_values

    def sentences(text):
        facts = sentence_facts(nlp(text))
        return list(zip(facts, load_model().probabilities([f["features"] for f in facts])))

    attack = sentences("The rebels attacked the army base.")
    claim = sentences("The rebels claimed that they had attacked the army base.")
    assert false_cause(attack, shipped_values()) == "coded on the main verb"
    assert false_cause(claim, shipped_values()) is None
    assert confusion("gsr", {"PROTEST"}, attack, shipped_values()) == "PROTEST -> ASSAULT"
    assert confusion("gsr", {"ASSAULT"}, attack, shipped_values()) is None


def test_the_tuning_cache_is_read_back_only_by_the_events_version_that_kept_it(nlp, tmp_path):
    """A cache of the dev sets' facts kept by another version of the coder (or before the
    version was kept with it) would score that version's findings: it is parsed again."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from newsdesk.events import EventsAnalyser
    from tune_events import read_cache, sentence_facts, write_cache

    text = "The rebels claimed that they had attacked the army base."
    parsed = {"gsr": [{"item": {"text": text}, "sentences": sentence_facts(nlp(text))}]}
    path = tmp_path / "dev.json"
    assert read_cache(path) is None
    write_cache(path, parsed)
    assert read_cache(path) == parsed
    path.write_text(json.dumps(parsed), encoding="utf-8")  # kept with no version
    assert read_cache(path) is None
    older = {"events_version": EventsAnalyser.version - 1, "sets": parsed}
    path.write_text(json.dumps(older), encoding="utf-8")
    assert read_cache(path) is None


# A copula whose predicate lays an act on its subject: the act noun or gerund under it is the
# sentence's act, done by the copula's subject; a negated or hedged copula, or an adjective
# of judging that names no doer, lays nothing on anyone. (sentence, types, actors)
BLAMED_ACTS = [
    ("Hamas was responsible for the attack on the convoy.", ["ASSAULT"], ["Hamas"]),
    ("Hezbollah has been guilty of attacking civilians.", ["ASSAULT"], ["Hezbollah"]),
    ("Officials said the Taliban were responsible for the kidnapping of two aid workers.",
     ["ASSAULT"], ["Taliban"]),
    ("Hamas was not responsible for the attack on the convoy.", [], []),
    ("Hamas may be responsible for the attack on the convoy.", [], []),
    ("Hamas was critical of the attack on the convoy.", [], []),
    ("Hamas is opposed to the bombing of the bus station.", [], []),
]


@pytest.mark.parametrize("text, plovers, actors", BLAMED_ACTS)
def test_a_copula_that_lays_an_act_on_its_subject_codes_that_act(nlp, text, plovers, actors):
    events = extract_events(nlp(text))
    assert [e["plover"] for e in events] == plovers
    assert [name for e in events for name in e["actors"]] == actors


def test_the_predicates_of_blame_are_read_from_the_dictionarys_accusations():
    from newsdesk.events.blame import blame_adjectives

    assert {"responsible", "guilty"} <= blame_adjectives()
    assert not {"critical", "opposed", "aware"} & blame_adjectives()


# An act noun that a public statement announces as its object is the sentence's act, done by
# the statement's subject; a verb of perceiving names what its subject witnesses, and an
# object that is no act announces none. (sentence, types, actors)
ANNOUNCED_ACTS = [
    ("Kenya announced the deployment of 500 police officers to Haiti.", ["AID"], ["Kenya"]),
    ("Nigeria announced the withdrawal of its peacekeepers from Mali.", ["RETREAT"], ["Nigeria"]),
    ("Kenya announced its new budget on Tuesday.", [], []),
    ("Athens saw more protests on Sunday.", [], []),
    ("Residents of Gaza witnessed fierce clashes overnight.", [], []),
]


@pytest.mark.parametrize("text, plovers, actors", ANNOUNCED_ACTS)
def test_an_act_a_statement_announces_is_the_sentences_act(nlp, text, plovers, actors):
    events = extract_events(nlp(text))
    assert [e["plover"] for e in events] == plovers
    assert [name for e in events for name in e["actors"]] == actors


# "mass killing" is the act noun of the CAMEO codebook's 202 "Engage in mass killings", as
# "massacre" is; a killing alone names no category. Sentences written for the rule. (text,
# the coder's code of "killings" / "killing", or None for no noun event)
MASS_KILLINGS = [
    ("The militia has been responsible for mass killings in the province.", "202"),
    ("Observers documented the mass killings of villagers by the militia.", "202"),
    ("Observers documented the killings of villagers by the militia.", None),
]


@pytest.mark.parametrize("text, code", MASS_KILLINGS)
def test_a_mass_killing_is_the_codebooks_mass_killing(nlp, text, code):
    doc = nlp(text)
    (token,) = [t for t in doc if t.lemma_.lower() == "killing"]
    assert (noun_code(token) or (None, None))[1] == code


def test_a_copula_lays_a_mass_killing_on_its_subject(nlp):
    (event,) = extract_events(nlp("The militia has been responsible for mass killings in the province."))
    assert (event["plover"], event["cameo"], event["trigger"]) == ("ASSAULT", "202", "killings")


# A verb of deciding whose clause is a material act the dictionary codes reports that act,
# done by the one who decides, and the decision is no event of its own; a decision not
# asserted or negated, or of a verbal act, is read by the verb as before. Sentences written
# for the rule. (text, (trigger, CAMEO code, type) of each event)
DECIDED_ACTS = [
    ("Japan decided to lift its sanctions on Iran.", [("lift", "085", "RETREAT")]),
    ("The council voted to impose sanctions on Iran.", [("impose", "163", "SANCTION")]),
    ("The government decided to withdraw its troops.", [("withdraw", "0874", "RETREAT")]),
    ("Japan decided not to lift its sanctions on Iran.", [("lift", "124", "REJECT")]),
    ("The government did not decide to lift its sanctions on Iran.", [("decide", "120", "REJECT")]),
    ("Japan will decide whether to lift its sanctions.", [("decide", "035", "AGREE")]),
    ("Japan decided to hold talks with Iran.", [("decided", "036", "AGREE")]),
]


@pytest.mark.parametrize("text, expected", DECIDED_ACTS)
def test_an_act_decided_is_the_act_not_an_intent(nlp, text, expected):
    events = extract_events(nlp(text))
    assert [(e["trigger"], e["cameo"], e["plover"]) for e in events] == expected


def test_the_act_decided_is_done_by_the_one_who_decides(nlp):
    (event,) = extract_events(nlp("Japan decided to lift its sanctions on Iran."))
    assert (event["trigger"], event["actors"], event["modality"], event["negated"]) == (
        "lift", ["Japan"], "asserted", False
    )


def test_the_verbs_of_deciding_are_the_dictionarys_block_of_decide(nlp):
    doc = nlp("The council voted to impose sanctions, chose to wait and picked a chair.")
    assert [t.lower_ for t in doc if deciding(t)] == ["voted", "chose", "picked"]


def test_the_material_roots_are_cameos_quad_split():
    """Material acts are CAMEO 06-08 and 14-20, though PLOVER's quad classes put CONCEDE (08)
    and SANCTION (16) among the verbal ones."""
    assert {f"{root:02d}" for root in (*range(6, 9), *range(14, 21))} == MATERIAL_ROOTS


@pytest.mark.parametrize("text", [
    "In the event that Moscow decides to invade a neighbour, NATO would respond.",
    "Whether the US decides to strike the town will depend on the rebels.",
])
def test_a_decision_in_a_clause_of_condition_reports_no_act_done(nlp, text):
    events = extract_events(nlp(text))
    assert not [e for e in events if e["plover"] == "ASSAULT" and e["modality"] == "asserted"]


# A yield (CAMEO 08) is CONCEDE or RETREAT by its code: of the two, the type the dictionary
# codes on the main act is kept whatever the classifier prefers; another type, or a yield
# coded on no main act, stays as the classifier chose it.
@pytest.mark.parametrize(
    "main, expected",
    [
        ({"RETREAT"}, ["RETREAT"]),
        ({"CONCEDE"}, ["CONCEDE"]),
        (set(), ["CONCEDE"]),
    ],
)
def test_the_yield_coded_on_the_main_act_decides_concede_or_retreat(main, expected):
    probabilities = {NO_EVENT: 0.05, "CONCEDE": 0.8, "RETREAT": 0.1, "AGREE": 0.05}
    assert best_types(probabilities, {"RETREAT", "CONCEDE"}, main=main, **_CHOICE) == expected


# Persons freed are released (0841, RETREAT) and a resignation is a change in leadership
# (0831, RETREAT: PLOVER's mode "resign"); a thing freed or a resignation in protest keeps
# the dictionary's pattern, and lifted sanctions are eased, 085, RETREAT as PLOVER's CAMEO table
# has it (a concession before events 101). Sentences written for the
# rule. (text, (CAMEO code, PLOVER type) of each event)
YIELDS = [
    ("The rebels declared a ceasefire on Sunday.", [("0871", "RETREAT")]),
    ("A court in the capital freed the jailed journalist on Monday.", [("0841", "RETREAT")]),
    ("The junta freed opposition leader Maria Lopez.", [("0841", "RETREAT")]),
    ("The prime minister resigned on Friday.", [("0831", "RETREAT")]),
    ("The government freed funds for the project.", [("085", "RETREAT")]),
    ("The minister resigned in protest.", [("140", "PROTEST")]),
    ("Japan lifted its sanctions on Iran.", [("085", "RETREAT")]),
]


@pytest.mark.parametrize("text, expected", YIELDS)
def test_releases_of_persons_and_resignations_are_retreats(nlp, text, expected):
    events = extract_events(nlp(text))
    assert [(e["cameo"], e["plover"]) for e in events] == expected


# An act weighed is not done: a verb of the dictionary's blocks of *consider* or *examine*
# whose object is its own act (a gerund or infinitive, or a noun whose complement is one) is
# the codebook's 014 "Consider policy option", a statement, and the sentence reports no event
# (the block's bare codes were a consultation, 040, and an investigation, 090). An inquiry
# into another's act, a judgement in the passive and the act itself keep theirs. Sentences
# written for the rule. (text, root's code, (PLOVER type, trigger) of each event)
CONSIDERED = [
    ("Japan is considering sending aid to North Korea.", "014", []),
    ("The cabinet weighed whether to send troops to Mali.", "014", []),
    ("The ministry is exploring the possibility of switching to solar power.", "014", []),
    ("The army is considering an offensive against the rebels.", "014", []),
    ("Officials are studying ways to cut aid to the region.", "014", []),
    ("The EU is exploring the possibility of naval patrols off Libya.", "014", []),
    ("The government is studying options for a military response.", "014", []),
    ("Investigators are examining the possibility that the plane was shot down.", "090", []),
    ("The UN examined the attack on the convoy.", "090", [("ACCUSE", "examined")]),
    ("He is considered to be a threat by Russia.", "040", []),
    ("Japan sent aid to North Korea.", "070", [("AID", "sent")]),
]


@pytest.mark.parametrize("text, code, expected", CONSIDERED)
def test_an_act_weighed_is_a_policy_option_considered_not_an_event(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [(e["plover"], e["trigger"]) for e in extract_events(doc)] == expected


# "A said B must (should) do X" is A's demand of B (100) whether or not the dictionary codes
# X: a clause of obligation is no act done, so the statement is the demand. A demand of
# oneself and a clause with no actor as subject are none. Sentences written for the rule.
# (text, the demands given as (CAMEO code, trigger, targets))
UNCODED_DEMANDS = [
    (
        "The Japanese foreign minister repeated that North Korea must hand over the abductees.",
        [("100", "repeated", ["North Korea"])],
    ),
    (
        "Germany said on Monday that Russia should do more for peace.",
        [("100", "said", ["Russia"])],
    ),
    ("Germany said on Monday that we must act now.", []),
    ("Germany said on Monday that the economy should grow.", []),
]


@pytest.mark.parametrize("text, expected", UNCODED_DEMANDS)
def test_an_obligation_stated_of_another_is_a_demand_coded_or_not(nlp, text, expected):
    events = extract_events(nlp(text))
    demands = [e for e in events if e["plover"] == "REQUEST"]
    assert [(e["cameo"], e["trigger"], e["targets"]) for e in demands] == expected


# Agreeing that something is so is the codebook's 019 "Express accord", a statement, and no
# event, and so is agreeing with a view (a thing that names no one, or an actor's clause held
# true, which the parse may hang on the actor's name); an agreement to act (an infinitive, a truce agreed to, a clause planned) keeps its
# code. Sentences written for the rule. (text, root's code, PLOVER types given)
ACCORDS = [
    ("The two presidents agreed there was an urgent need for reform.", "019", []),
    ("The government agreed with the Senate that the law should change.", "019", []),
    ("Israel and Hamas agreed that the truce would start on Monday.", "050", ["SUPPORT"]),
    ("Armenia and Azerbaijan have agreed to a ceasefire.", "0356", ["AGREE"]),
    ("Russia agreed with China.", "030", ["AGREE"]),
    ("The health officials agree with the recommendation of the panel.", "019", []),
    ("Officials in Ohio agree with the league that the coach broke its rules.", "019", []),
    ("Germany agreed with France on a new budget.", "030", ["AGREE"]),
]


@pytest.mark.parametrize("text, code, expected", ACCORDS)
def test_agreeing_that_something_is_so_is_an_accord_not_an_event(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# An act a verb of asking asks of another (its verb complement, its clause, its "for" or "on",
# its object but a call's) is asked for, not done: intended, and no coded type of the
# sentence, which is the appeal. An act forced, done, or a meeting called keeps its modality.
# Sentences written for the rule. (text, the act's trigger, its modality, whether its type
# is coded in the sentence)
ASKED_ACTS = [
    ("Egypt urged Israel to lift the blockade of Gaza.", "lift", "intended", False),
    ("Iran demanded that the United States lift its sanctions.", "lift", "intended", False),
    ("Mali asked the rebels to end their blockade of the city.", "end", "intended", False),
    ("Chad called for the withdrawal of French troops.", "withdrawal", "intended", False),
    ("Hamas called for Palestinians to join the protest.", "join", "intended", False),
    ("Israel lifted the blockade of Gaza.", "lifted", "asserted", True),
    ("The army forced the rebels to withdraw from the town.", "withdraw", "asserted", True),
    ("France called an emergency meeting of the Security Council.", "meeting", "asserted", True),
]


@pytest.mark.parametrize("text, trigger, modality, coded", ASKED_ACTS)
def test_an_act_asked_of_another_is_intended_not_done(nlp, text, trigger, modality, coded):
    doc = nlp(text)
    found = [refusal(e) for e in extract_rule_events(doc)]
    event = next(e for e in found if e["trigger"] == trigger)
    assert event["modality"] == modality
    assert (event["plover"] in coded_types(doc[:], found)[0]) is coded


# A verb of asking whose act the dictionary does not code ("urge" is in no block) reports an
# appeal or nothing: the classifier's other types read the act asked for, which nobody did,
# and are not built on the asking verb. The act itself, done, keeps its type. Sentences
# written for the rule. (text, (PLOVER type, trigger) of the events given)
APPEALS_UNCODED = [
    ("Japan urged China to resume talks on the islands.", []),
    ("Kenya urged Uganda to reopen its border with South Sudan.", [("REQUEST", "urged")]),
    ("Canada urged Peru to release the jailed journalists.", [("REQUEST", "urged")]),
    ("Japan resumed talks with China on the islands.", [("CONSULT", "resumed")]),
    ("Uganda reopened its border with South Sudan.", [("CONCEDE", "reopened")]),
]


@pytest.mark.parametrize("text, expected", APPEALS_UNCODED)
def test_a_verb_of_asking_gives_an_appeal_or_nothing(nlp, text, expected):
    assert [(e["plover"], e["trigger"]) for e in extract_events(nlp(text))] == expected


# Sympathy sent is the codebook's 018 "Make empathetic comment", a statement, and no event:
# a verb coded as a consultation or not at all whose object is a word of sympathy or a
# message that names one. A message that names none, and a verb with a code of its own,
# keep theirs. Sentences written for the rule. (text, the main verb's code, PLOVER types)
SYMPATHY_SENT = [
    ("Japan sent a condolence message to the government of Chile.", "018", []),
    ("The king sent a letter of sympathy to the people of Nepal.", "018", []),
    ("Peru sent its deepest sympathy to the families in Ecuador.", "018", []),
    ("Japan sent a message to the government of Chile.", "040", ["CONSULT"]),
    ("Japan sent troops to the border with Chile.", "062", ["MOBILIZE"]),
]


@pytest.mark.parametrize("text, code, expected", SYMPATHY_SENT)
def test_sympathy_sent_is_an_empathetic_comment_not_an_event(nlp, text, code, expected):
    doc = nlp(text)
    assert (verb_event_code(doc[:].root) or ("", ""))[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A demand made of no one is no CAMEO 10 event: a verb left at its block's bare demand that
# presses "for" a thing, naming no one it asks (no object, no actor in the phrase or the
# clause's subject), states its source's position, 010. A demand of someone named, in an
# object, a clause or the phrase, stays a demand. Sentences written for the rule. (text,
# root's code, PLOVER types given)
UNADDRESSED_DEMANDS = [
    ("The senator pushed for stricter gun laws.", "010", []),
    ("The mayor pushed for new elections.", "010", []),
    ("The governor pressed for the law to be repealed.", "010", []),
    ("The senator pushed for Congress to pass the bill.", "100", ["REQUEST"]),
    ("Germany pushed Greece to accept the reforms.", "100", ["REQUEST"]),
    ("Japan pushed for a settlement between Russia and Ukraine.", "100", ["REQUEST"]),
    ("The senator pushed for the Affordable Care Act to be repealed.", "010", []),
    ("The union pushed for an end to the government's wage freeze.", "100", ["REQUEST"]),
]


@pytest.mark.parametrize("text, code, expected", UNADDRESSED_DEMANDS)
def test_a_demand_made_of_no_one_is_a_statement_not_an_event(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# An appeal made of no one is no CAMEO 02 event either: a verb the dictionary codes as an
# appeal (its block or a pattern: "called for" 020) whose only complement is a "for" phrase
# or clause naming no one states what its source wants, 010. An appeal to someone ("to", "on"
# whoever they are, a pronoun asked to act) or for an act of someone named stays an appeal.
# Sentences written for the rule. (text, root's code, PLOVER types given)
UNADDRESSED_APPEALS = [
    ("The president called for calm.", "010", []),
    ("The opposition leader called for reform of the tax laws.", "010", []),
    ("The police chief appealed for calm after the riots.", "010", []),
    ("The senator called for them to resign.", "020", ["REQUEST"]),
    ("The minister appealed to donors for aid.", "023", ["REQUEST"]),
    ("The senator called on the government to resign.", "020", ["REQUEST"]),
    ("The European ministers called for Burma to release the prisoners.", "020", ["REQUEST"]),
    ("The president called on Tuesday for calm.", "010", []),
    ("The president called on Tuesday on the rebels to disarm.", "020", ["REQUEST"]),
    ("The opposition called for the release of the prisoners.", "020", ["REQUEST"]),
]


# An appeal put out as a noun is read on the noun: asking for a thing of no one ("launched an
# appeal for funds") it is the source's statement, 010, and the noun gives no event of its
# own; made to someone in its "to" it stays the appeal. Sentences written for the rule, and
# one from an AllSides article (REQUEST 020 at events 79). (text, root's code, (PLOVER type,
# trigger) of each event)
APPEAL_NOUNS = [
    (
        "Morsi issued a call for further demonstrations on Saturday night, the same day that a "
        "police raid ended an armed overnight standoff at a Cairo mosque.",
        "010",
        [],
    ),
    ("The Red Cross launched an appeal for funds on Monday.", "010", []),
    ("The mayor issued a plea for calm after the riots.", "010", []),
    ("The Red Cross launched an appeal to donors for funds.", "020", [("REQUEST", "launched")]),
    (
        "The president issued a call to the rebels to lay down their arms.",
        "020",
        [("REQUEST", "issued")],
    ),
]


@pytest.mark.parametrize("text, code, expected", APPEAL_NOUNS)
def test_an_appeal_put_out_as_a_noun_of_no_one_is_a_statement(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [(e["plover"], e["trigger"]) for e in extract_events(doc)] == expected


# *Suggest* puts forward an act (a mandative clause: a bare verb or a modal, SUGGEST's appeal
# 020) or says that something is so (an indicative clause: a past, or a present form of *be*
# or *have*), a statement, 010. Sentences written for the rule, and two from AllSides
# articles (REQUEST 020 at events 79). (text, root's code, PLOVER types given)
SUGGESTIONS = [
    (
        'Elizabeth Warren, D-Mass., suggested that Trump, not the Iranians, had "escalated" the '
        "situation.",
        "010",
        [],
    ),
    (
        "Cohen suggested that the administration had failed to make clear that American aid was "
        "contingent on the protection of American interests.",
        "010",
        [],
    ),
    ("The opposition leader suggested that the army had used force against the protesters.", "010", []),
    ("The president suggested that Iran was behind the attack.", "010", []),
    ("The minister suggested that the talks should resume.", "020", ["REQUEST"]),
    ("The minister suggested that the talks resume in Geneva.", "020", ["REQUEST"]),
]


@pytest.mark.parametrize("text, code, expected", SUGGESTIONS)
def test_a_suggestion_that_says_what_is_is_a_statement(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


@pytest.mark.parametrize("text, code, expected", UNADDRESSED_APPEALS)
def test_an_appeal_made_of_no_one_is_a_statement_not_an_event(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# In the thing an appeal asks for, a place that says where it is ("in Yemen"), a clause that
# says what it is ("military-drafted", "a bill that would ...") or a noun's "for" phrase that
# says whom it is for names no one asked, but aid or a release asked for someone is asked on
# their behalf ("aid for Zimbabwe", "funding for Flint": REQUEST); a place or people as the
# thing's own modifier or "of" object, and a clause with a subject of its own that says
# what a wish holds, name who is to act. A verb of appeal's direct
# object that names no one is the thing asked for ("requested assistance"), an object that
# names an actor, or whose clause says what it holds or is for, the one asked; a verb whose
# own code is a demand demands its object, and the object of a verb whose object is the one
# asked ("asked donors for aid") is no thing. Four sentences from the ConfliBERT train split
# (three given REQUEST at events 81 and no event in the set; the demand, class 3, kept) and
# two from AllSides articles (REQUEST 020 and 100 at events 81), the others written for the
# rule: (text, the verb's code, PLOVER types given).
APPEALS_OF_THINGS = [
    ("UN Leaders appeal for immediate lifting of humanitarian blockade in Yemen.", "010", []),
    ("Myanmar president calls for reform of nation's military-drafted constitution.", "010", []),
    (
        'Linda Sanchez, D-Calif., proposed a bill that would impose a 10 percent tax on "any'
        ' concealable" firearm.',
        "010",
        [],
    ),
    ("The UN called for a ceasefire in Syria.", "010", []),
    (
        "This month, the United Nations launched an international appeal for $234 million in"
        " emergency aid for Zimbabwe, where drought is expected to affect a third of the"
        " country's crop.",
        "020",
        ["REQUEST"],
    ),
    (
        "Dan Kildee, D-Flint Township — have been pressing for funding for Flint, where lead"
        " levels in the tap water spiked after the city changed water supplies in 2014.",
        "100",
        ["REQUEST"],
    ),
    (
        "Estonian MEP has demanded a final solution for Syrian refugees who break the law in"
        " Europe.",
        "027",
        ["REQUEST"],
    ),
    ("The family is seeking release for the jailed activist.", "0253", ["REQUEST"]),
    ("The governor asked for emergency aid for the flooded towns.", "0231", ["REQUEST"]),
    ("The senators called for a closed-door briefing for the entire Senate.", "010", []),
    ("The mayor called for tax cuts for big businesses.", "010", []),
    ("The minister appealed to donors for aid for the refugees.", "023", ["REQUEST"]),
    ("The United Nations asked donors for emergency aid for Zimbabwe.", "0231", ["REQUEST"]),
    ("The minister requested assistance.", "010", []),
    ("The group launched a campaign to free the prisoners.", "020", ["REQUEST"]),
    ("The UN called for the withdrawal of Syrian forces from Lebanon.", "025", ["REQUEST"]),
    ("The president called for the release of the journalists held in Iran.", "020", ["REQUEST"]),
    ("The minister requested assistance from the army.", "0213", ["REQUEST"]),
    ("Angola has asked Portugal for military aid.", "0231", ["REQUEST"]),
    (
        "Erdogan has repeatedly expressed his wish that the Saudi king would help heal the breach"
        " with Qatar.",
        "020",
        ["REQUEST"],
    ),
]


# A need of a state of one's own asks no one for anything: a verb of needing or wanting whose
# complement is its subject's own linking verb with a predicate adjective states a view,
# 010; an adjective of readiness keeps the act under it, and an act needed stays a demand.
# The first sentence is from the ConfliBERT test split's development half (REQUEST 100 at
# events 81, no event in the set), the others written for the rule: (text, the verb's code,
# PLOVER types given).
STATES_NEEDED = [
    (
        "U.S. military chief General Colin Powell said on Wednesday NATO would need to remain"
        " strong.",
        "010",
        [],
    ),
    ("NATO needs to remain strong.", "010", []),
    ("The EU needs to be ready to mediate.", "100", ["REQUEST"]),
    ("The president said Iran needs to stop enriching uranium.", "100", ["REQUEST"]),
]


@pytest.mark.parametrize("text, code, expected", STATES_NEEDED)
def test_a_need_of_a_state_of_ones_own_is_a_statement(nlp, text, code, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "need")
    assert verb_event_code(verb)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A want or a need of one's own act that the dictionary codes no event for, or of a thing
# that names no one, states a wish (010); an act the clause names ("wants to attack"), one
# asked of another, a named object and a need said of another stay the dictionary's.
# AllSides sentences that had AGREE 030 or REQUEST 100 and written ones. (text, the verb's
# code, PLOVER types given)
WISHES = [
    ("Democrats need to gain 23 seats in order to win control of the House.", "010", []),
    ("Republicans need to win a net six seats to take control of the Senate.", "010", []),
    (
        "Obama wanted to goad Republicans into another round of mortal combat, like the ones"
        " that raged last summer over increasing the government's borrowing limit.",
        "010",
        [],
    ),
    (
        "Republicans, especially the conservative tea party wing that emerged in 2010, want to"
        " drastically shrink the government as the main tool for reducing federal deficits.",
        "010",
        [],
    ),
    ("Iran needs foreign investment.", "010", []),
    ("Obama wants to attack Switzerland.", "030", ["THREATEN"]),
    ("Israel wants to negotiate with Syria.", "030", ["AGREE"]),
    ("Obama wants Putin to attack Switzerland.", "030", ["REQUEST"]),
    (
        "Dmitri S. Peskov, the Kremlin's spokesman, said the U.S. needs to show some proof or"
        " quit talking.",
        "100",
        ["REQUEST"],
    ),
    # a pronoun of another number than the speaker's is someone else (it had 010, no event);
    # one that agrees with the speaker is the speaker
    ("Peskov said they need to show proof of the Russian attack.", "100", ["REQUEST"]),
    ("The ministers said they need to show proof of the attack.", "010", []),
]


@pytest.mark.parametrize("text, code, expected", WISHES)
def test_a_want_or_need_of_no_coded_act_is_a_statement(nlp, text, code, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in {"want", "need"})
    assert verb_event_code(verb)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A credit line: a contribution to a document or of reporting is writing it, a statement
# (010), not aid (the block's 070); troops or money given to a mission stay aid. AllSides
# credit lines and written sentences. (text, the verb's code, PLOVER types given)
CREDIT_LINES = [
    ("The Associated Press contributed to this report.", "010", []),
    ("NPR's Pam Fessler contributed reporting to this story.", "010", []),
    ("Germany contributed 500 troops to the NATO mission in Afghanistan.", "072", ["AID"]),
    ("Japan contributed $10 million to the relief effort.", "071", ["AID"]),
    # a thing given beside the writing, and writing given to no document, is aid (had 010)
    ("The United States contributed research and funding to the vaccine program.", "070", ["AID"]),
    ("Jane Doe contributed reporting.", "010", []),
]


@pytest.mark.parametrize("text, code, expected", CREDIT_LINES)
def test_a_credit_line_is_no_aid(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A view held: *think* left at its block's bare consultation (040) says what someone
# believes, a statement (010), negated or not; a thing thought over is considered (014); a
# view weighed with someone keeps the code.
# AllSides sentences that had CONSULT 040 or REJECT 125 and a written one. (text, the
# verb's code, PLOVER types given)
VIEWS = [
    ("But many conservative GOPers think that an amnesty is a bad idea.", "010", []),
    ("Trump doesn't think the mainstream media treats him with respect.", "010", []),
    (
        "The White House thought that prospect would be so alarming to congressional"
        " Republicans that they'd never allow the automatic spending cuts to take effect.",
        "010",
        [],
    ),
    ("The minister will think over the proposal with his Iranian counterpart.", "040", None),
    # a thing weighed is no view held but an option considered, 014 as *consider* is (had
    # 010); "so" stands for a clause
    ("Leaders will think the proposal over.", "014", []),
    ("Leaders will think about the proposal.", "014", []),
    ("I think so.", "010", []),
]


@pytest.mark.parametrize("text, code, expected", VIEWS)
def test_a_view_held_is_a_statement(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    if expected is not None:
        assert [e["plover"] for e in extract_events(doc)] == expected


# "Be going to" is the future of the act its infinitive names: the going is no movement (the
# block's bare 040) and the act is read in the future; going somewhere is still a visit.
# AllSides sentences that had CONSULT 040 or REJECT 125 and written ones. (text, whether
# "going" is the future, its code, PLOVER types given)
GOING_TO = [
    (
        "They understand that the U.S. Congress is not going to do anything useful about"
        " climate change.",
        True,
        None,
        [],
    ),
    (
        "\"The fact of the matter is, congressional Republicans are going to listen to the"
        " American people,\" Carney said.",
        True,
        None,
        [],
    ),
    ("The president is going to Beijing next week.", False, "040", ["CONSULT"]),
]


@pytest.mark.parametrize("text, future, code, expected", GOING_TO)
def test_be_going_to_is_the_future_of_its_act(nlp, text, future, code, expected):
    doc = nlp(text)
    going = next(t for t in doc if t.lower_ == "going")
    assert going_to(going) is future
    assert (verb_event_code(going) or (None, None))[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A case argued about no actor (a thing, an act, a gerund as the clause's subject) is a
# statement (010), not the bare disapproval (110); a clause about an actor and an argument
# with someone keep 110. AllSides sentences that had ACCUSE 110 and written ones. (text, the
# verb's code, PLOVER types given)
ARGUED = [
    (
        "Ryan has argued that tax reform will be an easier lift than healthcare because"
        " Republicans are more unified around the idea of fixing the outdated U.S. tax code.",
        "010",
        [],
    ),
    ("Garretson argues that activism was another important piece of the puzzle.", "010", []),
    (
        "Some Republicans have argued that Mueller is biased against Trump and should be"
        " fired.",
        "110",
        ["ACCUSE"],
    ),
    ("The minister argued with the Iranian ambassador over the sanctions.", "110", ["ACCUSE"]),
    # an actor elsewhere in the clause, as a "by" agent or a possessor, keeps 110 (the
    # first had 010); a pronoun or an actor of a verb under the clause does not
    ("Obama argued that this was a mistake by Congress.", "110", ["ACCUSE"]),
    ("Obama argued that the tax cuts were Congress's mistake.", "110", ["ACCUSE"]),
    ("The professor argued that only a revolution can save us from climate change.", "010", []),
    ("The chairman argued that another factor is, \"having delegates on the committees.\"", "010",
     []),
]


@pytest.mark.parametrize("text, code, expected", ARGUED)
def test_a_case_argued_about_no_actor_is_a_statement(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A clause reported by *add*, a verb of neutral speech the dictionary codes by its bare 060,
# is speech (010); things added keep their code, and the reported act is still read.
# AllSides sentences that had COOPERATE 060, a train sentence's form and written ones.
# (text, the verb's code, PLOVER types given)
ADDED_SPEECH = [
    ("The timing of a decision is still unclear, the official added.", "010", []),
    (
        "Germany is adding a specialized medical evacuation airplane to the voluntary pool of"
        " resources.",
        "072",
        ["AID"],
    ),
    (
        "Russian and Syrian regime warplanes are striking Daesh positions in the city and its"
        " outskirts, he added.",
        "010",
        ["ASSAULT"],
    ),
]


@pytest.mark.parametrize("text, code, expected", ADDED_SPEECH)
def test_a_clause_added_is_speech(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A direct question that asks whether its act happens, or a supposition put as one ("What
# if ...?"), reports no event; a question of how or why takes its act as done. AllSides
# sentences that had an event and written ones. (text, PLOVER types given)
QUESTIONS = [
    ("Will Bush cancel the 2008 election?", []),
    (
        "Could recent events signal an end to American Jewry's love affair with the Democratic"
        " Party?",
        [],
    ),
    ("What if President Obama gave permission for her to do this?", []),
    ("Did the army shell the town?", []),
    ("Why did Russia attack Ukraine?", ["ASSAULT"]),
    ("Russia attacked Ukraine on Thursday.", ["ASSAULT"]),
]


@pytest.mark.parametrize("text, expected", QUESTIONS)
def test_a_question_whether_an_act_happens_reports_no_event(nlp, text, expected):
    doc = nlp(text)
    assert [e["plover"] for e in extract_events(doc)] == expected
    if not expected:
        assert modality(doc[:].root) == "asked"


@pytest.mark.parametrize("text, code, expected", APPEALS_OF_THINGS)
def test_a_place_or_description_of_the_thing_asked_for_names_no_one_asked(nlp, text, code, expected):
    doc = nlp(text)
    verbs = {
        "appeal", "call", "request", "propose", "ask", "express", "launch", "press", "demand",
        "seek",
    }
    verb = next(t for t in doc if t.lemma_ in verbs)
    assert verb_event_code(verb)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A candidacy for an office acts on no other actor, and CAMEO has no code for it: a bid,
# campaign or candidacy that a modifier, its "for" or its clause makes one for an office,
# begun or ended, an office, nomination or term sought or won, a run or a contest for an
# office or nomination, a candidate emerging as a contender, is the candidate's statement, 010
# (the dictionary read "launched a bid" as LAUNCH + BID 160, a cut in relations, "are
# battling for the nomination" 111, "has emerged as the leading contender" 112). A campaign
# or a battle for anything else keeps its code. Sentences written for the rule. (text,
# root's code, PLOVER types given)
CANDIDACIES = [
    ("The senator launched a bid for the White House on Saturday.", "010", []),
    ("The governor suspended his presidential campaign on Wednesday.", "010", []),
    ("The mayor is seeking re-election next year.", "010", []),
    ("She is running for governor.", "010", []),
    ("The former minister won the presidency in a landslide.", "010", []),
    ("The foreign secretary launched his bid to become leader of the party.", "010", []),
    ("The group launched a campaign to free the prisoners.", "020", ["REQUEST"]),
    ("The army launched a bombing campaign against the rebels.", "183", ["ASSAULT"]),
    ("Two state senators are vying for the Republican nomination.", "010", []),
    ("Three candidates are battling for the party's nomination.", "010", []),
    ("The former mayor has emerged as the leading contender for the seat.", "010", []),
    ("The governor is seeking a second term.", "010", []),
    ("The rebels are battling for control of the city.", "190", ["ASSAULT"]),
]


@pytest.mark.parametrize("text, code, expected", CANDIDACIES)
def test_a_candidacy_for_an_office_is_a_statement_not_an_event(nlp, text, code, expected):
    doc = nlp(text)
    assert verb_event_code(doc[:].root)[1] == code
    assert [e["plover"] for e in extract_events(doc)] == expected


# A term is an office only counted, full or "in office", a nod or a leadership only a party's
# or an election's, a house only the House, and a title fought or run for only bare ("running
# for president"): a prison term sought, terms won from creditors, a parliament's nod, a
# fight for a house, for the president or for the leadership of a country are no candidacy
# (each was one in events 101). (text, candidacy read on the root)
NOT_CANDIDACIES = [
    ("Prosecutors sought a ten-year prison term for the opposition leader.", None),
    ("Prosecutors are seeking a life term for the former president.", None),
    ("Greece sought better terms from its creditors for the bailout.", None),
    ("Ukraine secured new terms from the IMF on Friday.", None),
    ("Hamas won the terms it demanded from Israel.", None),
    ("The army won the nod from parliament to deploy troops in Mali.", None),
    ("Soldiers fought for every house in the village.", None),
    ("Troops loyal to the government fought for the president in the capital.", None),
    ("The militia fought for the king against the rebels.", None),
    ("The opposition fought for the leadership of the country against the junta.", None),
    ("The governor is running for a third term in office.", "010"),
    ("Three candidates are vying for the GOP nod.", "010"),
    ("The mayor is running for governor.", "010"),
    ("The senator is running for the House.", "010"),
    # a term of a length or as an office (no event in events 102, a charge, 112, in 103)
    ("Smith won a four-year term as governor of Ohio.", "010"),
    ("Warren won a six-year Senate term in 2012.", "010"),
    # a bare term of a length may be a sentence sought (a candidacy in events 104)
    ("Prosecutors sought a five-year term for the opposition leader.", None),
    ("Prosecutors are seeking a 10-year term for Smith.", None),
]


@pytest.mark.parametrize("text, expected", NOT_CANDIDACIES)
def test_a_term_nod_or_fight_is_a_candidacy_only_for_an_office(nlp, text, expected):
    assert candidacy_code(nlp(text)[:].root) == expected


def test_a_prison_term_sought_is_coercion_again(nlp):
    text = "Prosecutors sought a ten-year prison term for the opposition leader."
    events = extract_events(nlp(text))
    assert [(e["plover"], e["cameo"]) for e in events] == [("COERCE", "173")]


# The dictionary's verbs of two words ("+CALL_OFF" in the block of cancel) are read where the
# word completes the verb as its particle, with the patterns of their block that hold in their
# sense: not one written for a member of a sense of its own ("* REPORT [016]", a report
# dismissed, for *put out*), nor a threat of the very act the object names as done ("STEP_UP
# * ATTACK [138]"). A preposition with an object of its own is no particle ("asked the bank
# for loans" stays *ask*). Sentences written for the rule. (text, root's lemma and code,
# the type of the coder's event on the root)
VERBS_OF_TWO_WORDS = [
    ("The Nigerian union called off its strike on Monday.", ("call off", "082"), "CONCEDE"),
    ("Rebels shot down a government helicopter near the border.", ("shoot down", "190"), "ASSAULT"),
    ("The army cracked down on protesters in the capital.", ("crack down", "170"), "COERCE"),
    ("The army pulled out its troops from the town.", ("pull out", "0874"), "RETREAT"),
    ("The Taliban stepped up their attacks on the army.", ("step up", "190"), "ASSAULT"),
    ("The government asked the World Bank for emergency loans.", ("ask", "020"), "REQUEST"),
    ("Israel's defence minister called the strike illegal.", ("call", "111"), "ACCUSE"),
]


@pytest.mark.parametrize("text, code, expected", VERBS_OF_TWO_WORDS)
def test_a_verb_of_two_words_is_the_dictionarys_own(nlp, text, code, expected):
    doc = nlp(text)
    root = doc[:].root
    assert verb_code(root) == code
    on_root = [e["plover"] for e in extract_rule_events(doc) if e["trigger_start"] == root.idx]
    assert on_root == [expected]


def test_a_pattern_of_a_members_own_sense_is_not_a_verb_of_two_words(nlp):
    """*put out* shares the block of despatch with *dismiss* [110], whose "* REPORT [016]"
    (a report dismissed) is no report put out; the block's own sense still holds for it."""
    assert verb_code(nlp("The group put out a report on Monday.")[:].root) is None
    assert verb_code(nlp("The group put out its weapons on Monday.")[:].root) == ("put out", "072")


# A statement, report or declaration put out whose participle or relative clause the
# dictionary codes as an act carries that act, done by the statement's maker; one that
# expresses a statement stays one, and a verb that acts on a statement others made ("denied
# a report", "dismissed a report") carries nothing. Sentences written for the rule. (text,
# PLOVER types given, their actors)
CARRIED_ACTS = [
    ("The opposition issued a statement condemning the arrests of its leaders.", ["ACCUSE"],
     [["opposition"]]),
    ("Amnesty International released a report accusing the police of torture.", ["ACCUSE"],
     [["Amnesty International"]]),
    ("The rebels published a declaration demanding the withdrawal of foreign troops.",
     ["REQUEST"], [["rebel"]]),
    ("Human Rights Watch put out a report accusing the militia of killing civilians.",
     ["ACCUSE"], [["Human Rights Watch"]]),
    ("The ministry issued a statement expressing concern over the violence.", [], []),
    ("The army denied a report accusing its soldiers of looting.", [], []),
]


@pytest.mark.parametrize("text, expected, actors", CARRIED_ACTS)
def test_a_statement_put_out_carries_the_act_its_participle_names(nlp, text, expected, actors):
    events = extract_events(nlp(text))
    assert [e["plover"] for e in events] == expected
    assert [e["actors"] for e in events] == actors


def test_a_verb_acting_on_a_report_carries_none_of_its_acts(nlp):
    from newsdesk.events.carried import carried_act

    doc = nlp("The government dismissed a report accusing the army of abuses.")
    assert carried_act(doc[:].root) is None
    letter = nlp("The bishops sent a letter urging the president to release the prisoners.")
    assert carried_act(letter[:].root)[1] == ("urge", "020")  # an appeal, asked of another


# Forces are the armed forces the dictionary's &MILITARY names ("armed forces", "troops"), and
# forces strengthened or fortified are forces increased (154, as the dictionary writes for
# *increase* and *reinforce*); ties strengthened are not, and "joined forces" keeps its own
# pattern. Sentences written for the rule: (text, the type and code given; none: no event).
MILITARY_FORCES = [
    ("The Kurdish fighters strengthened their forces in the valley.", [("MOBILIZE", "154")]),
    ("The government fortified its forces around the capital.", [("MOBILIZE", "154")]),
    ("The army withdrew its forces from the border town.", [("RETREAT", "0874")]),
    ("The rebels joined forces with the tribal militias.", [("COOPERATE", "060")]),
    ("The two countries strengthened their economic ties.", []),
]


@pytest.mark.parametrize("text, expected", MILITARY_FORCES)
def test_forces_are_the_military_and_strengthened_forces_are_increased(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


# A team or mission sent, which the dictionary codes as the intent of what it is sent for
# (036, a team sent to meet), is the act its purpose clause names; with no purpose, a purpose
# the dictionary does not code or a sending only planned, it keeps the dictionary's code, and
# a force sent whose code is no intent keeps it. Sentences written for the rule: (text, the
# type and code given).
SENT_FOR = [
    ("Japan sent a team of engineers to the port to investigate the explosion.", [("ACCUSE", "090")]),
    ("Canada sent a team to Haiti to help the flood victims.", [("AID", "070")]),
    ("Norway sent a mission to Sudan to mediate between the rebels and the government.", [("CONSULT", "045")]),
    ("Canada sent a team to Haiti.", [("AGREE", "036")]),
    ("Canada sent a team to Haiti after the storm.", [("AGREE", "036")]),
    ("Canada sent a team to Haiti to find the missing sailors.", [("AGREE", "036")]),
    ("Canada will send a team to Haiti to investigate the explosion.", [("AGREE", "036")]),
    ("Brazil sent peacekeepers to Haiti to help the police.", [("AID", "074")]),
]


@pytest.mark.parametrize("text, expected", SENT_FOR)
def test_a_team_sent_for_a_purpose_is_the_act_it_is_sent_to_do(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


# An act the sentence says is not done, refused or only intended under the verb coded as the
# intent to do it, does not give the sentence its type over the type coded on its main act;
# the same act done keeps its own. Sentences written for the rule: (text, the type and code).
UNDONE_ACTS = [
    ("The government announced it will release the prisoners.", [("AGREE", "035")]),
    ("The rebels said they will return the seized weapons.", [("AGREE", "035")]),
    ("Spain will not lift the embargo on the rebels.", [("REJECT", "124")]),
    ("The rebels returned the seized weapons.", [("RETREAT", "084")]),
    ("Spain lifted the embargo on the rebels.", [("RETREAT", "085")]),
]


@pytest.mark.parametrize("text, expected", UNDONE_ACTS)
def test_an_act_refused_or_only_intended_does_not_type_the_sentence(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


# A verb of undertaking (agree, pledge, promise, offer; not vow) with an act in its infinitive
# is the promise, the codebook's "express intent to" of that act (CAMEO 03x; a threat, 13x, for
# force or coercion), and the act promised is not done, nor is the other type of a yield
# (RETREAT, CONCEDE) the classifier may read for it; so is an act a verb of intent (plan, want,
# seek, intend) codes its intent of. An act promised not to be done leaves the verb its own
# code; an act done keeps its own type. Sentences written for the rule: (text, the types and
# codes given, the act, its modality).
UNDERTAKINGS = [
    ("The United States agreed to lift sanctions on Iran.", [("AGREE", "035")], "lift", "intended"),
    ("The government agreed to release 200 prisoners.", [("AGREE", "035")], "release", "intended"),
    ("The European Union agreed to provide aid to Greece.", [("AGREE", "033")], "provide", "intended"),
    ("Russia pledged to withdraw its troops from the border.", [("AGREE", "035")], "withdraw", "intended"),
    ("Burma has agreed to allow international aid into the areas.", [("AGREE", "035")], "allow", "intended"),
    ("Israel agreed to start negotiations with the Palestinians.", [("AGREE", "036")], "start", "intended"),
    ("Russia pledged to attack the rebels.", [("THREATEN", "138")], "attack", "intended"),
    ("The EU agreed to impose sanctions on Russia.", [("THREATEN", "1312")], "impose", "intended"),
    ("Turkey promised to arrest the suspects.", [("THREATEN", "137")], "arrest", "intended"),
    ("The government plans to ease restrictions on imports.", [("AGREE", "035")], "ease", "intended"),
    ("Russia agreed not to attack Ukraine.", [("SUPPORT", "050")], "attack", "intended"),
    ("Russia pledged not to attack Ukraine.", [("AGREE", "030")], "attack", "intended"),
    ("The rebels committed an attack on the base.", [("ASSAULT", "190")], "attack", "asserted"),
    ("The United States lifted sanctions on Iran.", [("RETREAT", "085")], "lifted", "asserted"),
]


@pytest.mark.parametrize("text, expected, act, act_modality", UNDERTAKINGS)
def test_an_act_undertaken_is_the_promise_not_the_act(nlp, text, expected, act, act_modality):
    doc = nlp(text)
    assert [(e["plover"], e["cameo"]) for e in extract_events(doc)] == expected
    assert modality(next(t for t in doc if t.text == act)) == act_modality


def test_a_refusal_names_the_type_refused(nlp):
    doc = nlp("Spain will not lift the embargo on the rebels.")
    found = [refusal(e) for e in extract_rule_events(doc)]
    # the embargo not lifted stays in place: its noun keeps an event of its own (events 88)
    lifted = [e for e in found if e["trigger"] == "lift"]
    assert [(e["plover"], e["refused_type"]) for e in lifted] == [("REJECT", "RETREAT")]
    assert undone_types(doc[:], found) == {"RETREAT"}
    # an intended yield keeps neither type of a yield from the decision (events 107)
    intended = nlp("The government announced it will release the prisoners.")
    assert undone_types(intended[:], extract_rule_events(intended)) == {"RETREAT", "CONCEDE"}


# "set free" (the dictionary's verb of two words in the block of release) and "let free" (its
# synonym, added to the block) are read where the parse makes "free" a modifier of the noun
# after it or a clause of its own, and the persons freed are a release of persons (0841); a
# thing set free stays the block's yield, and "set up" a free thing is no freeing. Sentences
# written for the rule: (text, the type and code given).
SET_FREE = [
    ("The militia set free three aid workers on Sunday.", [("RETREAT", "0841")]),
    ("Police let free two journalists held in the capital.", [("RETREAT", "0841")]),
    ("The kidnappers set the engineers free after a week.", [("RETREAT", "0841")]),
    ("The government set free the frozen assets of the bank.", [("CONCEDE", "080")]),
    ("The rebels set up a free clinic in the town.", [("AID", "073")]),
]


@pytest.mark.parametrize("text, expected", SET_FREE)
def test_persons_set_or_let_free_are_released(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


def test_set_free_is_the_verb_of_two_words_where_free_modifies_the_object(nlp):
    root = nlp("The militia set free three aid workers on Sunday.")[:].root
    assert verb_code(root) == ("set free", "080")  # the block's yield; the persons make it 0841


# A demand of the one its verb's object names ("ordered the newspaper to suspend publication")
# whose complement the dictionary codes as repression (17) imposes it; the order of another
# act, or one planned, stays a demand. Sentences written for the rule: (text, type and code).
IMPOSED_BY_ORDER = [
    ("The junta ordered the independent newspaper to suspend publication.", [("COERCE", "1721")]),
    ("The court ordered the company to hand over the documents.", [("REQUEST", "100")]),
    ("The junta will order the newspaper to suspend publication.", [("REQUEST", "100")]),
]


@pytest.mark.parametrize("text, expected", IMPOSED_BY_ORDER)
def test_an_order_to_submit_to_repression_imposes_it(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


# A denial of an accusation is the codebook's 016 (deny responsibility), a statement and no
# event, also where the parse hangs the accusation's "that" clause on the verb (the root is
# coded by its object, not the clause's act) and where the accusation is written after the
# verb's predicative "as" phrase. Sentences written for the rule: (text, the types and codes
# given; the first two were REJECT 120 before).
DENIED_ACCUSATIONS = [
    (
        "The ministry has denied charges by the opposition that its new rules for foreign banks"
        " constitute theft on a large scale, and defended its policies as meeting world rules.",
        [],
    ),
    (
        "Hungary rejected as baseless accusations by the Commission that its police had beaten"
        " migrants.",
        [],
    ),
    ("Hungary rejected the proposal of the Commission.", [("REJECT", "120")]),
    ("Hungary rejected as unacceptable the proposal of the Commission.", [("REJECT", "120")]),
    ("The ministry said its troops had shelled the town.", [("ASSAULT", "190"), ("ACCUSE", "112")]),
]


@pytest.mark.parametrize("text, expected", DENIED_ACCUSATIONS)
def test_a_denied_accusation_is_a_statement_not_an_event(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


# An accusation condemned is denied, the codebook's 016 (as the dictionary's blocks of
# *reject* and *criticize* code an accusation as their object): a statement and no event;
# one aimed against someone named is condemned on their behalf, a criticism (111). The
# first sentence is from the PETRARCH-2 validation's development half (ACCUSE 111 at events
# 81, no gold event; its opening quote written as backticks), the others written for the
# rule: (text, the verb's code, the types and codes given).
CONDEMNED_ACCUSATIONS = [
    (
        "France on Wednesday condemned as`` unacceptable'' allegations by Rwanda that it had"
        " played an active role in the 1994 genocide, as Kigali said it hoped French officials"
        " would be indicted for war crimes.",
        "016",
        [],
    ),
    ("The government condemned the allegations.", "016", []),
    ("The ministry condemned the allegations against it.", "016", []),
    (
        "The opposition condemned the government's allegations against the journalists.",
        "111",
        [("ACCUSE", "111")],
    ),
    ("The president condemned the arrest of the journalists.", "111", [("ACCUSE", "111")]),
]


@pytest.mark.parametrize("text, code, expected", CONDEMNED_ACCUSATIONS)
def test_an_accusation_condemned_is_denied(nlp, text, code, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "condemn")
    assert verb_event_code(verb)[1] == code
    assert [(e["plover"], e["cameo"]) for e in extract_events(doc)] == expected


def test_an_object_after_a_predicative_as_phrase_is_the_verbs(nlp):
    def shifted(text: str) -> list[str]:
        verb = next(t for t in nlp(text) if t.pos_ == "VERB")
        return [noun.text for noun in shifted_objects(verb)]

    assert shifted("Hungary rejected as baseless accusations by the Commission.") == ["accusations"]
    assert shifted("The minister was described as a close ally of the rebels.") == []
    assert shifted("He served as defence minister for two years.") == []
    rejected = nlp("Hungary rejected as baseless accusations by the Commission.")[1]
    assert verb_code(rejected) == ("reject", "016")


# An attitude to what may come is the codebook's 012 or 013 (a pessimistic or optimistic
# comment), a statement and no event: a copula with a word of doubt or confidence, or "hope"
# with a clause of what is hoped. Sentences written for the rule: (text, the types and codes
# given; the first three were CONCEDE 085, RETREAT 0874 and REQUEST 020 before).
ATTITUDES = [
    (
        "The foreign minister said he hopes France and Germany will persuade the new president"
        " to lift the sanctions imposed on his country.",
        [],
    ),
    ("The mayor is confident that the army will withdraw its troops from the city.", []),
    ("The senators are hoping to get the aid talks with Mexico back on track.", []),
    ("The government hoped for more talks with the rebels.", [("REQUEST", "020")]),
    ("The rebels said the army is responsible for the attack on the convoy.", [("ASSAULT", "190")]),
]


@pytest.mark.parametrize("text, expected", ATTITUDES)
def test_an_attitude_to_what_may_come_is_a_statement_not_an_event(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


def test_an_attitude_is_read_from_the_copulas_adjective_or_the_clause_hoped(nlp):
    def code(text: str, word: str) -> str | None:
        return attitude_code(next(t for t in nlp(text) if t.lower_ == word))

    assert code("The ministry is skeptical of the offer.", "is") == "012"
    assert code("The envoy was optimistic that talks would resume.", "was") == "013"
    assert code("She hoped the generals would be tried.", "hoped") == "013"
    assert code("The government hoped for more talks.", "hoped") is None
    assert code("The army is responsible for the attack.", "is") is None


# A plan a reporting root tells is the speaker's intent (CAMEO 03x, 13x), not the act, also
# where the coder finds no actor for the speaker and the main verb's dictionary type is read
# (``told_plan``). Sentences written for the rule: (text, the types and codes given; the first
# two were RETREAT 084, the act planned, before).
TOLD_PLANS = [
    (
        "A local armed group announced it will return the police stations it seized from the"
        " government.",
        [("AGREE", "035")],
    ),
    (
        "An armed group in the north announced it will return the police stations it has seized.",
        [("AGREE", "035")],
    ),
    ("The rebels said they will release the hostages.", [("AGREE", "035")]),
    ("Officials said the army will attack the town.", [("THREATEN", "138")]),
    ("The group said it will not return the police stations it seized from the government.", []),
]


@pytest.mark.parametrize("text, expected", TOLD_PLANS)
def test_a_told_plan_is_the_intent_whether_or_not_the_coder_finds_the_speaker(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


def test_a_told_plan_without_a_coded_speaker_is_the_main_verbs_intent(nlp):
    text = "A local armed group announced it will return the police stations it seized."
    doc = nlp(text)
    sentence = next(doc.sents)
    found = [refusal(e) for e in extract_rule_events(doc)]
    build = {"actors": ActorNames(doc, []), "doc": doc, "times": []}
    assert coded_types(sentence, found)[0] == set()
    assert told_plan(sentence)[1] == "035"
    assert sentence_types(sentence, found, **build) == ({"AGREE"}, {"AGREE"}, {"AGREE"}, True)
    assert undone_types(sentence, found) == {"RETREAT"}  # the return is not done
    assert told_plan(next(nlp("The group returned the police stations it seized.").sents)) is None
    assert told_plan(next(nlp("The group said it will not return the stations.").sents)) is None


# "Arms", the plural, is the dictionary patterns' "weapon" unless a person's or a country's
# pronoun owns it (a body, a welcome). Sentences written for the rule: (text, the types and
# codes given; were RETREAT 087 by the classifier, MOBILIZE 154 twice and none before). An
# armed group's members are a source (events 86), so the fighters' plan told is their laying
# down of weapons, as the militants' is.
ARMS = [
    ("The rebels laid down their arms on Sunday.", [("RETREAT", "0871")]),
    ("The government continued to send arms to its neighbour last year.", [("AID", "072")]),
    ("The army sent arms to the rebels in the south.", [("AID", "072")]),
    ("Rebel leaders said the fighters will lay down their arms on Sunday.", [("RETREAT", "0871")]),
    ("He threw up his arms in despair.", []),
    ("Not every country in Europe is opening its arms to the migrants.", []),
]


@pytest.mark.parametrize("text, expected", ARMS)
def test_arms_are_weapons_unless_a_body_or_a_welcome(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


@pytest.mark.parametrize(
    "text, word, weapon",
    [
        ("The rebels laid down their arms.", "arms", True),
        ("Russia sent small arms to the militia.", "arms", True),
        ("He threw up his arms.", "arms", False),
        ("We open our arms to them.", "arms", False),
        ("The country is opening its arms.", "arms", False),
    ],
)
def test_noun_words_read_arms_as_weapons(nlp, text, word, weapon):
    noun = next(t for t in nlp(text) if t.lower_ == word)
    assert ("weapon" in noun_words(noun)) is weapon


# The "that" clause of a noun of asking (demand, call, appeal, request, order ...) is the act
# asked for, not done: the sentence is the demand, and the act's type is not chosen beside it.
# A demand refused leaves its act refused (``negated``). Sentences written for the rule:
# (text, the types and codes given; the first two were CONCEDE 081 and RETREAT 084 before).
ASKED_IN_A_CLAUSE = [
    (
        "The European Union reiterated its demand that Russia ease restrictions on foreign"
        " journalists.",
        [("REQUEST", "100")],
    ),
    ("The union renewed its call that the government release the detained workers.", []),
    (
        "The European Union reiterated its demand for the release of the journalists.",
        [("REQUEST", "100")],
    ),
    (
        "The president rejected the demand that the army withdraw from the city.",
        [("REJECT", "124")],
    ),
]


@pytest.mark.parametrize("text, expected", ASKED_IN_A_CLAUSE)
def test_the_clause_of_a_noun_of_asking_is_asked_for_not_done(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The union renewed its demand that the government release the workers.", "release", True),
        ("The union renewed its call that the government release the workers.", "release", True),
        ("The phone call that lasted an hour ended the dispute.", "lasted", False),
        ("The union said that the government released the workers.", "released", False),
        ("The president rejected the demand that the army withdraw.", "withdraw", False),
    ],
)
def test_an_act_asked_for_in_a_nouns_clause_is_intended(nlp, text, word, expected):
    token = next(t for t in nlp(text) if t.lower_ == word)
    assert demanded(token) is expected
    assert (modality(token) == "intended") is expected


# An act halted that no pattern of the dictionary's block of ending names is the codebook's
# code of halting it (CAMEO 16x, a consultation or relations; 087, force; 082, a protest),
# and a trip ended is the visit, as a visit ended is; an undertaking that names no act stays
# uncoded, and a restriction ended stays eased. Sentences written for the rule: (text, the
# types and codes given; the first six were the classifier's CONCEDE 080, SUPPORT 050,
# ASSAULT 190 and CONCEDE 080, the block's SANCTION 160 and the classifier's SANCTION 160).
HALTED = [
    ("Norway suspended its mediation between the government and the rebels.", [("SANCTION", "165")]),
    ("Qatar has halted its mediation efforts between Israel and Hamas.", [("SANCTION", "165")]),
    ("The army ended its offensive in the north.", [("RETREAT", "087")]),
    ("The government suspended negotiations with the rebels.", [("SANCTION", "164")]),
    ("The minister is ending a three-day trip to Beijing.", [("CONSULT", "042")]),
    ("Morocco suspended diplomatic relations with Germany.", [("SANCTION", "161")]),
    ("The company ended its campaign.", []),
    # a gathering that has a planned end ended is completed, not halted; "talks" and "air
    # strikes" are read as the noun table reads them (``noun_code``)
    ("Trump ends the NATO leaders summit with a news conference.", []),
    ("Putin and Xi ended their summit in Beijing on Friday.", [("CONSULT", "040")]),
    ("The protesters ended their march at the parliament building.", []),
]


@pytest.mark.parametrize("text, expected", HALTED)
def test_an_act_halted_is_the_codebooks_halting_of_it(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


def test_a_restriction_ended_stays_eased_not_halted(nlp):
    verb = nlp("The European Union ended its sanctions on Iran.")[:].root
    assert verb_event_code(verb) == ("end", "085")


# Armed persons or pilots trained (the teaching sense of the block of train and prepare) are
# the block's own code for forces and fighters trained, 072 military aid; the subject's own
# troops readied and persons of no armed role keep the block's intent. Sentences written for
# the rule: (text, the types and codes given; the first two were AGREE 030 and 0312).
TRAINED = [
    ("The United States trains Ukrainian soldiers in Germany.", [("AID", "072")]),
    ("Britain is training Ukrainian pilots to fly F-16 jets.", [("AID", "072")]),
    ("The government is preparing its troops for war.", [("AGREE", "030")]),
    ("The ministry trained teachers in the new curriculum.", [("AGREE", "030")]),
    # pilots are military by an armed modifier or by a state trainer and only a people's name
    ("The United States trains Iraqi pilots.", [("AID", "072")]),
    ("Boeing will train Ethiopian Airlines pilots on the new simulator.", [("AGREE", "0312")]),
    ("The flight school trains commercial pilots from China.", [("AGREE", "0312")]),
]


@pytest.mark.parametrize("text, expected", TRAINED)
def test_armed_persons_trained_are_military_aid(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


# Military exercises or war games held by several actors (conjoined subjects or agents, a
# "with" phrase) are the dictionary's joint exercises, 062; one actor's keep its show of
# force (150) where the coder codes it, and talks held stay talks. Sentences written for the
# rule: (text, the CAMEO code of the main verb; the first three were 150, none and none).
JOINT = [
    ("India and France conducted military exercises in the Indian Ocean.", "062"),
    ("China and Russia held naval drills in the Sea of Japan.", "062"),
    ("The war game was staged by British marines and Jordanian armed forces.", "062"),
    ("Russia conducted military exercises in the Arctic.", "150"),
    ("Both Russia and China conducted military exercises in the Arctic.", "150"),
    ("France and Germany held talks in Paris.", "046"),
    # a "with" phrase that names no party is the holder's own means, not a partner
    ("China held naval drills with Russia in the Sea of Japan.", "062"),
    ("The navy held naval drills with live ammunition off the coast.", None),
    ("Russia staged military exercises with 100,000 troops.", None),
]


@pytest.mark.parametrize("text, expected", JOINT)
def test_exercises_held_by_several_actors_are_joint(nlp, text, expected):
    coded = verb_event_code(nlp(text)[:].root)
    assert (coded[1] if coded else None) == expected


# A past participle with no finite verb of its own reports a passive: an existential of a
# past act ("There were ... killed") or a headline that drops the auxiliary ("Ten soldiers
# killed"); not an existential of a state, a plan, no one, nor a noun's clause with its own
# auxiliary. Sentences written for the rule: (text, the types and codes given; the first
# four had no event).
REDUCED_PASSIVES = [
    ("There were 12 Syrian soldiers killed in Idlib on Monday.", [("ASSAULT", "190")]),
    ("There were 12 Syrian soldiers killed in Idlib, the army said.", [("ASSAULT", "190")]),
    ("Twelve Syrian soldiers killed in Idlib", [("ASSAULT", "190")]),
    ("Five protesters arrested in Cairo after clashes with police", [("COERCE", "173")]),
    ("There were no people killed in the blast.", []),
    ("There are 300 troops stationed in Poland.", []),
    ("There will be 500 troops deployed to the border.", []),
    ("There would have been 500 troops killed without the ceasefire.", []),
    # a noun of report or attitude holds its "of" phrase: nothing is asserted done (these
    # three had ASSAULT 190, ASSAULT 190 and COERCE 173); a quantity counts it
    ("There were reports of civilians killed in the Russian strike on Kharkiv.", []),
    ("There were fears of soldiers killed in the Russian strike on Kharkiv.", []),
    ("There were rumours of journalists arrested by Iranian police.", []),
    (
        "There were hundreds of people killed in the Russian strike on Kharkiv.",
        [("ASSAULT", "190")],
    ),
]


@pytest.mark.parametrize("text, expected", REDUCED_PASSIVES)
def test_a_reduced_passive_reports_its_participles_act(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected


@pytest.mark.parametrize(
    "text, participle, subject",
    [
        ("There were hundreds of people killed in the fighting.", "killed", "people"),
        ("There have been 12 journalists arrested since January.", "arrested", "journalists"),
        ("Ten soldiers killed in Ukraine", "killed", "soldiers"),
        ("There was evidence that she had handled classified information.", None, None),
        ("There weren't any people hurt.", None, None),
        # a container or a report before "of" is no one acted on, and holds its "of" phrase
        ("The list of people arrested.", None, None),
        ("There were reports of civilians killed in the Russian strike on Kharkiv.", None, None),
        ("There were a number of journalists arrested.", "arrested", "number"),
        ("Dozens of protesters arrested in Moscow.", "arrested", "Dozens"),
    ],
)
def test_the_reduced_passives_participle_and_its_subject(nlp, text, participle, subject):
    root = nlp(text)[:].root
    verb = reduced_passive(root)
    assert (verb.text if verb is not None else None) == participle
    said_of = reduced_subject(verb) if verb is not None else None
    assert (said_of.text if said_of is not None else None) == subject


# An act noun that a verb ends, eases or calls off is not done: its type is not the
# sentence's where the dictionary codes the verb ("lifted the sanctions" is the easing, 085,
# not the sanctions the classifier's words read). Sentences written for the rule: (text, the
# types given, the types undone; the first was SANCTION 160, then CONCEDE 085 until events 101).
ENDED = [
    ("The Treasury removed the sanctions on three Russian banks.", ["RETREAT"], {"SANCTION"}),
    ("The government lifted its blockade of the port.", ["RETREAT"], {"SANCTION", "ASSAULT"}),
    ("The rebels attacked the base.", ["ASSAULT"], set()),
    # an ending refused leaves the act in place
    ("Spain will not lift the embargo on the rebels.", ["REJECT"], set()),
]


# An ending negated leaves its act going on: the act noun keeps its event, not negated (it
# had none); an ending done takes it away. Sentences written for the rule: (text, the types,
# codes and negations of the rule events).
ENDINGS_NEGATED = [
    (
        "Russia has not stopped the bombing of Kharkiv.",
        [("RETREAT", "087", True), ("ASSAULT", "183", False)],
    ),
    ("Russia has stopped the bombing of Kharkiv.", [("RETREAT", "087", False)]),
]


@pytest.mark.parametrize("text, expected", ENDINGS_NEGATED)
def test_an_ending_negated_keeps_the_act(nlp, text, expected):
    events = extract_rule_events(nlp(text))
    assert [(e["plover"], e["cameo"], e["negated"]) for e in events] == expected


# An act in the "of" phrase of a noun of report or attitude is told or feared, not asserted
# (``modality.hearsay``); one a quantity counts is asserted. Sentences written for the rule:
# (text, the participle, its modality).
HEARSAY = [
    ("There were rumours of journalists arrested by Iranian police.", "arrested", "possible"),
    ("There were reports of civilians killed in the strike.", "killed", "possible"),
    ("There were hundreds of people killed in the strike.", "killed", "asserted"),
]


@pytest.mark.parametrize("text, participle, expected", HEARSAY)
def test_an_act_told_or_feared_is_not_asserted(nlp, text, participle, expected):
    verb = next(t for t in nlp(text) if t.text == participle)
    assert modality(verb) == expected


@pytest.mark.parametrize("text, types, undone", ENDED)
def test_an_act_ended_is_not_the_sentences_type(nlp, text, types, undone):
    doc = nlp(text)
    assert [e["plover"] for e in extract_events(doc)] == types
    sentence = next(doc.sents)
    assert ended_types(sentence) <= undone


# A crowd gathered for a protest is that protest (CAMEO 14), not a consultation (the block
# of gather's 040); a gathering for a meeting stays one. Sentences written for the rule:
# (text, the code of the main verb; the first two were 040).
GATHERED = [
    ("Thousands of students converged on the capital for a rally against the tuition rise.", "141"),
    ("Hundreds gathered outside the embassy to protest the arrests.", "140"),
    ("The two leaders will gather for a meeting in Geneva.", "040"),
    ("Hundreds gathered outside the embassy on Friday.", "040"),
]


@pytest.mark.parametrize("text, expected", GATHERED)
def test_a_crowd_gathered_for_a_protest_is_the_protest(nlp, text, expected):
    coded = verb_event_code(nlp(text)[:].root)
    assert (coded[1] if coded else None) == expected


# A statement put out carries the act of the present participle the parse hangs on the verb
# where a phrase comes between the statement noun and the participle, as it carries one on the
# noun; a participle of plain saying or one with a marker of its own carries none. Sentences
# written for the rule: (text, the dictionary lemma and code of the main verb; the first two
# were ("send", "040")).
CARRIED_ON_THE_VERB = [
    ("The senators sent a letter to the defence minister urging him to release the detained "
     "activists.", ("urge", "020")),
    ("The prime minister sent a letter to the union leaders threatening to cut their funding.",
     ("threaten", "130")),
    ("The opposition issued a statement on Sunday condemning the arrests.", ("condemn", "111")),
    ("The embassy sent a letter to the ministry on Monday, saying the visit was postponed.",
     ("send", "040")),
    ("The mayor sent a letter to the governor while visiting Chicago.", ("send", "040")),
]


@pytest.mark.parametrize("text, expected", CARRIED_ON_THE_VERB)
def test_a_participle_on_the_verb_of_a_statement_put_out_is_carried(nlp, text, expected):
    assert verb_event_code(nlp(text)[:].root) == expected


# "hand over" is a verb of giving, a member of the dictionary's block of grant (its own code
# 060, its patterns' aid codes), read where "over" is the verb's particle; "hand" alone codes
# nothing. A thing returned in the passive is given back (084), as in the active ("returned
# antiquities"); a visit returned is answered. Sentences written for the rules: (text, the
# dictionary lemma and code of the main verb).
GIVEN_OR_GIVEN_BACK = [
    ("The army handed over food to the villagers on Monday.", ("hand over", "073")),
    ("Germany handed over the suspects to French prosecutors.", ("hand over", "060")),
    ("The ministry handed the documents to the court.", None),
    ("The stolen paintings were returned to Italy by the British police.", ("return", "084")),
    ("The ancient statues were returned to Greece on Monday.", ("return", "084")),
    ("The visit was returned by the Chinese premier.", None),
    # a party returned to power or a case sent back to a court is given back to no one
    ("The Conservatives were returned to office by voters.", ("return", "010")),
    ("The appeal was returned to the district court by the Supreme Court.", ("return", "010")),
    ("The high court returned the lawsuit to a lower court.", ("return", "010")),
    ("The governor was returned to office by voters.", ("return", "010")),
    # negative: captives or things returned, an office or a court named as a place by its "of",
    # and a return with no object, read as before
    ("The rebels returned the hostages to the office of the Red Cross.", ("return", "084")),
    ("The militants returned the kidnapped workers to the governorship of the province.",
     ("return", "084")),
    ("Staff returned the files to the court.", ("return", "084")),
    ("Labour returned to power after 13 years.", None),
]


@pytest.mark.parametrize("text, expected", GIVEN_OR_GIVEN_BACK)
def test_a_thing_handed_over_is_given_and_one_returned_is_given_back(nlp, text, expected):
    assert verb_event_code(nlp(text)[:].root) == expected


def test_a_passive_return_is_the_agents_retreat(nlp):
    doc = nlp("The stolen paintings were returned to Italy by the British police.")
    assert [(e["plover"], e["cameo"]) for e in extract_events(doc)] == [("RETREAT", "084")]


# *reinforce*, in the dictionary's block of impel (force, compel, pressure: 170), codes only
# what its own patterns name (forces, a presence, weapons, peacekeepers); a thing reinforced
# that they do not name is no coercion, and the block's other members keep its code.
# Sentences written for the rule: (text, the dictionary lemma and code of the main verb).
REINFORCED = [
    ("The senator reinforced the idea that the election was stolen.", None),
    ("Russia reinforced its troops on the border.", ("reinforce", "154")),
    ("The United Nations reinforced the peacekeeping force in Mali.", ("reinforce", "074")),
    ("The police forced the protesters to leave the square.", ("force", "170")),
    # the block's patterns written for its other members do not code it
    ("The ruling reinforced the decision to close the plant.", None),
    ("The mediators reinforced the ceasefire in the north.", None),
]


@pytest.mark.parametrize("text, expected", REINFORCED)
def test_only_forces_reinforced_are_coded(nlp, text, expected):
    assert verb_event_code(nlp(text)[:].root) == expected


# *pressure*, in the same block, presses its object by words to act: a demand (100), not the
# coercion (170) that *force* and *compel* keep. Sentences written for the rule: (text, the
# dictionary lemma and code of the main verb).
PRESSED = [
    ("Democrats pressured the White House to release the report.", ("pressure", "100")),
    ("The United States pressured China.", ("pressure", "100")),
    ("The army forced the rebels to surrender.", ("force", "170")),
    ("Activists pressured the army to leave the city.", ("pressure", "100")),  # not 154
]


@pytest.mark.parametrize("text, expected", PRESSED)
def test_pressure_is_a_demand_and_force_coercion(nlp, text, expected):
    assert verb_event_code(nlp(text)[:].root) == expected


# Easing economic sanctions, a curfew or a state of emergency is RETREAT (CAMEO 085, 0813,
# 0814: mode "ease" in PLOVER's CAMEO table), easing other restrictions CONCEDE (081); where
# the classifier reads the other type of a yield and the event is built on the verb, the
# verb's code gives the type ("Any deal will ease sanctions": RETREAT 085, not CONCEDE 080).
# Sentences written for the rule: (text, (type, CAMEO code, trigger) of each event).
EASED = [
    ("Any deal reached next week will ease sanctions on Iran.", [("RETREAT", "085", "ease")]),
    ("The army lifted the curfew in the capital.", [("RETREAT", "0813", "lifted")]),
    ("The president lifted the state of emergency on Friday.", [("RETREAT", "0814", "lifted")]),
    ("The government eased restrictions on the press.", [("CONCEDE", "081", "eased")]),
]


@pytest.mark.parametrize("text, expected", EASED)
def test_sanctions_a_curfew_or_an_emergency_eased_are_a_retreat(nlp, text, expected):
    events = extract_events(nlp(text))
    assert [(e["plover"], e["cameo"], e["trigger"]) for e in events] == expected


# The block of boost (increase, expand, escalate, step up ...) has no code of its own: a verb
# of it codes only what its patterns name, as *strengthen* does; *serve* and *benefit* leave
# the block of aid with no code of their own (all were 060, material cooperation, whatever
# was increased or served). Sentences written for the rule: (text, the verb's code, the
# types given).
BOOSTED = [
    ("The company expanded production at its plant in Ohio.", None, None),
    ("The situation escalated last summer.", None, []),
    ("The former governor serves as an adviser to the firm.", None, []),
    ("China and Russia boosted their economic relations last year.", "061", ["COOPERATE"]),
    ("Germany increased its aid to the refugees in Jordan.", "073", ["AID"]),
]


@pytest.mark.parametrize("text, code, expected", BOOSTED)
def test_a_verb_of_increase_or_service_codes_only_its_patterns(nlp, text, code, expected):
    doc = nlp(text)
    found = verb_event_code(doc[:].root)
    assert (found[1] if found else None) == code
    if expected is not None:  # the classifier may still type a sentence the verb leaves
        assert [e["plover"] for e in extract_events(doc)] == expected


# A verb of force that news also writes for words ("blasted", "hammered", "slammed") is
# criticism, 111, where a named person is its subject, no place its object and no weapon its
# means; forces, weapons and acts on places keep the act of force. Sentences written for the
# rule: (text, (type, CAMEO code) of each event).
WORDS_OF_FORCE = [
    ("President Obama blasted House Republicans on Friday for ignoring the middle class.",
     [("ACCUSE", "111")]),
    ("Senator Warren hammered the bank's chief executive at the hearing.", [("ACCUSE", "111")]),
    ("The attorney general was routinely ripped by Trump on Twitter.", [("ACCUSE", "111")]),
    ("The town was pounded by Russian artillery overnight.", [("ASSAULT", "190")]),
    ("Israeli jets blasted Hamas positions in Gaza.", [("ASSAULT", "190")]),
    ("Putin pounded Ukrainian cities with missiles.", [("ASSAULT", "190")]),
    ("Russian artillery hammered the town overnight.", [("ASSAULT", "190")]),
    # a place, a thing, an armed force or a weapon named as a compound's last word: force
    ("Putin blasted the town.", [("ASSAULT", "190")]),
    ("Assad pounded the rebel-held suburbs.", [("ASSAULT", "190")]),
    ("Netanyahu hammered Hamas positions in Gaza.", [("ASSAULT", "193")]),
    ("Kadyrov pounded the rebels.", [("ASSAULT", "190")]),
    ("Putin pounded Ukrainian cities with airstrikes.", [("ASSAULT", "190")]),
    # "lashed out at" is the dictionary's criticism; a lashing of people is force
    ("Maduro lashed the protesters.", [("ASSAULT", "180")]),
    # a weapon is a word of its own, not a suffix ("breakdown", "rundown", "bombshell" are
    # no down or shell), and the police answer to words (each force, 190, in events 103)
    ("Senator Elizabeth Warren hammered the bill with a breakdown of its costs.",
     [("ACCUSE", "111")]),
    ("Senator Elizabeth Warren pounded the administration with a rundown of its failures.",
     [("ACCUSE", "111")]),
    ("Senator Elizabeth Warren hammered the bank's chief executive with a bombshell.",
     [("ACCUSE", "111")]),
    ("Senator Elizabeth Warren blasted the police over the shooting.", [("ACCUSE", "111")]),
    ("Putin pounded Zelensky with missile strikes.", [("ASSAULT", "190")]),
    ("Israel pounded Gaza with drone attacks.", [("ASSAULT", "190")]),
    # a weapon compounded on a noun that is no firing or attack names no force (each force,
    # 190, in events 104)
    ("Senator Elizabeth Warren hammered the bank with gun laws.", [("ACCUSE", "111")]),
    ("Senator Elizabeth Warren blasted the bank with bomb threats.", [("ACCUSE", "111")]),
]


@pytest.mark.parametrize("text, expected", WORDS_OF_FORCE)
def test_a_person_blasting_in_words_criticises(nlp, text, expected):
    assert [(e["plover"], e["cameo"]) for e in extract_events(nlp(text))] == expected
