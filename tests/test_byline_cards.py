"""Bylines: an author's card that prints a name with no byline word.

A profile card beside the headline (a picture, the name as a link or heading, a role) or an
author box under the text names the article's writer where no "By" stands (a card of
several blocks, which the byline elements' reader leaves): the block's class
names an author ("author-info", "author-box") and its first link or heading is a person's
name. Cards of other articles (teasers, lists of posts), of commenters, of photographers and
of quoted people are not the article's, and a post's container whose class carries its
author's slug ("author-jdoe") is no card.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.page_bylines import author_card_names
from test_htmlmeta import BODY
from test_htmlmeta_unseen import URL, page

PICTURE = '<img src="/p/portrait.jpg" alt="">'


def card(name: str, *, kind: str = "author-info", link: str = "/in/jane") -> str:
    return (
        f'<div class="{kind}"><div class="mini-card">{PICTURE}<section><h3>'
        f'<a href="{link}">{name}</a> <button>Follow</button></h3>'
        "<div>Redakteurin für Wirtschaft</div><div>Hamburg</div></section></div></div>"
    )


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        (card("Inga Hoeltmann"), ["Inga Hoeltmann"]),
        (card("Inga Hoeltmann", kind="artDetailAutor__outer"), ["Inga Hoeltmann"]),
        # no author word in the class: a persons' box or a profile card of anyone
        (card("Inga Hoeltmann", kind="persons-listing"), []),
        # the card's name is no person
        (card("Weitere Artikel"), []),
    ],
)
def test_an_author_card_by_the_headline(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors


def test_the_card_under_the_text_names_the_author() -> None:
    html = (
        "<html><body><article><h1>Council approves budget</h1>"
        f"{BODY}{card('Meike Neitz', kind='main-box author-box')}</article></body></html>"
    )
    assert read_page_metadata(html, url=URL).authors == ["Meike Neitz"]


@pytest.mark.parametrize(
    "around",
    [
        # a teaser of another article: a link around the card's blocks
        '<a href="/news/other-story"><h2>Other story</h2>{}</a>',
        # a commenter's card
        '<div class="comments-area"><div class="comment-body">{}</div></div>',
        # a quoted person's card in a pull quote
        "<blockquote>{}</blockquote>",
        # a sidebar's persons
        '<aside>{}</aside>',
    ],
)
def test_cards_of_others_are_not_the_article_s(around: str) -> None:
    html = page(after=around.format(card("Inga Hoeltmann")))
    assert read_page_metadata(html, url=URL).authors == []


def test_a_photographer_s_card_is_not_the_author_s() -> None:
    html = page(after=card("Eric Michael", kind="photo-author"))
    assert read_page_metadata(html, url=URL).authors == []


def test_a_post_container_with_the_author_s_slug_is_no_card() -> None:
    """WordPress marks a post's container "author-<slug>"; the first name there is a photo's
    credit or a person the post is about."""
    html = (
        '<html><body><div class="hentry post author-aureliana"><h1>Unbefriedigt</h1>'
        '<p>Foto: <a href="https://unsplash.com/@pdp">Priscilla Du Preez</a></p>'
        f"{BODY}</div></body></html>"
    )
    assert author_card_names(lxml_html.fromstring(html)) == []


@pytest.mark.parametrize(
    ("kind", "names"),
    [
        ("author-info", ["Inga Hoeltmann"]),
        ("mvp-author-box-out", ["Inga Hoeltmann"]),
        ("authority-box", []),  # the word inside another word is none
        ("co-authorship", []),
    ],
)
def test_the_class_names_an_author_by_a_whole_word(kind: str, names: list[str]) -> None:
    html = f"<html><body>{card('Inga Hoeltmann', kind=kind)}</body></html>"
    assert author_card_names(lxml_html.fromstring(html)) == names


def article_card(name: str) -> str:
    return (
        f'<article class="author-card"><figure>{PICTURE}</figure><div class="author-card__main">'
        f'<h3><a href="/people/x">{name}</a></h3><div>Senior researcher</div>'
        "<div>Energy policy</div></div></article>"
    )


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        # a card written as an <article> element
        (article_card("Marta Kowalczyk"), ["Marta Kowalczyk"]),
        # courtesy and academic titles before the name do not hide its given name; the
        # byline keeps them as written
        (card("Prof. Dr. Henrike Albers"), ["Prof. Dr. Henrike Albers"]),
        (card("Dr. Tobias Lindqvist", kind="author-box"), ["Dr. Tobias Lindqvist"]),
        (article_card("Prof. Dr. Henrike Albers"), ["Prof. Dr. Henrike Albers"]),
        # a title alone, or before no name, is still no author
        (article_card("Prof. Dr."), []),
        (card("Dr. Weitere Artikel"), []),
    ],
)
def test_an_article_card_and_a_titled_name(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors
