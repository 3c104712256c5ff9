"""Corpus step: the same quote in several articles, linked; a changed speaker or wording flagged.

Candidates share word 4-gram shingles (an inverted index over the stored direct quotes);
a pair is the same quote when RapidFuzz's ratio of the normalised wording is at least
``SAME_WORDING`` or one quote is a fragment of the other (partial ratio >= 95). Linked
quotes form groups (union-find); a group whose members name different speakers is flagged
``speaker_conflict``, and a member whose wording differs from the group's first
(earliest-stored) member is flagged ``altered``.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from newsdesk.store import Store

log = logging.getLogger(__name__)

SAME_WORDING = 80.0
MIN_WORDS = 6
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def link_quotes(store: Store) -> None:
    """Recompute the quote groups of the whole store."""
    quotes = [q for q in store.quote_rows() if q["direct"] and len(_words(q["text"])) >= MIN_WORDS]
    groups = group_quotes(quotes)
    store.save_quote_groups(_group_rows(quotes, groups))
    log.info("quotes: %d groups across articles from %d direct quotes", len(groups), len(quotes))


def group_quotes(quotes: list[dict[str, Any]]) -> list[list[int]]:
    """Indexes into ``quotes`` of each group of the same quote in two or more articles."""
    parent = list(range(len(quotes)))
    for a, b in _candidate_pairs(quotes):
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


def _candidate_pairs(quotes: list[dict[str, Any]]) -> set[tuple[int, int]]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, quote in enumerate(quotes):
        tokens = _words(quote["text"].lower())
        for shingle in {tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3))}:
            index[shingle].append(number)
    pairs: set[tuple[int, int]] = set()
    for holders in index.values():
        if len(holders) <= 50:
            pairs.update(combinations(sorted(set(holders)), 2))
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
