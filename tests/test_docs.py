"""Docs checked by tests: every CLI command and option is documented; the README stays true."""

from __future__ import annotations

import re

import click
import typer.main

from conftest import ROOT
from newsdesk.cli import app

CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "newsdesk") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            found.extend(commands(command, f"{prefix} {name}"))
    return found


def test_every_command_and_option_is_in_docs_cli() -> None:
    missing = []
    for path, command in commands(typer.main.get_command(app)):
        if f"`{path}" not in CLI_DOC:
            missing.append(path)
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and option != "--help" and option not in CLI_DOC:
                    missing.append(f"{path} {option}")
    assert not missing, missing


def test_readme_quick_start_is_the_two_make_commands() -> None:
    block = README.split("## Quick start", 1)[1].split("```")[1]
    assert block.split() == ["make", "demo", "make", "test"]


def test_docs_linked_from_the_readme_exist() -> None:
    for link in re.findall(r"\]\((docs/[^)]+)\)", README):
        assert (ROOT / link).exists(), link


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_readme_python_example_runs_as_a_script(tmp_path) -> None:
    """Copied into a file and run, the example ingested again in every spawned worker (it
    called ingest at the script's top level): the store was busy and the pool broke."""
    import os
    import shutil
    import subprocess
    import sys

    example = README.split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "example.py").write_text(example, encoding="utf-8")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "5 []" and len(lines) == 6  # 5 new, none failed, then each article
