"""Where ``analyse`` spends its CPU outside spaCy's pipeline, and an export to compare trees by.

The first ``--limit`` AllSides texts are ingested into a temporary store (in-process), read
back as ``analyse`` reads them, and parsed once with the project's pipeline the way
``newsdesk.layers.AnalyseStep`` parses them (bodies and captions in one ``nlp.pipe``). Each
analyser then runs over every parse and its CPU seconds are summed (``time.process_time``):
the parse and each layer are reported apart, so a cut in one layer is measured on its own.
``--profile FILE`` writes a cProfile of the analysers alone (the parse is not in it) and
prints the functions with the most own time; ``--repeat N`` keeps each layer's least CPU.

``--export FILE`` instead runs ``ingest`` + ``analyse`` in-process on the same texts and
writes the export (JSONL, every field); its SHA-256 is printed, so two trees' outputs are
compared byte for byte (the sample lies in one fixed temporary folder, as an article's id
holds its path).
Run: python benchmarks/profile_analysers.py [--limit 150] [--repeat 1] [--profile out.prof]
     python benchmarks/profile_analysers.py --limit 60 --export before.jsonl
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

from _common import DATA

TEXT = "content_original"  # the AllSides field holding the article text


def sample(folder: Path, limit: int) -> Path:
    """The first ``limit`` AllSides records with text, as a JSONL.gz that newsdesk ingests."""
    out = folder / f"sample-{limit}.jsonl.gz"
    with gzip.open(DATA, "rt", encoding="utf-8") as source, \
            gzip.open(out, "wt", encoding="utf-8") as sink:
        kept = 0
        for line in source:
            if kept >= limit:
                break
            if (json.loads(line).get(TEXT) or "").strip():
                sink.write(line)
                kept += 1
    return out


def ingested_articles(folder: Path, limit: int) -> list:
    """The sample's articles as ``analyse`` sends them to a worker."""
    from newsdesk.analyse import _for_analysis
    from newsdesk.ingest import ingest
    from newsdesk.store import open_store

    db = str(folder / "profile.duckdb")
    ingest([str(sample(folder, limit))], db=db, workers=1)
    with open_store(db, create=False) as store:
        ids = [row["id"] for row in store.list_articles()]
        found = store.get_articles(ids)
    return [_for_analysis(found[article_id]) for article_id in ids if article_id in found]


def parse_all(articles: list) -> tuple[list, float]:
    """Each article's doc with its captions' docs, parsed as ``AnalyseStep`` parses them."""
    from newsdesk.layers import AnalyseStep
    from newsdesk.nlp import load_pipeline
    from newsdesk.timex import CAPTIONS_KEY, caption_texts

    nlp = load_pipeline()
    step = AnalyseStep(())
    start = time.process_time()
    captions = [caption_texts(article) for article in articles]
    texts = [text for article, found in zip(articles, captions)
             for text in (article.text, *(caption for _, caption in found))]
    docs = iter(nlp.pipe(texts, batch_size=step.batch_size))
    parsed = []
    for found in captions:
        doc = next(docs)
        doc.user_data[CAPTIONS_KEY] = [(index, next(docs)) for index, _ in found]
        parsed.append(doc)
    return parsed, time.process_time() - start


def fresh(doc) -> None:
    """``doc`` and its captions' docs without what an earlier run of the analysers kept."""
    from newsdesk.timex import CAPTIONS_KEY

    captions = doc.user_data.get(CAPTIONS_KEY, [])
    for parsed in (doc, *(caption for _, caption in captions)):
        parsed.user_data.clear()
    doc.user_data[CAPTIONS_KEY] = captions


def layer_seconds(articles: list, docs: list, profiler: cProfile.Profile | None) -> dict[str, float]:
    """CPU seconds of each analyser over every parse, in the order ``analyse`` runs them."""
    from newsdesk.analyse import analysers

    seconds = {analyser.layer: 0.0 for analyser in analysers()}
    for article, doc in zip(articles, docs):
        article.annotations = {}
        fresh(doc)
        for analyser in analysers():
            start = time.process_time()
            if profiler:
                profiler.enable()
            article.annotations[analyser.layer] = analyser(doc, article)
            if profiler:
                profiler.disable()
            seconds[analyser.layer] += time.process_time() - start
    return seconds


def profile(limit: int, *, repeat: int, out: Path | None) -> None:
    from newsdesk.analyse import analysers

    with tempfile.TemporaryDirectory() as folder:
        articles = ingested_articles(Path(folder), limit)
    analysers()  # built (and their lexicons loaded) before any timing
    docs, parse = parse_all(articles)
    profiler = cProfile.Profile() if out else None
    best: dict[str, float] = {}
    for _ in range(repeat):
        for layer, seconds in layer_seconds(articles, docs, profiler).items():
            best[layer] = min(seconds, best.get(layer, seconds))
    print(f"{len(articles)} articles; parse (nlp.pipe, one process) {parse:.2f} CPU s")
    for layer, seconds in best.items():
        print(f"  {layer:<10} {seconds:7.2f} CPU s")
    print(f"  {'analysers':<10} {sum(best.values()):7.2f} CPU s")
    if profiler and out:
        profiler.dump_stats(out)
        pstats.Stats(str(out)).sort_stats("tottime").print_stats(30)


def export_sample(limit: int, out: Path) -> None:
    from newsdesk.analyse import analyse
    from newsdesk.exporter import export
    from newsdesk.ingest import ingest
    from newsdesk.store import open_store

    texts = Path(tempfile.gettempdir()) / "newsdesk-export-sample"  # ids hold the path
    texts.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "export.duckdb")
        ingest([str(sample(texts, limit))], db=db, workers=1)
        start = time.process_time()
        analyse(db=db, workers=1)
        seconds = time.process_time() - start
        with open_store(db, create=False) as store:
            count = export(store, format="jsonl", out=str(out))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{count} articles exported to {out}; analyse {seconds:.2f} CPU s; sha256 {digest}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=1, help="runs of the analysers; least CPU kept")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the analysers here")
    parser.add_argument("--export", type=Path, help="ingest + analyse, then export JSONL here")
    args = parser.parse_args()
    if args.export:
        export_sample(args.limit, args.export)
    else:
        profile(args.limit, repeat=args.repeat, out=args.profile)


if __name__ == "__main__":
    sys.exit(main())
