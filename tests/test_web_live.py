"""The live desk over HTTP: feeds, watchlists, alerts and schedules managed through the API and
seen the same by the command line (FastAPI's TestClient on a real store, the bundled examples)."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.store import open_store
from newsdesk.web import create_app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FEED = "https://www.rferl.org/api/zrqiteuuir"


def newsdesk(db: str, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == code, result.output
    return result.stdout if code == 0 else result.stderr


def stored(db: str) -> tuple[list, list, list]:
    with open_store(db, read_only=True) as store:
        return store.list_feeds(), store.list_watchlists(), store.list_schedules()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "live.duckdb")


def test_a_feed_added_over_http_is_the_one_the_command_line_lists(db: str) -> None:
    with TestClient(create_app(db)) as client:
        added = client.post("/api/feeds", json={"source": FEED, "every": "30m", "name": "rferl"})
        assert added.status_code == 201 and added.json()["every_s"] == 1800
    assert "rferl  every 1800 s  last never" in newsdesk(db, "feeds", "list")
    newsdesk(db, "feeds", "add", str(EXAMPLES), "--name", "examples")
    with TestClient(create_app(db)) as client:
        feeds = client.get("/api/feeds").json()
        assert [feed["name"] for feed in feeds["items"]] == ["examples", "rferl"]
        assert feeds["items"][0]["source"] == str(EXAMPLES) and feeds["items"][0]["rejects"] == []
        assert client.delete("/api/feeds/rferl").json() == {"removed": "rferl"}
        assert client.delete("/api/feeds/examples").status_code == 200
        assert client.get("/api/feeds").json() == {"total": 0, "items": []}
    assert newsdesk(db, "feeds", "list") == ""


def test_a_feed_named_by_its_url_is_removed_by_that_name(db: str) -> None:
    with TestClient(create_app(db)) as client:
        name = client.post("/api/feeds", json={"source": FEED}).json()["name"]
        assert name == "www.rferl.org/api/zrqiteuuir"
        assert client.delete(f"/api/feeds/{name}").json() == {"removed": name}


@pytest.mark.parametrize(
    ("path", "body", "status", "detail"),
    [
        ("/api/feeds", {"source": str(EXAMPLES)}, 422, "must be an http(s) URL"),
        ("/api/feeds", {"source": "file:///etc/passwd"}, 422, "'file:///etc/passwd'"),
        ("/api/feeds", {"source": FEED, "every": "1s"}, 422, "interval '1s'"),
        ("/api/feeds", {"source": FEED, "every": "often"}, 422, "interval 'often'"),
        ("/api/feeds", {"source": FEED, "name": "kz"}, 422, "a feed named 'kz' exists"),
        ("/api/watchlists", {"name": "empty"}, 422,
         "at least one of entities, keywords, outlets, countries or event_types"),
        ("/api/watchlists", {"name": "kz", "keywords": ["x"]}, 422, "'kz' exists"),
        ("/api/watchlists", {"name": "e", "event_types": ["BOGUS"]}, 422,
         "event_types 'BOGUS': no PLOVER type, CAMEO code or action"),
        ("/api/watchlists", {"name": "m", "keywords": ["x"], "email": ["desk"]}, 422,
         "email 'desk': not an e-mail address"),
        ("/api/watchlists", {"name": "h", "keywords": ["x"], "webhook": "ftp://h/x"}, 422,
         "webhook 'ftp://h/x': not an http(s) URL"),
        ("/api/feeds", {"source": "http://127.0.0.1:8080/feed.xml"}, 422,
         "'http://127.0.0.1:8080/feed.xml': its host is not a public address"),
        ("/api/watchlists", {"name": "h", "keywords": ["x"],
                             "webhook": "http://169.254.169.254/latest/meta-data/"}, 422,
         "its host is not a public address"),
        ("/api/watchlists", {"name": "h", "keywords": ["x"], "smtp": "10.0.0.5:6379"}, 422,
         "smtp"),
        ("/api/schedules", {"name": "s", "when": "someday", "to": ["a@example.org"]}, 422,
         "when 'someday'"),
        ("/api/schedules", {"name": "s", "when": "Mon 09:00", "to": []}, 422,
         "at least one to address"),
        ("/api/schedules", {"name": "s", "when": "Mon 09:00", "to": ["a@example.org"],
                            "tz": "Mars/Olympus"}, 422, "Mars/Olympus"),
    ],
)
def test_bad_input_is_refused_in_one_line_naming_it_and_stores_nothing(
    db: str, path: str, body: dict, status: int, detail: str
) -> None:
    with open_store(db) as store:  # a store holding one of each, named kz
        from newsdesk import service

        service.add_feed(store, FEED, name="kz")
        service.add_watchlist(store, "kz", criteria={"keywords": ["Kazakhstan"]})
        service.add_schedule(store, "kz", when="Mon 09:00", to=["desk@example.org"])
    before = stored(db)
    with TestClient(create_app(db)) as client:
        answer = client.post(path, json=body)
    assert answer.status_code == status
    assert detail in answer.json()["detail"] and "\n" not in answer.json()["detail"]
    assert " --" not in answer.json()["detail"]  # the command line's options are not named
    assert stored(db) == before


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/feeds", {"source": FEED, "name": "kz"}, "name"),
        ("/api/watchlists", {"name": "m", "keywords": ["x"], "email": ["desk"]}, "email"),
        ("/api/schedules", {"name": "s", "when": "someday", "to": ["a@example.org"]}, "when"),
        ("/api/schedules", {"name": "s", "when": "Mon 09:00", "to": ["a@example.org"],
                            "tz": "Mars/Olympus"}, "tz"),
    ],
)
def test_a_refusal_names_the_json_field_it_is_about(
    db: str, path: str, body: dict, field: str
) -> None:
    with open_store(db) as store:
        from newsdesk import service

        service.add_feed(store, FEED, name="kz")
    with TestClient(create_app(db)) as client:
        answer = client.post(path, json=body)
    assert answer.status_code == 422
    assert answer.json()["field"] == field
    assert answer.json()["detail"].split()[-1 if field == "name" else 0] == field


@pytest.mark.parametrize(
    ("path", "body", "field", "detail"),
    [
        ("/api/watchlists", {"name": "kz", "keywords": ["x"]}, "name",
         "a watchlist named 'kz' exists; remove it first"),
        ("/api/schedules", {"name": "kz", "when": "Mon 09:00", "to": ["a@example.org"]}, "name",
         "a schedule named 'kz' exists; remove it first"),
        ("/api/feeds", {"source": FEED, "name": "  "}, "name", "a feed name must not be blank"),
        ("/api/watchlists", {"name": " ", "keywords": ["x"]}, "name",
         "a watchlist name must not be blank"),
        ("/api/schedules", {"name": " ", "when": "Mon 09:00", "to": "a@example.org"}, "name",
         "a schedule name must not be blank"),
        ("/api/feeds", {"source": FEED, "name": "ru", "language": "russian"}, "language",
         "language wants an ISO 639 code such as en, ru or kk, got 'russian'"),
        ("/api/schedules", {"name": "s", "when": "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
                            "to": "a@example.org"}, "when",
         "when 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30': the rule gives no date after now, "
         "so no issue would be sent"),
    ],
)
def test_a_name_taken_or_blank_a_language_and_a_rule_with_no_date_are_refused_naming_the_field(
    db: str, path: str, body: dict, field: str, detail: str
) -> None:
    with open_store(db) as store:
        from newsdesk import service

        service.add_watchlist(store, "kz", criteria={"keywords": ["Kazakhstan"]})
        service.add_schedule(store, "kz", when="Mon 09:00", to=["desk@example.org"])
    before = stored(db)
    with TestClient(create_app(db)) as client:
        answer = client.post(path, json=body)
    assert answer.status_code == 422
    assert answer.json() == {"detail": detail, "field": field}
    assert stored(db) == before


def test_one_address_is_taken_as_a_string_as_one_to_or_email_option(db: str) -> None:
    """`"to": "desk@example.org"` answered "to: Input should be a valid list"."""
    with TestClient(create_app(db)) as client:
        schedule = client.post("/api/schedules", json={
            "name": "digest", "when": "Mon 09:00", "to": "desk@example.org"})
        watchlist = client.post("/api/watchlists", json={
            "name": "kz", "keywords": ["Almaty"], "email": "desk@example.org"})
    assert schedule.status_code == 201 and schedule.json()["recipients"] == ["desk@example.org"]
    assert watchlist.status_code == 201
    assert stored(db)[1][0]["deliveries"]["email"] == ["desk@example.org"]


@pytest.mark.parametrize("kind", ["feeds", "watchlists", "schedules"])
def test_removing_a_name_that_names_nothing_is_404_as_on_the_command_line(
    db: str, kind: str
) -> None:
    with TestClient(create_app(db)) as client:
        answer = client.delete(f"/api/{kind}/kz")
    assert answer.status_code == 404 and "'kz'" in answer.json()["detail"]
    assert "newsdesk" not in answer.json()["detail"]  # the command line's listing is its own
    group = {"watchlists": "watchlist", "schedules": "schedule"}.get(kind, kind)
    listing = {"feeds": "feeds list"}.get(kind, f"{group} list")
    assert newsdesk(db, group, "remove", "kz", code=1).endswith(
        f"no {group.removesuffix('s')} named 'kz'; see `newsdesk {listing}`\n")


def test_a_body_a_cross_site_form_could_send_is_refused(db: str) -> None:
    """A form of another site can POST text/plain without asking first; JSON it cannot."""
    with TestClient(create_app(db)) as client:
        answer = client.post("/api/feeds", content=f'{{"source": "{FEED}"}}',
                             headers={"content-type": "text/plain"})
        assert answer.status_code == 422
        assert client.get("/api/feeds").json()["total"] == 0
        cut = client.post("/api/feeds", content=b'{"source": ',
                          headers={"content-type": "application/json"})
        assert cut.status_code == 422
        assert cut.json()["detail"] == "the request body is not JSON (Expecting value)"


def test_a_token_guards_the_live_desk_writes(db: str) -> None:
    with TestClient(create_app(db, token="s3cret")) as client:
        assert client.post("/api/feeds", json={"source": FEED}).status_code == 401
        assert client.get("/api/feeds").status_code == 401
        bearer = {"Authorization": "Bearer s3cret"}
        assert client.post("/api/feeds", json={"source": FEED}, headers=bearer).status_code == 201
    assert [feed["source"] for feed in stored(db)[0]] == [FEED]


def test_watchlists_alerts_and_schedules_read_the_same_over_http_and_on_the_command_line(
    db: str,
) -> None:
    from newsdesk.alerts import evaluate_watchlists
    from newsdesk.ingest import ingest

    with TestClient(create_app(db)) as client:
        watch = {"name": "kz", "keywords": ["Kazakhstan"], "entities": ["Tokayev"]}
        assert client.post("/api/watchlists", json=watch).status_code == 201
        issue = {"name": "weekly", "when": "Mon 09:00", "to": ["desk@example.org"],
                 "topic": "Kazakhstan", "tz": "Asia/Almaty"}
        assert client.post("/api/schedules", json=issue).json()["rule"].startswith("RRULE:")
    ingest([str(EXAMPLES)], db=db, workers=1)  # after the watchlist: these are new to it
    assert evaluate_watchlists(db=db, now=datetime.now(UTC))[0] > 0
    with TestClient(create_app(db)) as client:
        alerts = client.get("/api/alerts", params={"watchlist": "kz", "limit": 500}).json()
        printed = newsdesk(db, "alerts", "--watchlist", "kz").splitlines()
        assert len(printed) == alerts["total"] > 0
        assert all(alert["article_id"] in line for alert, line in zip(alerts["items"], printed))
        assert client.get("/api/alerts", params={"watchlist": "no"}).status_code == 404
        watchlists = client.get("/api/watchlists").json()["items"]
        assert watchlists[0]["criteria"]["keywords"] == ["Kazakhstan"]
        assert newsdesk(db, "watchlist", "list").startswith("kz: entities: Tokayev; keywords")
        schedules = client.get("/api/schedules").json()["items"]
        assert schedules[0]["tz"] == "Asia/Almaty" and schedules[0]["issues"] == []
        assert f"weekly: {schedules[0]['rule']} (Asia/Almaty)" in newsdesk(db, "schedule", "list")
        status = client.get("/api/status").json()
        next_due = status["schedules"][0]["next_due"]
        assert f"schedule weekly: last never, next {next_due}" in newsdesk(db, "status")
        assert client.delete("/api/watchlists/kz").status_code == 200
        assert client.get("/api/alerts").json()["total"] == 0  # its alerts went with it
        assert client.delete("/api/schedules/weekly").json() == {"removed": "weekly"}
    assert newsdesk(db, "alerts", "--watchlist", "kz", code=1).startswith("error: no watchlist")


def test_a_write_queued_behind_a_longer_job_answers_with_the_job(db: str) -> None:
    from newsdesk import service
    from newsdesk.service.desk import Desk

    desk = Desk(db, wait=0.5)
    release = threading.Event()
    try:
        desk.jobs.submit("long", lambda job: release.wait(60))
        written = desk.write("add feed", lambda store: service.add_feed(store, FEED))
        assert not written.ended and written.job.state == "queued"
        release.set()
        desk.jobs.wait(60)
        assert written.job.state == "done" and written.job.result["source"] == FEED
    finally:
        release.set()
        desk.close()
    assert [feed["source"] for feed in stored(db)[0]] == [FEED]


def test_issues_read_the_same_over_http_and_on_the_command_line_and_outlive_their_schedule(
    db: str,
) -> None:
    from newsdesk import service
    from newsdesk.schedule import remove_schedule

    with open_store(db) as store:
        service.add_schedule(store, "weekly", when="Mon 09:00", to=["desk@example.org"])
        assert store.claim_issue(schedule="weekly", due_at="2026-01-05T09:00:00+00:00", since=None)
        remove_schedule(store, "weekly")
    with TestClient(create_app(db)) as client:
        issues = client.get("/api/issues").json()
    assert issues["total"] == 1 and issues["items"][0]["schedule"] == "weekly"
    assert newsdesk(db, "schedule", "list") == (
        f"  issue weekly due 2026-01-05T09:00:00+00:00: {issues['items'][0]['status']} \n")


def test_issues_are_paged_in_the_store_query(db: str) -> None:
    from newsdesk import service

    due = [f"2026-01-{day:02d}T09:00:00+00:00" for day in (5, 12, 19)]
    with open_store(db) as store:
        service.add_schedule(store, "weekly", when="Mon 09:00", to=["desk@example.org"])
        for at in reversed(due):
            assert store.claim_issue(schedule="weekly", due_at=at, since=None)
        assert [i["due_at"] for i in store.list_issues(limit=1, offset=1)] == due[1:2]
    with TestClient(create_app(db)) as client:
        page = client.get("/api/issues", params={"limit": 2, "offset": 1}).json()
        beyond = client.get("/api/issues", params={"offset": 5}).json()
    assert page["total"] == 3 and [i["due_at"] for i in page["items"]] == due[1:]
    assert beyond == {"total": 3, "items": []}


def test_a_bad_item_names_the_setting_as_each_face_spells_it(db: str) -> None:
    """A feed item without text points to following links: ``--follow-links`` on the command
    line, the feed's ``follow_links`` field over HTTP; the stored reason names neither."""
    feed = Path(__file__).resolve().parent / "data" / "web" / "feed.rss"
    newsdesk(db, "feeds", "add", str(feed), "--name", "web")
    newsdesk(db, "watch", "--once", "--no-analyse", code=1)
    assert "item has no text (add --follow-links to fetch the page)" in newsdesk(
        db, "feeds", "list")
    with TestClient(create_app(db)) as client:
        [reject] = client.get("/api/feeds").json()["items"][0]["rejects"]
    assert reject["problem"].endswith(
        'item has no text (add "follow_links": true to the feed to fetch the page)')
    with open_store(db, read_only=True) as store:
        [stored] = store.feed_rejects("web")
    assert stored["problem"].endswith("(add the follow_links setting to fetch the page)")


def test_an_unknown_entity_is_watched_with_a_warning(seed_store: str, tmp_path: Path) -> None:
    """`watchlist add --entity "Nobody Atall"` was taken without a word; it is still taken (a
    watchlist may come before its subject's first article), with a warning naming it."""
    db = str(tmp_path / "examples.duckdb")
    shutil.copy(seed_store, db)
    with TestClient(create_app(db)) as client:
        watched = {"name": "kz", "entities": ["Nobody Atall", "Tokayev", "toqaev"]}
        answer = client.post("/api/watchlists", json=watched)
    assert answer.status_code == 201
    assert answer.json()["criteria"]["entities"] == ["Nobody Atall", "Tokayev", "toqaev"]
    [warning] = answer.json()["warnings"]
    assert warning.startswith("entity 'Nobody Atall': the registry knows no entity")
    command = ["watchlist", "add", "w", "--entity", "Nobody Atall", "--entity", "Tokayev"]
    result = CliRunner().invoke(app, [*command, "--db", db])
    assert result.exit_code == 0 and result.stdout == "watching w\n"
    assert result.stderr == f"warning: {warning}\n"
    known = CliRunner().invoke(app, ["watchlist", "add", "k", "--entity", "Tokayev", "--db", db])
    assert known.exit_code == 0 and known.stderr == ""
    assert [row["name"] for row in stored(db)[1]] == ["k", "kz", "w"]


def test_a_watched_entity_on_a_store_with_no_entities_says_the_store_is_empty(db: str) -> None:
    """One line says the registry is empty, not one line per name calling each unknown."""
    with TestClient(create_app(db)) as client:
        watched = {"name": "kz", "entities": ["Tokayev", "Nobody Atall"], "keywords": ["Almaty"]}
        answer = client.post("/api/watchlists", json=watched)
        no_entity = client.post("/api/watchlists", json={"name": "k", "keywords": ["Almaty"]})
    assert answer.status_code == 201 and answer.json()["warnings"] == [
        "the store holds no entities yet (no article analysed): 'Tokayev', 'Nobody Atall' are "
        "matched as whole words until the registry knows them"
    ]
    assert no_entity.json()["warnings"] == []
