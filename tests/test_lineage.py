"""Copy lineage on real text: the seed articles and the AllSides near-duplicate silver pairs."""

from __future__ import annotations

import gzip
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, need_shared
from newsdesk.article import Article
from newsdesk.cli import app
from newsdesk.exporter import export_records
from newsdesk.ingest import ingest
from newsdesk.lineage.fingerprints import normalise
from newsdesk.lineage.links import span_text
from newsdesk.lineage.pairs import PairComparer
from newsdesk.lineage.update import LINEAGE_VERSION, update_lineage
from newsdesk.store import open_store

SEEDS = sorted(EXAMPLES.glob("*.txt"))
ALLSIDES = "data/corpus/allsides-article-bias"


def _seed_ids(store) -> dict[str, str]:
    """Seed number ("000") -> article id."""
    return {Path(article.path).name[:3]: article.id for article in store.iter_articles()}


def _pairs(links: list[dict]) -> set[frozenset[str]]:
    return {frozenset((link["article"], link["of"])) for link in links}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("seeds") / "store.duckdb")
    ingest([str(path) for path in SEEDS], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store)
    return db


@pytest.mark.parametrize(
    ("copy", "original", "field", "starts", "ends"),
    [
        (
            "001",
            "000",
            "text",
            "By intervening militarily and throwing its support behind",
            "it also boosted its already sizable political influence",
        ),
        (
            "004",
            "003",
            "removed",
            "After days of protests over fuel prices",
            "health officials said 160 people have died. Photo: Pavel Mikheyev / Reuters",
        ),
    ],
)
def test_seed_passage_reuse_is_located_in_both_articles(seed_store, copy, original, field, starts, ends):
    with open_store(seed_store, read_only=True) as store:
        ids = _seed_ids(store)
        links = [link for link in store.lineage_links() if {link["article"], link["of"]} == {ids[copy], ids[original]}]
        assert [link["kind"] for link in links] == ["passage"]
        link = links[0]
        assert len(link["spans"]) == 1
        for side, location in (("article", link["spans"][0]["this"]), ("of", link["spans"][0]["of"])):
            article = store.get_article(link[side])
            assert location["field"] == field
            if field == "removed":
                assert article.removed[location["line"]].reason == "caption"
            shared = span_text(article, location)
            assert shared.startswith(starts) and shared.endswith(ends)


def test_no_other_seed_pair_is_linked(seed_store):
    with open_store(seed_store, read_only=True) as store:
        ids = _seed_ids(store)
        expected = {frozenset((ids["000"], ids["001"])), frozenset((ids["003"], ids["004"]))}
        assert _pairs(store.lineage_links()) == expected


def test_seed_stories_count_independent_sources(seed_store):
    with open_store(seed_store, read_only=True) as store:
        ids = _seed_ids(store)
        story = store.story_of(ids["001"])
        members = [member["id"] for member in story["members"]]
        assert {ids["000"], ids["001"]} <= set(members)
        # a newsletter and an article of the same outlet (RFE/RL) are one source
        outlets = {store.get_article(i).outlet for i in members}
        assert story["independent_sources"] == len(outlets)


def test_export_adds_duplicates_and_cluster(seed_store):
    with open_store(seed_store, read_only=True) as store:
        ids = _seed_ids(store)
        records = {record["id"]: record for record in export_records(store)}
        # both seeds are undated RFE/RL pieces, so the smaller hash of what was read (not the
        # article id, made from the path) names the passage's source, whichever arrived first
        source_id, copy_id = sorted([ids["000"], ids["001"]], key=lambda i: store.get_article(i).content_hash)
    source, copy = records[source_id], records[copy_id]
    assert [(d["of"], d["kind"], d["role"]) for d in copy["duplicates"]] == [(source_id, "passage", "copy")]
    assert [(d["of"], d["role"]) for d in source["duplicates"]] == [(copy_id, "source")]
    assert source["duplicates"][0]["spans"][0]["this"] == copy["duplicates"][0]["spans"][0]["of"]
    assert records[ids["002"]]["duplicates"] == []
    assert copy["cluster"] == source["cluster"] and copy["cluster"] is not None


@pytest.mark.parametrize(("name", "copy_outranks"), [("copy_of_000.txt", False), ("0.txt", True)])
def test_exact_copy_links_to_its_source_and_is_not_counted_again(tmp_path, name, copy_outranks):
    db = str(tmp_path / "store.duckdb")
    ingest([str(path) for path in SEEDS], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store)
        before = _pairs(store.lineage_links())
        story_before = store.story_of(_seed_ids(store)["000"])
    copy = tmp_path / name
    shutil.copy(SEEDS[0], copy)
    ingest([str(copy)], db=db, workers=1)
    with open_store(db) as store:
        report = update_lineage(store)
        ids = _seed_ids(store)
        copy_id = next(a.id for a in store.iter_articles() if a.path == str(copy))
        links = store.lineage_links(article_id=copy_id)
        story = store.story_of(copy_id)
    # same text, date and outlet, so the same content hash: the file name decides which is the
    # source ("0.txt" before "000_...txt" before "copy_of_000.txt"), not arrival order; when the
    # new file outranks the seed, the seed is processed again as its copy
    source, later = (copy_id, ids["000"]) if copy_outranks else (ids["000"], copy_id)
    assert report.articles == (2 if copy_outranks else 1)
    assert [(link["article"], link["of"]) for link in links if link["kind"] == "exact"] == [(later, source)]
    assert story["articles"] == story_before["articles"] + 1
    assert story["independent_sources"] == story_before["independent_sources"]
    assert next(m for m in story["members"] if m["id"] == later)["copy_of"] == source
    with open_store(db) as store:
        renamed = {copy_id: ids["000"], ids["000"]: copy_id} if source == copy_id else {}
        assert {frozenset(renamed.get(i, i) for i in pair) for pair in _pairs(store.lineage_links())} == before | {
            frozenset((copy_id, ids["000"]))
        }


def test_lineage_reads_a_raw_text_only_where_the_cleaned_text_is_empty(tmp_path):
    """The articles lineage processes come without their raw text (the stories read it only
    where the cleaned text is empty): read again only for an article whose cleaning left
    nothing, whose story terms come from it."""
    raw = SEEDS[0].read_text(encoding="utf-8")
    bare = Article(path="bare.txt", raw_text=raw, text="")
    cleaned = Article(path="cleaned.txt", raw_text=raw, text=SEEDS[1].read_text(encoding="utf-8"))
    with open_store(str(tmp_path / "store.duckdb")) as store:
        store.save_input(source="batch", path="batch", sha256="0", size=0, articles=[bare, cleaned])
        with store.transaction():
            pending = {a.path: a for a, _ in store.lineage_start(version=LINEAGE_VERSION).pending}
    assert (pending["bare.txt"].raw_text, pending["bare.txt"].text) == (raw, "")
    assert (pending["cleaned.txt"].raw_text, pending["cleaned.txt"].text) == ("", cleaned.text)


def test_rerun_and_reingest_change_nothing(seed_store):
    ingest([str(path) for path in SEEDS], db=seed_store, workers=1)
    with open_store(seed_store) as store:
        before = store.lineage_links()
        report = update_lineage(store)
        assert (report.articles, report.links, report.stories) == (0, {}, 0)
        assert store.lineage_links() == before


def _two_copied_seeds(tmp_path) -> tuple[str, list[Path]]:
    """A store of the first two seeds, read from copies in ``tmp_path`` (to be edited)."""
    db = str(tmp_path / "store.duckdb")
    paths = [tmp_path / path.name for path in SEEDS[:2]]
    for source, path in zip(SEEDS[:2], paths):
        shutil.copy(source, path)
    ingest([str(path) for path in paths], db=db, workers=1)
    return db, paths


def test_changed_article_is_processed_again(tmp_path):
    db, paths = _two_copied_seeds(tmp_path)
    with open_store(db) as store:
        assert update_lineage(store, stories=False).links == {"passage": 1}
    lines = paths[1].read_text(encoding="utf-8").splitlines()
    edited = [line for line in lines if not line.startswith("By intervening militarily")]
    assert len(edited) == len(lines) - 1
    paths[1].write_text("\n".join(edited), encoding="utf-8")
    ingest([str(paths[1])], db=db, workers=1)
    with open_store(db) as store:
        report = update_lineage(store, stories=False)
        assert report.articles == 1
        assert store.lineage_links() == []


def _first_seen(store) -> dict[str, int]:
    return {i: row["seq"] for i, row in store.lineage_story_rows(copy_kinds=[]).items()}


def test_first_seen_numbers_are_never_shared_after_a_rebuild(tmp_path):
    db = str(tmp_path / "store.duckdb")
    ingest([str(path) for path in SEEDS[:3]], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        before = _first_seen(store)
    ingest([str(SEEDS[3])], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False, full=True)
        after = _first_seen(store)
    assert sorted(before.values()) == [1, 2, 3]
    assert {i: after[i] for i in before} == before  # a rebuild keeps the numbers held
    assert sorted(after.values()) == [1, 2, 3, 4]


def test_new_article_numbered_above_a_changed_one(tmp_path):
    db, _ = _two_copied_seeds(tmp_path)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        numbers = _first_seen(store)
        highest = max(numbers, key=numbers.get)
        last = Path(next(a.path for a in store.iter_articles() if a.id == highest))
    last.write_text(last.read_text(encoding="utf-8") + "\nA closing line added later.", encoding="utf-8")
    ingest([str(last), str(SEEDS[2])], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        after = _first_seen(store)
    assert sorted(after.values()) == [1, 2, 3]


def _article(text: str, *, path: str, title: str | None = None) -> Article:
    return Article(path=path, raw_text=text, text=text, title=title)


@pytest.fixture(scope="module")
def seed_articles(seed_store) -> dict[int, Article]:
    with open_store(seed_store, read_only=True) as store:
        return {int(Path(article.path).name[:3]): article for article in store.iter_articles()}


def _trimmed(text: str, seeds: dict) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[: len(paragraphs) * 2 // 3])


def _house_style(text: str, seeds: dict) -> str:
    return text.replace("’", "'").replace("“", '"').replace("”", '"').replace("Mr. ", "Mr ")


def _spun(text: str, seeds: dict) -> str:
    from newsdesk_eval.rewrite import spin

    return spin(text, rng=random.Random(7))


@pytest.mark.parametrize(
    ("number", "edit", "kind"),
    [
        (2, _trimmed, "near"),  # trimmed ending
        (4, _house_style, "near"),  # house-style edits
        (2, lambda text, seeds: text.upper(), "near"),
        (3, _spun, "rewrite"),  # a machine rewrite keeps sentences, changes words
        (2, lambda text, seeds: seeds[1].text, None),  # same topic, different article
        (4, lambda text, seeds: seeds[3].text, None),  # only a caption shared, removed from both texts
    ],
)
def test_pair_kinds(seed_articles, number, edit, kind):
    original = _article(seed_articles[number].text, path="original.txt")
    copy = _article(edit(original.text, seed_articles), path="copy.txt")
    link = PairComparer().compare(copy, original, rewrite_candidate=True)
    assert (link.kind if link else None) == kind


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The “Belt and Road”  initiative", 'the "belt and road" initiative', True),
        ("Russia\u00a0sent troops — quickly", "russia sent troops - quickly", True),
        ("Russia sent troops", "Russia sent no troops", False),
    ],
)
def test_normalised_text_for_exact_duplicates(a, b, same):
    assert (normalise(a) == normalise(b)) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  The \u2018Belt and Road\u2019\tinitiative\n\n", "the 'belt and road' initiative"),
        ("Russia\u00a0sent troops \u2013 quickly\u2014", "russia sent troops - quickly-"),
        ("\u201cStra\u00dfe\u201d\u2003\u2028ends\x1c\x85here", '"strasse" ends here'),
        ("\ufb01nal \u00c5ngstr\u00f6m", "final \u00e5ngstr\u00f6m"),
        ("", ""),
        (" \t\n ", ""),
    ],
)
def test_normalised_text_spelled_out(text, expected):
    """Typographic quotes and dashes made plain, NFKC (ligatures), case folded (\u00df as ss),
    every run of Unicode whitespace (the em space, line and record separators, NEL) one
    space, none at either end."""
    assert normalise(text) == expected


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _jaccard(a: str, b: str) -> float:
    first, second = _shingles(a), _shingles(b)
    return len(first & second) / max(1, len(first | second))


def test_neardup_silver_recall(tmp_path):
    """The silver pairs were found on the raw bodies (word 5-shingle Jaccard >= 0.5): those still
    near after cleaning (0.3 or more of the cleaned texts' shingles shared) are linked; those whose
    shared text was only a photo gallery the cleaning removes (CNN pages embedding one "Photos:
    ..." gallery, under 0.1 once it is gone) are no copies."""
    folder = need_shared(ALLSIDES)
    db = str(tmp_path / "store.duckdb")
    ingest([str(folder / "neardup_articles.jsonl.gz")], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        articles = {article.locator: article for article in store.iter_articles()}
        links = {frozenset((link["article"], link["of"])): link["kind"] for link in store.lineage_links()}
    pairs = [json.loads(line) for line in (folder / "neardup_pairs_silver.jsonl").read_text().splitlines()]
    assert len(pairs) == 52
    kinds, cleaned = [], []
    for pair in pairs:
        a, b = articles[pair["id_a"]], articles[pair["id_b"]]
        kinds.append(links.get(frozenset((a.id, b.id))))
        cleaned.append(_jaccard(a.text, b.text))
    near = [kind for kind, j in zip(kinds, cleaned, strict=True) if j >= 0.3]
    gallery_only = [kind for kind, j in zip(kinds, cleaned, strict=True) if j < 0.1]
    assert len(near) == 41 and len(gallery_only) == 11
    assert sum(kind in ("exact", "near") for kind in near) / len(near) >= 0.95
    assert not any(kind in ("exact", "near") for kind in gallery_only)
    # the seven identical bodies in the set are exact duplicates, not near ones
    assert sum(p["jaccard_5shingle"] == 1.0 for p in pairs) == kinds.count("exact")


def test_cli_lineage_and_stories(seed_store):
    runner = CliRunner()
    with open_store(seed_store, read_only=True) as store:
        article_id = _seed_ids(store)["001"]
    shown = runner.invoke(app, ["lineage", article_id[:6], "--db", seed_store])
    assert shown.exit_code == 0, shown.output
    assert "passage" in shown.output and "By intervening militarily" in shown.output
    assert "independent sources" in shown.output
    listed = runner.invoke(app, ["lineage", "--db", seed_store])
    assert listed.exit_code == 0 and "2 copy links" in listed.output
    stories = runner.invoke(app, ["stories", "--db", seed_store])
    assert stories.exit_code == 0 and "independent sources" in stories.output
    unknown = runner.invoke(app, ["lineage", "zzzz", "--db", seed_store])
    assert unknown.exit_code == 1  # an id naming nothing, as for `entity` (docs/web.md)
    assert "no article with an id starting with 'zzzz'" in unknown.output


@pytest.mark.parametrize(("args", "kind"), [(["lineage", " "], "article"), (["framing", ""], "story")])
def test_a_blank_id_names_no_article_or_story(seed_store, args, kind):
    """Every id starts with it: a store of one story showed that story's framing."""
    result = CliRunner().invoke(app, [*args, "--db", seed_store])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"error: an empty id names no {kind}; give its id")


@pytest.fixture(scope="module")
def spun_store(tmp_path_factory) -> str:
    """Seed 003 and a machine-spun copy of its clean text, ingested, not yet analysed."""
    from newsdesk_eval.rewrite import HEAVY, spin

    folder = tmp_path_factory.mktemp("spun")
    db = str(folder / "store.duckdb")
    ingest([str(SEEDS[3])], db=db, workers=1)
    with open_store(db) as store:
        original = next(store.iter_articles())
    copy_path = folder / "spun.txt"
    copy_path.write_text(spin(original.text, rng=random.Random(7), settings=HEAVY), encoding="utf-8")
    ingest([str(copy_path)], db=db, workers=1)
    return db


def _store_parsed_sentences(store) -> None:
    from newsdesk.nlp import load_pipeline
    from newsdesk.sentences import LAYER, SentencesAnalyser

    articles = list(store.iter_articles())
    for article in articles:
        article.annotations[LAYER] = SentencesAnalyser()(load_pipeline()(article.text), article)
    store.save_annotations(articles, {LAYER: SentencesAnalyser.version})


@pytest.mark.parametrize("stored_layer", [True, False])
def test_rewrite_spans_are_the_stored_sentences(tmp_path, spun_store, stored_layer) -> None:
    """Rewrite links align the parse's stored sentences; without the layer, the regex ones."""
    from newsdesk.sentences import LAYER, split_sentences

    db = str(tmp_path / "store.duckdb")
    shutil.copy(spun_store, db)
    with open_store(db) as store:
        if stored_layer:
            _store_parsed_sentences(store)
        update_lineage(store, stories=False)
        [link] = store.lineage_links(kinds=["rewrite"])
        texts = {article.id: article.text for article in store.iter_articles()}
        parsed = store.layer(LAYER)
    assert bool(parsed) is stored_layer
    for side, location in (("article", "this"), ("of", "of")):
        regex = set(split_sentences(texts[link[side]]))
        stored = {(r["start"], r["end"]) for r in parsed.get(link[side], [])} or regex
        spans = {(span[location]["start"], span[location]["end"]) for span in link["spans"]}
        assert spans <= stored
        assert bool(spans - regex) is stored_layer


@pytest.mark.parametrize("stems_kept", [True, False])
def test_a_rewrite_of_a_stored_article_is_found_with_or_without_its_stored_stems(tmp_path, stems_kept) -> None:
    """The spun copy arrives after its original was fingerprinted: the rewrite pre-check reads
    the original's stored content stems, or (a store fingerprinted before they were kept)
    stems its text; either way the rewrite is linked as a rebuild links it."""
    from newsdesk_eval.rewrite import HEAVY, spin

    db = str(tmp_path / "store.duckdb")
    ingest([str(SEEDS[3])], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        original = next(store.iter_articles())
    if not stems_kept:
        con = duckdb.connect(db)
        con.execute("DELETE FROM lineage_stems")
        con.close()
    copy_path = tmp_path / "spun.txt"
    copy_path.write_text(spin(original.text, rng=random.Random(7), settings=HEAVY), encoding="utf-8")
    ingest([str(copy_path)], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        [link] = store.lineage_links(kinds=["rewrite"])
        update_lineage(store, stories=False, full=True)
        assert store.lineage_links() == [link]
    assert link["of"] == original.id


def _silver_batches(folder: Path, target: Path) -> list[str]:
    """The AllSides wire copies as two files, the two articles of each silver pair in different
    files (most pairs were published the same day, so arrival order is all that tells them apart)."""
    with gzip.open(folder / "neardup_articles.jsonl.gz", "rt") as stream:
        rows = {row["ID"]: row for row in map(json.loads, stream)}
    pairs = [json.loads(line) for line in (folder / "neardup_pairs_silver.jsonl").read_text().splitlines()]
    second = {pair["id_b"] for pair in pairs} - {pair["id_a"] for pair in pairs}
    batches = ([r for i, r in rows.items() if i not in second], [r for i, r in rows.items() if i in second])
    paths = []
    for name, batch in zip(("first.jsonl", "second.jsonl"), batches):
        (target / name).write_text("".join(json.dumps(row) + "\n" for row in batch), encoding="utf-8")
        paths.append(str(target / name))
    return paths


def _links_by_record(store) -> set[tuple]:
    record = {article.id: article.locator for article in store.iter_articles()}
    return {
        (
            record[link["article"]],
            record[link["of"]],
            link["kind"],
            link["score"],
            json.dumps(link["spans"], sort_keys=True),
        )
        for link in store.lineage_links()
    }


def test_sources_do_not_depend_on_arrival_order(tmp_path):
    """The same files ingested in either order, lineage updated after each, give the same
    links as each other and as a rebuild; same-day copies name the same source."""
    paths = _silver_batches(need_shared(ALLSIDES), tmp_path)
    found = []
    for name, order in (("forward", paths), ("backward", paths[::-1])):
        db = str(tmp_path / f"{name}.duckdb")
        for path in order:
            ingest([path], db=db, workers=1)
            with open_store(db) as store:
                update_lineage(store, stories=False)
        with open_store(db) as store:
            found.append(_links_by_record(store))
            update_lineage(store, stories=False, full=True)
            found.append(_links_by_record(store))
        with open_store(db) as store:
            rows = store.lineage_story_rows(copy_kinds=["exact", "near"])
            published = {a.id: rows[a.id]["published"] for a in store.iter_articles()}
            same_day = [
                link
                for link in store.lineage_links(kinds=["exact", "near"])
                if published[link["article"]] == published[link["of"]]
            ]
    copies = [{link for link in links if link[2] != "passage"} for links in found]
    assert len(same_day) >= 10 and {kind for _, _, kind, _, _ in copies[0]} >= {"exact", "near"}
    assert copies[0] == copies[1] == copies[2] == copies[3]
    # passages count as boilerplate by how many stored articles hold them when a pair is
    # compared (docs/lineage.md, known limits), but the pairs they link are directed alike
    directions = [{(a, b) for a, b, kind, *_ in links if kind == "passage"} for links in found]
    assert not any({(b, a) for a, b in first} & second for first in directions for second in directions)


@pytest.mark.parametrize(
    ("first", "second", "source"),
    [
        (("2016-06-13", "CNN"), ("2016-06-12", "Fox News"), "b"),  # earlier day
        (("2016-06-12", "Reuters"), ("2016-06-13", None), "a"),
        ((None, "Reuters"), ("2016-06-13", "CNN"), "b"),  # dated first
        (("2016-06-12T09:30:00+00:00", "CNN"), ("2016-06-12T11:00:00+02:00", "NPR"), "b"),  # UTC
        (("2016-06-12T08:00:00", "CNN"), ("2016-06-12T07:59:00", "CNN"), "b"),
        (("2016-06-12", "CNN"), ("2016-06-12T07:00:00", "Fox News"), "a"),  # no time: day start
        (("2016-06-12", "CNN"), ("2016-06-12", "Reuters"), "b"),  # agency
        (("2016-06-12", "CNN"), ("2016-06-12", "AP"), "b"),
        (("2016-06-12", "CNN"), ("2016-06-12", "Reuters News Agency"), "a"),  # not an agency name: id
        (("2016-06-12", "CNN"), ("2016-06-12", "CNN"), "a"),  # same: the smaller id
    ],
)
def test_source_order(first, second, source):
    from newsdesk.lineage.stories import source_order

    rows = {
        name: {"published": published, "outlet": outlet} for name, (published, outlet) in (("a", first), ("b", second))
    }
    assert min(rows, key=lambda name: source_order(rows[name], name)) == source
    assert min(reversed(rows), key=lambda name: source_order(rows[name], name)) == source


def _store_with_stem_lists(db: str) -> tuple[list[str], dict[str, frozenset[str]], list]:
    """A store of the seeds whose content stems are kept as lists, as schema 15 kept them;
    its article ids, the stems and the links read before they were turned back into lists."""
    ingest([str(path) for path in SEEDS], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)
        ids = sorted(article.id for article in store.iter_articles())
        stems = store.lineage_stems(ids)
        links = store.lineage_links()
    con = duckdb.connect(db)
    con.execute("ALTER TABLE lineage_stems ALTER stems SET DATA TYPE VARCHAR[] USING string_split(stems, ' ')")
    con.execute("DROP TABLE entity_tallies")  # schema 17's, made again by its migration
    con.execute("DROP INDEX annotations_article")  # schema 18's, made again by its migration
    con.execute("DROP INDEX articles_id")
    con.execute("UPDATE newsdesk_meta SET value = '15' WHERE key = 'schema_version'")
    con.close()
    return ids, stems, links


def test_stems_kept_as_lists_are_read_as_before_after_the_migration(tmp_path) -> None:
    """A store that kept each article's content stems as a list (schema 15) opens: the
    migration turns each into one text, and the stems read back are those stored, so an
    update's rewrite pre-check decides as before."""
    db = str(tmp_path / "store.duckdb")
    ids, stems, links = _store_with_stem_lists(db)
    with open_store(db) as store:
        assert store.lineage_stems(ids) == stems
        assert len(stems) == len(ids) > 2 and all(stems.values())
        update_lineage(store, stories=False, full=True)
        assert store.lineage_stems(ids) == stems
        assert store.lineage_links() == links


def test_the_stem_migration_is_replayed_after_a_process_killed_before_a_checkpoint(tmp_path) -> None:
    """A process that migrates a schema-15 store and dies before its first checkpoint leaves
    the migration in the store's log only; the next opening replays it to the same stems
    (DuckDB 1.5 cannot replay a column's change of type in place from its log)."""
    db = str(tmp_path / "store.duckdb")
    ids, stems, _ = _store_with_stem_lists(db)
    killed = "import os, sys\nfrom newsdesk.store import open_store\nopen_store(sys.argv[1])\nos._exit(0)"
    subprocess.run([sys.executable, "-c", killed, db], check=True)
    assert Path(db + ".wal").stat().st_size > 0
    with open_store(db) as store:
        assert store.lineage_stems(ids) == stems
