"""Parse once: the batched analysis step gives what one parse per text gives, on the seeds."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from newsdesk.analyse import AnalyseStep, analyse, analysers, batched
from newsdesk.entities import MentionAnalyser
from newsdesk.errors import UsageError
from newsdesk.executors import make_executor
from newsdesk.exporter import export_records
from newsdesk.ingest import ingest
from newsdesk.nlp import load_pipeline
from newsdesk.parsed import doc_ents, doc_text, release, span_ents
from newsdesk.quotes.index import build_index
from newsdesk.store import open_store
from newsdesk.timex import caption_texts


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("scale") / "seeds.duckdb")
    ingest([str(EXAMPLES)], db=path, workers=1)
    with open_store(path, read_only=True) as store:
        return list(store.iter_articles())


@pytest.mark.parametrize("items, size, expected", [
    (range(5), 2, [[0, 1], [2, 3], [4]]),
    (range(4), 2, [[0, 1], [2, 3]]),
    ([], 3, []),
    ("abc", 5, [["a", "b", "c"]]),
])
def test_batched(items, size, expected):
    assert list(batched(items, size)) == expected


def test_batched_parse_equals_one_parse_per_text(seeds):
    """Bodies and captions parsed together in one nlp.pipe give the layers of separate parses."""
    assert any(caption_texts(article) for article in seeds), "the seeds should include captions"
    nlp = load_pipeline()
    expected = {}
    for article in seeds:
        doc = nlp(article.text)  # no captions attached: the analysers parse them on their own
        layers = {}
        article.annotations = layers
        for analyser in analysers():
            layers[analyser.layer] = analyser(doc, article)
        expected[article.id] = layers
    for article in seeds:
        article.annotations = {}
    found = {article.id: article.annotations for article in AnalyseStep(analysers(), batch_size=3)(seeds)}
    assert found == expected


def test_doc_text_is_the_docs_text_joined_once(seeds):
    doc = load_pipeline()(seeds[0].text)
    text = doc_text(doc)
    assert text == doc.text == seeds[0].text
    assert doc_text(doc) is text  # kept with the doc, not joined again


def test_kept_entities_are_the_docs_and_each_spans(seeds):
    """``doc_ents``/``span_ents`` give what ``doc.ents``/``span.ents`` give, for every sentence
    and every window of tokens of the seeds."""
    for doc in load_pipeline().pipe([article.text for article in seeds]):
        assert doc_ents(doc) == doc.ents
        spans = [*doc.sents, *(doc[start : start + 9] for start in range(0, len(doc), 5))]
        for span in spans:
            assert span_ents(span) == list(span.ents)


def test_released_doc_is_freed_without_the_cycle_collector(seeds):
    """The kept entities refer back to their doc; once released, dropping the doc frees it."""
    doc = load_pipeline()(seeds[0].text)
    assert doc_ents(doc)
    release(doc)
    freed = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert freed() is None
    finally:
        gc.enable()

def test_remembered_full_names_equal_fresh_resolutions(seeds):
    """Every quote's speaker search asks the name index for the same full names again; the
    remembered answers are those a fresh resolution gives, at every mention of every seed."""
    nlp = load_pipeline()
    asked = 0
    for article in seeds:
        doc = nlp(article.text)
        index = build_index(doc, {"mentions": MentionAnalyser()(doc, article)}, [])
        for mention in index.mentions * 2:  # the second pass reads the remembered answers
            remembered = index.full_name(mention.name, before=mention.start)
            assert remembered == index._resolve_full_name(mention.name, before=mention.start)
            asked += 1
    assert asked > 100


def test_analyse_streams_pending_and_leaves_none(tmp_path):
    db = str(tmp_path / "store.duckdb")
    ingest([str(EXAMPLES)], db=db, workers=1)
    report = analyse(db=db, workers=1, batch_size=4)
    versions = {analyser.layer: analyser.version for analyser in analysers()}
    with open_store(db, read_only=True) as store:
        assert report.analysed == store.count_articles() > 4
        assert store.article_ids_needing_layers(versions) == []
    assert analyse(db=db, workers=1).analysed == 0


def _analysed_export(tmp_path, name: str, **options) -> list[dict]:
    db = str(tmp_path / f"{name}.duckdb")
    ingest([str(EXAMPLES)], db=db, workers=1)
    report = analyse(db=db, **options)
    assert (report.executor, report.workers, report.analysed) == (options["executor"], options["workers"], 5)
    with open_store(db, read_only=True) as store:
        return sorted(export_records(store), key=lambda record: record["id"])


def test_ray_exports_every_field_as_local_does(tmp_path):
    pytest.importorskip("ray")
    local = _analysed_export(tmp_path, "local", executor="local", workers=2)
    ray = _analysed_export(tmp_path, "ray", executor="ray", workers=2)
    assert [sorted(record) for record in ray] == [sorted(record) for record in local]
    assert ray == local


@pytest.mark.parametrize("kind", ["spark", "", "Ray"])
def test_unknown_executor_is_a_usage_error(kind):
    with pytest.raises(UsageError, match="unknown executor"):
        make_executor(2, kind=kind)


def _folder_with_bad_files(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    for seed in EXAMPLES.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (folder / "page.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    return folder


def test_folder_read_in_shards_stores_what_one_process_stores(tmp_path):
    folder = _folder_with_bad_files(tmp_path)
    found = {}
    for workers in (1, 2):
        db = str(tmp_path / f"{workers}.duckdb")
        report = ingest([str(folder)], db=db, workers=workers)
        with open_store(db, read_only=True) as store:
            records = sorted(export_records(store), key=lambda record: record["id"])
        failed = sorted((Path(e.path).name, e.reason) for e in report.failed)
        found[workers] = (report.new, report.skipped, failed, records)
    assert found[2] == found[1]
    assert found[2][0] == 5 and {name for name, _ in found[2][2]} == {"blank.txt", "page.html"}


def test_sharded_ingest_resumes_only_changed_files(tmp_path):
    folder = _folder_with_bad_files(tmp_path)
    db = str(tmp_path / "store.duckdb")
    ingest([str(folder)], db=db, workers=2)
    seed = sorted(folder.glob("0*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line added later.\n", encoding="utf-8")
    report = ingest([str(folder)], db=db, workers=2)
    assert (report.new, report.updated) == (0, 1)
    # skipped: the unchanged seeds; the blank file fails again, as it has nothing stored to
    # compare, and the page read to no text is read again and reported again
    assert report.skipped == len(list(folder.glob("0*.txt"))) - 1
    assert sorted(Path(e.path).name for e in report.failed) == ["blank.txt", "page.html"]


def test_nearest_dated_through_the_word_index_equals_comparing_every_pair():
    """On real texts (seeds and AllSides), including one sharing no capitalised word."""
    import gzip
    import json

    from tests.conftest import need_shared

    from newsdesk.timeline import capitalised_words, nearest_dated

    def jaccard(a: set[str], b: set[str]) -> float:
        return len(a & b) / len(a | b) if a | b else 0.0

    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    with gzip.open(need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz"), "rt") as handle:
        texts += [json.loads(line)["content_original"] for _, line in zip(range(60), handle)]
    texts.append("no capitalised word here at all.")
    words = {f"a{i}": capitalised_words(text) for i, text in enumerate(texts)}
    ids = list(words)
    dated, undated = ids[::2], ids[1::2]
    expected = [(a, max(dated, key=lambda other: jaccard(words[a], words[other]))) for a in undated]
    assert list(nearest_dated(undated, dated, words)) == expected
    assert expected[-1][1] == dated[0]  # nothing shared: the first dated article, as before


@pytest.mark.parametrize("args, code, said", [
    (["--executor", "inprocess"], 0, "(executor inprocess, 1 worker)"),
    (["--executor", "spark"], 2, "unknown executor 'spark'"),
])
def test_analyse_command_names_the_executor_that_ran(tmp_path, args, code, said):
    from typer.testing import CliRunner

    from newsdesk.cli import app

    db = str(tmp_path / "store.duckdb")
    ingest([str(EXAMPLES)], db=db, workers=1)
    result = CliRunner().invoke(app, ["analyse", "--db", db, *args])
    assert result.exit_code == code and said in result.output
