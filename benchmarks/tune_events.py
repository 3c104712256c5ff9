"""Choose the event coder's classifier weights and decision values on the dev sets only.

Usage: python benchmarks/tune_events.py [--model FILE.npz ...] [--grid] [--cache FILE.json]

The dev sets are the dev halves (even positions) of the PETRARCH-2 validation and the ConfliBERT
test split, and the whole ConfliBERT train split (used to choose, never to train: its FORMAT).
Each sentence is parsed once; the dictionary coder's findings and, for each of the 16 types,
the event the coder would give are kept (``--cache`` keeps them as JSON between runs, with
a digest of the package's code: a cache that other code made is parsed again), so each
model and each set of decision values (``best_types``) is scored in seconds. The dev score is
the mean of type right and right with no wrong extra plus 0.15 × no-event sentences left
empty, summed over the three sets; each score line is followed by each set's measures (type
right, right with no wrong extra, no-event right, quad accuracy, source right). ``--grid``
also searches the decision values. Test halves
are never read here (``eval_events.py`` reports them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from itertools import product
from pathlib import Path
from typing import Any

from eval_events import class_report, conflibert_report, gsr_report, load_weights, read_set
from newsdesk_eval.events import halves

GRID = {
    "rule_weight": [0.2, 0.3, 0.5],
    "main_weight": [0.0, 0.1, 0.2, 0.3],
    "none_threshold": [0.2, 0.3, 0.4],
    "none_threshold_coded": [0.7, 0.8, 0.9],
    "none_threshold_partial": [0.2, 0.3, 0.4, 0.5],
    "second_ratio": [0.8, 0.9],
}
REPORTS = {"gsr": gsr_report, "conflibert": conflibert_report, "conflibert-train": class_report}
NO_EVENT_WEIGHT = 0.15
#: The measures printed for each dev set under each score line.
SUMMARY_KEYS = (
    "type_right",
    "type_right_no_extra",
    "no_event_right",
    "quad_accuracy",
    "source_right",
)


def dev_items(name: str) -> list[dict[str, Any]]:
    items = read_set(name)
    return items if name == "conflibert-train" else [items[i] for i in halves(items)["dev"]]


def parse_sets() -> dict[str, list[dict[str, Any]]]:
    """Per set, per item: the item and, per sentence, what the decision needs."""
    from newsdesk.nlp import load_pipeline

    nlp = load_pipeline()
    parsed = {}
    for name in REPORTS:
        items = dev_items(name)
        docs = nlp.pipe([item["text"] for item in items], batch_size=32)
        parsed[name] = [{"item": item, "sentences": sentence_facts(doc)} for doc, item in zip(docs, items)]
    return parsed


def read_cache(path: Path) -> dict[str, list[dict[str, Any]]] | None:
    """The parsed dev sets (``parse_sets``) kept at ``path`` by this code; None when none is
    kept there or other code kept it. The facts are what the coder found, so a cache made
    before an edit would score the old code: the key is the events layer's version and a
    digest of every source file of the package (an edit at one version changes it too)."""
    if not path.exists():
        return None
    kept = json.loads(path.read_text(encoding="utf-8"))
    if kept.get("events_version") != _events_version() or kept.get("code") != code_digest():
        print(f"{path}: kept by other code of the events layer, parsed again", file=sys.stderr)
        return None
    return kept["sets"]


def write_cache(path: Path, parsed: dict[str, list[dict[str, Any]]]) -> None:
    """Keep the parsed dev sets at ``path`` with the key of the code that made them."""
    kept = {"events_version": _events_version(), "code": code_digest(), "sets": parsed}
    path.write_text(json.dumps(kept), encoding="utf-8")


def _events_version() -> int:
    from newsdesk.events import EventsAnalyser

    return EventsAnalyser.version


def code_digest() -> str:
    """SHA-256 over the paths and bytes of every file of the ``newsdesk`` package (its code and
    the lexicons and weights it ships), in path order; compiled files left out."""
    import newsdesk

    root = Path(newsdesk.__file__).parent
    digest = hashlib.sha256()
    for file in sorted(root.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def sentence_facts(doc: Any) -> list[dict[str, Any]]:
    """Features, coded and main types (the main verb's dictionary type when the coder codes
    none on the main acts: ``sentence_types``, ``partial`` when none at all), whether the main
    act is a statement, the types of acts it says are not done (``undone_types``: refused or
    only intended), and the event each type would give (a refused cooperation as the
    rejection it is), per sentence."""
    from newsdesk.events import (
        TYPE_CODES,
        refusal,
        rules,
        sentence_types,
        stated,
        undone_types,
    )
    from newsdesk.events.classify import sentence_features
    from newsdesk.events.sentence import event_given
    from newsdesk.events.slots import ActorNames

    found_by_start: dict[int, list[dict[str, Any]]] = {}
    for event in rules.extract_rule_events(doc):
        found_by_start.setdefault(event["start"], []).append(refusal(event))
    actors = ActorNames(doc, [])
    facts = []
    for sentence in doc.sents:
        found = found_by_start.get(sentence.start_char, [])
        build = {"actors": actors, "doc": doc, "times": []}
        coded, main, acts, partial = sentence_types(sentence, found, **build)
        events = {
            plover: event_given(sentence, plover, found, coded, actors=actors, doc=doc, times=[])
            for plover in TYPE_CODES
        }
        events = {plover: event and refusal(event) for plover, event in events.items()}
        keep = ("plover", "actors", "cameo", "source_spans", "target_spans")
        facts.append(
            {
                "features": sentence_features(sentence),
                "coded": sorted(coded),
                "main": sorted(main),
                "acts": sorted(acts),
                "stated": stated(sentence, found),
                "partial": partial,
                "undone": sorted(undone_types(sentence, found)),
                "events": {t: e and {k: e[k] for k in keep} for t, e in events.items()},
                "verb": main_verb_facts(sentence),
            }
        )
    return facts


def main_verb_facts(sentence: Any) -> dict[str, Any]:
    """The sentence's main verb (the one ``verb_type`` reads) as the dictionary sees it: its
    code in context (None when the dictionary does not code it), its modality and negation,
    its lemma and what kind of word it is (``verb_kind``), for ``event_misses.py`` to tell
    why a sentence got no event."""
    from newsdesk.events.classify import governing_verb
    from newsdesk.events.modality import modality, negated
    from newsdesk.events.rules import verb_event_code
    from newsdesk.events.sentence import _action_verb

    verb = _action_verb(governing_verb(sentence))
    code = verb_event_code(verb) if verb.pos_ == "VERB" else None
    return {"code": code and code[1], "modality": modality(verb), "negated": negated(verb),
            "lemma": verb.lemma_.lower(), "kind": verb_kind(verb)}


#: What a main verb the dictionary does not code is (``verb_kind``).
VERB_KINDS = ("not a verb", "a copula", "not in the dictionary", "in the dictionary")


def verb_kind(verb: Any) -> str:
    """``VERB_KINDS``: a word the parse tags as no verb (a noun or proper noun taken for the
    head: "EU and UN hand over ..."), "be" ("are responsible for"), a verb the derived
    dictionary lacks, or one it has, whose block codes nothing in this context."""
    from newsdesk.events.cameo import cameo_dictionary

    if verb.lemma_.lower() == "be":
        return VERB_KINDS[1]
    if verb.pos_ not in {"VERB", "AUX"}:
        return VERB_KINDS[0]
    forms = cameo_dictionary()["forms"]
    return VERB_KINDS[3] if {verb.lemma_.lower(), verb.lower_} & forms.keys() else VERB_KINDS[2]


def decide(facts: dict[str, Any], p: dict[str, float], values: dict[str, float]) -> list[str]:
    """The types ``best_types`` gives a sentence of its kept ``facts`` and probabilities ``p``
    under decision ``values``."""
    from newsdesk.events.classify import best_types

    return best_types(
        p,
        set(facts["coded"]),
        main=set(facts["main"]),
        acts=set(facts["acts"]),
        stated=facts["stated"],
        partial=facts.get("partial", False),
        undone=set(facts.get("undone", ())),
        **values,
    )


def score(parsed: dict[str, list[dict[str, Any]]], probabilities: dict, values: dict) -> tuple:
    """(dev score, per-set report) of one model's probabilities under decision ``values``."""
    total, reports = 0.0, {}
    for name, rows in parsed.items():
        coded = []
        for row, sentence_probabilities in zip(rows, probabilities[name]):
            events = []
            for facts, p in zip(row["sentences"], sentence_probabilities):
                chosen = decide(facts, p, values)
                events += [facts["events"][t] for t in chosen if facts["events"][t]]
            coded.append(events)
        report = REPORTS[name]([row["item"] for row in rows], coded)
        reports[name] = report
        total += (report["type_right"] + report["type_right_no_extra"]) / 2
        total += NO_EVENT_WEIGHT * report["no_event_right"]
    return round(total, 3), reports


def model_probabilities(parsed: dict, model: Any) -> dict[str, list[list[dict[str, float]]]]:
    return {
        name: [model.probabilities([f["features"] for f in row["sentences"]]) for row in rows]
        for name, rows in parsed.items()
    }


def shipped_values() -> dict[str, float]:
    from newsdesk.events import classify

    return {name: getattr(classify, name.upper()) for name in GRID}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, action="append", help="weights to score")
    parser.add_argument("--grid", action="store_true", help="also search the decision values")
    parser.add_argument("--cache", type=Path, help="keep the parsed dev sets here (JSON)")
    args = parser.parse_args()
    parsed = read_cache(args.cache) if args.cache else None
    if parsed is None:
        parsed = parse_sets()
        if args.cache:
            write_cache(args.cache, parsed)
    from newsdesk.events.classify import load_model

    models = {str(p): load_weights(p) for p in args.model or []} or {"shipped": load_model()}
    for label, model in models.items():
        probabilities = model_probabilities(parsed, model)
        values = shipped_values()
        dev_score, reports = score(parsed, probabilities, values)
        print(json.dumps({"model": label, "values": values, "score": dev_score}))
        print(json.dumps(summary(reports)))
        if args.grid:
            best = best_of_grid(parsed, probabilities)
            print(json.dumps(best))
            print(json.dumps(summary(score(parsed, probabilities, best["values"])[1])))


def summary(reports: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """The headline measures of each dev set."""
    return {
        name: {key: round(report[key], 3) for key in SUMMARY_KEYS if key in report}
        for name, report in reports.items()
    }


def best_of_grid(parsed: dict, probabilities: dict) -> dict[str, Any]:
    results = []
    for combination in product(*GRID.values()):
        values = dict(zip(GRID, combination))
        results.append((score(parsed, probabilities, values)[0], values))
    best_score, best_values = max(results, key=lambda result: result[0])
    return {"best_score": best_score, "values": best_values}


if __name__ == "__main__":
    main()
