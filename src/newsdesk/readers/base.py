"""Shared helpers for readers: bounded byte reading (regular files only, gzip with a byte budget,
binary sniffing), decoding, and a time budget per document.

A reader is a function ``read(path, context) -> Iterator[Article]``. It raises ``InputError``
when the whole input is unusable, and records a problem in ``context.problems`` and goes on
when only one record inside it is bad.

Hostile inputs are bounded here, once: a file must be a regular file (FIFOs, devices and
sockets are refused by ``os.stat`` before anything opens them; a symlink loop is named as
one); a gzip stream is refused as a decompression bomb when it expands more than
``BOMB_RATIO`` times; and ``time_budget`` interrupts parsing that runs past its seconds of CPU
time (``ITIMER_PROF``: a pathological page burns CPU, while a busy machine only stretches the
wall clock, which must not skip good pages). The budget's ``SIGPROF`` reaches only the main
thread: readers run in the ingest process's main thread, and a process-pool worker runs its
tasks in its own main thread; in any other thread the budget is not armed and the size limits
still bound the work.
"""

from __future__ import annotations

import codecs
import errno
import gzip
import hashlib
import io
import os
import re
import signal
import stat
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

import charset_normalizer

from newsdesk.defaults import DEFAULT_MAX_RECORD_BYTES, DEFAULT_PARSE_SECONDS
from newsdesk.errors import InputError, setting
from newsdesk.fetch import (
    DEFAULT_DELAY,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    Fetched,
    Fetcher,
    is_url,
)

_SNIFF = 8192
#: A gzip stream that grows more than this many times its compressed size is a bomb.
BOMB_RATIO = 200
_BOMB_FLOOR = 1 << 20
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISDIR, "a directory"))


@dataclass(slots=True)
class ReadContext:
    """What a reader needs besides the path: options, limits and a place to report bad records."""

    fields: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    parse_seconds: float = DEFAULT_PARSE_SECONDS
    problems: list[InputError] = field(default_factory=list)
    follow_links: bool = False
    allow_private: bool = False
    public_only: bool = False  # URLs given are checked too (see ``fetch``)
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
            self.fetcher = Fetcher(delay=self.delay, timeout=self.timeout, max_bytes=self.max_bytes,
                                   allow_private=self.allow_private, public_only=self.public_only)
        return self.fetcher

    def fetch(self, url: str) -> Fetched:
        """Fetch a URL input once; later calls for the same URL reuse the bytes."""
        if url not in self.fetched:
            self.fetched[url] = self.web().get(url)
        return self.fetched[url]


class FirstRecords:
    """The first record of each id within one input, with a digest of its text: one id is one
    article, so a later record with the same id is a repeat, reported when its text differs
    (the readers of records and of feeds both need this)."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[int, bytes]] = {}

    def earlier(self, key: str, number: int, text: str) -> tuple[int, bool] | None:
        """None for the first record with ``key``; else the first one's number and whether
        its text was the same as this one's."""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        first, first_digest = self._first.setdefault(key, (number, digest))
        return None if first == number else (first, first_digest == digest)


def source_of(path: str) -> str:
    """The resolved identity of an input path (URLs are kept as they are)."""
    if "://" in path:
        return path
    return os.path.realpath(path)


def strip_gz(path: str) -> str:
    """The path without a trailing ``.gz``, so ``a.jsonl.gz`` is read as JSONL."""
    return path[:-3] if path.lower().endswith(".gz") else path


def regular_file_size(path: str) -> int:
    """The size of a regular file; ``InputError`` for anything else, decided before opening it."""
    try:
        info = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(path, "symlink loop") from e
        if e.errno == errno.ENOENT:
            raise InputError(path, "no such file") from e
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    except ValueError as e:  # a NUL byte in the name
        raise InputError(path, f"invalid file name ({e})") from e
    for is_kind, kind in _KINDS:
        if is_kind(info.st_mode):
            raise InputError(path, f"not a regular file ({kind}); refused")
    return info.st_size


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading; never blocks on a FIFO swapped in after the check."""
    regular_file_size(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(path, "not a regular file; refused")
    return os.fdopen(fd, "rb")


class _Counted(io.RawIOBase):
    """A raw stream that counts the bytes read from it (the compressed side of a gzip stream)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class _BombGuard(io.RawIOBase):
    """Decompressed bytes of a gzip stream, refused once they outgrow ``BOMB_RATIO``."""

    def __init__(self, inner: gzip.GzipFile, counted: _Counted, where: str) -> None:
        self.inner, self.counted, self.where, self.produced = inner, counted, where, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            n = self.inner.readinto(buffer)
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise InputError(self.where, f"truncated or corrupt gzip ({e})") from e
        self.produced += n
        if self.produced > _BOMB_FLOOR and self.produced > BOMB_RATIO * max(self.counted.count, 1):
            raise InputError(self.where, f"decompression bomb (over {BOMB_RATIO}x its compressed "
                                         "size); refused")
        return n

    def close(self) -> None:
        self.inner.close()
        self.counted.close()
        super().close()


def guarded_gzip(raw: BinaryIO, *, where: str) -> io.BufferedReader:
    """A buffered stream of the decompressed bytes of ``raw``, with the bomb guard."""
    counted = _Counted(raw)
    return io.BufferedReader(_BombGuard(gzip.GzipFile(fileobj=counted), counted, where))


def open_input(path: str) -> io.BufferedReader | BinaryIO:
    """A regular file opened for reading, decompressed (with the bomb guard) when it is gzip."""
    handle = open_regular(path)
    if handle.read(2) == b"\x1f\x8b":
        handle.seek(0)
        return guarded_gzip(handle, where=path)
    handle.seek(0)
    return handle


def read_bytes(path: str, *, max_bytes: int) -> bytes:
    """Read a whole file (decompressing gzip), refusing special, empty, huge and truncated ones."""
    size = regular_file_size(path)
    if size == 0:
        raise InputError(path, "empty file")
    if size > max_bytes:
        raise InputError(path, f"file too large ({size:,} bytes; limit {max_bytes:,}, "
                               f"see {setting('max_file_size')})")
    with open_input(path) as handle:
        data = _read_limited(handle, where=path, max_bytes=max_bytes)
    if not data.strip():  # a gzip of nothing is as empty as a file of nothing
        raise InputError(path, "empty file (only whitespace)" if data else "empty file")
    return data


def _read_limited(handle, *, where: str, max_bytes: int) -> bytes:
    try:
        data = handle.read(max_bytes + 1)
    except OSError as e:
        raise InputError(where, f"cannot read: {e}") from e
    if len(data) > max_bytes:
        raise InputError(where, f"decompressed size over the limit of {max_bytes:,} bytes "
                                f"(see {setting('max_file_size')})")
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
    """Decompress gzip bytes held in memory, refusing truncated data, bombs and oversized results."""
    with guarded_gzip(io.BytesIO(data), where=where) as handle:
        return _read_limited(handle, where=where, max_bytes=max_bytes)


def file_size(path: str) -> int:
    """Size in bytes of a regular file, as an ``InputError`` naming the path otherwise."""
    return regular_file_size(path)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` names, or None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes, *, nul_ok: bool = False) -> bool:
    """True for data that is not text: NUL bytes or many control characters at its start.

    UTF-16 and UTF-32 text is full of NUL bytes; with a byte-order mark it is text. With
    ``nul_ok`` (files of records, where one bad record is skipped) a few NULs are allowed.
    """
    head = data[:_SNIFF]
    if bom_encoding(head):
        return False
    if b"\x00" in head and not nul_ok:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return control > len(head) * 0.05


def decode(data: bytes, path: str, *, nul_ok: bool = False) -> tuple[str, str]:
    """Decode bytes by their BOM, as UTF-8, else as charset-normalizer detects; (text, encoding)."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding), encoding.removesuffix("-sig")
        except UnicodeDecodeError as e:
            raise InputError(path, f"undecodable bytes: not valid {encoding} ({e.reason})") from e
    if looks_binary(data, nul_ok=nul_ok):
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, "undecodable bytes: not UTF-8 and no other encoding fits")
    return str(best), best.encoding


def split_lines(text: str) -> list[str]:
    """Lines split on ``\\n``, ``\\r\\n`` and a bare ``\\r`` only (never on U+2028 and its kin)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


class _OverBudget(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` in a library hides it."""


@contextmanager
def time_budget(seconds: float, *, where: str, doing: str = "to parse") -> Iterator[None]:
    """Interrupt the work in the block after ``seconds`` of this process's CPU time with an
    ``InputError`` naming ``where``."""
    armable = (seconds > 0 and hasattr(signal, "setitimer")
               and threading.current_thread() is threading.main_thread()
               and signal.getitimer(signal.ITIMER_PROF)[0] == 0)
    if not armable:
        yield
        return

    def on_alarm(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    except _OverBudget:
        raise InputError(where, f"took over {seconds:g} s {doing}; skipped "
                                f"(see {setting('parse_timeout')})") from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


#: Markup over these counts is refused before parsing: HTML parsers slow down sharply past them
#: (libxml2 checks attribute names pairwise; extraction walks every element).
MAX_TAGS = 100_000
MAX_ATTRIBUTES = 2_000
_TAG = re.compile(r"<[A-Za-z!?]")  # opening tags, comments, declarations: not closing tags
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{8192,}")
_ATTRIBUTE = re.compile(r"\s+[^\s=<>\"']+")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def check_markup(html: str, *, where: str) -> None:
    """Refuse HTML with more tags than ``MAX_TAGS`` or a tag with over ``MAX_ATTRIBUTES``."""
    tags = sum(1 for _ in _TAG.finditer(html))
    if tags > MAX_TAGS:
        raise InputError(where, f"pathological HTML: {tags:,} tags (limit {MAX_TAGS:,}); refused")
    for match in _LONG_TAG.finditer(html):
        names = _QUOTED.sub("", match.group())  # a quoted value may hold many words
        if sum(1 for _ in _ATTRIBUTE.finditer(names)) > MAX_ATTRIBUTES:
            raise InputError(where, f"pathological HTML: a tag with over {MAX_ATTRIBUTES:,} "
                                    "attributes; refused")


_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def refuse_entities(data: bytes, *, where: str) -> None:
    """Refuse XML that declares entities (billion laughs, external entities) before parsing.

    Feeds and sitemaps declare none; parsers that expand internal entities (expat, under
    feedparser) take seconds to stop an exponential expansion.
    """
    if _ENTITY_DECLARATION.search(data[:1 << 16]):
        raise InputError(where, "XML entity declarations (billion laughs or external entities); "
                                "refused")
