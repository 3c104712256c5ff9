"""Speakers named by a given name alone or by an outlet's noun, on real text: each case is a
passage cut down from an article of the AllSides corpus (``../shared/data/corpus/
allsides-article-bias``, Baly et al., EMNLP 2020, Apache-2.0 collection; copyright with the
outlets; quotes-dev9), for testing only, with the speaker ``docs/attribution-rules.md`` gives
its attribution (the fullest name the article gives). ``WRITTEN_CASES`` are short passages
written for the tests, in news style, where each reading must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes


def speaker_of(text: str, content: str) -> list[str | None]:
    article = Article(path="t.txt", raw_text=text, text=text)
    quotes = annotate_quotes(load_pipeline()(text), article)
    return [q["speaker"] for q in quotes if q["text"].startswith(content)]


_CAR_WASH = (
    "Bill Lawrence of Texas recently posted on his Facebook page that he sold his business "
    "because of Obamacare.\n\n"
    "With 290 employees, his business would be subject to the Affordable Care Act’s employer "
    "mandate. Bill says it would have run him in the neighborhood of $400,000 annually.\n\n"
    "I spoke with Bill Bertovich, who runs a car wash in Ohio, about the same mandate."
)

#: (text, the content's first words, its speaker)
CASES = [
    # a given name alone, after one of the two full names that begin with it and before the
    # other, is the one named before it (Salon)
    (_CAR_WASH, "it would have run him", "Bill Lawrence"),
    # "the paper" with no paper named before: the outlet just named (Rich Lowry, National Review)
    (
        "The New York Times reported the astonishing news. “Counterintelligence "
        "investigators,” the paper writes, “had to consider whether the president’s own "
        "actions constituted a possible threat to national security.”",
        "had to consider whether",
        "New York Times",
    ),
]

WRITTEN_CASES = [
    # the outlet, not an organisation named between that no word of its name calls an outlet
    (
        "The Denver Post reported on Friday that the Red Cross had left the city. The paper "
        "said that aid would resume next week.",
        "aid would resume",
        "Denver Post",
    ),
    # both full names written before the given name: which one it is, is not said
    (
        "Bill Lawrence sold his company last year. Bill Bertovich kept his.\n\n"
        "Bill says the mandate would have cost him $400,000 a year.",
        "the mandate would have cost",
        "Bill",
    ),
    # a paper of its own named before: its owner, not the outlet beside it
    (
        "The Washington Post reported that Jane Smith published a paper in April. The paper "
        "says that the drug cut deaths by a third.",
        "the drug cut deaths",
        "Jane Smith",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES + WRITTEN_CASES)
def test_speaker_of_a_given_name_or_an_outlets_noun(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
