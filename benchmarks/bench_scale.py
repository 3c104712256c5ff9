"""Scale: ingest + analyse against bare ``nlp.pipe(n_process=2)``, and the executors side by side.

Every figure comes from one run of this script, each measurement in its own process (so its
peak memory is its own), on the same sample of AllSides texts:
  1. reference: ``spacy.load`` of the same model and ``nlp.pipe(texts, n_process=2)`` over the
     raw texts: the parse floor any analysis pays;
  2. newsdesk ``ingest`` + ``analyse`` with two local workers, from the code under test, and
     (``--before SRC``) from another checkout's ``src`` for a before/after in the same run;
  3. ``analyse`` alone with the local and the Ray executor at 1 and 2 workers, on a copy of
     one ingested store (Ray workers are not child processes: their memory is not counted).
  4. (``--worker-start N``) the CPU one local worker spends starting: a pool of one worker
     analyses two one-sentence articles and exits, N times, from each checkout in turn.
With ``--repeat N`` the ingest + analyse runs alternate N times between the two checkouts and
the best (least CPU) of each is kept.
Prints one line per measurement and a JSON summary. The default sample is 300 texts so a run
stays within a few minutes on a small shared machine. Each measurement also reports the CPU
seconds its process and its waited-for children used, and the summary the load average: on a
machine shared with other work the wall-clock ratio mostly measures the load, while the CPU
ratio (reference CPU seconds / ours) is what a machine of our own would see with every worker
busy.
Run: python benchmarks/bench_scale.py [--limit 300] [--executor-limit 150] [--before ../main/src]
     [--no-ray] [--no-executors] [--repeat N] [--worker-start N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared/data/corpus/allsides-article-bias/articles.jsonl.gz"
SRC = Path(__file__).resolve().parents[1] / "src"
TEXT = "content_original"  # the AllSides field holding the article text


def sample(folder: Path, limit: int) -> Path:
    """The first ``limit`` AllSides records with text, as a JSONL.gz that newsdesk ingests."""
    out = folder / f"sample-{limit}.jsonl.gz"
    with gzip.open(DATA, "rt", encoding="utf-8") as source, gzip.open(out, "wt", encoding="utf-8") as sink:
        kept = 0
        for line in source:
            if kept < limit and (json.loads(line).get(TEXT) or "").strip():
                sink.write(line)
                kept += 1
    return out


def cpu_seconds() -> float:
    """User and system CPU seconds of this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mib() -> float:
    """Peak resident memory of this process and its waited-for children, in MiB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure_reference(path: Path) -> dict:
    import spacy

    from newsdesk.nlp import MODEL

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)[TEXT] for line in handle]
    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    count = sum(1 for _ in nlp.pipe(texts, n_process=2))
    return {"articles": count, "seconds": time.perf_counter() - start}


def measure_pipeline(path: Path, db: str) -> dict:
    from newsdesk.analyse import analyse
    from newsdesk.ingest import ingest

    start = time.perf_counter()
    ingest([str(path)], db=db, workers=2)
    ingested = time.perf_counter()
    report = analyse(db=db, workers=2)
    return {"articles": report.analysed, "seconds": time.perf_counter() - start,
            "ingest_seconds": ingested - start}


def measure_worker_start() -> dict:
    """One local worker started, given two one-sentence articles, and closed: its CPU is the
    import of what it runs, the pipeline's load and the analysers' first use."""
    from newsdesk.analyse import AnalyseStep, analysers, annotations_only
    from newsdesk.article import Article
    from newsdesk.executors import make_executor

    articles = [Article(path=f"{n}.txt", raw_text="", language="en",
                        text="Angela Merkel met Emmanuel Macron in Paris on Friday.")
                for n in range(2)]
    executor = make_executor(1, kind="local")
    start = time.perf_counter()
    executor.run([AnalyseStep(analysers()), annotations_only], articles)
    executor.close()
    worker = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"articles": len(articles), "seconds": time.perf_counter() - start,
            "worker_cpu_seconds": round(worker.ru_utime + worker.ru_stime, 2)}


def measure_executor(db: str, kind: str, workers: int) -> dict:
    from newsdesk.analyse import analyse

    start = time.perf_counter()
    report = analyse(db=db, executor=kind, workers=workers)
    return {"articles": report.analysed, "seconds": time.perf_counter() - start}


def child(args: list[str], *, src: Path = SRC) -> dict:
    """Run one measurement in a fresh interpreter with ``src`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, __file__, "--one", *args], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_one(args: list[str]) -> None:
    kind, rest = args[0], args[1:]
    if kind == "reference":
        result = measure_reference(Path(rest[0]))
    elif kind == "pipeline":
        result = measure_pipeline(Path(rest[0]), rest[1])
    elif kind == "worker-start":
        result = measure_worker_start()
    else:
        result = measure_executor(rest[0], kind, int(rest[1]))
    usage = {"peak_mib": round(peak_mib()), "cpu_seconds": round(cpu_seconds(), 1)}
    print(json.dumps({**result, **usage}))


def show(name: str, result: dict, reference: dict | None = None) -> None:
    rate = result["articles"] / result["seconds"]
    ratio = (f", speed ratio {reference['seconds'] / result['seconds']:.2f}, CPU ratio "
             f"{reference['cpu_seconds'] / result['cpu_seconds']:.2f}") if reference else ""
    print(f"{name:<34} {result['articles']:>5} articles {result['seconds']:7.1f} s "
          f"{rate:6.2f}/s CPU {result['cpu_seconds']:6.1f} s "
          f"peak {result['peak_mib']:>5} MiB{ratio}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--executor-limit", type=int, default=150)
    parser.add_argument("--before", type=Path, help="another checkout's src, measured the same way")
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--no-executors", action="store_true", help="only the reference and ingest + analyse")
    parser.add_argument("--repeat", type=int, default=1, help="ingest + analyse runs per checkout")
    parser.add_argument("--worker-start", type=int, default=0, help="worker starts per checkout")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return run_one(args.one)
    summary: dict = {"cpus": os.cpu_count(), "limit": args.limit, "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        texts = sample(folder, args.limit)
        summary["reference"] = reference = child(["reference", str(texts)])
        show("nlp.pipe(n_process=2)", reference)
        summary.update(pipelines(folder, texts, reference, before=args.before, repeat=args.repeat))
        if args.worker_start:
            summary["worker_start"] = worker_starts(args.before, args.worker_start)
        if not args.no_executors:
            summary["executors"] = executors(folder, args.executor_limit, ray=not args.no_ray)
    summary["load_after"] = os.getloadavg()
    before, after = summary["load_before"][0], summary["load_after"][0]
    print(f"load average {before:.1f} before, {after:.1f} after")
    print(json.dumps(summary))


def pipelines(folder: Path, texts: Path, reference: dict, *, before: Path | None,
              repeat: int) -> dict:
    """Ingest + analyse from this checkout and ``before``'s, alternating; the least CPU of each."""
    runs: dict[str, list[dict]] = {"after": [], "before": []}
    for turn in range(repeat):
        for name, src in (("after", SRC), ("before", before)):
            if src is None:
                continue
            db = folder / f"{name}-{turn}.duckdb"
            runs[name].append(result := child(["pipeline", str(texts), str(db)], src=src))
            label = "ingest + analyse (2 workers)" if name == "after" else f"  the same, {src}"
            show(label, result, reference)
    best = {name: min(found, key=lambda r: r["cpu_seconds"]) for name, found in runs.items() if found}
    return {**best, "runs": runs}


def worker_starts(before: Path | None, repeat: int) -> dict:
    """One worker's start, ``repeat`` times from each checkout in turn; CPU of each start."""
    found: dict[str, list[float]] = {"after": [], "before": []}
    for _ in range(repeat):
        for name, src in (("after", SRC), ("before", before)):
            if src is not None:
                found[name].append(child(["worker-start"], src=src)["worker_cpu_seconds"])
    for name, cpu in found.items():
        if cpu:
            print(f"worker start, {name:<6} CPU s {' '.join(f'{c:.2f}' for c in cpu)} "
                  f"(best {min(cpu):.2f})", flush=True)
    return found


def executors(folder: Path, limit: int, *, ray: bool) -> dict:
    """``analyse`` alone on copies of one ingested store, per executor and worker count."""
    texts = sample(folder, limit)
    base = str(folder / "executors.duckdb")
    subprocess.run([sys.executable, "-c", f"import newsdesk; newsdesk.ingest([{str(texts)!r}], db={base!r})"],
                   env={**os.environ, "PYTHONPATH": str(SRC)}, check=True)
    found = {}
    for kind in ("local", "ray") if ray else ("local",):
        for workers in (1, 2):
            db = str(folder / f"{kind}-{workers}.duckdb")
            shutil.copy(base, db)
            found[f"{kind}-{workers}"] = result = child([kind, db, str(workers)])
            show(f"analyse {kind}, {workers} worker(s)", result)
    return found


if __name__ == "__main__":
    main()
