"""Write operations over an open, writable store that more than one face offers."""

from __future__ import annotations

from typing import Any

from newsdesk.store import Store


def decide_entity(store: Store, *, action: str, subject: str, value: str) -> dict[str, Any]:
    """Merge, split or rename an entity of the registry (``newsdesk entities merge|split|
    rename``); the decision is kept and applied again after every analysis. Returns the
    entity as it now stands."""
    from newsdesk.entities import decide

    return decide(store, action=action, subject=subject, value=value)
