"""HTML pages: main text and metadata extracted with trafilatura (dates by htmldate inside it)."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from newsdesk.article import Article
from newsdesk.errors import InputError
from newsdesk.fetch import is_url
from newsdesk.readers.base import (
    ReadContext,
    check_markup,
    decode,
    input_bytes,
    source_of,
    time_budget,
)


def read_html(path: str, context: ReadContext) -> Iterator[Article]:
    html, _encoding = decode(input_bytes(path, context), path)
    url = context.fetch(path).final_url if is_url(path) else None
    with time_budget(context.parse_seconds, where=path):
        article = article_from_html(html, path=path, source=source_of(path), url=url)
    yield article


def article_from_html(html: str, *, path: str, source: str, url: str | None = None, locator: str = "") -> Article:
    """Extract one article from an HTML page; raise ``InputError`` when no main text is found."""
    check_markup(html, where=path)
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (ValueError, TypeError, AttributeError) as e:  # lxml gives up on some malformed pages
        raise InputError(path, f"malformed HTML ({e})") from e
    if document is None or not (document.text or "").strip():
        raise InputError(path, "no article text found in the HTML")
    return Article(
        path=path,
        source=source,
        locator=locator,
        raw_text=document.text,
        format="html",
        title=document.title or None,
        authors=split_authors(document.author),
        outlet=document.sitename or document.hostname or None,
        published=document.date or None,
        published_precision="day" if document.date else None,
        url=document.url or url,
        metadata={k: v for k, v in (("description", document.description),) if v},
    )


def split_authors(value: str | None) -> list[str]:
    """Split an author string ("A; B", "A, B and C") into names."""
    if not value:
        return []
    for separator in (";", " and ", "|"):
        value = value.replace(separator, ",")
    return [name.strip() for name in value.split(",") if name.strip()]


def fetch_article(url: str, *, path: str, source: str, locator: str, context: ReadContext) -> Article:
    """Fetch a linked page politely (delay, robots.txt) and extract its article; ``InputError`` on failure."""
    fetched = context.web().get(url, obey_robots=True, found=True)
    html, _ = decode(fetched.content, url)
    with time_budget(context.parse_seconds, where=url):
        return article_from_html(html, path=path, source=source, url=fetched.final_url,
                                 locator=locator)
