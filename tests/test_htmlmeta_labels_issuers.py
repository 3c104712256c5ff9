"""Metadata from HTML: an author's label in the languages the readers see, Italian
"written by", a post's stamp before the byline in other languages, a name and the writer's
title under the headline, and a press release's issuer.

The label that credits a text's writer takes its word for author or for text in each
language ("Autora:", "Autore:", "Texte :", "Testo:", "Tekst:"), as "Autor:" and "Text:"
do; Italian writes "Scritto da" where German writes "Verfasst von". A post's details stamp
it "Publié le … par", "Publicado el … por", "Gepubliceerd op … door" as English writes
"Posted on … by": the stamp goes, the byline stays. A name followed by a
newsroom title just after the headline ("Jane Doe, Staff Writer") is the byline without a
byline word, as a name followed by a day is (also in one line: "Jane Doe - 12 March
2021"); a picture's role ("Staff Photographer") or another title ("Chief Executive") is not. A press release names the body that issued it under a label ("Herausgeber:", "Issued
by:"); where no person is named, that body is the page's author, and it is the credit a
reader sees over the organisation the markup names. Each snippet is a minimal page written
for the test; the lines are the forms news pages print.
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, page


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Autora: María López", ["María López"]),  # Spanish and Portuguese, a woman
        ("Autore: Marco Rossi", ["Marco Rossi"]),  # Italian
        ("Autrice: Giulia Bianchi", ["Giulia Bianchi"]),
        ("Auteure : Claire Martin", ["Claire Martin"]),  # French as Canada writes it
        ("Texte : Claire Martin", ["Claire Martin"]),  # French "text"
        ("Testo: Marco Rossi", ["Marco Rossi"]),  # Italian
        ("Tekst: Kari Nordmann", ["Kari Nordmann"]),  # Dutch, Polish, Norwegian, Danish
        ("Autor: Anna Schmidt", ["Anna Schmidt"]),  # the forms read before
        ("Texto: María López", ["María López"]),
    ],
)
def test_an_author_label_line_by_the_headline(line: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=f"<p>{line}</p>"), url=URL).authors == authors


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Autora: María López", ["María López"]),
        ("Testo e foto: Marco Rossi", ["Marco Rossi"]),  # the writer took the pictures too
        ("Tekst: Kari Nordmann", ["Kari Nordmann"]),
        ("Autorin: Anna Schmidt", ["Anna Schmidt"]),
    ],
)
def test_the_label_is_no_part_of_the_name(value: str, authors: list[str]) -> None:
    assert parse_byline([value]).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Scritto da Marco Rossi", ["Marco Rossi"]),  # Italian "written by"
        ("Pubblicato da Marco Rossi il 12 marzo 2021", ["Marco Rossi"]),  # "posted by"
        ("Redatto da Giulia Bianchi", ["Giulia Bianchi"]),
        ("Da Roma a Milano", []),  # "da" alone is "from"
    ],
)
def test_an_italian_written_by_line(line: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=f"<p>{line}</p>"), url=URL).authors == authors


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        ("<p>Jane Doe, Staff Writer</p>", ["Jane Doe"]),
        ("<p>Jane Doe | Senior Reporter</p>", ["Jane Doe"]),
        ("<p>Jane Doe<br/>Chief Political Correspondent</p>", ["Jane Doe"]),
        ("<p>Anna Schmidt</p><p>Redakteurin</p>", ["Anna Schmidt"]),
        ("<p>Jane Doe - 12 March 2021</p>", ["Jane Doe"]),  # a day after the name
        ("<p>Anna Schmidt, 12.03.2021, 10:22 Uhr</p>", ["Anna Schmidt"]),
        ("<p>Berlin, 12 March 2021</p>", []),  # a place and the day
        ("<p>Jane Doe, Staff Photographer</p>", []),  # the picture's credit
        ("<p>John Smith, Chief Executive</p>", []),  # no newsroom title
    ],
)
def test_a_name_and_the_writers_title_or_day_under_the_headline(
    after: str, authors: list[str]
) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Publié le 3 mars 2021 par Claire Martin", ["Claire Martin"]),
        ("Publicado el 3 de marzo de 2021 por María López", ["María López"]),
        ("Gepubliceerd op 3 maart 2021 door Jan Jansen", ["Jan Jansen"]),
        ("Posted on March 3, 2019 by Jane Doe", ["Jane Doe"]),  # read before
        ("Mis à jour le 4 mars 2021", []),  # a stamp alone names no one
    ],
)
def test_a_posts_stamp_before_the_byline(line: str, authors: list[str]) -> None:
    assert parse_byline([line]).authors == authors
    assert read_page_metadata(page(after=f"<p>{line}</p>"), url=URL).authors == authors


def test_a_lone_label_before_the_name() -> None:
    """The label alone in its text, the name in the next ("Autore:" | "Marco Rossi")."""
    after = '<p class="info"><span>Autore:</span> <a href="/tag/marco">Marco Rossi</a></p>'
    assert read_page_metadata(page(after=after), url=URL).authors == ["Marco Rossi"]


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        # the issuer in the label's own line, linked to the company's page
        ('<h6>Herausgeber: <a href="/firmen/nordex-se">Nordex SE</a></h6>', ["Nordex SE"]),
        # the label alone, the issuer heading the contact block after it
        (
            "<strong>Herausgeber:</strong><div><span><strong>Pressestelle des Deutschen"
            " Caritasverbandes</strong><br/>Reinhardtstraße 13<br/>10117 Berlin</span></div>",
            ["Pressestelle des Deutschen Caritasverbandes"],
        ),
        ("<p>Issued by: Siemens Energy AG</p>", ["Siemens Energy AG"]),
        # a person after the label edits a publication: no author
        ("<p>Herausgeber: Richard Schneider</p>", []),
    ],
)
def test_a_press_releases_issuer(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors


def test_the_issuer_over_the_markups_organisation() -> None:
    """The issuer the page prints over the organisation of ``<meta name=author>``."""
    head = '<meta name="author" content="Deutscher Caritasverband e. V.">'
    after = "<p>Herausgeber: Pressestelle des Deutschen Caritasverbandes</p>"
    found = read_page_metadata(page(head, after=after), url=URL).authors
    assert found == ["Pressestelle des Deutschen Caritasverbandes"]


@pytest.mark.parametrize(
    "footer",
    [
        "Herausgeber: Stadtwerke Musterstadt GmbH",  # the site's publisher in its footer
    ],
)
def test_an_issuer_outside_the_article_is_not_read(footer: str) -> None:
    assert read_page_metadata(page(footer=footer), url=URL).authors == []


def test_a_person_byline_comes_before_the_issuer() -> None:
    after = "<p>Von Anna Schmidt</p><p>Herausgeber: Nordex SE</p>"
    assert read_page_metadata(page(after=after), url=URL).authors == ["Anna Schmidt"]
