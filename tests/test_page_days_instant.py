"""The day a page shows by its headline with the clock time of its publication stamp in
another zone: the page shows the stamp's instant where it is, which names the page's own day
(docs/inputs.md, "The publication day's time zone"), whatever zone the stamp writes, also
when the line leaves out the year. Each snippet is a minimal page written for the test, in
the forms seen on news pages outside the metadata gold sets (a UTC time written without a
zone, a UTC time written with the page's offset, a posting line without its year, a
standfirst between the headline and the byline)."""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.dates import Stamp, _instant_day
from newsdesk.htmlmeta.shown import shown_instants
from newsdesk.htmlmeta.structured import parse_tree
from test_htmlmeta import BODY

URL = "https://www.cityherald.com/news/council-approves-budget"
STANDFIRST = (
    "<p class='dek'>One member of the council did not hold back on Monday when asked about the "
    "vote that led to the cuts</p>"
)


def page(head: str, after: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>"
        f"{after}{BODY}</article></body></html>"
    )


def meta(published: str) -> str:
    return f'<meta property="article:published_time" content="{published}">'


def ld(published: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": published}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("head", "after", "published"),
    [
        pytest.param(
            '<meta itemprop="datePublished" content="2019-11-19 02:24:00">',
            f"{STANDFIRST}<p>by Jane Doe</p><p>Nov 18, 2019 at 9:24 pm ET</p>",
            "2019-11-18",
            id="a-utc-time-without-a-zone-past-a-standfirst",
        ),
        pytest.param(
            ld("2019-11-20T04:31:13-06:00") + meta("2019-11-20T04:31:13+00:00"),
            "<p>Jane Doe</p><span>-</span><span>Nov 19, 2019, 10:31 pm CST</span>",
            "2019-11-19",
            id="a-utc-time-written-with-the-page-offset",
        ),
        pytest.param(
            ld("2019-11-19T01:19:34.819Z"),
            "<time datetime='2019-11-19T14:41:32Z'>Updated Nov 19, 9:41 AM;</time>"
            "<time datetime='2019-11-19T01:19:34.819Z'>Posted Nov 18, 8:19 PM</time>",
            "2019-11-18",
            id="a-posting-line-without-its-year",
        ),
        pytest.param(
            ld("2019-12-31T23:30:00-05:00"),
            "<p>Posted Jan 1, 5:30 AM</p>",
            "2020-01-01",
            id="the-year-after-the-stamp",
        ),
        pytest.param(
            ld("2019-11-20T03:30:00+00:00"),
            "<p>20.11.2019</p><p>09:00</p>",
            "2019-11-20",
            id="a-clock-alone-after-its-day-on-the-same-day",
        ),
        pytest.param(
            ld("2019-11-19T00:00:00"),
            "<p>Nov 18, 2019 7:00 pm</p>",
            "2019-11-19",
            id="a-stamp-at-midnight-says-no-time",
        ),
        pytest.param(
            ld("2019-11-19 02:24:00"),
            "<p>Nov 18, 2019 at 9:31 pm</p>",
            "2019-11-19",
            id="another-minute-is-another-instant",
        ),
        pytest.param(
            ld("2019-11-19T14:00:00+01:00"),
            "<p>Updated</p><p>Nov 20, 2019, 9:00 am</p>",
            "2019-11-19",
            id="a-line-labelled-as-an-update",
        ),
        pytest.param(
            ld("2019-11-19T19:53:52-05:00"),
            "<p>Nov 19, 2019, 7:53pm EST</p>",
            "2019-11-19",
            id="the-stamp-own-time-and-day",
        ),
    ],
)
def test_the_day_of_the_stamp_time_shown(head: str, after: str, published: str) -> None:
    assert read_page_metadata(page(head, after), url=URL).published == published


@pytest.mark.parametrize(
    ("line", "instants"),
    [
        ("Nov 18, 2019 at 9:24 pm ET", [(2019, 11, 18, 21, 24)]),
        ("Posted Nov 18, 12:04AM", [(None, 11, 18, 0, 4)]),
        ("13.11.2019, 23:06", [(2019, 11, 13, 23, 6)]),
        ("20 Nov 2019 08:00 GMT", []),
        ("Nov 18, 2019", []),
        ("9:24 pm", []),
    ],
)
def test_the_instants_a_line_by_the_headline_shows(line: str, instants: list) -> None:
    tree = parse_tree(f"<html><body><h1>Council approves budget</h1><p>{line}</p>{BODY}</body></html>")
    assert shown_instants(tree, title="Council approves budget") == instants


def test_an_instant_needs_a_stamp_with_a_time() -> None:
    assert _instant_day([Stamp.read("2019-11-19")], [(2019, 11, 18, 19, 0)]) is None
    assert _instant_day([Stamp.read("2019-11-19T02:00")], [(2019, 11, 18, 11, 0)]) is None  # 15 hours away
    assert _instant_day([Stamp.read("2019-11-19T02:00")], [(2019, 11, 18, 21, 0)]) == "2019-11-18"
