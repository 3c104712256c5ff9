"""The command line's app, its consoles and the parts every command shares: the store option,
the store opened for one command, and our errors as one line and an exit code (exit codes: see
``newsdesk.cli``)."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Iterable
from typing import Annotated, Any, NoReturn
from urllib.parse import urlsplit
from urllib.request import url2pathname

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from newsdesk import service
from newsdesk.errors import NewsdeskError, NoStoreError, NotFoundError, UsageError, worded_reason
from newsdesk.plurals import count_noun
from newsdesk.terminal import for_terminal as safe


class _Commands(TyperGroup):
    """The command group; a closed stdout ends any command quietly (click would exit 1)."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # what is still buffered fails here, not at exit
        except BrokenPipeError:
            _end_on_closed_stdout()


def _end_on_closed_stdout() -> NoReturn:
    """Python's recipe (the ``signal`` module's note on SIGPIPE): stdout goes to devnull so the
    flush at exit cannot fail again; the status is a pipe's reader gone, as ``cat`` reports it."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(128 + signal.SIGPIPE)


app = typer.Typer(help="Turn news articles into structured, verifiable intelligence.", no_args_is_help=True,
                  add_completion=False, cls=_Commands)


class _Stdout(Console):
    """Rich's console, ending on a closed stdout as every command does (Rich would exit 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        _end_on_closed_stdout()


out = _Stdout(width=None if sys.stdout.isatty() else 160)  # a pipe gets whole lines, not 80 columns
err = Console(stderr=True, soft_wrap=True)  # one message, one line, whatever the width

DbOption = Annotated[str, typer.Option("--db", help="DuckDB store file (created on first use).")]
#: A listing's first and last date, named as the HTTP API names them (``from``/``to`` kept too).
SinceOption = Annotated[str | None, typer.Option("--since", "--from", help="First date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", "--to", help="Last date (YYYY, YYYY-MM or YYYY-MM-DD).")]


def _print_version(value: bool) -> None:
    if value:
        from newsdesk import __version__

        out.print(f"newsdesk {__version__}", highlight=False, markup=False)
        raise typer.Exit(0)


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                              help="Log to stderr; -vv for debug.")] = 0,
         version: Annotated[bool, typer.Option(
             "--version", callback=_print_version, is_eager=True,
             help="Print the version and exit.")] = False) -> None:
    if verbose:
        logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO, stream=sys.stderr,
                            format="%(levelname)s %(name)s: %(message)s")


def read_store(db: str, action):
    """Run a service read on the store opened read-only; errors as ``run_reported`` reports them."""
    def run():
        with service.reading(db) as store:
            return action(store)
    return run_reported(run)


def write_store(db: str, action, *, create: bool = True):
    """Run a service write on the store opened for writing; errors as ``run_reported`` reports them
    (``create=False``: a store that does not exist is an error, not made empty)."""
    def run():
        with service.writing(db, create=create) as store:
            return action(store)
    return run_reported(run)


def local_input(given: str) -> str:
    """A ``file:`` URL given on the command line as the path it names (``file:///srv/feed.xml``,
    ``file://localhost/...``): the readers take paths and http(s) URLs, so it was read as a
    file named ``file:///...`` and said to be missing. Only the command line reads it so; a
    request to the server still names http(s) URLs only. A file URL of another host is a
    usage error naming it."""
    if not given.lower().startswith("file:"):
        return given
    parts = urlsplit(given)
    if parts.netloc not in ("", "localhost"):
        raise UsageError(f"{given}: a file URL of another host; give a local path")
    return url2pathname(parts.path)


def run_reported(action):
    """Call the API; turn our errors into one line on stderr and the right exit code."""
    try:
        return action()
    except NewsdeskError as e:
        err.print(f"[red]error:[/red] {safe(_worded(e), one_line=True)}", highlight=False)
        raise typer.Exit(2 if isinstance(e, UsageError) else 1) from e


def _worded(error: NewsdeskError) -> str:
    """The error as the command line says it: the settings it names as options, where to find
    what exists of a kind not found, the command that makes a store."""
    if isinstance(error, NotFoundError):
        return where_to_look(error)
    if isinstance(error, NoStoreError):
        return f"{error}; run `newsdesk ingest` first"
    return worded_reason(error.worded(flag), flag)


#: The option that gives a setting an error names, where it is not ``--`` and the setting.
_FLAGS = {
    "date_from": "--since",
    "date_to": "--until",
    "entities": "--entity",
    "keywords": "--keyword",
    "outlets": "--outlet",
    "countries": "--country",
    "event_types": "--event-type",
    "q": "words",  # the search's argument, as its usage line names it
}


def flag(setting: str) -> str:
    """How the command line spells a setting of an operation (``when`` is ``--when``)."""
    return _FLAGS.get(setting, "--" + setting.replace("_", "-"))


#: The command that lists what exists, for each kind of thing a name or id may name.
_LISTINGS = {
    "article": "newsdesk articles",
    "entity": "newsdesk entities",
    "story": "newsdesk stories",
    "feed": "newsdesk feeds list",
    "watchlist": "newsdesk watchlist list",
    "schedule": "newsdesk schedule list",
}


def where_to_look(error: NotFoundError) -> str:
    """The message, with the command that lists what exists of its kind."""
    listing = _LISTINGS.get(error.kind or "")
    return f"{error}; see `{listing}`" if listing else str(error)


def add_row(table: Table, *cells: object) -> None:
    """Add a row of data from the store: every cell is printed as text, never as markup."""
    table.add_row(*(safe(cell) for cell in cells))


def clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def new_table(title: str, columns: Iterable[str], **options: Any) -> Table:
    """A table titled ``title`` whose ``columns`` fold a long cell onto more lines."""
    table = Table(title=title, **options)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def counted(shown: int, total: int, noun: str) -> str:
    """How many a listing shows: "50 of 130 entities" when --limit cut it, else "130 entities"
    (``noun`` singular: "1 entity"), so a title never gives the shown rows as the store's count."""
    return f"{shown} of {count_noun(total, noun)}" if shown < total else count_noun(total, noun)


def print_rows(title: str, rows: list[dict], columns: tuple[str, ...]) -> None:
    table = new_table(safe(title), columns, title_justify="left")
    for row in rows:
        add_row(table, *("" if row.get(c) is None else str(row[c]) for c in columns))
    out.print(table)
