"""The one record type that flows through every pipeline step."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, frozen=True)
class Removed:
    """A line taken out of an article's text by cleaning, kept so the cleaning can be audited."""

    text: str
    reason: str


@dataclass(slots=True)
class Article:
    """One news article: where it came from, its clean text and its metadata.

    ``path`` is the input as the user gave it and ``locator`` names the record inside it
    (a JSONL line, a WARC record, a feed item); together they identify the article's source.
    ``source`` is the resolved location (absolute path or URL) used for identity, so that
    ``examples/a.txt`` and ``./examples/a.txt`` are the same article.
    ``raw_text`` is the text as read, before cleaning; ``text`` is the clean body.
    ``annotations`` holds what analysis found, one list of JSON-able records per layer
    (``"mentions"``, ``"figures"``, ...); every record carries ``start``/``end`` offsets into
    ``text`` so each claim can be traced to its source span.
    """

    path: str
    raw_text: str
    locator: str = ""
    source: str = ""
    format: str = "text"
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    published_precision: str | None = None
    url: str | None = None
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    annotations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def source_key(self) -> str:
        origin = self.source or self.path
        return f"{origin}#{self.locator}" if self.locator else origin

    @property
    def id(self) -> str:
        """Stable id of the article's source: the same file and record always get the same id."""
        return hashlib.sha1(self.source_key.encode("utf-8")).hexdigest()[:16]

    @property
    def content_hash(self) -> str:
        """Hash of what was read plus the metadata given with it; a change makes a new version."""
        digest = hashlib.sha256(self.raw_text.encode("utf-8"))
        for value in (self.title, self.url, self.published, self.outlet, *self.authors):
            digest.update(b"\x1f" + (value or "").encode("utf-8"))
        return digest.hexdigest()
