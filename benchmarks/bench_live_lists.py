"""CPU time of the live desk's lists over HTTP: GET /api/feeds and GET /api/issues pages.

A store of N feeds (each with a few bad items reported) and M issues, made here with the
service's own writes; then, in-process through FastAPI's test client, each request is made
REPEAT times and its best CPU time (``time.process_time``) of three runs is printed beside a
reference request (GET /api/status, which reads the same tables) as a ratio. Run:
    python benchmarks/bench_live_lists.py [--feeds 300] [--issues 20000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from newsdesk import service
from newsdesk.store import open_store
from newsdesk.web import create_app

REPEAT = 20


def build(db: str, *, feeds: int, issues: int) -> None:
    with open_store(db) as store:
        for n in range(feeds):
            name = f"feed{n:04d}"
            service.add_feed(store, f"https://example.org/{name}.xml", name=name)
            problems = {f"{name}-item{k}": "item has no text" for k in range(3)}
            store.remember_rejects(name, problems, now="2026-01-01T00:00:00+00:00",
                                   complete=True)
        service.add_schedule(store, "daily", when="daily 07:00", to=["desk@example.org"])
        start = datetime(2000, 1, 1, 7, tzinfo=UTC)
        for n in range(issues):
            due = (start + timedelta(days=n)).isoformat()
            store.claim_issue(schedule="daily", due_at=due, since=None)


def cpu_per_request(client: TestClient, path: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(REPEAT):
            answer = client.get(path)
            assert answer.status_code == 200, answer.text
        best = min(best, (time.process_time() - start) / REPEAT)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--issues", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "live.duckdb")
        build(db, feeds=args.feeds, issues=args.issues)
        with TestClient(create_app(db)) as client:
            reference = cpu_per_request(client, "/api/status")
            print(f"{args.feeds} feeds, {args.issues} issues; CPU ms per request (best of 3)")
            print(f"  GET /api/status (reference): {reference * 1000:.1f}")
            for path in ("/api/feeds?limit=500", "/api/issues?limit=50",
                         f"/api/issues?limit=50&offset={args.issues - 50}"):
                cpu = cpu_per_request(client, path)
                print(f"  GET {path}: {cpu * 1000:.1f} ({cpu / reference:.2f}x reference)")


if __name__ == "__main__":
    main()
