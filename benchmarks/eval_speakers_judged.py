"""Speaker accuracy on the judged draws of AllSides opinion columns
(``benchmarks/data/speakers_seed<N>_judged.jsonl``): the quotes of the tree on ``PYTHONPATH``
for each judged attribution, scored by the verdicts the file records for the speakers it
judged (``speaker_before``, ``speaker_after``). An answer the file has no verdict for is
listed, with its context, to be judged by hand; items judged no attribution (``na``) are left
out. ``--out`` keeps every answer of the judged articles, to compare two trees.

    PYTHONPATH=src python benchmarks/eval_speakers_judged.py --seeds 17-33 [--out answers.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

from _common import DATA

JUDGED = Path(__file__).resolve().parent / "data" / "speakers_seed{}_judged.jsonl"


def judged(seed: int) -> list[dict[str, Any]]:
    lines = JUDGED.with_name(JUDGED.name.format(seed)).read_text(encoding="utf-8").splitlines()
    return [item for item in map(json.loads, lines) if item["verdict_before"] != "na"]


def answers(ids: set[str]) -> dict[str, dict[int, str | None]]:
    """The speaker of each attribution of the articles, by its start, as ``analyse`` finds it."""
    from newsdesk.article import Article
    from newsdesk.nlp import load_pipeline
    from newsdesk_eval.quote_set import annotate_quotes

    nlp, found = load_pipeline(), {}
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            if row["ID"] in ids:
                text = row["content_original"]
                article = Article(path=f"{row['ID']}.txt", raw_text=text, text=text,
                                  outlet=row["source"], url=row["url"], language="en")
                quotes = annotate_quotes(nlp(text), article)
                found[row["ID"]] = {quote["start"]: quote["speaker"] for quote in quotes}
    return found


def verdict(item: dict[str, Any], speaker: str | None) -> str | None:
    known = {item["speaker_before"]: item["verdict_before"],
             item["speaker_after"]: item["verdict_after"]}
    return known.get(speaker)


def seeds(text: str) -> list[int]:
    """The seeds of a list of seeds and ranges: ``17-26,28``."""
    found = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        found += range(int(first), int(last or first) + 1)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seeds", default="17-33", help="seeds and ranges, comma-separated (17-26,28)"
    )
    parser.add_argument("--out", type=Path, help="write every answer of the judged articles")
    options = parser.parse_args()
    draws = {seed: judged(seed) for seed in seeds(options.seeds)}
    found = answers({item["id"] for items in draws.values() for item in items})
    for seed, items in draws.items():
        right = unjudged = 0
        for item in items:
            speaker = found.get(item["id"], {}).get(item["start"], "(no attribution)")
            said = verdict(item, speaker)
            right += said == "right"
            if said is None:
                unjudged += 1
                print(f"  unjudged, seed {seed} item {item['n']}: {speaker!r} | {item['context']}")
        print(f"seed {seed}: speaker right {right}/{len(items)} ({right / len(items):.3f}), "
              f"unjudged {unjudged}")
    if options.out:
        options.out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
