"""Fit the date vote kept as src/newsdesk_eval/date_votes.json.

Usage: python scripts/train_date_votes.py [--data ../shared/data/metadata] [--cache FILE]
       [--folds 5] [--out src/newsdesk_eval/date_votes.json]

Training data: the development half (``Page.split == "dev"``) of the two metadata gold sets
(trafilatura and htmldate test pages, Apache-2.0; see ../shared/data/metadata/LICENSE). The
held-out half is never read. For each page the day every source names is collected as the
reader does (``date_votes.candidate_days``, trafilatura's metadata as the fallback); each
distinct day is one example, labelled by whether it is the gold day. A logistic regression
scores the examples; the page's answer is its best-scoring day. The regularisation strength is
chosen by grouped cross-validation (a URL in both sets stays in one fold), and the script prints
the cross-validated accuracy per set beside the hand-written precedence's (``dates.choose_date``,
whose rules were written on these same pages, so its figure here is not held-out). Seeded.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from newsdesk.htmlmeta import Structured, parse_tree, read_json_ld, read_meta, read_page_metadata
from newsdesk.htmlmeta.dates import choose_date, opening_lines
from newsdesk_eval.date_votes import (
    Weights,
    candidate_days,
    feature_names,
    features,
    voted_day,
)
from newsdesk_eval.metadata import Page, read_pages, trafilatura_document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "metadata"
OUT = ROOT / "src" / "newsdesk_eval" / "date_votes.json"
SEED = 13
C_VALUES = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, help="JSON lines of the pages' candidate days")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    pages = _cached_pages(args.data, args.cache)
    best = max(C_VALUES, key=lambda c: _cross_validated(pages, c=c, folds=args.folds)[0])
    accuracy, by_set = _cross_validated(pages, c=best, folds=args.folds)
    print(f"C={best}: cross-validated accuracy {accuracy:.3f}")
    for name, (right, n, rules) in by_set.items():
        print(f"  {name}: vote {right / n:.3f}, hand-written rules {rules / n:.3f} (n={n})")
    weights = _fit(pages, c=best)
    args.out.write_text(json.dumps(_as_json(weights), indent=1) + "\n", encoding="utf-8")


def _cached_pages(folder: Path, cache: Path | None) -> list[dict]:
    if cache and cache.exists():
        return [json.loads(line) for line in cache.read_text("utf-8").splitlines()]
    pages = [
        _candidates(name, page)
        for name, chosen in read_pages(folder).items()
        for page in chosen
        if page.split == "dev" and page.date
    ]
    if cache:
        cache.write_text("".join(json.dumps(page) + "\n" for page in pages), encoding="utf-8")
    return pages


def _candidates(name: str, page: Page) -> dict:
    found = trafilatura_document(page)
    url = page.page_url or found.get("url")
    read = read_page_metadata(page.html, url=url, fallback=found)
    tree = parse_tree(page.html)
    days, rules = {}, None
    if tree is not None:
        data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
        options = {"url": url, "fallback": found.get("date")}
        opening = opening_lines(found.get("text"))
        days = candidate_days(tree, data, opening=opening, page=read, **options)
        rules = choose_date(tree, data, opening=opening, page=read, **options)
    return {"set": name, "url": page.url.strip(), "gold": page.date, "days": days, "rules": rules}


def _examples(pages: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for page in pages:
        for day in dict.fromkeys(page["days"].values()):
            rows.append(features(day, page["days"]))
            labels.append(day == page["gold"])
    return np.array(rows), np.array(labels)


def _fit(pages: list[dict], *, c: float) -> Weights:
    rows, labels = _examples(pages)
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(rows, labels)
    return Weights(feature_names(), tuple(model.coef_[0].tolist()), float(model.intercept_[0]))


def _cross_validated(pages: list[dict], *, c: float, folds: int) -> tuple[float, dict]:
    """Accuracy of the vote on pages it was not fit on, overall and per set (with the rules')."""
    groups = [page["url"] for page in pages]
    by_set: dict[str, list[int]] = {}
    for fit, held in GroupKFold(n_splits=folds).split(pages, groups=groups):
        weights = _fit([pages[i] for i in fit], c=c)
        for i in held:
            page = pages[i]
            tally = by_set.setdefault(page["set"], [0, 0, 0])
            tally[0] += voted_day(page["days"], weights=weights) == page["gold"]
            tally[1] += 1
            tally[2] += page["rules"] == page["gold"]
    right = sum(tally[0] for tally in by_set.values())
    return right / sum(tally[1] for tally in by_set.values()), by_set


def _as_json(weights: Weights) -> dict:
    return {
        "names": list(weights.names),
        "weights": [round(value, 6) for value in weights.values],
        "intercept": round(weights.intercept, 6),
        "trained_on": "dev half of ../shared/data/metadata (trafilatura and htmldate gold sets)",
    }


if __name__ == "__main__":
    main()
