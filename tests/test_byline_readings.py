"""Bylines: general readings of what stands around a writer's name, on any site.

* A post's stamp with its time before the byline word keeps the byline after it ("11.05.2012,
  10:22 von jovelstefan"): the time ended the whole part, and the line was read as no
  byline, since words with digits stood before "von".
* A newsroom word ends a name only after a surname. "White" and "House" qualify a role only
  together ("White House Correspondent"; "Mary Ann White Reporter" gave "Mary Ann"), two
  words before a title are a given name and a surname ("David Allen Staff Writer"), and a
  desk word after a lone given name is a surname ("Jörg Staff" was a desk).
* The desk's abbreviation in the author's slot ("Autor: red", a JSON-LD author "red") is
  the desk, no person: a credit, which stands as the author only where no person is named.
  Capitalised, it is the abbreviation only with its period ("Red. / 31.10.2023").
* An outlet's own name may hold a word that is interface text elsewhere ("Post"): credited
  as the byline where no person is named ("by India Post News Weekly" on a site named
  "India Post"), its words are the outlet's, and the credit stands as the author.
* A byline that only an app's test id marks (``data-testid="prism-byline"``) is read by the
  headline, as any byline there: a lone "By" and the linked name after it; no element is
  trusted for such an id.
"""

from __future__ import annotations

import pytest

from newsdesk.bylines import parse_byline
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("11.05.2012, 10:22 von jovelstefan", ["jovelstefan"]),
        ("11.05.2012 10:22 Uhr von Jane Doe", ["Jane Doe"]),
        ("10:30 am by Jane Doe", ["Jane Doe"]),
        ("March 3, 2019 5:40 PM by Jane Doe", ["Jane Doe"]),
        # a time with no byline word after it still ends its own part
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", ["Uta Helkenberg"]),
        ("Jane Doe Updated 10:30 am", ["Jane Doe"]),
        ("04.02.2022 | 13:10 Uhr | Politik", []),
        # a name's own "von" after a time opens no byline
        ("10:22 Alexa von Heyden", []),
        ("10:22 von admin", []),
    ],
)
def test_a_time_before_the_byline_word(value: str, authors: list[str]) -> None:
    assert parse_byline(value).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("11.05.2012, 10:22 von jovelstefan", ["jovelstefan"]),
        ("March 3, 2019 5:40 PM by Jane Doe", ["Jane Doe"]),
        ("2012-05-11 10:22:05 by Jane Doe", ["Jane Doe"]),
        # words, not a stamp, before the byline word; a stamp and no name; no byline word
        ("11.05.2012, 10:22 Uhr von der Stadt beschlossen", []),
        ("Am 11.05.2012 von der Stadt beschlossen", []),
        ("11.05.2012, 10:22 Uhr", []),
    ],
)
def test_a_post_stamp_then_the_byline_by_the_headline(line: str, authors: list[str]) -> None:
    html = page(after=f"<small>{line}</small>")
    assert read_page_metadata(html, url=URL).authors == authors


def test_a_day_alone_before_the_byline_leaves_the_name_to_its_element() -> None:
    """A day without its time before "von" is left to the author's element: the line runs
    into the comments link after the name (a WordPress theme's post details)."""
    details = (
        '<p><a href="/p" rel="bookmark"><time class="entry-date">1. Januar 2016</time></a>'
        '<span class="byline"> von <span class="author vcard"><a class="url fn n" '
        'href="/author/x/" rel="author">KleineGrüneMonster</a></span></span>'
        '<span class="comments-link"><a href="/p#comments">Ein Kommentar</a></span></p>'
    )
    assert read_page_metadata(page(after=details), url=URL).authors == ["KleineGrüneMonster"]


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        # "White" alone is a surname's word; two words before a title are a given name and a
        # surname even where the surname is also a given name
        ("Mary Ann White Reporter", ["Mary Ann White"], []),
        ("David Allen Staff Writer", ["David Allen"], []),
        ("John Thomas Senior Writer", ["John Thomas"], []),
        ("Karen Grace Staff Writer", ["Karen Grace"], []),
        ("Jane Doe Writer", ["Jane Doe"], []),
        # after a full name, the title goes, "White House" with it
        ("Jane Doe Guest Contributor", ["Jane Doe"], []),
        ("Jane Martin Guest Contributor", ["Jane Martin"], []),
        ("Jane Doe White House Correspondent", ["Jane Doe"], []),
        ("Jane White House Correspondent", ["Jane White"], []),
        ("Mary Ann Rose Senior Editor", ["Mary Ann Rose"], []),
        ("Bruce Y. Lee Staff Reporter", ["Bruce Y. Lee"], []),
        ("Antrim Court Reporter", [], ["Antrim Court Reporter"]),
        # a desk word after a lone given name is a surname; after an outlet, a desk
        ("Von Jörg Staff", ["Jörg Staff"], []),
        ("Ann Desk", ["Ann Desk"], []),
        ("HNN Staff", [], ["HNN Staff"]),
        ("Staff Reports", [], ["Staff Reports"]),
        ("Metro Staff", [], ["Metro Staff"]),
        ("Houston Staff", [], ["Houston Staff"]),
        ("Charlotte Staff", [], ["Charlotte Staff"]),
        ("Jerusalem Post Staff", [], ["Jerusalem Post Staff"]),
        ("Jane Doe Staff Writer", ["Jane Doe"], []),
    ],
)
def test_a_newsroom_word_ends_a_name_only_after_a_surname(
    value: str, authors: list[str], credit: list[str]
) -> None:
    found = parse_byline(value)
    assert (found.authors, found.credit) == (authors, credit)


@pytest.mark.parametrize(
    ("value", "authors", "credit"),
    [
        ("Autor: red", [], ["red"]),
        ("red.", [], ["red"]),
        ("Jane Doe (red)", ["Jane Doe"], ["red"]),
        # capitalised, the period marks the abbreviation
        ("Red. / 31.10.2023", [], ["Red"]),
        ("Von Red.", [], ["Red"]),
        ("Jane Doe / Red.", ["Jane Doe"], ["Red"]),
        # the word's case is kept: a name or nickname stays no desk
        ("By Red Smith", ["Red Smith"], []),
        ("Red Smith / 31.10.2023", ["Red Smith"], []),
        ("By Red", [], []),
    ],
)
def test_the_desks_abbreviation_is_a_credit(
    value: str, authors: list[str], credit: list[str]
) -> None:
    found = parse_byline(value, handles=True)
    assert (found.authors, found.credit) == (authors, credit)


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        (page().replace("</article>", "<p><i>Autor: red</i></p></article>"), ["red"]),
        (page(json_ld(author={"@type": "Person", "name": "red"})), ["red"]),
        (
            page(
                after="<p class='author-meta'><em><a href='mailto:desk@cityherald.com'>Red.</a>"
                " / </em><em><time datetime='2023-10-31'>31.10.2023</time></em></p>"
            ),
            ["Red"],
        ),
        (
            page(
                json_ld(author={"@type": "Person", "name": "Jane Doe"}),
                after="<p class='author-meta'>Red. / 31.10.2023</p>",
            ),
            ["Jane Doe"],
        ),
        (
            page(
                json_ld(author={"@type": "Person", "name": "red"}),
                after="<p class='byline'>Von Jane Doe</p>",
            ),
            ["Jane Doe"],
        ),
    ],
)
def test_the_desks_abbreviation_stands_only_where_no_person_is_named(
    html: str, authors: list[str]
) -> None:
    found = read_page_metadata(html, url=URL)
    assert found.authors == authors


#: A standfirst of over 120 characters, one sentence, set in the byline's element.
_STANDFIRST = (
    "<strong>&nbsp;Die Stadt steht vor dem grössten Umbau seit Jahrzehnten, und der Rat hat"
    " dafür am Montag mit knapper Mehrheit das Geld bewilligt.</strong>"
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the byline and the day, then the standfirst in the same element
        (f"<em>Anna Berg / </em><em><time datetime='2023-10-31'>31.10.2023</time></em>{_STANDFIRST}",
         ["Anna Berg"]),
        (f"<em><a href='mailto:desk@cityherald.com'>Red.</a> / </em>{_STANDFIRST}", ["Red"]),
        # a long text of its own, no child writing a sentence: no byline
        ("Anna Berg schreibt seit vielen Jahren über Politik und Wirtschaft und lebt mit ihrer"
         " Familie in Berlin, wo sie auch studiert und ihre ersten Texte verfasst hat", []),
        # a long element whose children write no sentence keeps its whole text: no byline
        ("<span>Anna Berg</span> <span>Politik Wirtschaft Kultur Sport Reisen Wissen Digital"
         " Auto Gesundheit Bildung Familie Karriere Immobilien Finanzen Meinung Leserbriefe"
         "</span>", []),
    ],
)
def test_a_standfirst_in_the_bylines_element_is_no_part_of_it(
    byline: str, authors: list[str]
) -> None:
    html = page(after=f"<p class='author-meta'>{byline}</p>")
    assert read_page_metadata(html, url=URL).authors == authors


_POST_URL = "https://www.valleypost.com/news/council-approves-budget"


def _posted(byline: str, *, site: str = "Valley Post") -> str:
    """A page of the site ``site`` whose byline is the account link ``byline``."""
    head = f'<meta property="og:site_name" content="{site}">'
    link = f'<a href="/author/admin/" rel="author">by {byline}</a>'
    return page(head, after=f"<p class='meta'>{link}</p>")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the outlet's name with the paper's kind, or alone: the outlet is the credit
        ("Valley Post News Weekly", ["Valley Post News Weekly"]),
        ("Valley Post", ["Valley Post"]),
        # interface words after the outlet's name stay interface text
        ("Valley Post Login", []),
        ("Valley Post Related Posts", []),
        # a person named stays the author
        ("Jane Doe", ["Jane Doe"]),
    ],
)
def test_the_outlets_name_holds_a_word_of_the_interface(byline: str, authors: list[str]) -> None:
    assert read_page_metadata(_posted(byline), url=_POST_URL).authors == authors


@pytest.mark.parametrize(
    "byline",
    [
        "Featured Post",  # "Post" of no outlet's name: interface text
        "Valley Post News Weekly",  # another site's name, on a site named "City Herald"
    ],
)
def test_a_post_word_of_another_name_is_interface_text(byline: str) -> None:
    html = _posted(byline, site="City Herald")
    assert read_page_metadata(html, url=URL).authors == []


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("Valley Post News Weekly", ["Valley Post News Weekly"]), ("Valley Post Login", [])],
)
def test_the_domains_name_is_the_sites_own_where_the_page_names_none(
    byline: str, authors: list[str]
) -> None:
    """No site name in the page: the domain's (valleypost.com) is the name a credit opens with."""
    link = f'<a href="/author/admin/" rel="author">by {byline}</a>'
    html = page(after=f"<p class='meta'>{link}</p>")
    assert read_page_metadata(html, url=_POST_URL).authors == authors


PRISM_BYLINE = (
    '<div data-testid="prism-byline"><div><img alt="Alex Bozarjian Image" src="/a.png"></div>'
    '<div><span>By</span><span><a href="/about/newsteam/alex-bozarjian">Alex Bozarjian</a>'
    "</span><span>KTRK logo</span></div></div>"
)


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        (PRISM_BYLINE, ["Alex Bozarjian"]),
        # the same ids around no person give no author
        (PRISM_BYLINE.replace("Alex Bozarjian", "Share this story"), []),
    ],
)
def test_a_byline_only_a_test_id_marks_is_read_by_the_headline(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors
