"""The Russian pipeline and one actor across scripts, on real Russian text.

Texts: tests/data/ru (written for these tests, see the README there), the seeds (examples/),
and factRuEval-2016 dev (../shared/data/multilingual, MIT) for the quality floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.analyse import analyse
from newsdesk.entities.crossscript import gazetteer_id, latin_key, romanise
from newsdesk.ingest import ingest
from newsdesk.store import open_store
from without_natasha import run_without_natasha

ROOT = Path(__file__).resolve().parents[1]
RU = ROOT / "tests" / "data" / "ru"
RU_ARTICLES = sorted(RU.glob("ru_*.txt"))


@pytest.mark.parametrize(("cyrillic", "latin", "same"), [
    ("Токаев", "Tokayev", True), ("Токаев", "Toqaev", True),
    ("Касым-Жомарт Токаев", "Kassym-Jomart Tokayev", True),
    ("Касым-Жомарт Токаев", "Qasym-Zhomart Toqaev", True),
    ("Назарбаев", "Nazarbayev", True), ("Нурсултан Назарбаев", "Nursultan Nazarbaev", True),
    ("Сергей Лавров", "Sergei Lavrov", True), ("Зеленский", "Zelensky", True),
    ("Ерлан Карин", "Yerlan Karin", True), ("Карим Масимов", "Karim Massimov", True),
    ("Токаев", "Tokhtayev", False), ("Назарбаев", "Nazarbayeva", False),
    ("Сергей Лавров", "Sergei Lavrentiev", False), ("Ван И", "Wang Yi", False),
])
def test_cyrillic_and_latin_spellings_share_a_key(cyrillic: str, latin: str, same: bool) -> None:
    assert (latin_key(cyrillic) == latin_key(latin)) is same


@pytest.mark.parametrize(("name", "expected"), [
    ("Токаев", "Tokayev"), ("Ерлан", "Yerlan"), ("Зеленский", "Zelenskiy"),
    ("Щучинск", "Shchuchinsk"),
    ("Назарбаев", "Nazarbayev"), ("Подъячев", "Podyachev"),
])
def test_bgn_romanisation(name: str, expected: str) -> None:
    assert romanise(name) == expected


@pytest.mark.parametrize(("name", "label", "expected"), [
    ("Нур-Султан", "LOC", "place:Astana"), ("Астана", "LOC", "place:Astana"),
    ("ОДКБ", "ORG", "igo:CSTO"), ("Си Цзиньпин", "PERSON", "person:XI_JINPING"),
    ("Казахстан", "LOC", "KAZ"), ("Пекин", "LOC", "place:Beijing"),
    ("Казахстан", "PERSON", None), ("ОДКБ", "LOC", None), ("Астана", "ORG", None),
    ("Токаев", "PERSON", None),
])
def test_gazetteer_links_only_when_types_agree(name: str, label: str,
                                               expected: str | None) -> None:
    assert gazetteer_id(name, label=label) == expected


# -- the natasha pipeline ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ru_pipeline():
    return pytest.importorskip("newsdesk.lang.ru") if _natasha() else pytest.skip("no natasha")


def _natasha() -> bool:
    from newsdesk.lang import ru

    return ru.available()


def _mentions(text: str) -> list[dict]:
    from newsdesk.lang import ru
    from newsdesk.lang.ru_mentions import find_mentions

    return find_mentions(ru.parse(text))


@pytest.mark.parametrize(("text", "mention", "label", "name"), [
    ("Встреча Касым-Жомарта Токаева с Путиным прошла в Кремле.", "Путиным", "PERSON", "Путин"),
    ("Президент Касым-Жомарт Токаев выступил. Позже Токаева поддержали.", "Токаева", "PERSON",
     "Касым-Жомарт Токаев"),
    ("Миротворцы прибыли в Нур-Султан из России.", "России", "GPE", "Россия"),
    ("Лидеры стран ОДКБ провели встречу.", "ОДКБ", "ORG", "ОДКБ"),
    ("Эксперт Барри Лоуенкрон (Barry Lowenkron) выступил в Москве.", "Barry Lowenkron", "PERSON",
     "Barry Lowenkron"),
    ("Эксперт Барри Лоуенкрон (Barry Lowenkron) выступил в Москве.", "Барри Лоуенкрон", "PERSON",
     "Барри Лоуенкрон"),
])
def test_russian_mentions(ru_pipeline, text: str, mention: str, label: str, name: str) -> None:
    found = [m for m in _mentions(text) if m["text"] == mention]
    assert found and found[0]["label"] == label and found[0]["name"] == name
    assert text[found[0]["start"]:found[0]["end"]] == mention


@pytest.mark.parametrize("text", ["Цены на газ выросли в январе.",
                                  "Президент выступил с обращением."])
def test_no_mentions_without_names(ru_pipeline, text: str) -> None:
    assert _mentions(text) == []


def _layers(text: str, *, published: str | None = "2022-01-06") -> dict:
    from newsdesk.article import Article
    from newsdesk.lang import language_layers

    article = Article(path="t.txt", raw_text=text, text=text, language="ru", published=published)
    return language_layers(article, layers=["mentions", "quotes", "figures", "times", "events"])


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), [
    ("«Это попытка государственного переворота», — заявил Касым-Жомарт Токаев.",
     "Это попытка государственного переворота", "Касым-Жомарт Токаев", "direct"),
    ("„Мы выполнили задачу полностью“, — сказал Владимир Путин.",
     "Мы выполнили задачу полностью", "Владимир Путин", "direct"),
    ("Владимир Путин заявил, что миссия ОДКБ выполнена.", "миссия ОДКБ выполнена.",
     "Владимир Путин", "indirect"),
    ("По словам Сергея Лаврова, войска уйдут к концу месяца.", "войска уйдут к концу месяца.",
     "Сергей Лавров", "according_to"),
])
def test_russian_quotes(ru_pipeline, text: str, quote: str, speaker: str, kind: str) -> None:
    quotes = _layers(text)["quotes"]
    assert [(q["text"], q["speaker"], q["kind"]) for q in quotes] == [(quote, speaker, kind)]


@pytest.mark.parametrize("text", ["Войска вошли в город «Алматы-1» утром.",
                                  "Он заявил о помощи союзников."])
def test_no_quote_without_speech(ru_pipeline, text: str) -> None:
    assert _layers(text)["quotes"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Инвестиции составили 21 млрд долларов.", [("21 млрд долларов", 21e9, "USD")]),
    ("Доля выросла до 17%.", [("17%", 17.0, "percent")]),
    ("Ущерб оценили в 1 234,5 млн тенге.", [("1 234,5 млн тенге", 1234.5e6, "KZT")]),
    ("Погибли 225 человек.", [("225 человек", 225.0, "people")]),
    ("Это случилось 5 января 2022 года.", []),
])
def test_russian_figures(ru_pipeline, text: str, expected: list) -> None:
    figures = _layers(text)["figures"]
    assert [(f["text"], f["value"], f["unit"]) for f in figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Это случилось 5 января 2022 года.", [("5 января 2022 года", "2022-01-05", "day")]),
    ("Миссия завершилась в январе 2022 года.", [("январе 2022 года", "2022-01", "month")]),
    ("Встреча прошла 13 января.", [("13 января", "2022-01-13", "day")]),
    ("Погибли 225 человек.", []),
])
def test_russian_dates(ru_pipeline, text: str, expected: list) -> None:
    times = _layers(text)["times"]
    assert [(t["text"], t["value"], t["precision"]) for t in times] == expected


def test_missing_extra_leaves_russian_unanalysed() -> None:
    """Without natasha a Russian article gets empty layers, never the English model."""
    printed = run_without_natasha(
        "from newsdesk.article import Article\n"
        "from newsdesk.lang import language_layers, not_analysed_reason\n"
        "a = Article(path='x', raw_text='', language='ru',\n"
        "            text='Токаев заявил, что ОДКБ поможет.')\n"
        "print(language_layers(a, layers=['mentions', 'quotes']), not_analysed_reason('ru'))\n")
    assert "{'mentions': [], 'quotes': []} not analysed (install newsdesk[ru])" in printed


@pytest.mark.parametrize("text, expected", [
    ("Токаев заявил, что ОДКБ поможет. Путин согласился.", ["Токаев заявил, что ОДКБ поможет.",
                                                            "Путин согласился."]),
    ("В 2022 г. протесты прошли в Алма-Ате.", ["В 2022 г. протесты прошли в Алма-Ате."]),
    ("", []),
])
def test_russian_sentences_are_stored(ru_pipeline, text: str, expected: list[str]) -> None:
    from newsdesk.article import Article

    article = Article(path="ru.txt", raw_text=text, text=text, language="ru")
    records = ru_pipeline.analyse_article(article, layers=["sentences"])["sentences"]
    assert [text[record["start"]:record["end"]] for record in records] == expected


# -- one actor across scripts, in a store holding the seeds and the Russian articles -------------

@pytest.fixture(scope="module")
def mixed_store(ru_pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("russian") / "mixed.duckdb")
    ingest([str(ROOT / "examples"), *map(str, RU_ARTICLES)], db=db, workers=1)
    analyse(db=db, workers=1)
    return db


@pytest.mark.parametrize("group", [
    ("Токаев", "Токаева", "Касым-Жомарт Токаев", "Tokayev", "Toqaev", "Kassym-Jomart Tokayev"),
    ("Назарбаев", "Нурсултан Назарбаев", "Nazarbayev", "Nazarbaev"),
    ("Нур-Султан", "Нур-Султане", "Nur-Sultan", "Astana"),
    ("ОДКБ", "CSTO", "Collective Security Treaty Organization"),
    ("Си Цзиньпин", "Xi Jinping"),
    ("Путин", "Vladimir Putin"),
])
def test_every_variant_is_one_entity(mixed_store: str, group: tuple[str, ...]) -> None:
    with open_store(mixed_store, read_only=True) as store:
        found = [store.find_entity(name) for name in group]
    assert all(found), [name for name, entity in zip(group, found) if not entity]
    assert len({entity["id"] for entity in found}) == 1


@pytest.mark.parametrize("pair", [("Токаев", "Назарбаев"), ("Нур-Султан", "Казахстан"),
                                  ("Пекин", "Китай"), ("Си Цзиньпин", "Ван И")])
def test_different_actors_stay_apart(mixed_store: str, pair: tuple[str, str]) -> None:
    with open_store(mixed_store, read_only=True) as store:
        first, second = (store.find_entity(name) for name in pair)
    assert first and second and first["id"] != second["id"]


def test_russian_articles_are_stored_as_russian(mixed_store: str) -> None:
    with open_store(mixed_store, read_only=True) as store:
        languages = {row["path"]: row["language"] for row in store.list_articles()}
    assert {languages[path] for path in languages if "/ru/" in path} == {"ru"}


# -- quality floor on independent annotated news -------------------------------------------------

@pytest.mark.slow
def test_quality_floor_on_factrueval(ru_pipeline) -> None:
    from conftest import need_shared
    from newsdesk.lang.ru_mentions import find_mentions
    from newsdesk_eval.russian import Score, add_document, read_documents, spans

    documents = read_documents(need_shared("data/multilingual/factruEval-dev.jsonl.gz"))
    ours, bare = Score(), Score()
    for document in documents:
        parsed = ru_pipeline.parse(document["text"])
        gold = spans(document["entities"], typed=False)
        add_document(ours, gold, spans(find_mentions(parsed), typed=False, label="label"))
        natasha = [{"start": s.start, "end": s.end, "type": s.label} for s in parsed.spans]
        add_document(bare, gold, spans(natasha, typed=False))
    assert ours.f1 >= 0.90 and ours.f1 >= bare.f1


# -- cleaning Russian text -----------------------------------------------------------------------

@pytest.mark.slow
def test_cleaning_never_empties_russian_news() -> None:
    """factRuEval's 122 plain-text news files: each keeps most of its text after cleaning."""
    from conftest import need_shared
    from newsdesk.article import Article
    from newsdesk.clean import clean_article
    from newsdesk_eval.russian import read_documents

    documents = read_documents(need_shared("data/multilingual/factruEval-dev.jsonl.gz"))
    kept = {d["id"]: len(clean_article(Article(path=d["id"], raw_text=d["text"])).text)
            / len(d["text"]) for d in documents}
    assert min(kept.values()) > 0.5, min(kept, key=kept.get)
    assert sum(kept.values()) / len(kept) > 0.95


@pytest.mark.parametrize(("line", "reason"), [
    ("Подписывайтесь на наш канал в Telegram", "subscribe"),
    ("© 2022 ТАСС. Все права защищены.", "copyright"),
    ("Читайте также", "call-to-action"),
    ("Поделиться", "call-to-action"),
    ("Реклама", "advertisement"),
])
def test_russian_boilerplate_cues(line: str, reason: str) -> None:
    from newsdesk.article import Article
    from newsdesk.clean import clean_article

    body = (RU / "ru_002_nursultan.txt").read_text(encoding="utf-8")
    article = clean_article(Article(path="x", raw_text=f"{body}\n\n{line}\n"))
    assert [r.reason for r in article.removed if r.text == line] == [reason]
    assert "Токаев поблагодарил Владимира Путина" in article.text


def test_cross_script_links_against_the_hand_checked_key(mixed_store: str) -> None:
    import json

    from newsdesk_eval.russian_links import link_pairs, score_links

    key = json.loads((RU / "links.json").read_text(encoding="utf-8"))["links"]
    with open_store(mixed_store, read_only=True) as store:
        score = score_links(link_pairs(store), key)
    assert score["wrong"] == [] and score["unchecked"] == []
    assert score["precision"] == 1.0 and score["recall"] >= 0.9


# -- Kazakh and Chinese: detected, stored, not analysed ------------------------------------------

_CHINESE = "哈萨克斯坦总统托卡耶夫五日宣布全国进入紧急状态，并请求集体安全条约组织派遣维和部队。"


@pytest.mark.slow
def test_kazakh_and_chinese_are_stored_but_not_analysed(tmp_path: Path) -> None:
    """KazNERD validation sentences (CC BY 4.0) and a Chinese sentence written for this test."""
    import gzip
    import json

    from conftest import need_shared
    from newsdesk.exporter import export_records

    path = need_shared("data/multilingual/kaznerd-valid.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        kazakh = [json.loads(line)["text"] for line, _ in zip(lines, range(30))]
    (tmp_path / "kk.txt").write_text("\n\n".join(kazakh), encoding="utf-8")
    (tmp_path / "zh.txt").write_text(_CHINESE, encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    ingest([str(tmp_path / "kk.txt"), str(tmp_path / "zh.txt")], db=db, workers=1)
    analyse(db=db, workers=1)
    with open_store(db, read_only=True) as store:
        records = {r["language"]: r for r in export_records(store)}
    assert set(records) == {"kk", "zh"}
    for language, record in records.items():
        assert record["analysis_skipped"] == f"language {language} not supported"
        assert not record["entities"] and not record["quotes"] and not record["figures"]
