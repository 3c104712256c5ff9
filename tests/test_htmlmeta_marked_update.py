"""Metadata from HTML: a shown day that the page's microdata marks as its change.

Each snippet is a minimal page written for the test, in the form a blog theme prints a
post's stamps: `<meta>` publication and modification times in the head, and under the
headline a ``<time>`` of the day the post was last changed. The day the headline shows wins
over the publication stamp when a later modified stamp names it (the page dates itself by
what it shows), unless the shown element's own microdata says it is the change
(``itemprop="dateUpdated"``, schema.org's ``dateModified``): then the page shows its update
beside an earlier publication, and the publication is the answer. A class "updated" says
nothing of the kind (WordPress themes write hAtom's "published updated" on a post's
publication stamp), and the article's first ``<time>`` is never one marked as the change.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata

URL = "https://www.example.com/blog/a-little-more-obsessed-meal-prep"
STAMPS = (
    '<meta property="article:published_time" content="2018-10-07T09:00:35-08:00">'
    '<meta property="article:modified_time" content="2018-11-12T17:36:26-08:00">'
)
TEXT = (
    "<p>Meal prep does not have to take your whole Sunday. Cook two grains and two "
    "proteins, chop the vegetables, and portion them into containers for the week.</p>"
)


def post(stamp: str, *, head: str = STAMPS) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>A Little More Obsessed: Meal Prep</h1>"
        f'<div class="entry-meta">By Jane Doe | {stamp}</div>{TEXT}</article></body></html>'
    )


def shown(attributes: str, day: str = "2018-11-12T17:36:26-08:00") -> str:
    return f'<time {attributes} datetime="{day}">November 12, 2018</time>'


@pytest.mark.parametrize(
    ("html", "day"),
    [
        # the shown day is marked as the change: the publication stamp's day
        (post(shown('class="entry-updated updated" itemprop="dateUpdated"')), "2018-10-07"),
        (post(shown('itemprop="dateModified"')), "2018-10-07"),
        # the same day shown without that mark: the page dates itself by what it shows
        (post(shown('class="entry-updated updated"')), "2018-11-12"),
        (post(shown("")), "2018-11-12"),
        # marked as the change, but the publication stamp names that day too
        (
            post(
                shown('itemprop="dateModified"', "2018-10-07T11:00:00-08:00"),
                head='<meta property="article:published_time" content="2018-10-07T09:00:35-08:00">',
            ),
            "2018-10-07",
        ),
    ],
    ids=["dateUpdated", "dateModified", "class-updated", "plain-time", "same-day"],
)
def test_a_shown_day_marked_as_the_change(html: str, day: str) -> None:
    assert read_page_metadata(html, url=URL).published == day


@pytest.mark.parametrize(
    ("stamps", "day"),
    [
        # the change's <time> first, the publication's after it: the publication
        (
            shown('itemprop="dateModified"')
            + ' <time itemprop="datePublished" datetime="2018-10-07T09:00:35-08:00">'
            "October 7, 2018</time>",
            "2018-10-07",
        ),
        # the only <time> is marked as the change: no stamp from it
        (shown('itemprop="dateUpdated"'), "2018-11-12"),
        # one <time> marked as both the publication and the change: the publication
        (shown('itemprop="datePublished dateModified"', "2021-03-04T10:00"), "2021-03-04"),
    ],
    ids=["change-then-publication", "change-alone", "publication-and-change"],
)
def test_the_articles_time_is_no_change(stamps: str, day: str) -> None:
    html = post(stamps, head="")
    assert read_page_metadata(html, url=URL).published == day
