"""The live desk's commands (feeds, watch, status, watchlist, alerts, schedule), added to the CLI.

A module of its own so the live desk's options live in one place; each command renders what
an operation of ``newsdesk.service`` (``service/live.py``) returns, the operations the HTTP API's
``/api/feeds``, ``/api/watchlists``, ``/api/alerts`` and ``/api/schedules`` call too; removing
and the ``watch`` loop it calls where they are (``feeds``, ``alerts``, ``schedule``, ``watch``).
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from newsdesk import service
from newsdesk.cli.base import (
    DbOption,
    app,
    err,
    flag,
    local_input,
    out,
    read_store,
    run_reported,
    write_store,
)
from newsdesk.defaults import DEFAULT_EVERY
from newsdesk.errors import NoStoreError, worded_reason
from newsdesk.plurals import count_noun
from newsdesk.service import DEFAULT_DB
from newsdesk.terminal import strip_controls

if TYPE_CHECKING:
    from newsdesk.schedule import Mail

feeds_app = typer.Typer(
    help="Feeds the live desk follows (RSS/Atom, sitemaps, URL lists, folders).",
    no_args_is_help=True,
)
watchlist_app = typer.Typer(help="What to be alerted about.", no_args_is_help=True)
schedule_app = typer.Typer(help="The newsletter on its days.", no_args_is_help=True)


def _say(text: str) -> None:
    """One line out, the settings a stored reason names worded as options (``--timeout``)."""
    out.print(strip_controls(worded_reason(text, flag)), highlight=False, markup=False,
              soft_wrap=True)


def _remove(db: str, name: str, remove: Callable[[service.Store, str], None]) -> None:
    """Remove what ``name`` names from an existing store with ``remove``, and say so."""
    write_store(db, lambda store: remove(store, name), create=False)
    _say(f"removed {name}")


@feeds_app.command("add")
def feeds_add(
    source: Annotated[
        str, typer.Argument(help="Feed, sitemap or URL-list URL, or a file or folder.")
    ],
    db: DbOption = DEFAULT_DB,
    name: Annotated[
        str | None, typer.Option(help="Short name (default: from the source).")
    ] = None,
    every: Annotated[
        str, typer.Option(help="Poll interval: 10s at least; units s, m, h, d.")
    ] = DEFAULT_EVERY,
    language: Annotated[
        str | None, typer.Option(help="Items' language where the feed gives none.")
    ] = None,
    follow_links: Annotated[
        bool, typer.Option("--follow-links", help="Fetch each item's page.")
    ] = False,
) -> None:
    """Follow a feed: `newsdesk watch` polls it every --every."""
    feed = write_store(
        db,
        lambda store: service.add_feed(
            store,
            local_input(source),
            name=name,
            every=every,
            language=language,
            follow_links=follow_links,
        ),
    )
    _say(f"following {feed['name']} ({feed['source']}) every {feed['every_s']} s")


@feeds_app.command("list")
def feeds_list(db: DbOption = DEFAULT_DB) -> None:
    """The feeds followed: last poll, new items, errors, and the bad items still in them.

    With none stdout stays empty and stderr says `0 feeds`."""
    feeds = read_store(db, service.list_feeds)
    _none_said(feeds, "0 feeds")
    for feed in feeds:
        state = (
            f"error ({feed['failures']}x): {feed['last_error']}" if feed["last_error"] else "ok"
        )
        _say(
            f"{feed['name']}  every {feed['every_s']} s  last {feed['last_poll'] or 'never'}  "
            f"next {feed['next_poll']}  new {feed['last_new']} "
            f"(total {feed['total_new']})  {state}"
        )
        for reject in feed["rejects"]:  # those the last poll that read the feed still held
            _say(f"  bad item since {reject['first_seen']}: {reject['problem']}")


@feeds_app.command("remove")
def feeds_remove(
    name: Annotated[str, typer.Argument(help="The feed's name.")], db: DbOption = DEFAULT_DB
) -> None:
    """Stop following a feed (its articles stay)."""
    from newsdesk.feeds import remove_feed

    _remove(db, name, remove_feed)


def watch(
    db: DbOption = DEFAULT_DB,
    once: Annotated[
        bool, typer.Option("--once", help="Run one cycle and exit (for cron); 1 if a step failed.")
    ] = False,
    smtp: Annotated[
        str, typer.Option(help="SMTP server HOST:PORT for scheduled issues.")
    ] = "localhost:25",
    mail_from: Annotated[
        str, typer.Option(help="Sender address of scheduled issues.")
    ] = "newsdesk@localhost",
    delay: Annotated[
        float, typer.Option(min=0, help="Seconds between two requests to one host.")
    ] = 1.0,
    no_analyse: Annotated[
        bool, typer.Option("--no-analyse", help="Only ingest; skip analysis.")
    ] = False,
) -> None:
    """Poll due feeds, analyse new items, alert, send scheduled issues; until SIGTERM or Ctrl-C."""
    from newsdesk.schedule import Mail
    from newsdesk.watch import WatchOptions
    from newsdesk.watch import watch as run_watch

    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        if stop.is_set():  # a second signal: stop now; the open transaction rolls back
            raise KeyboardInterrupt
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
    options = WatchOptions(
        delay=delay, mail=Mail(smtp=smtp, sender=mail_from), analyse=not no_analyse
    )
    run_reported(lambda: _ready_to_watch(db, options.mail))
    problems: list[str] = []
    noted: set[str] = set()

    def on_cycle(report) -> None:
        _print_cycle(report)
        problems.extend(report.problems)
        for note in report.notes:  # once a watch, not once a cycle
            if note not in noted:
                err.print(strip_controls(note), highlight=False, markup=False, soft_wrap=True)
            noted.add(note)

    run_reported(lambda: run_watch(db=db, stop=stop, options=options, once=once, on_cycle=on_cycle))
    if once:  # one cycle, like a command: 1 when something in it failed
        raise typer.Exit(1 if problems else 0)
    err.print("watch stopped", highlight=False)


def _ready_to_watch(db: str, mail: Mail) -> None:
    """A watch needs a store that holds its feeds and a relay it can send through: a missing
    store (a mistyped --db) was made empty and watched for nothing, and a bad --smtp or
    --mail-from failed every issue, cycle after cycle."""
    from newsdesk.schedule import check_mail

    if not os.path.exists(db):
        raise NoStoreError(db)
    check_mail(mail)


def _none_said(rows: list, said: str) -> None:
    """An empty list is said on stderr: an empty stdout alone does not tell "none" from "did
    not run", as ``timeline`` and ``claims`` say theirs."""
    if not rows:
        err.print(said, highlight=False)


def _print_cycle(report) -> None:
    polled = [p for p in report.polls if not p.error]
    new = sum(p.new for p in report.polls)
    known = sum(p.known_bad for p in report.polls)
    known_bad = f" ({count_noun(known, 'bad item')} reported before)" if known else ""
    if report.polls or report.alerts or report.issues:
        err.print(
            f"{report.at:%Y-%m-%d %H:%M:%S} polled {len(polled)}/"
            f"{count_noun(len(report.polls), 'feed')}, {count_noun(new, 'new article')}{known_bad}, "
            f"{report.analysed} analysed, {count_noun(report.alerts, 'alert')}, "
            f"{count_noun(len(report.issues), 'issue')}",
            highlight=False,
            markup=False,
        )
    for problem in report.problems:
        err.print(f"failed: {strip_controls(worded_reason(problem, flag))}", highlight=False,
                  markup=False, soft_wrap=True)


def status(db: DbOption = DEFAULT_DB) -> None:
    """Feeds with their last and next polls and errors, pending alerts, next issues."""
    state = read_store(db, service.watch_status)
    for feed in state["feeds"]:
        error = (
            f"  error ({feed['failures']}x): {feed['last_error']}" if feed["last_error"] else ""
        )
        _say(
            f"feed {feed['name']}: last {feed['last_poll'] or 'never'}, next {feed['next_poll']}, "
            f"{feed['total_new']} new{error}"
        )
    for schedule in state["schedules"]:
        _say(
            f"schedule {schedule['name']}: last {schedule['last_due'] or 'never'}, "
            f"next {schedule['next_due'] or 'none (the rule has ended)'}"
        )
    _say(
        f"{state['pending_alerts']} alerts pending delivery, "
        f"{state['unsent_issues']} issues unsent"
    )


@watchlist_app.command("add")
def watchlist_add(
    name: Annotated[str, typer.Argument(help="The watchlist's name.")],
    db: DbOption = DEFAULT_DB,
    entity: Annotated[
        list[str] | None, typer.Option(help="Entity, any alias (repeatable).")
    ] = None,
    keyword: Annotated[list[str] | None, typer.Option(help="Word or phrase (repeatable).")] = None,
    outlet: Annotated[
        list[str] | None, typer.Option(help="Outlet name part (repeatable).")
    ] = None,
    country: Annotated[
        list[str] | None, typer.Option(help="Country code or name (repeatable).")
    ] = None,
    event_type: Annotated[
        list[str] | None,
        typer.Option(help="PLOVER type, CAMEO code or action, e.g. CONSULT (repeatable)."),
    ] = None,
    email: Annotated[list[str] | None, typer.Option(help="Mail alerts to this address.")] = None,
    smtp: Annotated[str, typer.Option(help="SMTP server HOST:PORT for --email.")] = "localhost:25",
    webhook: Annotated[str | None, typer.Option(help="POST alerts as JSON to this URL.")] = None,
    atom: Annotated[
        str | None, typer.Option(help="Keep an Atom feed of the alerts in this file.")
    ] = None,
) -> None:
    """Watch entities, keywords, outlets, countries or event types in new articles."""
    from newsdesk.alerts import Deliveries

    criteria = {
        "entities": entity,
        "keywords": keyword,
        "outlets": outlet,
        "countries": country,
        "event_types": event_type,
    }
    deliveries = Deliveries(email=list(email or []), smtp=smtp, webhook=webhook, atom=atom)
    added = write_store(
        db,
        lambda store: service.add_watchlist(
            store, name, criteria=criteria, deliveries=deliveries
        ),
    )
    _say(f"watching {name}")
    for warning in added["warnings"]:
        line = f"warning: {strip_controls(warning)}"
        err.print(line, highlight=False, markup=False, soft_wrap=True)


@watchlist_app.command("list")
def watchlist_list(db: DbOption = DEFAULT_DB) -> None:
    """The watchlists and what they watch.

    With none stdout stays empty and stderr says `0 watchlists`."""
    rows = read_store(db, lambda store: service.list_watchlists(store).items)
    _none_said(rows, "0 watchlists")
    for row in rows:
        watched = "; ".join(
            f"{key}: {', '.join(values)}" for key, values in row["criteria"].items() if values
        )
        _say(f"{row['name']}: {watched}")
        for problem in row["problems"]:
            err.print(strip_controls(problem), highlight=False, markup=False, soft_wrap=True)


@watchlist_app.command("remove")
def watchlist_remove(
    name: Annotated[str, typer.Argument(help="The watchlist's name.")], db: DbOption = DEFAULT_DB
) -> None:
    """Remove a watchlist and its alerts."""
    from newsdesk.alerts import remove_watchlist

    _remove(db, name, remove_watchlist)


def alerts(
    db: DbOption = DEFAULT_DB,
    watchlist: Annotated[str | None, typer.Option(help="Only this watchlist's alerts.")] = None,
) -> None:
    """Stored alerts, one line each: watchlist, kind, watched item, article id and title.

    With none stdout stays empty and stderr says `0 alerts`."""
    from newsdesk.alerts import alert_line

    found = read_store(db, lambda store: service.list_alerts(store, watchlist=watchlist))
    _none_said(found, "0 alerts")
    for alert in found:
        _say(alert_line(alert))


@schedule_app.command("add")
def schedule_add(
    name: Annotated[str, typer.Argument(help="The newsletter's name.")],
    when: Annotated[
        str,
        typer.Option(
            help="'1st,3rd Wed 09:00', 'Mon,Thu 08:30', 'daily 07:00' or an RRULE:... string."
        ),
    ],
    to: Annotated[list[str], typer.Option(help="Recipient address (repeatable).")],
    db: DbOption = DEFAULT_DB,
    topic: Annotated[str | None, typer.Option(help="Words the brief is about.")] = None,
    tz: Annotated[str, typer.Option(help="Time zone of --when, e.g. Europe/Berlin.")] = "UTC",
) -> None:
    """Send the brief since the last issue on a recurring schedule (`newsdesk watch` sends it)."""
    schedule = write_store(
        db,
        lambda store: service.add_schedule(store, name, topic=topic, when=when, to=to, tz=tz),
    )
    _say(f"scheduled {name}: {schedule['rule']} ({tz})")


@schedule_app.command("list")
def schedule_list(db: DbOption = DEFAULT_DB) -> None:
    """Schedules with their rules and the issues sent.

    With neither stdout stays empty and stderr says `0 schedules`."""
    schedules, issues = read_store(
        db, lambda store: (service.list_schedules(store), service.list_issues(store).items)
    )
    _none_said(schedules + issues, "0 schedules")
    for row in schedules:
        _say(f"{row['name']}: {row['rule']} ({row['tz']}) to {', '.join(row['recipients'])}")
    for issue in issues:
        _say(
            f"  issue {issue['schedule']} due {issue['due_at']}: {issue['status']} "
            f"{issue['subject'] or ''}"
        )


@schedule_app.command("remove")
def schedule_remove(
    name: Annotated[str, typer.Argument(help="The schedule's name.")], db: DbOption = DEFAULT_DB
) -> None:
    """Remove a schedule (its archive of issues stays)."""
    from newsdesk.schedule import remove_schedule

    _remove(db, name, remove_schedule)


# The live desk's commands join the main CLI when this module is imported, as every other
# command module's do.
app.add_typer(feeds_app, name="feeds")
app.add_typer(watchlist_app, name="watchlist")
app.add_typer(schedule_app, name="schedule")
app.command()(watch)
app.command()(status)
app.command()(alerts)
