"""Metadata from HTML: a JSON-LD author that the same data names as its publisher.

Where one JSON-LD record gives the same name as its ``author`` and as its ``publisher``
typed as an organisation ("author": "EAT SMARTER" beside "publisher": {"@type":
"Organization", "name": "EAT SMARTER"}), the publishing system filled the author's field
with the publisher: that name is the page's credit, not a writer, whatever the author's
``@type`` or the NER's reading of the words, and a byline the page prints that names a
person comes first. A page that names no writer keeps the publisher as its credit; a
publisher typed as a person (a blogger's own site) stays the author. Each snippet is a
minimal page written for the test; the values are the forms pages write.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page

_BYLINE = '<p class="byline">By Anna Schmidt</p>'
_FOOTER = "Harper Lane, 12 Market Street"


#: The site's name, which a page's ``og:site_name`` writes apart from its publisher's.
_SITE = '<meta property="og:site_name" content="City Herald">'


def _record(author, publisher_type: str = "Organization", name: str = "Harper Lane") -> str:
    return _SITE + json_ld(author=author, publisher={"@type": publisher_type, "name": name})


@pytest.mark.parametrize(
    ("head", "after", "authors"),
    [
        (_record("Harper Lane"), _BYLINE, ["Anna Schmidt"]),  # an untyped author
        (_record({"@type": "Person", "name": "Harper Lane"}), _BYLINE, ["Anna Schmidt"]),
        (_record("Harper Lane", "NewsMediaOrganization"), _BYLINE, ["Anna Schmidt"]),
        (_record("Harper Lane"), "", ["Harper Lane"]),  # no writer named: the credit
        (_record("Harper Lane", "Person"), "", ["Harper Lane"]),  # a blogger's own site
        (_record("Anna Schmidt", name="City Herald"), "", ["Anna Schmidt"]),  # another name
    ],
)
def test_an_author_that_names_the_publisher(head: str, after: str, authors: list[str]) -> None:
    found = read_page_metadata(page(head, after=after, footer=_FOOTER), url=URL)
    assert found.authors == authors


def test_a_recipes_author_that_names_its_publisher() -> None:
    """A page whose work is no article (a recipe) names its author and publisher there."""
    recipe = _SITE + (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"Recipe", "name": "Oat porridge", "author": "Harper Lane", "publisher": {"@type": '
        '"Organization", "name": "Harper Lane"}}</script>'
    )
    found = read_page_metadata(page(recipe, after=_BYLINE, footer=_FOOTER), url=URL)
    assert found.authors == ["Anna Schmidt"]
