"""The event coder: one best PLOVER event per sentence (or none), its actors and spans.

Sentences are real text: the seed articles in ``examples/`` and the PETRARCH-2 validation and
unit-test sentences in ../shared/data/events (MIT). Floors on independent sets are measured by
``benchmarks/eval_events.py``; the pinned values sit a few points under its test-half figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import need_shared
from newsdesk.events import QUAD_CLASSES, TYPE_CODES, plover_of
from newsdesk.events.classify import MODEL_FILE, NO_EVENT, best_types
from newsdesk.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _seed_sentence(prefix: str, needle: str) -> str:
    text = next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if needle in line)
    start = line.rfind(". ", 0, line.index(needle)) + 1
    end = line.find(". ", line.index(needle))
    return line[start:end + 1 if end > 0 else len(line)].strip()


def _record_text(dataset: str, record_id: str) -> str:
    path = need_shared(f"data/events/{dataset}")
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return next(r["text"] for r in records if r["id"] == record_id)


def test_the_model_ships_as_plain_arrays_with_the_sixteen_types():
    from importlib import resources

    with resources.files("newsdesk.data").joinpath(MODEL_FILE).open("rb") as handle:
        arrays = np.load(handle, allow_pickle=False)
        labels = set(arrays["labels"].tolist())
    assert labels == set(TYPE_CODES) | {NO_EVENT}
    assert set(QUAD_CLASSES) == set(TYPE_CODES) and len(TYPE_CODES) == 16


def test_the_model_is_read_on_first_use_not_at_import():
    code = ("import newsdesk.events, newsdesk.analyse; from newsdesk.events.classify import load_model; "
            "print(load_model.cache_info().currsize)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


_CHOICE = {"rule_weight": 0.3, "none_threshold": 0.2, "none_threshold_coded": 0.8, "second_ratio": 0.8}


@pytest.mark.parametrize("probabilities, coded, expected", [
    ({NO_EVENT: 0.7, "ASSAULT": 0.3}, set(), []),
    ({NO_EVENT: 0.5, "ASSAULT": 0.5}, set(), []),  # not sure enough without a coded event
    ({NO_EVENT: 0.5, "ASSAULT": 0.5}, {"ASSAULT"}, ["ASSAULT"]),
    ({NO_EVENT: 0.9, "ASSAULT": 0.1}, {"ASSAULT"}, []),  # a coded verb alone is not enough
    ({NO_EVENT: 0.1, "ASSAULT": 0.8, "ACCUSE": 0.1}, set(), ["ASSAULT"]),
    ({NO_EVENT: 0.1, "ASSAULT": 0.46, "ACCUSE": 0.44}, set(), ["ASSAULT"]),  # one best event
    ({NO_EVENT: 0.1, "ASSAULT": 0.46, "ACCUSE": 0.44}, {"ACCUSE"}, ["ACCUSE"]),
    ({NO_EVENT: 0.1, "ASSAULT": 0.46, "ACCUSE": 0.44}, {"ACCUSE", "ASSAULT"}, ["ASSAULT", "ACCUSE"]),
])
def test_one_best_type_unless_a_second_is_coded_and_nearly_as_likely(probabilities, coded, expected):
    assert best_types(probabilities, coded, **_CHOICE) == expected


def test_statements_are_no_plover_type_and_demands_are_requests():
    assert plover_of("010") is None and plover_of("100") == "REQUEST" and plover_of("087") == "RETREAT"
