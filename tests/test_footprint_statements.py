"""The footprint's information dimension: what a power's voices say about a country.

Real text: the seeds (Chinese leaders and officials on Kazakhstan, with one seed copied so the
store holds an exact copy), and AllSides articles from ../shared (USA TODAY on the 2014
eastern Ukraine referendums, CNN on Russia's 2015 strikes in Syria), where officials of both
sides of a pair speak about each other.
"""

from __future__ import annotations

import gzip
import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, need_shared
from newsdesk.analyse import analyse
from newsdesk.cli import app
from newsdesk.footprint import DIMENSIONS, footprint, summary
from newsdesk.ingest import ingest
from newsdesk.names import countries_in
from newsdesk.sentences import split_sentences
from newsdesk.state_voices import country_name, speaks_for, state_media
from newsdesk.store import open_store

ALLSIDES = "data/corpus/allsides-article-bias/articles.jsonl.gz"
# USA TODAY 2014-05-11 (eastern Ukraine referendums); CNN 2015-10-08 (Russian strikes in Syria)
ALLSIDES_IDS = ("eGEX4iUgHdLVY2Us", "ImWEuzpBPGc8956D")
COPIED_SEED = "003"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("statements")
    inputs = folder / "inputs"
    shutil.copytree(EXAMPLES, inputs)
    seed = next(EXAMPLES.glob(f"{COPIED_SEED}_*.txt"))
    shutil.copy(seed, inputs / f"copy_of_{seed.name}")
    with gzip.open(need_shared(ALLSIDES), "rt", encoding="utf-8") as lines:
        chosen = [line for line in lines if json.loads(line)["ID"] in ALLSIDES_IDS]
    (inputs / "allsides.jsonl").write_text("".join(chosen), encoding="utf-8")
    path = str(folder / "store.duckdb")
    ingest([str(inputs)], db=path, workers=1)
    analyse(db=path, workers=1)
    return path


@pytest.fixture(scope="module")
def store(store_path):
    with open_store(store_path, read_only=True) as opened:
        yield opened


def _statements(store, power: str, country: str) -> list[dict]:
    return [p for p in footprint(store, power, country) if p["kind"] == "statement"]


def _stored_quote(store, point: dict) -> dict:
    quotes = store.layer("quotes")[point["article_id"]]
    return next(q for q in quotes if (q["start"], q["end"]) == (point["start"], point["end"]))


def _entity(store, quote: dict) -> dict | None:
    return store.find_entity(quote["speaker"])


# -- who speaks for a state: the stored fields of real attributions -------------------------------

# (speaker, role, affiliation, registry country, gazetteer id, the state spoken for), as the quote
# layer stores them for sentences of the seeds and the two AllSides articles
SPEAKERS = [
    ("Wang Wenbin", "spokesman", "Chinese Foreign Ministry", "CHN", None, "China"),
    ("Zhang Xiao", "ambassador to Kazakhstan", "China", "CHN", None, "China"),
    ("Wang Yi", "Chinese Foreign Minister", None, "CHN", None, "China"),
    ("Xi Jinping", None, None, "CHN", "person:XI_JINPING", "China"),
    ("Russian Foreign Ministry", None, None, None, None, "Russia"),
    ("Oleksandr Turchynov", "President", None, "UKR", "person:OLEKSANDR_TURCHYNOV", "Ukraine"),
    ("Ukraine's president", None, None, None, None, "Ukraine"),
    ("Ali Abdullah Ayyoub", "Syrian army chief of staff", None, None, None, "Syria"),
    ("Sergei Shoigu", "Russian Defense Minister", None, "RUS", None, "Russia"),
    ("a senior Russian official", "official", "senior Russian", None, None, "Russia"),
    ("Ashton Carter", "U.S. Defense Secretary", None, "USA", None, "United States"),
    ("Central Kosovar authorities", None, None, None, None, "Kosovo"),
    ("Russia", None, None, "RUS", "RUS", "Russia"),
    ("Xinhua News Agency", None, None, None, None, "China"),
    # AllSides: "The Russian embassy in London said ...", "Surinder Bhagat, a counseller at the
    # Indian Embassy in Doha, the capital of Qatar, said ..."
    ("The Russian embassy in London", None, None, None, None, "Russia"),
    ("Surinder Bhagat", "counseller", "Indian Embassy in Doha", None, None, "India"),
    # experts, scholars, citizens, international bodies and movements speak for no state
    ("Alexander Gabuev", "Chinese expert", "Carnegie Moscow Center", "CHN", None, None),
    ("Sergey Radchenko", None, "Johns Hopkins", "CHN", None, None),
    ("Jakub Jakobowski", "senior fellow", "Center for Eastern Studies", None, None, None),
    ("some of China's most prominent Central Asia watchers", None, None, None, None, None),
    ("South China Morning Post", None, None, None, None, None),
    ("Jens Stoltenberg", "chief", "NATO", "NOR", "person:JENS_STOLTENBERG", None),
    ("Denis Pushilin", "leading member of the self-proclaimed Donetsk People's Republic",
     "Donetsk People's Republic", None, None, None),
    ("Maria Kalamoyetsk", None, None, None, None, None),
    # the article's "French President" wins over a registry country the roles got wrong
    ("Francois Hollande", "French President", None, "UKR", None, "France"),
    ("Galina Sergeyovna", "nurse at the town's hospital", None, None, None, None),
    # a party's or a faith's adjective names no state ("Democratic" is no Congo's, "Christian"
    # no Christmas Island's); a nationality word names its own state, not one it begins
    ("Ralph Northam", "Democratic governor", None, None, None, None),
    ("Mitch McConnell", "Republican leader", None, None, None, None),
    ("Franklin Graham", "Christian leader", None, None, None, None),
    ("Danilo Medina", "Dominican President", None, None, None, "Dominican Republic"),
]


@pytest.mark.parametrize("speaker, role, affiliation, country, gazetteer, state", SPEAKERS)
def test_speaks_for_reads_role_affiliation_and_registry(speaker, role, affiliation, country,
                                                        gazetteer, state):
    quote = {"speaker": speaker, "role": role, "affiliation": affiliation}
    entity = {"country": country, "gazetteer": gazetteer} if country or gazetteer else None
    assert speaks_for(quote, entity=entity) == state


@pytest.mark.parametrize("name, state", [("Xinhua News Agency", "China"), ("TASS", "Russia"),
                                         ("the state-run Global Times", "China"),
                                         ("South China Morning Post", None), ("Reuters", None)])
def test_state_media(name, state):
    assert state_media(name) == state


# -- statement points on the seeds ----------------------------------------------------------------

def test_chinese_officials_on_kazakhstan_fill_the_information_dimension(store):
    points = _statements(store, "China", "Kazakhstan")
    assert points
    for point in points:
        quote = _stored_quote(store, point)
        text = store.get_article(point["article_id"]).text
        assert point["dimension"] == "information" and point["power"] == "China"
        assert speaks_for(quote, entity=_entity(store, quote)) == "China"
        assert text[point["start"]:point["end"]] == point["text"] == quote["text"]
        assert point["label"].startswith(quote["speaker"]) and point["date"]


def test_every_statement_names_the_country_in_its_sentence(store):
    mentions = store.article_entities()
    countries = {e["id"]: e["country"] for e in store.list_entities()}
    for point in _statements(store, "China", "Kazakhstan"):
        text = store.get_article(point["article_id"]).text
        start, end = next((s, e) for s, e in split_sentences(text) if s <= point["start"] < e)
        end = max(end, point["end"])
        by_entity = {country_name(countries[item["entity"]])
                     for item in mentions[point["article_id"]]
                     for m in item["mentions"] if start <= m["start"] and m["end"] <= end}
        named = countries_in(text[start:end]) | by_entity
        assert "Kazakhstan" in named, text[start:end]


def test_experts_of_any_nationality_are_not_the_power(store):
    speakers = {p["speaker"] for p in _statements(store, "China", "Kazakhstan")}
    experts = {q["speaker"] for quotes in store.layer("quotes").values() for q in quotes
               if any(word in (q.get("role") or "") for word in ("expert", "fellow", "professor"))}
    assert experts and not speakers & experts


def test_a_copied_article_counts_each_statement_once(store):
    points = _statements(store, "China", "Kazakhstan")
    keys = [(p["speaker"], p["text"]) for p in points]
    assert len(keys) == len(set(keys))
    copied = next(a.id for a in store.iter_articles()
                  if a.path.endswith(f"copy_of_{_seed_name()}"))
    exact = next(link for link in store.lineage_links(article_id=copied) if link["kind"] == "exact")
    original = exact["of"] if exact["article"] == copied else exact["article"]  # either is the source
    from_copied = [p for p in points if p["article_id"] in {copied, original}]
    assert from_copied and all(p["sources"] == 2 for p in from_copied)


def _seed_name() -> str:
    return next(EXAMPLES.glob(f"{COPIED_SEED}_*.txt")).name


# -- the other side of each pair is not the power -------------------------------------------

@pytest.mark.parametrize("power, country", [("Kazakhstan", "China"), ("Russia", "Kazakhstan"),
                                            ("Russia", "Syria"), ("Russia", "Ukraine"),
                                            ("United States", "Syria"), ("Syria", "Russia")])
def test_a_statement_belongs_to_the_power_its_speaker_speaks_for(store, power, country):
    for point in _statements(store, power, country):
        quote = _stored_quote(store, point)
        assert speaks_for(quote, entity=_entity(store, quote)) == power


def test_a_countrys_own_officials_on_the_power_are_not_its_footprint(store):
    russia_in_syria = _statements(store, "Russia", "Syria")
    assert {"Sergei Shoigu"} <= {p["speaker"] for p in russia_in_syria}
    syrian = [(article_id, q) for article_id, quotes in store.layer("quotes").items()
              for q in quotes if speaks_for(q, entity=_entity(store, q)) == "Syria"]
    assert syrian  # the Syrian army chief of staff speaks about Russia's strikes
    spans = {(p["article_id"], p["start"]) for p in russia_in_syria}
    assert not {(article_id, q["start"]) for article_id, q in syrian} & spans


# -- the faces show the dimension -------------------------------------------------------------

def test_summary_and_cli_show_the_information_dimension(store_path, store, tmp_path):
    table = summary(footprint(store, "China", "Kazakhstan"))
    assert set(table) == set(DIMENSIONS) and sum(table["information"].values()) > 0
    result = CliRunner().invoke(app, ["footprint", "China", "Kazakhstan", "--db", store_path])
    assert result.exit_code == 0
    assert "statement" in result.output and "information:" in result.output


def test_the_web_desk_shows_the_information_dimension(store_path, tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsdesk.web import create_app

    copy = tmp_path / "desk.duckdb"
    shutil.copy(store_path, copy)
    with TestClient(create_app(str(copy))) as client:
        found = client.get("/api/footprint?power=China&country=Kazakhstan").json()
        page = client.get("/footprint?power=China&country=Kazakhstan").text
    statements = [p for p in found["items"] if p["kind"] == "statement"]
    assert found["total"] <= 50 and statements
    assert sum(found["summary"]["information"].values()) == len(statements)
    assert "<h3>information</h3>" in page and "<td>statement</td>" in page
