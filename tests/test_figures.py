"""Figures: values, units, hedges and ranges read from the seed articles, and claims compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.figures import compare_claims, extract_figures, interval
from newsdesk.nlp import load_pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _seed(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _sentence(prefix: str, needle: str) -> str:
    """The seed paragraph holding ``needle`` (real text, not retyped)."""
    return next(line for line in _seed(prefix).splitlines() if needle in line)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _figures(nlp, text: str) -> list[dict]:
    return extract_figures(nlp(text))


# (seed, paragraph holding, figure text, value, low, high, unit, approx)
FOUND = [
    ("003", "Chinese companies account for around 17%", "around 17%", 17.0, 17.0, 17.0, "percent", "around"),
    ("003", "compared to 3% by Russian companies", "3%", 3.0, 3.0, 3.0, "percent", None),
    ("003", "total trade with China was", "$ 21 billion", 21e9, 21e9, 21e9, "USD", None),
    ("003", "total trade with China was", "$ 10 billion", 10e9, 10e9, 10e9, "USD", None),
    ("002", "2,030-strong contingent", "2,030-strong", 2030.0, 2030.0, 2030.0, "troops", None),
    ("003", "health officials said 160 people", "160", 160.0, 160.0, 160.0, "deaths", None),
    ("002", "1,782-kilometer border", "1,782-kilometer", 1782.0, 1782.0, 1782.0, "km", None),
    ("004", "Russia sent thousands of troops", "thousands", None, 2000.0, 9999.0, "troops", "thousands"),
    ("001", "a few thousand troops", "a few thousand", None, 2000.0, 5999.0, "troops", "a few thousand"),
    ("004", "China has invested tens of billions", "tens of billions of dollars", None, 2e10, 9.99e10, "USD",
     "tens of billions"),
    ("004", "more than 100,000 ethnic Kazakhs", "more than 100,000", 1e5, 1e5, None, "kazakhs", "more than"),
    ("000", "nearly 100,000 signatures", "nearly 100,000", 1e5, None, 1e5, "signature", "nearly"),
    ("000", "tens of thousands of euros", "tens of thousands of euros", None, 2e4, 99999.0, "EUR",
     "tens of thousands"),
    ("000", "25-year cooperation pact", "25-year", 25.0, 25.0, 25.0, "year", None),
]


@pytest.mark.parametrize("seed, needle, text, value, low, high, unit, approx", FOUND)
def test_figure_is_read_with_value_unit_and_hedge(nlp, seed, needle, text, value, low, high, unit, approx):
    paragraph = _sentence(seed, needle)
    figure = next(f for f in _figures(nlp, paragraph) if f["text"] == text)
    assert (figure["value"], figure["low"], figure["high"]) == pytest.approx((value, low, high), nan_ok=True) \
        if value is not None else (figure["value"], figure["low"], figure["high"]) == (None, low, high)
    assert (figure["unit"], figure["approx"]) == (unit, approx)
    assert paragraph[figure["start"]:figure["end"]] == text


# (seed, paragraph holding, figure text, stated value, stated unit, normalised value, normalised unit)
STATED = [
    ("003", "approximately 1,100-mile border", "approximately 1,100-mile", 1100.0, "mile",
     1100 * 1.609344, "km"),
    ("003", "approximately 1,100-mile border", "47-mile", 47.0, "mile", 47 * 1.609344, "km"),
    ("002", "1,782-kilometer border", "1,782-kilometer", 1782.0, "km", 1782.0, "km"),
    ("003", "total trade with China was", "$ 21 billion", 21e9, "USD", 21e9, "USD"),
    ("003", "Chinese companies account for around 17%", "around 17%", 17.0, "percent", 17.0, "percent"),
]


@pytest.mark.parametrize("seed, needle, text, value, unit, norm_value, norm_unit", STATED)
def test_value_and_unit_are_as_stated_and_the_conversion_is_normalised(
        nlp, seed, needle, text, value, unit, norm_value, norm_unit):
    figure = next(f for f in _figures(nlp, _sentence(seed, needle)) if f["text"] == text)
    assert (figure["value"], figure["unit"]) == (pytest.approx(value), unit)
    normalised = figure["normalised"]
    assert (normalised["value"], normalised["unit"]) == (pytest.approx(norm_value), norm_unit)
    assert normalised["low"] == pytest.approx(norm_value) == normalised["high"]


# Each figure's measure and subject come from its own phrase, never from a neighbour's:
# (seed, paragraph holding, figure text, measure, subject, countries)
OWN_PHRASE = [
    ("003", "approximately 1,100-mile border", "approximately 1,100-mile", "border with Kazakhstan",
     "China", ["China", "Kazakhstan"]),
    ("003", "approximately 1,100-mile border", "47-mile", "narrow border with Afghanistan", None,
     ["Afghanistan"]),
    ("003", "total trade with China was", "$ 21 billion", "total trade with China", "Kazakhstan",
     ["Kazakhstan"]),
    ("004", "Russia sent thousands of troops", "thousands", "troops", "Russia", ["Russia"]),
]


@pytest.mark.parametrize("seed, needle, text, measure, subject, countries", OWN_PHRASE)
def test_measure_and_subject_come_from_the_figures_own_phrase(
        nlp, seed, needle, text, measure, subject, countries):
    figure = next(f for f in _figures(nlp, _sentence(seed, needle)) if f["text"] == text)
    assert (figure["measure"], figure["subject"], figure["countries"]) == (measure, subject, countries)


def test_measure_and_subject_come_from_the_sentence(nlp):
    paragraph = _sentence("003", "compared to 3% by Russian companies")
    share = next(f for f in _figures(nlp, paragraph) if f["text"] == "around 17%")
    assert "oil extracted from Kazakhstan" in share["measure"]
    assert share["subject"] == "Chinese companies" and "China" in share["countries"]
    russian = next(f for f in _figures(nlp, paragraph) if f["text"] == "3%")
    assert russian["subject"] == "Russian companies" and russian["measure"] == share["measure"]
    assert russian["context"] == share["context"]


# Text that holds numbers which are not figures: years, dates, ordinals, model names, small
# generic counts.
NOT_FIGURES = [
    ("004", "it was during a visit to Kazakhstan in 2013"),
    ("004", "Tokayev’s request on January 5"),
    ("002", "stricken by COVID-19"),
    ("004", "Copyright © 2022 Dow Jones"),
    ("001", "the two countries' sometimes competing interests"),
    ("000", "16x9 Image"),
]


@pytest.mark.parametrize("seed, needle", NOT_FIGURES)
def test_numbers_that_are_not_figures(nlp, seed, needle):
    paragraph = _sentence(seed, needle)
    start = paragraph.index(needle)
    inside = [f for f in _figures(nlp, paragraph) if start <= f["start"] < start + len(needle)]
    assert inside == []


def _claims_between(nlp, a_text: str, b_text: str) -> list[dict]:
    return compare_claims({"a": _figures(nlp, a_text), "b": _figures(nlp, b_text)})


def test_border_in_miles_and_km_agree_within_rounding(nlp):
    claims = _claims_between(nlp, _sentence("003", "approximately 1,100-mile border"),
                             _sentence("002", "1,782-kilometer border"))
    border = [c for c in claims if c["unit"] == "km"]
    assert [c["verdict"] for c in border] == ["agree"]
    assert {f["text"] for f in border[0]["figures"]} == {"approximately 1,100-mile", "1,782-kilometer"}


def test_thousands_of_troops_agrees_with_a_2030_strong_contingent(nlp):
    claims = _claims_between(nlp, _sentence("004", "Russia sent thousands of troops"),
                             _sentence("002", "2,030-strong contingent"))
    assert [(c["unit"], c["verdict"]) for c in claims] == [("troops", "agree")]


def test_a_different_border_length_conflicts_and_other_borders_are_not_compared(nlp):
    claims = _claims_between(nlp, _sentence("003", "approximately 1,100-mile border"),
                             "China shares a 3,000-kilometer border with Kazakhstan.")
    verdicts = {(c["figures"][0]["text"], c["verdict"]) for c in claims}
    assert verdicts == {("approximately 1,100-mile", "conflict")}  # the 47-mile Afghan border is not compared


def test_interval_widens_by_the_rounding_the_digits_imply(nlp):
    figure = next(f for f in _figures(nlp, "They share a border of 1,100 miles.") if f["unit"] == "mile")
    low, high = interval(figure)
    assert low == pytest.approx(1050 * 1.609344) and high == pytest.approx(1150 * 1.609344)


def test_the_desk_compares_no_figures_of_different_stories(tmp_path: Path) -> None:
    """Two AllSides reports of different attacks (a Mali hotel siege, a terror threat in the
    United States) give deaths in the United States that disagree; the desk's claims pair
    figures of one story only, so it lists no conflict between them, as the figures alone would."""
    import gzip
    import json

    from conftest import need_shared, write_jsonl
    from newsdesk import ingest, open_store, service
    from newsdesk.analyse import analyse

    wanted = ('"WuJcLazpDM5YULj6"', '"WYtpbVfScAUkFSdo"')
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if any(key in line for key in wanted)]
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "two.jsonl", records)], db=db, workers=1)
    analyse(db=db, workers=1)
    with open_store(db, read_only=True) as store:
        stories = store.article_stories()
        unpaired = compare_claims(store.layer("figures"))
        claims = service.claims(store)
    assert len(set(stories.values())) == 2
    assert [c["unit"] for c in unpaired if c["verdict"] == "conflict"].count("deaths") >= 1
    assert claims == []
