"""Score quote extraction on the hand-annotated AllSides set with GenderGapTracker's method.

Scores two systems with ``newsdesk_eval.quotes.score_quotes``: newsdesk's extractor, and a
baseline that takes every string between double quotation marks as a quote with no speaker.
Each is scored with GGT overlap (|gold ∩ predicted| / |gold|) and with IoU, at > 0.3 and > 0.8.
Gold offsets are mapped onto the cleaned text first, as ``newsdesk_eval.quote_set`` does.
Gold quotes that cleaning removed are left out and counted.

    python benchmarks/score_quotes_ggt.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes
from newsdesk_eval.quote_set import load_gold
from newsdesk_eval.quotes import score_quotes

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "data" / "quotes" / "annotations.jsonl"
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"
DOUBLE_QUOTED = re.compile(r"[\"“]([^\"“”]{1,2000})[\"”]")


def marks_baseline(text: str) -> list[dict]:
    return [{"start": m.start(1), "end": m.end(1), "speaker": None} for m in DOUBLE_QUOTED.finditer(text)]


def report(name: str, gold: dict, predicted: dict) -> None:
    for overlap in ("ggt", "iou"):
        result = score_quotes(gold, predicted, overlap=overlap)
        for threshold, s in result["by_threshold"].items():
            print(f"{name:9} {overlap} >{threshold}: P {s['precision']:.3f}  R {s['recall']:.3f}  "
                  f"F1 {s['f1']:.3f}  speaker {s['speaker_accuracy']:.3f}  "
                  f"role {s['role_accuracy']:.3f} of {s['role_gold']}  "
                  f"affiliation {s['affiliation_accuracy']:.3f} of {s['affiliation_gold']}  "
                  f"({s['true_positive']} matched)")


def main() -> None:
    articles = load_gold(ANNOTATIONS, CORPUS)
    gold = {g.article.id: g.quotes for g in articles}
    nlp = load_pipeline()
    ours = {g.article.id: extract_quotes(nlp(g.article.text), g.article) for g in articles}
    baseline = {g.article.id: marks_baseline(g.article.text) for g in articles}
    print(f"{len(articles)} articles, {sum(map(len, gold.values()))} gold quotes mapped "
          f"({sum(g.unmapped for g in articles)} removed by cleaning)")
    report("newsdesk", gold, ours)
    report("marks", gold, baseline)


if __name__ == "__main__":
    main()
