"""Dates that are not the page's publication: a day in the address of a link (a related
article's, a date archive's), a modified stamp beside a published one, an image's path, a
copyright year. htmldate, the last reader, searches the whole serialised page, attributes
included, so the copy it reads keeps a link's text but not its address. Each snippet is a
minimal page written for the test."""

from __future__ import annotations

import pytest

from conftest import COUNCIL_BODY
from newsdesk.htmlmeta import read_page_metadata

BODY = COUNCIL_BODY
URL = "https://www.cityherald.com/news/council-approves-budget"
RELATED = (
    '<div class="more-from-the-herald"><h2>More from the Herald</h2><ul>'
    '<li><a href="https://www.cityherald.com/2019/03/14/school-board-election/">School board'
    " election</a></li>"
    '<li><a href="https://www.cityherald.com/2018/11/02/road-repairs-begin/">Road repairs'
    " begin</a></li></ul></div>"
)
PUBLISHED = '<meta property="article:published_time" content="2021-05-05T10:00:00+02:00">'


def page(head: str = "", *, after: str = "", end: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>{after}"
        f"{BODY}</article>{end}</body></html>"
    )


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(page(end=RELATED), id="related-articles-below"),
        pytest.param(
            page(after="<p>Read <a href='/2019/03/14/school-board-election/'>our earlier story</a>.</p>"),
            id="earlier-story-linked-in-the-text",
        ),
        pytest.param(
            page(after="<p>To learn more, read our <a href='https://www.cityherald.com/deeplinks/"
                 "2015/10/2015-year-review'>Year in Review series</a>.</p>"),
            id="year-and-month-run-into-a-year",
        ),
    ],
)
def test_a_link_address_dates_no_page(html: str) -> None:
    assert read_page_metadata(html, url=URL).published is None


@pytest.mark.parametrize(
    ("html", "url"),
    [
        pytest.param(page(end=RELATED), "https://www.cityherald.com/2021/05/05/budget/", id="own-url"),
        pytest.param(page(PUBLISHED, end=RELATED), URL, id="own-published-stamp"),
        pytest.param(
            page(after="<p class='byline'>By Jane Doe, May 5, 2021</p>", end=RELATED), URL,
            id="own-byline-day",
        ),
        pytest.param(
            page(after="<p>Read <a href='/2021/05/05/council-approves-budget/'>5 May 2021</a></p>"),
            URL,
            id="a-day-in-a-link-text",
        ),
    ],
)
def test_the_page_own_day_beside_dated_links(html: str, url: str) -> None:
    assert read_page_metadata(html, url=url).published == "2021-05-05"


@pytest.mark.parametrize(
    ("html", "published"),
    [
        pytest.param(
            page(PUBLISHED + '<meta property="article:modified_time" content="2021-06-01T08:00:00Z">'),
            "2021-05-05",
            id="modified-beside-published",
        ),
        pytest.param(
            page('<meta property="og:image" content="https://cdn.cityherald.com/2010/01/01/x.jpg">',
                 after='<img data-src="/uploads/2010/05/07/photo.jpg" src="/2010/05/07/p.jpg">'),
            None,
            id="image-paths",
        ),
        pytest.param(
            page(end="<footer><p>Copyright © 2022 City Herald Media</p></footer>"),
            None,
            id="copyright-year",
        ),
    ],
)
def test_no_publication_day(html: str, published: str | None) -> None:
    assert read_page_metadata(html, url=URL).published == published
