"""The hostile-input suite: 2,000 seeded malformed inputs mixed with good articles, ingested by
``newsdesk ingest`` in child processes (see ``newsdesk_eval.hostile``).

Prints the counts (tracebacks, hangs, peak memory of one ingest process, good articles stored
exactly once, bad inputs named) and every case whose outcome differs from what it must be;
exits 1 when any check fails. Good articles come from the AllSides corpus in ../shared (the
seeds in ``examples/`` when it is absent). Bombs inflate to 2 GiB, pathological HTML is 10 MB.

``--speed`` also times the bounded JSONL line reader on the AllSides file against a reference
run in the same script (``gzip.open`` line iteration, no bounds), as a ratio.

Run: python benchmarks/fuzz_inputs.py [--count 2000] [--seed 14] [--speed]   (or: make fuzz)
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from pathlib import Path

from newsdesk.readers import ReadContext, read_input
from newsdesk.readers.base import open_input
from newsdesk.readers.tabular import bounded_lines
from newsdesk_eval.hostile import (
    make_cases,
    run_cases,
    stories_from_jsonl,
    stories_from_texts,
    summary,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/data/corpus/allsides-article-bias/articles.jsonl.gz"


def stories(corpus: Path, limit: int):
    if corpus.exists():
        return stories_from_jsonl(corpus, limit=limit)
    return stories_from_texts(sorted((ROOT / "examples").glob("*.txt")))


def speed(corpus: Path, records: int) -> None:
    """Seconds to split ``records`` gzipped JSONL lines: the bounded line reader (bomb guard,
    record limit, bare-CR endings) against ``gzip.open`` line iteration, in the same run."""
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl.gz"
        with gzip.open(corpus, "rb") as src, gzip.open(sample, "wb") as dst:
            for _, line in zip(range(records), src):
                dst.write(line)
        base = _best(lambda: _count(gzip.open(sample, "rb")))  # noqa: SIM115 (closed in _count)
        ours = _best(lambda: _count(open_input(str(sample)), bounded=True))
        whole = _best(lambda: len(read_input(str(sample), ReadContext())), repeat=1)
    print(f"JSONL lines, {records:,} records: gzip.open {base:.3f} s, bounded reader "
          f"{ours:.3f} s, ratio {ours / base:.2f}; whole reader with records to articles {whole:.2f} s")


def _count(handle, *, bounded: bool = False) -> int:
    with handle:
        return sum(1 for _ in (bounded_lines(handle, 10 << 20) if bounded else handle))


def _best(action, *, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="AllSides articles.jsonl.gz")
    args = parser.parse_args()
    if args.speed and args.corpus.exists():
        speed(args.corpus, 5000)
    cases = make_cases(stories(args.corpus, 600), n=args.count, seed=args.seed)
    with tempfile.TemporaryDirectory(prefix="newsdesk-fuzz-") as work:
        outcome = run_cases(cases, Path(work), batch=args.batch,
                            progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(summary(outcome))
    for family, count in sorted(outcome.by_family.items()):
        print(f"  {family}: {count}")
    for wrong in outcome.wrong:
        print("WRONG", wrong)
    ok = not outcome.wrong and outcome.hangs == 0 and outcome.peak_rss_mb < 2048
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
