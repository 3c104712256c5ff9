"""Re-check every stored span of the fourth development attribution set.

Run with the shared virtualenv from the repository root:

    /work/main/.venv/bin/python tests/data/quotes-dev4/verify.py [--data DIR] [--stats]

For each article the text is read from the shared Zyte/ScrapingHub benchmark
(`ground-truth.json`, field `articleBody`) and every content, source and cue
span is compared with the stored string; the stored url must equal the
benchmark's, and a source or cue span must lie outside its own content. Exit
status 0 when all spans match, 1 otherwise (each mismatch is named on one line).
With `--stats` it also prints the counts quoted in README.md.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path("/work/shared/data/extraction")
BENCHMARK = "scrapinghub-article-extraction-benchmark/ground-truth.json"
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
NOUN_CUES = {"statement", "announcement", "vow", "claim", "claims"}
# Speakers the articles never name: the annotation keeps their own noun phrase.
NOMINAL_SPEAKERS = {
    "44 percent of Americans",
    "A spokesperson for the British Foreign Office",
    "Analysts",
    "Backers of tariffs",
    "Executives across the world",
    "Experts on jail suicide",
    "Federal prosecutors",
    "Fifty-one percent",
    "Ford\u2019s now-deceased father",
    "Israeli courts",
    "Israeli settlers",
    "Many businesses",
    "Many early retirees",
    "Morrison's lawyer",
    "Most mainstream economists",
    "NASA\u2019s scientists",
    "New York's chief medical examiner",
    "President Trump\u2019s advisers",
    "Prison union representatives",
    "Prosecutors",
    "Swift's rep",
    "The European Union's top court",
    "The agreement",
    "The chairman of the Conservative Party",
    "Traders",
    "US officials",
    "United Nations High Commissioner for Human Rights",
    "Washington-based analysts who have done the calculations",
    "a Taliban representative",
    "a large proportion of the population",
    "a local police source",
    "a series of South Dakotans",
    "agency officials",
    "an insider",
    "an insurgent source",
    "an overwhelming 70 percent of Americans",
    "analysts",
    "court documents",
    "court records",
    "critics",
    "federal prison records",
    "forecasters",
    "government documents leaked to the New York Times",
    "his editors",
    "industry analysts",
    "multiple friends of Mike Ford",
    "multiple people I spoke to",
    "officers",
    "one estimate",
    "one user",
    "others",
    "people familiar with Chinese trade policy",
    "people familiar with their thinking",
    "prison records",
    "prosecutors",
    "representatives of Epstein's family",
    "some Twitter users",
    "some",
    "sources",
    "the companies",
    "the insider",
    "the source",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "their", "his", "her", "its"}


def kind_of(att):
    """Coarse kind of one attribution, for the counts in notes-a.md."""
    cue = (att["cue"] or "").lower()
    if att["cue"] is None:
        return "no cue (follow-up, colon-introduced, pull quote)"
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


def load_texts(data):
    with open(data / BENCHMARK, encoding="utf-8") as handle:
        pages = json.load(handle)
    return {key: (page["articleBody"], page["url"]) for key, page in pages.items()}


def check_span(text, att, name, begin, end):
    value = att[name]
    if value is None:
        return [] if att[begin] is None and att[end] is None else [f"{name}: offsets without text"]
    if text[att[begin] : att[end]] != value:
        return [f"{name} {value!r} != text[{att[begin]}:{att[end]}] {text[att[begin] : att[end]]!r}"]
    return []


def check_outside_content(att, name, begin, end):
    if att[name] is None or att[end] <= att["start"] or att[begin] >= att["end"]:
        return []
    return [f"{name} {att[name]!r} lies inside its own content"]


def check_attribution(text, att):
    problems = [f"missing key {key}" for key in KEYS if key not in att]
    if problems:
        return problems
    problems += check_span(text, att, "text", "start", "end")
    problems += check_span(text, att, "source", "source_start", "source_end")
    problems += check_span(text, att, "cue", "cue_start", "cue_end")
    problems += check_outside_content(att, "source", "source_start", "source_end")
    problems += check_outside_content(att, "cue", "cue_start", "cue_end")
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
    starts = [att.get("start", 0) for att in record["attributions"]]
    if starts != sorted(starts):
        problems.append("attributions are not in the order of their content")
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
