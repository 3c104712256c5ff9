"""The byline words of ``newsdesk.bylines.lead_words``, read the same by the page's byline
reader (``htmlmeta.page_bylines``, a line of the main text) and by the plain text's author
lines (``entities.author_lines``), with the two words that only one place reads. Lines
written for these tests, with names whose first word the registers hold as a given name."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.bylines.lead_words import (
    BYLINE_WORDS,
    BYLINE_WORDS_BY_LANGUAGE,
    SLOT_WORDS,
    alternation,
)
from newsdesk.entities.author_lines import author_line_names
from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.page_bylines import text_bylines
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


class NamedSpan(NamedTuple):
    start: int
    end: int
    label: str


# (the line, the name in it, whether the page's reader reads it, whether the plain text's does)
LINES = [
    ("By Hugh Pym, BBC health editor", "Hugh Pym", True, True),
    ("Von Matthias Lauerer", "Matthias Lauerer", True, True),  # German
    ("Par Claire Martin, Le Monde", "Claire Martin", True, True),  # French
    ("Por Maria Lopez", "Maria Lopez", True, True),  # Spanish, Portuguese
    ("Av Anna Larsson", "Anna Larsson", True, True),  # Swedish, Norwegian, Danish
    # "From" leads an author line of a plain text only: a page's lines open with "News from"
    ("From Hugh Pym, BBC health editor", "Hugh Pym", False, True),
    # no byline word: a preposition of another sense, Italian "da" opening a line
    ("With Hugh Pym, BBC health editor", "Hugh Pym", False, False),
    ("Da Matthias Lauerer", "Matthias Lauerer", False, False),
    # the byline word not first: a heading, no byline
    ("Leasing von Matthias Lauerer", "Matthias Lauerer", False, False),
]


def _text(line: str) -> str:
    return f"The talks ended on Monday.\n\n{line}\n\nThere is nothing to stop foreign firms.\n"


@pytest.mark.parametrize(("line", "page"), [(line, page) for line, _, page, _ in LINES])
def test_the_page_reader_reads_a_byline_word_opening_a_line(line: str, page: bool) -> None:
    assert (text_bylines(_text(line)) == [line]) is page


@pytest.mark.parametrize(("line", "name", "page", "plain"), LINES)
def test_the_plain_text_reader_reads_a_byline_word_opening_a_line(
    nlp, line: str, name: str, page: bool, plain: bool
) -> None:
    doc = nlp(_text(line))
    words = [token.text for token in doc]
    start = words.index(name.split()[0])
    span = NamedSpan(start, start + len(name.split()), "ORG")  # as the tagger may type it
    assert (author_line_names(doc, [span]) == {name}) is plain


def test_the_pattern_reads_each_byline_word_whole_and_as_written() -> None:
    pattern = re.compile(alternation(BYLINE_WORDS))
    assert all(pattern.fullmatch(word) for word in BYLINE_WORDS)
    assert not any(pattern.fullmatch(word) for word in ("bye", "d", "da", "from"))
    assert not re.fullmatch(alternation(frozenset({"u.a."})), "usa.")  # a dot is a dot


@pytest.mark.parametrize(("language", "word"), sorted(BYLINE_WORDS_BY_LANGUAGE.items()))
def test_each_languages_word_leads_a_page_line_and_an_author_slot(language: str, word: str):
    line = f"{word.title()} Matthias Lauerer"
    assert text_bylines(_text(line)) == [line]
    assert parse_byline(line).authors == ["Matthias Lauerer"]  # the slot loses the word


@pytest.mark.parametrize("word", sorted(SLOT_WORDS))
def test_a_slot_word_leads_an_author_slot_and_no_page_line(word: str) -> None:
    line = f"{word.title()} Matthias Lauerer"
    assert parse_byline(line).authors == ["Matthias Lauerer"]
    assert not text_bylines(_text(line))


@pytest.mark.parametrize(
    "line", ["From Matthias Lauerer", "Da Matthias Lauerer", "Bye Matthias Lauerer"]
)
def test_a_word_of_one_reader_or_a_longer_word_leads_no_page_line(line: str) -> None:
    assert not text_bylines(_text(line))
    assert parse_byline(line).authors == [line]  # nor does the author slot lose it


def _labelled_page(label: str, name: str) -> str:
    return (
        f'<html><head><meta name="twitter:label1" content="{label}">'
        f'<meta name="twitter:data1" content="{name}"></head><body><article>'
        "<h1>Council approves budget</h1><p>The city council voted on Tuesday to approve a new "
        "budget for the coming year.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "authors"),
    [
        ("Scritto da", ["Marco Rossi"]),  # Italian "da" ends a label of writing
        ("Escrito por", ["Marco Rossi"]),
        ("Tempo di lettura", []),  # "di" inside a label that ends in another word
    ],
)
def test_a_label_that_ends_in_a_byline_word_names_the_author(
    label: str, authors: list[str]
) -> None:
    html = _labelled_page(label, "Marco Rossi")
    assert read_page_metadata(html, url="https://www.example.it/x").authors == authors


# (an interview's byline, its writers): the one after "mit", "with", "con" was interviewed
INTERVIEWS = [
    ("Ein Interview von Matthias Lauerer mit Hanna Berger.", ["Matthias Lauerer"]),
    ("Das Gespräch führte Matthias Lauerer", ["Matthias Lauerer"]),
    ("Interview geführt von Matthias Lauerer", ["Matthias Lauerer"]),
    ("An interview by Matthias Lauerer with Hanna Berger", ["Matthias Lauerer"]),
    ("Entretien réalisé par Matthias Lauerer", ["Matthias Lauerer"]),
    ("Entrevista de Matthias Lauerer con Hanna Berger", ["Matthias Lauerer"]),
    ("Interview von Matthias Lauerer und Hanna Berger", ["Matthias Lauerer", "Hanna Berger"]),
]


@pytest.mark.parametrize(("line", "authors"), INTERVIEWS)
def test_an_interview_s_byline_names_its_interviewers(line: str, authors: list[str]) -> None:
    assert text_bylines(_text(line)) == [line]
    assert parse_byline(line).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Ein Interview mit Hanna Berger",  # the one interviewed, no writer
        "Interview with Hanna Berger",
        "Interviews von Politikern mit Hanna Berger",  # a heading, no interview's byline
    ],
)
def test_an_interview_with_someone_names_no_writer(line: str) -> None:
    assert not text_bylines(_text(line))


def test_the_text_s_interview_byline_wins_over_the_posting_account() -> None:
    """The markup names the account that posted the interview; the text's byline its writer."""
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
        ' "NewsArticle", "author": {"@type": "Person", "name": "Jonas Albrecht"}}</script>'
    )
    text = _text("Ein Interview von Matthias Lauerer mit Hanna Berger.")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n\n"))
    body = f"<article><h1>Ein Gespräch</h1>{paragraphs}</article>"
    html = f"<html><head>{ld}</head><body>{body}</body></html>"
    page = read_page_metadata(html, url="https://www.example.de/interview", fallback={"text": text})
    assert page.authors == ["Matthias Lauerer"]
