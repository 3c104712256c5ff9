"""Metadata from HTML: a byline's length, an agency run into the writer's name, and the
markup that disagrees with itself.

A byline grows with the writers it lists and with the stamp it prints beside them, not
into a sentence: "By Jane Doe and John Smith, The Washington Post" and "By Jane Doe Updated
5:40 PM ET, Mar 3, 2019" are one writer's byline as long as "By Jane Doe, Senior Reporter".
An agency's name that follows the writer's with no mark between them, as a byline's two
lines read when joined ("By JANE DOE Associated Press"), is the writer's affiliation. Where
the page's structured fields name different people (a JSON-LD author against a ``<meta
name=author>``) and the byline the page prints agrees with one of them, the two that agree
win over the one. Each snippet is a minimal page written for the test; the values are the
forms pages write.
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Smith, The Washington Post", ["Jane Doe", "John Smith"]),
        (
            "By Jane Doe, John Smith and Ann Lee, Associated Press",
            ["Jane Doe", "John Smith", "Ann Lee"],
        ),
        ("By Jane Doe Updated 5:40 PM ET, March 3, 2019", ["Jane Doe"]),
        ("By Jane Doe - Senior Editor - March 3, 2019", ["Jane Doe"]),
        ("By Jane Doe Published 5:40 PM ET Mar 3, 2019", ["Jane Doe"]),
        ("By Jane Doe, Senior Reporter", ["Jane Doe"]),  # one writer's byline, as before
        # sentences that open with "By" name no writer, however long
        ("By the end of the year, the council and the mayor had agreed on it.", []),
        ("By Tuesday, the council and its allies had voted for the new budget.", []),
    ],
)
def test_a_byline_line_grows_with_its_writers_and_its_stamp(line: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=f"<p>{line}</p>"), url=URL).authors == authors


def test_an_embedded_posts_poster_is_no_byline() -> None:
    """An embedded social post prints who posted it in its ``<blockquote>``; the block that
    wraps the quotation is read as the quotation, not as a line of the article."""
    embed = (
        '<div class="fb-post"><blockquote><p>Prices for daily life are exploding.</p>'
        '<p>Posted by <a href="https://www.facebook.com/jane.doe">Jane Doe</a> on '
        "<a>February 6, 2022</a></p></blockquote></div>"
    )
    assert read_page_metadata(page(after=embed), url=URL).authors == []


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        ("By Jane Doe Associated Press", ["Jane Doe"], ["Associated Press"]),
        (
            "By JANE DOE and JOHN SMITH Associated Press",
            ["JANE DOE", "JOHN SMITH"],
            ["Associated Press"],
        ),
        ("Jane Doe Reuters", ["Jane Doe"], ["Reuters"]),
        ("By Jane Doe, The Associated Press", ["Jane Doe"], ["The Associated Press"]),
        ("By The Associated Press", [], ["The Associated Press"]),  # the agency alone
        ("By Reuters", [], ["Reuters"]),
        ("Michael Bloomberg", ["Michael Bloomberg"], []),  # one word before it: a name
        # a given name and a middle name or initial before it: the agency is the surname
        ("By Michael Rubens Bloomberg", ["Michael Rubens Bloomberg"], []),
        ("By Michael R Bloomberg", ["Michael R Bloomberg"], []),
        # three words or more before it: the writer's full name, the agency a credit of its
        # own also when written in lower case after its first word
        ("By Jane Mary Doe Associated press", ["Jane Mary Doe"], ["Associated press"]),
        ("Mary Ann Evans Ria novosti", ["Mary Ann Evans"], ["Ria novosti"]),
    ],
)
def test_an_agency_run_into_the_writers_name(
    value: str, authors: list[str], credit: list[str]
) -> None:
    byline = parse_byline(value, outlet=["City Herald", "cityherald.com"])
    assert (byline.authors, byline.credit) == (authors, credit)


_LD_EDITOR = json_ld(author={"@type": "Person", "name": "Mark Webber"})
_EDITED = "<p>Edited by Mark Webber</p>"


@pytest.mark.parametrize(
    ("head", "after", "authors"),
    [
        # the JSON-LD's person against the <meta> author and the printed byline that agree
        (_LD_EDITOR + '<meta name="author" content="Jane Doe">',
         f'<div class="byline">By Jane Doe</div>{_EDITED}', ["Jane Doe"]),
        # the JSON-LD's person, written on the page, against the byline alone: it stays
        (_LD_EDITOR, f'<div class="byline">By Jane Doe</div>{_EDITED}', ["Mark Webber"]),
        # the markup agrees with itself: the byline that names another stays unread
        (_LD_EDITOR + '<meta name="author" content="Mark Webber">',
         f'<div class="byline">By Jane Doe</div>{_EDITED}', ["Mark Webber"]),
        # the two fields disagree and no byline decides: the first field, as before
        (_LD_EDITOR + '<meta name="author" content="Jane Doe">', _EDITED, ["Mark Webber"]),
    ],
)
def test_two_sources_that_agree_over_one(head: str, after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(head, after=after), url=URL).authors == authors
