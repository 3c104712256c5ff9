"""Precision and recall of rewrite detection on spun copies of AllSides articles.

Run from the repository root (reads ../shared/data/corpus/allsides-article-bias):

    python benchmarks/eval_rewrite.py              # 300 spun copies per strength, 600 hard negatives
    python benchmarks/eval_rewrite.py --corpus 4000 # end-to-end run over a bigger corpus

Part 1 scores labelled pairs with ``rewrite_match``: spun copies at three strengths (positives),
different articles on the same topic and day, the silver near-duplicate wire copies and every
pair of seed articles (negatives); it also counts the ECB+ same-event pairs called rewrites. Part 2 runs ``find_rewrites`` (LSH candidates, then alignment)
over a corpus sample with heavily spun copies of some of its articles mixed in.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
import tracemalloc
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from newsdesk.rewrite import SCORE_THRESHOLD, find_rewrites, rewrite_match
from newsdesk_eval.rewrite import (
    HEAVY,
    LIGHT,
    LabelledPair,
    Scored,
    SpinSettings,
    evaluate_scored,
    near_duplicate_pairs,
    read_articles,
    same_topic_day_pairs,
    score_pairs,
    spin,
    spun_pairs,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "corpus" / "allsides-article-bias"
ECBPLUS = ROOT.parent / "shared" / "data" / "clustering" / "ecbplus"
STRENGTHS = {"light": LIGHT, "default": SpinSettings(), "heavy": HEAVY}


def labelled_sets(articles: list[dict], *, count: int, seed: int) -> dict[str, list[LabelledPair]]:
    silver = [json.loads(line) for line in (DATA / "neardup_pairs_silver.jsonl").open()]
    seeds = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.txt"))]
    sets = {f"spun_{name}": list(spun_pairs(articles, count=count, seed=seed, settings=settings))
            for name, settings in STRENGTHS.items()}
    sets["same_topic_day"] = list(same_topic_day_pairs(articles, count=2 * count, seed=seed))
    sets["near_duplicate"] = list(near_duplicate_pairs(silver, read_articles(DATA / "neardup_articles.jsonl.gz")))
    sets["seed_pairs"] = [LabelledPair(a, b, False, "seed") for a, b in combinations(seeds, 2)]
    return sets


def report_pairs(scored: dict[str, Scored], *, threshold: float) -> None:
    print(f"pairwise, threshold {threshold}")
    print(f"  {'set':<16}{'pairs':>6}{'called rewrite':>16}")
    for name, pairs in scored.items():
        result = evaluate_scored(pairs, threshold=threshold)
        print(f"  {name:<16}{len(pairs):>6}{result.true_positives + result.false_positives:>16}")
    total = evaluate_scored([pair for pairs in scored.values() for pair in pairs], threshold=threshold)
    print(f"  all: precision {total.precision:.3f} recall {total.recall:.3f} "
          f"(tp {total.true_positives} fp {total.false_positives} fn {total.false_negatives})")
    for kind, score in total.errors:
        print(f"    error: {kind} score {score:.3f}")


def sweep(scored: dict[str, Scored]) -> None:
    everything = [pair for pairs in scored.values() for pair in pairs]
    print("threshold sweep (all pairs):")
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        result = evaluate_scored(everything, threshold=threshold)
        print(f"  {threshold:.1f}: precision {result.precision:.3f} recall {result.recall:.3f}")


def same_event(*, threshold: float) -> None:
    """ECB+ pairs reporting the same event (unlabelled for rewriting: many share a wire source)."""
    path = ECBPLUS / "documents.jsonl.gz"
    if not path.exists():
        return
    clusters: dict[str, list[str]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            clusters[document["story_cluster"]].append(document["text"])
    pairs = [pair for texts in clusters.values() for pair in combinations(texts, 2)]
    called = sum(rewrite_match(a, b, threshold=threshold) is not None for a, b in pairs)
    print(f"ECB+ same-event pairs: {called} of {len(pairs)} called rewrite at {threshold}")


def end_to_end(articles: list[dict], *, corpus: int, spun: int, seed: int) -> None:
    rng = random.Random(seed)
    sample = rng.sample(articles, corpus)
    items = [(article["ID"], article["content_original"]) for article in sample]
    gold = set()
    for article in sample[:spun]:
        items.append((f"spun-{article['ID']}", spin(article["content_original"], rng=rng, settings=HEAVY)))
        gold.add((article["ID"], f"spun-{article['ID']}"))
    tracemalloc.start()
    started = time.perf_counter()
    found = {(a, b): match for a, b, match in find_rewrites(items)}
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    true = len(gold & found.keys())
    print(f"end to end: {len(items)} articles ({spun} heavily spun copies) in {elapsed:.1f} s, "
          f"peak Python memory {peak:.0f} MiB")
    print(f"  precision {true / max(len(found), 1):.3f} recall {true / len(gold):.3f} "
          f"(found {len(found)}, true {true})")
    for a, b in sorted(found.keys() - gold):
        print(f"    not planted: {a} ~ {b} score {found[a, b].score}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="spun copies per strength")
    parser.add_argument("--corpus", type=int, default=2000, help="articles in the end-to-end run")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threshold", type=float, default=SCORE_THRESHOLD)
    args = parser.parse_args()
    articles = read_articles(DATA / "articles.jsonl.gz")
    started = time.perf_counter()
    scored = {name: score_pairs(pairs) for name, pairs in labelled_sets(articles, count=args.count,
                                                                         seed=args.seed).items()}
    print(f"scored {sum(map(len, scored.values()))} pairs in {time.perf_counter() - started:.1f} s")
    report_pairs(scored, threshold=args.threshold)
    sweep(scored)
    same_event(threshold=args.threshold)
    end_to_end(articles, corpus=args.corpus, spun=args.corpus // 10, seed=args.seed)


if __name__ == "__main__":
    main()
