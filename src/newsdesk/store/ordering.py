"""The one order of articles that nothing else ranks, for every query and reader of the store.

An article id is a hash of its input's resolved path (``Article.id``), so ids sort one way in
one folder and another way in another. Where a listing or a reader has to put articles that
tie on what it ranks by in some order, it uses what was read: the content hash
(``Article.content_hash``: the raw text and the metadata given with it), then, between
byte-identical inputs, the input's path and the record's place in it (``locator``), which sort
alike in any folder that holds the same files under the same names.
"""

from __future__ import annotations

from newsdesk.article import Article

#: The ``ORDER BY`` terms of that order over a current article aliased ``a`` (fixed text:
#: queries put it into their SQL, never a value).
ARTICLE_TIES = "a.content_hash, a.path, a.locator"


def article_ties(article: Article) -> tuple[str, str, str]:
    """The same order as a sort key of an ``Article``."""
    return article.content_hash, article.path, article.locator
