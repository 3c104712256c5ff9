"""Bad options and output paths on the seed store: one line naming what was given, the right exit
code (2 for usage), no traceback, and nothing stored changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES


def newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True)


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """The single stderr line of a failed command (a traceback would be many)."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("command", "where"),
    [
        (["export", "--format", "jsonl", "--out"], "folder"),
        (["export", "--format", "csv", "--out"], "under a file"),
        (["export", "--format", "parquet", "--out"], "folder"),
        (["brief", "--topic", "China Russia Kazakhstan", "--format", "md", "--out"], "folder"),
        (["brief", "--topic", "China Russia Kazakhstan", "--format", "html", "--out"],
         "under a file"),
    ],
)
def test_an_output_path_that_cannot_be_written_is_one_usage_line(
    seed_store: str, tmp_path: Path, command: list[str], where: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = str(tmp_path) if where == "folder" else str(blocker / "out.file")
    result = newsdesk(*command, out, "--db", seed_store)
    assert result.returncode == 2
    line = one_error_line(result)
    assert "cannot write this file" in line
    assert str(tmp_path) in line
    assert blocker.read_text() == "not a folder"


def test_a_chart_path_that_cannot_be_written_is_one_usage_line(
    seed_store: str, tmp_path: Path
) -> None:
    pytest.importorskip("matplotlib", reason="the footprint chart needs the charts extra")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    chart = blocker / "chart.png"
    result = newsdesk("footprint", "China", "Kazakhstan", "--db", seed_store, "--chart", str(chart))
    assert result.returncode == 2
    assert one_error_line(result) == f"error: {chart}: cannot write this file (Not a directory)"


@pytest.mark.parametrize("command", ["articles", "stories", "quotes", "sources", "entities"])
@pytest.mark.parametrize("limit", ["-1", "0"])
def test_a_limit_below_one_is_a_usage_error(seed_store: str, command: str, limit: str) -> None:
    result = newsdesk(command, "--db", seed_store, "--limit", limit)
    assert result.returncode == 2, result.stdout
    assert "--limit" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_search_reads_a_language_code_in_any_case_and_refuses_a_language_name(
    seed_store: str,
) -> None:
    lower, upper = (newsdesk("search", "--db", seed_store, "--lang", code) for code in ("en", "EN"))
    assert lower.returncode == upper.returncode == 0 and lower.stdout == upper.stdout
    assert "5 articles match" in lower.stdout
    named = newsdesk("search", "--db", seed_store, "--lang", "english")
    assert named.returncode == 2 and named.stdout == ""
    assert one_error_line(named) == (
        "error: --language wants an ISO 639 code such as en, ru or kk, got 'english'")


@pytest.mark.parametrize("value", ["0", "-3"])
def test_stories_min_articles_below_one_is_a_usage_error_as_over_http(
    seed_store: str, value: str
) -> None:
    result = newsdesk("stories", "--db", seed_store, "--min-articles", value)
    assert result.returncode == 2, result.stdout
    assert "--min-articles" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command", [["ingest", str(EXAMPLES)], ["analyse"]])
@pytest.mark.parametrize("workers", ["0", "-2"])
def test_fewer_than_one_worker_is_a_usage_error(
    seed_store: str, command: list[str], workers: str
) -> None:
    before = Path(seed_store).read_bytes()
    result = newsdesk(*command, "--db", seed_store, "--workers", workers)
    assert result.returncode == 2, result.stderr
    assert "--workers" in result.stderr and "Traceback" not in result.stderr
    assert Path(seed_store).read_bytes() == before


def test_an_entity_type_no_entity_has_is_one_usage_line(seed_store: str) -> None:
    result = newsdesk("entities", "--db", seed_store, "--type", "people")
    assert result.returncode == 2, result.stdout
    assert one_error_line(result) == (
        "error: --type wants one of PERSON, ORG, GPE, LOC, FAC, got 'people'")
    assert result.stdout == ""
    listed = newsdesk("entities", "--db", seed_store, "--type", "person")
    assert listed.returncode == 0 and "PERSON" in listed.stdout and " GPE " not in listed.stdout


@pytest.mark.parametrize(
    ("option", "value"),
    [("--since", "2022-13"), ("--until", "last week"), ("--since", "07/01/2022"),
     ("--since", "2022-02-30"), ("--until", "2023-02-29"), ("--until", "2022-04-31")],
)
def test_a_brief_date_that_is_not_a_date_is_a_usage_error(
    seed_store: str, tmp_path: Path, option: str, value: str
) -> None:
    out = tmp_path / "brief.md"
    result = newsdesk("brief", "--db", seed_store, "--topic", "Kazakhstan", option, value,
                      "--out", str(out))
    assert result.returncode == 2
    expected = f"error: {option} wants YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}"
    assert one_error_line(result) == expected
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("brief", "--topic", "Kazakhstan"), ("timeline",)])
def test_a_date_range_that_ends_before_it_starts_is_a_usage_error(
    seed_store: str, tmp_path: Path, command: tuple[str, ...]
) -> None:
    out = ("--out", str(tmp_path / "brief.md")) if command[0] == "brief" else ()
    result = newsdesk(*command, "--db", seed_store, "--since", "2023", "--until", "2021-06", *out)
    assert result.returncode == 2, result.stdout
    assert one_error_line(result) == (
        "error: --since '2023' is after --until '2021-06': no date is in that range")
    assert list(tmp_path.iterdir()) == []
    same_year = newsdesk(*command, "--db", seed_store, "--since", "2022-01", "--until", "2022", *out)
    assert same_year.returncode == 0, same_year.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"settings": {"topic": "Kazakhstan", "colour": "red"}}',
         "unknown brief settings 'colour'"),
        ("[1, 2]", "brief settings are a JSON object"),
        ('{"settings": {"topic": "Kazakhstan", "length": "five"}}',
         "--length wants a whole number"),
        ('{"settings": {"since": 2022}}', "--since wants YYYY"),
        ("{not json", "cannot read brief settings"),
    ],
)
def test_a_malformed_brief_settings_file_is_a_usage_error(
    seed_store: str, tmp_path: Path, content: str, reason: str
) -> None:
    settings = tmp_path / "old.md.settings.json"
    settings.write_text(content)
    out = tmp_path / "brief.md"
    result = newsdesk("brief", "--db", seed_store, "--settings", str(settings), "--out", str(out))
    assert result.returncode == 2
    assert reason in one_error_line(result)
    assert not out.exists()


@pytest.mark.parametrize("content", ["garbage", '{"file": "x.md"}', "[]", "\udcff"])
def test_a_stray_settings_file_beside_a_brief_does_not_stop_it_or_its_feed(
    seed_store: str, tmp_path: Path, content: str
) -> None:
    stray = tmp_path / "notes.settings.json"
    stray.write_bytes(content.encode("utf-8", "surrogateescape"))
    out = tmp_path / "brief.md"
    result = newsdesk("brief", "--db", seed_store, "--topic", "China Russia Kazakhstan",
                      "--out", str(out))
    assert result.returncode == 0, result.stderr
    feed = (tmp_path / "briefs.atom").read_text(encoding="utf-8")
    assert feed.count("<entry>") == 1 and "brief.md" in feed
    assert stray.read_bytes() == content.encode("utf-8", "surrogateescape")


@pytest.mark.parametrize("name", ["chart", "chart.foo"])
def test_the_footprint_chart_is_a_png_at_exactly_the_path_given(
    seed_store: str, tmp_path: Path, name: str
) -> None:
    pytest.importorskip("matplotlib", reason="the footprint chart needs the charts extra")
    chart = tmp_path / name
    result = newsdesk("footprint", "China", "Kazakhstan", "--db", seed_store, "--chart", str(chart))
    assert result.returncode == 0, result.stderr
    assert [path.name for path in tmp_path.iterdir()] == [name]
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert result.stderr.strip() == f"chart written to {chart}"


@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_a_usage_error(seed_store: str, question: str) -> None:
    result = newsdesk("ask", question, "--db", seed_store)
    assert result.returncode == 2
    assert one_error_line(result) == "error: the question is empty: ask it in plain words"
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("power", "country", "said"),
    [
        ("Narnia", "Mordor", "neither 'Narnia' nor 'Mordor' is a known power or country"),
        ("China", "Mordor", "'Mordor' is not a known power or country"),
        ("Narnia", "Kazakhstan", "'Narnia' is not a known power or country"),
    ],
)
def test_a_footprint_of_names_no_state_bears_is_one_usage_line(
    seed_store: str, power: str, country: str, said: str
) -> None:
    result = newsdesk("footprint", power, country, "--db", seed_store)
    assert result.returncode == 2 and result.stdout == ""
    assert one_error_line(result).startswith(f"error: {said}; ")


def test_a_footprint_of_a_people_and_a_capital_is_answered(seed_store: str) -> None:
    """Names the ledger reads as states (a people, a capital) are known, not refused."""
    result = newsdesk("footprint", "Chinese", "Astana", "--db", seed_store)
    assert result.returncode == 0, result.stderr
    assert "Chinese in Astana: " in result.stdout


def test_a_footprint_of_a_power_alone_lists_its_countries(seed_store: str) -> None:
    """With no country the power's countries are listed, most points first, each with the
    count its own footprint gives; a chart needs the one country it draws."""
    result = newsdesk("footprint", "Chinese", "--db", seed_store)
    assert result.returncode == 0, result.stderr
    rows = [line.split("│")[1:3] for line in result.stdout.splitlines() if line.count("│") == 3]
    listed = [(name.strip(), int(points)) for name, points in rows if points.strip().isdigit()]
    assert len(listed) > 1 and listed == sorted(listed, key=lambda row: -row[1])
    country, points = listed[0]
    answered = newsdesk("footprint", "China", country, "--db", seed_store).stdout
    assert f"China in {country}: {points} evidenced points" in " ".join(answered.split())
    charted = newsdesk("footprint", "China", "--chart", "x.png", "--db", seed_store)
    assert charted.returncode == 2 and charted.stdout == ""
    assert one_error_line(charted).startswith("error: --chart draws one country's footprint")
    refused = newsdesk("footprint", "Narnia", "--db", seed_store)
    assert one_error_line(refused).startswith("error: 'Narnia' is not a known power or country")
