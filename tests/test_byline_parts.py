"""Bylines: what a byline writes beside the writer's name, on any site, read apart from it.

* A picture's credit after the writer's clause goes to its clause's end; the writer stays
  ("By Jane Doe, Photos by John Roe"), where before the whole byline was dropped as a credit.
* An outlet or agency in brackets after a name is a credit of its own, as after a comma
  ("Jane Doe (Reuters)").
* An agency whose material the writer used is a credit ("Anna Berg mit dpa", "..., mit
  Material von AFP").
* A social handle glued to the name goes ("Chris Pokorny@DawgsByNature").
* "of" an outlet after a name is the writer's affiliation ("John Roe of The Times").
* A name an element writes twice (a link and its text for screen readers) is one name.
* A picture's credit in other words than "Photo" ("Courtesy", "Cortesía", the Swiss "zVg"),
  and an element whose class names a picture's author ("img-author"), name no writer.
* A newsroom title after a name with no separator, as a name and its title in two inline
  elements read, is no part of the name ("Jane Doe Senior Contributor").
* A desk's noun in the author's slot ("Redaktion" as a JSON-LD ``Person``) is a credit: a
  printed byline's person comes first, and the desk stands only where no person is named.
* A phrase set in bold inside a sentence is no byline line ("Bilder des <strong>Diktators von
  Nordkorea</strong> veröffentlicht").
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import capitalised_names, parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        # a picture's credit after the writer's clause
        ("By Jane Doe, Photos by John Roe", ["Jane Doe"], []),
        ("Story by Jane Doe; Photos by John Roe", ["Jane Doe"], []),
        ("Text: Anna Berg | Fotos: Tom Kurz", ["Anna Berg"], []),
        ("By Jane Doe | Photo: Getty Images", ["Jane Doe"], []),
        ("Jane Doe, Photos: Tom Kurz; Editing by Dan Fox", ["Jane Doe"], []),
        # the credit alone, or first, stays a credit; the writer who took the pictures stays
        ("Photo by Jane Doe (Reuters)", [], []),
        ("Fotos: Tom Kurz | Text: Anna Berg", [], []),
        ("Text & Fotos: Ivan Valetny", ["Ivan Valetny"], []),
        ("Jane Doe, Photographer", ["Jane Doe"], []),
        # an outlet or agency in brackets
        ("Jane Doe (Reuters)", ["Jane Doe"], ["Reuters"]),
        ("Jane Doe (AP), John Roe (Reuters)", ["Jane Doe", "John Roe"], ["AP", "Reuters"]),
        ("By JANE DOE and JOHN ROE (AP)", ["JANE DOE", "JOHN ROE"], ["AP"]),
        ("Max Muster (mm)", ["Max Muster"], []),
        ("Robert (Bob) Smith", [], []),  # a bracket inside a name is no credit
        # an agency's material
        ("Jane Doe mit dpa", ["Jane Doe"], ["dpa"]),
        ("Anna Berg, mit Material von AFP", ["Anna Berg"], ["AFP"]),
        ("Mit Material von dpa", [], ["dpa"]),
        ("Ein Gespräch mit Anna Berg", ["Anna Berg"], []),
        # a handle glued to the name; an e-mail address is no handle
        ("By Chris Pokorny@DawgsByNature", ["Chris Pokorny"], []),
        ("Jane Doe jane@example.com", ["Jane Doe"], []),
        # "of" an outlet
        ("By Jane Doe and John Roe of The Times", ["Jane Doe", "John Roe"], []),
        ("Friends of the Earth", [], []),
        # a name written twice
        ("Kristen Falc'hon Kristen Falc'hon", ["Kristen Falc'hon"], []),
        ("Jane Doe, Jane Doe", ["Jane Doe"], []),
        ("Courtesy of Jane Doe", [], []),  # a picture's credit in other words
        (
            "By Jane Doe, courtesy of Kaiser Health News",
            ["Jane Doe"],
            ["courtesy of Kaiser Health News"],
        ),
        # a newsroom title after the name, no separator
        ("Jane Doe Senior Contributor", ["Jane Doe"], []),
        ("Bruce Y. Lee Staff Reporter", ["Bruce Y. Lee"], []),
        ("Laura Winter Chief Political Correspondent", ["Laura Winter"], []),
        ("Mary Ann Rose Senior Editor", ["Mary Ann Rose"], []),  # "Rose" is no title word
        ("Ann Writer", ["Ann Writer"], []),  # one word before the role: a name
        ("Rasender Reporter", ["Rasender Reporter"], []),  # a pen name
    ],
)
def test_what_a_byline_writes_beside_the_name(
    value: str, authors: list[str], credit: list[str]
) -> None:
    byline = parse_byline(value)
    assert (byline.authors, byline.credit) == (authors, credit)


@pytest.mark.parametrize("value", ["Cortesía", "zvg", "Courtesy", "Foto: zVg"])
def test_a_pictures_credit_in_the_authors_slot_names_no_one(value: str) -> None:
    assert parse_byline(value, handles=True, declared=True).authors == []


@pytest.mark.parametrize("value", ["Redaktion", "Redacción", "Newsdesk"])
def test_a_desk_in_the_authors_slot_is_a_credit(value: str) -> None:
    byline = parse_byline(value, handles=True, declared=True)
    assert (byline.authors, byline.credit) == ([], [value])


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        ("Brandt Digital GmbH", [], ["Brandt Digital GmbH"]),
        ("Harper Lane Ltd", [], ["Harper Lane Ltd"]),
        ("Lena Brandt GmbH", [], ["Lena Brandt GmbH"]),
        ("Lena Brandt", ["Lena Brandt"], []),  # the markup's person without a legal form
    ],
)
def test_a_legal_form_is_no_person_whatever_the_markup_types(
    value: str, authors: list[str], credit: list[str]
) -> None:
    """JSON-LD may type a company's account as a ``Person``: its legal form names it."""
    byline = parse_byline(value, handles=True, declared=True)
    assert (byline.authors, byline.credit) == (authors, credit)


#: Pages by the byline they print after the headline, and the authors read from it.
PAGES = {
    "a-photo-credit-after-the-writer": (
        page(after="<p class='byline'>By Jane Doe, Photos by John Roe</p>"), ["Jane Doe"]
    ),
    "an-agency-in-brackets": (
        page(after="<div class='author'>Jane Doe (Reuters)</div>"), ["Jane Doe"]
    ),
    "a-picture-author-element": (
        page(
            after="<div class='photo'><img src='/budget.jpg'>"
            "<span class='img-author'>Tom Kurz</span></div>"
        ),
        [],
    ),
    "a-picture-author-element-beside-the-byline": (
        page(
            after="<div class='photo'><img src='/budget.jpg'><span class='media-license-author'>"
            "Tom Kurz</span></div><p class='author'>Anna Berg</p>"
        ),
        ["Anna Berg"],
    ),
    "a-title-in-its-own-inline-element": (
        page(
            after="<div class='byline'><span class='name'>Bruce Y. Lee</span> "
            "<span class='role'>Senior Contributor</span></div>"
        ),
        ["Bruce Y. Lee"],
    ),
    "a-desk-in-json-ld-beside-a-printed-byline": (
        page(
            json_ld(author={"@type": "Person", "name": "Redaktion"}),
            after="<p class='byline'>Von Anna Berg</p>",
        ),
        ["Anna Berg"],
    ),
    "a-desk-in-json-ld-alone": (
        page(json_ld(author={"@type": "Person", "name": "Redaktion"})), ["Redaktion"]
    ),
    "a-bold-phrase-inside-a-sentence-is-no-byline": (
        page(after="<ul><li>Neue Bilder des <strong>Präsidenten von Frankreich</strong> "
             "veröffentlicht</li></ul>"),
        [],
    ),
    "a-handle-glued-to-the-name": (
        page(after="<p class='byline'>By Chris Pokorny@DawgsByNature | Nov 18, 2019</p>"),
        ["Chris Pokorny"],
    ),
}


@pytest.mark.parametrize(("html", "authors"), list(PAGES.values()), ids=list(PAGES))
def test_byline_parts_on_pages(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url=URL).authors == authors


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("By Jane Doe, Photos by John Roe", ["Jane Doe"]),
        ("Jane Doe mit dpa", ["Jane Doe"]),
        ("Jane Doe (Reuters)", ["Jane Doe"]),
    ],
)
def test_a_run_of_white_space_reads_as_one_space(value: str, authors: list[str]) -> None:
    spread = value.replace(" ", " \t" * 2000)  # an untrusted field's long runs
    assert parse_byline(spread).authors == parse_byline(value).authors == authors


def test_a_run_of_white_space_with_a_line_break_still_separates_names() -> None:
    assert parse_byline("Jane Doe \n\t  John Roe").authors == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    ("element", "authors"),
    [
        # a style sheet capitalises the names the author's element writes in lower case
        (
            "<div class='author'>m. kowalczyk / J. P. van dijk</div>",
            ["M. Kowalczyk", "J. P. van Dijk"],
        ),
        ("<span class='author'>marta kowalczyk</span>", ["Marta Kowalczyk"]),
        (
            "<span class='author'>by marta kowalczyk and tom van dijk</span>",
            ["Marta Kowalczyk", "Tom van Dijk"],
        ),
        # names written as names stay as written
        ("<span class='author'>Marta Kowalczyk</span>", ["Marta Kowalczyk"]),
        # a user name alone stays a user name
        ("<span class='author'>tomvandijk</span>", ["tomvandijk"]),
        # an element that only holds a byline, not the author's name, is read as written
        ("<p class='post-byline'>marta kowalczyk</p>", []),
    ],
)
def test_an_author_element_s_lower_case_names_read_in_title_case(
    element: str, authors: list[str]
) -> None:
    assert read_page_metadata(page(after=element), url=URL).authors == authors


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("e. kowalczyk / J. P. van dijk", "E. Kowalczyk / J. P. van Dijk"),
        # a part with a capitalised word is written as the site writes it
        ("Stadtradio ONLINE schreib uns", "Stadtradio ONLINE schreib uns"),
        ("Ici et là-bas", "Ici et là-bas"),
        # a lower-case phrase with stop words is no name
        ("schreib uns eine nachricht", "schreib uns eine nachricht"),
        ("tomvandijk", "tomvandijk"),
    ],
)
def test_only_lower_case_names_are_capitalised(text: str, read: str) -> None:
    assert capitalised_names(text) == read
