"""``newsdesk entities``: the canonical entity registry listed, and the decisions on it
(merge, split, rename)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdesk import service
from newsdesk.cli.base import (
    DbOption,
    add_row,
    app,
    counted,
    err,
    new_table,
    out,
    read_store,
    safe,
    where_to_look,
    write_store,
)
from newsdesk.errors import NotFoundError, UsageError
from newsdesk.service import DEFAULT_DB

entities_app = typer.Typer(help="The canonical entity registry: list, merge, split, rename.",
                           invoke_without_command=True)
app.add_typer(entities_app, name="entities")


@entities_app.callback()
def entities(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option("--type", help=(
        "Only this type: PERSON, ORG, GPE, LOC, FAC (any case); another is a usage error."))] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many; the title then says 'N of TOTAL'.")] = 50,
) -> None:
    """List the entity registry, most mentioned first (run `newsdesk analyse` to build it)."""
    if ctx.invoked_subcommand is not None:
        return

    page = read_store(db, lambda store: service.list_entities(store, type=type, limit=limit))
    rows = page.items
    table = new_table(f"{counted(len(rows), page.total, 'entity')} in {safe(db)}",
                   ("id", "name", "type", "country", "mentions", "articles", "aliases"))
    for row in rows:
        add_row(table, row["id"], row["name"], row["type"], row["country"] or "", str(row["mentions"]),
                      str(row["articles"]), ", ".join((row["aliases"] or [])[:6]))
    out.print(table)


def _entity_decision(action: str, subject: str, value: str, db: str) -> None:
    def decide(store: service.Store) -> list[dict]:
        try:
            entity = service.decide_entity(store, action=action, subject=subject, value=value)
        except NotFoundError as e:  # a name given to a decision is a wrong argument: exit 2
            raise UsageError(where_to_look(e)) from e
        if action != "split":
            return [entity]
        try:  # a split's news is the entity the alias now names, then the one that kept the rest
            return [service.find_entity(store, value), entity]
        except NotFoundError:
            return [{}, entity]

    entities = write_store(db, decide, create=False)
    # the names as written between plain quotes (a repr escaped its quotes: '<O\'Neil>')
    said = "; ".join(f"{entity.get('id', '?')} \"{entity.get('name', '')}\" "
                     f"({entity.get('mentions', 0)} mentions)" for entity in entities)
    err.print(safe(f"{action}: now {said}", one_line=True), highlight=False)


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
    """Split the mentions written ALIAS out of ENTITY into an entity of their own; prints the
    new entity, then ENTITY with the mentions it keeps."""
    _entity_decision("split", entity, alias, db)


@entities_app.command("rename")
def entities_rename(
    entity: Annotated[str, typer.Argument(help="Entity id, name or alias.")],
    name: Annotated[str, typer.Argument(help="The new canonical name.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Give ENTITY a new canonical name."""
    _entity_decision("rename", entity, name, db)
