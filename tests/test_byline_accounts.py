"""Bylines: the account that posted a page, shown in the byline's place.

Pages that users post (a deal, a home story) print just after the headline a link to the
account's page and the day: the user name there is the author by the written rules (a user
name is right where the byline shows it). A link to an account elsewhere (a commenter's, a
link without a day after it, a link to an article) is none.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, page

DAY = "<span>18.10.2019, 15:07 Uhr</span>"


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        (f'<div class="entry-meta"><a href="/user-uebersicht/?u=79003">MikeNils</a>{DAY}</div>', ["MikeNils"]),
        (f'<div><a href="https://www.cityherald.com/members/127862">julia_k</a>{DAY}</div>', ["julia_k"]),
        (f'<div><a href="/profile/jdoe">jdoe77</a>{DAY}</div>', ["jdoe77"]),
        # the text after the account's link is not the link's, even with the day after it
        (f'<div><a href="/members/127862">julia_k</a> Deals des Tages{DAY}</div>', []),
        # no day after it: a link to an account is not yet a byline
        ('<div><a href="/members/127862">fri.juli</a><span>Saarland</span></div>', []),
        # a link to an article or a section, not an account
        (f'<div><a href="/news/usermanual">Handbuch</a>{DAY}</div>', []),
        (f'<div><a href="/usergroups/berlin">Berliner</a>{DAY}</div>', []),
        # a path is read as written, in lower case, whatever other links the page holds
        (f'<div><a href="/news/usermanual">Handbuch</a></div>'
         f'<div><a href="/Members/4">bob77</a>{DAY}</div>', []),
        # a day after the account's link inside a quotation is the quoted post's
        (f'<blockquote><a href="/members/1">sunsetkilling</a>{DAY}</blockquote>', []),
    ],
)
def test_an_account_by_the_headline(after: str, authors: list[str]) -> None:
    assert read_page_metadata(page(after=after), url=URL).authors == authors


def test_a_person_s_name_there_stays_the_byline_s() -> None:
    after = f'<div><a href="/members/4">Kathrin Führes</a>{DAY}</div>'
    found = read_page_metadata(page(after=after), url=URL)
    assert found.authors == ["Kathrin Führes"]
    assert found.found["authors"] == "by the headline"
