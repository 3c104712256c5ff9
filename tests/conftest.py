"""Shared test fixtures: paths to the bundled examples and to ../shared data sets."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
# The suite keeps what newsdesk caches for the user (the parsed gazetteer) in a folder of its
# own, never in the user's cache; processes the tests start inherit it. The folder goes when
# the run ends, so runs leave no folders behind in the temporary directory.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="newsdesk-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)


def need_shared(relative: str) -> Path:
    """The path of a data set under ../shared, or skip the test when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def write_jsonl(path: Path, rows: list[dict]) -> str:
    """Write ``rows`` as a JSON Lines input file; return its path."""
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def job_end(client: Any, job: str, *, seconds: float = 300) -> dict:
    """The state of the server's ``job`` once it is done or failed, polled through ``client``
    (an ``httpx.Client`` or FastAPI's ``TestClient``); an error when it runs past ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = client.get(f"/api/jobs/{job}").json()
        if state["state"] in ("done", "failed"):
            return state
        time.sleep(0.2)
    raise AssertionError(f"job {job} did not end in {seconds} s")


def table_rows(db: str, tables: Mapping[str, str]) -> dict[str, list[str]]:
    """Every row of each table (``{table: columns}``), sorted, to compare two stores."""
    con = duckdb.connect(db, read_only=True)
    try:
        return {table: sorted(map(repr, con.execute(f"SELECT {columns} FROM {table}").fetchall()))
                for table, columns in tables.items()}
    finally:
        con.close()


# A news page's body for the HTML metadata tests: four sentences of prose, written for them.
COUNCIL_BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The city council voted on Tuesday to approve a new budget for the coming year.",
        "The plan adds money for schools and road repairs, and it cuts spending on consultants.",
        "Several members said the vote was close because of a dispute over property taxes.",
        "The mayor is expected to sign the budget later this week, her office said.",
    )
)


def quote_triples(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """``(content, speaker, cue)`` of each attribution the ``quotes`` layer finds in ``text``."""
    from newsdesk.article import Article
    from newsdesk.quotes import extract_quotes

    article = Article(path="t.txt", raw_text=text, text=text)
    return [(q["text"], q["speaker"], q["cue"]) for q in extract_quotes(nlp(text), article)]


def mention_people(nlp: Any, text: str) -> dict[str, str]:
    """``{mention text: name of its cluster}`` for the people the ``mentions`` layer finds."""
    from newsdesk.entities import find_mentions

    return {r["text"]: r["name"] for r in find_mentions(nlp(text)) if r["label"] == "PERSON"}


def mention_labels(nlp: Any, text: str) -> dict[str, str]:
    """``{mention text: entity label}`` of the mentions the ``mentions`` layer labels in ``text``."""
    from newsdesk.entities import find_mentions

    return {m["text"]: m["label"] for m in find_mentions(nlp(text)) if m.get("label")}


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The English pipeline, loaded once for the session."""
    from newsdesk.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "store.duckdb")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the seeds, ingested and analysed once per session (about 20 s)."""
    from newsdesk.analyse import analyse
    from newsdesk.ingest import ingest

    path = str(tmp_path_factory.mktemp("seeds") / "seeds.duckdb")
    ingest([str(EXAMPLES)], db=path, workers=1)
    analyse(db=path, workers=1)
    return path
