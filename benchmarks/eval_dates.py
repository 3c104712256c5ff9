"""Publication dates against the gold pages in ../shared/data/metadata, beside trafilatura and
htmldate on the same pages in the same run, and the CPU cost of reading a page's metadata.

Usage: python benchmarks/eval_dates.py [--data ../shared/data/metadata] [--split dev|test]
       [--limit N] [--timed 120] [--repeats 3]

Ours is ``newsdesk.htmlmeta.read_page_metadata`` given trafilatura's metadata as the fallback,
as ``article_from_html`` does (trafilatura's ``bare_extraction`` runs once per page and serves
both); the references are trafilatura's date and htmldate's ``find_date(html, url=...,
original_date=True)``. Scoring follows the sets' FORMAT.md (``newsdesk_eval.metadata``): a page
counts when it has a gold date, and an empty answer is wrong. ``--timed N`` adds the best of
``--repeats`` runs, in CPU seconds, of ``read_page_metadata`` without the fallback on the
chosen half's first N pages of the trafilatura set. The held-out half (``--split test``) is
for a final check only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from htmldate import find_date

from newsdesk.htmlmeta import read_page_metadata
from newsdesk_eval.metadata import Page, date_right, read_pages, trafilatura_document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metadata"


def htmldate_of(page: Page) -> str | None:
    try:
        return find_date(page.html, url=page.page_url, original_date=True)
    except (ValueError, TypeError):
        return None


def scores(pages: list[Page]) -> dict[str, int]:
    right = {"ours": 0, "trafilatura": 0, "htmldate": 0}
    for page in pages:
        found = trafilatura_document(page)
        url = page.page_url or found.get("url")
        ours = read_page_metadata(page.html, url=url, fallback=found).published
        right["ours"] += date_right(ours, page.date)
        right["trafilatura"] += date_right(found.get("date"), page.date)
        right["htmldate"] += date_right(htmldate_of(page), page.date)
    return right


def cpu_seconds(pages: list[Page], *, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for page in pages:
            read_page_metadata(page.html, url=page.page_url)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    parser.add_argument("--timed", type=int, default=0, help="time reading N pages")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    sets = read_pages(args.data)
    print("| set | split | n | ours | trafilatura | htmldate |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for name, pages in sets.items():
        chosen = [page for page in pages if page.split == args.split and page.date]
        chosen = chosen[: args.limit or None]
        right = scores(chosen)
        rates = " | ".join(f"{right[key] / len(chosen):.3f}" for key in right)
        print(f"| {name} | {args.split} | {len(chosen)} | {rates} |")
    if args.timed:
        timed = [page for page in sets["trafilatura-evaldata"] if page.split == args.split]
        seconds = cpu_seconds(timed[: args.timed], repeats=args.repeats)
        print(f"read_page_metadata, {args.timed} pages: {seconds:.2f} CPU s, best of {args.repeats}")


if __name__ == "__main__":
    main()
