"""What the CLI prints from outside is data, not markup: brackets survive, escape codes never pass.

The store is built from a generated JSONL file whose titles, outlet and quotes hold Rich markup,
terminal escape sequences and bidi controls; every read command must print them as text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.store import open_store
from newsdesk.terminal import for_terminal, strip_controls

runner = CliRunner()

QUOTE_TEXT = ("Spain's finance minister Maria Lopez spoke in Madrid on Monday. "
              '"[the government] will raise the fuel tax next year," said Maria Lopez, the finance '
              "minister of Spain. Opposition leader Carlos Ruiz said the plan would hurt farmers in "
              "Andalusia. The vote is due in March.\n\n")
RECORDS = [
    {"title": "Poll [/b] results", "outlet": "El [red]Diario",
     "text": QUOTE_TEXT + "A poll published by the newspaper on Sunday found that most voters in "
             "Spain oppose the tax, while a majority in Catalonia supports it.\n"},
    {"title": "\u001b]0;owned\u0007Budget [bold]row[/bold] \u001b[2Jsplit\u202e",
     "outlet": "[link=javascript:alert(1)]Gazette[/link]",
     "text": QUOTE_TEXT + "Farmers in Andalusia protested in Seville on Tuesday.\n"},
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("markup")
    source = folder / "hostile [b].jsonl"
    source.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    db = str(folder / "store.duckdb")
    assert runner.invoke(app, ["ingest", str(source), "--db", db, "--workers", "1"]).exit_code == 0
    assert runner.invoke(app, ["analyse", "--db", db, "--workers", "1"]).exit_code == 0
    return db


def squeeze(output: str) -> str:
    """Output without table borders and whitespace, so text folded over two lines reads whole."""
    return re.sub(r"[\s│┃━─┏┓┗┛┡┩└┘╇╈┳┻┼┬┴├┤╭╮╰╯]+", "", output)


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\u202e" not in result.output
    return squeeze(result.output)


def test_read_commands_print_titles_with_brackets(store_path: str) -> None:
    listing = run("articles", "--db", store_path)
    assert "Poll[/b]results" in listing and "Budget[bold]row[/bold]split" in listing
    assert "El[red]Diario" in listing and "[link=javascript:alert(1)]Gazette[/link]" in listing
    assert "Poll[/b]results" in run("lineage", "--db", store_path)
    with open_store(store_path, read_only=True) as store:
        first = store.list_articles()[0]["id"]
    assert "results" in run("lineage", first, "--db", store_path) + run("stories", "--db", store_path)


def test_quotes_keep_bracketed_words(store_path: str) -> None:
    quotes = run("quotes", "--db", store_path)
    assert "[thegovernment]willraisethefueltax" in quotes
    assert "El[red]Diario" in quotes
    assert "[thegovernment]" in run("quotes", "--linked", "--db", store_path)


def test_entity_pages_list_bracketed_titles(store_path: str) -> None:
    with open_store(store_path, read_only=True) as store:
        names = [row["name"] for row in store.list_entities(limit=5)]
    assert names
    detail = run("entity", names[0], "--db", store_path)
    assert "Poll[/b]results" in detail or "Budget[bold]row[/bold]split" in detail


def test_a_failed_input_named_with_markup_and_escapes_is_one_plain_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad [red] \x1b[31mname\n.txt"
    bad.write_text("")
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert failed == [f"failed: {tmp_path}/bad [red] name .txt: empty file"]


@pytest.mark.parametrize(("value", "expected"), [
    ("Poll [/b] results", "Poll [/b] results"),
    ("[the government] said", "[the government] said"),
    ("\x1b[31mred\x1b[0m", "red"),
    ("\x1b]0;title\x07after", "after"),
    ("two\nlines", "two\nlines"),
    ("bell\x07 nul\x00 c1\x9b", "bell nul c1"),
    ("right\u202eleft", "rightleft"),
    ("plain text", "plain text"),
])
def test_for_terminal_prints_exactly_the_text(value: str, expected: str) -> None:
    from rich.console import Console

    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(for_terminal(value), highlight=False, soft_wrap=True, end="")
    assert console.export_text() == expected
    assert strip_controls(value) == expected
