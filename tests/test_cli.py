"""The command line: output, exit codes (0 ok, 1 failure, 2 usage) and quiet pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES


def newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True)


def test_ingest_list_export(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    ingest = newsdesk("ingest", str(EXAMPLES), "--db", db)
    assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout == ""  # piped: no progress bar, summary on stderr only
    assert "5 articles ingested" in ingest.stderr
    listing = newsdesk("articles", "--db", db)
    assert listing.returncode == 0 and "Reid Standish" in listing.stdout
    export = newsdesk("export", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in export.stdout.splitlines()].__len__() == 5


def test_a_failed_input_gives_exit_code_1_and_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = newsdesk("ingest", str(bad), str(next(EXAMPLES.glob("000_*"))), "--db", str(tmp_path / "s.duckdb"))
    assert result.returncode == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert failed == [f"failed: {bad}: empty file"]
    assert "1 articles ingested" in result.stderr


def test_usage_errors_give_exit_code_2(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    assert newsdesk("ingest", str(EXAMPLES), "--db", db, "--field", "text").returncode == 2
    assert newsdesk("export", "--db", db, "--format", "xml").returncode == 2
    assert newsdesk("frobnicate").returncode == 2


def test_reading_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = newsdesk("articles", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert "no such store" in result.stderr
