"""Metadata read from HTML: structured data first, authors are people, dates never from assets.

The page snippets below are minimal pages written for these tests; each reproduces a failure
seen on a real news page (the outlet it was seen on is named in the test id only).
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from conftest import COUNCIL_BODY
from newsdesk.bylines import organisations, parse_byline
from newsdesk.htmlmeta import (
    PageMetadata,
    ShownDays,
    Structured,
    as_day,
    headline_date,
    labelled_date,
    parse_tree,
    read_json_ld,
    read_meta,
    read_page_metadata,
    strip_site_name,
    url_date,
)
from newsdesk.htmlmeta.author_sources import author_bylines
from newsdesk.htmlmeta.authors import apply_choice
from newsdesk.htmlmeta.structured import ld_objects, load_json
from newsdesk.readers.html import article_from_html, split_authors

BODY = COUNCIL_BODY

#: A site menu: more texts than are read after a headline for its date.
MENU = "".join(f"<a href='/{n}'>Bereich {n}</a>" for n in range(15))


def page(head: str = "", body: str = "", *, article: str = BODY) -> str:
    return (
        f"<html><head>{head}</head><body>{body}"
        f"<article><h1>Council approves budget</h1>{article}</article></body></html>"
    )


def json_ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


NEWS_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Council approves budget",
    "datePublished": "2021-03-04T10:00:00-05:00",
    "author": {"@type": "Person", "name": "Jane Doe"},
    "publisher": {"@type": "Organization", "name": "City Herald"},
}


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        pytest.param(
            page(
                json_ld(NEWS_ARTICLE),
                '<nav class="account"><span class="author">Account You\'re logged in</span></nav>',
            ),
            ["Jane Doe"],
            id="foxnews-account-string",
        ),
        pytest.param(
            page(
                body='<nav class="account"><span class="author">Account You\'re logged in</span>'
                "</nav>"
            ),
            [],
            id="no-author-but-interface-string",
        ),
        pytest.param(
            page(
                '<meta name="author" content="John Smith">',
                '<div class="share"><span class="author">Fox News View author archive Get author '
                "RSS feed Name Email Comment</span></div>",
            ),
            ["John Smith"],
            id="nypost-author-archive",
        ),
        pytest.param(
            page(
                '<meta name="author" content="Photo by The Associated Press">',
                article='<p class="byline">By Sam Carter</p>' + BODY,
            ),
            ["Sam Carter"],
            id="bostonherald-photo-credit",
        ),
        pytest.param(
            page(
                body='<aside class="related"><a href="/x">Other story</a>'
                '<span class="byline">By Other Writer</span></aside>',
                article='<div class="byline">By Ann Writer</div>' + BODY,
            ),
            ["Ann Writer"],
            id="atlantic-related-byline",
        ),
        pytest.param(
            page(body='<aside><span class="byline">By Other Writer</span></aside>'),
            [],
            id="only-a-related-byline",
        ),
        pytest.param(
            page(
                json_ld(
                    {
                        "@graph": [
                            {"@type": "WebSite", "name": "City Herald"},
                            {
                                "@type": ["NewsArticle"],
                                "headline": "Council approves",
                                "author": [
                                    {"@type": "Person", "name": "By Jane Doe"},
                                    {"@type": "Person", "name": "John Roe, Reporter"},
                                    {"@type": "Organization", "name": "Reuters"},
                                ],
                            },
                        ]
                    }
                )
            ),
            ["Jane Doe", "John Roe"],
            id="json-ld-graph-author-list",
        ),
        pytest.param(
            page(
                article='<div itemprop="author" itemscope><span itemprop="name">Kathrin Fuhrmann'
                '</span></div>' + BODY
            ),
            ["Kathrin Fuhrmann"],
            id="jagderleben-microdata-author-name",
        ),
        pytest.param(
            page(
                article=BODY + '<div><h5>Datum:</h5>03.11.2021<br><h5>Autor:</h5>Peter Maahn/SP-X'
                "</div>"
            ),
            ["Peter Maahn"],
            id="autohaus-author-label",
        ),
        pytest.param(
            page(article=BODY + '<a href="javascript:mail()"><b>Von:</b><br>Götz Warnke</a>'),
            ["Götz Warnke"],
            id="sonnenenergie-label-in-link",
        ),
        pytest.param(
            page(article=BODY + '<a href="/eu-deal">The green deal, by Ursula von der Leyen</a>'),
            [],
            id="diem25-link-by-someone-else",
        ),
        pytest.param(
            page(article=BODY + "<p>Der Text: ein Bericht aus dem Rathaus</p>"),
            [],
            id="label-word-without-a-name",
        ),
    ],
)
def test_authors_are_people(html: str, authors: list[str]) -> None:
    assert (
        read_page_metadata(html, url="https://www.cityherald.com/2021/03/04/budget").authors
        == authors
    )


@pytest.mark.parametrize(
    ("value", "declared", "authors"),
    [
        # the page's markup calls these people: no NER veto, no capitals needed
        ("Felipe Morales Sierra", True, ["Felipe Morales Sierra"]),
        ("Mobasir hassan", True, ["Mobasir hassan"]),
        ("Mobasir hassan", False, []),
        # still never interface text or an agency
        ("Alle Beiträge", True, []),
        ("Associated Press", True, []),
        ("Jane Doe, Reporter", True, ["Jane Doe"]),
    ],
)
def test_declared_people(value: str, declared: bool, authors: list[str]) -> None:
    assert parse_byline(value, handles=True, declared=declared).authors == authors


EUROSPORT = {"@type": "Organization", "name": "Eurosport"}
@pytest.mark.parametrize(
    ("credit", "kept"),
    [
        (["Support Team", "HLNF Staff Report", "Attac France", "LD"], True),
        (["telebasel", "dpa/lno", "FinanceScout24"], True),
        (["London"], False),
        (["Filtrer par"], False),
        (["Tricks für zu Hause."], False),
        (["deinen Hochzeitsbloggern"], False),
        (["Ab 2008 Satirischer Blog 2gewinnt"], False),
    ],
)
def test_which_credits_may_stand_as_the_author(credit: list[str], kept: bool) -> None:
    assert organisations(credit) == (credit if kept else [])


ORG_BYLINE = '<div class="byline">by HLNF Staff Report</div>'


@pytest.mark.parametrize(
    ("html", "authors", "credit"),
    [
        pytest.param(
            page(json_ld({**NEWS_ARTICLE, "author": EUROSPORT})),
            ["Eurosport"],
            ["Eurosport"],
            id="eurosport-json-ld-organisation-author",
        ),
        pytest.param(
            page(
                json_ld(
                    {**NEWS_ARTICLE, "author": {"@type": "Organization", "name": "Helmholtz"}}
                ),
                article=f'<div class="byline">Christian Mihatsch</div>{BODY}',
            ),
            ["Christian Mihatsch"],
            ["Helmholtz"],
            id="helmholtz-a-person-anywhere-beats-the-organisation",
        ),
        pytest.param(
            page(article=f"{ORG_BYLINE}{BODY}"),
            ["HLNF Staff Report"],
            ["HLNF Staff Report"],
            id="heartlandnewsfeed-byline-holds-only-a-desk",
        ),
        pytest.param(
            page(article=f'<div class="author">London</div>{BODY}'),
            [],
            ["London"],
            id="a-place-is-no-author",
        ),
        pytest.param(
            page(article=f'<p class="author">Photo by Getty Images</p>{BODY}'),
            [],
            [],
            id="a-photo-credit-is-no-author",
        ),
        pytest.param(
            page(article=f"<p>Filtrer par :</p>{BODY}"),
            [],
            ["Filtrer par"],
            id="psl-interface-words-are-no-organisation",
        ),
    ],
)
def test_organisation_when_no_person_is_named(
    html: str, authors: list[str], credit: list[str]
) -> None:
    found = read_page_metadata(html, url="https://www.cityherald.com/budget")
    assert (found.authors, found.credit) == (authors, credit)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # an hCard or a class that is the author's name: one word there is the name
        ('<span class="meta-prep-author">By</span> <span class="author vcard">Daniel</span>',
         ["Daniel"]),
        ('<span class="meta-prep-author">Publiziert am</span><span class="author vcard">'
         "uriebe</span>", ["uriebe"]),
        ('<div class="saboxplugin-authorname">Paddy</div>', ["Paddy"]),
        # a blog prints the hCard in the post's own footer; initials are no place
        ('<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">'
         "T. V. Raman</span></span></div>", ["T. V. Raman"]),
        ('<span class="byline"><span class="author vcard"><a class="url fn n">LD</a></span>'
         "</span>", ["LD"]),
        # an aside's footer is not the article's own (a footer of the article is)
        ('<aside><footer><span class="author vcard">Site Owner</span></footer></aside>', []),
        # ... but not a word of the interface, nor one word in a box around the byline
        ('<span class="author vcard">Admin</span>', []),
        ('<div class="author-box">Paddy</div>', []),
        ('<div class="entry-meta">Werkstatt</div>', []),
    ],
)
def test_one_word_in_the_author_name_element(byline: str, authors: list[str]) -> None:
    html = page(article=f"{byline}{BODY}")
    assert read_page_metadata(html, url="https://www.cityherald.com/budget").authors == authors


@pytest.mark.parametrize(
    ("head", "body", "authors"),
    [
        pytest.param(
            '<meta name="author" content="gabor_munier">',
            "<p>Autor: Gàbor Muniér | Datum: 03.03.2019</p>",
            ["Gàbor Muniér"],
            id="interscenario-user-name-spelled-out-by-the-byline",
        ),
        pytest.param(
            json_ld({**NEWS_ARTICLE, "author": {"name": "arianschlichenmayer"}}),
            '<div class="byline">von Arian Schlichenmayer</div>',
            ["Arian Schlichenmayer"],
            id="baumeister-json-ld-user-name-spelled-out",
        ),
        # (the page writes the structured name too: one written nowhere gives way to the
        # byline, test_htmlmeta_unwritten_structured.py)
        pytest.param(
            '<meta name="author" content="marc">',
            '<div class="byline">By Jane Doe</div><p>Photos: marc</p>',
            ["marc"],
            id="another-name-is-no-spelling",
        ),
        pytest.param(
            '<meta name="author" content="webteam7">',
            '<p>von <a rel="author" href="/autoren/jane-doe">Jane Doe</a></p>',
            ["Jane Doe"],
            id="posting-account-gives-way-to-the-linked-author",
        ),
        pytest.param(
            '<meta name="author" content="Marc">',
            '<p>von <a rel="author" href="/autoren/jane-doe">Jane Doe</a></p><p>Fotos: Marc</p>',
            ["Marc"],
            id="a-first-name-is-no-account",
        ),
    ],
)
def test_user_name_gives_way_to_the_full_name(head: str, body: str, authors: list[str]) -> None:
    html = page(head, article=f"{body}{BODY}")
    assert read_page_metadata(html, url="https://www.cityherald.com/budget").authors == authors


def test_each_author_source_can_be_chosen_by_its_place() -> None:
    """``apply_choice`` gives the first source that names a person, or the one at ``at`` (a
    measurement scores each), spelled out and credited the same way."""
    head = '<meta name="author" content="Jane Doe">'
    byline = '<div class="byline">By John Smith and Mary Major</div>'
    html = page(head, article=f"{byline}{BODY}<p>Edited by Jane Doe</p>")
    tree = parse_tree(html)
    data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    sites = ["City Herald", "cityherald.com"]
    bylines = list(author_bylines(tree, data, fallback=None, sites=sites, title=None))
    places = [at for at, (_, byline) in enumerate(bylines) if byline.authors]
    found = []
    for at in [None, *places]:
        chosen = PageMetadata()
        apply_choice(chosen, tree, iter(bylines), sites=sites, at=at)
        found.append(chosen.authors)
    assert found[:3] == [["Jane Doe"], ["Jane Doe"], ["John Smith", "Mary Major"]]
    assert read_page_metadata(html, url="https://www.cityherald.com/budget").authors == found[0]


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        pytest.param(
            page(body="<footer><p>© 2019 Sven Schreivogel</p></footer>"),
            ["Sven Schreivogel"],
            id="regiolanda-copyright-holder-of-a-page-without-byline",
        ),
        pytest.param(
            page(body="<div class='copyrights'><p>(c) Johannes Wolf • Impressum</p></div>"),
            ["Johannes Wolf"],
            id="ohneq-copyright-line-with-a-bullet",
        ),
        pytest.param(
            page(body="<footer>© 2021 Olympia-Verlag GmbH. Alle Rechte vorbehalten</footer>"),
            [],
            id="a-publisher-holding-the-rights-is-no-author",
        ),
        pytest.param(
            page(article=f"<figure><figcaption>© Kathrin Führes</figcaption></figure>{BODY}"),
            [],
            id="a-photo-credit-is-no-copyright-line",
        ),
        pytest.param(
            page(
                '<meta name="author" content="Jane Doe">',
                body="<footer>© 2019 Sven Schreivogel</footer>",
            ),
            ["Jane Doe"],
            id="the-copyright-line-is-the-last-resort",
        ),
        pytest.param(
            page(
                article="<article data-author='Pepemaus'><p>Themenstarter</p></article>"
                "<article data-author='Reply Guy'><p>Antwort</p></article>"
            ),
            ["Pepemaus"],
            id="katzen-forum-the-first-post-of-a-thread",
        ),
        pytest.param(
            page(
                article="<p>Autor: Klausmartin Friedrich Tags: 1907, 1931, 1945, braunschweig, "
                "büssing, haubenfahrzeuge, hauberstory, leipzig</p>" + BODY
            ),
            ["Klausmartin Friedrich"],
            id="bos-fahrzeuge-author-label-opening-a-long-line",
        ),
    ],
)
def test_authors_of_pages_without_a_byline(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url="https://www.example.org/page").authors == authors


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        ("<span>By</span><a href='/a'>Alex Bozarjian</a><span>Thursday, Nov 9, 2023</span>",
         ["Alex Bozarjian"]),
        ("<span>Kathrin Führes</span><span>am</span><span>Mittwoch, 26.01.2022</span>",
         ["Kathrin Führes"]),
        # a name without a day after it, or a day after a phrase, is no byline
        ("<span>Kathrin Führes</span><span>Immer wieder versperren Unbekannte Wege</span>", []),
        ("<span>Polizei ermittelt</span><span>am</span><span>26.01.2022</span>", []),
        ("<span>Verwandte Themen</span><span>26.01.2022</span>", []),
        ("<span>by</span><span>von</span><span>26.01.2022</span>", []),
    ],
)
def test_byline_in_the_texts_after_the_headline(after: str, authors: list[str]) -> None:
    html = f"<html><body><h1>Council approves budget</h1>{after}{BODY}</body></html>"
    assert read_page_metadata(html, url="https://www.example.org/page").authors == authors


def test_organisations_go_to_credit() -> None:
    html = page(
        json_ld({**NEWS_ARTICLE, "author": [{"name": "Associated Press"}, {"name": "Jane Doe"}]})
    )
    found = read_page_metadata(html, url="https://www.cityherald.com/budget")
    assert found.authors == ["Jane Doe"]
    assert found.credit == ["Associated Press"]


@pytest.mark.parametrize(
    ("byline", "authors", "credit"),
    [
        ("By Jane Doe, Reporter", ["Jane Doe"], []),
        ("Jane Doe and John Smith | Updated Jan 1, 2020 10:00 AM", ["Jane Doe", "John Smith"], []),
        ("By JANE DOE jane.doe@example.com @janedoe", ["JANE DOE"], []),
        ("View all posts by Daniel Lemire", ["Daniel Lemire"], []),
        ("Erstellt von Andri Bryner", ["Andri Bryner"], []),
        ("Alexa von Heyden", ["Alexa von Heyden"], []),
        (
            "Glen Owen And Brendan Carlin For The Mail On Sunday",
            ["Glen Owen", "Brendan Carlin"],
            [],
        ),
        ("Jane Doe; Jane Doe", ["Jane Doe"], []),
        ("Reuters", [], ["Reuters"]),
        ("Olympia-Verlag GmbH", [], ["Olympia-Verlag GmbH"]),
        ("IZ Medien GmbH", [], ["IZ Medien GmbH"]),
        ("Von: det/dpa", [], ["det/dpa"]),
        ("APA/AP", [], ["APA/AP"]),
        ("hessenschau.de/bb", [], []),
        ("The Associated Press", [], ["The Associated Press"]),
        ("Account You're logged", [], []),
        ("Fox News View author archive Get author RSS feed Name Email Comment", [], []),
        ("Photo by The Associated Press", [], []),
        ("Revised Edition Edited by Adrian Parr", [], []),
        ("übersetzt von Alexander Bock", [], []),
        ("SEO Powered by Platinum SEO from Techblissonline", [], []),
        ("Text & Fotos: Ivan Valetny", ["Ivan Valetny"], []),
        ("Von Mat\u00adthi\u00adas Lauerer", ["Matthias Lauerer"], []),
        ("Fotos: Ivan Valetny", [], []),
        ("AP Photo/Evan Vucci", [], []),
        ("Getty Images", [], []),
        ("Staff", [], []),
        ("2015", [], []),
    ],
)
def test_bylines(byline: str, authors: list[str], credit: list[str]) -> None:
    found = parse_byline(byline)
    assert (found.authors, found.credit) == (authors, credit)


@pytest.mark.parametrize(
    ("value", "handles", "authors"),
    [
        ("gnaddrig", True, ["gnaddrig"]),  # a user name in a field that holds only the author
        ("gnaddrig", False, []),  # the same word in free text is not taken for a name
        ("Human", True, []),  # an English word is not a user name
        ("example.com", True, []),
    ],
)
def test_one_word_names_only_from_author_fields(
    value: str, handles: bool, authors: list[str]
) -> None:
    assert parse_byline(value, handles=handles).authors == authors


@pytest.mark.parametrize(
    ("value", "sites", "handles", "authors", "credit"),
    [
        # the site's own name or its domain's name is a credit, not a person
        ("Badische Zeitung", ["badische-zeitung.de"], True, [], ["Badische Zeitung"]),
        ("Telebasel", ["telebasel.ch"], True, [], ["Telebasel"]),
        # ... but a person's own site bears their name
        ("Wolfgang Michal", ["wolfgangmichal.de"], True, ["Wolfgang Michal"], []),
        # a first name that a blog's domain merely contains is still the author
        ("Ela", ["elavegan.com"], True, ["Ela"], []),
        # one word the NER reads as a person, alone in an author field
        ("David", [], True, ["David"], []),
        ("David", [], False, [], []),
        # an outlet name split at "&" is not two people
        ("Jobs & Hire", [], True, [], []),
        # a title or desk before the name
        ("FOCUS-Online-Experte Robin Tschöpe", [], False, ["Robin Tschöpe"], []),
        ("Sara Zinnecker Stand: 05. Februar 2020", [], False, [], []),
        ("Steven Salentin Mitglied der Tonight News-Redaktion", [], False, [], []),
        # a name in capitals is read as a name
        ("ADAM AARONSON", [], False, ["ADAM AARONSON"], []),
        # a user name after "von"; a surname's "von" is kept
        ("Artikel von hausinfo", [], True, ["hausinfo"], []),
        ("Alexa von Heyden", [], False, ["Alexa von Heyden"], []),
        ("Mehr News von Empa", [], False, [], []),  # a phrase of nouns: no one, no credit
        # lead words in several languages; words the markup ran together are no name
        ("Автор: Иван Петров", [], False, ["Иван Петров"], []),
        ("Über Steffi", [], False, [], []),
        ("Ron DeSantis", [], False, ["Ron DeSantis"], []),
        ("SHOW ALL ARTICLES OFHeiko Sauer", [], False, [], []),
        # a time ends its own piece, not the whole byline
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", [], False, ["Uta Helkenberg"], []),
        ("Jane Doe Updated 10:30 am", [], False, ["Jane Doe"], []),
        ("04.02.2022 | 13:10 Uhr | Politik", [], False, [], []),
        # one word after a byline word sits in the author's slot: a user name
        ("von lupa am 26/10/13, 03:48 pm", [], False, ["lupa"], []),
        ("Posted on 2015-04-05 by marc", [], False, ["marc"], []),
        ("Zum Profil von jesusfreak", [], False, ["jesusfreak"], []),
        ("von Herr_Rein Veröffentlicht am 11. Juni 2019", [], False, ["Herr_Rein"], []),
        ("Veröffentlicht am 8. Februar 2022 von PETA-Team", [], False, ["PETA-Team"], []),
        ("Autor: Fritz Imhof Quelle: Livenet", [], False, ["Fritz Imhof"], []),
        # ... but not after a caption's "by", an "about" link or in free text
        ("Mary Magdalene by Titian", [], False, [], []),
        ("Über Steffi", [], False, [], []),
        ("marc", [], False, [], []),
        ("by admin", [], False, [], []),
        # interface words are no name, and a name loses those that follow it
        ("Alle Beiträge", [], False, [], []),
        ("Gesponserte Inhalte", [], True, [], []),
        ("Martin Junker Alles von Martin Junker Kontakt", [], False, ["Martin Junker"], []),
        ("Linksc Creating Search Engine Api Message", [], True, [], []),
    ],
)
def test_bylines_on_unseen_sites(
    value: str, sites: list[str], handles: bool, authors: list[str], credit: list[str]
) -> None:
    found = parse_byline(value, outlet=sites, handles=handles)
    assert (found.authors, found.credit) == (authors, credit)


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        pytest.param(
            '<html><body class="single single-post"><div class="with-navigation">'
            "<article><h1>Council approves budget</h1><p><em>Written by: <a href='/x'>Julie "
            f"Mollins</a></em></p>{BODY}</article></div>"
            '<div class="main-sidebar"><p>Written by: Kimberly White</p></div></body></html>',
            ["Julie Mollins"],
            id="theplanetarypress-layout-class-around-the-article",
        ),
        pytest.param(
            '<html><body><div class="one-sidebar-second"><h1>Council approves budget</h1>'
            '<span class="contributor">Par <a href="/node/hy">Matthieu Hy</a></span>'
            f"{BODY}</div></body></html>",
            ["Matthieu Hy"],
            id="dalloz-par-in-a-sidebar-layout",
        ),
        pytest.param(
            "<html><body><main><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>"
            f"<h1>Council approves budget</h1>{BODY}</main></body></html>",
            ["Uta Helkenberg"],
            id="pferd-aktuell-dateline-with-the-name",
        ),
        pytest.param(
            '<html><body><div class="byline"><span class="author-name">Adam Aaronson</span>'
            f" PhillyVoice Staff</div><article><h1>Sixers win</h1>{BODY}</article></body></html>",
            ["Adam Aaronson"],
            id="phillyvoice-innermost-author-element-first",
        ),
        pytest.param(
            f"<html><body><article><h1>Council approves budget</h1>{BODY}</article>"
            '<div class="sidebar"><h2>More</h2><p>By Kimberly White</p></div></body></html>',
            [],
            id="byline-in-a-sidebar-without-the-headline",
        ),
    ],
)
def test_byline_inside_a_layout_wrapper(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url="https://www.cityherald.com/budget").authors == authors


def _headline_apart(wrapper: str) -> str:
    """A page whose byline sits in a container of class ``wrapper`` that lacks the headline."""
    return (
        "<html><body><header><h1>Council approves budget</h1></header>"
        f'<div class="{wrapper}"><p class="byline">By Julie Mollins</p>{BODY}</div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("wrapper", "authors"),
    [
        # a layout state names no block: the byline is the article's
        ("content no-sidebar-layout", ["Julie Mollins"]),
        ("page has-sidebar", ["Julie Mollins"]),
        ("main-content has-double-sidebar", ["Julie Mollins"]),
        ("node node-blog node-promoted", ["Julie Mollins"]),  # shown on the front page
        ("post type-post tag-popular category-social-media", ["Julie Mollins"]),
        ("post bloginfo", ["Julie Mollins"]),  # "login" inside a word
        ("unavailable-note", ["Julie Mollins"]),  # "nav" inside a word
        # a class token that names a block beside the article
        ("sidebar", []),
        ("widget_text", []),
        ("textwidget", []),
        ("jp-relatedposts", []),
        ("MtnCommentContent", []),
        ("more-stories", []),
        ("promo", []),
        ("left-sidebar", []),
    ],
)
def test_off_region_matches_class_words(wrapper: str, authors: list[str]) -> None:
    page_html = _headline_apart(wrapper)
    assert read_page_metadata(page_html, url="https://www.cityherald.com/x").authors == authors


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        pytest.param(
            '<meta name="date" content="2022-01-21T15:38:44+01:00">',
            '<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>',
            "2022-01-27",
            id="martinruetter-shown-date-over-meta-date",
        ),
        pytest.param(
            '<meta name="dc.date" content="2021-10-15">',
            "",
            "2021-10-15",
            id="meta-date-when-the-page-shows-none",
        ),
    ],
)
def test_meta_date_gives_way_to_a_shown_date(head: str, body: str, published: str) -> None:
    html = (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>"
        f"{body}{BODY}</article></body></html>"
    )
    assert read_page_metadata(html, url="https://www.cityherald.com/budget").published == published


@pytest.mark.parametrize(
    ("html", "url", "published"),
    [
        pytest.param(
            '<html><body><h1 class="logo">Zoll</h1><main><h1>Tabaksteuer neu verkündet</h1>'
            '<div><span class="label">Datum:</span> <span>18.10.2021</span></div>'
            f"{BODY}</main></body></html>",
            None,
            "2021-10-18",
            id="zoll-label-after-the-headline-logo-h1-skipped",
        ),
        pytest.param(
            "<html><body><h1>Colder Temperatures Forecast for Wednesday</h1>"
            '<p class="date">Written: 2023-11-07 15:03:30 / Updated: 2023-11-09 15:30</p>'
            f"{BODY}</body></html>",
            None,
            "2023-11-07",
            id="kbs-written-before-updated",
        ),
        pytest.param(
            "<html><body><h1>Colder Temperatures Forecast for Wednesday</h1>"
            f"<p>Updated: 2023-11-09</p>{BODY}</body></html>",
            None,
            None,
            id="only-an-update-stamp",
        ),
        pytest.param(
            "<html><body><h1>Ergebnisse RM Schülerinnen 19.05.2007</h1>"
            f"{BODY}</body></html>",
            "https://blog.example.de/2007/05/20/ergebnisse/",
            "2007-05-20",
            id="url-day-over-an-event-day-in-the-headline",
        ),
        pytest.param(
            '<html><head><meta property="og:title" content="Zoll"></head>'
            '<body><h1 class="aural">Zoll</h1>'
            f"<nav>{MENU}</nav><main><h1>Verkündung des Tabaksteuermodernisierungsgesetzes</h1>"
            f"<p>Datum: 18.10.2021</p>{BODY}</main></body></html>",
            None,
            "2021-10-18",
            id="title-names-a-logo-h1-without-a-date",
        ),
        pytest.param(
            "<html><body><p>06.12.2022</p><h1>Bürgerbeteiligung für den Windpark startet</h1>"
            "<p>Mit der Investition in den Windpark bietet die EnBW vielen Bürgerinnen und "
            "Bürgern der Stadt vom 9.1. bis 10.2.2023 die Möglichkeit, Teil der regionalen "
            f"Energiewende zu werden.</p>{BODY}</body></html>",
            None,
            "2022-12-06",
            id="enbw-stamp-above-over-a-date-inside-a-sentence",
        ),
        pytest.param(
            "<html><body><h1>Trauern digital am Ewigkeitssonntag</h1>"
            "<p>Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und "
            "Christen am Ewigkeitssonntag ihrer verstorbenen Angehörigen und Freunde, in "
            f"diesem Jahr auch digital mit einer Andacht.</p>{BODY}</body></html>",
            None,
            "2021-11-12",
            id="press-release-dateline-opening-a-paragraph",
        ),
        pytest.param(
            "<html><body><h1>Bürgerbeteiligung für den Windpark startet</h1>"
            "<p>Mit der Investition in den Windpark bietet die EnBW vielen Bürgerinnen und "
            "Bürgern der Stadt vom 9.1. bis 10.2.2023 die Möglichkeit, Teil der regionalen "
            f"Energiewende zu werden.</p>{BODY}</body></html>",
            None,
            None,
            id="only-a-date-inside-a-sentence",
        ),
        pytest.param(
            "<html><body><h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar "
            f"2020 ab 19 Uhr im Café statt.</p>{BODY}</body></html>",
            None,
            None,
            id="an-event-day-in-a-sentence-of-thirteen-words",
        ),
    ],
)
def test_date_by_the_headline(html: str, url: str | None, published: str | None) -> None:
    if published is None:  # the line names a change or a day the article speaks of
        assert headline_date(parse_tree(html)) is None
    else:
        assert read_page_metadata(html, url=url).published == published


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Von Roland Brockmann und Sebastian Drescher", ["Roland Brockmann", "Sebastian Drescher"]),
        ("Victor Tangermann, Futurism", ["Victor Tangermann", "Futurism"]),  # a split, not a reading
        ("Reuters", ["Reuters"]),
        ("jane.doe@example.com", []),
        ("", []),
    ],
)
def test_feed_and_record_authors_use_the_byline_splitter(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


MAIN_TEXT = "\n".join(
    [
        "The city council voted on Tuesday to approve a new budget for the coming year.",
        "The plan adds money for schools and road repairs.",
        "The mayor is expected to sign the budget later this week.",
    ]
)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(f"Von Matthias Lauerer\n{MAIN_TEXT}", ["Matthias Lauerer"], id="opening-von"),
        pytest.param(f"By Jane Doe\n{MAIN_TEXT}", ["Jane Doe"], id="opening-by"),
        pytest.param(
            f"{MAIN_TEXT}\nAutor: Samuel Diekmann",
            ["Samuel Diekmann"],
            id="closing-author-label",
        ),
        # a heading with a byline word inside, a name alone at the end, a line in the middle
        pytest.param(f"Leasing von Firmenfahrzeugen\n{MAIN_TEXT}", [], id="heading-with-von"),
        pytest.param(f"{MAIN_TEXT}\nFelix Losada\nE-Mail: presse@example.org", [],
                     id="press-contact-is-no-signature"),
        pytest.param(
            f"{MAIN_TEXT}\nBy Jane Doe\n{MAIN_TEXT}\n{MAIN_TEXT}", [], id="not-at-an-end"
        ),
    ],
)
def test_byline_that_opens_or_closes_the_main_text(text: str, authors: list[str]) -> None:
    html = "<html><body><h1>Council approves budget</h1><p>Text</p></body></html>"
    found = read_page_metadata(html, url="https://www.example.org/page", fallback={"text": text})
    assert found.authors == authors


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("Hamburg (dpa/lno) – Der Senat hat am Dienstag den Haushalt beschlossen.", ["dpa/lno"]),
        ("PARIS (AFP) - The council voted on Tuesday.", ["AFP"]),
        ("BERLIN (Reuters) - The council voted on Tuesday.", ["Reuters"]),
        # brackets that hold no agency, or an agency further into the text
        ("Hamburg (Germany) – The council voted on Tuesday.", []),
        ("The council voted on Tuesday, Reuters (AFP) said – and more.", []),
    ],
)
def test_agency_in_the_opening_dateline(opening: str, authors: list[str]) -> None:
    html = "<html><body><h1>Council approves budget</h1><p>Text</p></body></html>"
    fallback = {"text": f"{opening}\n{MAIN_TEXT}"}
    found = read_page_metadata(html, url="https://www.example.org/page", fallback=fallback)
    assert found.authors == authors


def test_source_line_in_the_article_that_holds_the_headline() -> None:
    """Teasers marked up as ``<article>`` before the story do not hide the story's lines."""
    teaser = "<article><h2><a href='/other'>Another story</a></h2><p>Teaser text.</p></article>"
    html = (
        f"<html><body>{teaser}<article><h1>Council approves budget</h1>{BODY}"
        "<p>Quelle: kathpress</p></article></body></html>"
    )
    assert read_page_metadata(html, url="https://www.example.org/page").authors == ["kathpress"]


@pytest.mark.parametrize(
    ("value", "sites", "authors", "credit"),
    [
        ("Katholisch At", ["katholisch.at"], [], ["Katholisch At"]),
        ("Stol It", ["Stol", "stol.it"], [], ["Stol It"]),
        # a person's own site bears the name without the domain's ending
        ("Jane Doe", ["janedoe.com"], ["Jane Doe"], []),
    ],
)
def test_domain_written_as_words_is_the_site(
    value: str, sites: list[str], authors: list[str], credit: list[str]
) -> None:
    found = parse_byline(value, outlet=sites, handles=True)
    assert (found.authors, found.credit) == (authors, credit)


def test_every_author_meta_tag_counts() -> None:
    head = "".join(
        f'<meta name="citation_author" content="{name}">'
        for name in ("Michael L. Anderson", "Carlos Dobkin", "Devon Gorry")
    )
    found = read_page_metadata(page(head), url="https://www.acpjournals.org/doi/10.7326/M19")
    assert found.authors == ["Michael L. Anderson", "Carlos Dobkin", "Devon Gorry"]


@pytest.mark.parametrize(
    ("head", "body", "url", "published"),
    [
        pytest.param(
            '<meta property="og:image" content="https://cdn.usnews.com/img/2010/01/01/x.jpg">',
            '<img src="/uploads/2010/01/01/photo.jpg">',
            "https://www.usnews.com/news/budget",
            None,
            id="usnews-image-url-date",
        ),
        pytest.param(
            '<meta property="og:image" content="https://cdn.usnews.com/img/2010/01/01/x.jpg">'
            '<meta property="article:published_time" content="2021-03-04T09:00:00-05:00">',
            "",
            "https://www.usnews.com/news/budget",
            "2021-03-04",
            id="meta-over-image",
        ),
        pytest.param(
            json_ld({**NEWS_ARTICLE, "datePublished": "2020-02-25T02:25:54Z"}),
            "",
            "https://pagesix.example/2020/02/24/story/",
            "2020-02-25",
            id="utc-stamp-on-a-page-that-shows-no-day-not-the-url-day",
        ),
        pytest.param(
            "",
            '<article><time datetime="2019-05-06T08:00">May 6</time></article>'
            '<aside class="related"><time datetime="2018-01-01">old</time></aside>',
            None,
            "2019-05-06",
            id="time-in-article",
        ),
        pytest.param(
            '<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">',
            "",
            None,
            "2019-10-19",
            id="rfc-2822-meta",
        ),
        pytest.param(
            '<meta name="published_time" content="2023-11-06T11:41:00+0100">',
            '<p class="teaser-date">27.10.2023</p>',
            None,
            "2023-11-06",
            id="nnz-published-time-meta",
        ),
    ],
)
def test_publication_date(head: str, body: str, url: str | None, published: str | None) -> None:
    assert read_page_metadata(page(head, body), url=url).published == published


@pytest.mark.parametrize(
    ("head", "url", "fallback", "published"),
    [
        pytest.param(
            json_ld({**NEWS_ARTICLE, "datePublished": "2019-06-17T18:28:00+0200"}),
            "https://blog.example/home/2017/7/12/montauk",
            None,
            "2017-07-12",
            id="url-day-long-before-a-resave",
        ),
        pytest.param(
            json_ld({**NEWS_ARTICLE, "datePublished": "2022-05-08T06:00:00-05:00"}),
            "https://news.example/answers/2022/05/02/story/",
            None,
            "2022-05-08",
            id="url-day-a-week-before-stays-second",
        ),
        pytest.param(
            json_ld({**NEWS_ARTICLE, "datePublished": "2023-11-06T18:19+01:00"})
            + '<meta name="dc.date" content="2023-11-07T07:30+01:00">',
            None,
            {"date": "2023-11-07"},
            "2023-11-07",
            id="disagreeing-stamps-take-the-supported-day",
        ),
        pytest.param(
            json_ld({**NEWS_ARTICLE, "datePublished": "2021-03-16T16:16:10Z"}),
            None,
            {"date": "2021-03-20"},
            "2021-03-16",
            id="one-stamp-beats-other-sources",
        ),
    ],
)
def test_date_from_combined_evidence(
    head: str, url: str | None, fallback: dict | None, published: str
) -> None:
    found = read_page_metadata(page(head), url=url, fallback=fallback)
    assert found.published == published


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2021-03-04T10:00:00-05:00", "2021-03-04"),
        ("Jul 3, 2019", "2019-07-03"),
        ("10.12.2022, 07:00:03", "2022-12-10"),
        ("Jun 17", None),
        ("2019-13-01", None),
        ("", None),
    ],
)
def test_as_day(value: str, day: str | None) -> None:
    assert as_day(value) == day


@pytest.mark.parametrize(
    ("title", "outlet", "url", "expected"),
    [
        ("Man Does Thing | The Onion", "The Onion", None, "Man Does Thing"),
        ("Big Story - Example News", None, "https://www.examplenews.com/a", "Big Story"),
        ("Example News – Big Story", "Example News", None, "Big Story"),
        (
            "Welpen kaufen – Tipps zu jeder Hunderasse",
            "Welpen",
            None,
            "Welpen kaufen – Tipps zu jeder Hunderasse",
        ),
        ("Brexit: What Happens Next", "City Herald", None, "Brexit: What Happens Next"),
    ],
)
def test_title_loses_site_name(
    title: str, outlet: str | None, url: str | None, expected: str
) -> None:
    assert strip_site_name(title, outlet=outlet, url=url) == expected


@pytest.mark.parametrize(
    ("head", "url", "outlet"),
    [
        pytest.param(
            '<meta name="application-name" content="2015">',
            "https://www.theonion.com/story",
            "theonion.com",
            id="onion-year-as-name",
        ),
        pytest.param(
            '<meta property="og:site_name" content="The Onion">',
            "https://www.theonion.com/s",
            "The Onion",
            id="og-site-name",
        ),
        pytest.param(json_ld(NEWS_ARTICLE), None, "City Herald", id="json-ld-publisher"),
        pytest.param(
            '<meta property="og:site_name" content="index.html">',
            "https://herald.example/x",
            "herald.example",
            id="file-name",
        ),
    ],
)
def test_outlet(head: str, url: str | None, outlet: str) -> None:
    assert read_page_metadata(page(head), url=url).outlet == outlet


def test_article_from_html_uses_the_metadata() -> None:
    html = page(json_ld(NEWS_ARTICLE) + "<title>Council approves budget | City Herald</title>")
    article = article_from_html(html, path="budget.html", source="budget.html")
    assert (article.title, article.authors, article.outlet, article.published) == (
        "Council approves budget",
        ["Jane Doe"],
        "City Herald",
        "2021-03-04",
    )


def test_json_ld_body_when_the_page_shows_no_text() -> None:
    body = " ".join(["The council approved the budget after a long debate about taxes."] * 4)
    html = (
        "<html><head>"
        + json_ld({**NEWS_ARTICLE, "articleBody": body})
        + "</head><body><div id='app'></div></body></html>"
    )
    article = article_from_html(html, path="app.html", source="app.html")
    assert article.raw_text == body


#: A ``<meta name=date>`` that names the day the page last changed, which a date the page
#: shows comes before.
CHANGED_META = '<meta name="date" content="2023-01-09T10:00:00+01:00">'


@pytest.mark.parametrize(
    ("head", "body", "url", "published"),
    [
        pytest.param(
            CHANGED_META,
            '<div class="entry"><h1>Der Haushalt steht</h1><p class="meta">Von Anna Berg, '
            "1. Februar 2022</p></div>",
            None,
            "2022-02-01",
            id="month-name-beside-the-headline",
        ),
        pytest.param(
            CHANGED_META,
            '<div class="post"><h1>Mises en examen</h1>' + MENU + BODY + '<p class="postmetadata">'
            "Publié le 30 septembre 2018 par la rédaction</p></div>",
            None,
            "2018-09-30",
            id="date-element-after-the-text",
        ),
        pytest.param(
            CHANGED_META,
            '<div class="post"><h2>Presse</h2>' + BODY + '<span class="news-date">'
            "(21.11.2022)</span></div>",
            None,
            "2022-11-21",
            id="date-element-without-a-headline",
        ),
        pytest.param(
            "",
            '<div class="post"><h2>Presse</h2>' + BODY + '<span class="news-date">'
            "Aktualisiert am 21.11.2022</span></div>",
            None,
            None,
            id="date-element-that-names-an-update",
        ),
        pytest.param(
            "",
            '<div class="post"><h2>Presse</h2>' + BODY + '</div><aside><span class="date">'
            "21.11.2022</span></aside>",
            None,
            None,
            id="date-element-in-an-aside",
        ),
        pytest.param(
            "",
            '<div class="post"><h2>Presse</h2>' + BODY + '<span class="news-date">'
            "21.11.2022</span></div>",
            "https://example.org/2022/11/20/presse/",
            "2022-11-20",
            id="date-element-against-the-url-day",
        ),
    ],
)
def test_date_written_on_the_page(head: str, body: str, url: str | None, published) -> None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    if published is None:  # htmldate may still guess; the page's own date lines give nothing
        assert labelled_date(parse_tree(html)) is None
    else:
        assert read_page_metadata(html, url=url).published == published


def stamped(published: str, modified: str, shown: str) -> str:
    ld = json_ld({**NEWS_ARTICLE, "datePublished": published, "dateModified": modified})
    return page(ld, article=f"<p>{shown}</p>{BODY}")


@pytest.mark.parametrize(
    ("html", "published"),
    [
        pytest.param(
            stamped("2021-03-16T16:16:10Z", "2021-03-20T14:00:17Z", "20.03.2021, 15:00"),
            "2021-03-20",
            id="shown-day-is-the-later-modified-stamp",
        ),
        pytest.param(
            stamped("2022-05-05T21:00:00-05:00", "2022-05-05T21:30:00-05:00", "6 may 2022"),
            "2022-05-06",
            id="shown-day-is-the-stamp-in-utc",
        ),
        pytest.param(
            stamped("2022-12-25T11:00:02Z", "2022-12-07T09:10:52Z", "07.12.2022"),
            "2022-12-25",
            id="shown-day-is-an-earlier-modified-stamp",
        ),
        pytest.param(
            stamped("2021-03-16T16:16:10Z", "2021-03-20T14:00:17Z", "18.03.2021"),
            "2021-03-16",
            id="shown-day-no-stamp-names",
        ),
    ],
)
def test_shown_day_over_the_published_stamp(html: str, published: str) -> None:
    assert read_page_metadata(html).published == published


#: A recipe page's stamps in ``<meta itemprop>``: a created day of 1 January (a year) and
#: the day it last changed.
RECIPE_STAMPS = "".join(
    f'<meta itemprop="{key}" content="{day}">'
    for key, day in (("dateCreated", "01/01/2004"), ("dateModified", "06/13/2019"))
)


@pytest.mark.parametrize(
    ("html", "published"),
    [
        pytest.param(
            stamped("2019-10-15T16:59:59Z", "2020-03-12T14:42:17Z", "Updated Mar 12, 2020"),
            "2020-03-12",
            id="only-the-update-is-shown-and-stamped",
        ),
        pytest.param(
            stamped("2018-02-20T00:00:00Z", "2020-02-20T00:43:46Z", "Last updated on 20 Feb 2020"),
            "2020-02-20",
            id="last-updated-on",
        ),
        pytest.param(
            stamped("2019-10-15T16:59:59Z", "2020-03-14T14:42:17Z", "Updated Mar 12, 2020"),
            "2019-10-15",
            id="shown-update-no-stamp-names",
        ),
        pytest.param(
            stamped(
                "2019-10-15T16:59:59Z",
                "2020-03-12T14:42:17Z",
                "Published Oct 15, 2019 · Updated Mar 12, 2020",
            ),
            "2019-10-15",
            id="publication-shown-beside-the-update",
        ),
        pytest.param(
            stamped("2019-10-15T16:59:59Z", "2020-03-12T14:42:17Z", "Aktualisiert am 12.03.2020"),
            "2020-03-12",
            id="update-word-in-german",
        ),
        pytest.param(
            page(RECIPE_STAMPS, article=f'<p class="recipeDate">Updated June 13, 2019</p>{BODY}'),
            "2019-06-13",
            id="no-published-stamp-update-shown-and-stamped",
        ),
    ],
)
def test_shown_update_day(html: str, published: str) -> None:
    assert read_page_metadata(html).published == published


@pytest.mark.parametrize(
    ("body", "day"),
    [
        pytest.param(
            '<form id="mainform"><h1>Pineapple upside-down cake</h1><div class="recipeDate">'
            f"Posted June 13, 2019</div>{BODY}</form>",
            "2019-06-13",
            id="form-that-wraps-the-page",
        ),
        pytest.param(
            f"<h1>Pineapple upside-down cake</h1>{BODY}<form class='reply'><label>Your comment"
            "</label><span class='date'>13.06.2019</span></form>",
            None,
            id="form-beside-the-article",
        ),
        pytest.param(
            "<h1>Pineapple upside-down cake</h1><p>Updated 2 hours ago</p>"
            f"<div class='date'>Published: March 4, 2019</div>{BODY}",
            "2019-03-04",
            id="own-publication-label-after-an-update-line",
        ),
    ],
)
def test_a_form_around_the_headline_is_the_page(body: str, day: str | None) -> None:
    assert labelled_date(parse_tree(f"<html><body>{body}</body></html>")) == day


@pytest.mark.parametrize(
    ("article", "published"),
    [
        pytest.param(
            f'{BODY}{MENU}<div class="footer"><time itemprop="datePublished" '
            'datetime="2022-01-27">27.01.2022</time></div>',
            "2022-01-27",
            id="the-only-date-published-in-an-article-footer",
        ),
        pytest.param(
            f'{BODY}{MENU}<div class="footer"><time itemprop="datePublished" '
            'datetime="2022-01-27">27.01.2022</time><time itemprop="datePublished" '
            'datetime="2022-01-20">20.01.2022</time></div>',
            "2023-01-09",
            id="several-date-published-in-a-footer",
        ),
    ],
)
def test_date_published_outside_the_article_region(article: str, published: str) -> None:
    assert read_page_metadata(page(CHANGED_META, article=article)).published == published


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated 14 Jan 2022 | Published 12 Jan 2022", "2022-01-12"),
        ("Aggiornato il 14 gennaio 2022 - Pubblicato il 12 gennaio 2022", "2022-01-12"),
        ("Publicado em 12/01/2022 - Atualizado em 14 de janeiro de 2022", None),
        ("Zaktualizowano 14 stycznia 2022", None),
        ("Päivitetty 14.1.2022", None),
        ("Erstellt am 12.01.2022, überarbeitet am 14.01.2022", "2022-01-12"),
        ("Bijgewerkt op 14 januari 2022", None),
    ],
)
def test_update_words_in_several_languages(line: str, day: str | None) -> None:
    html = f"<html><body><h1>Council approves budget</h1><p>{line}</p>{BODY}</body></html>"
    assert headline_date(parse_tree(html)) == day


@pytest.mark.parametrize(
    ("head", "fallback", "published"),
    [
        pytest.param(
            '<meta property="article:post_date" content="2021-06-02T08:00:00+02:00">',
            None,
            "2021-06-02",
            id="a-cms-publication-key",
        ),
        pytest.param(
            json_ld({**NEWS_ARTICLE, "datePublished": "2022-05-04T00:44:52.000Z"})
            + '<meta name="cXenseParse:recs:publishtime" content="2022-05-03T21:44:52Z">',
            {"date": "2022-05-03"},
            "2022-05-03",
            id="an-analytics-publication-key-with-support",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2022-05-10T23:35:55">'
            '<meta name="cXenseParse:recs:publishtime" content="2022-05-11T04:10:00-03:00">',
            None,
            "2022-05-10",
            id="a-named-publication-key-first",
        ),
    ],
)
def test_more_publication_meta_keys(head: str, fallback: dict | None, published: str) -> None:
    html = page(head, article=f"<p>01.06.2021</p>{BODY}")  # a day shown that no stamp names
    assert read_page_metadata(html, fallback=fallback).published == published


@pytest.mark.parametrize(
    ("description", "published"),
    [
        pytest.param(
            "Orso marsicano: 2019 un anno da record (Notizia del 14 Gennaio 2020)",
            "2020-01-14",
            id="day-in-the-description-over-a-copyright-year",
        ),
        # the copyright line's year is no day: a page that writes no other gives none
        pytest.param("Orso marsicano: un anno da record", None, id="no-day-described"),
        pytest.param(
            "Orso marsicano: aggiornato il 14 Gennaio 2020",
            None,
            id="an-update-described",
        ),
    ],
)
def test_description_day_over_a_year_alone(description: str, published: str | None) -> None:
    head = f'<meta name="description" content="{description}">'
    body = f'<h1>Orso marsicano</h1>{BODY}<div id="bottom">© 2019 Parco Nazionale</div>'
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert read_page_metadata(html).published == published


#: The lines of a press release as trafilatura's main text gives them: headline, byline and
#: the dateline in brackets (energieverbraucher.de).
RELEASE = (
    "Energiepreiskrise: Entlastungen und Rechte auf einen Blick\nVon Leonora Holling\n"
    "(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach der nächsten."
)
#: A WordPress theme's post details after the text (pbrunst.de), longer than a stamp line.
POSTED = (
    "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:12 Uhr veröffentlicht und unter "
    "Cybercrime, Cyberterrorismus gespeichert. Sie können Kommentare zu diesem Eintrag über "
    "den RSS-2.0-Feed verfolgen. Kommentare sind momentan deaktiviert."
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(RELEASE, "2022-11-21", id="dateline-of-the-text"),
        pytest.param(
            "Gaspreise\nVon Leonora Holling\nNeue Umlagen\nSeit dem 1. Oktober 2022 gilt ...",
            "not 2022-10-01",
            id="a-day-in-the-fourth-line",
        ),
        pytest.param(
            "Die Bundesregierung hat eine Entlastung beschlossen, die seit dem 1. Oktober 2022 "
            "für Erdgas gilt.",
            "not 2022-10-01",
            id="a-day-inside-the-first-sentence",
        ),
    ],
)
def test_dateline_of_the_main_text(text: str, published: str) -> None:
    """The main text's opening dateline comes before htmldate's guess (a day of the list of
    other news in the menu); a day further into the text does not."""
    menu = "".join(f"<li><a href='/'>Meldung</a> <span>{n}.11.2022</span></li>" for n in (29, 15))
    html = f"<html><body><ul class='menu'>{menu}</ul><h2>Gaspreise</h2>{BODY}</body></html>"
    found = read_page_metadata(html, fallback={"text": text}).published
    if published.startswith("not "):
        assert found != published.removeprefix("not ")
    else:
        assert found == published


GIPFELBUCH = "Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch"


@pytest.mark.parametrize(
    ("body", "find", "day"),
    [
        pytest.param(
            f'<h1>Kein Cyberterrorismus</h1>{BODY}<p class="postmetadata"><small>{POSTED}'
            "</small></p>",
            labelled_date,
            "2011-12-03",
            id="posted-sentence-in-the-post-details",
        ),
        pytest.param(
            f'<h1>Kein Cyberterrorismus</h1>{BODY}<p class="postmetadata"><small>'
            f'{POSTED.replace("veröffentlicht", "geschrieben")}</small></p>',
            labelled_date,
            None,
            id="long-post-details-that-say-no-publication",
        ),
        pytest.param(
            f"<h1>Kein App Store mehr</h1><p>macbacchi28.09.1912:44</p>{BODY}",
            headline_date,
            "2019-09-28",
            id="a-two-digit-year-run-into-its-time",
        ),
        pytest.param(
            f"<h1>Kein App Store mehr</h1><p>macbacchi 28.09.1912 12:44</p>{BODY}",
            headline_date,
            None,
            id="a-day-before-the-web",
        ),
        pytest.param(
            f"<h1>OutdoorNews | Eintrag</h1>{BODY * 3}<h2>Hochauflösende Schneekarten auf "
            f"Gipfelbuch.ch</h2><p>14.01.2022 um 09:25</p>{BODY}",
            lambda tree: headline_date(tree, title=GIPFELBUCH),
            "2022-01-14",
            id="headline-one-level-under-a-section-name",
        ),
        pytest.param(
            f"<h1>OutdoorNews | Eintrag</h1>{BODY * 3}<h2>Gipfelbuch</h2><p>14.01.2022 um "
            f"09:25</p>{BODY}",
            lambda tree: headline_date(tree, title=GIPFELBUCH),
            None,
            id="a-subhead-with-a-small-part-of-the-title",
        ),
    ],
)
def test_date_lines_of_a_page_without_stamps(body: str, find, day: str | None) -> None:
    html = f"<html><body><div class='entry'>{body}</div></body></html>"
    assert find(parse_tree(html)) == day


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://pagesix.example/2020/02/24/story/", "2020-02-24"),
        ("https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-debate", "2020-02-19"),
        ("https://journal.3960.org/posts/2019-12-22-firefox-weniger-werbung/", "2019-12-22"),
        ("http://www.jobsnhire.com/articles/35030/20160214/need-know-cvs.htm", "2016-02-14"),
        ("https://www.bmwi.de/Redaktion/DE/Meldung/2022/20220124-foerderung.html", "2022-01-24"),
        ("https://www3.nhk.or.jp/news/easy/k10011959621000/k10011959621000.html", None),
        ("https://cdn.example/app.20191222.js", None),
        ("https://news.example/2020/13/45/story/", None),
        ("https://news.example/search?from=2020-01-01", None),
        ("https://archive.example/19840101/story", None),
    ],
)
def test_url_date(url: str, day: str | None) -> None:
    assert url_date(url) == day


def test_url_day_in_one_run_of_digits_long_before_a_resave() -> None:
    html = page(CHANGED_META, article='<time datetime="2023-03-09">9.3.2023</time>' + BODY)
    url = "https://news.example/story/2022-02-01/council-approves-budget"
    assert read_page_metadata(html, url=url).published == "2022-02-01"
def _graph(author, *nodes: dict) -> str:
    article = {"@type": "Article", "@id": "https://blog.example.org/post/#article"}
    return json_ld({"@context": "https://schema.org", "@graph": [{**article, "author": author},
                                                                 *nodes]})


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        pytest.param(
            _graph({"@id": "https://blog.example.org/#/schema/person/1"},
                   {"@type": "Person", "@id": "https://blog.example.org/#/schema/person/1",
                    "name": "Stefanus Stahl"}),
            ["Stefanus Stahl"],
            id="yoast-author-reference",
        ),
        pytest.param(
            _graph([{"@id": "#a"}, {"@id": "#b"}],
                   {"@type": "Person", "@id": "#a", "name": "Julie Mollins"},
                   {"@type": "Person", "@id": "#b", "name": "Adam Aaronson"}),
            ["Julie Mollins", "Adam Aaronson"],
            id="two-references",
        ),
        pytest.param(
            _graph({"@id": "#org"}, {"@type": "Organization", "@id": "#org", "name": "Eurosport"}),
            [],  # the site's own organisation (the outlet), credited by the markup alone
            id="reference-to-an-organisation",
        ),
        pytest.param(_graph({"@id": "#nobody"}), [], id="reference-to-no-node"),
    ],
)
def test_json_ld_author_references(head: str, authors: list[str]) -> None:
    assert read_page_metadata(page(head), url="https://blog.example.org/post/").authors == authors


def _twitter_pair(label: str, value: str, n: int = 1) -> str:
    return (f'<meta name="twitter:label{n}" content="{label}">'
            f'<meta name="twitter:data{n}" content="{value}">')


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (_twitter_pair("Verfasst von", "Karoline Herr"), ["Karoline Herr"]),
        (_twitter_pair("Written by", "Julie Mollins"), ["Julie Mollins"]),
        (_twitter_pair("Est. reading time", "4 minutes")
         + _twitter_pair("Escrito por", "Felipe Morales Sierra", 2), ["Felipe Morales Sierra"]),
        (_twitter_pair("Geschätzte Lesezeit", "3 Minuten"), []),
        (_twitter_pair("Price", "Adam Aaronson"), []),
    ],
)
def test_twitter_label_names_the_author(head: str, authors: list[str]) -> None:
    assert read_page_metadata(page(head), url="https://www.cityherald.com/x").authors == authors


@pytest.mark.parametrize(
    ("head", "line", "authors"),
    [
        # an agency or desk credited under the article stands for a page that names no person
        ("", "Quelle: kathpress", ["kathpress"]),
        ('<meta name="author" content="mdr.de">', "Quelle: MDR THÜRINGEN/ls", ["MDR THÜRINGEN/ls"]),
        # ... never a person (the source of a fact), and never over a named author
        ("", "Quelle: Julie Mollins", []),
        ('<meta name="author" content="Adam Aaronson">', "Quelle: kathpress", ["Adam Aaronson"]),
        # a site's own name in the source line changes nothing
        ('<meta name="author" content="mdr.de">', "Quelle: mdr.de", ["mdr.de"]),
    ],
)
def test_source_line_credits_an_organisation(head: str, line: str, authors: list[str]) -> None:
    html = page(head, article=f"{BODY}<p><em>{line}</em></p>")
    assert read_page_metadata(html, url="https://www.mdr.de/thueringen/x.html").authors == authors


@pytest.mark.parametrize(
    ("article", "authors"),
    [
        # a picture's caption credits the picture
        (f'<figure><img src="/a.jpg"/><figcaption>Quelle: kathpress</figcaption></figure>{BODY}',
         []),
        (f'<div><img src="/a.jpg"/><br/><small>Quelle: Bildagentur Nord</small></div>{BODY}', []),
        # ... but a line under an article with a picture credits the article
        (f'<div><img src="/a.jpg"/>{BODY}<p><em>Quelle: kathpress</em></p></div>',
         ["kathpress"]),
    ],
)
def test_source_line_of_a_picture(article: str, authors: list[str]) -> None:
    html = page(article=article)
    assert read_page_metadata(html, url="https://www.mdr.de/thueringen/x.html").authors == authors


POSTS = "".join(
    f'<div class="news"><h3><a href="/{slug}">{slug.title()}</a></h3>'
    f'<span class="date">Blog entry by Clara Müller | {day} April, 2017</span><p>Text</p></div>'
    for slug, day in (("forests", 28), ("rivers", 21), ("coasts", 17))
)
TEASER = (
    '<ul><li><a href="/jung-cool-blasmusik"><div><h3>Jung, cool, Blasmusik</h3>'
    '<span class="media-box__autor">Von Clara Müller</span></div></a></li></ul>'
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a <br> ends a line: the dateline after the names is no part of them
        ("<p>Von <strong>Roland Brockmann</strong> und <strong>Sebastian Drescher</strong>"
         "<br/><span></span><br/>Kakuma /Kenia</p>", ["Roland Brockmann", "Sebastian Drescher"]),
        # ... and a byline word alone on its line stays with the name on the next
        ("<p><a href='#'><b>Von:</b> <br/> <br/> Götz Warnke</a></p>", ["Götz Warnke"]),
        # an NITF <byline> element, and a class in the language of the page
        ("<byline>Von David Hutzler, dpa</byline>", ["David Hutzler"]),
        ('<div class="autor"><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>',
         ["Jacobo Betancur Peláez"]),
        ('<p class="auteur">Par Claire Dupont</p>', ["Claire Dupont"]),
        # two people in two blocks of one author field are two names
        ('<div class="field--name-field-autorzy"><div><a href="/a">Mateusz Gniazdowski</a></div>'
         '<div><a href="/b">Martyna Wasiuta</a></div></div>',
         ["Mateusz Gniazdowski", "Martyna Wasiuta"]),
        # the label of the next field ends the author's ("Data:" is Polish for the date)
        ('<div class="autor">Autor: Anna Nowak Data: 28-04-2021, 09:29</div>', ["Anna Nowak"]),
        ('<div class="autor">Autor: www.portal.pl Data: 28-04-2021, 09:29</div>', []),
        # a count before "von" opens no byline
        ("<p>Bisher gab es<br/>100 Folgen von Schlechte Wortspiele</p>", []),
        # a byline inside a teaser card of another article is that article's
        (f"<p>Von Lisa Petrich</p>{TEASER}", ["Lisa Petrich"]),
        (TEASER, []),
        # a byline in one of a list of posts (blocks of one class, each with a linked
        # heading) is that post's; the article's own headline block is no list item
        (POSTS, []),
        ('<div class="post"><h2><a href="/x">Budget</a></h2><p>By Jane Doe</p></div>',
         ["Jane Doe"]),
        # a link to the author's page with the author's picture is no teaser
        ('<a href="/authors/jane-doe"><img src="/a.jpg"/> <span class="author-name">Jane Doe</span></a>',
         ["Jane Doe"]),
        ('<a href="/2021/05/other-story"><img src="/a.jpg"/> <span class="author-name">Jane Doe</span></a>',
         []),
    ],
)
def test_byline_lines_classes_and_teasers(byline: str, authors: list[str]) -> None:
    html = page(article=f"{byline}{BODY}")
    assert read_page_metadata(html, url="https://www.cityherald.com/x").authors == authors


def _blogger(post: str, *, posts: int = 1) -> str:
    entry = f'<div class="post hentry"><h3 class="post-title">Tach auch</h3>{BODY}{post}</div>'
    return (
        '<html><body><div class="main section"><div class="widget Blog" id="Blog1">'
        f"{entry * posts}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        # Blogger puts the post inside a "widget": the block that wraps the one entry is the
        # article's own
        (_blogger('<div class="post-footer"><span class="post-author vcard">Eingestellt von '
                  '<span class="fn">der Michel</span></span></div>'), ["der Michel"]),
        (_blogger('<div class="post-body" itemprop="articleBody"><noscript><span class='
                  '"byline-author">Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C'
                  " Nair - Chrome Safe Browsing team</span></noscript></div>"),
         ["Nathan Parker", "Varun Khaneja", "Eric Mill", "Kiran C Nair"]),
        # ... a widget listing several entries is not
        (_blogger('<span class="byline">By Jane Doe</span>', posts=2), []),
    ],
)
def test_the_block_that_wraps_the_entry_is_the_article(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url="https://michel.blogspot.com/2020/04/x.html").authors == authors


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        ("Jane Doe - Chrome Safe Browsing team", ["Jane Doe"], []),
        ("CDU - Fraktion Erfurt", [], ["CDU - Fraktion Erfurt"]),
    ],
)
def test_a_dash_after_a_name_starts_its_role(value: str, authors: list[str], credit: list[str]) -> None:
    byline = parse_byline(value, outlet="cdu-fraktion-erfurt.de")
    assert (byline.authors, byline.credit) == (authors, credit)


HCARD_HENRY = '<span class="author vcard"><a class="url fn n" rel="author" href="/a">Henry</a></span>'


@pytest.mark.parametrize(
    ("head", "article", "url", "authors"),
    [
        # a user name's parts with a middle initial between them
        (json_ld({**NEWS_ARTICLE, "author": {"@type": "Person", "name": "christian.stadtfeld"}}),
         f"{BODY}<p><strong>(Christian P. Stadtfeld) +++</strong></p>",
         "https://osthessen-news.de/n1/x.html", ["Christian P. Stadtfeld"]),
        # a first name and the surname of the site's domain
        ("", f"{HCARD_HENRY}{BODY}<figure><figcaption>Ausschnitt: Henry Steinhau</figcaption>"
         "</figure>", "http://www.steinhau.com/wordpress/x/", ["Henry Steinhau"]),
        # a first name and the full name in the author's box
        ('<meta name="author" content="Stefanus">',
         f'{BODY}<div class="author_box__bio">Stefanus Stahl - Maschinenbauer, Abenteurer</div>',
         "https://www.mtb-news.de/news/x/", ["Stefanus Stahl"]),
        # another person with the same first name in the text does not spell it out
        ("", f"{HCARD_HENRY}<p>Henry Kissinger said the budget was sound.</p>{BODY}",
         "https://www.cityherald.com/x", ["Henry"]),
    ],
)
def test_one_word_author_spelled_out_on_the_page(
    head: str, article: str, url: str, authors: list[str]
) -> None:
    assert read_page_metadata(page(head, article=article), url=url).authors == authors


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Bayerische Landesanstalt für Wald und Forstwirtschaft", []),
        ("Deutscher Caritasverband e. V.", []),
        ("Pressestelle der Verbraucherzentrale Sachsen", []),
        # a surname is no compound of an institution's noun
        ("Joachim Hamberger", ["Joachim Hamberger"]),
        ("Katrin Kammer", ["Katrin Kammer"]),
    ],
)
def test_german_compounds_of_institutions_are_no_people(value: str, authors: list[str]) -> None:
    assert parse_byline(value).authors == authors


def test_microdata_author_text_after_an_institution_in_meta() -> None:
    html = page(
        '<meta name="author" content="Bayerische Landesanstalt für Wald und Forstwirtschaft">',
        article=f'{BODY}<p>Autor: <span itemprop="author">Joachim Hamberger</span></p>',
    )
    assert read_page_metadata(html, url="https://www.waldwissen.net/de/x").authors == ["Joachim Hamberger"]
@pytest.mark.parametrize(
    ("line", "published"),
    [
        pytest.param("Roma 01/01/2021", "2021-01-01", id="new-year-written-with-slashes"),
        pytest.param("Roma 1-1-2021", "2021-01-01", id="new-year-written-with-dashes"),
        pytest.param(
            "Il parco ha contato gli orsi nati nel corso dell'anno, dal 1 gennaio 2019 a oggi.",
            "2019-01-01",
            id="new-year-of-the-copyright-written-in-a-sentence",
        ),
        pytest.param(
            "Il parco ha contato gli orsi nati nel corso dell'anno, dal 1 gennaio 2018 a oggi.",
            "2020-01-14",
            id="new-year-of-another-year",
        ),
        pytest.param("Roma, inverno 2021", "2020-01-14", id="a-year-alone"),
    ],
)
def test_new_year_the_page_writes_is_a_day(line: str, published: str) -> None:
    described = "Orso marsicano: 2019 un anno da record (Notizia del 14 Gennaio 2020)"
    head = f'<meta name="description" content="{described}">'
    footer = '<div id="bottom">© 2019 Parco Nazionale</div>'
    body = f"<h1>Orso marsicano</h1><p>{line}</p>{BODY}{footer}"
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert read_page_metadata(html).published == published


@pytest.mark.parametrize(
    ("article", "shown"),
    [
        pytest.param(
            "<p>Updated Mar 12, 2020</p>" + BODY,
            (None, None, "2020-03-12"),
            id="update-alone",
        ),
        pytest.param(
            "<p>Published Oct 15, 2019 · Updated Mar 12, 2020</p>" + BODY,
            ("2019-10-15", None, None),
            id="publication-beside-the-update",
        ),
        pytest.param(
            BODY * 3 + '<p class="entry-date">Aktualisiert am 12.03.2020</p>',
            (None, None, "2020-03-12"),
            id="update-alone-in-a-date-element",
        ),
        pytest.param(
            BODY * 3 + '<p class="entry-date">4. März 2021</p>',
            (None, "2021-03-04", None),
            id="day-in-a-date-element",
        ),
        pytest.param(BODY, (None, None, None), id="no-day-shown"),
    ],
)
def test_days_a_page_shows(article: str, shown: tuple) -> None:
    days = ShownDays(parse_tree(page(article=article)), title="Council approves budget")
    assert (days.headline, days.labelled, days.update) == shown


def test_json_ld_objects_of_a_script() -> None:
    script = json.dumps(
        [
            {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}},
            {"@graph": [{"@type": "Person"}, {"@type": "Organization"}]},
        ]
    )
    types = [item.get("@type") for item in ld_objects(load_json(f"<![CDATA[{script};]]>"))]
    assert types == ["WebPage", "NewsArticle", None, "Person", "Organization"]


def test_docs_name_htmlmeta_functions_that_exist() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs"
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(docs.glob("*.md")))
    names = set(re.findall(r"`(?:newsdesk\.)?(htmlmeta(?:\.\w+)+)`", text))
    assert names
    assert [name for name in sorted(names) if not _resolves(f"newsdesk.{name}")] == []


def _resolves(name: str) -> bool:
    module, _, attribute = name.rpartition(".")
    try:
        return hasattr(importlib.import_module(module), attribute)
    except ModuleNotFoundError:
        return False


def _footer_page(footer: str) -> str:
    return page(body=f"<footer><p>{footer}</p></footer>")


@pytest.mark.parametrize(
    ("html", "url", "authors"),
    [
        # the copyright line gives a person only where its words read as a person's name
        pytest.param(
            _footer_page("© Copyright KentNews | All rights reserved"),
            "https://www.kentnews.online/x", [], id="the-word-copyright-is-no-name",
        ),
        pytest.param(
            _footer_page("© 2023 Verlagsgruppe Hasenclever. Alle Rechte vorbehalten"),
            "https://www.hasenclever.de/x", [], id="a-publishing-group-holds-the-rights",
        ),
        pytest.param(
            _footer_page("© 2023 Anderton Holdings Ltd. All rights reserved"),
            "https://www.anderton.co.uk/x", [], id="a-company-with-a-legal-form",
        ),
        pytest.param(
            _footer_page("© 2019 Sven Schreivogel"),
            "https://www.sven-schreivogel.de/x", ["Sven Schreivogel"],
            id="a-person-s-own-site-bears-the-name",
        ),
        # one normaliser: no trailing full stop; an initial's and "Jr." stay
        pytest.param(
            page('<meta name="author" content="Patrick ANGEVIN.">'),
            "https://www.cityherald.com/x", ["Patrick ANGEVIN"], id="trailing-full-stop",
        ),
        pytest.param(
            page('<meta name="author" content="Martin Luther King Jr.">'),
            "https://www.cityherald.com/x", ["Martin Luther King Jr."], id="jr-keeps-its-stop",
        ),
        # a stop word alone is no author; a capitalised short name or an account is
        pytest.param(
            page(article=f"<p>Autor: se</p>{BODY}"),
            "https://www.cityherald.com/x", [], id="a-stop-word-for-a-name",
        ),
        pytest.param(
            page(json_ld({**NEWS_ARTICLE, "author": {"@type": "Person", "name": "Ela"}})),
            "https://www.cityherald.com/x", ["Ela"], id="a-capitalised-short-name",
        ),
        pytest.param(
            page(json_ld({**NEWS_ARTICLE, "author": {"@type": "Person", "name": "mh"}})),
            "https://www.cityherald.com/x", ["mh"], id="an-account-of-initials",
        ),
        # a company's meta author gives way to the byline the page prints; a person's does not
        pytest.param(
            page(
                '<meta name="author" content="Arentik d.o.o. - www.arentik.com">',
                article=f'<p class="post-meta-author">durch Stephan Markus</p>{BODY}',
            ),
            "https://www.cityherald.com/x", ["Stephan Markus"], id="web-agency-meta-author",
        ),
        pytest.param(
            page(
                '<meta name="author" content="Jane Doe">',
                article=f'<p class="post-meta-author">durch Stephan Markus</p>{BODY}',
            ),
            "https://www.cityherald.com/x", ["Jane Doe"], id="a-person-s-meta-author-first",
        ),
    ],
)
def test_authors_are_people_not_organisations(html: str, url: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url=url).authors == authors


def _share_bar_page(lines: str) -> str:
    """A page with no ``<h1>``: the title names an ``<h2>``, the byline sits in a share bar."""
    return (
        "<html><head><title>Forbes: Trump is a billionaire | Weekly</title></head><body>"
        "<div class='detail-content'><h2>Forbes: Trump is a billionaire</h2>"
        f"<div class='social-share'><div class='pull-left'><h5>23.01.2019</h5>{lines}</div>"
        "<div class='pull-right'><a href='https://twitter.com/share'>Tweet</a></div></div>"
        f"{BODY}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        pytest.param(
            _share_bar_page("<div>By Urs Gehriger and Florian Schwab</div>"),
            ["Urs Gehriger", "Florian Schwab"], id="the-one-by-line-in-a-share-bar",
        ),
        pytest.param(
            _share_bar_page("<div>By Urs Gehriger</div><div>Von David Schnapp</div>"),
            [], id="two-by-lines-name-no-one",
        ),
        pytest.param(
            "<html><body><div class='mainwrap sidebar'><div class='content'>"
            "<h2>Fall in love with black</h2><p class='post-meta-author'>By Stephan Markus</p>"
            f"{BODY}</div><div class='sidebar'><p>By Kimberly White</p></div></div>"
            "</body></html>",
            ["Stephan Markus"], id="a-layout-wrapper-named-after-its-sidebar",
        ),
    ],
)
def test_bylines_in_bars_and_wrappers(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url="https://www.weekly.ch/x").authors == authors


def test_the_author_stop_words_are_spacys_lists():
    """Read from spaCy's files without importing its languages; an empty set would let
    "se" or "und" through as names."""
    from importlib import import_module

    from newsdesk.bylines.names import STOP_WORD_LANGUAGES, stop_words

    words = stop_words()
    assert {"und", "the", "se", "les"} <= words
    assert words == frozenset().union(
        *(import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS for code in STOP_WORD_LANGUAGES)
    )


#: A site's name in its footer, a copyright block or line, or a headline-less page's header
#: says who publishes the page; after the headline, alone or after a byline word, it is a
#: credit (``author_sources.page_prints_credit``).
PRINTED_CREDITS = [
    ("<h1>Storm hits coast</h1><p>Text of the story.</p><footer>© City Herald</footer>", False),
    ("<h1>Storm hits coast</h1><p>Text of the story.</p>"
     "<div class=copyright><p>City Herald</p></div>", False),
    ("<h1>Storm hits coast</h1><p>Text of the story.</p><p>Copyright 2024 City Herald</p>", False),
    ("<header><a href='/'>City Herald</a></header><p>Text of the story.</p>", False),
    ("<h1>Storm hits coast</h1><p>By City Herald</p><p>Text of the story.</p>", True),
    ("<h1>Storm hits coast</h1><p>Von</p><span>City Herald</span><p>Text.</p>", True),
    ("<article><header><h1>Storm hits coast</h1><p class=byline>City Herald</p></header>"
     "<p>Text.</p></article>", True),
]


@pytest.mark.parametrize(("body", "printed"), PRINTED_CREDITS)
def test_a_publisher_s_place_prints_no_credit(body: str, printed: bool) -> None:
    from lxml import html

    from newsdesk.htmlmeta.author_sources import page_prints_credit

    tree = html.fromstring(f"<html><body>{body}</body></html>")
    assert page_prints_credit(tree, ["City Herald"], title="Storm hits coast") is printed
