"""A word the tokenizer split at its hyphens, read whole by the one helper the quotes' documents,
the events' noun triggers and the events' split subjects share (``newsdesk.parsed``)."""

import pytest

from newsdesk.nlp import load_pipeline
from newsdesk.parsed import inside_a_word, joined_at_hyphen, word_start


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_word_split_at_its_hyphens_starts_at_its_first_part(nlp):
    doc = nlp("She read the op-ed and a mother-in-law's cease-fire plan.")
    assert doc[word_start(_token(doc, "ed")):_token(doc, "ed").i + 1].text == "op-ed"
    assert doc[word_start(_token(doc, "law")):_token(doc, "law").i + 1].text == "mother-in-law"
    assert joined_at_hyphen(_token(doc, "fire"))
    assert word_start(_token(doc, "plan")) == _token(doc, "plan").i


def test_a_dash_between_words_joins_nothing(nlp):
    doc = nlp("LAKE BUENA VISTA, Fla. - Officials said the vote - a close one - was fair.")
    dashes = [t for t in doc if t.text == "-"]
    assert dashes and not any(inside_a_word(d) for d in dashes)
    assert not any(joined_at_hyphen(t) for t in doc)
    assert word_start(doc[0]) == 0
