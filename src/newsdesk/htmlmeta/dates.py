"""Publication date of a page: structured stamps first, then the day written next to the headline,
in a date element of the article or in the dateline that opens the main text (days written in
several languages are found by ``newsdesk.dates.written_days``), trafilatura's date, and htmldate
(on a copy without images, media, scripts but its JSON data, and link addresses, so a date is
never read from an image or asset URL nor from the address of another page).
A page is dated by what it shows, in its own time zone: a shown day that a stamp names wins
over the other stamps (a UTC stamp's day before or after too), also when all the page shows is
its update ("Updated Mar 12, 2020"), unless the URL path names the publication stamp's day
(a path is kept through the updates); a year found alone is no day.
"""

from __future__ import annotations

import logging
import re
from contextlib import suppress
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from urllib.parse import urlsplit

from dateutil import parser as dateutil_parser
from htmldate import find_date

from newsdesk.dates import written_days
from newsdesk.htmlmeta.shown import (
    STAMP_WORDS,
    UPDATE_WORDS,
    WEB_BEGAN,
    first_day,
    headline_date,
    headlines,
    label_before,
    labelled_date,
    labelled_month_day,
    shown_instants,
    stamp_part,
    update_line,
)
from newsdesk.htmlmeta.structured import (
    PageMetadata,
    Structured,
    element_text,
    first_ld,
    first_meta,
    near_texts,
    off_region,
)
from newsdesk.htmlmeta.zones import FARTHEST_MINUTES, stamp_zone, without_label

log = logging.getLogger(__name__)

_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/")
_URL_RUN = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[-_]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?![\d.])"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}-\d{2}")
_DAY = re.compile(r"((?:19|20)\d{2})-?(\d{2})-?(\d{2})")
_ASSETS = (
    "//img | //picture | //video | //audio | //source | //figure//a | //noscript"
    ' | //script[not(contains(@type, "ld+json") or contains(@type, "settings+json"))]'
    ' | //link[@rel="image_src" or @rel="preload" or @rel="stylesheet"]'
    ' | //meta[contains(@property, "image") or contains(@name, "image")]'
)
#: Lines of the main text read for its dateline.
_OPENING_LINES = 3
_DOTTED_DAY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)")
#: 1 January written with numbers and slashes, dots or dashes ("01/01/2021", "1-1-2021"): the
#: day and the month read the same in either order, where ``written_days`` reads no slashed day.
_NEW_YEAR = re.compile(r"(?<![\d/.-])0?1([/.-])0?1\1((?:19|20)\d{2})(?!\d)")
#: The days of a clock's zero, an empty stamp: Unix time's in the zones of the world (1
#: January 1970, 31 December 1969 west of Greenwich), and 1 January 1900 (SQL Server's and
#: spreadsheets' first day).
_EMPTY_CLOCK = frozenset({"1969-12-31", "1970-01-01", "1900-01-01"})
_TIME = re.compile(r"\d{1,2}:\d{2}")
#: Two defaults for ``dateutil``'s parser that differ in year, month and day (``_parsed_day``),
#: their days two weeks apart: a weekday read without its day moves each default forward to
#: that weekday, and from days one week or less apart the two would often meet on one day.
_PARSE_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 15))
#: A URL day this many days before every stamp is the publication day.
_RESAVED_DAYS = 31
#: A microdata property that names a change, not the publication: schema.org's
#: ``dateModified`` and the ``dateUpdated`` some themes write.
_CHANGE_PROPERTY = re.compile(r"modif|updat", re.IGNORECASE)
DATE_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "citation_publication_date",
    "article.published",
    "og:article:published_time",
    "published_time",
    # publication keys of analytics and CMS tags, as htmldate lists them (``DATE_ATTRIBUTES``;
    # not its keys of a record's creation, "created", "datecreated", which a CMS also writes
    # for a recipe or a product first entered years before the page, nor a page's generation
    # time, "gentime", "timestamp", nor a video's release)
    "article:post_date",
    "article:published_date",
    "article:publicationdate",
    "og:publish_date",
    "og:pubdate",
    "og:datepublished",
    "publication_date",
    "published_date",
    "published-date",
    "publisheddate",
    "date_published",
    "dateposted",
    "originalpublicationdate",
    "dc.date.publication",
    "dcsext.articlefirstpublished",
    "rnews:datepublished",
    "cxenseparse:publishtime",
    "cxenseparse:recs:publishtime",
    "analyticsattributes.articledate",
    "article_date_original",
    "bt:pubdate",
    "citation_date",
    "displaydate",
    "doc_date",
    "mediator_published_time",
    "og:article:published",
    "og:question:published_time",
    "og:regdate",
    "pdate",
    "ptime",
    "publish_time",
    "rbpubdate",
    "shareaholic:article_published_time",
    "twt-published-at",
    "vr:published_time",
)
#: Keys of the last change, with the modified keys htmldate lists (``PROPERTY_MODIFIED``,
#: ``NAME_MODIFIED``, ``ITEMPROP_ATTRS_MODIFIED``) but ``release_date``, which is a
#: publication as often as a change.
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "article:modified",
    "article:modified_date",
    "article:post_modified",
    "bt:moddate",
    "dc.modified",
    "modified_time",
    "modificationdate",
    "og:article:modified_time",
    "og:modified_time",
    "updated_time",
    "revision_date",
    "lastmod",
    "lastmodified",
    "last-modified",
    "modified",
    "utime",
    "lastdate",
    "dateupdate",
)
#: ``<meta>`` dates that do not say which date they are: a CMS often writes the day the page
#: last changed there, so they give way to a date the article shows (``<time>``, a line by
#: the headline) and only vote beside other stamps.
GENERIC_DATE_META = ("date", "dc.date", "dcterms.date", "dc:date")


def choose_date(
    tree,
    data: Structured,
    *,
    url: str | None,
    fallback: str | None,
    page: PageMetadata,
    opening: tuple[str, ...] = (),
) -> str | None:
    """The publication day: the structured stamps when they agree; when they disagree, the
    day that the URL path, htmldate and trafilatura support most; the URL day when the
    stamps are over a month later (a page saved again long after it went out); the day shown
    by the headline when the markup stamps it too (see ``_shown_stamp``)."""
    stamps = [
        ("json-ld datePublished", Stamp.read(first_ld(data.ld, "datePublished"))),
        ("meta date", Stamp.read(first_meta(data.meta, DATE_META))),
        ("itemprop/time", Stamp.read(article_time(tree, title=page.title))),
        ("json-ld dateCreated", Stamp.read(first_ld(data.ld, "dateCreated"))),
    ]
    stamps = [(source, stamp) for source, stamp in stamps if stamp.names_day]
    generic = Stamp.read(first_meta(data.meta, GENERIC_DATE_META))
    generic = generic if generic.names_day else None
    if generic and stamps and stamps[0][0] != "itemprop/time":
        stamps.append(("meta date", generic))  # a vote beside stamps that say less
    in_url = url_date(url)
    shown = ShownDays(tree, title=page.title)
    modified = _modified_stamps(data)
    if not stamps:
        return _date_from_text(
            tree,
            data,
            url=url,
            in_url=in_url,
            shown=shown,
            generic=generic,
            modified=modified,
            opening=opening,
            page=page,
        )
    others = [stamp for _, stamp in stamps] + [Stamp.read(in_url)]
    days = [_local_day(stamp, others, shown=shown) for _, stamp in stamps]
    if in_url and _days_between(in_url, days[0]) > _RESAVED_DAYS:
        page.found["published"] = "url"
        return in_url
    chosen = days[0]
    if len(set(days)) > 1:
        support = [in_url, fallback, _htmldate(without_assets(tree), url=url, extensive=False)]
        chosen = _by_support(days, [as_day(value) for value in support if value])[0]
    page.found["published"] = stamps[days.index(chosen)][0]
    return _shown_stamp(
        chosen=chosen, stamps=stamps, modified=modified, shown=shown, page=page, in_url=in_url
    )


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date stamp of the page, read once: the text as the page writes it, its day
    (``as_day``), its clock time without the zone to the minute, midnight too (``_wall_time``),
    and its zone in minutes east of UTC (``zones.stamp_zone``; None when it writes none)."""

    value: str
    day: str | None
    wall: datetime | None
    zone: int | None

    @classmethod
    def read(cls, value: str | None) -> Stamp:
        value = value or ""
        return cls(value, as_day(value), _wall_time(value, midnight=True), stamp_zone(value))

    @property
    def names_day(self) -> bool:
        """Whether the stamp names a day: not the zero of a clock, which a CMS writes for a
        date it does not have (``"datePublished": "1970-01-01T01:00:00+01:00"`` above "Data:
        28-04-2021"; ``_EMPTY_CLOCK``)."""
        return bool(self.day) and self.day not in _EMPTY_CLOCK

    @property
    def in_utc(self) -> bool:
        """Whether the stamp is written in UTC ("Z", "+00:00", "GMT", "UTC", "GMT+0000")."""
        return self.zone == 0

    @property
    def in_other_zone(self) -> bool:
        """Whether the stamp writes a zone other than UTC, the page's own ("-05:00", "EST")."""
        return self.zone not in (None, 0)

    def clock(self, *, midnight: bool = False) -> datetime | None:
        """The stamp's clock time without its zone; None at midnight unless ``midnight``: a
        stamp at midnight is most often a day written as a time."""
        wall = self.wall
        return wall if wall and (midnight or (wall.hour, wall.minute) != (0, 0)) else None


class ShownDays:
    """The days a page shows, each read from its tree once and only when asked for: by the
    headline, in a date element, and the update it shows when it shows no other day."""

    def __init__(self, tree, *, title: str | None) -> None:
        self.tree = tree
        self.title = title

    @cached_property
    def headline(self) -> str | None:
        return headline_date(self.tree, title=self.title)

    @cached_property
    def labelled(self) -> str | None:
        return labelled_date(self.tree)

    @cached_property
    def instants(self) -> list[tuple[int | None, int, int, int, int]]:
        """The days and clock times shown by the headline (``shown_instants``)."""
        return shown_instants(self.tree, title=self.title)

    @cached_property
    def update(self) -> str | None:
        """The day the page shows as its update, by the headline or in a date element,
        when it shows no other day ("Updated Mar 12, 2020", "Last updated on 20 Feb, 2020")."""
        if self.headline or self.labelled:
            return None
        updated = headline_date(self.tree, title=self.title, updated=True)
        return updated or labelled_date(self.tree, updated=True)

    @cached_property
    def marked_updates(self) -> set[str]:
        """The days of the article's visible elements that microdata marks as the page's
        change (``itemprop="dateModified"``, "dateUpdated"; ``_marks_change``)."""
        days = set()
        for element in self.tree.xpath("//body//*[@itemprop][not(self::meta)]"):
            if _marks_change(element) and not off_region(element):
                value = element.get("datetime") or element.get("content") or element_text(element)
                days.add(as_day(value))
        return days - {None}

    @cached_property
    def update_anywhere(self) -> str | None:
        """The update the page shows when it shows no other day, also in a short line
        outside its date elements ("Letzte Änderung:" and its day in two elements)."""
        if self.headline or self.labelled:
            return None
        return self.update or update_line(self.tree)


def _shown_stamp(
    *,
    chosen: str,
    stamps: list[tuple[str, Stamp]],
    modified: list[Stamp],
    shown: ShownDays,
    page: PageMetadata,
    in_url: str | None = None,
):
    """The day the page shows by its headline when the markup stamps that day too and it is
    not the chosen one: a later modified stamp (the page shows its update) or a published
    stamp in another time zone. Readers and archives date a page by what it shows, also
    when all it shows is its update ("Updated Mar 12, 2020" under the byline). A stamp
    written in UTC does not say the page's own zone: when no stamp names another zone, the
    day the headline shows one day off it is that stamp's day where the page is ("11:26 pm
    EST, Tuesday, November 19" under ``2019-11-20T04:26Z``). The same holds for the day
    the headline shows with a publication stamp's time in another zone (``_instant_day``),
    whatever zone the stamp writes. A shown update gives way to the publication stamp
    whose day the URL path names too (``_first_day_kept``)."""
    if (day := _instant_day([stamp for _, stamp in stamps], shown.instants)) and day != chosen:
        page.found["published"] = "line by the headline, the stamp's time"
        return day
    day = shown.headline or (None if _first_day_kept(chosen, in_url) else shown.update)
    if not day or day == chosen or _marked_update(day, stamps, shown=shown):
        return chosen
    marked = [stamp for _, stamp in stamps]
    marked += [stamp for stamp in modified if (stamp.day or "") > chosen]
    stamped = {stamp.day for stamp in marked} | {_utc_day(stamp) for stamp in marked}
    if all(stamp.in_utc for _, stamp in stamps):
        stamped |= _zone_stamped(day, [stamp for _, stamp in stamps], modified, shown=shown)
    if day in stamped:
        page.found["published"] = "line by the headline, stamped"
        return day
    return chosen


def _marked_update(day: str, stamps: list, *, shown: ShownDays) -> bool:
    """Whether the day shown by the headline is one the markup marks as the page's change
    and no publication stamp names: microdata says what the shown ``<time
    itemprop="dateUpdated">`` is, so the page shows its update beside an earlier
    publication stamp, and by the written rules the update is no answer then."""
    published = {stamp.day for _, stamp in stamps}
    return day in shown.marked_updates and day not in published


def _marks_change(element) -> bool:
    """Whether an element's microdata ``itemprop`` names a change (``_CHANGE_PROPERTY``) and
    not the publication: an element whose ``itemprop`` lists both (``itemprop="datePublished
    dateModified"``, an article never changed since it went out) stamps the publication."""
    names = (element.get("itemprop") or "").split()
    return "datePublished" not in names and any(_CHANGE_PROPERTY.search(name) for name in names)


def _first_day_kept(chosen: str, in_url: str | None) -> bool:
    """Whether the URL path names the chosen publication stamp's day: a path is written
    when the article first goes out and kept through its updates, so the page is dated by
    its publication, not by the update it shows ("Updated Nov 13, 2019" on a
    ``/2019/11/8/`` page stamped ``datePublished`` 8 November). By the written rules an
    update is the answer only when it is all the page gives."""
    return in_url is not None and in_url == chosen


def _instant_day(stamps: list[Stamp], instants: list) -> str | None:
    """The day shown by the headline when its clock time is the time of a publication stamp
    in ``stamps`` in another zone (the same minute, up to 14 hours away by a whole quarter
    hour) and falls on another day: the page shows the stamp's instant where it is ("Nov 18,
    2019 at 9:24 pm ET" for ``2019-11-19 02:24:00``, a UTC time written without a zone;
    "Nov 19, 2019, 10:31 pm CST" for ``2019-11-20T04:31:13-06:00``, a UTC time written with
    the page's offset; "Posted Nov 18, 8:19 PM", the year the stamp's). A stamp without a
    time says no instant; one at midnight says one only in UTC and only when the headline
    shows its time ("Nov. 19, 2019 at 7:00 PM EST" for ``2019-11-20T00:00:00Z``): else it
    is a day written as a time (``_wall_time``)."""
    walls = (stamp.clock(midnight=stamp.in_utc) for stamp in stamps)
    for wall in filter(None, walls):
        for year, month, day, hour, minute in instants:
            for guess in [year] if year else [wall.year, wall.year - 1, wall.year + 1]:
                try:
                    shown = datetime(guess, month, day, hour, minute)
                except ValueError:
                    continue
                minutes = (shown - wall).total_seconds() / 60
                if shown.date() != wall.date() and abs(minutes) <= FARTHEST_MINUTES and minutes % 15 == 0:
                    return shown.date().isoformat()
    return None


def _wall_time(value: str, *, midnight: bool = False) -> datetime | None:
    """The clock time a stamp writes, without its zone, to the minute; None when it writes
    no time, or midnight unless ``midnight``. A zone's name after its zone, in brackets as
    JavaScript writes one ("GMT+0100 (Central European Standard Time)") or after an offset
    as Go does ("+0000 UTC"), is read past (``zones.without_label``)."""
    if not _TIME.search(value):
        return None
    try:
        wall = dateutil_parser.parse(without_label(value), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    wall = wall.replace(second=0, microsecond=0)
    return wall if midnight or (wall.hour, wall.minute) != (0, 0) else None


def _zone_stamped(
    day: str, stamps: list[Stamp], modified: list[Stamp], *, shown: ShownDays
) -> set:
    """The days the UTC publication ``stamps`` may be where the page is, as the day
    shown by the headline tells. A shown update tells it only when a UTC modified stamp
    names it in some zone too ("Updated" | "11:21 pm CST, Tuesday, November 19" over
    ``2019-11-20T05:21Z``), and only the day before: an update is never before the
    publication, one the day after may be a later change."""
    if day == shown.headline:
        return {near for stamp in stamps for near in _zone_days(stamp)}
    modified = [stamp for stamp in modified if stamp.in_utc]
    if day not in {near for stamp in modified for near in _zone_days(stamp, later=False)}:
        return set()
    return {near for stamp in stamps for near in _zone_days(stamp, later=False)}


def _zone_days(stamp: Stamp, *, later: bool = True) -> tuple[str, ...]:
    """The days a UTC stamp may be in the page's own time zone: the day before when some zone
    (down to UTC−12) is still on it at that hour, the day after when some zone (up to UTC+14)
    has reached it (unless not ``later``: a shown update the day before a UTC publication
    stamp is that stamp's own day where the page is, one the day after may be a later
    change). A stamp without a clock time, or at midnight, is a day written as a time
    (``Stamp.clock``; "2019-11-20T00:00:00Z" for the 20th): no instant, so no zone's day
    but its own."""
    day, wall = stamp.day, stamp.clock()  # ISO and RFC 822 ("Wed, 20 Nov 2019 04:26 GMT")
    if not day or wall is None:
        return ()
    steps = [
        step
        for step, possible in ((-1, wall.hour < 12), (1, wall.hour >= 10))
        if possible and (later or step < 0)
    ]
    return tuple((date.fromisoformat(day) + timedelta(days=step)).isoformat() for step in steps)


def _modified_stamps(data: Structured) -> list[Stamp]:
    """The page's stamps of its last change: JSON-LD ``dateModified`` and ``MODIFIED_META``."""
    values = [first_ld(data.ld, "dateModified")] + [data.meta.get(key) for key in MODIFIED_META]
    return [Stamp.read(value) for value in values if value]


def updated_day(tree, *, title: str | None = None) -> str | None:
    """The day the page shows as its update when it shows no other day (``ShownDays.update``)."""
    return ShownDays(tree, title=title).update


def _utc_day(stamp: Stamp) -> str | None:
    """The UTC day of a stamp that writes its zone (``zones.stamp_zone``: "-05:00", "EST",
    "GMT-0500") and a clock time; None for a stamp at midnight, a day written as a time
    ("2019-11-20T00:00:00+01:00" is the 20th, not 23:00 on the 19th in UTC). The day is
    ``as_day``'s, in its day order ("05.11.2019 14:26 MEZ": 5 November), moved by the days
    the zone moves the clock time."""
    wall, day = stamp.clock(), stamp.day
    if wall is None or stamp.zone is None or day is None:
        return None
    instant = wall - timedelta(minutes=stamp.zone)
    return (date.fromisoformat(day) + (instant.date() - wall.date())).isoformat()


def _by_support(days: list[str], support: list[str | None]) -> list[str]:
    """Days ordered by how many stamps and other sources name them; ties keep page order."""
    votes = {day: days.count(day) + support.count(day) for day in days}
    return sorted(days, key=lambda day: (-votes[day], days.index(day)))


def _days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _date_from_text(
    tree,
    data: Structured,
    *,
    url: str | None,
    in_url: str | None,
    shown: ShownDays,
    generic: Stamp | None,
    modified: list[Stamp],
    opening: tuple[str, ...],
    page: PageMetadata,
):
    """The day written next to the headline, else in a date element of the article, else
    in the dateline that opens the main text, else the ``datePublished`` of the page's
    JSON-LD ``WebPage`` (``_page_day``), unless the URL path names another (but a day the
    page shows that a UTC ``generic`` date is in the page's zone, ``_zone_day``: the
    ``WebPage`` stamp is no day the page shows); else the
    update the page shows when a modified stamp names its day; else the ``generic`` date of
    a ``<meta name=date>``; else the update the page shows when it is all the page shows
    (also in a short line of the article: "Letzte Änderung: 14.01.2022"), since htmldate
    would take a day the text speaks of; else htmldate on an asset-free copy (fast, then
    extensive), else the URL day."""
    written = [  # (source, the day, whether the page shows it)
        ("line by the headline", lambda: shown.headline, True),
        ("date element", lambda: shown.labelled, True),
        ("dateline of the text", lambda: first_day([stamp_part(line) for line in opening]), True),
        ("json-ld datePublished of the page", lambda: _page_day(data), False),
    ]
    for source, read, on_page in written:
        if not (day := read()):
            continue
        if in_url in (None, day) or (on_page and _zone_day(day, generic, in_url=in_url)):
            page.found["published"] = source
            return day
    day = shown.update
    if day and day in {stamp.day for stamp in modified} and in_url in (None, day):
        page.found["published"] = "update shown, stamped"
        return day
    if day := generic and generic.day:
        page.found["published"] = "meta date"
        return day
    if (day := shown.update_anywhere) and in_url in (None, day):
        page.found["published"] = "update shown"
        return day
    if day := _guessed_day(tree, url=url, page=page):
        return day
    if in_url:
        page.found["published"] = "url"
    return in_url


def _zone_day(day: str, stamp: Stamp | None, *, in_url: str | None) -> bool:
    """Whether a day the page shows is its own day of a UTC ``stamp`` whose UTC day the URL
    path names: a path written from the UTC stamp names the UTC day, and the page shows
    the day some time zone has at the stamp's hour (``_zone_days``) where it is ("Published:
    Nov. 18, 2019 at 3:48 PM HST" under ``<meta name=date content="2019-11-19T01:48Z">``
    on a ``/2019/11/19/`` page). A stamp at midnight UTC is a day written as a time
    (``_zone_days``), no instant: it is the page's day as written."""
    if stamp is None or not stamp.in_utc or stamp.day != in_url:
        return False
    return day in _zone_days(stamp)


def _page_day(data: Structured) -> str | None:
    """The day of the ``datePublished`` of the page's own work that is no article (a
    ``WebPage``, a forum post, a how-to, a recipe; ``structured.read_json_ld``): the
    publisher wrote it for machines, as it writes an article's stamps, but a page's
    ``datePublished`` may be the day the page, not its text, was first put up, so the
    days the page shows come first; a ``<meta name=date>``, an update and htmldate's
    guess after it."""
    stamp = Stamp.read(first_ld(data.ld, "page datePublished"))
    return stamp.day if stamp.names_day else None


def _guessed_day(tree, *, url: str | None, page: PageMetadata) -> str | None:
    """htmldate on an asset-free copy, fast then extensive. An extensive answer of 1
    January that the page's text does not write is a year (htmldate gives a year it finds
    alone, a copyright line's, that day), never a day: a day written in the page's
    description is taken instead ("Orso marsicano: 2019 un anno da record (Notizia del 14
    Gennaio 2020)"), else the URL day or none ("Copyright © 2022 DLG e.V." dates no
    article); a 1 January the text writes ("Roma 01/01/2021") is that day."""
    assetless = without_assets(tree)
    if day := _htmldate(assetless, url=url, extensive=False):
        page.found["published"] = "htmldate"
        return _in_the_guessed_year(tree, day, page=page)
    day = _htmldate(assetless, url=url, extensive=True)
    if day and day.endswith("-01-01") and not _writes_new_year(tree, day):
        day = first_day([page.description or ""])
        if day:
            page.found["published"] = "description"
        return day
    if day:
        page.found["published"] = "htmldate extensive"
        return _in_the_guessed_year(tree, day, page=page)
    return day


def _in_the_guessed_year(tree, guess: str, *, page: PageMetadata) -> str:
    """The day a date element of the article shows without its year ("[06月24日
    11時30分]"), in the year that puts it nearest to htmldate's ``guess``: a page shows its
    day without the year while that year lasts, and htmldate's guess, read from elsewhere in
    the page, says which year that is; else the guess."""
    shown = labelled_month_day(tree)
    if shown is None:
        return guess
    guessed = date.fromisoformat(guess)
    days = []
    for year in (guessed.year - 1, guessed.year, guessed.year + 1):
        with suppress(ValueError):
            days.append(date(year, *shown))
    if not days:
        return guess
    day = min(days, key=lambda day: abs((day - guessed).days)).isoformat()
    if day != guess:
        page.found["published"] = "date element, the year of htmldate's day"
    return day


def guessed_days(assetless, *, url: str | None) -> tuple[str | None, str | None]:
    """htmldate's day for an asset-free copy of the page, fast and extensive."""
    return (
        _htmldate(assetless, url=url, extensive=False),
        _htmldate(assetless, url=url, extensive=True),
    )


def _writes_new_year(tree, day: str) -> bool:
    """Whether the text of the page's body writes ``day``, a 1 January, in any form
    ``written_days`` reads or with numbers ("01/01/2021")."""
    text = " ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"))
    if any(written == day for _, _, written in written_days(text)):
        return True
    return any(year == day[:4] for _, year in _NEW_YEAR.findall(text))


def opening_lines(text: str | None) -> tuple[str, ...]:
    """The main text's first lines, where a press release or a report writes its dateline
    under the headline and the byline ("(21. November 2022) Energieverbraucher ...")."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    return tuple(line for line in lines if line)[:_OPENING_LINES]


def _local_day(stamp: Stamp, others: list[Stamp], *, shown: ShownDays) -> str:
    """A UTC time stamp names the UTC day; the page's own day is the one a stamp written
    with the page's offset gives ("2019-11-18T22:15-05:00"), or a stamp without a zone or
    the URL path when the page shows that day too, when that is the day before or after.
    A stamp without a zone (an analytics tag's ``sailthru.date``) or a path says no zone:
    on a page that shows no day, the UTC stamp's day as written is the answer."""
    day = stamp.day
    if not stamp.in_utc:
        return day
    for other in others:
        local = other.day if not other.in_utc else None
        if not local or abs((date.fromisoformat(local) - date.fromisoformat(day)).days) != 1:
            continue
        if other.in_other_zone or local in (shown.headline, shown.labelled):
            return local
    return day


def url_date(url: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date in a URL path: folders ("/2020/02/24/slug") or one run of
    digits ("/2020-02-19/slug", "/posts/2019-12-22-title/", "/20160214/", "/20220124-title");
    a date that is no calendar day or lies before the web is none."""
    path = urlsplit(url.strip()).path if url and url.startswith("http") else url or ""
    match = _URL_DAY.search(path) or _URL_RUN.search(path)
    day = "{}-{:0>2}-{:0>2}".format(*match.group("y", "m", "d")) if match else None
    return day if day and _is_calendar_day(day) and day >= WEB_BEGAN else None


def _is_calendar_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def article_time(tree, *, title: str | None = None) -> str | None:
    """The first ``itemprop=datePublished`` or ``<time datetime>`` of the article region;
    the page's only ``datePublished`` counts wherever it sits (an article's "footer");
    else the ``<time>`` by the headline that ``title`` names (``_time_by_headline``).
    Never one whose microdata names it the change (``<time itemprop="dateModified">``)."""
    xpath = (
        '//*[@itemprop="datePublished"] | //article//time[@datetime] | '
        "//header//time[@datetime] | //main//time[@datetime]"
    )
    published = tree.xpath('//*[@itemprop="datePublished"]')
    for element in tree.xpath(xpath):
        if _marks_change(element):  # a <time itemprop="dateModified"> stamps the change
            continue
        if not off_region(element) or published == [element]:
            value = element.get("datetime") or element.get("content") or element_text(element)
            if value:
                return value
    return _time_by_headline(tree, title=title)


def _time_by_headline(tree, *, title: str | None) -> str | None:
    """The ``datetime`` of a ``<time>`` of the article region among the texts just after
    the headline (``headlines``: the ``<h1>`` the title names, then the longest), where a
    page outside ``<article>``/``<main>`` stamps its byline, often with a relative day the
    text shows ("By Sandee LaMotte" | "1 day ago"); never one its label or its microdata
    calls an update, nor one after the first line of the text (a teaser's below a short
    article), nor one of a trending list between a logo's ``<h1>`` and the article."""
    for headline in headlines(tree, title=title):
        for text in near_texts(headline):
            if len(text.split()) > STAMP_WORDS:
                break
            time = _time_holding(text)
            if time is not None and as_day(time.get("datetime")) and not off_region(time):
                label = f"{label_before(time)} {element_text(time) or ''}"
                changed = UPDATE_WORDS.search(label) or _marks_change(time)
                return None if changed else time.get("datetime")
    return None


def _time_holding(text):
    """The ``<time>`` element that holds a text of the page, if one does."""
    holder = text.getparent().getparent() if text.is_tail else text.getparent()
    nodes = (holder, *holder.iterancestors("time"))
    return next((node for node in nodes if node.tag == "time"), None)


def as_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date string (ISO or as e-mail headers write it), as the page
    writes the day; a string without a four-digit year gives nothing, and neither does an
    impossible day ("2019-02-30T10:00:00Z"): it is no date, so no stamp either; nor does a
    year alone or a month ("2019", "May 2019", ``_parsed_day``): it names no day. A day in
    words ``dateutil`` does not read whole ("2019年11月18日") is read by ``written_days``."""
    if not value or not _YEAR.search(value):
        return None
    match = _DAY.search(value)
    if match and 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(3)) <= 31:
        day = "-".join(match.groups())
        return day if _is_calendar_day(day) else None
    if match := _DOTTED_DAY.search(value):  # 10.12.2022: day first, as Europe writes it
        day, month, year = (int(part) for part in match.groups())
        day = f"{year}-{month:02d}-{day:02d}" if month <= 12 and day <= 31 else None
        return day if day and _is_calendar_day(day) else None
    return _parsed_day(value)


def _parsed_day(value: str) -> str | None:
    """The day ``dateutil`` reads in ``value`` when the value writes its year, month and
    day, else the first day ``written_days`` reads in it. The parser fills what it does not
    read from its default, today's date: a year alone ("2019", "© 2019") or a month ("May
    2019") would come back as a day it never wrote, and a day whose year it cannot read
    ("2019年11月18日") in this year. Read against two defaults that differ in year, month
    and day, such a value gives two days: it names none, or one in words ``written_days``
    knows ("2019年11月18日", "mardi 19 novembre 2019", which the parser refuses)."""
    try:
        days = {
            dateutil_parser.parse(value, fuzzy=True, ignoretz=True, default=default).date()
            for default in _PARSE_DEFAULTS
        }
    except (ValueError, OverflowError):
        days = set()
    if len(days) == 1:
        return days.pop().isoformat()
    return next((day for _, _, day in written_days(value)), None)


def without_assets(tree):
    """A copy of the page without images, media, scripts and their URLs, so that no date is
    read from an asset path ("/uploads/2010/01/01/photo.jpg"; htmldate reads ``og:image``)
    nor from code: a script's text is no day the page shows (the comments a script writes
    into the page, an analytics stamp); its JSON-LD and ``application/settings+json`` are
    the page's data, the two kinds of script htmldate reads for dates. The addresses its
    links point to go too (a link keeps its text): a link names another page, a related
    article, a date archive, a file, and a date in its path is that page's; htmldate's
    extensive search reads dates out of the whole serialised page, attributes included
    (it takes "/deeplinks/2015/10/2015-year-review" for 20 October 2015)."""
    copy = deepcopy(tree)
    for element in copy.xpath(_ASSETS):
        element.drop_tree()
    for element in copy.xpath("//*[@src or @srcset or @data-src or @poster]"):
        for name in ("src", "srcset", "data-src", "poster"):
            element.attrib.pop(name, None)
    for link in copy.xpath("//a[@href]"):
        del link.attrib["href"]
    return copy


def _htmldate(tree, *, url: str | None, extensive: bool) -> str | None:
    try:
        return find_date(tree, url=url, extensive_search=extensive, original_date=True)
    except (ValueError, TypeError) as e:
        log.debug("htmldate failed: %s", e)
        return None
