"""Where reported content starts and ends (docs/attribution-rules.md, "Spans"), on real
sentences from the AllSides corpus: a clause that opens with a quotation and runs on past it is
one mixed content; a second report joined to the first (``said X and confirmed Y``) or another
source's report set against it (``…, though the FBI says Y``) ends the first content; a
connective that opens the sentence is no part of it.

Sentences are quoted from articles in ``../shared/data/corpus/allsides-article-bias``
(Baly et al., EMNLP 2020, Apache-2.0 collection; copyright with the outlets), for testing only.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes

#: (text, [(content, speaker, kind)]) in text order.
SPANS = [
    # a clause that opens with a quotation and goes on past its closing mark: the whole clause
    ("President Donald Trump said “only one thing will work” in dealing with the isolated "
     "country.",
     [("“only one thing will work” in dealing with the isolated country", "Donald Trump",
       "mixed")]),
    # words after the closing mark that tell when it was said are the writer's: the quotation
    ("President Trump told reporters \"the markets are gonna be just fine\" as he welcomed Irish "
     "Prime Minister Leo Varadkar to the White House Thursday.",
     [("the markets are gonna be just fine", "Trump", "partial")]),
    # a second reporting verb joined to the content's verb: the source's next report
    ("A spokesman for Theresa May said that Sir Kim is \"a dutiful, respected government "
     "official\" and confirmed there were no plans for Mrs May and Mr Trump to hold a call to "
     "discuss relations following the leak.",
     [("Sir Kim is \"a dutiful, respected government official\"", "A spokesman for Theresa May",
       "mixed"),
      ("there were no plans for Mrs May and Mr Trump to hold a call to discuss relations "
       "following the leak", "A spokesman for Theresa May", "indirect")]),
    # ... in the cue's own form only: a conjunct that shares the content's perfect is content
    ("Senator John Smith said the ministry had investigated the claims and confirmed that the "
     "report was false.",
     [("the ministry had investigated the claims and confirmed that the report was false",
       "John Smith", "indirect")]),
    # a conjunction that opens the sentence links the writer's sentences: no part of the content
    ("But inside the White House, officials have begun to \"unwind\" the timeline and "
     "circumstances surrounding the President's call with Zelensky, one White House official "
     "said.",
     [("inside the White House, officials have begun to \"unwind\" the timeline and "
       "circumstances surrounding the President's call with Zelensky",
       "one White House official", "mixed")]),
    # another source's report set against the content by *though*
    ("Russia had previously requested that the FBI investigate Tamerlan Tsarnaev for possible "
     "terrorist ties, though the FBI says a subsequent investigation turned up nothing.",
     [("the FBI investigate Tamerlan Tsarnaev for possible terrorist ties", "Russia", "indirect"),
      ("a subsequent investigation turned up nothing", "FBI", "indirect")]),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _attributions(nlp, text: str) -> list[dict]:
    return annotate_quotes(nlp(text), Article(path="t.txt", raw_text=text, text=text))


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_content_span(nlp, text: str, expected: list[tuple]) -> None:
    found = _attributions(nlp, text)
    assert [(a["text"], a["speaker"], a["kind"]) for a in found] == expected


def test_an_adverb_of_the_claim_is_no_connective(nlp) -> None:
    """A discourse adverb before a comma (``However,``) is cut from the content's start; an
    adverb of the claim itself is part of what was said."""
    text = ("Normally, he’s got great access, he says, but in this case he has had to rely on "
            "the senators’ public comments.")
    assert _attributions(nlp, text)[0]["text"] == "Normally, he’s got great access"
