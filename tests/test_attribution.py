"""Attribution by construction, on real sentences (the AllSides corpus and the seeds), each checked
against docs/attribution-rules.md: the content span, the speaker and the kind, with negative
cases (belief verbs, noun objects, indirect questions, titles in quotation marks, pronouns).

Sentences are quoted from articles in ``../shared/data/corpus/allsides-article-bias``
(Baly et al., EMNLP 2020, Apache-2.0 collection; copyright with the outlets), one sentence or
short passage each, for testing only.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes

#: (text, [(content, speaker, kind)]) in text order.
CONSTRUCTIONS = [
    # direct, the cue after the quote, a nominal source (a document speaks)
    ("“We should hang these traitors where they stand,” the email reads.",
     [("We should hang these traitors where they stand,", "the email", "direct")]),
    # indirect without "that"
    ("Twitter said it enforces its rules regardless of users' background or political "
     "affiliation.",
     [("it enforces its rules regardless of users' background or political affiliation", "Twitter",
       "indirect")]),
    # indirect with "that", the complementiser left out of the content
    ("Chinese Foreign Ministry spokesman Geng Shuang later said that United Nations sanctions "
     "against North Korea could be suspended or lifted in accordance with the North's actions.",
     [("United Nations sanctions against North Korea could be suspended or lifted in accordance "
       "with the North's actions", "Geng Shuang", "indirect")]),
    # mixed: the whole reported clause, with the quoted fragment and its closing mark
    ("O’Reilly then said that Cruz is “more conservative than Trump.”",
     [("Cruz is “more conservative than Trump.”", "O’Reilly", "mixed")]),
    # according to, the source at the start
    ("According to the Tampa Bay Times, Buck initially blamed the email on an errant staff "
     "member.",
     [("Buck initially blamed the email on an errant staff member", "Tampa Bay Times",
       "according_to")]),
    # X told Y: "..."
    ("Speaking after he was sentenced to prison, Michael Cohen told ABC News: \"He directed me "
     "to make the payments.\"",
     [("He directed me to make the payments.", "Michael Cohen", "direct")]),
    # content before the cue; a broadcaster as source
    ("Police mostly retreated from the zone after clashes with protesters, KIRO-TV reported.",
     [("Police mostly retreated from the zone after clashes with protesters", "KIRO-TV",
       "indirect")]),
    # inverted "said X", with an apposition that is not part of the speaker
    ("\"I really, really hope for a good outcome,\" said Yoon Ji, a professor at Sungshin "
     "University.",
     [("I really, really hope for a good outcome,", "Yoon Ji", "direct")]),
    # a quote split by its attribution, then a second sentence: same speaker, surname resolved
    ("\"The United States and North Korea have been in a state of antagonism for more than half a "
     "century,\" Chinese Foreign Minister Wang Yi said. \"Today, that the two countries' highest "
     "leaders can sit together and have equal talks, has important and positive meaning.\"",
     [("The United States and North Korea have been in a state of antagonism for more than half a "
       "century,", "Wang Yi", "direct"),
      ("Today, that the two countries' highest leaders can sit together and have equal talks, has "
       "important and positive meaning.", "Wang Yi", "direct")]),
    # a nominal source keeps its text as the speaker
    ("A Yemeni security source said the situation at the presidential palace was under control.",
     [("the situation at the presidential palace was under control", "A Yemeni security source",
       "indirect")]),
    # a noun cue with its content clause; the possessor is the source
    ("Zuckerberg’s claim that the site doesn’t house hateful posts is simply wrong.",
     [("the site doesn’t house hateful posts", "Zuckerberg", "noun")]),
    # a pronoun with no antecedent in the text is never a speaker
    ("\"If you encounter a crowded trail-head or overlook, you're not practicing safe social "
     "distancing. Go elsewhere,\" they continued.",
     [("If you encounter a crowded trail-head or overlook, you're not practicing safe social "
       "distancing. Go elsewhere,", None, "direct")]),
    # a pronoun resolved to the person named before it
    ("Chinese Foreign Ministry spokesman Geng Shuang later said that sanctions could be "
     "suspended. \"We believe the Security Council should make efforts to support the diplomatic "
     "efforts at the present time,\" he said.",
     [("sanctions could be suspended", "Geng Shuang", "indirect"),
      ("We believe the Security Council should make efforts to support the diplomatic efforts "
       "at the present time,", "Geng Shuang", "direct")]),
]
#: Sentences with no attribution at all.
NOT_ATTRIBUTIONS = [
    "Tom McLaughlin believes that he was discriminated against but realizes that proving it "
    "could be an uphill slog.",  # a belief verb
    "Boehner announced his resignation.",  # a cue with only a noun object
    "Obama asked why the situation had reached this point.",  # an indirect question
    "The report is likely to add to growing tensions between the U.S. intelligence establishment "
    "and the tech companies, which have been struggling to assure customers overseas that they "
    "need not fear U.S. spying.",  # speech that was attempted, not made
    "The show “Meet the Press” aired an interview with the senator on Sunday.",  # a title
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _attributions(nlp, text: str) -> list[dict]:
    """As ``newsdesk analyse`` runs it: after the ``mentions`` layer."""
    return annotate_quotes(nlp(text), Article(path="t.txt", raw_text=text, text=text))


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(nlp, text: str, expected: list[tuple]) -> None:
    found = _attributions(nlp, text)
    assert [(a["text"], a["speaker"], a["kind"]) for a in found] == expected


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_not_an_attribution(nlp, text: str) -> None:
    assert _attributions(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_spans_point_into_the_text(nlp, text: str, expected: list[tuple]) -> None:
    """Content, source and cue spans are offsets into the text; content never holds its cue."""
    for found in _attributions(nlp, text):
        assert text[found["start"]:found["end"]] == found["text"]
        if found["cue_start"] is not None:
            assert text[found["cue_start"]:found["cue_end"]].lower() == found["cue"].lower()
            assert not found["start"] <= found["cue_start"] < found["end"]
        if found["source_start"] is not None:
            assert not found["start"] <= found["source_start"] < found["end"]


def test_bare_follow_up_quote_takes_the_speaker_but_has_no_source_or_cue(nlp) -> None:
    text = ("\"I really, really hope for a good outcome,\" said Yoon Ji, a professor at Sungshin "
            "University in Seoul. \"I am hoping for denuclearization and a peace agreement and also "
            "for North Korea's economy to open up.\"")
    first, follow_up = _attributions(nlp, text)
    assert (first["speaker"], first["cue"], text[first["source_start"]:first["source_end"]]) == \
        ("Yoon Ji", "said", "Yoon Ji")
    assert (follow_up["speaker"], follow_up["cue"], follow_up["source_start"]) == ("Yoon Ji", None, None)


def test_nominal_speakers_are_marked_as_such(nlp) -> None:
    text = ("A Yemeni security source said the situation at the presidential palace was under "
            "control. Chinese Foreign Ministry spokesman Geng Shuang later said that sanctions could "
            "be suspended.")
    assert [(a["speaker"], a["nominal"]) for a in _attributions(nlp, text)] == \
        [("A Yemeni security source", True), ("Geng Shuang", False)]
