"""The publication day across midnight: a UTC stamp, the URL path and the day the page shows
in its own time zone (docs/inputs.md, "The publication day's time zone"). A UTC stamp gives
way to the day one off it that a stamp written with the page's offset names, or that the
URL path names and the page shows; on a page that shows no day, the UTC stamp's day as
written is the answer, not the path's. On a page without article stamps, a ``<meta
name=date>`` in UTC and a URL path that names its UTC day give way to the day the page
shows one off it where some zone has that day at the stamp's hour. Each snippet is a
minimal page written for the test, in the forms of news pages outside the metadata gold
sets, with the negative cases: a shown day no zone reaches at the stamp's hour, a stamp
without a clock time or at midnight (a day written as a time), a ``WebPage`` stamp the page
never shows. An impossible day in a stamp is no date: the page is dated as if it had none."""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.dates import Stamp, as_day
from test_htmlmeta import BODY


def page(head: str, after: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>"
        f"{after}{BODY}</article></body></html>"
    )


def ld(published: str, kind: str = "NewsArticle") -> str:
    data = {"@context": "https://schema.org", "@type": kind, "datePublished": published}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


GENERIC = '<meta name="date" content="{}">'
DATED_URL = "https://www.islandnews.com/2019/11/19/council-approves-budget/"


@pytest.mark.parametrize(
    ("head", "after", "url", "published"),
    [
        pytest.param(
            GENERIC.format("2019-11-19T01:48:03.835Z"),
            "<p class='date'>Published: Nov. 18, 2019 at 3:48 PM HST</p>",
            DATED_URL,
            "2019-11-18",
            id="shown-local-day-before-a-utc-meta-date-and-its-url-day",
        ),
        pytest.param(
            GENERIC.format("2019-11-19T01:48:03.835Z"),
            "<p class='date'>Published: Nov. 12, 2019</p>",
            DATED_URL,
            "2019-11-19",
            id="a-shown-day-no-zone-reaches-keeps-the-url-day",
        ),
        pytest.param(
            GENERIC.format("2019-11-19T14:48:03Z"),
            "<p class='date'>Published: Nov. 18, 2019</p>",
            DATED_URL,
            "2019-11-19",
            id="afternoon-utc-no-zone-is-still-on-the-day-before",
        ),
        pytest.param(
            GENERIC.format("2019-11-19"),
            "<p class='date'>Published: Nov. 18, 2019</p>",
            DATED_URL,
            "2019-11-19",
            id="a-day-without-a-time-names-no-zone",
        ),
        pytest.param(
            GENERIC.format("2019-11-19T00:00:00Z"),
            "<p class='date'>Published: Nov. 18, 2019</p>",
            DATED_URL,
            "2019-11-19",
            id="midnight-utc-is-a-day-written-as-a-time-not-shifted",
        ),
        pytest.param(
            ld("2019-11-18T09:00:00Z", kind="WebPage") + GENERIC.format("2019-11-19T01:48:03Z"),
            "<p>By Jane Doe</p>",
            DATED_URL,
            "2019-11-19",
            id="a-webpage-stamp-the-page-never-shows-keeps-the-url-and-utc-meta-day",
        ),
        pytest.param(
            GENERIC.format("2019-11-19T01:48:03Z"),
            "<p>(18. November 2019) Energieverbraucher sagen dies und das.</p>",
            DATED_URL,
            "2019-11-18",
            id="a-shown-dateline-day-before-a-utc-meta-date-and-its-url-day",
        ),
        pytest.param(
            ld("2019-02-30T10:00:00Z"),
            "<p>By Jane Doe</p>",
            "https://www.citygossip.com/2019/03/01/press-secretary-exits/",
            "2019-03-01",
            id="an-impossible-stamp-is-no-date-the-url-day-answers",
        ),
        pytest.param(
            ld("2020-02-25T02:25:54Z"),
            "<p class='date'>February 24, 2020 | 9:25pm</p>",
            "https://www.citygossip.com/2020/02/24/press-secretary-exits/",
            "2020-02-24",
            id="utc-stamp-gives-way-to-the-url-day-the-page-shows",
        ),
        pytest.param(
            ld("2020-02-25T02:25:54Z"),
            "<p>By Jane Doe</p>",
            "https://www.citygossip.com/2020/02/24/press-secretary-exits/",
            "2020-02-25",
            id="utc-stamp-on-a-page-that-shows-no-day-not-the-url-day",
        ),
        pytest.param(
            ld("2019-11-19T03:05:46Z")
            + '<meta property="article:published_time" content="2019-11-18T22:05:46-05:00">',
            "<p>By Jane Doe</p>",
            "https://www.citygossip.com/sites/jdoe/bedding-story/",
            "2019-11-18",
            id="utc-stamp-gives-way-to-a-stamp-with-the-page-offset",
        ),
        pytest.param(
            ld("2019-11-20T04:26:00Z"),
            "<p class='date'>November 19, 2019</p>",
            "https://www.citygossip.com/news/council-approves-budget/",
            "2019-11-19",
            id="shown-day-before-a-utc-stamp-at-night-is-the-page-day",
        ),
        pytest.param(
            ld("2019-11-20T00:00:00Z"),
            "<p class='date'>November 19, 2019</p>",
            "https://www.citygossip.com/news/council-approves-budget/",
            "2019-11-20",
            id="a-midnight-utc-stamp-names-no-other-zone-day-for-the-shown-day",
        ),
        pytest.param(
            ld("2019-11-20T00:00:00Z") + '<meta property="article:modified_time" '
            'content="2019-11-20T00:00:00Z">',
            "<p class='date'>Updated November 19, 2019</p>",
            "https://www.citygossip.com/news/council-approves-budget/",
            "2019-11-20",
            id="a-midnight-utc-stamp-names-no-other-zone-day-for-a-shown-update",
        ),
        pytest.param(
            ld("2019-11-19T02:34:30Z"),
            "<p class='update-time'>Updated 0339 GMT (1139 HKT) November 19, 2019</p>",
            "https://www.citygossip.com/2019/11/18/markets/asia-latest/",
            "2019-11-19",
            id="a-shown-update-is-no-shown-publication-day",
        ),
    ],
)
def test_publication_day_across_midnight(head, after, url, published):
    assert read_page_metadata(page(head, after), url=url).published == published


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2019-02-30T10:00:00Z", None),
        ("2019-02-30", None),
        ("2021-04-31", None),
        ("30.02.2019", None),
        ("2020-02-29T10:00:00Z", "2020-02-29"),
        ("29.02.2020", "2020-02-29"),
    ],
)
def test_an_impossible_day_is_no_date(value, day):
    assert as_day(value) == day


def test_an_impossible_stamp_alone_is_never_the_answer():
    published = read_page_metadata(
        page(ld("2019-02-30T10:00:00Z"), "<p>By Jane Doe</p>"),
        url="https://www.citygossip.com/story/",
    ).published
    assert published != "2019-02-30"


@pytest.mark.parametrize(
    ("value", "day", "clock", "zone"),
    [
        ("2019-11-20T04:26:00Z", "2019-11-20", (4, 26), 0),
        ("2019-11-18T22:15:00-05:00", "2019-11-18", (22, 15), -300),
        ("Wed, 20 Nov 2019 04:26:00 GMT", "2019-11-20", (4, 26), 0),
        ("2019-11-20 04:26:00 +0000 UTC", "2019-11-20", (4, 26), 0),
        ("05.11.2019 14:26 MEZ", "2019-11-05", (14, 26), 60),
        ("2019-11-20T00:00:00+01:00", "2019-11-20", None, 60),
        ("2019-11-20", "2019-11-20", None, None),
        ("2019-02-30T10:00:00Z", None, None, 0),  # no day, so no clock time either
        ("", None, None, None),
    ],
)
def test_a_stamp_is_read_once_into_its_day_clock_and_zone(
    value: str, day: str | None, clock: tuple | None, zone: int | None
) -> None:
    stamp = Stamp.read(value)
    wall = stamp.clock()
    assert (stamp.day, wall and (wall.hour, wall.minute), stamp.zone) == (day, clock, zone)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe | November 18, 2019 8:19 PM | UT News",
        "Nov. 18, 2019 8:19 PM, UT Southwestern Medical Center",
    ],
)
def test_ut_after_a_shown_clock_is_no_zone(line: str) -> None:
    # "UT" on a printed line names Utah or a university as often as universal time: the clock
    # stays the page's own, so the zone-less stamp's UTC instant is read back to the shown day
    stamp = ('<script type="application/ld+json">{"@type": "NewsArticle", '
             '"datePublished": "2019-11-19T02:19:00"}</script>')
    html = (f"<html><head><title>Council approves budget</title>{stamp}</head><body><article>"
            f"<h1>Council approves budget</h1><p>{line}</p>{BODY}</article></body></html>")
    page = read_page_metadata(html, url="https://news.example.edu/council-approves-budget")
    assert page.published == "2019-11-18"
