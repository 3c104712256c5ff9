"""The Atom feed of the briefs in a folder (feedgen), and sending a brief by e-mail (smtplib)."""

from __future__ import annotations

import json
import logging
import smtplib
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from feedgen.feed import FeedGenerator

from newsdesk.errors import NewsdeskError

FEED = "briefs.atom"
_RECORD_KEYS = {"file", "created", "title", "items", "settings"}

log = logging.getLogger(__name__)


def write_feed(folder: Path, *, base_url: str = "") -> str:
    """Rewrite ``folder/briefs.atom`` from the settings files of the briefs in ``folder``."""
    feed = FeedGenerator()
    feed.id(f"urn:newsdesk:briefs:{folder.resolve().as_posix()}")
    feed.title("newsdesk briefs")
    feed.author({"name": "newsdesk"})
    feed.link(href=base_url + FEED, rel="self")
    feed.updated(datetime.now(UTC))
    for settings_file in sorted(folder.glob("*.settings.json")):
        record = _brief_record(settings_file)
        if record is None:
            continue
        entry = feed.add_entry()
        entry.id(f"urn:newsdesk:brief:{record['file']}:{record['created']}")
        entry.title(record["title"])
        entry.link(href=base_url + record["file"])
        entry.updated(record["created"])
        entry.summary(f"{record['items']} verified items; settings {json.dumps(record['settings'])}")
    path = folder / FEED
    feed.atom_file(str(path), pretty=True)
    return str(path)


def _brief_record(path: Path) -> dict | None:
    """The settings a brief was saved with, or None (logged) for a file that is not one:
    a file of that name left by hand or by another program must not stop the brief's feed."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        log.warning("%s: not read into the briefs feed (%s)", path, e)
        return None
    if not isinstance(record, dict) or not record.keys() >= _RECORD_KEYS:
        log.warning("%s: not read into the briefs feed (not a brief's settings)", path)
        return None
    return record


def send_brief(*, text: str, html: str | None, subject: str, sender: str, to: list[str], host: str, port: int,
               timeout: float = 30.0) -> None:
    """Send a brief as a plain-text e-mail with an HTML alternative."""
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, ", ".join(to)
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as e:
        raise NewsdeskError(f"cannot send the brief through {host}:{port} ({e})") from e
