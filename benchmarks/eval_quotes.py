"""Quote extraction against the hand-annotated AllSides set (tests/data/quotes): precision, recall
and F1 at >0.3 and >0.8 overlap (GenderGapTracker's measure, and IoU), speaker and affiliation
accuracy on found quotes. Run: python benchmarks/eval_quotes.py [--show]"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes, load_gold, score
from newsdesk_eval.quotes import attribution_errors

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
            print("==", g.article.outlet, g.article.title)
            for line in attribution_errors(g.quotes, p):
                print(" ", line)


if __name__ == "__main__":
    main("--show" in sys.argv)
