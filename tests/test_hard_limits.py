"""Inputs that once made analysis fail or take hours: long texts and many removed lines."""

from __future__ import annotations

import pytest

from newsdesk.article import Article, Removed
from newsdesk.clean import clean_article
from newsdesk.timex import _first_captions

PARAGRAPH = "The minister met farmers in Seville on Monday {n} to talk about water prices."


def removed(*pairs: tuple[str, str]) -> list[Removed]:
    return [Removed(text=text, reason=reason) for text, reason in pairs]


@pytest.mark.parametrize(("lines", "expected"), [
    (removed(("Photo: Reuters, 3 May 2021", "caption")), [0]),
    (removed(("A", "caption"), ("A", "caption"), ("B", "caption")), [0, 2]),
    (removed(("A", "trailer"), ("A", "caption")), []),  # the same text removed earlier
    (removed(("Share", "trailer"), ("Advertisement", "advert")), []),  # no caption at all
    ([], []),
])
def test_first_captions(lines: list[Removed], expected: list[int]) -> None:
    assert _first_captions(lines) == expected


def test_two_hundred_thousand_removed_lines_keep_one_caption() -> None:
    # once quadratic (a slice of every earlier line per caption): 170 s for this article
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(20))
    noise = "\n\n".join(["Advertisement"] * 200_000)
    article = clean_article(Article(path="ads.txt", raw_text=f"Water talks\n\n{body}\n\n{noise}\n\n{body}"))
    first = _first_captions(article.removed)
    assert len(article.removed) >= 200_000
    assert [article.removed[i].text for i in first] == ["Advertisement"]
