"""Reported content that the dependency parse hangs in the wrong place (docs/attribution-rules.md):
a cue in a relative clause (``the targets, which he said include ...``; ``the deal, which the
report says the firm signed``), the subject of a content clause read as the object of *say*
(``Quill said the minister and her deputy, Tom Abbot, “must answer”``) and a *that*-clause hung
on the hearer of *tell*.

Every sentence here is written for the test, none taken from an article.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes


def _quotes_of(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(path="t.txt", raw_text=text, text=text, language="en")
    return [(q["text"], q["speaker"], q["cue"])
            for q in extract_quotes(load_pipeline()(text), article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army pressed on with its aims, which Colonel Hale said include the capture of "
            "the northern bridges.",
            [("include the capture of the northern bridges", "Hale", "said")],
        ),
        (
            "The council cut the grant for the library, which the audit says the city had "
            "promised to keep until 2030.",
            [("the city had promised to keep until 2030", "the audit", "says")],
        ),
        (
            "Opposition leader Mary Quill said the minister and her deputy, Tom Abbot, “must "
            "answer for the delay”. The vote is on Friday.",
            [("the minister and her deputy, Tom Abbot, “must answer for the delay”",
              "Mary Quill", "said")],
        ),
        (
            "The warnings add some pressure, as they use the family name, and tells the "
            "contact that their files are being held by the gang.",
            [("their files are being held by the gang", "The warnings", "tells")],
        ),
    ],
)
def test_content_through_a_misparse(text, expected) -> None:
    assert _quotes_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on the hearer holds no content
        "She told the officers who arrived first about the missing keys.",
    ],
)
def test_no_report(text) -> None:
    assert _quotes_of(text) == []
