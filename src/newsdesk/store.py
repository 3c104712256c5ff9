"""The embedded store: one DuckDB file. This module owns the schema and every query.

The schema is versioned: ``newsdesk_meta`` records the version, ``MIGRATIONS`` brings an
older store up to date on open, and a store written by a newer newsdesk is refused.
Values always travel as bound parameters or Arrow tables, never inside SQL text.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import duckdb
import pyarrow as pa

from newsdesk.article import Article, Removed
from newsdesk.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_DB = "newsdesk.duckdb"
#: Migration n brings a store from schema n-1 to n. Add a new entry for every schema change;
#: never edit a released one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE files (
            source VARCHAR PRIMARY KEY, path VARCHAR, sha256 VARCHAR, size BIGINT,
            articles INTEGER, ingested_at TIMESTAMP)""",
        """CREATE TABLE articles (
            id VARCHAR, version INTEGER, source VARCHAR, path VARCHAR, locator VARCHAR,
            format VARCHAR, content_hash VARCHAR, title VARCHAR, authors VARCHAR[],
            outlet VARCHAR, published VARCHAR, published_precision VARCHAR, url VARCHAR,
            language VARCHAR, text VARCHAR, raw_text VARCHAR,
            removed STRUCT(text VARCHAR, reason VARCHAR)[], metadata JSON,
            ingested_at TIMESTAMP, PRIMARY KEY (id, version))""",
        """CREATE VIEW current_articles AS
            SELECT * FROM articles QUALIFY version = max(version) OVER (PARTITION BY id)""",
    ),
    2: (
        """CREATE TABLE annotations (
            article_id VARCHAR, version INTEGER, layer VARCHAR, layer_version INTEGER, data JSON,
            PRIMARY KEY (article_id, version, layer))""",
    ),
    3: (
        """CREATE TABLE lineage_articles (
            article_id VARCHAR, version INTEGER, lineage_version INTEGER, seq BIGINT,
            norm_hash VARCHAR, exact_of VARCHAR)""",
        "CREATE TABLE lineage_bands (space VARCHAR, band SMALLINT, key BIGINT, article_id VARCHAR)",
        "CREATE TABLE lineage_marks (mark BIGINT, article_id VARCHAR)",
        """CREATE TABLE lineage_links (
            article_id VARCHAR, of_id VARCHAR, kind VARCHAR, score DOUBLE, spans JSON)""",
        """CREATE TABLE stories (
            story_id VARCHAR, earliest VARCHAR, articles INTEGER, independent_sources INTEGER)""",
        "CREATE TABLE story_members (story_id VARCHAR, article_id VARCHAR, position INTEGER)",
    ),
    4: (
        """CREATE TABLE entity_decisions (
            seq INTEGER, action VARCHAR, subject VARCHAR, value VARCHAR, created_at TIMESTAMP)""",
        """CREATE TABLE entities (
            id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, country VARCHAR, gazetteer VARCHAR,
            mentions INTEGER, articles INTEGER)""",
        """CREATE TABLE entity_aliases (
            entity_id VARCHAR, alias VARCHAR, mentions INTEGER, first_seen VARCHAR, last_seen VARCHAR,
            valid_from VARCHAR, valid_to VARCHAR)""",
        "CREATE TABLE entity_roles (entity_id VARCHAR, role VARCHAR, article_id VARCHAR, published VARCHAR)",
        """CREATE TABLE entity_mentions (
            article_id VARCHAR, entity_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR,
            kind VARCHAR)""",
    ),
    5: (
        """CREATE TABLE quote_groups (
            group_id INTEGER, article_id VARCHAR, quote_index INTEGER, outlet VARCHAR, speaker VARCHAR,
            text VARCHAR, similarity DOUBLE, altered BOOLEAN, speaker_conflict BOOLEAN)""",
    ),
    6: (
        """CREATE TABLE retrieval_passages (
            passage_id BIGINT PRIMARY KEY, article_id VARCHAR, version INTEGER, kind VARCHAR,
            start_char INTEGER, end_char INTEGER, text VARCHAR, speaker VARCHAR, role VARCHAR,
            affiliation VARCHAR, embedding FLOAT[])""",
    ),
}

SCHEMA_VERSION = max(MIGRATIONS)

_ARTICLE_COLUMNS = (
    "id", "version", "source", "path", "locator", "format", "content_hash", "title", "authors",
    "outlet", "published", "published_precision", "url", "language", "text", "raw_text",
    "removed", "metadata", "ingested_at",
)
_REMOVED_TYPE = pa.list_(pa.struct([("text", pa.string()), ("reason", pa.string())]))


@dataclass(slots=True)
class SaveCounts:
    """What saving one input's articles did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


class Store:
    """A newsdesk store in one DuckDB file. Use ``open_store`` to get one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> Any:
        """A context manager: everything inside commits together or not at all."""
        return _transaction(self.con)

    # -- files -------------------------------------------------------------------------

    def file_sha256(self, source: str) -> str | None:
        row = self.con.execute("SELECT sha256 FROM files WHERE source = ?", [source]).fetchone()
        return row[0] if row else None

    def save_input(self, *, source: str, path: str, sha256: str, size: int,
                   articles: Sequence[Article]) -> SaveCounts:
        """Store one input's articles and its file record in a single transaction."""
        with self.transaction():
            counts, batch = self._new_versions(articles)
            if batch:
                self._insert_articles(batch)
            self.con.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                [source, path, sha256, size, len(articles), _now()],
            )
        return counts

    def _new_versions(self, articles: Sequence[Article]) -> tuple[SaveCounts, list[tuple[Article, int]]]:
        latest = self._latest_hashes([article.id for article in articles])
        counts, batch, seen = SaveCounts(), [], set()
        for article in articles:
            known = latest.get(article.id)
            if article.id in seen or (known and known[1] == article.content_hash):
                counts.unchanged += 1
                continue
            seen.add(article.id)
            if known:
                counts.updated += 1
            else:
                counts.new += 1
            batch.append((article, known[0] + 1 if known else 1))
        return counts, batch

    def _latest_hashes(self, ids: list[str]) -> dict[str, tuple[int, str]]:
        if not ids:
            return {}
        self.con.register("wanted_ids", pa.table({"id": ids}))
        try:
            rows = self.con.execute(
                "SELECT a.id, max(a.version), arg_max(a.content_hash, a.version) FROM articles a "
                "JOIN wanted_ids w ON a.id = w.id GROUP BY a.id"
            ).fetchall()
        finally:
            self.con.unregister("wanted_ids")
        return {row[0]: (row[1], row[2]) for row in rows}

    def _insert_articles(self, batch: list[tuple[Article, int]]) -> None:
        table = _articles_table(batch)
        self.con.register("incoming_articles", table)
        try:
            self.con.execute(
                f"INSERT INTO articles SELECT {', '.join(_ARTICLE_COLUMNS)} FROM incoming_articles"
            )
        finally:
            self.con.unregister("incoming_articles")

    # -- annotations (per-article analysis layers) ---------------------------------------

    def articles_needing_layers(self, versions: dict[str, int]) -> list[Article]:
        """Current articles missing any of the given layers at the given layer versions."""
        wanted = [{"layer": layer, "layer_version": version} for layer, version in versions.items()]
        cursor = self.con.execute(
            """SELECT a.* FROM current_articles a
               WHERE EXISTS (
                   SELECT 1 FROM (SELECT unnest(?, recursive := true)) w
                   WHERE NOT EXISTS (
                       SELECT 1 FROM annotations n
                       WHERE n.article_id = a.id AND n.version = a.version
                         AND n.layer = w.layer AND n.layer_version = w.layer_version))
               ORDER BY a.ingested_at, a.path, a.locator""",
            [wanted],
        )
        names = [column[0] for column in cursor.description]
        return [_article_from_row(dict(zip(names, row))) for row in cursor.fetchall()]

    def save_annotations(self, articles: Sequence[Article], versions: dict[str, int]) -> None:
        """Replace the given layers of these articles (their current versions) in one transaction."""
        rows = [(article.id, layer, version, json.dumps(article.annotations.get(layer, []), ensure_ascii=False))
                for article in articles for layer, version in versions.items()]
        if not rows:
            return
        table = pa.table({
            "article_id": [row[0] for row in rows], "layer": [row[1] for row in rows],
            "layer_version": pa.array([row[2] for row in rows], type=pa.int32()),
            "data": [row[3] for row in rows],
        })
        with self.transaction():
            self.con.register("incoming_annotations", table)
            try:
                self.con.execute(
                    """INSERT OR REPLACE INTO annotations
                       SELECT i.article_id, a.version, i.layer, i.layer_version, i.data
                       FROM incoming_annotations i JOIN current_articles a ON a.id = i.article_id""")
            finally:
                self.con.unregister("incoming_annotations")

    def layer(self, layer: str) -> dict[str, list[dict[str, Any]]]:
        """One annotation layer for every current article: ``{article_id: records}``."""
        rows = self.con.execute(
            """SELECT n.article_id, n.data FROM annotations n
               JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
               WHERE n.layer = ?""", [layer]).fetchall()
        return {article_id: json.loads(data) for article_id, data in rows}

    # -- reading -----------------------------------------------------------------------

    def count_articles(self) -> int:
        return self.con.execute("SELECT count(*) FROM current_articles").fetchone()[0]

    def list_articles(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Current articles, newest ingest last, with the columns a listing shows."""
        return self._dicts(
            "SELECT id, version, path, title, authors, outlet, published, language, "
            "length(text) AS chars, len(removed) AS removed_lines FROM current_articles "
            "ORDER BY ingested_at, path, locator LIMIT ?",
            [limit if limit is not None else 2**62],
        )

    def get_article(self, article_id: str) -> Article | None:
        rows = self._dicts("SELECT * FROM current_articles WHERE id = ?", [article_id])
        return _article_from_row(rows[0]) if rows else None

    def iter_articles(self, *, batch_size: int = 1000) -> Iterator[Article]:
        """Every current article as an ``Article``, in ingest order."""
        cursor = self.con.cursor()
        cursor.execute("SELECT * FROM current_articles ORDER BY ingested_at, path, locator")
        names = [column[0] for column in cursor.description]
        while rows := cursor.fetchmany(batch_size):
            for row in rows:
                yield _article_from_row(dict(zip(names, row)))

    def export_table(self) -> pa.Table:
        """The export contract's columns for every current article, as an Arrow table."""
        return self.con.execute(
            "SELECT id, path, title, authors, outlet, published, url, language, text, removed "
            "FROM current_articles ORDER BY ingested_at, path, locator"
        ).to_arrow_table()

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- lineage: copies, reused passages, rewrites and stories ----------------------------
    # The lineage step wraps the link methods in one ``transaction()``; ``save_stories`` opens
    # its own.

    def lineage_begin(self, *, version: int) -> list[tuple[Article, int]]:
        """Current articles to (re)process with their first-seen sequence numbers, in that order.

        Pending: never processed, changed since, processed by another lineage version, or an
        exact copy of one of those. Their fingerprints and links are dropped here.
        """
        cursor = self.con.execute(
            """WITH stale AS (
                   SELECT a.id FROM current_articles a LEFT JOIN lineage_articles l ON l.article_id = a.id
                   WHERE l.article_id IS NULL OR l.version <> a.version OR l.lineage_version <> ?),
               pending AS (
                   SELECT id FROM stale UNION
                   SELECT article_id FROM lineage_articles WHERE exact_of IN (SELECT id FROM stale))
               SELECT a.*, l.seq AS lineage_seq FROM current_articles a
               JOIN pending p ON p.id = a.id
               JOIN (SELECT id, min(ingested_at) AS first_seen FROM articles GROUP BY id) f ON f.id = a.id
               LEFT JOIN lineage_articles l ON l.article_id = a.id
               ORDER BY l.seq NULLS LAST, f.first_seen, a.path, a.locator""", [version])
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row)) for row in cursor.fetchall()]
        if not rows:
            return []
        self._lineage_forget([row["id"] for row in rows])
        next_seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM lineage_articles").fetchone()[0]
        pending = []
        for row in rows:
            if row["lineage_seq"] is None:
                next_seq += 1
            pending.append((_article_from_row(row), row["lineage_seq"] or next_seq))
        return pending

    def _lineage_forget(self, ids: list[str]) -> None:
        for table in ("lineage_articles", "lineage_bands", "lineage_marks"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM lineage_links WHERE article_id IN (SELECT unnest(?)) "
                         "OR of_id IN (SELECT unnest(?))", [ids, ids])

    def lineage_exact_owners(self, hashes: dict[str, str], *, seqs: dict[str, int]) -> dict[str, str]:
        """``{copy id: first-seen id}`` for the given articles whose normalised text is already known."""
        rows = self.con.execute(
            "SELECT norm_hash, article_id, seq FROM lineage_articles "
            "WHERE exact_of IS NULL AND norm_hash IN (SELECT unnest(?))", [sorted(set(hashes.values()))]
        ).fetchall()
        first: dict[str, tuple[int, str]] = {norm_hash: (seq, article_id) for norm_hash, article_id, seq in rows}
        for article_id, norm_hash in sorted(hashes.items(), key=lambda item: seqs[item[0]]):
            first.setdefault(norm_hash, (seqs[article_id], article_id))
        return {article_id: first[norm_hash][1] for article_id, norm_hash in hashes.items()
                if first[norm_hash][1] != article_id}

    def save_fingerprints(self, prints: Sequence[Any], *, exact_of: dict[str, str], seqs: dict[str, int],
                          version: int) -> None:
        """Keep each article's fingerprints; exact copies keep only their hash and original."""
        self._insert_arrow("lineage_articles", pa.table({
            "article_id": [p.article_id for p in prints],
            "lineage_version": pa.array([version] * len(prints), type=pa.int32()),
            "seq": pa.array([seqs[p.article_id] for p in prints], type=pa.int64()),
            "norm_hash": [p.norm_hash for p in prints],
            "exact_of": pa.array([exact_of.get(p.article_id) for p in prints], type=pa.string()),
        }), "SELECT i.article_id, a.version, i.lineage_version, i.seq, i.norm_hash, i.exact_of "
            "FROM incoming i JOIN current_articles a ON a.id = i.article_id")
        indexed = [p for p in prints if p.article_id not in exact_of]
        bands = [(space, band, key, p.article_id) for p in indexed
                 for space, keys in (("near", p.near_keys), ("stem", p.stem_keys))
                 for band, key in enumerate(keys)]
        self._insert_arrow("lineage_bands", pa.table({
            "space": [b[0] for b in bands], "band": pa.array([b[1] for b in bands], type=pa.int16()),
            "key": pa.array([b[2] for b in bands], type=pa.int64()), "article_id": [b[3] for b in bands]}))
        marks = [(mark, p.article_id) for p in indexed for mark in p.marks]
        self._insert_arrow("lineage_marks", pa.table({
            "mark": pa.array([m[0] for m in marks], type=pa.int64()), "article_id": [m[1] for m in marks]}))

    def _insert_arrow(self, table: str, rows: pa.Table, select: str = "SELECT * FROM incoming") -> None:
        if rows.num_rows == 0:
            return
        self.con.register("incoming", rows)
        try:
            self.con.execute(f"INSERT INTO {table} {select}")
        finally:
            self.con.unregister("incoming")

    def lineage_candidates(self, ids: list[str], *, min_shared_marks: int,
                           max_mark_articles: int) -> dict[tuple[str, str], set[str]]:
        """Pairs (sorted ids) with at least one of ``ids`` sharing a band key or enough marks.

        The value names what they share: ``near`` (a shingle band), ``stem`` (a content-stem
        band), ``mark`` (at least ``min_shared_marks`` passage fingerprints, each found in at
        most ``max_mark_articles`` articles).
        """
        if not ids:
            return {}
        self.con.register("lineage_new", pa.table({"article_id": ids}))
        try:
            rows = self.con.execute(
                """SELECT DISTINCT n.article_id, o.article_id, n.space FROM lineage_bands n
                   JOIN lineage_bands o ON o.space = n.space AND o.band = n.band AND o.key = n.key
                   WHERE n.article_id IN (SELECT article_id FROM lineage_new) AND o.article_id <> n.article_id
                   UNION ALL
                   SELECT n.article_id, o.article_id, 'mark' FROM lineage_marks n
                   JOIN (SELECT mark FROM lineage_marks WHERE mark IN (
                           SELECT mark FROM lineage_marks WHERE article_id IN (SELECT article_id FROM lineage_new))
                         GROUP BY mark HAVING count(*) BETWEEN 2 AND ?) d ON d.mark = n.mark
                   JOIN lineage_marks o ON o.mark = n.mark AND o.article_id <> n.article_id
                   WHERE n.article_id IN (SELECT article_id FROM lineage_new)
                   GROUP BY n.article_id, o.article_id HAVING count(*) >= ?""",
                [max_mark_articles, min_shared_marks]).fetchall()
        finally:
            self.con.unregister("lineage_new")
        pairs: dict[tuple[str, str], set[str]] = {}
        for a, b, space in rows:
            pairs.setdefault((min(a, b), max(a, b)), set()).add(space)
        return pairs

    def lineage_common_marks(self, ids: Sequence[str], *, max_articles: int) -> set[int]:
        """The passage fingerprints of these articles that more than ``max_articles`` articles have."""
        if not ids:
            return set()
        rows = self.con.execute(
            """SELECT mark FROM lineage_marks WHERE mark IN (
                   SELECT mark FROM lineage_marks WHERE article_id IN (SELECT unnest(?)))
               GROUP BY mark HAVING count(*) > ?""", [list(ids), max_articles]).fetchall()
        return {row[0] for row in rows}

    def get_articles(self, ids: Sequence[str]) -> dict[str, Article]:
        """Current articles by id (ids not found are left out)."""
        if not ids:
            return {}
        cursor = self.con.execute("SELECT * FROM current_articles WHERE id IN (SELECT unnest(?))", [list(ids)])
        names = [column[0] for column in cursor.description]
        articles = [_article_from_row(dict(zip(names, row))) for row in cursor.fetchall()]
        return {article.id: article for article in articles}

    def save_links(self, links: Sequence[Any]) -> None:
        """Add lineage links (objects with ``article``, ``of``, ``kind``, ``score``, ``spans``)."""
        self._insert_arrow("lineage_links", pa.table({
            "article_id": [link.article for link in links], "of_id": [link.of for link in links],
            "kind": [link.kind for link in links],
            "score": pa.array([float(link.score) for link in links], type=pa.float64()),
            "spans": [json.dumps(link.spans, ensure_ascii=False) for link in links]}))

    def lineage_links(self, *, kinds: Sequence[str] | None = None,
                      article_id: str | None = None) -> list[dict[str, Any]]:
        """Stored links (``article`` copies ``of``), optionally of some kinds or touching one article."""
        rows = self._dicts(
            """SELECT k.article_id AS article, k.of_id AS of, k.kind, k.score, k.spans,
                      a.title AS article_title, a.outlet AS article_outlet,
                      o.title AS of_title, o.outlet AS of_outlet
               FROM lineage_links k
               LEFT JOIN current_articles a ON a.id = k.article_id
               LEFT JOIN current_articles o ON o.id = k.of_id
               WHERE (? IS NULL OR list_contains(?, k.kind))
                 AND (? IS NULL OR k.article_id = ? OR k.of_id = ?)
               ORDER BY k.kind, k.score DESC, k.article_id, k.of_id""",
            [list(kinds) if kinds else None, list(kinds) if kinds else None,
             article_id, article_id, article_id])
        for row in rows:
            row["spans"] = json.loads(row["spans"]) if row["spans"] else []
        return rows

    def lineage_story_rows(self, *, copy_kinds: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Per current article: ``published``, ``outlet``, first-seen ``seq`` and ``is_copy``."""
        rows = self._dicts(
            """SELECT a.id, a.published, a.outlet, l.seq,
                      EXISTS (SELECT 1 FROM lineage_links k
                              WHERE k.article_id = a.id AND list_contains(?, k.kind)) AS is_copy
               FROM current_articles a LEFT JOIN lineage_articles l ON l.article_id = a.id""",
            [list(copy_kinds)])
        return {row["id"]: row for row in rows}

    def save_stories(self, stories: Sequence[dict[str, Any]]) -> None:
        """Replace all stories: dicts with ``story_id``, ``earliest``, ``articles``,
        ``independent_sources`` and ``members`` (article ids, earliest first)."""
        members = [(story["story_id"], article_id, position) for story in stories
                   for position, article_id in enumerate(story["members"])]
        with self.transaction():
            self.con.execute("DELETE FROM stories")
            self.con.execute("DELETE FROM story_members")
            self._insert_arrow("stories", pa.table({
                "story_id": [s["story_id"] for s in stories], "earliest": [s["earliest"] for s in stories],
                "articles": pa.array([s["articles"] for s in stories], type=pa.int32()),
                "independent_sources": pa.array([s["independent_sources"] for s in stories], type=pa.int32())}))
            self._insert_arrow("story_members", pa.table({
                "story_id": [m[0] for m in members], "article_id": [m[1] for m in members],
                "position": pa.array([m[2] for m in members], type=pa.int32())}))

    def has_stories(self) -> bool:
        return self.con.execute("SELECT count(*) FROM stories").fetchone()[0] > 0

    def list_stories(self, *, limit: int | None = None, min_articles: int = 1) -> list[dict[str, Any]]:
        """Stories, largest first, with the earliest article's title, outlet and date."""
        return self._dicts(
            """SELECT s.story_id, s.articles, s.independent_sources, s.earliest,
                      a.title, a.outlet, a.published
               FROM stories s LEFT JOIN current_articles a ON a.id = s.earliest
               WHERE s.articles >= ?
               ORDER BY s.articles DESC, s.independent_sources DESC, a.published, s.story_id LIMIT ?""",
            [min_articles, limit if limit is not None else 2**62])

    def story_of(self, article_id: str) -> dict[str, Any] | None:
        """The story holding an article, with its members (earliest first) and whether each is a copy."""
        story = self._dicts(
            """SELECT s.* FROM stories s JOIN story_members m ON m.story_id = s.story_id
               WHERE m.article_id = ?""", [article_id])
        if not story:
            return None
        story[0]["members"] = self._dicts(
            """SELECT m.article_id AS id, a.title, a.outlet, a.published,
                      (SELECT min(k.of_id) FROM lineage_links k WHERE k.article_id = m.article_id
                       AND k.kind IN ('exact', 'near', 'rewrite')) AS copy_of
               FROM story_members m LEFT JOIN current_articles a ON a.id = m.article_id
               WHERE m.story_id = ? ORDER BY m.position""", [story[0]["story_id"]])
        return story[0]

    def article_stories(self) -> dict[str, str]:
        """``{article id: story id}`` for every article in a story."""
        return dict(self.con.execute("SELECT article_id, story_id FROM story_members").fetchall())

    def lineage_processed_ids(self) -> list[str]:
        """Ids of the articles the lineage step has processed."""
        return [row[0] for row in self.con.execute("SELECT article_id FROM lineage_articles").fetchall()]

    def find_article_ids(self, prefix: str) -> list[str]:
        """Current article ids starting with ``prefix``."""
        rows = self.con.execute("SELECT id FROM current_articles WHERE starts_with(id, ?) ORDER BY id",
                                [prefix]).fetchall()
        return [row[0] for row in rows]


    # -- entities: the corpus registry and the user's decisions ----------------------------

    def entity_sources(self) -> list[tuple[str, str | None, list[dict[str, Any]]]]:
        """``(article_id, published, mentions)`` for every current article with a mentions layer."""
        rows = self.con.execute(
            """SELECT a.id, a.published, n.data FROM current_articles a
               JOIN annotations n ON n.article_id = a.id AND n.version = a.version AND n.layer = 'mentions'
               ORDER BY a.ingested_at, a.path, a.locator""").fetchall()
        return [(article_id, published, json.loads(data)) for article_id, published, data in rows]

    def replace_entities(self, tables: dict[str, pa.Table]) -> None:
        """Replace the registry (``entities``, ``entity_aliases``, ``entity_roles``,
        ``entity_mentions``) with the given Arrow tables, in one transaction."""
        with self.transaction():
            for name in ("entities", "entity_aliases", "entity_roles", "entity_mentions"):
                self.con.execute(f"DELETE FROM {name}")  # fixed table names, no values
                if tables[name].num_rows:
                    self.con.register("incoming_entities", tables[name])
                    try:
                        self.con.execute(f"INSERT INTO {name} SELECT * FROM incoming_entities")
                    finally:
                        self.con.unregister("incoming_entities")

    def add_entity_decision(self, *, action: str, subject: str, value: str) -> None:
        with self.transaction():
            seq = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM entity_decisions").fetchone()[0]
            self.con.execute("INSERT INTO entity_decisions VALUES (?, ?, ?, ?, ?)",
                             [seq, action, subject, value, _now()])

    def entity_decisions(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT seq, action, subject, value FROM entity_decisions ORDER BY seq", [])

    def list_entities(self, *, limit: int | None = None, type: str | None = None) -> list[dict[str, Any]]:
        return self._dicts(
            """SELECT e.*, (SELECT list(alias ORDER BY mentions DESC) FROM entity_aliases x
                            WHERE x.entity_id = e.id) AS aliases
               FROM entities e WHERE ? IS NULL OR e.type = ?
               ORDER BY e.mentions DESC, e.name LIMIT ?""",
            [type, type, limit if limit is not None else 2**62])

    def find_entity(self, name: str) -> dict[str, Any] | None:
        """The entity with this id, name or alias (case-insensitive), the most mentioned first."""
        rows = self._dicts(
            """SELECT e.* FROM entities e WHERE e.id = ? OR lower(e.name) = lower(?)
                  OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(?))
               ORDER BY (e.id = ?) DESC, (lower(e.name) = lower(?)) DESC, e.mentions DESC LIMIT 1""",
            [name, name, name, name, name])
        return rows[0] if rows else None

    def entity_detail(self, entity_id: str) -> dict[str, list[dict[str, Any]]]:
        """Aliases, roles, articles and co-mentioned entities of one entity."""
        return {
            "aliases": self._dicts("SELECT alias, mentions, first_seen, last_seen, valid_from, valid_to "
                                   "FROM entity_aliases WHERE entity_id = ? ORDER BY mentions DESC, alias",
                                   [entity_id]),
            "roles": self._dicts("SELECT role, min(published) AS first_seen, max(published) AS last_seen, "
                                 "count(*) AS articles FROM entity_roles WHERE entity_id = ? GROUP BY role "
                                 "ORDER BY articles DESC, role", [entity_id]),
            "articles": self._dicts(
                """SELECT a.id, a.title, a.published, count(*) AS mentions FROM entity_mentions m
                   JOIN current_articles a ON a.id = m.article_id WHERE m.entity_id = ?
                   GROUP BY a.id, a.title, a.published, a.ingested_at ORDER BY a.ingested_at""", [entity_id]),
            "co_mentioned": self._dicts(
                """SELECT e.id, e.name, e.type, count(DISTINCT o.article_id) AS articles
                   FROM (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = ?) mine
                   JOIN entity_mentions o ON o.article_id = mine.article_id AND o.entity_id <> ?
                   JOIN entities e ON e.id = o.entity_id
                   GROUP BY e.id, e.name, e.type ORDER BY articles DESC, e.name LIMIT 20""",
                [entity_id, entity_id]),
        }

    def article_entities(self) -> dict[str, list[dict[str, Any]]]:
        """``{article_id: [{entity, name, type, mentions: [{start, end, text}]}]}`` for export."""
        rows = self.con.execute(
            """SELECT m.article_id, e.id, e.name, e.type,
                      list({'start': m.start_char, 'end': m.end_char, 'text': m.text} ORDER BY m.start_char)
               FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
               GROUP BY m.article_id, e.id, e.name, e.type
               ORDER BY m.article_id, min(m.start_char)""").fetchall()
        out: dict[str, list[dict[str, Any]]] = {}
        for article_id, entity_id, name, type_, mentions in rows:
            out.setdefault(article_id, []).append(
                {"entity": entity_id, "name": name, "type": type_, "mentions": mentions})
        return out


    # -- quotes: the quotes layer as rows, who is quoted, the same quote across outlets -------

    _QUOTE_TYPE = ('[{"text": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "direct": "BOOLEAN", '
                   '"speaker": "VARCHAR", "entity": "VARCHAR", "affiliation": "VARCHAR", "role": "VARCHAR", '
                   '"cue": "VARCHAR"}]')

    def quote_rows(self, *, speaker: str | None = None, outlet: str | None = None) -> list[dict[str, Any]]:
        """Every stored quote with its article; ``speaker``/``outlet`` filter by substring, any case."""
        return self._dicts(
            """WITH q AS (
                   SELECT a.id AS article_id, a.outlet, a.title, a.published,
                          unnest(from_json(n.data, ?)) AS quote,
                          generate_subscripts(from_json(n.data, ?), 1) - 1 AS quote_index
                   FROM annotations n JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
                   WHERE n.layer = 'quotes')
               SELECT article_id, quote_index, outlet, title, published, quote.text AS text,
                      quote.start AS start, quote."end" AS "end", quote.direct AS direct,
                      quote.speaker AS speaker, quote.entity AS entity, quote.affiliation AS affiliation,
                      quote.role AS role, quote.cue AS cue
               FROM q
               WHERE (? IS NULL OR quote.speaker ILIKE '%' || ? || '%')
                 AND (? IS NULL OR outlet ILIKE '%' || ? || '%')
               ORDER BY article_id, quote_index""",
            [self._QUOTE_TYPE, self._QUOTE_TYPE, speaker, speaker, outlet, outlet])

    def quote_sources(self, *, outlet: str | None = None) -> list[dict[str, Any]]:
        """Who is quoted: quotes, articles, affiliations, roles and outlets per named speaker."""
        rows = self.quote_rows(outlet=outlet)
        if not rows:
            return []
        self.con.register("incoming_quotes", pa.Table.from_pylist(rows))
        try:
            return self._dicts(
                """SELECT speaker, any_value(entity) AS entity, count(*) AS quotes,
                          count(DISTINCT article_id) AS articles,
                          list(DISTINCT affiliation) FILTER (WHERE affiliation IS NOT NULL) AS affiliations,
                          list(DISTINCT role) FILTER (WHERE role IS NOT NULL) AS roles,
                          list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets
                   FROM incoming_quotes WHERE speaker IS NOT NULL
                   GROUP BY speaker ORDER BY quotes DESC, speaker""", [])
        finally:
            self.con.unregister("incoming_quotes")

    def save_quote_groups(self, rows: list[dict[str, Any]]) -> None:
        """Replace every quote group (the corpus step recomputes them all)."""
        with self.transaction():
            self.con.execute("DELETE FROM quote_groups")
            if rows:
                self.con.register("incoming_quote_groups", pa.Table.from_pylist(rows))
                try:
                    self.con.execute(
                        """INSERT INTO quote_groups SELECT group_id, article_id, quote_index, outlet, speaker,
                           text, similarity, altered, speaker_conflict FROM incoming_quote_groups""")
                finally:
                    self.con.unregister("incoming_quote_groups")

    def quote_groups(self, *, flagged_only: bool = False) -> list[dict[str, Any]]:
        """Members of each group of the same quote in several articles, flags included."""
        return self._dicts(
            """SELECT * FROM quote_groups
               WHERE NOT ? OR group_id IN (SELECT group_id FROM quote_groups WHERE altered OR speaker_conflict)
               ORDER BY group_id, article_id, quote_index""", [flagged_only])


    # -- retrieval: sentences and quotes for `newsdesk ask`, BM25 (DuckDB FTS) and embeddings ----
    # The FTS extension is LOADed from the file shipped in the PyPI package duckdb-extension-fts,
    # never downloaded. The index is rebuilt whenever the passages are replaced.

    def load_fts(self) -> None:
        """Load the DuckDB full-text-search extension from its PyPI package."""
        from pathlib import Path

        try:
            import duckdb_extension_fts
        except ImportError as e:
            raise StoreError("the DuckDB FTS extension is missing; pip install duckdb-extension-fts==1.5.5") from e
        found = sorted(Path(duckdb_extension_fts.__file__).parent.rglob("fts.duckdb_extension"))
        if not found:
            raise StoreError("duckdb-extension-fts ships no fts.duckdb_extension; reinstall it")
        self.con.load_extension(str(found[-1]))
        self.con.execute("SET enable_progress_bar = false")  # the library never prints

    def word_counts(self, words: Sequence[str]) -> list[tuple[str, int, list[int]]]:
        """``(id, words in title and text, occurrences of each of ``words``)`` for every current article
        containing at least one of them (lower-case substrings), in ingest order."""
        self.con.execute("SET enable_progress_bar = false")  # the library never prints
        return self.con.execute(
            """WITH a AS (SELECT id, lower(coalesce(title, '') || ' ' || text) AS body, ingested_at, path, locator
                          FROM current_articles)
               SELECT id, len(string_split(body, ' ')) AS words,
                      list_transform(?::VARCHAR[], w -> (length(body) - length(replace(body, w, ''))) // length(w))
               FROM a WHERE list_bool_or(list_transform(?::VARCHAR[], w -> contains(body, w)))
               ORDER BY ingested_at, path, locator""", [list(words), list(words)]).fetchall()

    def retrieval_fingerprint(self) -> str:
        """Changes whenever an article version or its quotes layer changes."""
        row = self.con.execute(
            """SELECT count(*) || ':' || coalesce(bit_xor(hash(a.id, a.version, n.layer_version)), 0)
               FROM current_articles a LEFT JOIN annotations n
                 ON n.article_id = a.id AND n.version = a.version AND n.layer = 'quotes'""").fetchone()
        return row[0]

    def retrieval_state(self) -> str | None:
        row = self.con.execute("SELECT value FROM newsdesk_meta WHERE key = 'retrieval_fingerprint'").fetchone()
        return row[0] if row else None

    def replace_passages(self, rows: pa.Table, *, fingerprint: str) -> None:
        """Replace every retrieval passage and rebuild the BM25 index over their text."""
        self.load_fts()
        with self.transaction():
            self.con.execute("DELETE FROM retrieval_passages")
            self._insert_arrow("retrieval_passages", rows, "SELECT passage_id, article_id, version, kind, "
                               "start_char, end_char, text, speaker, role, affiliation, embedding FROM incoming")
            self.con.execute("INSERT OR REPLACE INTO newsdesk_meta VALUES ('retrieval_fingerprint', ?)", [fingerprint])
        self.con.execute("PRAGMA create_fts_index('retrieval_passages', 'passage_id', 'text', "
                         "stemmer = 'english', stopwords = 'english', overwrite = 1)")

    def search_passages(self, query: str, *, limit: int) -> list[dict[str, Any]]:
        """Passages by BM25 score for ``query``, best first."""
        self.load_fts()
        return self._dicts(
            """SELECT * EXCLUDE (embedding) FROM (
                   SELECT p.*, fts_main_retrieval_passages.match_bm25(p.passage_id, ?) AS score
                   FROM retrieval_passages p) WHERE score IS NOT NULL
               ORDER BY score DESC, passage_id LIMIT ?""", [query, limit])

    def nearest_passages(self, vector: Sequence[float], *, limit: int) -> list[dict[str, Any]]:
        """Passages by cosine similarity of their stored embedding to ``vector``, best first."""
        return self._dicts(
            """SELECT * EXCLUDE (embedding), list_cosine_similarity(embedding, ?::FLOAT[]) AS score
               FROM retrieval_passages WHERE embedding IS NOT NULL
               ORDER BY score DESC, passage_id LIMIT ?""", [list(vector), limit])

    def has_embeddings(self) -> bool:
        return self.con.execute(
            "SELECT count(*) FROM retrieval_passages WHERE embedding IS NOT NULL").fetchone()[0] > 0

    def quotes_and_texts(self) -> list[tuple[str, int, str, str]]:
        """``(article_id, version, text, quotes layer JSON or None)`` for every current article."""
        return self.con.execute(
            """SELECT a.id, a.version, a.text, n.data FROM current_articles a LEFT JOIN annotations n
                 ON n.article_id = a.id AND n.version = a.version AND n.layer = 'quotes'
               ORDER BY a.ingested_at, a.path, a.locator""").fetchall()


def open_store(path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (creating on first use) the store at ``path`` and bring its schema up to date."""
    path = os.fspath(path)
    if read_only and not os.path.exists(path):
        raise StoreError(f"{path}: no such store; run `newsdesk ingest` first")
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as e:
        raise StoreError(f"{path}: cannot open the store ({e})") from e
    store = Store(con, path)
    try:
        _migrate(con, path, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return store


def _migrate(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    if not read_only:
        con.execute("CREATE TABLE IF NOT EXISTS newsdesk_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = con.execute("SELECT value FROM newsdesk_meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer newsdesk (schema v{version}; this version reads up to "
            f"v{SCHEMA_VERSION}); upgrade newsdesk to open it"
        )
    if version == SCHEMA_VERSION:
        return
    if read_only:
        raise StoreError(f"{path}: schema v{version} needs upgrading; open it once without read-only")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with _transaction(con):
            for statement in MIGRATIONS[target]:
                con.execute(statement)
            con.execute("INSERT OR REPLACE INTO newsdesk_meta VALUES ('schema_version', ?)", [str(target)])
        log.info("store %s migrated to schema v%d", path, target)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _articles_table(batch: list[tuple[Article, int]]) -> pa.Table:
    now = _now()
    columns: dict[str, list[Any]] = {name: [] for name in _ARTICLE_COLUMNS}
    for article, version in batch:
        values = (
            article.id, version, article.source or article.path, article.path, article.locator,
            article.format, article.content_hash, article.title, list(article.authors), article.outlet,
            article.published, article.published_precision, article.url, article.language,
            article.text, article.raw_text,
            [{"text": r.text, "reason": r.reason} for r in article.removed],
            json.dumps(article.metadata, ensure_ascii=False, default=str), now,
        )
        for name, value in zip(_ARTICLE_COLUMNS, values):
            columns[name].append(value)
    types = {"version": pa.int32(), "authors": pa.list_(pa.string()), "removed": _REMOVED_TYPE,
             "ingested_at": pa.timestamp("us")}
    return pa.table({name: pa.array(values, type=types.get(name, pa.string()))
                     for name, values in columns.items()})


def _article_from_row(row: dict[str, Any]) -> Article:
    metadata = row.get("metadata")
    return Article(
        path=row["path"], raw_text=row["raw_text"] or "", locator=row["locator"] or "",
        source=row["source"] or "", format=row["format"] or "text", text=row["text"] or "",
        title=row["title"], authors=list(row["authors"] or []), outlet=row["outlet"],
        published=row["published"], published_precision=row["published_precision"], url=row["url"],
        language=row["language"],
        removed=[Removed(item["text"], item["reason"]) for item in row["removed"] or []],
        metadata=json.loads(metadata) if isinstance(metadata, str) else dict(metadata or {}),
    )
