"""The newsletter on its days: schedules, the issue due now, and the archive of issues sent.

A schedule is a recurrence rule (RFC 5545 RRULE, computed by ``python-dateutil``'s rrule) in
a time zone (``zoneinfo``). Friendly forms are turned into an RRULE here, since dateutil
parses only the RFC text: ``"1st,3rd Wed 09:00"`` (those weekdays of each month),
``"Mon,Thu 08:30"`` (weekly), ``"daily 07:00"``; a raw ``RRULE:...`` is taken as it is.

Each issue is the brief (``newsdesk.brief``) of what was published since the last issue, sent
as plain text with an HTML alternative, every sentence cited. Only the latest occurrence due
is sent: a machine that was off for three occurrences sends one issue on restart. An issue is
claimed in the store (schedule, due time) before it is sent, so it is never sent twice; a
claim whose send failed stays ``due`` and is retried on the next cycle.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from newsdesk.alerts import check_address, check_smtp
from newsdesk.errors import NewsdeskError, NotFoundError, UsageError
from newsdesk.feeds import check_name, iso
from newsdesk.store import Store, open_store

log = logging.getLogger(__name__)

_DAYS = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
_ORDINALS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_when(text: str) -> str:
    """An RRULE for a friendly ``when`` (or the RRULE given); ``UsageError`` if neither.
    The rule is tried from a start with a time zone, as every schedule is computed
    (``_rule``): an UNTIL must then be in UTC (``...T000000Z``, as RFC 5545 asks), and one
    without its ``Z`` is refused here rather than failing every status and cycle after."""
    text = text.strip()
    rule = text if text.upper().startswith("RRULE:") else _friendly_rule(text)
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 1, tzinfo=UTC))
    except (ValueError, TypeError) as e:
        raise UsageError("{when} {text!r}: not a valid RRULE ({error})", options=("when",),
                         text=text, error=e) from e
    return rule


def _friendly_rule(text: str) -> str:
    words = text.replace(",", " ").lower().split()
    time = _TIME.fullmatch(words[-1]) if words else None
    if not time:
        raise UsageError("{when} {text!r}: end with a time HH:MM, e.g. '1st,3rd Wed 09:00'",
                         options=("when",), text=text)
    clock = f"BYHOUR={int(time.group(1))};BYMINUTE={int(time.group(2))};BYSECOND=0"
    words = words[:-1]
    if words == ["daily"]:
        return f"RRULE:FREQ=DAILY;{clock}"
    ordinals = [_ORDINALS[w] for w in words if w in _ORDINALS]
    days = [_DAYS.get(w[:3]) for w in words if w not in _ORDINALS]
    if not days or None in days:
        raise UsageError("{when} {text!r}: name weekdays (Mon..Sun) or 'daily' before the time",
                         options=("when",), text=text)
    if not ordinals:
        return f"RRULE:FREQ=WEEKLY;BYDAY={','.join(days)};{clock}"
    byday = ",".join(f"{n:+d}{day}" for n in ordinals for day in days)
    return f"RRULE:FREQ=MONTHLY;BYDAY={byday};{clock}"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise UsageError("{tz} {name!r}: unknown time zone (use a name like Europe/Berlin)",
                         options=("tz",), name=name) from e


def add_schedule(
    store: Store,
    name: str,
    *,
    topic: str | None,
    when: str,
    to: list[str],
    now: datetime,
    tz: str = "UTC",
) -> dict[str, Any]:
    check_name(name, kind="schedule")
    if not to:
        raise UsageError("a schedule needs at least one {to} address", options=("to",))
    for address in to:
        check_address("to", address)
    if any(row["name"] == name for row in store.list_schedules()):
        raise UsageError("a schedule named {given!r} exists; remove it first",
                         options=("name",), given=name)
    zone(tz)
    schedule = {
        "name": name,
        "topic": (topic.strip() or None) if topic else None,
        "rule": parse_when(when),
        "tz": tz,
        "recipients": list(to),
        "created_at": iso(now),
    }
    if next_due(schedule, now) is None:  # a rule past its UNTIL or COUNT, or on no real day
        raise UsageError("{when} {text!r}: the rule gives no date after now, so no issue "
                         "would be sent", options=("when",), text=when.strip())
    store.add_schedule(schedule)
    return schedule


def remove_schedule(store: Store, name: str) -> None:
    if not store.remove_schedule(name):
        raise NotFoundError(f"no schedule named {name!r}", kind="schedule")


#: An UNTIL written as a local date or date-time, with no ``Z``.
_LOCAL_UNTIL = re.compile(r"(UNTIL=)(\d{8})(T\d{6})?(?=;|$)", re.IGNORECASE)


def _rule(schedule: dict[str, Any]):
    tz = zone(schedule["tz"])
    start = datetime.fromisoformat(schedule["created_at"]).astimezone(tz)
    return rrulestr(_until_in_utc(schedule["rule"], tz), dtstart=start), tz


def _until_in_utc(rule: str, tz: ZoneInfo) -> str:
    """The rule with a local UNTIL read in the schedule's zone and written in UTC. dateutil
    refuses a local UNTIL beside a start with a zone; ``parse_when`` refuses one now, but a
    store may hold rules kept before it did, and each made every status and cycle fail."""

    def utc(match: re.Match[str]) -> str:
        local = datetime.strptime(match.group(2) + (match.group(3) or "T000000"), "%Y%m%dT%H%M%S")
        return match.group(1) + local.replace(tzinfo=tz).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return _LOCAL_UNTIL.sub(utc, rule)


def latest_due(schedule: dict[str, Any], now: datetime) -> datetime | None:
    """The latest occurrence at or before ``now`` (after the schedule was made), or None."""
    rule, tz = _rule(schedule)
    return rule.before(now.astimezone(tz), inc=True)


def next_due(schedule: dict[str, Any], now: datetime) -> datetime | None:
    rule, tz = _rule(schedule)
    return rule.after(now.astimezone(tz))


@dataclass(slots=True)
class Mail:
    """How issues are sent."""

    smtp: str = "localhost:25"
    sender: str = "newsdesk@localhost"


def check_mail(mail: Mail) -> None:
    """Refuse, before a watch starts, a relay that is not HOST:PORT and a sender that is not
    one address: every issue due would fail on them, cycle after cycle."""
    check_smtp(mail.smtp)
    check_address("mail_from", mail.sender)


def send_due_issues(*, db: str, now: datetime, mail: Mail) -> tuple[list[dict], list[str]]:
    """Claim and send the issue each schedule has due; retry claimed issues not yet sent."""
    with open_store(db) as store:
        for schedule in store.list_schedules():
            _claim_due(store, schedule, now=now)
        pending = store.unfinished_issues()
        schedules = {row["name"]: row for row in store.list_schedules()}
    sent, problems = [], []
    for issue in pending:
        if issue["schedule"] not in schedules:
            continue
        try:
            sent.append(
                _send_issue(
                    issue, schedule=schedules[issue["schedule"]], db=db, now=now, mail=mail
                )
            )
        except NewsdeskError as e:
            problems.append(f"schedule {issue['schedule']}: {e}")
    return sent, problems


def _claim_due(store: Store, schedule: dict[str, Any], *, now: datetime) -> None:
    due = latest_due(schedule, now)
    if due is None or (schedule["last_due"] and iso(due) <= schedule["last_due"]):
        return
    store.claim_issue(schedule=schedule["name"], due_at=iso(due), since=schedule["last_due"])


def _send_issue(
    issue: dict[str, Any], *, schedule: dict[str, Any], db: str, now: datetime, mail: Mail
) -> dict[str, Any]:
    from newsdesk.brief import Settings, make_brief
    from newsdesk.brief.feed import send_brief
    from newsdesk.brief.render import render_html, render_markdown

    since = issue["since"][:10] if issue["since"] else None
    brief, texts, layers = make_brief(
        db=db, settings=Settings(topic=schedule["topic"], since=since)
    )
    fields: dict[str, Any] = {"status": "empty", "sent_at": iso(now), "subject": brief.title}
    if brief.items():
        fields["text"] = render_markdown(brief)
        fields["html"] = mail_html(brief, render_html(brief, texts, layers=layers)["brief.html"])
        host, _, port = mail.smtp.rpartition(":")
        send_brief(
            text=fields["text"],
            html=fields["html"],
            subject=f"{schedule['name']}: {brief.title}",
            sender=mail.sender,
            to=list(schedule["recipients"]),
            host=host,
            port=int(port),
        )
        fields["status"] = "sent"
    with open_store(db) as store:
        store.finish_issue(schedule=issue["schedule"], due_at=issue["due_at"], fields=fields)
    return {**issue, **fields}


def mail_html(brief: Any, html: str) -> str:
    """The brief page for an e-mail: citations link to the cited article's own URL, since the
    pages of sources beside a written brief do not travel with a message."""
    import lxml.html

    root = lxml.html.document_fromstring(html)
    for link in root.iter("a"):
        href = link.get("href") or ""
        if href.startswith("sources/"):
            source = brief.sources.get(href.removeprefix("sources/").split(".html")[0])
            if source is not None and source.url:
                link.set("href", source.url)
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
