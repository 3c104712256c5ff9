"""Analysing texts too long for one parse: split at paragraph breaks, shift offsets back.

spaCy refuses a text over ``nlp.max_length`` characters (error E088, one million by default),
and the parser's memory grows with the text. A long article is therefore cut into pieces of at
most ``PIECE_CHARS`` characters, at a paragraph break where there is one (else at a sentence end,
else at a space), each piece is analysed alone, and each record's offsets are shifted back into
the article text. No library splits text this way while keeping offsets, hence this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

#: Longest piece parsed at once; well under spaCy's limit so memory stays bounded.
PIECE_CHARS = 100_000
#: Record keys that hold character offsets into the analysed text (also inside nested dicts).
OFFSET_KEYS = frozenset({"start", "end", "trigger_start", "trigger_end"})
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'”’)]?\s"), re.compile(r"\s"))


def text_pieces(text: str, *, size: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each at most ``size`` characters."""
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def _cut(text: str, start: int, limit: int) -> int:
    """The last good break after the middle of ``text[start:limit]``, or ``limit`` if none."""
    middle = start + (limit - start) // 2
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(text, middle, limit)]
        if ends:
            return ends[-1]
    return limit


def shifted(record: Any, offset: int, *, cluster_base: int = 0) -> Any:
    """``record`` with its offsets moved by ``offset`` and its mention cluster by ``cluster_base``."""
    if isinstance(record, list):
        return [shifted(value, offset, cluster_base=cluster_base) for value in record]
    if not isinstance(record, dict):
        return record
    moved = {}
    for key, value in record.items():
        if key in OFFSET_KEYS and isinstance(value, int) and not isinstance(value, bool):
            moved[key] = value + offset
        elif key == "cluster" and isinstance(value, int):
            moved[key] = value + cluster_base
        else:
            moved[key] = shifted(value, offset, cluster_base=cluster_base)
    return moved


def next_cluster_base(records: list[dict[str, Any]]) -> int:
    """One past the highest mention cluster number in ``records`` (0 when none)."""
    return 1 + max((r["cluster"] for r in records if isinstance(r.get("cluster"), int)), default=-1)
