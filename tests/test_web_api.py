"""The HTTP API and pages on a store built from the seeds (FastAPI's TestClient, no server)."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from conftest import job_end
from newsdesk.article import Article
from newsdesk.brief.model import SECTIONS
from newsdesk.errors import NOT_ANSWERED, UsageError
from newsdesk.exporter import export_records
from newsdesk.plurals import count_noun
from newsdesk.service.desk import upload_format
from newsdesk.store import open_store
from newsdesk.web import create_app, serve

HOSTILE = Path(__file__).parent / "data" / "web_xss" / "hostile.jsonl"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def client(seed_store: str, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("api") / "desk.duckdb"
    shutil.copy(seed_store, path)
    with TestClient(create_app(str(path))) as client:
        yield client


def all_articles(client: TestClient) -> list[dict]:
    return client.get("/api/articles", params={"limit": 500}).json()["items"]


# -- lists, filters, paging ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles",
        "/api/entities",
        "/api/quotes",
        "/api/sources",
        "/api/stories",
        "/api/timeline",
        "/api/claims",
        "/api/footprint?power=China&country=Kazakhstan",
    ],
)
def test_every_list_answers_total_and_items(client: TestClient, path: str) -> None:
    body = client.get(path).json()
    assert set(body) >= {"total", "items"}
    assert body["total"] >= len(body["items"]) > 0
    assert len(body["items"]) <= 50


@pytest.mark.parametrize("typed", ['"Tokayev"', "“Tokayev”", "(Tokayev)", "Tokayev?", '"Kassym-Jomart Tokayev"'])
def test_a_search_reads_a_word_without_the_marks_around_it(client: TestClient, typed: str) -> None:
    """A word typed in quotation marks, brackets or before a question mark matched no article
    (the marks were searched for as part of the word), nor an entity by its name."""
    plain = client.get("/api/articles", params={"q": "Tokayev"}).json()["total"]
    assert plain > 0
    assert client.get("/api/articles", params={"q": typed}).json()["total"] == plain
    assert client.get("/api/entities", params={"q": typed}).json()["total"] >= 1
    by_entity = client.get("/api/articles", params={"entity": "Tokayev"}).json()["total"]
    assert client.get("/api/articles", params={"entity": typed}).json()["total"] == by_entity > 0
    assert "no articles match" not in client.get("/search", params={"q": typed}).text


def test_a_speaker_or_outlet_in_quotation_marks_filters_as_without_them(client: TestClient) -> None:
    """`/api/quotes?speaker="Haiyun Ma"` (and the quotes and sources pages) found no quote."""
    plain = client.get("/api/quotes", params={"speaker": "Haiyun Ma"}).json()["total"]
    assert plain > 0
    assert client.get("/api/quotes", params={"speaker": '"Haiyun Ma"'}).json()["total"] == plain
    outlet = client.get("/api/sources", params={"outlet": "RFE/RL"}).json()["total"]
    assert outlet > 0 and client.get("/api/sources", params={"outlet": "“RFE/RL”"}).json()["total"] == outlet


@pytest.mark.parametrize("path", ["/api/sources", "/api/quotes"])
@pytest.mark.parametrize("typed", ["<a>", "<>", '""', "()"])
def test_a_filter_of_markup_or_only_marks_matches_no_outlet(client: TestClient, path: str, typed: str) -> None:
    """`sources --outlet "<a>"` filtered by "a" and listed the speakers of every outlet with an
    a in its name; a value of marks alone was stripped to no filter and listed them all."""
    assert client.get(path, params={"outlet": "a"}).json()["total"] > 0
    assert client.get(path, params={"outlet": typed}).json()["total"] == 0


@pytest.mark.parametrize("typed", ['"RFE/RL"', "“RFE/RL”", "(RFE/RL)", "RFE/RL?"])
def test_an_article_search_reads_an_outlet_without_the_marks_around_it(client: TestClient, typed: str) -> None:
    """`/api/articles?outlet="RFE/RL"` found no article where the quotes' and sources' outlet
    filters read the name without its marks; markup and marks alone still match no outlet."""
    plain = {item["id"] for item in client.get("/api/articles", params={"outlet": "RFE/RL"}).json()["items"]}
    assert plain
    assert {item["id"] for item in client.get("/api/articles", params={"outlet": typed}).json()["items"]} == plain
    assert f"{len(plain)} article" in client.get("/search", params={"outlet": typed}).text
    for unmatched in ("<a>", '""'):
        assert client.get("/api/articles", params={"outlet": unmatched}).json()["total"] == 0


def test_an_entity_of_only_marks_is_no_entity_rather_than_no_filter(client: TestClient) -> None:
    """`/api/articles?entity=""` (the two marks typed) listed every article, unfiltered."""
    assert client.get("/api/articles", params={"entity": '""'}).status_code == 404


def test_a_search_reads_either_apostrophe(client: TestClient) -> None:
    """The seeds write "Tokayev’s" with a typographic apostrophe, which a keyboard's ' missed."""
    typographic = client.get("/api/articles", params={"q": "Tokayev’s"}).json()["total"]
    assert typographic > 0
    assert client.get("/api/articles", params={"q": "Tokayev's"}).json()["total"] == typographic


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("kazakhstan", True),
        ("Tokayev Kazakhstan", True),
        ("KAZAKHSTAN", True),
        ("zzyzzyva", False),
        ("kazakhstan zzyzzyva", False),
    ],
)
def test_search_finds_articles_holding_every_word(client: TestClient, words: str, found: bool) -> None:
    body = client.get("/api/articles", params={"q": words}).json()
    assert (body["total"] > 0) is found
    for item in body["items"]:
        record = client.get(f"/api/articles/{item['id']}").json()
        haystack = f"{record['title']} {record['text']}".lower()
        assert all(word in haystack for word in words.lower().split())


@pytest.mark.parametrize(
    ("written", "other_forms"),
    [
        ("protest", ["protested", "protesting", "protests"]),
        ("policy", ["policies"]),
        ("influence", ["influenced", "influences"]),
    ],
)
def test_a_search_word_finds_the_other_forms_of_its_stem(
    client: TestClient, written: str, other_forms: list[str]
) -> None:
    """ "protested" found no article though five seeds write "protest" or "protesters": the
    search read surface forms, where ``ask``'s index reads English stems. A word now finds
    every word with its stem, and still what it finds as written."""
    as_written = {item["id"] for item in client.get("/api/articles", params={"q": written}).json()["items"]}
    assert as_written
    for form in other_forms:
        found = {item["id"] for item in client.get("/api/articles", params={"q": form}).json()["items"]}
        assert found and found <= as_written, form
        assert {
            item["id"] for item in client.get("/api/articles", params={"q": f"{form} zzyzzyva"}).json()["items"]
        } == set()


@pytest.mark.parametrize("word", ["act", "policy"])
def test_a_search_word_is_found_as_a_whole_word_not_inside_one(client: TestClient, word: str) -> None:
    """ "act" listed the seeds that write "fact", "impact" or "action", and "policy" those
    with "policymakers": a word as written matched any part of a word. It now finds the articles
    that hold it or one of its forms as a whole word, and only those."""
    from newsdesk.lang.words import english_forms

    whole = re.compile(rf"(?<![^\W_])({'|'.join(english_forms(word))})(?![^\W_])", re.IGNORECASE)
    texts = {}
    for item in all_articles(client):
        record = client.get(f"/api/articles/{item['id']}").json()
        texts[item["id"]] = f"{record['title']} {record['text']}".replace("’", "'")
    found = {item["id"] for item in client.get("/api/articles", params={"q": word, "limit": 500}).json()["items"]}
    assert found == {key for key, text in texts.items() if whole.search(text)}
    assert found < {key for key, text in texts.items() if word in text.lower()}


@pytest.mark.parametrize("typed", ["!!", '""', "( ) ?"])
def test_a_search_of_marks_alone_says_there_is_nothing_to_search_for(client: TestClient, typed: str) -> None:
    """`/api/articles?q=!!` listed every article: stripped of its marks the query held no word."""
    answer = client.get("/api/articles", params={"q": typed})
    assert answer.status_code == 422 and answer.json()["field"] == "q"
    assert answer.json()["detail"].startswith("nothing to search for in q ")
    assert client.get("/api/articles", params={"q": f"{typed} Tokayev"}).json()["total"] > 0


def test_filters_narrow_the_list_in_sql(client: TestClient) -> None:
    everything = all_articles(client)
    outlet = next(a["outlet"] for a in everything if a["outlet"])
    by_outlet = client.get("/api/articles", params={"outlet": outlet}).json()
    assert 0 < by_outlet["total"] <= len(everything)
    assert all(outlet.lower() in (a["outlet"] or "").lower() for a in by_outlet["items"])
    dated = [a for a in everything if a["published"]]
    year = min(a["published"][:4] for a in dated)
    since = client.get("/api/articles", params={"since": year}).json()
    assert since["total"] == len(dated)
    after = client.get("/api/articles", params={"since": str(int(year) + 50)}).json()
    assert after["total"] == 0
    assert client.get("/api/articles", params={"language": "xx"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("path", "field", "typed", "written"),
    [
        ("/api/articles", "outlet", "wall street", "The Wall Street Journal"),
        ("/api/quotes", "outlet", "wall street", "The Wall Street Journal"),
        ("/api/quotes", "speaker", "wang wenbin", "Wang Wenbin"),
        ("/api/entities", "q", "kazakh", "Kazakhstan"),
    ],
)
def test_text_filters_are_substrings_and_wildcards_are_characters(
    client: TestClient, path: str, field: str, typed: str, written: str
) -> None:
    found = client.get(path, params={field: typed, "limit": 500}).json()
    assert found["total"] > 0
    assert all(typed in str(item).lower() for item in found["items"])
    spaced = [typed.replace(" ", "_")] if " " in typed else []
    for wildcard in ["%", "_", "%%", written[:3] + "%", *spaced]:
        assert client.get(path, params={field: wildcard}).json()["total"] == 0, wildcard


def test_entity_filter_matches_the_entity_profile(client: TestClient) -> None:
    profile = client.get("/api/entities/Kazakhstan").json()
    listed = client.get("/api/articles", params={"entity": "Kazakhstan"}).json()
    assert listed["total"] == profile["entity"]["articles"] == len(profile["articles"])
    unknown = client.get("/api/articles", params={"entity": "Nobody Atall"})
    assert unknown.status_code == 404
    assert unknown.json()["detail"] == "no entity named 'Nobody Atall'"


def test_an_entity_type_is_read_in_any_case_and_an_unknown_one_is_422(
    client: TestClient,
) -> None:
    people = client.get("/api/entities", params={"type": "person", "limit": 500}).json()
    assert people["total"] > 0 and {item["type"] for item in people["items"]} == {"PERSON"}
    assert people == client.get("/api/entities", params={"type": "PERSON", "limit": 500}).json()
    response = client.get("/api/entities", params={"type": "PEOPLE"})
    assert response.status_code == 422
    assert response.json() == {"detail": "type wants one of PERSON, ORG, GPE, LOC, FAC, got 'PEOPLE'", "field": "type"}


def test_a_language_code_is_read_in_any_case_and_a_language_name_is_422(
    client: TestClient,
) -> None:
    english = client.get("/api/articles", params={"language": "en", "limit": 500}).json()
    assert english["total"] > 0
    assert client.get("/api/articles", params={"language": "EN", "limit": 500}).json() == english
    response = client.get("/api/articles", params={"language": "english"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "language wants an ISO 639 code such as en, ru or kk, got 'english'",
        "field": "language",
    }


def test_pages_partition_the_list(client: TestClient) -> None:
    everything = [a["id"] for a in all_articles(client)]
    paged = []
    for offset in range(0, len(everything), 2):
        page = client.get("/api/articles", params={"limit": 2, "offset": offset}).json()
        assert page["total"] == len(everything)
        paged += [a["id"] for a in page["items"]]
    assert paged == everything


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=501",
        "offset=-1",
        "since=yesterday",
        "until=2022-1",
        "from=yesterday",
        "to=2022-1",
        "limit=ten",
    ],
)
def test_bad_parameters_are_422(client: TestClient, query: str) -> None:
    response = client.get(f"/api/articles?{query}")
    assert response.status_code == 422
    assert "detail" in response.json()


@pytest.mark.parametrize("path", ["/api/articles", "/api/entities", "/api/stories", "/search", "/entities", "/stories"])
def test_an_offset_past_what_the_store_counts_is_422_not_a_server_error(client: TestClient, path: str) -> None:
    """`/stories?offset=99999999999999999999` was a 500 (DuckDB cannot cast it to 64 bits);
    the largest offset a list takes is ``service.ALL``, and an empty page there."""
    assert client.get(path, params={"offset": "99999999999999999999"}).status_code == 422
    assert client.get(path, params={"offset": str(2**62)}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/0000000000000000",
        "/api/entities/Nobody%20Atall",
        "/api/stories/nostory",
        "/api/lineage/zzzz",
        "/api/jobs/nojob",
    ],
)
def test_unknown_ids_are_404_with_a_detail(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert isinstance(response.json()["detail"], str)
    assert "newsdesk" not in response.json()["detail"]  # no command line is named


@pytest.mark.parametrize("path", ["/api/timeline", "/api/brief?topic=Kazakhstan", "/api/articles"])
def test_a_date_range_that_ends_before_it_starts_is_refused(client: TestClient, path: str) -> None:
    joined = "&" if "?" in path else "?"
    response = client.get(f"{path}{joined}since=2023&until=2021")
    assert response.status_code == 422
    assert response.json()["detail"] == "since '2023' is after until '2021': no date is in that range"


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/timeline?since=2022-13", "since"),
        ("/api/timeline?until=2023-02-29", "until"),
        ("/api/timeline?from=2022-13", "since"),  # an old link: the answer names the new name
        ("/api/brief?topic=Kazakhstan&since=2022-02-30", "since"),
        ("/api/brief?topic=Kazakhstan&until=2022-04-31", "until"),
        ("/api/articles?since=2024-13-99", "since"),
        ("/api/articles?until=2024-02-30", "until"),
    ],
)
def test_a_date_off_the_calendar_is_refused_naming_its_parameter(client: TestClient, path: str, field: str) -> None:
    response = client.get(path)
    assert response.status_code == 422
    assert response.json()["field"] == field
    assert response.json()["detail"].startswith(f"{field} wants YYYY, YYYY-MM or YYYY-MM-DD")


def test_every_endpoint_and_page_takes_since_and_until_and_old_links_still_work(
    client: TestClient,
) -> None:
    dates = sorted(a["published"][:10] for a in all_articles(client) if a["published"])
    middle = dates[len(dates) // 2]
    for path in ("/api/articles", "/api/timeline"):
        new = client.get(path, params={"since": middle, "limit": 500}).json()
        assert new == client.get(path, params={"from": middle, "limit": 500}).json(), path
        assert 0 < new["total"] < client.get(path, params={"limit": 500}).json()["total"], path
        earlier = client.get(path, params={"until": middle, "limit": 500}).json()
        assert earlier == client.get(path, params={"to": middle, "limit": 500}).json(), path
    for path in ("/api/articles", "/api/timeline", "/api/brief", "/search", "/timeline", "/brief"):
        for name in ("since", "until", "from", "to"):  # each route reads each name
            assert client.get(path, params={name: "yesterday"}).status_code == 422, (path, name)
    documented = [
        parameter["name"]
        for operation in client.get("/openapi.json").json()["paths"].values()
        for parameter in operation.get("get", {}).get("parameters", [])
    ]
    assert "since" in documented and "from" not in documented and "to" not in documented
    for page in ("/search", "/timeline"):
        new = client.get(page, params={"since": middle}).text
        assert new == client.get(page, params={"from": middle}).text, page
        assert f'name="since" value="{middle}"' in new and 'name="from"' not in new, page


def test_footprint_needs_a_power_and_a_country(client: TestClient) -> None:
    assert client.get("/api/footprint?power=China").status_code == 422
    page = client.get("/footprint", params={"power": "", "country": "<b>Kazakhstan"})
    assert page.status_code == 422 and "<b>" not in page.text
    assert "a footprint in &#39;&lt;b&gt;Kazakhstan&#39; needs a power too" in page.text
    assert client.get("/footprint").status_code == 200  # the empty form asks for both


def test_a_footprint_of_a_power_alone_lists_the_countries_it_is_seen_in(client: TestClient) -> None:
    listed = client.get("/api/footprint/countries", params={"power": "China"}).json()
    assert listed["power"] == "China" and listed["total"] == len(listed["items"]) > 1
    counts = [row["points"] for row in listed["items"]]
    assert counts == sorted(counts, reverse=True) and min(counts) > 0
    for row in listed["items"]:  # each count is the footprint's own
        found = client.get("/api/footprint", params={"power": "China", "country": row["country"]})
        assert found.json()["total"] == row["points"], row
    page = client.get("/footprint", params={"power": "China"})  # it asked for a country
    assert page.status_code == 200 and 'name="power" value="China"' in page.text
    first = listed["items"][0]["country"].replace(" ", "+")
    assert f'<a href="/footprint?power=China&amp;country={first}">' in page.text
    page = client.get("/footprint", params={"power": "<b>Narnia"})
    assert page.status_code == 422 and "<b>" not in page.text and "&lt;b&gt;Narnia" in page.text
    assert client.get("/api/footprint/countries", params={"power": "Narnia"}).status_code == 422


# -- records -------------------------------------------------------------------------------------


def without_nulls(value):
    """A JSONL export line types every nested record alike, so a key one article's layer lacks
    is null there and absent in the single record: compare without null keys."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def test_article_record_is_its_export_line(client: TestClient) -> None:
    with client.app.state.desk.reading() as store:
        exported = {r["id"]: r for r in export_records(store)}
    assert len(exported) == 5
    for article_id, record in exported.items():
        served = client.get(f"/api/articles/{article_id}").json()
        assert list(served) == list(record)
        assert without_nulls(served) == without_nulls(json.loads(json.dumps(record)))


def test_an_article_or_story_is_found_by_a_unique_prefix_as_lineage_finds_it(seed_store: str, tmp_path: Path) -> None:
    from newsdesk.ingest import ingest

    path = tmp_path / "prefix.duckdb"
    shutil.copy(seed_store, path)
    # ids hash each record's absolute path: add copies under new names until two share a first
    # digit (17 ids always do), so that the ambiguous prefix below exists wherever tmp lies
    for copy in range(8):
        source = tmp_path / f"hostile-{copy}.jsonl"
        shutil.copy(HOSTILE, source)
        ingest([str(source)], db=str(path), workers=1)
        with TestClient(create_app(str(path))) as client:
            ids = [article["id"] for article in all_articles(client)]
        if len({i[0] for i in ids}) < len(ids):
            break
    with TestClient(create_app(str(path))) as client:
        _found_by_prefix(client)


def _found_by_prefix(client: TestClient) -> None:
    ids = [article["id"] for article in all_articles(client)]
    for article_id in ids:
        prefix = article_id[:8]
        assert client.get(f"/api/articles/{prefix}").json()["id"] == article_id
        assert client.get(f"/api/lineage/{prefix}").json()["article"]["id"] == article_id
        assert client.get(f"/articles/{prefix}").status_code == 200
    shared = next(a[0] for a in ids if sum(b.startswith(a[0]) for b in ids) > 1)
    for path in (f"/api/articles/{shared}", f"/api/lineage/{shared}"):
        response = client.get(path)
        assert response.status_code == 422
        assert repr(shared) in response.json()["detail"]
    story = client.get("/api/stories").json()["items"][0]["story_id"]
    assert client.get(f"/api/stories/{story[:6]}").json()["story_id"] == story
    assert client.get(f"/stories/{story[:6]}").status_code == 200


def test_story_lists_its_members_and_framing(client: TestClient) -> None:
    story = client.get("/api/stories").json()["items"][0]
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert len(detail["members"]) == story["articles"]
    assert sum(row["articles"] for row in detail["framing"]) == story["articles"]
    assert {m["outlet"] for m in detail["members"] if m["outlet"]} <= {row["outlet"] for row in detail["framing"]}


def test_brief_cites_spans_inside_the_cited_articles(client: TestClient) -> None:
    made = client.get("/api/brief", params={"topic": "China Russia Kazakhstan"}).json()
    citations = [c for items in made["sections"].values() for item in items for c in item["citations"]]
    assert citations
    for citation in citations:
        text = client.get(f"/api/articles/{citation['article']}").json()["text"]
        assert 0 <= citation["start"] < citation["end"] <= len(text)


def test_home_shows_the_brief_with_citations_and_the_largest_story(client: TestClient) -> None:
    client.app.state.desk.home_brief(within=120)  # made, as a visit after a slow first one finds it
    home = client.get("/").text
    cites = re.findall(r'href="/articles/(\w+)\?hl=(\d+)-(\d+)#span-\2-\3"', home)
    assert cites
    story = client.get("/api/stories").json()["items"][0]
    assert f'href="/stories/{story["story_id"]}"' in home


def test_the_brief_page_opens_the_brief_the_home_page_built(client: TestClient) -> None:
    # the brief of the whole store takes seconds at a few hundred articles: the server builds
    # the brief of one set of settings once per change of the store, for the home page, the
    # brief page and the API alike
    desk = client.app.state.desk
    desk.home_brief(within=120)
    home = client.get("/").text
    page = client.get("/brief").text
    with desk.reading() as store:
        assert desk.brief(store) is desk.brief(store, topic="", entity=None, length=5)
        assert desk.brief(store, topic="Kazakhstan") is not desk.brief(store)
    cited = re.findall(r"#span-(\d+-\d+)", home)
    assert cited and set(cited) <= set(re.findall(r"#span-(\d+-\d+)", page))


def test_ask_answers_with_citations_inside_the_store(client: TestClient) -> None:
    answer = client.get("/api/ask", params={"q": "What did China say about Kazakhstan?"}).json()
    assert answer["items"]
    for item in answer["items"]:
        for citation in item["citations"]:
            text = client.get(f"/api/articles/{citation['article']}").json()["text"]
            assert 0 <= citation["start"] < citation["end"] <= len(text)
    assert client.get("/api/ask").status_code == 422
    blank = client.get("/api/ask", params={"q": "  \t "})
    assert blank.status_code == 422 and "the question is empty" in blank.json()["detail"]


def test_openapi_and_docs_are_served_locally(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/ingest",
        "/api/jobs/{job_id}",
    } <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "//" not in docs.replace("<!doctype html>", "")
    assert client.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 200


# -- ingest jobs and reading while they run ------------------------------------------------------


@pytest.fixture(scope="module")
def uploaded(client: TestClient) -> dict:
    """The hostile articles uploaded as a job, with the reads made while it ran."""
    before = client.get("/api/articles").json()["total"]
    files = [("files", ("hostile.jsonl", HOSTILE.read_bytes(), "application/octet-stream"))]
    job = client.post("/api/ingest", files=files).json()["job"]
    reads_while_running, statuses = 0, set()
    while (state := client.get(f"/api/jobs/{job}").json())["state"] in ("queued", "running"):
        for path in ("/api/articles", "/search?q=kazakhstan", "/api/entities"):
            statuses.add(client.get(path).status_code)
        reads_while_running += state["state"] == "running"
    return {"state": state, "before": before, "reads": reads_while_running, "statuses": statuses}


def test_upload_ingests_and_analyses_while_pages_keep_working(client: TestClient, uploaded: dict) -> None:
    state = uploaded["state"]
    assert state["state"] == "done", (state["errors"], state["result"])
    assert uploaded["reads"] > 0 and uploaded["statuses"] == {200}
    assert state["counts"]["new"] == 3 and state["counts"]["analysed"] >= 3
    assert client.get("/api/articles").json()["total"] == uploaded["before"] + 3
    new = client.get("/api/articles", params={"outlet": "Example"}).json()["items"]
    records = [client.get(f"/api/articles/{a['id']}").json() for a in new]
    assert all(record["entities"] for record in records)  # the export fields were refreshed


def test_analyse_analyses_what_the_command_line_ingested_beside_the_server(tmp_path) -> None:
    from newsdesk.ingest import ingest

    db = str(tmp_path / "desk.duckdb")
    ingest([str(sorted(EXAMPLES.glob("*.txt"))[0])], db=db, workers=1)
    with TestClient(create_app(db)) as client:
        answer = client.post("/api/analyse")
        assert answer.status_code == 202
        state = job_end(client, answer.json()["job"])
        assert state["state"] == "done" and state["counts"]["analysed"] == 1
        assert client.get("/api/entities").json()["total"] > 0


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"urls": ["file:///etc/passwd"]}', "application/json"),
        (b'{"urls": ["/etc/passwd"]}', "application/json"),
        (b'{"feeds": ["javascript:alert(1)"]}', "application/json"),
        (b'{"urls": []}', "application/json"),
        (b"not json", "application/json"),
        (b'{"urls": 5}', "application/json"),
        (b'{"feeds": true}', "application/json"),
        (b'{"urls": {"http://example.com/a": 1}}', "application/json"),
        (b'{"urls": [null]}', "application/json"),
        (b'{"urls": ["http://"]}', "application/json"),  # fetch's URL check: no host
        (b'{"feeds": ["https://[::1/feed"]}', "application/json"),
    ],
)
def test_ingest_refuses_anything_but_http_urls(client: TestClient, body: bytes, content_type: str) -> None:
    response = client.post("/api/ingest", content=body, headers={"content-type": content_type})
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)


def test_a_single_url_not_in_a_list_is_refused_whole(client: TestClient) -> None:
    url = "http://example.com/a.html"
    response = client.post("/api/ingest", json={"urls": url})
    assert response.status_code == 422
    assert response.json()["detail"] == f'"urls" must be a list of http(s) URLs, got {url!r}'


def test_a_job_whose_inputs_all_fail_ends_failed_naming_them(client: TestClient) -> None:
    url = "http://127.0.0.1:9/nothing-listens-here.html"  # loopback, refused at once
    job = client.post("/api/ingest", json={"urls": [url]}).json()["job"]
    state = job_end(client, job, seconds=120)
    assert state["state"] == "failed"
    assert state["counts"]["failed"] == 1 and url in state["errors"][0]


def test_ingest_refuses_files_it_cannot_read(client: TestClient) -> None:
    files = [("files", ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "text/plain"))]
    assert client.post("/api/ingest", files=files).status_code == 422


def test_a_failed_upload_is_named_as_it_was_uploaded(client: TestClient) -> None:
    """The job's error names the uploaded file and its bad line, as `newsdesk ingest` names a
    file, not the name the server keeps it under."""
    files = [("files", ("records.jsonl", b'{"text": "cut\n', "application/octet-stream"))]
    job = client.post("/api/ingest", files=files).json()["job"]
    state = job_end(client, job, seconds=120)
    assert len(state["errors"]) == 1 and state["errors"][0].startswith("records.jsonl:1: "), state["errors"]
    assert ".uploads" not in state["errors"][0]


def test_an_ingest_job_says_what_the_command_line_says_of_its_inputs(seed_store: str, tmp_path: Path) -> None:
    """The job counted a bad record inside a file it read as a failed input ("failed: 1") and
    said nothing of a feed with no items; it now counts them as `newsdesk ingest` does and
    gives its notes."""
    seed = next(EXAMPLES.glob("001_*")).read_text(encoding="utf-8")
    records = json.dumps({"title": "One record", "text": seed}).encode() + b"\n[1, 2]\n"
    quiet = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title>'
        b"<link>https://example.org/</link><description>none</description></channel></rss>"
    )
    files = [
        ("files", ("records.jsonl", records, "application/octet-stream")),
        ("files", ("quiet.rss", quiet, "application/rss+xml")),
    ]
    shutil.copy(seed_store, tmp_path / "desk.duckdb")
    with TestClient(create_app(str(tmp_path / "desk.duckdb"))) as client:
        job = client.post("/api/ingest", files=files).json()["job"]
        state = job_end(client, job, seconds=300)
        page = client.get(f"/jobs/{job}").text
    assert {k: state["counts"][k] for k in ("inputs", "failed", "bad_records", "skipped")} == {
        "inputs": 2,
        "failed": 0,
        "bad_records": 1,
        "skipped": 0,
    }
    assert state["notes"] == ["quiet.rss: no article in it; nothing stored"]
    assert len(state["errors"]) == 1 and state["errors"][0].startswith("records.jsonl:2: ")
    assert "note: quiet.rss: no article in it; nothing stored" in page
    assert "bad records: 1" in page


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b"\n \n", "empty file (only whitespace)")])
def test_an_empty_upload_is_refused_as_the_command_line_refuses_it(
    client: TestClient, data: bytes, reason: str
) -> None:
    files = [("files", ("empty.txt", data, "text/plain"))]
    response = client.post("/api/ingest", files=files)
    assert (response.status_code, response.json()["detail"]) == (422, f"empty.txt: {reason}")


def test_the_upload_form_sent_empty_says_what_to_give(client: TestClient) -> None:
    """The upload page sent with nothing chosen said "no files in the form field 'files'", a
    field its user never sees (a browser sends the empty file input with no file name)."""
    form = {"urls": "", "feeds": ""}
    empty_input = {"files": ("", b"", "application/octet-stream")}
    sent_forms = [client.post("/upload", data=form, files=empty_input), client.post("/upload", data=form)]
    for sent in sent_forms:
        assert sent.status_code == 422 and sent.headers["content-type"].startswith("text/html")
        assert "nothing to add: choose files, or write URLs or feeds one a line" in sent.text


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        ((EXAMPLES / "000_42934c168d354199.txt").read_bytes(), "a.txt", "txt"),
        ((EXAMPLES / "000_42934c168d354199.txt").read_bytes(), "a.csv", "csv"),
        (HOSTILE.read_bytes(), "upload.bin", "jsonl"),
        (
            b"<!doctype html><html><head><title>x</title></head><body><p>hi</p></body></html>",
            "a.txt",
            "html",
        ),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed.txt", "rss"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "a.txt", None),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "a.txt", None),
    ],
)
def test_uploads_are_recognised_by_content(data: bytes, filename: str, expected: str | None) -> None:
    assert upload_format(data, filename=filename) == expected


# -- security ------------------------------------------------------------------------------


def test_hostile_text_is_escaped_and_javascript_urls_are_not_links(client: TestClient, uploaded: dict) -> None:
    ids = [a["id"] for a in client.get("/api/articles", params={"outlet": "Example"}).json()["items"]]
    ids += [a["id"] for a in client.get("/api/articles", params={"q": "alert('title')"}).json()["items"]]
    assert len(ids) == 3
    pages = [client.get(f"/articles/{i}") for i in ids]
    pages += [
        client.get("/search", params={"q": "kazakhstan"}),
        client.get("/sources"),
        client.get("/quotes"),
    ]
    for page in pages:
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        body = page.text
        assert "<script>alert" not in body and "<img src=x" not in body and "<svg onload" not in body
        assert not re.search(r'<a\b[^>]*href="\s*(javascript|data|vbscript):', body, re.I)
        assert "&lt;script&gt;alert(" in body or "/articles/" not in page.url.path


def test_a_token_guards_every_request(seed_store: str, tmp_path: Path) -> None:
    path = tmp_path / "guarded.duckdb"
    shutil.copy(seed_store, path)
    with TestClient(create_app(str(path), token="s3cret")) as guarded:
        assert guarded.get("/api/articles").status_code == 401
        assert guarded.get("/").status_code == 401
        assert guarded.get("/api/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert guarded.get("/api/articles", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert guarded.get("/?token=s3cret").status_code == 200
        assert guarded.get("/search").status_code == 200  # the cookie set by the line above


def test_binding_beyond_loopback_needs_a_token(seed_store: str) -> None:
    with pytest.raises(UsageError, match="token"):
        serve(seed_store, host="0.0.0.0", port=8999)


# -- pages ---------------------------------------------------------------------------------


def test_pages_render(client: TestClient) -> None:
    article = client.get("/api/articles", params={"q": "tokayev"}).json()["items"][0]["id"]
    story = client.get("/api/stories").json()["items"][0]["story_id"]
    entity = client.get("/api/entities", params={"q": "Kazakhstan"}).json()["items"][0]["id"]
    for path in [
        "/",
        "/search?q=china&since=2022",
        f"/articles/{article}",
        f"/stories/{story}",
        f"/entities/{entity}",
        "/entities?type=PERSON",
        "/sources",
        "/quotes?speaker=xi",
        "/timeline?entity=Kazakhstan",
        "/footprint?power=China&country=Kazakhstan",
        "/claims?conflicts=true",
        "/brief?topic=Kazakhstan",
        "/ask?q=What+did+China+say+about+the+unrest+in+Kazakhstan",
        "/upload",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<html" in response.text
    assert client.get("/articles/0000000000000000").status_code == 404


def _site_links(page: str) -> list[str]:
    """The links of a page that stay on the desk (not fragments, other hosts or assets)."""
    links = (html.unescape(href) for href in re.findall(r'href="([^"]+)"', page))
    return [link for link in links if link.startswith("/") and not link.startswith("/static/")]


@pytest.mark.parametrize("path", ["/sources", "/quotes", "/entities", "/stories", "/search"])
def test_every_link_of_a_listing_page_resolves(client: TestClient, path: str) -> None:
    """The sources page linked a speaker's profile by the gazetteer id the quotes layer gives
    (/entities/person:XI_JINPING), which no entity page answers: every link must open."""
    links = _site_links(client.get(path).text)
    assert links
    broken = [link for link in dict.fromkeys(links) if client.get(link).status_code != 200]
    assert broken == []


def test_a_quoted_speaker_links_to_the_profile_of_the_entity_of_its_name(
    client: TestClient,
) -> None:
    sources = client.get("/api/sources", params={"limit": 500}).json()["items"]
    xi = next(row for row in sources if row["speaker"] == "Xi Jinping")
    assert xi["entity"] == "person:XI_JINPING"  # the gazetteer's id, as the quotes layer has it
    profile = client.get(f"/api/entities/{xi['profile']}").json()["entity"]
    assert profile["name"] == "Xi Jinping"
    assert f'href="/entities/{xi["profile"]}"' in client.get("/sources").text


def test_an_address_no_page_answers_is_the_desks_error_page_and_the_api_answers_json(
    client: TestClient,
) -> None:
    """A mistyped page address answered {"detail": "Not Found"} as JSON, not a page."""
    page = client.get("/storys")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no page &#39;/storys&#39;" in page.text and 'href="/stories"' in page.text
    # and an address no endpoint answers says which, and where they are listed ("Not Found")
    assert client.get("/api/storys").json() == {"detail": "no endpoint '/api/storys'; /docs lists them"}
    assert client.get("/api/stories/x/y").json()["detail"].startswith("no endpoint '/api/stories/x/y'")
    assert client.get("/static/none.js").status_code == 404
    wrong = client.put("/api/feeds")
    assert wrong.status_code == 405 and wrong.json() == {"detail": "Method Not Allowed"}
    assert "GET" in wrong.headers["allow"]


@pytest.mark.parametrize(("path", "status"), [("/", 200), ("/api/articles", 200), ("/storys", 404)])
def test_a_head_request_answers_as_its_get_without_the_body(client: TestClient, path: str, status: int) -> None:
    """`curl -I` and uptime monitors ask HEAD, which every route answered with 405."""
    got, head = client.get(path), client.head(path)
    assert (head.status_code, head.content) == (status, b"")
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]


def test_a_body_not_sent_as_json_is_refused_saying_so(client: TestClient) -> None:
    """It answered "request: Input should be a valid dictionary or object to extract fields
    from ("b'{...}'")"."""
    answer = client.post(
        "/api/feeds", content=b'{"source": "https://example.org/feed.xml"}', headers={"content-type": "text/plain"}
    )
    assert answer.status_code == 422
    assert answer.json() == {"detail": "the request body must be a JSON object sent as application/json"}


def _pager_links(page: str) -> dict[str, str]:
    return {rel: html.unescape(href) for rel, href in re.findall(r'rel="(prev|next)" href="([^"]+)"', page)}


def test_a_listing_page_links_its_next_and_previous_pages(client: TestClient) -> None:
    """The pager macro and the page's links shared the name `pager`, so every listing showed
    its first 50 rows and no link to the others (130 entities on the seeds)."""
    total = client.get("/api/entities").json()["total"]
    assert total > 50
    names, path = [], "/entities"
    while path:
        page = client.get(path).text
        names += re.findall(r'<td><a href="/entities/[^"]+">', page)
        path = _pager_links(page).get("next")
    assert len(names) == total
    assert _pager_links(client.get("/entities?offset=50").text)["prev"] == "/entities?offset=0"


def test_a_page_past_the_end_of_a_list_says_so_and_links_its_last_page(
    client: TestClient,
) -> None:
    """It said "5 articles, 1001–1000 shown" and linked back to offset 950, empty too; then
    it said "none shown" twice, in the count line and in the table's empty row."""
    total = client.get("/api/articles", params={"q": "china"}).json()["total"]
    page = client.get("/search", params={"q": "china", "offset": 1000}).text
    assert html.unescape(page).count(f"none shown from 1001: the list ends at {total}") == 1
    assert _pager_links(page) == {"prev": "/search?q=china&offset=0"}


def test_a_count_of_one_is_said_in_the_singular(client: TestClient) -> None:
    """The search page counts "1 article", as "2 articles"; a story page its sources alike."""
    found = client.get("/api/articles", params={"outlet": "wall street"}).json()
    assert found["total"] == 1  # the seeds hold one article of The Wall Street Journal
    page = html.unescape(client.get("/search", params={"outlet": "wall street"}).text)
    assert "1 article, 1–1 shown" in page
    everything = client.get("/api/articles", params={"limit": 500}).json()["total"]
    assert f"{everything} articles, 1–{min(everything, 50)} shown" in html.unescape(client.get("/search").text)


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/search?q=Narnia", "no articles match these filters"),
        ("/entities?q=Narnia", "no entities match these filters"),
        ("/sources?outlet=Narnia", "no speakers match these filters"),
        ("/quotes?speaker=Narnia", "no quotes match these filters"),
        ("/timeline?entity=Kazakhstan&since=2031", "no events match these filters"),
        ("/stories?offset=900", "none shown from 901: the list ends at"),
        ("/sources?offset=900", "none shown from 901: the list ends at"),
    ],
)
def test_a_list_page_that_shows_nothing_says_so(client: TestClient, path: str, said: str) -> None:
    """`/sources?outlet=zzz` showed the table's head alone."""
    page = client.get(path)
    assert page.status_code == 200
    assert re.search(rf'<tr class="none"><td colspan="\d">{said}', page.text), path


@pytest.mark.parametrize(
    "path",
    ["/api/articles", "/api/timeline", "/api/brief", "/search", "/timeline", "/brief"],
)
def test_an_entity_filter_naming_no_entity_is_404_saying_so(client: TestClient, path: str) -> None:
    """`/timeline?entity=Narnia` said "no events match these filters" and `/api/articles`
    answered total 0, as for an entity of no article: the registry's 404 now, everywhere."""
    answer = client.get(path, params={"entity": "Narnia"})
    assert answer.status_code == 404
    said = answer.json()["detail"] if path.startswith("/api/") else html.unescape(answer.text)
    assert "no entity named 'Narnia'" in said


@pytest.mark.parametrize(
    ("path", "params", "status", "said"),
    [
        ("/timeline", {"entity": "Narnia"}, 404, "no entity named 'Narnia'"),
        ("/search", {"q": "Tokayev", "entity": "Narnia"}, 404, "no entity named 'Narnia'"),
        ("/search", {"q": "!!"}, 422, "nothing to search for in words '!!'"),
        ("/timeline", {"entity": "Tokayev", "since": "yesterday"}, 422, "since"),
        ("/footprint", {"power": "Chna", "country": "Kazakhstan"}, 422, "'Chna' is not a known power"),
        ("/footprint", {"power": "Chna"}, 422, "'Chna' is not a known power"),
        ("/brief", {"topic": "Kazakhstan", "entity": "Narnia"}, 404, "no entity named 'Narnia'"),
    ],
)
def test_a_refused_filter_is_said_over_the_filled_form(
    client: TestClient, path: str, params: dict[str, str], status: int, said: str
) -> None:
    """`/timeline?entity=Narnia` showed the error page alone, with no form to correct the
    filter in; the page now says the error under its form, filled as it was sent."""
    answer = client.get(path, params=params)
    assert answer.status_code == status
    page = html.unescape(answer.text)
    assert '<p class="error">' in page and said in page and f'<form action="{path}"' in page
    for name, value in params.items():
        assert f'name="{name}" value="{value}"' in page, name


def test_the_entity_list_keeps_its_type_and_says_a_refused_one_over_its_form(client: TestClient) -> None:
    """`/entities?type=person` listed the people with "any type" selected, and an unknown type
    showed the error page alone, as the search and timeline pages did before."""
    people = client.get("/entities", params={"q": "Tokayev", "type": "person"})
    assert people.status_code == 200 and "<option selected>PERSON</option>" in people.text
    refused = client.get("/entities", params={"q": "Tokayev", "type": "PEOPLE"})
    page = html.unescape(refused.text)
    assert refused.status_code == 422 and '<form action="/entities"' in page
    assert '<p class="error">type wants one of PERSON, ORG, GPE, LOC, FAC' in page
    assert 'name="q" value="Tokayev"' in page


def test_an_entity_page_lists_an_undated_article_with_its_mentions_alone(client: TestClient) -> None:
    """Three seeds have no date: their lines on Tokayev's page read ", 5 mentions"."""
    profile = client.get("/api/entities/Tokayev").json()
    page = client.get(f"/entities/{profile['entity']['id']}").text
    undated = [a for a in profile["articles"] if not a["published"]]
    assert undated and '<span class="meta">, ' not in page
    for article in profile["articles"]:
        shown = f"{article['published']}, " if article["published"] else ""
        assert f'<span class="meta">{shown}{article["mentions"]} mention' in page
    assert "shown;" not in page  # all of its 5 articles are listed, so no count of those shown


def test_an_entity_whose_name_holds_a_slash_has_its_page_by_name(client: TestClient) -> None:
    """The seeds' outlet "RFE/RL" is an entity: `/entities/RFE%2FRL` answered "no page", the
    slash splitting the address, while its id's page worked; its name finds it now, encoded
    or not, as the list's link by id does."""
    listed = client.get("/api/entities", params={"q": "RFE/RL"}).json()["items"]
    entity_id = next(e["id"] for e in listed if e["name"] == "RFE/RL")
    for path in ("/api/entities/RFE%2FRL", "/api/entities/RFE/RL", f"/api/entities/{entity_id}"):
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert answer.json()["entity"]["id"] == entity_id
    for path in ("/entities/RFE%2FRL", "/entities/RFE/RL"):
        page = client.get(path)
        assert page.status_code == 200 and "<h1>RFE/RL" in page.text, path
    links = re.findall(r'href="(/entities/[^"]+)"', client.get("/entities", params={"q": "RFE"}).text)
    assert f"/entities/{entity_id}" in links and all(client.get(link).status_code == 200 for link in links)


def test_a_source_row_links_the_quotes_it_counts(client: TestClient) -> None:
    """A `/sources` row linked `/quotes?speaker=NAME`, which lists every speaker whose name
    holds NAME ("Obama" 57 quotes on 150 AllSides articles, where its row counts 27); the
    link asks for that speaker alone (`exact=true`) and, with an outlet filter, that outlet."""
    rows = client.get("/api/sources", params={"limit": 20}).json()["items"]
    assert rows
    for row in rows:
        named = client.get("/api/quotes", params={"speaker": row["speaker"], "exact": "true"}).json()
        assert named["total"] == row["quotes"], row["speaker"]
        assert {item["speaker"].lower() for item in named["items"]} == {row["speaker"].lower()}
    outlet = str(rows[0]["outlets"]).split(";")[0].strip()
    page = client.get("/sources", params={"outlet": outlet}).text
    links = re.findall(r'href="(/quotes\?[^"]+)"', html.unescape(page))
    assert links and all("exact=true" in link and "outlet=" in link for link in links)
    for link in links:
        assert client.get(link.replace("/quotes", "/api/quotes", 1)).json()["total"] > 0


def test_a_footprint_of_names_no_state_bears_is_refused_naming_them(client: TestClient) -> None:
    """As `newsdesk footprint Narnia Mordor`: a 422 naming both, not an empty ledger."""
    answer = client.get("/api/footprint", params={"power": "Narnia", "country": "Mordor"})
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("neither 'Narnia' nor 'Mordor' is a known power or country")
    assert answer.json()["field"] == "power"  # the first the refusal names, as for any setting
    one = client.get("/api/footprint", params={"power": "China", "country": "Mordor"}).json()
    assert one["field"] == "country" and one["detail"].startswith("'Mordor' is not a known")
    page = client.get("/footprint", params={"power": "China", "country": "Mordor"})
    assert page.status_code == 422
    assert "&#39;Mordor&#39; is not a known power or country" in page.text


def test_the_ask_page_names_the_nearest_articles_when_nothing_answers(client: TestClient) -> None:
    """As `newsdesk ask` prints them under "not found": the page links each nearest article."""
    question = "What is the price of bananas in Kazakhstan?"
    answer = client.get("/api/ask", params={"q": question}).json()
    assert not answer["found"] and answer["nearest"]  # the seeds name prices, not bananas
    assert answer["store_empty"] is False
    page = client.get("/ask", params={"q": question}).text
    assert "Nearest articles:" in page
    for source in answer["nearest"]:
        assert f'<a href="/articles/{source["id"]}">' in page
    # the page says it as `newsdesk ask` does ("nothing in the store answers this with a
    # verified sentence" there, "Not found in the store: ..." here)
    from typer.testing import CliRunner

    from newsdesk.cli import app

    printed = CliRunner().invoke(app, ["ask", question, "--db", client.app.state.desk.db]).output
    assert f"{NOT_ANSWERED}." in printed and f"{NOT_ANSWERED}." in html.unescape(page)


def test_ask_on_a_server_with_an_empty_store_says_the_store_is_empty(tmp_path: Path) -> None:
    """The server makes its store; asked before anything was ingested, the page said "nothing
    in the store answers this with a verified sentence"."""
    with TestClient(create_app(str(tmp_path / "empty.duckdb"))) as empty:
        answer = empty.get("/api/ask", params={"q": "Who is Tokayev?"}).json()
        page = empty.get("/ask", params={"q": "Who is Tokayev?"}).text
    assert answer["store_empty"] and not answer["found"]
    assert "the store holds no article; ingest articles first" in page and 'href="/upload"' in page
    assert NOT_ANSWERED not in html.unescape(page)


def test_a_figure_read_from_a_photo_caption_is_marked_in_its_caption(client: TestClient) -> None:
    """Figures and events read from a photo caption carry offsets into the caption; the article
    page highlighted them at those offsets of the text ("160" deaths over "eol" of "geopolitical")
    and the figure lists and claims linked there. Each now links its caption, marked, and the
    text highlights only what was read from it."""
    article = client.get("/api/articles", params={"q": "Beijing watches civil unrest"}).json()["items"][0]
    record = client.get(f"/api/articles/{article['id']}").json()
    in_captions = [f for f in record["figures"] if f.get("caption") is not None]
    assert in_captions  # the seed's captions give "around 17%" of the oil and 160 deaths
    page = client.get(f"/articles/{article['id']}").text
    body = page.split('id="text"', 1)[1].split("</div>", 1)[0]
    in_text = [record["text"][f["start"] : f["end"]] for f in record["figures"] if f.get("caption") is None]
    for piece in re.findall(r'class="[^"]*hl-figure[^"]*"[^>]*>([^<]*)<', body):
        assert any(html.unescape(piece) in figure for figure in in_text), piece
    for figure in in_captions:
        caption, start, end = figure["caption"], figure["start"], figure["end"]
        link = f"/articles/{article['id']}?caption={caption}&amp;hl={start}-{end}#removed-{caption}"
        assert link in page
        marked = client.get(f"/articles/{article['id']}", params={"caption": caption, "hl": f"{start}-{end}"}).text
        removed = record["removed"][caption]["text"]
        assert f'<mark class="hl-hl">{html.escape(removed[start:end], quote=False)}</mark>' in marked
    for claim in client.get("/api/claims", params={"limit": 500}).json()["items"]:
        for figure in claim["figures"]:
            if figure["caption"] is None:
                text = client.get(f"/api/articles/{figure['article_id']}").json()["text"]
                assert text[figure["start"] : figure["end"]] == figure["text"]
    claims = client.get("/claims").text
    assert "?caption=" in claims  # the seeds' 160 deaths, told in two captions


def test_the_claims_page_says_how_many_comparisons_it_holds(client: TestClient) -> None:
    """The page listed the first 500 comparisons without a word, so a cut list read as all."""
    for params in ({}, {"conflicts": "true"}):
        total = client.get("/api/claims", params=params).json()["total"]
        page = client.get("/claims", params=params).text
        assert f"{count_noun(total, 'comparison')}</p>" in page
        assert "shown; all of them through" not in page  # the seeds' comparisons are fewer than 500


def test_the_brief_page_takes_its_dates_as_the_api_does(client: TestClient) -> None:
    """``since``/``until`` as on ``GET /api/brief`` (no link gave the page ``from``/``to``)."""
    assert "No verified item" not in client.get("/brief?topic=Kazakhstan").text
    for query in ("since=2030", "until=1990"):
        assert "No verified item" in client.get(f"/brief?topic=Kazakhstan&{query}").text, query
    assert client.get("/brief?topic=Kazakhstan&since=2022-02-30").status_code == 422


def test_the_brief_page_form_keeps_its_dates(client: TestClient) -> None:
    """Asking again from the page's form keeps the period it was asked for."""
    page = client.get("/brief?topic=Kazakhstan&since=2022-01-01&until=2022-01-31").text
    assert 'name="since" value="2022-01-01"' in page
    assert 'name="until" value="2022-01-31"' in page
    assert 'name="since" value=""' in client.get("/brief?topic=Kazakhstan").text
    # the form sends its empty date fields as they are
    assert client.get("/brief?topic=Kazakhstan&since=&until=").status_code == 200


def test_the_brief_page_takes_its_length_as_the_api_does(client: TestClient) -> None:
    """``length`` sets the items of Key developments on the page as on ``GET /api/brief``,
    its form keeps it, and a length out of the API's bounds is refused as there."""
    for length in (1, 3):
        api_items = client.get(f"/api/brief?topic=Kazakhstan&length={length}").json()
        wanted = len(api_items["sections"].get("key_developments", []))
        page = client.get(f"/brief?topic=Kazakhstan&length={length}").text
        section = page.split("<h2>Key developments</h2>", 1)[1].split("</section>", 1)[0]
        assert section.count("<li>") == wanted, length
        assert f'name="length" type="number" min="1" max="50" value="{length}"' in page
    assert client.get("/brief?topic=Kazakhstan&length=0").status_code == 422


def test_a_brief_page_with_no_item_has_no_sources_heading(client: TestClient) -> None:
    """A brief that found nothing says so and lists no empty Sources."""
    page = client.get("/brief?topic=Kazakhstan&since=2030").text
    assert "No verified item" in page
    assert "<h2>Sources</h2>" not in page
    assert "<h2>Sources</h2>" in client.get("/brief?topic=Kazakhstan").text


def test_cited_span_is_marked_once_on_the_article_page(client: TestClient) -> None:
    made = client.get("/api/brief", params={"topic": "China Russia Kazakhstan"}).json()
    cited = [c for items in made["sections"].values() for i in items for c in i["citations"]]
    for citation in cited[:5]:
        article, start, end = citation["article"], citation["start"], citation["end"]
        text = client.get(f"/api/articles/{article}").json()["text"]
        page = client.get(f"/articles/{article}?hl={start}-{end}").text
        assert page.count(f'id="span-{start}-{end}"') == 1
        after = page.split(f'id="span-{start}-{end}"', 1)[1]
        assert html.escape(text[start:end].split()[0], quote=False) in after[:2000]
    plain = client.get(f"/articles/{cited[0]['article']}").text
    assert 'class="hl-hl"' not in plain


def test_the_command_line_and_the_api_list_the_same_claims_and_entities(
    client: TestClient,
) -> None:
    import subprocess
    import sys

    db = client.app.state.desk.db  # the store the server serves, uploads included

    def newsdesk(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "newsdesk", *args, "--db", db], capture_output=True, text=True, check=True
        )
        return result.stdout

    claims = client.get("/api/claims", params={"limit": 500}).json()
    assert len(newsdesk("claims").splitlines()) == claims["total"] > 0
    entities = client.get("/api/entities", params={"limit": 500}).json()["items"]
    listed = re.findall(r"^│ (E[0-9a-f]+) ", newsdesk("entities", "--limit", "500"), re.M)
    assert listed == [entity["id"] for entity in entities]


def _command_line(client: TestClient, *args: str) -> str:
    """What ``newsdesk ARGS --db STORE`` prints on the store the server serves (exit 0)."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    result = CliRunner().invoke(app, [*args, "--db", client.app.state.desk.db])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_command_line_and_the_api_show_the_same_lineage_timeline_and_linked_quotes(
    client: TestClient,
) -> None:
    def newsdesk(*args: str) -> str:
        return _command_line(client, *args)

    links = client.get("/api/lineage", params={"limit": 500}).json()
    assert f"{links['total']} copy links" in newsdesk("lineage") and links["total"] > 0
    copy = links["items"][0]["article"]
    seen = client.get(f"/api/lineage/{copy[:8]}").json()
    assert seen["article"]["id"] == copy and seen["links"][0]["role"] == "copy"
    assert seen["links"][0]["shared_text"] and seen["story"]["members"]
    shown = newsdesk("lineage", copy[:8])
    assert all(link["of"] in shown for link in seen["links"])
    assert all(member["id"] in shown for member in seen["story"]["members"])
    entries = client.get("/api/timeline", params={"readable": True, "limit": 500}).json()
    printed = [line for line in newsdesk("timeline").splitlines() if not line.startswith(" ")]
    assert len(printed) == entries["total"] > 0
    assert [e["when"].split(" ", 1)[1] for e in entries["items"]] == [line.split(":", 1)[0] for line in printed]
    linked = client.get("/api/quotes/linked", params={"limit": 500}).json()
    assert f"{linked['total']} quotes found in several articles" in newsdesk("quotes", "--linked")
    story = client.get("/api/stories").json()["items"][0]["story_id"]
    framing = client.get(f"/api/stories/{story}/framing").json()
    assert framing == json.loads(newsdesk("framing", story, "--format", "json"))
    assert framing["outlets"] and client.get("/api/stories/zzzz/framing").status_code == 404


def test_the_command_line_writes_the_brief_the_api_answers(client: TestClient, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    target = tmp_path / "brief.json"
    args = ["brief", "--format", "json", "--out", str(target), "--topic", "Kazakhstan"]
    result = CliRunner().invoke(app, [*args, "--db", client.app.state.desk.db])
    assert result.exit_code == 0, result.output
    answered = client.get("/api/brief", params={"topic": "Kazakhstan"}).json()
    assert json.loads(target.read_text(encoding="utf-8")) == answered
    assert answered["sections"]


def test_an_empty_brief_names_the_settings_that_narrow_it_as_each_face_takes_them(
    client: TestClient, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from newsdesk.brief import Settings, write_brief
    from newsdesk.cli import app
    from newsdesk.errors import NewsdeskError

    db, target = client.app.state.desk.db, tmp_path / "brief.md"
    with pytest.raises(NewsdeskError) as refused:
        write_brief(db=db, settings=Settings(topic="Kazakhstan", until="1990"), format="md", out=str(target))
    assert refused.value.options == ("topic", "since", "until", "entity")
    assert "widen topic, since/until or entity" in str(refused.value)
    result = CliRunner().invoke(
        app, ["brief", "--out", str(target), "--topic", "Kazakhstan", "--until", "1990", "--db", db]
    )
    assert result.exit_code == 1 and not target.exists()
    assert "widen --topic, --since/--until or --entity" in result.stderr
    answered = client.get("/api/brief", params={"topic": "Kazakhstan", "until": "1990"})
    assert answered.status_code == 200 and not any(answered.json()["sections"].values())
    assert list(answered.json()["sections"]) == list(SECTIONS)  # the keys of any other brief
    page = client.get("/brief", params={"topic": "Kazakhstan", "until": "1990"}).text
    assert "No verified item: widen the topic, since/until or entity." in page


def test_a_missing_store_is_made_by_the_server_and_named_by_the_command_line(
    tmp_path: Path,
) -> None:
    """The server makes its store when it starts, so its faces show an empty desk; the command
    line reads none and says which command makes one."""
    from typer.testing import CliRunner

    from newsdesk.cli import app

    missing = tmp_path / "none.duckdb"
    result = CliRunner().invoke(app, ["articles", "--db", str(missing)])
    assert result.exit_code == 1 and not missing.exists()
    assert result.stderr.strip() == f"error: {missing}: no such store; run `newsdesk ingest` first"
    with TestClient(create_app(str(missing))) as fresh:
        assert fresh.get("/api/articles").json() == {"total": 0, "items": []}
        assert "0 in the store" in fresh.get("/").text
        assert "no stories yet" in fresh.get("/").text
        # as `newsdesk brief` says on an empty store: no setting would help
        brief = fresh.get("/brief").text
        assert "The store holds no article; ingest articles first" in brief and "widen" not in brief
    assert missing.exists()


def test_the_command_line_and_the_api_manage_the_same_feeds_watchlists_and_schedules(
    client: TestClient,
) -> None:
    def newsdesk(*args: str) -> str:
        return _command_line(client, *args)

    newsdesk("feeds", "add", str(EXAMPLES), "--name", "examples", "--every", "1h")
    assert [feed["source"] for feed in client.get("/api/feeds").json()["items"]] == [str(EXAMPLES)]
    watch = {"name": "kz", "entities": ["Tokayev"], "event_types": ["CONSULT"]}
    assert client.post("/api/watchlists", json=watch).status_code == 201
    assert newsdesk("watchlist", "list") == "kz: entities: Tokayev; event_types: CONSULT\n"
    newsdesk("schedule", "add", "digest", "--when", "daily 07:00", "--to", "desk@example.org")
    schedule = client.get("/api/schedules").json()["items"][0]
    assert schedule["name"] == "digest" and schedule["recipients"] == ["desk@example.org"]
    status = client.get("/api/status").json()
    assert f"next {status['schedules'][0]['next_due']}" in newsdesk("status")
    for kind, name in (("feeds", "examples"), ("watchlists", "kz"), ("schedules", "digest")):
        assert client.delete(f"/api/{kind}/{name}").json() == {"removed": name}
    assert newsdesk("feeds", "list") == newsdesk("watchlist", "list") == ""


def test_every_api_route_is_in_docs_web(client: TestClient) -> None:
    doc = re.sub(r"\{[^}]*\}", "{}", (Path(__file__).parents[1] / "docs" / "web.md").read_text())
    routes = {
        (method.upper(), re.sub(r"\{[^}]*\}", "{}", path))
        for path, methods in client.get("/openapi.json").json()["paths"].items()
        for method in methods
    }
    missing = [
        (method, path)
        for method, path in routes
        if path.startswith("/api/") and not re.search(rf"{method} {re.escape(path)}[?`]", doc)
    ]
    live = {
        (method, f"/api/{kind}{tail}")
        for kind in ("feeds", "watchlists", "schedules")
        for method, tail in (("GET", ""), ("POST", ""), ("DELETE", "/{}"))
    }
    assert live | {("GET", "/api/alerts"), ("GET", "/api/status")} <= routes
    assert len(routes) > 10 and not missing


def test_a_request_cannot_make_the_server_fetch_a_page_of_its_own_network(
    tmp_path: Path,
) -> None:
    """``newsdesk ingest URL`` fetches the host its user names; ``POST /api/ingest`` refuses a
    loopback or private one, so a request cannot read the server's own network back as
    articles."""
    import gzip
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from newsdesk.ingest import ingest

    body = gzip.decompress((Path(__file__).parent / "data/web/pages/europa.html.gz").read_bytes())

    class Internal(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Internal)
    Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/internal.html"
    try:
        db = str(tmp_path / "desk.duckdb")
        with TestClient(create_app(db)) as client:
            job = client.post("/api/ingest", json={"urls": [url]}).json()["job"]
            state = job_end(client, job, seconds=120)
            assert state["state"] == "failed" and "loopback, private" in state["errors"][0]
            assert state["errors"][0].endswith("(see the server's rule: public hosts only)")
            assert client.get("/api/articles").json()["total"] == 0
        asked = ingest([url], db=str(tmp_path / "cli.duckdb"), workers=1)
        assert asked.new == 1  # the command line's user named the host: fetched as asked
    finally:
        server.shutdown()


def test_an_article_not_analysed_yet_says_so_on_its_page(client: TestClient, tmp_path: Path) -> None:
    """An English article ingested after the last analysis has no layers to show; its page and
    its API record say it is not analysed yet, as the seeds' analysed pages do not."""
    from newsdesk import ingest

    db = str(tmp_path / "ingested.duckdb")
    ingest([str(EXAMPLES / "001_39805eacea2c2278.txt")], db=db, workers=1)
    with TestClient(create_app(db)) as fresh:
        row = fresh.get("/api/articles").json()["items"][0]
        article_id = row["id"]
        assert row["analysed"] is False
        assert "(not analysed)" in fresh.get("/search").text
        assert "not analysed yet: run newsdesk analyse" in fresh.get(f"/articles/{article_id}").text
        record = fresh.get(f"/api/articles/{article_id}").json()
        assert record["analysed"] is False
    assert all(row["analysed"] for row in all_articles(client))
    analysed = all_articles(client)[0]["id"]
    assert "not analysed" not in client.get(f"/articles/{analysed}").text
    assert client.get(f"/api/articles/{analysed}").json()["analysed"] is True


def test_the_first_question_after_a_change_says_it_builds_the_index(seed_store: str, tmp_path: Path) -> None:
    """The first question after the store changed builds the retrieval index first (half a
    minute at 600 AllSides articles): the ask form says so before it is asked, the answer says it was
    done, `newsdesk ask` says it on stderr; later questions say nothing of it."""
    from typer.testing import CliRunner

    from newsdesk.cli import app
    from newsdesk.errors import INDEXING

    path = tmp_path / "desk.duckdb"
    shutil.copy(seed_store, path)
    question = "Why is China nervous about Kazakhstan?"
    with TestClient(create_app(str(path))) as fresh:
        assert html.escape(INDEXING.capitalize()) in fresh.get("/ask").text
        first = fresh.get("/ask", params={"q": question}).text
        assert "The retrieval index was built first for this question" in first
        assert INDEXING.capitalize() not in fresh.get("/ask").text
        assert "built first" not in fresh.get("/ask", params={"q": question}).text
    with open_store(str(path)) as store:  # a new article changes the store: the index is old
        store.save_input(source="new", path="new.txt", sha256="1", size=1, articles=[
            Article(path="new.txt", raw_text=question, text=question, title="New", language="en")])
    said = CliRunner().invoke(app, ["ask", question, "--db", str(path)], terminal_width=200)
    assert f"note: {INDEXING}" in " ".join(said.stderr.split())
    again = CliRunner().invoke(app, ["ask", question, "--db", str(path)], terminal_width=200)
    assert "retrieval index" not in again.stderr


def test_an_entity_page_lists_its_articles_as_the_search_of_its_articles_does(client: TestClient) -> None:
    """The entity page lists 100 articles and links "all of them in the search"; it listed them
    in ingest order (a Navy Yard shooting of 2013 first on the United States' page at 600
    AllSides articles), the search newest first, so the two lists did not continue each other."""
    profile = client.get("/api/entities/Kazakhstan").json()
    searched = client.get("/api/articles", params={"entity": profile["entity"]["id"], "limit": 500}).json()
    assert [a["id"] for a in profile["articles"]] == [a["id"] for a in searched["items"]]
    dated = [a["published"] for a in profile["articles"] if a["published"]]
    assert dated == sorted(dated, reverse=True) and len(dated) >= 2


def test_an_entity_page_says_when_no_role_was_read(client: TestClient) -> None:
    """A place has no role: its page showed the Roles table's head alone (the United States'
    page at 600 AllSides articles); it ends the table with a line, as the list pages do."""
    profile = client.get("/api/entities/Kazakhstan").json()
    assert profile["roles"] == []
    page = client.get(f"/entities/{profile['entity']['id']}").text
    assert '<td colspan="4">no role or title read beside its name</td>' in page
    tokayev = client.get("/api/entities/Tokayev").json()
    assert tokayev["roles"] and "no role or title read" not in client.get(f"/entities/{tokayev['entity']['id']}").text
