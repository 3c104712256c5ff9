"""The fixed costs of a CLI command and a server's first answers, beside the previous code's.

For each round and each tree in turn (the code in ``--before``, then this tree), on a copy of
one store:
  1. each command of ``COMMANDS`` in a fresh process: the CPU seconds of the process (its own
     and its children's, as ``os.wait4`` reports them: a loaded machine inflates them far
     less than wall seconds) and what it wrote (stdout and the brief's file);
  2. a fresh ``newsdesk serve`` asked at once (while its start loads the slow pages' code)
     and another asked after ``--idle`` seconds (after it): seconds to the first answer of
     ``/`` (the home page answers with a note while its brief is made), then to the answer
     of ``/api/brief`` asked next (it waits for the brief), and the bodies of both (``/``
     asked again, once it shows the brief).
It prints the median of the rounds for each tree, the ratio (after / before) and whether the
two trees wrote the same bytes. Requests go to 127.0.0.1 only. Run:
    python benchmarks/bench_startup.py --store S.duckdb --before /tmp/old/src [--rounds 3]
(``--store``: a store ingested and analysed, e.g. the one ``bench_web.py`` builds.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import medians, server_bench_args
from bench_web import free_port, start_server

THIS_SRC = str(Path(__file__).resolve().parents[1] / "src")
QUESTION = "What did the president say about China?"
#: name -> the command's arguments after ``newsdesk`` (``{db}``, ``{out}``: filled in).
COMMANDS = {
    "--help": ["--help"],
    "articles": ["articles", "--db", "{db}", "--limit", "20"],
    "search": ["search", "china", "--db", "{db}"],
    "entities": ["entities", "--db", "{db}", "--limit", "20"],
    "ask": ["ask", QUESTION, "--db", "{db}"],
    "brief": ["brief", "--db", "{db}", "--out", "{out}"],
}


def command_cpu(args: list[str], *, src: str) -> tuple[float, bytes]:
    """CPU seconds of ``newsdesk ARGS`` in a fresh process of ``src``, and its stdout."""
    env = {**os.environ, "PYTHONPATH": src}
    with tempfile.TemporaryFile() as stdout:
        child = subprocess.Popen([sys.executable, "-m", "newsdesk", *args], env=env,
                                 stdout=stdout, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise SystemExit(f"newsdesk {' '.join(args)} exited {child.returncode}")
        stdout.seek(0)
        return usage.ru_utime + usage.ru_stime, stdout.read()


def commands(db: str, *, src: str, folder: Path) -> dict[str, tuple[float, bytes]]:
    """``command_cpu`` of each of ``COMMANDS``; a brief's output is the file it wrote."""
    found = {}
    for name, args in COMMANDS.items():
        out = folder / "brief.md"
        filled = [arg.format(db=db, out=out) for arg in args]
        cpu, written = command_cpu(filled, src=src)
        found[name] = (cpu, out.read_bytes() if name == "brief" else written)
    return found


def first_answers(db: str, *, src: str, idle: float) -> tuple[float, float, bytes, bytes]:
    """Seconds to the first answer of ``/`` on a fresh server of ``src`` asked after ``idle``
    seconds, then to that of ``/api/brief`` asked next; and the bodies of ``/`` asked again
    (showing the brief now made; its first answer may be a note) and of ``/api/brief``."""
    port = free_port()
    server = start_server(db, port, src=src)
    try:
        time.sleep(idle)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            start = time.perf_counter()
            home = client.get("/").content
            first = time.perf_counter() - start
            start = time.perf_counter()
            brief = client.get("/api/brief").content
            made = time.perf_counter() - start
            home = client.get("/").content  # the brief made: the page shows it, not a note
    finally:
        server.terminate()
        server.wait(10)
    return first, made, home, brief


def one_round(db: str, trees: dict[str, str], *, idle: float,
              cli: bool) -> dict[str, dict[str, object]]:
    """Each tree's measures on a fresh copy of ``db`` at one path (the CLI's lists name it)."""
    found: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "store.duckdb"
        for name, src in trees.items():
            for left in Path(folder).iterdir():
                shutil.rmtree(left) if left.is_dir() else left.unlink()
            shutil.copy(db, copy)
            ran = commands(str(copy), src=src, folder=Path(folder)) if cli else {}
            at_once = first_answers(str(copy), src=src, idle=0)
            waited = first_answers(str(copy), src=src, idle=idle)
            found[name] = {**{f"cli {command}": cpu for command, (cpu, _) in ran.items()},
                           "at once /": at_once[0], "at once /api/brief": at_once[1],
                           "idle /": waited[0], "idle /api/brief": waited[1],
                           "bodies": ({command: out for command, (_, out) in ran.items()},
                                      at_once[2:], waited[2:])}
    return found


def main() -> None:
    parser = server_bench_args(__doc__, rounds=3, idle=30.0)
    parser.add_argument("--no-cli", action="store_true", help="measure the server only")
    args = parser.parse_args()
    trees = {"before": args.before, "after": THIS_SRC}
    rounds = [one_round(args.store, trees, idle=args.idle, cli=not args.no_cli)
              for _ in range(args.rounds)]
    measures = [m for m in rounds[0]["after"] if m != "bodies"]
    print(f"{'measure':<44} {'before':>8} {'after':>8} {'x':>6}   (median of {args.rounds})")
    for measure in measures:
        was, now = medians(rounds, measure)
        label = (f"newsdesk {measure[4:]}, CPU s" if measure.startswith("cli ") else
                 measure.replace("idle", f"server, {args.idle:g} s idle:").replace(
                     "at once", "server, asked at once:") + ", first answer s")
        print(f"{label:<44} {was:8.2f} {now:8.2f} {now / was:6.2f}")
    for measure, part in (("CLI outputs", 0), ("/ and /api/brief at once", 1),
                          ("/ and /api/brief after the idle wait", 2)):
        same = all(r["before"]["bodies"][part] == r["after"]["bodies"][part] for r in rounds)
        print(f"same bytes, {measure}: {'yes' if same else 'NO'}")
    differ = {command for r in rounds for command, out in r["after"]["bodies"][0].items()
              if r["before"]["bodies"][0][command] != out}
    if differ:
        print("the commands whose output differed:", ", ".join(sorted(differ)))


if __name__ == "__main__":
    main()
