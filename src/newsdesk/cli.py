"""The ``newsdesk`` command: a thin layer over the Python API that owns output and exit codes.

Exit codes: 0 everything worked, 1 something failed (the run still did the rest), 2 usage;
141 (128 + SIGPIPE, what a shell reports for ``cat``) when the reader of stdout went away, as in
``newsdesk export | head``: the command ends without a word.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from typer.core import TyperGroup

from newsdesk import service
from newsdesk.analyse import analyse as analyse_api
from newsdesk.errors import NewsdeskError, NoStoreError, NotFoundError, UsageError, worded_reason
from newsdesk.fetch import DEFAULT_DELAY, DEFAULT_TIMEOUT
from newsdesk.ingest import IngestReport
from newsdesk.ingest import ingest as ingest_api
from newsdesk.readers.base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RECORD_BYTES,
    DEFAULT_PARSE_SECONDS,
)
from newsdesk.service import DEFAULT_DB
from newsdesk.stopping import StopRequest
from newsdesk.terminal import for_terminal as _safe


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


@app.command()
def ingest(
    articles: Annotated[list[str], typer.Argument(
        help="Files, folders, glob patterns or http(s) URLs; .gz is read too.")],
    db: DbOption = DEFAULT_DB,
    field: Annotated[list[str] | None, typer.Option(
        "--field", help="Map a field for JSONL/CSV input, e.g. --field text=body (repeatable).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).")] = None,
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
    fields = _parse_fields(field or [])
    with StopRequest() as stop, _progress() as progress:
        task = progress.add_task("ingesting", total=None) if progress else None

        def on_input(path: str, status: str, done: int, total: int) -> None:
            if progress is not None:
                progress.update(task, completed=done, total=total, description=_safe(_short(path), one_line=True))

        report = _run(lambda: ingest_api(articles, db=db, workers=workers, fields=fields,
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
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).")] = None,
    executor: Annotated[str | None, typer.Option(
        help="inprocess, local or ray (default: inprocess for one worker, else local).")] = None,
    address: Annotated[str | None, typer.Option(help="Ray cluster to join (with --executor ray).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Rebuild the corpus steps from the whole store.")] = False,
) -> None:
    """Run the NLP layers on new or changed articles, then the corpus steps."""
    with StopRequest() as stop, _progress() as progress:
        task = progress.add_task("analysing", total=None) if progress else None

        def on_batch(done: int, total: int) -> None:
            if progress is not None:
                progress.update(task, completed=done, total=total)

        report = _run(lambda: analyse_api(db=db, executor=executor, workers=workers, address=address,
                                          progress=on_batch, stop=stop.requested, full=full))
    err.print(f"{report.analysed} articles analysed, {report.corpus_steps} corpus steps run "
              f"(executor {report.executor}, {report.workers} worker{'s' * (report.workers != 1)})",
              highlight=False)
    _exit_if_stopped(stop, report.interrupted)


def _exit_if_stopped(stop: StopRequest, interrupted: bool) -> None:
    """After SIGINT/SIGTERM: say what was kept and exit 128 + the signal number."""
    if interrupted and stop.signal is not None:
        err.print(f"stopped by signal {stop.signal}: everything above is stored; run the same command "
                  "again to finish", highlight=False)
        raise typer.Exit(128 + stop.signal)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = DEFAULT_DB,
    out_path: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
) -> None:
    """Export stored articles, one record per article."""
    from newsdesk.exporter import check_format
    from newsdesk.exporter import export as export_to

    _run(lambda: check_format(format))  # before the store is opened
    count = _read(db, lambda store: export_to(store, format=format, out=out_path or sys.stdout.buffer))
    if out_path:
        err.print(f"exported {count} articles to {_safe(out_path)}")


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = None,
) -> None:
    """List the stored articles."""
    rows = _read(db, lambda store: service.article_rows(store, limit=limit))
    table = Table(title=f"{len(rows)} articles in {_safe(db)}")
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=3)
    for column in ("authors", "outlet", "published", "lang", "chars", "removed"):
        table.add_column(column, overflow="fold")
    for row in rows:
        _add_row(table, row["id"], row["title"] or "", ", ".join(row["authors"] or []), row["outlet"] or "",
                 row["published"] or "", _language_cell(row["language"]), str(row["chars"]),
                      str(row["removed_lines"]))
    out.print(table)


@app.command()
def search(
    words: Annotated[list[str] | None, typer.Argument(
        help="Words every article must hold (any case; a Russian word in any of its forms).")] = None,
    db: DbOption = DEFAULT_DB,
    language: Annotated[str | None, typer.Option(
        "--lang", "--language", help="Only articles in this language (ISO code: en, ru, kk, ...).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only articles of outlets whose name holds this.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity (in any script).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many.")] = 50,
) -> None:
    """Find stored articles by words, language, outlet or entity, newest first, with their language."""
    page = _read(db, lambda store: service.list_articles(
        store, q=" ".join(words or []), language=language, outlet=outlet, entity=entity, limit=limit))
    table = Table(title=f"{page.total} articles match in {_safe(db)}")
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=3)
    for column in ("outlet", "published", "lang"):
        table.add_column(column, overflow="fold")
    for row in page.items:
        _add_row(table, row["id"], row["title"] or "", row["outlet"] or "", row["published"] or "",
                 _language_cell(row["language"]))
    out.print(table)


def _language_cell(language: str | None) -> str:
    from newsdesk.languages import is_supported

    return (language or "") if is_supported(language) else f"{language or '?'} (not analysed)"


@app.command()
def lineage(
    article: Annotated[str | None, typer.Argument(
        help="An article id (or its first characters); without it, list every link.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show an article's copies and its story's sources, or every copy link in the store."""
    if article is None:
        _print_all_links(_read(db, lambda store: service.copy_links(store, limit=None).items))
        return
    found = _read(db, lambda store: service.article_lineage(store, article))
    _print_article_links(found)
    if found["story"] is not None:
        _print_story_sources(found["story"])


def _print_all_links(links: list[dict]) -> None:
    if not links:
        err.print("no copy links stored; run `newsdesk analyse` to find them", highlight=False)
    table = Table(title=f"{len(links)} copy links (copy → of)")
    for column in ("copy", "kind", "score", "of", "copy title", "of title", "spans"):
        table.add_column(column, overflow="fold")
    for link in links:
        _add_row(table, link["article"], link["kind"], f"{link['score']:.3f}", link["of"],
                      link["article_title"] or "", link["of_title"] or "", str(len(link["spans"])))
    out.print(table)


def _print_article_links(found: dict) -> None:
    article = found["article"]
    table = Table(title=_safe(f"links of {article['id']}: {article['title'] or ''}"))
    for column in ("role", "kind", "score", "other article", "outlet", "where here", "shared text"):
        table.add_column(column, overflow="fold")
    for link in found["links"]:
        first = link["spans"][0]["this"] if link["spans"] else None
        where = f"{first['field']}[{first['start']}:{first['end']}]" if first else ""
        _add_row(table, link["role"], link["kind"], f"{link['score']:.3f}", link["of"],
                 link["outlet"] or "", where, _clip(link["shared_text"]))
    out.print(table)


def _print_story_sources(story: dict) -> None:
    table = Table(title=_safe(f"story {story['story_id']}: {story['articles']} articles, "
                              f"{story['independent_sources']} independent sources (earliest first)"))
    for column in ("article", "outlet", "published", "copy of", "title"):
        table.add_column(column, overflow="fold")
    for member in story["members"]:
        _add_row(table, member["id"], member["outlet"] or "", member["published"] or "",
                      member["copy_of"] or "", member["title"] or "")
    out.print(table)


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = None,
    min_articles: Annotated[int, typer.Option(help="Only stories with at least this many articles.")] = 1,
) -> None:
    """List stories, largest first, with their article and independent-source counts."""
    rows = _read(db, lambda store: service.list_stories(
        store, limit=limit, min_articles=min_articles).items)
    if not rows:
        err.print("no stories stored; run `newsdesk analyse` to build them", highlight=False)
    table = Table(title=f"{len(rows)} stories in {_safe(db)}")
    for column in ("story", "articles", "independent sources", "earliest", "outlet", "published", "title"):
        table.add_column(column, overflow="fold")
    for row in rows:
        _add_row(table, row["story_id"], str(row["articles"]), str(row["independent_sources"]), row["earliest"],
                      row["outlet"] or "", row["published"] or "", row["title"] or "")
    out.print(table)


def _add_row(table: Table, *cells: object) -> None:
    """Add a row of data from the store: every cell is printed as text, never as markup."""
    table.add_row(*(_safe(cell) for cell in cells))


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


entities_app = typer.Typer(help="The canonical entity registry: list, merge, split, rename.",
                           invoke_without_command=True)
app.add_typer(entities_app, name="entities")


@entities_app.callback()
def entities(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option("--type", help="Only this type: PERSON, ORG, GPE, LOC, FAC.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = 50,
) -> None:
    """List the entity registry, most mentioned first (run `newsdesk analyse` to build it)."""
    if ctx.invoked_subcommand is not None:
        return

    rows = _read(db, lambda store: service.list_entities(store, type=type, limit=limit).items)
    table = Table(title=f"{len(rows)} entities in {_safe(db)}")
    for column in ("id", "name", "type", "country", "mentions", "articles", "aliases"):
        table.add_column(column, overflow="fold")
    for row in rows:
        _add_row(table, row["id"], row["name"], row["type"], row["country"] or "", str(row["mentions"]),
                      str(row["articles"]), ", ".join((row["aliases"] or [])[:6]))
    out.print(table)


def _entity_decision(action: str, subject: str, value: str, db: str) -> None:
    def decide(store: service.Store) -> dict:
        try:
            return service.decide_entity(store, action=action, subject=subject, value=value)
        except NotFoundError as e:  # a name given to a decision is a wrong argument: exit 2
            raise UsageError(_where_to_look(e)) from e

    entity = _write(db, decide, create=False)
    err.print(_safe(f"{action}: now {entity.get('id', '?')} {entity.get('name', '')!r} "
                    f"({entity.get('mentions', 0)} mentions)"), highlight=False)


@entities_app.command("merge")
def entities_merge(
    entity: Annotated[str, typer.Argument(help="Entity id, name or alias that stays.")],
    other: Annotated[str, typer.Argument(help="Entity id, name or alias merged into it.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Merge OTHER into ENTITY; the decision is kept and applied again after every analysis."""
    _entity_decision("merge", entity, other, db)


@entities_app.command("split")
def entities_split(
    entity: Annotated[str, typer.Argument(help="Entity id, name or alias.")],
    alias: Annotated[str, typer.Argument(help="The alias whose mentions become a separate entity.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Split the mentions written ALIAS out of ENTITY into an entity of their own."""
    _entity_decision("split", entity, alias, db)


@entities_app.command("rename")
def entities_rename(
    entity: Annotated[str, typer.Argument(help="Entity id, name or alias.")],
    name: Annotated[str, typer.Argument(help="The new canonical name.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Give ENTITY a new canonical name."""
    _entity_decision("rename", entity, name, db)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Entity id, name or alias.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one entity: aliases, roles, articles and co-mentioned entities."""
    detail = _read(db, lambda store: service.entity_profile(store, name))
    found = detail["entity"]
    out.print(f"[bold]{_safe(found['name'])}[/bold]  " + _safe(
        f"{found['id']}  {found['type']}  country: {found['country'] or '-'}  "
        f"{found['mentions']} mentions in {found['articles']} articles"), highlight=False)
    _print_rows("aliases", detail["aliases"], ("alias", "mentions", "first_seen", "last_seen", "valid_from", "valid_to"))
    _print_rows("roles", detail["roles"], ("role", "first_seen", "last_seen", "articles"))
    _print_rows("articles", detail["articles"], ("id", "title", "published", "mentions"))
    _print_rows("co-mentioned", detail["co_mentioned"], ("id", "name", "type", "articles"))


def _print_rows(title: str, rows: list[dict], columns: tuple[str, ...]) -> None:
    table = Table(title=_safe(title), title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        _add_row(table, *("" if row.get(c) is None else str(row[c]) for c in columns))
    out.print(table)


# -- figures, events, timeline, footprint (docs/figures-events.md) ----------------------------

@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    entity_name: Annotated[str | None, typer.Option("--entity", help="Only events naming this actor or place.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
) -> None:
    """One entry per event merged across articles, oldest first: its sentence and its sources."""
    entries = _read(db, lambda store: service.readable_timeline(
        store, entity=entity_name, date_from=date_from, date_to=date_to))
    for event in entries:
        reports = f"{len(event['sources'])} report{'s' if len(event['sources']) > 1 else ''}"
        differ = f" {event['disagreement']}" if event["disagreement"] else ""
        out.print(_safe(f"{event['when'].split(' ', 1)[1]}: {event['sentence']}\n    ({reports}: "
                        f"{'; '.join(event['reported_by'])}){differ}"),
                  highlight=False, soft_wrap=True)


@app.command()
def footprint(
    power: Annotated[str, typer.Argument(help="The outside power, e.g. China.")],
    country: Annotated[str, typer.Argument(help="The country, e.g. Kazakhstan.")],
    db: DbOption = DEFAULT_DB,
    chart: Annotated[str | None, typer.Option(
        "--chart", help="Also draw the chart to this PNG file.")] = None,
) -> None:
    """The power's footprint in the country by dimension over time, each point with its evidence."""
    found = _read(db, lambda store: service.footprint(store, power=power, country=country))
    points = found["points"]
    table = Table(title=_safe(f"{power} in {country}: {len(points)} evidenced points"))
    for column in ("date", "dimension", "kind", "what", "article", "evidence"):
        table.add_column(column, overflow="fold")
    for point in points:
        evidence = _clip(point["text"]) if point["kind"] != "event" else ""  # "what" says it
        _add_row(table, point["date"] or "", point["dimension"], point["kind"], point["label"],
                 f"{point['article_id']}:{point['start']}-{point['end']}", evidence)
    out.print(table)
    for dimension, years in found["summary"].items():
        if years:
            out.print(_safe(f"{dimension}: " + ", ".join(f"{year} {n}" for year, n in sorted(years.items()))),
                      highlight=False)
    if chart:  # nothing is written unless asked
        from newsdesk.footprint import plot_footprint

        _run(lambda: plot_footprint(points, chart, title=f"{power} in {country}"))
        err.print(f"chart written to {_safe(chart)}", highlight=False)


@app.command()
def claims(
    db: DbOption = DEFAULT_DB,
    conflicts_only: Annotated[bool, typer.Option("--conflicts", help="Only figures that disagree.")] = False,
) -> None:
    """Figures about the same measure and subject from different articles: agreements and conflicts."""
    for claim in _read(db, lambda store: service.claims(store, conflicts_only=conflicts_only)):
        a, b = claim["figures"]
        out.print(_safe(f"{claim['verdict']:<8} {claim['unit']:<8} {claim['measure'] or ''} "
                        f"({', '.join(claim['countries'])}): {a['text']!r} [{a['article_id']}] vs "
                        f"{b['text']!r} [{b['article_id']}]"), highlight=False, soft_wrap=True)


@app.command()
def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Only quotes whose speaker contains this (any case).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only quotes in outlets whose name contains this.")] = None,
    linked: Annotated[bool, typer.Option("--linked", help="Show quotes found in several articles instead, "
                                         "flagging changed wording or speaker.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = None,
) -> None:
    """List quotes: who said what, in what role, in which outlet (run `newsdesk analyse` first)."""
    if linked:
        rows = _read(db, lambda store: service.linked_quotes(store, speaker=speaker, outlet=outlet,
                                                             limit=limit).items)
        _print_rows(f"{len(rows)} quotes found in several articles", rows,
                    ("group", "outlet", "speaker", "flags", "text"))
        return
    rows = _read(db, lambda store: service.list_quotes(store, speaker=speaker, outlet=outlet,
                                                       limit=limit).items)
    _print_rows(f"{len(rows)} quotes", rows, ("outlet", "speaker", "role", "affiliation", "cue", "kind", "text"))


@app.command()
def sources(
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option(help="Only quotes in outlets whose name contains this.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = None,
) -> None:
    """Who is quoted, how often, with what affiliations and roles, in which outlets."""
    rows = _read(db, lambda store: service.list_sources(store, outlet=outlet, limit=limit).items)
    _print_rows(f"{len(rows)} quoted sources", rows,
                ("speaker", "quotes", "articles", "roles", "affiliations", "outlets"))

# -- briefs, answers and framing (newsdesk.brief; docs/brief.md) ---------------------------

@app.command()
def brief(
    out_path: Annotated[str, typer.Option("--out", "-o", help="File to write; sources/ and the feed go beside it.")],
    format: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    db: DbOption = DEFAULT_DB,
    topic: Annotated[str | None, typer.Option(help="Words the brief is about, e.g. 'China Russia Kazakhstan'.")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles published on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on or before this date.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity.")] = None,
    length: Annotated[int | None, typer.Option(help="Items in Key developments (other sections scale with it); default 5.")] = None,
    question: Annotated[str | None, typer.Option(help="The reader's question the expert corner answers.")] = None,
    settings_file: Annotated[str | None, typer.Option("--settings", help="Rebuild from a saved NAME.EXT.settings.json; "
                                                      "options given override it.")] = None,
    mail_to: Annotated[list[str] | None, typer.Option("--mail-to", help="Send the brief to this address (repeatable).")] = None,
    smtp: Annotated[str, typer.Option(help="SMTP server HOST:PORT for --mail-to.")] = "localhost:25",
    mail_from: Annotated[str, typer.Option(help="Sender address for --mail-to.")] = "newsdesk@localhost",
) -> None:
    """Write a briefing where every sentence cites its source span and passed the verification gate."""
    from newsdesk.brief import brief_settings, mail_brief, write_brief

    settings = _run(lambda: brief_settings(file=settings_file, topic=topic, since=since, until=until, entity=entity,
                                           length=length, question=question))
    result = _run(lambda: write_brief(db=db, settings=settings, format=format, out=out_path))
    for path in result.files:
        out.print(_safe(f"wrote {path}"), highlight=False)
    for dropped in result.brief.dropped:
        out.print(_safe(f"dropped ({dropped.section}): {dropped.reason}: {_clip(dropped.item.text)}"),
                  highlight=False)
    if mail_to:
        _run(lambda: mail_brief(result, to=mail_to, smtp=smtp, sender=mail_from))
        out.print(_safe(f"sent to {', '.join(mail_to)} through {smtp}"), highlight=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in plain words.")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(min=1, help="At most this many cited items.")] = 5,
    format: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
) -> None:
    """Answer a question from the store with cited sentences and expert quotes (hybrid retrieval)."""
    from newsdesk.brief.ask import ask as answer_to

    _run(lambda: service.check_text_format(format))
    answer = _run(lambda: answer_to(question, db=db, limit=limit))
    out.print(_safe(service.render_answer(answer, format=format)), highlight=False, soft_wrap=True)
    for dropped in answer.dropped:
        err.print(_safe(f"dropped: {dropped.reason}: {_clip(dropped.item.text)}"), highlight=False)
    raise typer.Exit(0 if answer.items else 1)


@app.command()
def framing(
    story: Annotated[str, typer.Argument(help="Story id (or a unique prefix) from `newsdesk stories`.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
) -> None:
    """Compare how the outlets covering one story differ: facts, figures, quotes, actors, word choices."""
    _run(lambda: service.check_text_format(format))
    document = _read(db, lambda store: service.framing_document(store, story, format=format))
    out.print(_safe(document), highlight=False, soft_wrap=True)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(
        help="Address to bind; beyond 127.0.0.1 a token is required.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="NEWSDESK_TOKEN", help="Require this token on every request.")] = None,
) -> None:
    """Serve the desk in the browser and its HTTP API (needs the `web` extra; docs/web.md)."""
    from newsdesk.web import serve as serve_api

    err.print(f"serving {_safe(db)} at http://{_safe(host)}:{port}/ (API docs at /docs); Ctrl-C stops",
              highlight=False)
    _run(lambda: serve_api(db, host=host, port=port, token=token))


def _read(db: str, action):
    """Run a service read on the store opened read-only; errors as ``_run`` reports them."""
    def run():
        with service.reading(db) as store:
            return action(store)
    return _run(run)


def _write(db: str, action, *, create: bool = True):
    """Run a service write on the store opened for writing; errors as ``_run`` reports them
    (``create=False``: a store that does not exist is an error, not made empty)."""
    def run():
        with service.writing(db, create=create) as store:
            return action(store)
    return _run(run)


def _run(action):
    """Call the API; turn our errors into one line on stderr and the right exit code."""
    try:
        return action()
    except NewsdeskError as e:
        err.print(f"[red]error:[/red] {_safe(_worded(e), one_line=True)}", highlight=False)
        raise typer.Exit(2 if isinstance(e, UsageError) else 1) from e


def _worded(error: NewsdeskError) -> str:
    """The error as the command line says it: the settings it names as options, where to find
    what exists of a kind not found, the command that makes a store."""
    if isinstance(error, NotFoundError):
        return _where_to_look(error)
    if isinstance(error, NoStoreError):
        return f"{error}; run `newsdesk ingest` first"
    return worded_reason(error.worded(_flag), _flag)


#: The option that gives a setting an error names, where it is not ``--`` and the setting.
_FLAGS = {
    "date_from": "--from",
    "date_to": "--to",
    "entities": "--entity",
    "keywords": "--keyword",
    "outlets": "--outlet",
    "countries": "--country",
    "event_types": "--event-type",
}


def _flag(setting: str) -> str:
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


def _where_to_look(error: NotFoundError) -> str:
    """The message, with the command that lists what exists of its kind."""
    listing = _LISTINGS.get(error.kind or "")
    return f"{error}; see `{listing}`" if listing else str(error)


def _parse_fields(specs: list[str]) -> dict[str, str]:
    fields = {}
    for spec in specs:
        name, sep, column = spec.partition("=")
        if not sep or not name or not column:
            err.print(f"[red]error:[/red] --field wants NAME=COLUMN, got {_safe(repr(spec))}", highlight=False)
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
        problem = worded_reason(str(problem), _flag)
        err.print(f"[red]failed:[/red] {_safe(problem, one_line=True)}", highlight=False, soft_wrap=True)
    err.print(
        f"{report.inputs} inputs: {report.new} articles ingested, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.skipped} inputs unchanged, {len(report.failed)} failed",
        highlight=False,
    )


from newsdesk import live_cli  # noqa: E402  (the live desk's commands live in their own module)

live_cli.register(app)
