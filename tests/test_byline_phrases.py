"""Bylines: a noun and its complement is no name with a particle.

Surname particles that are also prepositions ("von", "de", "di") join a noun to its
complement in a heading or a caption ("Entsendung von Arbeitnehmern", "Look von Dolce &
Gabbana", "Noticias de El Salvador"): such a line has a name's shape (capitalised words around
a particle), and the English NER reads it as a person. A name with a particle opens with a
given name the registers know, a title or an initial ("Alexa von Heyden", "Dr. Ursula von der
Leyen", "J. von Trotha"); a phrase opens with a noun.
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.bylines.names import is_noun_and_complement
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Entsendung von Arbeitnehmern", []),
        ("Verjährung von Urlaubsansprüchen", []),
        ("Zitat von TheFreeman", []),
        ("Look von Dolce & Gabbana Alta Moda", []),  # the rest of the phrase goes too
        ("Noticias de El Salvador", []),
        # names with a particle
        ("Alexa von Heyden", ["Alexa von Heyden"]),
        ("Von Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Dr. Ursula von der Leyen", ["Dr. Ursula von der Leyen"]),
        ("J. von Trotha", ["J. von Trotha"]),
        ("Karl-Theodor zu Guttenberg", ["Karl-Theodor zu Guttenberg"]),
        ("Jose de la Cruz", ["Jose de la Cruz"]),
        ("Luiz Inácio Lula da Silva", ["Luiz Inácio Lula da Silva"]),
        # a family name written first before a particle that is no preposition
        ("NGUYEN VAN DO", ["NGUYEN VAN DO"]),
        # a lead before the name still goes
        ("Ein Beitrag von Anna Berg", ["Anna Berg"]),
    ],
)
def test_a_noun_and_its_complement_names_no_one(value: str, authors: list[str]) -> None:
    assert parse_byline(value).authors == authors


def test_a_phrase_is_no_credit_either() -> None:
    """Nor an organisation: the page would give it as its author when it names no person."""
    assert parse_byline("Entsendung von Arbeitnehmern").credit == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Bilder von Hamburg", True),
        ("Walter von Aachen", False),
        ("Prof. Dr. Hans von Weber", False),
        ("Jane Doe", False),  # no particle
        ("Von Arbeitnehmern", False),  # the particle first: a lead, not a phrase
    ],
)
def test_what_reads_as_a_phrase(text: str, phrase: bool) -> None:
    assert is_noun_and_complement(text) is phrase


def test_a_heading_with_von_under_the_headline_is_no_byline() -> None:
    html = page(after="<p><strong>Entsendung von Arbeitnehmern</strong></p>")
    assert read_page_metadata(html, url=URL).authors == []


def test_a_byline_with_a_particle_under_the_headline_stays() -> None:
    html = page(after="<p>Von Alexa von Heyden</p>")
    assert read_page_metadata(html, url=URL).authors == ["Alexa von Heyden"]


def test_a_phrase_as_the_json_ld_person_gives_way_to_the_printed_byline() -> None:
    head = json_ld(author={"@type": "Person", "name": "Noticias de El Salvador"})
    html = page(head, after="<p>By Jane Doe</p>")
    assert read_page_metadata(html, url=URL).authors == ["Jane Doe"]
