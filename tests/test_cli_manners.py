"""CLI manners on the seed articles: version, usage errors, nothing written unasked, real progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import __version__
from newsdesk.analyse import analyse
from newsdesk.cli import app
from newsdesk.ingest import ingest

from conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[tuple[int, int]]]:
    db = str(tmp_path_factory.mktemp("manners") / "store.duckdb")
    ingest([str(EXAMPLES)], db=db, workers=1)
    calls: list[tuple[int, int]] = []
    analyse(db=db, workers=1, progress=lambda done, total: calls.append((done, total)))
    return db, calls


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"newsdesk {__version__}"


def test_analyse_progress_has_a_real_total_from_the_start(seeds) -> None:
    _, calls = seeds
    total = len(list(EXAMPLES.glob("*.txt")))
    assert calls[0] == (0, total) and calls[-1] == (total, total)


@pytest.mark.parametrize("args", [["--from", "garbage"], ["--to", "2022-13"], ["--from", "22-01-05"]])
def test_bad_timeline_dates_are_usage_errors(seeds, args: list[str]) -> None:
    result = runner.invoke(app, ["timeline", "--db", seeds[0], *args])
    assert result.exit_code == 2 and args[1] in result.output


@pytest.mark.parametrize("args", [["--from", "2022"], ["--from", "2022-01", "--to", "2022-01-31"]])
def test_good_timeline_dates_are_accepted(seeds, args: list[str]) -> None:
    assert runner.invoke(app, ["timeline", "--db", seeds[0], *args]).exit_code == 0


def test_footprint_writes_no_file_unless_asked(seeds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["footprint", "China", "Kazakhstan", "--db", seeds[0]])
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.iterdir())
