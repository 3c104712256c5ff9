"""Attribution on the blind set (tests/data/quotes-blind): precision, recall and F1 at >0.3 and
>0.8 overlap (GenderGapTracker's measure, and IoU), speaker accuracy on matched attributions, and role and affiliation accuracy on those whose gold
states one (the speaker's name rule).
Beside it, in the same run, the quotation-marks-only baseline (every string in double marks,
no speaker). Keep tuning off this set: it measures news the extractor was not developed on.
`eval_quotes_dev.py --set dev2|dev3|dev4` scores the development sets of the same format
(Scrapinghub or AllSides texts, by each line's `dataset`) with this code.

    python benchmarks/eval_quotes_blind.py [--gold ANNOTATIONS]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_blind import load_blind, score_blind
from newsdesk_eval.quote_set import annotate_quotes
from newsdesk_eval.quotes import attribution_errors, description_errors

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
ANNOTATIONS = ROOT / "tests" / "data" / "quotes-blind" / "annotations.jsonl"
BENCHMARK = SHARED / "data" / "extraction" / "scrapinghub-article-extraction-benchmark"
GROUND_TRUTH = BENCHMARK / "ground-truth.json"
CORPUS = SHARED / "data" / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"
DOUBLE_QUOTED = re.compile(r"[\"“]([^\"“”]{1,2000})[\"”]")


def marks_baseline(text: str) -> list[dict]:
    return [{"start": m.start(1), "end": m.end(1), "speaker": None} for m in DOUBLE_QUOTED.finditer(text)]


def report(name: str, articles: list, predicted: list) -> None:
    for overlap in ("ggt", "iou"):
        scores = score_blind(articles, predicted, overlap=overlap)["by_threshold"]
        for threshold, s in scores.items():
            print(
                f"{name:9} {overlap} >{threshold}: P {s['precision']:.3f}  R {s['recall']:.3f}  "
                f"F1 {s['f1']:.3f}  speaker {s['speaker_accuracy']:.3f}  "
                f"role {s['role_accuracy']:.3f} of {s['role_gold']}  "
                f"affiliation {s['affiliation_accuracy']:.3f} of {s['affiliation_gold']}  "
                f"({s['true_positive']} matched)"
            )


def main(annotations: Path, *, show: bool = False) -> None:
    """Score the extractor (and the marks baseline) on an attribution set of Scrapinghub or
    AllSides texts; ``show`` lists every miss, wrong speaker and extra attribution
    (development sets only)."""
    articles = load_blind(annotations, GROUND_TRUTH, corpus=CORPUS)
    nlp = load_pipeline()
    started = time.perf_counter()
    ours = [annotate_quotes(nlp(a.article.text), a.article) for a in articles]
    seconds = time.perf_counter() - started
    gold = sum(len(a.attributions) for a in articles)
    print(f"{len(articles)} articles, {gold} gold attributions, {sum(map(len, ours))} predicted, {seconds:.1f} s")
    report("newsdesk", articles, ours)
    report("marks", articles, [marks_baseline(a.article.text) for a in articles])
    for article, found in zip(articles, ours) if show else ():
        print("==", article.article.outlet, article.id[:12])
        for line in attribution_errors(article.attributions, found) + description_errors(article.attributions, found):
            print(" ", line)


def arguments(default: Path, *, description: str = __doc__) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=default, help="annotations.jsonl to score")
    parser.add_argument("--show", action="store_true", help="list every error (not on a blind set)")
    return parser.parse_args()


if __name__ == "__main__":
    options = arguments(ANNOTATIONS)
    if not options.gold.exists():
        sys.exit(f"{options.gold}: no such annotations file (give one with --gold PATH)")
    main(options.gold, show=options.show)
