"""Russian entities and cross-script linking, measured.

1. Mention P/R/F1 on factRuEval-2016 dev (../shared/data/multilingual, or $NEWSDESK_SHARED)
   of newsdesk's Russian mentions layer next to natasha used bare (its NER spans) in the
   same run, both halves of the dev set.
2. Throughput of the Russian pipeline (words/s, whole articles, one process).
3. Cross-script linking in a store holding the seeds (examples/) and the Russian test
   articles (tests/data/ru): every Cyrillic alias is paired with the entity it joined, and the
   pairs are checked against a hand-checked answer key (tests/data/ru/links.json); with
   --factrueval-links, also in a store that adds factRuEval's 122 Russian news documents
   (key: tests/data/ru/links_factrueval.json).

    PYTHONPATH=src python benchmarks/eval_russian.py [--docs N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from newsdesk.lang import ru
from newsdesk.lang.ru_mentions import find_mentions
from newsdesk_eval.russian import Score, add_document, dev_half, read_documents, spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "data" / "multilingual" / "factruEval-dev.jsonl.gz"


def score_half(documents: list[dict]) -> tuple[dict, int, tuple[float, float]]:
    """Scores keyed by (system, typed), the token count, and the seconds of the natasha parse
    (the reference: natasha alone) and of newsdesk's mentions on top of it."""
    scores = {(system, typed): Score() for system in ("newsdesk", "natasha") for typed in (0, 1)}
    words, parse_seconds, mention_seconds = 0, 0.0, 0.0
    for document in documents:
        started = time.perf_counter()
        parsed = ru.parse(document["text"])
        parsed_at = time.perf_counter()
        mentions = find_mentions(parsed)
        parse_seconds += parsed_at - started
        mention_seconds += time.perf_counter() - parsed_at
        words += len(parsed.tokens)
        natasha = [{"start": s.start, "end": s.end, "type": s.label} for s in parsed.spans]
        for typed in (0, 1):
            gold = spans(document["entities"], typed=bool(typed))
            add_document(scores["newsdesk", typed], gold,
                         spans(mentions, typed=bool(typed), label="label"))
            add_document(scores["natasha", typed], gold, spans(natasha, typed=bool(typed)))
    return scores, words, (parse_seconds, mention_seconds)


def report_entities(documents: list[dict]) -> None:
    for half in (0, 1):
        part = dev_half(documents, half=half)
        scores, words, seconds = score_half(part)
        for typed in (0, 1):
            ours, bare = scores["newsdesk", typed], scores["natasha", typed]
            name = f"half {half} ({len(part)} docs), {'typed' if typed else 'untyped'}"
            print(f"{name}: newsdesk P {ours.precision:.3f} R {ours.recall:.3f} F1 {ours.f1:.3f}"
                  f" | bare natasha P {bare.precision:.3f} R {bare.recall:.3f} F1 {bare.f1:.3f}")
        parse, extra = seconds
        print(f"half {half}: {words} tokens; natasha alone {words / parse:.0f} words/s, newsdesk "
              f"(natasha + mentions) {words / (parse + extra):.0f} words/s, "
              f"ratio {(parse + extra) / parse:.2f}")


def report_links(*, key_name: str, extra: list[Path]) -> None:
    """Cross-script links in a store holding the seeds, the Russian test articles and
    ``extra`` files, scored against the hand-checked key ``tests/data/ru/<key_name>``."""
    import tempfile

    from newsdesk.analyse import analyse
    from newsdesk.ingest import ingest
    from newsdesk.store import open_store
    from newsdesk_eval.russian_links import link_pairs, score_links

    key = json.loads((ROOT / "tests" / "data" / "ru" / key_name).read_text(encoding="utf-8"))
    articles = sorted((ROOT / "tests" / "data" / "ru").glob("ru_*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "links.duckdb")
        ingest([str(ROOT / "examples"), *map(str, articles + extra)], db=db, workers=1)
        analyse(db=db, workers=1)
        with open_store(db, read_only=True) as store:
            score = score_links(link_pairs(store), key["links"])
    print(f"cross-script links ({key_name}): {score['made']} made, {score['right']} right "
          f"(precision {score['precision']:.3f}); {score['wanted']} expected "
          f"(recall {score['recall']:.3f}); wrong: {score['wrong']}")


def factrueval_files(documents: list[dict], folder: Path) -> list[Path]:
    """The dev documents as plain-text files, so they go through ingest like any article."""
    paths = []
    for document in documents:
        path = folder / f"{document['id']}.txt"
        path.write_text(document["text"], encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=0, help="first N documents only (0: all)")
    parser.add_argument("--factrueval-links", action="store_true",
                        help="also score links in a store holding the 122 factRuEval documents")
    args = parser.parse_args()
    if not ru.available():
        print("natasha is not installed: pip install newsdesk[ru]", file=sys.stderr)
        return 1
    documents = read_documents(DEV)
    find_mentions(ru.parse("Модели и газеттир загружаются до замеров."))  # load before timing
    report_entities(documents[: args.docs] if args.docs else documents)
    report_links(key_name="links.json", extra=[])
    if args.factrueval_links:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            extra = factrueval_files(documents, Path(folder))
            report_links(key_name="links_factrueval.json", extra=extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
