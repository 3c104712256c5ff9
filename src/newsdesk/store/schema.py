"""The schema: versioned migrations, applied in order when a store is opened.

Migration n brings a store from schema n-1 to n; a store written by a newer newsdesk is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from newsdesk.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_DB = "newsdesk.duckdb"
#: The window that keeps each article's current version (the highest ``version`` of its
#: ``id``), as a clause ending a query over ``articles``: the view ``current_articles`` of
#: migration 1 is this over the whole table; a query that needs the row ids or picks its
#: articles before the window (so a few articles read a few rows) ends with it instead.
CURRENT_VERSION = "QUALIFY version = max(version) OVER (PARTITION BY id)"
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
    7: (
        """CREATE TABLE feeds (
            name VARCHAR PRIMARY KEY, source VARCHAR, every_s INTEGER, language VARCHAR,
            follow_links BOOLEAN, etag VARCHAR, last_modified VARCHAR, added_at VARCHAR,
            last_poll VARCHAR, next_poll VARCHAR, last_new INTEGER, total_new INTEGER,
            failures INTEGER, last_error VARCHAR)""",
        """CREATE TABLE watchlists (
            name VARCHAR PRIMARY KEY, criteria JSON, deliveries JSON, created_at VARCHAR)""",
        """CREATE TABLE watch_checked (
            watchlist VARCHAR, article_id VARCHAR, PRIMARY KEY (watchlist, article_id))""",
        """CREATE TABLE alerts (
            alert_id VARCHAR PRIMARY KEY, watchlist VARCHAR, kind VARCHAR, item VARCHAR,
            article_id VARCHAR, title VARCHAR, story_id VARCHAR, evidence JSON, links JSON,
            created_at VARCHAR, delivered JSON)""",
        """CREATE TABLE schedules (
            name VARCHAR PRIMARY KEY, topic VARCHAR, rule VARCHAR, tz VARCHAR, recipients VARCHAR[],
            created_at VARCHAR)""",
        """CREATE TABLE issues (
            schedule VARCHAR, due_at VARCHAR, since VARCHAR, sent_at VARCHAR,
            subject VARCHAR, text VARCHAR, html VARCHAR, status VARCHAR,
            PRIMARY KEY (schedule, due_at))""",
    ),
    8: (  # what the corpus steps keep to update themselves from the articles that changed
        "CREATE TABLE quote_articles (article_id VARCHAR PRIMARY KEY, version INTEGER)",
        """CREATE TABLE quote_shingles (
            shingle BIGINT, article_id VARCHAR, quote_index INTEGER)""",
        "CREATE TABLE entity_articles (article_id VARCHAR PRIMARY KEY, version INTEGER, story VARCHAR)",
        """CREATE TABLE entity_members (
            article_id VARCHAR, member INTEGER, label VARCHAR, key VARCHAR, gazetteer VARCHAR,
            words INTEGER, surname VARCHAR, first_word VARCHAR, mention_keys VARCHAR[],
            auto_group VARCHAR, entity_id VARCHAR)""",
    ),
    9: (  # the registry's index keeps what an entity's figures are made of (names, roles,
        # mention counts), so members that join an entity add to it; the next run rebuilds it
        "DELETE FROM entity_articles",
        "DROP TABLE entity_members",
        """CREATE TABLE entity_members (
            article_id VARCHAR, member INTEGER, label VARCHAR, key VARCHAR, gazetteer VARCHAR,
            words INTEGER, surname VARCHAR, first_word VARCHAR, mention_keys VARCHAR[],
            auto_group VARCHAR, entity_id VARCHAR, name VARCHAR, roles VARCHAR[],
            mentions INTEGER)""",
    ),
    10: (  # each member's component before the lone-surname rule, so an update tests only the
        # pairs a change brings (stored components stay joined); the next run rebuilds it
        "DELETE FROM entity_articles",
        "ALTER TABLE entity_members ADD COLUMN component VARCHAR",
    ),
    11: (  # each indexed article's content stems, so the rewrite pre-check of a later run reads
        # them instead of stemming the stored candidate's text again (absent: stemmed as before)
        "CREATE TABLE lineage_stems (article_id VARCHAR, stems VARCHAR[])",
    ),
    12: (  # each article version's story terms, counted once, so a story update re-weighs
        # the stored counts of the articles near a change instead of tokenising their texts
        """CREATE TABLE story_terms (
            article_id VARCHAR, version INTEGER, terms_version INTEGER,
            words BIGINT[], word_counts INTEGER[], pairs BIGINT[], pair_counts INTEGER[],
            names BIGINT[], name_counts INTEGER[])""",
    ),
    13: (  # the bad items each feed has reported, so a poll reports an item once per version
        """CREATE TABLE feed_rejects (
            feed VARCHAR, record VARCHAR, problem VARCHAR, first_seen VARCHAR, last_seen VARCHAR,
            PRIMARY KEY (feed, record))""",
    ),
    14: (  # a feed added over HTTP is polled from public hosts only, its own URL included
        "ALTER TABLE feeds ADD COLUMN public_only BOOLEAN DEFAULT false",
    ),
    15: (  # each indexed quote's text, speaker and outlet, so the stored quotes an update
        # reaches are read from the index, not parsed from their articles' quotes layers;
        # the next run rebuilds the index
        "DELETE FROM quote_articles",
        "DELETE FROM quote_shingles",
        """CREATE TABLE indexed_quotes (
            article_id VARCHAR, quote_index INTEGER, outlet VARCHAR, speaker VARCHAR,
            text VARCHAR)""",
    ),
    16: (  # each indexed article's content stems as one text, separated by spaces (a stem has
        # none), not a list: DuckDB reads a few rows of a list column by decompressing the
        # lists of the whole vector, so one article's stems cost as much as every article's.
        # A new table, not ALTER ... SET DATA TYPE ... USING: DuckDB 1.5 cannot replay that
        # from the log of a process killed before its first checkpoint
        "CREATE TABLE lineage_stem_texts (article_id VARCHAR, stems VARCHAR)",
        "INSERT INTO lineage_stem_texts SELECT article_id, array_to_string(stems, ' ') FROM lineage_stems",
        "DROP TABLE lineage_stems",
        "ALTER TABLE lineage_stem_texts RENAME TO lineage_stems",
    ),
    17: (  # each entity's tally (what its ``entities`` row reads from its members: names,
        # labels, gazetteer ids, roles, mentions, articles), one row per entity, so an update
        # adds a grown entity's new members to it instead of summing all its index rows;
        # the next run rebuilds the registry, which writes them
        "DELETE FROM entity_articles",
        "CREATE TABLE entity_tallies (entity_id VARCHAR, tally VARCHAR)",
    ),
    18: (  # an index of the ids alone beside each primary key of (id, version, ...): a scan
        # filtered on that column alone fetches a few articles or layers by it, where a pick
        # by row id read every text or layer of their vector of 2,048 rows (``points``)
        "CREATE INDEX annotations_article ON annotations (article_id)",
        "CREATE INDEX articles_id ON articles (id)",
    ),
}

SCHEMA_VERSION = max(MIGRATIONS)


def migrate(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    _refuse_foreign(con, path, read_only=read_only)
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
        with transaction(con):
            for statement in MIGRATIONS[target]:
                con.execute(statement)
            con.execute("INSERT OR REPLACE INTO newsdesk_meta VALUES ('schema_version', ?)", [str(target)])
        log.info("store %s migrated to schema v%d", path, target)


def _refuse_foreign(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    """A DuckDB file that is not a newsdesk store is refused; an empty one only by readers."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "newsdesk_meta" in tables:
        return
    if tables or read_only:
        what = "a DuckDB file holding other tables" if tables else "an empty DuckDB file"
        raise StoreError(f"{path}: not a newsdesk store ({what})")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
