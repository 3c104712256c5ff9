"""Structured stamps a publisher writes for machines that are no article's: the
``datePublished`` of a ``WebPage``, a forum post or a how-to, read when the page has no
article stamp, and the publication and modification ``<meta>`` keys of CMS and analytics
tags that htmldate lists. Each snippet is a minimal page written for the test."""

from __future__ import annotations

import pytest

from conftest import COUNCIL_BODY
from newsdesk.htmlmeta import read_page_metadata

URL = "https://www.cityherald.com/news/council-approves-budget"


def page(head: str = "", *, after: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>{after}"
        f"{COUNCIL_BODY}</article></body></html>"
    )


def json_ld(kind: str, published: str, **more: str) -> str:
    fields = "".join(f', "{key}": "{value}"' for key, value in more.items())
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "{kind}", "datePublished": "{published}"{fields}}}</script>'
    )


#: A ``<meta name=date>``, which a CMS often fills with the day the page last changed.
CHANGED = '<meta name="date" content="2021-06-01">'
#: A ``<meta name=date>`` of a day the page does not show.
EARLIER = '<meta name="date" content="2020-03-02">'


@pytest.mark.parametrize("kind", ["WebPage", "MedicalWebPage", "DiscussionForumPosting", "HowTo"])
def test_the_page_own_work_stamps_the_page(kind: str) -> None:
    html = page(json_ld(kind, "2021-05-05T10:00:00+02:00") + CHANGED)
    assert read_page_metadata(html, url=URL).published == "2021-05-05"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        pytest.param(
            json_ld("WebPage", "2019-01-01T00:00:00+00:00")
            + '<meta property="article:published_time" content="2021-05-05T10:00:00+02:00">',
            "2021-05-05",
            id="article-stamp-first",
        ),
        pytest.param(
            json_ld("WebPage", "2019-01-01") + json_ld("NewsArticle", "2021-05-05T10:00:00+02:00"),
            "2021-05-05",
            id="article-object-first",
        ),
        pytest.param(
            json_ld("ImageObject", "2019-01-01T00:00:00+00:00") + CHANGED,
            "2021-06-01",
            id="an-image-is-no-page",
        ),
    ],
)
def test_an_article_stamp_before_the_page_work(head: str, published: str) -> None:
    assert read_page_metadata(page(head), url=URL).published == published


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="displaydate" content="5 May 2021">',
        '<meta property="shareaholic:article_published_time" content="2021-05-05T10:00:00+02:00">',
        '<meta name="publish_time" content="2021-05-05 10:00">',
    ],
)
def test_publication_keys_htmldate_lists(head: str) -> None:
    assert read_page_metadata(page(head + CHANGED), url=URL).published == "2021-05-05"


def test_a_record_created_years_before_is_no_publication() -> None:
    html = page(
        '<meta name="datecreated" content="01/01/2004">',
        after="<p class='byline'>By Jane Doe, May 5, 2021</p>",
    )
    assert read_page_metadata(html, url=URL).published == "2021-05-05"


def test_an_update_shown_alone_that_a_modified_key_stamps() -> None:
    html = page(
        '<meta name="last-modified" content="2021-06-01T09:00:00+02:00">' + EARLIER,
        after="<p class='post-date'>Updated June 1, 2021</p>",
    )
    assert read_page_metadata(html, url=URL).published == "2021-06-01"
