"""The blind attribution set (``tests/data/quotes-blind``) and the sets annotated the same way
(``quotes-dev2``, ``quotes-dev3``) against our extractor.

The sets were annotated by someone who had only ``docs/attribution-rules.md`` and the raw texts,
on news sites the extractor was not developed on. Each line names the ``dataset`` its text comes
from: ``scrapinghub`` (the default) is the ``articleBody`` string of the Scrapinghub
article-extraction benchmark (``ground-truth.json``, MIT), keyed by the line's ``id``;
``allsides`` is the ``content_original`` of the AllSides corpus (``articles.jsonl.gz``,
Apache-2.0), keyed by its ``ID``. The offsets point into those strings, so the extractor runs
on the text as it is (no cleaning) and the gold spans need no mapping. Scoring is
``newsdesk_eval.quotes.score_quotes``.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.article import Article


@dataclass(slots=True)
class BlindArticle:
    id: str
    article: Article
    attributions: list[dict[str, Any]]


@dataclass(slots=True, frozen=True)
class SourceText:
    """The text an annotated line's offsets point into, with the url and outlet its source
    gives (``outlet`` is None for Scrapinghub pages, which have none)."""

    text: str
    url: str
    outlet: str | None


def read_records(annotations: Path) -> list[dict[str, Any]]:
    """The lines of an ``annotations.jsonl`` file, blank lines skipped."""
    lines = Path(annotations).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def source_key(record: dict[str, Any]) -> tuple[str, str]:
    """``(dataset, id)`` of an annotated line; ``dataset`` is ``scrapinghub`` when absent."""
    return record.get("dataset", "scrapinghub"), record["id"]


def load_blind(
    annotations: Path, ground_truth: Path | None = None, *, corpus: Path | None = None
) -> list[BlindArticle]:
    """Each annotated article with the text its offsets point into: ``articleBody`` from
    ``ground_truth`` for ``scrapinghub`` lines, ``content_original`` from the AllSides
    ``corpus`` for ``allsides`` lines. A line whose text is not found is left out."""
    records = read_records(annotations)
    sources = load_sources(records, ground_truth=ground_truth, corpus=corpus)
    found = []
    for record in records:
        source = sources.get(source_key(record))
        if source is None:
            continue
        article = Article(
            path=f"{record['id']}.txt",
            raw_text=source.text,
            text=source.text,
            outlet=record.get("outlet"),
            url=record.get("url"),
            language="en",
        )
        found.append(BlindArticle(record["id"], article, list(record["attributions"])))
    return found


def load_sources(
    records: list[dict[str, Any]], *, ground_truth: Path | None, corpus: Path | None
) -> dict[tuple[str, str], SourceText]:
    """``(dataset, id) -> SourceText`` for the records' articles, reading each source only
    when a record needs it."""
    wanted = {source_key(r) for r in records}
    unknown = {dataset for dataset, _ in wanted} - {"scrapinghub", "allsides"}
    if unknown:
        raise ValueError(f"unknown dataset(s) {sorted(unknown)}: expected scrapinghub or allsides")
    sources = {}
    if ground_truth is not None and any(d == "scrapinghub" for d, _ in wanted):
        sources.update(_scrapinghub_sources(ground_truth, wanted))
    if corpus is not None and any(d == "allsides" for d, _ in wanted):
        sources.update(_allsides_sources(corpus, wanted))
    return sources


def _scrapinghub_sources(ground_truth: Path, wanted: set[tuple[str, str]]) -> dict:
    pages = json.loads(Path(ground_truth).read_text(encoding="utf-8"))
    return {
        ("scrapinghub", k): SourceText(page["articleBody"], page["url"], None)
        for k, page in pages.items()
        if ("scrapinghub", k) in wanted
    }


def _allsides_sources(corpus: Path, wanted: set[tuple[str, str]]) -> dict:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return {
            ("allsides", r["ID"]): SourceText(r["content_original"], r["url"], r["source"])
            for r in rows
            if ("allsides", r["ID"]) in wanted
        }


def score_blind(
    articles: list[BlindArticle], predicted: list[list[dict[str, Any]]], *, overlap: str = "ggt"
) -> dict[str, Any]:
    """``score_quotes`` of ``predicted`` (one list per article, in order) against the gold."""
    from newsdesk_eval.quotes import score_quotes

    gold = {a.id: a.attributions for a in articles}
    found = {a.id: quotes for a, quotes in zip(articles, predicted)}
    return score_quotes(gold, found, overlap=overlap)
