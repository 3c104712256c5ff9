"""Bylines: the words of an account form are interface text, no name.

A login box beside the headline prints "Reset Password" next to the page's day, where a
name followed by a day is the byline ("Kathrin Führes" | "am" | "Mittwoch, 26.01.2022"): the
English NER reads the two capitalised words as a person's name.
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, page


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Reset Password", []),
        ("Passwort vergessen", []),
        ("Register", []),
        ("Jane Doe Logout", ["Jane Doe"]),  # a trailing interface word leaves the name
        ("Jane Doe", ["Jane Doe"]),
    ],
)
def test_account_words_are_no_name(value: str, authors: list[str]) -> None:
    assert parse_byline(value).authors == authors


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        ("<p>Reset Password</p><p>Tuesday, April 26, 2022</p>", []),
        ("<p>Kathrin Führes</p><p>Tuesday, April 26, 2022</p>", ["Kathrin Führes"]),
    ],
)
def test_an_account_form_by_the_headline_is_no_byline(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors
