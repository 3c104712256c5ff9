"""Which part of the event coder decides each gold sentence's type, and how often it is right.

Usage: python benchmarks/event_deciders.py --cache FILE.json [--model FILE.npz ...]

Reads the dev sets as ``tune_events.py --cache`` keeps them (the dev halves of the PETRARCH-2
validation and of the ConfliBERT test split, ConfliBERT's train split; test halves are never
read). For every sentence with a gold event it takes the first event given and names what
decided its type (``DECIDERS``): the classifier's best type kept with no dictionary-coded
type behind it; the classifier's best type that the dictionary also codes; a dictionary-coded
type that its bonus put above the classifier's best (the pattern); a rule module that changed
the chosen type (a refusal coded as a rejection, the yield type the dictionary codes on the
main act); or no event. Each part's accuracy is counted on the sentences it decided (the
PLOVER type for the validation set, the quad class for ConfliBERT). Then the classifier
alone: its best type other than "no event" in the sentence where "no event" is least likely,
right by gold quad class, and its calibration (that type's probability in bins against the
share right). The decision values are the shipped ones.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

from eval_events import load_weights
from event_misses import gold_of, kind_of
from tune_events import decide, model_probabilities, read_cache, shipped_values

DECIDERS = ("classifier alone", "classifier and pattern", "pattern over classifier", "rule module", "no event")
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def decider(facts: dict[str, Any], p: dict[str, float], chosen: str, event: dict) -> str:
    """What decided the type of the event given for one sentence (``DECIDERS``)."""
    best = max((label for label in p if label != "NONE"), key=p.get)
    if event["plover"] != chosen or (chosen != best and chosen not in facts["coded"]):
        return DECIDERS[3]
    if chosen != best:
        return DECIDERS[2]
    return DECIDERS[1] if chosen in facts["coded"] else DECIDERS[0]


def first_given(sentences: list[tuple], values: dict) -> tuple[str, str | None]:
    """(decider, PLOVER type) of the first event given in an item's sentences."""
    for facts, p in sentences:
        for chosen in decide(facts, p, values):
            event = facts["events"][chosen]
            if event:
                return decider(facts, p, chosen, event), event["plover"]
    return DECIDERS[4], None


def classifier_alone(sentences: list[tuple]) -> tuple[str, float]:
    """The classifier's best type other than "no event" in the sentence least likely to be
    none, and its probability."""
    _, p = min(sentences, key=lambda s: s[1].get("NONE", 1.0))
    best = max((label for label in p if label != "NONE"), key=p.get)
    return best, p[best]


def quad(name: str, plover: str) -> int:
    """The quad class of a gold type (the validation set's PLOVER type) or class."""
    return kind_of("conflibert", plover) if name == "gsr" else plover


def confidence_bin(confidence: float) -> str:
    return next(f"{lo:.1f}-{hi:.1f}" for lo, hi in pairwise(BINS) if confidence < hi)


def set_table(name: str, rows: list[dict], probabilities: list, values: dict) -> dict[str, Any]:
    """One dev set's table: each part's sentences decided and share right, the classifier
    alone by gold quad class, its type right and its calibration."""
    decided, right, by_class, class_right = Counter(), Counter(), Counter(), Counter()
    bins: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, sentence_p in zip(rows, probabilities):
        gold = gold_of(name, row["item"])
        if not gold:
            continue
        sentences = list(zip(row["sentences"], sentence_p))
        part, plover = first_given(sentences, values)
        decided[part] += 1
        right[part] += bool(plover and kind_of(name, plover) in gold)
        best, confidence = classifier_alone(sentences)
        for g in gold:
            by_class[quad(name, g)] += 1
            class_right[quad(name, g)] += kind_of("conflibert", best) == quad(name, g)
        bins[confidence_bin(confidence)][0] += 1
        bins[confidence_bin(confidence)][1] += kind_of(name, best) in gold
    return {
        "decided": {k: [decided[k], round(right[k] / decided[k], 3) if decided[k] else None] for k in DECIDERS},
        "classifier_by_quad": {q: [by_class[q], round(class_right[q] / by_class[q], 3)] for q in sorted(by_class)},
        "classifier_type_right": round(sum(r for _, r in bins.values()) / max(1, sum(n for n, _ in bins.values())), 3),
        "calibration": {k: [n, round(r / n, 3)] for k, (n, r) in sorted(bins.items())},
    }


def tables(parsed: dict, probabilities: dict, values: dict) -> dict[str, Any]:
    return {name: set_table(name, rows, probabilities[name], values) for name, rows in parsed.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="tune_events.py's cache")
    parser.add_argument("--model", type=Path, action="append", help="weights to score")
    args = parser.parse_args()
    parsed = read_cache(args.cache)
    if parsed is None:
        raise SystemExit(f"{args.cache}: no cache of this code; run tune_events.py --cache first")
    from newsdesk.events.classify import load_model

    models = {str(p): load_weights(p) for p in args.model or []} or {"shipped": load_model()}
    for label, model in models.items():
        probabilities = model_probabilities(parsed, model)
        print(json.dumps({"model": label, **tables(parsed, probabilities, shipped_values())}))


if __name__ == "__main__":
    main()
