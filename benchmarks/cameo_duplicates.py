"""List the patterns the CAMEO verb dictionary writes more than once in one block with
different codes.

Usage: python benchmarks/cameo_duplicates.py [PATH/TO/CAMEO.2.0.txt] [--fired FILE.json]
       python benchmarks/cameo_duplicates.py --count-dev FILE.json

A pattern here is what the derived dictionary keeps of a pattern line (``scripts/
build_cameo_verbs.py``: preposition, noun, the words before it, the phrases after it, the
particle), so a synonym set's members count one by one, as the coder reads them. For each
pattern written with two codes or more in one block, prints the block (its header verb and
default code), the pattern, and each line that writes it: its line number, its code, and
its comment, which names the verb the line was written for, and the code the builder keeps.
``--count-dev`` parses the dev sets (the dev halves and the ConfliBERT train split, as
``tune_events.py`` reads them; no test half) and writes ``[block, preposition, noun]`` for
each dictionary verb whose objects match a pattern of its block; ``--fired`` reads that list
and counts, per group, how many dev-set verbs matched one of its patterns' nouns (each verb
once per noun). Read-only: it changes nothing the coder reads.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_cameo_verbs as builder  # noqa: E402


def pattern_lines(lines: list[str]) -> list[dict]:
    """Every pattern the builder keeps, with its block, source line, code and comment."""
    synsets = builder.read_synsets(lines)
    found, block = [], -1
    for number, header, line in builder.block_lines(lines):
        if line is None:
            block += 1  # a header opens the next block
            continue
        pattern = builder._PATTERN.match(line)
        if pattern:
            found += _found(block, header, number, pattern, lines[number - 1], synsets)
    return found


def _found(block: int, header, number: int, pattern, raw: str, synsets: dict) -> list[dict]:
    """The patterns one source line writes, each with what the listing prints of it."""
    body, given = builder.given_pattern(pattern.group(1), pattern.group(2))
    code = builder._code(given)
    return [{
        "block": block, "header": f"{header.group(1)} [{header.group(2).strip()}]",
        "line": number, "key": builder.pattern_key([prep, noun, code, *rest]),
        "code": code, "raw_code": given.strip(), "text": pattern.group(1).strip(),
        "comment": raw.partition("#")[2].strip(),
    } for prep, noun, *rest in builder.pattern_objects(body, synsets)]


def duplicates(lines: list[str]) -> dict[tuple[int, str], list[dict]]:
    """(block, pattern) -> the lines that write it, for patterns with two codes or more."""
    grouped: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for found in pattern_lines(lines):
        grouped[(found["block"], found["key"])].append(found)
    return {key: group for key, group in grouped.items()
            if len({g["code"] for g in group}) > 1}


def source_lines(groups: dict[tuple[int, str], list[dict]]) -> dict[tuple[int, tuple], list]:
    """The duplicates by the source lines that write them (a synonym set's line is one)."""
    by_lines: dict[tuple[int, tuple], list] = defaultdict(list)
    for (block, key), group in groups.items():
        by_lines[(block, tuple(sorted({g["line"] for g in group})))].append(json.loads(key)[1])
    return by_lines


def count_dev(target: Path) -> None:
    """Write ``[block, preposition, noun]`` for every pattern a dev-set verb matches."""
    from newsdesk.events import cameo
    from newsdesk.nlp import load_pipeline
    from tune_events import REPORTS, dev_items

    nlp, matched = load_pipeline(), []
    for name in REPORTS:
        texts = [item["text"] for item in dev_items(name)]
        for doc in nlp.pipe(texts, batch_size=32):
            matched += [m for token in doc if token.pos_ in {"VERB", "AUX"}
                        for m in _matched(cameo, token)]
    target.write_text(json.dumps(matched))


def _matched(cameo, token) -> list[list]:
    """``[block, preposition, noun]`` of the patterns a verb's objects match in its block."""
    dictionary = cameo.cameo_dictionary()
    lemma = token.lemma_.lower()
    if lemma not in dictionary["forms"]:
        return []
    block = dictionary["forms"][lemma][1]["block"]
    found = cameo.matched_patterns(block, cameo.object_words(token))
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    found += [p for p in cameo._block_index(block)[1] if p[0] in preps]
    return [[block, *pair] for pair in sorted({(p[0], p[1]) for p in found}, key=str)]


def kept_code(group: list[dict]) -> str:
    """The code the builder keeps for a group: its deciding line's, else its first line's."""
    for one in group:
        if builder.deciding_line(one["header"].split()[0], one["text"], one["raw_code"]):
            return f"{one['code']} (line {one['line']} decides)"
    return f"{group[0]['code']} (the first line, as read before)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", type=Path, default=builder.DEFAULT_SOURCE)
    parser.add_argument("--fired", type=Path, help="JSON [[block, prep, noun], ...] matched")
    parser.add_argument("--count-dev", type=Path, help="write what dev-set verbs match here")
    args = parser.parse_args()
    if args.count_dev:
        count_dev(args.count_dev)
        return
    lines = args.source.read_text(encoding="latin-1").splitlines()
    groups = duplicates(lines)
    fired = Counter()
    if args.fired:
        fired = Counter(tuple(f) for f in json.loads(args.fired.read_text()))
    by_lines = source_lines(groups)
    print(f"{len(groups)} patterns written twice or more with different codes, "
          f"from {len(by_lines)} groups of source lines")
    for (block, numbers), nouns in sorted(by_lines.items()):
        group = sorted((g for (b, k), gs in groups.items() if b == block
                        for g in gs if g["line"] in numbers), key=lambda g: g["line"])
        first = group[0]
        pairs = {tuple(json.loads(g["key"])[:2]) for g in group}
        hits = sum(fired[(block, *pair)] for pair in pairs)
        print(f"\nblock {block} {first['header']}: {len(nouns)} pattern(s)"
              + (f", fired {hits}" if args.fired else "") + f"; kept: {kept_code(group)}")
        for number in numbers:
            one = next(g for g in group if g["line"] == number)
            text = re.sub(r"\s+", " ", one["text"])
            print(f"  line {number}: [{one['raw_code']}] -> {one['code']}  {text}"
                  f"  # {one['comment']}")


if __name__ == "__main__":
    main()
