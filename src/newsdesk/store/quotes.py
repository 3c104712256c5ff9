"""Queries over the quotes layer: quotes as rows, who is quoted, the same quote across outlets."""

from __future__ import annotations

from typing import Any

import pyarrow as pa


class QuoteQueries:
    """Quotes and sources; mixed into ``Store``."""

    # -- quotes: the quotes layer as rows, who is quoted, the same quote across outlets -------

    _QUOTE_TYPE = ('[{"text": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "direct": "BOOLEAN", '
                   '"speaker": "VARCHAR", "entity": "VARCHAR", "affiliation": "VARCHAR", "role": "VARCHAR", '
                   '"cue": "VARCHAR", "kind": "VARCHAR", "nominal": "BOOLEAN"}]')

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
                      quote.role AS role, quote.cue AS cue, quote.kind AS kind,
                      coalesce(quote.nominal, false) AS nominal
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
                   FROM incoming_quotes WHERE speaker IS NOT NULL AND NOT nominal
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
