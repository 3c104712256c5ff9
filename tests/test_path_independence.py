"""The same files give the same results wherever they lie: an article's id is a hash of its
input's path, so no choice that two articles tie on may fall to their ids."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import EXAMPLES
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

