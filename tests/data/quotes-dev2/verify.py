"""Re-check every stored span of the second development attribution set.

Run with the shared virtualenv from the repository root:

    /work/main/.venv/bin/python tests/data/quotes-dev2/verify.py [--data DIR] [--stats]

For each article the text is read from the shared Zyte/ScrapingHub benchmark
(`ground-truth.json`, field `articleBody`) and every content, source and cue
span is compared with the stored string. Exit status 0 when all spans match,
1 otherwise (each mismatch is named on one line). With `--stats` it also prints
the counts quoted in README.md.
"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path("/work/shared/data/extraction")
FIELDS = ("id", "url", "outlet", "dataset", "attributions")
KEYS = ("start", "end", "text", "direct", "source", "source_start", "source_end", "speaker",
        "cue", "cue_start", "cue_end", "role", "affiliation")


QUOTES = '"\u201c\u201d'
NOUN_CUES = {"statement", "claim", "claims"}
# Speakers the articles never name: the annotation keeps their own noun phrase.
NOMINAL_SPEAKERS = {
    "A spokesperson", "CBP\u2019s guidelines", "Former royal PR aides", "Health care providers",
    "My business account", "Others", "Rudolph's supporters", "Some members of Congress",
    "Some social media users",
    "The authors of the research published in the journal JAMA Psychiatry",
    "The caption below the photograph of Herbert", "Those in favor of punishment",
    "a case report published in the journal BMJ Case Reports", "a new case report", "a new study",
    "a preliminary study in rats", "a study", "adults aged 26 or older", "experts", "his doctors",
    "industry sources", "many in the space community", "one legal expert", "one mother", "people",
    "scientists", "some of Trump\u2019s defenders", "the US lawyers", "the man", "the patient",
    "the researchers' calculations", "the study", "the tweet shown above",
    "the \u201cnational team\u201d led by Blue Origin", "viral Weibo post",
}


def kind_of(att):
    """Coarse kind of one attribution, for the README counts."""
    cue = (att["cue"] or "").lower()
    if att["cue"] is None:
        return "follow-up (no cue)"
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
    parser.add_argument("--stats", action="store_true", help="print counts by kind")
    args = parser.parse_args()
    texts = load_texts(args.data)
    with open(HERE / "annotations.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    failures = 0
    for record in records:
        for problem in check_article(record, texts):
            failures += 1
            print(f"{record.get('id', '?')[:12]}: {problem}")
    spans = sum(len(record.get("attributions", [])) for record in records)
    print(f"{len(records)} articles, {spans} attributions, {failures} problem(s)")
    if args.stats:
        print_stats(records)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
