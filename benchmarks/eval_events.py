"""Event coding on independent sets: the dictionary coder (OLD) and the classifier coder (NEW).

Usage: python benchmarks/eval_events.py [--sets gsr,conflibert,conflibert-train] [--limit N]
       [--mismatches] [--compare OLD_MODEL.npz [--compare-values main_weight=0,...]]

Sets (read from ../shared/data, or $NEWSDESK_SHARED/data):
- ``gsr``: the PETRARCH-2 validation sentences (78): PLOVER type right of gold sentences,
  right with no wrong extra type, no-event sentences left empty, source actor right (the gold
  source's first three code letters: a country, or IGO for "UN", "Interpol", ...).
- ``conflibert``: the ConfliBERT CAMEO test split (451 real newswire sentences): quad-class
  accuracy, type right / no wrong extra on quad classes, source and target span token F1.
  Quad classes come from PLOVER types as the set's FORMAT says (REQUEST is verbal conflict);
  ``by_cameo_pentaclass`` scores the same events by their CAMEO code's PentaClass instead
  (01-02 statements and appeals 0, 03-05 1, 06-08 2, 09-13 3, 14-20 4), which is how the set's
  own labels put appeals ("X asked Y for aid") in class 0. ``cameo08_material`` is a
  secondary line: the same as the headline but with CAMEO 08 (yield: concessions, easing
  restrictions, releasing people) counted as material cooperation (2), as CAMEO's own quad
  classes do, where the FORMAT maps PLOVER CONCEDE to verbal cooperation (1).
- ``conflibert-train``: the ConfliBERT train split (1,349 sentences, classes only), a dev set
  for choosing decision values, never training data (its FORMAT); type measures only, every
  sentence counted as dev.
Each set is reported on its dev half (even positions; where thresholds were tuned), its test
half (odd positions) and whole. Both coders read the same spaCy parse of each sentence. OLD
counts its asserted, non-negated events, as the timeline does; NEW counts every event it
gives (modality and negation are attributes of an event, not a reason to drop its type).
``--compare FILE`` adds a third coder, ``compared``: the NEW coder with the classifier weights
in FILE (an earlier ``events_model.npz``) and, with ``--compare-values``, its decision values
(``main_weight=0`` is the coder before the main-verb bonus), so an old and a new coder are
scored in one run.
Scorers: ``newsdesk_eval.events``.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from newsdesk_eval.events import (
    cameo_quad,
    halves,
    load_country_codes,
    pentaclass,
    quad_accuracy,
    read_conflibert,
    read_conflibert_classes,
    read_jsonl,
    score_types,
    source_right,
    span_f1,
)

SHARED = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVENTS = SHARED / "data" / "events"
GSR = EVENTS / "petrarch2-gsr-validation" / "gsr_validation.jsonl"
CONFLIBERT = EVENTS / "conflibert-cameo"
PHOENIX = SHARED / "data" / "actors" / "phoenix-petrarch2"
#: Actor dictionaries that give a name its code's first three letters: countries first, then
#: international organisations ("UN", "Interpol": IGO) and non-state groups.
ACTOR_FILES = [
    PHOENIX / f"Phoenix.{kind}.actors.txt"
    for kind in ("Countries", "International", "MilNonState")
]


def code_both(
    texts: list[str], *, compare: Path | None = None, values: dict[str, float] | None = None
) -> dict[str, list[list[dict[str, Any]]]]:
    """Each coder's events for each text, from one parse (and the coder with the weights in
    ``compare``, when given)."""
    from newsdesk.events import extract_events, extract_rule_events
    from newsdesk.events.actors import actor_spans
    from newsdesk.nlp import load_pipeline

    nlp = load_pipeline()
    other = load_weights(compare) if compare else None
    old, new, compared = [], [], []
    for doc in nlp.pipe(texts, batch_size=32):
        by_start = {token.idx: token for token in doc}
        asserted = [
            e
            for e in extract_rule_events(doc)
            if e["plover"] and not e["negated"] and e["modality"] == "asserted"
        ]
        spans = [actor_spans(by_start[e["trigger_start"]]) for e in asserted]
        old.append(
            [e | {"source_spans": s, "target_spans": t} for e, (s, t) in zip(asserted, spans)]
        )
        new.append(extract_events(doc))
        if other is not None:
            compared.append(extract_events(doc, model=other, decision=values))
    return {"old": old, "new": new} | ({"compared": compared} if other is not None else {})


def load_weights(path: Path) -> Any:
    import numpy as np

    from newsdesk.events.classify import EventTypeModel

    with np.load(path, allow_pickle=False) as arrays:
        return EventTypeModel(arrays)


def load_actor_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for path in ACTOR_FILES:
        codes = load_country_codes(path) | codes  # an earlier file wins
    return codes


def gsr_report(records: list[dict[str, Any]], coded: list[list[dict[str, Any]]]) -> dict[str, Any]:
    from newsdesk.events import plover_of

    gold = [
        set()
        if r.get("expect_no_events")
        else {p for e in r["expected_events"] if (p := plover_of(e["event"]))}
        for r in records
    ]
    predicted = [{e["plover"] for e in events} for events in coded]
    codes = load_actor_codes()
    return score_types(gold, predicted) | {
        "source_right": source_right(records, coded, codes=codes, plover_of=plover_of),
        "source_right_type_matched": source_right(
            records, coded, codes=codes, plover_of=plover_of, typed="matched"
        ),
        "source_right_any_type": source_right(
            records, coded, codes=codes, plover_of=plover_of, typed="any"
        ),
    }


def conflibert_report(
    sentences: list[dict[str, Any]], coded: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    from newsdesk.events import QUAD_CLASSES

    labels = [s["label"] for s in sentences]
    quads = [[QUAD_CLASSES[e["plover"]] for e in events] for events in coded]
    scores = score_types(
        [{label} if label else set() for label in labels], [set(q) for q in quads]
    )
    sources = [[span for e in events for span in e["source_spans"]] for events in coded]
    targets = [[span for e in events for span in e["target_spans"]] for events in coded]
    pentas = [[pentaclass(e["cameo"]) for e in events] for events in coded]
    by_penta = score_types(
        [{label} if label else set() for label in labels], [set(p) - {0} for p in pentas]
    )
    return scores | {
        "quad_accuracy": quad_accuracy(labels, quads),
        "source_span": span_f1(sentences, sources, role="S"),
        "target_span": span_f1(sentences, targets, role="T"),
        "by_cameo_pentaclass": by_penta | {"accuracy": quad_accuracy(labels, pentas)},
        "cameo08_material": yield_as_material(labels, coded),
    }


def yield_as_material(labels: list[int], coded: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """The quad-class measures with CAMEO 08 (yield) as material cooperation (2), CAMEO's own
    class for it, instead of the FORMAT's verbal cooperation for PLOVER CONCEDE."""
    from newsdesk.events import QUAD_CLASSES

    quads = [
        [cameo_quad(e["cameo"], QUAD_CLASSES[e["plover"]]) for e in events] for events in coded
    ]
    gold = [{label} if label else set() for label in labels]
    return score_types(gold, [set(q) for q in quads]) | {
        "quad_accuracy": quad_accuracy(labels, quads)
    }


def read_set(name: str) -> list[dict[str, Any]]:
    if name == "gsr":
        return read_jsonl(GSR)
    if name == "conflibert-train":
        return read_conflibert_classes(CONFLIBERT, split="train")
    return read_conflibert(CONFLIBERT, split="test")


def class_report(
    sentences: list[dict[str, Any]], coded: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    """Quad-class type measures only (the set has no aligned actor spans)."""
    from newsdesk.events import QUAD_CLASSES

    labels = [s["label"] for s in sentences]
    quads = [[QUAD_CLASSES[e["plover"]] for e in events] for events in coded]
    gold = [{label} if label else set() for label in labels]
    return score_types(gold, [set(q) for q in quads]) | {
        "quad_accuracy": quad_accuracy(labels, quads),
        "cameo08_material": yield_as_material(labels, coded),
    }


def by_half(items: list[Any], coded: dict[str, list[Any]], report: Any) -> dict[str, Any]:
    result = {}
    for half, positions in {**halves(items), "all": list(range(len(items)))}.items():
        chosen = [items[i] for i in positions]
        result[half] = {
            coder: report(chosen, [events[i] for i in positions])
            for coder, events in coded.items()
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="gsr,conflibert")
    parser.add_argument("--limit", type=int, help="only the first N sentences of each set")
    parser.add_argument("--mismatches", action="store_true", help="print NEW's wrong sentences")
    parser.add_argument("--compare", type=Path, help="also score these classifier weights")
    parser.add_argument(
        "--compare-values", default="", help="decision values of the compared coder: k=v,..."
    )
    args = parser.parse_args()
    results = {}
    for name in args.sets.split(","):
        items = read_set(name)[: args.limit]
        values = dict(pair.split("=") for pair in args.compare_values.split(",") if pair)
        coded = code_both(
            [item["text"] for item in items],
            compare=args.compare,
            values={key: float(value) for key, value in values.items()},
        )
        if name == "conflibert-train":
            results[name] = {"dev": {c: class_report(items, e) for c, e in coded.items()}}
        else:
            report = gsr_report if name == "gsr" else conflibert_report
            results[name] = by_half(items, coded, report)
        if args.mismatches:
            print_mismatches(name, items, coded["new"])
    print(json.dumps(results, indent=1))


def print_mismatches(
    name: str, items: list[dict[str, Any]], coded: list[list[dict[str, Any]]]
) -> None:
    for item, events in zip(items, coded):
        ours = [(e["plover"], e["actors"], e["targets"], e.get("confidence")) for e in events]
        gold = item.get("expected_events", item.get("label"))
        print(
            json.dumps(
                {"set": name, "text": item["text"], "gold": gold, "ours": ours}, ensure_ascii=False
            )
        )


if __name__ == "__main__":
    main()
