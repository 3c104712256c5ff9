"""Quality floors of the metadata read from HTML, on the held-out half of the gold pages.

The pages are real web pages with hand-made gold values (``../shared/data/metadata``); the
rules were developed on the other half. The floors sit a few points under the measured figures
(see docs/benchmarks.md), so a change that lowers quality fails.
"""

from __future__ import annotations

import pytest

from conftest import need_shared
from newsdesk.errors import InputError
from newsdesk.readers.html import article_from_html
from newsdesk_eval.metadata import Page, Tally, authors_right, date_right, read_pages, title_right

#: Pages per set: the first of the held-out half, enough to see a drop of a few points.
SAMPLE = 150


def read(page: Page) -> dict:
    try:
        article = article_from_html(page.html, path=page.url, source=page.url, url=page.page_url)
    except InputError:
        return {}
    return {"title": article.title, "author": article.authors, "date": article.published}


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    sets = read_pages(need_shared("data/metadata"))
    result = {}
    for name, pages in sets.items():
        tally = Tally()
        for page in [page for page in pages if page.split == "test"][:SAMPLE]:
            found = read(page)
            if page.title:
                tally.add("title", title_right(found.get("title"), page.title))
            if page.author:
                tally.add("author", authors_right(found.get("author"), page.author))
            if page.date:
                tally.add("date", date_right(found.get("date"), page.date))
        result[name] = tally
    return result


@pytest.mark.slow
@pytest.mark.parametrize(("name", "field", "floor"), [
    ("trafilatura-evaldata", "title", 0.72),  # measured 0.761 (n=113)
    ("trafilatura-evaldata", "author", 0.70),  # measured 0.735 (n=68)
    ("trafilatura-evaldata", "date", 0.87),  # measured 0.903 (n=93)
    ("htmldate-eval", "date", 0.88),  # measured 0.907 (n=150)
])
def test_metadata_floor(tallies: dict[str, Tally], name: str, field: str, floor: float) -> None:
    assert tallies[name].rate(field) >= floor
