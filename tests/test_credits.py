"""The credit lexicon: which caption lines and author fields read as photo or media credits.
Cases are credit lines as news pages print them, with near misses as negatives."""

from __future__ import annotations

import pytest

from newsdesk.credits import (
    AGENCY,
    BYLINE_CREDIT_LEAD,
    BYLINE_CREDIT_WORD,
    CREDIT_LINE_START,
    INLINE_CREDIT,
)


@pytest.mark.parametrize(("line", "expected"), [
    ("Photo: Evan Vucci / AP", True),
    ("Photos: Getty Images", True),
    ("Image credit: NASA/JPL-Caltech", True),
    ("Source: Reuters", True),
    ("Graphic: The Economist", True),
    ("Photographer Jane Doe waited for hours.", False),
    ("Sources said the talks would resume on Monday.", False),
    ("The photo was taken in May: it shows the harbour.", False),
])
def test_a_credit_line_opens_with_a_credit_word_and_a_colon(line, expected):
    assert bool(CREDIT_LINE_START.match(line)) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Protesters gather outside parliament. Photo: Jane Doe / Reuters", True),
    ("Rescue teams at the site. Image: handout via AP", True),
    ("Protesters gather outside parliament. Photo: Jane Doe", False),
    ("The ratio was 3/4 in the last survey.", False),
])
def test_a_caption_may_end_in_its_credit(line, expected):
    assert bool(INLINE_CREDIT.search(line)) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Jane Doe / Reuters", True),
    ("AP Photo/Evan Vucci", True),
    ("Handout via Xinhua", True),
    ("Reutersville council meets", False),
    ("Representatives met in the capital", False),
])
def test_agencies_are_named_as_whole_words(line, expected):
    assert bool(AGENCY.search(line)) is expected


@pytest.mark.parametrize(("field", "credit_word", "credit_lead"), [
    ("Photo by Jane Doe", True, True),
    ("Foto: Hans Müller", True, True),
    ("Jane Doe/Getty Images", True, False),
    ("Illustration by Sam Lee", True, True),
    ("Jane Doe and John Roe", False, False),
    ("Imogen Photographer-Smith", False, False),
    ("Videographer Sam Lee", False, False),
])
def test_author_fields_that_are_credits(field, credit_word, credit_lead):
    assert bool(BYLINE_CREDIT_WORD.search(field)) is credit_word
    assert bool(BYLINE_CREDIT_LEAD.match(field)) is credit_lead
