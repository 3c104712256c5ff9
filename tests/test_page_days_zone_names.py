"""The time zone a stamp writes in the forms other than ISO 8601 (``htmlmeta.zones``):
RFC 822's offset and names, JavaScript's ``Date.toString`` ("GMT-0500 (Eastern Standard
Time)"), the Unix ``date`` command's ("Tue Jan 28 15:28:56 CET 2020") and a byline's
("07:47 PM EST"). A stamp in UTC written so is a UTC stamp, one in another zone names the
page's own day (docs/inputs.md, "The publication day's time zone"). Each snippet is a
minimal page written for the test in the forms of news pages outside the metadata gold
sets, with the negative cases: a name that stands for zones far apart ("IST", "CST") or
a generic one ("ET"), a stamp without a zone, a local stamp beside a shown day one off it."""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.zones import stamp_zone
from test_page_days_instant import URL, ld, meta, page


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("2019-11-19T03:05:46Z", 0),
        ("2019-11-18T22:05:46.123-05:00", -300),
        ("2019-11-19T08:35:46+0530", 330),
        ("Mon, 18 Nov 2019 16:07:38 -0600", -360),
        ("20 Nov 2019 08:02 GMT", 0),
        ("2022-05-05T22:12:00 UTC", 0),
        ("Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard Time)", 60),
        ("Tue Nov 19 2019 22:15:00 GMT-0500 (Eastern Standard Time)", -300),
        ("Wed May 04 2022 00:53:27 GMT+0000 (Coordinated Universal Time)", 0),
        ("Tue Nov 19 21:57:01 UTC 2019", 0),
        ("Tue Jan 28 15:28:56 CET 2020", 60),
        ("Tue Jul 30 09:35:14 CEST 2019", 120),
        ("Fr, 17 Mai 2019 13:38:23 MESZ", 120),
        ("November 19, 2019, 07:47 PM EST", -300),
        ("Nov 19, 2019 10:31 pm CDT", -300),
        ("2019-11-19T10:00:00", None),
        ("2019-11-19", None),
        ("November 19, 2019 7:47 pm", None),
        ("19.11.2019 12:30 Uhr", None),
        ("2019-11-19T10:00:00 IST", None),
        ("Tue Nov 19 2019 22:15:00 GMT+1900", None),
        ("", None),
        # a name after a numeric offset: Go's and Hugo's form, RFC 822's with a comment
        ("2019-11-20 04:26:00 +0000 UTC", 0),
        ("2019-11-19 23:26:00 -0500 EST", -300),
        ("Mon, 20 Nov 2019 10:30:00 +0100 CET", 60),
        ("2019-11-20 10:00:00 +05:30 IST", 330),
        # minutes past 59 are no offset
        ("2019-11-20 04:26:00 +0199", None),
        ("Tue Nov 19 2019 22:15:00 GMT+0160", None),
        # names of zones far apart, and the generic names (standard or daylight time)
        ("Nov 20, 2019 22:30 CST", None),
        ("November 20, 2019 23:30 AST", None),
        ("2019-11-20 00:30 BST", None),
        ("2019-11-20 08:30 MST", None),
        ("July 10, 2019, 7:30 PM ET", None),
        ("July 10, 2019, 4:30 PM PT", None),
        ("July 10, 2019, 6:30 PM CT", None),
        ("July 10, 2019, 5:30 PM MT", None),
        ("July 10, 2019, 7:30 PM EDT", -240),
    ],
)
def test_stamp_zone(value, minutes):
    assert stamp_zone(value) == minutes


@pytest.mark.parametrize(
    ("head", "after", "published"),
    [
        pytest.param(
            ld("2019-11-20T03:15:00Z") + meta("Tue Nov 19 2019 22:15:00 GMT-0500 (EST)"),
            "<p>By Jane Doe</p>",
            "2019-11-19",
            id="utc-stamp-gives-way-to-a-javascript-stamp-with-the-page-zone",
        ),
        pytest.param(
            ld("2019-11-20T00:47:00Z") + meta("November 19, 2019, 07:47 PM EST"),
            "<p>By Jane Doe</p>",
            "2019-11-19",
            id="utc-stamp-gives-way-to-a-stamp-with-a-zone-name",
        ),
        pytest.param(
            meta("Wed Nov 20 2019 04:26:00 GMT+0000 (Coordinated Universal Time)"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-19",
            id="a-javascript-utc-stamp-is-utc-for-the-shown-day-before",
        ),
        pytest.param(
            meta("Wed Nov 20 04:26:00 UTC 2019"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-19",
            id="a-unix-utc-stamp-is-utc-for-the-shown-day-before",
        ),
        pytest.param(
            meta("November 19, 2019, 10:15 PM EST"),
            "<p class='date'>November 20, 2019</p>",
            "2019-11-20",
            id="the-shown-day-is-the-utc-day-of-a-stamp-with-a-zone-name",
        ),
        pytest.param(
            meta("Tue Nov 19 2019 22:15:00 GMT-0500 (Eastern Standard Time)"),
            "<p class='date'>November 20, 2019</p>",
            "2019-11-20",
            id="the-shown-day-is-the-utc-day-of-a-javascript-stamp",
        ),
        pytest.param(
            meta("2019-11-20T00:00:00+01:00"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-20",
            id="a-midnight-stamp-has-no-utc-day-before-it",
        ),
        pytest.param(
            meta("2019-11-20T00:30:00+01:00"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-19",
            id="a-stamp-after-midnight-has-its-utc-day-before-it",
        ),
        pytest.param(
            meta("Wed Nov 20 2019 09:15:00 GMT+0100 (Central European Standard Time)"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-20",
            id="a-local-javascript-stamp-keeps-its-day-against-a-shown-day-before",
        ),
        pytest.param(
            meta("Tue Jan 28 15:28:56 CET 2020"),
            "<p class='date'>January 27, 2020</p>",
            "2020-01-28",
            id="a-local-unix-stamp-keeps-its-day-against-a-shown-day-before",
        ),
        pytest.param(
            meta("November 20, 2019, 04:15 AM IST"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-20",
            id="a-zone-name-of-several-zones-says-no-zone",
        ),
        pytest.param(
            meta("2019-11-20 04:26:00 +0000 UTC"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-19",
            id="a-go-utc-stamp-is-utc-for-the-shown-day-before",
        ),
        pytest.param(
            ld("2019-11-20T04:26:00Z") + meta("2019-11-19 23:26:00 -0500 EST"),
            "<p>By Jane Doe</p>",
            "2019-11-19",
            id="utc-stamp-gives-way-to-a-go-stamp-with-the-page-zone",
        ),
        pytest.param(
            meta("July 10, 2019, 7:30 PM ET"),
            "<p class='date'>July 11, 2019</p>",
            "2019-07-10",
            id="a-generic-zone-name-says-no-zone",
        ),
        pytest.param(
            meta("2019-11-19 19:15 CST"),
            "<p class='date'>November 20, 2019</p>",
            "2019-11-19",
            id="a-name-of-us-and-china-zones-says-no-zone",
        ),
        pytest.param(
            meta("05.11.2019 00:30 MEZ"),
            "<p class='date'>4. November 2019</p>",
            "2019-11-04",
            id="a-dotted-stamp-with-a-zone-is-day-first",
        ),
        pytest.param(
            ld("2019-11-20T00:00:00Z"),
            "<p class='date'>Published Nov. 19, 2019 at 7:00 PM EST</p>",
            "2019-11-19",
            id="a-midnight-utc-stamp-is-an-instant-when-the-page-shows-its-time",
        ),
        pytest.param(
            ld("2019-11-20T00:00:00Z"),
            "<p class='date'>November 19, 2019</p>",
            "2019-11-20",
            id="a-midnight-utc-stamp-without-a-shown-time-is-a-day",
        ),
    ],
)
def test_publication_day_by_the_zone_a_stamp_names(head, after, published):
    assert read_page_metadata(page(head, after), url=URL).published == published
