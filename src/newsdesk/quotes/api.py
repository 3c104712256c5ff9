"""The export's quote field.

Listing quotes, sources and quotes linked across outlets are service operations
(``newsdesk.service.list_quotes``, ``linked=True`` for the linked ones, ``list_sources``).
"""

from __future__ import annotations

from typing import Any

from newsdesk.store import Store


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

