"""Passages that look like reported speech but report none (docs/attribution-rules.md, "Not
attributions"): the writer's own hedge under a modal (``I would say that ...``), an indirect
question after a directive (``warning them what to look for``), a purpose clause after a
directive whose object is the speech act itself (``asked pointed questions ... to find out``),
the writer's clause set against an *according to* phrase (``Sure, according to sources, but
...``), a clause after the cue's noun object and a comma (``tell his story, unfiltered by
...``) or after a reporting clause with nothing reported before it (``Usually, states ask for
things ..., and FEMA sends them``), quoted words that label the noun after them (``the “...”
firm``), the writer's clause after a dash and *but* (``97 percent said it was — but were
divided ...``), a speech verb in the counterfactual perfect (``could have said that ...``)
and one in an infinitive on a noun of failing, refusing or trying (``the failure of Democrats
to point out that ...``).

Negative cases are sentences of AllSides articles (``../shared``), run on the whole article;
positive cases show where each reading stops.
"""

from __future__ import annotations

import pytest

from conftest import need_shared, write_jsonl
from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes
from newsdesk_eval.quote_blind import load_blind
from newsdesk_eval.quote_set import annotate_quotes

CORPUS = "data/corpus/allsides-article-bias/articles.jsonl.gz"
#: (AllSides article id, words inside a passage that no attribution may hold)
NOT_REPORTED = [
    ("ttgESTRtf8jL0Iie", "there could be a debate regarding the use of social media"),
    ("tQC4YiM5fvKy9bs3", "what to look for"),
    ("q5BIM4E445uGvGCj", "unlikely to ever be a full embrace"),
    ("sycuzLzi4sO2xmVI", "opposition research and strategic communications"),
    ("tb8BkxfvGPFSaGaB", "the worse the better"),
    # a clause past the cue's noun object and a comma; "and" after a clause that reports nothing
    ("t8DYSxOnUqsrRqvb", "unfiltered by attack ads"),
    ("szgkU2nB5NgvFdps", "and FEMA sends them along"),
    # after a dash, "but" turns to the writer's own clause
    ("swQqvYCP44OX6z1M", "but the court disagreed"),
    ("t0NHl7QLd4eSzUZs", "but were divided over how to define"),
    ("temQF9tr9cJXSVG8", "but the exact nature of the window"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _corpus_article(article_id: str, tmp_path) -> Article:
    path = tmp_path / "article.jsonl"
    write_jsonl(path, [{"id": article_id, "dataset": "allsides", "attributions": []}])
    (article,) = load_blind(path, None, corpus=need_shared(CORPUS))
    return article.article


@pytest.mark.parametrize(("article_id", "words"), NOT_REPORTED)
def test_no_attribution_holds_the_passage(nlp, tmp_path, article_id, words) -> None:
    article = _corpus_article(article_id, tmp_path)
    assert words in article.text
    predicted = annotate_quotes(nlp(article.text), article)
    assert not [p["text"] for p in predicted if words in p["text"]]


def _quotes_of(nlp, text: str) -> list[tuple[str, str | None]]:
    article = Article(path="t.txt", raw_text=text, text=text)
    return [(q["text"], q["cue"]) for q in extract_quotes(nlp(text), article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source's view under a modal is still reported; only the writer's is a hedge
        ("Others may argue that the money saved in interest payments would pale in "
         "comparison.",
         [("the money saved in interest payments would pale in comparison", "argue")]),
        ("I would say that there could be a debate regarding the use of social media.", []),
        ("During my time as head of the Cato Institute, I would tell people that our mission "
         "is to create a free and prosperous society.",
         [("our mission is to create a free and prosperous society", "tell")]),
        # the object is the question asked: the infinitive says what for
        ("Senators asked pointed questions during the hearing to find out what the agency "
         "knew.", []),
        ("The party urged lawmakers to pass the bill before the recess.",
         [("to pass the bill before the recess", "urged")]),
        ("The government argued that the division of powers meant it would not be proper "
         "for the judiciary to decide — but the court disagreed.",
         [("the division of powers meant it would not be proper for the judiciary to decide",
           "argued")]),
        # a reporting clause between two reported parts keeps both; the sentence's opening
        # connective is no part of the content (quotes 138)
        ("The co-pilot, 27, took control, Robin said, and the accelerated descent was made "
         "manually.",
         [("The co-pilot, 27, took control", "said"),
          ("and the accelerated descent was made manually", "said")]),
        ("But the clearest path to winning back the suburban women, Republicans say, is "
         "constant messaging on socialism.",
         [("the clearest path to winning back the suburban women", "say"),
          ("is constant messaging on socialism", "say")]),
        # the clause before the phrase is still the source's
        ("Prices rose sharply last year, according to the ministry, but wages did not keep "
         "up.", [("Prices rose sharply last year", "according to")]),
    ],
)
def test_where_each_reading_stops(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal, "have" and a past participle: speech that was never made
        ("The mayor could have said that the budget was balanced, but she stayed silent.", []),
        ("The board should have warned that the bridge was unsafe.", []),
        ("Critics wouldn't have argued that the plan was fair.", []),
        # contracted, with a straight or a curly apostrophe
        ("The board could've warned that the bridge was unsafe.", []),
        ("He’d have said that the budget was balanced, but he stayed silent.", []),
        # a modal alone, "may have" and a perfect with no modal still report
        ("The mayor could say that the budget is balanced.",
         [("the budget is balanced", "say")]),
        ("The mayor may have said that the budget was balanced.",
         [("the budget was balanced", "said")]),
        ("The mayor has said that the budget was balanced.",
         [("the budget was balanced", "said")]),
        # the counterfactual inside the content is the source's own words
        ("The mayor said the budget would have been balanced.",
         [("the budget would have been balanced", "said")]),
    ],
)
def test_counterfactual_speech(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb in an infinitive on a noun of failing or trying: no speech made
        ("The failure of the council to point out that the road was closed is puzzling.", []),
        ("His attempt to claim that the vote was rigged went nowhere.", []),
        # an infinitive on a verb still reports
        ("The senator used the hearing to argue that the plan would fail.",
         [("the plan would fail", "argue")]),
        ("The minister went on to say that the deal was dead.",
         [("the deal was dead", "say")]),
    ],
)
def test_speech_after_a_noun_of_failing(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected
