"""Draw registry entities from a sample store, for judging their types by hand.

    nice python benchmarks/sample_entity_merges.py --seed 13 --keep-db s13.duckdb --out m.jsonl
    python benchmarks/sample_entity_types.py --db s13.duckdb --seed 13 --out types.jsonl

Each line is one registry entity drawn by a seeded hash of its name (so two registries built
by different code from the same articles share most drawn entities): its name, type,
aliases, and the context of its first mention in the article with the first URL. A judged
file adds ``"verdict": "right" | "wrong" | "unsure"``, ``"truth"`` (the type by the rules in
docs/entities.md) and ``"reason"``; ``--score FILE`` prints the type accuracy of a judged
file, and ``--judged`` carries earlier verdicts over to the same entity in the same context.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sample_entity_merges import SNIPPET, short_context


def entities(db: str) -> list[dict[str, Any]]:
    """Every registry entity with its type, aliases and first mention's context."""
    from newsdesk.store import open_store

    with open_store(db, read_only=True) as store:
        found = store.article_entities()
        texts = {a.id: (a.text, a.url or "") for a in store.iter_articles()}
        rows = {e["id"]: e for e in store.list_entities()}
        aliases = store.entity_alias_rows(list(rows))
    firsts: dict[str, tuple[str, int, int]] = {}
    for article_id, listed in found.items():
        for entity in listed:
            for mention in entity["mentions"]:
                place = (texts[article_id][1], mention["start"])
                known = firsts.get(entity["entity"])
                if known is None or place < (texts[known[0]][1], known[1]):
                    firsts[entity["entity"]] = (article_id, mention["start"], mention["end"])
    drawn = []
    for eid, (article_id, start, end) in firsts.items():
        text = texts[article_id][0]
        before = text[max(0, start - SNIPPET):start].replace("\n", " ")
        after = text[end:end + SNIPPET].replace("\n", " ")
        names = sorted(aliases.get(eid, []), key=lambda row: -row["mentions"])
        drawn.append({"entity": rows[eid]["name"], "type": rows[eid]["type"],
                      "mentions": rows[eid]["mentions"], "articles": rows[eid]["articles"],
                      "aliases": [row["alias"] for row in names][:8],
                      "context": f"{before}[[{text[start:end]}]]{after}"})
    return drawn


def _rank(entity: dict[str, Any], seed: int) -> str:
    return hashlib.sha1(f"{seed}\x1f{entity['entity']}".encode()).hexdigest()


def score(path: Path) -> None:
    judged = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = Counter(record.get("verdict") for record in judged)
    right, wrong = verdicts["right"], verdicts["wrong"]
    print(f"{path.name}: {right} right, {wrong} wrong, {verdicts['unsure']} unsure; "
          f"type accuracy {right / max(1, right + wrong):.3f}")


def read_judged(paths: list[Path], *, words: int) -> dict[tuple[str, str, str], dict[str, str]]:
    """Earlier verdicts by (entity, type, a few words of context)."""
    judged = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            truth = record.get("truth")
            if record.get("verdict") and truth:
                key = (record["entity"], short_context(record["context"], words=words))
                for type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "OTHER"):
                    right = type_ == truth or (truth == "ORG" and type_ == "FAC")
                    judged[(*key, type_)] = {"verdict": "right" if right else "wrong",
                                             "truth": truth, "reason": record.get("reason", "")}
    return judged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="A store built by sample_entity_merges.py --keep-db.")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--words", type=int, default=6)
    parser.add_argument("--short", action="store_true",
                        help="Write the context cut to --words words either side (for a file kept "
                             "in the repository; the article texts stay their outlets').")
    parser.add_argument("--judged", type=Path, nargs="*", default=[],
                        help="Judged files whose verdicts carry over to the same entity and context.")
    parser.add_argument("--score", type=Path, help="Print the type accuracy of a judged file and stop.")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    found = entities(str(args.db))
    judged = read_judged(args.judged, words=args.words)
    drawn = sorted(found, key=lambda e: _rank(e, args.seed))[:args.sample]
    out = sys.stdout if args.out is None else args.out.open("w", encoding="utf-8")
    for record in drawn:
        context = short_context(record["context"], words=args.words)
        record.update(judged.get((record["entity"], context, record["type"]), {}))
        if args.short:
            record["context"] = context
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    types = Counter(e["type"] for e in found)
    print(f"{len(found)} entities ({dict(types.most_common())}); drew {len(drawn)}", file=sys.stderr)


if __name__ == "__main__":
    main()
