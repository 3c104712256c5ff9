#!/usr/bin/env python3
"""Re-check every span of annotations.jsonl against the AllSides corpus.

Usage: python verify.py [path/to/articles.jsonl.gz]
Default: $NEWSDESK_SHARED/data/corpus/allsides-article-bias/articles.jsonl.gz if NEWSDESK_SHARED
is set, else ../../../../shared/data/corpus/allsides-article-bias/articles.jsonl.gz relative to
this script. Exits 1 on any mismatch.
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REL = os.path.join("data", "corpus", "allsides-article-bias", "articles.jsonl.gz")
FIELDS = ["start", "end", "text", "direct", "source", "source_start", "source_end", "speaker",
          "cue", "cue_start", "cue_end", "role", "affiliation"]


def corpus_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    if os.environ.get("NEWSDESK_SHARED"):
        return os.path.join(os.environ["NEWSDESK_SHARED"], REL)
    return os.path.join(HERE, "..", "..", "..", "..", "shared", REL)


def main():
    texts = {}
    with gzip.open(corpus_path(), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[d["ID"]] = d["content_original"]
    errors = 0
    n = 0
    with open(os.path.join(HERE, "annotations.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            rec = json.loads(line)
            text = texts.get(rec["id"])
            if text is None:
                print(f"line {ln}: id {rec['id']} not in corpus")
                errors += 1
                continue
            last = -1
            for a in rec["attributions"]:
                n += 1
                where = "{} @{}".format(rec["id"], a.get("start"))
                if sorted(a) != sorted(FIELDS):
                    print(where, "fields", sorted(a))
                    errors += 1
                    continue
                if a["start"] < last:
                    print(where, "not sorted by start")
                    errors += 1
                last = a["start"]
                if text[a["start"]:a["end"]] != a["text"] or not a["text"]:
                    print(where, "content mismatch", repr(a["text"][:40]))
                    errors += 1
                for k in ("source", "cue"):
                    s, e = a[k + "_start"], a[k + "_end"]
                    if a[k] is None:
                        if s is not None or e is not None:
                            print(where, k, "offsets without span")
                            errors += 1
                    elif s is None or text[s:e] != a[k]:
                        print(where, k, "mismatch", repr(a[k]))
                        errors += 1
                    elif s < a["end"] and e > a["start"]:
                        print(where, k, "overlaps content")
                        errors += 1
    print(f"{n} attributions checked, {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
