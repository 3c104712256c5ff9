"""What an update writes: which entities a regroup keeps as stored, grows by new members or
rewrites (``Regroup``), the registry rows of each (a grown entity's ``entities`` row and
tally from its stored tally and its new members, ``_tally``), and the index rows of the
members (``member_table``) with their automatic groups (``auto_ids``) and components
(``recomponented``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from newsdesk.entities.gazetteer import Gazetteer
from newsdesk.entities.grouping import Group, Member, article_members, surname_first
from newsdesk.entities.records import (
    REGISTRY_TABLES,
    Tally,
    alias_rows,
    entity_id,
    mention_rows,
    registry_arrow,
    registry_rows,
    role_rows,
    tally_row,
)
from newsdesk.entities.registry import apply_decisions
from newsdesk.entities.translit import translit_key
from newsdesk.entities.update.changes import Change
from newsdesk.entities.update.reading import LANGUAGES, Stored
from newsdesk.store import Store


@dataclass(slots=True)
class Regroup:
    """One regroup of the set: its members, and its groups by what a run writes of them."""

    members: list[Member]
    autos: dict[tuple[str, int], str]
    held: dict[str, set[tuple[str, int]]]
    kept: dict[str, Group] = field(default_factory=dict)
    grown: dict[str, Group] = field(default_factory=dict)
    changed: list[Group] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)


def write(
    store: Store,
    gazetteer: Gazetteer,
    change: Change,
    *,
    rows: list[dict[str, Any]],
    regroup: Regroup,
) -> None:
    """Rewrite the changed entities, add the new members of the grown ones (one write of
    each registry table), and keep the index of each member (``rows``: the index rows the
    regroup read; the members of the articles that only moved story keep the mention keys
    the index holds, read back without their text); the other rows of the kept and grown
    entities stay."""
    moved = store.entity_mention_keys(sorted(change.same)) if change.same else {}
    untouched = {**regroup.kept, **regroup.grown}
    idle = change.idle
    indexed = [
        (eid, [m for m in group.members if _rewritten(m, moved=moved, idle=idle)])
        for eid, group in untouched.items()
    ]
    changed = regroup.changed
    written = registry_rows(changed, gazetteer)
    for name, grown_rows in _grown_rows(store, gazetteer, regroup).items():
        written[name] += grown_rows
    with store.transaction():
        store.update_entities(
            dropped=sorted({row["entity_id"] for row in rows} - set(untouched)),
            grown=sorted(regroup.grown),
            tables=registry_arrow(written),
        )
        store.update_entity_index(
            dropped_articles=change.stale,
            kept_members=sorted(idle),
            dropped_groups=sorted({r["auto_group"] for r in rows if r["entity_id"] not in untouched}),
            articles=change.now,
            members=member_table(
                [(entity_id(g), g.members) for g in changed] + indexed, regroup.autos, stored_keys=moved
            ),
        )


def _rewritten(member: Member, *, moved: dict[tuple[str, int], Any], idle: dict[tuple[str, int], Member]) -> bool:
    """Whether the index row of ``member``, of an entity kept or grown, is written anew: it
    is a changed article's (read with its mentions, or ``moved`` with its article's story),
    but not ``idle`` (its row stays as it is)."""
    place = (member.article_id, member.ordinal)
    return place not in idle and (bool(member.mentions) or place in moved)


def grown(groups: list[tuple[str, Group]], stored: Stored, *, unchanged: set[tuple[str, int]]) -> dict[str, Group]:
    """The groups (with their entity ids) that are a stored entity, untouched by decisions,
    with members of changed articles added (the common case: a new article names a known
    actor), by entity id."""
    grown = {}
    for eid, group in groups:
        if group.name is None and group.anchor is None and (stored.holds(eid, group, ids=_ids(group) & unchanged)):
            grown[eid] = group
    return grown


def _grown_rows(
    store: Store, gazetteer: Gazetteer, regroup: Regroup
) -> dict[str, list[dict[str, Any]]]:
    """The new ``entities``, tally and alias rows of the grown entities (their stored tally
    and alias rows plus the new members and mentions), and the roles and mentions of their
    new members."""
    stored = store.entity_alias_rows(sorted(regroup.grown))
    tallies = store.entity_tallies(sorted(regroup.grown))
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in REGISTRY_TABLES}
    for eid, group in regroup.grown.items():
        added = [m for m in group.members if (m.article_id, m.ordinal) not in regroup.held[eid]]
        tally = _tally(tallies[eid], added=added)
        rows["entities"].append(tally_row(eid, tally, gazetteer))
        rows["entity_tallies"].append({"entity_id": eid, "tally": tally.to_json()})
        rows["entity_aliases"] += alias_rows(eid, added, group, gazetteer, stored=stored.get(eid, []))
        rows["entity_roles"] += role_rows(eid, added)
        rows["entity_mentions"] += mention_rows(eid, added)
    return rows


def _tally(stored: str, *, added: list[Member]) -> Tally:
    """What the ``entities`` row of a grown entity reads: its stored tally (``Tally.to_json``:
    its kept members' tally, kept by the last run that wrote the entity) plus its ``added``
    members (from articles it held no member of). A place is ``(article id, member)``, as
    ``records.kept_tally`` counts it."""
    tally = Tally.from_json(stored)
    for member in added:
        tally.add_member(member, place=(member.article_id, member.ordinal))
    tally.articles += len({m.article_id for m in added})
    return tally


def kept(groups: list[tuple[str, Group]], stored: Stored, *, unchanged: set[tuple[str, int]]) -> dict[str, Group]:
    """The entities the regroup left as they are stored, by id (``groups``: with their
    ids): no decision touches them, their members' texts are the ones stored, and they hold
    the very members they held."""
    kept = {}
    for eid, group in groups:
        if group.name is None and group.anchor is None:
            ids = _ids(group)
            kept |= {eid: group} if ids <= unchanged and stored.holds(eid, group, ids=ids) else {}
    return kept


def filled(store: Store, groups: list[Group]) -> list[Group]:
    """``groups`` with each member read back from the index replaced by the article's own
    (its text, mentions and roles), for the registry rows; the order stays."""
    wanted = sorted({m.article_id for group in groups for m in group.members if not m.mentions})
    found = {
        (m.article_id, m.ordinal): m
        for m in article_members(store.entity_sources(languages=LANGUAGES, article_ids=wanted))
    }
    for group in groups:
        group.members = [
            m if m.mentions else _with_component(found[(m.article_id, m.ordinal)], m) for m in group.members
        ]
    return groups


def _with_component(member: Member, indexed: Member) -> Member:
    member.component = indexed.component
    return member


def final(
    auto: list[Group], eids: list[str], decisions: list[dict[str, Any]]
) -> list[tuple[str, Group]]:
    """The groups after the user's decisions, with their ids: without decisions, the
    automatic groups and their ids (``eids``), not computed again (each reads every member)."""
    if not decisions:
        return list(zip(eids, auto, strict=True))
    return [(entity_id(g), g) for g in apply_decisions(auto, decisions)]


def auto_ids(groups: list[Group], eids: list[str] | None = None) -> dict[tuple[str, int], str]:
    """Each member's automatic group id (``eids``: the groups' ids, if known)."""
    ids = {}
    for group, eid in zip(groups, eids or map(entity_id, groups), strict=True):
        ids.update({(m.article_id, m.ordinal): eid for m in group.members})
    return ids


def member_table(
    entities: list[tuple[str, list[Member]]],
    autos: dict[tuple[str, int], str],
    *,
    stored_keys: dict[tuple[str, int], list[str]] | None = None,
) -> pa.Table:
    """The index rows of these members, each with its entity's id (``stored_keys``: the
    mention keys of members read back from the index without their mentions)."""
    rows = []
    stored_keys = stored_keys or {}
    for eid, members in entities:
        for m in members:
            person = m.label == "PERSON" and len(m.words) > 1
            place = (m.article_id, m.ordinal)
            rows.append(
                {
                    "article_id": m.article_id,
                    "member": m.ordinal,
                    "label": m.label,
                    "key": m.key,
                    "gazetteer": m.gazetteer,
                    "words": len(m.words),
                    "surname": m.words[-1] if person else None,
                    "first_word": m.words[0] if person and surname_first(m) else None,
                    "mention_keys": (
                        sorted({translit_key(x["text"]) for x in m.mentions})
                        if m.mentions or place not in stored_keys
                        else stored_keys[place]
                    ),
                    "auto_group": autos[place],
                    "entity_id": eid,
                    "name": m.name,
                    "roles": m.roles,
                    "mentions": m.mention_count,
                    "component": m.component,
                }
            )
    return pa.Table.from_pylist(rows, schema=_MEMBER_SCHEMA)


def recomponented(members: list[Member], stored: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """The new component of each stored member whose component is now another one (it
    merged, split or has a new first member)."""
    return {
        (m.article_id, m.ordinal): m.component
        for m in members
        if stored.get((m.article_id, m.ordinal), m.component) != m.component
    }


def _ids(group: Group) -> set[tuple[str, int]]:
    """The members of ``group`` the regroup read."""
    return {(m.article_id, m.ordinal) for m in group.members}


_MEMBER_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("member", pa.int32()),
        ("label", pa.string()),
        ("key", pa.string()),
        ("gazetteer", pa.string()),
        ("words", pa.int32()),
        ("surname", pa.string()),
        ("first_word", pa.string()),
        ("mention_keys", pa.list_(pa.string())),
        ("auto_group", pa.string()),
        ("entity_id", pa.string()),
        ("name", pa.string()),
        ("roles", pa.list_(pa.string())),
        ("mentions", pa.int32()),
        ("component", pa.string()),
    ]
)

