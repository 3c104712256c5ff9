"""Plain text files, such as text copied or scraped from a web page, boilerplate included."""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.article import Article
from newsdesk.readers.base import ReadContext, decode, input_bytes, source_of


def read_text(path: str, context: ReadContext) -> Iterator[Article]:
    text, encoding = decode(input_bytes(path, context), path)
    article = Article(path=path, source=source_of(path), raw_text=text, format="text")
    if encoding != "utf-8":
        article.metadata["encoding"] = encoding
    yield article
