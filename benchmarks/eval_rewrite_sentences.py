"""Rewrite detection aligned on the regex sentences against the parse's sentences, same pairs.

Lineage aligns rewrites on each article's stored ``sentences`` layer (spaCy's boundaries,
newsdesk.sentences) and falls back to the regex splitter for articles without it. This scores
the labelled pairs of ``eval_rewrite.py`` (a sample: spun copies at each strength as
positives; same-topic-same-day articles, the silver wire copies and the seed pairs as
negatives) both ways and prints precision, recall and the mean score of the positives.

    python benchmarks/eval_rewrite_sentences.py [--count 40] [--seed 13]
"""

from __future__ import annotations

import argparse
import time

from eval_rewrite import DATA, labelled_sets
from newsdesk.rewrite import score_rewrite
from newsdesk_eval.rewrite import evaluate_scored, read_articles

SKIPPED_PIPES = ("ner", "entity_ruler", "lemmatizer")


def parsed_spans(texts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """The stored-layer sentences of each text, as ``SentencesAnalyser`` makes them."""
    from newsdesk.nlp import load_pipeline
    from newsdesk.sentences import SentencesAnalyser

    nlp = load_pipeline()
    disabled = [name for name in nlp.pipe_names if name in SKIPPED_PIPES]
    analyser, spans = SentencesAnalyser(), {}
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=8, disable=disabled)):
        spans[text] = [(r["start"], r["end"]) for r in analyser(doc, None)]
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40, help="spun copies per strength")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    sets = labelled_sets(read_articles(DATA / "articles.jsonl.gz"), count=args.count, seed=args.seed)
    pairs = [pair for name, found in sets.items()
             for pair in (found if name != "same_topic_day" else found[:args.count * 2])]
    started = time.perf_counter()
    spans = parsed_spans(sorted({text for pair in pairs for text in (pair.text_a, pair.text_b)}))
    print(f"{len(pairs)} pairs, {len(spans)} texts parsed in {time.perf_counter() - started:.0f} s")
    for name, sentences in (("regex", {}), ("parsed", spans)):
        scored = [(pair, score_rewrite(pair.text_a, pair.text_b, spans_a=sentences.get(pair.text_a),
                                       spans_b=sentences.get(pair.text_b))) for pair in pairs]
        result = evaluate_scored(scored)
        positives = [match.score if match else 0.0 for pair, match in scored if pair.is_rewrite]
        print(f"{name:>7}: precision {result.precision:.3f} recall {result.recall:.3f} "
              f"(tp {result.true_positives} fp {result.false_positives} "
              f"fn {result.false_negatives}) mean positive score "
              f"{sum(positives) / max(len(positives), 1):.3f}")


if __name__ == "__main__":
    main()
