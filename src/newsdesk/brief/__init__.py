"""Briefs: extractive, cited, verified. ``write_brief`` builds one and writes it with its settings.

Beside each brief ``NAME.EXT`` the settings that made it are saved as ``NAME.EXT.settings.json``
(so ``newsdesk brief --settings NAME.EXT.settings.json`` rebuilds it), and the folder's Atom feed
``briefs.atom`` lists every brief written there.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.brief.model import Brief, Settings
from newsdesk.brief.render import FORMATS, render_html, render_json, render_markdown
from newsdesk.errors import EMPTY_STORE, NewsdeskError, UsageError, cannot_write, no_entity
from newsdesk.store import DEFAULT_DB, open_store

__all__ = [
    "Brief",
    "BriefResult",
    "Settings",
    "brief_settings",
    "load_settings",
    "mail_brief",
    "make_brief",
    "write_brief",
]

FEED = "briefs.atom"
_SETTINGS = tuple(field.name for field in fields(Settings))


@dataclass(slots=True)
class BriefResult:
    brief: Brief
    files: list[str]
    format: str = "md"


def make_brief(*, db: str = DEFAULT_DB, settings: Settings) -> tuple[Brief, dict[str, str], dict[str, dict]]:
    """Build and verify a brief; also return the article texts and layers that rendering needs."""
    from newsdesk.brief.build import build_brief  # scikit-learn, which ``ask`` does not need

    with open_store(db, read_only=True) as store:
        brief = build_brief(store, settings)
        cited = {c.article for _, item in brief.items() for c in item.citations}
        texts = {article_id: store.get_article(article_id).text for article_id in cited}
        layers = {name: store.layer(name) for name in ("times", "mentions", "sentences")}
    return brief, texts, layers


def write_brief(*, db: str = DEFAULT_DB, settings: Settings, format: str, out: str) -> BriefResult:
    """Write the brief to ``out`` in ``format`` (md, html or json), its settings beside it, and the feed."""
    if format not in FORMATS:
        raise UsageError(f"unknown brief format {format!r}; choose one of {', '.join(FORMATS)}")
    brief, texts, layers = make_brief(db=db, settings=settings)
    if not brief.items():  # nothing is written for a brief that failed
        raise _nothing_to_write(db, settings)
    target = Path(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        files = _write_rendered(brief, texts, layers, format=format, target=target)
        files.append(_write_settings(brief, settings, db=db, format=format, target=target))
    except OSError as e:
        raise cannot_write(e.filename or out, e) from e
    from newsdesk.brief.feed import write_feed

    files.append(write_feed(target.parent))
    return BriefResult(brief, files, format)


def _nothing_to_write(db: str, settings: Settings) -> NewsdeskError:
    """Why a brief has no item: an empty store (no setting would help; widening them was what
    it said), an entity the registry does not know (``no_entity``), else settings that leave
    nothing verified."""
    with open_store(db, read_only=True) as store:
        empty = not store.count_articles()
        unknown = bool(settings.entity) and store.find_entity(settings.entity) is None
    if empty:
        return NewsdeskError(f"no brief was written: {EMPTY_STORE}")
    if unknown:
        return no_entity(settings.entity)
    return NewsdeskError(
        "the brief has no verified item, so no file was written; widen {topic}, {since}/{until} or {entity}",
        options=("topic", "since", "until", "entity"),
    )


def _write_settings(brief: Brief, settings: Settings, *, db: str, format: str, target: Path) -> str:
    settings_path = target.with_name(target.name + ".settings.json")
    settings_path.write_text(
        json.dumps(
            {
                "settings": asdict(settings),
                "db": os.fspath(db),
                "format": format,
                "file": target.name,
                "title": brief.title,
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "items": len(brief.items()),
                "dropped": len(brief.dropped),
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return str(settings_path)


def _write_rendered(brief: Brief, texts: dict[str, str], layers: dict, *, format: str, target: Path) -> list[str]:
    if format == "md":
        target.write_text(render_markdown(brief), encoding="utf-8")
        return [str(target)]
    if format == "json":
        target.write_text(render_json(brief), encoding="utf-8")
        return [str(target)]
    written = []
    for relative, html in render_html(brief, texts, layers=layers).items():
        path = target if relative == "brief.html" else target.parent / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        written.append(str(path))
    return written


def load_settings(path: str) -> Settings:
    """The settings saved beside a brief, to rebuild it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UsageError(f"{path}: cannot read brief settings ({e})") from e
    values = data.get("settings", data) if isinstance(data, dict) else None
    if not isinstance(values, dict):
        raise UsageError(f"{path}: brief settings are a JSON object of {', '.join(_SETTINGS)}")
    unknown = sorted(set(values) - set(_SETTINGS))
    if unknown:
        raise UsageError(
            f"{path}: unknown brief settings {', '.join(map(repr, unknown))}; known: {', '.join(_SETTINGS)}"
        )
    return Settings(**values)


def brief_settings(*, file: str | None = None, **given: object) -> Settings:
    """Settings from a saved settings file (if any), overridden by the options given (not None)."""
    settings = load_settings(file) if file else Settings()
    for name, value in given.items():
        if value is not None:
            setattr(settings, name, value)
    check_settings(settings)
    return settings


def check_settings(settings: Settings) -> None:
    """Raise a ``UsageError`` naming the option whose value a brief cannot be built from."""
    from newsdesk.dates import check_date_range

    for name in ("topic", "entity", "question"):
        value = getattr(settings, name)
        if value is not None and not isinstance(value, str):
            raise UsageError(f"{{{name}}} wants text, got {{given!r}}", options=(name,), given=value)
    check_date_range("since", settings.since, "until", settings.until)
    length = settings.length
    if isinstance(length, bool) or not isinstance(length, int) or length < 1:
        raise UsageError(
            "{length} wants a whole number of at least 1, got {given!r}", options=("length",), given=length
        )


def mail_brief(result: BriefResult, *, to: list[str], smtp: str, sender: str) -> None:
    """Send a written brief by e-mail through the SMTP server ``HOST:PORT``."""
    from newsdesk.brief.feed import send_brief

    host, _, port = smtp.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError("{smtp} wants HOST:PORT, got {given!r}", options=("smtp",), given=smtp)
    html = Path(result.files[0]).read_text(encoding="utf-8") if result.format == "html" else None
    from newsdesk.brief.render import render_markdown

    send_brief(
        text=render_markdown(result.brief),
        html=html,
        subject=result.brief.title,
        sender=sender,
        to=list(to),
        host=host,
        port=int(port),
    )
