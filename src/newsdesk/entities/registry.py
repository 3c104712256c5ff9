"""The corpus entity registry: one record per actor across every article (a corpus step).

``resolve_entities`` brings the registry up to date: each article's ``mentions`` layer is
grouped across articles (``newsdesk.entities.grouping``), and each group becomes the rows of
the registry's tables (``newsdesk.entities.records``); ``newsdesk.entities.update`` regroups
only what changed articles reach.

The user's decisions (``merge``, ``split``, ``rename``, stored in ``entity_decisions``) are then
applied in the order they were made; they name entities by id, name or alias, so they apply
again after every re-analysis and every new ingest.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from newsdesk.entities.crossscript import display_language
from newsdesk.entities.gazetteer import load_gazetteer, load_gazetteer_by_id
from newsdesk.entities.grouping import Group
from newsdesk.entities.records import entity_id
from newsdesk.entities.translit import translit_key
from newsdesk.errors import UsageError
from newsdesk.store import Store

log = logging.getLogger(__name__)


# -- the user's decisions ---------------------------------------------------------------------------


def apply_decisions(groups: list[Group], decisions: list[dict[str, Any]]) -> list[Group]:
    for decision in decisions:
        action, subject, value = decision["action"], decision["subject"], decision["value"]
        target = _find_group(groups, subject)
        if target is None:
            log.info("entity decision %s %r: no such entity now; kept for later", action, subject)
            continue
        if action == "merge":
            other = _find_group(groups, value)
            if other is not None and other is not target:
                target.members += other.members
                target.name = target.name or other.name
                groups.remove(other)
        elif action == "split":
            groups += _split(target, value)
        elif action == "rename":
            target.name = value
    return groups


def _split(group: Group, alias: str) -> list[Group]:
    """Article clusters that write ``alias`` exactly (case-insensitive) leave ``group``."""
    wanted = alias.lower()
    moved = [
        m for m in group.members if m.name.lower() == wanted or any(x["text"].lower() == wanted for x in m.mentions)
    ]
    if not moved or len(moved) == len(group.members):
        return []
    group.members = [m for m in group.members if m not in moved]
    return [Group(moved, name=None, anchor=f"split:{entity_id(group)}:{wanted}")]


def _find_group(groups: list[Group], name: str) -> Group | None:
    key = translit_key(name)
    for group in groups:
        if name in (entity_id(group), group.name) or (group.name and translit_key(group.name) == key):
            return group
    for group in groups:
        if any(m.key == key or m.gazetteer == name for m in group.members):
            return group
    for group in groups:
        if any(translit_key(x["text"]) == key for m in group.members for x in m.mentions):
            return group
    return None


# -- the corpus step and the manual-control API -------------------------------------------------------


def resolve_entities(store: Store, *, full: bool = False) -> None:
    """Corpus step: bring the registry up to date with the mentions layers, the stories and
    the user's decisions, regrouping only what changed articles reach (newsdesk.entities.update);
    ``full`` rebuilds it from every article, as does a change of the display language (every
    canonical name may change with it)."""
    from newsdesk.entities.update import rebuild_registry, update_registry

    language, stored = display_language(), store.registry_language()
    with _no_cycle_collection():  # the gazetteer's load too: 21,601 entries, no cycles
        if full or stored != language or not store.entity_index_size():
            rebuild_registry(store, load_gazetteer())
        else:  # loaded only if an entity is written, and only its lines (about half the CPU)
            update_registry(store, load_gazetteer_by_id)
    if stored != language:  # a write of its own: made only when the language changed
        store.set_registry_language(language)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the block runs, then as before. The registry
    makes hundreds of thousands of small objects (members, rows, sets) that hold no cycles
    and are freed as their count of references falls; the collector walked every live one
    again and again for nothing (a sixth of the update's CPU time at 8,000 articles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def decide(store: Store, *, action: str, subject: str, value: str) -> dict[str, Any]:
    """Record a merge, split or rename and rebuild the registry; return the subject entity after it.
    The names are the caller's to check (``service.decide_entity`` refuses one that names no
    entity with a ``NotFoundError``), so that check and its message live in one place."""
    if action not in {"merge", "split", "rename"}:
        raise UsageError(f"unknown entity decision {action!r}; use merge, split or rename")
    store.add_entity_decision(action=action, subject=subject, value=value)
    resolve_entities(store, full=True)
    return store.find_entity(value if action == "rename" else subject) or {}
