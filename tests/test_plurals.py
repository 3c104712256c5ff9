"""Counted nouns as the command line and the web pages print them."""

from __future__ import annotations

import pytest

from newsdesk.plurals import count_noun


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [
        (1, "article", "1 article"),
        (0, "article", "0 articles"),
        (5, "article", "5 articles"),
        (1, "story", "1 story"),
        (2, "story", "2 stories"),
        (3, "entity", "3 entities"),
        (2, "day", "2 days"),  # a vowel before the y: -s
        (1, "quoted source", "1 quoted source"),
        (2, "quoted source", "2 quoted sources"),
        (2, "analysis", "2 analyses"),
    ],
)
def test_a_count_says_its_noun_in_the_right_number(n: int, noun: str, said: str) -> None:
    many = "analyses" if noun == "analysis" else None
    assert count_noun(n, noun, many=many) == said
