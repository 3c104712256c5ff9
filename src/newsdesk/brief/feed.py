"""The Atom feed of the briefs in a folder (feedgen), and sending a brief by e-mail (smtplib)."""

from __future__ import annotations

import json
import smtplib
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from feedgen.feed import FeedGenerator

from newsdesk.errors import NewsdeskError

FEED = "briefs.atom"


def write_feed(folder: Path, *, base_url: str = "") -> str:
    """Rewrite ``folder/briefs.atom`` from the settings files of the briefs in ``folder``."""
    feed = FeedGenerator()
    feed.id(f"urn:newsdesk:briefs:{folder.resolve().as_posix()}")
    feed.title("newsdesk briefs")
    feed.author({"name": "newsdesk"})
    feed.link(href=base_url + FEED, rel="self")
    feed.updated(datetime.now(UTC))
    for settings_file in sorted(folder.glob("*.settings.json")):
        record = json.loads(settings_file.read_text(encoding="utf-8"))
        entry = feed.add_entry()
        entry.id(f"urn:newsdesk:brief:{record['file']}:{record['created']}")
        entry.title(record["title"])
        entry.link(href=base_url + record["file"])
        entry.updated(record["created"])
        entry.summary(f"{record['items']} verified items; settings {json.dumps(record['settings'])}")
    path = folder / FEED
    feed.atom_file(str(path), pretty=True)
    return str(path)


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
