"""Queries for browsing: filtered, paged article and entity lists and one-record reads.

Every filter is applied in SQL with bound parameters, so a page never loads a whole layer.
Filters given as text (outlet, entity name, speaker) match as substrings in any case, with
``contains``: a ``%`` or ``_`` typed by a reader is that character, not a LIKE wildcard.
Text search matches every word of the query in the title or text, each given as one regular
expression (``newsdesk.lang.words.word_pattern``: in any case, an English word and its other
forms as a whole word, a Russian word's stem as the start of a word, so Токаеву finds Токаев,
Токаева and Токаевым).
"""

from __future__ import annotations

import json
from typing import Any

from newsdesk.store.ordering import ties_sql

#: One word of the query in the title or text, by its pattern bound as a value: the text as
#: stored, which the pattern reads in any case (lower-casing every text for each word cost more
#: than the match).
_WORD_MATCH = "regexp_matches(coalesce(a.title, '') || ' ' || a.text, ?)"
_ARTICLE_FILTER = """
    {words}
    AND (? IS NULL OR contains(lower(a.outlet), lower(?)))
    AND (? IS NULL OR a.language = ?)
    AND (? IS NULL OR left(a.published, length(?)) >= ?)
    AND (? IS NULL OR left(a.published, length(?)) <= ?)
    AND (? IS NULL OR a.id IN (SELECT article_id FROM entity_mentions WHERE entity_id = ?))"""


_ENTITY_FILTER = """
    (? IS NULL OR e.type = ?)
    AND (? IS NULL OR contains(lower(e.name), lower(?)) OR e.id IN (
        SELECT entity_id FROM entity_aliases WHERE contains(lower(alias), lower(?))))"""


class BrowseQueries:
    """Paged lists and single records for the service layer; mixed into ``Store``."""

    def browse_articles(
        self,
        *,
        words: list[str] | None = None,
        outlet: str | None = None,
        entity_id: str | None = None,
        language: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(total, page)`` of current articles matching every filter, newest first (ties in
        ingest time, the records of one input, in the store's order of ties, wherever the file
        lies); ``words`` holds each query word's pattern (``newsdesk.lang.words.word_pattern``).

        The total is counted by a query of its own unless the first page holds every match:
        a window count on the page's rows (``count(*) OVER ()`` under ``ORDER BY … LIMIT``)
        fails now and then inside DuckDB 1.5 ("Attempted to access index 0 within vector of
        size 0", duckdb/duckdb#22352), which invalidates the database for every later read."""
        where = _ARTICLE_FILTER.format(words=" AND ".join([_WORD_MATCH] * len(words or [])) or "true")
        params = [
            *(words or []),
            outlet,
            outlet,
            language,
            language,
            date_from,
            date_from,
            date_from,
            date_to,
            date_to,
            date_to,
            entity_id,
            entity_id,
        ]
        rows = self._dicts(
            f"""SELECT a.id, a.title, a.outlet, a.published, a.authors, a.url, a.language
                FROM current_articles a WHERE {where}
                ORDER BY a.published DESC NULLS LAST, a.ingested_at, {ties_sql('a')}
                LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        )
        if offset == 0 and len(rows) < limit:
            return len(rows), rows
        total = self.con.execute(f"SELECT count(*) FROM current_articles a WHERE {where}", params).fetchone()[0]
        return total, rows

    def article_languages(self) -> list[dict[str, Any]]:
        """Each language of the current articles with its number of articles, most first."""
        return self._dicts(
            """SELECT language, count(*) AS articles FROM current_articles
               WHERE language IS NOT NULL
               GROUP BY language ORDER BY articles DESC, language""",
            [],
        )

    def article_layers(self, article_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every stored annotation layer of one article's current version: ``{layer: records}``."""
        rows = self.con.execute(
            """SELECT n.layer, n.data FROM annotations n
               JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
               WHERE n.article_id = ?""",
            [article_id],
        ).fetchall()
        return {layer: json.loads(data) for layer, data in rows}

    def article_entity_spans(self, article_id: str) -> list[dict[str, Any]]:
        """The canonical entity of each mention in one article, in text order."""
        return self._dicts(
            """SELECT m.start_char AS start, m.end_char AS "end", m.text, e.id AS entity,
                      e.name, e.type
               FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
               WHERE m.article_id = ? ORDER BY m.start_char""",
            [article_id],
        )

    def browse_entities(
        self, *, q: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(total, page)`` of registry entities whose name or an alias contains ``q``."""
        params = [type, type, q, q, q]
        total = self.con.execute(f"SELECT count(*) FROM entities e WHERE {_ENTITY_FILTER}", params).fetchone()[0]
        rows = self._dicts(
            f"""SELECT e.*, (SELECT list(alias ORDER BY mentions DESC, alias) FROM entity_aliases x
                             WHERE x.entity_id = e.id) AS aliases
                FROM entities e WHERE {_ENTITY_FILTER}
                ORDER BY e.mentions DESC, e.name, e.id LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        )
        return total, rows

    def entity_by_id(self, entity_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM entities WHERE id = ?", [entity_id])
        return rows[0] if rows else None

    def entity_months(self, entity_id: str) -> list[dict[str, Any]]:
        """Articles mentioning one entity per month of publication (per year for articles
        dated only to the year), oldest first."""
        return self._dicts(
            """SELECT left(a.published, 7) AS month, count(DISTINCT a.id) AS articles
               FROM entity_mentions m JOIN current_articles a ON a.id = m.article_id
               WHERE m.entity_id = ? AND length(a.published) >= 4
               GROUP BY month ORDER BY month""",
            [entity_id],
        )

    def entity_quotes(self, entity_id: str, speaker: str, *, limit: int = 200) -> list[dict[str, Any]]:
        """Quotes whose speaker contains ``speaker``, newest first (articles of one day in the
        store's order of ties), read only from articles
        that mention the entity and whose stored layer holds the name (few layers are parsed,
        each once)."""
        return self._dicts(
            f"""WITH p AS (
                   SELECT a.id AS article_id, a.outlet, a.title, a.published,
                          a.content_hash, a.path, a.locator, from_json(n.data, ?) AS quotes
                   FROM annotations n
                   JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
                   WHERE n.layer = 'quotes' AND n.data ILIKE '%' || ? || '%'
                     AND n.article_id IN (
                       SELECT article_id FROM entity_mentions WHERE entity_id = ?)),
               q AS (
                   SELECT article_id, outlet, title, published, content_hash, path, locator,
                          unnest(quotes) AS quote, unnest(range(len(quotes))) AS quote_index
                   FROM p)
               SELECT article_id, quote_index, outlet, title, published, quote.text AS text,
                      quote.start AS start, quote."end" AS "end", quote.direct AS direct,
                      quote.speaker AS speaker, quote.entity AS entity,
                      quote.affiliation AS affiliation, quote.role AS role, quote.cue AS cue
               FROM q WHERE quote.speaker ILIKE '%' || ? || '%'
               ORDER BY published DESC NULLS LAST, {ties_sql("q")}, quote_index LIMIT ?""",
            [self._QUOTE_TYPE, speaker, entity_id, speaker, limit],
        )

    def story_by_id(self, story_id: str) -> dict[str, Any] | None:
        """One story with its members (earliest first), or None."""
        row = self.con.execute("SELECT earliest FROM stories WHERE story_id = ?", [story_id]).fetchone()
        return self.story_of(row[0]) if row else None

    def find_story_ids(self, prefix: str) -> list[str]:
        """Story ids starting with ``prefix``."""
        rows = self.con.execute(
            "SELECT story_id FROM stories WHERE starts_with(story_id, ?) ORDER BY story_id",
            [prefix],
        ).fetchall()
        return [row[0] for row in rows]

    def count_stories(self, *, min_articles: int = 1) -> int:
        return self.con.execute("SELECT count(*) FROM stories WHERE articles >= ?", [min_articles]).fetchone()[0]
