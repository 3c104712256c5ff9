"""Stored sentences: the parse's sentence boundaries, stored once and read by later steps."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from newsdesk.brief.ask import passage_rows
from newsdesk.nlp import load_pipeline
from newsdesk.sentences import LAYER, SentencesAnalyser, sentence_spans, split_sentences
from newsdesk.store import open_store

# Sentences from the seeds and news wire phrasing; the last two the regex splitter gets wrong.
PARSED = [
    ("Investment alone doesn't lead to the same type of influence.\"\n\nDo you have a question?",
     ["Investment alone doesn't lead to the same type of influence.\"",
      "Do you have a question?"]),
    ('Wang said China welcomed it. "Peacekeeping is the one type of intervention Beijing tends to '
     'support."\n\nEvents in Kazakhstan began with protests.',
     ["Wang said China welcomed it.",
      '"Peacekeeping is the one type of intervention Beijing tends to support."',
      "Events in Kazakhstan began with protests."]),
    ("China watches Kazakhstan warily\nBeijing has stayed quiet. Moscow has not.",
     ["China watches Kazakhstan warily", "Beijing has stayed quiet.", "Moscow has not."]),
    ("By Jane Smith\nThe talks ended on Monday without a deal.",
     ["By Jane Smith", "The talks ended on Monday without a deal."]),
    ("“We will not leave,” he said. “Never.”", ["“We will not leave,” he said.", "“Never.”"]),
    ('He asked: "Is this the end?" Nobody answered.',
     ['He asked: "Is this the end?"', "Nobody answered."]),
    ("Ms. Yau said the U.S. embassy would wait. Others disagreed.",
     ["Ms. Yau said the U.S. embassy would wait.", "Others disagreed."]),
    ("Sen. J.D. Vance spoke first. He left early.",
     ["Sen. J.D. Vance spoke first.", "He left early."]),
    ("The dollar rose 0.5 percent. Analysts at J.P. Morgan expect more.",
     ["The dollar rose 0.5 percent.", "Analysts at J.P. Morgan expect more."]),
    ("When it comes to China, people have greater fears. “\n\nThe rest followed.",  # stray mark
     ["When it comes to China, people have greater fears. “", "The rest followed."]),
    ('"\n\nThe rest followed.', ['"', "The rest followed."]),  # nothing before it to join
    ("", []),
]


def _parsed(text: str) -> list[str]:
    records = SentencesAnalyser()(load_pipeline()(text), None)
    return [text[record["start"]:record["end"]] for record in records]


@pytest.mark.parametrize("text, expected", PARSED)
def test_parsed_sentences(text: str, expected: list[str]) -> None:
    assert _parsed(text) == expected


@pytest.mark.parametrize("text, expected", [case for case in PARSED if "J." in case[0]])
def test_regex_splitter_is_worse_on_initials(text: str, expected: list[str]) -> None:
    """Why the parse is stored: the fallback splits after initials the parse keeps."""
    assert [text[start:end] for start, end in split_sentences(text)] != expected


@pytest.mark.parametrize("records, expected", [
    (None, [(0, 14), (15, 27)]),  # not analysed: the regex splitter
    ([], [(0, 14), (15, 27)]),  # analysed with empty layers (a language with no pipeline)
    ([{"start": 0, "end": 27}], [(0, 27)]),  # the stored layer wins
])
def test_sentence_spans_fall_back_to_the_regex(records, expected) -> None:
    assert sentence_spans("Talks stalled. They resume.", records) == expected


def test_every_seed_has_stored_trimmed_sentences(seed_store: str) -> None:
    with open_store(seed_store, read_only=True) as store:
        layer = store.layer(LAYER)
        articles = list(store.iter_articles())
    assert {article.id for article in articles} == set(layer)
    for article in articles:
        spans = sentence_spans(article.text, layer[article.id])
        assert spans and all(a[1] <= b[0] for a, b in pairwise(spans))
        pieces = [article.text[start:end] for start, end in spans]
        assert all(piece == piece.strip() and any(c.isalnum() for c in piece) for piece in pieces)


def test_ask_passages_follow_the_stored_sentences() -> None:
    text = "Sen. J.D. Vance spoke first at the hearing on Monday. He left early before the vote."
    stored = json.dumps(SentencesAnalyser()(load_pipeline()(text), None))
    rows = passage_rows([("a1", 1, text, None, stored)])
    assert rows["text"] == ["Sen. J.D. Vance spoke first at the hearing on Monday.",
                            "He left early before the vote."]
    fallback = passage_rows([("a1", 1, text, None, None)])  # the regex cuts "Sen. J.D." off
    assert fallback["text"] == ["Vance spoke first at the hearing on Monday.",
                                "He left early before the vote."]
