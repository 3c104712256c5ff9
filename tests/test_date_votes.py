"""The learned vote over the days a page's sources name."""

from __future__ import annotations

import json

import pytest

from newsdesk.htmlmeta import Structured, parse_tree, read_json_ld, read_meta
from newsdesk.htmlmeta.structured import PageMetadata
from newsdesk_eval.date_votes import (
    candidate_days,
    feature_names,
    features,
    shipped_weights,
    voted_day,
)

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The city council voted on Tuesday to approve a new budget for the coming year.",
        "The plan adds money for schools and road repairs, and it cuts spending on consultants.",
        "Several members said the vote was close because of a dispute over property taxes.",
    )
)


def page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Council passes budget</title>{head}</head><body><article>"
        f"<h1>Council passes budget</h1>{body}{BODY}</article></body></html>"
    )


def json_ld(**stamps: str) -> str:
    item = {"@context": "https://schema.org", "@type": "NewsArticle", **stamps}
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


def days_of(html: str, *, url: str | None = None, fallback: str | None = None) -> dict:
    tree = parse_tree(html)
    data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    found = PageMetadata(title="Council passes budget")
    return candidate_days(tree, data, url=url, fallback=fallback, opening=(), page=found)


def test_shipped_weights_name_every_feature() -> None:
    assert shipped_weights().names == feature_names()


@pytest.mark.parametrize(
    ("html", "url", "fallback", "published"),
    [
        pytest.param(
            page(json_ld(datePublished="2021-03-16T16:16:10Z", dateModified="2021-03-20")),
            None,
            "2021-03-20",
            "2021-03-16",
            id="published-stamp-over-its-update",
        ),
        pytest.param(
            page('<meta property="article:published_time" content="2020-01-17T21:08:00+00:00">'
                 '<meta property="article:modified_time" content="2020-01-18T06:27:28+00:00">'),
            "https://press.example/2020/01/forests/",
            None,
            "2020-01-17",
            id="meta-published-over-meta-modified",
        ),
        pytest.param(
            page(body="<p class='date'>Veröffentlicht am 12. Januar 2022</p>"),
            None,
            None,
            "2022-01-12",
            id="day-of-a-date-element",
        ),
        pytest.param(
            page(body='<img src="/uploads/2010/01/01/photo.jpg"><p class="date">3 May 2019</p>'),
            None,
            None,
            "2019-05-03",
            id="never-an-image-path",
        ),
        pytest.param(page(), None, None, None, id="no-day-at-all"),
    ],
)
def test_voted_day(html: str, url: str | None, fallback: str | None, published) -> None:
    assert voted_day(days_of(html, url=url, fallback=fallback)) == published


def test_sources_agreeing_outvote_one() -> None:
    days = {"json-ld datePublished": "2022-05-05", "url": "2022-05-05", "trafilatura": "2022-05-06"}
    assert voted_day(days) == "2022-05-05"


def test_features_of_a_day() -> None:
    days = {"json-ld datePublished": "2022-05-05", "json-ld dateModified": "2022-05-09"}
    modified = dict(zip(feature_names(), features("2022-05-09", days), strict=True))
    assert modified["json-ld dateModified"] == 1.0
    assert modified["json-ld datePublished"] == 0.0
    assert modified["not json-ld datePublished"] == 1.0
    assert modified["after a published stamp"] == 1.0
    assert modified["only modified stamps name it"] == 1.0
    assert modified["latest day"] == 1.0
