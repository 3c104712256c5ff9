"""The commands that read the stored articles and their copies: ``export``, ``articles``,
``search``, ``lineage`` and ``stories``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

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
    read_store,
    run_reported,
    safe,
)
from newsdesk.errors import EMPTY_STORE
from newsdesk.plurals import count_noun
from newsdesk.service import DEFAULT_DB


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = DEFAULT_DB,
    out_path: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
) -> None:
    """Export stored articles, one record per article."""
    from newsdesk.exporter import check_format
    from newsdesk.exporter import export as export_to

    run_reported(lambda: check_format(format))  # before the store is opened
    count = read_store(db, lambda store: export_to(store, format=format, out=out_path or sys.stdout.buffer))
    if out_path:
        err.print(f"exported {count_noun(count, 'article')} to {safe(out_path)}")


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Show at most this many; the title then says 'N of TOTAL'.")
    ] = None,
) -> None:
    """List the stored articles."""
    page = read_store(db, lambda store: service.article_rows(store, limit=limit))
    rows = page.items
    table = Table(title=f"{counted(len(rows), page.total, 'article')} in {safe(db)}")
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=3)
    for column in ("authors", "outlet", "published", "lang", "chars", "removed"):
        table.add_column(column, overflow="fold")
    for row in rows:
        add_row(
            table,
            row["id"],
            row["title"] or "",
            ", ".join(row["authors"] or []),
            row["outlet"] or "",
            row["published"] or "",
            _language_cell(row["language"]),
            str(row["chars"]),
            str(row["removed_lines"]),
        )
    out.print(table)


@app.command()
def search(
    words: Annotated[
        list[str] | None,
        typer.Argument(help="Words every article must hold (any case; a Russian word in any of its forms)."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    language: Annotated[
        str | None,
        typer.Option(
            "--lang", "--language", help="Only articles in this language (ISO code in any case: en, ru, kk, ...)."
        ),
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Only articles of outlets whose name holds this.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity (in any script).")] = None,
    date_from: SinceOption = None,
    date_to: UntilOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many; the title then says 'N of TOTAL'.")] = 50,
) -> None:
    """Find stored articles by words, language, outlet, entity or date, newest first, with their language."""
    page = read_store(
        db,
        lambda store: service.list_articles(
            store,
            q=" ".join(words or []),
            language=language,
            outlet=outlet,
            entity=entity,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        ),
    )
    match = "matches" if page.total == 1 else "match"
    table = Table(title=f"{counted(len(page.items), page.total, 'article')} {match} in {safe(db)}")
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=3)
    for column in ("outlet", "published", "lang"):
        table.add_column(column, overflow="fold")
    for row in page.items:
        add_row(
            table,
            row["id"],
            row["title"] or "",
            row["outlet"] or "",
            row["published"] or "",
            _language_cell(row["language"]),
        )
    out.print(table)


def _language_cell(language: str | None) -> str:
    from newsdesk.languages import is_supported

    return (language or "") if is_supported(language) else f"{language or '?'} (not analysed)"


@app.command()
def lineage(
    article: Annotated[
        str | None, typer.Argument(help="An article id (or its first characters); without it, list every link.")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show an article's copies and its story's sources, or every copy link in the store."""
    if article is None:
        links, state = read_store(
            db, lambda store: (service.copy_links(store, limit=None).items, service.corpus_state(store))
        )
        if not links:
            err.print(_NO_LINKS[state], highlight=False)
        _print_all_links(links)
        return
    found = read_store(db, lambda store: service.article_lineage(store, article))
    _print_article_links(found)
    if found["story"] is not None:
        _print_story_sources(found["story"])


#: Why a store has no copy link, and no story, by ``service.corpus_state``.
_EMPTY_STORE = EMPTY_STORE
_NO_LINKS = {
    "empty": _EMPTY_STORE,
    "not analysed": "no copy links stored; run `newsdesk analyse` to find them",
    "analysed": "no copy links: no article of the store copies another",
}
_NO_STORIES = {
    "empty": _EMPTY_STORE,
    "not analysed": "no stories stored; run `newsdesk analyse` to build them",
    "analysed": "no story has {min_articles} or more articles",
}


def _print_all_links(links: list[dict]) -> None:
    table = new_table(
        f"{count_noun(len(links), 'copy link')} (copy → of)",
        ("copy", "kind", "score", "of", "copy title", "of title", "spans"),
    )
    for link in links:
        add_row(
            table,
            link["article"],
            link["kind"],
            f"{link['score']:.3f}",
            link["of"],
            link["article_title"] or "",
            link["of_title"] or "",
            str(len(link["spans"])),
        )
    out.print(table)


def _print_article_links(found: dict) -> None:
    article = found["article"]
    table = new_table(
        safe(f"links of {article['id']}: {article['title'] or ''}"),
        ("role", "kind", "score", "other article", "outlet", "where here", "shared text"),
    )
    for link in found["links"]:
        first = link["spans"][0]["this"] if link["spans"] else None
        where = f"{first['field']}[{first['start']}:{first['end']}]" if first else ""
        add_row(
            table,
            link["role"],
            link["kind"],
            f"{link['score']:.3f}",
            link["of"],
            link["outlet"] or "",
            where,
            clip(link["shared_text"]),
        )
    out.print(table)


def _print_story_sources(story: dict) -> None:
    table = new_table(
        safe(
            f"story {story['story_id']}: {count_noun(story['articles'], 'article')}, "
            f"{count_noun(story['independent_sources'], 'independent source')} "
            "(earliest first)"
        ),
        ("article", "outlet", "published", "copy of", "title"),
    )
    for member in story["members"]:
        add_row(
            table,
            member["id"],
            member["outlet"] or "",
            member["published"] or "",
            member["copy_of"] or "",
            member["title"] or "",
        )
    out.print(table)


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Show at most this many; the title then says 'N of TOTAL'.")
    ] = None,
    min_articles: Annotated[
        int, typer.Option(min=1, help="Only stories with at least this many articles (1 or more).")
    ] = 1,
) -> None:
    """List stories, largest first, with their article and independent-source counts."""
    page, state = read_store(
        db,
        lambda store: (
            service.list_stories(store, limit=limit, min_articles=min_articles),
            service.corpus_state(store),
        ),
    )
    rows = page.items
    if not rows:
        err.print(_NO_STORIES[state].format(min_articles=min_articles), highlight=False)
    table = new_table(
        f"{counted(len(rows), page.total, 'story')} in {safe(db)}",
        ("story", "articles", "independent sources", "earliest", "outlet", "published", "title"),
    )
    for row in rows:
        add_row(
            table,
            row["story_id"],
            str(row["articles"]),
            str(row["independent_sources"]),
            row["earliest"],
            row["outlet"] or "",
            row["published"] or "",
            row["title"] or "",
        )
    out.print(table)
