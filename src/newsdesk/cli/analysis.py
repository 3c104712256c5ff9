"""The commands that read what the analysis found: one ``entity``, the ``timeline``, a power's
``footprint``, ``claims``, ``quotes`` and their ``sources`` (docs/figures-events.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdesk import service
from newsdesk.cli.base import (
    DbOption,
    SinceOption,
    UntilOption,
    add_row,
    app,
    clip,
    counted,
    err,
    new_table,
    out,
    print_rows,
    read_store,
    run_reported,
    safe,
)
from newsdesk.errors import UsageError
from newsdesk.plurals import count_noun
from newsdesk.service import DEFAULT_DB


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Entity id, name or alias.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one entity: aliases, roles, articles and co-mentioned entities."""
    detail = read_store(db, lambda store: service.entity_profile(store, name))
    found = detail["entity"]
    out.print(
        f"[bold]{safe(found['name'])}[/bold]  "
        + safe(
            f"{found['id']}  {found['type']}  country: {found['country'] or '-'}  "
            f"{count_noun(found['mentions'], 'mention')} in {count_noun(found['articles'], 'article')}"
        ),
        highlight=False,
    )
    print_rows("aliases", detail["aliases"], ("alias", "mentions", "first_seen", "last_seen", "valid_from", "valid_to"))
    print_rows("roles", detail["roles"], ("role", "first_seen", "last_seen", "articles"))
    print_rows("articles", detail["articles"], ("id", "title", "published", "mentions"))
    print_rows("co-mentioned", detail["co_mentioned"], ("id", "name", "type", "articles"))


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    entity_name: Annotated[str | None, typer.Option("--entity", help="Only events naming this actor or place.")] = None,
    date_from: SinceOption = None,
    date_to: UntilOption = None,
) -> None:
    """One entry per event merged across articles, oldest first: its sentence and its sources.

    When none is found (an empty store, or filters that match nothing) stdout stays empty and
    stderr says `0 timeline entries`; the exit code is 0."""
    entries = read_store(
        db,
        lambda store: service.timeline(store, entity=entity_name, date_from=date_from, date_to=date_to, readable=True),
    )
    if not entries:  # an empty stdout alone does not tell "nothing found" from "did not run"
        err.print("0 timeline entries", highlight=False)
    for event in entries:
        reports = count_noun(len(event["sources"]), "report")
        differ = f" {event['disagreement']}" if event["disagreement"] else ""
        out.print(
            safe(
                f"{event['when'].split(' ', 1)[1]}: {event['sentence']}\n    ({reports}: "
                f"{'; '.join(event['reported_by'])}){differ}"
            ),
            highlight=False,
            soft_wrap=True,
        )


def _footprint_countries(power: str, *, db: str, chart: str | None) -> None:
    """The countries where the power has evidenced points, most first, with their counts."""
    if chart:
        run_reported(_one_country_charted)
    found = read_store(db, lambda store: service.footprint_countries(store, power=power))
    rows = found["countries"]
    table = new_table(safe(f"{power}: evidenced points in {count_noun(len(rows), 'country')}"), ("country", "points"))
    for row in rows:
        add_row(table, row["country"], str(row["points"]))
    out.print(table)


def _one_country_charted() -> None:
    raise UsageError("{chart} draws one country's footprint; name the country too", options=("chart",))


@app.command()
def footprint(
    power: Annotated[str, typer.Argument(help="The outside power, e.g. China.")],
    country: Annotated[
        str | None, typer.Argument(help="The country, e.g. Kazakhstan; none: the countries the power is seen in.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    chart: Annotated[str | None, typer.Option("--chart", help="Also draw the chart to this PNG file.")] = None,
) -> None:
    """The power's footprint in the country by dimension over time, each point with its evidence."""
    if country is None:
        _footprint_countries(power, db=db, chart=chart)
        return
    found = read_store(db, lambda store: service.footprint(store, power=power, country=country))
    points = found["points"]
    table = new_table(
        safe(f"{power} in {country}: {count_noun(len(points), 'evidenced point')}"),
        ("date", "dimension", "kind", "what", "article", "evidence"),
    )
    for point in points:
        evidence = clip(point["text"]) if point["kind"] != "event" else ""  # "what" says it
        add_row(
            table,
            point["date"] or "",
            point["dimension"],
            point["kind"],
            point["label"],
            f"{point['article_id']}:{point['start']}-{point['end']}",
            evidence,
        )
    out.print(table)
    for dimension, years in found["summary"].items():
        if years:
            out.print(
                safe(f"{dimension}: " + ", ".join(f"{year} {n}" for year, n in sorted(years.items()))), highlight=False
            )
    if chart:  # nothing is written unless asked
        from newsdesk.footprint import plot_footprint

        run_reported(lambda: plot_footprint(points, chart, title=f"{power} in {country}"))
        err.print(f"chart written to {safe(chart)}", highlight=False)


@app.command()
def claims(
    db: DbOption = DEFAULT_DB,
    conflicts_only: Annotated[bool, typer.Option("--conflicts", help="Only figures that disagree.")] = False,
) -> None:
    """Figures about the same measure and subject from different articles of one story: agreements and conflicts.

    When none is found stdout stays empty and stderr says `0 claims` (`0 conflicts` with
    --conflicts); the exit code is 0."""
    found = read_store(db, lambda store: service.claims(store, conflicts_only=conflicts_only))
    if not found:  # as the timeline: the count on stderr, stdout stays the lines found
        err.print(f"0 {'conflicts' if conflicts_only else 'claims'}", highlight=False)
    for claim in found:
        a, b = claim["figures"]
        out.print(
            safe(
                f"{claim['verdict']:<8} {claim['unit']:<8} {claim['measure'] or ''} "
                f"({', '.join(claim['countries'])}): {a['text']!r} [{a['article_id']}] vs "
                f"{b['text']!r} [{b['article_id']}]"
            ),
            highlight=False,
            soft_wrap=True,
        )


@app.command()
def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Only quotes whose speaker contains this (any case).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only quotes in outlets whose name contains this.")] = None,
    linked: Annotated[
        bool,
        typer.Option(
            "--linked", help="Show quotes found in several articles instead, flagging changed wording or speaker."
        ),
    ] = False,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Show at most this many; the title then says 'N of TOTAL'.")
    ] = None,
) -> None:
    """List quotes: who said what, in what role, in which outlet (run `newsdesk analyse` first)."""
    page = read_store(
        db, lambda store: service.list_quotes(store, speaker=speaker, outlet=outlet, linked=linked, limit=limit)
    )
    rows = page.items
    if linked:
        print_rows(
            f"{counted(len(rows), page.total, 'quote')} found in several articles",
            rows,
            ("group", "outlet", "speaker", "flags", "text"),
        )
        return
    print_rows(
        counted(len(rows), page.total, "quote"),
        rows,
        ("outlet", "speaker", "role", "affiliation", "cue", "kind", "text"),
    )


@app.command()
def sources(
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option(help="Only quotes in outlets whose name contains this.")] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Show at most this many; the title then says 'N of TOTAL'.")
    ] = None,
) -> None:
    """Who is quoted, how often, with what affiliations and roles, in which outlets."""
    page = read_store(db, lambda store: service.list_sources(store, outlet=outlet, limit=limit))
    print_rows(
        counted(len(page.items), page.total, "quoted source"),
        page.items,
        ("speaker", "quotes", "articles", "roles", "affiliations", "outlets"),
    )
