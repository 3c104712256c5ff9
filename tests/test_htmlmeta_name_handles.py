"""Metadata from HTML: an author's user name made of a person's names.

Each snippet is a minimal page written for the test. A publishing system often names an
account by the writer's given name and surname joined by a full stop or an underscore
("nora.wendt"); where the page writes that name nowhere else, the user name is read as the
person's name, since case and punctuation are no part of a name. A user name that is no
person's names (an interface word, a common word, a second given name, capitals or digits)
stays as written (one with a full stop, like a domain name, gives no one, as before), and a
full name the page writes still spells it out.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY


def page(author: str, *, after: str = "") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves budget",
        "author": {"@type": "Person", "name": author},
    }
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><article><h1>Council approves budget</h1>{after}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("author", "after", "authors"),
    [
        pytest.param("nora.wendt", "", ["Nora Wendt"], id="given-dot-surname"),
        pytest.param("nora_wendt", "", ["Nora Wendt"], id="given-underscore-surname"),
        pytest.param("anna.maria.wendt", "", ["Anna Maria Wendt"], id="three-names"),
        # the full name the page writes spells the user name out, as before
        pytest.param(
            "nora.wendt",
            "<p class='author-box'>Nora K. Wendt</p>",
            ["Nora K. Wendt"],
            id="full-name-written",
        ),
        # an interface word first: an account, no person
        pytest.param("admin_wendt", "", ["admin_wendt"], id="interface-word"),
        # a common English word last: no surname
        pytest.param("rose_garden", "", ["rose_garden"], id="common-word-last"),
        # two given names: a person's two first names, or two people; left as written
        pytest.param("nora_maria", "", ["nora_maria"], id="two-given-names"),
        # no given name first
        pytest.param("kwx_wendt", "", ["kwx_wendt"], id="no-given-name"),
        # written with a full stop, such a value looks like a domain name and gives no one
        pytest.param("kwx.wendt", "", [], id="domain-like"),
        # capitals, digits and single letters are no handle of this kind
        pytest.param("Nora.Wendt", "", ["Nora.Wendt"], id="written-with-capitals"),
        pytest.param("nora.wendt7", "", ["nora.wendt7"], id="digits"),
        pytest.param("nora.w", "", ["nora.w"], id="initial"),
    ],
)
def test_a_user_name_made_of_a_persons_names(author: str, after: str, authors: list[str]) -> None:
    html = page(author, after=after)
    assert read_page_metadata(html, url="https://www.example-news.org/city/budget").authors == authors
