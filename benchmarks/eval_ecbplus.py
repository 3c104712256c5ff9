"""B-cubed precision, recall and F1 of story clustering on ECB+ (982 documents, 86 gold stories).

Compares a plain TF-IDF baseline (word unigrams, cosine, SciPy average linkage) with
``newsdesk.stories.cluster_stories``. For each system it prints the figures at its default
threshold, the best threshold of a sweep (an upper bound: tuned on the test set), and a
two-fold cross-validation over topics (threshold chosen on odd topics, scored on even ones and
the other way round), which is the honest number.

    python benchmarks/eval_ecbplus.py [--data ../shared/data/clustering/ecbplus]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances

from newsdesk.article import Article
from newsdesk.stories import cluster_stories

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "clustering" / "ecbplus"
THRESHOLDS = [round(x, 2) for x in np.arange(0.10, 0.31, 0.02)]
BASELINE_THRESHOLD = 0.2


def load_ecbplus(data: Path) -> tuple[list[Article], list[str], list[int]]:
    """Articles, gold story labels and topic numbers of the ECB+ documents."""
    with gzip.open(data / "documents.jsonl.gz", "rt", encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    articles = [Article(path=d["doc_name"], source=d["doc_name"], raw_text=d["text"], text=d["text"])
                for d in docs]
    return articles, [d["story_cluster"] for d in docs], [d["topic"] for d in docs]


def bcubed(predicted: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    by_predicted, by_gold = defaultdict(set), defaultdict(set)
    for index, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_predicted[p].add(index)
        by_gold[g].add(index)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        shared = len(by_predicted[p] & by_gold[g])
        precision += shared / len(by_predicted[p])
        recall += shared / len(by_gold[g])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def baseline(articles: Sequence[Article], *, threshold: float) -> list[int]:
    """Plain TF-IDF: word unigrams, English stop words, cosine, average linkage."""
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [article.text for article in articles])
    distances = np.clip(cosine_distances(vectors), 0, None)
    tree = linkage(squareform(distances, checks=False), method="average")
    return fcluster(tree, t=1 - threshold, criterion="distance").tolist()


def newsdesk_stories(articles: Sequence[Article], *, threshold: float) -> list[int]:
    stories = cluster_stories(articles, threshold=threshold)
    return [stories[article.id] for article in articles]


def cross_validated(system: Callable, articles: list[Article], gold: list[str],
                    topics: list[int]) -> tuple[float, float, float]:
    """Pick the threshold on one half of the topics, score on the other half; average."""
    scores = []
    for tune_parity in (0, 1):
        tune = [i for i, t in enumerate(topics) if t % 2 == tune_parity]
        test = [i for i, t in enumerate(topics) if t % 2 != tune_parity]
        best = max(THRESHOLDS, key=lambda th: _score(system, articles, gold, tune, th)[2])
        scores.append(_score(system, articles, gold, test, best))
    return tuple(float(np.mean(column)) for column in zip(*scores))


def _score(system: Callable, articles: list[Article], gold: list[str], indexes: list[int],
           threshold: float) -> tuple[float, float, float]:
    labels = system([articles[i] for i in indexes], threshold=threshold)
    return bcubed(labels, [gold[i] for i in indexes])


def report(name: str, system: Callable, default: float, articles: list[Article],
           gold: list[str], topics: list[int]) -> None:
    started = time.perf_counter()
    at_default = bcubed(system(articles, threshold=default), gold)
    seconds = time.perf_counter() - started
    sweep = {th: bcubed(system(articles, threshold=th), gold) for th in THRESHOLDS}
    best = max(sweep, key=lambda th: sweep[th][2])
    print(f"{name}")
    print(f"  default threshold {default:.2f}: P {at_default[0]:.3f}  R {at_default[1]:.3f}"
          f"  F1 {at_default[2]:.3f}   ({seconds:.2f} s)")
    print(f"  best of sweep    {best:.2f}: P {sweep[best][0]:.3f}  R {sweep[best][1]:.3f}"
          f"  F1 {sweep[best][2]:.3f}")
    cv = cross_validated(system, articles, gold, topics)
    print(f"  2-fold CV over topics:  P {cv[0]:.3f}  R {cv[1]:.3f}  F1 {cv[2]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    articles, gold, topics = load_ecbplus(args.data)
    print(f"ECB+: {len(articles)} documents, {len(set(gold))} gold stories, B-cubed")
    report("plain TF-IDF baseline", baseline, BASELINE_THRESHOLD, articles, gold, topics)
    report("newsdesk cluster_stories", newsdesk_stories, 0.2, articles, gold, topics)


if __name__ == "__main__":
    main()
