"""Shared helpers for readers: safe byte reading (gzip, size limit, binary sniffing) and decoding.

A reader is a function ``read(path, context) -> Iterator[Article]``. It raises ``InputError``
when the whole input is unusable, and records a problem in ``context.problems`` and goes on
when only one record inside it is bad.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from dataclasses import dataclass, field

import charset_normalizer

from newsdesk.errors import InputError
from newsdesk.fetch import (
    DEFAULT_DELAY,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Fetched,
    Fetcher,
    is_url,
)

_SNIFF = 8192


@dataclass(slots=True)
class ReadContext:
    """What a reader needs besides the path: options and a place to report bad records."""

    fields: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    problems: list[InputError] = field(default_factory=list)
    follow_links: bool = False
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    fetcher: Fetcher | None = None
    fetched: dict[str, Fetched] = field(default_factory=dict)
    #: Locators of items already stored from this input: readers that fetch a page per
    #: item (feeds with ``follow_links``, sitemaps) skip them, so a repeated poll fetches only
    #: new pages.
    known: frozenset[str] = frozenset()

    def web(self) -> Fetcher:
        """The fetcher for URLs (shared across inputs when the caller gave one)."""
        if self.fetcher is None:
            self.fetcher = Fetcher(delay=self.delay, timeout=self.timeout, max_bytes=self.max_bytes)
        return self.fetcher

    def fetch(self, url: str) -> Fetched:
        """Fetch a URL input once; later calls for the same URL reuse the bytes."""
        if url not in self.fetched:
            self.fetched[url] = self.web().get(url)
        return self.fetched[url]


def source_of(path: str) -> str:
    """The resolved identity of an input path (URLs are kept as they are)."""
    if "://" in path:
        return path
    return os.path.realpath(path)


def strip_gz(path: str) -> str:
    """The path without a trailing ``.gz``, so ``a.jsonl.gz`` is read as JSONL."""
    return path[:-3] if path.lower().endswith(".gz") else path


def read_bytes(path: str, *, max_bytes: int) -> bytes:
    """Read a whole file (decompressing ``.gz``), refusing empty, huge and truncated ones."""
    size = file_size(path)
    if size == 0:
        raise InputError(path, "empty file")
    if size > max_bytes:
        raise InputError(path, f"file too large ({size:,} bytes; limit {max_bytes:,}, see --max-bytes)")
    if path.lower().endswith(".gz"):
        data = _gunzip(path, max_bytes=max_bytes)
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    if not data.strip():
        raise InputError(path, "empty file (only whitespace)")
    return data


def input_bytes(path: str, context: ReadContext) -> bytes:
    """The bytes of a file or of an http(s) URL (fetched once per context), gzip looked through."""
    if not is_url(path):
        return read_bytes(path, max_bytes=context.max_bytes)
    data = context.fetch(path).content
    if data.startswith(b"\x1f\x8b"):
        data = gunzip_bytes(data, where=path, max_bytes=context.max_bytes)
    if not data.strip():
        raise InputError(path, "empty response")
    return data


def gunzip_bytes(data: bytes, *, where: str, max_bytes: int) -> bytes:
    """Decompress gzip bytes held in memory, refusing truncated data and oversized results."""
    return _read_gzip(lambda: gzip.GzipFile(fileobj=io.BytesIO(data)), where=where, max_bytes=max_bytes)


def _read_gzip(open_gzip, *, where: str, max_bytes: int) -> bytes:
    try:
        with open_gzip() as handle:
            out = handle.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
        raise InputError(where, f"truncated or corrupt gzip ({e})") from e
    if len(out) > max_bytes:
        raise InputError(where, f"decompressed size over the limit of {max_bytes:,} bytes (see --max-bytes)")
    return out


def file_size(path: str) -> int:
    """Size in bytes, as an ``InputError`` naming the path when the file cannot be read."""
    try:
        return os.path.getsize(path)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e


def _gunzip(path: str, *, max_bytes: int) -> bytes:
    return _read_gzip(lambda: gzip.open(path, "rb"), where=path, max_bytes=max_bytes)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters at its start."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return control > len(head) * 0.05


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as the encoding charset-normalizer detects; return (text, encoding)."""
    if looks_binary(data):
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, "undecodable bytes: not UTF-8 and no other encoding fits")
    return str(best), best.encoding
