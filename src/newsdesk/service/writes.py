"""Write operations over an open, writable store that more than one face offers."""

from __future__ import annotations

from typing import Any

from newsdesk.errors import NotFoundError
from newsdesk.store import Store

#: The decisions a user makes on the entity registry.
DECISIONS = ("merge", "split", "rename")


def decide_entity(store: Store, *, action: str, subject: str, value: str) -> dict[str, Any]:
    """Merge, split or rename an entity of the registry (``newsdesk entities merge|split|
    rename``); the decision is kept and applied again after every analysis. Returns the
    entity as it now stands. A name that names no entity (``subject``, and ``value`` of a
    merge) is a ``NotFoundError``, checked before anything is kept."""
    from newsdesk.entities import decide

    for name in (subject, value) if action == "merge" else (subject,):
        if store.find_entity(name) is None:
            raise NotFoundError(f"no entity named {name!r}", kind="entity")
    return decide(store, action=action, subject=subject, value=value)
