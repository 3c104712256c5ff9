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



def test_marks_written_at_once_are_the_marks_written_one_by_one() -> None:
    """``mark_sentence_starts`` writes what ``Token.is_sent_start`` would, token by token,
    and refuses a parsed doc as that setter does."""
    from spacy.attrs import SENT_START

    from newsdesk.nlp import mark_sentence_starts

    nlp = load_pipeline()
    text = CREDIT + "Davis, in her op-ed, asked the public to forgive her father. He agreed."
    at_once, one_by_one = nlp.make_doc(text), nlp.make_doc(text)
    mark_sentence_starts(at_once, [2, 5], starts=True)
    mark_sentence_starts(at_once, [3, 7], starts=False)
    for index, value in ((2, True), (5, True), (3, False), (7, False)):
        one_by_one[index].is_sent_start = value
    assert at_once.to_array([SENT_START]).tolist() == one_by_one.to_array([SENT_START]).tolist()
    assert [t.is_sent_start for t in at_once][:8] == [True, None, True, False, None, True, None, False]
    with pytest.raises(ValueError):
        mark_sentence_starts(nlp(text), [2], starts=True)
