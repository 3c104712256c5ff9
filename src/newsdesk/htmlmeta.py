"""Article metadata read from a page's HTML: title, authors, credit, outlet, publication date.

Structured data comes first, because publishers write it for machines: JSON-LD (``Article``
types, ``@graph``, nested ``author`` and ``publisher``), then OpenGraph and ``<meta>`` tags,
then ``itemprop``/``<time datetime>`` inside the article's own region, ``rel=author`` links
and byline elements there (never in related-article lists, asides, navigation or footers).
What the markup does not say falls back to the day written next to the headline, in a
date element of the article or in the dateline that opens the main text (days written in
several languages are found by ``newsdesk.dates.written_days``), to trafilatura's metadata
and to htmldate (on a copy without images, media and scripts, so a date is never read from
an image or asset URL).
JSON-LD and ``<meta>`` are read with lxml and ``json``: extruct would read the same tags but
adds RDFa and microformat parsers this module has no use for. Author strings are made into
people by ``newsdesk.bylines``; a page that names no person gets the organisation its byline
holds.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import pairwise
from urllib.parse import urlsplit

from dateutil import parser as dateutil_parser
from htmldate import find_date
from htmldate.settings import MIN_DATE
from lxml import html as lxml_html

from newsdesk.bylines import (
    Byline,
    is_named_person,
    names_site,
    organisations,
    parse_byline,
    squash_letters,
)
from newsdesk.dates import written_days

log = logging.getLogger(__name__)

_ARTICLE_TYPE = re.compile(
    r"Article|BlogPosting|Report|NewsArticle|LiveBlogPosting", re.IGNORECASE
)
_UTC = re.compile(r"(?:Z|[+-]00:?00|UTC|GMT)$")
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/")
_URL_RUN = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[-_]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?![\d.])"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}-\d{2}")
_DAY = re.compile(r"((?:19|20)\d{2})-?(\d{2})-?(\d{2})")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+")
_NOT_OUTLET = re.compile(r"^[\d\W_]+$|\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
#: A word of a class or id that names a block beside the article, at the start or the end
#: of the word ("sidebar", "relatedposts", "textwidget", "subnav"), or "more" before another
#: word ("more-stories").
_OFF_REGION = re.compile(
    r"^(?:related|recommend|teaser|sidebar|aside|footer|comment|promo(?:s|tions?)?$|newsletter"
    r"|trending|popular|widget|outbrain|taboola|nav|menu|account|login|share|social)"
    r"|(?:related|teasers?|sidebar|aside|footer|comments?|promo|widgets?|nav|menu|share|social)$"
    r"|^more$",
    re.IGNORECASE,
)
#: Words of a class that make the words after them a state of the page's layout, not a
#: block of it ("no-sidebar-layout", "has-double-sidebar", "with-navigation").
_LAYOUT_STATE = frozenset({"no", "has", "with", "without", "hide", "hidden", "one", "two"})
_TAXONOMY = frozenset({"tag", "category"})
_CLASS_WORD = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
_POST_FOOTER = re.compile(r"\b(?:post|entry|article)[-_]footer\b", re.IGNORECASE)
_ASSETS = (
    "//img | //picture | //video | //audio | //source | //figure//a | //noscript"
    ' | //script[@src] | //link[@rel="image_src" or @rel="preload" or @rel="stylesheet"]'
    ' | //meta[contains(@property, "image") or contains(@name, "image")]'
)

#: A class that names the author's name element ("author", "cb-author", "author_name"), not
#: a part around it ("meta-prep-author" holds "By", "author-box" a biography).
_AUTHOR_CLASS = re.compile(r"^(?:[a-z]+[-_])?author(?:[-_]?name)?$", re.IGNORECASE)
_BY_LEAD = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:by|von|par|por|di|door|av)\b\s*:?\s+\S", re.IGNORECASE
)
_AUTHOR_LABEL = re.compile(
    r"(?:^|\s)(?:autor(?:in)?|author|auteur|автор|text|texto|von|by|par|por)\s*:\s*"
    r"(?P<name>\S.{1,60})$",
    re.IGNORECASE,
)
#: A label that ends in a byline word ("Written by", "Verfasst von", "Scritto da").
_BY_LABEL = re.compile(
    r"(?:^|\s)(?:by|von|par|por|di|da|door|av|autor(?:in)?|author|auteur)\s*:?$", re.IGNORECASE
)
#: A line that credits the article's source ("Quelle: kathpress").
_SOURCE_LINE = re.compile(r"^(?:quelle|source|fuente|fonte)\s*:\s*(?P<name>\S.{1,40})$", re.I)
#: A byline word alone in its text node, and a word that puts a day after a name.
_LONE_LEAD = re.compile(r"^(?:by|von|par|por|di|door|av|autor(?:in)?|author|texto?)\s*:?$", re.I)
_DAY_WORD = re.compile(r"^(?:am|on|le|el|em|il|op|den)$", re.IGNORECASE)
#: An author label that opens a line, and any label ("Tags:", "Quelle:") after it.
_LABEL_FIRST = re.compile(r"^(?:autor(?:in)?|author|auteur|автор|texto?|von|by)\s*:", re.I)
_ANY_LABEL = re.compile(r"\s[^\W\d_]{2,20}\s*:")
#: A copyright line with a year, the word or a bullet after the name: the holder's name.
_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:\(c\)|©)?|(?:©|\(c\))\s*(?=(?:19|20)\d{2}|[^•|©]{3,60}[•|]))\s*"
    r"(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?)?\s*"
    r"(?P<name>[^\W\d_][^.•|,©\d]{2,60}?)\s*(?:[.•|,]|all rights|alle rechte|$)",
    re.IGNORECASE,
)
#: A short line of stamps and a name between bars or dots ("04.02.2022 | 13:10 Uhr | Uta
#: Helkenberg"); ``parse_byline`` keeps only the part that is a person.
_DATELINE = re.compile(r"\s[|·•]\s")
_CHANGED = re.compile(
    r"updated|modified|changed|revised|edited|aktualisiert|geändert|überarbeitet|mis à jour"
    r"|modifié|actualisé|actualizado|modificado|aggiornat|modificat|atualizado|bijgewerkt"
    r"|gewijzigd|zaktualizowan|zmienion|uppdaterad|opdateret|oppdatert|päivitetty",
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
_DATE_MARKS = ("date", "datum", "fecha", "data", "time", "posted", "publi", "meta", "stamp")
_DATE_ELEMENTS = "//body//*[{}]".format(
    " or ".join(
        f'contains(translate(@{name}, "DTMP", "dtmp"), "{mark}")'
        for name in ("class", "id", "itemprop")
        for mark in _DATE_MARKS
    )
)
#: Texts read after the headline for its date; most words of a line above it.
_NEAR_TEXTS = 12
_LINE_WORDS = 12
#: Most words of a line that stamps the article ("Written: 2023-11-07 15:03 | By ...").
_STAMP_WORDS = 12
#: Lines of the main text read for its dateline.
_OPENING_LINES = 3
#: How far into a paragraph its dateline may reach.
_DATELINE_CHARS = 40
_LINE_TAGS = ("p", "span", "div", "em", "strong", "address", "small", "a")
_DOTTED_DAY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)")
#: htmldate's earliest date: no web page is dated before it.
_WEB_BEGAN = MIN_DATE.date().isoformat()
#: A URL day this many days before every stamp is the publication day.
_RESAVED_DAYS = 31
_PARSER = lxml_html.HTMLParser(encoding="utf-8")

AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "twitter:creator",
)
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
    # publication keys of analytics and CMS tags, as htmldate lists them
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
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
#: ``<meta>`` dates that do not say which date they are: a CMS often writes the day the page
#: last changed there, so they give way to a date the article shows (``<time>``, a line by
#: the headline) and only vote beside other stamps.
GENERIC_DATE_META = ("date", "dc.date", "dcterms.date")
TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
OUTLET_META = ("og:site_name", "application-name", "publisher", "dc.publisher")


@dataclass(slots=True)
class PageMetadata:
    """What a page says about its article; ``found`` names the source of each field."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    credit: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    description: str | None = None
    body: str | None = None
    found: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Structured:
    """Values gathered from JSON-LD and ``<meta>`` before they are chosen."""

    ld: dict[str, list] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


def read_page_metadata(
    html: str, *, url: str | None = None, fallback: dict[str, str | None] | None = None
) -> PageMetadata:
    """The page's metadata; ``fallback`` (trafilatura's title/author/sitename/date) fills gaps."""
    tree = parse_tree(html)
    fallback = fallback or {}
    if tree is None:
        return PageMetadata()
    data = _Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    page = PageMetadata(description=_first(data.meta, ("og:description", "description")))
    page.body = _first_ld(data.ld, "articleBody")
    page.outlet = _choose_outlet(data, url=url, fallback=fallback.get("sitename"), page=page)
    page.title = _choose_title(
        tree, data, outlet=page.outlet, url=url, fallback=fallback.get("title"), page=page
    )
    sites = [page.outlet, domain_name(url or fallback.get("url"))]
    _choose_authors(tree, data, fallback=fallback.get("author"), sites=sites, page=page)
    opening = _opening_lines(fallback.get("text"))
    page.published = _choose_date(
        tree, data, url=url, fallback=fallback.get("date"), opening=opening, page=page
    )
    return page


def parse_tree(html: str):
    """The lxml tree of a page, or None when lxml cannot make one."""
    try:
        return lxml_html.document_fromstring(html.encode("utf-8"), parser=_PARSER)
    except (ValueError, TypeError, lxml_html.etree.ParserError) as e:
        log.debug("cannot parse HTML: %s", e)
        return None


def read_json_ld(tree) -> dict[str, list]:
    """Values of the article objects in the page's JSON-LD, by property, in page order.

    Non-article objects give only ``publisher`` candidates (a ``WebSite`` or ``Organization``
    name), so a site-wide schema never supplies an article's author or date."""
    found: dict[str, list] = {}
    items = [
        item
        for script in tree.xpath('//script[contains(@type, "ld+json")]')
        for item in _ld_objects(_load_json(script.text_content()))
    ]
    for item in items:
        _collect_ld(item, found)
    if "author" in found:
        found["author"] = _resolve_ids(found["author"], _ld_nodes(items))
    return found


def _ld_nodes(items: list[dict]) -> dict[str, dict]:
    """The page's named JSON-LD objects by their ``@id``."""
    return {
        item["@id"]: item
        for item in items
        if isinstance(item.get("@id"), str) and item.get("name")
    }


def _resolve_ids(value, nodes: dict[str, dict]):
    """A reference (``{"@id": ...}`` without a name) replaced by the object it names: an
    ``@graph`` (Yoast SEO writes one on most WordPress sites) gives the article's author as
    a reference to a ``Person`` node elsewhere in the graph."""
    if isinstance(value, list):
        return [_resolve_ids(item, nodes) for item in value]
    if isinstance(value, dict) and not value.get("name") and value.get("@id") in nodes:
        return nodes[value["@id"]]
    return value


def _load_json(text: str):
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        return None


def _ld_objects(data) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"])
        if isinstance(data.get("mainEntity"), dict):
            yield data["mainEntity"]


def _ld_type(item: dict) -> str:
    kind = item.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def _collect_ld(item: dict, found: dict[str, list]) -> None:
    kind = _ld_type(item)
    if _ARTICLE_TYPE.search(kind):
        for key in (
            "headline",
            "name",
            "author",
            "creator",
            "datePublished",
            "dateCreated",
            "dateModified",
            "articleBody",
            "publisher",
        ):
            if item.get(key):
                found.setdefault(key, []).append(item[key])
    elif kind in ("WebSite", "NewsMediaOrganization", "Organization") and item.get("name"):
        found.setdefault("site", []).append(item["name"])


def _first_ld(ld: dict[str, list], key: str) -> str | None:
    for value in ld.get(key, []):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def ld_names(value) -> list[str]:
    """Names in a JSON-LD ``author``/``publisher`` value (a string, an object or a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return ld_names(name) if name else []
    if isinstance(value, list):
        return [name for item in value for name in ld_names(item)]
    return []


def read_meta(tree) -> dict[str, str]:
    """``<meta>`` values by lower-cased ``name``/``property``/``itemprop`` (first one wins)."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop")
        value = element.get("content")
        if key and value and value.strip():
            meta.setdefault(key.strip().lower(), " ".join(value.split()))
    return meta


def meta_values(tree, keys: tuple[str, ...]) -> list[str]:
    """Every ``<meta>`` value under one of ``keys``, in the order of ``keys``, then of the
    page (a paper's ``citation_author`` tags name one author each)."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop") or ""
        value = " ".join((element.get("content") or "").split())
        if value and key.strip().lower() in keys:
            found.setdefault(key.strip().lower(), []).append(value)
    values = [value for key in keys for value in found.get(key, [])]
    return list(dict.fromkeys(values))


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if meta.get(key)), None)


def _choose_outlet(
    data: _Structured, *, url: str | None, fallback: str | None, page: PageMetadata
) -> str | None:
    publisher = [name for value in data.ld.get("publisher", []) for name in ld_names(value)]
    candidates = [
        ("og:site_name", data.meta.get("og:site_name")),
        ("json-ld publisher", publisher[0] if publisher else None),
        ("json-ld site", _first_ld(data.ld, "site")),
        ("meta", _first(data.meta, OUTLET_META[1:])),
        ("trafilatura", fallback),
        ("domain", domain_name(url)),
    ]
    return _pick(candidates, "outlet", page, valid=_is_outlet)


def _is_outlet(value: str) -> bool:
    return 1 < len(value) <= 80 and not _NOT_OUTLET.search(value) and not value.startswith("http")


def domain_name(url: str | None) -> str | None:
    """The host of a URL without ``www.`` ("www.nytimes.com" → "nytimes.com")."""
    host = urlsplit(url.strip()).hostname if url and url.startswith("http") else None
    return host.removeprefix("www.") if host else None


def _pick(
    candidates: list[tuple[str, str | None]],
    name: str,
    page: PageMetadata,
    *,
    valid=lambda value: True,
) -> str | None:
    for source, value in candidates:
        value = " ".join(value.split()) if isinstance(value, str) else None
        if value and valid(value):
            page.found[name] = source
            return value
    return None


def _choose_title(
    tree,
    data: _Structured,
    *,
    outlet: str | None,
    url: str | None,
    fallback: str | None,
    page: PageMetadata,
) -> str | None:
    headline = _first_ld(data.ld, "headline")
    candidates = [
        ("json-ld headline", headline),
        ("meta", _first(data.meta, TITLE_META)),
        ("h1", _article_h1(tree)),
        ("trafilatura", fallback),
        ("title", _text(tree.find(".//title"))),
    ]
    title = _pick(candidates, "title", page, valid=lambda value: len(value) <= 300)
    return strip_site_name(title, outlet=outlet, url=url) if title else None


def _article_h1(tree) -> str | None:
    for element in tree.xpath("//article//h1 | //main//h1 | //h1"):
        if not _off_region(element):
            return _text(element)
    return None


def _text(element) -> str | None:
    return " ".join(element.text_content().split()) or None if element is not None else None


def strip_site_name(title: str, *, outlet: str | None, url: str | None) -> str:
    """Cut a leading or trailing " | Site" part that names the outlet or the domain."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {_squash(name) for name in (outlet, domain_name(url)) if name}
    names |= {host.split(".")[-2] for host in [domain_name(url) or ""] if host.count(".")}
    while len(parts) > 1 and _names_site(parts[-1], names):
        parts.pop()
    while len(parts) > 1 and _names_site(parts[0], names):
        parts.pop(0)
    return title[title.find(parts[0]) : title.rfind(parts[-1]) + len(parts[-1])]


def _names_site(part: str, names: set[str]) -> bool:
    squashed = _squash(part)
    return bool(squashed) and any(
        squashed in name or (name in squashed and len(name) >= 0.6 * len(squashed))
        for name in names
        if name
    )


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold().removeprefix("www."))


def _choose_authors(
    tree, data: _Structured, *, fallback: str | None, sites: list, page: PageMetadata
) -> None:
    """The people of the first source that names one; a user name or first name alone gives
    way to the full name a later source spells it with ("gabor_munier" → "Gàbor Muniér").
    A page that names no person anywhere gets the organisation its first author slot holds
    ("Eurosport", "HLNF Staff Report"), as readers see it in the byline; trafilatura's guess
    and the copyright line never give an organisation (the publisher holds most rights)."""
    organisation: tuple[str, list[str]] | None = None
    bylines = _author_bylines(tree, data, fallback=fallback, sites=sites, title=page.title)
    for source, byline in bylines:
        page.credit += [name for name in byline.credit if name not in page.credit]
        if byline.authors:
            page.authors, page.found["authors"] = byline.authors, source
            _spell_out(page, bylines)
            return
        names = byline.credit if source == _LD_BODY else organisations(byline.credit)
        if source not in _NO_ORGANISATION and _better_organisation(
            organisation, (source, names), sites=sites
        ):
            organisation = (source, names)
    if organisation:
        page.authors, page.found["authors"] = organisation[1], f"{organisation[0]} (organisation)"


def _better_organisation(
    chosen: tuple[str, list[str]] | None, found: tuple[str, list[str]], *, sites: list
) -> bool:
    """The first organisation a page credits, unless it is only the site's own name and
    the article's source line credits another (an agency or a desk: "Quelle: MDR
    THÜRINGEN/ls" under an article whose ``<meta name=author>`` is "mdr.de")."""
    source, names = found
    if not names or chosen is None:
        return bool(names)
    return (
        source == "source line"
        and all(names_site(name, sites) for name in chosen[1])
        and not any(names_site(name, sites) for name in names)
    )


def _spell_out(page: PageMetadata, bylines: Iterator[tuple[str, Byline]]) -> None:
    """One author written as one word: the first later source of the page's own with a full
    name that spells that word out (the same letters, or the word as its first name) gives
    it instead. Trafilatura's guess does not: it writes "Herr_Rein" as "Herr Rein"."""
    if len(page.authors) != 1 or " " in page.authors[0]:
        return
    word = squash_letters(page.authors[0])
    for source, byline in bylines:
        for name in byline.authors if source != "trafilatura" else []:
            letters = squash_letters(name)
            if " " in name and (letters == word or letters.startswith(word)):
                page.authors, page.found["authors"] = [name], source
                return


_NO_ORGANISATION = ("trafilatura", "copyright")
#: JSON-LD authors the page types as an organisation: one by its own markup, whatever the
#: English NER reads ("Eurosport" as a place).
_LD_BODY = "json-ld organisation"


def _author_bylines(
    tree, data: _Structured, *, fallback: str | None, sites: list, title: str | None
) -> Iterator[tuple[str, Byline]]:
    """Each author source in the order it is trusted, read lazily into a ``Byline``."""
    people, unnamed, bodies = ld_authors(data.ld.get("author", []))
    yield "json-ld author", parse_byline(people, outlet=sites, handles=True, declared=True)
    yield "json-ld author", parse_byline(unnamed, outlet=sites, handles=True)
    yield _LD_BODY, Byline(credit=bodies)
    sources = [
        ("meta author", lambda: meta_values(tree, AUTHOR_META), True, False),
        ("twitter label", lambda: _labelled_twitter_data(data.meta), True, False),
        ("microdata author", lambda: _microdata_authors(tree), True, True),
        ("rel=author", lambda: _region_texts(tree, '//a[contains(@rel, "author")]'), True, True),
        *(
            ("byline", lambda text=text: [text], named, named)
            for text, named in _byline_texts(tree)
        ),
        *(("by-line text", lambda text=text: [text], False, False) for text in _by_lines(tree)),
        ("by the headline", lambda: _headline_byline(tree, title=title), False, False),
        ("forum post", lambda: _forum_authors(tree), True, True),
        ("trafilatura", lambda: [fallback] if fallback else [], True, False),
        ("copyright", lambda: _copyright_holders(tree), False, False),
    ]
    for source, values, handles, declared in sources:
        wanted = [value for value in values() if not _is_link(value)]
        yield source, parse_byline(wanted, outlet=sites, handles=handles, declared=declared)
    yield "source line", Byline(credit=_source_lines(tree))


def _labelled_twitter_data(meta: dict[str, str]) -> list[str]:
    """The value of a ``twitter:dataN`` tag whose ``twitter:labelN`` ends in a byline word
    ("Written by", "Verfasst von", "Escrito por"): Yoast SEO writes the author there on
    WordPress sites in the site's language."""
    return [
        meta[f"twitter:data{n}"]
        for n in range(1, 5)
        if _BY_LABEL.search(meta.get(f"twitter:label{n}", "")) and meta.get(f"twitter:data{n}")
    ]


def ld_authors(values: list) -> tuple[list[str], list[str], list[str]]:
    """JSON-LD ``author`` names sorted by their ``@type``: people, untyped, organisations."""
    people, unnamed, bodies = [], [], []
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, list):
            found = ld_authors(value)
            people, unnamed, bodies = people + found[0], unnamed + found[1], bodies + found[2]
            continue
        kind = _ld_type(value) if isinstance(value, dict) else ""
        wanted = people if "Person" in kind else bodies if kind else unnamed
        wanted += ld_names(value)
    return people, unnamed, bodies


def _is_link(value: str) -> bool:
    return value.startswith(("http://", "https://", "/")) or "facebook.com" in value


def _region_texts(tree, xpath: str) -> list[str]:
    return [
        text
        for element in tree.xpath(xpath)
        if not _off_region(element) and (text := _text(element))
    ]


def _microdata_authors(tree) -> list[str]:
    """Names in ``itemprop="name"`` inside an ``itemprop="author"`` element of the article."""
    names = []
    for element in tree.xpath('//*[@itemprop="author"]//*[@itemprop="name"]'):
        name = element.get("content") or _text(element)
        if name and not _off_region(element) and name not in names:
            names.append(name)
    return names


def _byline_texts(tree) -> list[tuple[str, bool]]:
    """Texts of byline-like elements inside the article region, innermost first, each with
    whether the markup marks it as the author's name (an hCard ``vcard``/``fn``, a class
    that is the word author or author name: "author", "cb-author", "author_name")."""
    xpath = (
        '//*[@itemprop="author"] | //*[contains(@class, "byline") or contains(@class, "author")'
        ' or contains(@class, "Byline") or contains(@class, "Author")'
        ' or contains(@data-testid, "byline")]'
    )
    elements = [e for e in tree.xpath(xpath) if not _off_region(e, post_footer=True)]
    outer = {ancestor for element in elements for ancestor in element.iterancestors()}
    elements.sort(key=lambda element: element in outer)  # innermost first, stable
    texts = [(_spaced_text(e), _names_author(e)) for e in elements if _is_leafish(e)]
    return [(text, named) for text, named in texts if text and len(text) <= 120][:4]


def _names_author(element) -> bool:
    tokens = (element.get("class") or "").split()
    return any(token in ("vcard", "fn") or _AUTHOR_CLASS.match(token) for token in tokens)


def _spaced_text(element) -> str | None:
    """The element's text with a space between its children's texts ("By" and a linked
    name in two spans read "By Alex Bozarjian", not "ByAlex Bozarjian")."""
    return " ".join(" ".join(element.itertext()).split()) or None


def _by_lines(tree) -> list[str]:
    """Short texts in the article region that open with a byline word ("By", "Von", "Par"),
    or the name after an author label ("Autor: Peter Maahn", "Von: ...") in a short line;
    a link counts only with a label (a link "by X" is usually another article's)."""
    region = next(iter(tree.xpath("//article | //main")), None)
    region = region if region is not None else tree.find("body")
    if region is None:
        return []
    texts = []
    for element in region.iter(*_LINE_TAGS):
        text = " ".join(" ".join(element.itertext()).split()) if _is_leafish(element) else None
        text = _labelled_field(text) if text else None
        if not text or len(text.split()) > 12 or _off_region(element):
            continue
        if element.tag != "a" and len(text.split()) <= 8 and _BY_LEAD.match(text):
            texts.append(text)
        elif label := _AUTHOR_LABEL.search(text):
            texts.append(text[label.start() :].strip())  # the label marks the author slot
        elif _DATELINE.search(text) and as_day(text):
            texts.append(text)
    return texts[:3]


def _labelled_field(text: str) -> str:
    """A line that opens with an author label keeps that field only ("Autor: Klausmartin
    Friedrich Tags: 1907, ..." → "Autor: Klausmartin Friedrich")."""
    if not _LABEL_FIRST.match(text):
        return text
    following = _ANY_LABEL.search(text, pos=_LABEL_FIRST.match(text).end())
    return text[: following.start()] if following else text


def _headline_byline(tree, *, title: str | None) -> list[str]:
    """A byline in the texts just after the headline that no element marks: a lone byline
    word and the name after it ("By" | "Alex Bozarjian"), or a person's name followed by a
    day ("Kathrin Führes" | "am" | "Mittwoch, 26.01.2022")."""
    for headline in _headlines(tree, title=title):
        texts = [
            " ".join(str(text).split())
            for text in headline.xpath("following::text()[normalize-space()]")[:_NEAR_TEXTS]
            if text.getparent().tag not in ("script", "style")
        ]
        for text, after in pairwise(texts):
            if _LONE_LEAD.match(text) and not _LONE_LEAD.match(after):
                return [f"{text} {after}"]
            if (_DAY_WORD.match(after) or as_day(after)) and is_named_person(text):
                return [text]
    return []


def _source_lines(tree) -> list[str]:
    """The credit of a short "Quelle: …" / "Source: …" line of the article region, which
    German and other European outlets print under an article that an agency or a desk
    wrote ("Quelle: kathpress", "Quelle: MDR THÜRINGEN/ls"): an organisation for a page
    that names no person (a person there is the source of a fact, never the author)."""
    region = next(iter(tree.xpath("//article | //main")), None)
    region = region if region is not None else tree.find("body")
    for element in region.iter(*_LINE_TAGS) if region is not None else []:
        text = " ".join(" ".join(element.itertext()).split())
        if len(text.split()) <= 6 and (match := _SOURCE_LINE.match(text)):
            name = match.group("name")
            if not _off_region(element) and not is_named_person(name):
                return [name]
    return []


def _forum_authors(tree) -> list[str]:
    """The ``data-author`` of the first post of a thread (forum software marks each post
    ``<article data-author=...>``): the thread's opener wrote the page's article."""
    for element in tree.xpath("//article[@data-author]"):
        if not _off_region(element):
            return [element.get("data-author")]
    return []


def _copyright_holders(tree) -> list[str]:
    """The name in the page's last copyright line with a year, the word or a bullet after
    the name ("© 2019 Sven Schreivogel", "(c) Johannes Wolf • ..."): a personal site's
    owner wrote its pages. Photo credits ("© Jane Doe" under a picture) carry none of
    these and are not read. The last resort: any other source comes first."""
    for text in reversed(tree.xpath("//body//text()[normalize-space()]")):
        if text.getparent().tag in ("script", "style"):
            continue
        if match := _COPYRIGHT.search(" ".join(str(text).split())):
            return [match.group("name")] if is_named_person(match.group("name")) else []
    return []


def _is_leafish(element) -> bool:
    return len(element.xpath(".//p | .//div | .//li")) <= 2


def _off_region(element, *, post_footer: bool = False) -> bool:
    """Inside an aside, navigation, footer, related-article list or comment block. A
    container that holds the page's headline is the article's own, whatever its class
    says ("single-post", "with-navigation", "one-sidebar" on a page's layout wrapper).
    ``post_footer`` keeps a post's own footer ("post-footer", "entry-footer"), where blogs
    print the author's hCard."""
    for ancestor in element.iterancestors():
        if post_footer and _POST_FOOTER.search(ancestor.get("class") or ""):
            continue
        if ancestor.tag in ("aside", "nav", "footer", "form"):
            return True
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".split()
        if any(map(_names_off_block, marks)) and ancestor.find(".//h1") is None:
            return True
    return False


def _names_off_block(token: str) -> bool:
    """One class or id token names a block beside the article ("sidebar", "widget_text",
    "jp-relatedposts", "MtnCommentContent"); a word is matched, never a string inside
    another word ("node-promoted" is a post shown on the front page), not after a
    layout-state word ("no-sidebar-layout", "has-double-sidebar"), and not in the name of
    one of the post's tags or categories ("tag-popular", "category-social-media": WordPress
    puts these on the post's own container)."""
    words = [word for word in _CLASS_WORD.split(token) if word]
    if len(words) > 1 and words[0].casefold() in _TAXONOMY:
        return False
    for position, word in enumerate(words):
        if word.casefold() in _LAYOUT_STATE:
            return False
        if _OFF_REGION.search(word) and (word.casefold() != "more" or position < len(words) - 1):
            return True
    return False


def _choose_date(
    tree,
    data: _Structured,
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
        ("json-ld datePublished", _first_ld(data.ld, "datePublished")),
        ("meta date", _first(data.meta, DATE_META)),
        ("itemprop/time", _article_time(tree)),
        ("json-ld dateCreated", _first_ld(data.ld, "dateCreated")),
    ]
    stamps = [(source, value) for source, value in stamps if as_day(value)]
    generic = _first(data.meta, GENERIC_DATE_META)
    if as_day(generic) and stamps and stamps[0][0] != "itemprop/time":
        stamps.append(("meta date", generic))  # a vote beside stamps that say less
    in_url = url_date(url)
    if not stamps:
        return _date_from_text(
            tree, url=url, in_url=in_url, generic=generic, opening=opening, page=page
        )
    others = [value for _, value in stamps] + [in_url]
    days = [_local_day(as_day(value), value, others) for _, value in stamps]
    if in_url and _days_between(in_url, days[0]) > _RESAVED_DAYS:
        page.found["published"] = "url"
        return in_url
    chosen = days[0]
    if len(set(days)) > 1:
        support = [in_url, fallback, _htmldate(without_assets(tree), url=url, extensive=False)]
        chosen = _by_support(days, [as_day(value) for value in support if value])[0]
    page.found["published"] = stamps[days.index(chosen)][0]
    return _shown_stamp(tree, data, chosen=chosen, stamps=stamps, page=page)


def _shown_stamp(tree, data: _Structured, *, chosen: str, stamps: list, page: PageMetadata):
    """The day the page shows by its headline when the markup stamps that day too and it is
    not the chosen one: a later modified stamp (the page shows its update) or a published
    stamp in another time zone. Readers and archives date a page by what it shows."""
    shown = headline_date(tree, title=page.title)
    if not shown or shown == chosen:
        return chosen
    changed = [_first_ld(data.ld, "dateModified")] + [data.meta.get(k) for k in MODIFIED_META]
    marked = [value for _, value in stamps]
    marked += [value for value in changed if (as_day(value) or "") > chosen]
    if shown in {as_day(value) for value in marked} | {_utc_day(value) for value in marked}:
        page.found["published"] = "line by the headline, stamped"
        return shown
    return chosen


def _utc_day(value: str | None) -> str | None:
    try:
        stamp = datetime.fromisoformat(value or "")
    except ValueError:
        return None
    return stamp.astimezone(UTC).date().isoformat() if stamp.tzinfo else None


def _by_support(days: list[str], support: list[str | None]) -> list[str]:
    """Days ordered by how many stamps and other sources name them; ties keep page order."""
    votes = {day: days.count(day) + support.count(day) for day in days}
    return sorted(days, key=lambda day: (-votes[day], days.index(day)))


def _days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _date_from_text(
    tree,
    *,
    url: str | None,
    in_url: str | None,
    generic: str | None,
    opening: tuple[str, ...],
    page: PageMetadata,
):
    """The day written next to the headline, else in a date element of the article, else
    in the dateline that opens the main text, unless the URL path names another; else a
    ``<meta name=date>``, else htmldate on an asset-free copy (fast, then extensive), else
    the URL day."""
    shown = [
        ("line by the headline", headline_date(tree, title=page.title)),
        ("date element", labelled_date(tree)),
        ("dateline of the text", _first_day([_stamp_part(line) for line in opening])),
    ]
    for source, day in shown:
        if day and in_url in (None, day):
            page.found["published"] = source
            return day
    if day := as_day(generic):
        page.found["published"] = "meta date"
        return day
    assetless = without_assets(tree)
    for extensive in (False, True):
        if day := _htmldate(assetless, url=url, extensive=extensive):
            page.found["published"] = "htmldate extensive" if extensive else "htmldate"
            return day
    if in_url:
        page.found["published"] = "url"
    return in_url


def _opening_lines(text: str | None) -> tuple[str, ...]:
    """The main text's first lines, where a press release or a report writes its dateline
    under the headline and the byline ("(21. November 2022) Energieverbraucher ...")."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    return tuple(line for line in lines if line)[:_OPENING_LINES]


def headline_date(tree, *, title: str | None = None) -> str | None:
    """The day written just after the page's headline, or else just before it ("Datum:
    18.10.2021", "Written: 2023-11-07 15:03", "02.02.2022 10:16 Uhr - Bundesliga"); a date
    that follows a word for a change ("Updated", "Aktualisiert") is not the publication.
    When the ``<h1>`` the title names has no date beside it (a logo's ``<h1>`` that repeats
    a short site title), the longest ``<h1>`` is tried next, then an ``<h2>``/``<h3>`` that
    holds the title."""
    for headline in _headlines(tree, title=title) + _subheads(tree, title=title):
        if day := _date_beside(headline):
            return day
    return None


def _subheads(tree, *, title: str | None) -> list:
    """The first ``<h2>``/``<h3>`` that holds most of the title, where the ``<h1>`` names a
    section ("OutdoorNews | Eintrag") and the article's own headline is a level lower."""
    wanted = _squash(title or "")
    for heading in tree.iter("h2", "h3"):
        text = _squash(_text(heading) or "")
        if text and text in wanted and 2 * len(text) >= len(wanted) and not _off_region(heading):
            return [heading]
    return []


def _date_beside(headline) -> str | None:
    for axis in ("descendant", "following", "preceding"):
        texts = [
            " ".join(str(text).split())
            for text in headline.xpath(f"{axis}::text()[normalize-space()]")
            if text.getparent().tag not in ("script", "style")
        ]
        if axis == "preceding":  # the nearest short lines above the headline
            texts = [text for text in texts[::-1][:2] if len(text.split()) <= _LINE_WORDS]
        if day := _first_day([_stamp_part(text) for text in texts[:_NEAR_TEXTS]]):
            return day
    return None


def labelled_date(tree) -> str | None:
    """The first day written in an element of the article region whose class, id or
    ``itemprop`` names a date or the post's details ("date", "datum", "fecha", "posted",
    "postmetadata", "entry-meta"), unless an update word comes before it."""
    for element in tree.xpath(_DATE_ELEMENTS):
        if _off_region(element) or not _is_leafish(element):
            continue
        text = " ".join(" ".join(element.itertext()).split())
        if day := _first_day([_stamp_part(text, said=True)]):
            return day
    return None


def _stamp_part(text: str, *, said: bool = False) -> str:
    """The part of a text that can stamp the article: a short line whole, a paragraph only
    its dateline ("Karlsruhe, (12.11.2021). Traditionell ..."); a date further into a
    sentence is one the article speaks of ("vom 9.1. bis 10.2.2023"). With ``said`` (a date
    element's text), the words around a publication word count too ("Dieser Beitrag wurde
    am Samstag, 3. Dezember 2011 um 10:12 Uhr veröffentlicht und unter ... gespeichert")."""
    if len(text.split()) <= _STAMP_WORDS:
        return text
    if said and (word := _PUBLISHED.search(text)):
        return text[max(0, word.start() - _SAID_CHARS) : word.end() + _SAID_CHARS]
    return text[:_DATELINE_CHARS]


def _headlines(tree, *, title: str | None) -> list:
    """The ``<h1>`` that the title names, then the longest (a logo's ``<h1>`` is short)."""
    headings = [h1 for h1 in tree.iter("h1") if not _off_region(h1) and _text(h1)]
    wanted = _squash(title or "")
    named = [h1 for h1 in headings if wanted and _squash(_text(h1)) in wanted][:1]
    longest = [max(headings, key=lambda h1: len(_text(h1)))] if headings else []
    return list(dict.fromkeys(named + longest))


def _first_day(texts: list[str]) -> str | None:
    """The first day written in ``texts`` that no update word comes before: the words
    since the previous day count, so "Updated 14 Jan 2022 | Published 12 Jan 2022" is
    the 12th; a text's first day also looks back at the end of the text before it. A day
    before the web's first years (htmldate's earliest date) is no page's publication
    ("28.09.19" run into "12:44" reads as 28.09.1912)."""
    for before, text in zip(["", *texts], texts):
        lead, end = _after_last_day(before), 0
        for start, stop, day in written_days(text):
            if not _CHANGED.search(f"{lead} {text[end:start]}") and day >= _WEB_BEGAN:
                return day
            lead, end = "", stop
    return None


def _after_last_day(text: str) -> str:
    ends = [end for _, end, _ in written_days(text)]
    return text[ends[-1] :] if ends else text


def _local_day(day: str, value: str, others: list[str | None]) -> str:
    """A UTC time stamp names the UTC day; the page's own day is the one a local time stamp
    or the URL path gives, when that is the day before or after."""
    if not _UTC.search(value):
        return day
    for other in others:
        local = as_day(other) if other and not _UTC.search(other) else None
        if local and abs((date.fromisoformat(local) - date.fromisoformat(day)).days) == 1:
            return local
    return day


def url_date(url: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date in a URL path: folders ("/2020/02/24/slug") or one run of
    digits ("/2020-02-19/slug", "/posts/2019-12-22-title/", "/20160214/", "/20220124-title");
    a date that is no calendar day or lies before the web is none."""
    path = urlsplit(url.strip()).path if url and url.startswith("http") else url or ""
    match = _URL_DAY.search(path) or _URL_RUN.search(path)
    day = "{}-{:0>2}-{:0>2}".format(*match.group("y", "m", "d")) if match else None
    return day if day and _is_calendar_day(day) and day >= _WEB_BEGAN else None


def _is_calendar_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _article_time(tree) -> str | None:
    """The first ``itemprop=datePublished`` or ``<time datetime>`` of the article region;
    the page's only ``datePublished`` counts wherever it sits (an article's "footer")."""
    xpath = (
        '//*[@itemprop="datePublished"] | //article//time[@datetime] | '
        "//header//time[@datetime] | //main//time[@datetime]"
    )
    published = tree.xpath('//*[@itemprop="datePublished"]')
    for element in tree.xpath(xpath):
        if not _off_region(element) or published == [element]:
            value = element.get("datetime") or element.get("content") or _text(element)
            if value:
                return value
    return None


def as_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date string (ISO or as e-mail headers write it), as the page
    writes the day; a string without a four-digit year gives nothing."""
    if not value or not _YEAR.search(value):
        return None
    match = _DAY.search(value)
    if match and 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(3)) <= 31:
        return "-".join(match.groups())
    if match := _DOTTED_DAY.search(value):  # 10.12.2022: day first, as Europe writes it
        day, month, year = (int(part) for part in match.groups())
        return f"{year}-{month:02d}-{day:02d}" if month <= 12 and day <= 31 else None
    try:
        return dateutil_parser.parse(value, fuzzy=True, ignoretz=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def without_assets(tree):
    """A copy of the page without images, media, scripts and their URLs, so that no date is
    read from an asset path ("/uploads/2010/01/01/photo.jpg"); htmldate reads ``og:image``."""
    copy = deepcopy(tree)
    for element in copy.xpath(_ASSETS):
        element.drop_tree()
    for element in copy.xpath("//*[@src or @srcset or @data-src or @poster]"):
        for name in ("src", "srcset", "data-src", "poster"):
            element.attrib.pop(name, None)
    return copy


def _htmldate(tree, *, url: str | None, extensive: bool) -> str | None:
    try:
        return find_date(tree, url=url, extensive_search=extensive, original_date=True)
    except (ValueError, TypeError) as e:
        log.debug("htmldate failed: %s", e)
        return None
