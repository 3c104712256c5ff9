#!/usr/bin/env python3
"""Re-check every span of annotations.jsonl against the AllSides corpus.

Usage: python verify.py [path/to/articles.jsonl.gz]
Default path: $NEWSDESK_SHARED/data/corpus/allsides-article-bias/articles.jsonl.gz if
NEWSDESK_SHARED is set, else ../../../../shared/data/corpus/allsides-article-bias/articles.jsonl.gz
relative to this script. Exits 1 on any mismatch.
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["start", "end", "text", "direct", "source", "source_start", "source_end", "speaker",
          "cue", "cue_start", "cue_end", "role", "affiliation"]


def corpus_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    shared = os.environ.get("NEWSDESK_SHARED")
    if shared:
        return os.path.join(shared, "data", "corpus", "allsides-article-bias", "articles.jsonl.gz")
    return os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "corpus",
                        "allsides-article-bias", "articles.jsonl.gz")


def main():
    path = corpus_path()
    with open(os.path.join(HERE, "annotations.jsonl"), encoding="utf-8") as lines:
        recs = [json.loads(line) for line in lines]
    wanted = {r["id"] for r in recs}
    texts = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["ID"] in wanted:
                texts[d["ID"]] = d["content_original"]
    errors = 0
    n = 0

    def err(msg):
        nonlocal errors
        errors += 1
        print("ERROR", msg)

    seen = set()
    for r in recs:
        aid = r["id"]
        if aid in seen:
            err(f"{aid}: duplicate article")
        seen.add(aid)
        if aid not in texts:
            err(f"{aid}: not in corpus")
            continue
        t = texts[aid]
        prev = -1
        for i, a in enumerate(r["attributions"]):
            n += 1
            where = f"{aid}#{i}"
            if list(a.keys()) != FIELDS:
                err(f"{where}: fields {list(a.keys())}")
                continue
            if a["start"] < prev:
                err(f"{where}: not sorted by start")
            prev = a["start"]
            if not (0 <= a["start"] < a["end"] <= len(t)) or t[a["start"]:a["end"]] != a["text"]:
                err(f"{where}: content span mismatch {a['text'][:40]!r}")
            for key in ("source", "cue"):
                s, e = a[key + "_start"], a[key + "_end"]
                if a[key] is None:
                    if s is not None or e is not None:
                        err(f"{where}: {key} is null but has offsets")
                    continue
                if s is None or e is None or t[s:e] != a[key]:
                    err(f"{where}: {key} span mismatch {a[key]!r}")
                elif s < a["end"] and a["start"] < e:
                    err(f"{where}: {key} overlaps the content")
            if not isinstance(a["direct"], bool):
                err(f"{where}: direct is not a bool")
    print(f"{len(recs)} articles, {n} attributions, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
