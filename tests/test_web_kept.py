"""The desk's slow pages read values it keeps once per change of the store: the merged
timeline, the footprints' evidence and the home page's brief. What a page shows from a kept
value is what it showed when it computed it on each request (the seeds' store)."""

from __future__ import annotations

import html
import json
import re
import shutil

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from newsdesk import service
from newsdesk.brief import brief_settings
from newsdesk.brief.build import Ranker, load_corpus
from newsdesk.footprint import Evidence
from newsdesk.timeline import merged_timeline
from newsdesk.web import create_app
from newsdesk.web.pages import BUILDING_BRIEF, BUILDING_FOOTPRINT, BUILDING_TIMELINE, render

PAIRS = [("China", "Kazakhstan"), ("Russia", "Kazakhstan"), ("Kazakhstan", "Kazakhstan")]


@pytest.fixture(scope="module")
def client(seed_store: str, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("kept") / "desk.duckdb"
    shutil.copy(seed_store, path)
    with TestClient(create_app(str(path))) as client:
        yield client


def as_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str)


@pytest.mark.parametrize(
    "filters",
    [{}, {"entity": "Tokayev"}, {"date_from": "2022-01"}, {"readable": True},
     {"readable": True, "entity": "Kazakhstan"}],
)
def test_a_timeline_from_the_kept_events_is_the_timeline_computed_afresh(
    client: TestClient, filters: dict
) -> None:
    desk = client.app.state.desk
    with desk.reading() as store:
        afresh = service.timeline(store, **filters)
        kept = desk.timeline_events(store)
        before = as_json(kept)
        assert as_json(service.timeline(store, merged=kept, **filters)) == as_json(afresh)
        assert as_json(desk.timeline_events(store)) == before  # reading it changes nothing
        assert desk.timeline_events(store) is kept
    assert afresh


def test_the_timeline_pages_show_what_the_store_gives(client: TestClient) -> None:
    desk = client.app.state.desk
    with desk.reading() as store:
        events = service.timeline(store)
        readable = service.timeline(store, readable=True)
    api = client.get("/api/timeline", params={"limit": 500}).json()
    assert api["total"] == len(events) and as_json(api["items"]) == as_json(events)
    api = client.get("/api/timeline", params={"limit": 500, "readable": True}).json()
    assert as_json(api["items"]) == as_json(readable)
    page = client.get("/timeline").text
    assert all(event["cameo"] in page for event in events)


@pytest.mark.parametrize(("power", "country"), PAIRS)
def test_a_footprint_from_kept_evidence_is_the_footprint_computed_afresh(
    client: TestClient, power: str, country: str
) -> None:
    desk = client.app.state.desk
    with desk.reading() as store:
        evidence = desk.footprint_evidence(store)
        assert evidence.timeline is desk.timeline_events(store)
        for kept in (lambda: evidence, lambda: Evidence.read(store, timeline=merged_timeline(store))):
            assert as_json(service.footprint(store, power=power, country=country, evidence=kept)) \
                == as_json(service.footprint(store, power=power, country=country))
            assert as_json(service.footprint_countries(store, power=power, evidence=kept)) \
                == as_json(service.footprint_countries(store, power=power))
    found = client.get("/api/footprint", params={"power": power, "country": country}).json()
    with desk.reading() as store:
        points = service.footprint(store, power=power, country=country)["points"]
    assert found["total"] == len(points)


def test_china_in_kazakhstan_has_points_of_every_kind_the_seeds_hold(client: TestClient) -> None:
    with client.app.state.desk.reading() as store:
        found = service.footprint(store, power="China", country="Kazakhstan")
    assert {point["kind"] for point in found["points"]} >= {"event", "statement"}
    page = client.get("/footprint", params={"power": "China", "country": "Kazakhstan"}).text
    assert "Kazakhstan" in page and page.count("<tr") >= len(found["points"])


def test_the_sources_page_links_each_speaker_to_the_entity_find_entity_gives(
    client: TestClient,
) -> None:
    with client.app.state.desk.reading() as store:
        page = service.list_sources(store, limit=None, profiles=True)
        assert page.items
        for row in page.items:
            found = store.find_entity(row["speaker"])
            assert row["profile"] == (found["id"] if found else None), row["speaker"]
        assert store.find_entity_ids([]) == {}
        assert store.find_entity_ids(["Narnia"]) == {"Narnia": None}


def test_question_relevance_in_one_batch_is_each_pair_alone(client: TestClient) -> None:
    with client.app.state.desk.reading() as store:
        settings = brief_settings()
        corpus = load_corpus(store, settings)
    ranker = Ranker(corpus, settings)
    texts = [candidate.text for candidate in ranker.candidates[:40]]
    question = "What did China say about Kazakhstan?"
    alone = []
    for text in texts:
        vectors = ranker.vectorizer.transform([text, question])
        alone.append(float(vectors[0].multiply(vectors[1]).sum()))
    assert ranker.question_relevance(texts, question) == alone
    assert any(alone) and ranker.question_relevance([], question) == []


def test_the_home_page_shows_the_brief_once_made_and_says_so_before(client: TestClient) -> None:
    desk = client.app.state.desk
    made = desk.home_brief(within=120)  # the page itself waits HOME_WAIT seconds at most
    with desk.reading() as store:
        assert made is desk.brief(store)
    home = client.get("/").text
    cited = re.findall(r"#span-(\d+-\d+)", home)
    assert cited and set(cited) <= set(re.findall(r"#span-(\d+-\d+)", client.get("/brief").text))
    assert BUILDING_BRIEF not in home
    waiting = render("home.html", brief=None, building=BUILDING_BRIEF, numbers={},
                     stories=service.Page(total=0, items=[]),
                     latest=service.Page(total=0, items=[])).body.decode()
    assert BUILDING_BRIEF in html.unescape(waiting) and "the whole brief" not in waiting


def test_a_value_not_made_in_time_is_none_and_made_for_the_next_visit(
    seed_store: str, tmp_path
) -> None:
    """``Desk.soon``: a page asking for the timeline before it is made gets None at once (and
    says so); the making goes on and the next ask finds the value the store gives."""
    path = tmp_path / "fresh.duckdb"
    shutil.copy(seed_store, path)
    with TestClient(create_app(str(path))) as fresh:
        desk = fresh.app.state.desk
        assert desk.timeline_soon(within=0) is None
        made = desk.timeline_soon(within=120)
        with desk.reading() as store:
            assert made is desk.timeline_events(store)
            assert as_json(made) == as_json(merged_timeline(store))
        assert desk.evidence_soon(within=120).timeline is made


@pytest.mark.parametrize(
    ("page", "note"), [("timeline.html", BUILDING_TIMELINE), ("footprint.html", BUILDING_FOOTPRINT)]
)
def test_a_page_whose_values_are_being_made_says_so(page: str, note: str) -> None:
    filters = {"entity": None, "since": None, "until": None}
    shown = render(page, events=[], chart=None, filters=filters, found=None, charts={},
                   power="China", country="", building=note).body.decode()
    assert note in html.unescape(shown) and "no events" not in shown


def test_the_page_code_loaded_at_the_start_leaves_the_brief_and_pages_as_they_were(
    client: TestClient,
) -> None:
    """``Desk.warm_up`` (the server's start) loads the slow pages' modules and the brief's
    tagger and reads nothing of the store; the brief a server then builds and the pages that
    show it are those of a brief built afresh on the store."""
    import sys

    from newsdesk.brief.render import render_json
    from newsdesk.prose import _tagger
    from newsdesk.service.desk import PAGE_MODULES

    client.app.state.desk.warm_up().join(120)
    assert set(PAGE_MODULES) <= set(sys.modules) and _tagger.cache_info().currsize == 1
    with client.app.state.desk.reading() as store:
        afresh = service.brief(store)
    assert render_json(client.app.state.desk.home_brief(within=120)) == render_json(afresh)
    assert client.get("/api/brief").text == render_json(afresh)
    home = set(re.findall(r"#span-(\d+-\d+)", client.get("/").text))
    assert home and home <= set(re.findall(r"#span-(\d+-\d+)", client.get("/brief").text))



def test_the_start_compiles_the_pages_templates_after_the_page_code(client: TestClient) -> None:
    """``Desk.warm_up(then=...)`` runs ``then`` after the page code (the app's start passes it
    the templates' compilation); a page rendered afterwards is the page rendered before."""
    from newsdesk.web.pages import compile_templates

    before = client.get("/search?q=china").text
    done: list[str] = []
    client.app.state.desk.warm_up(then=lambda: done.append(compile_templates() or "compiled")).join(120)
    assert done == ["compiled"] and client.get("/search?q=china").text == before
