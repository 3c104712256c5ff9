"""The command line: output, exit codes (0 ok, 1 failure, 2 usage) and quiet pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert result.stderr.splitlines()[-1] == (
        "2 inputs: 1 article ingested, 0 updated, 0 unchanged, 0 inputs unchanged, 1 input failed, "
        "0 bad records")


def test_the_summary_counts_failed_inputs_and_bad_records_apart_and_names_an_empty_feed(
        tmp_path: Path) -> None:
    """The summary's one "failed" count added inputs that could not be read to bad records
    inside good ones ("17 inputs: ..., 8 inputs unchanged, 12 failed"), and a feed with no
    items or a sitemap listing no page was passed over without a word."""
    seed = next(EXAMPLES.glob("000_*")).read_text(encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "records.jsonl").write_text(json.dumps({"text": seed}) + "\n[1, 2]\n")
    (tmp_path / "quiet.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title>'
        "<link>https://example.org/</link><description>none</description></channel></rss>")
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
    db = str(tmp_path / "s.duckdb")
    inputs = [str(tmp_path / name) for name in ("empty.txt", "records.jsonl", "quiet.rss", "sitemap.xml")]
    result = newsdesk("ingest", *inputs, "--db", db)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert [line for line in lines if line.startswith("note:")] == [
        f"note: {tmp_path / name}: no article in it; nothing stored" for name in ("quiet.rss", "sitemap.xml")]
    assert lines[-1] == ("4 inputs: 1 article ingested, 0 updated, 0 unchanged, 0 inputs unchanged, "
                         "1 input failed, 1 bad record")
    again = newsdesk("ingest", *inputs, "--db", db)
    assert again.stderr.splitlines()[-1] == (
        "4 inputs: 0 articles ingested, 0 updated, 1 unchanged, 2 inputs unchanged, 1 input failed, "
        "1 bad record")


def test_a_file_url_is_read_as_the_path_it_names(tmp_path: Path) -> None:
    """`newsdesk ingest file:///.../000_x.txt` said "no such file" of a file that is there."""
    seed = next(EXAMPLES.glob("000_*")).resolve()
    db = str(tmp_path / "s.duckdb")
    result = newsdesk("ingest", seed.as_uri(), "--db", db)
    assert result.returncode == 0, result.stderr
    assert "1 article ingested" in result.stderr
    other = newsdesk("ingest", "file://example.org/etc/hosts", "--db", db)
    assert other.returncode == 2
    assert other.stderr == (
        "error: file://example.org/etc/hosts: a file URL of another host; give a local path\n")


def test_a_rerun_of_a_partly_bad_file_reports_its_bad_records_again(tmp_path: Path) -> None:
    seeds = sorted(EXAMPLES.glob("*.txt"))[:2]
    lines = [json.dumps({"text": seeds[0].read_text(encoding="utf-8")}), '{"text": "cut',
             json.dumps({"text": seeds[1].read_text(encoding="utf-8")})]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    runs = [newsdesk("ingest", str(records), "--db", db) for _ in range(2)]
    failed = [[line for line in run.stderr.splitlines() if line.startswith("failed:")]
              for run in runs]
    assert [run.returncode for run in runs] == [1, 1]
    assert failed[1] == failed[0] and len(failed[0]) == 1
    assert failed[0][0].startswith(f"failed: {records}:2: ")
    assert "2 articles ingested" in runs[0].stderr
    assert "0 articles ingested, 0 updated, 2 unchanged" in runs[1].stderr
    export = newsdesk("export", "--db", db, "--format", "jsonl")
    assert len(export.stdout.splitlines()) == 2


@pytest.mark.parametrize(("line", "reason"), [
    ('{"text": "cut', "Unterminated string starting at column 10"),
    ('{"text": "a" "title": "b"}', "Expecting ',' delimiter at column 14"),
    ('{"text": }', "Expecting value at column 10"),
])
def test_a_bad_jsonl_line_is_named_with_where_it_breaks(tmp_path: Path, line: str, reason: str) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(line + "\n", encoding="utf-8")
    result = newsdesk("ingest", str(records), "--db", str(tmp_path / "s.duckdb"))
    failed = [row for row in result.stderr.splitlines() if row.startswith("failed:")]
    assert failed == [f"failed: {records}:1: invalid JSON ({reason})"]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("seeds") / "s.duckdb")
    assert newsdesk("ingest", str(EXAMPLES), "--db", db).returncode == 0
    return db


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "csv"], ["articles"]])
def test_a_closed_stdout_ends_the_command_quietly_as_cat_does(seeds_db: str,
                                                              command: list[str]) -> None:
    """`newsdesk export | head`: the reader is gone; no traceback, no message, status 128 + SIGPIPE."""
    reader, writer = os.pipe()
    os.close(reader)  # the reader left before the first line, so every write meets a closed pipe
    try:
        result = subprocess.run([sys.executable, "-m", "newsdesk", *command, "--db", seeds_db],
                                stdout=writer, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (141, "")


def test_usage_errors_give_exit_code_2(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    assert newsdesk("ingest", str(EXAMPLES), "--db", db, "--field", "text").returncode == 2
    assert newsdesk("export", "--db", db, "--format", "xml").returncode == 2
    assert newsdesk("frobnicate").returncode == 2


def test_reading_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = newsdesk("articles", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert "no such store" in result.stderr
