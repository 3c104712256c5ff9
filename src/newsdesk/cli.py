"""The ``newsdesk`` command: a thin layer over the Python API that owns output and exit codes.

Exit codes: 0 everything worked, 1 something failed (the run still did the rest), 2 usage.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from newsdesk.exporter import export as export_articles
from newsdesk.analyse import analyse as analyse_api
from newsdesk.errors import NewsdeskError, UsageError
from newsdesk.ingest import IngestReport, ingest as ingest_api
from newsdesk.readers.base import DEFAULT_MAX_BYTES
from newsdesk.store import DEFAULT_DB, open_store

app = typer.Typer(help="Turn news articles into structured, verifiable intelligence.", no_args_is_help=True,
                  add_completion=False)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="DuckDB store file (created on first use).")]


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                              help="Log to stderr; -vv for debug.")] = 0) -> None:
    if verbose:
        logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO, stream=sys.stderr,
                            format="%(levelname)s %(name)s: %(message)s")


@app.command()
def ingest(
    articles: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns; .gz is read too.")],
    db: DbOption = DEFAULT_DB,
    field: Annotated[list[str] | None, typer.Option(
        "--field", help="Map a field for JSONL/CSV input, e.g. --field text=body (repeatable).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Ingest articles into the store, cleaning them and reading their metadata."""
    fields = _parse_fields(field or [])
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None) if progress else None

        def on_input(path: str, status: str, done: int, total: int) -> None:
            if progress is not None:
                progress.update(task, completed=done, total=total, description=_short(path))

        report = _run(lambda: ingest_api(articles, db=db, workers=workers, fields=fields,
                                         max_bytes=max_bytes, progress=on_input))
    _print_report(report)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def analyse(
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).")] = None,
) -> None:
    """Run the NLP layers on new or changed articles, then the corpus steps."""
    with _progress() as progress:
        task = progress.add_task("analysing", total=None) if progress else None

        def on_batch(done: int, total: int) -> None:
            if progress is not None:
                progress.update(task, completed=done, total=total)

        report = _run(lambda: analyse_api(db=db, workers=workers, progress=on_batch))
    err.print(f"{report.analysed} articles analysed, {report.corpus_steps} corpus steps run", highlight=False)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = DEFAULT_DB,
    out_path: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
) -> None:
    """Export stored articles, one record per article."""
    def run() -> int:
        with open_store(db, read_only=True) as store:
            return export_articles(store, format=format, out=out_path)

    count = _run(run)
    if out_path:
        err.print(f"exported {count} articles to {out_path}")


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
) -> None:
    """List the stored articles."""
    def run() -> list[dict]:
        with open_store(db, read_only=True) as store:
            return store.list_articles(limit=limit)

    rows = _run(run)
    table = Table(title=f"{len(rows)} articles in {db}")
    for column in ("id", "title", "authors", "outlet", "published", "lang", "chars", "removed"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["id"], row["title"] or "", ", ".join(row["authors"] or []), row["outlet"] or "",
                      row["published"] or "", row["language"] or "", str(row["chars"]),
                      str(row["removed_lines"]))
    out.print(table)


def _run(action):
    """Call the API; turn our errors into one line on stderr and the right exit code."""
    try:
        return action()
    except UsageError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from e
    except NewsdeskError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(1) from e


def _parse_fields(specs: list[str]) -> dict[str, str]:
    fields = {}
    for spec in specs:
        name, sep, column = spec.partition("=")
        if not sep or not name or not column:
            err.print(f"[red]error:[/red] --field wants NAME=COLUMN, got {spec!r}", highlight=False)
            raise typer.Exit(2)
        fields[name.strip()] = column.strip()
    return fields


class _progress:
    """A Rich progress bar on a terminal; nothing when stderr is piped."""

    def __enter__(self) -> Progress | None:
        if not err.is_terminal:
            self.bar = None
            return None
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=err, transient=True)
        self.bar.__enter__()
        return self.bar

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]


def _print_report(report: IngestReport) -> None:
    for problem in report.failed:
        err.print(f"[red]failed:[/red] {problem}", highlight=False, soft_wrap=True)
    err.print(
        f"{report.inputs} inputs: {report.new} articles ingested, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.skipped} inputs unchanged, {len(report.failed)} failed",
        highlight=False,
    )
