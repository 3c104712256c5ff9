"""The article-extraction benchmark metric (word 4-gram shingles), as the ScrapingHub benchmark defines it.

Reimplemented because the benchmark publishes its metric as a script, not as a library:
tokens are Unicode ``\\w+`` runs, lower-cased; each text becomes a multiset of word 4-grams;
per page TP/FP/FN are normalised to sum to 1; precision and recall are means over pages and
F1 is computed from the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True, frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def shingles(text: str, *, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def page_scores(gold: str, predicted: str) -> tuple[float, float]:
    """Per-page (precision, recall) after normalising TP, FP and FN to sum to 1."""
    gold_shingles, predicted_shingles = shingles(gold), shingles(predicted)
    tp = sum((gold_shingles & predicted_shingles).values())
    fp = sum(predicted_shingles.values()) - tp
    fn = sum(gold_shingles.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    total = tp + fp + fn
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score_extraction(gold: Mapping[str, str], predicted: Mapping[str, str]) -> ExtractionScore:
    """Score predicted bodies against gold bodies, both keyed by page id (a missing page is empty)."""
    precisions, recalls, exact = [], [], 0
    for page_id, gold_text in gold.items():
        predicted_text = predicted.get(page_id) or ""
        precision, recall = page_scores(gold_text, predicted_text)
        precisions.append(precision)
        recalls.append(recall)
        exact += _TOKEN.findall(gold_text.lower()) == _TOKEN.findall(predicted_text.lower())
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return ExtractionScore(p, r, 2 * p * r / (p + r) if p + r else 0.0, exact / len(gold), len(gold))
