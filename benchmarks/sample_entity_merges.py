"""Draw registry merges from a sample of the AllSides corpus, for judging by hand.

    nice python benchmarks/sample_entity_merges.py --articles 250 --out merges.jsonl

A merge is an alias joined to a canonical entity other than itself: a distinct pair
(entity, mention text) whose transliteration key differs from the entity name's ("Us" ->
United States, "Trump" -> Donald Trump, "the Kazakh president" -> Kassym-Jomart Tokayev).
The script ingests ``--articles`` articles drawn with ``--seed`` from the corpus, runs the
``mentions`` layer and the lineage and entity corpus steps (the layers the registry reads; the
other analysers are skipped to keep the run short), then draws ``--sample`` merges with the same
seed and writes one JSON line per merge with a context snippet for the judge. The draw ranks
merges by a seeded hash of (entity, alias), so two registries built by different code from the
same articles share most of their drawn merges, and a judgement carries over (``--judged``).

A judged file adds ``"verdict": "right" | "wrong" | "unsure"`` and ``"reason"`` to each line;
``--score FILE`` prints the precision of a judged file (right / (right + wrong)). Run it with
another checkout's code first on ``PYTHONPATH`` to draw that code's merges from the same
articles. ``--words N`` cuts each context to N words either side of the alias and drops the
title, for a judged file kept in the repository (the article texts stay their outlets'); a
verdict carries over by the entity, the alias and those few words.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

#: ../shared beside the checkout, or $NEWSDESK_SHARED (as in tests/conftest.py).
SHARED = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "data/corpus/allsides-article-bias/articles.jsonl.gz"
SNIPPET = 110


def draw_articles(corpus: Path, *, count: int, seed: int) -> list[dict[str, Any]]:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    records = [r for r in records if (r.get("content_original") or "").strip()]
    return random.Random(seed).sample(records, count)


def build_store(records: list[dict[str, Any]], folder: Path) -> str:
    """Ingest the records, run the mentions layer, then the lineage and entity corpus steps."""
    from newsdesk import ingest
    from newsdesk.analyse import AnalyseStep
    from newsdesk.entities import MentionAnalyser, resolve_entities
    from newsdesk.lineage.update import update_lineage
    from newsdesk.store import open_store

    source = folder / "sample.jsonl"
    source.write_text("".join(json.dumps({"id": r["ID"], "title": r["title"], "text": r["content_original"],
                                          "url": r["url"], "published": r["date"]}) + "\n"
                              for r in records), encoding="utf-8")
    db = str(folder / "sample.duckdb")
    ingest([str(source)], db=db, workers=1)
    analyser = MentionAnalyser()
    with open_store(db) as store:
        pending = store.articles_needing_layers({analyser.layer: analyser.version})
        step = AnalyseStep([analyser])
        for start in range(0, len(pending), 100):
            batch = list(step(pending[start:start + 100]))
            store.save_annotations(batch, {analyser.layer: analyser.version})
        update_lineage(store)
        resolve_entities(store)
    return db


def merges(db: str) -> list[dict[str, Any]]:
    """Every distinct (entity, alias) pair whose alias is not the entity's own name."""
    from newsdesk.entities.translit import translit_key
    from newsdesk.store import open_store

    with open_store(db, read_only=True) as store:
        layer = store.layer("mentions")
        entities = store.article_entities()
        texts = {a.id: (a.title, a.text, a.url or "") for a in store.iter_articles()}
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for article_id, found in entities.items():
        kinds = {(r["start"], r["end"]): r for r in layer.get(article_id, [])}
        for entity in found:
            for mention in entity["mentions"]:
                if translit_key(mention["text"]) == translit_key(entity["name"]):
                    continue
                record = kinds.get((mention["start"], mention["end"]), {})
                pair = pairs.setdefault((entity["entity"], mention["text"]), {
                    "entity": entity["name"], "type": entity["type"], "alias": mention["text"],
                    "kind": record.get("kind"), "mention_label": record.get("label"),
                    "occurrences": 0, "examples": []})
                pair["occurrences"] += 1
                pair["examples"].append((article_id, mention["start"], mention["end"]))
    return [_with_context(pair, texts) for pair in pairs.values()]


def _with_context(pair: dict[str, Any], texts: dict[str, tuple[str, str, str]]) -> dict[str, Any]:
    """The pair's first occurrence in the article with the first URL: article ids depend on the
    ingest folder, so the id would pick a different example on every run."""
    article_id, start, end = min(pair.pop("examples"), key=lambda e: (texts[e[0]][2], e[1]))
    title, text, _ = texts[article_id]
    before = text[max(0, start - SNIPPET):start].replace("\n", " ")
    after = text[end:end + SNIPPET].replace("\n", " ")
    return {**pair, "article_id": article_id, "title": title,
            "context": f"{before}[[{text[start:end]}]]{after}"}


def _rank(merge: dict[str, Any], seed: int) -> str:
    return hashlib.sha1(f"{seed}\x1f{merge['entity']}\x1f{merge['alias']}".encode()).hexdigest()


def short_context(context: str, *, words: int) -> str:
    """``words`` words either side of the ``[[alias]]`` in a context snippet."""
    before, rest = context.split("[[", 1)
    alias, after = rest.split("]]", 1)
    head = " ".join(before.split()[-words:]) if words else ""
    tail = " ".join(after.split()[:words]) if words else ""
    return f"{head} [[{alias}]] {tail}".strip()


def read_judged(paths: list[Path], *, words: int) -> dict[tuple[str, str, str], dict[str, str]]:
    """Earlier verdicts by (entity, alias, a few words of context), to carry over to a new draw."""
    judged = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("verdict"):
                context = short_context(record["context"], words=words)
                judged[(record["entity"], record["alias"], context)] = {
                    "verdict": record["verdict"], "reason": record.get("reason", "")}
    return judged


def score(path: Path) -> None:
    judged = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = defaultdict(int)
    for record in judged:
        verdicts[record.get("verdict")] += 1
    right, wrong = verdicts["right"], verdicts["wrong"]
    unsure, rest = verdicts["unsure"], len(judged) - right - wrong - verdicts["unsure"]
    print(f"{path.name}: {right} right, {wrong} wrong, {unsure} unsure, {rest} unjudged; "
          f"precision {right / max(1, right + wrong):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=250)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep-db", type=Path, help="Also keep the built store here.")
    parser.add_argument("--db", type=Path, help="Draw from this store instead of building one.")
    parser.add_argument("--judged", type=Path, nargs="*", default=[],
                        help="Judged files whose verdicts carry over to the same merges.")
    parser.add_argument("--score", type=Path, help="Print the precision of a judged file and stop.")
    parser.add_argument("--words", type=int, default=6,
                        help="Words of context either side kept by --short and matched by --judged.")
    parser.add_argument("--short", action="store_true",
                        help="Write the context cut to --words words either side, without the title.")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    started = time.perf_counter()
    judged = read_judged(args.judged, words=args.words)
    if args.db:
        found = merges(str(args.db))
    else:
        with tempfile.TemporaryDirectory() as folder:
            db = build_store(draw_articles(args.corpus, count=args.articles, seed=args.seed), Path(folder))
            found = merges(db)
            if args.keep_db:
                Path(db).replace(args.keep_db)
    drawn = sorted(found, key=lambda m: _rank(m, args.seed))[:args.sample]
    for record in drawn:
        context = short_context(record["context"], words=args.words)
        record.update(judged.get((record["entity"], record["alias"], context), {}))
        if args.short:
            record["context"] = context
            del record["title"], record["article_id"]
    out = sys.stdout if args.out is None else args.out.open("w", encoding="utf-8")
    for record in drawn:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    source = args.db or f"{args.articles} articles"
    print(f"{len(found)} merges in {source}; drew {len(drawn)} "
          f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
