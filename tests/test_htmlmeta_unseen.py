"""Metadata from HTML: defects met on news pages of sites no rule was developed on.

Each snippet is a minimal page written for the test; the id names the kind of page it
reproduces. They pin general rules: a name that a full stop, a day or a domain ends, an
author label inside a line of post details, a lone "By" followed by several names, a
printed byline that names more people than the structured data, the
agency of a dateline under a repeated headline, the copyright holder of a page whose
byline credits an agency, a desk's byline whose outlet name holds an interface word, and
an account or the site's own name in the markup beside the byline the page prints, a
newsroom role after a name, a source line of common nouns, an account's handle and the
owner of a site named after them in its copyright line.
"""

from __future__ import annotations

import json

import lxml.html
import pytest

from newsdesk.bylines import organisations, parse_byline
from newsdesk.htmlmeta import read_page_metadata
from newsdesk.htmlmeta.authors import _writes_more_after
from test_htmlmeta import BODY

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


#: The outlet as the JSON-LD author, typed as an organisation.
HERALD_BY_LD = json_ld(author={"@type": "Organization", "name": "City Herald"})


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
        # a newsroom role after the name is the writer's title, no second author
        ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"]),  # as the page prints it
        ("By Jane Doe, Senior Correspondent", ["Jane Doe"]),
        ("Jane Doe, Guest Columnist", ["Jane Doe"]),  # the NER reads the role as a person
        ("Jane Doe, Wine Critic", ["Jane Doe"]),
        ("Jane Doe and John Roe, Contributing Writers", ["Jane Doe", "John Roe"]),
        # a phrase that opens with "The" names a people or a group, not a person
        ("The Russian and Syrian defense ministries", []),
        # a role alone is no title after a name: a pen name stays
        ("Rasender Reporter", ["Rasender Reporter"]),
        # full-width separators end a part as the ASCII ones do
        ("田中太郎 ／ 2016.12.01", ["田中太郎"]),
        ("Jane Doe ｜ John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_full_stop_a_day_or_a_domain_ends_a_name(value: str, authors: list[str]) -> None:
    assert parse_byline(value, handles=True).authors == authors


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        # an author label inside a line of post details, up to the next label
        pytest.param(
            page(
                after="<p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - "
                "Tags: sad arrombamento veiculo hospital bairro</p>"
            ),
            ["Clarissa Borba"], id="label-inside-post-details",
        ),
        # a lone "By" and the names a comma joins to the first
        pytest.param(
            page(
                after="<div><span>By</span> <a href='/p/md'>Matthew Digby</a> , "
                "<a href='/p/mdo'>Minh Do</a> <span>on Monday, November 18th, 2019</span></div>"
            ),
            ["Matthew Digby", "Minh Do"], id="lone-by-and-two-names",
        ),
        pytest.param(
            page(after="<div><span>By</span> <a href='/p/md'>Matthew Digby</a></div>"),
            ["Matthew Digby"], id="lone-by-and-one-name",
        ),
        # an agency in the author slot: the copyright holder is the publisher, not a writer
        pytest.param(
            page(
                json_ld(author={"@type": "Person", "name": "Reuters"}),
                footer="© 2019 NBC UNIVERSAL",
            ),
            ["Reuters"], id="agency-then-copyright",
        ),
        pytest.param(
            page(footer="© 2019 Sven Schreivogel"), ["Sven Schreivogel"], id="copyright-alone",
        ),
        # a source line of common nouns credits no organisation, nor does the JSON-LD's
        # site alone
        pytest.param(
            page(HERALD_BY_LD, after="<p>SOURCE: News agencies</p>"),
            [], id="source-line-of-common-nouns",
        ),
        pytest.param(
            page(after="<p>Quelle: MDR THÜRINGEN/ls</p>"),
            ["MDR THÜRINGEN/ls"], id="source-line-of-a-desk",
        ),
        # the author's account handle is no second author
        pytest.param(
            page(
                "<meta name='author' content='Jane Doe'>"
                "<meta name='twitter:creator' content='janedoe_news'>"
            ),
            ["Jane Doe"], id="account-handle-beside-the-author",
        ),
        pytest.param(
            page("<meta name='twitter:creator' content='Jane Doe'>"),
            ["Jane Doe"], id="a-name-in-the-account-tag",
        ),
    ],
)
def test_bylines_on_unseen_sites(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url=URL).authors == authors


@pytest.mark.parametrize(
    ("marked", "printed", "authors"),
    [
        # the markup keeps the first author; the printed byline names them all
        ("Tariq Malik", "By Tariq Malik, Mike Wall", ["Tariq Malik", "Mike Wall"]),
        # a title after the name adds no one; another name is no fuller byline (the markup's
        # name, written nowhere on the page, gives way to the byline by the headline)
        ("Steve Peoples", "Steve Peoples, AP National Political Writer", ["Steve Peoples"]),
        ("Kevin Rebong", "By David Jeans", ["David Jeans"]),
        # the byline cuts the markup's given name to its initial and adds a second writer
        ("Eduardo Barreneche", "E. Barreneche / J. I. da Silva", ["E. Barreneche", "J. I. da Silva"]),
        ("Eduardo Barreneche", "E. Barreneche", ["Eduardo Barreneche"]),
        ("Eduardo Barreneche", "E. Barreneche / EFE", ["Eduardo Barreneche"]),
    ],
)
def test_a_printed_byline_fuller_than_the_markup(
    marked: str, printed: str, authors: list[str]
) -> None:
    html = page(
        json_ld(author={"@type": "Person", "name": marked}),
        after=f"<p class='byline'>{printed}</p>",
    )
    assert read_page_metadata(html, url=URL).authors == authors


@pytest.mark.parametrize(
    ("printed", "footer", "authors"),
    [
        # the page writes the full name elsewhere too: the initialled byline is still fuller
        (
            "E. Barreneche / J. I. da Silva",
            "Eduardo Barreneche, corresponsal en Madrid",
            ["E. Barreneche", "J. I. da Silva"],
        ),
        ("E. Barreneche", "Eduardo Barreneche, corresponsal en Madrid", ["Eduardo Barreneche"]),
    ],
)
def test_the_initialled_byline_beside_the_full_name(
    printed: str, footer: str, authors: list[str]
) -> None:
    html = page(
        json_ld(author={"@type": "Person", "name": "Eduardo Barreneche"}),
        after=f"<p class='byline'>{printed}</p>",
        footer=footer,
    )
    assert read_page_metadata(html, url=URL).authors == authors


@pytest.mark.parametrize(
    ("names", "footer", "written"),
    [
        (["Mary Smith"], "By Mary Smith and John Roe", True),
        (["E. Barreneche"], "E. Barreneche / J. I. da Silva", True),
        # the name inside a longer word is not the name
        (["Mary Smith"], "Photos by Rosemary Smith, City Herald", False),
        (["E. Barreneche"], "JOSE. Barreneche, Madrid", False),
    ],
)
def test_the_name_written_before_more_names(
    names: list[str], footer: str, written: bool
) -> None:
    tree = lxml.html.document_fromstring(page(footer=footer))
    assert _writes_more_after(tree, names) is written


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # the main text repeats the headline before the dateline
        ("Council approves budget\nHAYWARD, Calif. (AP) — The council voted.", ["AP"]),
        ("Hamburg (dpa/lno) – Der Rat stimmte zu.", ["dpa/lno"]),
        ("Council approves budget\nMayor Jane Doe (AP Photo/John Roe) — a caption.", []),
        ("One.\nTwo.\nThree.\nHAYWARD, Calif. (AP) — The council voted.", []),
    ],
)
def test_the_agency_of_an_opening_dateline(text: str, authors: list[str]) -> None:
    html = page()
    assert read_page_metadata(html, url=URL, fallback={"text": text}).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the outlet's name before a desk word is no interface text ("Post")
        (
            "<div class='author' itemprop='author' itemscope "
            "itemtype='https://schema.org/Person'><span itemprop='name'>By "
            "<span>JERUSALEM POST STAFF</span></span></div>",
            ["JERUSALEM POST STAFF"],
        ),
        ("<p class='byline'>By City Herald Staff Writer</p>", ["City Herald Staff Writer"]),
        ("<p class='byline'>By The Herald Editorial Board</p>", ["The Herald Editorial Board"]),
        # a desk word after a name is the writer's title, no second author
        ("<p class='byline'>By Jane Doe, Staff Writer</p>", ["Jane Doe"]),
        # ... and so without the comma: a person's name is no outlet's
        ("<p class='byline'>By Jane Doe Staff Writer</p>", ["Jane Doe"]),
        ("<p class='byline'>By Jane Doe and John Roe Staff Writers</p>", ["Jane Doe", "John Roe"]),
        ("<p class='byline'>By Rajesh Kumar Staff Writer</p>", ["Rajesh Kumar"]),
        # ... but an outlet named after a place or a person is still the outlet's desk
        ("<p class='byline'>By Charlotte Observer Staff Writer</p>",
         ["Charlotte Observer Staff Writer"]),
        ("<p class='byline'>By Austin American-Statesman Staff</p>",
         ["Austin American-Statesman Staff"]),
        ("<p class='byline'>By Staff Reports</p>", ["Staff Reports"]),
        # interface words alone stay interface text
        ("<p class='byline'>Post</p>", []),
        ("<p class='byline'>Read more posts</p>", []),
    ],
)
def test_a_desk_byline(byline: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=byline), url=URL).authors == authors


@pytest.mark.parametrize(
    ("marked", "printed", "authors"),
    [
        # the account that posted the page, and its display name, give way to the byline
        (["kevin-r"], "By David Jeans", ["David Jeans"]),
        (["Kevin Rebong", "kevin-r"], "By David Jeans", ["David Jeans"]),
        # the site's own name is no author
        (["City Herald"], "By Jane Doe", ["Jane Doe"]),
        # without a printed byline, or when it names the account itself, the account stays
        (["kevin-r"], "", ["kevin-r"]),
        (["kevin-r"], "By kevin-r", ["kevin-r"]),
    ],
)
def test_an_account_in_the_markup_gives_way_to_the_printed_byline(
    marked: list[str], printed: str, authors: list[str]
) -> None:
    html = page(
        json_ld(author=[{"@type": "Person", "name": name} for name in marked]),
        after=f"<p class='byline'>{printed}</p>",
    )
    assert read_page_metadata(html, url=URL).authors == authors


@pytest.mark.parametrize("account", ["kevin-r", "webteam7"])
def test_an_account_without_a_printed_byline_is_spelled_out_by_its_author_link(
    account: str,
) -> None:
    """Looking for a printed byline must not use up the sources that spell the account out."""
    html = page(
        f"<meta name='author' content='{account}'>",
        before="<p>Posted by <a rel='author' href='/author/kevin/'>Kevin Rebong</a></p>",
    )
    assert read_page_metadata(html, url=URL).authors == ["Kevin Rebong"]


@pytest.mark.parametrize(
    ("site", "url", "authors"),
    [
        # a one-word author is not spelled out as the site's own name with a common noun
        ("Vortex Cannon", "https://vortexcannon.org/about-bugs/", ["Vortex"]),
        # a person's own site bears their name
        ("Henry Steinhau", "https://steinhau.com/about/", ["Henry Steinhau"]),
    ],
)
def test_a_one_word_author_and_the_site_name(site: str, url: str, authors: list[str]) -> None:
    html = page(
        f"<meta property='og:site_name' content='{site}'>",
        after=f"<p>By <a rel='author' href='/author/x/'>{site.split()[0]}</a></p>",
    )
    assert read_page_metadata(html, url=url).authors == authors


@pytest.mark.parametrize(
    ("holder", "url", "authors"),
    [
        # a person's own site: the surname is an English word too ("morrison")
        ("Mady Morrison", "https://www.madymorrison.com/yoga-flow/", ["Mady Morrison"]),
        # the site's own name: an English word or a place before the common noun
        ("Vortex Cannon", "https://vortexcannon.org/about-bugs/", []),
        ("Oberstdorf Resort", "https://www.oberstdorf-resort.de/winter/", []),
    ],
)
def test_the_copyright_holder_on_a_site_named_after_them(
    holder: str, url: str, authors: list[str]
) -> None:
    html = page(footer=f"© 2020 {holder}")
    assert read_page_metadata(html, url=url).authors == authors


@pytest.mark.parametrize(
    ("credit", "kept"),
    [
        # a kind of organisation in the plural names none
        ("News agencies", False),
        ("Syrian defense ministries", False),
        # an outlet's or an association's name with a word in lower case, a desk's words
        ("FOCUS online", True),
        ("Deutscher Caritasverband e. V.", True),
        ("Staff reports", True),
    ],
)
def test_a_kind_of_organisation_is_no_organisation_name(credit: str, kept: bool) -> None:
    assert (organisations([credit]) == [credit]) is kept


def typed(kind: str, author: dict) -> str:
    return json_ld(**{"@type": kind, "author": author})


JANE = {"@type": "Person", "name": "Jane Doe"}
JOHN = {"@type": "Person", "name": "John Roe"}


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        # a work that stands for the whole page names its writer
        (typed("Recipe", JANE), ["Jane Doe"]),
        (typed("HowTo", JANE), ["Jane Doe"]),
        (typed("WebPage", JANE), ["Jane Doe"]),
        (typed("MedicalWebPage", JANE), ["Jane Doe"]),
        (typed("DiscussionForumPosting", JANE), ["Jane Doe"]),
        # the article's own author comes first, in either order on the page
        (typed("WebPage", JOHN) + typed("NewsArticle", JANE), ["Jane Doe"]),
        (typed("NewsArticle", JANE) + typed("WebPage", JOHN), ["Jane Doe"]),
        # an article's creator, schema.org's wider word, where it names no author
        (json_ld(creator=["Jane Doe"]), ["Jane Doe"]),
        (json_ld(creator=["John Roe"], author=JANE), ["Jane Doe"]),
        # works inside the page name their own makers: a photographer, a reviewer
        (typed("ImageObject", JANE), []),
        (typed("Review", JANE), []),
        (typed("VideoObject", JANE), []),
    ],
)
def test_author_of_the_work_the_page_is(head: str, authors: list[str]) -> None:
    assert read_page_metadata(page(head), url=URL).authors == authors


@pytest.mark.parametrize(
    ("tag", "authors"),
    [
        # a publishing system's or an analytics tag's own author key
        ("<meta property='og:author' content='Jane Doe'>", ["Jane Doe"]),
        ("<meta name='dc:creator' content='Jane Doe'>", ["Jane Doe"]),
        ("<meta property='article:author_name' content='Jane Doe'>", ["Jane Doe"]),
        ("<meta name='sailthru.byline_name' content='Jane Doe'>", ["Jane Doe"]),
        # an id, a link, a biography or a bare "creator" (the site's maker) names no writer
        ("<meta name='twitter:creator:id' content='20815668'>", []),
        ("<meta property='og:author' content='https://www.facebook.com/cityherald'>", []),
        ("<meta name='sailthru.byline_bio' content='Jane Doe covers the council.'>", []),
        ("<meta name='creator' content='Web Studio, www.webstudio.example'>", []),
    ],
)
def test_author_tags_of_publishing_systems(tag: str, authors: list[str]) -> None:
    assert read_page_metadata(page(tag), url=URL).authors == authors


def graph(*nodes: dict) -> str:
    data = {"@context": "https://schema.org", "@graph": list(nodes)}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


ARTICLE = {"@type": "NewsArticle", "headline": "Council approves budget"}
PERSON_NODE = {"@type": "Person", "@id": "https://www.cityherald.com/#/person/jd", "name": "Jane Doe"}


@pytest.mark.parametrize(
    ("head", "after", "authors"),
    [
        # a Person named by schema.org's parts of a name, given name first
        (json_ld(author={"@type": "Person", "givenName": "Jane", "familyName": "Doe"}), "", ["Jane Doe"]),
        (json_ld(author={"@type": "Person", "familyName": "Doe"}), "", []),
        # a graph's author given as the Person node's @id, an object or the string alone
        (graph({**ARTICLE, "author": {"@id": PERSON_NODE["@id"]}}, PERSON_NODE), "", ["Jane Doe"]),
        (graph({**ARTICLE, "author": PERSON_NODE["@id"]}, PERSON_NODE), "", ["Jane Doe"]),
        (graph({**ARTICLE, "author": [PERSON_NODE["@id"]]}, PERSON_NODE), "", ["Jane Doe"]),
        (
            graph(
                {**ARTICLE, "author": {"@id": "#author"}},
                {"@type": "Person", "@id": "#author", "givenName": "Jane", "familyName": "Doe"},
            ),
            "",
            ["Jane Doe"],
        ),
        # an @id that names no node of the page is no name
        (graph({**ARTICLE, "author": "https://www.cityherald.com/#/person/x"}), "", []),
        # the article as one of a page's main entities
        (
            json_ld(**{"@type": "WebPage", "mainEntity": [{**ARTICLE, "author": PERSON_NODE}]}),
            "",
            ["Jane Doe"],
        ),
        # microdata: author among the element's properties
        (
            "",
            '<p><span itemprop="author creator" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Jane Doe</span></span></p>',
            ["Jane Doe"],
        ),
        ("", '<p class="info"><span itemprop="creator author">Jane Doe</span></p>', ["Jane Doe"]),
        # a property that only contains the letters is not author
        ("", '<p class="info"><span itemprop="authorship">Jane Doe</span></p>', []),
    ],
)
def test_schema_org_author_shapes(head: str, after: str, authors: list[str]) -> None:
    """schema.org's author in the shapes JSON-LD and microdata write it on any site."""
    assert read_page_metadata(page(head, after=after), url=URL).authors == authors


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        # the byline's link to the writer's archive, with no byline word or day beside it
        ('<div class="meta"><a href="/autor/jane-doe/">Jane Doe</a></div>', ["Jane Doe"]),
        (
            '<p><a href="/author/jane-doe">Jane Doe</a>, <a href="/author/john-roe">John Roe</a></p>',
            ["Jane Doe", "John Roe"],
        ),
        ('<address><a href="/staff/jane-doe/">Jane Doe</a></address>', ["Jane Doe"]),
        # a link to the list of all writers, or to another page, names no one
        ('<div class="meta"><a href="/authors/">All authors</a></div>', []),
        ('<div class="meta"><a href="/topics/jane-doe/">Jane Doe</a></div>', []),
        # a topic's page of a person the article is about, tagged under the headline
        ('<div class="tags"><a href="/people/john-roe">John Roe</a></div>', []),
        # a teaser card of another article links its own writer
        (
            '<a href="/news/other-story"><div><h3>Other story</h3>'
            '<a href="/author/john-roe/">John Roe</a></div></a>',
            [],
        ),
    ],
)
def test_a_link_to_the_writers_page_by_the_headline(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Текст: Венера Ерофеева", ["Венера Ерофеева"]),
        ("Текст и фото: Венера Ерофеева", ["Венера Ерофеева"]),
        ("Автор: Венера Ерофеева", ["Венера Ерофеева"]),
    ],
)
def test_the_russian_text_credit(byline: str, authors: list[str]) -> None:
    """Russian "Текст:" credits the text's writer as "Text:" does."""
    assert parse_byline([byline]).authors == authors


def test_a_writers_link_after_the_next_heading_is_not_the_byline() -> None:
    """A list of other posts under the headline, each with its heading and its writer."""
    after = (
        '<div class="post-list"><div><h2><a href="/news/other">Other story</a></h2>'
        '<a href="/author/john-roe/">John Roe</a></div></div>'
    )
    assert read_page_metadata(page(after=after), url=URL).authors == []
