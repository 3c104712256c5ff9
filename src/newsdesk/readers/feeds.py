"""RSS and Atom feeds (``.rss``, ``.atom``, feed ``.xml``; a file or an http(s) URL), parsed by feedparser.

Each item becomes one article: its title, link (as ``url``), publication date with its
precision, authors (the people its author fields name, see ``feed_authors``), and the text
of its content (or else its summary) HTML. With
``follow_links`` each item's link is fetched (politely, see ``newsdesk.fetch``) and the page
is extracted by trafilatura instead; the feed's own fields fill what the page lacks.

A feed that declares XML entities (``<!ENTITY``) is refused before parsing: feedparser's
expat parser expands internal entities, so a "billion laughs" feed takes expat's amplification
guard many seconds to stop, and real feeds declare none.

Feed HTML is a fragment, not a page, so trafilatura's page extraction does not apply; it is
turned into text with lxml, keeping one line per paragraph (``html_fragment_text``).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.etree
import lxml.html

from newsdesk.article import Article
from newsdesk.dates import normalize_date
from newsdesk.errors import InputError, setting
from newsdesk.fetch import is_url
from newsdesk.readers.base import (
    FirstRecords,
    ReadContext,
    input_bytes,
    refuse_entities,
    source_of,
)
from newsdesk.readers.feed_authors import item_authors
from newsdesk.readers.html import fetch_article

log = logging.getLogger(__name__)

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "figcaption", "section", "article", "header", "footer", "ul", "ol", "table")


def read_feed(path: str, context: ReadContext) -> Iterator[Article]:
    feed = parse_feed(input_bytes(path, context), path=path, base=_base_url(path, context))
    source, seen = source_of(path), FirstRecords()
    for number, entry in enumerate(feed.entries, start=1):
        locator = entry.get("id") or entry.get("link") or f"item:{number}"
        reported = len(context.problems)
        if _repeated(entry, locator, number, seen, where=path, context=context) or (
                context.follow_links and locator in context.known):
            article = None  # a feed may repeat an item; a page stored before is not fetched again
        else:
            article = _entry_article(entry, feed, path=path, source=source, locator=locator,
                                     where=f"{path} item {number}", context=context)
        for problem in context.problems[reported:]:
            problem.record = item_record(entry, locator)
        if article is not None:
            yield article


def item_record(entry: Any, locator: str) -> str:
    """The item's identity as a bad record: its id and a digest of its title and text."""
    content = f"{entry.get('title')}\n{entry_text(entry)}".encode("utf-8", "surrogatepass")
    return f"{locator} {hashlib.sha256(content).hexdigest()[:16]}"


def parse_feed(data: bytes, *, path: str, base: str | None = None) -> feedparser.FeedParserDict:
    """Parse feed bytes (never a string: feedparser would fetch it); refuse what is not a feed."""
    refuse_entities(data, where=path)
    headers = {"content-location": base} if base else {}
    feed = feedparser.parse(data, response_headers=headers)
    if not feed.entries and feed.get("bozo"):
        raise InputError(path, f"malformed feed ({_parse_error(feed.get('bozo_exception'))})")
    if not feed.entries and not feed.get("version"):
        raise InputError(path, "not an RSS or Atom feed")
    if not feed.entries:
        log.info("%s: the feed has no items", path)
    return feed


def _parse_error(error: object) -> str:
    if hasattr(error, "getLineNumber") and hasattr(error, "getMessage"):
        return f"line {error.getLineNumber()}, column {error.getColumnNumber()}: {error.getMessage()}"
    return str(error) or type(error).__name__


def _base_url(path: str, context: ReadContext) -> str | None:
    """Relative item links resolve against the feed's URL (after redirects)."""
    return context.fetch(path).final_url if is_url(path) else None


def _repeated(entry: Any, locator: str, number: int, seen: FirstRecords, *, where: str,
              context: ReadContext) -> bool:
    """True for an item whose id an earlier item of the feed has; reported when its text
    differs, since one id is one article and the first is the one kept."""
    earlier = seen.earlier(locator, number, f"{entry.get('title')}\n{entry_text(entry)}")
    if earlier is None:
        return False
    first, same = earlier
    if not same:
        context.problems.append(InputError(
            f"{where} item {number}", f"id {locator!r} of item {first} again, with other text; "
            f"item {first} kept"))
    return True


def _entry_article(entry: Any, feed: Any, *, path: str, source: str, locator: str, where: str,
                   context: ReadContext) -> Article | None:
    article = _feed_article(entry, feed, path=path, source=source, locator=locator)
    if context.follow_links and entry.get("link"):
        return _followed(entry.link, article, path=path, source=source, locator=locator,
                         where=where, context=context)
    if not article.raw_text.strip():
        hint = "" if context.follow_links else f" (add {setting('follow_links')} to fetch the page)"
        context.problems.append(InputError(where, f"item has no text{hint}"))
        return None
    return article


def _feed_article(entry: Any, feed: Any, *, path: str, source: str, locator: str) -> Article:
    rss = str(feed.get("version", "")).startswith("rss")
    published, precision = entry_published(entry, rss=rss)
    updated = None if rss or entry.get("updated") == entry.get("published") else entry.get("updated")
    metadata = {key: value for key, value in (("feed", feed.feed.get("title")), ("updated", updated)) if value}
    text = entry_text(entry)
    return Article(
        path=path,
        source=source,
        locator=locator,
        raw_text=text,
        format="feed",
        title=entry.get("title") or None,
        authors=item_authors(entry, feed, text=text),
        outlet=feed.feed.get("title") or None,
        published=published,
        published_precision=precision,
        url=entry.get("link") or None,
        metadata=metadata,
    )


def _followed(url: str, item: Article, *, path: str, source: str, locator: str, where: str,
              context: ReadContext) -> Article | None:
    """The linked page's article, with the item's fields where the page has none."""
    try:
        page = fetch_article(url, path=path, source=source, locator=locator, context=context)
    except InputError as e:
        if item.raw_text.strip():
            log.warning("%s: %s: %s; keeping the feed's text", where, url, e.reason)
            item.metadata["follow_error"] = e.reason
            return item
        context.problems.append(InputError(where, f"{url}: {e.reason}"))
        return None
    page.title = page.title or item.title
    page.authors = page.authors or item.authors
    if not page.published:
        page.published, page.published_precision = item.published, item.published_precision
    page.metadata.update(item.metadata)
    return page


def entry_published(entry: Any, *, rss: bool) -> tuple[str | None, str | None]:
    """The item's publication date with its precision.

    RSS ``dc:date`` is a publication date but feedparser files it as ``updated``; in Atom
    ``updated`` is a modification date, so it is kept in metadata only.
    """
    for key in ("published", "updated") if rss else ("published",):
        value, precision = normalize_date(entry.get(key))
        if value is None and entry.get(f"{key}_parsed"):
            value, precision = time.strftime("%Y-%m-%d", entry[f"{key}_parsed"]), "day"
        if value is not None:
            return value, precision
    return None, None


def entry_text(entry: Any) -> str:
    """Plain text of the item's longest content block, else of its summary."""
    blocks = [(block.get("value") or "", block.get("type") or "") for block in entry.get("content") or []]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        blocks.append((entry.summary, detail.get("type") or "text/html"))
    texts = [html_fragment_text(value) if "html" in kind else value.strip() for value, kind in blocks]
    return max(texts, key=len, default="")


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per paragraph or other block element."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
