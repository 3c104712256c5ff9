"""Metadata from HTML: who made the site is not who wrote the article, and the site's own
name gives way to the body a byline credits.

A web agency or a theme's developer signs the pages it built in ``<meta name=author>``
with its own web address ("Frank Bueltge - http://bueltge.de", "Medianotions,
www.medianotions.de"); a writer is never credited so in the page's head, so such a value
is no author, and the byline the page prints is read instead. An address of the page's own
site names the publication, which stays its credit. Where the markup names only the site
itself (its name as ``<meta name=author>``, the publisher filling the slot) and the page
prints a byline that credits another body, an agency, a desk or the organisation that
wrote the text ("By Reuters", "Von dpa/lno", "By Herald Staff"), or its
main text opens with an agency's dateline, that body is the author: by the written rules
an agency, a desk or the outlet is the author where the byline names no person, and the
byline's words are what a reader sees credited. Each snippet is a minimal page written for
the test; the values are the forms pages write.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, page

_SITE = '<meta name="author" content="City Herald">'


def _meta_author(value: str) -> str:
    return f'<meta name="author" content="{value}">'


@pytest.mark.parametrize(
    "value",
    [
        "Frank Bueltge - http://bueltge.de",  # a theme's developer and his site
        "Medianotions, www.medianotions.de",  # a web agency
        "Babilon Inc., http://www.babilon-inc.com",
    ],
)
def test_the_site_makers_address_is_no_author(value: str) -> None:
    assert read_page_metadata(page(_meta_author(value)), url=URL).authors == []


def test_the_byline_over_the_site_makers_address() -> None:
    head = _meta_author("Frank Bueltge - http://bueltge.de")
    after = '<div class="meta"><span class="author">Anna Schmidt</span></div>'
    assert read_page_metadata(page(head, after=after), url=URL).authors == ["Anna Schmidt"]


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("City Herald, www.cityherald.com", ["City Herald"]),  # the page's own address
        ("Jane Doe", ["Jane Doe"]),  # no address: the metadata's writer
        ("Jane Doe, jane@cityherald.com", ["Jane Doe"]),  # an e-mail address is no site's
    ],
)
def test_a_meta_author_without_another_sites_address_stays(value: str, authors: list[str]) -> None:
    assert read_page_metadata(page(_meta_author(value)), url=URL).authors == authors


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        ('<p class="byline">By Reuters</p>', ["Reuters"]),  # an agency in a byline element
        ("<p>By AFP</p>", ["AFP"]),  # in a line led by a byline word
        ("<p>Von dpa/lno</p>", ["dpa/lno"]),  # the agency and its regional desk
        ('<p class="byline">By Herald Staff</p>', ["Herald Staff"]),  # a desk, its words whole
        ('<p class="byline">By City Herald</p>', ["City Herald"]),  # the site itself
        ("<p>Photo: Reuters</p>", []),  # a picture's credit is no byline; the site's name in
        ("<p>Share</p>", []),  # the markup alone is no credit
    ],
)
def test_the_body_a_byline_credits_over_the_sites_name(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(_SITE, after=after), url=URL).authors == authors


def test_the_datelines_agency_over_the_sites_name() -> None:
    text = "WASHINGTON (AP) — The council approved the budget on Monday.\nThe vote was close."
    found = read_page_metadata(page(_SITE), url=URL, fallback={"text": text})
    assert found.authors == ["AP"]


def test_a_person_in_the_byline_comes_before_any_body() -> None:
    after = '<p class="byline">By Jane Doe, Reuters</p>'
    assert read_page_metadata(page(_SITE, after=after), url=URL).authors == ["Jane Doe"]
