"""HTML pages: main text extracted with trafilatura; metadata read by ``newsdesk.htmlmeta``."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from newsdesk.article import Article
from newsdesk.bylines import split_parts
from newsdesk.errors import InputError
from newsdesk.fetch import is_url
from newsdesk.htmlmeta import PageMetadata, read_page_metadata
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


def article_from_html(html: str, *, path: str, source: str, url: str | None = None,
                      locator: str = "") -> Article:
    """Extract one article from an HTML page; raise ``InputError`` when no main text is found.

    The text is trafilatura's main text, then its high-recall mode, then the JSON-LD
    ``articleBody``; the metadata comes from ``newsdesk.htmlmeta`` (structured data first)."""
    check_markup(html, where=path)
    document = _extract(html, path=path, url=url)
    found = document.as_dict() if document is not None else {}
    page = read_page_metadata(html, url=url or found.get("url"), fallback=found)
    text, text_from = _main_text(html, document, page=page, path=path, url=url)
    extras = (("description", page.description or found.get("description")),
              ("credit", page.credit), ("text_from", text_from), ("metadata_from", page.found))
    metadata = {key: value for key, value in extras if value}
    return Article(
        path=path,
        source=source,
        locator=locator,
        raw_text=text,
        format="html",
        title=page.title,
        authors=page.authors,
        outlet=page.outlet,
        published=page.published,
        published_precision="day" if page.published else None,
        url=found.get("url") or url,
        metadata=metadata,
    )


def _extract(html: str, *, path: str, url: str | None, favor_recall: bool = False):
    try:
        return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_tables=True,
                                           include_comments=False, favor_recall=favor_recall)
    except (ValueError, TypeError, AttributeError) as e:  # lxml gives up on some malformed pages
        raise InputError(path, f"malformed HTML ({e})") from e


def _main_text(html: str, document, *, page: PageMetadata, path: str,
               url: str | None) -> tuple[str, str]:
    """The main text and where it came from; a page that has some is never left empty."""
    if document is not None and (document.text or "").strip():
        return document.text, ""
    recall = _extract(html, path=path, url=url, favor_recall=True)
    if recall is not None and (recall.text or "").strip():
        return recall.text, "trafilatura favor_recall"
    if page.body:
        return page.body, "json-ld articleBody"
    raise InputError(path, "no article text found in the HTML")


def split_authors(value: str | None) -> list[str]:
    """Split an author string ("A; B", "A, B and C", "By A & B") into names with the byline
    splitter of ``newsdesk.bylines`` (separators, lead words, e-mails, stamps). No NER runs:
    a feed's or a record's author field holds names already, agencies included."""
    return split_parts(value) if value else []


def fetch_article(url: str, *, path: str, source: str, locator: str, context: ReadContext) -> Article:
    """Fetch a linked page politely (delay, robots.txt) and extract its article; ``InputError`` on failure."""
    fetched = context.web().get(url, obey_robots=True, found=True)
    html, _ = decode(fetched.content, url)
    with time_budget(context.parse_seconds, where=url):
        return article_from_html(html, path=path, source=source, url=fetched.final_url,
                                 locator=locator)
