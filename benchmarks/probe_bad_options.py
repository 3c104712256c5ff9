"""Bad options, output paths and requests, run against one code tree: how many are handled.

Each case runs a command (or one HTTP request through FastAPI's TestClient) on the seed store
and says whether the outcome meets the error-handling rules of docs/reliability.md: one line
naming what was given, exit code 2 for usage and 1 for failures, no traceback, nothing stored
lost, no file or store created by a refused command. Run it from the root of a checkout:

    PYTHONPATH=src python benchmarks/probe_bad_options.py [--json FILE]

It prints one line per case and the count handled; the source tree is the one on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

ROOT = Path.cwd()
EXAMPLES = ROOT / "examples"
# the commands run in a scratch folder: the tree under test must not depend on the cwd
_PATHS = [part for part in os.environ.get("PYTHONPATH", "").split(os.pathsep) if part]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(str(Path(p).resolve()) for p in _PATHS)}
Outcome = subprocess.CompletedProcess
Check = Callable[[Outcome, Path], bool]


def newsdesk(*args: str, cwd: Path) -> Outcome:
    command = [sys.executable, "-m", "newsdesk", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=ENV)


def one_line(code: int) -> Check:
    """Exit ``code`` and a single ``error:`` line on stderr."""
    def check(result: Outcome, _: Path) -> bool:
        lines = result.stderr.strip().splitlines()
        return result.returncode == code and len(lines) == 1 and lines[0].startswith("error:")
    return check


def usage(result: Outcome, _: Path) -> bool:
    return result.returncode == 2 and "Traceback" not in result.stderr


def _seed_store(folder: Path) -> str:
    db = str(folder / "seeds.duckdb")
    for args in (["ingest", str(EXAMPLES), "--db", db], ["analyse", "--db", db, "--workers", "1"]):
        if newsdesk(*args, cwd=folder).returncode != 0:
            raise SystemExit(f"could not build the seed store: newsdesk {' '.join(args)}")
    return db


def _api(db: str, method: str, path: str, body: str | None, folder: Path) -> Outcome:
    """One request through TestClient; stdout is ``status total`` (total when a list)."""
    script = (
        "import sys, json\n"
        "from fastapi.testclient import TestClient\n"
        "from newsdesk.web import create_app\n"
        "c = TestClient(create_app(sys.argv[1]), raise_server_exceptions=False)\n"
        "r = c.request(sys.argv[2], sys.argv[3], content=sys.argv[4] or None,\n"
        "              headers={'content-type': 'application/json'})\n"
        "body = r.json() if r.headers.get('content-type') == 'application/json' else {}\n"
        "print(r.status_code, body.get('total', '') if isinstance(body, dict) else '')\n"
    )
    command = [sys.executable, "-c", script, db, method, path, body or ""]
    return subprocess.run(command, capture_output=True, text=True, cwd=folder, env=ENV)


def _records(folder: Path, name: str, rows: list[dict]) -> str:
    path = folder / name
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return str(path)


def _no_id_warc(folder: Path) -> str:
    """The test archive with its WARC-Record-ID headers taken out (two pages)."""
    import gzip
    import re

    data = gzip.decompress((ROOT / "tests/data/web/pages.warc.gz").read_bytes())
    path = folder / "no-ids.warc"
    path.write_bytes(re.sub(rb"WARC-Record-ID: <[^>]*>\r\n", b"", data))
    return str(path)


def _closed_stdout(*args: str, cwd: Path) -> Outcome:
    """A command whose stdout's reader is gone before the first line (``... | head`` finished)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        command = [sys.executable, "-m", "newsdesk", *args]
        return subprocess.run(command, stdout=writer, stderr=subprocess.PIPE, text=True, cwd=cwd,
                              env=ENV)
    finally:
        os.close(writer)


def _twice(*args: str, cwd: Path) -> Outcome:
    """Run a command twice; the second run's outcome, with the first's stderr before its own."""
    first = newsdesk(*args, cwd=cwd)
    second = newsdesk(*args, cwd=cwd)
    second.stderr = first.stderr + "\0" + second.stderr
    return second


def _same_failures_again(result: Outcome, _: Path) -> bool:
    first, second = (
        [line for line in run.splitlines() if line.startswith("failed:")]
        for run in result.stderr.split("\0"))
    return result.returncode == 1 and first == second != [] and "2 unchanged" in result.stderr


def _bad_item_polls(feed: Path, *, db: str, cwd: Path) -> Outcome:
    """``watch --once`` three times on a followed feed with an item that has no text, ten
    seconds apart (the shortest interval); the runs' exit codes are the stdout."""
    seeds = sorted(EXAMPLES.glob("*.txt"))[:2]
    items = [f"<item><guid>{p.stem}</guid><title>{p.stem}</title><description>"
             f"{escape(p.read_text(encoding='utf-8'))}</description></item>" for p in seeds]
    items.insert(1, "<item><guid>empty</guid><title>No text here</title></item>")
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
                    f"{''.join(items)}</channel></rss>", encoding="utf-8")
    newsdesk("feeds", "add", str(feed), "--every", "10s", "--db", db, cwd=cwd)
    runs = []
    for number in range(3):
        if number:
            time.sleep(10.5)
        runs.append(newsdesk("watch", "--once", "--no-analyse", "--db", db, cwd=cwd))
    return Outcome(runs[0].args, 0, stdout=" ".join(str(r.returncode) for r in runs),
                   stderr="\0".join(r.stderr for r in runs))


def _reported_once(result: Outcome, _: Path) -> bool:
    """The first poll exits 1 naming the item; the later ones exit 0 and count it."""
    first, *later = result.stderr.split("\0")
    return (result.stdout == "1 0 0" and "item 2: item has no text" in first
            and all("failed:" not in run and "1 bad item" in run for run in later))


def cases(db: str, work: Path) -> list[tuple[str, Callable[[], Outcome], Check]]:
    blocker = work / "a-file"
    blocker.write_text("not a folder")
    seeds = sorted(EXAMPLES.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in seeds[:2]]
    stray = work / "stray"
    stray.mkdir()
    (stray / "notes.settings.json").write_text("garbage")
    bad_settings = work / "bad.settings.json"
    bad_settings.write_text('{"settings": {"topic": "Kazakhstan", "colour": "red"}}')
    listed = work / "list.settings.json"
    listed.write_text("[1, 2]")
    repeats = _records(work, "repeats.jsonl", [{"id": "kz-1", "text": texts[0]},
                                               {"id": "kz-1", "text": texts[1]}])
    partly_bad = work / "partly-bad.jsonl"
    partly_bad.write_text("\n".join([json.dumps({"text": texts[0]}), '{"text": "cut',
                                     json.dumps({"text": texts[1]})]) + "\n", encoding="utf-8")
    run = lambda *args: (lambda: newsdesk(*args, cwd=work))  # noqa: E731
    fresh = lambda name: str(work / name)  # noqa: E731
    return [
        ("export --out a folder", run("export", "--db", db, "--out", str(work)), one_line(2)),
        ("export --out under a file", run("export", "--db", db, "--out", str(blocker / "x.jsonl")),
         one_line(2)),
        ("export parquet --out a folder",
         run("export", "--db", db, "-f", "parquet", "--out", str(work)), one_line(2)),
        ("brief --out a folder",
         run("brief", "--db", db, "--topic", "Kazakhstan", "--out", str(work)), one_line(2)),
        ("brief html --out under a file",
         run("brief", "--db", db, "--topic", "Kazakhstan", "-f", "html",
             "--out", str(blocker / "b.html")), one_line(2)),
        ("footprint --chart under a file", run("footprint", "China", "Kazakhstan", "--db", db,
                                               "--chart", str(blocker / "c.png")), one_line(2)),
        ("footprint --chart with an unknown suffix",
         run("footprint", "China", "Kazakhstan", "--db", db, "--chart", str(work / "c.foo")),
         lambda r, w: r.returncode == 0 and (w / "c.foo").read_bytes()[:4] == b"\x89PNG"),
        ("articles --limit -1", run("articles", "--db", db, "--limit", "-1"), usage),
        ("stories --limit -1", run("stories", "--db", db, "--limit", "-1"), usage),
        ("quotes --limit -1", run("quotes", "--db", db, "--limit", "-1"), usage),
        ("brief --since 2022-13", run("brief", "--db", db, "--since", "2022-13", "--out",
                                      str(work / "since" / "b.md")), one_line(2)),
        ("brief --settings with an unknown key", run("brief", "--db", db, "--settings",
                                                     str(bad_settings), "--out", fresh("s1.md")),
         one_line(2)),
        ("brief --settings that is a list",
         run("brief", "--db", db, "--settings", str(listed), "--out", fresh("s2.md")), one_line(2)),
        ("brief beside a stray *.settings.json", run("brief", "--db", db, "--topic", "Kazakhstan",
                                                     "--out", str(stray / "b.md")),
         lambda r, w: r.returncode == 0 and (stray / "briefs.atom").exists()),
        ("ask an empty question", run("ask", " ", "--db", db), one_line(2)),
        ("schedule add --to not an address",
         run("schedule", "add", "n", "--when", "daily 07:00", "--to", "not an address",
             "--db", fresh("live1.duckdb")), one_line(2)),
        ("watchlist add --webhook file:///",
         run("watchlist", "add", "n", "--entity", "Tokayev", "--webhook", "file:///etc/passwd",
             "--db", fresh("live2.duckdb")), one_line(2)),
        ("feeds remove on a missing store",
         run("feeds", "remove", "x", "--db", fresh("typo.duckdb")),
         lambda r, w: one_line(1)(r, w) and not (w / "typo.duckdb").exists()),
        ("JSONL repeating an id with other text",
         run("ingest", repeats, "--db", fresh("repeats.duckdb")),
         lambda r, w: r.returncode == 1 and "kz-1" in r.stderr),
        ("WARC records without an id", run("ingest", _no_id_warc(work), "--db", fresh("w.duckdb")),
         lambda r, w: "2 articles ingested" in r.stderr),
        ("POST /api/ingest urls=5", lambda: _api(db, "POST", "/api/ingest", '{"urls": 5}', work),
         lambda r, w: r.stdout.split()[:1] == ["422"]),
        ("GET /api/articles?outlet=_",
         lambda: _api(db, "GET", "/api/articles?outlet=_", None, work),
         lambda r, w: r.stdout.split() == ["200", "0"]),
        ("rerun of a JSONL with a bad line",
         lambda: _twice("ingest", str(partly_bad), "--db", fresh("partly.duckdb"), cwd=work),
         _same_failures_again),
        ("export with stdout closed", lambda: _closed_stdout("export", "--db", db, cwd=work),
         lambda r, w: (r.returncode, r.stderr) == (141, "")),
        ("brief --since 2022-02-30", run("brief", "--db", db, "--since", "2022-02-30", "--out",
                                         str(work / "impossible" / "b.md")), one_line(2)),
        ("watchlist add --webhook http://[::1/hook",
         run("watchlist", "add", "n", "--entity", "Tokayev", "--webhook", "http://[::1/hook",
             "--db", fresh("live3.duckdb")), one_line(2)),
        ('POST /api/ingest urls=["http://"]',
         lambda: _api(db, "POST", "/api/ingest", '{"urls": ["http://"]}', work),
         lambda r, w: r.stdout.split()[:1] == ["422"]),
        ("watch --once three times on a feed with a bad item",
         lambda: _bad_item_polls(work / "desk.rss", db=fresh("feed.duckdb"), cwd=work),
         _reported_once),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="Also write the outcomes to this file.")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = _seed_store(work)
        shutil.copy(db, work / "read.duckdb")
        outcomes = {}
        for name, run, check in cases(str(work / "read.duckdb"), work):
            outcomes[name] = bool(check(run(), work))
            print(f"{'handled' if outcomes[name] else 'DEFECT '}  {name}")
    print(f"{sum(outcomes.values())} of {len(outcomes)} cases handled")
    if options.json:
        Path(options.json).write_text(json.dumps(outcomes, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
