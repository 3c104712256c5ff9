"""Plain text files, such as text copied or scraped from a web page, boilerplate included.

A local text file whose every non-blank line is an http(s) URL is a list of pages to read: each
URL is fetched as the user asked (like a URL given on the command line) and extracted as an
HTML page; a URL that fails is reported with its line and the rest of the list is read. A text
fetched from the web is never read as a list: its URLs were not given by the user.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.article import Article
from newsdesk.errors import InputError
from newsdesk.fetch import is_url
from newsdesk.readers.base import (
    ReadContext,
    decode,
    input_bytes,
    source_of,
    split_lines,
    time_budget,
)
from newsdesk.readers.html import article_from_html


def read_text(path: str, context: ReadContext) -> Iterator[Article]:
    text, encoding = decode(input_bytes(path, context), path)
    urls = [] if is_url(path) else url_list(text)  # a fetched list would be found URLs
    if urls:
        yield from _read_urls(urls, path=path, context=context)
        return
    article = Article(path=path, source=source_of(path), raw_text=text, format="text")
    if encoding != "utf-8":
        article.metadata["encoding"] = encoding
    yield article


def url_list(text: str) -> list[tuple[int, str]]:
    """(line number, URL) of each line when every non-blank line is one http(s) URL; else []."""
    lines = [(number, line.strip()) for number, line in enumerate(split_lines(text), start=1)
             if line.strip()]
    if not lines or not all(is_url(line) and " " not in line for _, line in lines):
        return []
    return lines


def _read_urls(urls: list[tuple[int, str]], *, path: str, context: ReadContext) -> Iterator[Article]:
    source = source_of(path)
    for number, url in urls:
        try:
            fetched = context.fetch(url)
            html, _ = decode(fetched.content, url)
            with time_budget(context.parse_seconds, where=url):
                article = article_from_html(html, path=path, source=source,
                                            url=fetched.final_url, locator=url)
        except InputError as e:
            context.problems.append(InputError(f"{path}:{number}", f"{url}: {e.reason}"))
            continue
        yield article
