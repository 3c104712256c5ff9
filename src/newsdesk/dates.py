"""Publication dates: normalised to ISO strings that keep their precision (year, month, day),
and the calendar days written in a text in several languages.

``written_days`` finds days written with a month name by one regular expression over the month
names of dateparser's locale data (dateparser's own ``search_dates`` also reads relative
phrases and bare numbers as dates, and takes tens of milliseconds a line)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser

from newsdesk.errors import UsageError

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


#: Languages whose month names ``written_day`` knows, from dateparser's locale data.
MONTH_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs", "tr")
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_NUMERIC = re.compile(
    r"(?<![\d.])(?:(?P<y>(?:19|20)\d{2})([-/])(?P<m>\d{2})\2(?P<d>\d{2})"
    r"|(?P<d2>\d{1,2})\.\s?(?P<m2>\d{1,2})\.\s?(?P<y2>(?:19|20)\d{2})(?!:\d)"
    r"|(?P<y3>(?:19|20)\d{2})\s?年\s?(?P<m3>\d{1,2})\s?月\s?(?P<d3>\d{1,2})\s?日)(?!\d)"
)
#: A day written with dots and a two-digit year, day and month in two digits each ("28.09.19",
#: as forums and French and German stamp lines write it), maybe run into its clock time
#: ("28.09.1912:44" is 28 September 2019 at 12:44, not 1912); never part of a longer run of
#: dotted numbers (a version, an address).
_SHORT_YEAR = re.compile(
    r"(?<![\d.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>\d{2})"
    r"(?=(?:[01]\d|2[0-3]):[0-5]\d|\.?(?![\d.]))"
)
#: Two-digit years from this one up are of the 1900s (the POSIX reading of ``%y``).
_CENTURY_PIVOT = 69
#: A day written with dashes and the year last ("28-04-2021", "Data: 28-04-2021, 09:29"):
#: day first, as Europe, Latin America and India write it; month first only when the
#: second number cannot be a month ("04-28-2021"). Slashes are left unread: "05/06/2021" is
#: 6 May in the United States and 5 June elsewhere, and a page does not say which.
_DASHED = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>(?:19|20)\d{2})(?![\d-])")
_DAY_MONTH = r"(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s(?:de\s)?(?P<month>{words})\.?,?\s(?:de\s)?"
_MONTH_DAY = r"(?P<month2>{words})\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s"
_TEXT_DAY = r"(?<!\w)(?:" + _DAY_MONTH + "|" + _MONTH_DAY + r")(?P<y>(?:19|20)\d{2})(?!\d)"


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations of ``MONTH_LANGUAGES`` (casefolded) and their numbers;
    a word that names two different months in two languages is left out."""
    numbers: dict[str, set[int]] = {}
    for key, word in calendar_words():
        if key in _MONTH_KEYS:
            numbers.setdefault(word, set()).add(_MONTH_KEYS.index(key) + 1)
    return {word: found.pop() for word, found in numbers.items() if len(found) == 1}


def calendar_words() -> Iterator[tuple[str, str]]:
    """Each word of three letters or more that dateparser's locales of ``MONTH_LANGUAGES``
    list under a key (``"january"``, ``"monday"``, ...), as ``(key, casefolded word)``."""
    from dateparser.languages.loader import default_loader

    for language in MONTH_LANGUAGES:
        for key, words in default_loader.get_locale(language).info.items():
            for word in words if isinstance(words, list) else ():
                if isinstance(word, str) and len(word) >= 3 and word.isalpha():
                    yield key, word.casefold()


@lru_cache(maxsize=1)
def _text_day() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True))
    return re.compile(_TEXT_DAY.replace("{words}", words), re.IGNORECASE)


def written_days(text: str) -> Iterator[tuple[int, int, str]]:
    """Each calendar day written in ``text`` with a four-digit year, as ``(start, end, ISO
    day)`` in the order of the text: ISO (``2022-01-26``, ``2022/01/26``), day first with
    dots (``26.01.2022``, ``28.09.19``) or dashes (``26-01-2022``), ``2022年1月26日``, and
    with a month name in one of ``MONTH_LANGUAGES`` ("26. Januar 2022", "26 de enero de
    2022", "January 26, 2022", "26 janv. 2022")."""
    found = [(*match.span(), _numeric_day(match)) for match in _NUMERIC.finditer(text)]
    found += [(*match.span(), _short_year_day(match)) for match in _SHORT_YEAR.finditer(text)]
    found += [(*match.span(), _dashed_day(match)) for match in _DASHED.finditer(text)]
    found += [(*match.span(), _named_day(match)) for match in _text_day().finditer(text)]
    yield from sorted((start, end, day) for start, end, day in found if day)


def written_month_days(text: str) -> Iterator[tuple[int, int]]:
    """Each day written with a month name but no year in ``text``, as ``(month, day)``, in
    the order of the text ("Nov 18", "18. November", "November 18th", "06月24日"), where a
    page's stamp line leaves the year out ("Posted Nov 18, 8:19 PM"); a day with its year is left to
    ``written_days``."""
    taken = [(start, end) for start, end, _ in written_days(text)]
    found = []
    for match in _month_day().finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        word = (match.group("month") or match.group("month2")).casefold()
        day = int(match.group("d") or match.group("d2"))
        found.append((match.start(), month_numbers()[word], day))
    for match in _CJK_MONTH_DAY.finditer(text):
        if not any(start <= match.start() < end for start, end in taken):
            found.append((match.start(), int(match.group("m")), int(match.group("d"))))
    for _, month, day in sorted(found):
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield month, day


#: A month and day written in Chinese or Japanese without the year ("06月24日 11時30分").
_CJK_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日")


@lru_cache(maxsize=1)
def _month_day() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True))
    pattern = (r"(?<!\w)(?:(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s(?:de\s)?(?P<month>{words})\b"
               r"|(?P<month2>{words})\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d))")
    return re.compile(pattern.replace("{words}", words), re.IGNORECASE)


def _numeric_day(match: re.Match) -> str | None:
    parts = match.group("y", "m", "d"), match.group("y2", "m2", "d2"), match.group("y3", "m3", "d3")
    year, month, day = next(part for part in parts if part[0])
    return _iso(int(year), int(month), int(day))


def _short_year_day(match: re.Match) -> str | None:
    year = int(match.group("y"))
    year += 1900 if year >= _CENTURY_PIVOT else 2000
    return _iso(year, int(match.group("m")), int(match.group("d")))


def _dashed_day(match: re.Match) -> str | None:
    first, second = int(match.group("a")), int(match.group("b"))
    day, month = (second, first) if second > 12 else (first, second)
    return _iso(int(match.group("y")), month, day)


def _named_day(match: re.Match) -> str | None:
    word = (match.group("month") or match.group("month2")).casefold()
    day = match.group("d") or match.group("d2")
    return _iso(int(match.group("y")), month_numbers()[word], int(day))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_PARTIAL_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def check_partial_date(option: str, value: object) -> None:
    """Raise a ``UsageError`` naming the setting ``option`` (``since``, ``date_from``) unless
    ``value`` is None or a date written YYYY, YYYY-MM or YYYY-MM-DD (dates compare as text,
    so nothing else may pass)."""
    if value is not None and not (isinstance(value, str) and _PARTIAL_DATE.fullmatch(value)
                                  and _on_the_calendar(value)):
        raise UsageError(f"{{{option}}} wants YYYY, YYYY-MM or YYYY-MM-DD, got {{given!r}}",
                         options=(option,), given=value)


def check_date_range(first: str, start: object, last: str, end: object) -> None:
    """Raise a ``UsageError`` naming both settings (``since`` and ``until``, ``date_from`` and
    ``date_to``) when the range they give is empty: ``start`` after ``end`` at the precision
    both have (``since 2023 until 2021``; ``2022-01`` to ``2022`` is a range), the prefix
    comparison every date filter makes. Each value is checked with ``check_partial_date``
    first."""
    check_partial_date(first, start)
    check_partial_date(last, end)
    if start and end and str(start)[: len(str(end))] > str(end)[: len(str(start))]:
        raise UsageError(f"{{{first}}} {{start!r}} is after {{{last}}} {{end!r}}: no date is in that range",
                         options=(first, last), start=start, end=end)


def _on_the_calendar(value: str) -> bool:
    """Whether a well-formed partial date names a real day, month or year (not 2022-02-30)."""
    year, month, day = ([int(part) for part in value.split("-")] + [1, 1])[:3]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
