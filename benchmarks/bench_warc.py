"""How fast the WARC reader turns archived pages into articles, and where the time goes.

Builds a gzipped WARC (one gzip member per record, as Common Crawl writes them) from the 181
pages of ../shared/data/extraction/scrapinghub-article-extraction-benchmark, repeated
``--copies`` times, then times (1) FastWARC scanning every record and (2) the whole reader
(scan, truncation checks, decoding, trafilatura extraction). Run: python benchmarks/bench_warc.py
"""

from __future__ import annotations

import argparse
import gzip
import io
import resource
import tempfile
import time
from pathlib import Path

from fastwarc.warc import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.readers import ReadContext, read_input

PAGES = Path(__file__).resolve().parents[2] / "shared/data/extraction/scrapinghub-article-extraction-benchmark/html"


def build(path: Path, copies: int) -> int:
    count = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for copy in range(copies):
            for page in sorted(PAGES.glob("*.html.gz")):
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                url = f"https://example.org/{copy}/{page.name[:16]}"
                writer.write_record(writer.create_warc_record(
                    url, "response", payload=io.BytesIO(gzip.decompress(page.read_bytes())), http_headers=http))
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.warc.gz"
        records = build(path, args.copies)
        size = path.stat().st_size
        start = time.perf_counter()
        with open(path, "rb") as stream:
            scanned = sum(len(record.reader.read()) > 0 for record in ArchiveIterator(stream))
        scan = time.perf_counter() - start
        start, cpu_start = time.perf_counter(), time.process_time()
        context = ReadContext()
        articles = read_input(str(path), context)
        read, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{records} response records, {size / 1e6:.1f} MB gzipped")
    print(f"FastWARC scan: {scanned} records in {scan:.2f} s ({scanned / scan:,.0f} records/s)")
    print(f"reader: {len(articles)} articles, {len(context.problems)} problems in {read:.2f} s wall, "
          f"{cpu:.2f} s CPU ({len(articles) / cpu:,.1f} articles per CPU second, one core); "
          f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
