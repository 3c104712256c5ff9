"""Speed of the figures, times and events analysers (after the shared spaCy parse).

Usage: python benchmarks/bench_figures_events.py [--repeat 5]
Parses the seed articles once, then times each analyser over them; prints ms per article, and
the event coder against the dictionary coder alone (its reference) as a ratio.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsdesk.article import Article
from newsdesk.events import EventsAnalyser, extract_events, extract_rule_events
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
    rules_ms = _ms_per_doc(lambda doc: extract_rule_events(doc), docs, repeat=args.repeat)
    events_ms = _ms_per_doc(lambda doc: extract_events(doc), docs, repeat=args.repeat)
    print(f"events: dictionary coder alone {rules_ms:.1f} ms/article, with the classifier "
          f"{events_ms:.1f} ms/article ({events_ms / rules_ms:.2f}x)")


def _ms_per_doc(code, docs, *, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            code(doc)
    return (time.perf_counter() - start) * 1000 / (repeat * len(docs))


if __name__ == "__main__":
    main()
