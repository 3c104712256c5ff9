"""The export contract: JSONL objects, and CSV/Parquet with the same fields flattened."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newsdesk
from conftest import EXAMPLES
from newsdesk.errors import UsageError

CONTRACT = ["id", "path", "title", "authors", "outlet", "published", "url", "language", "text", "removed"]


@pytest.fixture()
def store_path(db: str) -> str:
    newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    return db


def test_jsonl_carries_the_contract(store_path: str, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    with newsdesk.open_store(store_path) as store:
        assert newsdesk.export(store, format="jsonl", out=str(out)) == 5
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(list(record)[: len(CONTRACT)] == CONTRACT for record in records)
    by_author = {tuple(r["authors"]): r for r in records}
    assert by_author[("Chao Deng",)]["published"] == "2022"
    assert by_author[("Chao Deng",)]["path"].endswith("003_c789b56ee0b57896.txt")
    removed = by_author[("Yaroslav Trofimov",)]["removed"]
    assert {"text": "Comments are closed.", "reason": "comments"} in removed
    assert all(r["language"] == "en" for r in records)


def test_csv_and_parquet_flatten_the_same_fields(store_path: str, tmp_path: Path) -> None:
    with newsdesk.open_store(store_path) as store:
        newsdesk.export(store, format="csv", out=str(tmp_path / "a.csv"))
        newsdesk.export(store, format="parquet", out=str(tmp_path / "a.parquet"))
        records = list(newsdesk.export_records(store))
    rows = list(csv.DictReader((tmp_path / "a.csv").open(encoding="utf-8")))
    table = pq.read_table(tmp_path / "a.parquet").to_pylist()
    for flat in (rows, table):
        assert list(flat[0])[: len(CONTRACT)] == CONTRACT
        assert [row["text"] for row in flat] == [record["text"] for record in records]
        assert json.loads(flat[4]["removed"]) == records[4]["removed"]
        assert flat[4]["authors"] == "; ".join(records[4]["authors"])


def test_unknown_format_is_a_usage_error(store_path: str) -> None:
    with newsdesk.open_store(store_path) as store, pytest.raises(UsageError):
        newsdesk.export(store, format="xml")
