"""A comma or a semicolon opens no sentence, nor does a lower-case word after a word that ends
none (``nlp.continuation_opens_no_sentence``, before the parser): "Davis, in her op-ed,
asked …" after a photo credit is one sentence whose verb has its subject. A line break still
ends a sentence, and a lower-case word after a stop is left to the parser. The passages are
written for the tests in news style.
"""

from __future__ import annotations

import pytest

from newsdesk.nlp import load_pipeline

CREDIT = "Photo by Getty Images, FILE\n\n"

#: (text, its sentences as the pipeline gives them)
SENTENCES = [
    (
        CREDIT + "Davis, in her op-ed, asked the public to forgive her father.",
        [CREDIT, "Davis, in her op-ed, asked the public to forgive her father."],
    ),
    # a line break ends a sentence whatever follows it
    (
        "Photo by Getty Images\n\nin her op-ed, Davis asked the public to forgive her father.",
        ["Photo by Getty Images\n\n", "in her op-ed, Davis asked the public to forgive her father."],
    ),
    # a lower-case word after a stop is the parser's to read
    ("He said no. but the others disagreed.", ["He said no.", "but the others disagreed."]),
    ("It was late. iPhone sales fell.", ["It was late.", "iPhone sales fell."]),
]


@pytest.mark.parametrize(("text", "sentences"), SENTENCES)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in load_pipeline()(text).sents] == sentences


def test_the_name_before_a_comma_led_aside_is_the_verb_s_subject() -> None:
    doc = load_pipeline()(CREDIT + "Davis, in her op-ed, asked the public to forgive her father.")
    asked = next(t for t in doc if t.text == "asked")
    assert [c.text for c in asked.children if c.dep_ == "nsubj"] == ["Davis"]

