"""The Jaccard similarity of two sets: what copy lineage's rewrite candidates and the
timeline's borrowed dates compare texts by (stem sets, capitalised-word sets).

Written here rather than taken from a library: datasketch estimates it from MinHash
signatures and scikit-learn's ``jaccard_score`` compares label vectors; an exact score of two
Python sets is one division. A leaf module, so neither caller imports the other's
dependencies.
"""

from __future__ import annotations

from collections.abc import Set


def jaccard(first: Set[str], second: Set[str]) -> float:
    """Shared items over all items; 0.0 for two empty sets."""
    shared = len(first & second)
    union = len(first) + len(second) - shared
    return shared / union if union else 0.0
