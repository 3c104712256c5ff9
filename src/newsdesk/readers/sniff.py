"""Tell an input's format from its first bytes, for ``.xml`` files and for URLs.

An ``.xml`` file may be a feed or a sitemap; a URL often has no telling suffix at all
(``https://host/feed``), so its bytes and ``Content-Type`` decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.article import Article
from newsdesk.errors import InputError
from newsdesk.readers.base import ReadContext, input_bytes, looks_binary
from newsdesk.readers.feeds import read_feed
from newsdesk.readers.sitemap import read_sitemap

_HEAD = 4096
_ROOT = re.compile(rb"<(?!\?|!)([a-zA-Z_][\w.-]*:)?([a-zA-Z_][\w.-]*)")
_XML_ROOTS = {b"urlset": "sitemap", b"sitemapindex": "sitemap", b"rss": "rss", b"feed": "atom",
              b"rdf": "rss", b"html": "html"}
_CONTENT_TYPES = (("html", "html"), ("json", "jsonl"), ("csv", "csv"), ("text/plain", "txt"),
                  ("warc", "warc"))


def sniff_format(data: bytes, content_type: str | None = None) -> str | None:
    """The ``READERS`` key for these bytes (``warc``, ``sitemap``, ``rss``, ``atom``, ``html``, ...), or None."""
    head = data[:_HEAD].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    root = xml_root(head)
    if root in _XML_ROOTS:
        return _XML_ROOTS[root]
    kind = (content_type or "").lower()
    for marker, key in _CONTENT_TYPES:
        if marker in kind:
            return key
    if head and not looks_binary(head) and not head.startswith(b"<"):
        return "txt"
    return None


def xml_root(head: bytes) -> bytes | None:
    """The local name of the first element (after the XML declaration, comments, doctype)."""
    body = re.sub(rb"<!--.*?-->", b"", head, flags=re.DOTALL)
    match = _ROOT.search(body)
    return match.group(2).lower() if match else None


def read_xml(path: str, context: ReadContext) -> Iterator[Article]:
    """An ``.xml`` input: a sitemap or an RSS/Atom feed, told apart by its root element."""
    kind = sniff_format(input_bytes(path, context))
    if kind == "sitemap":
        yield from read_sitemap(path, context)
    elif kind in ("rss", "atom"):
        yield from read_feed(path, context)
    else:
        raise InputError(path, "XML that is neither an RSS/Atom feed nor a sitemap")
