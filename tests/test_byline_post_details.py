"""Bylines as a post's details print them, on sites of any kind.

* A capitalised given name that the registers classify as a man's or a woman's, alone in the
  author's slot (after a byline word, or as a whole structured value), is the writer's first
  name, as blogs print it ("Von Christian am 03.05.2013"), where the NER reads the word as no
  person ("Christian" as a nationality word). A word the registers do not classify ("Red"),
  one the NER reads as a place, a month or an organisation, an interface word, or a lone
  given name outside an author's slot names no one; nor does a common word the registers
  list too: a title, role, person-noun or desk word ("Staff", "Reporter", "General"), a
  month's or weekday's name in the date reader's languages or an English word the NER reads
  as no name ("Hope", "Steel").
* A day written in words after the name ("Jane Doe - November 6, 2023", "Von Presse Augsburg
  - 6. November 2023") is the post's stamp, no part of the name; a month right after a lone
  given name is the surname ("By Brian May 12, 2023").
* A link's words that say "read" in the readers' languages ("Lire l'article original") are
  interface text, no organisation; in a title ("Lire Magazine") such a word is the name's.
* The site's own name is no place ("Presse Augsburg", which the NER reads as one): a site
  that signs its posts with its name is credited. A bare place's name stays a place on a
  site named after it ("Boston" on boston.com).
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import organisations, parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Von Christian am 03.05.2013, 11:51", ["Christian"]),
        ("By Christian", ["Christian"]),
        ("Von Heiner", ["Heiner"]),
        # a place, a month, an interface word, a desk's noun: no first name
        ("Von Paris", []),
        ("By May", []),
        ("Von Home", []),
        ("By Admin", []),
        ("Von Redaktion", []),
        ("By Red", []),
        ("Von Human", []),
        # common words the registers list as given names too
        ("By Staff", []),
        ("By Reporter", []),
        ("By Correspondent", []),
        ("By Moderator", []),
        ("By Manager", []),
        ("By User", []),
        ("By Sports", []),
        ("By Local", []),
        ("By General", []),
        ("By Major", []),
        ("By King", []),
        ("By Woman", []),
        ("By Boy", []),
        ("By Hand", []),
        ("By Chance", []),
        ("By Steel", []),
        ("By Liberty", []),
        ("By Hope", []),
        ("By Will", []),
        ("By Art", []),
        ("Von Alt", []),
    ],
)
def test_a_given_name_alone_after_a_byline_word(value: str, authors: list[str]) -> None:
    assert parse_byline([value]).authors == authors


def test_a_given_name_alone_as_a_whole_structured_value() -> None:
    assert parse_byline(["Christian"], handles=True).authors == ["Christian"]
    assert parse_byline(["Christian"]).authors == []
    assert parse_byline(["Staff"], handles=True).authors == []


@pytest.mark.parametrize(
    "html",
    [
        page('<meta name="author" content="Staff">'),
        page(json_ld(author="Staff")),
        page(after="<p>By Staff</p>"),
    ],
)
def test_staff_alone_is_no_first_name(html: str) -> None:
    assert read_page_metadata(html, url=URL).authors == []


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        ("Jane Doe - November 6, 2023", ["Jane Doe"], []),
        ("By Jane Doe • 2 Nov 2023", ["Jane Doe"], []),
        ("Von Jane Doe, 2. Mai 2021, 10:00", ["Jane Doe"], []),
        ("6. November 2023 von Jane Doe", ["Jane Doe"], []),
        ("Von Presse Augsburg - 6. November 2023", [], ["Presse Augsburg"]),
        ("Redaktion 1. November 2023", [], ["Redaktion"]),
        # a month after a lone given name is the surname
        ("By Brian May 12, 2023", ["Brian May"], []),
        ("By Jane Doe May 12, 2023", ["Jane Doe"], []),
        ("By Theresa May 3 May 2023", ["Theresa May"], []),
        ("By Regan September 10, 2014", ["Regan"], []),
        ("Reuters November 18, 2019", [], ["Reuters"]),
    ],
)
def test_a_written_day_after_the_name(value: str, authors: list[str], credit: list[str]) -> None:
    byline = parse_byline([value], outlet=["Presse Augsburg", "presse-augsburg.de"])
    assert (byline.authors, byline.credit) == (authors, credit)


def test_a_blog_post_signed_by_a_first_name() -> None:
    html = page(after="<p>Von Christian am 03.05.2013, 11:51 | 0 Meinungen</p>")
    assert read_page_metadata(html, url=URL).authors == ["Christian"]


@pytest.mark.parametrize(
    ("credit", "kept"),
    [
        (["Lire l’article original", "The Wall Street Journal"], ["The Wall Street Journal"]),
        (["Leggi l'articolo originale"], []),
        (["Le Monde"], ["Le Monde"]),
        # "read" in a title is the name's word
        (["Lire Magazine"], ["Lire Magazine"]),
        (["Leggi d'Italia"], ["Leggi d'Italia"]),
        (["Plaisir de Lire"], ["Plaisir de Lire"]),
    ],
)
def test_read_links_are_no_organisation(credit: list[str], kept: list[str]) -> None:
    assert organisations(credit) == kept


@pytest.mark.parametrize(
    ("credit", "sites", "kept"),
    [
        # the site's own name is no place, whatever the NER reads in it
        (["Presse Augsburg"], ["Presse Augsburg", "presse-augsburg.de"], ["Presse Augsburg"]),
        (["Presse Augsburg"], [], []),
        (["London"], ["City Herald", "cityherald.com"], []),
        # a bare place's name stays a place on a site named after it
        (["Boston"], ["Boston.com", "www.boston.com"], []),
        (["Berlin"], ["Berlin.de", "berlin.de"], []),
        (["Augsburg"], ["Augsburg", "augsburg.de"], []),
        (["Chicago"], ["Chicago", "chicago.suntimes.com"], []),
    ],
)
def test_the_sites_own_name_is_no_place(
    credit: list[str], sites: list[str], kept: list[str]
) -> None:
    assert organisations(credit, sites=sites) == kept


def test_a_site_that_signs_its_post_with_a_day() -> None:
    head = '<meta property="og:site_name" content="Presse Augsburg">'
    html = page(head, after="<p>Von Presse Augsburg - 6. November 2023</p>")
    found = read_page_metadata(html, url="https://presse-augsburg.de/lokales/avv-preise/")
    assert found.authors == ["Presse Augsburg"]
