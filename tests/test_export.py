"""The export contract: JSONL objects, and CSV/Parquet with the same fields flattened."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import newsdesk
from conftest import EXAMPLES
from newsdesk.analyse import analyse
from newsdesk.errors import UsageError

CONTRACT = ["id", "path", "title", "authors", "outlet", "published", "url", "language", "text", "removed",
            "published_precision", "origin", "locator"]


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
    assert by_author[("Chao Deng",)]["published_precision"] == "year"  # read from its copyright line
    assert by_author[("Reid Standish",)]["published"] is None
    assert by_author[("Reid Standish",)]["published_precision"] is None
    assert by_author[("Chao Deng",)]["path"].endswith("003_c789b56ee0b57896.txt")
    removed = by_author[("Yaroslav Trofimov",)]["removed"]
    assert {"text": "Comments are closed.", "reason": "comments"} in removed
    assert all(r["language"] == "en" for r in records)


def test_csv_flattens_and_parquet_keeps_the_same_fields_typed(store_path: str,
                                                              tmp_path: Path) -> None:
    with newsdesk.open_store(store_path) as store:
        newsdesk.export(store, format="csv", out=str(tmp_path / "a.csv"))
        newsdesk.export(store, format="parquet", out=str(tmp_path / "a.parquet"))
        records = list(newsdesk.export_records(store))
    rows = list(csv.DictReader((tmp_path / "a.csv").open(encoding="utf-8")))
    table = pq.read_table(tmp_path / "a.parquet").to_pylist()
    for flat in (rows, table):
        assert list(flat[0])[: len(CONTRACT)] == CONTRACT
        assert [row["text"] for row in flat] == [record["text"] for record in records]
    assert json.loads(rows[4]["removed"]) == records[4]["removed"]
    assert rows[4]["authors"] == "; ".join(records[4]["authors"])
    assert table[4]["removed"] == records[4]["removed"]
    assert table[4]["authors"] == records[4]["authors"]


@pytest.fixture(scope="module")
def analysed_parquet(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("parquet")
    db = str(folder / "store.duckdb")
    newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    analyse(db=db, workers=1)
    with newsdesk.open_store(db) as store:
        newsdesk.export(store, format="parquet", out=str(folder / "articles.parquet"))
        records = list(newsdesk.export_records(store))
    return folder, records


def test_parquet_nested_fields_are_lists_of_structs(analysed_parquet) -> None:
    folder, records = analysed_parquet
    schema = pq.read_schema(folder / "articles.parquet")
    for name in ("entities", "quotes", "figures", "events"):
        assert pa.types.is_list(schema.field(name).type), name
        assert pa.types.is_struct(schema.field(name).type.value_type), name
    table = pq.read_table(folder / "articles.parquet").to_pylist()
    mine = {row["id"]: row for row in table}
    for record in records:
        for entity in record["entities"]:
            typed = next(e for e in mine[record["id"]]["entities"]
                         if e["entity"] == entity["entity"])
            assert typed["name"] == entity["name"] and typed["type"] == entity["type"]


def test_docs_duckdb_queries_unnest_entities_and_quotes(analysed_parquet, monkeypatch) -> None:
    folder, records = analysed_parquet
    docs = (Path(__file__).parents[1] / "docs" / "export.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", docs, flags=re.S)
    assert len(queries) == 2
    monkeypatch.chdir(folder)
    entities, quotes = (duckdb.sql(query).fetchall() for query in queries)
    assert ("Kazakhstan", "GPE", 5) in entities
    speakers = {row[1] for row in quotes}
    expected = {q["speaker"] for r in records for q in r["quotes"] if q.get("speaker")}
    assert speakers == expected and "Haiyun Ma" in speakers


def test_unknown_format_is_a_usage_error(store_path: str, tmp_path: Path) -> None:
    with newsdesk.open_store(store_path) as store, pytest.raises(UsageError):
        newsdesk.export(store, format="xml", out=str(tmp_path / "a.xml"))


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_export_writes_to_the_stream_it_is_given_not_to_stdout(
    store_path: str, format: str, capfd: pytest.CaptureFixture
) -> None:
    import io

    stream = io.BytesIO()
    with newsdesk.open_store(store_path, read_only=True) as store:
        count = newsdesk.export(store, format=format, out=stream)
        with pytest.raises(UsageError, match="parquet is binary"):
            newsdesk.export(store, format="parquet", out=io.BytesIO())
    assert capfd.readouterr().out == ""
    text = stream.getvalue().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text))) if format == "csv" else text.splitlines()
    assert count == len(rows) == 5


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_an_export_ingested_again_is_the_same_articles(store_path: str, tmp_path: Path,
                                                        format: str) -> None:
    """Its records name the articles they were exported from: into a fresh store they come
    back under the same ids with the same fields, into their own store they are unchanged
    (before, they were stored again as five copies under new ids)."""
    out = tmp_path / f"a.{format}"
    with newsdesk.open_store(store_path) as store:
        newsdesk.export(store, format="jsonl", out=str(tmp_path / "before.jsonl"))
        newsdesk.export(store, format=format, out=str(out))
    before = [json.loads(line) for line in (tmp_path / "before.jsonl").read_text().splitlines()]

    again = newsdesk.ingest([str(out)], db=store_path, workers=1)
    assert (again.new, again.updated, again.unchanged, again.failed) == (0, 0, 5, [])

    fresh = str(tmp_path / "fresh.duckdb")
    first = newsdesk.ingest([str(out)], db=fresh, workers=1)
    assert (first.new, first.failed) == (5, [])
    with newsdesk.open_store(fresh) as store:
        after = {record["id"]: record for record in newsdesk.export_records(store)}
    assert set(after) == {record["id"] for record in before}
    for record in before:
        kept = after[record["id"]]
        assert [kept[key] for key in CONTRACT if key != "path"] == [record[key] for key in CONTRACT
                                                                     if key != "path"]
    originals = newsdesk.ingest([str(EXAMPLES)], db=fresh, workers=1)  # the raw texts arrive
    assert (originals.new, originals.updated) == (0, 5)


def test_a_record_whose_id_its_origin_does_not_make_is_a_record_like_any_other(
        store_path: str, tmp_path: Path) -> None:
    with newsdesk.open_store(store_path) as store:
        record = next(iter(newsdesk.export_records(store)))
    record = {key: record[key] for key in CONTRACT} | {"id": "0123456789abcdef"}
    data = tmp_path / "edited.jsonl"
    data.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = newsdesk.ingest([str(data)], db=store_path, workers=1)
    assert (report.new, report.unchanged) == (1, 0)
