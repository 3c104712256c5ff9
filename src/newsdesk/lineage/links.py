"""Copy links: the ``Link`` record, the kinds that make an article a copy, and reading the
stored links as one article sees them (the export's ``duplicates`` field, the shared text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdesk.article import Article
from newsdesk.store import Store

#: Kinds that make an article a copy of another (a reused passage does not).
COPY_KINDS = frozenset({"exact", "near", "rewrite"})


@dataclass(slots=True)
class Link:
    """``article`` is a copy of (or shares passages with) ``of``; ``of`` is the earlier one.

    Each span pairs a location in ``article`` (``this``) with one in ``of``: a location is
    ``{"field": "text", "line": None, "start", "end"}`` (offsets into ``text``) or
    ``{"field": "removed", "line": i, "start", "end"}`` (offsets into ``removed[i].text``).
    Spans of ``near`` and ``passage`` links also carry ``words``, the matching words in them.
    """

    article: str
    of: str
    kind: str
    score: float
    spans: list[dict[str, Any]] = field(default_factory=list)


def links_of(store: Store, article_id: str | None = None) -> list[dict[str, Any]]:
    """Stored links (all, or those touching one article), ``article`` being the copy of ``of``."""
    return store.lineage_links(article_id=article_id)


def as_seen_from(link: dict[str, Any], article_id: str) -> dict[str, Any]:
    """A link as one article's export record sees it: ``of`` is the other article and ``role``
    says whether this article is the ``copy`` (the later one) or the ``source``."""
    is_copy = link["article"] == article_id
    spans = [
        {"this": span["this"] if is_copy else span["of"], "of": span["of"] if is_copy else span["this"]}
        for span in link["spans"]
    ]
    return {
        "of": link["of"] if is_copy else link["article"],
        "kind": link["kind"],
        "score": link["score"],
        "role": "copy" if is_copy else "source",
        "spans": spans,
    }


def duplicates_by_article(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The ``duplicates`` export field: every processed article's links, seen from it."""
    records: dict[str, list[dict[str, Any]]] = {i: [] for i in store.lineage_processed_ids()}
    for link in store.lineage_links():
        for side in (link["article"], link["of"]):
            records.setdefault(side, []).append(as_seen_from(link, side))
    return records


def span_text(article: Article, location: dict[str, Any]) -> str:
    """The text a span location points at (``text`` or one ``removed`` line)."""
    source = article.removed[location["line"]].text if location["field"] == "removed" else article.text
    return source[location["start"] : location["end"]]
