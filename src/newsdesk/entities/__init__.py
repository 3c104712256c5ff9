"""Canonical entities: gazetteer-corrected NER, within-article resolution, a corpus registry.

* ``MentionAnalyser`` (layer ``mentions``) runs per article on the shared spaCy parse;
* ``resolve_entities`` is the corpus step that builds the registry in the store;
* ``decide`` records a user's merge, split or rename; ``entity_field`` feeds the export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.entities.mentions import MentionAnalyser, find_mentions

if TYPE_CHECKING:
    from newsdesk.entities.registry import decide, resolve_entities
    from newsdesk.store import Store

__all__ = ["MentionAnalyser", "decide", "entity_field", "find_mentions", "resolve_entities"]


def entity_field(store: Store) -> dict[str, Any]:
    """Export field ``entities``: per article, ``[{entity, name, type, mentions: [{start, end, text}]}]``."""
    return store.article_entities()


def __getattr__(name: str) -> Any:
    """The registry's functions, imported on first use: they bring the store (DuckDB) and
    pyarrow, which a worker running ``MentionAnalyser`` does not need."""
    if name in ("decide", "resolve_entities"):
        from newsdesk.entities import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
