"""Attribution on a development set annotated blind from docs/attribution-rules.md, scored
exactly as the blind set is (`eval_quotes_blind.py`), with the marks-only baseline in the same
run. Unlike the blind set, their errors may be read: ``--show`` lists every miss, wrong
speaker and extra attribution.

    python benchmarks/eval_quotes_dev.py --set dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9 [--gold ANNOTATIONS] [--show]

The sets (``tests/data/quotes-<set>``): dev2, Scrapinghub texts from sites the extractor was
not developed on; dev3, AllSides texts from outlets new to the project (offsets into the
corpus's ``content_original``); dev4, Scrapinghub texts in no other set, by two annotators;
dev5, AllSides texts (columns, roundups, outlets in no other AllSides set); dev6, AllSides
opinion pages (columns, editorials) in no other set, by two annotators; dev7, AllSides news
reports from outlet labels in no other set, by two annotators; dev8, AllSides opinion pages
(columns, editorials) in no other set, by two annotators; dev9, AllSides news reports and
opinion pages of outlet labels in no other set, by two annotators.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval_quotes_blind import ROOT, main

SETS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")


def annotations(name: str) -> Path:
    """The annotations file of a development set."""
    return ROOT / "tests" / "data" / f"quotes-{name}" / "annotations.jsonl"


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", required=True, choices=SETS, help="the development set")
    parser.add_argument("--gold", type=Path, help="annotations.jsonl to score instead of the set's")
    parser.add_argument("--show", action="store_true", help="list every error")
    return parser.parse_args()


if __name__ == "__main__":
    options = arguments()
    gold = options.gold or annotations(options.set)
    if not gold.exists():
        sys.exit(f"{gold}: no such annotations file (give one with --gold PATH)")
    main(gold, show=options.show)
