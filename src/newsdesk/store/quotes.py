"""Queries over the quotes layer: quotes as rows, who is quoted, the same quote across outlets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa

from newsdesk.store.ordering import ties_sql
from newsdesk.store.points import picked_rows, wanted
from newsdesk.store.values import dict_rows

#: The columns of ``quote_groups`` (the table's types, so few rows can go as JSON text).
_QUOTE_GROUP_SCHEMA = pa.schema(
    [
        ("group_id", pa.int32()),
        ("article_id", pa.string()),
        ("quote_index", pa.int32()),
        ("outlet", pa.string()),
        ("speaker", pa.string()),
        ("text", pa.string()),
        ("similarity", pa.float64()),
        ("altered", pa.bool_()),
        ("speaker_conflict", pa.bool_()),
    ]
)


#: The quote index's tables, each with a row per indexed article, shingle or quote.
_QUOTE_INDEX = ("quote_articles", "quote_shingles", "indexed_quotes")
#: The columns of ``indexed_quotes``: what a quote group's row reads of a stored quote.
_INDEXED_QUOTE = pa.schema(
    [
        ("article_id", pa.string()),
        ("quote_index", pa.int32()),
        ("outlet", pa.string()),
        ("speaker", pa.string()),
        ("text", pa.string()),
    ]
)


class QuoteQueries:
    """Quotes and sources; mixed into ``Store``."""

    # -- quotes: the quotes layer as rows, who is quoted, the same quote across outlets -------

    _QUOTE_TYPE = (
        '[{"text": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "direct": "BOOLEAN", '
        '"speaker": "VARCHAR", "entity": "VARCHAR", "affiliation": "VARCHAR", "role": "VARCHAR", '
        '"cue": "VARCHAR", "kind": "VARCHAR", "nominal": "BOOLEAN"}]'
    )
    #: Each quote of each parsed layer (``layers``: a row per article, its ``quotes`` list),
    #: with its index in the layer, as ``q``. A layer's JSON is parsed once: parsed for the
    #: quotes and again for their indexes, it took 1.6-1.9 times as long (every stored layer
    #: of 1,000 articles: 48 ms against 25, warm).
    _EACH_QUOTE = """q AS (
                   SELECT * EXCLUDE (quotes), unnest(quotes) AS quote,
                          generate_subscripts(quotes, 1) - 1 AS quote_index
                   FROM layers)"""

    def quote_rows(
        self, *, speaker: str | None = None, outlet: str | None = None, exact: bool = False
    ) -> list[dict[str, Any]]:
        """Every stored quote with its article; ``speaker``/``outlet`` filter by substring, any
        case (``exact``: the speaker is that name, any case, as ``quote_sources`` counts it);
        the articles in the store's order of ties, each one's quotes in its order."""
        return self._dicts(
            f"""WITH layers AS (
                   SELECT a.id AS article_id, a.outlet, a.title, a.published,
                          a.content_hash, a.path, a.locator, from_json(n.data, ?) AS quotes
                   FROM annotations n JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
                   WHERE n.layer = 'quotes'),
               {self._EACH_QUOTE}
               SELECT article_id, quote_index, outlet, title, published, quote.text AS text,
                      quote.start AS start, quote."end" AS "end", quote.direct AS direct,
                      quote.speaker AS speaker, quote.entity AS entity, quote.affiliation AS affiliation,
                      quote.role AS role, quote.cue AS cue, quote.kind AS kind,
                      coalesce(quote.nominal, false) AS nominal
               FROM q
               WHERE (? IS NULL OR CASE WHEN ? THEN lower(quote.speaker) = lower(?)
                                        ELSE contains(lower(quote.speaker), lower(?)) END)
                 AND (? IS NULL OR contains(lower(outlet), lower(?)))
               ORDER BY {ties_sql("q")}, quote_index""",
            [self._QUOTE_TYPE, speaker, exact, speaker, speaker, outlet, outlet],
        )

    def quote_sources(self, *, outlet: str | None = None) -> list[dict[str, Any]]:
        """Who is quoted: quotes, articles, affiliations, roles and outlets per named speaker."""
        rows = self.quote_rows(outlet=outlet)
        if not rows:
            return []
        return dict_rows(
            self._run(
                """SELECT speaker, any_value(entity) AS entity, count(*) AS quotes,
                      count(DISTINCT article_id) AS articles,
                      list(DISTINCT affiliation) FILTER (WHERE affiliation IS NOT NULL) AS affiliations,
                      list(DISTINCT role) FILTER (WHERE role IS NOT NULL) AS roles,
                      list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets
               FROM incoming_quotes WHERE speaker IS NOT NULL AND NOT nominal
               GROUP BY speaker ORDER BY quotes DESC, speaker""",
                incoming_quotes=pa.Table.from_pylist(rows),
            )
        )

    def save_quote_groups(self, rows: list[dict[str, Any]]) -> None:
        """Replace every quote group (the corpus step recomputes them all)."""
        with self.transaction():
            self.con.execute("DELETE FROM quote_groups")
            self._insert_quote_groups(rows)

    def _insert_quote_groups(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._insert_arrow(
                "quote_groups",
                pa.Table.from_pylist(rows, schema=_QUOTE_GROUP_SCHEMA),
                """SELECT group_id, article_id, quote_index, outlet, speaker, text, similarity,
                          altered, speaker_conflict FROM incoming""",
            )

    # -- the quote index: what the quote-group step keeps to update itself ------------------

    def quote_texts(self, *, article_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """The direct quotes of current articles (all, or of ``article_ids``) with the article's
        version, ordered by article id and quote index (the order quote groups are built in)."""
        with self._value_tables(wanted_articles=(article_ids or (), pa.string())) as run:
            return self._quote_texts(run, everything=article_ids is None)

    def _quote_texts(self, run: Callable[..., Any], *, everything: bool) -> list[dict[str, Any]]:
        return dict_rows(
            run(
                f"""WITH layers AS (
                   SELECT a.id AS article_id, a.version, a.outlet, from_json(n.data, ?) AS quotes
                   FROM annotations n JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
                   WHERE n.layer = 'quotes' AND (? OR a.id IN (SELECT value FROM wanted_articles))),
               {self._EACH_QUOTE}
               SELECT article_id, version, quote_index, outlet, quote.text AS text,
                      quote.speaker AS speaker
               FROM q WHERE quote.direct ORDER BY article_id, quote_index""",  # fixed text
                [self._QUOTE_TYPE, everything],
            )
        )

    def quote_layer_versions(self, *, article_ids: Sequence[str] | None = None) -> dict[str, int]:
        """``{article id: version}`` of the current articles (all, or of ``article_ids``) that
        have a quotes layer."""
        with self._value_tables(wanted_articles=(article_ids or (), pa.string())) as run:
            return dict(
                run(
                    """SELECT a.id, a.version FROM current_articles a JOIN annotations n
                       ON n.article_id = a.id AND n.version = a.version AND n.layer = 'quotes'
                       WHERE ? OR a.id IN (SELECT value FROM wanted_articles)""",
                    [article_ids is None],
                ).fetchall()
            )

    def quote_index_stale(self) -> dict[str, int | None]:
        """``{id: version}`` of the articles whose indexed quotes are not those of the current
        article's quotes layer: new, changed (a new version) or gone (``None``) since the index
        was last updated."""
        return self.quote_index_changes()[0]

    def quote_index_changes(self) -> tuple[dict[str, int | None], set[str], dict[str, tuple[int, str | None]]]:
        """``quote_index_stale``; apart, those of its articles the index holds (their indexed
        quotes are to be replaced; the others have none); and where each present one's quotes
        layer is, ``{id: (row id in annotations, outlet)}``, for ``quote_texts_at``: the query
        joins the current articles on the layers already, so the layers' read that follows
        need not join them again."""
        rows = self.con.execute(
            """WITH now AS (
                   SELECT a.id, a.version, a.outlet, n.rowid AS layer_row FROM current_articles a
                   JOIN annotations n ON n.article_id = a.id AND n.version = a.version AND n.layer = 'quotes')
               SELECT coalesce(now.id, i.article_id) AS id, now.version, i.article_id IS NOT NULL,
                      now.layer_row, now.outlet
               FROM now FULL OUTER JOIN quote_articles i ON i.article_id = now.id
               WHERE now.id IS NULL OR i.article_id IS NULL OR i.version <> now.version
               ORDER BY id"""
        ).fetchall()
        stale = {row[0]: row[1] for row in rows}
        layers = {row[0]: (row[3], row[4]) for row in rows if row[1] is not None}
        return stale, {row[0] for row in rows if row[2]}, layers

    def quote_texts_at(self, layers: dict[str, tuple[int, str | None]]) -> list[dict[str, Any]]:
        """``quote_texts`` of the articles of ``layers`` (``{id: (row id of its quotes layer in
        annotations, outlet)}``, as ``quote_index_changes`` gives them). Picked through the
        index of the article ids (``points.picked_rows``), only those layers are read: joined
        on the current articles, the scan read every stored layer's JSON (10 changed articles
        of 1,000: 14-15 CPU ms), and picked by row id, the whole vector holding them."""
        if not layers:
            return []
        rows = [(row, article_id) for article_id, (row, _) in layers.items()]
        picked, ids = picked_rows("annotations", "article_id, version, data", id_column="article_id", rows=rows)
        found = self._run(
            f"""WITH {picked},
               layers AS (
                   SELECT article_id, version, from_json(data, ?) AS quotes FROM picked
                   WHERE row_id IN (SELECT value FROM wanted_rows)),
               {self._EACH_QUOTE}
               SELECT article_id, version, quote_index, quote.text AS text, quote.speaker AS speaker
               FROM q WHERE quote.direct ORDER BY article_id, quote_index""",  # fixed text
            [*ids, self._QUOTE_TYPE],
            **wanted(rows),
        )
        return [{**row, "outlet": layers[row["article_id"]][1]} for row in dict_rows(found)]

    def quote_index_size(self) -> int:
        return self.con.execute("SELECT count(*) FROM quote_articles").fetchone()[0]

    def quote_shingles_of(self, article_ids: Sequence[str]) -> list[tuple[int, str, int]]:
        """``(shingle, article id, quote index)`` indexed for these articles."""
        with self._value_tables(wanted_articles=(article_ids, pa.string())) as run:
            return run(
                "SELECT shingle, article_id, quote_index FROM quote_shingles "
                "WHERE article_id IN (SELECT value FROM wanted_articles)"
            ).fetchall()

    def quote_shingle_counts(self, shingles: Sequence[int]) -> dict[int, int]:
        """How many indexed quotes hold each of ``shingles`` (absent: none)."""
        with self._value_tables(wanted_shingles=(shingles, pa.int64())) as run:
            return dict(
                run(
                    "SELECT shingle, count(*) FROM quote_shingles "
                    "WHERE shingle IN (SELECT value FROM wanted_shingles) GROUP BY shingle"
                ).fetchall()
            )

    def quote_shingle_holders(self, shingles: Sequence[int]) -> list[tuple[int, str, int]]:
        """``(shingle, article id, quote index)`` of every indexed quote holding one of ``shingles``."""
        with self._value_tables(wanted_shingles=(shingles, pa.int64())) as run:
            return run(
                "SELECT shingle, article_id, quote_index FROM quote_shingles "
                "WHERE shingle IN (SELECT value FROM wanted_shingles)"
            ).fetchall()

    def replace_quote_index(
        self,
        *,
        article_ids: Sequence[str],
        versions: dict[str, int],
        shingles: list[tuple[int, str, int]],
        quotes: Sequence[dict[str, Any]] = (),
        everything: bool = False,
    ) -> None:
        """Drop the index of ``article_ids`` (or of every article) and store the given one:
        ``versions`` of the articles now indexed, their ``(shingle, article, quote)`` rows and
        their indexed ``quotes`` (``article_id``, ``quote_index``, ``outlet``, ``speaker``,
        ``text``). No article to drop, no delete is made."""
        gone = (article_ids, pa.string())
        with self.transaction(), self._value_tables(gone_articles=gone) as run:
            if everything:
                for table in _QUOTE_INDEX:
                    self.con.execute(f"DELETE FROM {table}")  # fixed table names
            for table in _QUOTE_INDEX if article_ids else ():
                run(
                    f"DELETE FROM {table} "  # fixed table names
                    "WHERE article_id IN (SELECT value FROM gone_articles)"
                )
            self._insert_arrow(
                "quote_articles",
                pa.table({"article_id": list(versions), "version": pa.array(list(versions.values()), type=pa.int32())}),
            )
            self._insert_arrow(
                "quote_shingles",
                pa.table(
                    {
                        "shingle": pa.array([row[0] for row in shingles], type=pa.int64()),
                        "article_id": [row[1] for row in shingles],
                        "quote_index": pa.array([row[2] for row in shingles], type=pa.int32()),
                    }
                ),
            )
            indexed = [{name: q[name] for name in _INDEXED_QUOTE.names} for q in quotes]
            table = pa.Table.from_pylist(indexed, schema=_INDEXED_QUOTE)
            self._insert_arrow("indexed_quotes", table)

    def indexed_quotes(self, keys: Sequence[tuple[str, int]]) -> list[dict[str, Any]]:
        """The indexed quotes of these ``(article id, quote index)`` keys as
        ``replace_quote_index`` stored them, ordered by article id and quote index (the
        order quote groups are built in): a few rows of the index, where reading them from
        their articles' quotes layers parses each layer's JSON whole."""
        wanted = pa.table(
            {
                "article_id": [key[0] for key in keys],
                "quote_index": pa.array([key[1] for key in keys], type=pa.int32()),
            }
        )
        return dict_rows(
            self._run(
                """SELECT q.* FROM indexed_quotes q SEMI JOIN wanted_quotes w
                   ON q.article_id = w.article_id AND q.quote_index = w.quote_index
               ORDER BY q.article_id, q.quote_index""",
                wanted_quotes=wanted,
            )
        )

    def quote_group_members_of(
        self, keys: Sequence[tuple[str, int]], *, article_ids: Sequence[str]
    ) -> list[tuple[int, str, int]]:
        """``(group id, article id, quote index)`` of every member of the groups holding one of
        the quotes ``keys`` (article id, quote index) or a quote of ``article_ids``."""
        quotes = pa.table(
            {"article_id": [k[0] for k in keys], "quote_index": pa.array([k[1] for k in keys], type=pa.int32())}
        )
        articles = (article_ids, pa.string())
        with self._value_tables(wanted_articles=articles, wanted_quotes=quotes) as run:
            return run(
                """SELECT group_id, article_id, quote_index FROM quote_groups WHERE group_id IN (
                       SELECT group_id FROM quote_groups
                       WHERE article_id IN (SELECT value FROM wanted_articles)
                          OR (article_id, quote_index) IN (SELECT (article_id, quote_index)
                                                           FROM wanted_quotes))"""
            ).fetchall()

    def update_quote_groups(self, *, dropped: Sequence[int], rows: list[dict[str, Any]]) -> None:
        """Replace the groups ``dropped`` with ``rows`` (whose ``group_id`` only tells their
        groups apart), then number every group 1, 2, ... by its first member (article id,
        quote index), the numbering a rebuild gives. The new groups go in under negative
        numbers, which no stored group holds, so no statement reads the highest one first;
        with nothing dropped and nothing added the table and its numbers stay as they are."""
        if not dropped and not rows:
            return
        with self.transaction():
            if dropped:
                self._run(
                    "DELETE FROM quote_groups WHERE group_id IN (SELECT value FROM gone)", gone=(dropped, pa.int32())
                )
            self._insert_quote_groups([{**row, "group_id": -1 - row["group_id"]} for row in rows])
            self.con.execute(
                """UPDATE quote_groups SET group_id = r.number FROM (
                       SELECT group_id, row_number() OVER (ORDER BY min(struct_pack(
                           a := article_id, q := quote_index))) AS number
                       FROM quote_groups GROUP BY group_id) r
                   WHERE quote_groups.group_id = r.group_id AND r.number <> r.group_id"""
            )

    def quote_groups(
        self,
        *,
        flagged_only: bool = False,
        speaker: str | None = None,
        outlet: str | None = None,
    ) -> list[dict[str, Any]]:
        """Members of each group of the same quote in several articles, flags included;
        ``speaker``/``outlet`` filter the members by substring, any case, as ``quote_rows``."""
        return self._dicts(
            """SELECT * FROM quote_groups
               WHERE (NOT ? OR group_id IN (SELECT group_id FROM quote_groups WHERE altered OR speaker_conflict))
                 AND (? IS NULL OR contains(lower(speaker), lower(?)))
                 AND (? IS NULL OR contains(lower(outlet), lower(?)))
               ORDER BY group_id, article_id, quote_index""",
            [flagged_only, speaker, speaker, outlet, outlet],
        )
