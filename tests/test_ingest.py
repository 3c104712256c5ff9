"""Ingest end to end on real files: idempotency, versions, bad input, interruption, schema versions."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

import newsdesk
from conftest import EXAMPLES, need_shared
from newsdesk.errors import StoreError

ALLSIDES = "data/corpus/allsides-article-bias/articles.jsonl.gz"


def allsides_records(count: int) -> list[dict]:
    path = need_shared(ALLSIDES)
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) == count:
                break
    return records


def stored_ids(db: str) -> list[tuple[str, int]]:
    with newsdesk.open_store(db) as store:
        return store.con.execute("SELECT id, version FROM articles ORDER BY id, version").fetchall()


def test_seeds_ingest_and_reingest_is_a_no_op(db: str) -> None:
    first = newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    assert (first.new, first.failed) == (5, [])
    before = stored_ids(db)
    again = newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    assert (again.new, again.updated, again.skipped) == (0, 0, 5)
    assert stored_ids(db) == before


def test_same_file_by_another_spelling_of_its_path_is_the_same_article(db: str, tmp_path: Path) -> None:
    seed = next(EXAMPLES.glob("000_*.txt"))
    newsdesk.ingest([str(seed)], db=db, workers=1)
    report = newsdesk.ingest([os.path.relpath(seed)], db=db, workers=1)
    assert report.new == 0 and len(stored_ids(db)) == 1


def test_changed_text_becomes_a_new_version(db: str, tmp_path: Path) -> None:
    seed = next(EXAMPLES.glob("002_*.txt"))
    copy = tmp_path / "article.txt"
    copy.write_text(seed.read_text())
    newsdesk.ingest([str(copy)], db=db, workers=1)
    copy.write_text(seed.read_text() + "\n\nA correction was appended to this article on Monday.\n")
    report = newsdesk.ingest([str(copy)], db=db, workers=1)
    assert (report.new, report.updated) == (0, 1)
    assert [version for _, version in stored_ids(db)] == [1, 2]
    article_id = stored_ids(db)[0][0]
    with newsdesk.open_store(db) as store:
        assert store.count_articles() == 1
        assert "A correction was appended" in next(store.iter_articles()).text
        (article,) = store.get_articles([article_id]).values()
        assert "A correction was appended" in article.text  # the current version, picked by id


def test_process_pool_gives_the_same_articles_as_in_process(tmp_path: Path) -> None:
    one, two = str(tmp_path / "a.duckdb"), str(tmp_path / "b.duckdb")
    newsdesk.ingest([str(EXAMPLES)], db=one, workers=1)
    newsdesk.ingest([str(EXAMPLES)], db=two, workers=2)
    with newsdesk.open_store(one) as a, newsdesk.open_store(two) as b:
        assert [x.text for x in a.iter_articles()] == [y.text for y in b.iter_articles()]


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Bad files next to good ones; returns file name -> expected words in its error."""
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("  \n\n ")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not a format we read")
    good = gzip.compress(next(EXAMPLES.glob("004_*.txt")).read_bytes())
    (folder / "truncated.txt.gz").write_bytes(good[: len(good) // 2])
    (folder / "broken.jsonl").write_text('{"title": "ok", "text": "A real line of text for the record."}\n'
                                         '{"title": "bad", "text": \n')
    (folder / "big.txt").write_bytes(b"word " * 300_000)
    (folder / "latin1.txt").write_bytes("Café société: the mayor of Saint-Étienne said the café "
                                        "would reopen on Monday after repairs.".encode("latin-1"))
    return {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "image.html": "binary",
            "notes.docx": "unknown format", "truncated.txt.gz": "gzip", "broken.jsonl:2": "invalid JSON",
            "big.txt": "too large"}


def test_bad_inputs_are_reported_one_line_each_and_the_run_goes_on(db: str, tmp_path: Path) -> None:
    expected = write_bad_inputs(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(next(EXAMPLES.glob("001_*.txt")).read_text())
    report = newsdesk.ingest([str(tmp_path)], db=db, workers=1, max_bytes=1_000_000)
    failures = {Path(problem.path).name: problem.reason for problem in report.failed}
    for name, words in expected.items():
        assert words in failures[name], (name, failures.get(name))
        assert "\n" not in failures[name]
    assert report.new == 3  # good.txt, the good JSONL line, latin1.txt
    with newsdesk.open_store(db) as store:
        texts = {Path(a.path).name: a for a in store.iter_articles()}
    assert "Café société" in texts["latin1.txt"].text
    assert texts["latin1.txt"].metadata["encoding"] != "utf-8"


def test_a_failed_run_keeps_what_was_stored(db: str, tmp_path: Path) -> None:
    newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    write_bad_inputs(tmp_path)
    newsdesk.ingest([str(tmp_path)], db=db, workers=1, max_bytes=1_000_000)
    with newsdesk.open_store(db) as store:
        assert store.count_articles() == 5 + 2


@pytest.mark.parametrize("key", ["id", "url"])
def test_a_record_repeating_an_id_with_other_text_is_reported_not_dropped_unseen(
    db: str, tmp_path: Path, key: str
) -> None:
    seeds = sorted(EXAMPLES.glob("*.txt"))[:2]
    first, second = (path.read_text(encoding="utf-8") for path in seeds)
    name = "kz-1" if key == "id" else "https://example.org/kz-1"
    records = [{key: name, "text": first}, {key: name, "text": second}, {key: name, "text": first}]
    path = tmp_path / "repeats.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n")
    report = newsdesk.ingest([str(path)], db=db, workers=1)
    assert [str(problem) for problem in report.failed] == [
        f"{path}:2: id {name!r} of line 1 again, with other text; line 1 kept"]
    assert (report.new, report.unchanged) == (1, 1)  # line 3 is line 1 again
    with newsdesk.open_store(db) as store:
        (article,) = store.iter_articles()
    assert article.locator == name and article.raw_text == first
    again = newsdesk.ingest([str(path)], db=db, workers=1)
    assert [str(problem) for problem in again.failed] == [str(problem) for problem in report.failed]
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    assert stored_ids(db) == [(article.id, 1)]  # stored once, not again


def test_jsonl_fields_are_detected_and_overridable(db: str, tmp_path: Path) -> None:
    records = allsides_records(3)
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    newsdesk.ingest([str(path)], db=db, workers=1)
    with newsdesk.open_store(db) as store:
        stored = {a.locator: a for a in store.iter_articles()}
    for record in records:
        article = stored[record["ID"]]
        assert article.title == record["title"]
        assert article.outlet == record["source"]
        assert article.url == record["url"]
        assert article.published == (record["date"] or None)
        assert article.text.split("\n\n")[-1] in record["content_original"]
    renamed = tmp_path / "renamed.csv"
    renamed.write_text("headline,story\n\"A headline\",\"The first sentence of the story is here.\"\n")
    other = str(tmp_path / "other.duckdb")
    newsdesk.ingest([str(renamed)], db=other, workers=1, fields={"text": "story"})
    with newsdesk.open_store(other) as store:
        article = next(store.iter_articles())
    assert (article.title, article.text) == ("A headline", "The first sentence of the story is here.")


def test_gzip_jsonl_of_real_articles(db: str, tmp_path: Path) -> None:
    path = tmp_path / "sample.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in allsides_records(40):
            handle.write(json.dumps(record) + "\n")
    report = newsdesk.ingest([str(path)], db=db, workers=1)
    assert report.new == 40 and report.ok
    with newsdesk.open_store(db) as store:
        removed = [r for a in store.iter_articles() for r in a.removed]
    assert any(r.text.lower().startswith("advertisement") for r in removed) or removed


def test_a_killed_ingest_rerun_stores_each_article_exactly_once(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    records = allsides_records(150)
    for number, record in enumerate(records):
        (folder / f"{number:04d}.txt").write_text(record["title"] + "\n\n" + record["content_original"])
    db = str(tmp_path / "store.duckdb")
    command = [sys.executable, "-m", "newsdesk", "-v", "ingest", str(folder), "--db", db, "--workers", "1"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    stored = 0
    for line in process.stderr:
        stored += "stored" in line
        if stored >= 20:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    partial = len(stored_ids(db))
    assert 20 <= partial < 150
    subprocess.run(command, check=True, capture_output=True)
    ids = stored_ids(db)
    assert len(ids) == len(set(ids)) == 150
    assert {version for _, version in ids} == {1}


def test_a_store_from_a_newer_newsdesk_is_refused(db: str) -> None:
    newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    con = duckdb.connect(db)
    con.execute("UPDATE newsdesk_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer newsdesk"):
        newsdesk.open_store(db)


def test_an_old_store_is_migrated(db: str) -> None:
    from newsdesk import store as store_module

    con = duckdb.connect(db)
    con.execute("CREATE TABLE newsdesk_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for statement in store_module.MIGRATIONS[1]:
        con.execute(statement)
    con.execute("INSERT INTO newsdesk_meta VALUES ('schema_version', '1')")
    con.close()
    with newsdesk.open_store(db) as store:
        version = store.con.execute("SELECT value FROM newsdesk_meta").fetchone()[0]
    assert int(version) == store_module.SCHEMA_VERSION


def test_html_pages_are_extracted(db: str, tmp_path: Path) -> None:
    folder = need_shared("data/extraction/scrapinghub-article-extraction-benchmark/html")
    pages = sorted(folder.glob("*.html.gz"))[:3]
    report = newsdesk.ingest([str(p) for p in pages], db=db, workers=1)
    assert report.new == 3 and report.ok
    with newsdesk.open_store(db) as store:
        articles = list(store.iter_articles())
    assert all(a.format == "html" and a.title and len(a.text) > 200 for a in articles)


def test_migrations_are_numbered_without_gaps() -> None:
    from newsdesk import store as store_module

    assert sorted(store_module.MIGRATIONS) == list(range(1, store_module.SCHEMA_VERSION + 1))


def test_articles_read_without_raw_text_are_the_same_articles_but_for_it(db: str) -> None:
    newsdesk.ingest([str(EXAMPLES)], db=db, workers=1)
    with newsdesk.open_store(db) as store:
        ids = [article_id for article_id, _ in stored_ids(db)]
        whole = store.get_articles(ids)
        light = store.get_articles(ids, raw_text=False)
    assert sorted(light) == sorted(whole) == sorted(ids)
    for article_id, article in whole.items():
        assert article.text and article.raw_text  # cleaned text kept: the raw text is not read
        assert light[article_id].raw_text == ""
        assert replace(light[article_id], raw_text=article.raw_text) == article
