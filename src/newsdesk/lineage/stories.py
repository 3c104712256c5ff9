"""Stories from lineage: story clusters (``newsdesk.stories``) merged wherever one article is
a copy of another, their earliest member and independent sources, updated for the whole store
or near changed articles; and which article ranks as the source of a copy (``source_order``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from newsdesk.article import Article
from newsdesk.lineage.links import COPY_KINDS
from newsdesk.store import Store
from newsdesk.store.lineage import StoryCheck
from newsdesk.store.ordering import tie_key

log = logging.getLogger(__name__)

#: Articles dated this many days around a changed one are re-clustered with it
#: (``newsdesk.stories.WINDOW_DAYS``, the days the clustering lets two articles of a story lie
#: apart; not imported here, so reading lineage does not load the clustering's libraries).
STORY_WINDOW_DAYS = 14
#: Texts read at once when story terms are counted for articles that have none stored.
_TEXT_BATCH = 1000


def refresh_stories(
    store: Store,
    changed: list[Article],
    *,
    full: bool,
    check: StoryCheck | None = None,
) -> int:
    """Stories near the changed articles, or all of them when ``full``, when the store has
    none, or when an article that did not change has no story (a store written before links
    and stories were one commit, or a run without stories): then every story is rebuilt.
    ``check``: ``Store.story_check`` as the caller read it (the lineage step, with its own
    change set), else read here."""
    check = check or store.story_check()
    if full or not check.has_stories or check.story_less - {article.id for article in changed}:
        return update_stories(store)
    return update_stories_near(store, changed, articles=check.articles) if changed else 0


def update_stories_near(store: Store, changed: Sequence[Article], *, window_days: int = STORY_WINDOW_DAYS,
                        articles: int | None = None) -> int:
    """Re-cluster only the stories the changed articles can join. The neighbourhood (the
    articles dated within ``window_days`` of one of them, and every story or copy those
    touch, closed: ``Store.story_window``) is weighed from its stored story terms (only
    articles without them, the changed ones, are tokenised); each changed article's nearest
    neighbours in it name the stories it can join (a neighbour as similar as the clustering's
    threshold). Those stories, the changed articles' former stories and their copies (closed
    again) are re-clustered on the neighbourhood's similarity graph cut down to them; every
    other story stays as stored. Returns the number of stories written.

    Not equal to ``update_stories``: a rebuild weighs words by their document frequency in
    the whole store and takes each article's nearest neighbours among all articles, so one
    new article shifts, a little, similarities far from it; here both come from the
    neighbourhood (docs/scale.md gives the measured agreement). Where the neighbourhood holds
    every current article (``articles``: how many there are), its weights and neighbours are
    the rebuild's, and all of it is clustered again: the stories are then a rebuild's."""
    kinds = sorted(COPY_KINDS)
    with store.one_thread(), store.transaction():  # the new terms and their stories together
        window = store.story_window([a.id for a in changed], days=_window_days(changed, window_days),
                                    copy_kinds=kinds)
        ids = window.ids
        rows = store.lineage_story_rows(copy_kinds=kinds, article_ids=ids)
        dated = [(article_id, rows[article_id]["published"]) for article_id in ids if article_id in rows]
        whole = articles is not None and len(dated) >= articles
        reach, numbers = _reclustered(store, dated, changed={a.id: a for a in changed}, window_days=window_days,
                                      story_of=window.story_of, links=window.links, whole=whole,
                                      current={i: rows[i]["version"] for i, _ in dated})
        groups = _join_copies(numbers, window.links)
        stories = [_story(members, rows) for members in groups]
        written = store.replace_stories_of(reach, stories)
    log.info("stories: %d articles changed, %d in their window, %d re-clustered into %d stories (%d written)",
             len(changed), len(ids), len(reach), len(stories), written)
    return len(stories)


def _window_days(changed: Sequence[Article], window_days: int) -> list[tuple[str, str]]:
    """The ISO first and last day of each changed article's window (undated ones have none)."""
    from newsdesk.stories import published_span

    spans = [published_span(article.published) for article in changed]
    return [(date.fromordinal(span[0] - window_days).isoformat(),
             date.fromordinal(span[1] + window_days).isoformat()) for span in spans if span]


def _reclustered(store: Store, dated: Sequence[tuple[str, str | None]], *, changed: dict[str, Article],
                 window_days: int, story_of: dict[str, str], links: list[dict[str, Any]],
                 whole: bool = False, current: dict[str, int] | None = None) -> tuple[list[str], dict[str, int]]:
    """The changed articles and every article of the stories they can join or left (closed
    under stories and copies), and the story numbers of those of them in the neighbourhood
    ``dated`` (id, published), clustered within it; the neighbourhood's stories (``story_of``)
    and copy ``links`` close the set. ``whole``: every article of the neighbourhood is
    clustered again (it holds the whole store). ``current``: each one's current version, read
    with its row, so the story terms are read and kept without reading the current articles."""
    try:
        from newsdesk.stories import cluster_rows, nearest_and_joinable, nearest_of, published_span, weigh_terms
    except ImportError:  # story clustering not installed: each article is its own story
        return [article_id for article_id, _ in dated], _cluster(store, dated, changed=changed)
    terms = _story_terms(store, [article_id for article_id, _ in dated], changed=changed, current=current)
    found = [(article_id, published) for article_id, published in dated if article_id in terms]
    place = {article_id: number for number, (article_id, _) in enumerate(found)}
    vectors = weigh_terms([terms[article_id] for article_id, _ in found])
    spans = [published_span(published) for _, published in found]
    new = [place[article_id] for article_id in changed if article_id in place]
    nearest, joinable = nearest_and_joinable(vectors, new, spans, window_days=window_days)
    start = {article_id for article_id, _ in found} if whole else {found[row][0] for row in joinable}
    reach = _closed(changed.keys() | start, story_of, links)
    rows = [place[article_id] for article_id in reach if article_id in place]
    nearest = nearest_of(vectors, rows, known=(new, nearest))  # the changed rows' read once
    labels = cluster_rows(rows, nearest, spans, window_days=window_days)
    return reach, {found[row][0]: label for row, label in zip(rows, labels, strict=True)}


def update_stories(store: Store) -> int:
    """Cluster every current article into stories (copies always join their original's story)."""
    numbers = _cluster(store, store.article_dates())
    groups = _join_copies(numbers, store.lineage_links(kinds=sorted(COPY_KINDS)))
    rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS))
    stories = [_story(members, rows) for members in groups]
    store.save_stories(stories)
    return len(stories)


def _cluster(
    store: Store, dates: Sequence[tuple[str, str | None]], *, changed: dict[str, Article] | None = None
) -> dict[str, int]:
    """Story numbers of the articles of ``dates`` (id, published), clustered on their story
    terms: stored, else counted from the text (``changed`` holds texts already read)."""
    try:
        from newsdesk.stories import cluster_terms
    except ImportError:  # story clustering not installed: each article is its own story
        log.warning("newsdesk.stories is not available; every article is its own story")
        return {article_id: number for number, (article_id, _) in enumerate(dates)}
    terms = _story_terms(store, [article_id for article_id, _ in dates], changed=changed or {})
    found = [(article_id, published) for article_id, published in dates if article_id in terms]
    return cluster_terms([i for i, _ in found], [terms[i] for i, _ in found], [p for _, p in found])


def _story_terms(store: Store, ids: list[str], *, changed: dict[str, Article],
                 current: dict[str, int] | None = None) -> dict[str, Any]:
    """Each article's story terms: stored for its version, else counted now and kept (in
    batches of ``_TEXT_BATCH`` texts, so memory stays flat on a first run). ``current``: each
    article's current version, read already (``Store.story_terms``)."""
    from newsdesk.stories import TERMS_VERSION, story_terms

    found = store.story_terms(ids, version=TERMS_VERSION, current=current)
    missing = [article_id for article_id in ids if article_id not in found]
    for start in range(0, len(missing), _TEXT_BATCH):
        batch = missing[start : start + _TEXT_BATCH]
        texts = {**store.get_articles([i for i in batch if i not in changed]), **changed}
        counted = {i: story_terms(texts[i]) for i in batch if i in texts}
        store.save_story_terms(counted, version=TERMS_VERSION, current=current)
        found.update(counted)
    return found


def _closed(start: set[str], story_of: dict[str, str], links: Iterable[dict[str, Any]]) -> list[str]:
    """``start`` and, repeatedly, the other members of their stories (``story_of``) and every
    article a copy link joins to one of them: ``Store.story_window`` without dates,
    within a set already closed that ``story_of`` and ``links`` describe."""
    members: dict[str, list[str]] = {}
    for article_id, story in story_of.items():
        members.setdefault(story, []).append(article_id)
    linked: dict[str, list[str]] = {}
    for link in links:
        linked.setdefault(link["article"], []).append(link["of"])
        linked.setdefault(link["of"], []).append(link["article"])
    found, todo = set(start), list(start)
    while todo:
        article_id = todo.pop()
        for other in (*members.get(story_of.get(article_id, ""), ()), *linked.get(article_id, ())):
            if other not in found:
                found.add(other)
                todo.append(other)
    return sorted(found)


def _join_copies(numbers: dict[str, int], links: Iterable[dict[str, Any]]) -> list[list[str]]:
    """Story members: the clusters, merged wherever one article is a copy of another."""
    parent = {f"story:{number}": f"story:{number}" for number in numbers.values()}
    parent.update({article_id: f"story:{number}" for article_id, number in numbers.items()})

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links:
        if link["article"] in numbers and link["of"] in numbers:
            parent[root(link["article"])] = root(link["of"])
    groups: dict[str, list[str]] = {}
    for article_id in numbers:
        groups.setdefault(root(article_id), []).append(article_id)
    return list(groups.values())


def _story(members: list[str], rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Earliest member (``source_order``) and the count of independent sources."""
    ordered = sorted(members, key=lambda article_id: source_order(rows.get(article_id, {}), article_id))
    independent = {_source_of(rows.get(i, {}), i) for i in members if not rows.get(i, {}).get("is_copy")}
    return {
        "story_id": ordered[0],
        "earliest": ordered[0],
        "members": ordered,
        "articles": len(members),
        "independent_sources": len(independent),
    }


def source_order(row: dict[str, Any], article_id: str) -> tuple[Any, ...]:
    """How articles rank as the source of a copy, whatever order they arrived in: dated ones
    first, the earliest day first, then the earliest time of day where the date has one (a
    date without a time counts as the start of its day), then a wire agency's article
    (``newsdesk.bylines.lexicons.NEWS_AGENCIES``) before a client's, then the store's order of
    ties (``newsdesk.store.ordering.tie_key``: the hash of what was read, the file name, the
    path, the locator), so the same files rank alike wherever they lie; the article id (a hash
    of the resolved path) only between inputs that tie on all of these."""
    day, time_of_day = _published_moment(row.get("published") or "")
    ties = tie_key(row.get("content_hash") or "", row.get("path") or "", row.get("locator") or "")
    return (not day, day, time_of_day, not _is_wire(row.get("outlet")), *ties, article_id)


def _published_moment(published: str) -> tuple[str, str]:
    """``(day, time of day)`` of a published date, in UTC when it has a time zone."""
    if len(published) <= 10:
        return published, ""
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published[:10], ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date().isoformat(), moment.time().isoformat()


def _is_wire(outlet: str | None) -> bool:
    from newsdesk.bylines.lexicons import NEWS_AGENCIES

    return (outlet or "").strip().casefold() in NEWS_AGENCIES


def _source_of(row: dict[str, Any], article_id: str) -> str:
    outlet = (row.get("outlet") or "").strip().casefold()
    return f"outlet:{outlet}" if outlet else f"article:{article_id}"
