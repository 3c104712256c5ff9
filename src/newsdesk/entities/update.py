"""Updating the entity registry from the articles that changed, with the result of a rebuild.

The store keeps, for each article the registry read, the version of its mentions layer and
its story (``entity_articles``), and for each member (one entity inside one article) the keys
the grouping rules compare, its automatic group and its entity (``entity_members``). A run
takes the articles that are new, changed, gone or moved to another story, and regroups a set
of members that is closed under every rule of ``newsdesk.entities.registry``:

* the members of those articles, old and new;
* every stored member a new one could join: the same key or gazetteer id, a person of the
  same story, a person whose surname is close (the near-match and story-variant rules);
* every stored member whose lone-surname decision can change: one-word names equal to a
  surname in the set and the persons bearing that surname (the rule counts them);
* every group a user's decision can find (by id, key, gazetteer id or a mention's key);
* and the whole automatic group of each of these, repeated until nothing is added.

Every rule but the lone-surname one joins two members by a test of that pair (and of their
articles' co-mentions), so groups no change reaches stay what a rebuild makes of them, and
the lone-surname rule reads only members the set holds. ``group_members`` and
``apply_decisions`` then run on the set alone, members in the order a rebuild uses, and the
registry rows of the groups it held are replaced. A test checks the result equals
``resolve_entities(store, full=True)`` on real articles.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
from rapidfuzz import fuzz, process

from newsdesk.entities.gazetteer import Gazetteer
from newsdesk.entities.registry import (
    SURNAME_RATIO,
    Group,
    Member,
    apply_decisions,
    article_members,
    co_mentions,
    entity_id,
    group_members,
    registry_tables,
    surname_first,
)
from newsdesk.entities.translit import translit_key
from newsdesk.languages import SUPPORTED_LANGUAGES
from newsdesk.store import Store

log = logging.getLogger(__name__)

LANGUAGES = list(SUPPORTED_LANGUAGES)
#: Two surnames this close may meet in the story-variant rule (the loosest rule on surnames).
_NEAR_SURNAME = SURNAME_RATIO - 10


def rebuild_registry(store: Store, gazetteer: Gazetteer) -> int:
    """The registry and what it keeps, from every stored article; returns the entity count."""
    members = article_members(store.entity_sources(languages=LANGUAGES))
    auto = group_members(members, stories=store.article_stories())
    autos = _auto_ids(auto)
    groups = apply_decisions(auto, store.entity_decisions())
    with store.transaction():
        store.replace_entities(registry_tables(groups, gazetteer))
        store.update_entity_index(dropped_articles=[], dropped_groups=[], everything=True,
                                  articles=store.entity_articles_now(languages=LANGUAGES),
                                  members=_member_table(groups, autos))
    log.info("entity registry: %d entities from %d article clusters", len(groups), len(members))
    return len(groups)


def update_registry(store: Store, gazetteer: Gazetteer) -> int:
    """Regroup what the changed articles can reach; returns how many members were regrouped."""
    stale = store.entity_index_stale(languages=LANGUAGES)
    if not stale:
        return 0
    fresh = article_members(store.entity_sources(languages=LANGUAGES, article_ids=stale))
    decisions = store.entity_decisions()
    named = set(_decision_groups(store, decisions))
    groups = {row["auto_group"] for row in store.entity_member_rows(article_ids=stale)}
    groups |= _reachable_groups(store, fresh, stale) | named
    rows = _closed(store, groups, fresh)
    members, context, stories = _load(store, rows, fresh, stale, named=named)
    auto = group_members(members, stories=stories, context=context)
    autos = _auto_ids(auto)
    final = apply_decisions(auto, decisions)
    kept = _kept(final, rows, light={(m.article_id, m.ordinal) for m in members if not m.mentions})
    changed = _filled(store, [group for group in final if entity_id(group) not in kept])
    with store.transaction():
        store.update_entities(dropped=sorted({row["entity_id"] for row in rows} - kept),
                              tables=registry_tables(changed, gazetteer))
        store.update_entity_index(
            dropped_articles=stale,
            dropped_groups=sorted({row["auto_group"] for row in rows if row["entity_id"] not in kept}),
            articles=store.entity_articles_now(languages=LANGUAGES, article_ids=stale),
            members=_member_table(changed, autos))
    log.info("entity registry: %d articles changed, %d of %d stored members regrouped, "
             "%d entities rewritten", len(stale), len(members), store.entity_member_count(),
             len(changed))
    return len(members)


def _kept(groups: list[Group], rows: list[dict[str, Any]], *, light: set[tuple[str, int]]
          ) -> set[str]:
    """Ids of the entities the regroup left as they are stored: no decision touches them, no
    member is in a changed article, and they hold the very members they held."""
    held: dict[str, set[tuple[str, int]]] = {}
    for row in rows:
        held.setdefault(row["entity_id"], set()).add((row["article_id"], row["member"]))
    kept = set()
    for group in groups:
        names = {(m.article_id, m.ordinal) for m in group.members}
        if group.name is None and group.anchor is None and names <= light:
            eid = entity_id(group)
            kept |= {eid} if held.get(eid) == names else set()
    return kept


def _filled(store: Store, groups: list[Group]) -> list[Group]:
    """``groups`` with each member read back from the index replaced by the article's own
    (its text, mentions and roles), for the registry rows; the order stays."""
    wanted = sorted({m.article_id for group in groups for m in group.members if not m.mentions})
    found = {(m.article_id, m.ordinal): m for m in
             article_members(store.entity_sources(languages=LANGUAGES, article_ids=wanted))}
    for group in groups:
        group.members = [m if m.mentions else found[(m.article_id, m.ordinal)]
                         for m in group.members]
    return groups


def _reachable_groups(store: Store, fresh: list[Member], stale: list[str]) -> set[str]:
    """Automatic groups holding a stored member that one of ``fresh`` may join or unsettle."""
    people = [m for m in fresh if m.label == "PERSON" and len(m.words) > 1]
    rows = store.entity_member_rows(keys=sorted({m.key for m in fresh}),
                                    gazetteers=sorted({m.gazetteer for m in fresh if m.gazetteer}),
                                    words=sorted(_name_words(fresh)))
    near = store.entity_member_rows(prefixes=sorted({m.words[-1][:2] for m in people}))
    surnames: dict[int, list[str]] = {}
    for member in people:
        surnames.setdefault(len(member.words), []).append(member.words[-1])
    rows += [row for row in near if _close_surname(row, surnames)]
    stories = set(store.article_stories_of(stale).values())
    mates = store.entity_member_rows(article_ids=store.story_article_ids(sorted(stories)))
    rows += [row for row in mates if row["surname"] and row["article_id"] not in stale]
    return {row["auto_group"] for row in rows}


def _close_surname(row: dict[str, Any], surnames: dict[int, list[str]]) -> bool:
    """A stored person whose surname is close to one of a new person with as many words."""
    if not row["surname"]:
        return False
    best = process.extractOne(row["surname"], surnames.get(row["words"], []), scorer=fuzz.ratio,
                              score_cutoff=_NEAR_SURNAME)
    return best is not None


def _name_words(members: Iterable[Member]) -> set[str]:
    """One-word names, and the surname of each person with a full name (the first word too
    when the name is written surname first): what the lone-surname rule compares."""
    words = set()
    for member in members:
        if len(member.words) == 1:
            words.add(member.key)
        elif member.label == "PERSON":
            words |= {member.words[-1], *([member.words[0]] if surname_first(member) else [])}
    return words


def _row_words(rows: Iterable[dict[str, Any]]) -> set[str]:
    words = set()
    for row in rows:
        if row["words"] == 1:
            words.add(row["key"])
        if row["surname"]:
            words |= {row["surname"], *([row["first_word"]] if row["first_word"] else [])}
    return words


def _decision_groups(store: Store, decisions: list[dict[str, Any]]) -> list[str]:
    names = sorted({d[field] for d in decisions for field in ("subject", "value") if d[field]})
    if not names:
        return []
    return store.entity_groups_named(sorted({translit_key(name) for name in names}), names)


def _closed(store: Store, groups: set[str], fresh: list[Member]) -> list[dict[str, Any]]:
    """Stored members of ``groups`` and of every group sharing a name word with them, until
    nothing is added (the lone-surname rule counts every bearer of a surname)."""
    asked: set[str] = set()
    while True:
        rows = store.entity_member_rows(groups=sorted(groups))
        words = (_row_words(rows) | _name_words(fresh)) - asked
        asked |= words
        more = {row["auto_group"] for row in store.entity_member_rows(words=sorted(words))} - groups
        if not more:
            return rows
        groups |= more


def _load(store: Store, rows: list[dict[str, Any]], fresh: list[Member], stale: list[str], *,
          named: set[str]) -> tuple[list[Member], dict[str, set[str]], dict[str, str]]:
    """The members to regroup (in a rebuild's order), their articles' co-mentions and stories.

    A stored member is read back from the index (its keys, no text) unless a user's decision
    can find its group: the grouping rules compare keys only, decisions compare text too."""
    gone = set(stale)
    kept = [row for row in rows if row["article_id"] not in gone]
    whole = sorted({row["article_id"] for row in kept if row["auto_group"] in named})
    read = {(m.article_id, m.ordinal): m for m in
            article_members(store.entity_sources(languages=LANGUAGES, article_ids=whole))}
    members = [read.get((row["article_id"], row["member"])) or _indexed(row) for row in kept]
    members = sorted(members + fresh, key=lambda m: (m.article_id, m.ordinal))
    articles = sorted({row["article_id"] for row in kept})
    mates = [_indexed(row) for row in store.entity_member_rows(article_ids=articles)
             if row["article_id"] not in gone]
    stories = store.article_stories_of(sorted({m.article_id for m in members}))
    return members, co_mentions(mates + fresh), stories


def _indexed(row: dict[str, Any]) -> Member:
    """A stored member as the grouping rules see it (no text, mentions or roles)."""
    return Member(row["article_id"], None, row["key"], row["label"], row["key"], row["gazetteer"],
                  [], [], row["member"], surname_leads=row["first_word"] is not None)


def _auto_ids(groups: list[Group]) -> dict[tuple[str, int], str]:
    ids = {}
    for group in groups:
        eid = entity_id(group)
        ids.update({(m.article_id, m.ordinal): eid for m in group.members})
    return ids


def _member_table(groups: list[Group], autos: dict[tuple[str, int], str]) -> pa.Table:
    rows = []
    for group in groups:
        eid = entity_id(group)
        for m in group.members:
            person = m.label == "PERSON" and len(m.words) > 1
            rows.append({
                "article_id": m.article_id, "member": m.ordinal, "label": m.label, "key": m.key,
                "gazetteer": m.gazetteer, "words": len(m.words),
                "surname": m.words[-1] if person else None,
                "first_word": m.words[0] if person and surname_first(m) else None,
                "mention_keys": sorted({translit_key(x["text"]) for x in m.mentions}),
                "auto_group": autos[(m.article_id, m.ordinal)], "entity_id": eid})
    return pa.Table.from_pylist(rows, schema=_MEMBER_SCHEMA)


_MEMBER_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("member", pa.int32()), ("label", pa.string()),
    ("key", pa.string()), ("gazetteer", pa.string()), ("words", pa.int32()),
    ("surname", pa.string()), ("first_word", pa.string()),
    ("mention_keys", pa.list_(pa.string())), ("auto_group", pa.string()),
    ("entity_id", pa.string())])
