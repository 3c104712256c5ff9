"""The day written by the headline is the article's own: a day in a block beside the article
that lies among the texts just after or above the headline (a related or trending list, a
comment on a short post) is another article's or a reader's; the page's own day is the next
one by the headline, or comes from a later source. A share bar, an ``<aside>`` of the post's
details and a class that says comments are closed hold the article's own day. Each snippet
is a minimal page written for the test, with no stamps.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta import BODY

OWN_DAY = "<p class='post-date'>Posted 28.09.2019</p>"


def page(*, above: str = "", after: str = "", end: str = "", head: str = "") -> str:
    """A page with no stamps: ``above`` before the headline, ``after`` just after it,
    ``end`` after the text."""
    return (
        f"<html><head>{head}</head><body>{above}<div class='page'>"
        f"<h1>Kein App Store mehr</h1>{after}{BODY}{end}</div></body></html>"
    )


RELATED = (
    "<div class='related-posts'><a href='/ios-13-1'>iOS 13.1 ist da</a>"
    "<span>21.09.2019</span></div>"
)
TRENDING = "<ul class='trending'><li><a href='/wwdc'>WWDC</a> 21.09.2019</li></ul>"
COMMENT = "<div class='comments'><p>th3Chris</p><p>30.09.2019</p><p>Bei mir geht es.</p></div>"


@pytest.mark.parametrize(
    ("html", "published", "source"),
    [
        pytest.param(page(after=OWN_DAY), "2019-09-28", "line by the headline", id="own-day"),
        pytest.param(
            page(after=RELATED, end=OWN_DAY), "2019-09-28", "line by the headline",
            id="a-related-list-under-the-headline",
        ),
        pytest.param(
            page(above=TRENDING, end=OWN_DAY), "2019-09-28", "line by the headline",
            id="a-trending-list-above-the-headline",
        ),
        pytest.param(
            page(end=COMMENT, head="<meta name='date' content='2019-09-28'>"),
            "2019-09-28", "meta date", id="a-comment-under-a-short-post",
        ),
        pytest.param(
            page(after=f"<div class='meta'>{OWN_DAY}</div>"), "2019-09-28",
            "line by the headline", id="a-meta-line-is-the-articles-own",
        ),
        pytest.param(
            page(after="<div class='socialshareBox'><div class='pubdate'>28.09.2019</div></div>"),
            "2019-09-28", "line by the headline", id="a-share-bar-is-the-articles-own",
        ),
        pytest.param(
            page(after="<aside class='meta'><time>28.09.2019 - 13:30</time></aside>"),
            "2019-09-28", "line by the headline", id="an-aside-of-the-posts-details",
        ),
        pytest.param(
            page(after="<div class='no-comments'><p>28.09.2019</p></div>"),
            "2019-09-28", "line by the headline", id="a-layout-state-is-no-comment-block",
        ),
    ],
)
def test_a_day_beside_the_article_is_not_the_headlines(
    html: str, published: str, source: str
) -> None:
    found = read_page_metadata(html)
    assert (found.published, found.found["published"]) == (published, source)
