"""Hostile inputs: each defect found by the reliability work, as a regression test on a generated
input, and a fast run of the seeded fuzz suite (``benchmarks/fuzz_inputs.py`` runs 2,000).

Good text comes from the seed articles in ``examples/``; the bad parts are generated here.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import socket
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app
from newsdesk.errors import InputError
from newsdesk.readers import ReadContext, read_input
from newsdesk.readers.base import MAX_TAGS, time_budget
from newsdesk.readers.warc import decode_payload
from newsdesk.store import open_store
from newsdesk_eval.hostile import (
    arc_file,
    html_page,
    line_bomb,
    make_cases,
    run_cases,
    stories_from_texts,
    warc_record,
    zero_bomb,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
STORIES = stories_from_texts(sorted(EXAMPLES.glob("*.txt")))
BOMB = 256 << 20  # inflates to 256 MiB; refused long before that


def good_line(number: int) -> bytes:
    story = STORIES[number % len(STORIES)]
    return json.dumps({"title": story.title, "text": story.text}).encode()


def read(path: Path, **options) -> tuple[list, list[str]]:
    context = ReadContext(**options)
    articles = read_input(str(path), context)
    return articles, [str(problem) for problem in context.problems]


# -- 17.6: one bad record never throws away the file -------------------------------------------

BAD_RECORDS = [
    (b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "nested too deeply"),
    (b'{"text": "x", "n": ' + b"9" * 4301 + b"}", "Exceeds the limit (4300 digits)"),
    (b'{"text": "a lone \\udc00 surrogate in a sentence"}', "lone surrogate"),
    (b'{"text": "a NUL \x00 inside"}', "NUL byte in the record"),
    (b'{"text": 42}', "the text field holds int, not a string"),
    (b'{"text": {"p": "nested"}}', "the text field holds dict, not a string"),
    (b'["an", "array"]', "not an object"),
    (b'{"text": "caf\xe9"}', "undecodable bytes"),
    (b'{"text": "cut', "invalid JSON"),
]


@pytest.mark.parametrize(("bad", "reason"), BAD_RECORDS)
@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_a_bad_jsonl_record_is_skipped_and_named_by_line(bad, reason, ending, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_bytes(ending.join([good_line(0), bad, good_line(1)]) + ending)
    articles, problems = read(path)
    assert [a.title for a in articles] == [STORIES[0].title, STORIES[1].title]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: ")
    assert reason in problems[0]


def test_a_bad_record_crosses_a_process_boundary_whole(tmp_path):
    """Workers hand their problems back pickled: path, reason and record survive the trip."""
    import pickle

    path = tmp_path / "records.jsonl"
    path.write_bytes(b"\n".join([good_line(0), b'{"text": "cut', good_line(1)]) + b"\n")
    context = ReadContext()
    read_input(str(path), context)
    [problem] = context.problems
    problem.record = "item-7 0123abcd"
    copy = pickle.loads(pickle.dumps(problem))
    assert isinstance(copy, InputError)
    assert (copy.path, copy.reason, copy.record) == (problem.path, problem.reason, problem.record)
    assert str(copy) == str(problem)


def test_a_nul_byte_in_the_first_4_kb_does_not_refuse_the_file(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b'{"text": "\x00"}\n' + good_line(2) + b"\n")
    articles, problems = read(path)
    assert len(articles) == 1 and problems == [f"{path}:1: NUL byte in the record"]


def test_random_bytes_as_jsonl_are_one_failed_input(tmp_path):
    path = tmp_path / "noise.jsonl"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(InputError, match="binary file"):
        read(path)


@pytest.mark.parametrize(("row", "reason"), [
    (b"only one cell", "ragged CSV row (1 cells, header has 2)"),
    (b"a,b,c", "ragged CSV row (3 cells, header has 2)"),
    (b'"t","a NUL \x00 here"', "NUL byte in the row"),
])
def test_a_bad_csv_row_is_skipped_and_named(row, reason, tmp_path):
    story = STORIES[3]
    first = b'"' + story.title.encode() + b'","' + story.text.replace('"', '""').encode() + b'"'
    path = tmp_path / "rows.csv"
    path.write_bytes(b"\n".join([b"title,text", row, first]) + b"\n")
    articles, problems = read(path)
    assert [a.title for a in articles] == [story.title]
    assert problems == [f"{path}:2: {reason}"]


def test_a_csv_with_quoted_multiline_cells_and_no_bad_rows_is_read_whole(tmp_path):
    rows = [b"title,text"] + [b'"t%d","' % n + STORIES[n].text.replace('"', '""').encode() + b'"'
                              for n in range(3)]
    path = tmp_path / "good.csv"
    path.write_bytes(b"\r\n".join(rows))
    articles, problems = read(path)
    assert [a.title for a in articles] == ["t0", "t1", "t2"] and problems == []


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_a_record_over_the_record_limit_is_skipped_not_held(ending, tmp_path):
    path = tmp_path / "big.jsonl.gz"
    huge = b'{"text": "' + os.urandom(3 << 20).hex().encode() + b'"}'
    lines = [good_line(0), huge, good_line(1)]
    path.write_bytes(gzip.compress(ending.join(lines) + ending))
    articles, problems = read(path, max_record_bytes=1 << 20)
    assert len(articles) == 2
    assert problems == [f"{path}:2: record too large (over 1,048,576 bytes; see the max_record_size setting)"]


# -- 17.5: decompression with a byte budget ----------------------------------------------------


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("line.jsonl.gz", lambda: line_bomb(BOMB), "decompression bomb (over 200x"),
    ("zeros.jsonl.gz", lambda: zero_bomb(BOMB), "binary file, not JSON lines"),
    ("zeros.txt.gz", lambda: zero_bomb(BOMB), "decompression bomb (over 200x"),
    ("zeros.html.gz", lambda: zero_bomb(BOMB), "decompression bomb (over 200x"),
    ("zeros.arc.gz", lambda: zero_bomb(BOMB), "corrupt ARC after 0 records (no filedesc://"),
    ("zeros.warc.gz", lambda: zero_bomb(BOMB), "corrupt WARC after 0 records"),
])
def test_gzip_bombs_are_refused_without_inflating_them(name, data, reason, tmp_path):
    path = tmp_path / name
    path.write_bytes(data())
    with pytest.raises(InputError) as caught:
        read(path)
    assert caught.value.path == str(path)
    assert caught.value.reason.startswith(reason)


@pytest.mark.parametrize(("inside", "reason"), [
    (b"", "empty file"),
    (b"\n \n", "empty file (only whitespace)"),
])
@pytest.mark.parametrize("name", ["empty.txt.gz", "empty.html.gz"])
def test_an_empty_gzip_says_what_it_holds(name, inside, reason, tmp_path):
    path = tmp_path / name
    path.write_bytes(gzip.compress(inside))
    with pytest.raises(InputError) as caught:
        read(path)
    assert caught.value.reason == reason


def test_a_gzip_content_encoding_in_a_warc_is_decoded_with_a_budget():
    bomb = zero_bomb(BOMB)
    with pytest.raises(InputError, match="decoded payload over 1,048,576 bytes"):
        decode_payload(bomb, ("gzip",), where="w", max_bytes=1 << 20)
    page = html_page(STORIES[0]).encode()
    assert decode_payload(gzip.compress(page), ("gzip",), where="w") == page


def test_a_warc_record_holding_a_gzip_bomb_is_named_and_the_next_record_read(tmp_path):
    bomb = zero_bomb(BOMB)
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: " + str(len(bomb)).encode() + b"\r\n\r\n" + bomb)
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
            b"WARC-Target-URI: https://e.org/bomb\r\nContent-Type: application/http; "
            b"msgtype=response\r\nContent-Length: " + str(len(http)).encode() + b"\r\n\r\n")
    good = warc_record(html_page(STORIES[1]).encode(), uri="https://e.org/good", record=7)
    path = tmp_path / "bomb.warc"
    path.write_bytes(head + http + b"\r\n\r\n" + good)
    articles, problems = read(path)
    assert [a.url for a in articles] == ["https://e.org/good"]
    assert len(problems) == 1 and "decoded payload over" in problems[0]


def test_an_arc_file_is_still_read_through_the_bomb_guard(tmp_path):
    path = tmp_path / "page.arc.gz"
    path.write_bytes(gzip.compress(arc_file(html_page(STORIES[2]).encode(), uri="https://e.org/a")))
    articles, problems = read(path)
    assert [a.url for a in articles] == ["https://e.org/a"] and problems == []


LAUGHS = ('<!DOCTYPE r [<!ENTITY a "lol">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>", "&j;")
EXTERNAL = ('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;")


@pytest.mark.parametrize(("doctype", "text"), [LAUGHS, EXTERNAL])
@pytest.mark.parametrize("suffix", ["rss", "xml", "sitemap"])
def test_xml_entity_attacks_are_refused_before_parsing(doctype, text, suffix, tmp_path):
    if suffix == "sitemap":
        body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{text}</loc></url></urlset>'
    else:
        body = f"<rss version=\"2.0\"><channel><item><title>t</title><description>{text}</description></item></channel></rss>"
    path = tmp_path / f"attack.{suffix}"
    path.write_text(f'<?xml version="1.0"?>{doctype}{body}')
    start = time.perf_counter()
    with pytest.raises(InputError, match="XML entity declarations"):
        read(path)
    assert time.perf_counter() - start < 10


def test_a_feed_without_entity_declarations_is_still_read(tmp_path):
    path = tmp_path / "plain.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><title>t</title>'
                    "<description>Body &amp; more text.</description></item>"
                    "</channel></rss>")
    assert [a.raw_text for a in read(path)[0]] == ["Body & more text."]


# -- 17.9: encodings and names -----------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_text_in_utf16_or_utf32_with_a_bom_is_read(codec, tmp_path):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")
    path = tmp_path / "story.txt"
    path.write_bytes(bom + STORIES[4].text.encode(codec))
    articles, _ = read(path)
    assert articles[0].raw_text == STORIES[4].text


def test_utf16_jsonl_is_read(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"\n".join([good_line(0), good_line(1)]).decode().encode("utf-16"))
    assert len(read(path)[0]) == 2


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x0b"])
def test_json_lines_do_not_split_on_unicode_line_separators(separator, tmp_path):
    text = STORIES[0].text + separator + "The end."
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n" + good_line(1).decode(),
                    encoding="utf-8")
    articles, problems = read(path)
    assert problems == [] and articles[0].raw_text == text and len(articles) == 2


def test_a_file_name_that_is_not_utf8_is_one_clean_failure(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(STORIES[0].text.encode())
    (tmp_path / "ok.txt").write_text(STORIES[1].text)
    report = newsdesk.ingest([str(tmp_path)], db=str(tmp_path / "s.duckdb"), workers=1)
    assert report.new == 1
    assert [e.reason for e in report.failed] == ["file name is not valid UTF-8; rename the file"]


# -- 14, req 2: only regular files, bounded sizes, a time budget -------------------------------


def _special(kind: str, path: Path) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "loop":
        os.symlink(path.with_suffix(".b"), path)
        os.symlink(path, path.with_suffix(".b"))
    else:
        os.symlink(kind, path)


@pytest.mark.parametrize(("kind", "reason"), [
    ("fifo", "not a regular file (a FIFO); refused"),
    ("socket", "not a regular file (a socket); refused"),
    ("/dev/zero", "not a regular file (a character device); refused"),
    ("/dev/urandom", "not a regular file (a character device); refused"),
    ("loop", "symlink loop"),
])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".warc", ".arc.gz"])
def test_special_files_are_refused_by_type_without_blocking(kind, reason, suffix, tmp_path):
    path = tmp_path / f"special{suffix}"
    _special(kind, path)
    report = newsdesk.ingest([str(path)], db=str(tmp_path / "s.duckdb"), workers=1)
    assert [(e.path, e.reason) for e in report.failed] == [(str(path), reason)]


def test_files_over_the_file_limit_are_refused_with_the_option_named(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORIES[0].text)
    with pytest.raises(InputError, match=r"file too large \(13,822 bytes; limit 10,000, see the max_file_size setting"):
        read(path, max_bytes=10_000)


@pytest.mark.parametrize(("markup", "reason"), [
    (b"<b>x</b>" * (MAX_TAGS + 1), r"100,003 tags \(limit 100,000\)"),
    (b"<div " + b" ".join(b"a%d=1" % i for i in range(100_000)) + b">x</div>", "over 2,000 attributes"),
])
def test_pathological_html_is_refused_in_seconds(markup, reason, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body>" + markup + b"</body></html>")
    start = time.perf_counter()
    with pytest.raises(InputError, match=reason):
        read(path)
    assert time.perf_counter() - start < 20  # a guard against a hang, not a speed target


def test_a_long_quoted_attribute_value_is_not_counted_as_attributes(tmp_path):
    words = " ".join(STORIES[0].text.split()[:3000]).replace('"', "'")
    path = tmp_path / "page.html"
    path.write_text(html_page(STORIES[0]).replace("<article>", f'<article data-summary="{words}">'))
    assert [a.title for a in read(path)[0]] == [STORIES[0].title]


def test_quoted_values_do_not_hide_a_million_attributes(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><div " + b" ".join(b'a%d="1 2"' % i for i in range(50_000))
                     + b">x</div></body></html>")
    with pytest.raises(InputError, match="over 2,000 attributes"):
        read(path)


def test_deep_nesting_finishes(tmp_path):
    path = tmp_path / "deep.html"
    path.write_bytes(b"<html><body>" + b"<div>" * 100_000 + html_page(STORIES[0]).encode()
                     + b"</div>" * 100_000 + b"</body></html>")
    try:
        articles, _ = read(path)
    except InputError as e:
        assert e.path == str(path)
    else:
        assert len(articles) <= 1


def test_the_time_budget_interrupts_python_work():
    with pytest.raises(InputError, match=r"took over 0\.2 s to parse"), \
            time_budget(0.2, where="slow.html"):
        while True:
            pass


def test_the_time_budget_skips_a_slow_page_and_reads_the_next(tmp_path):
    slow = tmp_path / "slow.html"  # below the tag limit, but seconds of work for the extractor
    slow.write_bytes(b"<html><body>" + b"<p>x</p><b>y</b>" * 45_000 + b"</body></html>")
    good = tmp_path / "good.html"
    good.write_text(html_page(STORIES[0]))
    db = str(tmp_path / "s.duckdb")
    newsdesk.ingest([str(good)], db=db, workers=1)  # loads the language model outside the budget
    other = tmp_path / "other.html"
    other.write_text(html_page(STORIES[1]))
    report = newsdesk.ingest([str(slow), str(other)], db=db, workers=1, parse_seconds=1.5)
    assert report.new == 1
    assert [(e.path, e.reason.split(";")[0]) for e in report.failed] == [(str(slow), "took over 1.5 s to parse")]


def test_the_time_budget_holds_cleaning_too(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join(story.text for story in STORIES * 40))
    report = newsdesk.ingest([str(long)], db=str(tmp_path / "s.duckdb"), workers=1,
                             parse_seconds=0.001)
    assert report.new == 0
    assert [(e.path, e.reason.split(";")[0]) for e in report.failed] == [
        (str(long), "took over 0.001 s in clean_article")]


# -- issue 15, input side: nothing to read is a usage error --------------------------------------


@pytest.mark.parametrize("given", ["nothing-*.txt", "empty-folder"])
def test_an_empty_glob_or_folder_exits_2_without_creating_a_store(given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty-folder").mkdir()
    result = CliRunner().invoke(app, ["ingest", given, "--db", "s.duckdb"])
    assert result.exit_code == 2
    assert "matches no files" in result.output
    assert not (tmp_path / "s.duckdb").exists()


# -- the fast fuzz run ---------------------------------------------------------------------------


def test_a_hundred_hostile_inputs_mixed_with_good_articles(tmp_path):
    cases = make_cases(STORIES, n=100, seed=2026, bomb_bytes=BOMB, huge_html=2 << 20)
    outcome = run_cases(cases, tmp_path, batch=100, hang_seconds=60)
    assert outcome.wrong == []
    assert (outcome.tracebacks, outcome.hangs) == (0, 0)
    assert outcome.peak_rss_mb < 2048
    assert outcome.stored_once == outcome.good_articles > 0
    assert outcome.bad_named == outcome.bad_inputs > 0
    with open_store(str(tmp_path / "batch000.duckdb")) as store:
        assert not any("root:x:0:0" in article.raw_text for article in store.iter_articles())
