"""What the article search (``service.list_articles`` with ``q``) costs, against an older tree's.

The store holds the first ``--articles`` AllSides articles (ingested once into ``--db``, or into
a temporary folder); the article search reads only their titles and texts. Each query is
answered by this tree's ``service.list_articles`` and by the article query of the commit
``--before`` (its ``store/browse.py``, read with ``git show`` and run over the same connection
with the same words, so the ratio is the query's alone). Reported per query: the fastest of
``--repeats`` alternating runs of each, in seconds, the ratio, and both totals (the older tree
matches a word as any part of a word, so the totals differ where that matched more).

    PYTHONPATH=src nice python benchmarks/bench_article_search.py [--db /tmp/s.duckdb] [--before SHA]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

from _common import DATA
from newsdesk import service
from newsdesk.ingest import ingest
from newsdesk.store import open_store

ROOT = Path(__file__).resolve().parents[1]
FIELDS = {"text": "content_original", "id": "ID", "outlet": "source", "date": "date", "url": "url"}
QUERIES = [
    "sanctions",
    "protested",
    "imposing",
    "influenced",
    "stopped",
    "policy",
    "policies",
    "tariffs",
    "U.S.",
    "act",
    "trade war",
    "president said sanctions",
    "Токаев",
    "Путин санкции",
]


def build_store(db: Path, *, articles: int) -> None:
    lines = []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            lines.append(line)
            if len(lines) == articles:
                break
    source = db.with_suffix(".jsonl")
    source.write_text("".join(lines), encoding="utf-8")
    ingest([str(source)], db=str(db), workers=1, fields=FIELDS)


def older_module(commit: str, path: str) -> types.ModuleType:
    """The module at ``src/newsdesk/{path}`` as the commit ``commit`` wrote it."""
    text = subprocess.run(
        ["git", "show", f"{commit}:src/newsdesk/{path}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType(f"older_{path.replace('/', '_')[:-3]}")
    sys.modules[module.__name__] = module  # its dataclasses look their module up
    exec(compile(text, f"{commit}:{path}", "exec"), module.__dict__)
    return module


def older_search(commit: str):
    """The article search at ``commit``: its service's query words and its store's query."""
    reads, browse = older_module(commit, "service/reads.py"), older_module(commit, "store/browse.py")

    def search(store, query: str) -> int:
        words, stems = reads._search_words(query)
        return browse.BrowseQueries.browse_articles(store, words=words, stems=stems, limit=50)[0]

    return search


def timed(call) -> tuple[float, int]:
    started = time.perf_counter()
    total = call()
    return time.perf_counter() - started, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a store to reuse (built here when missing)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--before", default="51b0dff3")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "search.duckdb"
        if not db.exists():
            build_store(db, articles=args.articles)
        older = older_search(args.before)
        rows = []
        with open_store(str(db)) as store:
            for query in QUERIES:

                def now(query=query) -> int:
                    return service.list_articles(store, q=query, limit=50).total

                def before(query=query) -> int:
                    return older(store, query)

                now()  # warm: the columns read once
                runs = [timed(call) for _ in range(args.repeats) for call in (before, now)]
                old_s, new_s = min(s for s, _ in runs[0::2]), min(s for s, _ in runs[1::2])
                rows.append(
                    {
                        "query": query,
                        "before_s": round(old_s, 3),
                        "after_s": round(new_s, 3),
                        "ratio": round(new_s / old_s, 2),
                        "before_total": runs[0][1],
                        "after_total": runs[1][1],
                    }
                )
                print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr)
    print(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
