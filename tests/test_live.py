"""The live desk against a local feed site, webhook receiver and SMTP sink (127.0.0.1 only).

The clock is injected: every cycle is run at a chosen moment, so nothing sleeps.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest

from conftest import EXAMPLES
from livesite import Site, SmtpSink, seed_items
from newsdesk.alerts import Deliveries, add_watchlist, country_code, deliver_alerts, evaluate_watchlists
from newsdesk.errors import NotFoundError, UsageError
from newsdesk.feeds import add_feed, parse_interval
from newsdesk.fetch import Fetcher
from newsdesk.ingest import ingest
from newsdesk.schedule import Mail, add_schedule, parse_when
from newsdesk.store import open_store
from newsdesk.watch import WatchOptions, run_cycle

T0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("parse", "text", "expected"),
    [
        (parse_interval, "10s", 10),
        (parse_interval, "30m", 1800),
        (parse_interval, "2h", 7200),
        (parse_interval, "1d", 86400),
        (parse_interval, " 45 S ", 45),
        (parse_interval, "9s", None),
        (parse_interval, "0m", None),
        (parse_interval, "30", None),
        (parse_interval, "m30", None),
        (parse_interval, "1.5h", None),
        (parse_interval, "", None),
        (parse_when, "1st,3rd Wed 09:00",
         "RRULE:FREQ=MONTHLY;BYDAY=+1WE,+3WE;BYHOUR=9;BYMINUTE=0;BYSECOND=0"),
        (parse_when, "Mon,Thu 08:30", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=8;BYMINUTE=30;BYSECOND=0"),
        (parse_when, "daily 07:00", "RRULE:FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0"),
        (parse_when, "last Fri 17:00",
         "RRULE:FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=17;BYMINUTE=0;BYSECOND=0"),
        (parse_when, "RRULE:FREQ=WEEKLY;BYDAY=TU", "RRULE:FREQ=WEEKLY;BYDAY=TU"),
        (parse_when, "Wed", None),
        (parse_when, "1st Wed 25:00", None),
        (parse_when, "someday 09:00", None),
        (parse_when, "RRULE:FREQ=SOMETIMES", None),
        # RFC 5545's UNTIL in UTC is taken; one without its Z failed every status afterwards
        (parse_when, "RRULE:FREQ=DAILY;UNTIL=20300101T000000Z",
         "RRULE:FREQ=DAILY;UNTIL=20300101T000000Z"),
        (parse_when, "RRULE:FREQ=DAILY;UNTIL=20300101T000000", None),
    ],
)
def test_a_feed_interval_and_a_schedule_are_read_or_refused(parse, text, expected):
    """A feed's interval in seconds and a schedule's RRULE; a text neither reads is a usage
    error (None)."""
    if expected is None:
        with pytest.raises(UsageError):
            parse(text)
    else:
        assert parse(text) == expected


def _cycle(db, at, *, analyse=False, mail=None):
    options = WatchOptions(delay=0, timeout=5, analyse=analyse, mail=mail or Mail())
    with Fetcher(delay=0, timeout=5) as fetcher:
        return run_cycle(db=db, now=at, fetcher=fetcher, options=options)


def _article_ids(db):
    with open_store(db, read_only=True) as store:
        return [row["id"] for row in store.list_articles()]


def test_feed_items_are_ingested_once_and_unchanged_feeds_cost_a_304(db, seed_paths):
    items = seed_items(seed_paths)
    with Site() as site:
        site.feed_of("/feed.xml", items[:2])
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, every="10m", name="seeds")
        first = _cycle(db, T0)
        early = _cycle(db, T0 + timedelta(minutes=5))  # not due yet
        again = _cycle(db, T0 + timedelta(minutes=10))  # due; the feed has not changed
        site.feed_of("/feed.xml", items[:4])
        changed = _cycle(db, T0 + timedelta(minutes=20))
    assert [poll.new for poll in first.polls] == [2]
    assert early.polls == []
    assert again.polls[0].not_modified and again.polls[0].new == 0
    assert [poll.new for poll in changed.polls] == [2]
    ids = _article_ids(db)
    assert len(ids) == len(set(ids)) == 4


def test_a_followed_folder_ingests_only_new_files(db, seed_paths, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    for path in seed_paths[:2]:
        shutil.copy(path, folder)
    with open_store(db) as store:
        add_feed(store, str(folder), now=T0, every="10s", name="drop")
    first = _cycle(db, T0)
    shutil.copy(seed_paths[2], folder)
    second = _cycle(db, T0 + timedelta(seconds=10))
    third = _cycle(db, T0 + timedelta(seconds=20))
    assert [(p.new, p.error) for p in first.polls + second.polls + third.polls] == [
        (2, None),
        (1, None),
        (0, None),
    ]
    assert len(_article_ids(db)) == 3


@pytest.mark.parametrize(("language", "expected"), [("kk", "kk"), (None, "en")])
def test_a_feed_language_applies_where_the_input_gives_none(db, seed_paths, tmp_path,
                                                           language, expected):
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(seed_paths[0], folder)
    with open_store(db) as store:
        add_feed(store, str(folder), now=T0, language=language)
    _cycle(db, T0)
    with open_store(db, read_only=True) as store:
        assert [article.language for article in store.iter_articles()] == [expected]


def test_item_pages_are_followed_politely_and_robots_txt_is_obeyed(db, seed_paths):
    items = seed_items(seed_paths)[:2]
    with Site() as site:
        site.feed_of("/feed.xml", items)
        site.pages["/robots.txt"] = (
            200,
            "text/plain",
            f"User-agent: *\nDisallow: /a/{items[1][0]}".encode(),
        )
        for guid, title, text in items:
            body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
            page = (
                f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            )
            site.pages[f"/a/{guid}.html"] = (
                200,
                "text/html",
                (page + "</article></body></html>").encode(),
            )
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, every="1h", follow_links=True)
        report = _cycle(db, T0)
        fetched = [path for _, path in site.requests]
    assert report.polls[0].new == 2 and report.polls[0].error is None
    assert f"/a/{items[0][0]}.html" in fetched and f"/a/{items[1][0]}.html" not in fetched
    with open_store(db, read_only=True) as store:
        kept = {article.metadata.get("follow_error") for article in store.iter_articles()}
    assert kept == {None, "disallowed by the site's robots.txt"}  # the feed's own text is kept


def test_a_changed_feed_fetches_only_the_pages_of_new_items(db, seed_paths):
    items = seed_items(seed_paths)[:3]
    with Site() as site:
        site.feed_of("/feed.xml", items[:2])
        for guid, title, text in items:
            body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
            page = f"<html><head><title>{title}</title></head><body><article>{body}</article>"
            site.pages[f"/a/{guid}.html"] = (200, "text/html", page.encode())
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, every="1h", follow_links=True)
        _cycle(db, T0)
        site.requests.clear()
        site.feed_of("/feed.xml", items)
        report = _cycle(db, T0 + timedelta(hours=1))
        pages = [path for _, path in site.requests if path.startswith("/a/")]
    assert report.polls[0].new == 1 and pages == [f"/a/{items[2][0]}.html"]
    assert len(_article_ids(db)) == 3


def test_a_failing_feed_backs_off_and_the_others_go_on(db, seed_paths):
    with Site() as site:
        site.feed_of("/good.xml", seed_items(seed_paths)[:1])
        site.pages["/bad.xml"] = (500, "text/plain", b"down")
        with open_store(db) as store:
            add_feed(store, f"{site.base}/bad.xml", now=T0, every="10m", name="bad")
            add_feed(store, f"{site.base}/good.xml", now=T0, every="10m", name="good")
        first = _cycle(db, T0)
        retry_too_soon = _cycle(db, T0 + timedelta(minutes=10))
        second = _cycle(db, T0 + timedelta(minutes=20))
    errors = {poll.name: poll.error for poll in first.polls}
    assert "HTTP 500" in str(errors["bad"]) and errors["good"] is None
    assert [poll.name for poll in retry_too_soon.polls] == ["good"]  # bad waits 2 intervals
    assert "bad" in [poll.name for poll in second.polls]
    with open_store(db, read_only=True) as store:
        feeds = {feed["name"]: feed for feed in store.list_feeds()}
    assert feeds["bad"]["failures"] == 2 and "HTTP 500" in feeds["bad"]["last_error"]
    assert feeds["bad"]["next_poll"] == (T0 + timedelta(minutes=20 + 40)).isoformat()
    assert feeds["good"]["failures"] == 0 and feeds["good"]["total_new"] == 1


def test_a_bad_item_is_reported_once_per_version_and_the_polls_after_it_succeed(
    db, seed_paths, tmp_path
):
    from typer.testing import CliRunner

    from livesite import rss
    from newsdesk.cli import app
    from newsdesk.feeds import iso

    good = seed_items(seed_paths)
    empty = ("empty", "A headline with no text under it", "")
    feed = tmp_path / "desk.rss"
    feed.write_text(rss([good[0], empty, good[1]], base="https://desk.example"))
    with open_store(db) as store:
        add_feed(store, str(feed), now=T0, every="10s", name="desk")
    first = _cycle(db, T0)
    again = _cycle(db, T0 + timedelta(seconds=10))
    feed.write_text(rss([good[2], good[0], empty, good[1]], base="https://desk.example"))
    moved = _cycle(db, T0 + timedelta(seconds=20))  # the bad item is now the third
    changed = (empty[0], "The same item, retitled, still without text", "")
    feed.write_text(rss([good[2], good[0], changed, good[1]], base="https://desk.example"))
    edited = _cycle(db, T0 + timedelta(seconds=30))
    assert [len(r.problems) for r in (first, again, moved, edited)] == [1, 0, 0, 1]
    assert "desk.rss item 2: item has no text" in first.problems[0]
    assert "desk.rss item 3: item has no text" in edited.problems[0]
    assert [r.polls[0].known_bad for r in (first, again, moved, edited)] == [0, 1, 1, 0]
    assert [r.polls[0].new for r in (first, again, moved, edited)] == [2, 0, 1, 0]
    ids = _article_ids(db)
    assert len(ids) == len(set(ids)) == 3
    with open_store(db) as store:  # `watch --once` from cron: 0 now that it was reported
        store.record_poll("desk", {"next_poll": iso(T0)})
    result = CliRunner().invoke(app, ["watch", "--once", "--no-analyse", "--db", db])
    assert result.exit_code == 0, result.output
    assert "0 new articles (1 bad item reported before)" in result.output
    listed = CliRunner().invoke(app, ["feeds", "list", "--db", db]).stdout.splitlines()
    assert listed[1:] == [  # the retitled version only: the first is no longer in the feed
        f"  bad item since {iso(T0 + timedelta(seconds=30))}: {feed} item 3: item has no text "
        "(add --follow-links to fetch the page)"]
    with open_store(db) as store:  # the first version left the feed, so it is forgotten
        assert [r["problem"] for r in store.feed_rejects("desk")] == [
            f"{feed} item 3: item has no text (add the follow_links setting to fetch the page)",
        ]  # the feeds are listed with their rejects in one query, as each feed reads them
        assert [f["rejects"] for f in store.list_feeds(rejects=True)] == [
            store.feed_rejects("desk")
        ]
        assert store.remove_feed("desk") and store.feed_rejects("desk") == []


def test_a_bad_item_stays_listed_while_the_feed_answers_not_modified(db, seed_paths):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    good = seed_items(seed_paths)
    empty = ("empty", "A headline with no text under it", "")
    with Site() as site:
        site.feed_of("/feed.xml", [good[0], empty])
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, every="10m", name="seeds")
        first = _cycle(db, T0)
        unchanged = _cycle(db, T0 + timedelta(minutes=10))
        listed = CliRunner().invoke(app, ["feeds", "list", "--db", db]).stdout
        site.feed_of("/feed.xml", [good[0]])  # the item is taken out of the feed
        fixed = _cycle(db, T0 + timedelta(minutes=20))
        after = CliRunner().invoke(app, ["feeds", "list", "--db", db]).stdout
    assert len(first.problems) == 1 and unchanged.polls[0].not_modified
    assert "bad item since" in listed and "item has no text" in listed
    assert fixed.problems == [] and "bad item" not in after
    with open_store(db, read_only=True) as store:
        assert store.feed_rejects("seeds") == []


@pytest.fixture(scope="module")
def alerted(tmp_path_factory, seed_paths):
    """A store fed the seeds through a feed, analysed, with two watchlists evaluated."""
    folder = tmp_path_factory.mktemp("alerts")
    db = str(folder / "store.duckdb")
    with Site() as site, SmtpSink() as smtp:
        site.feed_of("/feed.xml", seed_items(seed_paths))
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, every="1h", name="seeds")
            add_watchlist(
                store,
                "kz",
                criteria={"entities": ["Toqaev"]},
                now=T0,
                deliveries=Deliveries(
                    email=["desk@example.org"],
                    smtp=smtp.address,
                    webhook=f"{site.base}/hook",
                    atom=str(folder / "kz.atom"),
                ),
            )
            add_watchlist(store, "none", criteria={"keywords": ["Zimbabwe"]}, now=T0)
            add_watchlist(
                store,
                "meetings",
                criteria={"entities": ["Putin"], "event_types": ["CONSULT"]},
                now=T0,
            )
            add_watchlist(
                store,
                "csto",
                criteria={"keywords": ["Collective Security Treaty Organization"]},
                now=T0,
            )
        report = _cycle(db, T0, analyse=True)
        again = _cycle(db, T0 + timedelta(hours=1), analyse=True)
        return {
            "db": db,
            "report": report,
            "again": again,
            "posted": list(site.posted),
            "mail": list(smtp.messages),
            "atom": folder / "kz.atom",
        }


def test_an_alert_for_a_watched_entity_carries_its_evidence(alerted):
    with open_store(alerted["db"], read_only=True) as store:
        alerts = store.list_alerts(watchlist="kz")
        texts = {
            article_id: store.get_article(article_id).text
            for article_id in _article_ids(alerted["db"])
        }
        stories = store.article_stories()
        aliases = store.entity_names("Toqaev")[2]
        every_alert = store.list_alerts()
    assert alerts and alerted["report"].alerts == len(every_alert)
    assert {alert["item"] for alert in alerts} == {"Kassym-Jomart Tokayev"}
    for alert in alerts:
        for span in alert["evidence"]:
            assert texts[span["article_id"]][span["start"] : span["end"]] == span["text"]
        assert any(
            span["text"] in aliases for span in alert["evidence"] if span["kind"] == "mention"
        )
        assert alert["links"][0].startswith("http://127.0.0.1")
    mentioning = {a for a, text in texts.items() if any(alias in text for alias in aliases)}
    assert len(alerts) == len({stories.get(a, a) for a in mentioning})  # one alert per story


def test_the_same_articles_do_not_alert_twice_and_unwatched_words_never_alert(alerted):
    assert alerted["again"].alerts == 0
    with open_store(alerted["db"], read_only=True) as store:
        assert store.list_alerts(watchlist="none") == []


def test_alerts_are_delivered_by_webhook_mail_and_atom(alerted):
    with open_store(alerted["db"], read_only=True) as store:
        alerts = store.list_alerts(watchlist="kz")
    posted = [alert["alert_id"] for body in alerted["posted"] for alert in body["alerts"]]
    assert sorted(posted) == sorted(alert["alert_id"] for alert in alerts)
    assert all(alert["delivered"]["done"] for alert in alerts)
    message = email.message_from_bytes(alerted["mail"][0])
    assert message["To"] == "desk@example.org" and "Tokayev" in message.get_payload()
    feed = feedparser.parse(alerted["atom"].read_bytes())
    assert len(feed.entries) == len(alerts)


def test_a_scheduled_issue_is_sent_once_at_its_time(alerted, tmp_path):
    db = str(tmp_path / "store.duckdb")
    shutil.copy(alerted["db"], db)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    with SmtpSink() as smtp, open_store(db) as store:
        add_schedule(
            store,
            "digest",
            topic="Kazakhstan",
            when="1st,3rd Wed 09:00",
            to=["reader@example.org"],
            now=created,
            tz="Europe/Berlin",
        )
    mail_cycles = []
    with SmtpSink() as smtp:
        mail = Mail(smtp=smtp.address)
        for at in ("2026-01-07T07:59", "2026-01-07T08:00", "2026-01-07T08:30", "2026-02-20T12:00"):
            mail_cycles.append(
                _cycle(db, datetime.fromisoformat(at).replace(tzinfo=UTC), mail=mail)
            )
        messages = list(smtp.messages)
    assert [len(cycle.issues) for cycle in mail_cycles] == [0, 1, 0, 1]
    with open_store(db, read_only=True) as store:
        issues = store.list_issues(schedule="digest")
    # 09:00 in Berlin is 08:00 UTC; of three occurrences missed, only the latest is sent
    assert [issue["due_at"] for issue in issues] == [
        "2026-01-07T08:00:00+00:00",
        "2026-02-18T08:00:00+00:00",
    ]
    assert len(messages) == sum(issue["status"] == "sent" for issue in issues) >= 1
    first = email.message_from_bytes(messages[0], policy=email.policy.default)
    kinds = [part.get_content_type() for part in first.walk()]
    assert "text/plain" in kinds and "text/html" in kinds
    page = next(part for part in first.walk() if part.get_content_type() == "text/html")
    assert 'href="sources/' not in page.get_content()
    assert 'href="http://127.0.0.1' in page.get_content()  # the cited items' own pages


ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _watch_command(db, *extra):
    return [
        sys.executable,
        "-m",
        "newsdesk",
        "watch",
        "--db",
        db,
        "--no-analyse",
        "--delay",
        "0",
        *extra,
    ]


def _watch(db):
    return subprocess.Popen(_watch_command(db), env=ENV, stderr=subprocess.DEVNULL)


def _wait_for_sigterm_handler(process, timeout=120.0):
    """Until the watch has installed its SIGTERM handler (Linux: the caught-signals mask in
    /proc), so the stop tested is the graceful one and not a signal that lands while the
    interpreter is still importing (a fixed sleep lost that race on a loaded machine)."""
    deadline = time.monotonic() + timeout
    status = Path(f"/proc/{process.pid}/status")
    while time.monotonic() < deadline and process.poll() is None:
        caught = next((line.split()[1] for line in status.read_text().splitlines()
                       if line.startswith("SigCgt:")), "0")
        if int(caught, 16) & (1 << (signal.SIGTERM - 1)):
            return
        time.sleep(0.05)
    raise AssertionError("the watch never installed its SIGTERM handler")


def test_a_killed_watch_restarts_with_nothing_lost_or_doubled(db, seed_paths):
    with Site() as site:
        items = seed_items(seed_paths)
        for number in range(4):
            site.feed_of(f"/feed{number}.xml", items[number : number + 2])
        with open_store(db) as store:
            for number in range(4):
                add_feed(
                    store, f"{site.base}/feed{number}.xml", now=T0, every="1h", name=f"f{number}"
                )
        process = _watch(db)
        while not any(path.startswith("/feed") for _, path in site.requests):
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        stopped = _watch(db)
        _wait_for_sigterm_handler(stopped)
        stopped.send_signal(signal.SIGTERM)
        assert stopped.wait(timeout=30) == 0
        finished = subprocess.run(
            _watch_command(db, "--once"), env=ENV, capture_output=True, timeout=120
        )
    assert finished.returncode == 0, finished.stderr
    ids = _article_ids(db)
    assert len(ids) == len(set(ids)) == sum(len(items[n : n + 2]) for n in range(4))
    with open_store(db, read_only=True) as store:
        assert all(feed["last_poll"] for feed in store.list_feeds())


@pytest.mark.parametrize(
    ("watchlist", "kind", "expected"),
    [
        ("meetings", "event", "Putin"),
        ("csto", "keyword", "Collective Security Treaty Organization"),
    ],
)
def test_event_and_keyword_watchlists_alert_with_their_spans(alerted, watchlist, kind, expected):
    with open_store(alerted["db"], read_only=True) as store:
        alerts = store.list_alerts(watchlist=watchlist)
        spans = [span for alert in alerts for span in alert["evidence"] if span["kind"] == kind]
        texts = {span["article_id"]: store.get_article(span["article_id"]).text for span in spans}
    assert spans
    for span in spans:
        assert texts[span["article_id"]][span["start"] : span["end"]] == span["text"]
        assert expected in span["text"] or expected in span["item"]


def test_a_country_by_name_matches_what_its_code_matches(alerted):
    """Entities store their country as its code: "Kazakhstan" once matched only the entity
    of that name, "KAZ" every Kazakh one (Tokayev, Almaty)."""
    with open_store(alerted["db"], read_only=True) as store:
        ids = [article.id for article in store.iter_articles()]
        by_code = {i: store.country_spans(i, "KAZ") for i in ids}
        by_name = {i: store.country_spans(i, country_code("Kazakhstan")) for i in ids}
        only_the_name = [span for i in ids for span in store.country_spans(i, "Kazakhstan")]
    assert by_name == by_code
    texts = {span["text"] for spans in by_code.values() for span in spans}
    assert "Kazakhstan" in texts and len(texts) > len({span["text"] for span in only_the_name})


@pytest.mark.parametrize("country", ["Narnia", "KZX", ""])
def test_a_watchlist_country_no_gazetteer_knows_is_refused(tmp_path, country):
    with open_store(str(tmp_path / "store.duckdb")) as store:
        with pytest.raises(UsageError, match=r"no country of that name|needs at least one"):
            add_watchlist(store, "w", criteria={"countries": [country]}, now=T0)
        assert store.list_watchlists() == []


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("CONSULT", "CONSULT"),
        ("consult", "CONSULT"),  # a PLOVER type in any case
        ("Retreat", "RETREAT"),
        ("040", "040"),  # a CAMEO code under one of its roots
        ("0431", "0431"),
        ("met", "meet"),  # an action: the dictionary's lemma, as an event record holds it
        ("talks", "talks"),  # a noun that reports an event
        ("BOGUS", None),  # kept before, and the watchlist never alerted
        ("99", None),
        ("04", None),  # a root alone: no event carries a code of two digits
    ],
)
def test_a_watched_event_type_is_one_an_event_can_hold(tmp_path, given, kept):
    with open_store(str(tmp_path / "store.duckdb")) as store:
        if kept is None:
            with pytest.raises(UsageError, match=rf"'{given}': no PLOVER type, CAMEO code") as e:
                add_watchlist(store, "w", criteria={"event_types": [given]}, now=T0)
            assert "REQUEST, AGREE, CONSULT" in str(e.value) and "ASSAULT" in str(e.value)
            assert store.list_watchlists() == []
        else:
            made = add_watchlist(store, "w", criteria={"event_types": [given]}, now=T0)
            assert made["criteria"]["event_types"] == [kept]


def test_cli_refuses_an_unknown_event_type_as_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "store.duckdb")
    result = CliRunner().invoke(app, ["watchlist", "add", "w", "--event-type", "BOGUS", "--db", db])
    assert result.exit_code == 2, result.output
    assert "--event-type 'BOGUS'" in result.output and "SANCTION" in result.output


def test_a_saved_event_type_that_matches_nothing_is_reported_where_the_watchlist_is_read(
    tmp_path, seed_paths
):
    from typer.testing import CliRunner

    from newsdesk import service
    from newsdesk.cli import app

    db = str(tmp_path / "store.duckdb")
    criteria = {"entities": [], "keywords": ["Kazakhstan"], "outlets": [], "countries": [],
                "event_types": ["BOGUS", "CONSULT"]}
    with open_store(db) as store:  # as a watchlist saved before event types were checked
        store.add_watchlist(name="kz", criteria=criteria, deliveries=asdict(Deliveries()),
                            created_at=T0.isoformat())
        listed = service.list_watchlists(store).items
    line = ("watchlist kz: event type 'BOGUS' is no PLOVER type, CAMEO code or action of an "
            "event and matches nothing; remove the watchlist and add it again")
    assert listed[0]["problems"] == [line]
    result = CliRunner().invoke(app, ["watchlist", "list", "--db", db])
    assert result.exit_code == 0 and line in " ".join(result.output.split())
    ingest([str(seed_paths[0])], db=db, workers=1)
    alerts, problems = evaluate_watchlists(db=db, now=T0)
    assert alerts == 1 and problems == [line]  # its keyword still alerts


def test_cli_lists_alerts_status_and_refuses_bad_intervals(alerted, tmp_path):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["alerts", "--db", alerted["db"], "--watchlist", "kz"])
    assert listed.exit_code == 0
    lines = listed.output.strip().splitlines()
    assert lines and all(
        line.startswith("kz: ") and "Kassym-Jomart Tokayev" in line for line in lines
    )
    status = runner.invoke(app, ["status", "--db", alerted["db"]])
    assert status.exit_code == 0 and "feed seeds: last 2026-01-05T" in status.output
    for every in ("5s", "soon"):
        bad = runner.invoke(
            app,
            ["feeds", "add", str(tmp_path), "--every", every, "--db", str(tmp_path / "s.duckdb")],
        )
        assert bad.exit_code == 2 and every in bad.output


def test_the_loop_polls_again_when_the_interval_has_passed_and_stops_when_asked(db, seed_paths):
    import threading
    from itertools import count

    from newsdesk.watch import watch

    hours = count()
    stop, reports = threading.Event(), []

    def clock():  # every reading is an hour later, so the loop never waits
        return T0 + timedelta(hours=next(hours))

    def on_cycle(report):
        reports.append(report)
        if len(reports) == 3:
            stop.set()

    with Site() as site:
        site.feed_of("/feed.xml", seed_items(seed_paths)[:1])
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, every="1h", name="seeds")
        watch(
            db=db,
            stop=stop,
            clock=clock,
            on_cycle=on_cycle,
            options=WatchOptions(delay=0, analyse=False),
        )
    polls = [poll for report in reports for poll in report.polls]
    assert [(poll.new, poll.not_modified) for poll in polls] == [(1, False), (0, True), (0, True)]


#: Two reports written for this test (no outside source) that disagree on one figure.
CONFLICTING = [
    "Russia sent 2,000 troops to Kazakhstan on Thursday, officials in Moscow said. President "
    "Kassym-Jomart Tokayev had asked the alliance for help after days of unrest in Almaty.",
    "Kazakhstan's president, Kassym-Jomart Tokayev, thanked Moscow on Friday. Russia sent "
    "9,000 troops to Kazakhstan, the defence ministry in Astana announced, far more than "
    "neighbouring states contributed to the mission.",
]


def test_a_figure_that_conflicts_with_an_earlier_report_is_alerted(db, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "first.txt").write_text(CONFLICTING[0], encoding="utf-8")
    with open_store(db) as store:
        add_feed(store, str(folder), now=T0, every="10s", name="wire")
        add_watchlist(store, "kz", criteria={"entities": ["Tokayev"]}, now=T0)
    _cycle(db, T0, analyse=True)
    (folder / "second.txt").write_text(CONFLICTING[1], encoding="utf-8")
    _cycle(db, T0 + timedelta(seconds=10), analyse=True)
    with open_store(db, read_only=True) as store:
        alerts = store.list_alerts(watchlist="kz")
        first = next(a.id for a in store.iter_articles() if a.text.startswith("Russia sent"))
    latest = alerts[-1]
    spans = [span for span in latest["evidence"] if span["kind"] == "figure conflict"]
    assert latest["kind"] == "figure conflict" and latest["article_id"] != first
    assert [span["text"] for span in spans] == ["9,000"]
    assert spans[0]["conflicts_with"]["article_id"] == first
    assert spans[0]["conflicts_with"]["text"] == "2,000"


@pytest.mark.parametrize("source", ["https://", "http:///feed.xml", "https://:8080/rss"])
def test_a_feed_url_with_no_host_is_refused_and_not_kept(source, tmp_path):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "live.duckdb")
    with open_store(db) as store:
        with pytest.raises(UsageError, match=r"a URL with no host$"):
            add_feed(store, source, now=T0)
        assert store.list_feeds() == []
    result = CliRunner().invoke(app, ["feeds", "add", source, "--db", db])
    assert result.exit_code == 2
    assert result.stderr == f"error: {source}: a URL with no host\n"


@pytest.mark.parametrize(
    "again",
    ["https://WWW.rferl.org/api/zrqiteuuir/", "https://www.rferl.org:443/api/zrqiteuuir"],
)
def test_a_feed_followed_already_is_refused_under_another_name(again, tmp_path):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "live.duckdb")
    with open_store(db) as store:
        add_feed(store, "https://www.rferl.org/api/zrqiteuuir", now=T0, name="rferl")
        with pytest.raises(UsageError, match=r"followed already, as the feed 'rferl'$"):
            add_feed(store, again, now=T0, name="kz")
        add_feed(store, "http://www.rferl.org/api/zrqiteuuir", now=T0, name="plain")
        add_feed(store, str(tmp_path), now=T0, name="folder")
        assert [feed["name"] for feed in store.list_feeds()] == ["folder", "plain", "rferl"]
    result = CliRunner().invoke(app, ["feeds", "add", f"{tmp_path}/", "--name", "x", "--db", db])
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path}: followed already, as the feed 'folder'\n"


def test_removing_a_feed_watchlist_or_schedule_removes_only_that_one(tmp_path):
    from newsdesk.alerts import remove_watchlist
    from newsdesk.feeds import remove_feed
    from newsdesk.schedule import remove_schedule

    with open_store(str(tmp_path / "live.duckdb")) as store:
        for name in ("a", "b"):
            (tmp_path / name).mkdir()
            add_feed(store, str(tmp_path / name), now=T0, name=name)
            add_watchlist(store, name, criteria={"entities": ["Tokayev"]}, now=T0)
            add_schedule(store, name, topic="Kazakhstan", when="daily 07:00", to=["x@example.org"],
                         now=T0)
        remove_feed(store, "a")
        remove_watchlist(store, "a")
        remove_schedule(store, "a")
        assert [row["name"] for row in store.list_feeds()] == ["b"]
        assert [row["name"] for row in store.list_watchlists()] == ["b"]
        assert [row["name"] for row in store.list_schedules()] == ["b"]
        for remove in (remove_feed, remove_watchlist, remove_schedule):
            with pytest.raises(NotFoundError, match=r"no .* named 'a'"):
                remove(store, "a")


def test_an_atom_file_that_cannot_be_written_fails_only_its_watchlist(tmp_path, seed_paths):
    db = str(tmp_path / "store.duckdb")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with open_store(db) as store:
        atoms = (("blocked", blocker / "feeds" / "kz.atom"), ("fine", tmp_path / "kz.atom"))
        for name, atom in atoms:
            add_watchlist(store, name, criteria={"keywords": ["Kazakhstan"]}, now=T0,
                          deliveries=Deliveries(atom=str(atom)))
    ingest([str(seed_paths[0])], db=db, workers=1)
    assert evaluate_watchlists(db=db, now=T0) == (2, [])
    delivered, problems = deliver_alerts(db=db)
    assert delivered == 1
    assert [problem.split(": ")[:3] for problem in problems] == [
        ["watchlist blocked", "atom", str(blocker / "feeds" / "kz.atom")]
    ]
    assert len(feedparser.parse((tmp_path / "kz.atom").read_bytes()).entries) == 1
    with open_store(db, read_only=True) as store:
        pending = store.list_alerts(undelivered=True)
    assert [alert["watchlist"] for alert in pending] == ["blocked"]  # retried next cycle


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["watchlist", "add", "kz", "--entity", "Tokayev", "--email", "desk at example.org"],
         "--email 'desk at example.org': not an e-mail address"),
        (["watchlist", "add", "kz", "--entity", "Tokayev",
          "--email", "a@example.org, b@example.org"],
         "--email 'a@example.org, b@example.org': not an e-mail address"),
        (["watchlist", "add", "kz", "--entity", "Tokayev", "--email", "a@example.org",
          "--smtp", "mail.example.org"], "--smtp wants HOST:PORT, got 'mail.example.org'"),
        (["watchlist", "add", "kz", "--entity", "Tokayev", "--webhook", "file:///etc/passwd"],
         "--webhook 'file:///etc/passwd': not an http(s) URL"),
        (["watchlist", "add", "kz", "--entity", "Tokayev", "--webhook", "https://"],
         "--webhook 'https://': malformed URL (no host)"),
        (["watchlist", "add", "kz", "--entity", "Tokayev", "--webhook", "http://[::1/hook"],
         "--webhook 'http://[::1/hook': malformed URL (Invalid IPv6 URL)"),
        (["schedule", "add", "kz", "--when", "daily 07:00", "--to", "not an address"],
         "--to 'not an address': not an e-mail address"),
    ],
)
def test_a_delivery_that_could_never_be_made_is_refused_when_added(tmp_path, args, reason):
    db = str(tmp_path / "store.duckdb")
    result = subprocess.run([sys.executable, "-m", "newsdesk", *args, "--db", db],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: {reason}"]
    with open_store(db, read_only=True) as store:
        assert store.list_watchlists() == [] and store.list_schedules() == []


@pytest.mark.parametrize("group", ["feeds", "watchlist", "schedule"])
def test_removing_from_a_store_that_does_not_exist_does_not_create_it(tmp_path, group):
    db = tmp_path / "mistyped.duckdb"
    command = [sys.executable, "-m", "newsdesk", group, "remove", "kz", "--db", str(db)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1
    expected = f"error: {db}: no such store; run `newsdesk ingest` first"
    assert result.stderr.strip().splitlines() == [expected]
    assert list(tmp_path.iterdir()) == []


def test_a_feed_and_a_webhook_added_over_http_reach_no_private_host_when_polled(
    alerted, seed_paths, tmp_path
):
    """A feed or webhook added over HTTP is kept ``public_only``: checked when it is added and
    again at every poll and post, so a name that resolves to a private address later (here
    the loopback site itself) is refused, while the same site added on the command line is
    fetched as its user asked."""
    db = str(tmp_path / "store.duckdb")
    shutil.copy(alerted["db"], db)
    with Site() as site:
        site.feed_of("/feed.xml", seed_items(seed_paths))
        site.feed_of("/cli.xml", seed_items(seed_paths))
        with open_store(db) as store:
            add_feed(store, f"{site.base}/feed.xml", now=T0, name="http", public_only=True)
            add_feed(store, f"{site.base}/cli.xml", now=T0, name="cli")
            add_watchlist(store, "hooked", criteria={"entities": ["Toqaev"]}, now=T0,
                          deliveries=Deliveries(webhook=f"{site.base}/hook", public_only=True))
        report = _cycle(db, T0 + timedelta(days=1), analyse=True)
        posted = list(site.posted)
    polls = {poll.name: poll for poll in report.polls}
    assert "loopback, private" in str(polls["http"].error)
    assert polls["cli"].error is None
    assert posted == [] and any("hooked" in problem for problem in report.problems)


@pytest.mark.parametrize(
    ("when", "tz"),
    [
        ("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "UTC"),  # no 30 February
        ("RRULE:FREQ=DAILY;UNTIL=20250101T000000Z", "Europe/Berlin"),  # ended before T0
    ],
)
def test_a_schedule_whose_rule_gives_no_date_to_come_is_refused(tmp_path, when, tz):
    """It was stored, `newsdesk status` then said "next None" and no issue was ever sent."""
    with open_store(str(tmp_path / "live.duckdb")) as store:
        with pytest.raises(UsageError, match=r"the rule gives no date after now") as refused:
            add_schedule(store, "s", topic="Kazakhstan", when=when, to=["x@example.org"],
                         now=T0, tz=tz)
        assert refused.value.options == ("when",)
        assert store.list_schedules() == []


def test_an_issue_rule_with_until_in_utc_is_kept_and_status_names_its_next_issue(tmp_path):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "live.duckdb")
    runner = CliRunner()
    added = runner.invoke(app, ["schedule", "add", "s", "--when",
                                "RRULE:FREQ=DAILY;BYHOUR=7;UNTIL=21000101T000000Z",
                                "--to", "x@example.org", "--tz", "Europe/Berlin", "--db", db])
    assert added.exit_code == 0, added.output
    status = runner.invoke(app, ["status", "--db", db])
    assert status.exit_code == 0 and "schedule s: last never, next 2" in status.output


@pytest.mark.parametrize("kind", ["feed", "watchlist", "schedule"])
def test_a_blank_name_is_refused(tmp_path, kind):
    """A feed, watchlist or schedule named by spaces was kept and listed as nothing."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "live.duckdb")
    args = {
        "feed": ["feeds", "add", str(EXAMPLES), "--name", "  "],
        "watchlist": ["watchlist", "add", "  ", "--entity", "Tokayev"],
        "schedule": ["schedule", "add", "  ", "--when", "daily 07:00", "--to", "x@example.org"],
    }[kind]
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 2
    assert result.stderr == f"error: a {kind} name must not be blank\n"


@pytest.mark.parametrize(("given", "stored"), [("RU", "ru"), (" kk ", "kk"), (None, None)])
def test_a_feed_language_is_stored_as_the_article_filters_read_it(tmp_path, given, stored):
    from newsdesk import service

    with open_store(str(tmp_path / "live.duckdb")) as store:
        feed = service.add_feed(store, str(EXAMPLES), language=given, now=T0)
        assert feed["language"] == stored


def test_a_feed_language_that_is_no_code_is_refused(tmp_path):
    """`--language russian` stored articles under a language `search --lang` refuses."""
    from newsdesk import service

    with open_store(str(tmp_path / "live.duckdb")) as store:
        with pytest.raises(UsageError, match=r"ISO 639 code .* got 'russian'"):
            service.add_feed(store, str(EXAMPLES), language="russian", now=T0)
        assert store.list_feeds() == []


def test_a_feed_given_as_a_file_url_follows_the_file_it_names(tmp_path):
    """`feeds add file:///.../feed.atom` said "no such file or folder" of a file that is there."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    feed = Path(__file__).parent / "data" / "web" / "feed.atom"
    db = str(tmp_path / "live.duckdb")
    result = CliRunner().invoke(app, ["feeds", "add", feed.resolve().as_uri(), "--db", db])
    assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        assert [row["source"] for row in store.list_feeds()] == [str(feed.resolve())]


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--smtp", "mail.example.org"], 2,
         "error: --smtp wants HOST:PORT, got 'mail.example.org'"),
        (["--mail-from", "desk"], 2, "error: --mail-from 'desk': not an e-mail address"),
    ],
)
def test_watch_refuses_a_relay_or_sender_no_issue_could_go_through(tmp_path, args, code, said):
    """They were taken, and every issue due failed on them, cycle after cycle."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "live.duckdb")
    with open_store(db) as store:
        add_schedule(store, "s", topic="Kazakhstan", when="daily 07:00", to=["x@example.org"],
                     now=T0)
    result = CliRunner().invoke(app, ["watch", "--once", *args, "--db", db])
    assert (result.exit_code, result.stderr) == (code, said + "\n")


def test_watch_refuses_a_store_that_does_not_exist_and_makes_none(tmp_path):
    """A mistyped --db was made an empty store and watched for nothing, exit code 0."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = tmp_path / "typo.duckdb"
    result = CliRunner().invoke(app, ["watch", "--once", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {db}: no such store; run `newsdesk ingest` first\n"
    assert not db.exists()


def test_a_stored_rule_with_a_local_until_is_read_in_its_zone(tmp_path):
    """A rule kept before a local UNTIL was refused made every `newsdesk status` fail; it is
    read as a time of the schedule's zone."""
    from typer.testing import CliRunner

    from newsdesk.cli import app
    from newsdesk.feeds import iso
    from newsdesk.schedule import next_due

    db = str(tmp_path / "live.duckdb")
    schedule = {
        "name": "old", "topic": None, "rule": "RRULE:FREQ=DAILY;BYHOUR=7;UNTIL=21000101T080000",
        "tz": "Europe/Berlin", "recipients": ["x@example.org"], "created_at": iso(T0),
    }
    with open_store(db) as store:
        store.add_schedule(schedule)
    status = CliRunner().invoke(app, ["status", "--db", db])
    assert status.exit_code == 0, status.output
    assert "schedule old: last never, next 2" in status.output
    last = next_due(schedule, datetime(2099, 12, 31, 12, tzinfo=UTC))
    assert last is not None and last.isoformat() == "2100-01-01T07:00:00+01:00"
    assert next_due(schedule, datetime(2100, 1, 1, 12, tzinfo=UTC)) is None


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["feeds", "list"], "0 feeds"),
        (["watchlist", "list"], "0 watchlists"),
        (["schedule", "list"], "0 schedules"),
        (["alerts"], "0 alerts"),
    ],
)
def test_an_empty_live_list_says_none_on_stderr(tmp_path, seed_paths, args, said):
    """Each printed nothing at all, which does not tell "none" from "did not run"."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "live.duckdb")
    ingest([str(seed_paths[0])], db=db, workers=1)
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == f"{said}\n"
