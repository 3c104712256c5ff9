"""Sample sentences for hand-labelling as article prose or not (tests/data/prose/sentences.jsonl).

Candidates come from two real sets: the ScrapingHub benchmark pages (every line of the
full-page text baseline `html-text`, whether or not the hand-checked article body holds it)
and AllSides bodies (newspaper3k text, with its leftover boilerplate). The label written here
is only a first guess (in the gold body or not); every row is then checked by hand.

    python benchmarks/sample_prose_candidates.py > /tmp/candidates.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

from newsdesk.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"  # ../shared beside the checkout
ZYTE = DATA / "extraction" / "scrapinghub-article-extraction-benchmark"
ALLSIDES = DATA / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"


def zyte_rows(rng: random.Random, *, pages: int = 40, per_page: int = 4) -> list[dict]:
    gold = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    full = json.loads((ZYTE / "baseline-outputs" / "html-text.json").read_text(encoding="utf-8"))[
        "output"
    ]
    rows = []
    for page in rng.sample(sorted(gold), pages):
        body = " ".join(gold[page]["articleBody"].split())
        text = full.get(page, {}).get("articleBody") or ""
        lines = [
            text[s:e].strip() for s, e in split_sentences(text) if len(text[s:e].split()) >= 3
        ]
        lines = [line for line in lines if line.isascii()]
        for line in rng.sample(lines, min(per_page, len(lines))):
            rows.append(
                {
                    "source": f"scrapinghub:{page[:12]}",
                    "text": line,
                    "prose": " ".join(line.split()) in body,
                }
            )
    return rows


def allsides_rows(rng: random.Random, *, articles: int = 40, per_article: int = 2) -> list[dict]:
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(3000), handle)]
    rows = []
    for record in rng.sample(records, articles):
        text = record.get("content_original") or ""
        spans = [
            text[s:e].strip() for s, e in split_sentences(text) if len(text[s:e].split()) >= 2
        ]
        for line in rng.sample(spans, min(per_article, len(spans))):
            rows.append({"source": f"allsides:{record['ID']}", "text": line, "prose": True})
    return rows


def main() -> None:
    rng = random.Random(15)
    for row in zyte_rows(rng) + allsides_rows(rng):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
