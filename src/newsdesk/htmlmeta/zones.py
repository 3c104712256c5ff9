"""The time zone a date stamp writes after its clock time, as minutes east of UTC.

Pages write stamps in many forms besides ISO 8601: RFC 822's numeric offset or zone name
("Wed, 02 Feb 2022 09:12:22 +0100", "20 Nov 2019 08:02 GMT"), JavaScript's
``Date.toString`` ("Tue Feb 20 2018 01:00:00 GMT+0100 (Central European Standard Time)"),
the Unix ``date`` command's ("Tue Jan 28 15:28:56 CET 2020") and a byline's ("November 19,
2019, 07:47 PM EST"). ``dateutil`` reads "GMT+0100" as one hour west of Greenwich (the
POSIX sign) and knows no "CET", so the zone is read here. A stamp that writes no zone, or
a name not in ``ZONE_MINUTES``, has none (``None``): its day is the day it writes.
"""

from __future__ import annotations

import re

#: The names of UTC itself, which a page writes after a clock time that is not its own zone's.
UTC_NAMES = ("Z", "UT", "UTC", "GMT")
#: Zone names that stamps write, with their offsets from UTC in minutes: UTC's names, the
#: North American names of RFC 822 and their kin, Europe's (German "MEZ"/"MESZ" too) and a
#: few of Asia and Oceania. Names that stand for zones far apart are left out: "IST"
#: (India, Ireland, Israel), "CST" (US Central, China), "AST" (Atlantic, Arabia), "BST"
#: (British Summer, Bangladesh), "MST" (US Mountain, Malaysia); so are the generic names
#: ("ET", "CT", "MT", "PT"), standard time half the year and daylight time the other half.
ZONE_MINUTES = {
    **dict.fromkeys((*UTC_NAMES, "WET"), 0),
    **{"EST": -300, "EDT": -240, "CDT": -300, "MDT": -360, "PST": -480, "PDT": -420},
    **{"AKST": -540, "AKDT": -480, "HST": -600, "ADT": -180},
    **{"WEST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120},
    **{"EET": 120, "EEST": 180, "MSK": 180, "HKT": 480, "SGT": 480, "JST": 540, "KST": 540},
    **{"AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780},
}
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s?[AaPp]\.?[Mm]\.?)?"


def _offset(prefix: str = "") -> str:
    """A numeric offset ("+01:00", "-0500", "+1"), its groups named ``sign``, ``hours`` and
    ``minutes`` after ``prefix``: a pattern that holds two offsets names each apart."""
    return (
        rf"(?P<{prefix}sign>[+-])(?P<{prefix}hours>\d{{1,2}})(?::?(?P<{prefix}minutes>\d{{2}}))?"
    )


_BRACKETS = r"\s*\([^()]*\)"
#: What a stamp writes after its zone to name it, which ``dateutil`` cannot read: a name
#: in brackets (JavaScript's "GMT+0100 (Central European Standard Time)") or after a
#: numeric offset (Go's "+0000 UTC").
_LABEL = re.compile(rf"(?:(?:(?<=[+-]\d{{4}})|(?<=[+-]\d\d:\d\d))\s[A-Za-z]{{1,5}}|{_BRACKETS})\s*$")
#: A clock time and the zone after it, at the end of the stamp or before a year that ends
#: it (the Unix form); a name in brackets after it (JavaScript's) is read past, and so is
#: a name after a numeric offset (Go's "+0000 UTC", "-0500 EST", RFC 822's "+0100 CET"):
#: the offset says the zone.
_ZONE = re.compile(
    rf"{_CLOCK}\s?(?:(?P<name>[A-Za-z]{{1,5}})\s?(?:{_offset()})?"
    rf"|{_offset('n')}(?:\s[A-Za-z]{{1,5}})?)"
    rf"(?:\s(?:19|20)\d{{2}})?(?:{_BRACKETS})?\s*$"
)
#: The farthest a time zone is from UTC (UTC+14), in minutes.
FARTHEST_MINUTES = 14 * 60


def stamp_zone(value: str | None) -> int | None:
    """Minutes east of UTC that ``value`` writes after its clock time: "Z", "+01:00",
    "-0600", "GMT", "GMT-0500", "UTC+1", "EST", "CET"; None for a stamp without a clock
    time, without a zone, or with a name ``ZONE_MINUTES`` does not hold."""
    match = _ZONE.search(value or "")
    if not match:
        return None
    name = match.group("name")
    if name is None:
        return _minutes(match.group("nsign"), match.group("nhours"), match.group("nminutes"))
    base = ZONE_MINUTES.get(name)
    if base is None or (match.group("sign") and base != 0):
        return None  # an offset is written after UTC's names only ("GMT+0100")
    if not match.group("sign"):
        return base
    offset = _minutes(match.group("sign"), match.group("hours"), match.group("minutes"))
    return None if offset is None else base + offset


def _minutes(sign: str | None, hours: str | None, minutes: str | None) -> int | None:
    if sign is None or hours is None:
        return None
    if int(minutes or 0) >= 60:
        return None  # "+0199" is no offset
    total = int(hours) * 60 + int(minutes or 0)
    return (total if sign == "+" else -total) if total <= FARTHEST_MINUTES else None


def without_label(value: str) -> str:
    """``value`` without the name of its zone written after the zone itself (``_LABEL``):
    "2019-11-20 04:26:00 +0000" for "2019-11-20 04:26:00 +0000 UTC"."""
    return _LABEL.sub("", value)
