"""Article metadata read from a page's HTML: title, authors, credit, outlet, publication date.

Structured data comes first, because publishers write it for machines: JSON-LD (``Article``
types, ``@graph``, nested ``author`` and ``publisher``), then OpenGraph and ``<meta>`` tags,
then ``itemprop``/``<time datetime>`` inside the article's own region, ``rel=author`` links
and byline elements there (never in related-article lists, asides, navigation or footers).
What the markup does not say falls back to the day written next to the headline, in a
date element of the article or in the dateline that opens the main text (days written in
several languages are found by ``newsdesk.dates.written_days``), to trafilatura's metadata
and to htmldate (on a copy without images, media and scripts, so a date is never read from
an image or asset URL).
JSON-LD and ``<meta>`` are read with lxml and ``json``: extruct would read the same tags but
adds RDFa and microformat parsers this module has no use for. Author strings are made into
people by ``newsdesk.bylines``; a page that names no person gets the organisation its byline
holds.
"""

from __future__ import annotations

from newsdesk.htmlmeta.authors import (
    choose_authors,
)
from newsdesk.htmlmeta.dates import (
    ShownDays,
    as_day,
    choose_date,
    headline_date,
    labelled_date,
    opening_lines,
    updated_day,
    url_date,
)
from newsdesk.htmlmeta.structured import (
    PageMetadata,
    Structured,
    choose_outlet,
    choose_title,
    domain_name,
    first_ld,
    first_meta,
    parse_tree,
    read_json_ld,
    read_meta,
    strip_site_name,
)

__all__ = [
    "PageMetadata",
    "ShownDays",
    "as_day",
    "headline_date",
    "labelled_date",
    "parse_tree",
    "read_page_metadata",
    "strip_site_name",
    "updated_day",
    "url_date",
]


def read_page_metadata(
    html: str, *, url: str | None = None, fallback: dict[str, str | None] | None = None
) -> PageMetadata:
    """The page's metadata; ``fallback`` (trafilatura's title/author/sitename/date) fills gaps."""
    tree = parse_tree(html)
    fallback = fallback or {}
    if tree is None:
        return PageMetadata()
    data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    page = PageMetadata(description=first_meta(data.meta, ("og:description", "description")))
    page.body = first_ld(data.ld, "articleBody")
    page.outlet = choose_outlet(data, url=url, fallback=fallback.get("sitename"), page=page)
    page.title = choose_title(tree, data, outlet=page.outlet, url=url, fallback=fallback.get("title"), page=page)
    sites = [page.outlet, domain_name(url or fallback.get("url"))]
    choose_authors(
        tree, data, fallback=fallback.get("author"), sites=sites, page=page,
        text=fallback.get("text"),
    )
    opening = opening_lines(fallback.get("text"))
    page.published = choose_date(
        tree, data, url=url, fallback=fallback.get("date"), opening=opening, page=page
    )
    return page
