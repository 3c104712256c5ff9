"""Rows picked by id (``store/points.py``): exactly the wanted rows, through the index of the
ids past the 50 values up to which DuckDB gives a hash join's ids to the scan.

Real text: the first 200 AllSides articles, each given a layer of its title's words.
"""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest

from conftest import need_shared, write_jsonl
from newsdesk.ingest import ingest
from newsdesk.store import open_store, points

#: More ids than DuckDB's ``dynamic_or_filter_threshold`` (50).
WANTED = 91


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = list(map(json.loads, islice(handle, 200)))
    folder = tmp_path_factory.mktemp("points")
    path = str(folder / "store.duckdb")
    ingest([write_jsonl(Path(folder) / "articles.jsonl", rows)], db=path, workers=1)
    with open_store(path) as store:
        articles = store.get_articles(
            [row[0] for row in store.con.execute("SELECT id FROM current_articles").fetchall()]
        )
        for article in articles.values():
            article.annotations["mentions"] = [{"text": word} for word in (article.title or "").split()]
        store.save_annotations(list(articles.values()), {"mentions": 1})
    return path


def _wanted(store) -> list[str]:
    ids = [row[0] for row in store.con.execute("SELECT id FROM current_articles ORDER BY id").fetchall()]
    assert len(ids[1::2]) >= WANTED
    return ids[1::2][:WANTED]  # every other one, so the rows wanted are not one run


def test_more_than_fifty_articles_read_by_id_are_exactly_those(db: str) -> None:
    with open_store(db) as store:
        ids = _wanted(store)
        texts = dict(store.con.execute("SELECT id, text FROM current_articles").fetchall())
        for raw_text in (True, False):
            found = store.get_articles(ids, raw_text=raw_text)
            assert sorted(found) == ids
            assert all(found[i].text == texts[i] for i in ids)


def test_more_than_fifty_layers_read_by_id_are_exactly_those(db: str) -> None:
    with open_store(db) as store:
        ids = _wanted(store)
        rows = store.con.execute(
            "SELECT rowid, article_id, data FROM annotations WHERE layer = 'mentions' AND article_id IN "
            "(SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
        assert len(rows) == WANTED
        with store.transaction():
            found = store._layers_at([(row, article_id) for row, article_id, _ in rows])
        assert found == {row: data for row, _, data in rows}


@pytest.mark.parametrize(("table", "id_column"), [("articles", "id"), ("annotations", "article_id")])
def test_more_than_fifty_ids_are_looked_up_in_the_index(db: str, table: str, id_column: str) -> None:
    """The pick's scan is an index scan, not a scan of the table, at 91 ids (DuckDB 1.5.5
    read the table for an ``IN (SELECT ...)`` of more than 50 values)."""
    with open_store(db) as store:
        ids = _wanted(store)
        rows = [(0, article_id) for article_id in ids]
        picked, params = points.picked_rows(table, "rowid", id_column=id_column, rows=rows)
        assert params == ids
        plan = store.con.execute(f"EXPLAIN ANALYZE WITH {picked} SELECT * FROM picked", params).fetchall()[0][1]
    assert "Index Scan" in plan
    assert "Sequential Scan" not in plan


def test_an_article_changed_since_is_read_at_its_current_version(tmp_path: Path) -> None:
    """``get_articles`` and ``lineage_articles`` pick every version of the wanted ids through
    the index in one statement and keep the latest (``points.current_picked``): an article
    whose text changed is read with its new text, the others as stored, and the pick is an
    index scan."""
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = list(map(json.loads, islice(handle, 3)))
    path = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", rows)], db=path, workers=1)
    shorter = dict(rows[0], content_original=rows[0]["content_original"].rsplit("\n", 2)[0])
    ingest([write_jsonl(tmp_path / "first.jsonl", [shorter, *rows[1:]])], db=path, workers=1)
    with open_store(path) as store:
        versions = dict(store.con.execute("SELECT id, max(version) FROM articles GROUP BY id").fetchall())
        current = dict(store.con.execute("SELECT id, text FROM current_articles").fetchall())
        first = dict(store.con.execute("SELECT id, text FROM articles WHERE version = 1").fetchall())
        rows_at = dict(store.con.execute(
            "SELECT id, rowid FROM articles QUALIFY version = max(version) OVER (PARTITION BY id)"
        ).fetchall())
        ids = sorted(versions)
        found = store.get_articles(ids)
        lineage, order = store.lineage_articles(ids)
        sql, params = points.current_picked("articles", "id, version", id_column="id", ids=ids)
        plan = store.con.execute(f"EXPLAIN ANALYZE {sql}", params).fetchall()[0][1]
    changed = [i for i in ids if versions[i] == 2]
    assert len(changed) == 1 and current[changed[0]] != first[changed[0]]
    assert {i: a.text for i, a in found.items()} == current == {i: a.text for i, a in lineage.items()}
    assert sorted(order) == ids
    assert list(found) == sorted(ids, key=rows_at.__getitem__)  # in the table's order
    assert "Index Scan" in plan and "Sequential Scan" not in plan
