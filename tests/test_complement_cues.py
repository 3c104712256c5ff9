"""Reported content that is no finite clause (docs/attribution-rules.md): a gerund that
complements the cue (``denied doing anything wrong``, ``accused the WHO of parroting ...``) and
the *to*-infinitive of a directive or commissive cue (``urged X to ...``, ``promised to ...``,
``called on X to ...``, ``called for X to ...``); and a gerund cue on a preposition, whose
source is the subject of the verb that the preposition modifies (``ByteDance responded by
saying ...``, ``Murkowski told KTUU before saying ...``); and the clause that an *as* clause on
a cue modifies (``As McConnell noted in the Fox interview, it is within his power ...``).

Positive cases are attributions of the fifth and third development sets (tests/data/quotes-dev5,
quotes-dev3: AllSides columns, roundups and news), checked against their annotations; negative
cases are sentences of Scrapinghub and AllSides texts where the same words report no speech.
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
from newsdesk_eval.quotes import same_name, span_overlap

CORPUS = "data/corpus/allsides-article-bias/articles.jsonl.gz"
SETS = {name: ROOT / "tests" / "data" / f"quotes-{name}" / "annotations.jsonl"
        for name in ("dev3", "dev5", "dev7")}
#: (set, article id, how the gold content starts, its cue)
CASES = [
    ("dev5", "UyphSkS9", "wanting all of the financial and fame benefits", "accused"),
    ("dev3", "pLaTUb4z", "trying to cover up the Syrian government", "accused"),
    ("dev3", "iazV355C", "not caring about America", "accused"),
    ("dev5", "Yra7iTl4", "to cut ties with the team", "threatened"),
    ("dev3", "55WSKom3", "to release his former employees", "called on"),
    ("dev3", "rX0byJOK", "to place the fires in the Amazon", "called upon"),
    ("dev3", "LxUin1v7", "an inspector general to investigate", "called for"),
    # the infinitive the parse hung as an adverbial clause after the hearer that *on* brings in
    ("dev7", "b1LXOTNI", "to remember her husband", "calling on"),
    # "for his part" before the cue is no "call for X to": the infinitive after the hearer
    ("dev7", "y9eRECVn", "to be “reasonably patient”", "begged"),
    # a gerund cue on a preposition has the subject of the verb the preposition modifies
    ("dev3", "p0AYlWPH", "it has never shared any data", "saying"),
    ("dev3", "gn1QsNjO", "there should be distance between the White House", "saying"),
    ("dev5", "Yra7iTl4", "the names honor Native heritage", "arguing"),
    # an "as" clause on a cue reports the clause it modifies
    ("dev3", "h4pEcw9B", "it is within his power as Senate majority leader", "noted"),
    ("dev5", "UT1FoKuR", "Trump's Twitter takedown of Fox", "pointed out"),
    ("dev3", "7TM4DLTI", "white people are also sometimes victims", "pointing out"),
    # a cue word that the tagger took for a noun, with a subject in the parse
    ("dev5", "Yra7iTl4", "The existence of the name", "argue"),
    # a connective before a sentence-initial "according to" is no part of the content
    ("dev3", "K1u0r92g", "glasses worn by Clinton", "according to"),
    # "it" speaks with a statement verb: the UN report "suggests that ..."
    ("dev3", "VSciS4by", "the Turkish organizers of the flotilla", "suggests"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _article(name: str, article_id: str, tmp_path):
    lines = SETS[name].read_text(encoding="utf-8").splitlines()
    records = [r for r in map(json.loads, lines) if r["id"].startswith(article_id)]
    assert len(records) == 1, article_id
    path = tmp_path / f"{name}.jsonl"
    write_jsonl(path, records)
    (article,) = load_blind(path, None, corpus=need_shared(CORPUS))
    return article


@pytest.mark.parametrize(("name", "article_id", "opening", "cue"), CASES)
def test_a_non_finite_complement_is_reported_content(nlp, tmp_path, name, article_id, opening,
                                                     cue) -> None:
    article = _article(name, article_id, tmp_path)
    (gold,) = [a for a in article.attributions if a["text"].startswith(opening)]
    assert gold["cue"] == cue
    predicted = annotate_quotes(nlp(article.article.text), article.article)
    span = (gold["start"], gold["end"])
    found = [p for p in predicted if span_overlap(span, (p["start"], p["end"])) > 0.8]
    assert found, gold["text"]
    assert same_name(gold["speaker"], found[0]["speaker"])


def _quotes_of(nlp, text: str) -> list[tuple[str, str | None]]:
    article = Article(path="t.txt", raw_text=text, text=text)
    return [(q["text"], q["cue"]) for q in extract_quotes(nlp(text), article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("However, according to the report, the economy grew by 3 percent last year.",
         [("the economy grew by 3 percent last year", "according to")]),
        ("He has consistently denied being unfair to her.",
         [("being unfair to her", "denied")]),
        ("Officers had earlier threatened to use live fire if petrol bombs were used against "
         "them again.",
         [("to use live fire if petrol bombs were used against them again", "threatened")]),
        # "of" after "say" names the topic, not what was said
        ("“If you don’t have a big booster, you’re not going to make it,” Stafford said of "
         "returning to the Moon.",
         [("If you don’t have a big booster, you’re not going to make it,", "said")]),
        # a risk, not a threat anyone made
        ("They are angry that various outsiders are threatening to take away their "
         "privileges.", []),
        # a rebuke, not a demand
        ("George Stephanopoulos called out Trump for making outlandish statements of his own.",
         []),
        # a noun object alone is no content
        ("He denied the allegations.", []),
        ("Wisconsin Gov. Tony Evers called for calm.", []),
        # "it" with a verb that is no statement verb is a thing, not a speaker
        ("Once the receptor sensed the change, it responded that the signal was strong.", []),
        # a directive with no hearer: a request to act, not a report
        ("Doctors for Camp Closure asked to hold a vaccine clinic.", []),
        # "as" in time, and the writer's own aside
        ("As the pols behind him shifted uneasily in their seats, he looked glum and tired.", []),
        ("Yet if Hannity has Trump's ear, as I've written before, Carlson has become his "
         "mouthpiece.", []),
    ],
)
def test_non_finite_complements_only_after_their_cues(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AllSides texts outside the sets: the parse hangs the infinitive as an adverbial
        # clause of the cue; the hearer after *on* or *with* is no part of the content
        ("A liberal billionaire who bankrolls several Democratic causes spent more than $10 "
         "million to kick-start a media campaign calling on Congress to impeach President "
         "Donald Trump.",
         [("to impeach President Donald Trump", "calling")]),
        ("Enrique Krauze, a historian, called on Trump to show he was sorry for his words and "
         "ideas.",
         [("to show he was sorry for his words and ideas", "called")]),
        # a *for* phrase before the cue is no part of what was asked
        ("For his part, Holder urged law enforcement officials to minimize the potential for "
         "confrontations during demonstrations.",
         [("to minimize the potential for confrontations during demonstrations", "urged")]),
    ],
)
def test_a_directive_hearer_with_its_preposition_then_the_infinitive(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *for* right after the cue, parsed as the infinitive's complementiser: its subject is
        # part of what was demanded
        ("On Monday, the prime minister called for a new election law to be passed before the "
         "summer.",
         [("a new election law to be passed before the summer", "called")]),
        ("He pleaded for the court to show mercy.", [("the court to show mercy", "pleaded")]),
        # no cue: waiting for someone to act reports nothing
        ("Reporters waited for the minister to speak.", []),
        # *for* not right after the cue: a duration
        ("She called for hours without an answer.", []),
    ],
)
def test_for_and_its_subject_after_a_directive_are_what_was_asked(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of stating and forecasting: a clause is what was said
        ("Additionally, the department indicated that its inquiry is not a criminal one.",
         [("its inquiry is not a criminal one", "indicated")]),
        ("The agency projects that the new tariffs will reduce output by 0.3 percent next year.",
         [("the new tariffs will reduce output by 0.3 percent next year", "projects")]),
        # a noun object alone is no content
        # "Story highlights": a news site's summary lines, no report
        ("Story highlights Officials tell CNN the country is no safer than in 2011",
         [("the country is no safer than in 2011", "tell")]),
        ("The signs indicated a storm.", []),
        ("The company projected an image of calm.", []),
        ("She claimed the prize last year.", []),
    ],
)
def test_verbs_of_stating_and_forecasting_report_a_clause(nlp, text, expected) -> None:
    assert _quotes_of(nlp, text) == expected
