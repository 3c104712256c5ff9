"""Corpus step: the same quote in several articles, linked; a changed speaker or wording flagged.

Candidates share word 4-gram shingles (an inverted index over the stored direct quotes);
a pair is the same quote when RapidFuzz's ratio of the normalised wording is at least
``SAME_WORDING`` or one quote is a fragment of the other (partial ratio >= 95). Linked
quotes form groups (union-find); a group whose members name different speakers is flagged
``speaker_conflict``, and a member whose wording differs from the group's first
(earliest-stored) member is flagged ``altered``.

The step is incremental. The store keeps each indexed quote's shingles (``quote_shingles``)
and the article version they came from (``quote_articles``). A run takes the articles whose
quotes layer is new, changed or gone, and recomputes only the groups they can touch: their
quotes, every quote sharing a usable shingle with one of them, the groups all these belong
to, and the holders of any shingle whose holder count crossed ``MAX_HOLDERS`` (crossing it
removes or restores candidate pairs between quotes that did not change). Groups are
components of a pairwise relation, so a group no change reaches is what a rebuild gives it,
and the set recomputed is closed: the result equals ``link_quotes(store, full=True)`` (a test
checks it on real articles). Groups are numbered by their first member, as a rebuild numbers them.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from newsdesk.store import Store

log = logging.getLogger(__name__)

SAME_WORDING = 80.0
MIN_WORDS = 6
SHINGLE_WORDS = 4
#: A shingle held by more quotes than this is a stock phrase: it makes no candidate pairs.
MAX_HOLDERS = 50
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def link_quotes(store: Store, *, full: bool = False) -> None:
    """Bring the quote groups up to date with the stored quotes (``full``: rebuild them all)."""
    if full or not store.quote_index_size():
        _rebuild(store)
    else:
        _update(store, store.quote_index_stale())


def eligible(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Direct quotes long enough to compare."""
    return [q for q in rows if q["direct"] and len(_words(q["text"])) >= MIN_WORDS]


def _rebuild(store: Store) -> None:
    quotes = eligible({**q, "direct": True} for q in store.quote_texts())
    groups = group_quotes(quotes)
    with store.transaction():
        store.replace_quote_index(article_ids=[], versions=store.quote_layer_versions(),
                                  shingles=_index_rows(quotes), everything=True)
        store.save_quote_groups(_group_rows(quotes, groups))
    log.info("quotes: %d groups across articles from %d direct quotes", len(groups), len(quotes))


def _update(store: Store, stale: list[str]) -> None:
    """Recompute the groups the ``stale`` articles' old and new quotes can reach."""
    if not stale:
        return
    new = eligible({**q, "direct": True} for q in store.quote_texts(article_ids=stale))
    old_rows = store.quote_shingles_of(stale)
    added = _index_rows(new)
    touched = sorted({row[0] for row in old_rows} | {row[0] for row in added})
    before = store.quote_shingle_counts(touched)
    with store.transaction():
        versions = store.quote_layer_versions()
        store.replace_quote_index(article_ids=stale, shingles=added,
                                  versions={i: versions[i] for i in stale if i in versions})
        reach = _reached(store, new, touched, before)
        _regroup(store, reach, stale)
    log.info("quotes: %d articles changed, %d quotes regrouped", len(stale), len(reach))


def _reached(store: Store, new: list[dict[str, Any]], touched: list[int],
             before: dict[int, int]) -> set[tuple[str, int]]:
    """Quotes whose group may change: the new ones, every quote sharing a usable shingle with
    them, the holders of shingles that crossed ``MAX_HOLDERS``, and their groups' members."""
    after = store.quote_shingle_counts(touched)
    new_keys = {(q["article_id"], q["quote_index"]) for q in new}
    reach = set(new_keys)
    for shingle, article_id, index in store.quote_shingle_holders(touched):
        crossed = (before.get(shingle, 0) <= MAX_HOLDERS) != (after.get(shingle, 0) <= MAX_HOLDERS)
        if crossed or after.get(shingle, 0) <= MAX_HOLDERS:
            reach.add((article_id, index))
    return reach


def _regroup(store: Store, reach: set[tuple[str, int]], stale: list[str]) -> None:
    dropped = store.quote_group_ids(sorted(reach), article_ids=stale)
    reach |= set(store.quote_group_members(dropped))
    articles = sorted({article_id for article_id, _ in reach})
    stored = eligible({**q, "direct": True} for q in store.quote_texts(article_ids=articles))
    quotes = [q for q in stored if (q["article_id"], q["quote_index"]) in reach]
    counts = store.quote_shingle_counts(sorted({row[0] for row in _index_rows(quotes)}))
    groups = group_quotes(quotes, usable=lambda shingle: counts.get(shingle, 0) <= MAX_HOLDERS)
    store.update_quote_groups(dropped=dropped, rows=_group_rows(quotes, groups))


def group_quotes(quotes: list[dict[str, Any]], *, usable: Any = None) -> list[list[int]]:
    """Indexes into ``quotes`` of each group of the same quote in two or more articles.

    ``usable(shingle)`` says whether a shingle may make candidate pairs; by default one held
    by at most ``MAX_HOLDERS`` of ``quotes``."""
    parent = list(range(len(quotes)))
    for a, b in _candidate_pairs(quotes, usable=usable):
        if quotes[a]["article_id"] != quotes[b]["article_id"] and same_quote(quotes[a]["text"], quotes[b]["text"]):
            parent[_root(parent, a)] = _root(parent, b)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(quotes)):
        members[_root(parent, index)].append(index)
    return [sorted(group) for group in members.values()
            if len({quotes[i]["article_id"] for i in group}) > 1]


def same_quote(a: str, b: str) -> bool:
    left, right = normalise(a), normalise(b)
    return fuzz.ratio(left, right) >= SAME_WORDING or fuzz.partial_ratio(left, right) >= 95


def normalise(text: str) -> str:
    return " ".join(_words(text.lower()))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def shingles(text: str) -> set[int]:
    """64-bit keys of the word 4-grams of a quote (one gram when it is shorter)."""
    tokens = _words(text.lower())
    starts = range(max(1, len(tokens) - SHINGLE_WORDS + 1))
    grams = {" ".join(tokens[i:i + SHINGLE_WORDS]) for i in starts}
    return {int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little",
                           signed=True) for gram in grams}


def _index_rows(quotes: list[dict[str, Any]]) -> list[tuple[int, str, int]]:
    return [(shingle, q["article_id"], q["quote_index"])
            for q in quotes for shingle in shingles(q["text"])]


def _candidate_pairs(quotes: list[dict[str, Any]], *, usable: Any = None) -> set[tuple[int, int]]:
    index: dict[int, list[int]] = defaultdict(list)
    for number, quote in enumerate(quotes):
        for shingle in shingles(quote["text"]):
            index[shingle].append(number)
    pairs: set[tuple[int, int]] = set()
    for shingle, holders in index.items():
        if (usable(shingle) if usable else len(holders) <= MAX_HOLDERS):
            pairs.update(combinations(sorted(holders), 2))
    return pairs


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index


def _group_rows(quotes: list[dict[str, Any]], groups: list[list[int]]) -> list[dict[str, Any]]:
    rows = []
    for number, group in enumerate(groups, start=1):
        first = normalise(quotes[group[0]]["text"])
        speakers = {quotes[i]["speaker"] for i in group if quotes[i]["speaker"]}
        for i in group:
            quote = quotes[i]
            wording = normalise(quote["text"])
            rows.append({
                "group_id": number, "article_id": quote["article_id"], "quote_index": quote["quote_index"],
                "outlet": quote["outlet"], "speaker": quote["speaker"], "text": quote["text"],
                "similarity": fuzz.ratio(first, wording) / 100, "altered": wording != first,
                "speaker_conflict": len(speakers) > 1,
            })
    return rows
