"""Calendar days written in text, in the languages ``newsdesk.dates.MONTH_LANGUAGES`` names.

Each line below is written the way a news page's date line writes it; the negatives are
months without a day, years alone, impossible days, two-digit years after a month name or
in a run of dotted numbers, a run of dashed numbers longer than a day.
"""

from __future__ import annotations

import pytest

from newsdesk.dates import month_numbers, written_days, written_month_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("14 gennaio 2020", ["2020-01-14"]),
        ("Veröffentlicht am 1. Februar 2022 um 10:00 Uhr", ["2022-02-01"]),
        ("Publicado el 6 de mayo de 2022", ["2022-05-06"]),
        ("June 13, 2019 at 5:30 pm", ["2019-06-13"]),
        ("Updated Mar 12th, 2020", ["2020-03-12"]),
        ("30 septembre 2018", ["2018-09-30"]),
        ("26 janv. 2022", ["2022-01-26"]),
        ("3 de março de 2021", ["2021-03-03"]),
        ("12 listopada 2021", ["2021-11-12"]),
        ("2019年6月24日", ["2019-06-24"]),
        ("26.01.2022 | 2022-01-25", ["2022-01-26", "2022-01-25"]),
        ("Posted 2020/03/12 in News", ["2020-03-12"]),
        ("2020/03-12", []),
        ("Samstag, 3. Dezember 2011 um 12:00 Uhr", ["2011-12-03"]),
        ("Januar 2022", []),
        ("May 2020", []),
        ("in 2020 we", []),
        ("31.02.2022", []),
        ("30 février 2021", []),
        ("14 Gennaio 20", []),
        ("Mayor 12, 2020", []),
        ("mardi 10.12.19", ["2019-12-10"]),
        ("28.09.19 12:44", ["2019-09-28"]),
        ("macbacchi28.09.1912:44", ["2019-09-28"]),
        ("am 01.02.03.", ["2003-02-01"]),
        # the century's edge, as POSIX reads %y: 00-68 are of the 2000s, 69-99 of the 1900s
        ("01.01.00", ["2000-01-01"]),
        ("31.12.68", ["2068-12-31"]),
        ("01.01.69", ["1969-01-01"]),
        ("31.12.99", ["1999-12-31"]),
        ("28.09.1912", ["1912-09-28"]),
        ("Version 1.10.12.19", []),
        ("10.12.195", []),
        ("28.09.19.5", []),
        ("31.02.19", []),
        ("12.13.19", []),
        ("1.2.19", []),
        ("Data: 28-04-2021, 09:29", ["2021-04-28"]),
        ("05-06-2021", ["2021-06-05"]),
        ("04-28-2021", ["2021-04-28"]),
        ("31-02-2021", []),
        ("030-12-10-2021", []),
        ("12-04-20215", []),
    ],
)
def test_written_days(text: str, days: list[str]) -> None:
    assert [day for _, _, day in written_days(text)] == days


def test_written_days_give_offsets() -> None:
    text = "Aktualisiert: 2022-01-27, erschienen am 26. Januar 2022"
    assert list(written_days(text)) == [(14, 24, "2022-01-27"), (40, 55, "2022-01-26")]


def test_month_names_from_several_languages() -> None:
    numbers = month_numbers()
    assert (numbers["märz"], numbers["mayo"], numbers["décembre"], numbers["dezembro"]) == (
        3, 5, 12, 12
    )
    assert "de" not in numbers and "mai" in numbers


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Posted Nov 18, 8:19 PM", [(11, 18)]),
        ("18. November, 9:00", [(11, 18)]),
        ("November 18th at 5", [(11, 18)]),
        ("Nov 18, 2019 at 9:24 pm", []),
        ("May 2019", []),
        ("Updated 0339 GMT (1139 HKT)", []),
    ],
)
def test_written_month_days(text: str, days: list[tuple[int, int]]) -> None:
    assert list(written_month_days(text)) == days
