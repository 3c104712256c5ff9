"""Credit lines (docs/attribution-rules.md): a quotation that opens its paragraph, then a dash
and a short name phrase (``“…” — Greg Cote, Miami Herald``), is the credited name's.

Positive cases are articles of the fifth development set (tests/data/quotes-dev5: AllSides
roundups and an epigraph), checked against its annotations; negative cases are AllSides
articles where a dash after a quotation opens a clause or a dateline, not a name. Credits
with no dash (``“…” ¶ Jane Doe, Washington Post``) are checked on AllSides roundups outside
every attribution set, against lines after a quotation that are headings, captions or
sentences.
"""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import ROOT, need_shared, write_jsonl
from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_blind import load_blind
from newsdesk_eval.quote_set import annotate_quotes
from newsdesk_eval.quotes import same_name

CORPUS = "data/corpus/allsides-article-bias/articles.jsonl.gz"
DEV5 = ROOT / "tests" / "data" / "quotes-dev5" / "annotations.jsonl"
#: Roundups with person, joint, editorial and "to Insider" credits; the epigraph on its own
#: line; a roundup whose credited quotes inherited an earlier cue's speaker.
CREDITED = ("lPz3puZEwdRf", "hmJdUQgByeR3", "EWg3dVSH4uI2", "6gEianLPsjMn", "JmZ94vEpm9Pm")
#: (article, a dash line after a quotation that is no credit): a clause, a dateline, a sentence
#: that names someone after its verb.
NOT_CREDITED = [
    ("jzh39xWjmEcnrwd9", "those are the values"),
    ("dWGEvx7WzmvzIrbw", "suggesting that"),
    ("rTWAcIf4LzTNzGDO", "28 June, Monessen"),
    ("tglq3janxHdvo7Qj", "A heckler yelled at Howard Schultz"),
]
DASHES = ("—", "–", "-")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _credited_articles(tmp_path) -> list:
    records = [json.loads(line) for line in DEV5.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "annotations.jsonl"
    write_jsonl(path, [r for r in records if r["id"][:12] in CREDITED])
    return load_blind(path, None, corpus=need_shared(CORPUS))


def _overlapping(gold: dict, predicted: list[dict]) -> dict | None:
    return next((p for p in predicted if p["start"] < gold["end"] and gold["start"] < p["end"]), None)


def test_a_credit_line_names_its_quotation_s_speaker(nlp, tmp_path) -> None:
    articles = _credited_articles(tmp_path)
    assert len(articles) == len(CREDITED)
    checked = 0
    for article in articles:
        predicted = annotate_quotes(nlp(article.article.text), article.article)
        for gold in (a for a in article.attributions if a["cue"] in DASHES):
            found = _overlapping(gold, predicted)
            assert found is not None, gold["text"][:60]
            assert same_name(gold["speaker"], found["speaker"]), (gold["speaker"], found["speaker"])
            assert found["direct"] and found["cue"] == gold["cue"]
            assert found["affiliation"] == gold["affiliation"], gold["speaker"]
            checked += 1
    assert checked == 18


@pytest.mark.parametrize(("article_id", "line"), NOT_CREDITED)
def test_a_dash_that_opens_a_clause_or_a_date_is_no_credit(nlp, article_id, line) -> None:
    with gzip.open(need_shared(CORPUS), "rt", encoding="utf-8") as handle:
        text = next(r for r in map(json.loads, handle) if r["ID"] == article_id)["content_original"]
    at = text.index(line)
    dash = text.rindex("\n", 0, at) if "\n" in text[:at] else 0
    quotes = annotate_quotes(nlp(text), Article(path="allsides.txt", raw_text=text, text=text))
    assert quotes
    assert not [q for q in quotes if q["cue"] in DASHES and dash <= q["cue_start"] <= at]


#: (article, a bare credit line, its speaker, its outlet): AllSides roundups, the credit on the
#: line after the quotation or after its closing mark.
BARE_CREDITS = [
    ("wCyqtbPHF9pCugXh", "Jon Healey, Los Angeles Times", "Jon Healey", "Los Angeles Times"),
    ("wCyqtbPHF9pCugXh", "Michael Grunwald, Politico", "Michael Grunwald", "Politico"),
    ("xl73H64iG6eFf22G", "Ian Millhiser, Vox", "Ian Millhiser", "Vox"),
    ("xl73H64iG6eFf22G", "Zack Smith, Daily Signal", "Zack Smith", "Daily Signal"),
    ("yDMKyvcVE2a6r6sV", "David A. Graham, The Atlantic", "David A. Graham", "The Atlantic"),
    ("yDMKyvcVE2a6r6sV", "Bret Stephens, New York Times", "Bret Stephens", "New York Times"),
    ("zfaJK76oS3BP8XYJ", "David Ignatius, Washington Post", "David Ignatius", "Washington Post"),
    ("zfaJK76oS3BP8XYJ", "Dan Spinelli, Mother Jones", "Dan Spinelli", "Mother Jones"),
]
#: (article, a short line after a quotation's paragraph that is no credit): headings (one all
#: in capitals, one with a verb), a picture credit, sentences of one line.
NOT_BARE_CREDITS = [
    ("KxvPwgCid1u8k8LF", "THE CORONAVIRUS OUTBREAK, STATE-BY-STATE"),
    ("vJYWFJecuqNulLk4", "Colorado Springs officer was father, former competitive skater"),
    ("vfaxDbKTynXvvDb8", "In Israel, Iron Dome can't keep the fear away"),
    ("iCIPSFv376rLSRX3", "Invision/AP, FILE"),
    ("zjrh9rNLHGbY8J3o", "And it goes beyond immigration policy, Greener says."),
    ("woAk8joLuaL6vw7x", "Someone in the audience called out"),
]


def _corpus_texts(ids: set[str]) -> dict[str, str]:
    with gzip.open(need_shared(CORPUS), "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return {r["ID"]: r["content_original"] for r in rows if r["ID"] in ids}


def _quotes(nlp, text: str) -> list[dict]:
    return annotate_quotes(nlp(text), Article(path="allsides.txt", raw_text=text, text=text))


@pytest.fixture(scope="module")
def bare_texts() -> dict[str, str]:
    return _corpus_texts({row[0] for row in BARE_CREDITS + NOT_BARE_CREDITS})


@pytest.mark.parametrize(("article_id", "line", "speaker", "outlet"), BARE_CREDITS)
def test_a_name_and_outlet_alone_after_a_quotation_credit_it(
    nlp, bare_texts, article_id, line, speaker, outlet
) -> None:
    text = bare_texts[article_id]
    at = text.index(line)
    quote = next(q for q in _quotes(nlp, text) if q["source_start"] == at)
    assert quote["direct"] and text[quote["end"] : at].strip() in {"”", "”.", "\""}
    assert (quote["speaker"], quote["affiliation"]) == (speaker, outlet)
    assert quote["cue"] == text[quote["cue_start"]] == "”"


@pytest.mark.parametrize(("article_id", "line"), NOT_BARE_CREDITS)
def test_a_heading_caption_or_sentence_after_a_quotation_is_no_credit(
    nlp, bare_texts, article_id, line
) -> None:
    text = bare_texts[article_id]
    at = text.index(line)
    end = text.find("\n", at) if "\n" in text[at:] else len(text)
    quotes = _quotes(nlp, text)
    assert quotes
    assert not [q for q in quotes if q["cue"] in {"”", "\""} and at <= q["source_start"] < end]


#: Roundup paragraphs of our own: (text, the credited speaker and outlet of its last quotation).
#: The house voice credits for its outlet; a lead-in with no cue of its own before the
#: quotation (``Worth remembering:``) leaves it to the credit line after it.
OWN_CREDITS = [
    ("From the Right\n\nThe right welcomes the ruling.\n\n“The decision restores a balance the"
     " lower courts had lost, and it does so in words any reader can follow.”\n\nThe Editors,"
     " National Review", ("National Review", "National Review")),
    ("From the Left\n\nThe left is wary.\n\nWorth remembering: “The last time the party tried"
     " this, it lost both houses of Congress in a single autumn.”\n\nMaria Lopez, Chicago"
     " Tribune", ("Maria Lopez", "Chicago Tribune")),
]
#: A line after the quotation that is a sentence, or the house voice with no outlet, credits
#: nothing: the quotation keeps what it had (no speaker, or its cue's).
OWN_NOT_CREDITS = [
    ("The senator spoke for an hour.\n\nIn short: “We have heard all of this before, and none of"
     " it was true then either.”\n\nThe editors said nothing more.", None),
    ("The senator spoke for an hour.\n\n“We have heard all of this before, and none of it was"
     " true then either.”\n\nThe Editors", None),
    ("“The plan is dead, and everyone in this building knows it,” said Senator Jane Hill.\n\n"
     "The Editors, in their note, disagreed.", "Jane Hill"),
]


@pytest.mark.parametrize(("text", "credit"), OWN_CREDITS)
def test_the_house_voice_and_a_lead_in_with_no_cue_are_credited(nlp, text, credit) -> None:
    quote = _quotes(nlp, text)[-1]
    assert quote["direct"] and quote["cue"] == "”"
    assert (quote["speaker"], quote["affiliation"]) == credit


@pytest.mark.parametrize(("text", "speaker"), OWN_NOT_CREDITS)
def test_a_sentence_or_a_bare_house_voice_credits_nothing(nlp, text, speaker) -> None:
    quote = _quotes(nlp, text)[-1]
    assert quote["cue"] != "”" and quote["speaker"] == speaker


#: USA Today roundups: a quotation that opens on a quotation inside it closes both, a space
#: apart (``’ ”``), before its dashed credit line.
NESTED_CREDITS = [
    ("That’s led some to believe that it is not necessary to wear a mask while outside.\n\n“ ‘We"
     " have enough compelling data to show that plenty of people get it outside if they’re close"
     " together without a mask’ ” — Peter Chin-Hong, an infectious disease physician at"
     " University of California San Francisco", "Peter Chin-Hong"),
]


@pytest.mark.parametrize(("text", "speaker"), NESTED_CREDITS)
def test_a_credit_after_a_quotation_inside_a_quotation(nlp, text, speaker) -> None:
    quote = _quotes(nlp, text)[-1]
    assert quote["cue"] == "—" and quote["speaker"] == speaker
