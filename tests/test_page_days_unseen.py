"""Publication days of pages from sites no rule was written for: the label before a date
element, a ``<time>`` by the headline outside the article's markup, and code that is no day
the page shows. Each snippet is a minimal page written for the test; each reproduces a
failure seen on a news page outside the metadata gold sets."""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import labelled_date, parse_tree, read_page_metadata

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "A cat who had been missing for five years was found on the streets of the capital.",
        "Officials said a scan of the cat's microchip revealed where its owners lived.",
        "The shelter said the family was told on Monday and would collect the cat soon.",
    )
)


def stamped_page(published: str, label: str, shown: str, stamp: str) -> str:
    """A page stamped in UTC, published and modified, whose date element holds a day (its
    ``datetime`` the modified stamp) and its label stands before it."""
    return (
        f'<html><head><meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{stamp}"></head>'
        "<body><h1>Cat found after going missing</h1>"
        f'<div class="meta-line"><span>{label}</span>'
        f'<time class="timestamp" datetime="{stamp}">{shown}</time></div>'
        f"{BODY}</body></html>"
    )


@pytest.mark.parametrize(
    ("html", "published"),
    [
        pytest.param(
            stamped_page(
                "2019-11-20T05:14:35Z",
                "Updated",
                "11:21 pm CST, Tuesday, November 19, 2019",
                "2019-11-20T05:21:58Z",
            ),
            "2019-11-19",
            id="update-shown-the-day-before-a-utc-stamp",
        ),
        pytest.param(
            stamped_page(
                "2019-11-19T20:00:00Z",
                "Updated",
                "Wednesday, November 20, 2019",
                "2019-11-19T21:00:00Z",
            ),
            "2019-11-19",
            id="update-shown-the-day-after-a-utc-stamp-is-no-zone",
        ),
        pytest.param(
            stamped_page(
                "2019-11-20T07:30:38Z",
                "Updated",
                "1:33 am CST, Wednesday, November 20, 2019",
                "2019-11-20T07:33:04Z",
            ),
            "2019-11-20",
            id="update-shown-on-the-stamped-day",
        ),
    ],
)
def test_a_shown_update_and_utc_stamps(html: str, published: str) -> None:
    assert read_page_metadata(html).published == published


@pytest.mark.parametrize(
    ("label", "published", "updated"),
    [
        ("Updated", None, "2019-11-19"),
        ("Last modified:", None, "2019-11-19"),
        ("Published", "2019-11-19", None),
        ("By Jane Doe", "2019-11-19", None),
    ],
)
def test_the_label_before_a_date_element(label: str, published, updated) -> None:
    tree = parse_tree(
        stamped_page("2019-11-20T05:14:35Z", label, "November 19, 2019", "2019-11-20T05:21Z")
    )
    assert labelled_date(tree) == published
    assert labelled_date(tree, updated=True) == updated


def byline_page(between: str) -> str:
    """A page with no ``<article>``, ``<main>`` or stamps: its byline's ``<time>`` carries
    the day, its text says only how long ago."""
    return (
        "<html><head></head><body><div class='page'><h1>The man whose duvet nearly killed him"
        f"</h1><div class='byline'>By Sandee LaMotte</div>{between}"
        "<div class='info'><time datetime='2019-11-19T11:45:59.000Z'>1 day ago</time></div>"
        f"{BODY}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("between", "source"),
    [
        pytest.param("", "itemprop/time", id="time-in-the-byline"),
        pytest.param(
            "".join(f"<div class='teaser'>Teaser number {n}</div>" for n in range(14)),
            "htmldate",
            id="time-far-below-the-headline-is-a-guess",
        ),
        pytest.param(
            "<p>The symptoms came on quickly, and breathing was hard for him for two months.</p>",
            "htmldate",
            id="time-after-the-text-begins-is-a-guess",
        ),
    ],
)
def test_a_time_by_the_headline(between: str, source: str) -> None:
    found = read_page_metadata(byline_page(between))
    assert (found.published, found.found["published"]) == ("2019-11-19", source)


def comment_page(shown: str) -> str:
    """A page with no stamps whose comments a script writes into it."""
    script = (
        "<script>document.write('<hr /><b>Tatiana</b> <i>2018-02-24 10:15:59</i>"
        "<p>Five days on the diet and I lost two kilos</p>');</script>"
    )
    return (
        f"<html><head></head><body><h1>The Atkins diet in fourteen days</h1>{shown}{BODY}"
        f"{script}<p>© example.com, 2008</p></body></html>"
    )


@pytest.mark.parametrize(
    ("shown", "published"),
    [
        pytest.param("", None, id="a-day-in-a-script-is-not-shown"),
        pytest.param("<p>March 3, 2017</p>", "2017-03-03", id="a-shown-day-still-counts"),
    ],
)
def test_no_day_from_a_script(shown: str, published: str | None) -> None:
    assert read_page_metadata(comment_page(shown)).published == published


def trending_page(shown: str) -> str:
    """A page whose logo's ``<h1>`` (the site's name, in the title too) comes before a list
    of trending stories with their ``<time>``, then the article's own headline."""
    return (
        "<html><head><title>The man whose duvet nearly killed him | City Herald</title></head>"
        "<body><div class='top'><h1>City Herald</h1><ul class='trending'><li>"
        "<a href='/storm'>Storm hits the coast</a> <time datetime='2018-03-02T10:00:00Z'>"
        "Mar 2</time></li></ul></div><div class='page'><h1>The man whose duvet nearly "
        f"killed him</h1><div class='byline'>By Sandee LaMotte</div>{shown}{BODY}</div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("shown", "published", "source"),
    [
        pytest.param(
            "<p>Published November 19, 2019</p>", "2019-11-19", "line by the headline",
            id="the-day-by-the-headline",
        ),
        pytest.param(
            "<div class='info'><time datetime='2019-11-19T11:45:59Z'>1 day ago</time></div>",
            "2019-11-19", "itemprop/time", id="the-bylines-time",
        ),
    ],
)
def test_a_trending_lists_time_is_no_stamp(shown: str, published: str, source: str) -> None:
    found = read_page_metadata(trending_page(shown))
    assert (found.published, found.found["published"]) == (published, source)


@pytest.mark.parametrize(
    ("kind", "published"),
    [
        ("application/settings+json", "2021-05-04"),  # a page's data, which htmldate reads
        ("text/javascript", None),  # code: no day the page shows
    ],
)
def test_the_json_data_htmldate_reads_is_kept(kind: str, published: str | None) -> None:
    script = f'<script type="{kind}">{{"datePublished": "2021-05-04T10:00:00"}}</script>'
    html = (
        "<html><head></head><body><h1>The Atkins diet in fourteen days</h1>"
        f"{BODY}{script}</body></html>"
    )
    assert read_page_metadata(html).published == published
