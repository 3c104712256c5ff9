"""The blind attribution set (``tests/data/quotes-blind``) against our extractor.

The set was annotated by someone who had only ``docs/attribution-rules.md`` and the raw texts,
on news sites the extractor was not developed on. Its texts are the ``articleBody`` strings of
the Scrapinghub article-extraction benchmark (``ground-truth.json``, MIT), and its offsets point
into those strings, so the extractor runs on ``articleBody`` as it is (no cleaning) and the gold
spans need no mapping. Scoring is ``newsdesk_eval.quotes.score_quotes``.
"""

from __future__ import annotations

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


def load_blind(annotations: Path, ground_truth: Path) -> list[BlindArticle]:
    """Each annotated article with its ``articleBody`` as the article text."""
    bodies = json.loads(Path(ground_truth).read_text(encoding="utf-8"))
    found = []
    for line in Path(annotations).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        page = bodies.get(record["id"])
        if page is None:
            continue
        text = page["articleBody"]
        article = Article(path=f"{record['id']}.txt", raw_text=text, text=text,
                          outlet=record.get("outlet"), url=record.get("url"), language="en")
        found.append(BlindArticle(record["id"], article, list(record["attributions"])))
    return found


def score_blind(articles: list[BlindArticle], predicted: list[list[dict[str, Any]]], *,
                overlap: str = "ggt") -> dict[str, Any]:
    """``score_quotes`` of ``predicted`` (one list per article, in order) against the gold."""
    from newsdesk_eval.quotes import score_quotes

    gold = {a.id: a.attributions for a in articles}
    found = {a.id: quotes for a, quotes in zip(articles, predicted)}
    return score_quotes(gold, found, overlap=overlap)
