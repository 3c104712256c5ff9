"""The lineage corpus step: fingerprint new or changed articles, find candidate pairs in the
store by their fingerprints, compare them and save the links (then refresh stories).
See ``newsdesk.lineage``."""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from newsdesk.article import Article
from newsdesk.lineage.fingerprints import content_stem_set, fingerprint, norm_hash
from newsdesk.lineage.links import COPY_KINDS, Link
from newsdesk.lineage.pairs import PairComparer, similar_stems, text_span
from newsdesk.lineage.stories import refresh_stories, source_order
from newsdesk.sentences import LAYER as SENTENCES
from newsdesk.store import Store

log = logging.getLogger(__name__)

#: Bump when fingerprints or link rules change: every article is then processed again.
LINEAGE_VERSION = 3
MIN_SHARED_MARKS = 2
#: A fingerprint found in more articles than this is site boilerplate (a sign-up box, a
#: syndication notice) or wire text (near duplicates find that): it does not make a passage.
MAX_MARK_ARTICLES = 5


@dataclass(slots=True)
class LineageReport:
    articles: int = 0
    links: dict[str, int] = field(default_factory=dict)
    candidates: int = 0
    stories: int = 0


def update_lineage(store: Store, *, stories: bool = True, full: bool = False) -> LineageReport:
    """Fingerprint new or changed articles, link them to earlier ones, then refresh stories.
    ``full`` forgets every fingerprint and link first, so every article is processed again."""
    report = LineageReport()
    with _threads(store, full=full), store.transaction():  # links and stories commit together
        if full:
            store.lineage_forget_all()
        start = store.lineage_start(version=LINEAGE_VERSION)
        pending = start.pending
        hashes = {article.id: norm_hash(article.text) for article, _ in pending}
        holders = store.lineage_hash_holders(sorted(set(hashes.values()))) if hashes else []
        reopened, order = store.lineage_reopen(_outranked_holders(store, hashes, holders))
        hashes.update({article.id: norm_hash(article.text) for article, _ in reopened})
        pending += reopened
        if pending:
            forgotten = {article.id for article, _ in reopened}
            originals = [(text_hash, i) for text_hash, i, original in holders if original and i not in forgotten]
            _link_pending(
                store, pending, hashes=hashes, originals=originals, order={**start.order, **order}, report=report
            )
        if stories:
            changed = [article for article, _ in pending]
            report.stories = refresh_stories(store, changed, full=full, check=start.stories)
    log.info(
        "lineage: %d articles processed, links %s, %d candidate pairs, %d stories",
        report.articles,
        report.links,
        report.candidates,
        report.stories,
    )
    return report


def _threads(store: Store, *, full: bool) -> AbstractContextManager[None]:
    """DuckDB on one thread for an update (``Store.one_thread``); a rebuild or a first run,
    which read every article, on all of them. Inside ``newsdesk analyse``'s setting for all
    the steps (``analyse.steps_threads``) one thread is in force already, and the store is
    not asked again whether this is an update (a statement of a 1% update's fixed part)."""
    if store.on_one_thread or full or not store.lineage_size():
        return nullcontext()
    return store.one_thread()


def _outranked_holders(store: Store, hashes: dict[str, str], holders: list[tuple[str, str, bool]]) -> list[str]:
    """Processed articles whose text (``hashes``: ``{pending id: norm_hash}``) a pending article
    has and outranks as the source (``source_order``): processed again, as its exact copies.
    ``holders``: ``Store.lineage_hash_holders`` of those hashes."""
    held: dict[str, list[str]] = {}
    for text_hash, article_id, _ in holders:
        held.setdefault(text_hash, []).append(article_id)
    if not held:
        return []
    ids = sorted({*hashes, *(i for ids in held.values() for i in ids)})
    rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS), article_ids=ids)
    rank = {i: source_order(rows.get(i, {}), i) for i in ids}
    best = {}
    for article_id, text_hash in hashes.items():
        best[text_hash] = min(best.get(text_hash, rank[article_id]), rank[article_id])
    return sorted(i for text_hash, ids in held.items() for i in ids if best[text_hash] < min(rank[j] for j in ids))


def _link_pending(
    store: Store,
    pending: list[tuple[Article, int]],
    *,
    hashes: dict[str, str],
    originals: list[tuple[str, str]],
    order: dict[str, dict[str, Any]],
    report: LineageReport,
) -> None:
    """Fingerprint and link the pending articles (``originals``: ``(norm_hash, id)`` of the
    processed articles that are no exact copy and hold a pending article's text; ``order``:
    what ranks each pending article as a source, read with it, ``Store.lineage_start``)."""
    articles = {article.id: article for article, _ in pending}
    seqs = {article.id: seq for article, seq in pending}
    prints = [fingerprint(article, text_hash=hashes[article.id]) for article, _ in pending]
    rank = {article_id: source_order(order.get(article_id, {}), article_id) for article_id in articles}
    exact_of = _exact_owners({p.article_id: p.norm_hash for p in prints}, originals, rank=rank)
    store.save_fingerprints(prints, exact_of=exact_of, seqs=seqs, version=LINEAGE_VERSION)
    links = [_exact_link(articles, copy, original, store) for copy, original in exact_of.items()]
    candidates = store.lineage_candidates(
        [p.article_id for p in prints if p.article_id not in exact_of],
        min_shared_marks=MIN_SHARED_MARKS,
        max_mark_articles=MAX_MARK_ARTICLES,
    )
    links += _compare_candidates(
        store, candidates, articles, order=order, stems={p.article_id: p.stems for p in prints}
    )
    store.save_links(links)
    report.articles, report.candidates = len(pending), len(candidates)
    for link in links:
        report.links[link.kind] = report.links.get(link.kind, 0) + 1


def _exact_owners(hashes: dict[str, str], originals: list[tuple[str, str]], *,
                  rank: dict[str, Any]) -> dict[str, str]:
    """``{copy id: source id}`` for the given articles (``{id: normalised-text hash}``) whose
    text is already held by a processed article (the source: ``originals``, ``(hash, id)``),
    or by another of them that comes first by ``rank`` (``{id: sort key}``)."""
    first: dict[str, str] = dict(originals)
    for article_id, text_hash in sorted(hashes.items(), key=lambda item: rank[item[0]]):
        first.setdefault(text_hash, article_id)
    return {article_id: first[text_hash] for article_id, text_hash in hashes.items() if first[text_hash] != article_id}


def _exact_link(articles: dict[str, Article], copy: str, original: str, store: Store) -> Link:
    text = articles[copy].text
    source = articles.get(original) or store.get_article(original)
    spans = [{"this": text_span((0, len(text))), "of": text_span((0, len(source.text) if source else 0))}]
    return Link(copy, original, "exact", 1.0, spans)


def _compare_candidates(
    store: Store,
    candidates: dict[tuple[str, str], set[str]],
    articles: dict[str, Article],
    *,
    order: dict[str, dict[str, Any]],
    stems: dict[str, frozenset[str]],
) -> list[Link]:
    """Compare each candidate pair, the later article as the copy of the earlier one
    (``stems``: the content stems fingerprinting computed, so they are not computed again;
    ``order``: what ranks each of ``articles`` as a source). A pair that shares only a stem
    band and fails the rewrite pre-check is dropped before any text is read. The other
    articles of the pairs are read without their raw text (no comparison reads it; ten
    candidates of 1,000 articles: 9.9-12.1 -> 3.1-4.0 CPU ms), with what ranks them: the
    pairs are ranked from those reads, not from a read of their rows of their own."""
    stems = _candidate_stems(store, candidates, articles, stems=stems)
    candidates = {
        pair: spaces
        for pair, spaces in candidates.items()
        if spaces != {"stem"} or similar_stems(*(stems.get(i, frozenset()) for i in pair))
    }
    paired = sorted({i for pair in candidates for i in pair})
    others, others_order = store.lineage_articles(sorted(set(paired) - set(articles)))
    articles = {**articles, **others}
    order = {**order, **others_order}
    rank = {article_id: source_order(order.get(article_id, {}), article_id) for article_id in paired}
    common = store.lineage_common_marks(
        sorted({i for pair, spaces in candidates.items() if spaces != {"stem"} for i in pair}),
        max_articles=MAX_MARK_ARTICLES,
    )
    sentences = store.layer(
        SENTENCES, article_ids=sorted({i for pair, spaces in candidates.items() if "stem" in spaces for i in pair})
    )
    links = []
    comparer = PairComparer(common_marks=common, stems=stems, sentences=sentences)
    for pair, spaces in candidates.items():
        if not all(i in articles for i in pair):
            continue
        earlier, later = sorted(pair, key=rank.__getitem__)
        if spaces == {"stem"}:  # shares no shingle band and no passage: only a rewrite can link them
            link = comparer.rewrite_link(articles[later], articles[earlier])
        else:
            link = comparer.compare(articles[later], articles[earlier], rewrite_candidate="stem" in spaces)
        if link is not None:
            links.append(link)
    return links


def _candidate_stems(
    store: Store,
    candidates: dict[tuple[str, str], set[str]],
    articles: dict[str, Article],
    *,
    stems: dict[str, frozenset[str]],
) -> dict[str, frozenset[str]]:
    """Content stems of every article in a pair sharing a stem band: computed this run, else
    stored, else (an article fingerprinted before stems were kept) stemmed from its text."""
    wanted = {i for pair, spaces in candidates.items() if "stem" in spaces for i in pair} - set(stems)
    found = {**stems, **store.lineage_stems(sorted(wanted))}
    missing = sorted(wanted - set(found))
    unread = [i for i in missing if i not in articles]
    texts = {**articles, **store.get_articles(unread, raw_text=False)}
    found.update({i: content_stem_set(texts[i].text) for i in missing if i in texts})
    return found
