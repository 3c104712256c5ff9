"""Metadata from HTML: structured authors that name no person give way to a printed byline.

Each snippet is a minimal page written for the test. A ``<meta name=author>`` or JSON-LD
author that neither the NER nor the given-name registers read as a person (a publishing
system's account, a desk's words) names who posted the page; the byline the page prints names
who wrote it and wins when each of its names reads as a person's and none is the structured
value. A structured person the page writes, a structured value the byline repeats, and a
structured value with no printed byline of people stay.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


def _meta(value: str) -> str:
    return f'<meta name="author" content="{value}">'


def _ld(value: str, kind: str | None = None) -> str:
    return json_ld(author={"@type": kind, "name": value} if kind else value)


@pytest.mark.parametrize(
    ("head", "printed", "authors"),
    [
        # no person in the markup: the printed byline's people win
        (
            _meta("CMS Medios"),
            "By Laura Jordan and Javier Urbina",
            ["Laura Jordan", "Javier Urbina"],
        ),
        (_ld("CMS Medios", "Person"), "By Jane Doe", ["Jane Doe"]),
        (_ld("Court Reporter", "Person"), "By Jane Doe", ["Jane Doe"]),
        # the byline repeats the structured value: it stays
        (_meta("Ela"), "By Ela", ["Ela"]),
        # no printed byline, or one that names no person: the structured value stays
        (_meta("CMS Medios"), "", ["CMS Medios"]),
        (_meta("CMS Medios"), "By Staff Reports", ["CMS Medios"]),
    ],
    ids=[
        "meta-account", "ld-person-account", "ld-desk-words", "repeated", "no-byline",
        "byline-of-no-person",
    ],
)
def test_structured_authors_that_name_no_person(
    head: str, printed: str, authors: list[str]
) -> None:
    html = page(head, after=f"<p class='byline'>{printed}</p>" if printed else "")
    assert read_page_metadata(html, url=URL).authors == authors


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Jane Doe", id="meta-person"),
        # a given name the registers hold, which the NER misses, is a person's; a title is
        # no part of the name
        pytest.param("Florian Posdziech", id="registered-given-name"),
        pytest.param("Dr. Anna Weber", id="titled-person"),
    ],
)
def test_a_structured_person_the_page_writes_stays(name: str) -> None:
    """A person in the markup stays, whoever the byline names, where the page writes that
    name too (one the page writes nowhere gives way to the byline by the headline:
    ``test_htmlmeta_unwritten_structured.py``)."""
    html = page(_meta(name), after="<p class='byline'>By John Roe</p>", footer=f"Contact {name}")
    assert read_page_metadata(html, url=URL).authors == [name]
