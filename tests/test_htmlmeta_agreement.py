"""Metadata from HTML: an author source confirmed by another one.

Each snippet is a minimal page written for the test. Trafilatura's guess of the author is
taken only where the page writes that name as a reader sees it (each name of a guess of
several), outside the comments (a block named for them, not a layout state such as
"no-comments"), outside another article's teaser and outside an ``<aside>``; the ``<meta>`` author that names the
JSON-LD author and more people gives them all; and a byline that opens or closes the main
text names the writer over a structured author who is another person, unless a byline the
page prints names the structured author too.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page

COMMENTS = (
    '<div class="comments-area"><div class="comment byuser">'
    '<p class="comment-author">Ann Miller</p><p>Good news for the schools.</p></div></div>'
)
TEASERS = (
    '<section><a class="listing__link" href="/news/parking-fees"><div class="listing__item">'
    "<h3>Parking fees rise</h3><span>Von Ann Miller am 08.12.2022</span></div></a></section>"
)

#: Other stories in an ``<aside>``, each a link with its writer's name beside it.
OTHER_STORIES = (
    '<aside><h3>More news</h3><ul><li><a href="/news/parking-fees">Parking fees rise</a> '
    '<span class="byline">Ann Miller</span></li></ul></aside>'
)


@pytest.mark.parametrize(
    ("html", "guess", "authors"),
    [
        # the page writes the name in the article or beside it: the guess stands
        (page(after='<p class="signature">Ann Miller</p>'), "Ann Miller", ["Ann Miller"]),
        (page(before='<div class="post-meta">Ann Miller</div>'), "Ann Miller", ["Ann Miller"]),
        # a commenter, a listed article's writer, a name the page never writes
        (page(before=COMMENTS), "Ann Miller", []),
        (page(before=TEASERS), "Ann Miller", []),
        (page(), "Ann Miller", []),
        # a name that is part of a longer word is not written ("annmiller313")
        (page(after="<p>Follow annmiller313 for more.</p>"), "Annmiller", []),
        # a box of other stories beside the article, its items no teaser cards
        (page(before=OTHER_STORIES), "Ann Miller", []),
        # ... and the same name written in the article too
        (page(before=OTHER_STORIES, after='<p class="signature">Ann Miller</p>'), "Ann Miller", ["Ann Miller"]),
    ],
    ids=[
        "signature",
        "post-meta",
        "commenter",
        "teaser",
        "unwritten",
        "inside-a-word",
        "aside",
        "aside-and-article",
    ],
)
def test_the_extractors_guess_is_written_on_the_page(html: str, guess: str, authors: list[str]) -> None:
    found = read_page_metadata(html, url=URL, fallback={"author": guess})
    assert found.authors == authors


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("John Roe, Jane Doe", ["John Roe", "Jane Doe"]),
        # the meta author adds no person, or names another: JSON-LD's person stands
        ("Jane Doe, City Herald", ["Jane Doe"]),  # the site's name
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("John Roe", ["Jane Doe"]),
        ("Jane Doe", ["Jane Doe"]),
    ],
)
def test_the_meta_author_that_names_more_people(meta: str, authors: list[str]) -> None:
    head = json_ld(author={"@type": "Person", "name": "Jane Doe"})
    head += f'<meta name="author" content="{meta}">'
    head += '<meta property="og:site_name" content="City Herald">'
    assert read_page_metadata(page(head), url=URL).authors == authors


TEXT = "The city council voted on Tuesday to approve a new budget.\nThe plan adds money for schools."


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Ann Miller", ["Ann Miller"]),  # the writer; the markup names who posted it
        ("By Ann Miller and John Roe", ["Ann Miller", "John Roe"]),
        ("By Jane Doe", ["Jane Doe"]),
        # no person in the line: the markup's author stands
        ("By Reuters", ["Jane Doe"]),
        ("By the numbers", ["Jane Doe"]),
    ],
)
def test_the_texts_byline_over_the_structured_author(line: str, authors: list[str]) -> None:
    html = page('<meta name="author" content="Jane Doe">')
    found = read_page_metadata(html, url=URL, fallback={"text": f"{line}\n{TEXT}"})
    assert found.authors == authors


def test_the_texts_byline_at_its_end() -> None:
    html = page(json_ld(author={"@type": "Person", "name": "Jane Doe"}))
    found = read_page_metadata(html, url=URL, fallback={"text": f"{TEXT}\nVon Ann Miller"})
    assert found.authors == ["Ann Miller"]


@pytest.mark.parametrize(
    ("signature", "guess", "authors"),
    [
        ("Ann Miller and John Roe", "Ann Miller; John Roe", ["Ann Miller", "John Roe"]),
        ("Ann Miller, John Roe", "Ann Miller; John Roe", ["Ann Miller", "John Roe"]),
        # of two names guessed, the one the page writes
        ("Ann Miller", "Ann Miller; Bob Stone", ["Ann Miller"]),
        ("Bob Stone", "Ann Miller; John Roe", []),
        # one credit that trafilatura splits at "and" or "/": no person in it
        ("Ministerium für Bildung und Forschung", "Ministerium für Bildung; Forschung", []),
        ("jk/dpa", "Jk; Dpa", []),
    ],
)
def test_each_name_of_a_guess_of_several_is_written(signature: str, guess: str, authors: list[str]) -> None:
    html = page(after=f'<p class="signature">{signature}</p>')
    assert read_page_metadata(html, url=URL, fallback={"author": guess}).authors == authors


@pytest.mark.parametrize(
    ("marks", "authors"),
    [
        # a state of the layout, an opinion section: the article's own block
        ("post no-comments", ["Ann Miller"]),
        ("entry has-comments", ["Ann Miller"]),
        ("commentary-body", ["Ann Miller"]),
        # a reader's comment
        ("comment-body", []),
        ("user-comments", []),
    ],
)
def test_a_block_named_for_comments(marks: str, authors: list[str]) -> None:
    html = (
        "<html><head></head><body><h1>Council approves budget</h1>"
        f'<div class="{marks}"><p class="signature">Ann Miller</p></div></body></html>'
    )
    assert read_page_metadata(html, url=URL, fallback={"author": "Ann Miller"}).authors == authors


@pytest.mark.parametrize(
    ("printed", "authors"),
    [
        # the page prints the structured author: two sources against the text's line
        ('<div class="byline">By Jane Doe</div>', ["Jane Doe"]),
        # the page prints no byline, or another person: the text's line names the writer
        ("", ["Ann Miller"]),
        # an author link names the account that posted the article, as the markup does
        ('<span class="vcard"><a rel="author" href="/author/jane">Jane Doe</a></span>', ["Ann Miller"]),
        # a byline by the headline that names another person than the structured author,
        # whom the page writes nowhere, names the writer before the text's line does
        ('<div class="byline">By Bob Stone</div>', ["Bob Stone"]),
    ],
)
def test_a_printed_byline_that_confirms_the_structured_author(printed: str, authors: list[str]) -> None:
    html = page('<meta name="author" content="Jane Doe">', after=printed)
    text = f"{TEXT}\nBy Ann Miller, Staff Writer"
    assert read_page_metadata(html, url=URL, fallback={"text": text}).authors == authors


def test_the_first_printed_byline_decides() -> None:
    """A byline element that names another person comes before a line by the headline that
    names the structured author: the page's first printed byline names the writer."""
    html = page(
        '<meta name="author" content="Jane Doe">',
        before='<div class="byline">Von Ann Miller</div>',
        after="<span>By</span> <span>Jane Doe</span>",
    )
    text = f"{TEXT}\nVon Ann Miller"
    assert read_page_metadata(html, url=URL, fallback={"text": text}).authors == ["Ann Miller"]
