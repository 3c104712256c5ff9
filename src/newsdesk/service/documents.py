"""What the desk writes out: briefs (to files and mail), answers, framing documents, footprint
charts and exports.

``newsdesk brief``, ``ask``, ``framing``, ``footprint --chart`` and ``export`` call these, and
the HTTP API's ``/api/brief``, ``/api/ask``, ``/api/stories/{id}/framing`` and
``/api/articles/{id}`` the ones they share, so a face never renders a document of its own and
both give the same JSON. The work stays in ``newsdesk.brief``, ``newsdesk.footprint`` and
``newsdesk.exporter``; the heavy ones are imported when called. ``write_brief`` and ``ask``
take the store's path: a brief's settings file records it, and ``ask`` refreshes its
retrieval index, so it opens the store for writing.
"""

from __future__ import annotations

from typing import IO, Any

from newsdesk.errors import UsageError
from newsdesk.store import Store

#: Formats of an answer and of a framing document.
TEXT_FORMATS = ("md", "json")


def brief_settings(*, file: str | None = None, **given: object) -> Any:
    """A brief's ``Settings``: those saved in ``file`` (if any), overridden by the options
    given (not None); a ``UsageError`` names an option a brief cannot be built from."""
    from newsdesk.brief import brief_settings as settings_of

    return settings_of(file=file, **given)


def write_brief(*, db: str, settings: Any, format: str, out: str) -> Any:
    """Write the brief to ``out`` in ``format`` (md, html, json), its settings and the feed
    beside it; a ``BriefResult`` (the brief and the files written)."""
    from newsdesk.brief import write_brief as write

    return write(db=db, settings=settings, format=format, out=out)


def mail_brief(result: Any, *, to: list[str], smtp: str, sender: str) -> None:
    """Send a written brief by e-mail through the SMTP server ``HOST:PORT``."""
    from newsdesk.brief import mail_brief as mail

    mail(result, to=to, smtp=smtp, sender=sender)


def render_brief(brief: Any) -> str:
    """The JSON of ``newsdesk brief --format json``."""
    from newsdesk.brief.render import render_json

    return render_json(brief)


def ask(question: str, *, db: str, limit: int = 5) -> Any:
    """The ``Answer`` to ``question``: up to ``limit`` verified, cited items."""
    from newsdesk.brief.ask import ask as answer

    return answer(question, db=db, limit=limit)


def render_answer(answer: Any, *, format: str) -> str:
    """An answer as Markdown or JSON (``newsdesk ask --format``)."""
    from newsdesk.brief.render import render_answer as render

    check_text_format(format)
    return render(answer, format=format)


def framing_document(store: Store, story: str, *, format: str) -> str:
    """How the outlets covering one story (an id or a unique prefix) differ, as Markdown or
    JSON (``newsdesk framing --format``)."""
    from newsdesk.brief.render import render_framing
    from newsdesk.service.reads import story_framing

    check_text_format(format)
    return render_framing(story_framing(store, story), format=format)


def plot_footprint(points: list[dict[str, Any]], path: str, *, title: str) -> str:
    """Draw the footprint's points (``service.footprint``) per dimension over time to the PNG
    ``path``; return it."""
    from newsdesk.footprint import plot_footprint as plot

    return plot(points, path, title=title)


def export_articles(store: Store, *, format: str, out: str | IO[bytes]) -> int:
    """Write every current article to ``out`` (a path, or a binary stream the caller owns) in
    ``format`` (jsonl, csv, parquet); return the count."""
    from newsdesk.exporter import export

    return export(store, format=format, out=out)


def export_fields(store: Store) -> dict[str, dict[str, Any]]:
    """The corpus-wide fields of an export record, computed for every article at once (a
    server keeps them between requests for ``article_record``)."""
    from newsdesk.exporter import extra_values

    return extra_values(store)


def check_text_format(format: str) -> None:
    """A ``UsageError`` unless ``format`` is one an answer or a framing document is written in
    (checked before the work, which can be long)."""
    if format not in TEXT_FORMATS:
        raise UsageError(f"unknown format {format!r}; choose md or json")


def check_export_format(format: str) -> None:
    """A ``UsageError`` unless ``format`` is one ``export_articles`` writes (checked before
    the store is opened)."""
    from newsdesk.exporter import check_format

    check_format(format)
