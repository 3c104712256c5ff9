"""Every page whose publication date we get wrong, with what each source said, in one table.

Usage: python benchmarks/date_misses.py [--data ../shared/data/metadata] [--split dev|test]
       [--limit N]

For each gold page of the chosen half that ``newsdesk.htmlmeta`` dates wrongly: the gold day,
ours and where it came from, trafilatura's date (``bare_extraction``, the fallback ours is given,
as ``article_from_html`` does), htmldate's ``find_date`` with ``original_date=True`` and
without, the date candidates the page carries (JSON-LD of any type, date ``<meta>``, ``<time>``,
the line by the headline, a date element, an update shown alone, the URL path) and how the gold
day is written in the raw page, if at all (text, attributes, scripts, comments, Unix
timestamps). Each miss gets a cause: ``outvoted`` when a source of the vote
(``date_votes.candidate_days``) names the gold day (``modified`` when only modified stamps name
ours, ``one day`` when ours is the day before or after, ``url`` when the URL names the gold day,
else ``other``), ``unread`` when no source names it but the page writes it (``visible text``
or ``markup``: attributes, scripts, comments), ``not in page`` otherwise. Read it with
``benchmarks/eval_metadata.py``'s figures; tune on the dev half only.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from htmldate import find_date

from newsdesk import htmlmeta
from newsdesk.dates import written_days
from newsdesk.htmlmeta import Structured, read_json_ld, read_meta, structured
from newsdesk.htmlmeta.dates import opening_lines
from newsdesk_eval.date_votes import candidate_days
from newsdesk_eval.metadata import Page, date_right, read_pages, trafilatura_document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metadata"
_STAMP_KEY = re.compile(r"date|time|publi|modif|created|updated", re.IGNORECASE)
_LD_KEYS = ("datePublished", "dateCreated", "dateModified", "uploadDate")
_DIGITS = re.compile(r"(?<!\d)(\d{8}|\d{10}|\d{13})(?!\d)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages per set")
    args = parser.parse_args()
    categories: Counter = Counter()
    for name, pages in read_pages(args.data).items():
        chosen = [page for page in pages if page.split == args.split and page.date]
        for page in chosen[: args.limit or None]:
            if category := _report(name, page):
                categories[category] += 1
    print("\n| category | set-pages |\n| --- | ---: |")
    for category, count in categories.most_common():
        print(f"| {category} | {count} |")


def _report(name: str, page: Page) -> str | None:
    reference = trafilatura_document(page)
    found = htmlmeta.read_page_metadata(page.html, url=page.page_url, fallback=reference)
    if date_right(found.published, page.date):
        return None
    tree = htmlmeta.parse_tree(page.html)
    candidates = _candidates(tree, page, title=found.title) if tree is not None else []
    days = vote_days(tree, page, reference=reference, found=found)
    category = _cause(page.date, found.published, days, tree=tree, page=page)
    print(
        f"\n### {name}: {page.url[:90]}\n\ngold {page.date}; ours {found.published} "
        f"({found.found.get('published')}); trafilatura {reference.get('date')}; htmldate "
        f"{_htmldate(page, original=True)} (original_date=False: "
        f"{_htmldate(page, original=False)}); category: {category}\n"
    )
    for source, value in candidates:
        print(f"* {source}: `{value}`")
    print(f"* the vote's days: {days}")
    print(f"* gold written in the page as: {_gold_written(page) or 'nowhere'}")
    return category


def _htmldate(page: Page, *, original: bool) -> str | None:
    try:
        return find_date(page.html, url=page.page_url, original_date=original)
    except (ValueError, TypeError):
        return None


def _candidates(tree, page: Page, *, title: str | None) -> list[tuple[str, str]]:
    found = []
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        for item in structured.ld_objects(structured.load_json(script.text_content())):
            kind = structured.ld_type(item)
            found += [(f"json-ld {kind}.{key}", item[key]) for key in _LD_KEYS if item.get(key)]
    for element in tree.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop") or ""
        if _STAMP_KEY.search(key) and element.get("content"):
            found.append((f"meta {key}", element.get("content")))
    for element in tree.xpath("//time")[:5]:
        region = "off region" if structured.off_region(element) else "article"
        found.append((f"<time> ({region})", element.get("datetime") or structured.element_text(element)))
    found += [
        ("line by the headline", htmlmeta.headline_date(tree, title=title)),
        ("date element", htmlmeta.labelled_date(tree)),
        ("update shown alone", htmlmeta.updated_day(tree, title=title)),
        ("url path", htmlmeta.url_date(page.page_url)),
    ]
    return [(source, str(value)[:40]) for source, value in found if value]


def _gold_written(page: Page) -> list[str]:
    """How the gold day is written anywhere in the raw page: a written day (ISO, dotted,
    month names), ``YYYYMMDD``, or a Unix time stamp (seconds or milliseconds) on that day
    in a time zone from UTC-12 to UTC+14."""
    try:
        gold = date.fromisoformat(page.date)
    except ValueError:
        return ["(the gold value is not a calendar day)"]
    forms = [page.html[start:end] for start, end, day in written_days(page.html) if day == page.date]
    forms += [digits for digits in _DIGITS.findall(page.html) if _digits_day(digits, gold)]
    return sorted(set(forms))[:6]


def _digits_day(digits: str, gold: date) -> bool:
    if len(digits) == 8:
        return digits == gold.strftime("%Y%m%d")
    stamp = datetime.fromtimestamp(int(digits[:10]), UTC)
    days = {(stamp + timedelta(hours=hours)).date() for hours in range(-12, 15)}
    return gold in days and 2000 <= stamp.year <= 2030


def vote_days(tree, page: Page, *, reference: dict, found) -> dict[str, str]:
    """The day each source of the vote names on ``page`` (``date_votes.candidate_days``),
    given trafilatura's metadata as the fallback, as ``article_from_html`` does."""
    if tree is None:
        return {}
    data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    return candidate_days(
        tree,
        data,
        url=page.page_url or reference.get("url"),
        fallback=reference.get("date"),
        opening=opening_lines(reference.get("text")),
        page=found,
    )


def _cause(gold: str, ours: str | None, days: dict[str, str], *, tree, page: Page) -> str:
    if gold in days.values():
        naming = {source for source, day in days.items() if day == ours}
        if ours and _one_day(gold, ours):
            return "outvoted: one day"
        if naming and naming <= {"json-ld dateModified", "meta modified", "update shown"}:
            return "outvoted: modified"
        return "outvoted: url" if days.get("url") == gold else "outvoted: other"
    if tree is not None and any(day == gold for _, _, day in written_days(_visible(tree))):
        return "unread: visible text"
    written = _gold_written(page)
    return "unread: markup" if written and written[0][0] != "(" else "not in page"


def _visible(tree) -> str:
    return " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))


def _one_day(gold: str, ours: str) -> bool:
    try:
        return abs((date.fromisoformat(gold) - date.fromisoformat(ours)).days) == 1
    except ValueError:
        return False


if __name__ == "__main__":
    main()
