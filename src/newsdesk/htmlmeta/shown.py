"""The days a page shows, as a reader sees them: the day written by the headline, in a date
element of the article, or in a short line that says the page changed, each read with the word
before it ("Updated", "Aktualisiert", "Published"), so an update is told from the publication.
Days are found by ``newsdesk.dates.written_days``; no library reads a page's visible dates
with their labels, htmldate only guesses one day. ``newsdesk.htmlmeta.dates`` weighs them
against the page's stamps.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from itertools import pairwise

from htmldate.settings import MIN_DATE

from newsdesk.dates import written_days, written_month_days
from newsdesk.htmlmeta.structured import (
    DATE_MARKS,
    beside_article,
    body_texts,
    element_text,
    is_leafish,
    near_texts,
    off_region,
    squash,
)
from newsdesk.htmlmeta.zones import UTC_NAMES

#: Words that say a day is the page's update, in the languages of
#: ``newsdesk.dates.MONTH_LANGUAGES``.
UPDATE_WORDS = re.compile(
    r"\b(?:updated?|modified|changed|revised|edited|aktualisiert|aktualisierung|geändert|änderung"
    r"|überarbeitet|mise? à jour|modifié|actualisé|actualizado|actualizaci[oó]n|modificado|aggiornat"
    r"|modificat|atualizado|atualização|bijgewerkt"
    r"|gewijzigd|zaktualizowan|zmienion|uppdaterad|opdateret|oppdatert|päivitetty)",
    re.IGNORECASE,
)
#: A word that says the day beside it is the publication ("Dieser Beitrag wurde am Samstag,
#: 3. Dezember 2011 veröffentlicht", "This entry was posted on ..."), in the languages of
#: ``newsdesk.dates.MONTH_LANGUAGES``.
_PUBLISHED = re.compile(
    r"\b(?:published|posted|veröffentlicht|erschienen|publié|publicado|publicada|pubblicat"
    r"|gepubliceerd|geplaatst|opublikowan|publicerad|publiceret|julkaistu|publikován"
    r"|yayınlan)",
    re.IGNORECASE,
)
#: How far from a publication word its day may be written.
_SAID_CHARS = 80
_DATE_ELEMENTS = "//body//*[{}]".format(
    " or ".join(
        f'contains(translate(@{name}, "DTMP", "dtmp"), "{mark}")'
        for name in ("class", "id", "itemprop")
        for mark in DATE_MARKS
    )
)
#: Most words of a line that stamps the article ("Written: 2023-11-07 15:03 | By ...").
STAMP_WORDS = 12
#: How far into a paragraph its dateline may reach.
_DATELINE_CHARS = 40
#: A clock time as a stamp line writes it ("9:24 pm", "23:06", "8:19 PM", "10:31 a.m.").
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?!\d)(?::[0-5]\d)?(?:\s?([ap])\.?\s?m\b\.?)?",
                    re.IGNORECASE)
#: A clock time written in UTC (``zones.UTC_NAMES``): the page's own zone is not said. "UT"
#: is left out: on a printed line it is as often Utah or a university ("8:19 PM | UT News").
_UTC_SHOWN = re.compile(
    rf"^\W*(?:{'|'.join(name for name in UTC_NAMES if name != 'UT')})\b(?!\s?[+-]\d)"
)
#: htmldate's earliest date: no web page is dated before it.
WEB_BEGAN = MIN_DATE.date().isoformat()


def headline_date(tree, *, title: str | None = None, updated: bool = False) -> str | None:
    """The day written just after the page's headline, or else just before it ("Datum:
    18.10.2021", "Written: 2023-11-07 15:03", "02.02.2022 10:16 Uhr - Bundesliga"); a date
    that follows a word for a change ("Updated", "Aktualisiert") is not the publication.
    When the ``<h1>`` the title names has no date beside it (a logo's ``<h1>`` that repeats
    a short site title), the longest ``<h1>`` is tried next, then an ``<h2>``/``<h3>`` that
    holds the title. With ``updated``, the first day that follows a word for a change."""
    for headline in headlines(tree, title=title) + _subheads(tree, title=title):
        if day := _date_beside(headline, updated=updated):
            return day
    return None


def _subheads(tree, *, title: str | None) -> list:
    """The first ``<h2>``/``<h3>`` that holds most of the title, where the ``<h1>`` names a
    section ("OutdoorNews | Eintrag") and the article's own headline is a level lower."""
    wanted = squash(title or "")
    for heading in tree.iter("h2", "h3"):
        text = squash(element_text(heading) or "")
        if text and text in wanted and 2 * len(text) >= len(wanted) and not off_region(heading):
            return [heading]
    return []


def _date_beside(headline, *, updated: bool = False) -> str | None:
    """The first day in the texts just inside, after or above the headline; a text of a
    block of other articles or of comments (a related or trending list, ``beside_article``)
    stands in its place but says no day: its day is another article's or a reader's."""
    for axis in ("descendant", "following", "preceding"):
        texts = ["" if beside_article(text) else " ".join(str(text).split())
                 for text in near_texts(headline, axis=axis)]
        if axis == "preceding":  # the nearest short lines above the headline
            texts = [text for text in texts[:2] if len(text.split()) <= STAMP_WORDS]
        if day := first_day([stamp_part(text) for text in texts], updated=updated):
            return day
    return None


def shown_instants(tree, *, title: str | None = None) -> list[tuple[int | None, int, int, int, int]]:
    """The days and clock times written on the short lines just after the headline (or the
    two just above it), as ``(year, month, day, hour, minute)``, ``year`` None where the line
    writes none ("Posted Nov 18, 8:19 PM"); a clock time may stand alone on the line after
    its day. Lines past a long one are read too (a standfirst stands between the headline
    and the byline): only a time that is a stamp's instant is taken from them. A line that
    says the page changed, or one after such a label, is no publication; a time written in
    UTC or GMT is no time of the page's own zone."""
    found = []
    for headline in headlines(tree, title=title):
        following = [" ".join(str(text).split()) for text in near_texts(headline)]
        preceding = [" ".join(str(text).split()) for text in near_texts(headline, axis="preceding")]
        for label, line, after in zip(["", *following], following, [*following[1:], ""]):
            label = "" if _any_day(label) else label
            if len(line.split()) <= STAMP_WORDS and not UPDATE_WORDS.search(f"{label} {line}"):
                found += _instants(line, after)
        for line in preceding[:2]:
            if len(line.split()) <= STAMP_WORDS and not UPDATE_WORDS.search(line):
                found += _instants(line, "")
    return found


def _instants(line: str, after: str) -> list[tuple[int | None, int, int, int, int]]:
    """The day and clock time a stamp line writes (the clock maybe on the line ``after``)."""
    source = line if _CLOCK.search(line) or len(after.split()) > 3 or _any_day(after) else after
    clock = _CLOCK.search(source)
    if clock is None or _UTC_SHOWN.search(source[clock.end() :]):
        return []
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if (noon := (clock.group(3) or "").casefold()) and not 1 <= hour <= 12:
        return []
    hour = hour % 12 + (12 if noon == "p" else 0) if noon else hour
    days = [(int(day[:4]), int(day[5:7]), int(day[8:])) for _, _, day in written_days(line)]
    days += [(None, month, day) for month, day in written_month_days(line)]
    return [(*day, hour, minute) for day in days[:1]]


def _any_day(text: str) -> bool:
    return any(written_days(text)) or any(written_month_days(text))


def labelled_date(tree, *, updated: bool = False) -> str | None:
    """The first day written in an element of the article region whose class, id or
    ``itemprop`` names a date or the post's details ("date", "datum", "fecha", "posted",
    "postmetadata", "entry-meta"), unless an update word comes before it, inside the
    element or in the short label just before it ("Updated" | "11:21 pm CST, November 19,
    2019") (with ``updated``, only such a day)."""
    for element, text in _article_date_texts(tree):
        label = label_before(element)
        if day := first_day([stamp_part(text, said=True)], updated=updated, before=label):
            return day
    return None


def labelled_month_day(tree) -> tuple[int, int] | None:
    """The first day written without its year, as ``(month, day)``, in a date element of
    the article region that writes no whole day ("[06月24日 11時30分]", "Posted Nov 18"),
    unless an update word comes before it there or in the label just before the element."""
    for element, text in _article_date_texts(tree):
        if any(written_days(text)) or _says_changed(f"{label_before(element)} {text}"):
            continue
        if found := next(written_month_days(text), None):
            return found
    return None


def _article_date_texts(tree) -> Iterator[tuple]:
    """Each date element of the article region that holds no block of its own, with its
    text, whitespace made single spaces."""
    for element in _date_elements(tree):
        if not off_region(element) and is_leafish(element):
            yield element, " ".join(" ".join(element.itertext()).split())


_LAST_PAGE = threading.local()


def _date_elements(tree) -> list:
    """The elements of ``_DATE_ELEMENTS``, found once per page (the XPath is most of what
    reading them costs; each thread keeps its last page's, as the class index of
    ``newsdesk.htmlmeta.structured`` does: a page is read, never changed, while it is
    dated; ``without_assets`` changes a copy)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree.getroottree().getroot()
    if getattr(_LAST_PAGE, "root", None) is not root:
        _LAST_PAGE.root, _LAST_PAGE.elements = root, tree.xpath(_DATE_ELEMENTS)
    return _LAST_PAGE.elements


def label_before(element) -> str:
    """The short text just before an element, where a page writes the label of the date
    the element holds ("Updated", "Published:")."""
    for text in element.xpath("preceding::text()[normalize-space()][1]"):
        if text.getparent().tag not in ("script", "style"):
            line = " ".join(str(text).split())
            return line if len(line.split()) <= STAMP_WORDS else ""
    return ""


def update_line(tree) -> str | None:
    """The day of a short line of the article region that says the page changed ("Letzte
    Änderung: 14.01.2022 um 09:25", its label and its day in two elements). Only a line
    with an update word is placed in the page, so the region is asked about few lines."""
    texts = body_texts(tree)
    for text, after in pairwise([*texts, ""]):
        line, next_line = " ".join(text.split()), " ".join(after.split())
        if len(line.split()) > STAMP_WORDS or not UPDATE_WORDS.search(line):
            continue
        next_line = next_line if len(next_line.split()) <= STAMP_WORDS else ""
        if off_region(text.getparent()):
            continue
        if day := first_day([line, next_line], updated=True):
            return day
    return None


def stamp_part(text: str, *, said: bool = False) -> str:
    """The part of a text that can stamp the article: a short line whole, a paragraph only
    its dateline ("Karlsruhe, (12.11.2021). Traditionell ..."); a date further into a
    sentence is one the article speaks of ("vom 9.1. bis 10.2.2023"). With ``said`` (a date
    element's text), the words around a publication word count too ("Dieser Beitrag wurde
    am Samstag, 3. Dezember 2011 um 10:12 Uhr veröffentlicht und unter ... gespeichert")."""
    if len(text.split()) <= STAMP_WORDS:
        return text
    if said and (word := _PUBLISHED.search(text)):
        return text[max(0, word.start() - _SAID_CHARS) : word.end() + _SAID_CHARS]
    return text[:_DATELINE_CHARS]


def headlines(tree, *, title: str | None) -> list:
    """The ``<h1>`` that the title names, then the longest (a logo's ``<h1>`` is short)."""
    headings = [h1 for h1 in tree.iter("h1") if not off_region(h1) and element_text(h1)]
    wanted = squash(title or "")
    named = [h1 for h1 in headings if wanted and squash(element_text(h1)) in wanted][:1]
    longest = [max(headings, key=lambda h1: len(element_text(h1)))] if headings else []
    return list(dict.fromkeys(named + longest))


def first_day(texts: list[str], *, updated: bool = False, before: str = "") -> str | None:
    """The first day written in ``texts`` that no update word comes before (with
    ``updated``, that one comes before): the words since the previous day count, so
    "Updated 14 Jan 2022 | Published 12 Jan 2022" is the 12th; a text's first day also
    looks back at the end of the text before it. A day before the web's first years
    (htmldate's earliest date) is no page's publication ("28.09.1912 12:44"; "28.09.19"
    run into "12:44" is 2019, see ``newsdesk.dates``). ``before`` is the text just before
    the first (a label)."""
    for previous, text in zip([before, *texts], texts):
        lead, end = _after_last_day(previous), 0
        for start, stop, day in written_days(text):
            if _says_changed(f"{lead} {text[end:start]}") == updated and day >= WEB_BEGAN:
                return day
            lead, end = "", stop
    return None


def _says_changed(words: str) -> bool:
    """An update word in the words before a day, unless a publication word follows it: the
    day's own label wins over an earlier line's ("Updated 3 hours ago" | "Published: ...")."""
    published = [match.end() for match in _PUBLISHED.finditer(words)]
    return bool(UPDATE_WORDS.search(words[published[-1] :] if published else words))


def _after_last_day(text: str) -> str:
    ends = [end for _, end, _ in written_days(text)]
    return text[ends[-1] :] if ends else text
