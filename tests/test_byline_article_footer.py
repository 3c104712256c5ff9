"""Bylines: the article's own footer holds its author.

HTML gives a ``<footer>`` to its nearest section (``<article>``, ``<section>``, ``<aside>``,
``<nav>``) and says it writes who wrote that section; blogs print the author's hCard there
("Posted by …"). A footer, by its tag or by a class with the word footer, whose nearest
section is the page's article (it holds the headline, or is the page's one article or
entry) is read like the article; the page's own footer, a footer of a related story or a
comment nested in the article, and the footers of asides are not. What the article's
footer prints is still judged as any byline: an interface string, a picture's credit or a
name that is no person's give no author.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY

URL = "https://www.cityherald.com/news/council-approves-budget"
HEADLINE = "<h1>Council approves budget</h1>"
HCARD = '<span class="byline author vcard">Posted by <span class="fn">Jane Doe</span></span>'


def article(inside: str, *, after: str = "") -> str:
    return f"<html><body><article>{HEADLINE}{BODY}{inside}</article>{after}</body></html>"


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        # the article's <footer>, as HTML writes it
        (article(f"<footer>{HCARD}</footer>"), ["Jane Doe"]),
        (article('<footer class="entry-meta"><span class="author">By Jane Doe</span></footer>'),
         ["Jane Doe"]),
        # a block named footer inside the page's one entry, with no <article> (hAtom)
        ("<html><body><div class='post hentry'><h2>Council approves budget</h2>"
         f"{BODY}<div class='entry-footer'>{HCARD}</div></div></body></html>", ["Jane Doe"]),
        # the page's one <article>, the headline above it
        (f"<html><body>{HEADLINE}<article>{BODY}<footer>{HCARD}</footer></article>"
         "</body></html>", ["Jane Doe"]),
    ],
)
def test_the_article_footer_names_the_author(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url=URL).authors == authors


RELATED = (
    '<article><h3><a href="/news/other-story">Other story</a></h3>'
    '<footer><span class="byline">By John Roe</span></footer></article>'
)


@pytest.mark.parametrize(
    "html",
    [
        # the page's own footer, outside the article
        article("", after=f'<footer class="site-footer">{HCARD}</footer>'),
        # a related story nested in the article: its footer is its own
        article(f"<section><h2>Read next</h2>{RELATED}</section>"),
        # a story in an aside
        article("", after=f"<aside>{RELATED}</aside>"),
        # a comment nested in the article
        article('<section id="comments"><article><footer class="comment-meta">'
                '<span class="fn">John Roe</span></footer><p>Great piece.</p></article>'
                "</section>"),
        # the article's footer, but no person: an interface string, a photo credit
        article('<footer><span class="author">Alle Beiträge</span></footer>'),
        article('<footer><span class="photo-byline">Photo by John Roe</span></footer>'),
    ],
)
def test_no_author_from_other_footers(html: str) -> None:
    assert read_page_metadata(html, url=URL).authors == []
