"""What the byline parser's NER costs to load, against the analysis pipeline it used to load.

Usage: python benchmarks/bench_bylines_ner.py [--repeats N]

``newsdesk.bylines`` reads author strings with the English model's statistical NER, which
``htmlmeta`` loads during ingest on the first page with a byline. The reference is
``newsdesk.nlp.load_pipeline()`` (the whole analysis pipeline with the gazetteer ruler), which
bylines loaded before; ours is ``bylines.names._ner()`` with the lemma tables and the gazetteer it
looks names up in. Each load runs in a fresh process (after the imports), the two alternating,
so both see the same machine; the figure that matters is the ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_CHILD = """
import json, resource, time
import spacy
from newsdesk.bylines import names
from newsdesk.nlp import load_pipeline
start = time.perf_counter()
if {reference!r}:
    load_pipeline()
else:
    names._ner(), names._english_lemmas(), names._gazetteer()
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak": peak}}))
"""


def load_once(*, reference: bool) -> dict[str, float]:
    code = _CHILD.format(reference=reference)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"reference": [], "bylines": []}
    for _ in range(args.repeats):
        runs["reference"].append(load_once(reference=True))
        runs["bylines"].append(load_once(reference=False))
    print("| load | median s | peak MiB | ratio to reference |\n| --- | ---: | ---: | ---: |")
    base = statistics.median(run["seconds"] for run in runs["reference"])
    for name, found in runs.items():
        seconds = statistics.median(run["seconds"] for run in found)
        peak = max(run["peak"] for run in found)
        print(f"| {name} | {seconds:.1f} | {peak:.0f} | {seconds / base:.2f} |")


if __name__ == "__main__":
    main()
