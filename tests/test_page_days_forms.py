"""Publication days written in the short forms stamp lines use: a two-digit year after a
day and month written with dots ("28.09.19", "mardi 10.12.19"), maybe run into its clock
time; a day, month and year written with dashes ("Data: 28-04-2021, 09:29"); a day a date
element shows without its year ("[06月24日 11時30分]"). Each snippet is a minimal page
written for the test (a forum thread, an article without stamps); the negatives put the
form in a related, trending or comment block, a year in a copyright line, an update word
before a yearless day.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY

URL = "https://forum.example.de/discussion/kein-app-store-mehr"


def thread(stamp: str, *, related: str = "", comments: str = "", footer: str = "") -> str:
    """A thread whose first post carries ``stamp`` under the headline, a related list
    before the text, comments after it and a footer."""
    return (
        "<html><head><title>Kein App Store mehr</title></head><body>"
        f"<div class='page'><h1>Kein App Store mehr</h1><div class='post-info'>"
        f"<span class='author'>macbacchi</span>{stamp}</div>{BODY}"
        f"<aside class='related'><ul>{related}</ul></aside>"
        f"<div class='comments'>{comments}</div></div>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        pytest.param("<span>28.09.19</span><span>12:44</span>", "2019-09-28", id="two-elements"),
        pytest.param("<span>28.09.1912:44</span>", "2019-09-28", id="run-into-its-time"),
        pytest.param("<span>mardi 10.12.19</span>", "2019-12-10", id="after-a-weekday"),
    ],
)
def test_a_two_digit_year_by_the_headline(stamp: str, published: str | None) -> None:
    assert read_page_metadata(thread(stamp), url=URL).published == published


@pytest.mark.parametrize(
    ("where", "published"),
    [
        pytest.param({}, "2019-09-28", id="the-posts-own-day"),
        pytest.param(
            {"related": "<li><a href='/t/1'>iOS 13.1 ist da</a> <span>21.09.19</span></li>"},
            "2019-09-28",
            id="a-related-storys-day",
        ),
        pytest.param(
            {"comments": "<p>th3Chris <span class='date'>30.09.19</span> Bei mir geht es.</p>"},
            "2019-09-28",
            id="a-comments-day",
        ),
        pytest.param({"footer": "© 2019 Forum GmbH"}, "2019-09-28", id="a-copyright-line"),
    ],
)
def test_the_posts_day_over_other_short_days(where: dict, published: str) -> None:
    html = thread("<span>28.09.19</span><span>12:44</span>", **where)
    assert read_page_metadata(html, url=URL).published == published


def article(line: str, *, head: str = "", trending: str = "") -> str:
    """An article with ``line`` under its headline and a trending story above it."""
    return (
        f"<html><head>{head}</head><body><div class='trending'><ul><li>{trending}</li></ul>"
        "</div><article><h1>Il consiglio approva il bilancio</h1>"
        f"<p class='info'>{line}</p>{BODY}</article></body></html>"
    )


EMPTY_STAMP = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "1970-01-01T01:00:00+01:00"}</script>'
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(article("Data: 28-04-2021, 09:29"), id="day-first"),
        pytest.param(
            article("Data: 28-04-2021, 09:29", head=EMPTY_STAMP), id="under-an-empty-stamp"
        ),
        pytest.param(
            article("Data: 28-04-2021, 09:29", trending="Bilancio 2020 - 21.04.2021"),
            id="a-trending-storys-day-above-the-headline",
        ),
    ],
)
def test_a_dashed_day_by_the_headline(html: str) -> None:
    found = read_page_metadata(html)
    assert (found.published, found.found["published"]) == ("2021-04-28", "line by the headline")


def yearless(shown: str, *, end: str = "") -> str:
    """A page with no stamps and no whole day: a date element shows a day without its year
    (the page's address, ``yearless_url``, names a day in its path: htmldate's guess)."""
    return (
        "<html><head></head><body><article><h1>大雨の注意</h1>"
        f"<p class='article-main__date'>{shown}</p>{BODY}"
        f"<p><a href='/news/easy/'>やさしいニュース</a></p>{end}</article></body></html>"
    )


def yearless_url(day: str = "2019/06/19") -> str:
    return f"https://www3.nhk.example/news/html/{day}/k100.html"


@pytest.mark.parametrize(
    ("html", "url", "published"),
    [
        pytest.param(
            yearless("[06月24日 11時30分]"), yearless_url(), "2019-06-24",
            id="month-and-day-in-japanese",
        ),
        pytest.param(
            yearless("Posted Jun 24, 11:30"), yearless_url(), "2019-06-24", id="month-name-and-day"
        ),
        pytest.param(
            yearless("[01月02日 09時00分]"), yearless_url("2019/12/30"), "2020-01-02",
            id="the-year-after-a-guess-in-december",
        ),
        pytest.param(
            yearless("Updated Jun 24, 11:30"), yearless_url(), "2019-06-19",
            id="an-update-keeps-the-guess",
        ),
        pytest.param(
            yearless("", end="<div class='comments'><span class='date'>Jun 30</span></div>"),
            yearless_url(),
            "2019-06-19",
            id="a-comments-day-keeps-the-guess",
        ),
    ],
)
def test_a_day_shown_without_its_year(html: str, url: str, published: str) -> None:
    assert read_page_metadata(html, url=url).published == published
