"""What an update regroups and how: the stored groups a changed article's member may join or
unsettle (``reachable_groups``), closed over the name words the lone-surname rule compares
(``closed``), and what of their stored grouping stays settled (``settled``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process

from newsdesk.entities.grouping import SURNAME_RATIO, Member, Settled, surname_first
from newsdesk.entities.update.changes import Change
from newsdesk.entities.update.reading import Stored
from newsdesk.store import Store

#: Two surnames this close may meet in the story-variant rule (the loosest rule on surnames).
_NEAR_SURNAME = SURNAME_RATIO - 10


def reachable_groups(store: Store, fresh: list[Member], mates: set[str]) -> set[str]:
    """Automatic groups holding a stored member that one of ``fresh`` may join or unsettle
    (``mates``: the other articles of their stories)."""
    people = [m for m in fresh if m.label == "PERSON" and len(m.words) > 1]
    groups, near = store.entity_reached(
        keys=sorted({m.key for m in fresh}),
        words=sorted(_name_words(fresh)),
        gazetteers=sorted({m.gazetteer for m in fresh if m.gazetteer}),
        people_in=sorted(mates),
        prefixes=sorted({m.words[-1][:2] for m in people}),
    )
    surnames: dict[int, set[str]] = {}
    for member in people:
        surnames.setdefault(len(member.words), set()).add(member.words[-1])
    return groups | close_surname_groups(near, surnames)


def close_surname_groups(
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


def closed(store: Store, groups: set[str], fresh: list[Member]) -> set[str]:
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


def settled(members: list[Member], stored: Stored, change: Change, *, partial: set[str]) -> Settled:
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

