"""Reported content that the dependency parse hangs in the wrong place (docs/attribution-rules.md):
a cue in a relative clause (``the targets, which he said include ...``; ``the deal, which the
report says the firm signed``), the subject of a content clause read as the object of *say*
(``Quill said the minister and her deputy, Tom Abbot, “must answer”``), a *that*-clause hung on
the hearer of *tell*, verbs of VerbNet's say class (*relate*, *confide*), and quoted words that
the clause after them carries on (``linked “new housing” with traffic, others said``),
which are not the material of the speech verb further on.

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
        (
            "Neighbours related that the fire had started in the kitchen late at night.",
            [("the fire had started in the kitchen late at night", "Neighbours", "related")],
        ),
        (
            "Her brother confided that the business had been losing money for years.",
            [("the business had been losing money for years", "Her brother", "confided")],
        ),
    ],
)
def test_content_through_a_misparse(text, expected) -> None:
    assert _quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While some linked “new housing” with traffic on the hill, others said they did "
            "not want taller buildings near the park.",
            [("they did not want taller buildings near the park", "others", "said")],
        ),
        (
            "“We will open the bridge in May,” the mayor said on Tuesday.",
            [("We will open the bridge in May,", "the mayor", "said")],
        ),
        (  # content before its cue, which the parse hangs as an adverbial clause: the whole
            # material before the comma (docs/attribution-rules.md), the quoted words in it
            "After the mayor's speech, a man in the crowd stood up and objected to the meeting "
            "turning into a “campaign rally” before he left, Reuters reports.",
            [("After the mayor's speech, a man in the crowd stood up and objected to the "
              "meeting turning into a “campaign rally” before he left", "Reuters", "reports")],
        ),
        (  # the parse hangs the name after the quotation from a verb inside it
            '"I think they are feeling the heat," Jones, a Texas Democrat, told a local radio '
            "station on Monday.",
            [("I think they are feeling the heat,", "Jones", "told")],
        ),
    ],
)
def test_quoted_words_another_clause_carries_on(text, expected) -> None:
    assert _quotes_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on the hearer holds no content
        "She told the officers who arrived first about the missing keys.",
        # "relate" with no clause reports nothing
        "The new rules relate to the way councils spend their money.",
    ],
)
def test_no_report(text) -> None:
    assert _quotes_of(text) == []
