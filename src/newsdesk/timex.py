"""Time expressions: spaCy DATE entities resolved to ISO dates that keep their precision.

``TimesAnalyser`` is a per-article analyser (layer ``"times"``). Each record::

    {"text": "January 5", "value": "2022-01-05", "precision": "day", "year_inferred": true,
     "relative": false, "start": 812, "end": 821}

``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the text allows, ``--MM-DD`` when the
year cannot be known from the article, or None for vague expressions ("recent years").
Relative expressions ("on Friday", "last month", "last year") are resolved against the
article's reference date with dateparser.

The reference date is the publication date when the article has one. Otherwise it is
inferred from the article's latest explicit dated reference (a date with a month and a year,
or a copyright year), and the layer's first record says so::

    {"kind": "reference", "value": "2022-01-15", "precision": "day", "inferred": true,
     "text": "Saturday, Jan. 15, 2022", "start": ..., "end": ...}

Articles with no such reference keep ``--MM-DD`` values; the timeline fills their year from
the most similar dated article in the store (see ``timeline.py``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any

from newsdesk.parsed import doc_text

#: The months' English names, January first. Written out rather than read from ``calendar``,
#: whose names follow the process's ``LC_TIME`` (``Januar`` under a German locale): the texts
#: read are English whatever the machine's locale.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
#: The months' three-letter abbreviations, as ``calendar.month_abbr`` gives them in English.
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)
#: The days of the week in English, Monday first (``calendar.day_name``'s order).
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS |= {name.lower(): number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)}
_MONTHS["sept"] = 9
#: The months' names and abbreviations, in lower case, for readers of dates written in text.
MONTH_WORDS = frozenset(_MONTHS)
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_RE = r"(?P<year>1[89]\d\d|20\d\d)"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ABSOLUTE = (
    re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY_RE}\s+{_MONTH_RE},?\s+{_YEAR_RE}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!,?\s*\d)", re.IGNORECASE),
    re.compile(rf"\b{_DAY_RE}\s+{_MONTH_RE}\b(?!,?\s*\d)", re.IGNORECASE),
    re.compile(rf"\b(?:early|mid|late\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR_RE}\b"),
)
_COPYRIGHT = re.compile(r"(?:copyright|©)\s*(?:©\s*)?(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_RELATIVE_WORDS = re.compile(
    rf"\b(?:yesterday|today|tomorrow|{'|'.join(DAY_NAMES)}|"
    r"(?:last|this|next|previous)\s+(?:week|month|year)|(?:a|one|two|three)\s+(?:day|week|month|year)s?\s+ago)\b",
    re.IGNORECASE)


def resolve_absolute(text: str) -> dict[str, Any] | None:
    """``{value, precision, year_inferred}`` for a date written out in ``text``, without context."""
    for pattern in _ABSOLUTE:
        match = pattern.search(text)
        if match:
            return _from_parts(match.groupdict())
    return None


def _from_parts(parts: dict[str, str | None]) -> dict[str, Any] | None:
    year = int(parts["year"]) if parts.get("year") else None
    month = _MONTHS.get((parts.get("month") or "").lower().rstrip("."))
    day = int(parts["day"]) if parts.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if month and day:
        value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        return {"value": value, "precision": "day", "year_inferred": False}
    if month and year:
        return {"value": f"{year:04d}-{month:02d}", "precision": "month", "year_inferred": False}
    if year:
        return {"value": f"{year:04d}", "precision": "year", "year_inferred": False}
    return None


def with_year(value: str, reference: str) -> str:
    """Give a ``--MM-DD`` value the year of ``reference`` (an ISO date of any precision).

    The date is taken to be on or before the reference date when the reference has a month,
    since news reports look back: "January 13" in an article of 2022-01-15 is 2022-01-13,
    "December 30" in it is 2021-12-30.
    """
    month, day = int(value[2:4]), int(value[5:7])
    year = int(reference[:4])
    latest = (int(reference[5:7]), int(reference[8:10]) if len(reference) >= 10 else 31) \
        if len(reference) >= 7 else (12, 31)
    if (month, day) > latest:
        year -= 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def _resolve_relative(text: str, reference: dict[str, Any] | None) -> dict[str, Any] | None:
    """Resolve "on Friday", "last month", "last year" against the reference date with dateparser."""
    if reference is None or not _RELATIVE_WORDS.search(text):
        return None
    precision = _relative_precision(text)
    if _precision_rank(reference["precision"]) < _precision_rank(precision):
        return {"value": None, "precision": precision, "year_inferred": False}
    import dateparser

    base = _as_datetime(reference["value"])
    parsed = dateparser.parse(_RELATIVE_WORDS.search(text).group(), languages=["en"],
                              settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    if parsed is None:
        return None
    return {"value": _truncate(parsed.date(), precision), "precision": precision, "year_inferred": True}


def _relative_precision(text: str) -> str:
    lower = text.lower()
    if "year" in lower:
        return "year"
    if "month" in lower:
        return "month"
    return "day"


def _precision_rank(precision: str) -> int:
    return {"year": 0, "month": 1, "day": 2}.get(precision, 0)


def _as_datetime(value: str) -> datetime:
    parts = [int(part) for part in value.split("-")]
    year, month, day = ([*parts, 12, 28])[:3] if len(parts) == 1 else ([*parts, 28])[:3]
    return datetime(year, month, day if len(parts) == 3 else min(day, calendar.monthrange(year, month)[1]))


def _truncate(day: date, precision: str) -> str:
    return {"year": day.isoformat()[:4], "month": day.isoformat()[:7]}.get(precision, day.isoformat())


# -- the article's reference date --------------------------------------------------------------

def reference_date(article: Any, candidates: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The date the article's relative expressions count from: published, else inferred."""
    if article.published:
        return {"kind": "reference", "value": article.published,
                "precision": article.published_precision or "day", "inferred": False,
                "text": None, "start": 0, "end": 0}
    dated = [c for c in candidates if c["value"] and not c["value"].startswith("--") and c["precision"] != "year"]
    dated += _copyright_years(text)
    if not dated:
        return None
    latest = max(dated, key=lambda c: (_as_datetime(c["value"]), _precision_rank(c["precision"])))
    return {"kind": "reference", "value": latest["value"], "precision": latest["precision"], "inferred": True,
            "text": latest["text"], "start": latest["start"], "end": latest["end"],
            **({"caption": latest["caption"]} if "caption" in latest else {})}


def _copyright_years(text: str) -> list[dict[str, Any]]:
    return [{"value": match["year"], "precision": "year", "text": match.group(), "start": match.start(),
             "end": match.end()} for match in _COPYRIGHT.finditer(text)]


# -- the analyser ------------------------------------------------------------------------------

def _date_spans(doc: Any) -> list[tuple[int, int]]:
    """DATE entities, plus month-day dates the small model leaves out."""
    spans = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "DATE"]
    text = doc_text(doc)
    for pattern in _ABSOLUTE[:4]:
        for match in pattern.finditer(text):
            if not any(start <= match.start() < end for start, end in spans):
                spans.append((match.start(), match.end()))
    return sorted(spans)


def extract_times(doc: Any, article: Any, *, captions: list[tuple[int, Any]] = ()) -> list[dict[str, Any]]:
    """The reference-date record (when known) followed by every resolved time expression.

    ``captions`` are ``(index, doc)`` pairs for photo captions that cleaning took out of the
    text (``article.removed[index]``); their records carry ``caption: index`` and offsets into
    that caption's text. Captions often carry the only full date ("Saturday, Jan. 15, 2022").
    """
    found = _found(doc, None) + [item for index, caption in captions for item in _found(caption, index)]
    candidates = [{**record, **resolved} for record, resolved in found if resolved]
    reference = reference_date(article, candidates, doc_text(doc))
    records = [_finish(record, resolved, reference) for record, resolved in found]
    return ([reference] if reference else []) + records


def _found(doc: Any, caption: int | None) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    found, full = [], doc_text(doc)
    for start, end in _date_spans(doc):
        text = full[start:end]
        resolved = resolve_absolute(text)
        record = {"text": text, "start": start, "end": end, "relative": resolved is None}
        if caption is not None:
            record["caption"] = caption
        found.append((record, resolved))
    return found


#: Key in ``Doc.user_data`` under which the analysis step leaves the parsed captions of the
#: article whose body the doc is, so every analyser reads the one parse of each caption.
CAPTIONS_KEY = "newsdesk_captions"


def caption_texts(article: Any) -> list[tuple[int, str]]:
    """Photo captions that cleaning removed from the text (first of each), with their indexes."""
    return [(index, article.removed[index].text) for index in _first_captions(article.removed)]


def caption_docs(doc: Any, article: Any) -> list[tuple[int, Any]]:
    """Parsed photo captions: those the analysis step parsed with the body, else parsed here."""
    parsed = doc.user_data.get(CAPTIONS_KEY)
    if parsed is not None:
        return parsed
    from newsdesk.nlp import load_pipeline

    nlp = load_pipeline()
    return [(index, nlp(text)) for index, text in caption_texts(article)]


def _first_captions(removed: list[Any]) -> list[int]:
    """Indexes of captions whose text no earlier removed line has (one pass, a set of texts)."""
    seen: set[str] = set()
    first = []
    for index, line in enumerate(removed):
        if line.reason == "caption" and line.text not in seen:
            first.append(index)
        seen.add(line.text)
    return first


def _finish(record: dict[str, Any], resolved: dict[str, Any] | None,
            reference: dict[str, Any] | None) -> dict[str, Any] | None:
    if resolved is None:
        resolved = _resolve_relative(record["text"], reference)
        if resolved is None:
            return {**record, "value": None, "precision": None, "year_inferred": False}
    if resolved["value"] and resolved["value"].startswith("--") and reference:
        resolved = {**resolved, "value": with_year(resolved["value"], reference["value"]), "year_inferred": True}
    return {**record, **resolved}


class TimesAnalyser:
    """Per-article analyser: the ``times`` layer (text and removed photo captions)."""

    layer = "times"
    version = 1

    def __call__(self, doc: Any, article: Any) -> list[dict[str, Any]]:
        return extract_times(doc, article, captions=caption_docs(doc, article))

