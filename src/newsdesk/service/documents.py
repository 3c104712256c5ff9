"""The documents the desk renders that more than its own renderer makes: answers and framing
documents, checked for their format before the work, which can be long.

``newsdesk ask`` and ``framing`` call these, and the HTTP API's ``/api/ask`` and
``/api/stories/{id}/framing``, so both faces give the same JSON. What has nothing to add to the
function that makes it is called there by every face, as ``ingest`` and ``analyse`` are: a
brief is written and mailed by ``newsdesk.brief`` (``brief_settings``, ``write_brief``,
``mail_brief``; ``brief.render.render_json`` for its JSON), answered by ``brief.ask.ask``,
charted by ``footprint.plot_footprint`` and exported by ``exporter.export`` (its format checked
by ``exporter.check_format``, its corpus-wide fields by ``exporter.extra_values``).
"""

from __future__ import annotations

from typing import Any

from newsdesk.errors import UsageError
from newsdesk.store import Store

#: Formats of an answer and of a framing document.
TEXT_FORMATS = ("md", "json")


def render_answer(answer: Any, *, format: str) -> str:
    """An answer as Markdown or JSON (``newsdesk ask --format``)."""
    from newsdesk.brief.render import render_answer as render

    check_text_format(format)
    return render(answer, format=format)


def framing_document(store: Store, story: str, *, format: str) -> str:
    """How the outlets covering one story (an id or a unique prefix) differ, as Markdown or
    JSON (``newsdesk framing --format``); ``NotFoundError`` when the prefix names no story,
    ``UsageError`` when it names several."""
    from newsdesk.brief.framing import frame_story
    from newsdesk.brief.render import render_framing
    from newsdesk.service.reads import resolve_story

    check_text_format(format)
    return render_framing(frame_story(store, resolve_story(store, story)), format=format)


def check_text_format(format: str) -> None:
    """A ``UsageError`` unless ``format`` is one an answer or a framing document is written in
    (checked before the work, which can be long)."""
    if format not in TEXT_FORMATS:
        raise UsageError(f"unknown format {format!r}; choose md or json")
