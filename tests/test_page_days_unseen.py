"""Publication days of pages from sites no rule was written for: the label before a date
element, a ``<time>`` by the headline outside the article's markup, and code that is no day
the page shows. Each snippet is a minimal page written for the test; each reproduces a
failure seen on a news page outside the metadata gold sets."""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "A cat who had been missing for five years was found on the streets of the capital.",
        "Officials said a scan of the cat's microchip revealed where its owners lived.",
        "The shelter said the family was told on Monday and would collect the cat soon.",
    )
)


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
