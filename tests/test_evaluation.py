"""The quote scorer: span overlap, name matching, and GenderGapTracker-style pairing on real annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import UsageError
from newsdesk_eval.quotes import (
    attribution_errors,
    description_errors,
    gold_quotes,
    load_annotations,
    same_name,
    score_quotes,
    span_overlap,
)

ANNOTATIONS = Path(__file__).parent / "data" / "quotes" / "annotations.jsonl"


@pytest.fixture(scope="module")
def gold() -> dict[str, list[dict]]:
    return gold_quotes(load_annotations(ANNOTATIONS))


@pytest.mark.parametrize(("gold_span", "predicted_span", "overlap", "expected"), [
    ((0, 10), (0, 10), "ggt", 1.0),
    ((0, 10), (5, 20), "ggt", 0.5),
    ((0, 10), (5, 20), "iou", 0.25),
    ((0, 10), (0, 100), "ggt", 1.0),      # GGT does not punish a span that runs long
    ((0, 10), (0, 100), "iou", 0.1),
    ((10, 20), (0, 15), "ggt", 0.5),
    ((0, 10), (10, 20), "ggt", 0.0),      # touching is not overlapping
    ((0, 10), (30, 40), "iou", 0.0),
    ((5, 5), (0, 10), "ggt", 0.0),        # an empty gold span matches nothing
])
def test_span_overlap(gold_span, predicted_span, overlap, expected):
    assert span_overlap(gold_span, predicted_span, overlap=overlap) == pytest.approx(expected)


@pytest.mark.parametrize(("gold_name", "predicted", "expected"), [
    ("Jeff Flake", "Jeff Flake", True),
    ("Jeff Flake", "flake", True),                      # surname only
    ("Obama", "Barack Obama", True),                    # gold gives only the surname
    ("Donald J. Trump", "Donald Trump", True),          # middle initial dropped
    ("J.B. Pritzker", "JB Pritzker", True),
    ("Terrence O’ Shaughnessy", "Terrence O'Shaughnessy", True),
    ("Médecins Sans Frontières", "Medecins Sans Frontieres", True),
    ("U.S. Pacific Air Forces", "Pacific Air Forces", True),
    ("The Associated Press", "Associated Press", True),
    ("Seattle police", "Police", True),
    (["Mitch McConnell", "Kevin McCarthy"], "McCarthy", True),
    (None, None, True),
    (None, "", True),
    ("Jeff Flake", "Jeff Sessions", False),
    ("Adam Smith", "John Smith", False),                # same surname, different person
    ("Barack Obama", "Michelle Obama", False),
    ("Donald Trump", "Donald", False),                  # a first name is not a surname
    ("Reid's office", "Harry Reid", False),
    ("Reid's office", "Reid’s office", True),           # a typographic apostrophe is the same
    (["Mitch McConnell", "Kevin McCarthy"], "Nancy Pelosi", False),
    (None, "NSA", False),                               # gold names no one
    ("NSA", None, False),
    ("Air", "U.S. Pacific Air Forces", False),          # one inner word is not a name
    # a nominal source with and without its post-modifier (docs/attribution-rules.md)
    ("The authors of the research published in the journal JAMA Psychiatry", "the authors", True),
    ("officers responding to the shooting", "officers", True),
    ("A spokesperson", "A spokesperson who did not wish to be named", True),
    ("the authors", "the reporters", False),
    ("House Republicans", "House", False),              # a name, not a post-modifier
    ("the Trump administration", "Trump", False),       # the shorter one must end in a common noun
    ("Donald Trump", "Donald", False),
    ("Doctors for Camp Closure", "the doctors", False),  # an organisation's name, not a description
])
def test_same_name(gold_name, predicted, expected):
    assert same_name(gold_name, predicted) is expected


def at(result, threshold):
    return result["by_threshold"][threshold]


def test_gold_scored_against_itself_is_perfect(gold):
    result = score_quotes(gold, gold)
    for threshold in (0.3, 0.8):
        assert at(result, threshold)["f1"] == 1.0
        assert at(result, threshold)["speaker_accuracy"] == 1.0
        assert at(result, threshold)["affiliation_accuracy"] == 1.0
    assert result["gold_quotes"] == result["predicted_quotes"] == sum(map(len, gold.values()))


def shrink(quote, fraction):
    """The quote's span cut to its first ``fraction`` of characters."""
    return dict(quote, end=quote["start"] + int((quote["end"] - quote["start"]) * fraction))


def test_partial_spans_match_at_the_low_threshold_only(gold):
    predicted = {article: [shrink(quote, 0.5) for quote in quotes] for article, quotes in gold.items()}
    result = score_quotes(gold, predicted)
    assert at(result, 0.3)["f1"] == 1.0
    assert at(result, 0.8)["true_positive"] == 0
    assert at(result, 0.8)["precision"] == at(result, 0.8)["recall"] == 0.0


def test_missed_and_invented_quotes_are_counted(gold):
    article = "nc2TLRBWb4OeIfly"          # Reuters, 13 gold quotes
    quotes = gold[article]
    after_last = quotes[-1]["end"] + 30    # inside the closing paragraph, which holds no quote
    invented = {"start": after_last, "end": after_last + 30, "speaker": "Lindsey Graham"}
    predicted = {article: [*quotes[1:], invented]}
    result = at(score_quotes({article: quotes}, predicted), 0.3)
    assert (result["true_positive"], result["false_negative"], result["false_positive"]) == (12, 1, 1)
    assert result["precision"] == result["recall"] == pytest.approx(12 / 13)


def test_article_missing_from_predictions_counts_as_nothing_found(gold):
    result = at(score_quotes(gold, {}), 0.3)
    assert result["true_positive"] == result["false_positive"] == 0
    assert result["false_negative"] == sum(map(len, gold.values()))
    assert result["f1"] == 0.0


def test_one_predicted_span_is_paired_with_one_gold_quote_only(gold):
    article = "oWRUsKtD2TTECdDI"          # AP: Esper's quote is split around "Esper said"
    first, second = gold[article][:2]
    merged = {"start": first["start"], "end": second["end"], "speaker": "Mark Esper"}
    ggt = at(score_quotes({article: [first, second]}, {article: [merged]}), 0.3)
    assert (ggt["true_positive"], ggt["false_negative"], ggt["false_positive"]) == (1, 1, 0)
    iou = at(score_quotes({article: [first, second]}, {article: [merged]}, overlap="iou"), 0.3)
    assert iou["true_positive"] == 1       # each piece is about 40% of the merged span


def test_overlap_equal_to_the_threshold_does_not_match():
    gold = {"a": [{"start": 0, "end": 10, "speaker": "X"}]}
    predicted = {"a": [{"start": 7, "end": 20, "speaker": "X"}]}   # 3 of 10 characters
    assert at(score_quotes(gold, predicted), 0.3)["true_positive"] == 0


def test_speaker_and_affiliation_accuracy_cover_matched_quotes_only(gold):
    article = "oWRUsKtD2TTECdDI"
    predicted = [dict(quote, speaker="Donald Trump") if quote["speaker"] == "Mac Thornberry"
                 else dict(quote, affiliation=None) for quote in gold[article]]
    result = at(score_quotes({article: gold[article]}, {article: predicted}), 0.8)
    thornberry = sum(quote["speaker"] == "Mac Thornberry" for quote in gold[article])
    assert result["f1"] == 1.0
    assert result["speaker_accuracy"] == pytest.approx(1 - thornberry / len(gold[article]))
    with_affiliation = [quote for quote in gold[article] if quote["affiliation"]]
    kept = sum(quote["speaker"] == "Mac Thornberry" for quote in with_affiliation)
    assert result["affiliation_accuracy"] == pytest.approx(kept / len(with_affiliation))


def test_role_accuracy_covers_matched_quotes_whose_gold_states_a_role(gold):
    article = next(a for a, quotes in gold.items() if len({q["role"] for q in quotes if q["role"]}) >= 2)
    first_role = next(q["role"] for q in gold[article] if q["role"])
    predicted = [dict(quote, role=None) if quote["role"] == first_role else quote for quote in gold[article]]
    result = at(score_quotes({article: gold[article]}, {article: predicted}), 0.8)
    with_role = [quote for quote in gold[article] if quote["role"]]
    dropped = sum(quote["role"] == first_role for quote in with_role)
    assert result["role_gold"] == len(with_role)
    assert result["role_accuracy"] == pytest.approx(1 - dropped / len(with_role))
    assert result["affiliation_accuracy"] == 1.0


def test_description_errors_list_wrong_and_missing_roles_and_affiliations(gold):
    quotes = [q for q in next(q for q in gold.values() if sum(bool(x["affiliation"]) for x in q) >= 2)
              if q["affiliation"] and q["role"]][:2]
    predicted = [dict(quotes[0], role=None), dict(quotes[1], affiliation="Nowhere Atall")]
    lines = description_errors(quotes, predicted)
    assert [line.split()[0] for line in lines] == ["ROLE", "AFFL"]
    assert "Nowhere Atall" in lines[1]
    assert description_errors(quotes, quotes) == []


def test_unknown_overlap_is_a_usage_error(gold):
    with pytest.raises(UsageError, match="unknown overlap"):
        score_quotes(gold, gold, overlap="dice")


def test_attribution_errors_name_each_kind_of_error(gold):
    """One line per miss, wrong speaker and extra attribution; nothing for a right one."""
    quotes = sorted(next(q for q in gold.values() if len(q) >= 3), key=lambda q: q["start"])[:3]
    right, wrong, missed = quotes[0], dict(quotes[1], speaker="Nobody Atall"), quotes[2]
    extra = {"start": 10**6, "end": 10**6 + 5, "speaker": None, "cue": "said", "text": "extra"}
    lines = attribution_errors(quotes, [right, wrong, extra])
    assert [line.split()[0] for line in lines] == ["SPKR", "MISS", "XTRA"]
    assert "Nobody Atall" in lines[0] and missed["text"][:20] in lines[1]
    assert attribution_errors(quotes, quotes) == []
