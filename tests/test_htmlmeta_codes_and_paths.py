"""Metadata from HTML: an account's code in ``<meta name=author>``, an update shown over a
publication day that the URL path names too, and a one-word author spelled out by text that
is no author's (a post marked with its account, the site's name).

Each snippet is a minimal page written for the test. A one-word ``<meta>`` author that the
page's text never writes is the code of the account or site that posted it, no writer's
name; one the byline prints (a user name, a first name) stays. A page that shows only its
update is dated by that update when the markup stamps it, unless the URL path names the
publication stamp's day: a path is kept through the article's updates. A one-word author
is spelled out only by an author's box, never by the post's whole text that a publishing
system marks with its account's class, nor by the site's own name.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY


def page(head: str = "", *, after: str = "", footer: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>"
        f"{after}{BODY}</article><footer><p>{footer}</p></footer></body></html>"
    )


def meta_author(value: str) -> str:
    return f'<meta name="author" content="{value}">'


@pytest.mark.parametrize(
    ("head", "after", "footer", "authors"),
    [
        # an account's code in capitals, written nowhere a reader sees
        pytest.param(meta_author("WXRTNEWS"), "", "", [], id="station-code-unwritten"),
        # the same code also in another tag and a script: still no text writes it
        pytest.param(
            meta_author("WXRTNEWS") + '<meta name="burst" content="WXRTNEWS"><script>var unit = "WXRTNEWS";</script>',
            "",
            "",
            [],
            id="code-in-other-tags",
        ),
        # the host's first word, written only inside the domain name on the page
        pytest.param(meta_author("hlv"), "", "© hlv-sportnorm.com", [], id="host-word"),
        # a user name the byline prints stays the author
        pytest.param(meta_author("jkadmin"), "<p>Posted by jkadmin</p>", "", ["jkadmin"], id="user-name-printed"),
        # a first name that signs the text, in another case, stays
        pytest.param(meta_author("marta"), "<p>Marta</p>", "", ["marta"], id="first-name-shown"),
        # a pen name written as a name is the metadata's name for the writer
        pytest.param(meta_author("Quillmark"), "", "", ["Quillmark"], id="pen-name-unwritten"),
        # the site's own name, written nowhere whole: the markup alone credits no one
        pytest.param(meta_author("hlv-sportnorm"), "", "", [], id="site-name"),
        # a name of two words is no code, printed or not
        pytest.param(meta_author("Jane Doe"), "", "", ["Jane Doe"], id="full-name-unwritten"),
    ],
)
def test_a_code_in_the_meta_author(head: str, after: str, footer: str, authors: list[str]) -> None:
    html = page(head, after=after, footer=footer)
    assert read_page_metadata(html, url="https://www.hlv-sportnorm.com/news/swim").authors == authors


def stamps(published: str, modified: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves budget",
        "datePublished": published,
        "dateModified": modified,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


STAMPS = stamps("2021-05-04T10:00:00-04:00", "2021-05-09T08:30:00-04:00")


@pytest.mark.parametrize(
    ("url", "after", "published"),
    [
        # the path names the publication stamp's day: the update shown gives way
        pytest.param(
            "https://www.cityherald.com/news/2021/5/4/12345/council-budget",
            "<p>Updated May 9, 2021, 8:30am EDT</p>",
            "2021-05-04",
            id="path-names-publication",
        ),
        pytest.param(
            "https://www.cityherald.com/2021-05-04/council-budget",
            "<p>Aktualisiert am 09.05.2021</p>",
            "2021-05-04",
            id="path-run-of-digits",
        ),
        # no day in the path: the update the page shows and stamps is its day, as before
        pytest.param(
            "https://www.cityherald.com/news/council-budget",
            "<p>Updated May 9, 2021, 8:30am EDT</p>",
            "2021-05-09",
            id="no-day-in-path",
        ),
        # the path names the update's day: the page was put up on it
        pytest.param(
            "https://www.cityherald.com/news/2021/05/09/council-budget",
            "<p>Updated May 9, 2021, 8:30am EDT</p>",
            "2021-05-09",
            id="path-names-update",
        ),
        # a day shown by the headline without an update word is the page's own
        pytest.param(
            "https://www.cityherald.com/news/2021/5/4/council-budget",
            "<p>May 9, 2021</p>",
            "2021-05-09",
            id="shown-day-not-an-update",
        ),
    ],
)
def test_an_update_shown_over_the_path_s_day(url: str, after: str, published: str) -> None:
    assert read_page_metadata(page(STAMPS, after=after), url=url).published == published


def post(article_class: str, text: str, *, head: str = "") -> str:
    return (
        f'<html><head><meta name="author" content="Northwind">{head}</head><body>'
        f'<article class="{article_class}"><h1>Council approves budget</h1>'
        f'<p class="byline">By Northwind</p>{BODY}<p>{text}</p></article></body></html>'
    )


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        # the post's wrapper carries its account's class: its text is no author box
        pytest.param(
            post("post author-northwind type-post", "Try the Northwind Harvest bars before a run."),
            ["Northwind"],
            id="post-wrapper-with-author-class",
        ),
        # the site's name without its article is no full name of the author
        pytest.param(
            post(
                "post",
                "Subscribe to the Northwind Journal for more.",
                head='<meta property="og:site_name" content="The Northwind Journal">',
            ),
            ["Northwind"],
            id="site-name-without-article",
        ),
        # an author's box inside the post still spells the name out
        pytest.param(
            post("post author-northwind", '</p><div class="author-bio">Northwind Okafor writes on budgets.</div><p>'),
            ["Northwind Okafor"],
            id="author-box-inside-the-post",
        ),
    ],
)
def test_neither_the_post_nor_the_site_s_name_spells_an_author_out(html: str, authors: list[str]) -> None:
    assert read_page_metadata(html, url="https://www.cityherald.com/news/budget").authors == authors
