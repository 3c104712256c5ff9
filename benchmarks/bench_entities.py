"""Throughput of the entity stage next to bare spaCy, on the same AllSides texts in the same run.

    python benchmarks/bench_entities.py [--articles 500]

"bare" is ``spacy.load(MODEL).pipe(texts)``; "entities" is newsdesk's pipeline (the same model
plus its own components and the gazetteer ruler) ``.pipe(texts)`` followed by the ``mentions``
analyser on each parse; "pipeline" is newsdesk's pipeline with the gazetteer ruler disabled and
no analyser, which isolates what the entity parts cost.
Both run single-process, alternating in chunks of 50 articles so that other load on the machine
weighs on both alike; the overhead is (bare words/s / entity words/s) - 1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from newsdesk.article import Article
from newsdesk.entities import MentionAnalyser
from newsdesk.nlp import MODEL, load_pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"


def read_texts(limit: int) -> list[str]:
    texts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("content_original") or ""
            if text.strip():
                texts.append(text)
            if len(texts) == limit:
                break
    return texts


def interleaved_rates(runs: dict[str, Callable[[list[str]], None]], texts: list[str], *,
                      chunk: int = 50) -> dict[str, float]:
    """Words/s of each run, alternating runs chunk by chunk (and which goes first) so machine
    load and warm-up hit both alike."""
    seconds = dict.fromkeys(runs, 0.0)
    order = list(runs)
    for start in range(0, len(texts), chunk):
        batch = texts[start:start + chunk]
        order.reverse()  # ABBA: neither run always goes first
        for name in order:
            run = runs[name]
            began = time.perf_counter()
            run(batch)
            seconds[name] += time.perf_counter() - began
    words = sum(len(text.split()) for text in texts)
    return {name: words / spent for name, spent in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    texts = read_texts(args.articles)
    bare_nlp, nlp, analyser = spacy.load(MODEL), load_pipeline(), MentionAnalyser()
    bare_nlp("warm up"), nlp("warm up")

    def bare(batch: list[str]) -> None:
        for _ in bare_nlp.pipe(batch, batch_size=64):
            pass

    def without_entities(batch: list[str]) -> None:
        with nlp.select_pipes(disable=["gazetteer_ruler"]):
            for _ in nlp.pipe(batch, batch_size=64):
                pass

    def entities(batch: list[str]) -> None:
        for text, doc in zip(batch, nlp.pipe(batch, batch_size=64)):
            analyser(doc, Article(path="bench", raw_text=text, text=text))

    rates = interleaved_rates({"bare": bare, "pipeline": without_entities, "entities": entities}, texts)
    bare_rate, entity_rate = rates["bare"], rates["entities"]
    print(f"{len(texts)} AllSides articles, {sum(len(t.split()) for t in texts)} words")
    print(f"bare nlp.pipe ({MODEL}): {bare_rate:,.0f} words/s")
    print(f"newsdesk pipeline, no gazetteer ruler : {rates['pipeline']:,.0f} words/s")
    print(f"entity stage (ruler + mentions)       : {entity_rate:,.0f} words/s")
    print(f"overhead over bare spaCy              : {bare_rate / entity_rate - 1:.1%} (target < 25%)")
    print(f"overhead of the entity parts alone    : {rates['pipeline'] / entity_rate - 1:.1%}")


if __name__ == "__main__":
    main()
