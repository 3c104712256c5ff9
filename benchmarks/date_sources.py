"""Each source of a page's publication date on its own: right, wrong and absent on the gold
pages, the pairs of sources that agree on a wrong day, and htmldate against ours.

Usage: python benchmarks/date_sources.py [--data ../shared/data/metadata] [--split dev|test]
       [--limit N]

For each gold page of the chosen half, the day each source names (``date_misses.vote_days``:
JSON-LD ``datePublished``/``dateCreated``/``dateModified``, the publication, change and bare
``<meta>`` keys, the article's ``<time>``, the line by the headline, a date element, the update
shown alone, the dateline of the main text, the URL path, htmldate on the asset-free copy fast
and extensive, trafilatura's date, a day in the description), ``article:published_time`` apart
from the other publication keys, and ours (``read_page_metadata`` given trafilatura's metadata,
as ``article_from_html`` does). Beside them htmldate's own ``find_date`` on the whole page with
``original_date=True``, fast and extensive: the pages where it is right and ours wrong, and the
reverse. A source is right when it names the gold day, wrong when it names another, absent when
it names none. The held-out half (``--split test``) is for a final check only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import combinations
from pathlib import Path

from htmldate import find_date

from date_misses import vote_days
from newsdesk import htmlmeta
from newsdesk.htmlmeta import read_meta
from newsdesk.htmlmeta.dates import as_day
from newsdesk_eval.metadata import Page, read_pages, trafilatura_document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metadata"
_HTMLDATE = {"htmldate find_date": False, "htmldate find_date extensive": True}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    args = parser.parse_args()
    for name, pages in read_pages(args.data).items():
        chosen = [page for page in pages if page.split == args.split and page.date]
        _report(name, [_days(page) for page in chosen[: args.limit or None]])


def _days(page: Page) -> dict[str, str]:
    """The day each source names on ``page``, ours and htmldate's own, and the gold day."""
    reference = trafilatura_document(page)
    found = htmlmeta.read_page_metadata(page.html, url=page.page_url, fallback=reference)
    days = {"gold": page.date, "ours": found.published}
    tree = htmlmeta.parse_tree(page.html)
    days |= vote_days(tree, page, reference=reference, found=found)
    if tree is not None:
        published = read_meta(tree).get("article:published_time")
        days["meta article:published_time"] = as_day(published)
    for source, extensive in _HTMLDATE.items():
        days[source] = _htmldate(page, extensive=extensive)
    return {source: day for source, day in days.items() if day}


def _htmldate(page: Page, *, extensive: bool) -> str | None:
    try:
        return find_date(
            page.html, url=page.page_url, original_date=True, extensive_search=extensive
        )
    except (ValueError, TypeError):
        return None


def _report(name: str, pages: list[dict[str, str]]) -> None:
    right, named = Counter(), Counter()
    for days in pages:
        for source, day in days.items():
            named[source] += 1
            right[source] += day == days["gold"]
    print(f"\n## {name}: {len(pages)} pages\n\n| source | right | wrong | absent |")
    print("| --- | ---: | ---: | ---: |")
    for source in sorted(named, key=lambda source: -right[source]):
        if source != "gold":
            wrong = named[source] - right[source]
            print(f"| {source} | {right[source]} | {wrong} | {len(pages) - named[source]} |")
    _compare_htmldate(pages)
    _wrong_pairs(pages)


def _compare_htmldate(pages: list[dict[str, str]]) -> None:
    print()
    for source in _HTMLDATE:
        theirs = sum(_right(days, source) and not _right(days, "ours") for days in pages)
        ours = sum(_right(days, "ours") and not _right(days, source) for days in pages)
        print(f"* {source}: right where ours is not {theirs}, not right where ours is {ours}")


def _wrong_pairs(pages: list[dict[str, str]]) -> None:
    """Pairs of the page's own sources that name the same wrong day: not ours, nor htmldate's
    whole-page runs, nor ``article:published_time``, one of the publication ``<meta>`` keys."""
    pairs = Counter()
    left_out = ("gold", "ours", "meta article:published_time", *_HTMLDATE)
    for days in pages:
        own = sorted(source for source in days if source not in left_out)
        pairs.update(
            (first, second)
            for first, second in combinations(own, 2)
            if days[first] == days[second] != days["gold"]
        )
    print("\n| two sources agreeing on a wrong day | pages |\n| --- | ---: |")
    for (first, second), count in pairs.most_common(12):
        print(f"| {first} + {second} | {count} |")


def _right(days: dict[str, str], source: str) -> bool:
    return days.get(source) == days["gold"]


if __name__ == "__main__":
    main()
