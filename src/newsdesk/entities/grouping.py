"""Grouping the entities of each article across articles: the registry's automatic groups.

Input: each article's ``mentions`` layer (entities resolved within the article), read as one
``Member`` per within-article cluster. Members are grouped across articles by, in order:

1. the gazetteer id (countries, capitals, organisations, listed actors; renames such as
   Nur-Sultan/Astana are aliases of one gazetteer entry);
2. the transliteration key of the name (Qasym-Zhomart Toqaev = Kassym-Jomart Tokayev), for a
   name of several words whatever type its article gave it, for one word within its type;
3. variant spellings of one person within one article or story (same given-name initial, the
   surnames and whole keys close by rapidfuzz);
4. a surname-only cluster ("Tokayev" in an article that never gives the full name) joins the one
   person with that surname, when there is exactly one;
5. rapidfuzz near matches of the key, only when the evidence agrees: same type, same number of
   words, each part close (last word >= 90, the others >= 85), and at least one co-mentioned
   entity in common.
   Different given names (Wang Yi / Wang Wenbin, Zhang Xiao / Zhang Ming) never merge.

``Settled`` carries what an earlier grouping decided, so that the update of the registry
(``newsdesk.entities.update``) tests again only the pairs a change can decide.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product
from typing import Any

from rapidfuzz import fuzz

from newsdesk.unionfind import UnionFind

#: Minimum rapidfuzz ratios between the keys of the last word and of the other words of two
#: person names for a near-match merge (the transliteration key has folded spelling already).
SURNAME_RATIO = 90
GIVEN_NAME_RATIO = 85
#: Minimum rapidfuzz ratio between the whole keys of two person names in the same story.
STORY_NAME_RATIO = 85


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
    uf = UnionFind(len(members))
    if settled is not None:
        _union_by(uf, range(len(members)), lambda i: _kept_component(settled, i))
    _union_by(uf, members, lambda m: m.gazetteer)
    _union_by(uf, members, _name_key)
    _union_by(uf, members, lambda m: f"PERSON:{m.key}" if m.label == "PERSON" else None)
    _union_story_variants(uf, members, stories or {}, settled)
    _union_near_people(uf, members, context, settled)
    _name_components(uf, members)
    _union_surnames(uf, members, stories or {}, context, settled)
    return _groups(uf, members)


def _kept_component(settled: Settled, i: int) -> str | None:
    component = settled.components[i]
    return None if component in settled.reopened else component


def _name_components(uf: UnionFind, members: list[Member]) -> None:
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


def _name_key(member: Member) -> str | None:
    """The key a name joins others by: a name of several words whatever the tagger called it
    ("Sean Trende" a person in one article and an organisation in another is one entity,
    typed by the vote of its mentions); one word with its type, as one word names different
    things ("Amazon" the company and the river), and a lone surname by other rules."""
    if len(member.words) > 1:
        return f"name:{member.key}"
    return None if member.label == "PERSON" else f"{type_group(member.label)}:{member.key}"


def type_group(label: str) -> str:
    return "ORG" if label in {"ORG", "FAC"} else label


def _union_by(uf: UnionFind, members: Sequence[Any], key_of: Any) -> None:
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
    uf: UnionFind, members: list[Member], context: dict[str, set[str]], settled: Settled | None
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
    uf: UnionFind, members: list[Member], stories: dict[str, str], settled: Settled | None
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
    (``GIVEN_NAME_RATIO``) and no two initials different: a word of one or two letters is
    initials once the dots are gone (George P. Bush is not George W., nor George H.W.)."""
    if len(a) != len(b) or fuzz.ratio(a[-1], b[-1]) < SURNAME_RATIO:
        return False
    if any(len(x) <= 2 and len(y) <= 2 and x != y for x, y in zip(a, b, strict=True)):
        return False
    return fuzz.ratio(" ".join(a[:-1]), " ".join(b[:-1])) >= GIVEN_NAME_RATIO


def _union_surnames(
    uf: UnionFind,
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


def _groups(uf: UnionFind, members: list[Member]) -> list[Group]:
    groups: dict[int, Group] = {}
    for i, member in enumerate(members):
        groups.setdefault(uf.find(i), Group()).members.append(member)
    return list(groups.values())
