"""Canonical entities: gazetteer-corrected NER, within-article resolution, a corpus registry.

* ``MentionAnalyser`` (layer ``mentions``) runs per article on the shared spaCy parse;
* ``resolve_entities`` is the corpus step that builds the registry in the store;
* ``decide`` records a user's merge, split or rename; ``entity_field`` feeds the export.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.entities.mentions import MentionAnalyser, find_mentions
    from newsdesk.entities.registry import decide, resolve_entities
    from newsdesk.store import Store

__all__ = ["MentionAnalyser", "decide", "entity_field", "find_mentions", "resolve_entities"]


def entity_field(store: Store) -> dict[str, Any]:
    """Export field ``entities``: per article, ``[{entity, name, type, mentions: [{start, end, text}]}]``."""
    return store.article_entities()


#: Public name -> the module that defines it, imported on first use (PEP 562): the mentions
#: layer brings spaCy, the registry the store (DuckDB) and pyarrow, and a process that needs
#: only a small module of the package (the bylines: ``people``) needs neither.
_LAZY = {
    "MentionAnalyser": "mentions",
    "find_mentions": "mentions",
    "decide": "registry",
    "resolve_entities": "registry",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
