"""The Scrapinghub metadata check set loads, and its scorer runs on a few of its pages.

No thresholds here: the set's figures are measured by
``benchmarks/eval_metadata_scrapinghub.py`` and written in docs/benchmarks.md."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from conftest import need_shared

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from eval_metadata_scrapinghub import GOLD, audit_draws, read_gold, right, run

BENCHMARK = "data/extraction/scrapinghub-article-extraction-benchmark"
KEYS = {"id", "url", "authors", "date", "title", "annotator"}


def records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def test_each_page_has_one_record_of_the_annotated_fields_only() -> None:
    rows = records()
    assert len(rows) == len({row["id"] for row in rows}) == 181
    for row in rows:
        assert set(row) == KEYS, row["id"]
        assert isinstance(row["authors"], list) and all(name for name in row["authors"])
        assert row["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"])
        assert row["title"] and row["annotator"] in ("a", "b")


def test_the_records_are_the_benchmark_pages() -> None:
    truth = json.loads((need_shared(BENCHMARK) / "ground-truth.json").read_text("utf-8"))
    assert {row["id"]: row["url"] for row in records()} == {
        key: entry["url"] for key, entry in truth.items()
    }


def test_the_audit_draws_split_the_pages_as_the_audits_took_them() -> None:
    counts: dict[str, int] = {}
    for name in audit_draws([row["id"] for row in records()]).values():
        counts[name] = counts.get(name, 0) + 1
    assert sorted(counts.values()) == [21, 40, 60, 60]


def test_the_scorer_reads_and_scores_a_few_pages() -> None:
    pages = read_gold(GOLD, need_shared(BENCHMARK), limit=3)
    assert [gold.page.title for gold in pages] == [row["title"] for row in records()[:3]]
    tallies = run(pages, misses=None)
    for reader in ("newsdesk", "trafilatura"):
        assert tallies["all"][reader].total["author"] == 3
        assert tallies["all"][reader].total["title"] == 3
    gold = pages[0]
    answer = {"author": list(gold.authors), "date": gold.page.date, "title": gold.page.title}
    assert all(right(gold, answer, field) for field in ("author", "date", "title"))
    assert not right(gold, {**answer, "author": ["Jane Roe"]}, "author")
