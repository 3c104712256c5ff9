"""Cross-script links in a store: each Cyrillic alias and the Latin-script entity it joined.

``link_pairs(store)`` returns, for every Cyrillic alias in the registry, the display name of
its entity when that entity also has a Latin-script alias (a cross-script merge), else None.
A hand-checked answer key (tests/data/ru/links.json) scores them.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.crossscript import cyrillic


def link_pairs(store: Any) -> dict[str, str | None]:
    pairs: dict[str, str | None] = {}
    for entity in store.list_entities():
        aliases = list(entity.get("aliases") or [])
        latin = any(not cyrillic(alias) for alias in aliases)
        for alias in aliases:
            if cyrillic(alias):
                pairs[alias] = entity["name"] if latin else None
    return pairs


def score_links(pairs: dict[str, str | None], key: dict[str, str | None]) -> dict[str, Any]:
    """Precision of the merges made and recall of the links the key expects (checked aliases)."""
    checked = {alias: entity for alias, entity in pairs.items() if alias in key}
    made = {alias: entity for alias, entity in checked.items() if entity}
    right = sum(1 for alias, entity in made.items() if key[alias] == entity)
    wanted = sum(1 for entity in key.values() if entity)
    return {"made": len(made), "right": right, "wanted": wanted,
            "precision": right / len(made) if made else 0.0,
            "recall": right / wanted if wanted else 0.0,
            "unchecked": sorted(alias for alias in pairs if alias not in key),
            "wrong": sorted((a, e, key[a]) for a, e in checked.items() if e != key[a])}
