"""Article metadata on the Scrapinghub benchmark's 181 news pages against gold annotated blind.

Usage: python benchmarks/eval_metadata_scrapinghub.py [--gold FILE] [--pages FOLDER] [--limit N]
       [--misses author|date|title]

The gold is ``tests/data/metadata-scrapinghub/annotations.jsonl`` (authors, first publication
day and headline of each page, annotated by the rules in docs/inputs.md, "Annotating a page's
metadata"); the pages are ``../shared/data/extraction/scrapinghub-article-extraction-benchmark``
(or under ``$NEWSDESK_SHARED``).
Ours and the reference are those of ``eval_metadata.py`` (``article_from_html``, and
trafilatura's own metadata from the same page in the same run), scored by
``newsdesk_eval.metadata``: authors as a set of normalised names (right when equal, an empty
gold right when nothing is returned) and loose (one name in common, or both empty); the day
exactly; the title after normalising, and loose (up to three trailing site parts cut). A second
table splits the pages by the audit draw of ``audit_metadata.py`` that first took them, since
newsdesk's author rules were developed on the first two draws' pages. ``--misses FIELD`` lists
each wrong answer of ours with the gold, the source ours came from and trafilatura's answer.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from _common import SHARED
from audit_metadata import draw, drawn_before
from eval_metadata import ours, reference
from newsdesk_eval.metadata import (
    Page,
    Tally,
    authors_right,
    date_right,
    title_right,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "metadata-scrapinghub" / "annotations.jsonl"
PAGES = SHARED / "data" / "extraction" / "scrapinghub-article-extraction-benchmark"
# the audits of audit_metadata.py, in order: (seed, pages taken), each from what the last left
AUDIT_DRAWS = ((20261204, 60), (20261208, 60), (20261209, 40))
FIELDS = ("author", "date", "title")
ROWS = (
    "author",
    "author (loose)",
    "author, credited pages",
    "author, uncredited: empty",
    "date",
    "title",
    "title (loose)",
)


@dataclass(slots=True)
class GoldPage:
    """One annotated page: the page, its gold values and the audit draw that first took it."""

    key: str
    page: Page
    authors: list[str]
    draw: str


def read_gold(gold: Path, pages: Path, *, limit: int = 0) -> list[GoldPage]:
    """The annotated pages in the gold file's order, each with its HTML."""
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    draws = audit_draws([record["id"] for record in records])
    chosen = []
    for record in records[: limit or None]:
        with gzip.open(pages / "html" / f"{record['id']}.html.gz", "rt", encoding="utf-8") as f:
            page = Page(record["url"], f.read(), title=record["title"], date=record["date"])
        chosen.append(GoldPage(record["id"], page, record["authors"], draws[record["id"]]))
    return chosen


def audit_draws(ids: list[str]) -> dict[str, str]:
    """The audit draw that first took each page, by the keys and order of the audits' pool
    (``scrapinghub:`` and the id's first 12 characters, sorted; the pool holds these 181)."""
    keys = sorted(f"scrapinghub:{key[:12]}" for key in ids)
    names, taken = {}, []
    for seed, count in AUDIT_DRAWS:
        left = [key for key in keys if key not in drawn_before(list(keys), taken)]
        names.update((key, f"draw {len(taken) + 1} ({seed})") for key in draw(left, seed)[:count])
        taken.append((seed, count))
    return {key: names.get(f"scrapinghub:{key[:12]}", "no draw") for key in ids}


def score(gold: GoldPage, found: dict, tally: Tally) -> None:
    answer = found.get("author")
    exact = authors_right(answer, gold.authors)
    tally.add("author", exact)
    tally.add("author (loose)", exact or authors_right(answer, gold.authors, overlap=True))
    tally.add("author, credited pages" if gold.authors else "author, uncredited: empty", exact)
    if gold.page.date:
        tally.add("date", date_right(found.get("date"), gold.page.date))
    tally.add("title", title_right(found.get("title"), gold.page.title or ""))
    tally.add("title (loose)", title_right(found.get("title"), gold.page.title or "", loose=True))


def right(gold: GoldPage, found: dict, field: str) -> bool:
    if field == "author":
        return authors_right(found.get("author"), gold.authors)
    if field == "date":
        return date_right(found.get("date"), gold.page.date) if gold.page.date else True
    return title_right(found.get("title"), gold.page.title or "")


def run(pages: list[GoldPage], *, misses: str | None) -> dict[str, dict[str, Tally]]:
    """Both readers on every page: tallies by group (``all`` and each audit draw)."""
    tallies: dict[str, dict[str, Tally]] = {}
    for gold in pages:
        found = {"newsdesk": ours(gold.page), "trafilatura": reference(gold.page)}
        for group in ("all", gold.draw):
            for name, answer in found.items():
                score(gold, answer, tallies.setdefault(group, {}).setdefault(name, Tally()))
        if misses and not right(gold, found["newsdesk"], misses):
            show_miss(gold, found, misses)
    return tallies


def show_miss(gold: GoldPage, found: dict, field: str) -> None:
    wanted = {"author": gold.authors, "date": gold.page.date, "title": gold.page.title}[field]
    mine, theirs = found["newsdesk"], found["trafilatura"]
    source = mine.get("from", {}).get({"author": "authors", "date": "published"}.get(field, field))
    print(
        f"MISS {gold.key[:12]} {gold.draw} {gold.page.url[:70]}\n  gold: {wanted!r}\n"
        f"  ours: {mine.get(field)!r} ({source})\n  trafilatura: {theirs.get(field)!r}",
        file=sys.stderr,
    )


def report(tallies: dict[str, dict[str, Tally]]) -> None:
    mine, theirs = tallies["all"]["newsdesk"], tallies["all"]["trafilatura"]
    print("| field | n | newsdesk | trafilatura |\n| --- | ---: | ---: | ---: |")
    for field in (row for row in ROWS if row in mine.total):
        print(
            f"| {field} | {mine.total[field]} | {_share(mine, field)} | {_share(theirs, field)} |"
        )
    print("\n| audit draw | n | " + " | ".join(f"{field} ours / traf." for field in FIELDS) + " |")
    print("| --- | ---: |" + " ---: |" * len(FIELDS))
    for group in sorted(set(tallies) - {"all"}):
        mine, theirs = tallies[group]["newsdesk"], tallies[group]["trafilatura"]
        cells = [f"{mine.right.get(f, 0)} / {theirs.right.get(f, 0)}" for f in FIELDS]
        print(f"| {group} | {mine.total['author']} | " + " | ".join(cells) + " |")


def _share(tally: Tally, field: str) -> str:
    return f"{tally.right.get(field, 0)} ({tally.rate(field):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--limit", type=int, default=0, help="the first N gold pages only")
    parser.add_argument("--misses", choices=FIELDS)
    args = parser.parse_args()
    report(run(read_gold(args.gold, args.pages, limit=args.limit), misses=args.misses))


if __name__ == "__main__":
    main()
