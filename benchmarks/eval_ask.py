"""Does `ask` know when it does not know? Calibrate and measure its relevance thresholds.

A store is built (ingest only: ask reads article text) from a fixed sample of AllSides
articles; the questions of `benchmarks/data/ask_questions.jsonl` were written from the sample's
titles before any answer was seen: half can be answered from one named article, half cannot.
The thresholds (BM25 per content word, coverage of the question's content words) are chosen on
the questions marked `calibrate` and reported on those marked `report`:

* answer precision: of the questions answered, the share whose first item cites the article
  that answers them (an answer to an unanswerable question counts as wrong);
* not-found accuracy: the share of unanswerable questions answered "not found";
* answered: the share of answerable questions answered from their article.

    PYTHONPATH=src nice python benchmarks/eval_ask.py [--sample 300]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import tempfile
from pathlib import Path

from newsdesk.brief.ask import MIN_BM25, MIN_COVERAGE, rank_passages, relevance, update_index
from newsdesk.ingest import ingest
from newsdesk.prose import is_prose
from newsdesk.store import open_store

ALLSIDES = Path(__file__).resolve().parents[2] / "shared/data/corpus/allsides-article-bias/articles.jsonl.gz"
QUESTIONS = Path(__file__).parent / "data" / "ask_questions.jsonl"
FIELDS = {"text": "content_original", "id": "ID", "outlet": "source", "date": "date", "url": "url"}


def build_store(folder: Path, *, sample: int) -> str:
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    picked = random.Random(15).sample(rows, sample)
    source = folder / "sample.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in picked), encoding="utf-8"
    )
    db = str(folder / "ask.duckdb")
    ingest([str(source)], db=db, workers=1, fields=FIELDS)
    return db


def features(db: str, questions: list[dict]) -> list[list[tuple[float, float, str]]]:
    """Per question, its ranked prose passages as (bm25 per word, coverage, article id)."""
    out = []
    with open_store(db) as store:
        update_index(store)
        articles = {a.id: a for a in store.iter_articles()}
        for question in questions:
            ranked = rank_passages(store, question["question"], depth=50)
            prose = is_prose([row["text"] for row in ranked])
            scores = relevance(store, question["question"], ranked)
            out.append(
                [
                    (bm25, cov, _source_id(articles[row["article_id"]]))
                    for row, (bm25, cov), ok in zip(ranked, scores, prose)
                    if ok
                ]
            )
    return out


def _source_id(article) -> str:
    return str(
        article.metadata.get("id") or article.metadata.get("ID") or article.locator or article.id
    )


def score(
    questions: list[dict],
    found: list[list[tuple[float, float, str]]],
    *,
    bm25: float,
    coverage: float,
) -> dict[str, float]:
    answered = right = not_found = answerable_right = 0
    for question, passages in zip(questions, found):
        first = next((p for p in passages if p[0] >= bm25 and p[1] >= coverage), None)
        if first is None:
            not_found += not question["answerable"]
            continue
        answered += 1
        hit = question["answerable"] and question["article"] in first[2]
        right += hit
        answerable_right += hit
    unanswerable = sum(not q["answerable"] for q in questions)
    return {
        "answer_precision": right / answered if answered else 0.0,
        "not_found_accuracy": not_found / unanswerable if unanswerable else 0.0,
        "answered": answerable_right / (len(questions) - unanswerable),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=300)
    args = parser.parse_args()
    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as folder:
        db = build_store(Path(folder), sample=args.sample)
        found = features(db, questions)
    halves = {
        name: [i for i, q in enumerate(questions) if q["half"] == name]
        for name in ("calibrate", "report")
    }

    def on(half: str, **thresholds: float) -> dict[str, float]:
        return score(
            [questions[i] for i in halves[half]], [found[i] for i in halves[half]], **thresholds
        )

    grid = itertools.product(
        [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0], [0.3, 0.4, 0.5, 0.6, 0.75, 1.0]
    )
    best = max(
        grid, key=lambda t: (sum(on("calibrate", bm25=t[0], coverage=t[1]).values()), t[0], t[1])
    )
    print(
        json.dumps(
            {
                "shipped": {
                    "bm25": MIN_BM25,
                    "coverage": MIN_COVERAGE,
                    "report": on("report", bm25=MIN_BM25, coverage=MIN_COVERAGE),
                },
                "calibrated": {
                    "bm25": best[0],
                    "coverage": best[1],
                    "calibrate": on("calibrate", bm25=best[0], coverage=best[1]),
                    "report": on("report", bm25=best[0], coverage=best[1]),
                },
                "no_threshold": {"report": on("report", bm25=0.0, coverage=0.0)},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
