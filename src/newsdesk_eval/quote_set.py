"""The hand-annotated quote set (``tests/data/quotes``) against our extractor.

Gold offsets point into the corpus's ``content_original``; our offsets point into the
cleaned ``text``. Each gold quote is mapped by finding its text in the cleaned text (the
occurrence nearest its relative position); quotes that cleaning removed are counted apart.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.article import Article


def annotate_quotes(doc: Any, article: Article) -> list[dict[str, Any]]:
    """Run the analysers up to ``quotes`` as ``newsdesk analyse`` does; return the quotes."""
    from newsdesk.analyse import analysers

    for analyser in analysers():
        article.annotations[analyser.layer] = analyser(doc, article)
        if analyser.layer == "quotes":
            break
    return article.annotations["quotes"]


@dataclass(slots=True)
class GoldArticle:
    id: str
    article: Article
    quotes: list[dict[str, Any]]
    unmapped: int


def load_gold(annotations: Path, corpus: Path) -> list[GoldArticle]:
    """Each annotated article, cleaned as ingest cleans it, with its gold quotes mapped onto the text."""
    records = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {record["id"] for record in records}
    articles = dict(_clean_articles(corpus, wanted))
    return [_map(articles[record["id"]], record) for record in records if record["id"] in articles]


def _clean_articles(corpus: Path, wanted: set[str]) -> Iterator[tuple[str, Article]]:
    from newsdesk.pipeline import INGEST_STEPS, run_steps
    from newsdesk.readers import ReadContext, read_input

    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = [row for row in map(json.loads, handle) if row["ID"] in wanted]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gold.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        articles = run_steps(read_input(str(path), ReadContext()), INGEST_STEPS)
    for row, article in zip(rows, articles):
        article.metadata["original_length"] = len(row["content_original"])
        yield row["ID"], article


def _map(article: Article, record: dict[str, Any]) -> GoldArticle:
    quotes, unmapped = [], 0
    scale = len(article.text) / max(1, article.metadata.get("original_length", len(article.text)))
    for quote in record["quotes"]:
        start = _locate(article.text, quote["text"], near=int(quote["start"] * scale))
        if start is None:
            unmapped += 1
            continue
        quotes.append({**quote, "start": start, "end": start + len(quote["text"])})
    return GoldArticle(record["id"], article, quotes, unmapped)


def _locate(text: str, needle: str, *, near: int) -> int | None:
    found, position = [], text.find(needle)
    while position >= 0:
        found.append(position)
        position = text.find(needle, position + 1)
    return min(found, key=lambda p: abs(p - near)) if found else None



def score(gold_articles: list[GoldArticle], predicted: list[list[dict[str, Any]]], *,
          overlap: str = "ggt") -> dict[str, Any]:
    """``newsdesk_eval.quotes.score_quotes`` over the mapped gold quotes (thresholds 0.3 and 0.8)."""
    from newsdesk_eval.quotes import score_quotes

    gold = {g.id: g.quotes for g in gold_articles}
    return score_quotes(gold, {g.id: quotes for g, quotes in zip(gold_articles, predicted)}, overlap=overlap)
