"""Publication days of pages by the written rules of docs/inputs.md ("Judging a publication
date"): the day is the one the page says it was published, in the page's own time zone; a
year found alone (a copyright line's) is no day; the update the page shows is its day when it
shows no other.

Each snippet is a minimal page written for the test; the id names the kind of page.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.dates import first_day
from test_htmlmeta import BODY

URL = "https://www.cityherald.com/news/council-approves-budget"


def page(head: str = "", *, after: str = "", end: str = "", footer: str = "", long: bool = False) -> str:
    """A page with ``after`` under the headline, ``end`` after the text (three times as
    long with ``long``, so that it lies beyond the texts read by the headline)."""
    text = BODY * 3 if long else BODY
    return (
        f"<html><head>{head}</head><body>"
        f"<article><h1>Council approves budget</h1>{after}{text}<div>{end}</div></article>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


def stamp(published: str, **more: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": published}
    return f'<script type="application/ld+json">{json.dumps({**data, **more})}</script>'


@pytest.mark.parametrize(
    ("head", "after", "published"),
    [
        pytest.param(
            stamp("2019-11-20T04:26:00Z"),
            "<p>Published 11:26 pm EST, Tuesday, November 19, 2019</p>",
            "2019-11-19",
            id="evening-in-america-under-a-utc-stamp",
        ),
        pytest.param(
            stamp("2021-06-30T23:40:00+00:00"),
            "<p>1 July 2021, 09:40</p>",
            "2021-07-01",
            id="morning-in-asia-under-a-utc-stamp",
        ),
        pytest.param(
            stamp("2019-11-20T04:26:00Z"),
            "<p>November 20, 2019</p>",
            "2019-11-20",
            id="the-page-shows-the-utc-day",
        ),
        pytest.param(
            stamp("2019-11-19T23:26:00-05:00"),
            "<p>November 20, 2019</p>",
            "2019-11-20",
            id="a-zoned-stamp-whose-utc-day-the-page-shows",
        ),
        pytest.param(
            stamp("2019-11-20T04:26:00Z")
            + '<meta property="article:published_time" content="2019-11-20T05:26:00+01:00">',
            "<p>November 19, 2019</p>",
            "2019-11-20",
            id="a-stamp-in-the-page-zone-names-the-day",
        ),
        pytest.param(
            stamp("2019-11-20T04:26:00Z"),
            "<p>November 21, 2019</p>",
            "2019-11-20",
            id="no-zone-is-a-day-ahead-at-four-utc",
        ),
        pytest.param(
            stamp("2019-11-20T04:26:00Z"),
            "<p>November 18, 2019</p>",
            "2019-11-20",
            id="two-days-off-is-another-day",
        ),
        pytest.param(
            stamp("2019-11-20T04:26:00Z"),
            "<p>Updated November 19, 2019</p>",
            "2019-11-20",
            id="an-update-shown-is-no-zone",
        ),
    ],
)
def test_the_day_in_the_page_own_time_zone(head: str, after: str, published: str) -> None:
    assert read_page_metadata(page(head, after=after), url=URL).published == published


@pytest.mark.parametrize(
    ("footer", "url", "published"),
    [
        pytest.param("Copyright © 2022 DLG e.V.", URL, None, id="a-copyright-year-is-no-day"),
        pytest.param(
            "Copyright © 2022 City Herald",
            "https://www.cityherald.com/2022/01/20/council-approves-budget",
            "2022-01-20",
            id="the-url-day-over-a-copyright-year",
        ),
        pytest.param(
            "Roma 01/01/2021. Copyright © 2021 City Herald",
            URL,
            "2021-01-01",
            id="a-new-year-day-the-page-writes",
        ),
    ],
)
def test_a_year_alone_is_no_day(footer: str, url: str, published: str | None) -> None:
    assert read_page_metadata(page(footer=footer), url=url).published == published


@pytest.mark.parametrize(
    ("head", "after", "url", "published"),
    [
        pytest.param(
            stamp("1970-01-01T01:00:00+01:00", dateModified="1970-01-01T01:00:00+01:00"),
            "<p>Data: 28.04.2021, 09:29</p>",
            URL,
            "2021-04-28",
            id="the-unix-clock-zero-is-no-stamp",
        ),
        pytest.param(
            stamp("1969-12-31T19:00:00-05:00"),
            "",
            "https://www.cityherald.com/2021/04/28/council-approves-budget",
            "2021-04-28",
            id="the-zero-west-of-greenwich",
        ),
        pytest.param(
            '<meta property="article:published_time" content="1900-01-01T00:00:00">',
            "<p>Data: 28.04.2021, 09:29</p>",
            URL,
            "2021-04-28",
            id="the-first-day-of-a-database-clock",
        ),
        pytest.param(
            stamp("1999-03-04T10:00:00+01:00"),
            "<p>Data: 28.04.2021, 09:29</p>",
            URL,
            "1999-03-04",
            id="an-old-stamp-is-a-stamp",
        ),
    ],
)
def test_an_empty_stamp_is_no_day(head: str, after: str, url: str, published: str) -> None:
    assert read_page_metadata(page(head, after=after), url=url).published == published


#: A page's update below its text, the label and its day in two elements, and a day its text
#: speaks of further up, which htmldate would take.
UPDATE_BELOW = (
    "<p>Die Karten zeigen, wie hoch der Schnee am Tag der Messung lag, so wie der "
    "Datensatz vom 09.03.2016 ihn für Davos beschreibt.</p>"
    "<div><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>"
)


def test_the_update_when_it_is_all_the_page_shows() -> None:
    alone = page(end=UPDATE_BELOW, long=True)
    assert read_page_metadata(alone, url=URL).published == "2022-01-14"
    beside = page(after="<p>Posted 3 March 2019</p>", end=UPDATE_BELOW, long=True)
    assert read_page_metadata(beside, url=URL).published == "2019-03-03"


def test_a_page_without_text_has_no_day_and_no_error() -> None:
    assert read_page_metadata("<html><head></head><body></body></html>", url=URL).published is None


@pytest.mark.parametrize(("line", "day"), [
    ("Gesetzesänderung vom 12.03.2021", "2021-03-12"),  # a word that holds an update word
    ("Letzte Änderung: 14.01.2022", None),  # the update word itself
    ("Last update: 14.01.2022", None),  # the noun, in other languages too
    ("Letzte Aktualisierung: 14.01.2022", None),
    ("Mise à jour le 14.01.2022", None),
    ("Última actualización: 14.01.2022", None),
])
def test_an_update_word_is_a_whole_word(line: str, day: str | None) -> None:
    assert first_day([line]) == day
