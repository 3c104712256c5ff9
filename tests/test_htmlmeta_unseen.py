"""Metadata from HTML: defects met on news pages of sites no rule was developed on.

Each snippet is a minimal page written for the test; the id names the kind of page it
reproduces. They pin general rules: a name that a full stop, a day or a domain ends.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.bylines import parse_byline

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The city council voted on Tuesday to approve a new budget for the coming year.",
        "The plan adds money for schools and road repairs, and it cuts spending on consultants.",
        "Several members said the vote was close because of a dispute over property taxes.",
    )
)
URL = "https://www.cityherald.com/news/council-approves-budget"


def page(head: str = "", *, before: str = "", after: str = "", footer: str = "") -> str:
    return (
        f"<html><head>{head}</head><body>{before}"
        f"<article><h1>Council approves budget</h1>{after}{BODY}</article>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


def json_ld(**fields) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Finian Cunningham. Sputnik International", ["Finian Cunningham"]),
        ("Jane Doe. City Herald", ["Jane Doe"]),
        ("Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", ["Minh Do"]),
        ("Kathrin Führes am Mittwoch, 26.01.2022", ["Kathrin Führes"]),
        ("Prof. Dr. Hans Weber", ["Prof. Dr. Hans Weber"]),  # an abbreviation stays
        ("Blog di WordPress.com", []),  # a domain names a site
        ("Jane Doe, City-Herald.com", ["Jane Doe"]),
    ],
)
def test_a_full_stop_a_day_or_a_domain_ends_a_name(value: str, authors: list[str]) -> None:
    assert parse_byline(value, handles=True).authors == authors
