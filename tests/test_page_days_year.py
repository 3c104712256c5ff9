"""A stamp that writes a year alone ("2019"), or a year and a month ("May 2019"), names no
day: it is never given the month and day of the day it is read, and the page is dated by
the sources that name a day. A stamp whose day is written in words ``dateutil`` reads only in
part ("10. Juli 2014", "2019年11月18日") is read by ``newsdesk.dates.written_days``, never
completed with today's day or year. Each snippet is a minimal page written for the test."""

from __future__ import annotations

import pytest

from conftest import COUNCIL_BODY
from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.dates import as_day

URL = "https://www.cityherald.com/news/council-approves-budget"


def page(head: str = "", *, after: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>{after}"
        f"{COUNCIL_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2019", None),
        ("© 2019", None),
        ("May 2019", None),
        ("2019-05", None),
        ("Spring 2019", None),
        ("Updated 2019", None),
        ("2 Feb 2019", "2019-02-02"),
        ("Jan 1, 2020", "2020-01-01"),
        ("Thu Jan 28 15:28:56 CET 2020", "2020-01-28"),
        ("12/03/2019", "2019-12-03"),
        ("10. Juli 2014 um 12:58 Uhr", "2014-07-10"),
        ("7. Dez 2018 um 13:22 Uhr", "2018-12-07"),
        ("Mittwoch, 8. Juli 2020", "2020-07-08"),
        ("4 maja 2021 21:30", "2021-05-04"),
        ("Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "2022-05-04"),
        ("mardi 19 novembre 2019", "2019-11-19"),
        ("2019年11月18日 10:00", "2019-11-18"),
        ("Mon 20 Jan 2020 06.05 GMT", "2020-01-20"),
        # A weekday without its day names none: the parser moves its default to that weekday.
        ("Saturday, May 2019", None),
        ("Published Monday | May 2019", None),
        ("Thursday, 4. Juni 2020", "2020-06-04"),
        ("Sat, 4 de Mayo de 2022", "2022-05-04"),
        ("Tue 12 mars 2019", "2019-03-12"),
    ],
)
def test_a_day_needs_its_month_and_day(value: str, day: str | None) -> None:
    assert as_day(value) == day


@pytest.mark.parametrize(
    ("head", "after", "published"),
    [
        pytest.param(
            '<meta property="article:published_time" content="2019">',
            "<p>By Ann Lee | March 5, 2019</p>",
            "2019-03-05",
            id="year-stamp-gives-way-to-the-shown-day",
        ),
        pytest.param(
            '<meta name="date" content="2019">'
            '<meta property="article:published_time" content="2019-03-05T10:00:00+01:00">',
            "",
            "2019-03-05",
            id="year-beside-a-day-stamp",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "datePublished": "May 2019"}</script>',
            '<div class="date">Posted 14 May 2019</div>',
            "2019-05-14",
            id="month-stamp-gives-way-to-the-date-element",
        ),
        pytest.param(
            "", "<time>10. Juli 2014</time>", "2014-07-10", id="german-time-element-text"
        ),
        pytest.param(
            "",
            '<span itemprop="datePublished">Miércoles, 4 de Mayo de 2022</span>',
            "2022-05-04",
            id="spanish-microdata-text",
        ),
    ],
)
def test_a_year_stamp_dates_no_page(head: str, after: str, published: str) -> None:
    assert read_page_metadata(page(head, after=after), url=URL).published == published


@pytest.mark.parametrize(
    ("head", "after"),
    [
        ('<meta name="date" content="2019">', ""),
        ('<meta property="article:published_time" content="2019">', ""),
        ('<meta name="date" content="May 2019">', ""),
        ('<meta itemprop="datePublished" content="2019">', ""),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "datePublished": "2019"}</script>',
            "",
        ),
        ("", '<time datetime="2019">2019</time>'),
        ("", '<p class="byline">May 2019</p>'),
    ],
)
def test_a_page_with_a_year_alone_has_no_day(head: str, after: str) -> None:
    assert read_page_metadata(page(head, after=after), url=URL).published is None
