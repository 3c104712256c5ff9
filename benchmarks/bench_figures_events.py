"""Speed of the figures, times and events analysers (after the shared spaCy parse).

Usage: python benchmarks/bench_figures_events.py [--repeat 5]
Parses the seed articles once, then times each analyser over them; prints ms per article.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsdesk.article import Article
from newsdesk.events import EventsAnalyser
from newsdesk.figures import FiguresAnalyser
from newsdesk.nlp import load_pipeline
from newsdesk.timex import TimesAnalyser

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    nlp = load_pipeline()
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    start = time.perf_counter()
    docs = [nlp(text) for text in texts]
    parse_ms = (time.perf_counter() - start) * 1000 / len(texts)
    articles = [Article(path=str(i), raw_text=text, text=text) for i, text in enumerate(texts)]
    print(f"spaCy parse: {parse_ms:.1f} ms/article")
    for analyser in (FiguresAnalyser(), TimesAnalyser(), EventsAnalyser()):
        start = time.perf_counter()
        for _ in range(args.repeat):
            for doc, article in zip(docs, articles):
                article.annotations[analyser.layer] = analyser(doc, article)
        elapsed = (time.perf_counter() - start) * 1000 / (args.repeat * len(docs))
        print(f"{analyser.layer}: {elapsed:.1f} ms/article")


if __name__ == "__main__":
    main()
