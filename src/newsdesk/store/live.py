"""Queries of the live desk: followed feeds, watchlists and their alerts, newsletter schedules.

Times are stored as ISO 8601 strings in UTC (``2026-01-05T09:00:00+00:00``), which sort as
they read. Every write is one short transaction, so a long-running ``watch`` lets other
commands in between its steps.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

#: The columns of a feed that a poll sets (``record_poll`` writes only these).
_POLL_FIELDS = (
    "etag",
    "last_modified",
    "last_poll",
    "next_poll",
    "last_new",
    "total_new",
    "failures",
    "last_error",
)
#: A feed's columns: its settings, when it was added and its poll state.
_FEED_COLUMNS = (
    "name",
    "source",
    "every_s",
    "language",
    "follow_links",
    "added_at",
    "public_only",
    *_POLL_FIELDS,
)


class LiveQueries:
    """Feeds, watchlists, alerts and schedules; mixed into ``Store``."""

    # -- feeds -------------------------------------------------------------------------

    def add_feed(self, feed: dict[str, Any]) -> None:
        values = [feed.get(column) for column in _FEED_COLUMNS]
        with self.transaction():
            self.con.execute(
                f"INSERT INTO feeds ({', '.join(_FEED_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(values))})",
                values,
            )

    def remove_feed(self, name: str) -> bool:
        return self._remove_named(name, ("feeds", "name"), ("feed_rejects", "feed"))

    def feed_rejects(self, feed: str) -> list[dict[str, Any]]:
        """The bad items a feed has reported (``record``, ``problem``, first and last seen)."""
        return self._dicts(
            "SELECT * FROM feed_rejects WHERE feed = ? ORDER BY first_seen, record", [feed]
        )

    def remember_rejects(
        self, feed: str, problems: dict[str, str], *, now: str, complete: bool
    ) -> set[str]:
        """Store a poll's bad items (``record`` -> ``problem``); the records seen before.

        ``complete`` says the poll read every item of the feed: then the bad items it no
        longer holds (removed or edited since) are forgotten. A poll that read nothing (the
        feed unchanged, or unreachable) leaves them as they were."""
        if not problems and not complete:
            return set()
        with self.transaction():
            rows = self.con.execute(
                "SELECT record FROM feed_rejects WHERE feed = ? AND list_contains(?, record)",
                [feed, list(problems)],
            ).fetchall()
            if problems:
                self.con.executemany(
                    """INSERT INTO feed_rejects VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT (feed, record) DO UPDATE
                       SET last_seen = excluded.last_seen, problem = excluded.problem""",
                    [[feed, record, problem, now, now] for record, problem in problems.items()],
                )
            if complete:
                self.con.execute(
                    "DELETE FROM feed_rejects WHERE feed = ? AND NOT list_contains(?, record)",
                    [feed, list(problems)],
                )
        return {row[0] for row in rows}

    def _remove_named(self, name: str, *tables: tuple[str, str]) -> bool:
        """Delete ``name`` from the first (table, column) and its dependants; say if it existed.

        Table and column names come from this module's literals, never from input."""
        first_table, first_column = tables[0]
        with self.transaction():
            found = self.con.execute(
                f"SELECT count(*) FROM {first_table} WHERE {first_column} = ?", [name]
            ).fetchone()
            for table, column in tables:
                self.con.execute(f"DELETE FROM {table} WHERE {column} = ?", [name])
        return bool(found[0])

    def known_locators(self, source: str) -> list[str]:
        """Locators of the articles stored from one input."""
        rows = self.con.execute(
            "SELECT DISTINCT locator FROM articles WHERE source = ?", [source]
        ).fetchall()
        return [row[0] for row in rows if row[0]]

    def list_feeds(self, *, rejects: bool = False) -> list[dict[str, Any]]:
        """The feeds by name; ``rejects``: each with the bad items it has reported, as
        ``feed_rejects`` gives them, read in the same query."""
        if not rejects:
            return self._dicts("SELECT * FROM feeds ORDER BY name", [])
        return self._dicts(
            """SELECT f.*, coalesce((SELECT list(r ORDER BY r.first_seen, r.record)
                                     FROM feed_rejects r WHERE r.feed = f.name), []) AS rejects
               FROM feeds f ORDER BY f.name""",
            [],
        )

    def due_feeds(self, now: str) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT * FROM feeds WHERE next_poll <= ? ORDER BY next_poll, name", [now]
        )

    def record_poll(self, name: str, fields: dict[str, Any]) -> None:
        """Update a feed's poll state; only the columns in ``_POLL_FIELDS`` may be set."""
        columns = [column for column in fields if column in _POLL_FIELDS]
        assignments = ", ".join(f"{column} = ?" for column in columns)
        with self.transaction():
            self.con.execute(
                f"UPDATE feeds SET {assignments} WHERE name = ?",
                [fields[column] for column in columns] + [name],
            )

    # -- watchlists and alerts ---------------------------------------------------------

    def add_watchlist(
        self, *, name: str, criteria: dict[str, Any], deliveries: dict[str, Any], created_at: str
    ) -> None:
        """A new watchlist; the articles already stored count as seen (alerts are for new ones)."""
        with self.transaction():
            self.con.execute(
                "INSERT INTO watchlists VALUES (?, ?, ?, ?)",
                [name, json.dumps(criteria), json.dumps(deliveries), created_at],
            )
            self.con.execute(
                "INSERT INTO watch_checked SELECT DISTINCT ?, id FROM articles", [name]
            )

    def remove_watchlist(self, name: str) -> bool:
        return self._remove_named(
            name, ("watchlists", "name"), ("watch_checked", "watchlist"), ("alerts", "watchlist")
        )

    def list_watchlists(self) -> list[dict[str, Any]]:
        rows = self._dicts("SELECT * FROM watchlists ORDER BY name", [])
        for row in rows:
            row["criteria"], row["deliveries"] = (
                json.loads(row["criteria"]),
                json.loads(row["deliveries"]),
            )
        return rows

    def unchecked_articles(self, watchlist: str) -> list[dict[str, Any]]:
        """Current articles the watchlist has not been evaluated on, oldest first."""
        return self._dicts(
            """SELECT id, title, outlet, url, path, published, text FROM current_articles
               WHERE id NOT IN (SELECT article_id FROM watch_checked WHERE watchlist = ?)
               ORDER BY ingested_at, id""",
            [watchlist],
        )

    def entity_names(self, name: str) -> tuple[str, list[str], list[str]] | None:
        """(canonical name, entity ids, every alias) of the entity named ``name`` or an alias."""
        found = self.find_entity(name)
        if found is None:
            return None
        ids = [
            row[0]
            for row in self.con.execute(
                """SELECT DISTINCT id FROM entities WHERE lower(name) = lower(?) OR id = ?
               UNION SELECT DISTINCT entity_id FROM entity_aliases
               WHERE lower(alias) = lower(?)""",
                [found["name"], found["id"], name],
            ).fetchall()
        ]
        aliases = [
            row[0]
            for row in self.con.execute(
                "SELECT DISTINCT alias FROM entity_aliases WHERE list_contains(?, entity_id)",
                [ids],
            ).fetchall()
        ]
        return found["name"], ids, sorted(set(aliases) | {found["name"]})

    def entity_spans(self, article_id: str, entity_ids: Sequence[str]) -> list[dict[str, Any]]:
        return self._dicts(
            """SELECT start_char AS start, end_char AS "end", text FROM entity_mentions
               WHERE article_id = ? AND list_contains(?, entity_id) ORDER BY start_char""",
            [article_id, list(entity_ids)],
        )

    def country_spans(self, article_id: str, country: str) -> list[dict[str, Any]]:
        """Mentions of entities of ``country`` (an ISO code or a name) in one article."""
        return self._dicts(
            """SELECT m.start_char AS start, m.end_char AS "end", m.text FROM entity_mentions m
               JOIN entities e ON e.id = m.entity_id
               WHERE m.article_id = ? AND (lower(e.country) = lower(?) OR lower(e.name) = lower(?))
               ORDER BY m.start_char""",
            [article_id, country, country],
        )

    def alerted_stories(self, watchlist: str) -> set[tuple[str, str]]:
        """(story id, alert kind) of every alert the watchlist has raised."""
        rows = self.con.execute(
            "SELECT DISTINCT story_id, kind FROM alerts WHERE watchlist = ?", [watchlist]
        ).fetchall()
        return {(story, kind) for story, kind in rows if story}

    def save_alerts(
        self, watchlist: str, alerts: Sequence[dict[str, Any]], checked: Sequence[str]
    ) -> None:
        """Store a batch of alerts and mark the articles they came from as evaluated, together."""
        with self.transaction():
            for alert in alerts:
                self.con.execute(
                    "INSERT OR IGNORE INTO alerts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')",
                    [
                        alert["alert_id"],
                        watchlist,
                        alert["kind"],
                        alert["item"],
                        alert["article_id"],
                        alert["title"],
                        alert["story_id"],
                        json.dumps(alert["evidence"]),
                        json.dumps(alert["links"]),
                        alert["created_at"],
                    ],
                )
            for article_id in checked:
                self.con.execute(
                    "INSERT OR IGNORE INTO watch_checked VALUES (?, ?)", [watchlist, article_id]
                )

    def list_alerts(
        self, *, watchlist: str | None = None, undelivered: bool = False
    ) -> list[dict[str, Any]]:
        rows = self._dicts(
            """SELECT * FROM alerts WHERE (? IS NULL OR watchlist = ?)
               ORDER BY created_at, alert_id""",
            [watchlist, watchlist],
        )
        for row in rows:
            for key in ("evidence", "links", "delivered"):
                row[key] = json.loads(row[key])
        return [row for row in rows if not undelivered or not row["delivered"].get("done")]

    def mark_delivered(self, alert_id: str, delivered: dict[str, Any]) -> None:
        with self.transaction():
            self.con.execute(
                "UPDATE alerts SET delivered = ? WHERE alert_id = ?",
                [json.dumps(delivered), alert_id],
            )

    # -- schedules and the issues sent -------------------------------------------------

    def add_schedule(self, schedule: dict[str, Any]) -> None:
        with self.transaction():
            self.con.execute(
                "INSERT INTO schedules VALUES (?, ?, ?, ?, ?, ?)",
                [
                    schedule[key]
                    for key in ("name", "topic", "rule", "tz", "recipients", "created_at")
                ],
            )

    def remove_schedule(self, name: str) -> bool:
        return self._remove_named(name, ("schedules", "name"))

    def list_schedules(self) -> list[dict[str, Any]]:
        return self._dicts(
            """SELECT s.*, (SELECT max(due_at) FROM issues i WHERE i.schedule = s.name) AS last_due
               FROM schedules s ORDER BY name""",
            [],
        )

    def claim_issue(self, *, schedule: str, due_at: str, since: str | None) -> bool:
        """Claim the issue due at ``due_at``; False when it was claimed before (never twice)."""
        with self.transaction():
            known = self.con.execute(
                "SELECT count(*) FROM issues WHERE schedule = ? AND due_at = ?", [schedule, due_at]
            ).fetchone()[0]
            if not known:
                self.con.execute(
                    "INSERT INTO issues VALUES (?, ?, ?, NULL, NULL, NULL, NULL, 'due')",
                    [schedule, due_at, since],
                )
        return not known

    def finish_issue(self, *, schedule: str, due_at: str, fields: dict[str, Any]) -> None:
        with self.transaction():
            self.con.execute(
                """UPDATE issues SET sent_at = ?, subject = ?, text = ?, html = ?, status = ?
                   WHERE schedule = ? AND due_at = ?""",
                [
                    fields.get("sent_at"),
                    fields.get("subject"),
                    fields.get("text"),
                    fields.get("html"),
                    fields["status"],
                    schedule,
                    due_at,
                ],
            )

    def list_issues(
        self, *, schedule: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Issues by due time (of one schedule, or all), ``limit`` of them from ``offset``."""
        return self._dicts(
            """SELECT * FROM issues WHERE ? IS NULL OR schedule = ?
               ORDER BY due_at, schedule LIMIT ? OFFSET ?""",
            [schedule, schedule, limit, offset],
        )

    def count_issues(self) -> int:
        return self.con.execute("SELECT count(*) FROM issues").fetchone()[0]

    def unfinished_issues(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM issues WHERE status = 'due' ORDER BY due_at", [])
