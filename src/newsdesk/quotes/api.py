"""Quote helpers for the CLI and the export: quotes linked across outlets, the export field.

Listing quotes and sources is a service operation (``newsdesk.service.list_quotes``).
"""

from __future__ import annotations

from typing import Any

from newsdesk.store import DEFAULT_DB, Store, open_store


def linked_quotes(*, db: str = DEFAULT_DB, speaker: str | None = None,
                  outlet: str | None = None) -> list[dict[str, Any]]:
    """Members of each group of the same quote in several articles, with their flags."""
    with open_store(db, read_only=True) as store:
        rows = store.quote_groups()
    rows = [row for row in rows if _contains(row["speaker"], speaker) and _contains(row["outlet"], outlet)]
    for row in rows:
        row["group"] = row["group_id"]
        row["flags"] = ", ".join(flag for flag in ("altered", "speaker_conflict") if row[flag])
    return rows


def quotes_field(store: Store) -> dict[str, Any]:
    """The export's ``quotes`` field: the stored layer, with ``entity`` set to the corpus
    entity (``newsdesk entities``) whose mention is the speaker's name, when there is one."""
    layer = store.layer("quotes")
    entities = store.article_entities()
    for article_id, quotes in layer.items():
        spans = [(m["start"], m["end"], e["entity"]) for e in entities.get(article_id, []) for m in e["mentions"]]
        for quote in quotes:
            quote["entity"] = _entity_at(quote.get("speaker_span"), spans) or quote.get("entity")
    return layer


def _entity_at(span: dict[str, int] | list[int] | None,
               spans: list[tuple[int, int, str]]) -> str | None:
    if not span:
        return None
    if isinstance(span, list):  # [start, end], as Russian quote layers were first stored
        span = {"start": span[0], "end": span[1]}
    return next((entity for start, end, entity in spans if start < span["end"] and span["start"] < end), None)


def _contains(value: str | None, wanted: str | None) -> bool:
    return wanted is None or (value is not None and wanted.lower() in value.lower())
