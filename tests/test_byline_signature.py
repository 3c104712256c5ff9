"""Bylines: the name alone that signs the main text, as letters, columns and reviews are
signed, on texts written for the test.

A line among the text's last lines that is nothing but a person's name, with after it only a
day or a title of one or two words, names the writer when no source trusted more names one;
its first word must be a registered given name, since the English NER reads headings at a
text's end as people. A press contact after its label, a heading, a list of names, a name
inside the text and a structured author are left as they were.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page

TEXT = (
    "The city council voted on Tuesday to approve a new budget for the coming year.\n"
    "The plan adds money for schools and road repairs, and it cuts spending on consultants.\n"
    "Several members said the vote was close because of a dispute over property taxes.\n"
    "The mayor is expected to sign the budget next week."
)


def authors_of(closing: str, *, head: str = "") -> list[str]:
    found = read_page_metadata(page(head), url=URL, fallback={"text": f"{TEXT}\n{closing}"})
    return found.authors


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        # a review signed under its last line
        ("Marina Keller", ["Marina Keller"]),
        # a message signed with the writer's title under the name
        ("Kazım Yılmaz\nBundesvorsitzender", ["Kazım Yılmaz"]),
        # a column signed with its day under the name
        ("Julia Brandt\n14. März 2021", ["Julia Brandt"]),
        # a closing line of the text before the signature
        ("Thank you for reading.\nJulia Brandt", ["Julia Brandt"]),
    ],
)
def test_a_signature_under_the_text(closing: str, authors: list[str]) -> None:
    assert authors_of(closing) == authors


@pytest.mark.parametrize(
    "closing",
    [
        # headings the NER reads as people; their first word is no given name
        "Weiterführender Link\nBBAW",
        "Repeat Chorus",
        # a press contact: the name after a label, or with a telephone number under it
        "Kontakt:\nJulia Brandt",
        "Julia Brandt\nTel. 030 123456",
        # a list of people closing the text
        "Anna Schmidt\nPeter Müller\nJulia Brandt",
        # a name inside the text's last sentence, not alone on its line
        "Julia Brandt spoke for the opposition.",
        # a name followed by more of the text
        "Julia Brandt\nThe council meets again in March to discuss the schools.",
        # a place or a greeting, one word over the day a post closes with
        "Zürich\n10. September 2017",
        "Love\nSeptember 10, 2017",
    ],
)
def test_no_signature(closing: str) -> None:
    assert authors_of(closing) == []


def test_a_structured_author_comes_first() -> None:
    head = json_ld(author={"@type": "Person", "name": "Jane Doe"})
    assert authors_of("Marina Keller", head=head) == ["Jane Doe"]


def test_a_short_text_has_no_signature() -> None:
    found = read_page_metadata(
        page(), url=URL, fallback={"text": "Council approves budget\nMarina Keller"}
    )
    assert found.authors == []
