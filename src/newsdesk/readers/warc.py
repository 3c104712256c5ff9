"""Web archives: WARC (``.warc``, ``.warc.gz``) and the legacy ARC format (``.arc``, ``.arc.gz``).

Every ``response`` record holding an HTML page fetched with status 200 becomes one article,
extracted by trafilatura (``readers.html.article_from_html``) with the record's
``WARC-Target-URI`` as its URL. Other records (requests, metadata, images, redirects, 404s)
are skipped. A page that yields no article is reported with the file and record id; the rest
of the archive is read. An archive cut short or not an archive at all is an ``InputError``.

WARC is read with FastWARC, which streams Common Crawl sized files quickly. FastWARC does not
read ARC, so ARC goes through warcio, which converts ARC records to WARC ones as it reads.
Neither library raises on a file cut short (it just stops), so each record's payload is read
whole and compared with the length its header declares.

Bounds: a record larger than ``--max-record-size`` is skipped; HTTP content encodings are
undone in chunks up to that size (a gzip bomb in a payload is refused, not inflated); an ARC
file is decompressed by ``base.guarded_gzip`` and must start with an ARC header, so a stream
of zeros is refused at once; each page gets the parse time budget.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader
from fastwarc.warc import ArchiveIterator, WarcRecordType
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.article import Article
from newsdesk.errors import InputError, setting
from newsdesk.fetch import is_url
from newsdesk.readers.base import (
    ReadContext,
    decode,
    guarded_gzip,
    input_bytes,
    open_regular,
    source_of,
    time_budget,
)
from newsdesk.readers.html import article_from_html

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16


@dataclass(slots=True, frozen=True)
class Capture:
    """One HTTP response taken from an archive, payload still as transferred."""

    record_id: str
    url: str
    status: int | None
    content_type: str
    charset: str | None
    date: str | None
    payload: bytes
    encodings: tuple[str, ...] = ()


def read_warc(path: str, context: ReadContext) -> Iterator[Article]:
    yield from _articles(path, _warc_captures(path, context), context)


def read_arc(path: str, context: ReadContext) -> Iterator[Article]:
    yield from _articles(path, _arc_captures(path, context), context)


def _articles(path: str, captures: Iterator[Capture], context: ReadContext) -> Iterator[Article]:
    source = source_of(path)
    for capture in captures:
        if capture.status != 200 or capture.content_type not in HTML_TYPES:
            continue
        try:
            with time_budget(context.parse_seconds, where=f"{path} record {capture.record_id}"):
                article = _article_from_capture(capture, path=path, source=source,
                                                max_bytes=context.max_record_bytes)
            yield article
        except InputError as e:
            context.problems.append(InputError(f"{path} record {capture.record_id}", f"{capture.url}: {e.reason}"))


def _article_from_capture(capture: Capture, *, path: str, source: str, max_bytes: int) -> Article:
    where = f"{path} record {capture.record_id}"
    payload = decode_payload(capture.payload, capture.encodings, where=where, max_bytes=max_bytes)
    html = _html_text(payload, capture.charset, where)
    article = article_from_html(html, path=path, source=source, url=capture.url, locator=capture.record_id)
    article.format = "warc"
    if capture.date:
        article.metadata["crawled"] = capture.date
    return article


def _html_text(payload: bytes, charset: str | None, where: str) -> str:
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: declared charset %s does not fit; detecting", where, charset)
    return decode(payload, where)[0]


def decode_payload(payload: bytes, encodings: tuple[str, ...], *, where: str,
                   max_bytes: int = 10 * 1024 * 1024) -> bytes:
    """Undo HTTP transfer and content encodings (chunked, gzip, deflate, br), in order,
    refusing a result larger than ``max_bytes``."""
    readers = {"chunked": ChunkedReader, "gzip": GzipReader, "x-gzip": GzipReader, "br": BrotliReader}
    for encoding in encodings:
        if encoding in ("identity", ""):
            continue
        if encoding != "deflate" and encoding not in readers:
            raise InputError(where, f"unsupported HTTP encoding '{encoding}'")
        try:
            if encoding == "deflate":
                reader = GzipReader(io.BytesIO(payload), zlib=True)
            else:
                reader = readers[encoding](io.BytesIO(payload))
            payload = _read_budget(reader, where=where, max_bytes=max_bytes)
        except OSError as e:
            raise InputError(where, f"cannot undo HTTP encoding '{encoding}' ({e})") from e
    return payload


def _read_budget(reader, *, where: str, max_bytes: int) -> bytes:
    chunks, size = [], 0
    while chunk := reader.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(where, f"decoded payload over {max_bytes:,} bytes (a compression "
                                    f"bomb?); see {setting('max_record_size')}")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int) -> str:
    return f"record too large ({size:,} bytes; see {setting('max_record_size')}); skipped"


def _encodings(transfer: str | None, content: str | None) -> tuple[str, ...]:
    values = [*(transfer or "").split(","), *(content or "").split(",")]
    return tuple(value.strip().lower() for value in values if value.strip())


# -- WARC with FastWARC -------------------------------------------------------------------


def _warc_captures(path: str, context: ReadContext) -> Iterator[Capture]:
    if is_url(path):
        yield from _warc_stream_captures(io.BytesIO(input_bytes(path, context)), path, context)
        return
    try:
        with open_regular(path) as handle:  # a stream, so gzip is detected by content, not by name
            yield from _warc_stream_captures(handle, path, context)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e


def _warc_stream_captures(stream, path: str, context: ReadContext) -> Iterator[Capture]:
    records, last_position = 0, 0
    try:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True,
                                      auto_decode="none"):
            records, last_position = records + 1, record.stream_pos
            capture = _warc_capture(record, path=path, context=context)
            if capture is not None:
                yield capture
    except OSError as e:
        raise InputError(path, f"corrupt WARC after {records} records ({e})") from e
    if records == 0:
        raise InputError(path, "no WARC records (empty, truncated or not a WARC file)")
    _check_gzip_tail(stream, last_position, path)


def _check_gzip_tail(stream, position: int, path: str) -> None:
    """Refuse a record-per-member gzip WARC whose last member is cut short.

    FastWARC stops quietly at a gzip member that ends early, so the bytes from the last record
    it read to the end of the file must be whole gzip members.
    """
    stream.seek(position)
    tail = stream.read()
    if not tail.startswith(b"\x1f\x8b"):
        return
    while tail.startswith(b"\x1f\x8b"):
        inflater = zlib.decompressobj(wbits=31)
        try:
            inflater.decompress(tail, 1 << 20)
            while not inflater.eof and inflater.unconsumed_tail:
                inflater.decompress(inflater.unconsumed_tail, 1 << 20)
        except zlib.error as e:
            raise InputError(path, f"corrupt gzip after the last WARC record ({e})") from e
        if not inflater.eof:
            raise InputError(path, "truncated WARC: the gzip data ends inside a record")
        tail = inflater.unused_data
    if tail.strip(b"\x00\r\n"):
        raise InputError(path, f"corrupt WARC: {len(tail):,} unreadable bytes at the end")


def _warc_capture(record, *, path: str, context: ReadContext) -> Capture | None:
    """The capture in a response record, or None for other records; checks the record is whole."""
    # WARC-Record-ID is mandatory, but a record without one must not share its locator (and
    # so its article) with the next one: its offset in the file names it instead
    record_id = (record.record_id or "").strip("<>") or f"offset:{record.stream_pos}"
    if record.headers.get("Content-Length") is None:  # mandatory; missing when the header was cut
        raise InputError(path, f"truncated WARC: record {record_id or '?'} has an incomplete header")
    if record.content_length > context.max_record_bytes:
        context.problems.append(InputError(f"{path} record {record_id}", _too_large(record.content_length)))
        return None
    payload = record.reader.read()
    if len(payload) < record.content_length:
        raise InputError(path, f"truncated WARC: record {record_id} has {len(payload):,} of "
                               f"{record.content_length:,} bytes")
    if record.record_type != WarcRecordType.response or not record.is_http:
        return None
    http = record.http_headers
    return Capture(
        record_id=record_id,
        url=(record.headers.get("WARC-Target-URI") or "").strip("<>"),
        status=http.status_code,
        content_type=(record.http_content_type or "").lower(),
        charset=record.http_charset,
        date=record.headers.get("WARC-Date"),
        payload=payload,
        encodings=_encodings(http.get("Transfer-Encoding"), http.get("Content-Encoding")),
    )


# -- ARC with warcio ----------------------------------------------------------------------


def _arc_captures(path: str, context: ReadContext) -> Iterator[Capture]:
    if is_url(path):
        yield from _arc_stream_captures(io.BytesIO(input_bytes(path, context)), path, context)
        return
    try:
        with open_regular(path) as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            handle = guarded_gzip(raw, where=path) if gzipped else raw
            _check_arc_header(handle, path)
            yield from _arc_stream_captures(handle, path, context)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e


def _check_arc_header(handle, path: str) -> None:
    """An ARC file starts with its ``filedesc://`` record; anything else is refused unread."""
    if not handle.peek(64)[:64].lstrip(b" \t\r\n").startswith(b"filedesc://"):
        raise InputError(path, "corrupt ARC after 0 records (no filedesc:// header at the start)")


def _arc_stream_captures(stream, path: str, context: ReadContext) -> Iterator[Capture]:
    iterator = WarcioIterator(stream, arc2warc=True)
    records = 0
    try:
        for record in iterator:
            records += 1
            if record.length and record.length > context.max_record_bytes:
                where = f"{path} record offset:{iterator.get_record_offset()}"
                context.problems.append(InputError(where, _too_large(record.length)))
                continue
            payload = record.raw_stream.read()  # before asking the offset: warcio skips unread bytes then
            capture = _arc_capture(record, payload, path=path, offset=iterator.get_record_offset())
            if capture is not None:
                yield capture
    except ArchiveLoadFailed as e:
        raise InputError(path, f"corrupt ARC after {records} records ({e.msg})") from e
    if records == 0:
        raise InputError(path, "no ARC records (empty, truncated or not an ARC file)")


def _arc_capture(record, payload: bytes, *, path: str, offset: int) -> Capture | None:
    """ARC records have no id, so the record's byte offset names it (stable across runs)."""
    record_id = f"offset:{offset}"
    if record.raw_stream.limit > 0:
        raise InputError(path, f"truncated ARC: record at {record_id} is {record.raw_stream.limit:,} bytes short")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    http = record.http_headers
    content_type, _, params = (http.get_header("Content-Type") or "").partition(";")
    charset = params.partition("charset=")[2].strip(" \"'") or None
    return Capture(
        record_id=record_id,
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        status=int(http.get_statuscode() or 0) or None,
        content_type=content_type.strip().lower(),
        charset=charset,
        date=record.rec_headers.get_header("WARC-Date"),
        payload=payload,
        encodings=_encodings(http.get_header("Transfer-Encoding"), http.get_header("Content-Encoding")),
    )
