"""Article metadata from HTML against the gold pages in ../shared/data/metadata, and trafilatura.

Usage: python benchmarks/eval_metadata.py [--data ../shared/data/metadata] [--split dev|test|all]
       [--limit N] [--misses FIELD]

For each page, ours is ``newsdesk.readers.html.article_from_html`` (the entry point every HTML
input uses) and the reference is trafilatura's own metadata from ``bare_extraction(...,
with_metadata=True)``, run on the same page in the same run. Scoring follows the sets' FORMAT.md
(``newsdesk_eval.metadata``). Pages are split into dev and test halves by a hash of the URL; the
metadata rules were developed on dev only. Outlet has no gold value: the figure is the share of
pages with an outlet that is not a number, a year or a file name. ``--misses FIELD`` lists each
wrong answer of ours with the gold value and the source ours came from (``metadata_from``), to
sort the errors by cause.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.readers.html import article_from_html
from newsdesk_eval.metadata import (
    Page,
    Tally,
    authors_right,
    date_right,
    read_pages,
    title_right,
    trafilatura_document,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metadata"
_BAD_OUTLET = re.compile(r"^[\d\W_]+$|\.(?:html?|php|aspx?)$", re.IGNORECASE)


def ours(page: Page) -> dict:
    try:
        article = article_from_html(page.html, path=page.url, source=page.url, url=page.page_url)
    except InputError:
        return {}
    return {
        "title": article.title,
        "author": article.authors,
        "date": article.published,
        "outlet": article.outlet,
        "from": article.metadata.get("metadata_from", {}),
    }


def reference(page: Page) -> dict:
    document = trafilatura_document(page, include_comments=False)
    if not document:
        return {}
    return {
        "title": document.get("title"),
        "author": document.get("author"),
        "date": document.get("date"),
        "outlet": document.get("sitename") or document.get("hostname"),
    }


def score(page: Page, found: dict, tally: Tally) -> None:
    if page.title:
        tally.add("title", title_right(found.get("title"), page.title))
        tally.add("title (loose)", title_right(found.get("title"), page.title, loose=True))
    if page.author:
        tally.add("author", authors_right(found.get("author"), page.author))
        tally.add(
            "author (overlap)", authors_right(found.get("author"), page.author, overlap=True)
        )
    if page.date:
        tally.add("date", date_right(found.get("date"), page.date))
    outlet = found.get("outlet") or ""
    tally.add("outlet valid", bool(outlet) and not _BAD_OUTLET.search(outlet))


def run(pages: list[Page], *, misses: str | None) -> tuple[Tally, Tally, dict[str, float]]:
    tallies, seconds = (Tally(), Tally()), {"ours": 0.0, "trafilatura": 0.0}
    for page in pages:
        for tally, name, function in zip(tallies, seconds, (ours, reference), strict=True):
            start = time.perf_counter()
            found = function(page)
            seconds[name] += time.perf_counter() - start
            score(page, found, tally)
            if misses and name == "ours":
                _show_miss(page, found, misses)
    return tallies[0], tallies[1], seconds


def _show_miss(page: Page, found: dict, field: str) -> None:
    gold = {"title": page.title, "author": page.author, "date": page.date}[field]
    check = {"title": title_right, "author": authors_right, "date": date_right}[field]
    source = found.get("from", {}).get({"author": "authors", "date": "published"}.get(field, field))
    if gold and not check(found.get(field), gold):
        print(
            f"MISS {page.url[:70]}\n  gold: {gold!r}\n  ours: {found.get(field)!r} ({source})",
            file=sys.stderr,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set and split")
    parser.add_argument("--misses", choices=("title", "author", "date"))
    args = parser.parse_args()
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    print(
        "| set | split | field | n | ours | trafilatura |\n"
        "| --- | --- | --- | ---: | ---: | ---: |"
    )
    for name, pages in read_pages(args.data).items():
        for split in splits:
            chosen = [page for page in pages if page.split == split][: args.limit or None]
            _report(name, split, *run(chosen, misses=args.misses))


def _report(name: str, split: str, mine: Tally, theirs: Tally, seconds: dict[str, float]) -> None:
    for field in mine.total:
        print(
            f"| {name} | {split} | {field} | {mine.total[field]} | {mine.rate(field):.3f} "
            f"| {theirs.rate(field):.3f} |"
        )
    print(
        f"| {name} | {split} | seconds | | {seconds['ours']:.1f} | {seconds['trafilatura']:.1f} |"
    )


if __name__ == "__main__":
    main()
