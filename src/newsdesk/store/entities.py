"""Queries for the entity registry and the user's merge/split/rename decisions: the rows the
faces read (entities, aliases, roles, mentions) and their replacement by a registry update.
The member index the update reads and writes is ``newsdesk.store.entity_index``.

Lists of ids and rows reach a query as every store module passes them
(``newsdesk.store.values``: JSON text for a few, Arrow for many).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from newsdesk.store.articles import utc_now
from newsdesk.store.ordering import ties_sql
from newsdesk.store.values import dict_rows

#: Each registry table, its entity column, and the entities whose rows ``update_entities``
#: deletes: a grown entity's roles and mentions stay (its new members' are added). The
#: tallies (``entity_tallies``) are kept by the registry, not read by its faces.
_REPLACED_ROWS = (
    ("entities", "id", "gone_entities"),
    ("entity_aliases", "entity_id", "gone_entities UNION ALL SELECT value FROM grown_entities"),
    ("entity_roles", "entity_id", "gone_entities"),
    ("entity_mentions", "entity_id", "gone_entities"),
    ("entity_tallies", "entity_id", "gone_entities"),
)
#: The tables that hold one row per entity: a grown entity's row is updated where it lies
#: (``_updated_in_place``), not deleted and inserted again.
_ONE_ROW_AN_ENTITY = frozenset({"entities", "entity_tallies"})


class EntityQueries:
    """The corpus entity registry; mixed into ``Store``."""

    # -- entities: the corpus registry and the user's decisions ----------------------------

    def update_entities(
        self, *, dropped: Sequence[str], grown: Sequence[str] = (), tables: dict[str, pa.Table]
    ) -> None:
        """Replace the registry rows of the entities ``dropped`` with the given Arrow tables.
        The entities ``grown`` gained members: their ``entities`` and ``entity_aliases`` rows
        are replaced by the given ones, and the given roles and mentions (the new members')
        are added to theirs. At most one delete and one insert per table, in one transaction:
        a delete with no entity to find (none dropped, nor grown where a grown entity's
        rows are replaced) is not made. A grown entity's one row of ``entities`` and of
        ``entity_tallies`` is updated where it lies, not deleted and inserted again: a row
        deleted and inserted again takes its key out of the table's index of keys and puts
        it back, which the commit then writes (188 grown entities of 3,156: 2.5-2.9 CPU ms
        of commit against 0.2-0.4)."""
        with self.transaction():
            for name, column, replaced in _REPLACED_ROWS:
                rows = tables[name]
                if dropped or (grown and "grown_entities" in replaced):
                    self._run(
                        f"DELETE FROM {name} "  # fixed table, column and value-table names
                        f"WHERE {column} IN (SELECT value FROM {replaced})",
                        gone_entities=dropped,
                        grown_entities=grown,
                    )
                if grown and name in _ONE_ROW_AN_ENTITY:
                    rows = self._updated_in_place(name, column, rows, grown=grown)
                self._insert_arrow(name, rows)

    def _updated_in_place(self, table: str, column: str, rows: pa.Table, *, grown: Sequence[str]) -> pa.Table:
        """Update the rows of ``table`` (fixed names) whose entity ``column`` holds one of
        ``grown`` to the given ``rows`` of those entities; returns the other rows."""
        wanted, found = set(grown), rows.to_pylist()  # a few hundred rows; no compute module
        updated = [row for row in found if row[column] in wanted]
        if updated:
            values = ", ".join(f"{name} = i.{name}" for name in rows.column_names if name != column)
            self._run(
                f"UPDATE {table} SET {values} FROM incoming i "  # fixed table and column names
                f"WHERE {table}.{column} = i.{column}",
                incoming=pa.Table.from_pylist(updated, schema=rows.schema),
            )
        return pa.Table.from_pylist([row for row in found if row[column] not in wanted], schema=rows.schema)

    def entity_alias_rows(self, entity_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """``{entity id: its alias rows}`` for these entities."""
        rows = dict_rows(
            self._run(
                "SELECT * FROM entity_aliases "
                "WHERE entity_id IN (SELECT value FROM wanted_entities)",
                wanted_entities=entity_ids,
            )
        )
        found: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            found.setdefault(row["entity_id"], []).append(row)
        return found

    def entity_tallies(self, entity_ids: Sequence[str]) -> dict[str, str]:
        """``{entity id: its stored tally}`` (``newsdesk.entities.records.Tally``, as the
        JSON text ``Tally.to_json`` writes) for these entities."""
        return dict(
            self._run(
                "SELECT entity_id, tally FROM entity_tallies "
                "WHERE entity_id IN (SELECT value FROM wanted_entities)",
                wanted_entities=entity_ids,
            ).fetchall()
        )

    def replace_entities(self, tables: dict[str, pa.Table]) -> None:
        """Replace the registry (``entities``, ``entity_aliases``, ``entity_roles``,
        ``entity_mentions``, ``entity_tallies``) with the given Arrow tables, in one
        transaction."""
        with self.transaction():
            for name, _, _ in _REPLACED_ROWS:
                self.con.execute(f"DELETE FROM {name}")  # fixed table names, no values
                self._insert_arrow(name, tables[name])

    def add_entity_decision(self, *, action: str, subject: str, value: str) -> None:
        with self.transaction():
            seq = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM entity_decisions").fetchone()[0]
            self.con.execute(
                "INSERT INTO entity_decisions VALUES (?, ?, ?, ?, ?)", [seq, action, subject, value, utc_now()]
            )

    def entity_decisions(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT seq, action, subject, value FROM entity_decisions ORDER BY seq", [])

    def list_entities(self, *, limit: int | None = None, type: str | None = None) -> list[dict[str, Any]]:
        return self._dicts(
            """SELECT e.*, (SELECT list(alias ORDER BY mentions DESC, alias) FROM entity_aliases x
                            WHERE x.entity_id = e.id) AS aliases
               FROM entities e WHERE ? IS NULL OR e.type = ?
               ORDER BY e.mentions DESC, e.name, e.id LIMIT ?""",
            [type, type, limit if limit is not None else 2**62],
        )

    def find_entity(self, name: str) -> dict[str, Any] | None:
        """The entity with this id, name or alias (case-insensitive), the most mentioned first;
        of as many mentions, the one whose name is spelled as asked, then the smaller id."""
        rows = self._dicts(
            """SELECT e.* FROM entities e WHERE e.id = ? OR lower(e.name) = lower(?)
                  OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(?))
               ORDER BY (e.id = ?) DESC, (lower(e.name) = lower(?)) DESC, e.mentions DESC,
                        (e.name = ?) DESC, e.id LIMIT 1""",
            [name, name, name, name, name, name],
        )
        return rows[0] if rows else None

    def find_entity_ids(self, names: list[str]) -> dict[str, str | None]:
        """``find_entity(name)["id"]`` of each of ``names`` (None where none is found), in one
        query rather than one a name, ties broken as there."""
        if not names:
            return {}
        rows = self.con.execute(
            """WITH asked AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS name),
               hits AS (
                   SELECT a.name, e.id, e.mentions FROM asked a JOIN entities e
                       ON e.id = a.name OR lower(e.name) = lower(a.name)
                   UNION
                   SELECT a.name, e.id, e.mentions FROM asked a
                       JOIN entity_aliases al ON lower(al.alias) = lower(a.name)
                       JOIN entities e ON e.id = al.entity_id)
               SELECT h.name, h.id FROM hits h JOIN entities e ON e.id = h.id
               QUALIFY row_number() OVER (
                   PARTITION BY h.name ORDER BY (h.id = h.name) DESC,
                   (lower(e.name) = lower(h.name)) DESC, h.mentions DESC, (e.name = h.name) DESC,
                   h.id) = 1""",
            [list(names)],
        ).fetchall()
        found = dict(rows)
        return {name: found.get(name) for name in names}

    def entity_spellings(self, entity_id: str) -> list[str]:
        """The name and every alias of one entity, the most mentioned first."""
        rows = self.con.execute(
            """SELECT name FROM (
                   SELECT name, 4611686018427387904 AS n FROM entities WHERE id = ?
                   UNION SELECT alias, mentions FROM entity_aliases WHERE entity_id = ?)
               ORDER BY n DESC, name""",
            [entity_id, entity_id],
        ).fetchall()
        return list(dict.fromkeys(row[0] for row in rows))

    def entity_detail(self, entity_id: str) -> dict[str, list[dict[str, Any]]]:
        """Aliases, roles, articles (newest first, undated last, then in ingest order and the
        store's order of ties, as ``browse_articles`` lists an entity's articles) and
        co-mentioned entities of one entity."""
        return {
            "aliases": self._dicts(
                "SELECT alias, mentions, first_seen, last_seen, valid_from, valid_to "
                "FROM entity_aliases WHERE entity_id = ? ORDER BY mentions DESC, alias",
                [entity_id],
            ),
            "roles": self._dicts(
                "SELECT role, min(published) AS first_seen, max(published) AS last_seen, "
                "count(*) AS articles FROM entity_roles WHERE entity_id = ? GROUP BY role "
                "ORDER BY articles DESC, role",
                [entity_id],
            ),
            "articles": self._dicts(
                f"""SELECT a.id, a.title, a.published, count(*) AS mentions FROM entity_mentions m
                    JOIN current_articles a ON a.id = m.article_id WHERE m.entity_id = ?
                    GROUP BY a.id, a.title, a.published, a.ingested_at, {ties_sql('a')}
                    ORDER BY a.published DESC NULLS LAST, a.ingested_at, {ties_sql('a')}""",
                [entity_id],
            ),
            "co_mentioned": self._dicts(
                """SELECT e.id, e.name, e.type, count(DISTINCT o.article_id) AS articles
                   FROM (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = ?) mine
                   JOIN entity_mentions o ON o.article_id = mine.article_id AND o.entity_id <> ?
                   JOIN entities e ON e.id = o.entity_id
                   GROUP BY e.id, e.name, e.type ORDER BY articles DESC, e.name, e.id LIMIT 20""",
                [entity_id, entity_id],
            ),
        }

    def article_entities(self) -> dict[str, list[dict[str, Any]]]:
        """``{article_id: [{entity, name, type, mentions: [{start, end, text}]}]}`` for export."""
        rows = self.con.execute(
            """SELECT m.article_id, e.id, e.name, e.type,
                      list({'start': m.start_char, 'end': m.end_char, 'text': m.text}
                           ORDER BY m.start_char, m.end_char, m.text)
               FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
               GROUP BY m.article_id, e.id, e.name, e.type
               ORDER BY m.article_id, min(m.start_char), e.id"""
        ).fetchall()
        out: dict[str, list[dict[str, Any]]] = {}
        for article_id, entity_id, name, type_, mentions in rows:
            out.setdefault(article_id, []).append(
                {"entity": entity_id, "name": name, "type": type_, "mentions": mentions}
            )
        return out
