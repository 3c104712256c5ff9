"""Closing a writer: a small change is written to the file without rewriting the row group
it joins, and every ``COMPACT_EVERY``-th close merges the small row groups left."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb

from conftest import EXAMPLES
from newsdesk.ingest import ingest
from newsdesk.store import checkpoints, open_store
from newsdesk.store.checkpoints import COMPACT_EVERY

#: The settings a checkpoint changes while it runs, as a connection reads them.
_SETTINGS = (
    "SELECT current_setting('threads'), current_setting('max_vacuum_tasks'), "
    "current_setting('disabled_compression_methods')"
)


def _row_groups(db: str, table: str) -> tuple[int, int]:
    """How many row groups ``table`` holds in the file, and its rows."""
    con = duckdb.connect(db, read_only=True)
    try:
        groups = con.execute(
            "SELECT count(DISTINCT row_group_id) FROM pragma_storage_info(?)", [table]
        ).fetchone()[0]
        return groups, con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # a fixed name
    finally:
        con.close()


def test_small_changes_keep_their_row_groups_until_a_compacting_close(tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*.txt")))], db=db, workers=1)
    seen = []
    for number in range(2 * COMPACT_EVERY):
        with open_store(db) as store:
            store.add_entity_decision(action="rename", subject=f"entity-{number}", value="a name")
        assert not os.path.exists(f"{db}.wal") or os.path.getsize(f"{db}.wal") == 0
        seen.append(_row_groups(db, "entity_decisions"))
    assert [rows for _, rows in seen] == list(range(1, 2 * COMPACT_EVERY + 1))
    groups = [count for count, _ in seen]
    assert max(groups) > 1  # closes that did not compact left the new rows a group of their own
    assert max(groups) <= COMPACT_EVERY
    assert groups.count(1) >= 2  # and a compacting close merged them again, more than once


def test_a_store_closed_with_nothing_written_keeps_its_count(tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*.txt")))], db=db, workers=1)
    with open_store(db) as store:
        before = store.con.execute("SELECT * FROM newsdesk_meta ORDER BY key").fetchall()
    with open_store(db) as store:
        assert store.con.execute("SELECT * FROM newsdesk_meta ORDER BY key").fetchall() == before


def test_a_checkpoint_held_off_does_not_count(tmp_path: Path) -> None:
    """Another connection's open transaction holds the checkpoint off: nothing is merged, so
    the close leaves the count where it was and a compacting turn stays due."""
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*.txt")))], db=db, workers=1)
    key = "SELECT value FROM newsdesk_meta WHERE key = 'checkpoints_since_compaction'"
    with open_store(db) as store:
        store.add_entity_decision(action="rename", subject="entity-a", value="a name")
    with open_store(db) as store:
        counted = store.con.execute(key).fetchone()
        holder = duckdb.connect(db)  # the same database, a connection of its own
        holder.execute("BEGIN TRANSACTION")
        holder.execute("SELECT count(*) FROM entity_decisions").fetchall()
        settings = holder.execute(_SETTINGS).fetchone()
        store.add_entity_decision(action="rename", subject="entity-b", value="a name")
    assert holder.execute(_SETTINGS).fetchone() == settings  # set back for the last close
    holder.execute("ROLLBACK")
    holder.close()
    with open_store(db) as store:
        assert store.con.execute(key).fetchone() == counted


_METHODS_OFF = "SELECT current_setting('disabled_compression_methods')"


def _compressions(db: str, table: str, column: str) -> list[set[str]]:
    """The compression methods of each row group's segments of one column, in row group order."""
    con = duckdb.connect(db, read_only=True)
    try:
        rows = con.execute(
            "SELECT row_group_id, list(DISTINCT compression) FROM pragma_storage_info(?) "
            "WHERE column_name = ? GROUP BY ALL ORDER BY ALL",
            [table, column],
        ).fetchall()
        return [set(methods) for _, methods in rows]
    finally:
        con.close()


def test_small_row_groups_are_written_without_fsst_and_merged_with_it(tmp_path: Path) -> None:
    """A close that merges nothing writes the new rows' strings without FSST (the quotes of
    the annotated set, each in four orders of its words a round, so no two texts are alike:
    over a thousand, where DuckDB picked FSST for the first round's before) and leaves DuckDB's
    settings as they were; a compacting close then merges the row groups."""
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*.txt")))], db=db, workers=1)
    annotated = Path(__file__).parent / "data" / "quotes" / "annotations.jsonl"
    rows = [json.loads(line) for line in annotated.open(encoding="utf-8")]
    texts = [q["text"].split() for row in rows for q in row["quotes"]]
    texts = [words for words in texts if len(words) > 8]
    seen = []
    for number in range(COMPACT_EVERY):
        with open_store(db) as store:
            before = store.con.execute(_METHODS_OFF).fetchone()
            turns = range(4 * number, 4 * number + 4)
            rotated = [" ".join(words[turn:] + words[:turn]) for turn in turns for words in texts]
            store.replace_quote_index(article_ids=[], versions={}, shingles=[], quotes=[
                {"article_id": f"a{number}", "quote_index": i, "outlet": None, "speaker": None,
                 "text": text}
                for i, text in enumerate(rotated)
            ])
        seen.append(_compressions(db, "indexed_quotes", "text"))
        with open_store(db) as store:
            assert store.con.execute(_METHODS_OFF).fetchone() == before
    compacted = [n for n, groups in enumerate(seen) if len(groups) == 1 and n > 0]
    last = seen[compacted[0] - 1]  # every row group before the first compacting close
    assert compacted and all(not methods & {"FSST", "DICT_FSST"} for methods in last)


def test_a_setting_that_fails_leaves_every_setting_as_it_was(tmp_path: Path, monkeypatch) -> None:
    """A checkpoint whose settings fail part way (a compression method DuckDB does not know,
    after the other settings are set) writes nothing, leaves the count, and sets back those
    set before it: the database's other connection, whose close writes the log, sees them as
    they were."""
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*.txt")))], db=db, workers=1)
    key = "SELECT value FROM newsdesk_meta WHERE key = 'checkpoints_since_compaction'"
    broken = {**checkpoints._SMALL_WRITES, "disabled_compression_methods": "no_such_method"}
    monkeypatch.setattr(checkpoints, "_SMALL_WRITES", broken)
    with open_store(db) as store:
        counted = store.con.execute(key).fetchone()
        other = duckdb.connect(db)  # the same database, a connection of its own
        before = other.execute(_SETTINGS).fetchone()
        store.add_entity_decision(action="rename", subject="entity-a", value="a name")
    try:
        assert other.execute(_SETTINGS).fetchone() == before
        assert other.execute(key).fetchone() == counted
    finally:
        other.close()
    with open_store(db) as store:
        assert store.con.execute(key).fetchone() == counted
        assert store.con.execute("SELECT count(*) FROM entity_decisions").fetchone() == (1,)
