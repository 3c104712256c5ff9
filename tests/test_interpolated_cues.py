"""Content split by a reporting clause or an *according to* phrase set off inside its sentence
(docs/attribution-rules.md): ``What the speech lacked, some argue, was a clear case ...`` and
``The conflict, according to Trump, derives from ...`` are two attributions each, the part
before and the part after, with the same source and cue.

Positive cases are articles of the fifth and third development sets (tests/data/quotes-dev5,
quotes-dev3: AllSides texts), checked against their annotations, and sentences of Scrapinghub
and AllSides texts (bdb56ac8, c58aa507; the Daily Caller and Wall Street Journal articles of
tests/data/quotes); negative cases are AllSides sentences with an aside that is no report of
speech, or a clause after the cue that belongs to its source.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, need_shared, write_jsonl
from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes
from newsdesk_eval.quote_blind import load_blind
from newsdesk_eval.quote_set import annotate_quotes
from newsdesk_eval.quotes import same_name

CORPUS = "data/corpus/allsides-article-bias/articles.jsonl.gz"
DEV5 = ROOT / "tests" / "data" / "quotes-dev5" / "annotations.jsonl"
DEV3 = ROOT / "tests" / "data" / "quotes-dev3" / "annotations.jsonl"
#: Columns and roundups where "some argue" splits the sentence it reports.
SPLIT = ("cKtRbSesHPBaEPSe", "UyphSkS9vMKbe8SC", "hmJdUQgByeR3UtB5", "EWg3dVSH4uI2xjO9")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _quotes_of(nlp, text: str) -> list[tuple[str, str | None, str]]:
    article = Article(path="t.txt", raw_text=text, text=text)
    return [(q["text"], q["speaker"], q["cue"]) for q in extract_quotes(nlp(text), article)]


def _split_gold(records: list[dict]) -> list[dict]:
    """Reported attributions whose cue stands between two contents with that cue."""
    by_cue: dict[int, list[dict]] = {}
    for record in (r for r in records if not r["direct"] and r["cue_start"] is not None):
        by_cue.setdefault(record["cue_start"], []).append(record)
    return [r for cue, found in by_cue.items() if len(found) == 2
            and min(r["end"] for r in found) <= cue < max(r["start"] for r in found)
            for r in found]


def _articles(annotations, ids, tmp_path) -> list:
    records = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "annotations.jsonl"
    write_jsonl(path, [r for r in records if r["id"] in ids])
    articles = load_blind(path, None, corpus=need_shared(CORPUS))
    assert len(articles) == len(ids)
    return articles


def test_some_argue_splits_its_sentence_in_two(nlp, tmp_path) -> None:
    for article in _articles(DEV5, SPLIT, tmp_path):
        predicted = annotate_quotes(nlp(article.article.text), article.article)
        parts = _split_gold(article.attributions)
        assert len(parts) == 2, article.id
        for gold in parts:
            found = [p for p in predicted if p["start"] == gold["start"] and p["end"] == gold["end"]]
            assert found, (article.id, gold["text"])
            assert found[0]["cue"] == gold["cue"] == "argue"
            assert same_name(gold["speaker"], found[0]["speaker"])


def test_according_to_inside_its_sentence_splits_it_in_two(nlp, tmp_path) -> None:
    """dev3: ``The conflict, according to Trump, derives from the fact that ...``."""
    (article,) = _articles(DEV3, ("vmFft6M1ROfqR4eg",), tmp_path)
    predicted = annotate_quotes(nlp(article.article.text), article.article)
    parts = _split_gold(article.attributions)
    assert parts[0]["text"] == "The conflict"
    for gold in parts:
        found = [p for p in predicted if p["start"] == gold["start"] and p["end"] == gold["end"]]
        assert found, gold["text"]
        assert found[0]["cue"] == gold["cue"] == "according to"
        assert same_name(gold["speaker"], found[0]["speaker"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of those gifts, according to the company, is a formal opportunity to buy a plot "
            "of land on or right near the border \u2014 rendering it not a surprise at all.",
            [("One of those gifts", "the company", "according to"),
             ("is a formal opportunity to buy a plot of land on or right near the border",
              "the company", "according to")],
        ),
        # at the start or the end of its sentence the phrase splits nothing
        ("According to the company, one of those gifts is a plot of land near the border.",
         [("one of those gifts is a plot of land near the border", "the company", "according to")]),
        ("One of those gifts is a plot of land near the border, according to the company.",
         [("One of those gifts is a plot of land near the border", "the company", "according to")]),
        # a coordinated clause after the phrase: the phrase closes a clause, not inside one
        ("That company is owned by a member of the Qatar royal family, 62 years old, according to "
         "the Panama Papers, documents from a Panamanian law firm obtained by the International "
         "Consortium of Investigative Journalists, and shared with The Wall Street Journal.", []),
    ],
)
def test_according_to_splits_only_inside_a_clause(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tuft cell, Herbert said, is constantly sensing the metabolic products present in "
            "microenvironments within the body.",
            [("The tuft cell", "Herbert", "said"),
             ("is constantly sensing the metabolic products present in microenvironments within "
              "the body", "Herbert", "said")],
        ),
        (
            "Many of the prisons, she said, are aging and need to be repaired.",
            [("Many of the prisons", None, "said"), ("are aging and need to be repaired", None, "said")],
        ),
    ],
)
def test_a_reporting_clause_between_commas_splits_its_content(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quotes-dev7 (PAI929e9, xjhmCP96, pzxjWPsI): the parse hangs the reporting clause as a
        # conjunct of the content's verb; its subject before the cue or inverted after it
        (
            "McCain and Lindsey Graham (R-SC) are scheduled to speak with Maliki on the phone "
            "Wednesday, Graham told The Daily Beast.",
            [("McCain and Lindsey Graham (R-SC) are scheduled to speak with Maliki on the phone "
              "Wednesday", "Lindsey Graham", "told")],
        ),
        (
            "However, such leads do not always pan out, cautions the Journal.",
            [("such leads do not always pan out", "Journal", "cautions")],
        ),
        (
            "Outreach efforts in all 58 counties should improve, argue Simpich and Jaffe, so "
            "independent voters understand the state’s Democratic primary is open, but with "
            "stipulations.",
            [("Outreach efforts in all 58 counties should improve", "Simpich and Jaffe", "argue"),
             ("so independent voters understand the state’s Democratic primary is open, but with "
              "stipulations", "Simpich and Jaffe", "argue")],
        ),
        # AllSides texts outside the sets
        (
            "Security protocols caused the delayed arrival, press Secretary Sarah Huckabee "
            "Sanders told media.",
            [("Security protocols caused the delayed arrival", "Sarah Huckabee Sanders", "told")],
        ),
        # a clause with a subject and a tense but no conjunction that the parse took for an
        # adverbial clause of the cue (quotes-dev7 PAI929e9; an AllSides text)
        (
            "Iraqi Prime Minister Nouri al-Maliki still hasn’t done enough to prove that he can "
            "be trusted with heavy U.S. weapons such as Apache helicopters, several top Senators "
            "told The Daily Beast.",
            [("Iraqi Prime Minister Nouri al-Maliki still hasn’t done enough to prove that he "
              "can be trusted with heavy U.S. weapons such as Apache helicopters",
              "several top Senators", "told")],
        ),
        # a link's headline: the verb has an object, no inverted subject
        ("More:Donald Trump trips up on history in 4th of July speech, mentions airports during "
         "Revolutionary War", []),
        # a cue with a noun object has no content before it
        ("But, in case anyone thought he was waiting for the task force’s findings to come in "
         "before acting, in May he wrote a letter to congressional leaders.", []),
    ],
)
def test_content_before_a_reporting_clause_the_parse_hung_elsewhere(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside of thinking, not of speech
        ("Warren then tied the dynamic to recent Dem-supported policies that, she believes, "
         "benefited the 1 percent at the expense of everyone else.", []),
        # the writer's own aside
        ("Yet if Hannity has Trump's ear, as I've written before, Carlson has become his "
         "mouthpiece.", []),
        # the apposition after an inverted cue is its source's, not what was said; the
        # sentence's opening connective is no part of the content (quotes 138)
        ("And those ideas run deep, said Jamilah Lemieux, a cultural critic and writer.",
         [("those ideas run deep", "Jamilah Lemieux", "said")]),
    ],
)
def test_an_aside_that_reports_no_speech_splits_nothing(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "as" clause with a long subject, set off by dashes, that the parse hung from the
        # noun before it
        ("One cause\u2014as several economists at the central bank have argued\u2014is that wages "
         "stalled for a decade.",
         [("One cause", "several economists at the central bank", "argued"),
          ("is that wages stalled for a decade", "several economists at the central bank",
           "argued")]),
        # the cue is the infinitive of another verb; the clause it stands in is a that-clause
        ("It is possible that the governor -- as her lawyers continue to insist -- never read "
         "the memo.",
         [("the governor", "her lawyers", "insist"),
          ("never read the memo", "her lawyers", "insist")]),
        # "as X put it" inside a question: a connective alone before it is no content
        ("So why, as one commentator put it, has the city become so expensive?",
         [("has the city become so expensive", "one commentator", "put it")]),
    ],
)
def test_an_as_clause_inside_its_sentence_splits_its_content(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own inside the aside
        "The plan, as he said he would, was dropped.",
        # no speaker: a comparison with what was expected
        "The senator, as expected, voted against the bill.",
        # the writer's own aside
        "The company, as I have argued before, is in trouble.",
        # a verb of thinking
        "The vote, as many believed, was a turning point.",
    ],
)
def test_an_as_clause_that_reports_no_speech_splits_nothing(nlp, text) -> None:
    assert _quotes_of(nlp, text) == []


def test_an_as_clause_leaves_a_report_of_its_own_to_its_cue(nlp) -> None:
    text = ("As the writer Jane Roe pointed out, the company's terms claim that a permanent ban "
            "will apply.")
    assert _quotes_of(nlp, text) == [("a permanent ban will apply", "the company's terms", "claim")]
