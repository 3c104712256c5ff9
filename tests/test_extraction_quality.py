"""Quality floor on the ScrapingHub article-extraction benchmark (181 real pages, MIT licensed).

Our body text (trafilatura extraction, then our cleaning) must score at least what
trafilatura's own output scores with the benchmark's metric; measured: ours 0.961 F1,
trafilatura's published output 0.958.
"""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import need_shared
from newsdesk.clean import clean_article
from newsdesk.errors import InputError
from newsdesk.readers.html import article_from_html
from newsdesk_eval.extraction import page_scores, score_extraction

BENCHMARK = "data/extraction/scrapinghub-article-extraction-benchmark"


def load_outputs(path) -> dict[str, str]:
    data = json.loads(path.read_text())
    data = data.get("output", data)
    return {page: entry.get("articleBody") or "" for page, entry in data.items()}


@pytest.fixture(scope="module")
def benchmark():
    root = need_shared(BENCHMARK)
    gold = {page: entry["articleBody"] for page, entry in json.loads((root / "ground-truth.json").read_text()).items()}
    ours = {}
    for page in gold:
        with gzip.open(root / "html" / f"{page}.html.gz", "rt", encoding="utf-8") as stream:
            html = stream.read()
        try:
            ours[page] = clean_article(article_from_html(html, path=page, source=page)).text
        except InputError:
            ours[page] = ""
    return gold, ours, load_outputs(root / "baseline-outputs" / "trafilatura.json")


def test_scorer_reproduces_the_published_trafilatura_figure(benchmark) -> None:
    gold, _, trafilatura = benchmark
    score = score_extraction(gold, trafilatura)
    assert (round(score.f1, 3), round(score.precision, 3), round(score.recall, 3)) == (0.958, 0.938, 0.978)


def test_our_body_text_scores_at_least_trafilatura(benchmark) -> None:
    gold, ours, trafilatura = benchmark
    assert score_extraction(gold, ours).f1 >= score_extraction(gold, trafilatura).f1
    assert score_extraction(gold, ours).f1 >= 0.960


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("one two three four five", "one two three four five", (1.0, 1.0)),
    ("one two three four five", "", (0.0, 0.0)),
    ("one two three four five", "one two three four five six seven", (2 / 4, 1.0)),
    ("", "", (1.0, 1.0)),
])
def test_page_metric(gold: str, predicted: str, expected: tuple[float, float]) -> None:
    assert page_scores(gold, predicted) == pytest.approx(expected)
