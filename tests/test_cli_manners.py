"""What a reader meets on the seed articles: CLI manners (version, usage errors, nothing written
unasked, real progress) and a timeline and footprint written in sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from newsdesk import __version__
from newsdesk.analyse import analyse
from newsdesk.cli import app
from newsdesk.ingest import ingest
from newsdesk.timeline import disagreement_text

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


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "garbage"],
        ["--to", "2022-13"],
        ["--from", "22-01-05"],
        ["--from", "2022-02-30"],
        ["--to", "2021-02-29"],
    ],
)
def test_bad_timeline_dates_are_usage_errors(seeds, args: list[str]) -> None:
    result = runner.invoke(app, ["timeline", "--db", seeds[0], *args])
    assert result.exit_code == 2 and args[1] in result.output


@pytest.mark.parametrize(
    "args", [["--from", "2022"], ["--from", "2022-01", "--to", "2022-01-31"], ["--from", "2020-02-29"]]
)
def test_good_timeline_dates_are_accepted(seeds, args: list[str]) -> None:
    assert runner.invoke(app, ["timeline", "--db", seeds[0], *args]).exit_code == 0


def test_timeline_dates_are_since_and_until_as_the_brief_names_them(seeds) -> None:
    def timeline(*args: str):
        return runner.invoke(app, ["timeline", "--db", seeds[0], *args])

    since = timeline("--since", "2022-01-06", "--until", "2022-01-31")
    assert since.exit_code == 0 and since.stdout.strip()
    assert since.stdout == timeline("--from", "2022-01-06", "--to", "2022-01-31").stdout
    assert since.stdout != timeline().stdout
    refused = timeline("--from", "2022-13")
    assert refused.exit_code == 2 and "--since wants YYYY" in refused.stderr


def test_footprint_writes_no_file_unless_asked(seeds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["footprint", "China", "Kazakhstan", "--db", seeds[0]])
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.iterdir())


def _timeline(db: str, *args: str) -> str:
    result = runner.invoke(app, ["timeline", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_timeline_entries_are_sentences_with_named_sources(seeds) -> None:
    lines = _timeline(seeds[0]).splitlines()
    entries, sources = lines[0::2], lines[1::2]
    assert len(entries) >= 10 and len(entries) == len(sources)
    sentences = [e.split(": ", 1)[1] for e in entries]
    assert not [s for s in sentences if re.match(r"\d{3,4} [a-z]+$", s) or len(s.split()) < 5]  # no "061 invest"
    assert not [line for line in lines if "{'" in line or "disagree:" in line]  # no raw dicts
    assert all(re.match(r"^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}: [A-Z\"“‘'(]", e) for e in entries)
    assert all(re.fullmatch(r"    \(\d+ reports?: [^)]+\).*", s) for s in sources)
    assert not [s for s in sources if re.search(r"\b[0-9a-f]{16}\b|\.txt", s)]  # outlets, not ids or files
    assert len(entries) == len(set(entries))  # one entry per sentence and date


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Toqaev", "Kassym-Jomart Tokayev"),
        ("CSTO", "Collective Security Treaty Organization"),
        ("PRC", "China"),
    ],
)
def test_timeline_entity_filter_matches_aliases_through_the_registry(seeds, alias: str, name: str) -> None:
    by_alias, by_name = (
        _timeline(seeds[0], "--entity", alias),
        _timeline(seeds[0], "--entity", name),
    )
    assert by_alias and by_alias == by_name


@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "--entity", "Zanzibar Ferry Company"],
        ["search", "--entity", "Zanzibar Ferry Company"],
        ["brief", "--entity", "Zanzibar Ferry Company", "--out", "{tmp}/brief.md"],
    ],
)
def test_an_entity_filter_naming_no_entity_says_so(seeds, tmp_path: Path, command: list[str]) -> None:
    """An entity filter the registry knew by no name printed an empty answer ("0 timeline
    entries", an empty table, "widen ... --entity"), as a real entity with no article does:
    it is the registry's not-found error now, exit 1, in every command that filters by one."""
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in command]
    result = runner.invoke(app, [args[0], "--db", seeds[0], *args[1:]])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr == ("error: no entity named 'Zanzibar Ferry Company'; see `newsdesk entities`\n")
    assert not (tmp_path / "brief.md").exists()


def test_an_entity_filter_that_a_sentence_names_still_finds_it(seeds) -> None:
    """The timeline's filter also reads the events' names and sentences: a name the registry
    does not hold but the events do is no error."""
    assert _timeline(seeds[0], "--entity", "Kazakh")


def test_claims_say_on_stderr_when_there_are_none(seeds) -> None:
    for args, none in (([], "0 claims\n"), (["--conflicts"], "0 conflicts\n")):
        result = runner.invoke(app, ["claims", "--db", seeds[0], *args])
        assert result.exit_code == 0, result.output
        assert (result.stdout == "") == (result.stderr == none), result.output
    everything = runner.invoke(app, ["claims", "--db", seeds[0]])
    assert everything.stdout and everything.stderr == ""  # the seeds' figures do agree somewhere


@pytest.mark.parametrize(
    ("disagreements", "expected"),
    [
        (
            {"dates": ["2022-01-05", "2022-01-06"]},
            "Reports differ on the date (5 January 2022 or 6 January 2022).",
        ),
        ({"dates": ["2022", "2022-01"]}, "Reports differ on the date (2022 or January 2022)."),
        (
            {"actors": [["China"], ["China", "Russia"]]},
            "Reports differ on who acted (China or China and Russia).",
        ),
        ({}, ""),
    ],
)
def test_disagreements_are_written_in_words(disagreements: dict, expected: str) -> None:
    assert disagreement_text(disagreements) == expected


def test_footprint_what_is_a_sentence_not_a_code(seeds) -> None:
    from newsdesk.footprint import footprint
    from newsdesk.store import open_store

    with open_store(seeds[0], read_only=True) as store:
        points = [p for p in footprint(store, "China", "Kazakhstan") if p["kind"] == "event"]
    assert points and not [p for p in points if re.match(r"^\d{3,4} ", p["label"])]
    assert all(len(p["label"].split()) >= 5 for p in points)
