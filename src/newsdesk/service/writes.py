"""Write operations over an open, writable store that more than one face offers."""

from __future__ import annotations

from typing import Any

from newsdesk.errors import UsageError, no_entity
from newsdesk.store import Store

#: The decisions a user makes on the entity registry.
DECISIONS = ("merge", "split", "rename")


def decide_entity(store: Store, *, action: str, subject: str, value: str) -> dict[str, Any]:
    """Merge, split or rename an entity of the registry (``newsdesk entities merge|split|
    rename``); the decision is kept and applied again after every analysis. Returns the
    entity as it now stands. A name that names no entity (``subject``, and ``value`` of a
    merge) is a ``NotFoundError``; a decision that would change nothing or blank a name (a
    merge of an entity into itself, a split of an alias the entity does not have, a rename to
    no name) is a ``UsageError``; both are checked before anything is kept, since a kept
    decision is applied again after every analysis."""
    from newsdesk.entities import decide

    found = []
    for name in (subject, value) if action == "merge" else (subject,):
        entity = store.find_entity(name)
        if entity is None:
            raise no_entity(name)
        found.append(entity)
    _check_decision(store, action=action, entity=found[0], other=found[1:], value=value)
    return decide(store, action=action, subject=subject, value=value)


def _check_decision(
    store: Store, *, action: str, entity: dict[str, Any], other: list[dict[str, Any]], value: str
) -> None:
    if action == "merge" and other[0]["id"] == entity["id"]:
        raise UsageError(f"{value!r} is {entity['name']!r} already; nothing to merge")
    if action == "split" and value.strip().lower() not in {
        spelling.lower() for spelling in store.entity_spellings(entity["id"])
    }:
        raise UsageError(f"{value!r} is not an alias of {entity['name']!r}; nothing to split")
    if action == "rename" and not value.strip():
        raise UsageError(f"a rename wants a new name, got {value!r}")
