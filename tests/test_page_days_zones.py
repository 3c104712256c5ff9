"""The publication day across midnight on a page without article stamps: a ``<meta
name=date>`` in UTC, the URL path that names its UTC day and the day the page shows in its
own time zone (docs/inputs.md, "The publication day's time zone"). Each snippet is a
minimal page written for the test, in the form of a news page outside the metadata gold
sets, with the negative cases: a shown day no zone reaches at the stamp's hour, a stamp
without a clock time."""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY


def page(head: str, after: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>"
        f"{after}{BODY}</article></body></html>"
    )


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
    ],
)
def test_publication_day_across_midnight(head, after, url, published):
    assert read_page_metadata(page(head, after), url=url).published == published
