"""Queries for `newsdesk ask`: passages, the DuckDB FTS (BM25) index and stored embeddings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from newsdesk.errors import StoreError


class RetrievalQueries:
    """Retrieval passages and search; mixed into ``Store``."""

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
        """Changes whenever an article version, its quotes layer or its sentences layer changes."""
        row = self.con.execute(
            """SELECT count(*) || ':' || coalesce(bit_xor(hash(a.id, a.version, n.layer_version,
                                                               s.layer_version)), 0)
               FROM current_articles a LEFT JOIN annotations n
                 ON n.article_id = a.id AND n.version = a.version AND n.layer = 'quotes'
               LEFT JOIN annotations s
                 ON s.article_id = a.id AND s.version = a.version AND s.layer = 'sentences'"""
        ).fetchone()
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
            # the words the index reads (Russian words as their keys, newsdesk.lang.words): a
            # derived table, rebuilt with the index, so it needs no migration
            self.con.execute(
                "CREATE OR REPLACE TABLE retrieval_terms (passage_id BIGINT, terms VARCHAR)")
            self._insert_arrow("retrieval_terms", rows, "SELECT passage_id, terms FROM incoming")
        # ignore: all but Latin and Cyrillic letters (after strip_accents, which folds й and ё)
        self.con.execute("PRAGMA create_fts_index('retrieval_terms', 'passage_id', 'terms', "
                         "stemmer = 'english', stopwords = 'english', "
                         "ignore = '(\\\\.|[^a-zа-я])+', overwrite = 1)")

    def search_passages(self, query: str, *, limit: int) -> list[dict[str, Any]]:
        """Passages by BM25 score for ``query`` (as ``index_text`` writes it), best first."""
        self.load_fts()
        return self._dicts(
            """SELECT * EXCLUDE (embedding) FROM (
                   SELECT p.*, a.language,
                          fts_main_retrieval_terms.match_bm25(t.passage_id, ?) AS score
                   FROM retrieval_terms t JOIN retrieval_passages p USING (passage_id)
                   LEFT JOIN articles a ON a.id = p.article_id AND a.version = p.version)
               WHERE score IS NOT NULL
               ORDER BY score DESC, passage_id LIMIT ?""", [query, limit])

    def stem_words(self, words: Sequence[str]) -> list[str]:
        """The English Snowball stems of ``words`` (the stemmer the BM25 index uses)."""
        self.load_fts()
        row = self.con.execute(
            "SELECT list_transform(?::VARCHAR[], w -> stem(w, 'english'))", [list(words)])
        return row.fetchone()[0] or []

    def nearest_passages(self, vector: Sequence[float], *, limit: int) -> list[dict[str, Any]]:
        """Passages by cosine similarity of their stored embedding to ``vector``, best first."""
        return self._dicts(
            """SELECT p.* EXCLUDE (embedding), a.language,
                      list_cosine_similarity(p.embedding, ?::FLOAT[]) AS score
               FROM retrieval_passages p
               LEFT JOIN articles a ON a.id = p.article_id AND a.version = p.version
               WHERE p.embedding IS NOT NULL
               ORDER BY score DESC, p.passage_id LIMIT ?""", [list(vector), limit])

    def has_embeddings(self) -> bool:
        return self.con.execute(
            "SELECT count(*) FROM retrieval_passages WHERE embedding IS NOT NULL").fetchone()[0] > 0

    def quotes_and_texts(self) -> list[tuple[str, int, str, str | None, str | None]]:
        """``(article_id, version, text, quotes layer JSON, sentences layer JSON)`` for every
        current article (a layer not stored is None)."""
        return self.con.execute(
            """SELECT a.id, a.version, a.text, n.data, s.data FROM current_articles a
               LEFT JOIN annotations n
                 ON n.article_id = a.id AND n.version = a.version AND n.layer = 'quotes'
               LEFT JOIN annotations s
                 ON s.article_id = a.id AND s.version = a.version AND s.layer = 'sentences'
               ORDER BY a.ingested_at, a.path, a.locator""").fetchall()
