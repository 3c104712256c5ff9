"""Write docs/cli.md from the CLI itself, with typer's Markdown generator.

The CLI is imported as the package module (``newsdesk.cli``), so commands that other modules
register on it (the live desk's) are documented too; ``typer MODULE utils docs`` loads the file
under another module name and would miss them.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import typer
import typer.main
from typer.cli import get_docs_for_click
from typer.core import MARKUP_MODE_KEY

from newsdesk.cli import app


def main(output: str) -> None:
    command = typer.main.get_command(app)
    context = typer.Context(command)
    context.ensure_object(dict)
    context.obj[MARKUP_MODE_KEY] = app.rich_markup_mode
    docs = get_docs_for_click(obj=command, ctx=context, name="newsdesk", title="newsdesk command line")
    Path(output).write_text(html.unescape(docs.strip() + "\n"), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/cli.md")
