"""Briefs, answers and framing: ``brief``, ``ask`` and ``framing`` (newsdesk.brief;
docs/brief.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdesk import service
from newsdesk.cli.base import DbOption, app, clip, err, out, read_store, run_reported, safe
from newsdesk.errors import INDEXING
from newsdesk.service import DEFAULT_DB


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

    settings = run_reported(lambda: brief_settings(file=settings_file, topic=topic, since=since, until=until, entity=entity,
                                           length=length, question=question))
    result = run_reported(lambda: write_brief(db=db, settings=settings, format=format, out=out_path))
    for path in result.files:
        out.print(safe(f"wrote {path}"), highlight=False)
    for dropped in result.brief.dropped:
        out.print(safe(f"dropped ({dropped.section}): {dropped.reason}: {clip(dropped.item.text)}"),
                  highlight=False)
    if mail_to:
        run_reported(lambda: mail_brief(result, to=mail_to, smtp=smtp, sender=mail_from))
        out.print(safe(f"sent to {', '.join(mail_to)} through {smtp}"), highlight=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in plain words.")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(min=1, help="At most this many cited items.")] = 5,
    format: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
) -> None:
    """Answer a question from the store with cited sentences and expert quotes (hybrid retrieval)."""
    from newsdesk.brief.ask import ask as answer_to

    run_reported(lambda: service.check_text_format(format))
    answer = run_reported(lambda: answer_to(question, db=db, limit=limit, indexing=_say_indexing))
    out.print(safe(service.render_answer(answer, format=format)), highlight=False, soft_wrap=True)
    for dropped in answer.dropped:
        err.print(safe(f"dropped: {dropped.reason}: {clip(dropped.item.text)}"), highlight=False)
    raise typer.Exit(0 if answer.items else 1)


def _say_indexing() -> None:
    err.print(f"note: {INDEXING} ...", highlight=False)


@app.command()
def framing(
    story: Annotated[str, typer.Argument(help="Story id (or a unique prefix) from `newsdesk stories`.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
) -> None:
    """Compare how the outlets covering one story differ: facts, figures, quotes, actors, word choices."""
    run_reported(lambda: service.check_text_format(format))
    document = read_store(db, lambda store: service.framing_document(store, story, format=format))
    out.print(safe(document), highlight=False, soft_wrap=True)
