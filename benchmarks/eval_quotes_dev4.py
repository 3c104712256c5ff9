"""Attribution on the fourth development set (tests/data/quotes-dev4: Scrapinghub texts not in
the other sets, annotated blind from docs/attribution-rules.md by two annotators), scored
exactly as the blind set is (`eval_quotes_blind.py`), with the marks-only baseline in the same
run. Its errors may be read: ``--show`` lists every miss, wrong speaker and extra attribution.

    python benchmarks/eval_quotes_dev4.py [--gold ANNOTATIONS] [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

from eval_quotes_blind import arguments, main

ANNOTATIONS = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes-dev4" / "annotations.jsonl"

if __name__ == "__main__":
    options = arguments(ANNOTATIONS, description=__doc__)
    if not options.gold.exists():
        sys.exit(f"{options.gold}: no such annotations file (give one with --gold PATH)")
    main(options.gold, show=options.show)
