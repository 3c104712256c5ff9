"""Metadata from HTML: the forms most blog and news themes print, read as the standards they are.

Each snippet is a minimal page written for the test, in the form a theme of another site
would use: WordPress's "Posted on <day> by <name>" line with an hCard author, the same
line without the theme's classes, a JSON-LD
person written surname first, a ``<meta name=author>`` that names the site, an author label
("Reporter:", "Words:") and a dash that signs the main text.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.author_sources import written_order
from newsdesk.htmlmeta.structured import parse_tree
from test_htmlmeta import BODY

URL = "https://www.riverbendgazette.com/news/mill-reopens"
TEXT = (
    "The mill on the river reopened on Thursday after two years.\nIt employs forty people.\n"
    "The owners plan a second line.\nWork starts in May."
)


def page(head: str = "", *, meta: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Mill reopens | Riverbend Gazette</title>{head}</head><body>"
        f"<article class='post'><header class='entry-header'><h1 class='entry-title'>Mill "
        f"reopens</h1>{meta}</header><div class='entry-content'>{BODY}{after}</div></article>"
        "<footer><p>Riverbend Gazette</p></footer></body></html>"
    )


def person(name: str, kind: str | None = "Person") -> str:
    author = {"@type": kind, "name": name} if kind else {"name": name}
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def stamp(kind: str, day: str, *, tag: str = "time") -> str:
    at = "title" if tag == "abbr" else "datetime"
    return f'<{tag} class="{kind}" {at}="{day}T09:00:00+00:00">{day}</{tag}>'


HCARD = '<span class="author vcard"><a class="url fn n" href="/author/hgreen/">Hannah Green</a></span>'


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        # the theme's line: the day in the post's details, the hCard author after "by"
        (
            f"<div class='entry-meta'>Posted on {stamp('entry-date published', '2021-03-04')} "
            f"<span class='byline'> by {HCARD}</span></div>",
            ["Hannah Green"],
        ),
        # an hAtom author without a byline class around it
        (
            "<div class='entry-meta'><address class='author'><a class='url fn n' href='/u/h'>"
            "Hannah Green</a></address></div>",
            ["Hannah Green"],
        ),
        # the same line with no class at all: the words before the day lead the details
        ("<p>Posted on March 4, 2021 by Hannah Green</p>", ["Hannah Green"]),
        ("<div>Published March 4, 2021 by Hannah Green | 3 Comments</div>", ["Hannah Green"]),
        # a name that runs into the post's category link is none
        ("<p>Posted on March 4, 2021 by Hannah in Local News</p>", []),
        # a day that opens the line still wants its clock time before the name
        ("<p>March 4, 2021 by Hannah Green</p>", []),
        # a label of the author's slot
        ("<p>Reporter: Hannah Green</p>", ["Hannah Green"]),
        ("<p>Words: Hannah Green</p>", ["Hannah Green"]),
        ("<p>Words by Hannah Green</p>", ["Hannah Green"]),
        ("<p>Written by Hannah Green</p>", ["Hannah Green"]),
        # a review's credits box names a film's writer, not the article's
        ("<p>Director: Omar Haddad</p><p>Writer: Hannah Green</p>", []),
        # a label that counts something else names no one
        ("<p>Words: 850</p>", []),
    ],
)
def test_post_details_and_labels(meta: str, authors: list[str]) -> None:
    assert read_page_metadata(page(meta=meta), url=URL).authors == authors


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("— Hannah Green", ["Hannah Green"]),
        ("-- Hannah Green", ["Hannah Green"]),
        ("– Hannah Green, Staff Writer", ["Hannah Green"]),
        ("Hannah Green", ["Hannah Green"]),  # a name alone signs it, as before
        # a dash before words that are no person's name, or a long clause after the name
        ("— More to follow", []),
        ("— Hannah Green, who has covered the mill since it closed in 2019", []),
        # the dash attributes the quotation the line before closes
        ("“Work is the best medicine.”\n— Omar Haddad", []),
    ],
)
def test_a_dash_signs_the_main_text(closing: str, authors: list[str]) -> None:
    text = f"{TEXT}\n{closing}"
    assert read_page_metadata(page(), url=URL, fallback={"text": text}).authors == authors


@pytest.mark.parametrize(
    ("head", "meta", "authors"),
    [
        # a Person's one name with one comma, surname first
        (person("Green, Hannah"), "", ["Hannah Green"]),
        (person("van Buren, Martin"), "", ["Martin van Buren"]),
        (person("Jones, Mary Ann"), "", ["Mary Ann Jones"]),
        # untyped: turned where the page prints that order, else left as it is
        (person("Green, Hannah", None), "<p class='credit'>Photo and story: Hannah Green</p>", ["Hannah Green"]),
        (person("Green, Hannah", None), "", []),
        # a role after a name, a role after a surname, two people keep their order
        (person("Hannah Green, Reporter"), "", ["Hannah Green"]),
        (person("Omar Haddad, Hannah Green"), "", ["Omar Haddad", "Hannah Green"]),
    ],
)
def test_a_structured_name_written_surname_first(head: str, meta: str, authors: list[str]) -> None:
    assert read_page_metadata(page(head, meta=meta), url=URL).authors == authors


@pytest.mark.parametrize(
    ("name", "turned"),
    [
        ("Green, Hannah", "Hannah Green"),
        ("Smith, Staff Writer", "Smith, Staff Writer"),  # a role, no given name
        ("John Roe, Tom Smith", "John Roe, Tom Smith"),  # two people
        ("Doe, J.", "Doe, J."),  # an initial is no registered given name
        ("Green, Hannah, Reporter", "Green, Hannah, Reporter"),  # two commas
    ],
)
def test_written_order(name: str, turned: str) -> None:
    tree = parse_tree(page())
    assert written_order(name, tree=tree, typed=True) == turned


SITE_TAG = '<meta name="author" content="Riverbend Gazette">'
OWN_SITE = "https://www.hannahgreen.com/mill-reopens"


@pytest.mark.parametrize(
    ("head", "meta", "text", "url", "authors", "source"),
    [
        # the site's name in the tag and a person printed in the byline
        (SITE_TAG, "<p class='byline'>By Hannah Green</p>", None, URL, ["Hannah Green"], "byline"),
        # ... and a person who only signs the text, a source trusted less than the tag
        (SITE_TAG, "", f"{TEXT}\n— Hannah Green", URL, ["Hannah Green"], "signature"),
        # no person anywhere, the site printed as the credit under the headline: the site,
        # as an organisation
        (
            SITE_TAG, "<p>Riverbend Gazette</p>", None, URL, ["Riverbend Gazette"],
            "meta author (organisation)",
        ),
        # ... and printed only in the page's footer and title: the markup alone credits no one
        (SITE_TAG, "", None, URL, [], None),
        # a person's own site bears their name: the tag names its owner
        ('<meta name="author" content="Hannah Green">', "", None, OWN_SITE, ["Hannah Green"], "meta author"),
    ],
)
def test_a_meta_author_that_names_the_site(head, meta, text, url, authors, source) -> None:
    found = read_page_metadata(page(head, meta=meta), url=url, fallback={"text": text})
    assert (found.authors, found.found.get("authors")) == (authors, source)
