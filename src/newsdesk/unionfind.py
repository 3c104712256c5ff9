"""Disjoint sets over the indexes ``0 .. size-1`` (union-find with path halving).

The registry groups entity members and the quote index groups copies of one quote with it.
Written here rather than taken from a library: ``scipy.cluster.hierarchy.DisjointSet`` keys
its elements by hash, and both callers hold dense integer indexes in the tens of thousands,
where a plain list is the cheaper structure; networkx is not a dependency.
"""

from __future__ import annotations


class UnionFind:
    """Each index starts in a set of its own; ``union`` joins two sets, ``find`` names one."""

    __slots__ = ("parent",)

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)
