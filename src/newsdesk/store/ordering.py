"""The one order of articles that nothing else ranks, for every query and reader of the store.

An article id is a hash of its input's resolved path (``Article.id``), so ids sort one way in
one folder and another way in another. Where a listing, a reader or copy lineage has to put
articles that tie on what it ranks by in some order, it uses what was read: the content hash
(``Article.content_hash``: the raw text and the metadata given with it), then, between
byte-identical inputs, the input's file name (the last part of its path, either slash), then
the path as given and the record's place in the input (``locator``). The file name comes
before the path so that the folders the inputs lie in decide only between files of the same
name.
"""

from __future__ import annotations

import re

from newsdesk.article import Article

_FOLDERS = re.compile(r".*[/\\]", re.DOTALL)


def ties_sql(alias: str) -> str:
    """The ``ORDER BY`` terms of that order over current articles aliased ``alias`` (a fixed
    name in our code: queries put it into their SQL, never a value). DuckDB's
    ``parse_filename`` cuts at the last slash or backslash, as ``file_name`` does."""
    return f"{alias}.content_hash, parse_filename({alias}.path), {alias}.path, {alias}.locator"


def file_name(path: str) -> str:
    """The last part of a path or URL: what follows its last slash or backslash."""
    return _FOLDERS.sub("", path, count=1)


def tie_key(content_hash: str, path: str, locator: str) -> tuple[str, str, str, str]:
    """The same order as a sort key of an article's content hash, path and locator."""
    return content_hash, file_name(path), path, locator


def article_ties(article: Article) -> tuple[str, str, str, str]:
    """The same order as a sort key of an ``Article``."""
    return tie_key(article.content_hash, article.path, article.locator)
