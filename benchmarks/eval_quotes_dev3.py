"""Attribution on the third development set (tests/data/quotes-dev3: AllSides texts from
outlets new to the project, annotated blind from docs/attribution-rules.md, offsets into the
corpus's ``content_original``), scored exactly as the blind set is (`eval_quotes_blind.py`),
with the marks-only baseline in the same run. Its errors may be read: ``--show`` lists every
miss, wrong speaker and extra attribution.

    python benchmarks/eval_quotes_dev3.py [--gold ANNOTATIONS] [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

from eval_quotes_blind import arguments, main

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "data" / "quotes-dev3" / "annotations.jsonl"

if __name__ == "__main__":
    options = arguments(ANNOTATIONS, description=__doc__)
    if not options.gold.exists():
        sys.exit(f"{options.gold}: no such annotations file (give one with --gold PATH)")
    main(options.gold, show=options.show)
