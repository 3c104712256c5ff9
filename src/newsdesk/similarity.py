"""The Jaccard similarity and containment of two sets: what copy lineage (shingle and stem
sets), rewrite detection (word n-grams) and the timeline's borrowed dates (capitalised-word
sets) compare texts by.

Written here rather than taken from a library: datasketch estimates it from MinHash
signatures and scikit-learn's ``jaccard_score`` compares label vectors; an exact score of two
Python sets is one division. A leaf module, so neither caller imports the other's
dependencies.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any


def jaccard(first: Set[Any], second: Set[Any]) -> float:
    """Shared items over all items; 0.0 for two empty sets."""
    shared = len(first & second)
    union = len(first) + len(second) - shared
    return shared / union if union else 0.0


def overlap(first: Set[Any], second: Set[Any]) -> tuple[float, float]:
    """``(jaccard, containment)``: shared items over all items, and over the smaller set's
    items (how much of the shorter text the other holds); 0.0 and 0.0 when either is empty."""
    if not first or not second:
        return 0.0, 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared), shared / min(len(first), len(second))
