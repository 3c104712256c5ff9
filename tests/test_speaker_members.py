"""Members of a group that speaks (``speakers.members``), on real text: each case is a passage
cut down from an article of the AllSides corpus (``../shared/data/corpus/
allsides-article-bias``, Baly et al., EMNLP 2020, Apache-2.0 collection; copyright with the
outlets) or of the Scrapinghub article-extraction benchmark, for testing only, with the
speaker ``docs/attribution-rules.md`` gives its attribution. A group that a copula's *among*
puts the subject in speaks as the subject; a group under *among* that no copula governs
keeps its own words.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes


def speaker_of(text: str, content: str) -> list[str | None]:
    article = Article(path="t.txt", raw_text=text, text=text)
    quotes = annotate_quotes(load_pipeline()(text), article)
    return [q["speaker"] for q in quotes if content in q["text"]]


#: (text, words of the content, its speaker)
CASES = [
    # a list of companies among the retailers that said: every one of them (Scrapinghub
    # benchmark, PolitiFact)
    (
        "In the meantime, Pepsi, Coca-Cola, Costco and the recreational vehicle-maker "
        "Winnebago are among retailers that said they raised prices as a result of the "
        "tariffs.",
        "they raised prices",
        "Pepsi and Coca-Cola and Costco and Winnebago",
    ),
    # one senator among a party's senators who said (Reuters)
    (
        "Senator James Lankford was among Republicans who said this week that Trump could "
        "give Congress more time to reach a deal by extending the Dreamer program.",
        "Trump could give Congress",
        "James Lankford",
    ),
    # ... and a group whose noun an "of" phrase carries (Associated Press)
    (
        "Chief Justice John Roberts, who wrote the 2013 opinion, was among several members of "
        "the court who suggested there might not be much of a difference in the new case.",
        "there might not be much",
        "John Roberts",
    ),
]

#: Groups under "among" that no copula puts anyone in: the group speaks in its own words.
NEGATIVE_CASES = [
    (
        "Support for the measure grew among voters who said the economy was getting worse, the poll found.",
        "the economy was getting worse",
        "voters",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES + NEGATIVE_CASES)
def test_member_of_a_group_that_speaks(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
