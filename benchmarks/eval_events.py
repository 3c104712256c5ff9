"""Event coding against the PETRARCH-2 English validation sentences (GSR set).

Usage: python benchmarks/eval_events.py [--data ../shared/data/events/petrarch2-gsr-validation]
       [--mismatches]

For each gold event a predicted event with the same CAMEO root (first two digits) counts as a
root match, the same full code as a full match. Actor agreement compares, for root-matched
pairs, the country part (first three letters) of the gold source/target code with our actor
mapped to a CAMEO country code through the Phoenix country dictionary
(../shared/data/actors/phoenix-petrarch2/Phoenix.Countries.actors.txt). Records that expect
no event count as correct when we produce no asserted event. ``--with-future`` also counts
events stated as future ("will meet"), which the gold set codes as events.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
GSR = SHARED / "events" / "petrarch2-gsr-validation" / "gsr_validation.jsonl"
COUNTRIES = SHARED / "actors" / "phoenix-petrarch2" / "Phoenix.Countries.actors.txt"


def load_country_codes(path: Path = COUNTRIES) -> dict[str, str]:
    """Phrase (upper case, words joined by spaces) -> three-letter CAMEO country code."""
    codes: dict[str, str] = {}
    pending: list[str] = []
    current: str | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        found = re.findall(r"\[([A-Z]{3})[A-Z]*\s*(?:>[^\]]*)?\]", line)
        phrase = line.strip().split("[")[0].strip().lstrip("+").strip("_ ").replace("_", " ")
        if not line.startswith((" ", "\t", "+")):
            pending, current = ([phrase] if phrase else []), None
        elif line.startswith("+") and phrase:
            pending.append(phrase)
        current = found[-1] if found else current
        if current:
            for name in pending:
                codes.setdefault(name, current)
    return codes


def actor_code(name: str, codes: dict[str, str]) -> str | None:
    key = name.upper().replace("’", "'")
    if key in codes:
        return codes[key]
    for word in key.replace("-", " ").split():
        if word in codes:
            return codes[word]
    return None


def evaluate(records: list[dict[str, Any]], *, codes: dict[str, str],
             modalities: frozenset[str] = frozenset({"asserted"})) -> dict[str, Any]:
    from newsdesk.events import extract_events
    from newsdesk.nlp import load_pipeline

    nlp = load_pipeline()
    totals = {"gold": 0, "root": 0, "full": 0, "actor_pairs": 0, "actor_agree": 0,
              "no_event_records": 0, "no_event_correct": 0, "predicted": 0}
    mismatches = []
    for record in records:
        predicted = [e for e in extract_events(nlp(record["text"]))
                     if not e["negated"] and e["modality"] in modalities]
        totals["predicted"] += len(predicted)
        if record.get("expect_no_events"):
            totals["no_event_records"] += 1
            totals["no_event_correct"] += not predicted
            if predicted:
                mismatches.append({"id": record["id"], "text": record["text"], "gold": [],
                                   "ours": [(e["cameo"], e["actors"], e["targets"]) for e in predicted]})
            continue
        for gold in record["expected_events"]:
            _score(gold, predicted, totals, codes)
        if not _all_matched(record["expected_events"], predicted):
            mismatches.append({"id": record["id"], "text": record["text"], "gold": record["expected_events"],
                               "ours": [(e["cameo"], e["actors"], e["targets"]) for e in predicted]})
    return {"totals": totals, "mismatches": mismatches}


def _score(gold: dict[str, str], predicted: list[dict[str, Any]], totals: dict[str, int],
           codes: dict[str, str]) -> None:
    totals["gold"] += 1
    same_root = [e for e in predicted if e["cameo"][:2] == gold["event"][:2]]
    if not same_root:
        return
    totals["root"] += 1
    totals["full"] += any(e["cameo"] == gold["event"] for e in same_root)
    for role, side in (("source", "actors"), ("target", "targets")):
        wanted = (gold.get(role) or "")[:3]
        if not wanted or wanted == "---":
            continue
        totals["actor_pairs"] += 1
        ours = {actor_code(name, codes) for e in same_root for name in e[side]}
        totals["actor_agree"] += wanted in ours


def _all_matched(golds: list[dict[str, str]], predicted: list[dict[str, Any]]) -> bool:
    return all(any(e["cameo"] == gold["event"] for e in predicted) for gold in golds)


def rates(totals: dict[str, int]) -> dict[str, float]:
    return {
        "root_agreement": totals["root"] / totals["gold"],
        "full_agreement": totals["full"] / totals["gold"],
        "actor_agreement": totals["actor_agree"] / max(totals["actor_pairs"], 1),
        "no_event_accuracy": totals["no_event_correct"] / max(totals["no_event_records"], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=GSR)
    parser.add_argument("--mismatches", action="store_true",
                        help="print every record we do not match (and every no-event record we code)")
    parser.add_argument("--with-future", action="store_true",
                        help="count events stated as future ('will meet') too, as the gold set does")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("evaluate", True) and r.get("is_sentence", True)]
    modalities = frozenset({"asserted", "future"} if args.with_future else {"asserted"})
    result = evaluate(records, codes=load_country_codes(), modalities=modalities)
    print(json.dumps({"records": len(records), **result["totals"], **{k: round(v, 3) for k, v in
                      rates(result["totals"]).items()}}, indent=2))
    if args.mismatches:
        for item in result["mismatches"]:
            print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
