"""What the registry's index holds of the set to regroup, read back (``Stored.read``): the
members' components, the components' automatic groups, the components bearing each name
word and the members each entity holds; a group no changed article belongs to read in part
(``_read_in_part``); and the members to regroup, stored ones without their text (``load``);
what a regroup read by article or group, kept for the next regroup of the run (``Reads``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsdesk.entities.grouping import Group, Member, article_members, co_mentions, near_spellings
from newsdesk.languages import SUPPORTED_LANGUAGES
from newsdesk.store import Store

if TYPE_CHECKING:
    from newsdesk.entities.update.changes import Change

LANGUAGES = list(SUPPORTED_LANGUAGES)


@dataclass(slots=True)
class Reads:
    """What an update's regroups read of the store by article or group, kept for the next
    regroup of the same update (a group read in part that would change is read in full and
    the set regrouped again): each article's co-mentions and story, each group's people's
    keys. A regroup asks the store only for the articles and groups no earlier one asked
    for; nothing is written between two regroups, so what was read holds."""

    found: dict[str, dict[str, Any]] = field(default_factory=dict)
    asked: dict[str, set[str]] = field(default_factory=dict)

    def of(self, ids: Iterable[str], read: Callable[[list[str]], dict[str, Any]]) -> dict[str, Any]:
        """``read(ids)`` (a store query by article or group id, ``{id: value}``), asking the
        store only for the ids not asked for before."""
        found = self.found.setdefault(read.__name__, {})
        asked = self.asked.setdefault(read.__name__, set())
        ids = set(ids)
        if ids - asked:
            found.update(read(sorted(ids - asked)))
            asked |= ids
        return {i: found[i] for i in sorted(ids) if i in found}


@dataclass(slots=True)
class Stored:
    """The regrouped set's index rows the regroup reads (``Stored.read``), in a rebuild's
    order: each member's component, each component's automatic group, the components
    bearing each name word, the members of each entity read, and the components a changed
    article reopens (``settled``); and the components read in part, with how many of their
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
        change: Change,
        reads: Reads,
        before: Stored | None = None,
    ) -> Stored:
        """The rows of ``groups``: those in ``whole`` in full, the others in part (the
        rows the grouping rules read: see ``_read_in_part``). ``before``: a read of the same
        groups with fewer of them whole, whose other rows are kept when the near keys are
        the same (a group's rows read in part depend only on its own rows and on those)."""
        parts = sorted(groups - whole)
        keys = reads.of(parts, store.entity_person_keys).values()
        near = _near_keys(set().union(*keys), change.fresh) if parts else set()
        if before is not None and near == before.near:
            return before.widened(store, whole, change=change)
        shown, hidden = _read_in_part(store, parts, near=near, change=change, whole=sorted(whole))
        if not parts:  # none read in part: the groups read whole alone, if any
            shown = store.entity_member_rows(groups=sorted(whole)) if whole else []
        stored = cls.of(shown, change=change)
        stored.whole, stored.near = set(whole), near
        stored.add_hidden(hidden)
        return stored

    def widened(self, store: Store, whole: set[str], *, change: Change) -> Stored:
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
    def of(cls, rows: list[dict[str, Any]], *, change: Change) -> Stored:
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
            reopened(rows, gone=change.gone, moves=change.moves, key="component"),
        )

    def holds(self, eid: str, group: Group, *, ids: set[tuple[str, int]]) -> bool:
        """Whether the stored entity ``eid`` is, of what the regroup read, the members
        ``ids``, and all of the components of ``group`` read in part."""
        return self.held.get(eid) == ids and self.parts.get(eid, set()) == set(parts_of(group, self.hidden))


def reopened(
    rows: list[dict[str, Any]], *, gone: set[str], moves: set[tuple[str, int]], key: str
) -> set[str]:
    """The ``key`` (automatic group or component) of each index row of a changed article
    (``gone``) but those that keep their component (``moves``)."""
    return {
        row[key]
        for row in rows
        if row["article_id"] in gone and (row["article_id"], row["member"]) not in moves
    }


def _held(rows: list[dict[str, Any]]) -> dict[str, set[tuple[str, int]]]:
    """The members each stored entity holds."""
    held: dict[str, set[tuple[str, int]]] = {}
    for row in rows:
        held.setdefault(row["entity_id"], set()).add((row["article_id"], row["member"]))
    return held


def parts_of_member(member: Member, hidden: dict[str, int]) -> list[str]:
    """The component ``member`` is the first member of, if it was read in part."""
    name = f"{member.article_id}#{member.ordinal}"
    return [name] if name in hidden else []


def parts_of(group: Group, hidden: dict[str, int]) -> list[str]:
    """The components read in part among ``group``'s."""
    return [c for m in group.members for c in parts_of_member(m, hidden)]


def _read_in_part(
    store: Store, groups: list[str], *, near: set[str], change: Change, whole: list[str]
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
    actor are not read one by one. The rows of the groups read in full (``whole``) come
    with them, in the same statement."""
    if not groups:
        return [], []
    return store.entity_member_parts(
        groups,
        keys=sorted(near),
        persons_in=sorted(change.gone),
        people_in=sorted(change.mates - change.gone),
        whole=whole,
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


def load(
    store: Store, rows: list[dict[str, Any]], change: Change, *, reads: Reads
) -> tuple[list[Member], dict[str, set[str]], dict[str, str]]:
    """The members to regroup (in a rebuild's order), their articles' co-mentions and stories
    (``reads``: those an earlier regroup of the update read).

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
    members = [read.get((row["article_id"], row["member"])) or indexed(row) for row in kept]
    members = sorted(members + fresh, key=lambda m: (m.article_id, m.ordinal))
    context = co_mentions(fresh + list(idle.values()))
    context.update(reads.of({row["article_id"] for row in kept} - gone, store.entity_context))
    stories = reads.of({m.article_id for m in members}, store.article_stories_of)
    return members, context, stories


def indexed(row: dict[str, Any]) -> Member:
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

