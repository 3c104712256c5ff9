"""Metadata from HTML: the visible headline that a structured title holds with more words.

A title written for search engines and sharing (JSON-LD ``headline``, ``og:title``) often
adds to the headline the reader sees a section label, a kicker, a line of its own or the
site's name ("Tote Hummeln unter Linden: Die Erklärung" over the ``<h1>`` "Tote Hummeln
unter Linden"). Where the article's ``<h1>`` stands in the structured title as a run of
whole words, the two sources agree on the headline and the ``<h1>`` is the title; a one-word
``<h1>`` (a section's label), one that names the site (a logo) and one whose words the
structured title does not hold in order leave the structured title. Each snippet is a
minimal page written for the test; the values are the forms pages write.
"""

from __future__ import annotations

import json
from html import escape

import pytest

from newsdesk.htmlmeta import read_page_metadata

URL = "https://www.cityherald.com/news/council-approves-budget"
_SITE = '<meta property="og:site_name" content="City Herald">'
_TEXT = "<p>The council approved the budget on Monday after a long debate about schools.</p>"


def _page(structured: str, h1: str) -> str:
    head = f'{_SITE}<meta property="og:title" content="{escape(structured)}">'
    return f"<html><head>{head}</head><body><article><h1>{h1}</h1>{_TEXT}</article></body></html>"


@pytest.mark.parametrize(
    ("structured", "h1", "title"),
    [
        ("Council approves budget: what it means for schools", "Council approves budget",
         "Council approves budget"),  # a line of its own after the headline
        ("Opinion: Council approves budget", "Council approves budget",
         "Council approves budget"),  # a section's label before it
        ("Haushalt: Stadtrat beschließt den Etat", "Stadtrat beschließt den Etat",
         "Stadtrat beschließt den Etat"),  # a kicker
        ('"We need the schools" - www.cityblog.org', "„We need the schools“",
         "„We need the schools“"),  # the headline's own quotation marks
        ("Politik: Council approves budget", "Politik",
         "Politik: Council approves budget"),  # one word: a section's label
        ("Council approves budget | City Herald", "City Herald",
         "Council approves budget"),  # the logo's <h1> names the site
        ("Council approves budget for 2024", "Council approves new budget",
         "Council approves budget for 2024"),  # other words
        ("Council approves budget", "Council approves budget after a long debate",
         "Council approves budget"),  # the <h1> says more: the structured title stays
    ],
)
def test_the_h1_within_the_structured_title(structured: str, h1: str, title: str) -> None:
    assert read_page_metadata(_page(structured, h1), url=URL).title == title


def test_the_h1_within_a_json_ld_headline() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Pressemitteilung: Endlich mehr Beschleunigung wagen!"}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    html = (f"<html><head>{head}</head><body><article><h1>Endlich mehr Beschleunigung wagen!"
            f"</h1>{_TEXT}</article></body></html>")
    assert read_page_metadata(html, url=URL).title == "Endlich mehr Beschleunigung wagen!"
