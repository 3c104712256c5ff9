"""The entity registry's decisions over HTTP: the same operation as ``newsdesk entities``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from newsdesk.web import create_app


@pytest.fixture()
def db(seed_store: str, tmp_path) -> str:
    path = tmp_path / "desk.duckdb"
    shutil.copy(seed_store, path)
    return str(path)


def entities_listed(db: str) -> str:
    command = [sys.executable, "-m", "newsdesk", "entities", "--db", db, "--limit", "500"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_a_rename_is_kept_listed_and_shown_as_the_command_line_shows_it(db: str) -> None:
    with TestClient(create_app(db)) as client:
        assert client.get("/api/entities/decisions").json() == {"total": 0, "items": []}
        answer = client.post("/api/entities/rename",
                             json={"entity": "Wang Yi", "name": "Wang Yi (minister)"})
        assert answer.status_code == 201, answer.text
        renamed = answer.json()
        assert renamed["name"] == "Wang Yi (minister)"
        listed = client.get("/api/entities/decisions").json()
        assert [(d["action"], d["subject"], d["value"]) for d in listed["items"]] == [
            ("rename", "Wang Yi", "Wang Yi (minister)")
        ]
        assert client.get(f"/api/entities/{renamed['id']}").json()["entity"]["name"] == (
            "Wang Yi (minister)"
        )
    assert "Wang Yi (minister)" in entities_listed(db)


@pytest.mark.parametrize(
    ("path", "body", "missing"),
    [
        ("/api/entities/merge", {"entity": "Wang Yi", "other": "Nobody Atall"}, "Nobody Atall"),
        ("/api/entities/split", {"entity": "Nobody Atall", "alias": "Wang"}, "Nobody Atall"),
        ("/api/entities/rename", {"entity": "Nobody Atall", "name": "X"}, "Nobody Atall"),
    ],
)
def test_a_name_that_names_no_entity_is_404_and_keeps_nothing(
    db: str, path: str, body: dict, missing: str
) -> None:
    with TestClient(create_app(db)) as client:
        answer = client.post(path, json=body)
        assert answer.status_code == 404
        assert answer.json()["detail"] == f"no entity named {missing!r}"
        assert client.get("/api/entities/decisions").json()["total"] == 0


@pytest.mark.parametrize(
    "body", [{"entity": "Wang Yi"}, {"entity": "", "alias": "Wang"}, {"entity": "Wang Yi",
                                                                      "alias": "x", "db": "y"}]
)
def test_a_malformed_decision_is_422_in_one_line(db: str, body: dict) -> None:
    with TestClient(create_app(db)) as client:
        answer = client.post("/api/entities/split", json=body)
        assert answer.status_code == 422
        assert "\n" not in answer.json()["detail"]
        assert client.get("/api/entities/decisions").json()["total"] == 0


@pytest.mark.parametrize(
    ("path", "body", "detail"),
    [
        ("/api/entities/merge", {"entity": "China", "other": "PRC"},
         "'PRC' is 'China' already; nothing to merge"),
        ("/api/entities/split", {"entity": "China", "alias": "Kazakhstan"},
         "'Kazakhstan' is not an alias of 'China'; nothing to split"),
        ("/api/entities/rename", {"entity": "China", "name": "  "},
         "a rename wants a new name, got '  '"),
    ],
)
def test_a_decision_that_changes_nothing_or_blanks_a_name_is_422_and_not_kept(
    db: str, path: str, body: dict, detail: str
) -> None:
    with TestClient(create_app(db)) as client:
        answer = client.post(path, json=body)
        assert answer.status_code == 422
        assert answer.json()["detail"] == detail
        assert client.get("/api/entities/decisions").json()["total"] == 0
        assert client.get("/api/entities/China").json()["entity"]["name"] == "China"


def test_the_command_line_refuses_a_rename_to_no_name_in_one_line(db: str) -> None:
    command = [sys.executable, "-m", "newsdesk", "entities", "rename", "China", "", "--db", db]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == "error: a rename wants a new name, got ''\n"
    assert " China " in entities_listed(db)


def test_a_decision_queued_behind_a_long_job_answers_202_and_runs_later(db: str) -> None:
    with TestClient(create_app(db)) as client:
        desk = client.app.state.desk
        desk.wait = 0.2
        release = threading.Event()
        desk.jobs.submit("long", lambda job: release.wait(60))
        answer = client.post("/api/entities/rename", json={"entity": "Wang Yi", "name": "W. Yi"})
        assert answer.status_code == 202
        job = answer.json()["job"]
        release.set()
        deadline = time.monotonic() + 120
        while client.get(f"/api/jobs/{job}").json()["state"] in ("queued", "running"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert client.get(f"/api/jobs/{job}").json()["state"] == "done"
        assert client.get("/api/entities/decisions").json()["total"] == 1


def test_the_entity_page_and_the_api_write_a_decision_the_same_way(db: str) -> None:
    """The page's form redirects to the decision's job, whose result is the entity as the
    API answers it; a name that names no entity is refused at once by both, nothing kept."""
    with TestClient(create_app(db)) as client:
        entity = client.get("/api/entities", params={"q": "Wang Yi"}).json()["items"][0]["id"]
        form = {"action": "rename", "value": "Wang Yi (minister)"}
        answer = client.post(f"/entities/{entity}/decision", data=form, follow_redirects=False)
        assert answer.status_code == 303
        job = client.get(answer.headers["location"].replace("/jobs/", "/api/jobs/")).json()
        assert job["state"] == "done" and job["result"]["name"] == "Wang Yi (minister)"
        again = {"entity": job["result"]["id"], "name": "Wang Yi (minister)"}
        assert job["result"] == client.post("/api/entities/rename", json=again).json()
        assert f'href="/entities/{job["result"]["id"]}"' in client.get(
            answer.headers["location"]).text
        refused = client.post(f"/entities/{entity}/decision",
                              data={"action": "merge", "value": "Nobody Atall"})
        assert refused.status_code == 404 and "no entity named" in refused.text
        assert client.get("/api/entities/decisions").json()["total"] == 2


@pytest.mark.parametrize(
    ("method", "path", "status", "allow"),
    [
        ("POST", "/api/entities/frobnicate", 404, None),  # answered 405, as {id} matched it
        ("DELETE", "/api/entities/Nobody%20Atall", 404, None),
        ("POST", "/api/entities/Wang%20Yi", 405, "GET"),  # an entity's profile is read alone
        ("DELETE", "/api/entities/merge", 405, "POST"),
        ("POST", "/api/entities/decisions", 405, "GET"),
    ],
)
def test_a_write_to_no_action_is_404_naming_it_and_a_wrong_method_405(
    db: str, method: str, path: str, status: int, allow: str | None
) -> None:
    with TestClient(create_app(db)) as client:
        answer = client.request(method, path, json={"entity": "Wang Yi", "name": "X"})
        assert answer.status_code == status, answer.text
        assert answer.headers.get("allow") == allow
        if status == 404:
            word = path.rsplit("/", 1)[1].replace("%20", " ")
            assert f"no entity action or entity {word!r}" in answer.json()["detail"]
            assert "merge, split, rename" in answer.json()["detail"]
        assert client.get("/api/entities/decisions").json()["total"] == 0
