"""The registry's records: each group's entity id, type, canonical name and country, and its
rows in the store's tables (``entities``, ``entity_aliases``, ``entity_roles``,
``entity_mentions``), as lists of rows and as Arrow tables.

``Tally`` sums what an ``entities`` row reads from a group's members, so the update of the
registry (``newsdesk.entities.update``) can count a large group's row without its texts; each
entity's tally is kept (``entity_tallies``, as JSON text), so an entity that grows adds its new
members to its stored tally instead of summing every member again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import pyarrow as pa

from newsdesk.entities.crossscript import cyrillic, display_language, in_display_script
from newsdesk.entities.gazetteer import Gazetteer, country_of_word
from newsdesk.entities.grouping import Group, Member, type_group
from newsdesk.names import POSSESSIVE_END

_ALIAS_KINDS = {"name", "short", "acronym"}


# -- entity attributes -------------------------------------------------------------------------------


def entity_id(group: Group) -> str:
    """Stable id: from the gazetteer id, else from the smallest key among the group's full names."""
    if group.anchor:
        return "E" + hashlib.sha1(group.anchor.encode("utf-8")).hexdigest()[:10]
    anchor = min((m.gazetteer for m in group.members if m.gazetteer), default=None)
    if anchor is None:
        full = [m for m in group.members if len(m.words) > 1] or group.members
        anchor = min(f"{type_group(m.label)}:{m.key}" for m in full)
    return "E" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:10]


@dataclass(slots=True)
class Tally:
    """What an entity's ``entities`` row reads from its members, summed over them: each
    name's count and first place, each label's mentions, each gazetteer id's first place and
    label, each role's count, and the mentions and articles. Places order the members (a
    group's list order, or ``(article id, ordinal)``), so the row of a large group can be
    counted from the index without its members' texts (``newsdesk.entities.update``)."""

    names: dict[str, tuple[int, Any]] = field(default_factory=dict)
    labels: Counter[str] = field(default_factory=Counter)
    gazetteers: dict[str, tuple[Any, str]] = field(default_factory=dict)
    roles: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    articles: int = 0

    @classmethod
    def of(cls, members: Sequence[Member], *, places: Sequence[Any] | None = None) -> Tally:
        """The tally of ``members``; their places are their indices unless given."""
        tally = cls(articles=len({m.article_id for m in members}))
        for member, place in zip(members, places or range(len(members)), strict=True):
            tally.add_member(member, place=place)
        return tally

    def add_member(self, member: Member, *, place: Any) -> None:
        """Count one member at ``place`` (its article is counted by the caller)."""
        self.add(
            member.name,
            label=member.label,
            gazetteer=member.gazetteer,
            roles=member.roles,
            mentions=member.mention_count,
            place=place,
        )

    def add(
        self, name: str, *, label: str, gazetteer: str | None, roles: Sequence[str], mentions: int, place: Any
    ) -> None:
        """Count one member (its article is counted by the caller)."""
        count, first = self.names.get(name, (0, place))
        self.names[name] = (count + 1, min(first, place))
        self.labels[label] += mentions
        known = self.gazetteers.get(gazetteer or "")
        if gazetteer and (known is None or place < known[0]):
            self.gazetteers[gazetteer] = (place, label)
        self.roles.update(roles)
        self.mentions += mentions

    def to_json(self) -> str:
        """The tally as the JSON text ``entity_tallies`` keeps; places must be ``(article id,
        member)``. Each part is sorted, so equal tallies are equal texts."""
        return json.dumps(
            {
                "names": sorted([name, count, *place] for name, (count, place) in self.names.items()),
                "labels": sorted(self.labels.items()),
                "gazetteers": sorted([gid, *place, label] for gid, (place, label) in self.gazetteers.items()),
                "roles": sorted(self.roles.items()),
                "mentions": self.mentions,
                "articles": self.articles,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Tally:
        """A tally ``to_json`` wrote; its places are ``(article id, member)``."""
        found = json.loads(text)
        return cls(
            names={name: (count, (article, member)) for name, count, article, member in found["names"]},
            labels=Counter(dict(found["labels"])),
            gazetteers={gid: ((article, member), label) for gid, article, member, label in found["gazetteers"]},
            roles=Counter(dict(found["roles"])),
            mentions=found["mentions"],
            articles=found["articles"],
        )

    def ordered_names(self) -> Counter[str]:
        """Each name's count, names in the order of their first place."""
        ordered = sorted(self.names.items(), key=lambda item: item[1][1])
        return Counter({name: count for name, (count, _) in ordered})

    def ordered_gazetteers(self) -> list[tuple[str, str]]:
        """``(gazetteer id, label)`` in the order of their first place."""
        found = sorted(self.gazetteers.items(), key=lambda item: item[1][0])
        return [(gazetteer_id, label) for gazetteer_id, (_, label) in found]


def entity_type(group: Group) -> str:
    return _tally_type(Tally.of(group.members))


def _tally_type(tally: Tally) -> str:
    labels, gazetteers = tally.labels, tally.ordered_gazetteers()
    return gazetteers[0][1] if gazetteers else max(labels, key=lambda label: (labels[label], label))


def canonical_name(group: Group, gazetteer: Gazetteer) -> str:
    return group.name or _tally_name(Tally.of(group.members), gazetteer)


def _tally_name(tally: Tally, gazetteer: Gazetteer) -> str:
    language = display_language()  # Токаев or Tokayev (newsdesk.entities.crossscript)
    names = in_display_script(tally.ordered_names(), language=language)
    for gazetteer_id, _ in tally.ordered_gazetteers():
        if gazetteer_id in gazetteer.entries and not cyrillic(next(iter(names))):
            return gazetteer.entries[gazetteer_id]["name"]
    return max(names, key=lambda n: (len(n.split()) > 1, names[n], -len(n), n))


def entity_country(group: Group, gazetteer: Gazetteer) -> str | None:
    return _tally_country(Tally.of(group.members), gazetteer)


def _tally_country(tally: Tally, gazetteer: Gazetteer) -> str | None:
    for gazetteer_id, _ in tally.ordered_gazetteers():
        entry = gazetteer.entries.get(gazetteer_id)
        if entry and (entry.get("country") or entry.get("stands_for")):
            return entry.get("country") or entry["stands_for"]
    words: Counter[str] = Counter()
    for role, count in tally.roles.items():
        for word in role.split():
            words[_role_word(word)] += count
    for word in sorted(words, key=lambda w: (-words[w], w)):
        found = country_of_word(word, gazetteer)
        if found:
            return found
    return None


def _role_word(word: str) -> str:
    """A role's word as ``country_of_word`` reads it: without the commas and quotation marks
    around it and a possessive's ending ("Iran's,": Iran), its own last letters kept
    ("Swiss", "Cyprus", "Philippines'": Philippines)."""
    return POSSESSIVE_END.sub("", word.strip(",'’"))


# -- tables for the store -------------------------------------------------------------------------


#: The registry's tables, each a list of rows in ``registry_rows`` and an Arrow table in the
#: store; the last keeps each entity's tally for the update, and no face reads it.
REGISTRY_TABLES = ("entities", "entity_aliases", "entity_roles", "entity_mentions", "entity_tallies")


def registry_tables(groups: list[Group], gazetteer: Gazetteer) -> dict[str, pa.Table]:
    return registry_arrow(registry_rows(groups, gazetteer))


def registry_rows(groups: list[Group], gazetteer: Gazetteer) -> dict[str, list[dict[str, Any]]]:
    """The rows of ``groups`` in each of the registry's tables (``REGISTRY_TABLES``)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in REGISTRY_TABLES}
    for group in groups:
        eid = entity_id(group)
        kept = kept_tally(group.members)
        shown = kept if _in_place_order(group) else Tally.of(group.members)
        rows["entities"].append(tally_row(eid, shown, gazetteer, name=group.name))
        rows["entity_tallies"].append({"entity_id": eid, "tally": kept.to_json()})
        rows["entity_aliases"] += alias_rows(eid, group.members, group, gazetteer)
        rows["entity_roles"] += role_rows(eid, group.members)
        rows["entity_mentions"] += mention_rows(eid, group.members)
    return rows


def registry_arrow(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """The registry's tables (``entities``, ``entity_aliases``, ...) from their rows."""
    return {name: _table(name, table_rows) for name, table_rows in rows.items()}


def kept_tally(members: Sequence[Member]) -> Tally:
    """The tally ``entity_tallies`` keeps of these members: places ``(article id, member)``,
    the order an update reads the index in."""
    return Tally.of(members, places=[(m.article_id, m.ordinal) for m in members])


def _in_place_order(group: Group) -> bool:
    """Whether ``group``'s members are in ``(article id, member)`` order, so its kept tally
    orders names and gazetteer ids as its list does (a user's merge may join two lists)."""
    places = [(m.article_id, m.ordinal) for m in group.members]
    return all(a < b for a, b in pairwise(places))


def tally_row(eid: str, tally: Tally, gazetteer: Gazetteer, *, name: str | None = None) -> dict[str, Any]:
    """The ``entities`` row of the entity ``eid`` whose members add up to ``tally``."""
    gazetteers = tally.ordered_gazetteers()
    return {
        "id": eid,
        "name": name or _tally_name(tally, gazetteer),
        "type": _tally_type(tally),
        "country": _tally_country(tally, gazetteer),
        "gazetteer": gazetteers[0][0] if gazetteers else None,
        "mentions": tally.mentions,
        "articles": tally.articles,
    }


def role_rows(eid: str, members: list[Member]) -> list[dict[str, Any]]:
    return [
        {"entity_id": eid, "role": role, "article_id": m.article_id, "published": m.published}
        for m in members
        for role in m.roles
    ]


def mention_rows(eid: str, members: list[Member]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": m.article_id,
            "entity_id": eid,
            "start_char": x["start"],
            "end_char": x["end"],
            "text": x["text"],
            "kind": x["kind"],
        }
        for m in members
        for x in m.mentions
    ]


def alias_rows(
    eid: str, members: list[Member], group: Group, gazetteer: Gazetteer, *, stored: list[dict[str, Any]] = ()
) -> list[dict[str, Any]]:
    """Alias rows of ``group`` from the mentions of ``members`` (all of the group's, or the new
    ones) added to its ``stored`` alias rows: counts add up, first and last dates widen."""
    seen: dict[str, list[Any]] = {
        row["alias"]: [row["mentions"], row["first_seen"], row["last_seen"]] for row in stored
    }
    for member in members:
        for mention in member.mentions:
            if mention["kind"] in _ALIAS_KINDS:
                _tally(seen, mention["text"], member.published)
                if mention.get("lemma") and mention["lemma"] != mention["text"]:
                    _tally(seen, mention["lemma"], member.published)  # Токаева -> Токаев
    validity = _validity(group, gazetteer)
    rows = []
    for alias, (count, first, last) in seen.items():
        valid_from, valid_to = validity.get(alias, (None, None))
        rows.append(
            {
                "entity_id": eid,
                "alias": alias,
                "mentions": count,
                "first_seen": first,
                "last_seen": last,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )
    return rows


def _tally(seen: dict[str, list[Any]], alias: str, published: str | None) -> None:
    count, first, last = seen.get(alias, (0, None, None))
    if published:
        first, last = min(first or published, published), max(last or published, published)
    seen[alias] = [count + 1, first, last]


def _validity(group: Group, gazetteer: Gazetteer) -> dict[str, tuple[str | None, str | None]]:
    for member in group.members:
        entry = gazetteer.entries.get(member.gazetteer or "")
        if entry and entry.get("validity"):
            spans: dict[str, tuple[str | None, str | None]] = {}
            for period in entry["validity"]:
                start, end = spans.get(period["alias"], (period["from"], period["to"]))
                spans[period["alias"]] = (
                    min(filter(None, (start, period["from"])), default=None),
                    None if period["to"] is None or end is None else max(end, period["to"]),
                )
            return spans
    return {}


_SCHEMAS = {
    "entities": [
        ("id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("country", pa.string()),
        ("gazetteer", pa.string()),
        ("mentions", pa.int32()),
        ("articles", pa.int32()),
    ],
    "entity_aliases": [
        ("entity_id", pa.string()),
        ("alias", pa.string()),
        ("mentions", pa.int32()),
        ("first_seen", pa.string()),
        ("last_seen", pa.string()),
        ("valid_from", pa.string()),
        ("valid_to", pa.string()),
    ],
    "entity_roles": [
        ("entity_id", pa.string()),
        ("role", pa.string()),
        ("article_id", pa.string()),
        ("published", pa.string()),
    ],
    "entity_tallies": [("entity_id", pa.string()), ("tally", pa.string())],
    "entity_mentions": [
        ("article_id", pa.string()),
        ("entity_id", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
        ("kind", pa.string()),
    ],
}


def _table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = pa.schema(_SCHEMAS[name])
    return pa.Table.from_pylist(rows, schema=schema)
