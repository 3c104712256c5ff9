"""Each author source of the development half against the gold: right, wrong or absent.

Usage: python benchmarks/author_source_tally.py [--data ../shared/data/metadata] [--cache FILE]

Reads the development half of trafilatura's metadata gold pages only (see
../shared/data/metadata/FORMAT.md); the held-out half is never read here. For each page with a
gold author, every source that ``newsdesk.htmlmeta.author_sources.author_bylines`` reads
(JSON-LD, ``<meta>``, ``rel=author``, byline elements, "By" lines, the headline's neighbours,
trafilatura, the copyright line, ...) is scored as the answer it would give alone; a source
read twice on one page counts once, by its first reading. Printed: per source, the pages where
it names someone and is right or wrong and the pages where it names no one; per source that
``article_from_html`` took its answer from, right and wrong; the pages where ours is wrong
and some source names the gold (what any order of the sources could gain); and ours right
and wrong where another source of the page names one of the same people (two sources agree)
or none does. Trafilatura's metadata and main text for each page are cached in ``--cache``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eval_author_choice import DATA, trafilatura_metadata
from newsdesk.bylines.names import squash_letters
from newsdesk.errors import InputError
from newsdesk.htmlmeta import PageMetadata, Structured, parse_tree, read_json_ld, read_meta
from newsdesk.htmlmeta.author_sources import author_bylines
from newsdesk.htmlmeta.structured import choose_outlet, choose_title, domain_name
from newsdesk.readers.base import check_markup
from newsdesk.readers.html import article_from_html
from newsdesk_eval.metadata import Page, authors_right, read_pages


def source_answers(page: Page, fallback: dict) -> list[tuple[str, list[str]]]:
    """Each source of the page that names someone, with its people, in the order read."""
    try:
        check_markup(page.html, where=page.url)
    except InputError:
        return []
    tree = parse_tree(page.html)
    if tree is None:
        return []
    data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    url, meta = page.page_url or fallback.get("url"), PageMetadata()
    outlet = choose_outlet(data, url=url, fallback=fallback.get("sitename"), page=meta)
    meta.title = choose_title(
        tree, data, outlet=outlet, url=url, fallback=fallback.get("title"), page=meta
    )
    bylines = author_bylines(
        tree, data, fallback=fallback.get("author"), sites=[outlet, domain_name(url)],
        title=meta.title, text=fallback.get("text"),
    )
    return [(source, byline.authors) for source, byline in bylines if byline.authors]


def ours(page: Page) -> tuple[list[str], str | None]:
    try:
        article = article_from_html(page.html, path=page.url, source=page.url, url=page.page_url)
    except InputError:
        return [], None
    return article.authors, article.metadata.get("metadata_from", {}).get("authors")


def tally(pages: list[Page], cache: dict) -> dict[str, Counter]:
    counts = {"source": Counter(), "chosen": Counter(), "page": Counter()}
    for page in pages:
        answers = source_answers(page, trafilatura_metadata(page, cache))
        authors, chosen = ours(page)
        right = bool(authors) and authors_right(authors, page.author)
        counts["chosen"][(chosen, right)] += 1
        firsts = {source: names for source, names in reversed(answers)}
        for source, names in firsts.items():
            counts["source"][(source, authors_right(names, page.author))] += 1
        if not right and any(authors_right(names, page.author) for names in firsts.values()):
            counts["page"]["wrong, a source right"] += 1
        keys = set(map(squash_letters, authors))
        agreed = sum(bool(keys & set(map(squash_letters, names))) for names in firsts.values())
        if authors:
            counts["page"][("agreed" if agreed > 1 else "alone", right)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    pages = [
        page for page in read_pages(args.data)["trafilatura-evaldata"]
        if page.split == "dev" and page.author
    ]
    counts = tally(pages, cache)
    if args.cache:
        args.cache.write_text(json.dumps(cache))
    print(f"{len(pages)} development pages with a gold author\n")
    print("| source | names someone, right | wrong | names no one |\n| --- | ---: | ---: | ---: |")
    sources = dict.fromkeys(source for source, _ in counts["source"])
    for source in sorted(sources, key=lambda s: -counts["source"][(s, True)]):
        right, wrong = counts["source"][(source, True)], counts["source"][(source, False)]
        print(f"| {source} | {right} | {wrong} | {len(pages) - right - wrong} |")
    print("\n| ours from | right | wrong |\n| --- | ---: | ---: |")
    for chosen in dict.fromkeys(chosen for chosen, _ in counts["chosen"]):
        print(f"| {chosen} | {counts['chosen'][(chosen, True)]} "
              f"| {counts['chosen'][(chosen, False)]} |")
    page = counts["page"]
    print(f"\nours wrong where some source names the gold: {page['wrong, a source right']}")
    print(
        f"ours named by a second source: right {page[('agreed', True)]}, wrong "
        f"{page[('agreed', False)]}; by none: right {page[('alone', True)]}, wrong "
        f"{page[('alone', False)]}"
    )


if __name__ == "__main__":
    main()
