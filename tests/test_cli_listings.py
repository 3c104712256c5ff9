"""The titles of the command line's listings: the count they give is the store's, and a
listing cut by --limit says how many of them it shows."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import EXAMPLES
from newsdesk import service
from newsdesk.store import open_store


def newsdesk(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def title(output: str) -> str:
    return " ".join(output.splitlines()[0].split())


def totals(db: str) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        return {
            "articles": service.article_rows(store).total,
            "entities": service.list_entities(store).total,
            "quotes": service.list_quotes(store).total,
            "quoted sources": service.list_sources(store).total,
        }


@pytest.fixture(scope="module")
def counts(seed_store: str) -> dict[str, int]:
    found = totals(seed_store)
    assert found["articles"] == 5 and found["entities"] > 50 and found["quotes"] > 2  # the seeds
    return found


def test_entities_by_default_says_it_shows_50_of_the_registry(seed_store: str, counts: dict[str, int]) -> None:
    assert title(newsdesk("entities", "--db", seed_store)) == f"50 of {counts['entities']} entities in {seed_store}"
    whole = newsdesk("entities", "--db", seed_store, "--limit", str(counts["entities"]))
    assert title(whole) == f"{counts['entities']} entities in {seed_store}"


@pytest.mark.parametrize(
    "command, noun", [("articles", "articles"), ("quotes", "quotes"), ("sources", "quoted sources")]
)
def test_a_listing_cut_by_limit_gives_the_shown_and_the_stored_count(
    seed_store: str, counts: dict[str, int], command: str, noun: str
) -> None:
    shown = 2
    head = title(newsdesk(command, "--db", seed_store, "--limit", str(shown)))
    assert re.match(rf"{shown} of {counts[noun]} {noun}\b", head), head


def test_search_cut_by_limit_gives_the_shown_and_the_matching_count(seed_store: str) -> None:
    with open_store(seed_store, read_only=True) as store:
        matching = service.list_articles(store, q="Kazakhstan").total
    assert matching > 2
    assert (
        title(newsdesk("search", "Kazakhstan", "--db", seed_store, "--limit", "2"))
        == f"2 of {matching} articles match in {seed_store}"
    )
    assert title(newsdesk("search", "Kazakhstan", "--db", seed_store)) == f"{matching} articles match in {seed_store}"


def _notes(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stderr.splitlines()


def test_an_empty_listing_of_links_or_stories_says_why_by_the_store(seed_store: str, tmp_path) -> None:
    """`lineage` and `stories` said "run `newsdesk analyse`" whenever they listed nothing: of an
    empty store (ingest first), of an analysed store whose articles copy none, and of stories
    cut by --min-articles."""
    from newsdesk.ingest import ingest

    empty = str(tmp_path / "empty.duckdb")
    with open_store(empty):
        pass
    for command in ("lineage", "stories"):
        assert _notes(command, "--db", empty) == ["the store holds no article; ingest articles first"]
    ingested = str(tmp_path / "ingested.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*")))], db=ingested, workers=1)
    assert _notes("lineage", "--db", ingested) == ["no copy links stored; run `newsdesk analyse` to find them"]
    assert _notes("stories", "--db", ingested) == ["no stories stored; run `newsdesk analyse` to build them"]
    assert _notes("stories", "--min-articles", "6", "--db", seed_store) == ["no story has 6 or more articles"]
    assert _notes("stories", "--db", seed_store) == []


@pytest.mark.parametrize("words", [["!!"], ['""'], ["«", "»", "?"]])
def test_a_search_of_marks_alone_says_there_is_nothing_to_search_for(seed_store: str, words: list[str]) -> None:
    """`newsdesk search '!!'` listed every article: stripped of its marks the query held no word
    and filtered nothing."""
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk", "search", *words, "--db", seed_store], capture_output=True, text=True
    )
    assert result.returncode == 2 and not result.stdout
    assert "nothing to search for in words " in result.stderr and ": marks alone, no word" in result.stderr
    assert title(newsdesk("search", *words, "Kazakhstan", "--db", seed_store)).endswith(f"match in {seed_store}")


def test_search_takes_the_dates_the_other_listings_take(seed_store: str) -> None:
    """`newsdesk search` had no --since/--until, though `/search` and `/api/articles` filter by
    date: it lists the service's dated articles, and a date it cannot read is a usage error."""
    with open_store(seed_store, read_only=True) as store:
        every = service.list_articles(store, q="Kazakhstan").total
        dated = service.list_articles(store, q="Kazakhstan", date_from="2022", date_to="2022").total
    assert 0 < dated < every  # the seeds: some dated 2022, some undated
    for since, until in (("--since", "--until"), ("--from", "--to")):
        found = newsdesk("search", "Kazakhstan", "--db", seed_store, since, "2022", until, "2022")
        assert title(found) == f"{dated} articles match in {seed_store}"
    refused = subprocess.run(
        [sys.executable, "-m", "newsdesk", "search", "Kazakhstan", "--db", seed_store, "--since", "yesterday"],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "--since wants YYYY, YYYY-MM or YYYY-MM-DD, got 'yesterday'" in refused.stderr
