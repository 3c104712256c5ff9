"""Authors and publication days on pages no metadata set scores, beside trafilatura's, judged by hand.

Usage: python benchmarks/audit_metadata.py OUT [--take 60] [--seed 20261204] [--judged FILE]
       [--exclude-seed 20261204:60 ...] [--split dev|test|all]

The pool is every page of ../shared/data/extraction that neither metadata gold set holds: the
Scrapinghub benchmark's 181 pages, and the trafilatura-eval pages whose URL is in neither
metadata set (today none: that set is the same 990 pages as the metadata set). No metadata rule
was developed on them. A fixed seed picks ``--take`` pages for the audit; the rest are kept to
check, out of sample, what a change alters. ``OUT/audit.jsonl`` and ``OUT/rest.jsonl`` hold, per
page, its id, ours (``article_from_html``: authors, published day and the source of each) and
trafilatura's own author and date; the pages themselves are not written (their copyright stays
with their publishers). Judge each audit page from its HTML by the rules in docs/inputs.md
("Judging an author", "Judging a publication date") into a JSONL file of
``{"id", "authors": [...], "date": "YYYY-MM-DD" | null}`` kept outside the repository;
``--judged`` scores both readers against it (right or correctly empty); a judged page without
a ``date`` key was judged for its authors alone, one without ``authors`` for its day alone. ``--exclude-seed SEED:N`` leaves out of
the pool the N pages an earlier audit drew with that seed (each seed from what the seeds before
it left), so a new seed draws pages no rule was developed on (seed 20261208 after 20261204;
``--exclude-seed 20261204:60 --exclude-seed 20261208:60 --seed 20261209 --take 40`` for the
third draw, 40 of the 61 pages left; a fourth leaves out ``20261209:40`` beside them). The seconds each reader took on the whole
pool, and their ratio, are printed too. ``--split dev`` keeps the pool pages that the URL hash
of ``newsdesk_eval.metadata.Page.split`` puts in the development half, the rule the gold sets
are split by (``all``, the default, is the pool the earlier draws were taken from).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from pathlib import Path

from _common import SHARED as SHARED_ROOT
from newsdesk.errors import InputError
from newsdesk.readers.html import article_from_html
from newsdesk_eval.metadata import Page, author_names, date_right, trafilatura_document

SHARED = SHARED_ROOT / "data"
SCRAPINGHUB = SHARED / "extraction" / "scrapinghub-article-extraction-benchmark"
TRAFILATURA = SHARED / "extraction" / "trafilatura-eval"
METADATA = SHARED / "metadata"


def scored_urls(folder: Path) -> set[str]:
    """Every URL that a metadata gold set holds."""
    urls = set()
    for name in ("trafilatura-evaldata.jsonl.gz", "htmldate-eval.jsonl.gz"):
        with gzip.open(folder / name, "rt", encoding="utf-8") as lines:
            urls.update(json.loads(line)["url"] for line in lines)
    return urls


def pool_pages(scored: set[str], *, split: str = "all") -> dict[str, Page]:
    """The extraction pages no metadata set scores, by a stable id; ``split`` keeps one half
    of the URL hash (``dev`` or ``test``) or ``all``."""
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key, entry in truth.items():
        if entry["url"] not in scored:
            text = gzip.decompress((SCRAPINGHUB / "html" / f"{key}.html.gz").read_bytes())
            pages[f"scrapinghub:{key[:12]}"] = Page(entry["url"], text.decode("utf-8"))
    evaldata = json.loads((TRAFILATURA / "evaldata.json").read_text(encoding="utf-8"))
    for url, entry in evaldata.items():
        if url not in scored:
            raw = gzip.decompress((TRAFILATURA / "html" / f"{entry['file']}.gz").read_bytes())
            pages[f"trafilatura:{entry['file']}"] = Page(url, raw.decode("utf-8", "replace"))
    return {key: page for key, page in sorted(pages.items()) if split in ("all", page.split)}


def ours(page: Page) -> dict:
    try:
        article = article_from_html(page.html, path=page.url, source=page.url, url=page.page_url)
    except InputError:
        return {"authors": None, "date": None, "from": {}}
    found = article.metadata.get("metadata_from", {})
    sources = {key: found.get(key) for key in ("authors", "published")}
    return {"authors": article.authors, "date": article.published, "from": sources}


def theirs(page: Page) -> dict:
    document = trafilatura_document(page, include_comments=False)
    return {"author": document.get("author"), "date": document.get("date")}


def read_all(pages: dict[str, Page]) -> tuple[dict[str, dict], dict[str, float]]:
    """Both readers on every page, with the seconds each took in all."""
    rows, seconds = {}, {"ours": 0.0, "trafilatura": 0.0}
    for key, page in pages.items():
        row = {"id": key, "url": page.url}
        for name, function in (("ours", ours), ("trafilatura", theirs)):
            start = time.perf_counter()
            row[name] = function(page)
            seconds[name] += time.perf_counter() - start
        rows[key] = row
    return rows, seconds


def right(found_authors, found_date, judged: dict) -> tuple[bool, bool]:
    """Authors and day right or correctly empty against one judged page (``also`` and
    ``date_also`` hold the other answers the rules allow: "AP" for "Associated Press", a
    stamp's day in the page's time zone beside its UTC day)."""
    names = author_names(found_authors)
    authors_ok = any(
        names == author_names(answer)
        for answer in [judged.get("authors"), *judged.get("also", [])]
    )
    days = [judged["date"], *judged.get("date_also", [])]
    date_ok = any(date_right(found_date, day) for day in days) if days[0] else not found_date
    return authors_ok, date_ok


def score(rows: dict[str, dict], judged_path: Path) -> None:
    judged = [json.loads(line) for line in judged_path.read_text(encoding="utf-8").splitlines()]
    tally = {"ours": [0, 0], "trafilatura": [0, 0]}
    for entry in judged:
        row = rows[entry["id"]]
        for name, (authors, day) in (
            ("ours", (row["ours"]["authors"], row["ours"]["date"])),
            ("trafilatura", (row["trafilatura"]["author"], row["trafilatura"]["date"])),
        ):
            authors_ok, date_ok = right(authors, day, {"date": None, **entry})
            tally[name][0] += authors_ok and "authors" in entry
            tally[name][1] += date_ok and "date" in entry
    count = sum("authors" in entry for entry in judged)
    days = sum("date" in entry for entry in judged)
    for name, (authors_ok, dates_ok) in tally.items():
        print(f"{name}: authors {_share(authors_ok, count)}, dates {_share(dates_ok, days)}")


def _share(right_ones: int, judged: int) -> str:
    return f"{right_ones}/{judged} ({right_ones / judged:.3f})" if judged else "not judged"


def draw(keys: list[str], seed: int) -> list[str]:
    """The pages in the order a seed shuffles them; an audit takes the first."""
    random.Random(seed).shuffle(keys)
    return keys


def drawn_before(keys: list[str], draws: list[tuple[int, int]]) -> set[str]:
    """The pages earlier audits drew, as (seed, pages taken), each seed from the pages the
    seeds before it left (seed 20261208 drew from the pool without 20261204's pages)."""
    drawn: set[str] = set()
    for seed, take in draws:
        drawn |= set(draw([key for key in keys if key not in drawn], seed)[:take])
    return drawn


def seed_and_count(value: str) -> tuple[int, int]:
    """``SEED:N``, an earlier audit's seed and the pages it took."""
    seed, _, count = value.partition(":")
    if not (seed.isdigit() and count.isdigit()):
        raise argparse.ArgumentTypeError(f"{value!r} is not SEED:N (a seed and the pages it took)")
    return int(seed), int(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--take", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--judged", type=Path)
    parser.add_argument(
        "--exclude-seed", type=seed_and_count, action="append", default=[], metavar="SEED:N",
        help="an earlier audit's seed and the pages it took",
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    args = parser.parse_args()
    pages = pool_pages(scored_urls(METADATA), split=args.split)
    drawn = drawn_before(list(pages), args.exclude_seed)
    keys = draw([key for key in pages if key not in drawn], args.seed)
    rows, seconds = read_all(pages)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, chosen in (("audit", keys[: args.take]), ("rest", keys[args.take :])):
        with open(args.out / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for key in chosen:
                out.write(json.dumps(rows[key], ensure_ascii=False) + "\n")
    print(f"{min(args.take, len(keys))} audit and {max(len(keys) - args.take, 0)} other pages")
    print(
        f"seconds on {len(pages)} pages: ours {seconds['ours']:.1f}, trafilatura "
        f"{seconds['trafilatura']:.1f}, ratio {seconds['ours'] / seconds['trafilatura']:.2f}"
    )
    if args.judged:
        score(rows, args.judged)


if __name__ == "__main__":
    main()
