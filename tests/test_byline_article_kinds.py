"""Bylines: the kind of article a page writes in its author's slot ("Editorial" over a
paper's leader) names no writer, on values and pages written for the test.

A whole byline that is an article's kind in one of the languages read ("Editorial",
"Leitartikel", "Opinion", "Analysis"), with or without its article, is no person and no
organisation; a desk ("Editorial Board", "Times Editorial Board", "Editorial Team") stays a
credit, even where the markup types it as a person, and a writer after the kind or a byline
word is kept ("Analysis by Jane Doe", "Opinion | Jane Doe").
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        ("Editorial", [], []),
        ("The Editorial", [], []),
        ("Leitartikel", [], []),
        ("L'Éditorial", [], []),
        ("Opinion", [], []),
        ("Analysis", [], []),
        # desks stay credits
        ("Editorial Board", [], ["Editorial Board"]),
        ("Times Editorial Board", [], ["Times Editorial Board"]),
        # a writer beside the kind is kept
        ("Analysis by Jane Doe", ["Jane Doe"], []),
        ("Opinion | Jane Doe", ["Jane Doe"], []),
        ("Jane Doe", ["Jane Doe"], []),
    ],
)
def test_an_article_kind_is_no_writer(value: str, authors: list[str], credit: list[str]) -> None:
    byline = parse_byline(value, handles=True)
    assert (byline.authors, byline.credit) == (authors, credit)


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        # the kind in every author slot of the markup: no author
        ('<meta name="author" content="Editorial">' + json_ld(author="Editorial"), []),
        # a writer in the markup is kept
        ('<meta name="author" content="Jane Doe">', ["Jane Doe"]),
    ],
)
def test_an_editorial_page_names_no_author(head: str, authors: list[str]) -> None:
    found = read_page_metadata(page(head), url=URL)
    assert (found.authors, found.credit) == (authors, [])


DESKS = ["Editorial Team", "Teufel Editorial Team", "Times Editorial Board"]


@pytest.mark.parametrize("value", DESKS)
def test_a_desk_the_markup_calls_a_person_is_no_writer(value: str) -> None:
    byline = parse_byline(value, handles=True, declared=True)
    assert (byline.authors, byline.credit) == ([], [value])


@pytest.mark.parametrize("value", DESKS)
def test_a_desk_typed_as_a_person_is_the_pages_credit(value: str) -> None:
    html = page(
        json_ld(author={"@type": "Person", "name": value}),
        after="<p class='byline'>By Jane Doe</p>",
    )
    found = read_page_metadata(html, url=URL)
    assert (found.authors, found.credit) == (["Jane Doe"], [value])
