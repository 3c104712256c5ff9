"""Russian articles everywhere past analysis: search, ask, the brief and its gate, the web desk.

Texts: the seeds (examples/), tests/data/ru (Russian articles written for the tests, naming the
seeds' people in Russian, see the README there) and a Chinese sentence written for this test.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from newsdesk.analyse import analyse
from newsdesk.brief.gate import check_item
from newsdesk.brief.model import Citation, Item
from newsdesk.ingest import ingest
from newsdesk.lang.words import index_text, word_keys
from newsdesk.store import open_store
from without_natasha import run_without_natasha

ROOT = Path(__file__).resolve().parents[1]
RU = ROOT / "tests" / "data" / "ru"
RU_ARTICLES = sorted(RU.glob("ru_*.txt"))
_CHINESE = "哈萨克斯坦总统托卡耶夫五日宣布全国进入紧急状态，并请求集体安全条约组织派遣维和部队。"


# -- Russian word forms ------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "same"), [
    ("Токаев", "Токаева", True),
    ("Токаеву", "Токаевым", True),
    ("Назарбаев", "Назарбаеву", True),
    ("протест", "протестов", True),
    ("миротворцы", "миротворцев", True),
    ("Казахстан", "Казахстане", True),
    ("Токаев", "Назарбаев", False),
    ("Токаев", "поток", False),
    ("Путин", "Пекин", False),
])
def test_inflected_forms_share_a_key(first: str, second: str, same: bool) -> None:
    assert bool(set(word_keys(first)) & set(word_keys(second))) is same


@pytest.mark.parametrize("text", [
    "Kazakhstan's President Kassym-Jomart Tokayev asked the CSTO for help on January 5.",
    "U.S. officials said 2,000 troops (mostly Russian) arrived — \"quickly\".",
])
def test_latin_text_is_indexed_as_written(text: str) -> None:
    assert index_text(text) == text


def test_russian_text_is_indexed_by_keys_without_stop_words() -> None:
    words = re.findall(r"\w+", index_text("Токаев заявил, что ОДКБ поможет Казахстану."))
    assert {"токаев", "одкб"} <= set(words) and "что" not in words
    assert set(word_keys("Казахстану")) <= set(words)


# -- the gate on Russian spans -----------------------------------------------------------------

_ARTICLE = ("Он заявил, что миротворцы ОДКБ покинут Казахстан за 10 дней. "
            "Но Касым-Жомарт Токаев 11 января объявил о начале вывода.")
_FIRST = _ARTICLE.index(".") + 1


@pytest.mark.parametrize(("text", "start", "end", "passes"), [
    (_ARTICLE[:_FIRST], 0, _FIRST, True),
    ("[Токаев] заявил, что миротворцы ОДКБ покинут Казахстан за 10 дней.", 0, _FIRST, True),
    ("Касым-Жомарт Токаев 11 января объявил о начале вывода.", _FIRST + 1, len(_ARTICLE), True),
    # a name or a number the span does not hold, a bracketed name the article does not hold
    ("Он заявил, что миротворцы ОДКБ покинут Киргизию за 10 дней.", 0, _FIRST, False),
    ("Он заявил, что миротворцы ОДКБ покинут Казахстан за 12 дней.", 0, _FIRST, False),
    ("[Путин] заявил, что миротворцы ОДКБ покинут Казахстан за 10 дней.", 0, _FIRST, False),
    ("Назарбаев 11 января объявил о начале вывода.", _FIRST + 1, len(_ARTICLE), False),
])
def test_gate_checks_russian_sentences(text: str, start: int, end: int, passes: bool) -> None:
    item = Item(text=text, citations=[Citation("a", start, end)], language="ru")
    reason = check_item(item, {"a": _ARTICLE}, {})
    assert (reason is None) is passes, reason


# -- a store holding the seeds, the Russian articles and a Chinese one ---------------------------

@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    pytest.importorskip("natasha")
    folder = tmp_path_factory.mktemp("russian-desk")
    (folder / "zh.txt").write_text(_CHINESE, encoding="utf-8")
    db = str(folder / "mixed.duckdb")
    ingest([str(ROOT / "examples"), *map(str, RU_ARTICLES), str(folder / "zh.txt")], db=db,
           workers=1)
    analyse(db=db, workers=1)
    return db


def _ask(db: str, question: str):
    from newsdesk.brief.ask import ask

    return ask(question, db=db, limit=10)


def _languages(db: str) -> dict[str, str]:
    with open_store(db, read_only=True) as store:
        return {row["id"]: row["language"] for row in store.list_articles()}


@pytest.mark.parametrize(("question", "language"), [
    ("What did Tokayev say about the CSTO?", "ru"),
    ("What did Xi Jinping say?", "ru"),
    ("Что сказал Токаев?", "en"),
    ("Что сказал Си Цзиньпин?", "en"),
])
def test_ask_finds_evidence_across_scripts(mixed_store: str, question: str, language: str) -> None:
    """An English question finds Russian sentences through the entity's Cyrillic names, a
    Russian question English ones; every item is its cited span, with its article's language."""
    from newsdesk.brief.render import render_answer

    answer = _ask(mixed_store, question)
    languages = _languages(mixed_store)
    assert language in {item.language for item in answer.items}
    with open_store(mixed_store, read_only=True) as store:
        for item in answer.items:
            citation = item.citations[0]
            assert item.language == languages[citation.article]
            assert store.get_article(citation.article).text[citation.start:citation.end] == item.text
    markdown = render_answer(answer)
    for item in answer.items:
        if item.language == "ru":
            assert f"«{item.text}» (ru)" in markdown
    assert {i["language"] for i in json.loads(render_answer(answer, format="json"))["items"]} \
        == {item.language for item in answer.items}


@pytest.mark.parametrize(("marked", "plain"), [
    ('What did Kassym-Jomart "Tokayev say?', "What did Kassym-Jomart Tokayev say?"),
    ("What did Xi “Jinping say?", "What did Xi Jinping say?"),
    ("Что сказал Касым-Жомарт «Токаев?", "Что сказал Касым-Жомарт Токаев?"),
    ('What did "Tokayev say about the CSTO?', "What did Tokayev say about the CSTO?"),
])
def test_an_unclosed_quotation_mark_is_no_boundary_of_a_name(mixed_store: str, marked: str,
                                                              plain: str) -> None:
    """A mark opened inside a name and never closed cut the name in two: 'Kassym-Jomart
    "Tokayev' found none of his Cyrillic names and answered in English alone."""
    answered = _ask(mixed_store, marked)
    assert [item.citations for item in answered.items] == [
        item.citations for item in _ask(mixed_store, plain).items]
    assert "ru" in {item.language for item in answered.items}


@pytest.mark.parametrize("question", [
    "What did Zelensky say about bananas?",
    "Что сказал Зеленский о бананах?",
    "Что Токаев сказал о бананах?",
])
def test_ask_says_not_found_in_either_language(mixed_store: str, question: str) -> None:
    answer = _ask(mixed_store, question)
    assert answer.items == []


def test_brief_cites_russian_sentences_in_the_original(mixed_store: str) -> None:
    from newsdesk.brief import make_brief
    from newsdesk.brief.model import Settings
    from newsdesk.brief.render import render_html, render_markdown

    brief, texts, layers = make_brief(db=mixed_store, settings=Settings())
    russian = [item for _, item in brief.items() if item.language == "ru"]
    assert russian and all(texts[i.citations[0].article][i.citations[0].start:i.citations[0].end]
                           == i.text for i in russian)
    markdown = render_markdown(brief)
    assert all(f"«{item.text}» (ru)" in markdown for item in russian)
    assert re.search(r"characters \d+–\d+, in ru\)", markdown)
    page = render_html(brief, texts, layers=layers)["brief.html"]
    assert '<q lang="ru">' in page


def test_brief_for_an_entity_takes_articles_naming_it_in_either_script(mixed_store: str) -> None:
    from newsdesk.brief.build import load_corpus
    from newsdesk.brief.model import Settings

    with open_store(mixed_store, read_only=True) as store:
        by_russian = {a.id for a in load_corpus(store, Settings(entity="Токаев")).articles}
        by_english = {a.id for a in load_corpus(store, Settings(entity="Tokayev")).articles}
    languages = _languages(mixed_store)
    assert by_russian == by_english
    assert {languages[i] for i in by_russian} == {"en", "ru"}


@pytest.mark.parametrize(("topic", "languages"), [
    ("Tokayev CSTO", {"en", "ru"}),  # the entities' Cyrillic names count, per language
    ("fuel prices protests", {"en"}),  # no entity: words as written
])
def test_brief_topic_counts_an_entitys_cyrillic_names(mixed_store: str, topic: str,
                                                       languages: set[str]) -> None:
    from newsdesk.brief.build import load_corpus
    from newsdesk.brief.model import Settings

    with open_store(mixed_store, read_only=True) as store:
        selected = load_corpus(store, Settings(topic=topic)).articles
    assert {article.language for article in selected} == languages


# -- the display language, with every alias kept --------------------------------------------------

def test_display_name_follows_the_language_setting(mixed_store: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdesk.entities.crossscript import cyrillic
    from newsdesk.entities.registry import resolve_entities

    copy = tmp_path / "ru.duckdb"
    shutil.copy(mixed_store, copy)
    monkeypatch.setenv("NEWSDESK_DISPLAY_LANGUAGE", "ru")
    with open_store(str(copy)) as store:
        resolve_entities(store)
    names = {}
    for db in (mixed_store, str(copy)):
        with open_store(db, read_only=True) as store:
            entity = store.find_entity("Tokayev")
            names[db] = (entity["name"], set(store.entity_spellings(entity["id"])))
    (english, english_names), (russian, russian_names) = names[mixed_store], names[str(copy)]
    assert not cyrillic(english) and cyrillic(russian)
    assert english_names == russian_names
    assert {"Токаев", "Tokayev", "Toqaev"} <= russian_names


# -- the web desk ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(mixed_store: str, tmp_path_factory: pytest.TempPathFactory):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsdesk.web import create_app

    path = tmp_path_factory.mktemp("desk") / "desk.duckdb"
    shutil.copy(mixed_store, path)
    with TestClient(create_app(str(path))) as client:
        yield client


def _texts(client) -> dict[str, tuple[str, str]]:
    """Every article's (language, title and text) read through the API."""
    items = client.get("/api/articles", params={"limit": 500}).json()["items"]
    return {i["id"]: (i["language"], client.get(f"/api/articles/{i['id']}").json()) for i in items}


@pytest.mark.parametrize(("q", "form"), [
    ("Токаеву", r"\bТокаев"),  # any form of the name
    ("миротворцы", r"миротвор"),
    ("Нур-Султане", r"Нур-Султан"),
])
def test_search_matches_inflected_russian_forms(client, q: str, form: str) -> None:
    found = {i["id"] for i in client.get("/api/articles", params={"q": q, "limit": 500}).json()["items"]}
    expected = {article_id for article_id, (_, record) in _texts(client).items()
                if re.search(form, (record.get("title") or "") + " " + record["text"])}
    assert found == expected and found


def test_search_finds_a_chinese_word_inside_its_unspaced_sentence(client) -> None:
    """A search word matches whole words only, but Chinese writes no spaces: its name for
    Tokayev stands inside a run of letters and is still found there."""
    found = client.get("/api/articles", params={"q": "托卡耶夫"}).json()["items"]
    assert [item["language"] for item in found] == ["zh"]


def test_search_filters_by_language_and_marks_what_is_not_analysed(client) -> None:
    russian = client.get("/api/articles", params={"language": "ru", "limit": 500}).json()
    assert russian["total"] == len(RU_ARTICLES)
    assert all(item["language"] == "ru" and item["analysed"] for item in russian["items"])
    chinese = client.get("/api/articles", params={"language": "zh"}).json()["items"]
    assert [item["analysed"] for item in chinese] == [False]
    page = client.get("/search", params={"language": "ru"}).text
    assert '<option value="ru" selected>ru (3)</option>' in page
    assert "zh (1, not analysed)" in page


def test_russian_article_page_marks_its_language(client) -> None:
    import html

    item = client.get("/api/articles", params={"language": "ru", "limit": 1}).json()["items"][0]
    page = client.get(f"/articles/{item['id']}").text
    element = page.split('<div class="text" id="text" lang="ru">', 1)[1].split("</div>", 1)[0]
    shown = html.unescape(re.sub(r"<[^>]+>", "", element))
    assert shown == client.get(f"/api/articles/{item['id']}").json()["text"]


def test_chinese_article_page_says_not_analysed(client) -> None:
    item = client.get("/api/articles", params={"language": "zh"}).json()["items"][0]
    page = client.get(f"/articles/{item['id']}").text
    assert "not analysed: language zh not supported" in page and 'lang="zh"' in page


def test_entity_page_lists_the_cyrillic_aliases(client) -> None:
    entity = client.get("/api/entities", params={"q": "Tokayev"}).json()["items"][0]
    page = client.get(f"/entities/{entity['id']}").text
    for alias in ("Токаев", "Касым-Жомарт Токаев", "Tokayev"):
        assert f">{alias}</td>" in page
    assert '<td lang="ru">Токаев</td>' in page


def test_ask_page_quotes_russian_with_its_language(client) -> None:
    page = client.get("/ask", params={"q": "What did Tokayev say about the CSTO?"}).text
    assert '<q lang="ru">' in page and "(ru)" in page


@pytest.mark.parametrize(("args", "languages"), [
    (["Токаеву"], {"ru"}),
    (["--lang", "en"], {"en"}),
    (["--entity", "Tokayev"], {"en", "ru"}),
    (["--language", "zh"], {"zh (not analysed)"}),
])
def test_search_command_shows_each_hit_with_its_language(mixed_store: str, args: list[str],
                                                         languages: set[str]) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    result = CliRunner().invoke(app, ["search", "--db", mixed_store, *args],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = [line.split("│")[1:-1] for line in result.output.splitlines() if line.startswith("│")]
    assert rows and {cells[-1].strip() for cells in rows} == languages


def test_without_the_extra_russian_sentences_are_searchable_but_not_quoted() -> None:
    """Without natasha: Russian words are still keyed for search, and a Russian sentence is
    not taken as prose (it is never given to the English tagger)."""
    printed = run_without_natasha(
        "from newsdesk.prose import parse_problems\n"
        "from newsdesk.lang.words import word_keys\n"
        "print(word_keys('Токаева'), parse_problems(['Токаев заявил, что ОДКБ поможет.',\n"
        "                                            'Tokayev said the CSTO would help.']))\n")
    assert "('токаева', 'токаев') ['not analysed (install newsdesk[ru])', None]" in printed
