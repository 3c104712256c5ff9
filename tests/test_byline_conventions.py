"""Bylines: three conventions of news bylines in general, each on text and pages written for
the test.

* What follows a name and a comma may be the writer's affiliation or title, not a second
  person: an organisation, the outlet or one of its sections, a newsroom title ("Jane Roe,
  CNN Business", "Tom Becker, CNN Editor-at-large").
* Academic and professional credentials after a name are cut from it, never a reason to drop
  the name ("Dana Whitfield, MS, RD").
* An agency's credit line names each role in a clause of its own: the reporters (and a
  "Writing by" writer) are the authors, the editors and the writers of additional reporting
  are not ("Reporting by A; Additional reporting by B; Editing by C").
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        # an organisation after the name: the outlet, its section, another organisation
        ("Jane Roe, CNN Business", ["Jane Roe"]),
        ("By Omar Haddad, BBC News", ["Omar Haddad"]),
        ("Jane Roe and Omar Haddad, CNN Politics", ["Jane Roe", "Omar Haddad"]),
        # a compound newsroom title
        ("Analysis by Tom Becker, CNN Editor-at-large", ["Tom Becker"]),
        ("Lena Ortiz, Editor-in-Chief", ["Lena Ortiz"]),
        # a second person after the comma stays one, whatever their initials
        ("Jane Roe, Omar Haddad", ["Jane Roe", "Omar Haddad"]),
        ("Jane Roe, JD Salinger", ["Jane Roe", "JD Salinger"]),
        # a name in capitals that the NER reads as an organisation opens with no acronym
        ("By DANA KIRK and JILL LAWLESS", ["DANA KIRK", "JILL LAWLESS"]),
        # credentials after a name
        ("Dana Whitfield, MS, RD", ["Dana Whitfield"]),
        ("Paul Grant MD", ["Paul Grant"]),
        ("Lena Ortiz, Ph.D.", ["Lena Ortiz"]),
        ("Mark Yoon, CFA and Ann Price, Esq.", ["Mark Yoon", "Ann Price"]),
        ("Sammy Davis Jr.", ["Sammy Davis Jr."]),  # a generation is part of the name
        # in capitals a credential cannot be told from a name's last word
        ("By TRAN MINH DO", ["TRAN MINH DO"]),
        # an agency's credit line: its reporters, not its editors
        ("Reporting by Will Carter; Editing by Tom Reid", ["Will Carter"]),
        (
            "Reporting by Ann Lee in London and Bob Roe in Hong Kong; Additional reporting by "
            "Carl Moss; Editing by Dan Fox and Eve Hart",
            ["Ann Lee", "Bob Roe"],
        ),
        (
            "Reporting by Ann Lee; Writing by Bob Roe; Editing by Dan Fox",
            ["Ann Lee", "Bob Roe"],
        ),
        # another role after any separator goes alone, not the writer before it
        ("Ann Lee, Editing by Tom Reid", ["Ann Lee"]),
        ("Reporting by Ann Lee, Editing by Tom Reid and Eve Hart", ["Ann Lee"]),
        ("By Ann Lee | Graphics by Tom Reid", ["Ann Lee"]),
        ("Edited by Tom Reid", []),
    ],
)
def test_what_a_byline_writes_beside_a_name(value: str, authors: list[str]) -> None:
    assert parse_byline(value, handles=True).authors == authors


#: A page that prints its byline outside its ``<article>``, by the headline: the label and
#: the linked name in their own text nodes, the day after them.
WRITTEN_BY_OUTSIDE = (
    "<html><body><h1>Council approves budget</h1>"
    "<section><div>Written by <a href='/nutrition-team'>Dana Whitfield, MS, RD</a>"
    " on November 14, 2019</div></section>"
    f"<article>{BODY}</article></body></html>"
)


#: An agency's page: the agency in the author slots, the credit line closing the text.
AGENCY_PAGE = page(
    "<meta name='author' content='Reuters'>",
    after="<div class='author-name'><span>REUTERS</span></div>",
).replace(
    "</article>", "<p><em>(Reporting by Will Carter; Editing by Tom Reid)</em></p></article>"
)

#: Pages by what they reproduce: the page and the authors read from it.
PAGES = {
    "an-outlet-section-after-the-name": (
        page("<meta name='author' content='Jane Roe, CNN Business'>"), ["Jane Roe"]
    ),
    "a-compound-title-after-the-name": (
        page(json_ld(author="Analysis by Tom Becker, CNN Editor-at-large")), ["Tom Becker"]
    ),
    "credentials-in-the-markup": (
        page(json_ld(author={"@type": "Person", "name": "Dana Whitfield, MS, RD"})),
        ["Dana Whitfield"],
    ),
    "credentials-in-a-printed-byline": (
        page(after="<p>By Dana Whitfield, MS, RD on November 14, 2019</p>"), ["Dana Whitfield"]
    ),
    "an-escaped-apostrophe-is-no-credit-line": (
        page(
            json_ld(author={"@type": "Person", "name": "Lindsey O&#039;Donnell"}),
            after="<p>By Lindsey O'Donnell</p>",
        ),
        ["Lindsey O'Donnell"],
    ),
    "written-by-alone-then-a-name": (WRITTEN_BY_OUTSIDE, ["Dana Whitfield"]),
    "an-agency-credit-line": (AGENCY_PAGE, ["Will Carter"]),
}


@pytest.mark.parametrize(("html", "authors"), list(PAGES.values()), ids=list(PAGES))
def test_byline_conventions_on_pages(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url=URL).authors == authors
