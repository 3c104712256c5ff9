"""What changed since the registry's last run (``Change.read``): the changed articles, their
members, those of the articles that only moved story that keep their component
(``_settled_moves``) and those of them no rule reading a story concerns (``_idle``), the
other articles of their stories, the user's decisions and the groups they can find, and the
groups read in full from the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from newsdesk.entities.grouping import Member, article_members, story_variant
from newsdesk.entities.translit import translit_key
from newsdesk.entities.update.reading import LANGUAGES, indexed, reopened
from newsdesk.store import Store


@dataclass(slots=True)
class Change:
    """What an update starts from (``Change.read``): the changed articles (``stale``: new,
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
    def read(cls, store: Store) -> Change | None:
        """The change since the registry's last run, or None if there is none."""
        stale, now, held = store.entity_index_changes(languages=LANGUAGES)
        if not stale:
            return None
        same = _same_version(now, held=held)
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
        whole = reopened(rows, gone=gone, moves=moves, key="auto_group")
        whole |= named | _lone_groups(store, moves, fresh, same=same, held=sorted(held))
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


def _same_version(now: pa.Table, *, held: dict[str, int]) -> set[str]:
    """The changed articles whose text the registry holds already (the article only moved
    to another story; ``now``: the changed articles' rows of ``Store.entity_articles_now``;
    ``held``: the versions the registry read of those it holds)."""
    return {row["article_id"] for row in now.to_pylist() if held.get(row["article_id"]) == row["version"]}


def _fresh(store: Store, stale: list[str], *, same: set[str], rows: list[dict[str, Any]]) -> list[Member]:
    """The members of the changed articles: from their mentions layers, but those of the
    articles that only moved story (``same``), which are what the index holds (``rows``: the
    index rows of the changed articles and more), read back without their text. Their
    mentions are read only if an entity of theirs is rewritten (``filled``): the layers'
    JSON is the largest read of an update."""
    read = [article for article in stale if article not in same]
    fresh = article_members(store.entity_sources(languages=LANGUAGES, article_ids=read))
    fresh += [indexed(row) for row in rows if row["article_id"] in same]
    return sorted(fresh, key=lambda m: (m.article_id, m.ordinal))


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
            by_component.setdefault(row["component"], []).append(indexed(row))
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


def _lone_groups(
    store: Store, moves: set[tuple[str, int]], fresh: list[Member], *, same: set[str], held: list[str]
) -> set[str]:
    """Groups whose lone-surname decision (``Settled.lone_joins``) is taken again, read in
    full from the start rather than found in a first regroup and regrouped again; one
    statement (``Store.entity_lone_groups``) finds the three kinds:

    * a member of theirs moved to another story with its article (``moves``) and the name
      has a single bearer (a bearer that only a change adds is still found by a regroup);
    * a new person with a stored key comes before the first member of that key's component,
      which it then renames, and that component is the single bearer of the name (other
      renames, a person joined by a near spelling or a story variant, are still found by a
      regroup);
    * the name has a single bearer whose first member, the member the decision compared
      it with, is of a changed article the index holds (``held``: only those have stored
      components): that member is regrouped as a changed one, so the stored decision is not
      reused (an article that only moved story made the registry regroup twice at 1,000
      articles)."""
    people = sorted(
        (m.key, m.article_id, m.ordinal)
        for m in fresh
        if m.label == "PERSON" and len(m.words) > 1 and m.article_id not in same
    )
    if not moves and not people and not held:
        return set()
    return store.entity_lone_groups(sorted({article for article, _ in moves}), people, led_by=held)


def _story_mates(store: Store, stale: list[str]) -> set[str]:
    """The other articles of the changed articles' stories."""
    return set(store.story_mates(stale))


def _decision_groups(store: Store, decisions: list[dict[str, Any]]) -> list[str]:
    names = sorted({d[field] for d in decisions for field in ("subject", "value") if d[field]})
    if not names:
        return []
    return store.entity_groups_named(sorted({translit_key(name) for name in names}), names)
