"""Re-check every stored span of the second development attribution set.

Run with the shared virtualenv from the repository root:

    /work/main/.venv/bin/python tests/data/quotes-dev2/verify.py [--data DIR]

For each article the text is read from the shared Zyte/ScrapingHub benchmark
(`ground-truth.json`, field `articleBody`) and every content, source and cue
span is compared with the stored string. Exit status 0 when all spans match,
1 otherwise (each mismatch is named on one line).
"""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path("/work/shared/data/extraction")
FIELDS = ("id", "url", "outlet", "dataset", "attributions")
KEYS = ("start", "end", "text", "direct", "source", "source_start", "source_end", "speaker",
        "cue", "cue_start", "cue_end", "role", "affiliation")


def load_texts(data_dir):
    path = data_dir / "scrapinghub-article-extraction-benchmark" / "ground-truth.json"
    with open(path, encoding="utf-8") as handle:
        gold = json.load(handle)
    return {key: (value["articleBody"], value["url"]) for key, value in gold.items()}


def check_span(text, att, name, begin, end):
    value = att[name]
    if value is None:
        return [] if att[begin] is None and att[end] is None else [f"{name}: offsets without text"]
    if text[att[begin]:att[end]] != value:
        return [f"{name} {value!r} != text[{att[begin]}:{att[end]}] "
                f"{text[att[begin]:att[end]]!r}"]
    return []


def check_attribution(text, att):
    problems = [f"missing key {key}" for key in KEYS if key not in att]
    if problems:
        return problems
    problems += check_span(text, att, "text", "start", "end")
    problems += check_span(text, att, "source", "source_start", "source_end")
    problems += check_span(text, att, "cue", "cue_start", "cue_end")
    if att["text"] != att["text"].strip():
        problems.append("content has surrounding whitespace")
    return problems


def check_article(record, texts):
    missing = [field for field in FIELDS if field not in record]
    if missing:
        return [f"missing field(s) {missing}"]
    if record["id"] not in texts:
        return ["id not found in the benchmark"]
    text, url = texts[record["id"]]
    problems = [] if url == record["url"] else [f"url differs: {url}"]
    for index, att in enumerate(record["attributions"]):
        problems += [f"#{index}: {p}" for p in check_attribution(text, att)]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    texts = load_texts(args.data)
    failures = articles = spans = 0
    with open(HERE / "annotations.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles += 1
            spans += len(record.get("attributions", []))
            for problem in check_article(record, texts):
                failures += 1
                print(f"{record.get('id', '?')[:12]}: {problem}")
    print(f"{articles} articles, {spans} attributions, {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
