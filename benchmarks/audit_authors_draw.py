"""A fresh draw of unseen htmldate pages for judging authors, listed before either reader runs.

Usage: python benchmarks/audit_authors_draw.py OUT [--seed 20261205] [--take 40]
       [--exclude-seed 20261205:40 ...] [--unseen-only] [--judged FILE]

The pages are those ``audit_authors.py`` reads (the htmldate-eval pages with their own HTML in
the development half; that set has no gold author) less every page an earlier audit took: the
60 its seed 20261203 audits, and the 19 of the other 67 that the fourth draw took
(``random.Random(20261218).sample(rest, 19)``), and with ``--exclude-seed SEED:N`` the N pages
an earlier draw of this script took with that seed (each from what the seeds before it left).
``--unseen-only`` also leaves out every page whose URL, or whose host and path (``www.``, a
query and a closing slash aside), is a trafilatura-evaldata page, so no page drawn is one the
author rules were developed on. A fixed seed picks ``--take`` of the rest.
Without ``--judged`` only ``OUT/draw.jsonl`` is written (the URLs, in order), so the pages can be
judged by docs/inputs.md ("Judging an author") before any reader runs; the pages themselves are
not written (their copyright stays with their publishers). With ``--judged`` (a JSONL of
``{"url", "authors": [...], "also": [[...], ...]}`` kept outside the repository) both readers
run on the drawn pages, ``OUT/answers.jsonl`` holds their answers and the share right or
correctly empty is printed for each: names as the metadata scorer compares them, with the
judgement's other answers refused, with punctuation aside (as the written rules judge), and on
the pages whose URL is not also a trafilatura-evaldata page (9 of seed 20261205's 40 are: the
same page saved twice, which the author rules were developed on where that set's half is dev).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from audit_authors import DATA, authors_of, unseen_pages
from audit_metadata import seed_and_count
from newsdesk_eval.metadata import Page, author_names

_MARKS = re.compile(r"[^\w\s]")
AUDIT_SEED, AUDIT_TAKE = 20261203, 60
FOURTH_SEED, FOURTH_TAKE = 20261218, 19


def undrawn(folder: Path, drawn: Sequence[tuple[int, int]] = ()) -> list[Page]:
    """The unseen pages no earlier audit took, in a stable order; ``drawn`` holds the
    (seed, take) of this script's earlier draws, in the order they were made."""
    pages = unseen_pages(folder)
    random.Random(AUDIT_SEED).shuffle(pages)
    rest = pages[AUDIT_TAKE:]
    for seed, take in ((FOURTH_SEED, FOURTH_TAKE), *drawn):
        taken = {page.url for page in random.Random(seed).sample(rest, min(take, len(rest)))}
        rest = [page for page in rest if page.url not in taken]
    return rest


def _host_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url.strip())
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")


def outside_author_set(pages: list[Page], folder: Path) -> list[Page]:
    """The pages that are no trafilatura-evaldata page by URL, or by host and path."""
    urls = gold_author_urls(folder)
    paths = {_host_path(url) for url in urls}
    return [page for page in pages if page.url not in urls and _host_path(page.url) not in paths]


def right(
    found: list[str] | str | None, judged: dict, *, also: bool = True, marks: bool = True
) -> bool:
    """Right or correctly empty against one judged page and, with ``also``, the other
    answers the judgement allows; without ``marks``, punctuation aside, as the written rules
    judge a name ("Red" for "Red.")."""
    answers = [judged["authors"], *(judged.get("also", []) if also else [])]
    return any(_names(found, marks) == _names(answer, marks) for answer in answers)


def _names(value: list[str] | str | None, marks: bool) -> set[str]:
    names = author_names(value)
    return names if marks else {" ".join(_MARKS.sub(" ", name).split()) for name in names}


def score(pages: list[Page], judged_path: Path, out: Path) -> None:
    judged = {
        entry["url"]: entry
        for entry in map(json.loads, judged_path.read_text(encoding="utf-8").splitlines())
    }
    scored = gold_author_urls(DATA)
    tally = {"ours": [0, 0, 0, 0], "trafilatura": [0, 0, 0, 0]}
    with open(out / "answers.jsonl", "w", encoding="utf-8") as answers:
        for page in pages:
            row = authors_of(page)
            for name, counts in tally.items():
                row[f"{name}_right"] = right(row[name], judged[page.url])
                counts[0] += row[f"{name}_right"]
                counts[1] += right(row[name], judged[page.url], also=False)
                counts[2] += right(row[name], judged[page.url], marks=False)
                counts[3] += row[f"{name}_right"] and page.url not in scored
            answers.write(json.dumps(row, ensure_ascii=False) + "\n")
    unscored = sum(page.url not in scored for page in pages)
    for name, (count, strict, loose, new) in tally.items():
        print(
            f"{name}: {count}/{len(pages)} ({count / len(pages):.3f}) right or correctly empty; "
            f"{strict}/{len(pages)} with the other answers refused; {loose}/{len(pages)} "
            f"punctuation aside; {new}/{unscored} on the pages whose URL the trafilatura set "
            "does not hold"
        )


def gold_author_urls(folder: Path) -> set[str]:
    """The URLs of the trafilatura-evaldata pages (the author set): an htmldate page that
    carries its own HTML may still be one of them, saved a second time."""
    with gzip.open(folder / "trafilatura-evaldata.jsonl.gz", "rt", encoding="utf-8") as lines:
        return {json.loads(line)["url"] for line in lines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--take", type=int, default=40)
    parser.add_argument(
        "--exclude-seed", type=seed_and_count, action="append", default=[], metavar="SEED:N",
        help="an earlier draw's seed and the pages it took",
    )
    parser.add_argument("--unseen-only", action="store_true")
    parser.add_argument("--judged", type=Path)
    args = parser.parse_args()
    pool = undrawn(args.data, args.exclude_seed)
    if args.unseen_only:
        pool = outside_author_set(pool, args.data)
    chosen = random.Random(args.seed).sample(pool, min(args.take, len(pool)))
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "draw.jsonl", "w", encoding="utf-8") as out:
        for page in chosen:
            out.write(json.dumps({"url": page.url}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(pool)} undrawn pages")
    if args.judged:
        score(chosen, args.judged, args.out)


if __name__ == "__main__":
    main()
