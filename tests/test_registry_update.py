"""The registry's update adds new members to the entities they join, joins and splits groups
as a rebuild does, and keeps an index equal to a rebuild's.

Real text: AllSides articles (``articles.jsonl.gz``, see
../shared/data/corpus/allsides-article-bias/FORMAT.md). A wire story that a second outlet runs
word for word names only actors the store knows: the update must add its mentions to those
entities (not rewrite them) and still equal a rebuild. Two articles about Rep. Mark Meadows:
Vox writes "Rep. Mark Meadow" and "Meadows", which stay two entities until the Washington
Times article ("Rep. Mark Meadows", a near spelling with shared context, owning the surname)
joins them, and split again when that article is changed to one that does not name him.
"""

from __future__ import annotations

import gc
import gzip
import json
import logging
import shutil
import subprocess
import sys
from itertools import islice
from pathlib import Path

import duckdb
import pytest

from conftest import need_shared, table_rows, write_jsonl
from newsdesk.analyse import analyse, analysers
from newsdesk.article import Article
from newsdesk.entities import resolve_entities
from newsdesk.entities.gazetteer import load_gazetteer, load_gazetteer_by_id
from newsdesk.entities.records import Tally, registry_arrow
from newsdesk.entities.update.changes import Change
from newsdesk.entities.update.reach import close_surname_groups
from newsdesk.ingest import ingest
from newsdesk.lineage.update import update_lineage
from newsdesk.readers.base import source_of
from newsdesk.store import SCHEMA_VERSION, open_store

#: The registry's tables, each entity's kept tally included.
REGISTRY = ("entities", "entity_aliases", "entity_roles", "entity_mentions", "entity_tallies")
#: The registry's own index: every column, the components and automatic groups included.
INDEX = "entity_members"


def _rows(count: int) -> list[dict]:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in islice(handle, count)]


def _by_url(*urls: str) -> list[dict]:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        found = {row["url"]: row for row in map(json.loads, handle) if row["url"] in urls}
    return [found[url] for url in urls]


def _snapshot(db: str) -> dict[str, list[str]]:
    return table_rows(db, {table: "*" for table in (*REGISTRY, INDEX)})


def _rebuilt(db: str, folder: Path) -> dict[str, list[str]]:
    copy = str(folder / "rebuilt.duckdb")
    shutil.copy(db, copy)
    with open_store(copy) as store:
        resolve_entities(store, full=True)
    return _snapshot(copy)


def _copy_of(row: dict) -> dict:
    """A row of the same text as another outlet's copy: its own id, source and address."""
    return dict(row, ID=f"{row['ID']}-copy", source="another outlet", url=f"{row['url']}?copy")


def test_a_copy_of_a_known_story_adds_to_the_entities_it_names(tmp_path, caplog) -> None:
    rows = _rows(6)
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", rows)], db=db, workers=1)
    analyse(db=db, workers=1)
    before = _snapshot(db)
    copy = _copy_of(rows[2])
    ingest([write_jsonl(tmp_path / "copy.jsonl", [copy])], db=db, workers=1)
    with caplog.at_level(logging.INFO, logger="newsdesk.entities.update"):
        analyse(db=db, workers=1)
    after = _snapshot(db)
    assert after == _rebuilt(db, tmp_path)
    ids = [{row.split(",")[0] for row in snapshot["entities"]} for snapshot in (before, after)]
    assert ids[0] == ids[1]  # no entity appears or goes: each one the copy names grows
    assert len(after["entity_mentions"]) > len(before["entity_mentions"])
    assert set(before["entity_mentions"]) < set(after["entity_mentions"])
    updates = [r for r in caplog.records if "entities grown" in r.getMessage()]
    assert updates and updates[-1].args[-1] == 0  # nothing rewritten from all its members
    assert updates[-1].args[-2] > 0


def test_an_update_in_a_process_that_analysed_nothing_reads_the_gazetteer_by_id(tmp_path) -> None:
    """The corpus steps of a process whose analysis ran elsewhere (a process pool's workers)
    load the gazetteer's entries by id, not the whole of it, and write what a rebuild writes.
    The copy's layers are its original's (the same text), so no analysis runs here."""
    rows = _rows(6)
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", rows)], db=db, workers=1)
    analyse(db=db, workers=1)
    copy = _copy_of(rows[2])
    ingest([write_jsonl(tmp_path / "copy.jsonl", [copy])], db=db, workers=1)
    original, copied = _article_id(db, rows[2]["url"]), _article_id(db, copy["url"])
    versions = {analyser.layer: analyser.version for analyser in analysers()}
    load_gazetteer.cache_clear()
    load_gazetteer_by_id.cache_clear()
    with open_store(db) as store:
        article = store.get_articles([copied])[copied]
        article.annotations = {name: store.layer(name, article_ids=[original])[original] for name in versions}
        store.save_annotations([article], versions)
        update_lineage(store)
        resolve_entities(store)
    assert load_gazetteer.cache_info().misses == 0
    assert load_gazetteer_by_id.cache_info().misses == 1
    after = _snapshot(db)
    assert after == _rebuilt(db, tmp_path)
    assert any(copied in row for row in after["entity_mentions"])


VOX = "https://www.vox.com/2018/6/21/17485876/house-immigration-bill-compromise-vote-ryan-meadows"
TIMES = "http://www.washingtontimes.com/news/2015/sep/7/donald-trump-nomination-could-kill-down-ticket-rep/"


def _entity_of(db: str, article_id: str, text: str) -> set[str]:
    con = duckdb.connect(db, read_only=True)
    try:
        return {
            row[0]
            for row in con.execute(
                "SELECT entity_id FROM entity_mentions WHERE article_id = ? AND contains(text, ?)", [article_id, text]
            ).fetchall()
        }
    finally:
        con.close()


def _article_id(db: str, url: str) -> str:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute("SELECT id FROM current_articles WHERE url = ?", [url]).fetchone()[0]
    finally:
        con.close()


def _updated(db: str, caplog) -> tuple:
    """Analyse the store; return the arguments of the registry update's log line."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="newsdesk.entities.update"):
        analyse(db=db, workers=1)
    updates = [r.args for r in caplog.records if "entities grown" in r.getMessage()]
    assert updates  # not a rebuild
    return updates[-1]


def _without_meadows(row: dict, *, skip: int = 0) -> dict:
    """The article without its paragraphs naming Meadows (and its first ``skip`` others, so
    that two copies changed so stay two articles)."""
    paragraphs = [p for p in row["content_original"].split("\n") if "Meadows" not in p]
    return dict(row, content_original="\n".join(paragraphs[skip:]))


def test_an_article_joins_two_groups_and_its_change_splits_them(tmp_path, caplog) -> None:
    vox, times = _by_url(VOX, TIMES)
    copy = dict(times, ID=f"{times['ID']}-copy", source="another outlet", url=f"{TIMES}?copy")
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "vox.jsonl", [vox])], db=db, workers=1)
    analyse(db=db, workers=1)
    vox_id = _article_id(db, VOX)
    apart = _entity_of(db, vox_id, "Meadows") != _entity_of(db, vox_id, "Mark Meadow")
    assert apart
    steps = [
        ("times", times, False),
        ("copy", copy, False),  # joined, then grown by a copy
        ("copy", _without_meadows(copy, skip=1), False),  # the Times alone joins them
        ("times", _without_meadows(times), True),
    ]  # split: nothing joins them any more
    for number, (name, row, split) in enumerate(steps):
        ingest([write_jsonl(tmp_path / f"{name}.jsonl", [row])], db=db, workers=1)  # same file, same id
        _updated(db, caplog)
        assert _snapshot(db) == _rebuilt(db, tmp_path), number
        found = [_entity_of(db, vox_id, text) for text in ("Meadows", "Mark Meadow")]
        assert (found[0] != found[1]) == split, number


def _tallies(db: str) -> dict[str, Tally]:
    """Each entity's kept tally (``entity_tallies``)."""
    with duckdb.connect(db, read_only=True) as con:
        return {eid: Tally.from_json(text) for eid, text in con.execute("SELECT * FROM entity_tallies").fetchall()}


def _tallies_of_the_index(db: str) -> dict[str, Tally]:
    """Each entity's tally summed from its members' index rows, as a rebuild counts it."""
    found: dict[str, Tally] = {}
    articles: dict[str, set[str]] = {}
    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT entity_id, article_id, member, name, label, gazetteer, roles, mentions "
            "FROM entity_members ORDER BY article_id, member"
        ).fetchall()
    for eid, article_id, member, name, label, gazetteer, roles, mentions in rows:
        found.setdefault(eid, Tally()).add(
            name, label=label, gazetteer=gazetteer, roles=roles or [], mentions=mentions, place=(article_id, member)
        )
        articles.setdefault(eid, set()).add(article_id)
    for eid, tally in found.items():
        tally.articles = len(articles[eid])
    return found


def test_a_kept_tally_grows_with_an_entity_and_shrinks_when_an_article_leaves_it(tmp_path, caplog) -> None:
    """Each entity's kept tally is the sum of its members' index rows after every update:
    the Meadows entity grows by a copy of the Times article (its tally is its stored one plus
    the copy's members: the update reads no other member), and shrinks back when the copy
    is changed to one that does not name him; each update equals a rebuild."""
    vox, times = _by_url(VOX, TIMES)
    copy = dict(times, ID=f"{times['ID']}-copy", source="another outlet", url=f"{TIMES}?copy")
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", [vox, times])], db=db, workers=1)
    analyse(db=db, workers=1)
    vox_id = _article_id(db, VOX)
    (meadows,) = _entity_of(db, vox_id, "Meadows")
    assert _tallies(db) == _tallies_of_the_index(db)
    counted = [_tallies(db)[meadows].mentions]
    for step, row in enumerate((copy, _without_meadows(copy, skip=1))):
        ingest([write_jsonl(tmp_path / "copy.jsonl", [row])], db=db, workers=1)  # same file, same id
        grown, rewritten = _updated(db, caplog)[-2:]
        assert (grown, rewritten)[step] > 0  # grown by the copy, then rewritten without it
        assert _snapshot(db) == _rebuilt(db, tmp_path)
        assert _tallies(db) == _tallies_of_the_index(db)
        assert _entity_of(db, vox_id, "Meadows") == {meadows}
        counted.append(_tallies(db)[meadows].mentions)
    assert counted[0] < counted[1] and counted[2] == counted[0], counted


def _store_before_tallies(tmp_path: Path) -> tuple[str, list[dict]]:
    """A store analysed at schema 16, which kept no entity tallies: ``entity_tallies``
    dropped and the schema set back."""
    rows = _rows(6)
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", rows)], db=db, workers=1)
    analyse(db=db, workers=1)
    with duckdb.connect(db) as con:
        con.execute("DROP TABLE entity_tallies")
        con.execute("DROP INDEX annotations_article")  # schema 18's, made again by its migration
        con.execute("DROP INDEX articles_id")
        con.execute("UPDATE newsdesk_meta SET value = '16' WHERE key = 'schema_version'")
    return db, rows


def _grown_by_a_copy(db: str, tmp_path: Path, row: dict, caplog) -> None:
    """The registry rebuilt (the migration emptied its index), then updated by a copy of
    ``row``: the update equals a rebuild and grows entities from the kept tallies."""
    with open_store(db) as store:
        assert store.entity_index_size() == 0
        resolve_entities(store)
    assert _tallies(db) == _tallies_of_the_index(db) != {}
    ingest([write_jsonl(tmp_path / "copy.jsonl", [_copy_of(row)])], db=db, workers=1)
    grown = _updated(db, caplog)[-2]
    assert grown > 0
    assert _snapshot(db) == _rebuilt(db, tmp_path)


def test_a_store_without_tallies_migrates_and_its_registry_is_rebuilt_once(tmp_path, caplog) -> None:
    db, rows = _store_before_tallies(tmp_path)
    with open_store(db) as store:
        assert store.entity_tallies([]) == {}
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT value FROM newsdesk_meta WHERE key = 'schema_version'").fetchone()[0] == str(
            SCHEMA_VERSION
        )
    _grown_by_a_copy(db, tmp_path, rows[2], caplog)


def test_the_tally_migration_holds_after_a_process_killed_before_a_checkpoint(tmp_path, caplog) -> None:
    """A process that migrates the store and dies before its first checkpoint leaves the
    migration in the log only; the next opening replays it, and the registry is rebuilt
    with its tallies, then updated."""
    db, rows = _store_before_tallies(tmp_path)
    killed = "import os, sys\nfrom newsdesk.store import open_store\nopen_store(sys.argv[1])\nos._exit(0)"
    subprocess.run([sys.executable, "-c", killed, db], check=True)
    assert Path(db + ".wal").stat().st_size > 0
    _grown_by_a_copy(db, tmp_path, rows[2], caplog)


#: Three articles that name Donald Trump in full, two that call him "Trump" only, one more
#: naming him in full (the large group grows) and one about Melania Trump (a second person
#: bearing the surname, so the lone "Trump" no longer has a single bearer to join).
DONALD = (
    "http://www1.cbn.com/cbnnews/politics/2018/july/"
    "media-research-center-calls-bias-on-mainstream-coverage-of-scotus-nomination-nbsp",
    "http://dailycaller.com/2017/12/11/cnn-walks-back-jeff-sessions-russia-bombshell/",
    "https://www.nytimes.com/2018/04/10/opinion/trump-michael-cohen-fbi-raid.html?action="
    "click&pgtype=Homepage&clickSource=story-heading&module=opinion-c-col-left-region&"
    "region=opinion-c-col-left-region&WT.nav=opinion-c-col-left-region",
)
LONE = (
    "http://thehill.com/homenews/administration/348955-trump-asks-for-initial-785-billion-for-hurricane-harvey-relief",
    "https://m.washingtontimes.com/news/2017/oct/3/trump-san-juan-mayor-coming-around/",
)
ONE_MORE = (
    "https://www.theblaze.com/news/tea-party-republican-and-former-rep-joe-walsh-mulling-"
    "primary-challenge-against-president-trump"
)
MELANIA = (
    "https://www.foxnews.com/politics/melania-trump-says-she-does-what-i-think-is-right-"
    "despite-facing-criticism-from-the-public-media"
)


def _in_band(path: Path, row: dict, band: str) -> dict:
    """``row`` with a record id that gives its article an id opening with one of the hex
    digits in ``band``. Ids come from the input's path, which differs from run to run; the
    lone-surname rule compares with a group's first article, so each step's article is put
    in a band above every earlier one, and a new first article never turns up by chance."""
    for number in range(1000):
        record_id = f"{row['ID']}-{number}"
        article = Article(path=str(path), raw_text="", source=source_of(str(path)), locator=record_id)
        if article.id[0] in band:
            return dict(row, ID=record_id)
    raise AssertionError(f"no record id gives an id in {band!r}")


def test_a_large_group_grows_then_its_lone_surname_gains_a_second_bearer(tmp_path, caplog) -> None:
    """The Trump group is read as a few members per component while it grows, its lone
    "Trump" keeps its stored decision while Donald Trump is the only bearer, and leaves
    the group as a rebuild decides once Melania Trump bears the surname too."""
    *first, one_more, melania = _by_url(*DONALD, *LONE, ONE_MORE, MELANIA)
    db = str(tmp_path / "store.duckdb")
    first_path = tmp_path / "first.jsonl"
    ingest([write_jsonl(first_path, [_in_band(first_path, row, "01234567") for row in first])], db=db, workers=1)
    analyse(db=db, workers=1)
    lone, donald = _article_id(db, LONE[1]), _article_id(db, DONALD[0])
    assert _entity_of(db, lone, "Trump") == _entity_of(db, donald, "Donald Trump")
    for number, (row, joined) in enumerate([(one_more, True), (melania, False)]):
        path = tmp_path / f"step{number}.jsonl"
        ingest([write_jsonl(path, [_in_band(path, row, ("89ab", "cdef")[number])])], db=db, workers=1)
        hidden = _updated(db, caplog)[3]
        assert _snapshot(db) == _rebuilt(db, tmp_path), number
        assert hidden > 0 or not joined, number  # the Trump group was read in part
        found = [_entity_of(db, lone, "Trump"), _entity_of(db, donald, "Donald Trump")]
        assert (found[0] == found[1]) == joined, number


def test_a_new_first_member_of_a_lone_surnames_bearer_is_regrouped_once_as_a_rebuild(tmp_path, caplog) -> None:
    """An article naming Donald Trump whose id comes before every stored one becomes the
    first member of his component, which it renames: the lone "Trump" names that component
    alone bears take their decision again, so their group is read in full from the start
    (``changes._lone_groups``), the update regroups once, and the registry equals
    a rebuild's."""
    *first, one_more = _by_url(*DONALD, *LONE, ONE_MORE)
    db = str(tmp_path / "store.duckdb")
    first_path, next_path = tmp_path / "first.jsonl", tmp_path / "next.jsonl"
    ingest([write_jsonl(first_path, [_in_band(first_path, row, "89abcdef") for row in first])], db=db, workers=1)
    analyse(db=db, workers=1)
    ingest([write_jsonl(next_path, [_in_band(next_path, one_more, "0")])], db=db, workers=1)
    with caplog.at_level(logging.DEBUG, logger="newsdesk.entities.update"):
        analyse(db=db, workers=1)
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("entity registry: 1 articles changed") for m in messages)
    assert not any("read in full" in m for m in messages)  # one regroup
    with duckdb.connect(db, read_only=True) as con:  # the component is named by the new article
        components = con.execute("SELECT DISTINCT component FROM entity_members WHERE key = 'donald trump'").fetchall()
    assert components == [(f"{_article_id(db, ONE_MORE)}#{components[0][0].split('#')[1]}",)]
    assert _snapshot(db) == _rebuilt(db, tmp_path)


def _story(story: dict, members: list[str]) -> dict:
    """``story`` (as ``Store.story_of`` gives it) holding ``members``, earliest first."""
    return {
        "story_id": story["story_id"],
        "earliest": members[0],
        "articles": len(members),
        "independent_sources": story["independent_sources"],
        "members": members,
    }


def test_an_article_that_only_moves_story_is_regrouped_once_as_a_rebuild(tmp_path, caplog) -> None:
    """Three articles call Trump by his surname alone (a wire copy of one of them included),
    and the last of them by id moves to the story of one naming Donald Trump (stories are
    re-clustered near every change). Its text is the one stored, but the lone-surname
    decisions of the component the three share are taken again: that group is read in full
    from the start, so the update regroups once, and the registry equals a rebuild's."""
    *first, lone_row = _by_url(*DONALD, *LONE)
    copy = _copy_of(lone_row)
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", [*first, lone_row, copy])], db=db, workers=1)
    analyse(db=db, workers=1)
    donald = _article_id(db, DONALD[0])
    lone = max(_article_id(db, url) for url in (*LONE, copy["url"]))
    _move_to_story_of(db, lone, donald)
    idle = _idle_places(db, lone)
    assert idle  # the article names organisations or places besides Trump
    with open_store(db) as store:  # they stay out of the regroup, their rows in the index
        change = Change.read(store)
        assert set(change.idle) == idle and not idle & {(m.article_id, m.ordinal) for m in change.fresh}
    with caplog.at_level(logging.DEBUG, logger="newsdesk.entities.update"), open_store(db) as store:
        resolve_entities(store)
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("entity registry: 1 articles changed") for m in messages)
    assert not any("read in full" in m for m in messages)  # one regroup
    assert _snapshot(db) == _rebuilt(db, tmp_path)


def test_the_first_member_of_a_lone_surnames_bearer_moving_story_is_regrouped_once(tmp_path, caplog) -> None:
    """The article whose member leads Donald Trump's component (the member a lone "Trump"
    is compared with) moves to another story with its text unchanged. The lone names that
    component alone bears take their decision again, so their groups are read in full from
    the start (``changes._lone_groups``): the update regroups once, and the registry equals
    a rebuild's."""
    rows = _by_url(*DONALD, *LONE)
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", rows)], db=db, workers=1)
    analyse(db=db, workers=1)
    with duckdb.connect(db, read_only=True) as con:
        component = con.execute("SELECT DISTINCT component FROM entity_members WHERE key = 'donald trump'").fetchall()
    assert len(component) == 1
    lead = component[0][0].split("#")[0]
    lone = next(i for i in (_article_id(db, url) for url in LONE) if i != lead)
    _move_to_story_of(db, lead, lone)
    with caplog.at_level(logging.DEBUG, logger="newsdesk.entities.update"), open_store(db) as store:
        resolve_entities(store)
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("entity registry: 1 articles changed") for m in messages)
    assert not any("read in full" in m for m in messages)  # one regroup
    assert _snapshot(db) == _rebuilt(db, tmp_path)


def _move_to_story_of(db: str, moved: str, host: str) -> None:
    """Move the article ``moved`` from its story into the story of ``host`` (they differ),
    its text unchanged, as a stories update that regroups it would."""
    with open_store(db) as store:
        target, source = store.story_of(host), store.story_of(moved)
        assert target["story_id"] != source["story_id"]
        left = [m["id"] for m in source["members"] if m["id"] != moved]
        store.replace_stories_of(
            [host, moved],
            [_story(target, [m["id"] for m in target["members"]] + [moved]), *([_story(source, left)] if left else [])],
        )


def _idle_places(db: str, article_id: str) -> set[tuple[str, int]]:
    """The members of ``article_id`` that no rule reading a story concerns: not people and
    not the first member of their component."""
    with duckdb.connect(db, read_only=True) as con:
        return set(
            con.execute(
                "SELECT article_id, member FROM entity_members WHERE article_id = ? "
                "AND label <> 'PERSON' AND component <> article_id || '#' || member",
                [article_id],
            ).fetchall()
        )


def test_the_changed_articles_are_read_at_their_latest_version(tmp_path) -> None:
    """The update reads the changed articles alone (``article_ids``): each is read at its
    latest version, as the whole store is; DuckDB's threads and Python's cycle collector
    are as they were after."""
    vox, times = _by_url(VOX, TIMES)
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "both.jsonl", [vox, times])], db=db, workers=1)
    analyse(db=db, workers=1)
    ingest([write_jsonl(tmp_path / "both.jsonl", [vox, _without_meadows(times)])], db=db, workers=1)
    analyse(db=db, workers=1)
    times_id = _article_id(db, TIMES)
    assert gc.isenabled()  # the registry pauses the cycle collector while it runs, no longer
    with open_store(db) as store:
        threads = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
        with store.one_thread():
            one = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
            alone = store.entity_sources(languages=["en"], article_ids=[times_id])
            now = store.entity_articles_now(languages=["en"], article_ids=[times_id]).to_pylist()
        every = {row[0]: row for row in store.entity_sources(languages=["en"])}
        every_now = store.entity_articles_now(languages=["en"]).to_pylist()
        after = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
    assert (one, after) == (1, threads)
    assert alone == [every[times_id]]
    assert not any("Meadows" in mention["text"] for mention in alone[0][2])
    assert now == [row for row in every_now if row["article_id"] == times_id]
    assert now[0]["version"] > 1


def test_one_thread_restores_the_setting_after_an_error(tmp_path) -> None:
    """The update's one-thread block gives the database its own setting back even when the
    block fails, and the block's error is the one raised."""
    with open_store(str(tmp_path / "store.duckdb")) as store:
        store.con.execute("SET threads = 3")
        with pytest.raises(ValueError, match="inside"), store.one_thread():
            assert store.con.execute("SELECT current_setting('threads')").fetchone()[0] == 1
            raise ValueError("inside")
        assert store.con.execute("SELECT current_setting('threads')").fetchone()[0] == 3


def test_an_unknown_member_filter_is_an_error(tmp_path) -> None:
    """The member filters are defined once (``MemberFilters``): a name that is not one of
    them fails, where it would otherwise find no member and the update miss a group."""
    with open_store(str(tmp_path / "store.duckdb")) as store:
        assert store.entity_member_rows(keys=["mark meadows"]) == []
        with pytest.raises(TypeError, match="surnames"):
            store.entity_member_groups(surnames=["meadows"])


@pytest.mark.parametrize(
    ("surname", "words", "reached"),
    [
        ("Meadow", 3, True),  # Vox's "Rep. Mark Meadow" near the new "Mark Meadows"
        ("Meadows", 3, True),
        ("Meadow", 2, False),  # as many words as no new person's name
        ("Mead", 3, False),  # too far (ratio 73)
        (None, 3, False),  # a stored person without a full name
    ],
)
def test_a_stored_person_near_a_new_surname_is_reached(surname, words, reached) -> None:
    """A stored person's group is reached when a new person with as many name words has a
    surname close to theirs (the near-match rule may join them), whatever other surnames
    and word counts the new people have."""
    new = {3: {"Meadows", "Jordan"}, 4: {"Meadow"}}
    rows = [{"auto_group": "stored", "surname": surname, "words": words}]
    assert close_surname_groups(rows, new) == ({"stored"} if reached else set())


#: Names as articles write them, with what a JSON text must escape (quotes, backslashes,
#: line breaks, other scripts, characters outside the basic plane).
_WRITTEN = [
    'Dwayne "The Rock" Johnson',
    "O'Neill",
    "C:\\Users\\desk",
    "line one\nline two\ttab",
    "Токаев",
    "محمد بن سلمان",
    "emoji 🙂 and \u2028 separator",
    "",
]


def test_a_few_rows_are_written_and_found_as_a_rebuild_writes_them(tmp_path) -> None:
    """An update writes its few registry rows as JSON text and binds its lists of ids the
    same way (DuckDB then imports none of pyarrow's dataset modules); a rebuild writes
    through Arrow. Both store the names exactly, and the ids are found by their text."""
    rows = [
        {
            "entity_id": f"E{number} {name}",
            "alias": name,
            "mentions": number,
            "first_seen": None,
            "last_seen": "2020-01-02",
            "valid_from": None,
            "valid_to": None,
        }
        for number, name in enumerate(_WRITTEN)
    ]
    tables = registry_arrow(
        {"entities": [], "entity_aliases": rows, "entity_roles": [], "entity_mentions": [], "entity_tallies": []}
    )
    found = {}
    for way in ("update", "rebuild"):
        with open_store(str(tmp_path / f"{way}.duckdb")) as store:
            if way == "update":
                store.update_entities(dropped=[], tables=tables)
            else:
                store.replace_entities(tables)
            found[way] = store.entity_alias_rows([row["entity_id"] for row in rows])
    assert found["update"] == found["rebuild"] == {row["entity_id"]: [row] for row in rows}


def test_the_groups_read_whole_come_in_the_read_of_those_read_in_part(tmp_path) -> None:
    """The groups an update reads in full come in the statement that reads the others in
    part (``entity_member_parts(..., whole=...)``): their rows are every column
    ``entity_member_rows`` gives, and the groups read in part are read and counted as
    without them (the index of six real articles)."""
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "first.jsonl", _rows(6))], db=db, workers=1)
    analyse(db=db, workers=1)
    with open_store(db) as store:
        articles = [row[0] for row in store.con.execute("SELECT id FROM articles").fetchall()]
        groups = sorted(store.entity_member_groups(article_ids=articles))
        whole, parts = groups[::3], [group for group in groups if group not in groups[::3]]
        together = store.entity_member_parts(parts, keys=[], persons_in=articles[:1], whole=whole)
        alone = store.entity_member_parts(parts, keys=[], persons_in=articles[:1])
        whole_rows = store.entity_member_rows(groups=whole)

    def place(row: dict) -> tuple[str, int]:
        return row["article_id"], row["member"]

    assert whole_rows and alone[1]  # groups read whole, and members left in the index
    assert sorted(together[0], key=place) == sorted(alone[0] + whole_rows, key=place)
    assert together[1] == alone[1]
