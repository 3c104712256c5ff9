"""Russian entity evaluation: the factRuEval-2016 dev set reader and a mention scorer.

The set (../shared/data/multilingual/factruEval-dev.jsonl.gz, MIT, see FORMAT.md there) has
flat gold mentions typed PERSON / ORG / LOC / GPE with code-point offsets. A predicted
mention counts when its span equals a gold span (untyped score) and, for the typed score,
when its type group agrees (PERSON, ORG, and LOC for both LOC and GPE: natasha has one place
type).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TYPE_GROUPS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


@dataclass(slots=True)
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_documents(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def dev_half(documents: list[dict[str, Any]], *, half: int = 0) -> list[dict[str, Any]]:
    """Half of the documents by sorted id (0: the half to develop on, 1: the other)."""
    ordered = sorted(documents, key=lambda d: d["id"])
    return ordered[half::2]


def spans(mentions: Iterable[dict[str, Any]], *, typed: bool, label: str = "type") -> set[tuple]:
    """(start, end[, type group]) of mentions whose type is one the set annotates."""
    result = set()
    for mention in mentions:
        group = TYPE_GROUPS.get(mention[label])
        if group:
            result.add((mention["start"], mention["end"], group) if typed else
                       (mention["start"], mention["end"]))
    return result


def add_document(score: Score, gold: set[tuple], predicted: set[tuple]) -> None:
    score.true_positives += len(gold & predicted)
    score.gold += len(gold)
    score.predicted += len(predicted)
