"""Hostile inputs: a seeded generator of malformed files mixed with good articles, and a runner
that ingests them with the real CLI in child processes and checks what came out.

Each generated input is a ``Case``: a file (or a FIFO, socket or symlink) whose name carries a
unique token (``c0042``) so it can be found in the CLI's failure list whatever the rest of the
name holds (brackets, newlines, escape sequences, bytes that are not UTF-8). A case says what
must happen to it:

* ``good``: exactly ``articles`` articles stored from it, and it is not named as failed;
* ``bad``: nothing stored from it, and it is named;
* ``mixed``: a file of records, some good, some bad: the good ones stored once each, each bad
  line named as ``file:line``;
* ``either``: stored once or named, never both (for instance text in two encodings at once).

``run_cases`` writes the cases into folders of ``batch`` inputs, runs ``newsdesk ingest`` on
each folder in a child process, and counts tracebacks, hangs (a batch over ``hang_seconds``),
the peak resident memory of each child (``os.wait4``), and every case whose outcome differs
from what it must be. The generator is written by hand: fuzzing libraries (atheris, hypothesis)
mutate inputs for one function in-process, while this suite needs whole files of each format,
special files and a child process whose memory and time are measured.
"""

from __future__ import annotations

import gzip
import html
import io
import itertools
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

GOOD, BAD, MIXED, EITHER = "good", "bad", "mixed", "either"
EXTENSIONS = ("txt", "md", "html", "htm", "xhtml", "jsonl", "ndjson", "json", "csv", "tsv", "warc",
              "arc", "rss", "atom", "xml", "sitemap", "txt.gz", "jsonl.gz", "warc.gz", "arc.gz")
_TOKEN = re.compile(r"c\d{4}")


@dataclass(frozen=True, slots=True)
class Story:
    """One good article to hide among the bad inputs."""

    title: str
    text: str


@dataclass(slots=True)
class Case:
    """One input and what must become of it."""

    token: str
    family: str
    expect: str
    name: bytes
    data: bytes | None = None
    special: str | None = None  # fifo, socket, devzero, urandom, loop, dangling
    articles: int = 0
    bad_lines: tuple[int, ...] = ()


@dataclass(slots=True)
class Outcome:
    """What a run of ``run_cases`` found."""

    inputs: int = 0
    by_family: Counter = field(default_factory=Counter)
    tracebacks: int = 0
    hangs: int = 0
    peak_rss_mb: float = 0.0
    good_articles: int = 0
    stored_once: int = 0
    bad_named: int = 0
    bad_inputs: int = 0
    wrong: list[str] = field(default_factory=list)
    seconds: float = 0.0


# -- building blocks ---------------------------------------------------------------------


def html_page(story: Story) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in story.text.splitlines()
                         if line.strip())
    title = html.escape(story.title)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>\n{paragraphs}</article></body></html>")


def warc_record(payload: bytes, *, uri: str, record: int, declared: int | None = None) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(payload)).encode() + b"\r\n\r\n" + payload)
    length = len(http) if declared is None else declared
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
            f"{record:012d}>\r\nWARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def arc_file(payload: bytes, *, uri: str) -> bytes:
    header = b"1 0 newsdesk\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://fuzz.arc 0.0.0.0 20200101000000 text/plain " + str(len(header)).encode()
    http = (b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + str(len(payload)).encode() + b"\r\n\r\n" + payload)
    record = f"{uri} 127.0.0.1 20200101000000 text/html {len(http)}".encode()
    return filedesc + b"\n" + header + b"\n" + record + b"\n" + http + b"\n"


def rss(items: Sequence[tuple[str, str]], *, doctype: str = "") -> bytes:
    body = "".join(f"<item><title>{title}</title><guid>g{n}</guid><description>{text}"
                   f"</description></item>" for n, (title, text) in enumerate(items))
    return (f"<?xml version=\"1.0\"?>{doctype}<rss version=\"2.0\"><channel><title>Fuzz</title>"
            f"{body}</channel></rss>").encode()


_BOMBS: dict[int, bytes] = {}


def zero_bomb(size: int) -> bytes:
    """gzip of ``size`` zero bytes, compressed in a stream (made once per size)."""
    if size not in _BOMBS:
        packer, block, out = zlib.compressobj(9, zlib.DEFLATED, 31), bytes(1 << 20), []
        for _ in range(size >> 20):
            out.append(packer.compress(block))
        out.append(packer.flush())
        _BOMBS[size] = b"".join(out)
    return _BOMBS[size]


_LINE_BOMBS: dict[int, bytes] = {}


def line_bomb(size: int) -> bytes:
    """gzip of one JSON line holding a string of ``size`` bytes (made once per size)."""
    if size not in _LINE_BOMBS:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        out, block = [packer.compress(b'{"text": "')], b"a" * (1 << 20)
        for _ in range(size >> 20):
            out.append(packer.compress(block))
        out += [packer.compress(b'"}\n'), packer.flush()]
        _LINE_BOMBS[size] = b"".join(out)
    return _LINE_BOMBS[size]


# -- the generator -----------------------------------------------------------------------


class Generator:
    """Seeded: the same seed and stories give the same cases, byte for byte."""

    def __init__(self, stories: Sequence[Story], *, seed: int, bomb_bytes: int,
                 huge_html: int) -> None:
        self.stories = list(stories)
        self.rng = random.Random(seed)
        self.bomb_bytes = bomb_bytes
        self.huge_html = huge_html
        self.count = 0
        self.used = 0

    def story(self) -> Story:
        story = self.stories[self.used % len(self.stories)]
        self.used += 1
        return story

    def case(self, family: str, expect: str, suffix: str, data: bytes | None = None,
             **kw) -> Case:
        token = f"c{self.count:04d}"
        self.count += 1
        name = kw.pop("name", None) or f"{token}_{family}.{suffix}".encode()
        return Case(token=token, family=family, expect=expect, name=name, data=data, **kw)

    def cases(self, n: int) -> Iterator[Case]:
        """``n`` cases, made one at a time (so only one batch of bytes is held at once)."""
        makers = [getattr(self, name) for name in sorted(dir(self)) if name.startswith("make_")]
        made = 0
        while made < n:
            for case in self.rng.choice(makers)():
                if made < n:
                    made += 1
                    yield case

    # good articles, in every format that holds one
    def make_good(self) -> Iterator[Case]:
        story = self.story()
        kind = self.rng.choice(["txt", "html", "jsonl", "csv", "txt.gz", "warc", "json", "utf16"])
        if kind == "txt":
            yield self.case("good-text", GOOD, "txt", story.text.encode(), articles=1)
        elif kind == "txt.gz":
            yield self.case("good-gzip", GOOD, "txt.gz", gzip.compress(story.text.encode()), articles=1)
        elif kind == "html":
            yield self.case("good-html", GOOD, "html", html_page(story).encode(), articles=1)
        elif kind == "jsonl":
            line = json.dumps({"title": story.title, "text": story.text})
            yield self.case("good-jsonl", GOOD, "jsonl", (line + "\n").encode(), articles=1)
        elif kind == "json":  # U+2028 inside a string must not split the line
            line = json.dumps({"title": story.title, "text": story.text + "\u2028end."},
                              ensure_ascii=False)
            yield self.case("good-json-u2028", GOOD, "json", line.encode(), articles=1)
        elif kind == "csv":
            out = io.StringIO()
            out.write('title,text\n"' + story.title.replace('"', '""') + '","'
                      + story.text.replace('"', '""') + '"\n')
            yield self.case("good-csv", GOOD, "csv", out.getvalue().encode(), articles=1)
        elif kind == "warc":
            data = warc_record(html_page(story).encode(), uri="https://example.org/a", record=1)
            yield self.case("good-warc", GOOD, "warc", data, articles=1)
        else:
            codec = self.rng.choice(["utf-16", "utf-32"])
            yield self.case(f"good-{codec}-bom", GOOD, "txt", story.text.encode(codec), articles=1)

    def make_odd_name(self) -> Iterator[Case]:
        """Good articles under names with brackets, newlines and terminal escape sequences."""
        story = self.story()
        token = f"c{self.count:04d}"
        odd = self.rng.choice(["[bold]x[red]", "line\nbreak", "\x1b[31mred\x1b[0m", "[link=a]b",
                               "tab\there", "q'\"uote", "back\\slash", "%s%n{0}"])
        yield self.case("odd-name", GOOD, "txt", story.text.encode(), articles=1,
                        name=f"{token}_{odd}.txt".encode())

    def make_foreign_name(self) -> Iterator[Case]:
        token = f"c{self.count:04d}"
        yield self.case("non-utf8-name", BAD, "txt", self.story().text.encode(),
                        name=token.encode() + b"_caf\xe9.txt")

    def make_random_bytes(self) -> Iterator[Case]:
        suffix = self.rng.choice(EXTENSIONS)
        size = self.rng.choice([64, 4096, 65536])
        data = bytearray(self.rng.randbytes(size))
        data[self.rng.randrange(min(size, 4096))] = 0  # binary files hold NUL bytes
        if suffix.endswith(".gz"):
            data = bytearray(gzip.compress(bytes(data)))
        yield self.case("random-bytes", BAD, suffix, bytes(data))

    def make_empty(self) -> Iterator[Case]:
        suffix = self.rng.choice(EXTENSIONS)
        yield self.case("empty", BAD, suffix, self.rng.choice([b"", b"  \n\t\n"]))

    def make_truncated_gzip(self) -> Iterator[Case]:
        story = self.story()
        suffix = self.rng.choice(["txt.gz", "jsonl.gz", "warc.gz", "html.gz"])
        body = {"txt.gz": story.text.encode(), "html.gz": html_page(story).encode(),
                "jsonl.gz": (json.dumps({"text": story.text}) + "\n").encode(),
                "warc.gz": warc_record(html_page(story).encode(), uri="https://e.org/", record=2)}
        packed = gzip.compress(body[suffix])
        cut = self.rng.randrange(10, len(packed) - 8)
        yield self.case("truncated-gzip", BAD, suffix, packed[:cut])

    def make_bomb(self) -> Iterator[Case]:
        suffix = self.rng.choice(["txt.gz", "jsonl.gz", "arc.gz", "warc.gz", "html.gz", "jsonl-line"])
        if suffix == "jsonl-line":
            yield self.case("gzip-bomb-line", BAD, "jsonl.gz", line_bomb(self.bomb_bytes))
        else:
            yield self.case("gzip-bomb", BAD, suffix, zero_bomb(self.bomb_bytes))

    def make_warc_bomb(self) -> Iterator[Case]:
        """A WARC response whose ``Content-Encoding: gzip`` payload inflates to zeros."""
        bomb = zero_bomb(self.bomb_bytes)
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                b"Content-Length: " + str(len(bomb)).encode() + b"\r\n\r\n" + bomb)
        head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
                b"WARC-Target-URI: https://e.org/bomb\r\nContent-Type: application/http; "
                b"msgtype=response\r\nContent-Length: " + str(len(http)).encode() + b"\r\n\r\n")
        yield self.case("warc-content-encoding-bomb", BAD, "warc", head + http + b"\r\n\r\n")

    def make_xml_attack(self) -> Iterator[Case]:
        suffix = self.rng.choice(["rss", "xml", "atom", "sitemap"])
        if self.rng.random() < 0.5:
            doctype = ('<!DOCTYPE r [<!ENTITY a "lol">' + "".join(
                f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
                + "]>")
            text, family = "&j;", "billion-laughs"
        else:
            doctype = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            text, family = "&x;", "external-entity"
        if suffix == "sitemap":
            data = (f'<?xml version="1.0"?>{doctype}<urlset xmlns="http://www.sitemaps.org/'
                    f'schemas/sitemap/0.9"><url><loc>{text}</loc></url></urlset>').encode()
        else:
            data = rss([("t", text)], doctype=doctype)
        yield self.case(family, BAD, suffix, data)

    def make_lying_warc(self) -> Iterator[Case]:
        payload = html_page(self.story()).encode()
        true_length = len(warc_record(payload, uri="u", record=3).split(b"\r\n\r\n", 1)[1]) - 4
        lie = self.rng.choice([true_length * 3, true_length + 1000, 2 ** 40, -5, "x"])
        record = warc_record(payload, uri="https://e.org/", record=3, declared=0)
        record = record.replace(b"Content-Length: 0\r\n", f"Content-Length: {lie}\r\n".encode(), 1)
        yield self.case("warc-lying-length", BAD, self.rng.choice(["warc", "warc.gz"]),
                        gzip.compress(record) if self.rng.random() < 0.5 else record)

    def make_bad_jsonl(self) -> Iterator[Case]:
        """A JSONL file with good lines around one bad line of each kind picked."""
        lines, bad = [], []
        kinds = ["wrong-type", "list-text", "nested", "digits", "surrogate", "nul", "huge",
                 "array", "truncated", "not-utf8"]
        for _ in range(self.rng.randint(1, 3)):
            story = self.story()
            lines.append(json.dumps({"title": story.title, "text": story.text}).encode())
            kind = self.rng.choice(kinds)
            lines.append(self._bad_json_line(kind))
            bad.append(len(lines))
        ending = self.rng.choice([b"\n", b"\r\n", b"\r"])
        good = len(lines) - len(bad)
        yield self.case("jsonl-bad-records", MIXED, "jsonl", ending.join(lines) + ending,
                        articles=good, bad_lines=tuple(bad))

    def _bad_json_line(self, kind: str) -> bytes:
        return {
            "wrong-type": b'{"text": 12345, "title": null}',
            "list-text": b'{"text": {"nested": "object"}}',
            "nested": b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
            "digits": b'{"text": "x", "n": ' + b"7" * 5000 + b"}",
            "surrogate": b'{"text": "lone \\ud800 surrogate in a longer text of words"}',
            "nul": b'{"text": "nul \x00 byte in the record text here"}',
            "huge": b'{"text": "' + b"w " * (self.huge_html // 2) + b'"}',
            "array": b'["not", "an", "object"]',
            "truncated": b'{"text": "cut sh',
            "not-utf8": b'{"text": "caf\xe9 au lait \xff\xfe"}',
        }[kind]

    def make_bad_csv(self) -> Iterator[Case]:
        rows, bad = [b"title,text"], []
        for _ in range(self.rng.randint(1, 3)):
            story = self.story()
            text = story.text.replace('"', '""').encode()
            rows.append(b'"' + story.title.replace('"', '""').encode() + b'","' + text + b'"')
            rows.append(self.rng.choice([b"only one cell", b"a,b,c,d", b'"t","nul \x00 here"']))
            bad.append(sum(row.count(b"\n") + 1 for row in rows))  # the line a bad row is on
        good = len(rows) - 1 - len(bad)
        yield self.case("csv-ragged-nul", MIXED, "csv", b"\n".join(rows) + b"\n",
                        articles=good, bad_lines=tuple(bad))

    def make_mixed_encoding(self) -> Iterator[Case]:
        story = self.story()
        half = len(story.text) // 2
        data = story.text[:half].encode("utf-8") + story.text[half:].encode("latin-1", "replace")
        data += "\nCafé déjà vu, naïve façade.\n".encode(self.rng.choice(["latin-1", "cp1252"]))
        yield self.case("mixed-encoding", EITHER, "txt", data)

    def make_special(self) -> Iterator[Case]:
        kind = self.rng.choice(["fifo", "socket", "devzero", "urandom", "loop", "dangling"])
        suffix = self.rng.choice(["txt", "jsonl", "warc", "html"])
        yield self.case(f"special-{kind}", BAD, suffix, special=kind)

    def make_pathological_html(self) -> Iterator[Case]:
        kind = self.rng.choice(["tags-one-line", "attributes", "nesting"])
        size = self.huge_html
        if kind == "tags-one-line":
            data = b"<html><body>" + b"<b>x</b><i>y</i>" * (size // 16) + b"</body></html>"
        elif kind == "attributes":
            data = (b"<html><body><div " + b" ".join(b"a%d=1" % i for i in range(size // 8))
                    + b">text</div></body></html>")
        else:
            data = b"<html><body>" + b"<div>" * (size // 11) + b"deep" + b"</div>" * (size // 11)
        yield self.case(f"html-{kind}", EITHER, "html", data)


def make_cases(stories: Sequence[Story], *, n: int, seed: int = 14, bomb_bytes: int = 2 << 30,
               huge_html: int = 10 << 20) -> Iterator[Case]:
    """``n`` cases from a seeded generator; bombs expand to ``bomb_bytes``, HTML is ``huge_html``."""
    return Generator(stories, seed=seed, bomb_bytes=bomb_bytes, huge_html=huge_html).cases(n)


def stories_from_texts(paths: Sequence[Path]) -> list[Story]:
    """Stories from plain-text files whose first non-blank line is kept as the title."""
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
        out.append(Story(title=title, text=text))
    return out


def stories_from_jsonl(path: Path, *, limit: int, min_chars: int = 2000) -> list[Story]:
    """Stories from a JSONL(.gz) corpus with ``title`` and ``content_original``/``text``."""
    out: list[Story] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record.get("content_original") or record.get("text") or ""
            if len(text) >= min_chars and record.get("title"):
                out.append(Story(title=record["title"], text=text))
            if len(out) >= limit:
                break
    return out


# -- writing and running -----------------------------------------------------------------


def write_case(case: Case, folder: Path) -> None:
    path = os.path.join(os.fsencode(folder), case.name)
    if case.special is None:
        with open(path, "wb") as handle:
            handle.write(case.data or b"")
    elif case.special == "fifo":
        os.mkfifo(path)
    elif case.special == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(path)
        server.close()
    elif case.special in ("devzero", "urandom"):
        os.symlink(b"/dev/zero" if case.special == "devzero" else b"/dev/urandom", path)
    elif case.special == "loop":
        os.symlink(path + b".other", path)
        os.symlink(path, path + b".other")
    else:
        os.symlink(path + b".gone", path)


def run_cases(cases: Iterable[Case], work: Path, *, batch: int = 25, hang_seconds: float = 30.0,
              parse_seconds: float = 10.0, progress: Callable[[str], None] | None = None) -> Outcome:
    """Ingest the cases with ``newsdesk ingest`` in child processes; see the module docstring."""
    outcome = Outcome()
    start, cases = time.perf_counter(), iter(cases)
    for number in itertools.count():
        chunk = list(itertools.islice(cases, batch))
        if not chunk:
            break
        outcome.inputs += len(chunk)
        outcome.by_family.update(case.family for case in chunk)
        folder = work / f"batch{number:03d}"
        folder.mkdir(parents=True)
        for case in chunk:
            write_case(case, folder)
        stderr, seconds, rss_mb, hung = _ingest_child(folder, work / f"{folder.name}.duckdb",
                                                      timeout=hang_seconds, parse_seconds=parse_seconds)
        outcome.peak_rss_mb = max(outcome.peak_rss_mb, rss_mb)
        outcome.hangs += hung
        if "Traceback" in stderr:
            outcome.tracebacks += 1
            outcome.wrong.append(f"{folder.name}: traceback\n{stderr[-2000:]}")
        if not hung:
            _check_batch(chunk, stderr, work / f"{folder.name}.duckdb", outcome)
        shutil.rmtree(folder)
        if progress:
            progress(f"{folder.name}: {len(chunk)} inputs in {seconds:.1f} s, {rss_mb:.0f} MB")
    outcome.seconds = time.perf_counter() - start
    return outcome


def _ingest_child(folder: Path, db: Path, *, timeout: float,
                  parse_seconds: float) -> tuple[str, float, float, bool]:
    """(stderr, seconds, peak RSS in MB, hung) of one ``newsdesk ingest`` child process."""
    command = [sys.executable, "-m", "newsdesk", "ingest", str(folder), "--db", str(db),
               "--workers", "1", "--parse-timeout", str(parse_seconds)]
    err_path = folder.with_suffix(".stderr")
    with open(err_path, "wb") as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err,
                                 stdin=subprocess.DEVNULL, start_new_session=True)
        start, hung, usage = time.perf_counter(), False, None
        while usage is None:
            pid, _status, rusage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                usage = rusage
            elif time.perf_counter() - start > timeout:
                os.killpg(child.pid, signal.SIGKILL)
                hung = True
                usage = os.wait4(child.pid, 0)[2]
            else:
                time.sleep(0.05)
        child.returncode = 0
    seconds = time.perf_counter() - start
    return err_path.read_text("utf-8", "replace"), seconds, usage.ru_maxrss / 1024, hung


def _check_batch(chunk: Sequence[Case], stderr: str, db: Path, outcome: Outcome) -> None:
    named = _named(stderr)
    stored = _stored_counts(db)
    for case in chunk:
        outcome.good_articles += case.articles
        problem = _judge(case, named.get(case.token, []), stored.get(case.token, 0))
        if case.expect in (GOOD, MIXED) and stored.get(case.token, 0) == case.articles:
            outcome.stored_once += case.articles
        if case.expect in (BAD, MIXED):
            outcome.bad_inputs += 1
            outcome.bad_named += bool(named.get(case.token))
        if problem:
            outcome.wrong.append(f"{case.token} {case.family}: {problem}")


def _judge(case: Case, lines: list[str], stored: int) -> str | None:
    if case.expect == GOOD and (stored != case.articles or lines):
        return f"stored {stored} of {case.articles}, named {lines[:2]}"
    if case.expect == BAD and (stored or not lines):
        return f"stored {stored}, named {bool(lines)}"
    if case.expect == EITHER and (stored > 1 or bool(stored) == bool(lines)):
        return f"stored {stored}, named {bool(lines)}"
    if case.expect == MIXED:
        missing = [n for n in case.bad_lines if not any(f":{n}:" in line for line in lines)]
        if stored != case.articles or missing:
            return f"stored {stored} of {case.articles}; bad lines not named: {missing}"
    return None


def _named(stderr: str) -> dict[str, list[str]]:
    """Failure lines by case token (a failure may span lines when a name holds a newline)."""
    named: dict[str, list[str]] = {}
    for block in re.split(r"\n(?=failed: )", stderr):
        if block.startswith("failed: "):
            for token in set(_TOKEN.findall(block)):
                named.setdefault(token, []).append(block)
    return named


def _stored_counts(db: Path) -> dict[str, int]:
    """Articles stored per case token (from each article's path)."""
    from newsdesk.store import open_store

    counts: Counter = Counter()
    if not db.exists():
        return {}
    with open_store(str(db)) as store:
        for article in store.iter_articles():
            match = _TOKEN.search(os.path.basename(article.path))
            if match:
                counts[match.group()] += 1
    return dict(counts)


def summary(outcome: Outcome) -> str:
    """The counts as Markdown lines."""
    return "\n".join([
        f"- inputs: {outcome.inputs:,} ({len(outcome.by_family)} families), "
        f"{outcome.seconds:.0f} s",
        f"- tracebacks: {outcome.tracebacks}; hangs over the limit: {outcome.hangs}",
        f"- peak memory of one ingest process: {outcome.peak_rss_mb:,.0f} MB",
        f"- good articles stored exactly once: {outcome.stored_once:,} of {outcome.good_articles:,}",
        f"- bad inputs named: {outcome.bad_named:,} of {outcome.bad_inputs:,}",
        f"- cases with another outcome than required: {len(outcome.wrong)}",
    ])
