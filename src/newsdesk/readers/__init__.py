"""Readers turn one input (a file today; a URL for feeds) into articles.

Each format is one module with one ``read_*`` function; ``READERS`` maps file suffixes to
them, so a new format is a new module plus one line here.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from newsdesk.article import Article
from newsdesk.errors import InputError
from newsdesk.fetch import is_url
from newsdesk.readers.base import ReadContext, input_bytes, regular_file_size, strip_gz
from newsdesk.readers.feeds import read_feed
from newsdesk.readers.html import read_html
from newsdesk.readers.sitemap import read_sitemap
from newsdesk.readers.sniff import read_xml, sniff_format
from newsdesk.readers.tabular import read_tabular
from newsdesk.readers.text import read_text
from newsdesk.readers.warc import read_arc, read_warc

Reader = Callable[[str, ReadContext], Iterator[Article]]

READERS: dict[str, Reader] = {
    "txt": read_text,
    "text": read_text,
    "md": read_text,
    "html": read_html,
    "htm": read_html,
    "xhtml": read_html,
    "jsonl": read_tabular,
    "ndjson": read_tabular,
    "json": read_tabular,
    "csv": read_tabular,
    "tsv": read_tabular,
    "warc": read_warc,
    "arc": read_arc,
    "rss": read_feed,
    "atom": read_feed,
    "xml": read_xml,
    "sitemap": read_sitemap,
}

__all__ = ["READERS", "ReadContext", "Reader", "discover", "read_input", "read_url", "reader_for"]


def discover(inputs: Iterable[str]) -> Iterator[str]:
    """Expand files, folders (recursively, hidden entries skipped) and glob patterns, in order.

    An input that matches nothing is yielded as it is, so reading it reports the problem.
    """
    seen: set[str] = set()
    for given in inputs:
        for path in _expand(given):
            key = os.path.realpath(path) if _is_regular(path) else path
            if key not in seen:
                seen.add(key)
                yield path


def _is_regular(path: str) -> bool:
    """A regular local file (read once however it is named); not a URL, FIFO, device or loop."""
    try:
        return not is_url(path) and os.path.isfile(path)
    except ValueError:  # a NUL byte in the name
        return False


def _expand(given: str) -> Iterator[str]:
    if is_url(given):
        yield given
    elif os.path.isdir(given):
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield os.path.join(root, name)
    elif not os.path.exists(given) and glob.has_magic(given):
        yield from sorted(p for p in glob.glob(given, recursive=True) if os.path.isfile(p))
    else:
        yield given


def reader_for(path: str) -> Reader:
    """The reader for a path, chosen by its suffix (``.gz`` is looked through); URLs by their content."""
    if is_url(path):
        return read_url
    name = os.path.basename(strip_gz(path)).lower()
    suffix = name.rsplit(".", 1)[-1] if "." in name else ""
    regular_file_size(path)  # FIFOs, devices, sockets, symlink loops and missing files refused
    try:
        return READERS[suffix]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise InputError(path, f"unknown format '.{suffix}' (known: {known})") from None


def read_input(path: str, context: ReadContext) -> list[Article]:
    """All articles of one input, read eagerly so a failure leaves nothing half-read."""
    return list(reader_for(path)(path, context))


def read_url(url: str, context: ReadContext) -> Iterator[Article]:
    """An http(s) input: fetched once, then read by the reader its suffix or its content names."""
    fetched = context.fetch(url)
    path_part = urlsplit(url).path
    suffix = strip_gz(path_part).lower().rsplit(".", 1)[-1] if "." in os.path.basename(path_part) else ""
    if suffix not in READERS or suffix == "xml":
        suffix = sniff_format(input_bytes(url, context), fetched.content_type) or ""
    if suffix not in READERS:
        raise InputError(url, f"cannot tell the format (Content-Type {fetched.content_type or 'none'})")
    return READERS[suffix](url, context)
