"""Queries for copy lineage: fingerprints, band keys, links and stories."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from newsdesk.article import Article
from newsdesk.store.articles import article_from_row
from newsdesk.store.ordering import ties_sql
from newsdesk.store.schema import CURRENT_VERSION
from newsdesk.store.values import dict_rows


@dataclass(frozen=True, slots=True)
class StoryWindow:
    """The articles a stories update weighs (``LineageQueries.story_window``): their ids,
    ``{article id: story id}`` of those in a stored story, and the copy links among them
    (``{"article", "of"}``)."""

    ids: list[str]
    story_of: dict[str, str]
    links: list[dict[str, str]]


@dataclass(frozen=True, slots=True)
class StoryCheck:
    """Whether the stories can be updated near a change (``LineageQueries.story_check``): the
    current articles no story holds, whether any story is stored, and how many current
    articles there are (an update whose window holds them all clusters them all again)."""

    story_less: frozenset[str]
    has_stories: bool
    articles: int


#: The columns of an article that rank it as the source of a copy
#: (``newsdesk.lineage.stories.source_order``), as ``lineage_story_rows`` gives them.
ORDER_COLUMNS = ("published", "outlet", "content_hash", "path", "locator")


@dataclass(frozen=True, slots=True)
class LineageStart:
    """What the lineage step finds changed (``LineageQueries.lineage_start``): the articles to
    (re)process with their first-seen numbers, in that order, the stories' check, and
    ``{article id: its ORDER_COLUMNS}`` of those articles, read with them."""

    pending: list[tuple[Article, int]]
    stories: StoryCheck
    order: dict[str, dict[str, Any]]


class LineageQueries:
    """Copy lineage and stories; mixed into ``Store``."""

    # -- lineage: copies, reused passages, rewrites and stories ----------------------------
    # The lineage step wraps the link methods in one ``transaction()``; ``save_stories`` opens
    # its own.

    def lineage_start(self, *, version: int) -> LineageStart:
        """Current articles to (re)process with their first-seen sequence numbers, in that order,
        and the stories' check (``story_check``). Both are found by one statement: each compares
        every current article with a record of its own, and at a 1% update a statement's floor
        is most of what such a comparison costs (docs/scale.md). The pending articles' rows are
        then read by row id (``_ordered_articles_at``: a second statement, and a third for the
        raw text of any whose cleaned text is empty), and their fingerprints and links dropped
        (``_lineage_forget``: one statement a table, none when no pending article was processed).

        Pending: never processed, changed since, processed by another lineage version, or an
        exact copy of one of those. Their fingerprints and links are dropped here. A processed
        article keeps its number; one never processed gets the next above every number held,
        the forgotten articles' included (a rebuild forgets them all, and a changed article
        may hold the highest), so no two articles share one. An article's raw text is read
        only where its cleaned text is empty (lineage and stories read it only then), and is
        empty otherwise. The stories' check reads ``story_members`` and ``stories``, which
        the lineage step does not write before its stories' refresh.
        """
        found, kept_seq, story_less, has_stories, articles = self.con.execute(
            f"""WITH current AS (
                   SELECT rowid AS row_id, id, version, path, locator FROM articles
                   {CURRENT_VERSION}),
               stale AS (
                   SELECT a.id FROM current a LEFT JOIN lineage_articles l ON l.article_id = a.id
                   WHERE l.article_id IS NULL OR l.version <> a.version OR l.lineage_version <> ?),
               pending AS (
                   SELECT id FROM stale UNION
                   SELECT article_id FROM lineage_articles WHERE exact_of IN (SELECT id FROM stale))
               SELECT
                   (SELECT list({{'row_id': a.row_id, 'id': a.id, 'seq': l.seq}}
                                ORDER BY l.seq NULLS LAST, f.first_seen, a.path, a.locator)
                    FROM current a
                    JOIN pending p ON p.id = a.id
                    JOIN (SELECT id, min(ingested_at) AS first_seen FROM articles GROUP BY id) f
                      ON f.id = a.id
                    LEFT JOIN lineage_articles l ON l.article_id = a.id),
                   (SELECT coalesce(max(seq), 0) FROM lineage_articles),
                   (SELECT list(c.id) FROM current c
                    WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = c.id)),
                   EXISTS (SELECT 1 FROM stories),
                   (SELECT count(*) FROM current)""",
            [version],
        ).fetchone()
        check = StoryCheck(frozenset(story_less or ()), has_stories, articles)
        rows = [(row["row_id"], row["id"], row["seq"]) for row in found or ()]
        if not rows:
            return LineageStart([], check, {})
        picked = [(row_id, article_id) for row_id, article_id, _ in rows]
        articles, order = self._ordered_articles_at(picked)
        self._lineage_forget([article_id for _, article_id, seq in rows if seq is not None])
        next_seq = kept_seq  # the highest number held, by a pending article or another
        pending = []
        for row_id, _, seq in rows:
            if seq is None:
                next_seq += 1
            pending.append((articles[row_id], seq or next_seq))
        return LineageStart(pending, check, order)

    def lineage_articles(self, ids: Sequence[str]) -> tuple[dict[str, Article], dict[str, dict[str, Any]]]:
        """Current articles by id without their raw text (``get_articles``), and
        ``{article id: its ORDER_COLUMNS}``, read with them (ids not found are left out)."""
        if not ids:
            return {}, {}
        with self.transaction():  # a row id holds within one transaction
            found = self._current_article_rows(ids, raw_text=False)
        order = {row["id"]: {column: row[column] for column in ORDER_COLUMNS} for row in found}
        return {row["id"]: article_from_row(row) for row in found}, order

    def _ordered_articles_at(
        self, rows: Sequence[tuple[int, str]]
    ) -> tuple[dict[int, Article], dict[str, dict[str, Any]]]:
        """``{row id: article}`` of these rows of ``articles`` without their raw text
        (``_articles_at``), and ``{article id: its ORDER_COLUMNS}`` from the same rows: the
        lineage step ranks the articles it reads without reading them again."""
        found = self._article_rows_at(rows, raw_text=False)
        order = {row["id"]: {column: row[column] for column in ORDER_COLUMNS} for row in found}
        return {row["row_id"]: article_from_row(row) for row in found}, order

    def lineage_size(self) -> int:
        """How many articles the lineage step has fingerprinted (0 before its first run)."""
        return self.con.execute("SELECT count(*) FROM lineage_articles").fetchone()[0]

    def lineage_forget_all(self) -> None:
        """Drop every fingerprint and link, keeping each article's first-seen sequence number
        (it orders copies and originals, so a rebuild must give the same one)."""
        self.con.execute("UPDATE lineage_articles SET lineage_version = -1")

    def _lineage_forget(self, ids: list[str]) -> None:
        """Drop these processed articles' fingerprints and links (an article never processed
        has none: it holds no sequence number yet)."""
        if not ids:
            return
        with self._value_tables(gone=ids) as run:
            for table in ("lineage_articles", "lineage_bands", "lineage_marks", "lineage_stems"):
                run(f"DELETE FROM {table} WHERE article_id IN (SELECT value FROM gone)")  # fixed names
            run("DELETE FROM lineage_links "
                "WHERE article_id IN (SELECT value FROM gone) OR of_id IN (SELECT value FROM gone)")

    def lineage_hash_holders(self, hashes: Sequence[str]) -> list[tuple[str, str, bool]]:
        """``(normalised-text hash, id, whether it is no exact copy)`` of the processed articles
        holding these texts: the holders a pending article may outrank, and the originals a
        pending article is an exact copy of."""
        return self._run(
            "SELECT norm_hash, article_id, exact_of IS NULL FROM lineage_articles "
            "WHERE norm_hash IN (SELECT value FROM wanted_hashes)",
            wanted_hashes=hashes,
        ).fetchall()

    def lineage_reopen(self, ids: Sequence[str]) -> tuple[list[tuple[Article, int]], dict[str, dict[str, Any]]]:
        """Processed articles to process again, with their first-seen numbers, and
        ``{article id: its ORDER_COLUMNS}``; their fingerprints and links are dropped here,
        and their raw texts read, as ``lineage_start`` does."""
        if not ids:
            return [], {}
        rows = self._run(
            f"""SELECT a.row_id, a.id, l.seq
               FROM (SELECT rowid AS row_id, id FROM articles
                     WHERE id IN (SELECT value FROM wanted_articles) {CURRENT_VERSION}) a
               JOIN lineage_articles l ON l.article_id = a.id ORDER BY l.seq""",
            wanted_articles=ids,
        ).fetchall()
        articles, order = self._ordered_articles_at([(row_id, article_id) for row_id, article_id, _ in rows])
        self._lineage_forget([article_id for _, article_id, _ in rows])
        return [(articles[row_id], seq) for row_id, _, seq in rows], order

    def save_fingerprints(
        self, prints: Sequence[Any], *, exact_of: dict[str, str], seqs: dict[str, int], version: int
    ) -> None:
        """Keep each article's fingerprints; exact copies keep only their hash and original."""
        self._insert_arrow(
            "lineage_articles",
            pa.table(
                {
                    "article_id": [p.article_id for p in prints],
                    "lineage_version": pa.array([version] * len(prints), type=pa.int32()),
                    "seq": pa.array([seqs[p.article_id] for p in prints], type=pa.int64()),
                    "norm_hash": [p.norm_hash for p in prints],
                    "exact_of": pa.array([exact_of.get(p.article_id) for p in prints], type=pa.string()),
                }
            ),
            "SELECT i.article_id, a.version, i.lineage_version, i.seq, i.norm_hash, i.exact_of "
            "FROM incoming i JOIN current_articles a ON a.id = i.article_id",
        )
        indexed = [p for p in prints if p.article_id not in exact_of]
        bands = [
            (space, band, key, p.article_id)
            for p in indexed
            for space, keys in (("near", p.near_keys), ("stem", p.stem_keys))
            for band, key in enumerate(keys)
        ]
        self._insert_arrow(
            "lineage_bands",
            pa.table(
                {
                    "space": [b[0] for b in bands],
                    "band": pa.array([b[1] for b in bands], type=pa.int16()),
                    "key": pa.array([b[2] for b in bands], type=pa.int64()),
                    "article_id": [b[3] for b in bands],
                }
            ),
        )
        marks = [(mark, p.article_id) for p in indexed for mark in p.marks]
        self._insert_arrow(
            "lineage_marks",
            pa.table({"mark": pa.array([m[0] for m in marks], type=pa.int64()), "article_id": [m[1] for m in marks]}),
        )
        self._insert_arrow(
            "lineage_stems",
            pa.table(
                {
                    "article_id": [p.article_id for p in indexed],
                    "stems": [" ".join(sorted(p.stems)) for p in indexed],
                }
            ),
        )

    def lineage_stems(self, ids: Sequence[str]) -> dict[str, frozenset[str]]:
        """The stored content stems of these articles (an article fingerprinted before they
        were kept has none here). Each article's are one text (schema v16): read as a list,
        a few articles' stems cost a decompression of every stored article's (at 1,000
        articles an update's 34 articles 10.1-11.2 CPU ms, one article's 6.2 warm; as a
        text 4.1-4.3 and 0.6: docs/scale.md)."""
        if not ids:
            return {}
        with self._value_tables(wanted_articles=(ids, pa.string())) as run:
            rows = run(
                "SELECT article_id, stems FROM lineage_stems WHERE article_id IN (SELECT value FROM wanted_articles)"
            ).fetchall()
        return {article_id: frozenset((stems or "").split()) for article_id, stems in rows}

    def lineage_candidates(
        self, ids: list[str], *, min_shared_marks: int, max_mark_articles: int
    ) -> dict[tuple[str, str], set[str]]:
        """Pairs (sorted ids) with at least one of ``ids`` sharing a band key or enough marks.

        The value names what they share: ``near`` (a shingle band), ``stem`` (a content-stem
        band), ``mark`` (at least ``min_shared_marks`` passage fingerprints, each found in at
        most ``max_mark_articles`` articles). The rows holding a mark of ``ids`` (``held``)
        are read once and give both the marks' counts and the pairs: ``lineage_marks`` is
        read twice, not four times (timings in docs/benchmarks.md, "incremental").
        """
        if not ids:
            return {}
        with self._value_tables(lineage_new=(ids, pa.string())) as run:
            rows = run(
                """WITH held AS (
                       SELECT mark, article_id FROM lineage_marks WHERE mark IN (
                           SELECT mark FROM lineage_marks
                           WHERE article_id IN (SELECT value FROM lineage_new))),
                   usable AS (
                       SELECT mark, article_id FROM held WHERE mark IN (
                           SELECT mark FROM held GROUP BY mark HAVING count(*) BETWEEN 2 AND ?))
                   SELECT DISTINCT n.article_id, o.article_id, n.space FROM lineage_bands n
                   JOIN lineage_bands o ON o.space = n.space AND o.band = n.band AND o.key = n.key
                   WHERE n.article_id IN (SELECT value FROM lineage_new)
                     AND o.article_id <> n.article_id
                   UNION ALL
                   SELECT n.article_id, o.article_id, 'mark' FROM usable n
                   JOIN usable o ON o.mark = n.mark AND o.article_id <> n.article_id
                   WHERE n.article_id IN (SELECT value FROM lineage_new)
                   GROUP BY n.article_id, o.article_id HAVING count(*) >= ?""",
                [max_mark_articles, min_shared_marks],
            ).fetchall()
        pairs: dict[tuple[str, str], set[str]] = {}
        for a, b, space in rows:
            pairs.setdefault((min(a, b), max(a, b)), set()).add(space)
        return pairs

    def lineage_common_marks(self, ids: Sequence[str], *, max_articles: int) -> set[int]:
        """The passage fingerprints of these articles that more than ``max_articles`` articles have."""
        if not ids:
            return set()
        rows = self._run(
            """SELECT mark FROM lineage_marks WHERE mark IN (
                   SELECT mark FROM lineage_marks WHERE article_id IN (SELECT value FROM wanted_articles))
               GROUP BY mark HAVING count(*) > ?""",
            [max_articles],
            wanted_articles=ids,
        ).fetchall()
        return {row[0] for row in rows}

    def save_links(self, links: Sequence[Any]) -> None:
        """Add lineage links (objects with ``article``, ``of``, ``kind``, ``score``, ``spans``)."""
        self._insert_arrow(
            "lineage_links",
            pa.table(
                {
                    "article_id": [link.article for link in links],
                    "of_id": [link.of for link in links],
                    "kind": [link.kind for link in links],
                    "score": pa.array([float(link.score) for link in links], type=pa.float64()),
                    "spans": [json.dumps(link.spans, ensure_ascii=False) for link in links],
                }
            ),
        )

    def lineage_links(
        self, *, kinds: Sequence[str] | None = None, article_id: str | None = None
    ) -> list[dict[str, Any]]:
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
            [list(kinds) if kinds else None, list(kinds) if kinds else None, article_id, article_id, article_id],
        )
        for row in rows:
            row["spans"] = json.loads(row["spans"]) if row["spans"] else []
        return rows

    def lineage_story_rows(
        self, *, copy_kinds: Sequence[str], article_ids: Sequence[str] | None = None
    ) -> dict[str, dict[str, Any]]:
        """Per current article (all, or those of ``article_ids``): ``published``, ``outlet``,
        ``content_hash``, ``path``, ``locator``, first-seen ``seq``, ``is_copy`` and its
        ``version``."""
        with self._value_tables(wanted_articles=(article_ids or (), pa.string())) as run:
            rows = dict_rows(run(
                """SELECT a.id, a.published, a.outlet, a.content_hash, a.path, a.locator, l.seq, a.version,
                          EXISTS (SELECT 1 FROM lineage_links k
                                  WHERE k.article_id = a.id AND list_contains(?, k.kind)) AS is_copy
                   FROM current_articles a LEFT JOIN lineage_articles l ON l.article_id = a.id
                   WHERE ? OR a.id IN (SELECT value FROM wanted_articles)""",
                [list(copy_kinds), article_ids is None],
            ))
        return {row["id"]: row for row in rows}

    def save_stories(self, stories: Sequence[dict[str, Any]]) -> None:
        """Replace all stories: dicts with ``story_id``, ``earliest``, ``articles``,
        ``independent_sources`` and ``members`` (article ids, earliest first)."""
        with self.transaction():
            self.con.execute("DELETE FROM stories")
            self.con.execute("DELETE FROM story_members")
            self._insert_stories(stories)

    def replace_stories_of(
        self, article_ids: Sequence[str], stories: Sequence[dict[str, Any]]
    ) -> int:
        """Replace the stories holding any of ``article_ids`` (which must hold all their members)
        with ``stories`` (as for ``save_stories``). A story stored as it is given stays as it
        is: only the others are deleted and written, so an update that changes no story writes
        nothing (and closing the store rewrites neither table). Returns the stories written."""
        with self.transaction():
            stored = self._stories_of(article_ids)
            given = {_story_key(story) for story in stories}
            gone = sorted(key[0] for key in stored - given)
            if gone:
                with self._value_tables(gone_stories=(gone, pa.string())) as run:
                    for table in ("stories", "story_members"):
                        run(f"DELETE FROM {table} "  # fixed table names
                            "WHERE story_id IN (SELECT value FROM gone_stories)")
            written = [story for story in stories if _story_key(story) not in stored]
            self._insert_stories(written)
        return len(written)

    def _stories_of(self, article_ids: Sequence[str]) -> set[tuple[Any, ...]]:
        """The stored stories holding any of ``article_ids``, as ``_story_key`` makes them."""
        with self._value_tables(wanted_articles=(article_ids, pa.string())) as run:
            rows = run(
                """SELECT s.story_id, s.earliest, s.articles, s.independent_sources,
                          list(m.article_id ORDER BY m.position)
                              FILTER (WHERE m.article_id IS NOT NULL)
                   FROM stories s LEFT JOIN story_members m ON m.story_id = s.story_id
                   WHERE s.story_id IN (SELECT story_id FROM story_members
                                        WHERE article_id IN (SELECT value FROM wanted_articles))
                   GROUP BY s.story_id, s.earliest, s.articles, s.independent_sources"""
            ).fetchall()
        return {(*row[:4], tuple(row[4] or ())) for row in rows}

    def _insert_stories(self, stories: Sequence[dict[str, Any]]) -> None:
        members = [
            (story["story_id"], article_id, position)
            for story in stories
            for position, article_id in enumerate(story["members"])
        ]
        self._insert_arrow(
            "stories",
            pa.table(
                {
                    "story_id": [s["story_id"] for s in stories],
                    "earliest": [s["earliest"] for s in stories],
                    "articles": pa.array([s["articles"] for s in stories], type=pa.int32()),
                    "independent_sources": pa.array([s["independent_sources"] for s in stories], type=pa.int32()),
                }
            ),
        )
        self._insert_arrow(
            "story_members",
            pa.table(
                {
                    "story_id": [m[0] for m in members],
                    "article_id": [m[1] for m in members],
                    "position": pa.array([m[2] for m in members], type=pa.int32()),
                }
            ),
        )

    def article_dates(self) -> list[tuple[str, str | None]]:
        """``(id, published)`` of every current article, in ingest order."""
        rows = self.con.execute(
            "SELECT id, published FROM current_articles ORDER BY ingested_at, path, locator"
        ).fetchall()
        return [(row[0], row[1]) for row in rows]

    def story_terms(self, ids: Sequence[str], *, version: int,
                    current: Mapping[str, int] | None = None) -> dict[str, dict[str, tuple[Any, Any]]]:
        """The stored story terms (``newsdesk.stories.story_terms``) of these articles' current
        versions, counted by terms ``version``; an article without them is left out.
        ``current``: each article's current version, read already (``lineage_story_rows``),
        so the current articles are not read again (an id without one is left out)."""
        if current is None:
            tables: dict[str, Any] = {"wanted_articles": (ids, pa.string())}
            picked = """JOIN current_articles a ON a.id = t.article_id AND a.version = t.version
                   WHERE t.terms_version = ? AND t.article_id IN (SELECT value FROM wanted_articles)"""
        else:
            known = [article_id for article_id in ids if article_id in current]
            tables = {"wanted_versions": _versions_table(known, current)}
            picked = """JOIN wanted_versions w ON w.id = t.article_id AND w.version = t.version
                   WHERE t.terms_version = ?"""
        with self._value_tables(**tables) as run:
            table = run(
                f"""SELECT t.article_id, t.words, t.word_counts, t.pairs, t.pair_counts, t.names,
                          t.name_counts
                   FROM story_terms t {picked}""",  # a fixed choice of two
                [version],
            ).to_arrow_table()
        parts = {part: (_list_arrays(table[part]), _list_arrays(table[counts]))
                 for part, counts in _TERM_COLUMNS}
        return {
            article_id: {part: (keys[row], counts[row]) for part, (keys, counts) in parts.items()}
            for row, article_id in enumerate(table["article_id"].to_pylist())
        }

    def save_story_terms(self, terms: dict[str, dict[str, tuple[Any, Any]]], *, version: int,
                         current: Mapping[str, int] | None = None) -> None:
        """Keep the story terms of these articles' current versions (replacing older ones).
        ``current``: each article's current version, read already, as for ``story_terms``."""
        ids = [article_id for article_id in terms if current is None or article_id in current]
        if not ids:
            return
        columns: dict[str, Any] = {"article_id": ids}
        if current is not None:
            columns["version"] = pa.array([current[i] for i in ids], type=pa.int32())
        for part, counts in _TERM_COLUMNS:
            columns[part] = pa.array([terms[i][part][0] for i in ids], type=pa.list_(pa.int64()))
            columns[counts] = pa.array([terms[i][part][1] for i in ids], type=pa.list_(pa.int32()))
        found, source = (("i.version", "incoming i") if current is not None else
                         ("a.version", "incoming i JOIN current_articles a ON a.id = i.article_id"))
        with self.transaction(), self._value_tables(wanted_articles=(ids, pa.string())) as run:
            run("DELETE FROM story_terms WHERE article_id IN (SELECT value FROM wanted_articles)")
            self._insert_arrow(
                "story_terms",
                pa.table(columns),
                f"SELECT i.article_id, {found}, {int(version)}, i.words, i.word_counts, i.pairs, "
                f"i.pair_counts, i.names, i.name_counts FROM {source}",  # fixed choices
            )

    def story_window(
        self, article_ids: Sequence[str], *, days: Sequence[tuple[str, str]], copy_kinds: Sequence[str]
    ) -> StoryWindow:
        """``article_ids``, the current articles dated within one of the ``days`` spans (ISO
        first and last day), and, repeatedly, every member of a story holding one of them and
        every article a copy link of ``copy_kinds`` joins to one of them, until nothing is
        added; with what closing it read (each of its articles' stored story, the copy links
        among them), so they are not read again. Each pass reads only for the articles the
        last one added."""
        found = set(article_ids) | {
            row[0]
            for row in self.con.execute(
                """SELECT a.id FROM current_articles a
               JOIN (SELECT unnest(?) AS first, unnest(?) AS last) w
               ON TRY_CAST(left(a.published, 10) AS DATE) BETWEEN CAST(w.first AS DATE) AND CAST(w.last AS DATE)""",
                [[d[0] for d in days], [d[1] for d in days]],
            ).fetchall()
        }
        story_of: dict[str, str] = {}
        links: set[tuple[str, str]] = set()
        added = found
        while added:
            with self._value_tables(added=(sorted(added), pa.string())) as run:
                rows = run(
                    """SELECT 'story', m.article_id, m.story_id FROM story_members m WHERE m.story_id IN (
                           SELECT story_id FROM story_members WHERE article_id IN (SELECT value FROM added))
                       UNION ALL SELECT 'link', article_id, of_id FROM lineage_links
                           WHERE (article_id IN (SELECT value FROM added) OR of_id IN (SELECT value FROM added))
                             AND list_contains(?, kind)""",
                    [list(copy_kinds)],
                ).fetchall()
            story_of.update((article, story) for kind, article, story in rows if kind == "story")
            links.update((article, of) for kind, article, of in rows if kind == "link")
            added = {row[1] for row in rows} | {row[2] for row in rows if row[0] == "link"}
            added -= found
            found |= added
        return StoryWindow(ids=sorted(found), story_of=story_of,
                           links=[{"article": article, "of": of} for article, of in sorted(links)])

    def story_less_ids(self) -> list[str]:
        """Current articles that no story holds."""
        return [
            row[0]
            for row in self.con.execute(
                """SELECT a.id FROM current_articles a
               WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"""
            ).fetchall()
        ]

    def has_stories(self) -> bool:
        return self.con.execute("SELECT count(*) FROM stories").fetchone()[0] > 0

    def story_check(self) -> StoryCheck:
        """The current articles no story holds, whether any story is stored and how many
        current articles there are (the lineage step reads them in ``lineage_start``)."""
        story_less, has_stories, articles = self.con.execute(
            """SELECT list(a.id) FILTER (WHERE NOT EXISTS (
                          SELECT 1 FROM story_members m WHERE m.article_id = a.id)),
                      EXISTS (SELECT 1 FROM stories), count(*)
               FROM current_articles a"""
        ).fetchone()
        return StoryCheck(frozenset(story_less or ()), has_stories, articles)

    def articles_without_story(self) -> int:
        """Current articles that no story holds (stories are stale: rebuild them)."""
        return self.con.execute(
            """SELECT count(*) FROM current_articles a
               WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"""
        ).fetchone()[0]

    def list_stories(self, *, limit: int | None = None, min_articles: int = 1) -> list[dict[str, Any]]:
        """Stories, largest first, with the earliest article's title, outlet and date; stories
        as large and as early by the store's order of ties of their earliest articles."""
        return self._dicts(
            f"""SELECT s.story_id, s.articles, s.independent_sources, s.earliest,
                       a.title, a.outlet, a.published
                FROM stories s LEFT JOIN current_articles a ON a.id = s.earliest
                WHERE s.articles >= ?
                ORDER BY s.articles DESC, s.independent_sources DESC, a.published, {ties_sql('a')},
                         s.story_id LIMIT ?""",
            [min_articles, limit if limit is not None else 2**62],
        )

    def story_of(self, article_id: str) -> dict[str, Any] | None:
        """The story holding an article, with its members (earliest first) and whether each is a
        copy (of its sources, the first in the store's order of ties)."""
        story = self._dicts(
            """SELECT s.* FROM stories s JOIN story_members m ON m.story_id = s.story_id
               WHERE m.article_id = ?""",
            [article_id],
        )
        if not story:
            return None
        story[0]["members"] = self._dicts(
            f"""SELECT m.article_id AS id, c.title, c.outlet, c.published,
                       (SELECT k.of_id FROM lineage_links k JOIN current_articles a ON a.id = k.of_id
                        WHERE k.article_id = m.article_id AND k.kind IN ('exact', 'near', 'rewrite')
                        ORDER BY {ties_sql('a')} LIMIT 1) AS copy_of
                FROM story_members m LEFT JOIN current_articles c ON c.id = m.article_id
                WHERE m.story_id = ? ORDER BY m.position""",
            [story[0]["story_id"]],
        )
        return story[0]

    def article_stories(self) -> dict[str, str]:
        """``{article id: story id}`` for every article in a story."""
        return dict(self.con.execute("SELECT article_id, story_id FROM story_members").fetchall())

    def lineage_processed_ids(self) -> list[str]:
        """Ids of the articles the lineage step has processed."""
        return [row[0] for row in self.con.execute("SELECT article_id FROM lineage_articles").fetchall()]

    def find_article_ids(self, prefix: str) -> list[str]:
        """Current article ids starting with ``prefix``."""
        rows = self.con.execute(
            "SELECT id FROM current_articles WHERE starts_with(id, ?) ORDER BY id", [prefix]
        ).fetchall()
        return [row[0] for row in rows]


#: Each part of the story terms and the column of its counts.
_TERM_COLUMNS = (("words", "word_counts"), ("pairs", "pair_counts"), ("names", "name_counts"))


def _versions_table(ids: Sequence[str], current: Mapping[str, int]) -> pa.Table:
    """``(id, version)`` of these articles, as a value table."""
    return pa.table({"id": pa.array(list(ids), type=pa.string()),
                     "version": pa.array([current[i] for i in ids], type=pa.int32())})


def _list_arrays(column: pa.ChunkedArray) -> list[Any]:
    """The rows of a list column as numpy arrays (views of one flat array per chunk)."""
    rows: list[Any] = []
    for chunk in column.chunks:
        offsets = chunk.offsets.to_numpy()
        values = chunk.values.to_numpy()
        rows.extend(values[offsets[i]:offsets[i + 1]] for i in range(len(chunk)))
    return rows


def _story_key(story: dict[str, Any]) -> tuple[Any, ...]:
    """What a story row and its member rows hold, comparable with ``_stories_of``'s."""
    return (story["story_id"], story["earliest"], story["articles"], story["independent_sources"],
            tuple(story["members"]))
