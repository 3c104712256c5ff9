"""Rewrite detection: sentence splitting, alignment, the rewrite decision and its quality floors."""

from __future__ import annotations

import json
import random
from itertools import combinations
from pathlib import Path

import pytest

from newsdesk.rewrite import (
    RewriteIndex,
    content_stems,
    monotonic_pairs,
    rewrite_candidates,
    rewrite_match,
)
from newsdesk.sentences import split_sentences
from newsdesk_eval.rewrite import (
    HEAVY,
    LIGHT,
    SpinSettings,
    evaluate_pairs,
    near_duplicate_pairs,
    read_articles,
    same_topic_day_pairs,
    spin,
    spun_pairs,
)

ROOT = Path(__file__).parents[1]
SEEDS = {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.txt"))}
TWO_SENTENCES = ("China has a lot to lose if the violence in Kazakhstan continues or turns into a civil war. "
                 "Here the stakes are much higher than they were in Afghanistan last year.")
ALLSIDES = Path(__file__).parents[2] / "shared" / "data" / "corpus" / "allsides-article-bias"
needs_allsides = pytest.mark.skipif(not (ALLSIDES / "articles.jsonl.gz").exists(), reason="AllSides set absent")


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Tokayev asked for help. Russia sent troops.", ["Mr. Tokayev asked for help.", "Russia sent troops."]),
    ("U.S. officials said so. Then they left!", ["U.S. officials said so.", "Then they left!"]),
    ("He said “It is over.” She disagreed.", ["He said “It is over.”", "She disagreed."]),
    ("A headline without a stop\nThe body starts here.", ["A headline without a stop", "The body starts here."]),
    ("It cost 1.5 billion dollars in Jan. 2022 alone.", ["It cost 1.5 billion dollars in Jan. 2022 alone."]),
    ("   ", []),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks were decided on Tuesday", ["talk", "decid", "tuesday"]),
    ("Kazakhstan's 1,100-mile border", ["kazakhstan", "1,100", "mile", "border"]),
    ("it is what it was", []),
])
def test_content_stems(text: str, expected: list[str]) -> None:
    assert content_stems(text) == expected


@pytest.mark.parametrize(("pairs", "expected"), [
    ([(0, 0), (1, 1), (2, 2)], [(0, 0), (1, 1), (2, 2)]),
    ([(0, 2), (1, 0), (2, 1), (3, 3)], [(1, 0), (2, 1), (3, 3)]),
    ([], []),
])
def test_monotonic_pairs(pairs: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    assert monotonic_pairs(pairs) == expected


def _spun(text: str, settings: SpinSettings = HEAVY) -> str:
    return spin(text, rng=random.Random(7), settings=settings)


def _shuffled(text: str) -> str:
    sentences = [text[start:end] for start, end in split_sentences(text)]
    random.Random(7).shuffle(sentences)
    return " ".join(sentences)


def _first_half(text: str) -> str:
    return text[: len(text) // 2]


@pytest.mark.parametrize(("seed", "make_copy", "expected"), [
    ("003", _spun, True),                               # a content-farm text spun again
    ("004", _spun, True),
    ("001", lambda text: _spun(text, LIGHT), True),
    ("003", lambda text: text, False),                  # an exact copy is not a rewrite
    ("004", _first_half, False),                        # a trimmed copy is not a rewrite
    ("003", _shuffled, False),                          # same sentences, order lost
    ("003", lambda text: SEEDS["004"], False),          # same topic, same week, other article
    ("000", lambda text: SEEDS["001"], False),          # shares one reused paragraph only
])
def test_rewrite_match_on_seeds(seed: str, make_copy, expected: bool) -> None:
    assert (rewrite_match(SEEDS[seed], make_copy(SEEDS[seed])) is not None) is expected


@pytest.mark.parametrize(("text_a", "text_b"), [
    ("", SEEDS["003"]),
    (SEEDS["003"], "   \n"),
    ("Short.", "Short."),
    (TWO_SENTENCES, _spun(TWO_SENTENCES)),  # too few sentences to call it
])
def test_degenerate_inputs_are_not_rewrites(text_a: str, text_b: str) -> None:
    assert rewrite_match(text_a, text_b) is None


@pytest.mark.parametrize(("first", "second"), list(combinations(sorted(SEEDS), 2)))
def test_no_seed_pair_is_a_rewrite(first: str, second: str) -> None:
    assert rewrite_match(SEEDS[first], SEEDS[second]) is None


def test_match_spans_point_at_aligned_sentences() -> None:
    original = SEEDS["004"]
    copy = _spun(original)
    match = rewrite_match(original, copy)
    assert match is not None and 0 < match.coverage_a <= 1 and 0 < match.coverage_b <= 1
    starts_a = [span_a[0] for span_a, _ in match.pairs]
    starts_b = [span_b[0] for _, span_b in match.pairs]
    assert starts_a == sorted(starts_a) and starts_b == sorted(starts_b)
    sentences_a = {original[start:end] for start, end in split_sentences(original)}
    assert all(original[start:end] in sentences_a for (start, end), _ in match.pairs)
    (first_a, first_b), *_ = match.pairs
    assert set(content_stems(original[slice(*first_a)])) & set(content_stems(copy[slice(*first_b)]))


def test_index_is_incremental() -> None:
    index = RewriteIndex()
    assert index.add("003", SEEDS["003"]) == []
    assert [key for key, _ in index.add("003-spun", _spun(SEEDS["003"]))] == ["003"]
    assert [key for key, _ in index.query(_spun(SEEDS["003"], LIGHT))][:1] in (["003"], ["003-spun"])
    assert index.add("004", SEEDS["004"]) == []
    assert len(index) == 3 and "004" in index


@pytest.fixture(scope="module")
def allsides() -> list[dict]:
    return read_articles(ALLSIDES / "articles.jsonl.gz")


@pytest.mark.slow
@needs_allsides
def test_quality_floor_on_spun_allsides(allsides: list[dict]) -> None:
    pairs = [*spun_pairs(allsides, count=30, seed=11, settings=HEAVY),
             *spun_pairs(allsides, count=30, seed=12, settings=LIGHT),
             *same_topic_day_pairs(allsides, count=90, seed=11)]
    result = evaluate_pairs(pairs)
    assert result.recall >= 0.95, result.errors
    assert result.precision >= 0.97, result.errors


@pytest.mark.slow
@needs_allsides
def test_wire_copies_are_not_rewrites() -> None:
    silver = [json.loads(line) for line in (ALLSIDES / "neardup_pairs_silver.jsonl").open()]
    pairs = list(near_duplicate_pairs(silver, read_articles(ALLSIDES / "neardup_articles.jsonl.gz")))
    assert len(pairs) == 52
    assert evaluate_pairs(pairs).false_positives == 0


@pytest.mark.slow
@needs_allsides
def test_candidates_find_planted_copies_without_all_pairs(allsides: list[dict]) -> None:
    rng = random.Random(5)
    sample = rng.sample(allsides, 400)
    items = [(article["ID"], article["content_original"]) for article in sample]
    planted = {(article["ID"], "spun-" + article["ID"]) for article in sample[:20]}
    items += [(copy, spin(dict(items)[original], rng=rng, settings=HEAVY)) for original, copy in planted]
    candidates = [(earlier, later) for earlier, later, _ in rewrite_candidates(items)]
    assert len(planted & set(candidates)) >= 19
    assert len(candidates) < 5 * len(planted)  # far from the 87,000 pairs of an all-pairs run
    assert len(candidates) == len(set(candidates))
