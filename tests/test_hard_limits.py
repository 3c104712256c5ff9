"""Inputs that once made analysis fail or take hours: long texts and many removed lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.analyse import analyse
from newsdesk.article import Article, Removed
from newsdesk.clean import clean_article
from newsdesk.long_text import shifted, text_pieces
from newsdesk.store import open_store
from newsdesk.timex import caption_texts

PARAGRAPH = "The minister met farmers in Seville on Monday {n} to talk about water prices."


def removed(*pairs: tuple[str, str]) -> list[Removed]:
    return [Removed(text=text, reason=reason) for text, reason in pairs]


@pytest.mark.parametrize(("lines", "expected"), [
    (removed(("Photo: Reuters, 3 May 2021", "caption")), [0]),
    (removed(("A", "caption"), ("A", "caption"), ("B", "caption")), [0, 2]),
    (removed(("A", "trailer"), ("A", "caption")), []),  # the same text removed earlier
    (removed(("Share", "trailer"), ("Advertisement", "advert")), []),  # no caption at all
    ([], []),
])
def test_first_captions(lines: list[Removed], expected: list[int]) -> None:
    article = Article(path="captions.txt", raw_text="", removed=lines)
    assert [index for index, _ in caption_texts(article)] == expected


def test_two_hundred_thousand_removed_lines_keep_one_caption() -> None:
    # once quadratic (a slice of every earlier line per caption): 170 s for this article
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(20))
    noise = "\n\n".join(["Advertisement"] * 200_000)
    article = clean_article(Article(path="ads.txt", raw_text=f"Water talks\n\n{body}\n\n{noise}\n\n{body}"))
    assert len(article.removed) >= 200_000
    assert [text for _, text in caption_texts(article)] == ["Advertisement"]


# -- texts longer than one parse (newsdesk.long_text) -------------------------------------------

@pytest.mark.parametrize(("text", "size", "expected"), [
    ("short text", 100, ["short text"]),
    ("aaaa\n\nbbbb\n\ncccc", 13, ["aaaa\n\nbbbb\n\n", "cccc"]),  # at the last paragraph break
    ("One two three. Four five six. Seven.", 20, ["One two three. ", "Four five six. ", "Seven."]),
    ("word " * 6, 12, ["word word ", "word word ", "word word "]),
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # no break at all: cut at the limit
    ("", 10, [""]),
])
def test_text_pieces(text: str, size: int, expected: list[str]) -> None:
    pieces = list(text_pieces(text, size=size))
    assert [piece for _, piece in pieces] == expected
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)


@pytest.mark.parametrize(("record", "offset", "base", "expected"), [
    ({"start": 1, "end": 4, "text": "abc"}, 10, 0, {"start": 11, "end": 14, "text": "abc"}),
    ({"speaker_span": {"start": 0, "end": 2}, "trigger_start": 5, "trigger_end": 7}, 3, 0,
     {"speaker_span": {"start": 3, "end": 5}, "trigger_start": 8, "trigger_end": 10}),
    ({"cluster": 2, "start": 0, "end": 1}, 5, 7, {"cluster": 9, "start": 5, "end": 6}),
    ({"value": 12, "negated": True, "start": None}, 9, 0, {"value": 12, "negated": True, "start": None}),
])
def test_shifted(record: dict, offset: int, base: int, expected: dict) -> None:
    assert shifted(record, offset, cluster_base=base) == expected


def filler_paragraph(n: int) -> str:
    # long tokens keep a million characters cheap to parse (about ten thousand tokens)
    return " ".join(f"{n:06d}" + "z" * 93 for _ in range(9)) + "."


def test_an_article_over_a_million_characters_is_analysed_with_the_rest_of_its_batch(
        tmp_path: Path) -> None:
    said = ('"We will not wait for the ministry," said Ana Ruiz, the mayor of Seville, '
            "on 3 March 2021.")
    fillers = [filler_paragraph(n) for n in range(1120)]
    text = "\n\n".join([said, *fillers[:560], said, *fillers[560:], said])
    assert len(text) > 1_000_000
    long = Article(path="long.txt", raw_text=text, text=text, title="Long", language="en")
    short = Article(path="short.txt", raw_text=said, text=said, title="Short", language="en")
    db = str(tmp_path / "store.duckdb")
    with open_store(db) as store:
        store.save_input(source="batch", path="batch", sha256="0", size=len(text), articles=[long, short])
    report = analyse(db=db, workers=1)
    assert report.analysed == 2 and report.corpus_steps == 3
    with open_store(db, read_only=True) as store:
        layers = {name: store.layer(name) for name in ("mentions", "quotes", "times")}
    starts = [m.start() for m in re.finditer(re.escape(said), text)]
    quotes = layers["quotes"][long.id]
    assert sorted(q["start"] for q in quotes) == [s + 1 for s in starts]  # inside the quote marks
    for name, records in layers.items():
        for record in records[long.id]:
            assert text[record["start"]:record["end"]] == record["text"], name
    assert layers["quotes"][short.id] and "Seville" in {m["text"] for m in layers["mentions"][long.id]}


def test_an_article_an_analyser_fails_on_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    """A Vox article of the AllSides corpus (its quotes layer recursed without end up to quotes
    103) ended the whole analysis with a traceback. Whether or not a layer fails on it, the run
    analyses the other article of its batch, and an article left unanalysed is reported with
    its record and exported as not analysed yet."""
    import gzip
    import json

    from conftest import need_shared, write_jsonl
    from newsdesk import ingest
    from newsdesk.exporter import export_records

    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        vox = next(json.loads(line) for line in lines if '"VN4IRaySMB28hr26"' in line)
    said = ('"We will not wait for the ministry," said Ana Ruiz, the mayor of Seville, on 3 March 2021.')
    short = {"ID": "short", "title": "Short", "source": "Desk", "content_original": said}
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "two.jsonl", [vox, short])], db=db, workers=1)
    report = analyse(db=db, workers=1)
    assert report.analysed + len(report.failed) == 2 and report.corpus_steps == 3
    with open_store(db, read_only=True) as store:
        records = {record["title"]: record for record in export_records(store)}
    assert records["Short"]["analysed"] is True and records["Short"]["quotes"]
    for failure in report.failed:
        assert "#VN4IRaySMB28hr26 (article " in failure and "layer failed: " in failure
        assert records[vox["title"]]["analysis_skipped"] == "not analysed yet: run newsdesk analyse"


def test_a_pronoun_whose_antecedent_search_comes_back_to_it_resolves(nlp) -> None:
    """The same Vox article: "Part of it is also that ..." resolved "Part" by its whole, "it",
    whose earlier subject was "Part" again, and so on until Python's recursion limit. A token
    met again while its own speaker is being resolved now stands for nobody there, and the
    article's attributions come out, the authors' among them."""
    import gzip
    import json

    from conftest import need_shared
    from newsdesk_eval.quote_set import annotate_quotes

    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        vox = next(json.loads(line) for line in lines if '"VN4IRaySMB28hr26"' in line)
    text = vox["content_original"]
    article = Article(path="vox", raw_text=text, text=text, title=vox["title"], outlet=vox["source"])
    quotes = annotate_quotes(nlp(text), article)
    said = {quote["text"][:30]: quote["speaker"] for quote in quotes}
    assert said["no increase in policing effect"] == "the authors"
