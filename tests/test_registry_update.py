"""The registry's update adds new members to the entities they join, with a rebuild's result.

Real text: AllSides articles (``articles.jsonl.gz``, see
../shared/data/corpus/allsides-article-bias/FORMAT.md). A wire story that a second outlet runs
word for word names only actors the store knows: the update must add its mentions to those
entities (not rewrite them) and still equal a rebuild.
"""

from __future__ import annotations

import gzip
import json
import logging
import shutil
from itertools import islice
from pathlib import Path

import duckdb

from conftest import need_shared
from newsdesk.analyse import analyse
from newsdesk.entities import resolve_entities
from newsdesk.ingest import ingest
from newsdesk.store import open_store

REGISTRY = ("entities", "entity_aliases", "entity_roles", "entity_mentions")


def _rows(count: int) -> list[dict]:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in islice(handle, count)]


def _write(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def _snapshot(db: str) -> dict[str, list[str]]:
    con = duckdb.connect(db, read_only=True)
    try:
        return {table: sorted(map(repr, con.execute(f"SELECT * FROM {table}").fetchall()))
                for table in REGISTRY}
    finally:
        con.close()


def _rebuilt(db: str, folder: Path) -> dict[str, list[str]]:
    copy = str(folder / "rebuilt.duckdb")
    shutil.copy(db, copy)
    with open_store(copy) as store:
        resolve_entities(store, full=True)
    return _snapshot(copy)


def test_a_copy_of_a_known_story_adds_to_the_entities_it_names(tmp_path, caplog) -> None:
    rows = _rows(6)
    db = str(tmp_path / "store.duckdb")
    ingest([_write(tmp_path / "first.jsonl", rows)], db=db, workers=1)
    analyse(db=db, workers=1)
    before = _snapshot(db)
    copy = dict(rows[2], ID=f"{rows[2]['ID']}-copy", source="another outlet",
                url=f"{rows[2]['url']}?copy")
    ingest([_write(tmp_path / "copy.jsonl", [copy])], db=db, workers=1)
    with caplog.at_level(logging.INFO, logger="newsdesk.entities.update"):
        analyse(db=db, workers=1)
    after = _snapshot(db)
    assert after == _rebuilt(db, tmp_path)
    ids = [{row.split(",")[0] for row in snapshot["entities"]} for snapshot in (before, after)]
    assert ids[0] == ids[1]  # no entity appears or goes: each one the copy names grows
    assert len(after["entity_mentions"]) > len(before["entity_mentions"])
    assert set(before["entity_mentions"]) < set(after["entity_mentions"])
    updates = [r for r in caplog.records if "entities grown" in r.getMessage()]
    assert updates and updates[-1].args[-1] == 0  # nothing rewritten from all its members
    assert updates[-1].args[-2] > 0
