"""Authors on unseen pages, side by side with trafilatura's, for judging by hand.

Usage: python benchmarks/audit_authors.py OUT [--data ../shared/data/metadata] [--take 60]
       [--seed 20261203]

The pages are the htmldate-eval pages that carry their own HTML (not a trafilatura-evaldata
page: no author figure uses them) and fall in the development half of the URL hash. A fixed
seed picks ``--take`` of them for the audit; the rest are kept to check, out of sample, what a
change alters. For each page ``OUT/audit.jsonl`` and ``OUT/rest.jsonl`` hold the URL, ours
(``article_from_html``, with the source that gave it) and trafilatura's own author; the pages
themselves are not written (their copyright stays with their publishers). Judge each line
against the page's visible byline by the rules in docs/inputs.md ("Judging an author").
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.readers.html import article_from_html
from newsdesk_eval.metadata import Page, trafilatura_document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metadata"


def unseen_pages(folder: Path) -> list[Page]:
    """The htmldate-eval pages with their own HTML in the development half, by URL."""
    pages = []
    with gzip.open(folder / "htmldate-eval.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            page = Page(record["url"], record.get("html") or "")
            if page.html and page.split == "dev":
                pages.append(page)
    return sorted(pages, key=lambda page: page.url)


def authors_of(page: Page) -> dict:
    try:
        article = article_from_html(page.html, path=page.url, source=page.url, url=page.page_url)
    except InputError:
        ours, source = None, None
    else:
        ours, source = article.authors, article.metadata.get("metadata_from", {}).get("authors")
    theirs = trafilatura_document(page, include_comments=False).get("author")
    return {"url": page.url, "ours": ours, "source": source, "trafilatura": theirs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--take", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    pages = unseen_pages(args.data)
    random.Random(args.seed).shuffle(pages)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, chosen in (("audit", pages[: args.take]), ("rest", pages[args.take :])):
        with open(args.out / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for page in chosen:
                out.write(json.dumps(authors_of(page), ensure_ascii=False) + "\n")
    print(f"{min(args.take, len(pages))} audit and {max(len(pages) - args.take, 0)} other pages")


if __name__ == "__main__":
    main()
