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
part (``reading._read_in_part``): per component its first member and the first member of each kind
(label, key, gazetteer id, name words), plus the members a rule tests with a changed one
(near spellings of a changed person's key, the people with a full name in the changed
articles' stories: the story-variant rule reads no other member). The store picks
those rows and counts the others per component, and a grown entity's ``entities`` row is its
kept tally (``records.Tally``, one row of ``entity_tallies`` per entity, ``Store.entity_tallies``)
plus its new members', kept in turn, so neither the grouping, the reading nor the writing walks
a popular actor's whole membership. The set of groups is closed over their name words, also read from the store
(``reach.closed``). Its lone names keep their stored decision while the components bearing
their word are the same (``Settled.lone_joins``); a lone name with no single bearer joins
nothing. Where that fails, or such a group would lose members or merge with another stored
entity, it is read in full and the set regrouped again. A group holding a changed
article's member is read in full from the start (its component may split), unless the
article only moved story and the member keeps its component (``changes._settled_moves``); so is a
group whose lone name, borne by a single component, shares a component with such a moved
member (its decision is taken again), and a group whose lone name's single bearer a changed
person with the same key will rename, its member coming before the component's first (both
found in one statement: ``changes._lone_groups``). A member of such an article
that no rule reading a story concerns (not a person, not its component's first member) is
not a changed member at all (``changes._idle``): its index row stays, and it groups as unchanged.

One module per concern; this one holds the entry points (``rebuild_registry``,
``update_registry``) and the flow of a run:

* ``changes``: what changed since the last run (``Change``): the changed articles and their
  members, those that only moved story and keep their component, the groups the user's
  decisions find, and the groups read in full from the start;
* ``reach``: what must be regrouped and how: the stored groups a change reaches, closed over
  their name words, and what of their grouping stays settled (``settled``);
* ``reading``: what is stored: the set's index rows (``Stored``), the groups read in part,
  and the members to regroup read back from the index (``load``), with what a regroup
  read by article or group kept for the next regroup of the run (``Reads``);
* ``writing``: what is written: which entities a regroup keeps, grows or rewrites
  (``Regroup``), their registry rows and tallies, and the index rows (``member_table``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from newsdesk.entities.gazetteer import Gazetteer
from newsdesk.entities.grouping import article_members, group_members
from newsdesk.entities.records import entity_id, registry_tables
from newsdesk.entities.registry import apply_decisions
from newsdesk.entities.update import changes, reach, reading, writing
from newsdesk.store import Store

log = logging.getLogger(__name__)


def rebuild_registry(store: Store, gazetteer: Gazetteer) -> int:
    """The registry and what it keeps, from every stored article; returns the entity count."""
    members = article_members(store.entity_sources(languages=reading.LANGUAGES))
    auto = group_members(members, stories=store.article_stories())
    autos = writing.auto_ids(auto)
    groups = apply_decisions(auto, store.entity_decisions())
    with store.transaction():
        store.replace_entities(registry_tables(groups, gazetteer))
        store.update_entity_index(
            dropped_articles=[],
            dropped_groups=[],
            everything=True,
            articles=store.entity_articles_now(languages=reading.LANGUAGES),
            members=writing.member_table([(entity_id(g), g.members) for g in groups], autos),
        )
    log.info("entity registry: %d entities from %d article clusters", len(groups), len(members))
    return len(groups)


def update_registry(store: Store, gazetteer: Callable[[], Gazetteer]) -> int:
    """Regroup what the changed articles can reach; returns how many members were regrouped.
    ``gazetteer`` gives the gazetteer, called only when an entity is written."""
    with store.one_thread():
        return _update(store, gazetteer)


def _update(store: Store, gazetteer: Callable[[], Gazetteer]) -> int:
    change = changes.Change.read(store)
    if change is None:
        return 0
    whole = set(change.whole)
    reached = reach.reachable_groups(store, change.fresh, change.mates)
    groups = reach.closed(store, whole | reached, change.fresh)
    stored, reads = None, reading.Reads()
    while True:
        stored = reading.Stored.read(store, groups, whole=whole, change=change, reads=reads, before=stored)
        regroup = _regroup(store, stored, change, reads=reads)
        if not regroup.missing:
            break
        log.debug(
            "entity registry: %d groups read in part would change; read in full",
            len(regroup.missing),
        )
        whole |= regroup.missing  # a group read in part would change: read it in full
    with store.transaction():  # the index's components change with the rows, or not at all
        store.set_entity_components(writing.recomponented(regroup.members, stored.components), renamed=regroup.renamed)
        writing.write(store, gazetteer(), change, rows=stored.rows, regroup=regroup)
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


def _regroup(store: Store, stored: reading.Stored, change: changes.Change, *, reads: reading.Reads) -> writing.Regroup:
    """Group the set, the groups read in part as the few members read (``reading.Stored.read``);
    ``missing`` names the groups so read that the result would change."""
    hidden = stored.hidden
    members, context, stories = reading.load(store, stored.rows, change, reads=reads)
    settled = reach.settled(members, stored, change, partial=set(hidden))
    auto = group_members(members, stories=stories, context=context, settled=settled)
    eids = [entity_id(g) for g in auto]
    missing = {settled.auto[c] for c in settled.unsettled}
    regroup = writing.Regroup(members, writing.auto_ids(auto, eids), stored.held, missing=missing)
    if regroup.missing:
        return regroup
    final = writing.final(auto, eids, change.decisions)
    unchanged = {(m.article_id, m.ordinal) for m in members if not m.mentions}
    unchanged |= change.moved
    regroup.kept = writing.kept(final, stored, unchanged=unchanged)
    regroup.grown = writing.grown(
        [(eid, g) for eid, g in final if eid not in regroup.kept], stored, unchanged=unchanged
    )
    untouched = {**regroup.kept, **regroup.grown}
    changed = [g for eid, g in final if eid not in untouched]
    regroup.missing = {settled.auto[c] for g in changed for c in reading.parts_of(g, hidden)}
    if not regroup.missing:
        regroup.changed = writing.filled(store, changed)
        regroup.renamed = {
            c: m.component for m in members for c in reading.parts_of_member(m, hidden) if m.component != c
        }
    return regroup
