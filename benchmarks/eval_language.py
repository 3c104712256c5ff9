"""The language gate on real text: is each article analysed (English) or not, as it should be?

    nice python benchmarks/eval_language.py [--per-set 150]

Sets (under ../shared/data): AllSides articles (English), factRuEval-2016 dev documents
(Russian), KazNERD sentences joined five at a time (Kazakh), and German pages of the trafilatura
evaluation set (text from ``trafilatura.extract``; the page's ``<html lang>`` says German).
English AllSides articles that open with one Russian paragraph (a quote in the original, a
caption) test mixed texts. Each row compares
``newsdesk.languages.detect`` with the reference in the same run: py3langid on the first 300
characters, which is what ingest did before.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import py3langid

from newsdesk.languages import detect

#: ../shared beside the checkout, or $NEWSDESK_SHARED (as in tests/conftest.py).
SHARED = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data"


def _lines(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def english(count: int, rng: random.Random) -> list[str]:
    texts = [r["content_original"] for r in _lines(DATA / "corpus/allsides-article-bias/articles.jsonl.gz")
             if (r.get("content_original") or "").strip()]
    return rng.sample(texts, count)


def russian(count: int, rng: random.Random) -> list[str]:
    texts = [r["text"] for r in _lines(DATA / "multilingual/factruEval-dev.jsonl.gz")]
    return rng.sample(texts, min(count, len(texts)))


def kazakh(count: int, rng: random.Random) -> list[str]:
    sentences = [r["text"] for r in _lines(DATA / "multilingual/kaznerd-valid.jsonl.gz")]
    return ["\n".join(rng.sample(sentences, 5)) for _ in range(count)]


def german(count: int, rng: random.Random) -> list[str]:
    import trafilatura

    pages = [r["html"] for r in _lines(DATA / "metadata/trafilatura-evaldata.jsonl.gz")
             if re.search(r"<html[^>]*lang=\"?de", r["html"][:3000])]
    texts = (trafilatura.extract(html) or "" for html in rng.sample(pages, min(len(pages), count * 2)))
    return [text for text in texts if len(text) > 200][:count]


def mixed(count: int, rng: random.Random) -> list[str]:
    paragraphs = [p for text in russian(40, rng) for p in text.splitlines() if len(p) > 80]
    return [f"{rng.choice(paragraphs)}\n{text}" for text in english(count, rng)]


def old_detect(text: str) -> str:
    return py3langid.classify(text[:300])[0]


def score(texts: list[str], want_english: bool, method: Callable[[str], str | None]) -> tuple[float, float]:
    start = time.perf_counter()
    right = sum((method(text) == "en") is want_english for text in texts)
    return right / max(1, len(texts)), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-set", type=int, default=150)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    sets = [("English (AllSides)", english, True), ("English opening with a Russian paragraph", mixed, True),
            ("Russian (factRuEval dev)", russian, False), ("Kazakh (KazNERD, 5 sentences)", kazakh, False),
            ("German (trafilatura eval pages)", german, False)]
    detect("warm up"), old_detect("warm up")
    print("| set | texts | right gate, newsdesk | right gate, first 300 chars | time ratio |")
    print("| --- | --- | --- | --- | --- |")
    for name, reader, want_english in sets:
        texts = reader(args.per_set, random.Random(args.seed))
        new, new_time = score(texts, want_english, detect)
        old, old_time = score(texts, want_english, old_detect)
        print(f"| {name} | {len(texts)} | {new:.3f} | {old:.3f} | {new_time / max(old_time, 1e-9):.1f}x |")


if __name__ == "__main__":
    main()
