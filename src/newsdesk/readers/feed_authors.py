"""The people who wrote a feed item, read from its author fields (RSS ``<author>`` and
``<dc:creator>``, Atom ``<author><name>``) with the byline reader of ``newsdesk.bylines``.

A creator field often names the publication beside the writer ("Victor Tangermann and
Futurism") or names only the news agency the story came from ("Reuters"). A part that is the
feed's own publication (its channel title or host) or the item's source publication (RSS
``<source>``) is no author, nor is an organisation beside a person. When the fields name no
person but credit a news agency, the item's own text is read for the reporter's byline, as a
page's is ("(Reporting by Will Dunham; Editing by Tom Brown)", "By Jane Doe"): the agency is
the story's credit, the reporter its author. Where no person is named anywhere, the
organisations the fields credit stay the authors, as the feed writes them.
"""

from __future__ import annotations

import contextlib
from typing import Any

import lxml.etree
import lxml.html

from newsdesk.bylines import Byline, agency_code, names_site, organisations, parse_byline
from newsdesk.bylines.lexicons import NEWS_AGENCIES
from newsdesk.htmlmeta.page_bylines import printed_by_lines, text_bylines
from newsdesk.htmlmeta.structured import domain_name
from newsdesk.readers.html import split_authors


def item_authors(entry: Any, feed: Any, *, text: str) -> list[str]:
    """The item's authors: the people its author fields name, else the reporter its text
    names where the fields credit only a news agency, else the organisations they credit
    (the feed's own publication left out). ``text`` is the item's plain text."""
    sites = publication_names(entry, feed)
    people, credits = _field_names(entry, sites)
    if people:
        return people
    if any(map(_is_agency, credits)):
        reporters = parse_byline(_text_bylines(entry, text), outlet=sites).authors
        if reporters:
            return reporters
    return credits


def publication_names(entry: Any, feed: Any) -> list[str]:
    """The names of the publication: the channel's title and its host, and the item's
    source publication (RSS ``<source>``) with its host."""
    channel = feed.get("feed") or {}
    source = entry.get("source") or {}
    names = [
        channel.get("title"),
        domain_name(channel.get("link")),
        source.get("title"),
        domain_name(source.get("href") or source.get("link")),
    ]
    return [name for name in names if name]


def _field_names(entry: Any, sites: list[str]) -> tuple[list[str], list[str]]:
    """The people and the organisations the item's author fields name, each once; a value
    the byline reader reads nothing in is split into its names as written."""
    byline = Byline()
    for author in entry.get("authors") or []:
        value = author.get("name") if isinstance(author, dict) else None
        if not value or not value.strip():
            continue
        read = parse_byline(value, outlet=sites, handles=True)
        if not read.authors and not read.credit:
            read = Byline(authors=split_authors(value))
        for name in read.authors:
            byline.add_author(name)
        for name in read.credit:
            byline.add_credit(name)
    credits = organisations(byline.credit, sites=sites)
    return byline.authors, [name for name in credits if not names_site(name, sites)]


def _is_agency(name: str) -> bool:
    return bool(agency_code(name)) or name.casefold() in NEWS_AGENCIES


def _text_bylines(entry: Any, text: str) -> list[str]:
    """The bylines the item's text prints: short lines of its HTML led by a byline word,
    and byline lines among the first and last lines of its plain text."""
    lines = [line for block in _html_blocks(entry) for line in printed_by_lines(_page(block))]
    return list(dict.fromkeys(lines + text_bylines(text)))


def _html_blocks(entry: Any) -> list[str]:
    content = entry.get("content") or []
    blocks = [(block.get("value") or "", block.get("type") or "") for block in content]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        blocks.append((entry.summary, detail.get("type") or "text/html"))
    return [value for value, kind in blocks if "html" in kind and value.strip()]


def _page(fragment: str):
    """The fragment as the body of a page, where the page's byline readers look."""
    page = lxml.html.Element("html")
    body = lxml.etree.SubElement(page, "body")
    with contextlib.suppress(lxml.etree.ParserError, ValueError):
        body.append(lxml.html.fragment_fromstring(fragment, create_parent="div"))
    return page
