"""JSONL, JSON arrays and CSV/TSV files of articles, with common field names auto-detected.

Field names are matched case-insensitively against ``FIELD_ALIASES``; the user overrides any
of them with ``--field text=body_html`` (``ReadContext.fields``). A bad record (invalid JSON,
nesting too deep, a number too long to convert, a lone surrogate, a NUL byte, a ragged CSV row,
a record over ``--max-record-size``, no text, an id or URL that an earlier record of the file
has with other text) is reported as ``file:line: reason`` and skipped; the rest of the file
is read. Lines end at ``\n``, ``\r\n`` or a bare ``\r``
only, never at U+2028 and the other separators ``str.splitlines`` knows.

A record that a newsdesk export wrote (docs/export.md) names the article it was exported from:
its ``origin`` and ``locator`` make its ``id`` by the identity rule of ``Article.id``. Such a
record is read back as that article, with its clean text and removed lines as exported, so an
export ingested again (into its own store or a fresh one) is the same articles, not copies.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsdesk.article import Article, Removed
from newsdesk.dates import normalize_date
from newsdesk.errors import InputError, setting
from newsdesk.readers.base import (
    FirstRecords,
    ReadContext,
    bom_encoding,
    decode,
    file_size,
    input_bytes,
    is_url,
    looks_binary,
    open_input,
    source_of,
    split_lines,
    strip_gz,
)
from newsdesk.readers.html import split_authors

_EOL = re.compile(rb"\r\n|\r|\n")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "content_original", "articlebody", "article", "maintext"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "date_publish", "datetime"),
    "authors": ("authors", "author", "byline", "creator"),
    "outlet": ("source", "outlet", "publisher", "site_name", "sitename", "source_domain"),
    "url": ("url", "link", "canonical_url"),
    "id": ("id", "guid", "uuid", "doc_id"),
}


def read_tabular(path: str, context: ReadContext) -> Iterator[Article]:
    suffix = strip_gz(path).lower().rsplit(".", 1)[-1]
    if suffix in ("jsonl", "ndjson") and not is_url(path):
        records = _jsonl_records(path, context)
    else:
        text, _ = decode(input_bytes(path, context), path, nul_ok=True)
        if suffix in ("csv", "tsv"):
            records = _csv_records(text, path, context, delimiter="\t" if suffix == "tsv" else ",")
        elif text.lstrip().startswith("["):
            records = _json_array_records(text, path)
        else:
            records = _jsonl_lines(split_lines(text), path, context)
    source = source_of(path)
    found, firsts = False, FirstRecords()
    for line_number, record in records:
        article = _article_from_record(record, path=path, source=source, line_number=line_number, context=context)
        if article is not None:
            article = _as_exported(article, record)
        if article is not None and not _repeats(article, line_number, firsts, context=context):
            found = True
            yield article
    if not found and not context.problems:
        raise InputError(path, "no records with article text")


def _jsonl_records(path: str, context: ReadContext) -> Iterator[tuple[int, dict]]:
    """Stream a JSONL file line by line, so memory is bounded by ``--max-record-size``."""
    if file_size(path) == 0:
        raise InputError(path, "empty file")
    with open_input(path) as handle:
        if bom_encoding(handle.peek(4)[:4]) not in (None, "utf-8-sig"):  # UTF-16/32: not streamable
            text, _ = decode(handle.read(context.max_bytes + 1), path)
            yield from _jsonl_lines(split_lines(text), path, context)
            return
        if looks_binary(handle.peek(4096)[:4096], nul_ok=True):
            raise InputError(path, "binary file, not JSON lines")
        yield from _jsonl_lines(bounded_lines(handle, context.max_record_bytes), path, context)


def bounded_lines(handle, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream ending at ``\n``, ``\r\n`` or a bare ``\r``; a line over
    ``limit`` bytes is read past (never held whole) and given as None."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            if b"\r" in line:  # bare CR line endings: readline cannot find them
                yield from _chunked_lines(handle, limit, first=line)
                return
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        body = line.rstrip(b"\n").removesuffix(b"\r")
        yield from body.split(b"\r") if b"\r" in body else (body,)


def _chunked_lines(handle, limit: int, *, first: bytes) -> Iterator[bytes | None]:
    """``bounded_lines`` for streams whose lines end at a bare ``\r``, read in chunks."""
    pieces: list[bytes] = []
    size, over, chunk = 0, False, first
    while chunk:
        if chunk.endswith(b"\r"):  # keep a CR LF pair in one chunk
            chunk += handle.read(1)
        *complete, rest = _EOL.split(chunk)
        for part in complete:
            over = over or size + len(part) > limit
            yield None if over else b"".join([*pieces, part])
            pieces, size, over = [], 0, False
        size += len(rest)
        over = over or size > limit
        pieces = [] if over else [*pieces, rest]
        chunk = handle.read(1 << 16)
    if over or size:
        yield None if over else b"".join(pieces)


def _jsonl_lines(lines: Iterable[str | bytes | None], path: str,
                 context: ReadContext) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(lines, start=1):
        if line is not None and not line.strip():
            continue
        try:
            record = _json_record(line, limit=context.max_record_bytes)
        except ValueError as e:
            context.problems.append(InputError(f"{path}:{number}", str(e)))
            continue
        yield number, record


def _json_record(line: str | bytes | None, *, limit: int) -> dict:
    """One JSON object from one line; ``ValueError`` with a short reason for a bad record."""
    if line is None or len(line) > limit:
        raise ValueError(f"record too large (over {limit:,} bytes; "
                         f"see {setting('max_record_size')})")
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValueError("undecodable bytes (JSON must be UTF-8)") from None
    if "\x00" in line:
        raise ValueError("NUL byte in the record")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:  # its msg alone ends in mid-sentence: "... starting at"
        raise ValueError(f"invalid JSON ({e.msg}{'' if e.msg.endswith(' at') else ' at'} column {e.colno})") from None
    except RecursionError:
        raise ValueError("invalid JSON (nested too deeply)") from None
    except ValueError as e:  # int digits over sys.get_int_max_str_digits
        raise ValueError(f"invalid JSON ({str(e).split(';')[0]})") from None
    if not isinstance(record, dict):
        raise ValueError("JSON line is not an object")
    if _SURROGATE_ESCAPE.search(line):  # only a \\uD800-\\uDFFF escape can make a lone surrogate
        _check_strings(record)
    return record


def _check_strings(record: dict) -> None:
    """Refuse lone surrogates (``\\ud800`` in JSON): no store or output can encode them."""
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("lone surrogate in a string (not valid Unicode)") from None
    except (RecursionError, ValueError):
        raise ValueError("record cannot be stored (nested too deeply)") from None


def _json_array_records(text: str, path: str) -> Iterator[tuple[int, dict]]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"invalid JSON ({e.msg} at line {e.lineno})") from e
    except (RecursionError, ValueError) as e:
        raise InputError(path, f"invalid JSON ({type(e).__name__})") from None
    for number, record in enumerate(records, start=1):
        if isinstance(record, dict):
            yield number, record


def _csv_records(text: str, path: str, context: ReadContext, *,
                 delimiter: str) -> Iterator[tuple[int, dict]]:
    """CSV rows; a row with more or fewer cells than the header, or a NUL byte, is skipped."""
    csv.field_size_limit(context.max_record_bytes)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            context.problems.append(InputError(f"{path}:{reader.line_num}", f"bad CSV row ({e})"))
            continue
        if header is None:
            header = row
        elif row and len(row) != len(header):
            where = f"{path}:{reader.line_num}"
            context.problems.append(InputError(where, f"ragged CSV row ({len(row)} cells, "
                                                      f"header has {len(header)})"))
        elif any("\x00" in cell for cell in row):
            context.problems.append(InputError(f"{path}:{reader.line_num}", "NUL byte in the row"))
        elif row:
            yield reader.line_num, dict(zip(header, row, strict=True))


def resolve_fields(keys: list[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """Map our field names to the record's keys: overrides first, then the first alias present."""
    lowered = {key.lower(): key for key in keys}
    resolved: dict[str, str] = {}
    for name, aliases in FIELD_ALIASES.items():
        if name in overrides:
            resolved[name] = overrides[name]
            continue
        for alias in aliases:
            if alias in lowered:
                resolved[name] = lowered[alias]
                break
    return resolved


def _repeats(article: Article, line_number: int, firsts: FirstRecords, *,
             context: ReadContext) -> bool:
    """True, and reported, when an earlier record of the file had this record's id (or URL)
    with other text: one id is one article, so the store would keep the first and count this
    one unchanged without a word. A repeat with the same text is left to the store."""
    earlier = firsts.earlier(article.source_key, line_number, article.raw_text)
    if earlier is None or earlier[1]:
        return False
    first_line = earlier[0]
    reason = f"id {article.locator!r} of line {first_line} again, with other text"
    context.problems.append(
        InputError(f"{article.path}:{line_number}", f"{reason}; line {first_line} kept"))
    return True


def _article_from_record(
    record: dict, *, path: str, source: str, line_number: int, context: ReadContext
) -> Article | None:
    fields = resolve_fields(list(record), context.fields)
    value = record.get(fields.get("text", ""))
    if not _is_text(value):
        reason = f"the text field holds {type(value).__name__}, not a string"
        context.problems.append(InputError(f"{path}:{line_number}", reason))
        return None
    body = _as_text(value)
    if not body.strip():
        context.problems.append(InputError(f"{path}:{line_number}", "record has no article text"))
        return None
    published, precision = normalize_date(_as_text(record.get(fields.get("date", ""))) or None)
    record_id = _as_text(record.get(fields.get("id", "")))
    url = _as_text(record.get(fields.get("url", ""))) or None
    used = set(fields.values())
    return Article(
        path=path,
        source=source,
        locator=record_id or url or f"line:{line_number}",
        raw_text=body,
        format="record",
        title=_as_text(record.get(fields.get("title", ""))) or None,
        authors=_as_authors(record.get(fields.get("authors", ""))),
        outlet=_as_outlet(record.get(fields.get("outlet", ""))),
        published=published,
        published_precision=precision,
        url=url,
        metadata={key: value for key, value in record.items() if key not in used and _is_scalar(value)},
    )


#: ``Article.metadata`` key of an article read back from a newsdesk export: the export's path.
EXPORTED = "read_from_export"


def exported_identity(record: Mapping[str, Any]) -> tuple[str, str] | None:
    """``(origin, locator)`` of a record a newsdesk export wrote, when they make its ``id``."""
    origin, locator, record_id = record.get("origin"), record.get("locator") or "", record.get("id")
    if not (isinstance(origin, str) and origin and isinstance(locator, str)
            and isinstance(record_id, str)):
        return None
    exported = Article(path=origin, raw_text="", source=origin, locator=locator)
    return (origin, locator) if exported.id == record_id else None


def _as_exported(article: Article, record: Mapping[str, Any]) -> Article:
    """The article an export's record was exported from: its identity, its clean text (so
    cleaning leaves it), its removed lines and language; else the article as read."""
    identity = exported_identity(record)
    if identity is None:
        return article
    article.source, article.locator = identity
    article.text = article.raw_text
    article.removed = _as_removed(record.get("removed"))
    language = record.get("language")
    article.language = language if isinstance(language, str) and language else None
    article.metadata = {EXPORTED: article.path}
    return article


def _as_removed(value: Any) -> list[Removed]:
    """The export's ``removed`` field: a list of ``{text, reason}``, or its JSON text (CSV)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if not isinstance(value, list):
        return []
    return [Removed(str(item.get("text", "")), str(item.get("reason", ""))) for item in value
            if isinstance(item, dict)]


def _is_text(value: Any) -> bool:
    """A string, a list of strings (paragraphs), or missing (reported as no text)."""
    if isinstance(value, list):
        return all(isinstance(item, str) for item in value)
    return value is None or isinstance(value, str)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_as_text(item) for item in value)
    return str(value)


def _as_authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [_as_outlet(item) or "" for item in value if _as_outlet(item)]
    return split_authors(_as_text(value))


def _as_outlet(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    text = _as_text(value).strip()
    return text or None


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) and value != ""
