"""XML sitemaps (``urlset`` and ``sitemapindex``; ``.xml`` or ``.xml.gz``; a file or a URL).

A sitemap lists page URLs; reading it fetches each page politely (``newsdesk.fetch``) and
extracts it with trafilatura, one article per page. A sitemap index is followed to its child
sitemaps. Google News sitemap fields (``news:title``, ``news:publication_date``) fill what
the page lacks; ``lastmod`` is kept in metadata (it is a change date, not a publication date).
A page or child sitemap that cannot be fetched is reported and the rest goes on.

The sitemap protocol is a two-level XML format; it is parsed here with lxml (entities and
network access off). The sitemap libraries on PyPI (ultimate-sitemap-parser, trafilatura's
``sitemaps``) fetch on their own, without our per-host delay, size limit or error policy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.etree

from newsdesk.article import Article
from newsdesk.dates import normalize_date
from newsdesk.errors import InputError
from newsdesk.fetch import is_url
from newsdesk.readers.base import (
    ReadContext,
    gunzip_bytes,
    input_bytes,
    refuse_entities,
    source_of,
)
from newsdesk.readers.html import fetch_article

log = logging.getLogger(__name__)

MAX_DEPTH = 3
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(slots=True, frozen=True)
class SitemapEntry:
    """One ``<url>`` (or, in an index, one ``<sitemap>``) of a sitemap."""

    url: str
    lastmod: str | None = None
    title: str | None = None
    published: str | None = None


def read_sitemap(path: str, context: ReadContext) -> Iterator[Article]:
    source = source_of(path)
    for entry in sitemap_pages(path, context):
        if entry.url in context.known:
            continue
        try:
            article = fetch_article(entry.url, path=path, source=source, locator=entry.url, context=context)
        except InputError as e:
            context.problems.append(InputError(f"{path} page {entry.url}", e.reason))
            continue
        yield _with_entry_fields(article, entry)


def sitemap_pages(path: str, context: ReadContext) -> Iterator[SitemapEntry]:
    """The page entries of a sitemap, child sitemaps of an index followed, each URL once."""
    base = context.fetch(path).final_url if is_url(path) else path
    kind, entries = parse_sitemap(input_bytes(path, context), where=path, base=base)
    seen: set[str] = set()
    for entry in _pages(kind, entries, where=path, context=context, depth=1):
        if entry.url not in seen:
            seen.add(entry.url)
            yield entry


def _pages(kind: str, entries: list[SitemapEntry], *, where: str, context: ReadContext,
           depth: int) -> Iterator[SitemapEntry]:
    if kind == "urlset":
        yield from entries
        return
    if depth >= MAX_DEPTH:
        context.problems.append(InputError(where, f"sitemap indexes nested deeper than {MAX_DEPTH}; not followed"))
        return
    for child in entries:
        try:
            child_kind, child_entries = _fetch_sitemap(child.url, context)
        except InputError as e:
            context.problems.append(InputError(f"{where} sitemap {child.url}", e.reason))
            continue
        yield from _pages(child_kind, child_entries, where=child.url, context=context, depth=depth + 1)


def _fetch_sitemap(url: str, context: ReadContext) -> tuple[str, list[SitemapEntry]]:
    fetched = context.web().get(url, obey_robots=True, found=True)
    data = fetched.content
    if data.startswith(b"\x1f\x8b"):
        data = gunzip_bytes(data, where=url, max_bytes=context.max_bytes)
    return parse_sitemap(data, where=url, base=fetched.final_url)


def parse_sitemap(data: bytes, *, where: str, base: str | None = None) -> tuple[str, list[SitemapEntry]]:
    """``("urlset" | "sitemapindex", entries)``; ``InputError`` for XML that is not a sitemap."""
    refuse_entities(data, where=where)
    try:
        root = lxml.etree.fromstring(data, parser=_PARSER)
    except lxml.etree.XMLSyntaxError as e:
        raise InputError(where, f"malformed sitemap XML ({e})") from e
    kind = lxml.etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise InputError(where, f"not a sitemap (root element <{kind}>)")
    item = "url" if kind == "urlset" else "sitemap"
    entries = [_entry(element, base=base) for element in root if _local(element) == item]
    return kind, [entry for entry in entries if entry is not None]


def _entry(element: lxml.etree._Element, *, base: str | None) -> SitemapEntry | None:
    fields = {_local(child): (child.text or "").strip() for child in element.iter() if child is not element}
    if not fields.get("loc"):
        return None
    url = urljoin(base, fields["loc"]) if base and is_url(base) else fields["loc"]
    return SitemapEntry(url=url, lastmod=fields.get("lastmod") or None, title=fields.get("title") or None,
                        published=fields.get("publication_date") or None)


def _local(element: lxml.etree._Element) -> str:
    return lxml.etree.QName(element).localname if isinstance(element.tag, str) else ""


def _with_entry_fields(article: Article, entry: SitemapEntry) -> Article:
    article.title = article.title or entry.title
    if not article.published and entry.published:
        article.published, article.published_precision = normalize_date(entry.published)
    if entry.lastmod:
        article.metadata["lastmod"] = entry.lastmod
    return article
