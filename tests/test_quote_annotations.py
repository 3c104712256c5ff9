"""The hand-annotated quote set (tests/data/quotes) is well formed and its spans point at real text."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import need_shared
from newsdesk_eval.quotes import load_annotations, load_texts

ANNOTATIONS = Path(__file__).parent / "data" / "quotes" / "annotations.jsonl"
CORPUS = "data/corpus/allsides-article-bias/articles.jsonl.gz"
QUOTE_MARKS = "\"“”'‘’"
DOUBLE_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,400})[\"”]")
KINDS = {"scare quote", "title", "nickname", "word as word", "unattributed phrase", "name"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load_annotations(ANNOTATIONS)


@pytest.fixture(scope="module")
def texts(records) -> dict[str, str]:
    return load_texts([record["id"] for record in records], need_shared(CORPUS))


def all_quotes(records):
    return [quote for record in records for quote in record["quotes"]]


def test_set_is_large_and_varied(records):
    assert len(records) >= 25
    assert len({record["id"] for record in records}) == len(records)
    assert len({record["source"] for record in records}) >= 12
    assert {record["bias"] for record in records} == {"left", "center", "right"}
    assert len({record["topic"] for record in records}) >= 15


def test_set_mixes_direct_and_reported_speech_and_negative_cases(records):
    quotes = all_quotes(records)
    direct = sum(quote["direct"] for quote in quotes)
    assert len(quotes) >= 250
    assert 0.3 < direct / len(quotes) < 0.7
    assert sum(bool(record["not_quotes"]) for record in records) >= 12
    assert any(not any(quote["direct"] for quote in record["quotes"]) for record in records)
    # nominal sources ("a government official", "the suit") are their own speakers by the rules
    nominal = [q for q in quotes if isinstance(q["speaker"], str)
               and q["speaker"].split()[0].lower() in {"a", "an", "the", "some", "one"}]
    assert len(nominal) >= 10


def test_fields_have_the_documented_types(records):
    for record in records:
        assert set(record) == {"id", "source", "bias", "topic", "title", "quotes", "not_quotes"}
        for quote in record["quotes"]:
            assert set(quote) == {"text", "start", "end", "direct", "speaker", "affiliation", "role", "cue"}
            assert isinstance(quote["direct"], bool)
            assert quote["speaker"] is None or isinstance(quote["speaker"], (str, list))
            assert quote["end"] - quote["start"] == len(quote["text"]) > 0
            assert quote["text"] == quote["text"].strip()
        for item in record["not_quotes"]:
            assert item["kind"] in KINDS


def test_spans_do_not_overlap_and_are_in_text_order(records):
    for record in records:
        spans = [(quote["start"], quote["end"]) for quote in record["quotes"]]
        assert spans == sorted(spans)
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, record["id"]


@pytest.mark.slow
def test_spans_are_exact_substrings_of_the_articles(records, texts):
    assert set(texts) == {record["id"] for record in records}
    for record in records:
        text = texts[record["id"]]
        for item in record["quotes"] + record["not_quotes"]:
            assert text[item["start"]:item["end"]] == item["text"], (record["id"], item["text"][:40])


@pytest.mark.slow
def test_direct_quotes_sit_inside_quotation_marks_or_open_a_block(records, texts):
    for record in records:
        text = texts[record["id"]]
        for quote in record["quotes"]:
            if quote["direct"]:
                before = text[quote["start"] - 1] if quote["start"] else "\n"
                assert before in QUOTE_MARKS or before == "\n", (record["id"], quote["text"][:40])


@pytest.mark.slow
def test_every_double_quoted_string_is_classified(records, texts):
    for record in records:
        spans = [(item["start"], item["end"]) for item in record["quotes"] + record["not_quotes"]]
        for match in DOUBLE_QUOTED.finditer(texts[record["id"]]):
            start, end = match.span(1)
            assert any(start < span_end and span_start < end for span_start, span_end in spans), \
                (record["id"], match.group(0)[:60])
