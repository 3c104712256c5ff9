"""Day and month names read in English whatever the machine's ``LC_TIME``.

``calendar.month_name`` and ``calendar.day_name`` follow the process's time locale: under a
German one they are ``Januar`` and ``Montag``. The date readers and the quotes' ``on Monday``
cut read English text, so their names are written out once (``timex.MONTH_NAMES``,
``DAY_NAMES``). Each case runs in a fresh interpreter that sets a non-English ``LC_TIME``
before newsdesk is imported (or, where the machine has none installed, gives ``calendar``
German names, which is what such a locale does to it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Run before newsdesk is imported: a non-English time locale, or calendar's names in German.
_GERMAN_TIME = """
import calendar, locale
for name in ("de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", "es_ES.UTF-8"):
    try:
        locale.setlocale(locale.LC_TIME, name)
        break
    except locale.Error:
        pass
else:
    calendar.month_name = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                           "August", "September", "Oktober", "November", "Dezember"]
    calendar.month_abbr = ["", "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep",
                           "Okt", "Nov", "Dez"]
    calendar.day_name = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
                         "Samstag", "Sonntag"]
assert calendar.month_name[1] != "January" and calendar.day_name[0] != "Monday"
"""


#: Dates and names read under the other locale, and what each should read as in English.
DATES = [
    ("January 5, 2022", "2022-01-05"),
    ("Sept. 30, 2021", "2021-09-30"),
    ("5 Dec 2020", "2020-12-05"),
    ("March 2019", "2019-03"),
    ("May 7", "--05-07"),
    ("Januar 5, 2022", "2022"),  # a German month is no month of an English text
]
NAMES = [
    ("Harbor University on Monday", "Harbor University"),
    ("the Harbor Council on Sept. 12", "Harbor Council"),
    ("Council on May Street Reform", "Council on May Street Reform"),
    ("Harbor Institut on Montag", "Harbor Institut on Montag"),  # no English day
]
_READ = f"""
import json
from newsdesk.quotes.description import clean_org
from newsdesk.timex import resolve_absolute
dates = {{text: (resolve_absolute(text) or {{}}).get("value") for text, _ in {DATES!r}}}
names = {{org: clean_org(org) for org, _ in {NAMES!r}}}
print(json.dumps({{"dates": dates, "names": names}}))
"""


@pytest.fixture(scope="module")
def read_under_german_time() -> dict[str, dict[str, str | None]]:
    """What the date reader and the name cleaner give for ``DATES`` and ``NAMES`` in a fresh
    interpreter started under ``_GERMAN_TIME``."""
    paths = [str(SRC), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in paths if path)}
    done = subprocess.run([sys.executable, "-c", _GERMAN_TIME + _READ], capture_output=True,
                          text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("text", "value"), DATES)
def test_months_are_read_in_english_under_another_time_locale(
    read_under_german_time: dict[str, dict[str, str | None]], text: str, value: str
) -> None:
    assert read_under_german_time["dates"][text] == value


@pytest.mark.parametrize(("org", "cleaned"), NAMES)
def test_the_day_after_on_is_cut_from_a_name_under_another_time_locale(
    read_under_german_time: dict[str, dict[str, str | None]], org: str, cleaned: str
) -> None:
    assert read_under_german_time["names"][org] == cleaned


def test_the_names_are_written_once_in_english() -> None:
    from newsdesk.timeline import spoken_date
    from newsdesk.timex import DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_WORDS

    assert MONTH_NAMES[0] == "January" and MONTH_NAMES[-1] == "December" and len(MONTH_NAMES) == 12
    assert MONTH_ABBREVIATIONS[8] == "Sep" and DAY_NAMES == (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert {"january", "jan", "sept", "sep", "may"} <= MONTH_WORDS and len(MONTH_WORDS) == 24
    assert spoken_date("2022-01-05") == "on 5 January 2022"
