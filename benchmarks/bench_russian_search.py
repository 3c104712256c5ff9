"""What Russian word keys cost `ask`'s BM25 index, against the same index without them.

A store is built (ingest only: the index reads article text) from factRuEval-2016 dev's 122
Russian news documents (MIT) and a fixed sample of AllSides articles. The passages are indexed
twice in the same run: as `ask` indexes them (each Cyrillic word as its keys,
``newsdesk.lang.words.index_text``) and, as the reference, with every passage's text as it is
(what the index read before). Reported: the fastest of three alternating runs of each, their ratio, and the mean seconds of
a Russian and an English question over the keyed index.

    PYTHONPATH=src nice python benchmarks/bench_russian_search.py [--sample 300]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import tempfile
import time
from pathlib import Path

from newsdesk.brief.ask import passage_rows, passage_table, rank_passages
from newsdesk.ingest import ingest
from newsdesk.lang.words import index_text
from newsdesk.store import open_store
from newsdesk_eval.russian import read_documents

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
ALLSIDES = SHARED / "corpus/allsides-article-bias/articles.jsonl.gz"
FACTRUEVAL = SHARED / "multilingual/factruEval-dev.jsonl.gz"
FIELDS = {"text": "content_original", "id": "ID", "outlet": "source", "date": "date", "url": "url"}
REPEATS = 3  # alternating reference and keyed runs; the fastest of each is reported
QUESTIONS = {"ru": ["Что сказал Путин о санкциях?", "Что заявили в Министерстве обороны?",
                    "Сколько стоит нефть?"],
             "en": ["What did Trump say about the wall?", "What did Putin say about sanctions?",
                    "How much does oil cost?"]}


def build_store(folder: Path, *, sample: int) -> str:
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        rows = random.Random(15).sample([json.loads(line) for line in handle], sample)
    (folder / "allsides.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    russian = folder / "ru"
    russian.mkdir()
    for document in read_documents(FACTRUEVAL):
        (russian / f"{document['id']}.txt").write_text(document["text"], encoding="utf-8")
    db = str(folder / "search.duckdb")
    ingest([str(folder / "allsides.jsonl")], db=db, workers=1, fields=FIELDS)
    ingest([str(russian)], db=db, workers=1)
    return db


def index_seconds(db: str, *, keyed: bool) -> tuple[float, int]:
    """Seconds to make the passages and build the BM25 index, and the number of passages."""
    with open_store(db) as store:
        started = time.perf_counter()
        rows = passage_rows(store.quotes_and_texts())
        rows["terms"] = [index_text(t) if keyed else t for t in rows["text"]]
        rows["embedding"] = [None] * len(rows["text"])
        store.replace_passages(passage_table(rows), fingerprint="benchmark")
        return time.perf_counter() - started, len(rows["text"])


def question_seconds(db: str, questions: list[str]) -> float:
    with open_store(db) as store:
        started = time.perf_counter()
        for question in questions:
            rank_passages(store, question, depth=50)
        return (time.perf_counter() - started) / len(questions)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = build_store(Path(folder), sample=args.sample)
        index_seconds(db, keyed=True)  # warm: the FTS extension loaded, files cached
        runs = [index_seconds(db, keyed=keyed) for _ in range(REPEATS) for keyed in (False, True)]
        passages = runs[0][1]
        reference = min(seconds for seconds, _ in runs[0::2])
        keyed = min(seconds for seconds, _ in runs[1::2])
        result = {"passages": passages, "reference_s": round(reference, 2),
                  "keyed_s": round(keyed, 2), "ratio": round(keyed / reference, 2),
                  "question_s": {language: round(question_seconds(db, questions), 3)
                                 for language, questions in QUESTIONS.items()}}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
