"""The attribution development sets (tests/data/quotes-dev2 to -dev9) and the third blind set
(tests/data/quotes-blind3) pass the shared verifier against the texts their offsets point
into, the READMEs of dev2-dev4 give the counts it derives in a table, and it names a broken
record."""

from __future__ import annotations

import copy
import json
import re

import pytest

from conftest import ROOT, SHARED, need_shared
from newsdesk_eval.quote_blind import read_records
from newsdesk_eval.quote_verify import (
    BENCHMARK,
    CORPUS,
    check_records,
    load_set_sources,
    main,
    set_counts,
)

SETS = ("quotes-dev2", "quotes-dev3", "quotes-dev4")
#: Every development set and blind3; dev5 to dev9 give their counts in prose, not in a table.
ALL_SETS = (*SETS, "quotes-dev5", "quotes-dev6", "quotes-dev7", "quotes-dev8",
            "quotes-dev9", "quotes-blind3")
TEXTS = {"scrapinghub": BENCHMARK, "allsides": CORPUS}
README_ROW = re.compile(r"^\| (attributions|direct|indirect|mixed)\b[^|]*\| (\d+) \|$", re.M)


def records_of(name: str) -> list[dict]:
    return read_records(ROOT / "tests" / "data" / name / "annotations.jsonl")


def sources_of(records: list[dict]) -> dict:
    for dataset in {record["dataset"] for record in records}:
        need_shared(str(TEXTS[dataset]))
    return load_set_sources(records, shared=SHARED)


@pytest.mark.parametrize("name", ALL_SETS)
def test_every_span_url_and_field_of_a_set_checks_out(name) -> None:
    records = records_of(name)
    assert check_records(records, sources_of(records)) == []


@pytest.mark.parametrize("name", SETS)
def test_readme_counts_are_the_ones_the_verifier_derives(name) -> None:
    records = records_of(name)
    counts = dict(set_counts(records)["kinds"])
    counts["attributions"] = sum(len(record["attributions"]) for record in records)
    readme = (ROOT / "tests" / "data" / name / "README.md").read_text(encoding="utf-8")
    documented = {label: int(count) for label, count in README_ROW.findall(readme)}
    assert set(documented) == {"attributions", "direct", "indirect", "mixed"}
    assert documented == {label: counts[label] for label in documented}


def _move_content_start(record: dict) -> str:
    record["attributions"][0]["start"] += 1
    return "#0: text "


def _put_cue_inside_content(record: dict) -> str:
    att = next(att for att in record["attributions"] if att["cue"] is not None)
    att["cue_start"], att["cue_end"], att["cue"] = att["start"], att["start"] + 1, att["text"][0]
    return "lies inside its own content"


def _swap_attributions(record: dict) -> str:
    first, second = record["attributions"][:2]
    record["attributions"][:2] = [second, first]
    return "not in the order of their content"


def _rename_outlet(record: dict) -> str:
    record["outlet"] += " (copy)"
    return "outlet differs"


@pytest.mark.parametrize(
    ("name", "breaks"),
    [
        ("quotes-dev2", _move_content_start),
        ("quotes-dev4", _put_cue_inside_content),
        ("quotes-dev2", _swap_attributions),
        ("quotes-dev3", _rename_outlet),
        ("quotes-dev3", _move_content_start),
    ],
)
def test_a_broken_copy_of_a_record_is_named(name, breaks) -> None:
    record = records_of(name)[0]
    broken = copy.deepcopy(record)
    expected = breaks(broken)
    problems = check_records([record, broken], sources_of([record]))
    assert len(problems) == 1
    assert problems[0].startswith(f"{record['id']}: ") and expected in problems[0]


def test_command_fails_on_a_moved_offset_and_passes_the_record_as_it_is(tmp_path, capsys) -> None:
    record = records_of("quotes-dev2")[0]
    sources_of([record])
    broken = copy.deepcopy(record)
    broken["attributions"][-1]["end"] -= 1
    for rows, status in (([record], 0), ([record, broken], 1)):
        path = tmp_path / "annotations.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        assert main([str(tmp_path), "--shared", str(SHARED)]) == status
    assert "1 problem(s)" in capsys.readouterr().out
