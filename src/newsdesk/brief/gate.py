"""The verification gate: no brief item is shown unless its citations prove it.

Checks, for every item:

1. it has at least one citation, and each cited span lies inside its article's text;
2. a quote's text is exactly the cited span (verbatim), and its speaker, role and
   affiliation are the ones the stored quote record gives for that span;
3. a sentence's text is the cited span, up to these documented transformations only:
   whitespace is normalised; a bracketed insertion ``[X]`` may stand in place of one
   pronoun of the span or be added, and X must be a name found in the cited article;
   a leading "But"/"And"/"So" may be dropped;
4. every name (capitalised word) and every number in the item, outside brackets, appears in
   the cited span.

The same checks hold for a Russian span: names are capitalised Cyrillic words too, a bracketed
name may stand for a Russian pronoun (он, она, они, его, её, их, ему, ей, им), and a leading
"Но"/"И"/"А" may be dropped. Words are compared as written (the span is quoted in the
original), so no stemmer of either language is involved.

Written here because it encodes newsdesk's own citation contract; no library does this.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newsdesk.brief.model import Brief, Dropped, Item

_BRACKET = re.compile(r"\[([^\]]+)\]")
_PRONOUNS = (r"(?:he|she|they|it|his|her|their|him|them|its"
             r"|он|она|оно|они|его|её|ее|их|ему|ей|им|них|нему|ней)")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NAME = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]+")
_DROPPABLE_LEAD = re.compile(r"^(?:But|And|So|Но|И|А),?\s+")


def _plain_marks(text: str) -> str:
    """The text with curly quote marks made straight and runs of space made one."""
    return " ".join(text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'").split())


def check_item(item: Item, texts: Mapping[str, str], quotes: Mapping[str, list[dict[str, Any]]]) -> str | None:
    """Why ``item`` fails the gate, or None when every check passes."""
    if not item.citations:
        return "no citation"
    for citation in item.citations:
        text = texts.get(citation.article)
        if text is None:
            return f"cites unknown article {citation.article}"
        if not 0 <= citation.start < citation.end <= len(text):
            return f"citation {citation.start}-{citation.end} outside the article"
    first = item.citations[0]
    span = texts[first.article][first.start:first.end]
    if item.kind == "quote":
        return _check_quote(item, span, quotes.get(first.article, []))
    return _check_sentence(item, span, texts[first.article])


def _check_quote(item: Item, span: str, records: list[dict[str, Any]]) -> str | None:
    if _plain_marks(item.text) != _plain_marks(span):
        return "quote is not verbatim at its citation"
    first = item.citations[0]
    record = next((r for r in records if r.get("start") == first.start and r.get("end") == first.end), None)
    if record is None:
        return "no stored quote at the cited span"
    for name in ("speaker", "role", "affiliation"):
        if (getattr(item, name) or None) != (record.get(name) or None):
            return f"{name} {getattr(item, name)!r} differs from the source's {record.get(name)!r}"
    return None


def _check_sentence(item: Item, span: str, article_text: str) -> str | None:
    if not _matches_with_allowed_edits(item.text, span):
        return "sentence differs from its cited span"
    for inserted in _BRACKET.findall(item.text):
        if inserted not in article_text:
            return f"bracketed name {inserted!r} not in the cited article"
    outside = _BRACKET.sub(" ", item.text)
    for number in _NUMBER.findall(outside):
        if number not in span:
            return f"number {number} not in the cited span"
    for name in _NAME.findall(outside):
        if name not in span:
            return f"name {name} not in the cited span"
    return None


def _matches_with_allowed_edits(text: str, span: str) -> bool:
    wanted, source = _plain_marks(text), _plain_marks(span)
    if wanted == source or wanted == _DROPPABLE_LEAD.sub("", source, count=1):
        return True
    pieces = _BRACKET.split(wanted)
    literal = pieces[0::2]
    pattern = "".join(
        re.escape(part) + (rf"(?:{_PRONOUNS}\s?)?" if index < len(literal) - 1 else "")
        for index, part in enumerate(literal)
    )
    pattern = re.sub(r"(\\ )+", r"\\s*", pattern)
    return re.fullmatch(pattern, source, flags=re.IGNORECASE) is not None and len(literal) > 1


def verify_items(items: list[Item], texts: Mapping[str, str], quotes: Mapping[str, list[dict[str, Any]]], *,
                 section: str) -> tuple[list[Item], list[Dropped]]:
    """The items that pass the gate, and the ones dropped with why."""
    kept, dropped = [], []
    for item in items:
        reason = check_item(item, texts, quotes)
        if reason is None:
            kept.append(item)
        else:
            dropped.append(Dropped(item, section, reason))
    return kept, dropped


def verify_brief(brief: Brief, texts: Mapping[str, str], quotes: Mapping[str, list[dict[str, Any]]]) -> Brief:
    """Drop every item that fails the gate, recording why; sections keep only verified items."""
    for section, items in brief.sections.items():
        brief.sections[section], dropped = verify_items(items, texts, quotes, section=section)
        brief.dropped.extend(dropped)
    return brief
