"""Check an attribution set in the format of ``tests/data/quotes-dev2`` to ``-dev6`` against
the texts its offsets point into, and count its attributions by kind.

    python -m newsdesk_eval.quote_verify tests/data/quotes-dev3 [--stats] [--lines 1-16]

Each line's text is read by its ``dataset`` as ``newsdesk_eval.quote_blind`` reads it (the
Scrapinghub benchmark's ``articleBody`` or the AllSides corpus's ``content_original``, both
under ``../shared`` beside the repository, or ``$NEWSDESK_SHARED``). A line must have exactly
the set's fields, its url (and, for AllSides, its outlet) must equal the source's, and its
attributions must be in the order of their content. An attribution must have exactly the
fields of ``docs/attribution-rules.md``'s record format; its content, source and cue must each
equal ``text[start:end]``; its content has no surrounding whitespace; its source and cue lie
outside its own content. Exit status 0 when nothing is wrong, 1 otherwise, each problem on one
line.

The kinds that ``--stats`` counts are the ones the sets' READMEs give. Which cue nouns count as
noun cues and which speakers the articles never name are the annotators' own judgements, so
they are listed here by hand rather than derived: a speaker kept as its noun phrase
(``the study``) cannot be told from a name (``Big Machine``) by its form.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsdesk_eval.quote_blind import SourceText, load_sources, read_records, source_key

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = Path("data/extraction/scrapinghub-article-extraction-benchmark/ground-truth.json")
CORPUS = Path("data/corpus/allsides-article-bias/articles.jsonl.gz")
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
SPANS = (
    ("text", "start", "end"),
    ("source", "source_start", "source_end"),
    ("cue", "cue_start", "cue_end"),
)
QUOTES = '"\u201c\u201d'
ACCORDING_TO = {"according to", "in the words of"}
NOUN_CUES = {
    "statement",
    "claim",
    "claims",
    "promise",
    "request",
    "tweet",
    "position",
    "announcement",
    "vow",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "their", "his", "her", "its"}
# Speakers the articles never name, kept by the annotators as their own noun phrase.
NOMINAL_SPEAKERS = frozenset(
    {
        "44 percent of Americans",
        "A part of my brain",
        "A report last week",
        "A spokesman for the Berkeley Patriot",
        "A spokesperson",
        "A spokesperson for the British Foreign Office",
        "Analysts",
        "Backers of tariffs",
        "CBP\u2019s guidelines",
        "Erdogan\u2019s office",
        "Executives across the world",
        "Experts on jail suicide",
        "Federal prosecutors",
        "Fifty-one percent",
        "Ford\u2019s now-deceased father",
        "Former royal PR aides",
        "Health care providers",
        "Israeli courts",
        "Israeli settlers",
        "Many businesses",
        "Many early retirees",
        "Morrison's lawyer",
        "Most mainstream economists",
        "My business account",
        "NASA\u2019s scientists",
        "New York's chief medical examiner",
        "Others",
        "People",
        "President Trump\u2019s advisers",
        "Prison union representatives",
        "Prosecutors",
        "Rudolph's supporters",
        "Some members of Congress",
        "Some social media users",
        "Swift's rep",
        "The European Union's top court",
        "The agreement",
        "The authors of the research published in the journal JAMA Psychiatry",
        "The caption below the photograph of Herbert",
        "The chairman of the Conservative Party",
        "The officers",
        "Those in favor of punishment",
        "Traders",
        "Trump\u2019s lawyers",
        "US officials",
        "United Nations High Commissioner for Human Rights",
        "WHO officials",
        "Washington-based analysts who have done the calculations",
        "White House officials",
        "a Foxconn official",
        "a TikTok spokesperson",
        "a Taliban representative",
        "a case report published in the journal BMJ Case Reports",
        "a company representative",
        "a large proportion of the population",
        "a local police source",
        "a new case report",
        "a new study",
        "a preliminary study in rats",
        "a series of South Dakotans",
        "a source",
        "a study",
        "adults aged 26 or older",
        "agency officials",
        "an insider",
        "an insurgent source",
        "an overwhelming 70 percent of Americans",
        "analysts",
        "analysts at Beacon Policy Advisors",
        "attorneys for Taylor's family",
        "court documents",
        "court records",
        "critics",
        "experts",
        "federal prison records",
        "forecasters",
        "government documents leaked to the New York Times",
        "his doctors",
        "his editors",
        "industry analysts",
        "industry sources",
        "many in the space community",
        "multiple friends of Mike Ford",
        "multiple people I spoke to",
        "officers",
        "one administration official",
        "one estimate",
        "one former employee of the now-defunct for-profit school",
        "one legal expert",
        "one mother",
        "one user",
        "others",
        "people",
        "people familiar with Chinese trade policy",
        "people familiar with their thinking",
        "prison records",
        "prosecutors",
        "public health officials",
        "representatives of Epstein's family",
        "scientists",
        "some",
        "some Twitter users",
        "some of Trump\u2019s defenders",
        "someone",
        "sources",
        "the Republicans",
        "the U.S. Attorney for the District of Oregon",
        "the US lawyers",
        "the companies",
        "the governments of 11 countries",
        "the insider",
        "the man",
        "the official",
        "the patient",
        "the researchers' calculations",
        "the source",
        "the statement",
        "the study",
        "the tweet shown above",
        "the writer",
        "the \u201cnational team\u201d led by Blue Origin",
        "viral Weibo post",
    }
)


def shared_folder() -> Path:
    """``$NEWSDESK_SHARED``, or ``shared`` beside the repository."""
    return Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))


def annotations_path(path: Path) -> Path:
    """The annotations file of a set given by its folder or by the file itself."""
    return path / "annotations.jsonl" if path.is_dir() else path


def load_set_sources(records: list[dict[str, Any]], *, shared: Path) -> dict:
    """``(dataset, id) -> SourceText`` for the records, read from the ``shared`` folder."""
    return load_sources(records, ground_truth=shared / BENCHMARK, corpus=shared / CORPUS)


def check_records(records: list[dict[str, Any]], sources: dict) -> list[str]:
    """Every problem of the records, each as ``id: what is wrong``."""
    problems = []
    for record in records:
        problems += [f"{record.get('id', '?')}: {p}" for p in check_record(record, sources)]
    return problems


def check_record(record: dict[str, Any], sources: dict) -> list[str]:
    if set(record) != set(FIELDS):
        return [f"fields {sorted(record)} are not {sorted(FIELDS)}"]
    source = sources.get(source_key(record))
    if source is None:
        return [f"id not found in the {record['dataset']} texts"]
    problems = check_provenance(record, source)
    starts = [att.get("start", 0) for att in record["attributions"]]
    if starts != sorted(starts):
        problems.append("attributions are not in the order of their content")
    for index, att in enumerate(record["attributions"]):
        problems += [f"#{index}: {p}" for p in check_attribution(source.text, att)]
    return problems


def check_provenance(record: dict[str, Any], source: SourceText) -> list[str]:
    problems = [] if record["url"] == source.url else [f"url differs: {source.url}"]
    if source.outlet is not None and record["outlet"] != source.outlet:
        problems.append(f"outlet differs: {source.outlet}")
    return problems


def check_attribution(text: str, att: dict[str, Any]) -> list[str]:
    if set(att) != set(KEYS):
        return [f"fields {sorted(att)} are not the record format's {sorted(KEYS)}"]
    problems = [p for name, begin, end in SPANS for p in check_span(text, att, name, begin, end)]
    if att["text"] != att["text"].strip():
        problems.append("content has surrounding whitespace")
    for name, begin, end in SPANS[1:]:
        if att[name] is not None and att[end] > att["start"] and att[begin] < att["end"]:
            problems.append(f"{name} {att[name]!r} lies inside its own content")
    return problems


def check_span(text: str, att: dict[str, Any], name: str, begin: str, end: str) -> list[str]:
    value, start, stop = att[name], att[begin], att[end]
    if value is None:
        return [] if start is None and stop is None else [f"{name}: offsets without text"]
    if not isinstance(start, int) or not isinstance(stop, int):
        return [f"{name} {value!r}: offsets {start!r}, {stop!r} are not integers"]
    if text[start:stop] != value:
        return [f"{name} {value!r} != text[{start}:{stop}] {text[start:stop]!r}"]
    return []


def kind_of(att: dict[str, Any]) -> str:
    """Coarse kind of one attribution; the first that applies wins."""
    if att["cue"] is None:
        return "no cue"
    if att["direct"]:
        return "direct"
    if att["cue"].lower() in ACCORDING_TO:
        return "according to"
    if att["cue"].lower() in NOUN_CUES:
        return "noun cue"
    if any(mark in att["text"] for mark in QUOTES):
        return "mixed"
    return "indirect"


def set_counts(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts the sets' READMEs give: outlets, kinds, and kinds of speaker and source."""
    atts = [att for record in records for att in record["attributions"]]
    return {
        "outlets": len({record["outlet"] for record in records}),
        "kinds": Counter(kind_of(att) for att in atts).most_common(),
        "nominal (never named) speakers": sum(is_nominal(att["speaker"]) for att in atts),
        "null speakers": sum(att["speaker"] is None for att in atts),
        "joint speakers": sum(isinstance(att["speaker"], list) for att in atts),
        "pronoun sources": sum((att["source"] or "").lower() in PRONOUNS for att in atts),
    }


def is_nominal(speaker: Any) -> bool:
    """True for a speaker the article never names (kept as its own noun phrase)."""
    return isinstance(speaker, str) and speaker in NOMINAL_SPEAKERS


def stats_lines(records: list[dict[str, Any]]) -> list[str]:
    counts = set_counts(records)
    lines = [f"outlets: {counts.pop('outlets')}"]
    lines += [f"  {kind}: {count}" for kind, count in counts.pop("kinds")]
    lines += [f"{name}: {count}" for name, count in counts.items()]
    lines += ["per article (outlet, id, attributions):"]
    lines += [f"  {r['outlet']} {shown_id(r)} {len(r['attributions'])}" for r in records]
    return lines


def shown_id(record: dict[str, Any]) -> str:
    """The id as the READMEs list it: a prefix of a Scrapinghub hash, an AllSides id whole."""
    return record["id"][:12] if source_key(record)[0] == "scrapinghub" else record["id"]


def select_lines(records: list, lines: str | None) -> list:
    """The records of the 1-based, inclusive range ``FIRST-LAST``, or all when None."""
    if lines is None:
        return records
    first, _, last = lines.partition("-")
    return records[int(first) - 1 : int(last or first)]


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="a set's folder or its annotations.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts by kind")
    parser.add_argument("--lines", metavar="FIRST-LAST", help="only these lines (1-based)")
    parser.add_argument("--shared", type=Path, default=None, help="folder holding data/")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    records = select_lines(read_records(annotations_path(options.set)), options.lines)
    try:
        sources = load_set_sources(records, shared=options.shared or shared_folder())
    except FileNotFoundError as e:
        print(f"{e.filename}: not found (give the folder holding data/ with --shared)")
        return 2
    problems = check_records(records, sources)
    for problem in problems:
        print(problem)
    spans = sum(len(record.get("attributions", [])) for record in records)
    print(f"{len(records)} articles, {spans} attributions, {len(problems)} problem(s)")
    if options.stats:
        print("\n".join(stats_lines(records)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
