"""The event tuner's parse cache is read only by the code that made it: the coder's findings
are kept in it, so a cache made before an edit would score the old code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from tune_events import read_cache, write_cache

PARSED = {"gsr": [{"item": {"text": "Police arrested protesters in Almaty."}, "sentences": []}]}


def test_a_cache_this_code_made_is_read_back(tmp_path: Path) -> None:
    path = tmp_path / "cache.json"
    write_cache(path, PARSED)
    assert read_cache(path) == PARSED


def test_a_cache_other_code_made_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "cache.json"
    write_cache(path, PARSED)
    kept = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**kept, "code": "0" * 64}), encoding="utf-8")
    assert read_cache(path) is None  # the same events version, other code


def test_a_cache_with_no_code_key_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "cache.json"
    write_cache(path, PARSED)
    kept = json.loads(path.read_text(encoding="utf-8"))
    del kept["code"]  # as caches were kept before the code's digest was part of the key
    path.write_text(json.dumps(kept), encoding="utf-8")
    assert read_cache(path) is None
