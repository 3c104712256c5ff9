"""JSONL, JSON arrays and CSV/TSV files of articles, with common field names auto-detected.

Field names are matched case-insensitively against ``FIELD_ALIASES``; the user overrides any
of them with ``--field text=body_html`` (``ReadContext.fields``). A bad record (invalid JSON,
no text) is reported with its line number and skipped; the rest of the file is read.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsdesk.article import Article
from newsdesk.dates import normalize_date
from newsdesk.errors import InputError
from newsdesk.readers.base import (
    ReadContext,
    decode,
    file_size,
    input_bytes,
    is_url,
    looks_binary,
    source_of,
    strip_gz,
)
from newsdesk.readers.html import split_authors

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
        text, _ = decode(input_bytes(path, context), path)
        if suffix in ("csv", "tsv"):
            records = _csv_records(text, delimiter="\t" if suffix == "tsv" else ",")
        elif text.lstrip().startswith("["):
            records = _json_array_records(text, path)
        else:
            records = _jsonl_lines(text.splitlines(), path, context)
    source = source_of(path)
    found = False
    for line_number, record in records:
        article = _article_from_record(record, path=path, source=source, line_number=line_number, context=context)
        if article is not None:
            found = True
            yield article
    if not found and not context.problems:
        raise InputError(path, "no records with article text")


def _jsonl_records(path: str, context: ReadContext) -> Iterator[tuple[int, dict]]:
    """Stream a JSONL file line by line (JSON is UTF-8), so its size is bounded only per record."""
    if file_size(path) == 0:
        raise InputError(path, "empty file")
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            head = handle.read(4096)
            if looks_binary(head):
                raise InputError(path, "binary file, not JSON lines")
            handle.seek(0)
            yield from _jsonl_lines(handle, path, context)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise InputError(path, f"truncated or corrupt gzip ({e})") from e


def _jsonl_lines(lines: Iterable[str | bytes], path: str, context: ReadContext) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(line) > context.max_bytes:
            context.problems.append(InputError(f"{path}:{number}", "record too large (see --max-bytes)"))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            context.problems.append(InputError(f"{path}:{number}", f"invalid JSON ({e.msg})"))
            continue
        except UnicodeDecodeError:
            context.problems.append(InputError(f"{path}:{number}", "undecodable bytes (JSON must be UTF-8)"))
            continue
        if not isinstance(record, dict):
            context.problems.append(InputError(f"{path}:{number}", "JSON line is not an object"))
            continue
        yield number, record


def _json_array_records(text: str, path: str) -> Iterator[tuple[int, dict]]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"invalid JSON ({e.msg} at line {e.lineno})") from e
    for number, record in enumerate(records, start=1):
        if isinstance(record, dict):
            yield number, record


def _csv_records(text: str, *, delimiter: str) -> Iterator[tuple[int, dict]]:
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    yield from enumerate(reader, start=2)


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


def _article_from_record(
    record: dict, *, path: str, source: str, line_number: int, context: ReadContext
) -> Article | None:
    fields = resolve_fields(list(record), context.fields)
    body = _as_text(record.get(fields.get("text", "")))
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
