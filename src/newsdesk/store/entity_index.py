"""Queries for the member index the entity registry keeps to update itself: the kept
members of each article's mentions layer (``entity_members``), the article versions and
stories they were read from (``entity_articles``), and what a registry update asks of them
(members by filter, their groups, name words and components).

Lists of ids and rows reach a query as every store module passes them
(``newsdesk.store.values``: JSON text for a few, Arrow for many).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, TypedDict, Unpack

import pyarrow as pa

from newsdesk.store.points import picked_column
from newsdesk.store.schema import CURRENT_VERSION


class MemberFilters(TypedDict, total=False):
    """Which registry members a query finds: those in one of these articles, with one of
    these keys, gazetteer ids, name words (a one-word key, a person's surname or first
    word) or surname prefixes (two letters), in one of these automatic groups, or the
    people with a full name (a surname) in one of these articles (``people_in``). A member
    meeting any filter given is found; an empty or absent filter finds none."""

    article_ids: Sequence[str]
    people_in: Sequence[str]
    keys: Sequence[str]
    gazetteers: Sequence[str]
    words: Sequence[str]
    prefixes: Sequence[str]
    groups: Sequence[str]


#: Each filter of ``MemberFilters``: the value table it binds and the condition.
_MEMBER_FILTERS = {
    "article_ids": ("wanted_articles", "article_id IN (SELECT value FROM wanted_articles)"),
    "people_in": (
        "wanted_people_in",
        "article_id IN (SELECT value FROM wanted_people_in) AND surname IS NOT NULL",
    ),
    "keys": ("wanted_keys", "key IN (SELECT value FROM wanted_keys)"),
    "gazetteers": ("wanted_gazetteers", "gazetteer IN (SELECT value FROM wanted_gazetteers)"),
    "words": (
        "wanted_words",
        """surname IN (SELECT value FROM wanted_words)
                                 OR first_word IN (SELECT value FROM wanted_words)
                                 OR (words = 1 AND key IN (SELECT value FROM wanted_words))""",
    ),
    "prefixes": ("wanted_prefixes", "left(surname, 2) IN (SELECT value FROM wanted_prefixes)"),
    "groups": ("wanted_groups", "auto_group IN (SELECT value FROM wanted_groups)"),
}


def _current(article_ids: Sequence[str] | None) -> str:
    """The current articles (``article_ids`` of them, bound as ``wanted_articles``, if
    given): the ids are picked before the latest version is, so a few articles read a few
    rows, not the latest version of every article."""
    if article_ids is None:
        return "current_articles"
    return f"""(SELECT * FROM articles WHERE id IN (SELECT value FROM wanted_articles)
               {CURRENT_VERSION})"""


def _member_filter(**filters: Unpack[MemberFilters]) -> tuple[str, dict[str, Sequence[str]]]:
    """The condition a registry member meets when ``filters`` find it, and the value tables
    it reads (``ValueLists._run``): only those of the filters given."""
    unknown = sorted(set(filters) - set(_MEMBER_FILTERS))
    if unknown:
        raise TypeError(f"unknown member filters {unknown}; use {sorted(_MEMBER_FILTERS)}")
    given = [name for name in _MEMBER_FILTERS if filters.get(name)]
    where = "(" + (" OR ".join(f"({_MEMBER_FILTERS[name][1]})" for name in given) or "FALSE") + ")"
    return where, {_MEMBER_FILTERS[name][0]: filters[name] for name in given}


class EntityIndexQueries:
    """The member index the corpus entity registry is updated from; mixed into ``Store``."""

    # -- what the registry reads: the mentions layers of the current articles ---------------

    def entity_sources(
        self, *, languages: Sequence[str], article_ids: Sequence[str] | None = None
    ) -> list[tuple[str, str | None, list[dict[str, Any]]]]:
        """``(article_id, published, mentions)`` for every current article (or those of
        ``article_ids``) in one of ``languages`` with a mentions layer, by article id: the
        registry is a function of the stored articles, not of the order they arrived in."""
        if article_ids is not None and not article_ids:
            return []
        rows = self._run(
            f"""SELECT n.rowid, a.id, a.published FROM {_current(article_ids)} a
                JOIN annotations n ON n.article_id = a.id AND n.version = a.version
                     AND n.layer = 'mentions'
                WHERE a.language IN (SELECT value FROM languages) ORDER BY a.id""",  # fixed text
            wanted_articles=article_ids or (),
            languages=languages,
        ).fetchall()
        layers = self._layers_at([(row[0], row[1]) for row in rows])
        return [(article_id, published, json.loads(layers[at])) for at, article_id, published in rows]

    def _layers_at(self, rows: Sequence[tuple[int, str]]) -> dict[int, str]:
        """``{row id: data}`` of these rows of ``annotations`` (``(row id, article id)``
        pairs). Picked through the index of the article ids (``points.picked_rows``), only
        those rows are read: by row id, the scan read the whole vector holding them, every
        layer's JSON of 1,000 articles for ten new ones (17.3 MiB, 22-30 CPU ms cold, against
        1.3 MiB and 4-5 ms); joined on the articles, it read every layer's JSON too."""
        return picked_column(self._run, "annotations", "data", id_column="article_id", rows=rows)

    # -- what the registry keeps to update itself from the articles that changed ------------

    _ENTITY_NOW = """
        SELECT a.id, a.version, m.story_id AS story FROM {articles} a
        JOIN annotations n ON n.article_id = a.id AND n.version = a.version AND n.layer = 'mentions'
        LEFT JOIN story_members m ON m.article_id = a.id
        WHERE a.language IN (SELECT value FROM languages)"""

    def entity_articles_now(self, *, languages: Sequence[str], article_ids: Sequence[str] | None = None) -> pa.Table:
        """``article_id``, ``version``, ``story`` of the current articles the registry reads."""
        now = self._ENTITY_NOW.format(articles=_current(article_ids))
        return self._run(
            f"SELECT id AS article_id, version, story FROM ({now}) now",  # fixed text
            wanted_articles=article_ids or (),
            languages=languages,
        ).to_arrow_table()

    def entity_member_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM entity_members").fetchone()[0]

    def entity_index_size(self) -> int:
        return self.con.execute("SELECT count(*) FROM entity_articles").fetchone()[0]

    def registry_language(self) -> str | None:
        """The display language the registry's canonical names were chosen in, if recorded."""
        row = self.con.execute("SELECT value FROM newsdesk_meta WHERE key = 'registry_language'").fetchone()
        return row[0] if row else None

    def set_registry_language(self, language: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO newsdesk_meta VALUES ('registry_language', ?)", [language])

    def entity_index_changes(self, *, languages: Sequence[str]) -> tuple[list[str], pa.Table, dict[str, int]]:
        """The articles whose members the registry holds are not those of the current mentions
        layer (new, changed or gone), or whose story changed since, by id; their rows of
        ``entity_articles_now`` (those still current); and ``{id: version}`` the registry
        last read of those it holds. One query: the comparison reads every row of both."""
        table = self._run(
            f"""WITH now AS ({self._ENTITY_NOW.format(articles="current_articles")})
                SELECT coalesce(now.id, e.article_id) AS article_id, now.version, now.story,
                       e.version AS held
                FROM now FULL OUTER JOIN entity_articles e ON e.article_id = now.id
                WHERE now.id IS NULL OR e.article_id IS NULL OR e.version <> now.version
                   OR e.story IS DISTINCT FROM now.story
                ORDER BY article_id""",
            languages=languages,
        ).to_arrow_table()
        ids, held = table["article_id"].to_pylist(), table["held"].to_pylist()
        current = pa.array([version is not None for version in table["version"].to_pylist()], pa.bool_())
        now = table.filter(current).select(["article_id", "version", "story"])
        return ids, now, {i: version for i, version in zip(ids, held, strict=True) if version is not None}

    def entity_index_versions(self, article_ids: Sequence[str]) -> dict[str, int]:
        """``{article id: version}`` the registry last read, for these articles."""
        return dict(
            self._run(
                "SELECT article_id, version FROM entity_articles "
                "WHERE article_id IN (SELECT value FROM wanted_articles)",
                wanted_articles=article_ids,
            ).fetchall()
        )

    def entity_index_story_mates(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        """``{article id: story}`` as the registry last read them, for these articles and
        every article it read in one of their stories."""
        return dict(
            self._run(
                """SELECT article_id, story FROM entity_articles
                   WHERE article_id IN (SELECT value FROM wanted_articles)
                      OR story IN (SELECT story FROM entity_articles
                                   WHERE article_id IN (SELECT value FROM wanted_articles))""",
                wanted_articles=article_ids,
            ).fetchall()
        )

    def article_stories_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        """``{article id: story id}`` for these articles."""
        return dict(
            self._run(
                "SELECT article_id, story_id FROM story_members "
                "WHERE article_id IN (SELECT value FROM wanted_articles)",
                wanted_articles=article_ids,
            ).fetchall()
        )

    def story_mates(self, article_ids: Sequence[str]) -> list[str]:
        """The other articles of these articles' stories, in one query."""
        return [
            row[0]
            for row in self._run(
                """SELECT article_id FROM story_members
                   WHERE story_id IN (SELECT story_id FROM story_members
                                      WHERE article_id IN (SELECT value FROM wanted_articles))
                     AND article_id NOT IN (SELECT value FROM wanted_articles)
                   ORDER BY 1""",
                wanted_articles=article_ids,
            ).fetchall()
        ]

    def entity_member_rows(self, **filters: Unpack[MemberFilters]) -> list[dict[str, Any]]:
        """The registry members ``filters`` find (``MemberFilters``). Each row has every
        column but ``mention_keys`` (only ``entity_groups_named`` compares those), read
        column by column through Arrow: row-wise conversion was the larger part of a read."""
        where, values = _member_filter(**filters)
        return (
            self._run(
                f"SELECT * EXCLUDE (mention_keys) FROM entity_members WHERE {where}",  # fixed text
                **values,
            )
            .to_arrow_table()
            .to_pylist()
        )

    def entity_mention_keys(self, article_ids: Sequence[str]) -> dict[tuple[str, int], list[str]]:
        """``{(article id, member): its mention keys}`` the index holds for these articles."""
        rows = self._run(
            "SELECT article_id, member, mention_keys FROM entity_members "
            "WHERE article_id IN (SELECT value FROM wanted_articles)",
            wanted_articles=article_ids,
        ).fetchall()
        return {(article_id, member): keys for article_id, member, keys in rows}

    def entity_member_groups(self, **filters: Unpack[MemberFilters]) -> set[str]:
        """The automatic groups of the members ``filters`` find."""
        where, values = _member_filter(**filters)
        return {
            row[0]
            for row in self._run(
                f"SELECT DISTINCT auto_group FROM entity_members WHERE {where}",  # fixed text
                **values,
            ).fetchall()
        }

    def entity_group_words(self, groups: Sequence[str], *, lone_only: bool = False) -> set[str]:
        """The name words of these automatic groups' members: one-word keys and, unless
        ``lone_only``, the surnames and surname-first first words of their people."""
        return {
            row[0]
            for row in self._run(
                """SELECT key FROM entity_members
                   WHERE auto_group IN (SELECT value FROM wanted_groups) AND words = 1
                   UNION SELECT unnest([surname, first_word]) FROM entity_members
                   WHERE NOT ? AND auto_group IN (SELECT value FROM wanted_groups)
                     AND surname IS NOT NULL""",
                [lone_only],
                wanted_groups=groups,
            ).fetchall()
            if row[0]
        }

    def entity_lone_groups(
        self, article_ids: Sequence[str], people: Sequence[tuple[str, str, int]], *, led_by: Sequence[str] = ()
    ) -> set[str]:
        """The automatic groups whose lone-surname decision is taken again, in one statement:
        those of a one-word person name without a gazetteer id (what the lone-surname rule
        joins) whose word (a surname, or a first word written surname first) a single stored
        component bears, where either

        * the name's own component holds a member of one of ``article_ids`` (it moved to
          another story with its article), or
        * the bearing component holds the key of one of ``people`` (``(key, article id,
          member)``) and its first member, which names it, comes after that person's (adding
          the person renames the component), or
        * the bearing component's first member, which names it, is one of an article of
          ``led_by`` (a changed article: the decision compared the name with that member,
          which is regrouped as a changed one).

        The kinds share the count of each word's bearers, and the people and lone names are
        each read once (two statements read the index eight times: 14.6 against 10.1 CPU ms
        at 1,000 articles, least of 60)."""
        rows = pa.table(
            {
                "key": [key for key, _, _ in people],
                "article_id": [article for _, article, _ in people],
                "member": pa.array([member for _, _, member in people], type=pa.int64()),
            }
        )
        return {
            row[0]
            for row in self._run(
                """WITH persons AS MATERIALIZED (
                       SELECT component, surname, first_word FROM entity_members
                       WHERE surname IS NOT NULL),
                   lone AS MATERIALIZED (
                       SELECT auto_group, key, component FROM entity_members
                       WHERE words = 1 AND label = 'PERSON' AND gazetteer IS NULL),
                   moved AS (
                       SELECT DISTINCT auto_group, key FROM lone
                       WHERE component IN (
                           SELECT component FROM entity_members
                           WHERE article_id IN (SELECT value FROM wanted_articles))),
                   retaken AS (
                       SELECT DISTINCT m.component FROM entity_members m JOIN people p ON m.key = p.key
                       WHERE p.article_id < split_part(m.component, '#', 1)
                          OR (p.article_id = split_part(m.component, '#', 1)
                              AND p.member < TRY_CAST(split_part(m.component, '#', 2) AS BIGINT))
                       UNION SELECT component FROM persons
                       WHERE split_part(component, '#', 1) IN (SELECT value FROM leading_articles)),
                   named AS (
                       SELECT unnest([surname, first_word]) AS word FROM persons
                       WHERE component IN (SELECT component FROM retaken)
                       UNION SELECT key FROM moved),
                   borne AS (
                       SELECT surname AS word, component FROM persons
                       WHERE surname IN (SELECT word FROM named)
                       UNION SELECT first_word, component FROM persons
                       WHERE first_word IN (SELECT word FROM named)),
                   single AS (
                       SELECT word, any_value(component) AS component FROM borne GROUP BY word
                       HAVING count(DISTINCT component) = 1)
                   SELECT auto_group FROM moved WHERE key IN (SELECT word FROM single)
                   UNION SELECT auto_group FROM lone
                   WHERE key IN (SELECT word FROM single
                                 WHERE component IN (SELECT component FROM retaken))""",
                wanted_articles=article_ids,
                people=rows,
                leading_articles=led_by,
            ).fetchall()
        }

    def entity_person_keys(self, groups: Sequence[str]) -> dict[str, set[str]]:
        """``{automatic group: the keys of its people with a full name}`` for these groups
        (a group with none is left out)."""
        found: dict[str, set[str]] = {}
        for group, key in self._run(
            "SELECT DISTINCT auto_group, key FROM entity_members WHERE surname IS NOT NULL "
            "AND auto_group IN (SELECT value FROM wanted_groups)",
            wanted_groups=groups,
        ).fetchall():
            found.setdefault(group, set()).add(key)
        return found

    #: The reached groups' members a regroup reads (``entity_member_parts``): each kind's
    #: first member is found by an aggregate, not a window (a window sorts every reached
    #: row with all its columns); each row carries its component's member count and entity,
    #: but the rows of the groups read whole, which carry none and are all read.
    _MEMBER_PARTS = """
        WITH reached AS MATERIALIZED (
            SELECT * EXCLUDE (mention_keys), auto_group IN (SELECT value FROM whole_groups) AS whole
            FROM entity_members
            WHERE auto_group IN (SELECT value FROM wanted_groups)),
        kinds AS (
            SELECT component, min({'a': article_id, 'm': member}) AS place, count(*) AS n,
                   min(entity_id) AS entity
            FROM reached WHERE NOT whole GROUP BY component, label, key, gazetteer, first_word),
        components AS (
            SELECT component, sum(n) AS component_members, min(entity) AS component_entity
            FROM kinds GROUP BY component)
        SELECT reached.* EXCLUDE (whole), components.* EXCLUDE (component)
        FROM reached LEFT JOIN components USING (component)
        WHERE reached.whole
           OR {'a': article_id, 'm': member} IN (SELECT place FROM kinds)
           OR key IN (SELECT value FROM wanted_keys)
           OR (label = 'PERSON' AND article_id IN (SELECT value FROM wanted_persons_in))
           OR (surname IS NOT NULL AND article_id IN (SELECT value FROM wanted_people_in))
           OR reached.component = article_id || '#' || member"""

    def entity_member_parts(
        self,
        groups: Sequence[str],
        *,
        keys: Sequence[str],
        persons_in: Sequence[str] = (),
        people_in: Sequence[str] = (),
        whole: Sequence[str] = (),
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """These automatic groups' members as a few per component: the rows of each
        component's first member, of the first member of each kind (component, label, key,
        gazetteer id, surname-first word), of the members with one of ``keys``, of the
        persons (label ``PERSON``) in one of ``persons_in``, and of the people with a full
        name (a surname) in one of ``people_in`` (columns as ``entity_member_rows``); and,
        for the others,
        ``component``, ``entity_id`` and ``members`` (their count) per component. One
        query: every component has a row shown (its first member is the first of its kind).
        The groups of ``whole`` (none of ``groups``) are read in full in the same statement,
        their rows with the others (``entity_member_rows(groups=whole)`` was a statement and
        a scan of the index of its own)."""
        shown = (
            self._run(
                self._MEMBER_PARTS,
                wanted_groups=sorted({*groups, *whole}),  # one filter on the index's scan
                whole_groups=whole,
                wanted_keys=keys,
                wanted_persons_in=persons_in,
                wanted_people_in=people_in,
            )
            .to_arrow_table()
            .to_pylist()
        )
        components = {}
        for row in shown:
            entity, members = row.pop("component_entity"), row.pop("component_members")
            if members is not None:
                components[row["component"]] = (entity, members)
        read = Counter(row["component"] for row in shown)
        return shown, [
            {"component": component, "entity_id": entity, "members": members - read[component]}
            for component, (entity, members) in components.items()
            if members > read[component]
        ]

    def entity_reached(
        self, *, prefixes: Sequence[str], **filters: Unpack[MemberFilters]
    ) -> tuple[set[str], list[dict[str, Any]]]:
        """The automatic groups of the members ``filters`` find (``entity_member_groups``),
        and ``auto_group``, ``surname`` and ``words`` of the people with a full name whose
        surname starts with one of these two-letter ``prefixes``, each once: one statement
        and one scan of the index for both (two statements were a 1% update's floor twice)."""
        where, values = _member_filter(**filters)
        near, near_values = _member_filter(prefixes=prefixes)
        rows = self._run(
            f"""SELECT DISTINCT auto_group, true, NULL, NULL FROM entity_members WHERE {where}
                UNION ALL SELECT DISTINCT auto_group, false, surname, words FROM entity_members
                WHERE {near}""",  # fixed text
            **values,
            **near_values,
        ).fetchall()
        found = {group for group, held, _, _ in rows if held}
        people = sorted({(group, surname, words) for group, _, surname, words in rows if surname})
        return found, [{"auto_group": g, "surname": surname, "words": n} for g, surname, n in people]

    def entity_context(self, article_ids: Sequence[str]) -> dict[str, set[str]]:
        """``{article id: gazetteer id or key of each entity it mentions}`` from the index."""
        rows = self._run(
            "SELECT article_id, list(DISTINCT coalesce(gazetteer, key)) FROM entity_members "
            "WHERE article_id IN (SELECT value FROM wanted_articles) GROUP BY 1",
            wanted_articles=article_ids,
        ).fetchall()
        return {article_id: set(keys) for article_id, keys in rows}

    def entity_groups_named(self, keys: Sequence[str], names: Sequence[str]) -> list[str]:
        """Automatic groups that a decision naming one of ``names`` (``keys``: their
        transliteration keys) can find: by id, key, gazetteer id or a mention's key."""
        return [
            row[0]
            for row in self._run(
                """SELECT DISTINCT auto_group FROM entity_members
               WHERE auto_group IN (SELECT value FROM named) OR key IN (SELECT value FROM keyed)
                  OR gazetteer IN (SELECT value FROM named)
                  OR len(list_intersect(mention_keys, (SELECT list(value) FROM keyed))) > 0""",
                named=names,
                keyed=keys,
            ).fetchall()
        ]

    def update_entity_index(
        self,
        *,
        dropped_articles: Sequence[str],
        dropped_groups: Sequence[str],
        articles: pa.Table,
        members: pa.Table,
        kept_members: Sequence[tuple[str, int]] = (),
        everything: bool = False,
    ) -> None:
        """Drop the kept members of these articles and groups (or all) and keep the given
        ones; the rows of ``kept_members`` (``(article id, member)``) of these articles stay
        unless one of these groups holds them. A table with nothing to drop or keep is not
        touched, so the checkpoint has nothing of it to write."""
        with self.transaction():
            if everything:
                self.con.execute("DELETE FROM entity_articles")
                self.con.execute("DELETE FROM entity_members")
            if dropped_articles:
                self._run(
                    "DELETE FROM entity_articles WHERE article_id IN (SELECT value FROM gone_articles)",
                    gone_articles=dropped_articles,
                )
            if dropped_articles or dropped_groups:
                self._run(
                    """DELETE FROM entity_members
                       WHERE (article_id IN (SELECT value FROM gone_articles)
                              AND article_id || '#' || member NOT IN (SELECT value FROM kept_places))
                          OR auto_group IN (SELECT value FROM gone_groups)""",
                    gone_articles=dropped_articles,
                    gone_groups=dropped_groups,
                    kept_places=[f"{article_id}#{member}" for article_id, member in kept_members],
                )
            self._insert_arrow("entity_articles", articles)
            self._insert_arrow("entity_members", members)

    def set_entity_components(
        self, components: dict[tuple[str, int], str], *, renamed: dict[str, str] | None = None
    ) -> None:
        """Give these kept members (``(article id, member)``) a new component, after giving
        every member of each component ``renamed`` (old name -> new) the new name."""
        if renamed:
            self._run(
                """UPDATE entity_members SET component = c.new FROM c
                   WHERE entity_members.component = c.old""",
                c=pa.table({"old": list(renamed), "new": list(renamed.values())}),
            )
        if components:
            self._run(
                """UPDATE entity_members SET component = c.component FROM c
                   WHERE entity_members.article_id = c.article_id
                     AND entity_members.member = c.member""",
                c=pa.table(
                    {
                        "article_id": [key[0] for key in components],
                        "member": pa.array([key[1] for key in components], type=pa.int32()),
                        "component": list(components.values()),
                    }
                ),
            )
