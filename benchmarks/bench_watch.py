"""Poll many local feeds with the live desk: items per second and peak memory, loopback only.

Serves ``--feeds`` RSS feeds of ``--items`` items each from a static folder on 127.0.0.1
(``http.server``, which answers ``If-Modified-Since`` with 304). Item texts are paragraphs of
the seed articles (``examples/``), each item with its own title and number. Three runs on the
same feeds, each in a fresh store except the third:

* reference: one-shot ``newsdesk.ingest`` of all the feed URLs (what a cron job did before);
* watch: one ``run_cycle`` with every feed due (ingest only; ``newsdesk analyse`` has its own
  benchmarks);
* unchanged: a second cycle on the watch store, every feed due again and unchanged (304s).

A warm-up ingest of one feed runs first, so neither timed run pays for imports. Memory is the
process's resident set, sampled while each run goes.

Run: python benchmarks/bench_watch.py [--feeds 100] [--items 50]
"""

from __future__ import annotations

import argparse
import functools
import html
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def write_feeds(folder: Path, *, feeds: int, items: int, base: str) -> list[str]:
    paragraphs = [
        [line for line in path.read_text(encoding="utf-8").splitlines() if len(line.split()) > 12]
        for path in sorted(EXAMPLES.glob("*.txt"))
    ]
    urls = []
    for feed in range(feeds):
        entries = []
        for item in range(items):
            seed = paragraphs[(feed + item) % len(paragraphs)]
            start = (item * 3) % max(1, len(seed) - 6)
            body = "".join(f"<p>{html.escape(p)}</p>" for p in seed[start : start + 6])
            entries.append(
                f"<item><title>Feed {feed} item {item}</title><guid>f{feed}-i{item}</guid>"
                f"<link>{base}/a/{feed}/{item}.html</link>"
                f"<description>{html.escape(body)}</description></item>"
            )
        (folder / f"feed{feed}.xml").write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Local desk '
            f"{feed}</title><link>{base}/</link><description>x</description>"
            f"{''.join(entries)}</channel></rss>",
            encoding="utf-8",
        )
        urls.append(f"{base}/feed{feed}.xml")
    return urls


def rss_mib() -> float:
    """Resident memory of this process now (Linux /proc; the benchmark's only platform need)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measured(label: str, action, *, items: int) -> float:
    """Run ``action``; print its time, items/s and peak resident memory (sampled every 20 ms)."""
    before, peak, done = rss_mib(), [rss_mib()], threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], rss_mib())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    rate = f", {items / seconds:.0f} items/s" if items else ""
    print(
        f"{label}: {seconds:.1f} s{rate}, peak RSS {peak[0]:.0f} MiB "
        f"(+{peak[0] - before:.0f} MiB during the run)"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    from newsdesk.feeds import add_feed
    from newsdesk.fetch import Fetcher
    from newsdesk.ingest import ingest
    from newsdesk.store import open_store
    from newsdesk.watch import WatchOptions, run_cycle

    folder = Path(tempfile.mkdtemp())
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = write_feeds(folder, feeds=args.feeds, items=args.items, base=base)
    total = args.feeds * args.items
    print(f"{args.feeds} feeds x {args.items} items = {total} items on {base}")
    ingest(urls[:1], db=str(folder / "warm.duckdb"), workers=1, delay=0)  # imports, first parse
    reference = measured(
        "reference: one-shot ingest",
        lambda: ingest(urls, db=str(folder / "ref.duckdb"), workers=1, delay=0),
        items=total,
    )
    db, now = str(folder / "watch.duckdb"), datetime.now(UTC)
    with open_store(db) as store:
        for number, url in enumerate(urls):
            add_feed(store, url, now=now, every="10m", name=f"feed{number}")
    options = WatchOptions(delay=0, analyse=False)
    with Fetcher(delay=0) as fetcher:
        cycle = functools.partial(run_cycle, db=db, fetcher=fetcher, options=options)
        watched = measured("watch: first cycle", lambda: cycle(now=now), items=total)
        later = now + timedelta(minutes=10)
        measured("watch: unchanged cycle (304s)", lambda: cycle(now=later), items=0)
    with open_store(db, read_only=True) as store:
        stored = store.count_articles()
    print(f"stored {stored} articles; watch / reference time ratio {watched / reference:.2f}")
    server.shutdown()


if __name__ == "__main__":
    main()
