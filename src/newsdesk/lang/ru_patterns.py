"""Quotes, figures and dates in Russian, on the natasha parse (newsdesk.lang.ru).

Records have the fields of the English layers (newsdesk.quotes, newsdesk.figures,
newsdesk.timex), so the corpus steps and the faces read them unchanged.

Written here because no library reads Russian attribution: textacy's quotation finder is
English-only and needs a dependency parse. The patterns are the conventions of Russian news
copy: «ёлочки» and „лапки“ quotes, speech introduced or closed by a dash ("— сказал он"),
reported speech ("заявил, что ...", "по словам X", "сообщил X"). Numbers use a comma as the
decimal mark and a (narrow) space between thousands, with scale words (тыс., млн, млрд, трлн).
Dates ("5 января 2022 года") are parsed by dateparser's Russian locale.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import dateparser

from newsdesk.lang.ru import RussianParse

_VERBS = (r"(?:заявил|сказал|сообщил|отметил|подчеркнул|добавил|пояснил|рассказал|"
          r"указал|считает|говорит|написал|объявил)(?:а|и)?")
#: «...», — сказал Х / „...“, — заявил Х : direct speech closed by a dash and a speech verb.
_DIRECT = re.compile(r"[«„](?P<quote>[^«»„“\n]{8,}?)[»“][,.!?]?\s*[—–-]\s*(?P<cue>" + _VERBS + r")"
                     r"(?P<source>[^.,;\n]{0,60})")
#: X заявил, что ... / по словам X, ... / сообщил X ...
_REPORTED = re.compile(r"(?P<source>(?:[А-ЯЁ][\w-]+\s?){1,3})\s(?P<cue>" + _VERBS
                       + r"),?\s+что\s+(?P<quote>[^\n]+?[.!?])(?=\s|$)")
_ACCORDING = re.compile(r"[Пп]о словам (?P<source>(?:[\w-]+\s?){1,4}),\s+(?P<quote>[^\n]+?[.!?])"
                        r"(?=\s|$)")

_SCALES = {"тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "млн": 1e6, "миллион": 1e6,
           "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9,
           "миллиардов": 1e9, "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12,
           "триллионов": 1e12}
_UNITS = {"долл": "USD", "доллар": "USD", "$": "USD", "евро": "EUR", "руб": "RUB",
          "рубл": "RUB", "тенге": "KZT", "юан": "CNY", "%": "percent", "процент": "percent",
          "человек": "people", "км": "km"}
_NUMBER = re.compile(r"(?<![\w,])(?P<number>\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+)"
                     r"(?:,(?P<frac>\d+))?"
                     r"(?:\s?(?P<scale>тыс|млн|млрд|трлн|тысяч[аи]?|миллиард(?:ов|а)?|"
                     r"миллион(?:ов|а)?|триллион(?:ов|а)?)\b\.?)?"
                     r"(?:\s?(?P<unit>%|процент\w*|долл\w*|\$|евро|руб\w*|тенге|юан\w*|"
                     r"человек|км)\.?)?")
_MONTHS = ("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
_DATE = re.compile(r"\b(?P<day>\d{1,2})\s(?P<month>" + _MONTHS + r")"
                   r"(?:\s(?P<year>\d{4})(?:\sг(?:ода|\.)?)?)?"
                   r"|\b(?P<monthonly>(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|"
                   r"октябр|"
                   r"ноябр|декабр)[а-я]*)\s(?P<myear>\d{4})"
                   r"(?:\sг(?:ода|\.)?)?", re.IGNORECASE)


def find_quotes(parsed: RussianParse, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Direct and reported speech with its source resolved to a mention where one stands."""
    text, quotes = parsed.text, []
    for pattern, direct, kind in ((_DIRECT, True, "direct"), (_REPORTED, False, "indirect"),
                                  (_ACCORDING, False, "according_to")):
        for match in pattern.finditer(text):
            quotes.append(_quote(match, mentions, direct=direct, kind=kind))
    return sorted(quotes, key=lambda q: q["start"])


def _quote(match: re.Match[str], mentions: list[dict[str, Any]], *, direct: bool,
           kind: str) -> dict[str, Any]:
    source_start, source_end = match.span("source")
    speaker = _speaker(mentions, source_start, source_end)
    cue = match.groupdict().get("cue")
    return {"text": match["quote"].strip(), "start": match.start("quote"),
            "end": match.end("quote"), "direct": direct, "kind": kind,
            "speaker": speaker["name"] if speaker else None, "nominal": speaker is None,
            "source_start": source_start, "source_end": source_end,
            "entity": speaker["cluster"] if speaker else None,
            "speaker_span": ({"start": speaker["start"], "end": speaker["end"]}
                             if speaker else None),
            "affiliation": None, "role": None, "cue": cue or "по словам",
            "cue_start": match.start("cue") if cue else match.start(),
            "cue_end": match.end("cue") if cue else match.start("source"), "language": "ru"}


def _speaker(mentions: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    inside = [m for m in mentions if m["label"] == "PERSON" and start <= m["start"] < end]
    return inside[0] if inside else None


def find_figures(parsed: RussianParse) -> list[dict[str, Any]]:
    """Numbers with Russian separators, scales and units ("21 млрд долларов" -> 21e9 USD)."""
    figures = []
    for match in _NUMBER.finditer(parsed.text):
        if _inside_date(parsed.text, match):
            continue
        value = _value(match)
        figures.append({"text": match.group().rstrip(" ."), "value": value, "low": value,
                        "high": value, "unit": _unit(match["unit"]), "start": match.start(),
                        "end": match.start() + len(match.group().rstrip(" .")),
                        "context": _sentence(parsed, match.start())})
    return figures


def _value(match: re.Match[str]) -> float:
    number = float(re.sub(r"\D", "", match["number"]) + "." + (match["frac"] or "0"))
    scale = (match["scale"] or "").rstrip(".")
    return number * next((v for k, v in _SCALES.items() if scale.startswith(k) and scale), 1.0)


def _unit(word: str | None) -> str | None:
    if not word:
        return None
    return next((unit for prefix, unit in _UNITS.items() if word.lower().startswith(prefix)), None)


def _inside_date(text: str, match: re.Match[str]) -> bool:
    return any(d.start() <= match.start() < d.end() for d in _DATE.finditer(
        text, max(0, match.start() - 20), min(len(text), match.end() + 30)))


def _sentence(parsed: RussianParse, offset: int) -> str:
    for start, end in parsed.sentences:
        if start <= offset < end:
            return parsed.text[start:end].strip()
    return ""


def find_dates(parsed: RussianParse, *, published: str | None) -> list[dict[str, Any]]:
    """Russian dates resolved to ISO values with their precision ("5 января 2022 года")."""
    reference = _reference(published)
    return [record for match in _DATE.finditer(parsed.text)
            if (record := _date_record(match, reference))]


_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
                "октябр", "ноябр", "декабр")


def _date_record(match: re.Match[str], reference: datetime | None) -> dict[str, Any] | None:
    text = match.group()
    if match["monthonly"]:  # dateparser reads "5 января 2022", not "в январе 2022 года"
        month = next(i for i, stem in enumerate(_MONTH_STEMS, 1)
                     if match["monthonly"].lower().startswith(stem))
        return {"text": text, "value": f"{match['myear']}-{month:02d}", "precision": "month",
                "year_inferred": False, "relative": False, "start": match.start(),
                "end": match.end()}
    settings = {"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": reference} if reference else {}
    parsed = dateparser.parse(text, languages=["ru"], settings=settings or None)
    if parsed is None:
        return None
    has_year = bool(match["year"] or match["myear"])
    precision = "day" if match["day"] else "month"
    value = parsed.date().isoformat()[:10 if precision == "day" else 7]
    if not has_year and not reference:
        value = "--" + value[5:]
    return {"text": text, "value": value, "precision": precision,
            "year_inferred": not has_year, "relative": False, "start": match.start(),
            "end": match.end()}


def _reference(published: str | None) -> datetime | None:
    try:
        return datetime.combine(date.fromisoformat((published or "")[:10]), datetime.min.time())
    except ValueError:
        return None
