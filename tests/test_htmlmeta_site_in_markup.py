"""Metadata from HTML: the site's own name in the markup alone credits no one.

A publishing system writes the site's name into every article's markup as its author (a
JSON-LD ``author`` typed as an ``Organization``, a ``<meta name=author>``): that says who
publishes the page, not who wrote it. By the written rules an organisation named only in
the markup is no author, so a page that prints no credit gets none. Where the page prints
the site's name as a credit after the headline ("Von" | "City Herald", "Autor: City
Herald", "Quelle: …", a post's author slot), the reader sees it credited, and it stays.
The site's name in the page's title, a logo, a menu, a footer or a copyright line is no
credit. The minimal pages are written for the test in the forms pages print; the last test
reads three pages of the Scrapinghub benchmark whose markup names the site alone.
"""

from __future__ import annotations

import gzip

import pytest

from conftest import need_shared
from newsdesk.htmlmeta import read_page_metadata
from newsdesk.readers.html import article_from_html
from test_htmlmeta_unseen import URL, json_ld, page

_LD_SITE = json_ld(author={"@type": "Organization", "name": "City Herald"})
_META_SITE = '<meta name="author" content="City Herald">'
_LOGO = '<div class="logo"><a href="/">City Herald</a></div>'


@pytest.mark.parametrize(
    ("head", "before", "after", "footer", "authors"),
    [
        # the markup alone names the site: no credit
        pytest.param(_LD_SITE, "", "", "", [], id="json-ld-organisation-alone"),
        pytest.param(_META_SITE, "", "", "", [], id="meta-author-alone"),
        # the site's name in a logo above the headline and in the footer is no credit
        pytest.param(_LD_SITE, _LOGO, "", "© 2023 City Herald", [], id="logo-and-copyright"),
        pytest.param(_META_SITE, _LOGO, "", "City Herald", [], id="logo-and-footer"),
        # the page prints the site as the credit after the headline: it stays
        pytest.param(
            _LD_SITE, "", "<div><span>Von</span> <span>City Herald</span></div>", "",
            ["City Herald"], id="byline-word-then-site",
        ),
        pytest.param(
            _META_SITE, "", "<p>Autor: <a href='/profil/1'>City Herald</a></p>", "",
            ["City Herald"], id="author-label-then-site",
        ),
        pytest.param(
            _LD_SITE, "", "<p><time>19.10.2019 11:36</time> <span>City Herald</span></p>", "",
            ["City Herald"], id="post-author-slot",
        ),
        # a person the page prints wins as before
        pytest.param(
            _LD_SITE, "", '<p class="byline">By Jane Doe</p>', "", ["Jane Doe"], id="person-byline",
        ),
        # an organisation that is not the site keeps the markup's credit
        pytest.param(
            json_ld(author={"@type": "Organization", "name": "Northwind Press Agency"}), "", "", "",
            ["Northwind Press Agency"], id="another-organisation",
        ),
    ],
)
def test_the_sites_name_in_the_markup_alone(
    head: str, before: str, after: str, footer: str, authors: list[str]
) -> None:
    html = page(head, before=before, after=after, footer=footer)
    assert read_page_metadata(html, url=URL).authors == authors


def test_a_category_in_a_list_takes_no_place_of_the_site() -> None:
    """With the site's name dropped, no other organisation the page prints (a league's code
    in a list of other stories) becomes the credit."""
    stories = "<ul class='list'><li>30.01.2022 · Men · HBL1</li><li>27.01.2022 · Men · HBL1</li></ul>"
    assert read_page_metadata(page(_META_SITE, after=stories), url=URL).authors == []


BENCHMARK = "data/extraction/scrapinghub-article-extraction-benchmark/html"


@pytest.mark.parametrize(
    ("key", "url"),
    [
        ("70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2",
         "https://www.bbc.com/news/newsbeat-50470672"),
        ("7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f",
         "https://www.aljazeera.com/news/2019/11/"
         "service-members-killed-afghanistan-helicopter-crash-191120070028895.html"),
        ("4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a",
         "https://www.rt.com/news/473849-3-morales-supporters-killed-bolivia/"),
    ],
)
def test_real_pages_whose_markup_names_the_site_alone(key: str, url: str) -> None:
    """News pages that print no byline and type the site as the JSON-LD author."""
    path = need_shared(BENCHMARK) / f"{key}.html.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        article = article_from_html(f.read(), path=url, source=url, url=url)
    assert article.authors == []
