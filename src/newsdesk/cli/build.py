"""``ingest`` and ``analyse``: the commands that build the store, with their progress bars and
their reports. The ingest and the analysis are imported by their commands, not by every
command the CLI runs (their readers, HTTP client and layers take about 0.4 CPU seconds)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from newsdesk.cli.base import DbOption, app, err, flag, local_input, run_reported, safe
from newsdesk.defaults import (
    DEFAULT_DELAY,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RECORD_BYTES,
    DEFAULT_PARSE_SECONDS,
    DEFAULT_TIMEOUT,
)
from newsdesk.errors import worded_reason
from newsdesk.plurals import count_noun
from newsdesk.service import DEFAULT_DB
from newsdesk.stopping import StopRequest

if TYPE_CHECKING:
    from newsdesk.ingest import IngestReport


@app.command()
def ingest(
    articles: Annotated[list[str], typer.Argument(
        help="Files, folders, glob patterns or http(s) URLs; .gz is read too.")],
    db: DbOption = DEFAULT_DB,
    field: Annotated[list[str] | None, typer.Option(
        "--field", help="Map a field for JSONL/CSV input, e.g. --field text=body (repeatable).")] = None,
    workers: Annotated[int | None, typer.Option(
        min=1, help="Worker processes, at least 1 (default: one per core).")] = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-file-size", "--max-bytes", min=1,
        help="Refuse a file or download larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    max_record_bytes: Annotated[int, typer.Option(
        "--max-record-size", min=1,
        help="Skip a record (JSONL line, CSV row, archive record) larger than this.")
    ] = DEFAULT_MAX_RECORD_BYTES,
    parse_seconds: Annotated[float, typer.Option(
        "--parse-timeout", min=0.1,
        help="Skip a document that takes more CPU seconds than this to parse.")
    ] = DEFAULT_PARSE_SECONDS,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private",
        help="Fetch links found in feeds and sitemaps even to private addresses.")] = False,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Fetch each feed item's page and extract it (polite: see --delay).")] = False,
    delay: Annotated[float, typer.Option(
        min=0, help="Seconds to wait between two requests to the same host.")] = DEFAULT_DELAY,
    timeout: Annotated[float, typer.Option(min=0.1, help="Give up on a request after this many seconds.")] = DEFAULT_TIMEOUT,
) -> None:
    """Ingest articles into the store, cleaning them and reading their metadata.

    ARTICLES may also be http(s) URLs of feeds, sitemaps, pages or web archives.
    """
    from newsdesk.ingest import ingest as ingest_api

    fields = _parse_fields(field or [])
    with StopRequest() as stop, _progress() as progress:
        task = progress.add_task("ingesting", total=None) if progress else None

        def on_input(path: str, status: str, done: int, total: int) -> None:
            if progress is not None:
                progress.update(task, completed=done, total=total, description=safe(_short(path), one_line=True))

        inputs = run_reported(lambda: [local_input(given) for given in articles])
        report = run_reported(lambda: ingest_api(inputs, db=db, workers=workers, fields=fields,
                                         max_bytes=max_bytes, max_record_bytes=max_record_bytes,
                                         parse_seconds=parse_seconds, allow_private=allow_private,
                                         follow_links=follow_links, delay=delay,
                                         timeout=timeout, progress=on_input, stop=stop.requested))
    _print_report(report)
    _exit_if_stopped(stop, report.interrupted)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def analyse(
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option(
        min=1, help="Worker processes, at least 1 (default: one per core).")] = None,
    executor: Annotated[str | None, typer.Option(
        help="inprocess, local or ray (default: inprocess for one worker, else local).")] = None,
    address: Annotated[str | None, typer.Option(help="Ray cluster to join (with --executor ray).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Rebuild the corpus steps from the whole store.")] = False,
) -> None:
    """Run the NLP layers on new or changed articles, then the corpus steps."""
    from newsdesk.analyse import analyse as analyse_api

    with StopRequest() as stop, _progress() as progress:
        task = progress.add_task("analysing", total=None) if progress else None

        def on_batch(done: int, total: int) -> None:
            if progress is not None:
                progress.update(task, completed=done, total=total)

        report = run_reported(lambda: analyse_api(db=db, executor=executor, workers=workers, address=address,
                                          progress=on_batch, stop=stop.requested, full=full))
    for problem in report.failed:
        err.print(f"[red]failed:[/red] {safe(problem, one_line=True)}", highlight=False, soft_wrap=True)
    failed = f", {len(report.failed)} failed (run again to retry them)" if report.failed else ""
    err.print(f"{count_noun(report.analysed, 'article')} analysed{failed}, "
              f"{count_noun(report.corpus_steps, 'corpus step')} run "
              f"(executor {report.executor}, {count_noun(report.workers, 'worker')})",
              highlight=False)
    _exit_if_stopped(stop, report.interrupted)
    raise typer.Exit(1 if report.failed else 0)


def _exit_if_stopped(stop: StopRequest, interrupted: bool) -> None:
    """After SIGINT/SIGTERM: say what was kept and exit 128 + the signal number."""
    if interrupted and stop.signal is not None:
        err.print(f"stopped by signal {stop.signal}: everything above is stored; run the same command "
                  "again to finish", highlight=False)
        raise typer.Exit(128 + stop.signal)


def _parse_fields(specs: list[str]) -> dict[str, str]:
    fields = {}
    for spec in specs:
        name, sep, column = spec.partition("=")
        if not sep or not name or not column:
            err.print(f"[red]error:[/red] --field wants NAME=COLUMN, got {safe(repr(spec))}", highlight=False)
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
        problem = worded_reason(str(problem), flag)
        err.print(f"[red]failed:[/red] {safe(problem, one_line=True)}", highlight=False, soft_wrap=True)
    for path in report.empty:
        err.print(f"note: {safe(path, one_line=True)}: no article in it; nothing stored",
                  highlight=False, soft_wrap=True)
    err.print(
        f"{count_noun(report.inputs, 'input')}: {count_noun(report.new, 'article')} ingested, "
        f"{report.updated} updated, {report.unchanged} unchanged, "
        f"{count_noun(report.skipped, 'input')} unchanged, "
        f"{count_noun(report.failed_inputs, 'input')} failed, {count_noun(report.bad_records, 'bad record')}",
        highlight=False,
    )
