"""Quote extraction against the hand-annotated AllSides set (tests/data/quotes): precision, recall
and F1 at >0.3 and >0.8 overlap (GenderGapTracker's measure, and IoU), speaker and affiliation
accuracy on found quotes. Run: python benchmarks/eval_quotes.py [--show]"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from newsdesk_eval.quotes import same_name, span_overlap
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes, load_gold, score

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "data" / "quotes" / "annotations.jsonl"
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"


def main(show: bool) -> None:
    gold_articles = load_gold(ANNOTATIONS, CORPUS)
    nlp = load_pipeline()
    started = time.perf_counter()
    predicted = [annotate_quotes(nlp(g.article.text), g.article) for g in gold_articles]
    seconds = time.perf_counter() - started
    print(f"{len(gold_articles)} articles, {sum(len(g.quotes) for g in gold_articles)} gold quotes "
          f"({sum(g.unmapped for g in gold_articles)} not in the cleaned text), "
          f"{sum(map(len, predicted))} predicted, {seconds:.1f} s (mentions + quotes, with the parse)")
    for overlap in ("ggt", "iou"):
        for threshold, s in score(gold_articles, predicted, overlap=overlap)["by_threshold"].items():
            print(f"{overlap} >{threshold}: P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                  f"speaker {s['speaker_accuracy']:.3f}  affiliation {s['affiliation_accuracy']:.3f}  "
                  f"({s['true_positive']} found)")
    if show:
        for g, p in zip(gold_articles, predicted):
            _show(g, p)


def _overlap(gold: dict, predicted: dict) -> float:
    return span_overlap((gold["start"], gold["end"]), (predicted["start"], predicted["end"]))


def _show(gold_article, predicted) -> None:
    print("==", gold_article.article.outlet, gold_article.article.title)
    for q in gold_article.quotes:
        best = max(predicted, key=lambda p: _overlap(q, p), default=None)
        if best is None or _overlap(q, best) <= 0.3:
            print(f"  MISS {q['speaker']!r}: {q['text'][:90]!r}")
        elif not same_name(q["speaker"], best["speaker"]):
            print(f"  SPKR gold {q['speaker']!r} got {best['speaker']!r}: {q['text'][:70]!r}")
    for p in predicted:
        if all(_overlap(q, p) <= 0.3 for q in gold_article.quotes):
            print(f"  XTRA {p['speaker']!r} {p['cue']!r}: {p['text'][:90]!r}")


if __name__ == "__main__":
    main("--show" in sys.argv)
