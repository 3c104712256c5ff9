"""The draws of ``benchmarks/audit_metadata.py``: a new audit leaves out exactly the pages each
earlier audit took, however many that was, so it draws only pages no rule was developed on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from audit_metadata import draw, drawn_before, seed_and_count

KEYS = [f"page-{n:03d}" for n in range(181)]


def test_each_earlier_draw_leaves_out_the_pages_it_took() -> None:
    draws = [seed_and_count(value) for value in ("20261204:60", "20261208:60", "20261209:40")]
    drawn = drawn_before(list(KEYS), draws)
    assert len(drawn) == 160
    third = draw([key for key in KEYS if key not in drawn_before(list(KEYS), draws[:2])], 20261209)
    assert set(third[:40]) <= drawn and not set(third[40:]) & drawn


@pytest.mark.parametrize("value", ["20261204", "20261204:", "seed:60"])
def test_a_draw_names_its_seed_and_its_count(value: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        seed_and_count(value)
