"""Re-check every stored span of part b of the fourth development attribution set.

Run with the shared virtualenv from the repository root:

    /work/main/.venv/bin/python tests/data/quotes-dev4/verify_b.py [--benchmark FILE] [--stats]

For each article the text is read from the shared Scrapinghub article-extraction
benchmark (`ground-truth.json`, field `articleBody`, looked up by id) and every
content, source and cue span is compared with the stored string; the stored url
must equal the benchmark's `url`. Exit status 0 when all spans match, 1 otherwise
(each mismatch is named on one line). With `--stats` it also prints the counts
quoted in notes-b.md.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_BENCHMARK = Path("/work/shared/data/extraction/scrapinghub-article-extraction-benchmark/ground-truth.json")
FIELDS = ("id", "url", "outlet", "dataset", "attributions")
KEYS = (
    "start",
    "end",
    "text",
    "direct",
    "source",
    "source_start",
    "source_end",
    "speaker",
    "cue",
    "cue_start",
    "cue_end",
    "role",
    "affiliation",
)

QUOTES = '"\u201c\u201d'
NOUN_CUES = {"statement", "claim", "claims", "announcement"}
# Speakers the articles never name: the annotation keeps their own noun phrase.
NOMINAL_SPEAKERS = {
    "A spokesperson for the British Foreign Office",
    "Analysts",
    "Backers of tariffs",
    "Israeli courts",
    "Israeli settlers",
    "Most mainstream economists",
    "NASA\u2019s scientists",
    "Swift's rep",
    "The European Union's top court",
    "The agreement",
    "Traders",
    "United Nations High Commissioner for Human Rights",
    "a series of South Dakotans",
    "an insider",
    "industry analysts",
    "one user",
    "prosecutors",
    "some Twitter users",
    "sources",
    "the companies",
    "the insider",
    "the source",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "that", "their", "his", "her", "its"}


def kind_of(att):
    """Coarse kind of one attribution, for the counts in notes-b.md."""
    cue = (att["cue"] or "").lower()
    if att["cue"] is None:
        return "no cue (follow-up, pull quote)"
    if att["direct"]:
        return "direct"
    if cue in ("according to", "in the words of"):
        return "according to"
    if cue in NOUN_CUES:
        return "noun cue"
    if any(mark in att["text"] for mark in QUOTES):
        return "mixed"
    return "indirect"


def is_nominal(speaker):
    """True for a speaker the article never names (kept as its own noun phrase)."""
    return isinstance(speaker, str) and speaker in NOMINAL_SPEAKERS


def print_stats(records):
    atts = [att for record in records for att in record["attributions"]]
    print("outlets:", len({record["outlet"] for record in records}))
    for kind, count in Counter(kind_of(att) for att in atts).most_common():
        print(f"  {kind}: {count}")
    print("nominal (never named) speakers:", sum(is_nominal(att["speaker"]) for att in atts))
    print("null speakers:", sum(att["speaker"] is None for att in atts))
    print("joint speakers:", sum(isinstance(att["speaker"], list) for att in atts))
    print("pronoun sources:", sum((att["source"] or "").lower() in PRONOUNS for att in atts))
    for record in records:
        print(f"  {record['outlet']} {record['id'][:12]} {len(record['attributions'])}")


def load_texts(benchmark):
    with open(benchmark, encoding="utf-8") as handle:
        return json.load(handle)


def check_span(text, att, name, begin, end):
    value = att[name]
    if value is None:
        return [] if att[begin] is None and att[end] is None else [f"{name}: offsets without text"]
    if text[att[begin] : att[end]] != value:
        return [f"{name} {value!r} != text[{att[begin]}:{att[end]}] {text[att[begin] : att[end]]!r}"]
    return []


def check_attribution(text, att):
    problems = [f"missing key {key}" for key in KEYS if key not in att]
    if problems:
        return problems
    if set(att) != set(KEYS):
        problems.append(f"unexpected keys {sorted(set(att) - set(KEYS))}")
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
    article = texts[record["id"]]
    problems = [] if article["url"] == record["url"] else [f"url differs: {article['url']}"]
    if record["dataset"] != "scrapinghub":
        problems.append(f"dataset is {record['dataset']!r}")
    starts = [att.get("start", 0) for att in record["attributions"]]
    if starts != sorted(starts):
        problems.append("attributions are not in the order of their content")
    for index, att in enumerate(record["attributions"]):
        problems += [f"#{index}: {p}" for p in check_attribution(article["articleBody"], att)]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=DEFAULT_BENCHMARK)
    parser.add_argument("--stats", action="store_true", help="print counts by kind")
    args = parser.parse_args()
    texts = load_texts(args.benchmark)
    with open(HERE / "part-b.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    failures = 0
    for record in records:
        for problem in check_article(record, texts):
            failures += 1
            print(f"{record.get('id', '?')}: {problem}")
    spans = sum(len(record.get("attributions", [])) for record in records)
    print(f"{len(records)} articles, {spans} attributions, {failures} problem(s)")
    if args.stats:
        print_stats(records)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
