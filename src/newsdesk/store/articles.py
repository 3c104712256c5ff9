"""Queries on files, articles (with their versions) and per-article annotation layers."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from newsdesk.article import Article, Removed
from newsdesk.store.ordering import ties_sql
from newsdesk.store.points import INDEXED_PICK, current_picked, picked_column, picked_rows, wanted
from newsdesk.store.schema import CURRENT_VERSION

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


class ArticleQueries:
    """Files, articles and their analysis layers; mixed into ``Store``."""

    # -- files -------------------------------------------------------------------------

    def file_sha256(self, source: str) -> str | None:
        row = self.con.execute("SELECT sha256 FROM files WHERE source = ?", [source]).fetchone()
        return row[0] if row else None

    def save_input(self, *, source: str, path: str, sha256: str | None, size: int,
                   articles: Sequence[Article]) -> SaveCounts:
        """Store one input's articles and its file record in a single transaction.

        ``sha256`` None records an input that was not read whole (some records were bad): its
        bytes never match, so the next run reads it again and reports its bad records again.
        """
        with self.transaction():
            counts, batch = self._new_versions(articles)
            if batch:
                self._insert_articles(batch)
            self.con.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                [source, path, sha256, size, len(articles), utc_now()],
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
        rows = self._run(
            "SELECT a.id, max(a.version), arg_max(a.content_hash, a.version) FROM articles a "
            "JOIN wanted_ids w ON a.id = w.value GROUP BY a.id",
            wanted_ids=ids,
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def _insert_articles(self, batch: list[tuple[Article, int]]) -> None:
        self._insert_arrow(
            "articles", _articles_table(batch), f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM incoming"
        )

    # -- annotations (per-article analysis layers) ---------------------------------------

    def articles_needing_layers(self, versions: dict[str, int]) -> list[Article]:
        """Current articles missing any of the given layers at the given layer versions."""
        ids = self.article_ids_needing_layers(versions)
        found = self.get_articles(ids)
        return [found[article_id] for article_id in ids]

    def article_ids_needing_layers(self, versions: dict[str, int]) -> list[str]:
        """Ids of the current articles missing any of these layers, in ingest order (the
        texts are loaded batch by batch with ``get_articles``, so memory stays flat)."""
        wanted = [{"layer": layer, "layer_version": version} for layer, version in versions.items()]
        rows = self.con.execute(
            """SELECT a.id FROM current_articles a
               WHERE EXISTS (
                   SELECT 1 FROM (SELECT unnest(?, recursive := true)) w
                   WHERE NOT EXISTS (
                       SELECT 1 FROM annotations n
                       WHERE n.article_id = a.id AND n.version = a.version
                         AND n.layer = w.layer AND n.layer_version = w.layer_version))
               ORDER BY a.ingested_at, a.path, a.locator""",
            [wanted],
        ).fetchall()
        return [row[0] for row in rows]

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
        with self.transaction(), self._value_tables(incoming=table) as run:
            run("""INSERT OR REPLACE INTO annotations
                   SELECT i.article_id, a.version, i.layer, i.layer_version, i.data
                   FROM incoming i JOIN current_articles a ON a.id = i.article_id""")

    def layer(self, layer: str, *,
              article_ids: Sequence[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """One annotation layer for every current article (or those of ``article_ids``):
        ``{article_id: records}``; an article without the layer is left out. The articles come
        in the store's order of ties (``ties_sql``: content hash, file name, path, locator), one order
        that does not depend on where the files lay, so a reader that keeps the first of equals
        keeps the same one for the same files."""
        if article_ids is None:
            rows = self.con.execute(
                f"""SELECT n.article_id, n.data FROM annotations n
                    JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
                    WHERE n.layer = ? ORDER BY {ties_sql('a')}""", [layer]).fetchall()
        else:  # the current versions of these articles only, without reading every text
            rows = self._run(
                f"""SELECT n.article_id, n.data FROM annotations n
                    JOIN (SELECT id, max(version) AS version,
                                 arg_max(content_hash, version) AS content_hash,
                                 arg_max(path, version) AS path,
                                 arg_max(locator, version) AS locator FROM articles
                          WHERE id IN (SELECT value FROM wanted_articles) GROUP BY id) a
                      ON a.id = n.article_id AND a.version = n.version
                    WHERE n.layer = ? ORDER BY {ties_sql('a')}""",
                [layer], wanted_articles=article_ids).fetchall()
        return {article_id: json.loads(data) for article_id, data in rows}

    def analysed_article_ids(self, ids: Sequence[str] | None = None) -> set[str]:
        """Ids of the current articles (or of those in ``ids``) that have any stored layer of
        their current version: those an analysis has seen (an article in a language not
        analysed is stored with empty layers), not those ingested since."""
        rows = self.con.execute(
            """SELECT DISTINCT n.article_id FROM annotations n
               JOIN current_articles a ON a.id = n.article_id AND a.version = n.version
               WHERE ?::VARCHAR[] IS NULL OR list_contains(?, n.article_id)""", [ids, ids]).fetchall()
        return {row[0] for row in rows}

    # -- reading -----------------------------------------------------------------------

    def count_articles(self) -> int:
        return self.con.execute("SELECT count(*) FROM current_articles").fetchone()[0]

    def stored_rows(self) -> dict[str, int]:
        """Rows of every input, article version and annotation ever stored: a rerun that stored
        an article again (a new version) or kept an old layer shows in these counts."""
        files, versions, layers = self.con.execute(
            """SELECT (SELECT count(*) FROM files), (SELECT count(*) FROM articles),
                      (SELECT count(*) FROM annotations)""").fetchone()
        return {"files": files, "article versions": versions, "annotations": layers}

    def list_articles(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Current articles, newest ingest last, with the columns a listing shows."""
        return self._dicts(
            "SELECT id, version, path, title, authors, outlet, published, language, "
            "length(text) AS chars, len(removed) AS removed_lines FROM current_articles "
            "ORDER BY ingested_at, path, locator LIMIT ?",
            [limit if limit is not None else 2**62],
        )

    def article_labels(self, ids: list[str]) -> dict[str, str]:
        """Each current article's outlet, else its title, else "untitled article": how a reader
        names a source, without reading the articles' texts."""
        rows = self._run(
            "SELECT id, coalesce(nullif(outlet, ''), nullif(title, ''), 'untitled article') "
            "FROM current_articles WHERE id IN (SELECT value FROM wanted_articles)",
            wanted_articles=ids,
        ).fetchall()
        return dict(rows)

    def get_article(self, article_id: str) -> Article | None:
        rows = self._dicts("SELECT * FROM current_articles WHERE id = ?", [article_id])
        return article_from_row(rows[0]) if rows else None

    def iter_articles(self, *, batch_size: int = 1000) -> Iterator[Article]:
        """Every current article as an ``Article``, in ingest order."""
        cursor = self.con.cursor()
        cursor.execute("SELECT * FROM current_articles ORDER BY ingested_at, path, locator")
        names = [column[0] for column in cursor.description]
        while rows := cursor.fetchmany(batch_size):
            for row in rows:
                yield article_from_row(dict(zip(names, row)))

    def export_table(self, *, ids: Sequence[str] | None = None) -> pa.Table:
        """The export contract's columns for every current article (or those in ``ids``)."""
        return self.con.execute(
            "SELECT id, path, title, authors, outlet, published, url, language, text, removed, "
            "published_precision, source AS origin, locator "
            "FROM current_articles WHERE ?::VARCHAR[] IS NULL OR list_contains(?, id) "
            "ORDER BY ingested_at, path, locator", [ids, ids]
        ).to_arrow_table()

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def get_articles(self, ids: Sequence[str], *, raw_text: bool = True) -> dict[str, Article]:
        """Current articles by id (ids not found are left out). Without ``raw_text``, an
        article's raw text is read only where its cleaned text is empty (``_articles_at``):
        such an article is for reading its text, never for storing again, as its
        ``content_hash``, worked out from the raw text, is then not the stored one."""
        if not ids:
            return {}
        with self.transaction():  # a row id holds within one transaction
            found = self._current_article_rows(ids, raw_text=raw_text)
        return {row["id"]: article_from_row(row) for row in found}

    def _current_article_rows(self, ids: Sequence[str], *, raw_text: bool = True) -> list[dict[str, Any]]:
        """The stored rows (every column, and ``row_id``) of the current version of each of
        these articles, read as ``_articles_at`` reads them, called inside a transaction. Up
        to ``INDEXED_PICK`` ids, one statement picks every version of them through the index
        of the ids and keeps the latest: finding the current row ids first was a statement of
        its own, the floor of a few articles' read (``points.current_picked``)."""
        if len(set(ids)) > INDEXED_PICK:
            return self._article_rows_at(self._current_rows(ids), raw_text=raw_text)
        columns = "*" if raw_text else "* EXCLUDE (raw_text)"
        sql, params = current_picked("articles", columns, id_column="id", ids=ids)
        cursor = self._run(sql, params)
        names = [column[0] for column in cursor.description]
        return self._with_raw_texts([dict(zip(names, row)) for row in cursor.fetchall()], raw_text=raw_text)

    def _current_rows(self, ids: Sequence[str]) -> list[tuple[int, str]]:
        """``(row id, id)`` of the current version of each of these articles (ids not found
        are left out), called inside a transaction, for ``_articles_at`` and its kin."""
        return self._run(
            f"SELECT rowid, id FROM articles WHERE id IN (SELECT value FROM wanted_articles) "
            f"{CURRENT_VERSION}",  # a fixed clause
            wanted_articles=ids,
        ).fetchall()

    def _articles_at(self, rows: Sequence[tuple[int, str]], *, raw_text: bool = True) -> dict[int, Article]:
        """``{row id: article}`` of these rows of ``articles`` (``(row id, id)`` pairs), called
        inside a transaction. Picked through the index of the ids (``points.picked_rows``),
        only those rows are read: joined on their ids, the scan read every article's text
        (4,040 articles, 40 wanted: 0.16-0.22 CPU s cold against 0.07-0.14), and picked by
        row id, the whole vector holding them (ten articles of 1,000, cold: 6.8 MiB against
        1.5). Without ``raw_text``, an article's raw text is read (a second
        statement) only where its cleaned text is empty, and is empty otherwise: the column
        is as large as the text, and reading its blocks was half the read (ten articles of
        1,000, cold: 14.7 against 7.4 ms)."""
        return {row["row_id"]: article_from_row(row) for row in self._article_rows_at(rows, raw_text=raw_text)}

    def _article_rows_at(self, rows: Sequence[tuple[int, str]], *, raw_text: bool = True) -> list[dict[str, Any]]:
        """The stored rows (every column, and ``row_id``) of these rows of ``articles``, read
        as ``_articles_at`` reads them."""
        if not rows:
            return []
        columns = "*" if raw_text else "* EXCLUDE (raw_text)"
        picked, ids = picked_rows("articles", columns, id_column="id", rows=rows)
        cursor = self._run(
            f"WITH {picked} SELECT * FROM picked WHERE row_id IN (SELECT value FROM wanted_rows)",  # fixed text
            ids,
            **wanted(rows),
        )
        names = [column[0] for column in cursor.description]
        return self._with_raw_texts([dict(zip(names, row)) for row in cursor.fetchall()], raw_text=raw_text)

    def _with_raw_texts(self, found: list[dict[str, Any]], *, raw_text: bool) -> list[dict[str, Any]]:
        """``found`` (rows read without their raw text unless ``raw_text``), each with its raw
        text read (a second statement) only where its cleaned text is empty, and empty
        otherwise."""
        if not raw_text:
            raws = self._raw_texts_at([(row["row_id"], row["id"]) for row in found if not row["text"]])
            for row in found:
                row["raw_text"] = raws.get(row["row_id"], "")
        return found

    def _raw_texts_at(self, rows: Sequence[tuple[int, str]]) -> dict[int, str]:
        """``{row id: raw text}`` of these rows of ``articles`` (``(row id, id)`` pairs)."""
        return picked_column(self._run, "articles", "raw_text", id_column="id", rows=rows)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _articles_table(batch: list[tuple[Article, int]]) -> pa.Table:
    now = utc_now()
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


def article_from_row(row: dict[str, Any]) -> Article:
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
