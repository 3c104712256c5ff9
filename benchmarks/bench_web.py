"""Page latency and a bounded loopback load test of `newsdesk serve` on AllSides articles.

Builds (once, cached) a store of a sample of the AllSides corpus, ingested and analysed;
starts `newsdesk serve` on 127.0.0.1 in a child process, then measures in one run:
  1. reference: GET of a static file (the floor of one HTTP round trip through the server);
  2. p50/p95 latency of the list, search, article, entity and story pages (and two API calls),
     sequentially, with each page's ratio to the reference's p50;
  3. a load test: N requests over the same pages, C at a time, counting errors.
Step 2 runs twice, against two servers of the same store in turn: one that keeps a writing
connection for its life (``hold``, how the server worked before it let the CLI in) and one that
shares a read-only connection among requests and closes it when idle (the default); it prints
both p95s and their ratio. Then, on the default server, list and article pages each requested
right after another process opened the store for writing (as a CLI write does; the server
lets its connection go for it), so each pays for opening the store again, beside the held
server's p95 of the same kind.
With ``--before SRC`` (the ``src`` folder of a previous tree, e.g. a ``git archive`` of it) it
measures instead the pages that read the whole store (the home page and its brief, the
timeline, the footprints, the sources): each on a fresh server of the previous code and of
this tree, in turn on one store, first visit (cold) and second (warm), with the ratio of this
tree's time to the previous code's, and whether the two answered the same bytes. The home
page may now answer before its brief is made (it says so): its first answer has a row of its
own, and its cold time is the time until a visit shows the brief. ``--store`` serves an
existing store instead of building one.
Requests go to 127.0.0.1 only. Run:
    python benchmarks/bench_web.py [--limit 1500] [--requests 2000] [--concurrency 20]
    python benchmarks/bench_web.py --store S.duckdb --before /tmp/old/src
The full corpus is 8,296 articles; analysing it takes long on a small machine, so the default
is a spread sample of 1,500 (every fifth record) — say which in any figure you quote.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import DATA

WORDS = ["trump", "senate", "immigration", "economy", "china", "health care", "election",
         "supreme court", "climate", "police"]


def build_store(data: Path, cache: Path, limit: int) -> str:
    """A store of every k-th AllSides article (k spreads ``limit`` over the corpus), analysed."""
    from newsdesk.analyse import analyse
    from newsdesk.ingest import ingest

    db = cache / f"allsides-{limit}.duckdb"
    if db.exists():
        return str(db)
    cache.mkdir(parents=True, exist_ok=True)
    sample = cache / f"allsides-{limit}.jsonl.gz"
    with gzip.open(data, "rt", encoding="utf-8") as source:
        lines = source.readlines()
    step = max(1, len(lines) // limit)
    with gzip.open(sample, "wt", encoding="utf-8") as target:
        target.writelines(lines[::step][:limit])
    start = time.perf_counter()
    ingest([str(sample)], db=str(db), workers=os.cpu_count())
    analyse(db=str(db), workers=os.cpu_count())
    print(f"(built the store once in {time.perf_counter() - start:.0f} s)", file=sys.stderr)
    return str(db)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: str, port: int, *, hold: bool = False, src: str | None = None) -> subprocess.Popen:
    """``newsdesk serve`` of ``db`` in a child process; ``src``: the code to run (PYTHONPATH)."""
    run = f"from newsdesk.web import serve; serve({db!r}, port={port}, hold={hold})"
    env = {**os.environ, "PYTHONPATH": src} if src else None
    server = subprocess.Popen([sys.executable, "-c", run], stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/desk.css", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def page_urls(client: httpx.Client, rng: random.Random) -> dict[str, list[str]]:
    """Sample URLs of each kind of page, from what the store holds."""
    articles = client.get("/api/articles", params={"limit": 500}).json()["items"]
    entities = client.get("/api/entities", params={"limit": 200}).json()["items"]
    stories = client.get("/api/stories", params={"limit": 200, "min_articles": 2}).json()
    total = client.get("/api/articles", params={"limit": 1}).json()["total"]
    return {
        "list": [f"/search?offset={rng.randrange(0, total, 50)}" for _ in range(50)],
        "search": [f"/search?q={w}" for w in WORDS] * 5,
        "article": [f"/articles/{a['id']}" for a in rng.sample(articles, 50)],
        "entity": [f"/entities/{e['id']}" for e in rng.sample(entities, min(50, len(entities)))],
        "story": [f"/stories/{s['story_id']}" for s in stories["items"][:50]],
        "api list": [f"/api/articles?q={w}&limit=50" for w in WORDS] * 5,
        "api article": [f"/api/articles/{a['id']}" for a in rng.sample(articles, 20)],
    }


def timed(client: httpx.Client, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    return elapsed


def percentiles(values: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(values, n=20, method="inclusive")
    return statistics.median(values), cuts[18]


def latency(client: httpx.Client, urls: dict[str, list[str]]) -> dict[str, float]:
    """Print each page kind's p50 and p95; return the p95s by kind."""
    for url in urls["list"][:3] + urls["article"][:3]:  # warm the server up
        timed(client, url)
    floor = [timed(client, "/static/desk.css") for _ in range(100)]
    ref50, ref95 = percentiles(floor)
    print(f"{'reference (static file)':<24} n=100 p50 {ref50:7.1f} ms  p95 {ref95:7.1f} ms")
    p95s = {}
    for kind, kind_urls in urls.items():
        if not kind_urls:
            print(f"{kind:<24} (none in this store)")
            continue
        times = [timed(client, url) for url in kind_urls]
        p50, p95s[kind] = percentiles(times) if len(times) > 1 else (times[0], times[0])
        print(f"{kind:<24} n={len(times):<3} p50 {p50:7.1f} ms  p95 {p95s[kind]:7.1f} ms  "
              f"p50 = {p50 / ref50:5.1f} x reference")
    return p95s


def held_latency(db: str, urls: dict[str, list[str]]) -> dict[str, float]:
    """The same pages from a server that keeps the store open for its life (the reference)."""
    port = free_port()
    server = start_server(db, port, hold=True)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            print("-- store kept open for the server's life (reference)")
            return latency(client, urls)
    finally:
        server.terminate()
        server.wait(10)


def compare(held: dict[str, float], other: dict[str, float], *, label: str) -> None:
    print(f"-- p95: store held for the server's life, {label}")
    for kind in other:
        print(f"{kind:<24} held {held[kind]:7.1f} ms  {label} {other[kind]:7.1f} ms  "
              f"ratio {other[kind] / held[kind]:5.2f}")


def cold_latency(db: str, client: httpx.Client, urls: dict[str, list[str]], *,
                 count: int = 20) -> dict[str, float]:
    """p95 of pages each requested right after a writer in this process had the store."""
    from newsdesk.store import open_store

    p95s = {}
    for kind in ("list", "article"):
        times = []
        for url in urls[kind][:count]:
            open_store(db).close()  # waits for the server to let go, as `newsdesk ingest` does
            times.append(timed(client, url))
        p50, p95s[kind] = percentiles(times)
        print(f"{kind + ' after a writer':<24} n={len(times):<3} p50 {p50:7.1f} ms  "
              f"p95 {p95s[kind]:7.1f} ms")
    return p95s


def load(base: str, urls: dict[str, list[str]], *, requests: int, concurrency: int,
         rng: random.Random) -> None:
    mix = [url for kind in ("list", "search", "article", "entity", "story")
           for url in urls[kind]]
    chosen = [rng.choice(mix) for _ in range(requests)]
    errors = 0
    times: list[float] = []

    def one(client: httpx.Client, url: str) -> None:
        nonlocal errors
        try:
            times.append(timed(client, url))
        except (SystemExit, httpx.HTTPError):
            errors += 1

    start = time.perf_counter()
    with httpx.Client(base_url=base, timeout=60,
                      limits=httpx.Limits(max_connections=concurrency)) as client, \
            ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(lambda url: one(client, url), chosen))
    wall = time.perf_counter() - start
    p50, p95 = percentiles(times)
    print(f"load: {requests} requests, {concurrency} at a time: {errors} errors, "
          f"{requests / wall:.0f} requests/s, p50 {p50:.0f} ms, p95 {p95:.0f} ms")


#: The pages that read the whole store; the home page last, as its visit prepares the others.
WHOLE_STORE_PAGES = [
    "/timeline", "/timeline?entity=Trump", "/api/timeline", "/api/timeline?readable=true",
    "/footprint?power=China", "/footprint?power=Russia",
    "/footprint?power=China&country=Kazakhstan", "/footprint?power=Russia&country=Ukraine",
    "/api/footprint/countries?power=United%20States",
    "/api/footprint?power=United%20States&country=China", "/sources", "/api/sources",
    "/", "/brief", "/api/brief",
]
#: What a page of this tree says while what it reads of the whole store is being made.
MAKING = re.compile(rb"of the store as it now is is being (?:built|read)")


def visit_pages(db: str, *, src: str | None) -> dict[str, tuple[float, float, float, bytes]]:
    """Each whole-store page on a fresh server of a copy of ``db``: seconds to its first
    answer, to the first answer that shows the page made (not that it is being made), and of
    the visit after; and the body of the page made."""
    copy = Path(db).with_name(f"compare-{os.getpid()}.duckdb")
    shutil.copy(db, copy)
    port = free_port()
    server = start_server(str(copy), port, src=src)
    found = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            for url in WHOLE_STORE_PAGES:
                start = time.perf_counter()
                body = client.get(url).content
                first = time.perf_counter() - start
                while MAKING.search(body):
                    time.sleep(0.5)
                    body = client.get(url).content
                made = time.perf_counter() - start
                found[url] = (first, made, timed(client, url) / 1000, body)
    finally:
        server.terminate()
        server.wait(10)
        copy.unlink(missing_ok=True)
    return found


def compare_code(db: str, before: str) -> None:
    """The whole-store pages served by the code in ``before`` and by this tree, in turn."""
    old = visit_pages(db, src=before)
    new = visit_pages(db, src=str(Path(__file__).resolve().parents[1] / "src"))
    print(f"{'page':<46} {'first answer':>19} {'page made':>19} {'next visit':>19}  same")
    print(f"{'':<46} {'before  after  x':>19} {'before  after  x':>19} {'before  after  x':>19}")
    for url, now in new.items():
        was = old[url]
        cells = "".join(f" {was[i]:6.2f} {now[i]:6.2f} {now[i] / was[i]:5.2f}" for i in range(3))
        print(f"{url:<46}{cells}  {'yes' if now[3] == was[3] else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1500, help="AllSides articles to serve")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-bench-web"))
    parser.add_argument("--data", type=Path, default=DATA, help="the AllSides articles.jsonl.gz")
    parser.add_argument("--store", type=Path, help="serve this store instead of building one")
    parser.add_argument("--before", help="the src folder of the code to compare this tree with")
    args = parser.parse_args()
    if args.store:
        db = str(args.store)
    elif not args.data.exists():
        raise SystemExit(f"{args.data} is not available")
    else:
        db = build_store(args.data, args.cache, args.limit)
    if args.before:
        compare_code(db, args.before)
        return
    port = free_port()
    server = start_server(db, port)
    rng = random.Random(7)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            print(f"{client.get('/api/articles?limit=1').json()['total']} articles served "
                  f"from {db}")
            urls = page_urls(client, rng)
        server.terminate()
        server.wait(10)
        held = held_latency(db, urls)
        server = start_server(db, port)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            print("-- store shared among requests, let go when idle (default)")
            shared = latency(client, urls)
            cold = cold_latency(db, client, urls)
        compare(held, shared, label="shared")
        compare(held, cold, label="reopened")
        load(f"http://127.0.0.1:{port}", urls, requests=args.requests,
             concurrency=args.concurrency, rng=rng)
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
