"""Updating the entity registry from the articles that changed, with the result of a rebuild.

The store keeps, for each article the registry read, the version of its mentions layer and
its story (``entity_articles``), and for each member (one entity inside one article) the keys
the grouping rules compare, its automatic group and its entity (``entity_members``). A run
takes the articles that are new, changed, gone or moved to another story, and regroups a set
of members that is closed under every rule of ``newsdesk.entities.grouping``:

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

Each member's component before the lone-surname rule is kept too. The regroup starts each
stored component joined and tests only the pairs a change can decide (``Settled``): the
changed articles' members against the others, and the members of a component that lost one
(reopened) among themselves; a pair of unchanged members was tested by an earlier run.

A group no changed article belongs to (nor a decision names) can only grow, so it is read in
part (``_read_in_part``): per component its first member and the first member of each kind
(label, key, gazetteer id, name words), plus the members a rule tests with a changed one
(near spellings of a changed person's key, the people with a full name in the changed
articles' stories: the story-variant rule reads no other member). The store picks
those rows and counts the others per component, and a grown entity's ``entities`` row is its
stored members' tally summed by the store (``records.Tally``, ``Store.entity_tallies``) plus
its new members', so neither the grouping nor the reading walks a popular actor's whole
membership. The set of groups is closed over their name words, also read from the store
(``_closed``). Its lone names keep their stored decision while the components bearing
their word are the same (``Settled.lone_joins``); a lone name with no single bearer joins
nothing. Where that fails, or such a group would lose members or merge with another stored
entity, it is read in full and the set regrouped again. A group holding a changed
article's member is read in full from the start (its component may split), unless the
article only moved story and the member keeps its component (``_settled_moves``); so is a
group whose lone name, borne by a single component, shares a component with such a moved
member (``_moved_lone_groups``: its decision is taken again). A member of such an article
that no rule reading a story concerns (not a person, not its component's first member) is
not a changed member at all (``_idle``): its index row stays, and it groups as unchanged.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
from rapidfuzz import fuzz, process

from newsdesk.entities.gazetteer import Gazetteer
from newsdesk.entities.grouping import (
    SURNAME_RATIO,
    Group,
    Member,
    Settled,
    article_members,
    co_mentions,
    group_members,
    near_spellings,
    story_variant,
    surname_first,
)
from newsdesk.entities.records import (
    REGISTRY_TABLES,
    Tally,
    alias_rows,
    entity_id,
    mention_rows,
    registry_arrow,
    registry_rows,
    registry_tables,
    role_rows,
    tally_row,
)
from newsdesk.entities.registry import apply_decisions
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
        store.update_entity_index(
            dropped_articles=[],
            dropped_groups=[],
            everything=True,
            articles=store.entity_articles_now(languages=LANGUAGES),
            members=_member_table([(entity_id(g), g.members) for g in groups], autos),
        )
    log.info("entity registry: %d entities from %d article clusters", len(groups), len(members))
    return len(groups)


def update_registry(store: Store, gazetteer: Callable[[], Gazetteer]) -> int:
    """Regroup what the changed articles can reach; returns how many members were regrouped.
    ``gazetteer`` gives the gazetteer, called only when an entity is written."""
    with store.one_thread():
        return _update(store, gazetteer)


def _update(store: Store, gazetteer: Callable[[], Gazetteer]) -> int:
    change = _Change.read(store)
    if change is None:
        return 0
    whole = set(change.whole)
    reached = _reachable_groups(store, change.fresh, change.mates)
    groups = _closed(store, whole | reached, change.fresh)
    stored = None
    while True:
        stored = _Stored.read(store, groups, whole=whole, change=change, before=stored)
        regroup = _regroup(store, stored, change)
        if not regroup.missing:
            break
        log.debug("entity registry: %d groups read in part would change; read in full", len(regroup.missing))
        whole |= regroup.missing  # a group read in part would change: read it in full
    with store.transaction():  # the index's components change with the rows, or not at all
        store.set_entity_components(_recomponented(regroup.members, stored.components), renamed=regroup.renamed)
        _write(store, gazetteer(), change, rows=stored.rows, regroup=regroup)
    if log.isEnabledFor(logging.INFO):  # the count is a query of its own
        log.info(
            "entity registry: %d articles changed, %d of %d stored members regrouped "
            "(%d more as parts of their components), %d entities grown, %d rewritten",
            len(change.stale),
            len(regroup.members),
            store.entity_member_count(),
            sum(stored.hidden.values()),
            len(regroup.grown),
            len(regroup.changed),
        )
    return len(regroup.members)


@dataclass(slots=True)
class _Change:
    """What an update starts from (``_Change.read``): the changed articles (``stale``: new,
    changed, gone or moved to another story; ``gone``: the same as a set), their current
    rows of ``Store.entity_articles_now`` (``now``), those whose text the index holds
    already (``same``: they only moved story), the user's decisions and the groups they can
    find (``named``), the changed articles' members (``fresh``), those of them the index
    holds (``moved``) and those that keep their component (``moves``: ``_settled_moves``),
    those of the ``moves`` that no rule reading a story concerns (``idle``: ``_idle``; they
    are not in ``fresh`` and stay in the index as unchanged members), the other articles of
    their stories (``mates``), and the groups read in full from the start (``whole``)."""

    stale: list[str]
    gone: set[str]
    now: pa.Table
    same: set[str]
    decisions: list[dict[str, Any]]
    named: set[str]
    fresh: list[Member]
    moved: set[tuple[str, int]]
    moves: set[tuple[str, int]]
    idle: dict[tuple[str, int], Member]
    mates: set[str]
    whole: set[str]

    @classmethod
    def read(cls, store: Store) -> _Change | None:
        """The change since the registry's last run, or None if there is none."""
        stale = store.entity_index_stale(languages=LANGUAGES)
        if not stale:
            return None
        now = store.entity_articles_now(languages=LANGUAGES, article_ids=stale)
        same = _same_version(store, stale, now=now)
        decisions = store.entity_decisions()
        named = set(_decision_groups(store, decisions))
        stories = store.entity_index_story_mates(sorted(same)) if same else {}
        rows = store.entity_member_rows(article_ids=sorted(set(stale) | set(stories)))  # both
        fresh = _fresh(store, stale, same=same, rows=rows)
        moved = {(m.article_id, m.ordinal) for m in fresh if m.article_id in same}
        mated = [row for row in rows if row["article_id"] in stories]
        moves = _settled_moves(fresh, moved, stories=stories, rows=mated)
        idle = _idle(fresh, moves, rows=rows)
        fresh = [m for m in fresh if (m.article_id, m.ordinal) not in idle]
        gone = set(stale)
        whole = _reopened(rows, gone=gone, moves=moves, key="auto_group")
        whole |= named | _moved_lone_groups(store, moves)
        mates = _story_mates(store, stale)
        return cls(stale, gone, now, same, decisions, named, fresh, moved, moves, idle, mates, whole)


def _idle(
    fresh: list[Member], moves: set[tuple[str, int]], *, rows: list[dict[str, Any]]
) -> dict[tuple[str, int], Member]:
    """The members of ``moves`` (of articles that only moved story, keeping their
    component) that no rule reading a story concerns, by ``(article id, member)``: not a
    person (the story-variant rule compares people with a full name, the lone-surname rule a
    lone person name with its bearer's first member) and not the first member of their
    component (the one the lone-surname rule compares with). Their text, keys, co-mentions
    and component are the ones stored, so they group as unchanged members do; only their
    article's story is written anew (``rows``: the index rows holding their components)."""
    component = {(row["article_id"], row["member"]): row["component"] for row in rows}
    return {
        place: m
        for m in fresh
        if (place := (m.article_id, m.ordinal)) in moves
        and m.label != "PERSON"
        and component[place] != f"{m.article_id}#{m.ordinal}"
    }


def _reopened(
    rows: list[dict[str, Any]], *, gone: set[str], moves: set[tuple[str, int]], key: str
) -> set[str]:
    """The ``key`` (automatic group or component) of each index row of a changed article
    (``gone``) but those that keep their component (``moves``)."""
    return {
        row[key]
        for row in rows
        if row["article_id"] in gone and (row["article_id"], row["member"]) not in moves
    }


@dataclass(slots=True)
class _Stored:
    """The regrouped set's index rows the regroup reads (``_Stored.read``), in a rebuild's
    order: each member's component, each component's automatic group, the components
    bearing each name word, the members of each entity read, and the components a changed
    article reopens (``_settled``); and the components read in part, with how many of their
    members were left in the index (``hidden``), by entity (``parts``)."""

    rows: list[dict[str, Any]]
    components: dict[tuple[str, int], str]
    auto: dict[str, str]
    owners: dict[str, set[str]]
    held: dict[str, set[tuple[str, int]]]
    reopened: set[str]
    hidden: dict[str, int] = field(default_factory=dict)
    parts: dict[str, set[str]] = field(default_factory=dict)
    whole: set[str] = field(default_factory=set)
    near: set[str] = field(default_factory=set)

    @classmethod
    def read(
        cls,
        store: Store,
        groups: set[str],
        *,
        whole: set[str],
        change: _Change,
        before: _Stored | None = None,
    ) -> _Stored:
        """The rows of ``groups``: those in ``whole`` in full, the others in part (the
        rows the grouping rules read: see ``_read_in_part``). ``before``: a read of the same
        groups with fewer of them whole, whose other rows are kept when the near keys are
        the same (a group's rows read in part depend only on its own rows and on those)."""
        parts = sorted(groups - whole)
        near = _near_keys(store.entity_person_keys(parts), change.fresh) if parts else set()
        if before is not None and near == before.near:
            return before.widened(store, whole, change=change)
        shown, hidden = _read_in_part(store, parts, near=near, change=change)
        stored = cls.of(store.entity_member_rows(groups=sorted(whole)) + shown, change=change)
        stored.whole, stored.near = set(whole), near
        stored.add_hidden(hidden)
        return stored

    def widened(self, store: Store, whole: set[str], *, change: _Change) -> _Stored:
        """This read with the groups of ``whole`` it read in part now read in full."""
        added = whole - self.whole
        rows = [row for row in self.rows if row["auto_group"] not in added]
        stored = self.of(rows + store.entity_member_rows(groups=sorted(added)), change=change)
        stored.whole, stored.near = set(whole), self.near
        stored.add_hidden(
            {"component": component, "entity_id": entity, "members": self.hidden[component]}
            for entity, components in self.parts.items()
            for component in components
            if self.auto[component] not in added
        )
        return stored

    def add_hidden(self, hidden: Iterable[dict[str, Any]]) -> None:
        """Count these components' members left in the index, by entity."""
        for part in hidden:
            self.hidden[part["component"]] = part["members"]
            self.parts.setdefault(part["entity_id"], set()).add(part["component"])

    @classmethod
    def of(cls, rows: list[dict[str, Any]], *, change: _Change) -> _Stored:
        rows = sorted(rows, key=lambda row: (row["article_id"], row["member"]))
        owners: dict[str, set[str]] = {}
        for row in rows:
            for word in filter(None, (row["surname"], row["first_word"])):
                owners.setdefault(word, set()).add(row["component"])
        return cls(
            rows,
            {(row["article_id"], row["member"]): row["component"] for row in rows},
            {row["component"]: row["auto_group"] for row in rows},
            owners,
            _held(rows),
            _reopened(rows, gone=change.gone, moves=change.moves, key="component"),
        )

    def holds(self, eid: str, group: Group, *, ids: set[tuple[str, int]]) -> bool:
        """Whether the stored entity ``eid`` is, of what the regroup read, the members
        ``ids``, and all of the components of ``group`` read in part."""
        return self.held.get(eid) == ids and self.parts.get(eid, set()) == set(_parts_of(group, self.hidden))


@dataclass(slots=True)
class _Regroup:
    """One regroup of the set: its members, and its groups by what a run writes of them."""

    members: list[Member]
    autos: dict[tuple[str, int], str]
    held: dict[str, set[tuple[str, int]]]
    kept: dict[str, Group] = field(default_factory=dict)
    grown: dict[str, Group] = field(default_factory=dict)
    changed: list[Group] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)


def _regroup(store: Store, stored: _Stored, change: _Change) -> _Regroup:
    """Group the set, the groups read in part as the few members read (``_Stored.read``);
    ``missing`` names the groups so read that the result would change."""
    hidden = stored.hidden
    members, context, stories = _load(store, stored.rows, change)
    settled = _settled(members, stored, change, partial=set(hidden))
    auto = group_members(members, stories=stories, context=context, settled=settled)
    eids = [entity_id(g) for g in auto]
    missing = {settled.auto[c] for c in settled.unsettled}
    regroup = _Regroup(members, _auto_ids(auto, eids), stored.held, missing=missing)
    if regroup.missing:
        return regroup
    final = _final(auto, eids, change.decisions)
    unchanged = {(m.article_id, m.ordinal) for m in members if not m.mentions}
    unchanged |= change.moved
    regroup.kept = _kept(final, stored, unchanged=unchanged)
    regroup.grown = _grown([(eid, g) for eid, g in final if eid not in regroup.kept], stored, unchanged=unchanged)
    untouched = {**regroup.kept, **regroup.grown}
    changed = [g for eid, g in final if eid not in untouched]
    regroup.missing = {settled.auto[c] for g in changed for c in _parts_of(g, hidden)}
    if not regroup.missing:
        regroup.changed = _filled(store, changed)
        regroup.renamed = {c: m.component for m in members for c in _parts_of_member(m, hidden) if m.component != c}
    return regroup


def _parts_of_member(member: Member, hidden: dict[str, int]) -> list[str]:
    """The component ``member`` is the first member of, if it was read in part."""
    name = f"{member.article_id}#{member.ordinal}"
    return [name] if name in hidden else []


def _parts_of(group: Group, hidden: dict[str, int]) -> list[str]:
    """The components read in part among ``group``'s."""
    return [c for m in group.members for c in _parts_of_member(m, hidden)]


def _ids(group: Group) -> set[tuple[str, int]]:
    """The members of ``group`` the regroup read."""
    return {(m.article_id, m.ordinal) for m in group.members}


def _read_in_part(
    store: Store, groups: list[str], *, near: set[str], change: _Change
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``groups`` the regroup reads, and the others counted by component. A
    group no changed article belongs to is read as: each component's first member (the
    lone-surname rule compares with it, and it names the component), the first member of
    each kind (label, key, gazetteer id, name words: what the key rules, the lone-surname
    owners and the entity's id read), the members whose key is a near spelling of a changed
    person's other than their own (the near-match rule tests those with their articles),
    the people with a full name in the changed articles' stories (the story-variant rule
    tests those: it reads no other member), and the stored people of the changed articles
    (their stored components; the other stored members of a changed article in a group read
    in part are ``idle``: the rows of any other changed article's members reopened their
    groups, which are read in full). The store picks them, so the index rows of a popular
    actor are not read one by one."""
    if not groups:
        return [], []
    return store.entity_member_parts(
        groups,
        keys=sorted(near),
        persons_in=sorted(change.gone),
        people_in=sorted(change.mates - change.gone),
    )


def _near_keys(keys: set[str], fresh: list[Member]) -> set[str]:
    """The people's ``keys`` that the near-match rule may join to a changed person with
    another key (it compares people with as many words and surnames starting alike)."""
    people: dict[tuple[int, str], set[str]] = {}
    for member in fresh:
        if member.label == "PERSON" and len(member.words) > 1:
            people.setdefault((len(member.words), member.words[-1][:2]), set()).add(member.key)
    near = set()
    for key in keys:
        words = key.split()
        others = people.get((len(words), words[-1][:2]), ())
        if any(key != other and near_spellings(words, other.split()) for other in others):
            near.add(key)
    return near


def _settled(members: list[Member], stored: _Stored, change: _Change, *, partial: set[str]) -> Settled:
    """The stored component of each member read back from the index (``None`` for the
    changed articles' members, but those in ``moves``: ``_settled_moves``); a component
    that held another changed article's member is reopened: its other members may no
    longer be joined without it. With each stored component's automatic group and the
    components bearing each name word, for the lone-surname decisions; ``partial``: the
    components read in part. The ``idle`` members of ``change`` count as unchanged ones."""
    gone, moves, idle = change.gone, change.moves, change.idle
    components = [stored.components.get((m.article_id, m.ordinal)) for m in members]
    components = [
        None
        if m.article_id in gone and ((m.article_id, m.ordinal) not in moves or component in stored.reopened)
        else component
        for m, component in zip(members, components, strict=True)
    ]
    moved = {
        i
        for i, m in enumerate(members)
        if m.article_id in gone and components[i] and (m.article_id, m.ordinal) not in idle
    }
    return Settled(
        components,
        stored.reopened,
        auto=stored.auto,
        owners=stored.owners,
        partial=partial,
        moved=moved,
        moved_into={components[i] for i in moved},
    )


def _settled_moves(
    fresh: list[Member],
    moved: set[tuple[str, int]],
    *,
    stories: dict[str, str | None],
    rows: list[dict[str, Any]],
) -> set[tuple[str, int]]:
    """Members of articles whose story alone changed that keep their component: no
    story-variant pair joined them to a member of it in their former story (the only rule
    that reads the story, and their text, keys and co-mentions are the ones stored). They
    are tested as new members (``Settled.moved``); the others reopen their component.
    ``moved``: the changed articles' members the index holds already (``_fresh``);
    ``stories``: the stored story of their articles and of every article in those stories
    (``Store.entity_index_story_mates``); ``rows``: the index rows of those articles."""
    if not moved:
        return set()
    by_component: dict[str, list[Member]] = {}
    for row in rows:
        if row["surname"]:
            by_component.setdefault(row["component"], []).append(_indexed(row))
    component = {(row["article_id"], row["member"]): row["component"] for row in rows}
    return {
        (m.article_id, m.ordinal)
        for m in fresh
        if (m.article_id, m.ordinal) in moved
        and not any(
            _story_pair(m, other, stories) for other in by_component.get(component[(m.article_id, m.ordinal)], ())
        )
    }


def _story_pair(member: Member, other: Member, stories: dict[str, str | None]) -> bool:
    """Whether the story-variant rule joined ``member`` and ``other`` in their stored
    stories (in one article they stay together)."""
    if other.article_id == member.article_id or other.key == member.key:
        return False
    story = stories.get(member.article_id)
    if story is None or stories.get(other.article_id) != story:
        return False
    return len(member.words) > 1 and member.label == "PERSON" and story_variant(member, other)


def _moved_lone_groups(store: Store, moves: set[tuple[str, int]]) -> set[str]:
    """Groups whose lone-surname decision is taken again because a member of theirs moved
    to another story with its article and the name has a single bearer (``Settled.lone_joins``):
    read in full from the start, rather than found in a first regroup and regrouped again.
    A bearer that only a change adds is still found that way."""
    if not moves:
        return set()
    return store.entity_lone_groups(sorted({article for article, _ in moves}))


def _recomponented(members: list[Member], stored: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """The new component of each stored member whose component is now another one (it
    merged, split or has a new first member)."""
    return {
        (m.article_id, m.ordinal): m.component
        for m in members
        if stored.get((m.article_id, m.ordinal), m.component) != m.component
    }


def _same_version(store: Store, stale: list[str], *, now: pa.Table) -> set[str]:
    """The changed articles whose text the registry holds already (the article only moved
    to another story; ``now``: the changed articles' rows of ``Store.entity_articles_now``)."""
    held = store.entity_index_versions(stale)
    return {row["article_id"] for row in now.to_pylist() if held.get(row["article_id"]) == row["version"]}


def _fresh(store: Store, stale: list[str], *, same: set[str], rows: list[dict[str, Any]]) -> list[Member]:
    """The members of the changed articles: from their mentions layers, but those of the
    articles that only moved story (``same``), which are what the index holds (``rows``: the
    index rows of the changed articles and more), read back without their text. Their
    mentions are read only if an entity of theirs is rewritten (``_filled``): the layers'
    JSON is the largest read of an update."""
    read = [article for article in stale if article not in same]
    fresh = article_members(store.entity_sources(languages=LANGUAGES, article_ids=read))
    fresh += [_indexed(row) for row in rows if row["article_id"] in same]
    return sorted(fresh, key=lambda m: (m.article_id, m.ordinal))


def _write(
    store: Store,
    gazetteer: Gazetteer,
    change: _Change,
    *,
    rows: list[dict[str, Any]],
    regroup: _Regroup,
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
            members=_member_table(
                [(entity_id(g), g.members) for g in changed] + indexed, regroup.autos, stored_keys=moved
            ),
        )


def _rewritten(member: Member, *, moved: dict[tuple[str, int], Any], idle: dict[tuple[str, int], Member]) -> bool:
    """Whether the index row of ``member``, of an entity kept or grown, is written anew: it
    is a changed article's (read with its mentions, or ``moved`` with its article's story),
    but not ``idle`` (its row stays as it is)."""
    place = (member.article_id, member.ordinal)
    return place not in idle and (bool(member.mentions) or place in moved)


def _grown(groups: list[tuple[str, Group]], stored: _Stored, *, unchanged: set[tuple[str, int]]) -> dict[str, Group]:
    """The groups (with their entity ids) that are a stored entity, untouched by decisions,
    with members of changed articles added (the common case: a new article names a known
    actor), by entity id."""
    grown = {}
    for eid, group in groups:
        if group.name is None and group.anchor is None and (stored.holds(eid, group, ids=_ids(group) & unchanged)):
            grown[eid] = group
    return grown


def _grown_rows(
    store: Store, gazetteer: Gazetteer, regroup: _Regroup
) -> dict[str, list[dict[str, Any]]]:
    """The new ``entities`` and alias rows of the grown entities (their stored alias rows
    plus the new mentions), and the roles and mentions of their new members."""
    stored = store.entity_alias_rows(sorted(regroup.grown))
    tallies = store.entity_tallies(sorted(regroup.grown))
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in REGISTRY_TABLES}
    for eid, group in regroup.grown.items():
        added = [m for m in group.members if (m.article_id, m.ordinal) not in regroup.held[eid]]
        rows["entities"].append(tally_row(eid, _tally(tallies[eid], added=added), gazetteer))
        rows["entity_aliases"] += alias_rows(eid, added, group, gazetteer, stored=stored.get(eid, []))
        rows["entity_roles"] += role_rows(eid, added)
        rows["entity_mentions"] += mention_rows(eid, added)
    return rows


def _tally(stored: dict[str, Any], *, added: list[Member]) -> Tally:
    """What the ``entities`` row of a grown entity reads: its kept members' tally, summed
    by the store (``Store.entity_tallies``), and its ``added`` members (from articles it
    held no member of). A place is ``(article id, member)``, as ``Tally.of`` is given."""
    tally = Tally(
        names={name: (count, (place["a"], place["m"])) for name, count, place in stored["names"]},
        labels=Counter(dict(stored["labels"])),
        gazetteers={
            gazetteer_id: ((place["a"], place["m"]), label) for gazetteer_id, place, label in stored["gazetteers"]
        },
        roles=Counter(dict(stored["roles"])),
        mentions=stored["mentions"],
    )
    for member in added:
        tally.add(
            member.name,
            label=member.label,
            gazetteer=member.gazetteer,
            roles=member.roles,
            mentions=member.mention_count,
            place=(member.article_id, member.ordinal),
        )
    tally.articles = stored["articles"] + len({m.article_id for m in added})
    return tally


def _held(rows: list[dict[str, Any]]) -> dict[str, set[tuple[str, int]]]:
    """The members each stored entity holds."""
    held: dict[str, set[tuple[str, int]]] = {}
    for row in rows:
        held.setdefault(row["entity_id"], set()).add((row["article_id"], row["member"]))
    return held


def _kept(groups: list[tuple[str, Group]], stored: _Stored, *, unchanged: set[tuple[str, int]]) -> dict[str, Group]:
    """The entities the regroup left as they are stored, by id (``groups``: with their
    ids): no decision touches them, their members' texts are the ones stored, and they hold
    the very members they held."""
    kept = {}
    for eid, group in groups:
        if group.name is None and group.anchor is None:
            ids = _ids(group)
            kept |= {eid: group} if ids <= unchanged and stored.holds(eid, group, ids=ids) else {}
    return kept


def _filled(store: Store, groups: list[Group]) -> list[Group]:
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


def _story_mates(store: Store, stale: list[str]) -> set[str]:
    """The other articles of the changed articles' stories."""
    return set(store.story_mates(stale))


def _reachable_groups(store: Store, fresh: list[Member], mates: set[str]) -> set[str]:
    """Automatic groups holding a stored member that one of ``fresh`` may join or unsettle
    (``mates``: the other articles of their stories)."""
    people = [m for m in fresh if m.label == "PERSON" and len(m.words) > 1]
    groups = store.entity_member_groups(
        keys=sorted({m.key for m in fresh}),
        words=sorted(_name_words(fresh)),
        gazetteers=sorted({m.gazetteer for m in fresh if m.gazetteer}),
        people_in=sorted(mates),
    )
    near = store.entity_surnames(sorted({m.words[-1][:2] for m in people}))
    surnames: dict[int, set[str]] = {}
    for member in people:
        surnames.setdefault(len(member.words), set()).add(member.words[-1])
    return groups | _close_surname_groups(near, surnames)


def _close_surname_groups(
    rows: list[dict[str, Any]], surnames: dict[int, set[str]]
) -> set[str]:
    """The groups of the stored people (``rows``) whose surname is close to one of a new
    person with as many words (``surnames`` by word count): one score matrix per word count
    (``rapidfuzz.process.cdist``, which zeroes a score under the cutoff), not one search per
    stored person (about 70 µs each, 1,400 of them at 4,000 articles)."""
    stored: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        if row["surname"] and row["words"] in surnames:
            stored.setdefault(row["words"], []).append(row)
    groups = set()
    for words, people in stored.items():
        scores = process.cdist([row["surname"] for row in people], sorted(surnames[words]),
                               scorer=fuzz.ratio, score_cutoff=_NEAR_SURNAME)
        close = scores.any(axis=1)
        groups |= {row["auto_group"] for row, near in zip(people, close, strict=True) if near}
    return groups


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


def _decision_groups(store: Store, decisions: list[dict[str, Any]]) -> list[str]:
    names = sorted({d[field] for d in decisions for field in ("subject", "value") if d[field]})
    if not names:
        return []
    return store.entity_groups_named(sorted({translit_key(name) for name in names}), names)


def _closed(store: Store, groups: set[str], fresh: list[Member]) -> set[str]:
    """``groups``, and every group bearing a name word (a surname, a one-word name) that the
    lone-surname rule may decide differently now: each word of those groups and of
    ``fresh``, then the one-word names of each group that brings in, until nothing is
    added. A group brought in by a word keeps its own components (no new member reaches
    it), so the surnames its people own are owned as before."""
    words, asked = store.entity_group_words(sorted(groups)) | _name_words(fresh), set()
    while words - asked:
        new = words - asked
        asked |= new
        more = store.entity_member_groups(words=sorted(new)) - groups
        groups |= more
        words |= store.entity_group_words(sorted(more), lone_only=True) if more else set()
    return groups


def _load(
    store: Store, rows: list[dict[str, Any]], change: _Change
) -> tuple[list[Member], dict[str, set[str]], dict[str, str]]:
    """The members to regroup (in a rebuild's order), their articles' co-mentions and stories.

    A stored member is read back from the index (its keys, no text) unless a user's decision
    can find its group: the grouping rules compare keys only, decisions compare text too.
    The ``idle`` members of ``change`` are stored members; their articles' co-mentions are
    counted with the changed articles' members."""
    fresh, gone, idle = change.fresh, change.gone, change.idle
    kept = [row for row in rows if row["article_id"] not in gone or (row["article_id"], row["member"]) in idle]
    whole = sorted({row["article_id"] for row in kept if row["auto_group"] in change.named})
    read = {
        (m.article_id, m.ordinal): m
        for m in article_members(store.entity_sources(languages=LANGUAGES, article_ids=whole))
    }
    members = [read.get((row["article_id"], row["member"])) or _indexed(row) for row in kept]
    members = sorted(members + fresh, key=lambda m: (m.article_id, m.ordinal))
    context = co_mentions(fresh + list(idle.values()))
    context.update(store.entity_context(sorted({row["article_id"] for row in kept} - gone)))
    stories = store.article_stories_of(sorted({m.article_id for m in members}))
    return members, context, stories


def _indexed(row: dict[str, Any]) -> Member:
    """A stored member as the grouping rules see it (no text, mentions or roles)."""
    return Member(
        row["article_id"],
        None,
        row["name"],
        row["label"],
        row["key"],
        row["gazetteer"],
        row["roles"] or [],
        [],
        row["member"],
        surname_leads=row["first_word"] is not None,
        counted=row["mentions"],
    )


def _auto_ids(groups: list[Group], eids: list[str] | None = None) -> dict[tuple[str, int], str]:
    """Each member's automatic group id (``eids``: the groups' ids, if known)."""
    ids = {}
    for group, eid in zip(groups, eids or map(entity_id, groups), strict=True):
        ids.update({(m.article_id, m.ordinal): eid for m in group.members})
    return ids


def _final(
    auto: list[Group], eids: list[str], decisions: list[dict[str, Any]]
) -> list[tuple[str, Group]]:
    """The groups after the user's decisions, with their ids: without decisions, the
    automatic groups and their ids (``eids``), not computed again (each reads every member)."""
    if not decisions:
        return list(zip(eids, auto, strict=True))
    return [(entity_id(g), g) for g in apply_decisions(auto, decisions)]


def _member_table(
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
