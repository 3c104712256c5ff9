"""The corpus entity registry: one record per actor across every article (a corpus step).

Input: each article's ``mentions`` layer (entities resolved within the article). Within-article
clusters are grouped across articles by, in order:

1. the gazetteer id (countries, capitals, organisations, listed actors; renames such as
   Nur-Sultan/Astana are aliases of one gazetteer entry);
2. the transliteration key of the name (Qasym-Zhomart Toqaev = Kassym-Jomart Tokayev);
3. variant spellings of one person within one article or story (same given-name initial, the
   surnames and whole keys close by rapidfuzz);
4. a surname-only cluster ("Tokayev" in an article that never gives the full name) joins the one
   person with that surname, when there is exactly one;
5. rapidfuzz near matches of the key, only when the evidence agrees: same type, same number of
   words, each part close (last word >= 90, the others >= 85), and at least one co-mentioned
   entity in common.
   Different given names (Wang Yi / Wang Wenbin, Zhang Xiao / Zhang Ming) never merge.

The user's decisions (``merge``, ``split``, ``rename``, stored in ``entity_decisions``) are then
applied in the order they were made; they name entities by id, name or alias, so they apply
again after every re-analysis and every new ingest.
"""

from __future__ import annotations

import gc
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations, product
from typing import Any

import pyarrow as pa
from rapidfuzz import fuzz

from newsdesk.entities.crossscript import cyrillic, display_language, in_display_script
from newsdesk.entities.gazetteer import Gazetteer, load_gazetteer
from newsdesk.entities.translit import translit_key
from newsdesk.errors import UsageError
from newsdesk.store import Store

log = logging.getLogger(__name__)

#: Minimum rapidfuzz ratios between the keys of the last word and of the other words of two
#: person names for a near-match merge (the transliteration key has folded spelling already).
SURNAME_RATIO = 90
GIVEN_NAME_RATIO = 85
#: Minimum rapidfuzz ratio between the whole keys of two person names in the same story.
STORY_NAME_RATIO = 85
_ALIAS_KINDS = {"name", "short", "acronym"}
_DEMONYM_ENDINGS = ("an", "ian", "ese", "i", "ish", "kh", "ic", "ch")


@dataclass(slots=True)
class Member:
    """One entity as found inside one article."""

    article_id: str
    published: str | None
    name: str
    label: str
    key: str
    gazetteer: str | None
    roles: list[str]
    mentions: list[dict[str, Any]]
    ordinal: int = 0  # its place among its article's members: (article_id, ordinal) names it
    #: Whether the name is written surname first, when known without ``name`` (a member
    #: read back from the registry's index carries its keys, not its text).
    surname_leads: bool | None = None
    #: How many mentions it has, when ``mentions`` is not read (a member from the index).
    counted: int = 0
    #: Its component before the lone-surname rule (the group every pair rule makes), named
    #: by the component's first member; ``group_members`` sets it.
    component: str | None = None

    @property
    def words(self) -> list[str]:
        return self.key.split()

    @property
    def mention_count(self) -> int:
        return len(self.mentions) or self.counted


@dataclass(slots=True)
class Group:
    members: list[Member] = field(default_factory=list)
    name: str | None = None
    anchor: str | None = None


# -- reading the layers -------------------------------------------------------------------------


def article_members(sources: list[tuple[str, str | None, list[dict[str, Any]]]]) -> list[Member]:
    members = []
    for article_id, published, records in sources:
        by_cluster: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for record in records:
            by_cluster[record["cluster"]].append(record)
        for ordinal, mentions in enumerate(by_cluster.values()):
            first = mentions[0]
            members.append(
                Member(
                    article_id,
                    published,
                    first["name"],
                    first["label"],
                    first["key"],
                    first.get("gazetteer"),
                    list(first.get("roles") or []),
                    mentions,
                    ordinal,
                )
            )
    return members


# -- automatic grouping ---------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


@dataclass(slots=True)
class Settled:
    """What a previous grouping decided: each member's component (``None`` for a member it
    did not see), and the components ``reopened`` (they lost members or their articles
    moved to another story), whose remaining members are tested pair by pair again.

    For the lone-surname rule: each stored component's automatic group (``auto``) and, for
    each name word, the stored components bearing it (``owners``). Where a word's bearers
    are the same components, named by the same first members in unchanged articles, a lone
    name of an unchanged article joins as before: its stored group says whether it did.
    Components in ``partial`` were read as a few members (the regroup holds one per key,
    not their whole membership); one whose decision cannot be reused that way goes into
    ``unsettled``, and the caller regroups with it read in full.

    Members in ``moved`` (of articles whose story alone changed) keep their component but
    are tested as new ones: a story-variant pair with them may join, and the lone-surname
    decisions of their components and of the groups they are the first member of are
    taken again (a stored decision may have rested on their former story)."""

    components: Sequence[str | None]
    reopened: set[str]
    auto: dict[str, str] = field(default_factory=dict)
    owners: dict[str, set[str]] = field(default_factory=dict)
    partial: set[str] = field(default_factory=set)
    unsettled: set[str] = field(default_factory=set)
    moved: set[int] = field(default_factory=set)
    moved_into: set[str] = field(default_factory=set)  # the components of the ``moved``

    def pairs(self, indices: list[int], members: list[Member], close: KeyTest) -> Iterator[tuple[int, int]]:
        """The pairs of ``indices`` a pair rule must test, among those whose keys pass
        ``close``: those with a member not seen before, and those inside one reopened
        component (two members of one component that is not reopened are joined already; of
        two components, they were tested apart). People of one key are joined by the key
        rule already, so two keys are compared once, not once per pair of their members."""
        new = [i for i in indices if self.components[i] is None or i in self.moved]
        old = _by_key([i for i in indices if self.components[i] is not None and i not in self.moved], members)
        yield from _close_key_pairs(new, members, close)
        for a, new_of in _by_key(new, members).items():
            for b, old_of in old.items():
                if a != b and close(a, b):
                    yield from product(new_of, old_of)
        reopened: dict[str, list[int]] = defaultdict(list)
        for i in (i for of_key in old.values() for i in of_key):
            if self.components[i] in self.reopened:
                reopened[self.components[i]].append(i)
        for indices_of in reopened.values():
            yield from _close_key_pairs(indices_of, members, close)

    def lone_joins(self, i: int, word: str, *, lead: int | None, bearers: set[str]) -> bool | None:
        """Whether member ``i``, a lone ``word``, joins the component whose first member is
        ``lead`` (its single bearer; ``None`` when there is not one), ``bearers`` being the
        components bearing ``word`` now, as stored; ``None`` when that decision may differ
        now, after marking ``i``'s component unsettled if it was read in part."""
        component = self.components[i]
        if component is None or component in self.reopened or i in self.moved:
            return None
        if lead is None:  # no single bearer now: nothing to join, whatever was stored
            return False
        same = self.owners.get(word, set()) == bearers
        if same and component not in self.moved_into and self.components[lead] is not None and lead not in self.moved:
            return self.auto.get(component) == self.auto.get(self.components[lead])
        if component in self.partial:
            self.unsettled.add(component)
        return None


class KeyTest:
    """A pair rule's test of two people's keys alone (``near_spellings``, ``story_spellings``),
    made once per pair of keys: many members share a key."""

    def __init__(self, test: Callable[[str, str], bool]) -> None:
        self.test = test
        self.seen: dict[tuple[str, str], bool] = {}

    def __call__(self, a: str, b: str) -> bool:
        found = self.seen.get((a, b))
        if found is None:
            found = self.seen[(a, b)] = self.test(a, b)
        return found


def _by_key(indices: Iterable[int], members: list[Member]) -> dict[str, list[int]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        by_key[members[i].key].append(i)
    return by_key


def _close_key_pairs(indices: list[int], members: list[Member], close: KeyTest) -> Iterator[tuple[int, int]]:
    """The pairs of ``indices`` whose keys differ and pass ``close``: the people of one key
    are joined by the key rule already, and two keys are compared once, not once per pair of
    their members (what made a rebuild quadratic in a popular surname)."""
    by_key = _by_key(indices, members)
    for a, b in combinations(by_key, 2):
        if close(a, b):
            yield from product(by_key[a], by_key[b])


def group_members(
    members: list[Member],
    *,
    stories: dict[str, str] | None = None,
    context: dict[str, set[str]] | None = None,
    settled: Settled | None = None,
) -> list[Group]:
    """Automatic grouping: gazetteer id, transliteration key, variant spellings within a story
    (``stories``: article id -> story id), lone surnames, evidence-backed near matches; sets
    each member's ``component``.

    ``context`` (article id -> keys of every entity it mentions, ``co_mentions``) defaults to
    what ``members`` hold; a caller grouping some of an article's members passes all of them.
    Every rule but the lone-surname one joins two members by a test of that pair alone, so
    the groups do not depend on the order of ``members``, and a pair tested before with the
    same articles, stories and context need not be tested again: ``settled`` says which."""
    context = context if context is not None else co_mentions(members)
    uf = _UnionFind(len(members))
    if settled is not None:
        _union_by(uf, range(len(members)), lambda i: _kept_component(settled, i))
    _union_by(uf, members, lambda m: m.gazetteer)
    _union_by(
        uf, members, lambda m: f"{_type_group(m.label)}:{m.key}" if len(m.words) > 1 or m.label != "PERSON" else None
    )
    _union_by(uf, members, lambda m: f"PERSON:{m.key}" if m.label == "PERSON" else None)
    _union_story_variants(uf, members, stories or {}, settled)
    _union_near_people(uf, members, context, settled)
    _name_components(uf, members)
    _union_surnames(uf, members, stories or {}, context, settled)
    return _groups(uf, members)


def _kept_component(settled: Settled, i: int) -> str | None:
    component = settled.components[i]
    return None if component in settled.reopened else component


def _name_components(uf: _UnionFind, members: list[Member]) -> None:
    """Each member's ``component``: the id of the first member of its component."""
    first: dict[int, str] = {}
    for i, member in enumerate(members):
        member.component = first.setdefault(uf.find(i), f"{member.article_id}#{member.ordinal}")


def _pairs(
    indices: list[int], members: list[Member], settled: Settled | None, close: KeyTest
) -> Iterator[tuple[int, int]]:
    """The pairs of people a pair rule joins when ``close`` (a test of their keys) passes."""
    if settled is None:
        return _close_key_pairs(indices, members, close)
    return settled.pairs(indices, members, close)


def _type_group(label: str) -> str:
    return "ORG" if label in {"ORG", "FAC"} else label


def _union_by(uf: _UnionFind, members: Sequence[Any], key_of: Any) -> None:
    first: dict[str, int] = {}
    for i, member in enumerate(members):
        key = key_of(member)
        if key:
            uf.union(i, first.setdefault(key, i))


def co_mentions(members: list[Member]) -> dict[str, set[str]]:
    """Article id -> keys of the entities mentioned in it (the evidence for near matches)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for member in members:
        seen[member.article_id].add(member.gazetteer or member.key)
    return seen


def _union_near_people(
    uf: _UnionFind, members: list[Member], context: dict[str, set[str]], settled: Settled | None
) -> None:
    people = [i for i, m in enumerate(members) if m.label == "PERSON" and len(m.words) > 1]
    by_surname: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i in people:  # near spellings have as many words and surnames starting alike
        words = members[i].words
        by_surname[(len(words), words[-1][:2])].append(i)
    near = KeyTest(lambda a, b: near_spellings(a.split(), b.split()))
    for indices in by_surname.values():
        for i, j in _pairs(indices, members, settled, near):
            if uf.find(i) != uf.find(j) and _shares_context(members[i], members[j], context):
                uf.union(i, j)


def _union_story_variants(
    uf: _UnionFind, members: list[Member], stories: dict[str, str], settled: Settled | None
) -> None:
    """Spellings of one person's name within one article or one story join (Mohammed /
    Muhammad bin Salman): both people, the same given-name initial, the surnames close and
    the whole keys close (``STORY_NAME_RATIO``). Across stories the stricter near match holds."""
    by_story: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, member in enumerate(members):  # variants have as many words
        if member.label == "PERSON" and len(member.words) > 1:
            by_story[(stories.get(member.article_id, member.article_id), len(member.words))].append(i)
    variants = KeyTest(story_spellings)
    for indices in by_story.values():
        for i, j in _pairs(indices, members, settled, variants):
            if uf.find(i) != uf.find(j):
                uf.union(i, j)


def story_variant(a: Member, b: Member) -> bool:
    """Katie / Kate McGinty, Mohammed / Muhammad bin Salman; not Julie / Judy Rabinovitz."""
    return story_spellings(a.key, b.key)


def story_spellings(a: str, b: str) -> bool:
    """The test of ``story_variant`` on two keys (it reads nothing else)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or fuzz.ratio(words_a[-1], words_b[-1]) < SURNAME_RATIO - 10:
        return False
    if not all(_same_given_name(x, y) for x, y in zip(words_a[:-1], words_b[:-1], strict=True)):
        return False
    return fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) >= STORY_NAME_RATIO


def _same_given_name(a: str, b: str) -> bool:
    """One is a short form of the other (Kate / Katie, Rob / Robert) or they differ only in
    vowels (Mohammed / Muhammad, Volodymyr / Vladimir once transliterated)."""
    return a.startswith(b) or b.startswith(a) or _consonants(a) == _consonants(b)


def _consonants(word: str) -> str:
    return "".join(char for char in word if char not in "aeiou")


def near_spellings(a: list[str], b: list[str]) -> bool:
    """As many words, the last ones close (``SURNAME_RATIO``), the others close together
    (``GIVEN_NAME_RATIO``)."""
    if len(a) != len(b) or fuzz.ratio(a[-1], b[-1]) < SURNAME_RATIO:
        return False
    return fuzz.ratio(" ".join(a[:-1]), " ".join(b[:-1])) >= GIVEN_NAME_RATIO


def _union_surnames(
    uf: _UnionFind,
    members: list[Member],
    stories: dict[str, str],
    context: dict[str, set[str]],
    settled: Settled | None,
) -> None:
    """A one-word person name joins the single person (group) with that surname, never on its
    own: the two articles must be in one story or share a co-mentioned entity with the group's
    first member. A one-word name the article does not call a person ("Moody's", "The Hill")
    never joins a person. A decision ``settled`` still holds is not tested again."""
    owners: dict[str, set[int]] = defaultdict(set)
    first: dict[int, int] = {}
    for i, member in enumerate(members):
        first.setdefault(uf.find(i), i)
        if member.label == "PERSON" and len(member.words) > 1:
            owners[member.words[-1]].add(uf.find(i))
            if surname_first(member):
                owners[member.words[0]].add(uf.find(i))
    joins = []
    for i, member in enumerate(members):
        if len(member.words) != 1 or member.gazetteer or member.label != "PERSON":
            continue  # "Moody's", "The Hill": what the article calls no person stays apart
        bearers = owners.get(member.key, set())
        lead = first[next(iter(bearers))] if len(bearers) == 1 else None
        joined = (
            None
            if settled is None
            else settled.lone_joins(i, member.key, lead=lead, bearers={members[first[r]].component for r in bearers})
        )
        if joined is None and lead is not None:
            joined = _same_story(member, members[lead], stories) or _shares_context(member, members[lead], context)
        if joined:
            joins.append((i, next(iter(bearers))))
    for i, owner in joins:
        uf.union(i, owner)


def _same_story(a: Member, b: Member, stories: dict[str, str]) -> bool:
    return stories.get(a.article_id, a.article_id) == stories.get(b.article_id, b.article_id)


def _shares_context(a: Member, b: Member, context: dict[str, set[str]]) -> bool:
    """Both articles mention at least one other entity in common (the evidence for a merge)."""
    return bool((context[a.article_id] & context[b.article_id]) - {a.key, b.key, a.gazetteer, b.gazetteer})


def surname_first(member: Member) -> bool:
    from newsdesk.entities.people import SURNAME_FIRST

    if member.surname_leads is not None:
        return member.surname_leads
    return len(member.words) == 2 and member.name.split()[0].lower() in SURNAME_FIRST


def _groups(uf: _UnionFind, members: list[Member]) -> list[Group]:
    groups: dict[int, Group] = {}
    for i, member in enumerate(members):
        groups.setdefault(uf.find(i), Group()).members.append(member)
    return list(groups.values())


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


# -- entity attributes -------------------------------------------------------------------------------


def entity_id(group: Group) -> str:
    """Stable id: from the gazetteer id, else from the smallest key among the group's full names."""
    if group.anchor:
        return "E" + hashlib.sha1(group.anchor.encode("utf-8")).hexdigest()[:10]
    anchor = min((m.gazetteer for m in group.members if m.gazetteer), default=None)
    if anchor is None:
        full = [m for m in group.members if len(m.words) > 1] or group.members
        anchor = min(f"{_type_group(m.label)}:{m.key}" for m in full)
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
            tally.add(
                member.name,
                label=member.label,
                gazetteer=member.gazetteer,
                roles=member.roles,
                mentions=member.mention_count,
                place=place,
            )
        return tally

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
            words[word.strip("’'s,")] += count
    for word in sorted(words, key=lambda w: (-words[w], w)):
        found = country_of_word(word, gazetteer)
        if found:
            return found
    return None


def country_of_word(word: str, gazetteer: Gazetteer) -> str | None:
    """ISO3 for a country name or a nationality word: "China", "Kazakh", "Chinese"."""
    if len(word) < 4 or not word[:1].isupper():
        return None
    exact = gazetteer.country_named(word)
    if exact:
        return exact
    if not word.lower().endswith(_DEMONYM_ENDINGS):
        return None
    matches = {e["id"] for e in gazetteer.country_entries if e["name"].lower()[:4] == word.lower()[:4]}
    return matches.pop() if len(matches) == 1 else None


# -- tables for the store -------------------------------------------------------------------------


#: The registry's tables, each a list of rows in ``registry_rows`` and an Arrow table in the store.
REGISTRY_TABLES = ("entities", "entity_aliases", "entity_roles", "entity_mentions")


def registry_tables(groups: list[Group], gazetteer: Gazetteer) -> dict[str, pa.Table]:
    return registry_arrow(registry_rows(groups, gazetteer))


def registry_rows(groups: list[Group], gazetteer: Gazetteer) -> dict[str, list[dict[str, Any]]]:
    """The rows of ``groups`` in each of the registry's tables (``REGISTRY_TABLES``)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in REGISTRY_TABLES}
    for group in groups:
        eid = entity_id(group)
        rows["entities"].append(entity_row(group, gazetteer))
        rows["entity_aliases"] += alias_rows(eid, group.members, group, gazetteer)
        rows["entity_roles"] += role_rows(eid, group.members)
        rows["entity_mentions"] += mention_rows(eid, group.members)
    return rows


def registry_arrow(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """The registry's tables (``entities``, ``entity_aliases``, ...) from their rows."""
    return {name: _table(name, table_rows) for name, table_rows in rows.items()}


def entity_row(group: Group, gazetteer: Gazetteer) -> dict[str, Any]:
    """The ``entities`` row of a group; its members need names, roles and mention counts only."""
    return tally_row(entity_id(group), Tally.of(group.members), gazetteer, name=group.name)


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
        else:  # loaded only if an entity is written (40 ms a process)
            update_registry(store, load_gazetteer)
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
    """Record a merge, split or rename and rebuild the registry; return the subject entity after it."""
    if action not in {"merge", "split", "rename"}:
        raise UsageError(f"unknown entity decision {action!r}; use merge, split or rename")
    for name in (subject, value) if action == "merge" else (subject,):
        if store.find_entity(name) is None:
            raise UsageError(f"no entity named {name!r}; see `newsdesk entities`")
    store.add_entity_decision(action=action, subject=subject, value=value)
    resolve_entities(store, full=True)
    return store.find_entity(value if action == "rename" else subject) or {}
