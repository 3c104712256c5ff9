"""Scoring article metadata (title, authors, date) against the gold sets in shared/data/metadata.

The rules follow the sets' FORMAT.md: a field is scored only on pages with a gold value; titles
and names are compared after one normalisation (entities, NFKC, casefold, one quote mark, one
dash, no space before punctuation); authors are right when the two name sets are equal; dates
when the first ``YYYY-MM-DD`` of the prediction is the gold day. Pages are split into a
development and a held-out half by a hash of their URL, so tuning can stay off the held-out half.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

_QUOTES = re.compile(r"[\"'`´‘’‚‛“”„‟«»‹›]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_SPACE_BEFORE = re.compile(r"\s+([:;,.!?])")
_AUTHOR_SPLIT = re.compile(r"[,;&]| and | und ", re.IGNORECASE)
_LEAD = re.compile(r"^(by|von)\s+", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SITE_PART = re.compile(r"\s+[|\-:·]\s+[^|\-:·]*$")


@dataclass(slots=True)
class Page:
    """One gold page: its URL key, HTML and the gold values it has."""

    url: str
    html: str
    title: str | None = None
    author: str | None = None
    date: str | None = None

    @property
    def split(self) -> str:
        """``dev`` or ``test``, stable for a URL (even/odd of its SHA-1)."""
        return "dev" if hashlib.sha1(self.url.encode("utf-8")).digest()[0] % 2 == 0 else "test"

    @property
    def page_url(self) -> str | None:
        """The real URL of the page, or None for upstream test names (``hard::...``)."""
        return self.url.strip() if self.url.startswith("http") else None


@dataclass(slots=True)
class Tally:
    """Right answers and the number of gold values, per field."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, ok: bool) -> None:
        self.right[name] = self.right.get(name, 0) + ok
        self.total[name] = self.total.get(name, 0) + 1

    def rate(self, name: str) -> float:
        return self.right.get(name, 0) / self.total[name] if self.total.get(name) else 0.0


def read_pages(folder: Path) -> dict[str, list[Page]]:
    """Both gold files by stem; htmldate lines pointing at a trafilatura page get its HTML."""
    trafilatura = list(_records(folder / "trafilatura-evaldata.jsonl.gz"))
    by_url = {record["url"]: record["html"] for record in trafilatura}
    sets = {"trafilatura-evaldata": [_page(record) for record in trafilatura]}
    htmldate = []
    for record in _records(folder / "htmldate-eval.jsonl.gz"):
        if record.get("html") is None:
            record["html"] = by_url[record["html_ref"]]
        htmldate.append(_page(record))
    sets["htmldate-eval"] = htmldate
    return sets


def _records(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def _page(record: dict) -> Page:
    return Page(
        record["url"],
        record["html"],
        record.get("title"),
        record.get("author"),
        record.get("date"),
    )


def normalise(text: str) -> str:
    """The one normalisation of titles and names used on both sides."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).casefold()
    text = _DASHES.sub("-", _QUOTES.sub("'", text)).replace("…", "...")
    return " ".join(_SPACE_BEFORE.sub(r"\1", text).split())


def title_right(predicted: str | None, gold: str, *, loose: bool = False) -> bool:
    """Equal after normalising; ``loose`` also accepts up to three trailing site parts cut."""
    if not predicted:
        return False
    wanted, candidate = normalise(gold), normalise(predicted)
    if candidate == wanted:
        return True
    for _ in range(3 if loose else 0):
        candidate = _SITE_PART.sub("", candidate)
        if candidate == wanted:
            return True
    return False


def author_names(value: str | list[str] | None) -> set[str]:
    """A set of normalised names from one string or a list of names."""
    values = value if isinstance(value, list) else [value or ""]
    names = set()
    for item in values:
        for part in _AUTHOR_SPLIT.split(item):
            name = normalise(_LEAD.sub("", part.strip()))
            if name:
                names.add(name)
    return names


def authors_right(predicted: str | list[str] | None, gold: str, *, overlap: bool = False) -> bool:
    found, wanted = author_names(predicted), author_names(gold)
    return bool(found & wanted) if overlap else found == wanted


def date_right(predicted: str | None, gold: str) -> bool:
    match = _DAY.search(predicted or "")
    return bool(match) and match.group() == gold


def trafilatura_document(page: Page, *, include_comments: bool = True) -> dict:
    """trafilatura's own extraction of ``page`` with its metadata, as a dict (empty when it
    fails or finds nothing): the reference the metadata benchmarks score beside ours, and the
    fallback ``article_from_html`` hands the metadata reader."""
    try:
        document = trafilatura.bare_extraction(
            page.html,
            url=page.page_url,
            with_metadata=True,
            include_comments=include_comments,
            include_tables=True,
        )
    except (ValueError, TypeError, AttributeError):
        return {}
    return document.as_dict() if document is not None else {}
