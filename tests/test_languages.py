"""The language gate: only supported languages are analysed; others are stored, marked, skipped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsdesk import ingest, open_store
from newsdesk.analyse import analyse
from newsdesk.exporter import export_records
from newsdesk.languages import analysis_skipped, detect

DATA = Path(__file__).parent / "data" / "languages"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GERMAN = (DATA / "de_creativecommons_2014-03-20.txt").read_text(encoding="utf-8")
RUSSIAN = (DATA / "ru_factrueval_book_156.txt").read_text(encoding="utf-8")
ENGLISH = (EXAMPLES / "001_39805eacea2c2278.txt").read_text(encoding="utf-8")
RUSSIAN_PARAGRAPH = RUSSIAN.splitlines()[0]
XINHUA = "新华社阿斯塔纳1月10日电 哈萨克斯坦总统托卡耶夫10日表示，哈萨克斯坦局势已趋于稳定。"


@pytest.mark.parametrize(("text", "expected"), [
    (GERMAN, "de"),
    (RUSSIAN, "ru"),
    ("Описание\n" + RUSSIAN, "ru"),  # a one-word heading does not decide the page
    (ENGLISH, "en"),
    (ENGLISH + "\n" + RUSSIAN_PARAGRAPH + "\n", "en"),  # one quoted Russian paragraph
    ("President Vladimir Putin (Владимир Путин) said on Monday that the talks would go on.", "en"),
    ("Президент Владимир Путин (Vladimir Putin) заявил в понедельник, что переговоры продолжатся.",
     "ru"),
    ("   \n", None),
    # Mandarin that py3langid labels wuu (Wu): stored as the macrolanguage, zh
    ("哈萨克斯坦局势趋于稳定", "zh"),
    (XINHUA, "zh"),
    (f"哈萨克斯坦局势趋于稳定\n\n{XINHUA}\n", "zh"),
])
def test_detect(text: str, expected: str | None) -> None:
    assert detect(text) == expected


def test_a_text_of_digits_is_not_taken_for_chinese() -> None:
    """The Chinese varieties add up only under the likeliest label: a text that is equally
    likely anything ("683.") is not Chinese for having several Chinese labels."""
    assert detect("683.") != "zh"


def test_a_chinese_article_is_stored_as_zh(tmp_path: Path) -> None:
    records = tmp_path / "xinhua.jsonl"
    records.write_text(json.dumps({"text": f"哈萨克斯坦局势趋于稳定\n\n{XINHUA}\n"},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    ingest([str(records)], db=db, workers=1)
    with open_store(db, read_only=True) as store:
        [row] = store.list_articles()
    assert row["language"] == "zh"
    assert analysis_skipped(row["language"]) == "language zh not supported"


def test_a_text_file_of_a_chinese_headline_and_one_sentence_is_ingested_with_its_title(
        tmp_path: Path) -> None:
    """It failed with "no article text left": words counted by spaces took the sentence for the
    headline and the headline for a label."""
    path = tmp_path / "xinhua.txt"
    path.write_text(f"哈萨克斯坦局势趋于稳定\n\n{XINHUA}\n", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    report = ingest([str(path)], db=db, workers=1)
    assert (report.new, report.failed) == (1, [])
    with open_store(db, read_only=True) as store:
        [article] = store.iter_articles()
    assert (article.title, article.text) == ("哈萨克斯坦局势趋于稳定", XINHUA)


@pytest.mark.parametrize(("language", "reason"), [
    ("en", None),
    ("de", "language de not supported"),
    ("ru", None),  # its own pipeline, newsdesk[ru]
    ("kk", "language kk not supported"),
    ("zh", "language zh not supported"),
    (None, "language unknown not supported"),
])
def test_analysis_skipped(language: str | None, reason: str | None) -> None:
    if language == "ru":
        pytest.importorskip("natasha")
    assert analysis_skipped(language) == reason


@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("languages")
    for path in [*DATA.glob("*.txt"), EXAMPLES / "001_39805eacea2c2278.txt"]:
        shutil.copy(path, folder / path.name)
    db = str(folder / "store.duckdb")
    ingest([str(folder)], db=db, workers=1)
    analyse(db=db, workers=1)
    return db


def _by_language(db: str) -> dict[str, dict]:
    with open_store(db, read_only=True) as store:
        return {record["language"]: record for record in export_records(store)}


def test_unsupported_articles_are_stored_marked_and_never_tagged(mixed_store: str) -> None:
    records = _by_language(mixed_store)
    assert set(records) == {"en", "de", "ru"}
    record = records["de"]
    assert record["text"].strip()
    assert record["analysed"] is False
    assert record["analysis_skipped"] == "language de not supported"
    assert not record["entities"] and not record["figures"] and not record["quotes"]
    assert records["en"]["analysed"] is True and records["en"]["analysis_skipped"] is None
    assert records["en"]["entities"]


@pytest.mark.parametrize("name", ["Leonhard Dobusch", "Dobusch"])
def test_registry_takes_no_entity_from_unanalysed_articles(mixed_store: str, name: str) -> None:
    with open_store(mixed_store, read_only=True) as store:
        assert store.find_entity(name) is None


@pytest.mark.parametrize("name", ["Дмитрий Медведев", "Юрий Лужков"])
def test_russian_articles_have_their_own_pipeline(mixed_store: str, name: str) -> None:
    pytest.importorskip("natasha")
    with open_store(mixed_store, read_only=True) as store:
        assert store.find_entity(name) is not None



def test_an_article_ingested_and_not_analysed_is_exported_as_not_analysed(tmp_path: Path) -> None:
    """An English article stored after the last analysis has no layers; its record says so
    rather than `analysed: true` beside empty entities, quotes and figures."""
    db = str(tmp_path / "store.duckdb")
    ingest([str(EXAMPLES / "001_39805eacea2c2278.txt")], db=db, workers=1)
    record = _by_language(db)["en"]
    assert record["analysed"] is False
    assert record["analysis_skipped"] == "not analysed yet: run newsdesk analyse"
    assert record["quotes"] is None and record["entities"] is None
