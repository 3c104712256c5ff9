"""Does framing find the same claim worded differently? Sentence pairs of ECB+ as the gold.

Each story's annotated sentences (``newsdesk_eval.claims``) are compared pairwise across
documents, as framing compares the sentences of a story's outlets, by:

* ``word cosine >= 0.5``: TF-IDF over words (the comparison framing used before);
* ``same_claim``: newsdesk.brief.framing.same_claim (content-word stems, a shared number).

Micro precision, recall and F1 over all cross-document pairs are printed for both, in one run.

    PYTHONPATH=src nice python benchmarks/eval_same_claim.py [--topics 45]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsdesk.brief.framing import same_claim
from newsdesk_eval.claims import score_pairs, story_sentences, word_cosine

ECB = Path(__file__).resolve().parents[2] / "shared/data/clustering/ecbplus/xml"  # ../shared beside the checkout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topics", type=int, default=45)
    args = parser.parse_args()
    stories = story_sentences(ECB, topics=args.topics)
    print(json.dumps({"stories": len(stories),
                      "word cosine >= 0.5": score_pairs(stories, word_cosine),
                      "same_claim": score_pairs(stories, same_claim)}, indent=2))


if __name__ == "__main__":
    main()
