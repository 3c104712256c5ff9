"""Corpus steps are a function of the stored articles, not of how they arrived: the same seeds
ingested and analysed in one go, in several batches, or in another order export the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from newsdesk.analyse import analyse
from newsdesk.exporter import export_records
from newsdesk.ingest import ingest
from newsdesk.store import open_store

SEEDS = [str(path) for path in sorted(EXAMPLES.glob("*.txt"))]
#: Export fields that record when the run happened.
RUN_FIELDS = {"ingested_at"}
#: Stories are re-clustered only near the articles a run adds (docs/scale.md), so runs in
#: batches may group differently from one pass until ``analyse(full=True)`` rebuilds them.
BATCH_FIELDS = {"cluster"}


def build(db: str, parts: list[list[str]], *, batch_size: int) -> dict[str, dict]:
    """Ingest and analyse ``parts`` one after another; the export by article id."""
    for part in parts:
        ingest(part, db=db, workers=1)
        analyse(db=db, workers=1, batch_size=batch_size)
    with open_store(db, read_only=True) as store:
        return {record["id"]: record for record in export_records(store)}


def fields(records: dict[str, dict], *, leave_out: set[str]) -> dict[str, dict]:
    return {article: {k: v for k, v in record.items() if k not in leave_out}
            for article, record in records.items()}


@pytest.fixture(scope="module")
def at_once(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return build(str(tmp_path_factory.mktemp("once") / "store.duckdb"), [SEEDS], batch_size=256)


@pytest.mark.parametrize(("parts", "leave_out"), [
    ([SEEDS[:2], SEEDS[2:]], RUN_FIELDS),
    ([SEEDS[:1], SEEDS[1:4], SEEDS[4:]], RUN_FIELDS),
    ([SEEDS[::-1][:2], SEEDS[::-1][2:]], RUN_FIELDS),
])
def test_batches_and_order_do_not_change_the_export(tmp_path: Path, at_once: dict[str, dict],
                                                     parts: list[list[str]],
                                                     leave_out: set[str]) -> None:
    db = str(tmp_path / "store.duckdb")
    batched = build(db, parts, batch_size=1)
    assert batched.keys() == at_once.keys()
    assert any(record.get("entities") for record in batched.values())
    skipped = leave_out | BATCH_FIELDS
    assert fields(batched, leave_out=skipped) == fields(at_once, leave_out=skipped)
    analyse(db=db, workers=1, full=True)
    with open_store(db, read_only=True) as store:
        rebuilt = {record["id"]: record for record in export_records(store)}
    assert fields(rebuilt, leave_out=leave_out) == fields(at_once, leave_out=leave_out)


def test_entities_of_an_article_are_in_a_total_order(at_once: dict[str, dict]) -> None:
    """First mention, then entity id: two entities that start at one offset keep one order."""
    for record in at_once.values():
        entities = record.get("entities") or []
        keys = [(entity["mentions"][0]["start"], entity["entity"]) for entity in entities]
        assert keys == sorted(keys)
        for entity in entities:
            spans = [(m["start"], m["end"], m["text"]) for m in entity["mentions"]]
            assert spans == sorted(spans)
