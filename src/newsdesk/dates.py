"""Normalise publication dates to ISO strings that keep their precision (year, month, day, time)."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateutil_parser

_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DEFAULT = datetime(1, 1, 1)


def normalize_date(value: object) -> tuple[str | None, str | None]:
    """Return ``(iso, precision)`` for a date given in a common format, or ``(None, None)``.

    Precision is ``year``, ``month`` or ``day``; times are dropped to the day.
    """
    if value is None:
        return None, None
    text = str(value).strip()
    if not text:
        return None, None
    if _YEAR.match(text):
        return text, "year"
    if _YEAR_MONTH.match(text):
        return text, "month"
    try:
        parsed = dateutil_parser.parse(text, default=_DEFAULT)
    except (ValueError, OverflowError):
        return None, None
    if parsed.year == 1:
        return None, None
    return parsed.date().isoformat(), "day"
