"""The same files give the same results wherever they lie: an article's id is a hash of its
input's path, so no choice that two articles tie on may fall to their ids."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, write_jsonl
from newsdesk.article import Article
from newsdesk.ingest import ingest
from newsdesk.lineage.update import update_lineage
from newsdesk.readers.base import source_of
from newsdesk.store import open_store

#: Two undated RFE/RL seeds sharing a passage: no date or outlet tells their source.
NEWSLETTER, REPORT = sorted(EXAMPLES.glob("*.txt"))[:2]


def _placed(root: Path, *, newsletter_id_first: bool) -> list[str]:
    """The two seeds copied into a folder under ``root`` where the newsletter's article id
    sorts before the report's (or after it)."""
    for number in range(1000):
        folder = root / f"in{number}"
        paths = [str(folder / NEWSLETTER.name), str(folder / REPORT.name)]
        ids = [Article(path=path, raw_text="", source=source_of(path)).id for path in paths]
        if (ids[0] < ids[1]) == newsletter_id_first:
            folder.mkdir()
            for path in (NEWSLETTER, REPORT):
                shutil.copy(path, folder / path.name)
            return paths
    raise AssertionError("no folder name orders the ids as wanted")


def _links_and_stories(db: str) -> tuple[list[tuple[str, str, str]], list[list[str]]]:
    """Copy links and story members by file name, not by article id."""
    with open_store(db, read_only=True) as store:
        names = {article.id: Path(article.path).name for article in store.iter_articles()}
        links = [(names[link["article"]], names[link["of"]], link["kind"]) for link in store.lineage_links()]
        stories = [[names[member["id"]] for member in store.story_of(article_id)["members"]]
                   for article_id in sorted(names, key=names.get)]
    return links, stories


def _ordered_folder(root: Path, sources: list[tuple[str, str]], *, ascending: bool) -> Path:
    """A new folder under ``root`` where the article ids of the two ``(file name, locator)``
    sources sort ascending (or descending)."""
    for number in range(1000):
        folder = root / f"in{number}"
        ids = [Article(path=str(folder / name), raw_text="", locator=locator,
                       source=source_of(str(folder / name))).id for name, locator in sources]
        if (ids[0] < ids[1]) == ascending:
            folder.mkdir(parents=True)
            return folder
    raise AssertionError("no folder name orders the ids as wanted")


#: Two unrelated, undated articles: two stories of one article each, as large and as early.
UNRELATED = {
    "a.txt": "Farmers in a valley town met on a cold morning to talk about the price of seed "
             "and the new rules for selling grain at the market.\n" * 3,
    "b.txt": "The council of a harbour city voted for two new tram lines after a long evening "
             "of debate about the cost of the bridges they need.\n" * 3,
}


def test_stories_that_tie_are_listed_alike_wherever_the_files_lie(tmp_path: Path) -> None:
    """Stories as large and as early come in the store's order of ties, not by story id (the
    id of the story's first article, a hash of its path)."""
    listed = []
    for ascending in (True, False):
        folder = _ordered_folder(tmp_path / str(ascending), [("a.txt", ""), ("b.txt", "")],
                                 ascending=ascending)
        for name, text in UNRELATED.items():
            (folder / name).write_text(text)
        db = str(folder / "store.duckdb")
        ingest([str(folder)], db=db, workers=1)
        with open_store(db) as store:
            update_lineage(store)
            names = {article.id: Path(article.path).name for article in store.iter_articles()}
            listed.append([names[story["story_id"]] for story in store.list_stories(limit=None)])
    assert sorted(listed[0]) == ["a.txt", "b.txt"]
    assert listed[1] == listed[0]


#: Two records of one JSONL file, both naming one person and quoting him.
RECORDS = [
    {"id": "r1", "title": "Talks in the capital",
     "text": 'Nursultan Abenov met farmers in Astana on Monday. "The harvest was good this '
             'year," Nursultan Abenov said after the meeting.'},
    {"id": "r2", "title": "A visit to the north",
     "text": 'Nursultan Abenov travelled to Petropavl on Tuesday. "We will build a new '
             'road here," Nursultan Abenov told reporters.'},
]


def test_an_entitys_articles_and_the_quotes_are_listed_alike_wherever_the_file_lies(tmp_path: Path) -> None:
    """The records of one input share their ingest time: an entity's articles, its search and
    the quote listing order them by the store's order of ties, not by their path-made ids or
    their paths."""
    from newsdesk.analyse import analyse

    listed = []
    for ascending in (True, False):
        folder = _ordered_folder(tmp_path / str(ascending), [("feed.jsonl", "r1"), ("feed.jsonl", "r2")],
                                 ascending=ascending)
        db = str(folder / "store.duckdb")
        ingest([write_jsonl(folder / "feed.jsonl", RECORDS)], db=db, workers=1)
        analyse(db=db, workers=1)
        with open_store(db, read_only=True) as store:
            names = {article.id: article.locator for article in store.iter_articles()}
            entity = store.find_entity("Nursultan Abenov")
            listed.append(([names[a["id"]] for a in store.entity_detail(entity["id"])["articles"]],
                           [(names[q["article_id"]], q["text"]) for q in store.quote_rows()],
                           [names[a["id"]] for a in store.browse_articles(entity_id=entity["id"])[1]]))
    articles, quotes, searched = listed[0]
    assert sorted(articles) == ["r1", "r2"] and len(quotes) == 2
    assert searched == articles  # the entity's search goes on in its page's order
    assert listed[1] == listed[0]


def test_the_source_of_a_copy_does_not_depend_on_where_the_files_lie(tmp_path: Path) -> None:
    """Ties in date, time and outlet fall to the hash of what was read, not to the ids."""
    results = []
    for newsletter_id_first in (True, False):
        root = tmp_path / str(newsletter_id_first)
        root.mkdir()
        db = str(root / "store.duckdb")
        ingest(_placed(root, newsletter_id_first=newsletter_id_first), db=db, workers=1)
        with open_store(db) as store:
            update_lineage(store)
        results.append(_links_and_stories(db))
    links, stories = results[0]
    assert [kind for _, _, kind in links] == ["passage"]
    assert stories[0] == stories[1] and len(stories[0]) == 2
    assert results[1] == results[0]


def faces_output(folder: str, db: str) -> str:
    """What the faces read of the store at ``db`` (the briefs written under ``folder``), with
    every article id written as its file name and ``folder`` as FOLDER."""
    from newsdesk.brief import brief_settings, write_brief
    from newsdesk.exporter import export_records
    from newsdesk.service import reads

    for kind in ("json", "html"):
        write_brief(db=db, settings=brief_settings(topic="China Russia Kazakhstan"), format=kind,
                    out=folder + "/brief." + kind)
    with open_store(db, read_only=True) as store:
        names = {a.id: a.path.rsplit("/", 1)[-1] for a in store.iter_articles()}
        found = {"export": sorted(export_records(store), key=lambda r: names[r["id"]]),
                 "claims": reads.claims(store), "timeline": reads.timeline(store, readable=True),
                 "stories": reads.list_stories(store, limit=None).items,
                 "entities": reads.list_entities(store, limit=None).items}
    text = json.dumps(found, sort_keys=True, default=str)
    text += Path(folder, "brief.json").read_text() + Path(folder, "brief.html").read_text()
    for article_id, name in names.items():
        text = text.replace(article_id, name)
    text = text.replace(folder, "FOLDER")
    return re.sub(r'"ingested_at": "[^"]*"', '"ingested_at": ""', text)


def build_seeds(folder: str) -> str:
    """The seeds in ``folder``/examples ingested and analysed in this process; what the faces
    read of them."""
    from newsdesk.analyse import analyse

    db = folder + "/store.duckdb"
    ingest([folder + "/examples"], db=db, workers=1)
    analyse(db=db, workers=1)
    return faces_output(folder, db)


#: Builds the seeds in the folder given (``sys.argv``) in a child process and prints what the
#: faces read.
BUILD = """
import sys
from test_path_independence import build_seeds
print(build_seeds(sys.argv[1]))
"""


def _seed_folder(root: Path, *, ascending: bool) -> Path:
    """The seeds copied into a folder under ``root`` whose paths give the two pairs of seeds
    that tie as sources (000/001, 003/004) ids in ascending order, or both in descending."""
    seeds = sorted(EXAMPLES.glob("*.txt"))
    for number in range(1000):
        folder = root / f"in{number}"
        ids = [Article(path=str(folder / "examples" / seed.name), raw_text="",
                       source=source_of(str(folder / "examples" / seed.name))).id for seed in seeds]
        if (ids[0] < ids[1]) == ascending and (ids[3] < ids[4]) == ascending:
            shutil.copytree(EXAMPLES, folder / "examples")
            return folder
    raise AssertionError("no folder name orders the ids as wanted")


#: One short report, written for this test, saved under two names.
HARBOUR = (
    "Lakeside council votes to rebuild the harbour wall\n\n"
    "The Lakeside town council voted on Tuesday to rebuild the old harbour wall before winter. "
    "Councillors said the storms of last spring had opened cracks along the eastern pier, and "
    "engineers warned that another season of high water could bring part of it down. The work "
    "will be paid for from the reserve fund, the mayor said, and should take about four months.\n"
)


def test_the_source_of_identical_files_is_the_same_in_every_folder(tmp_path: Path) -> None:
    """Two byte-identical files rank by their names, whichever way their ids sort in the folder
    that holds them; the story is named after the same file."""
    results = []
    for ascending in (True, False):
        folder = _ordered_folder(tmp_path, [("a.txt", ""), ("b.txt", "")], ascending=ascending)
        for name in ("b.txt", "a.txt"):
            (folder / name).write_text(HARBOUR, encoding="utf-8")
        db = str(folder / "store.duckdb")
        ingest([str(folder / "b.txt"), str(folder / "a.txt")], db=db, workers=1)
        with open_store(db) as store:
            update_lineage(store)
            names = {article.id: Path(article.path).name for article in store.iter_articles()}
            earliest = [names[story["earliest"]] for story in store.list_stories()]
        results.append((_links_and_stories(db)[0], earliest))
    assert results[0] == results[1] == ([("b.txt", "a.txt", "exact")], ["a.txt"])


def test_the_store_and_python_cut_a_file_name_alike() -> None:
    """``ties_sql`` (DuckDB's ``parse_filename``) and ``tie_key`` (``file_name``) order alike."""
    import duckdb

    from newsdesk.store.ordering import file_name

    paths = ["z/a.txt", "a/z.txt", "c:\\docs\\b.txt", "https://example.org/news/", "plain.txt",
             "https://example.org/a?page=2/c.html", "folder/x.y/", ""]
    stored = duckdb.sql("SELECT parse_filename(p) FROM (SELECT unnest(?) AS p)", params=[paths])
    assert [row[0] for row in stored.fetchall()] == [file_name(path) for path in paths]


def test_the_same_seeds_give_the_same_results_whatever_the_folder_or_hash_seed(tmp_path: Path) -> None:
    """The seeds built in two folders that order their ids the other way round, one in this
    process, one in a child under another hash seed: the export, claims, timeline, stories,
    entities and brief (JSON and HTML) are the same once ids are written as file names.
    ``ingested_at`` is the only field that records the run itself. (Executors give the same
    layers: ``test_ingest``, ``test_scale``.)"""
    here = str(_seed_folder(tmp_path / "here", ascending=True))
    there = str(_seed_folder(tmp_path / "there", ascending=False))
    seed = "3" if os.environ.get("PYTHONHASHSEED") == "2" else "2"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.run([sys.executable, "-c", BUILD, there], env=env, capture_output=True,
                           text=True, check=False, timeout=600)
    assert child.returncode == 0, child.stderr[-3000:]
    output = build_seeds(here)
    assert '"passage"' in output and '"agree"' in output
    assert child.stdout == output + "\n"
