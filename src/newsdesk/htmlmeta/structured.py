"""Structured data of a page: the parsed tree, JSON-LD, ``<meta>``, the article region, title and outlet.

JSON-LD and ``<meta>`` are read with lxml and ``json``: extruct would read the same tags but
adds RDFa and microformat parsers this module has no use for. The article region excludes
related-article lists, asides, navigation and footers, named by a word of a class or id token.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import html as lxml_html

log = logging.getLogger(__name__)
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report|NewsArticle|LiveBlogPosting", re.IGNORECASE)
#: schema.org types of a page's own work that are no article: a web page and its kinds
#: (``WebPage``, ``ItemPage``, ``MedicalWebPage``, ``QAPage``), a forum or social media post,
#: a how-to, a recipe. Their ``datePublished`` is the page's, kept apart as ``page
#: datePublished``: a page without article stamps is dated by it after the days it shows.
_PAGE_WORK_TYPE = re.compile(r"Page\b|Posting|HowTo|Recipe", re.IGNORECASE)
#: The page works of ``_PAGE_WORK_TYPE`` whose ``author`` is the page's writer: a web page
#: (and its kinds of the ``WebPage`` name, ``MedicalWebPage``), a recipe, a how-to, a forum or
#: social post. A listing or profile page (``CollectionPage``, ``ProfilePage``) is dated by
#: its ``datePublished`` but its author is the site's; works inside a page (an image, a
#: video, a review, a comment) name their own makers.
_WRITTEN_PAGE_TYPE = re.compile(r"^(?:\w*WebPage|Recipe|HowTo|DiscussionForumPosting|SocialMediaPosting)$")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+")
_NOT_OUTLET = re.compile(r"^[\d\W_]+$|\.(?:html?|php|aspx?|jsp)$", re.IGNORECASE)
#: A word of a class or id that names a block beside the article, at the start or the end
#: of the word ("sidebar", "relatedposts", "textwidget", "subnav"), or "more" before another
#: word ("more-stories"); "commentary" names an opinion section, not the readers' comments.
_OFF_REGION = re.compile(
    r"^(?:related|recommend|teaser|sidebar|aside|footer|comment(?!ar)|promo(?:s|tions?)?$"
    r"|newsletter|trending|popular|widget|outbrain|taboola|nav|menu|account|login|share|social)"
    r"|(?:related|teasers?|sidebar|aside|footer|comments?|promo|widgets?|nav|menu|share|social)$"
    r"|^more$",
    re.IGNORECASE,
)
#: Words of a class that make the words after them a state of the page's layout, not a
#: block of it ("no-sidebar-layout", "has-double-sidebar", "with-navigation").
_LAYOUT_STATE = frozenset({"no", "has", "with", "without", "hide", "hidden", "one", "two"})
_TAXONOMY = frozenset({"tag", "category"})
#: Where a class or id token splits into words: dashes, underscores, a camel-case hump.
CLASS_WORD = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
_ENTRY = (
    './/*[contains(concat(" ", normalize-space(@class), " "), " hentry ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " h-entry ")'
    ' or contains(@itemtype, "schema.org/BlogPosting") or contains(@itemtype, "Article")]'
)
#: HTML's sectioning content: a footer belongs to the nearest of these around it.
_SECTIONS = ("article", "section", "aside", "nav")
#: The page's articles and entries, to tell its one article from several.
_ARTICLES = "//article | " + _ENTRY.removeprefix(".")
DATE_MARKS = ("date", "datum", "fecha", "data", "time", "posted", "publi", "meta", "stamp")
#: Texts read beside the headline for its date, its byline and their time stamp.
_NEAR_TEXTS = 12
_PARSER = lxml_html.HTMLParser(encoding="utf-8")
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
class Structured:
    """Values gathered from JSON-LD and ``<meta>`` before they are chosen."""

    ld: dict[str, list] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


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
    name), so a site-wide schema never supplies an article's author or date, and the
    ``datePublished`` of the page's own work that is no article (``_PAGE_WORK_TYPE``) under
    its own key, ``page datePublished``; an article without an ``author`` gives its
    ``creator``, and a page with no article author at all the author of the work that stands
    for the whole page (``_page_work_authors``)."""
    found: dict[str, list] = {}
    items = [
        item
        for script in tree.xpath('//script[contains(@type, "ld+json")]')
        for item in ld_objects(load_json(script.text_content()))
    ]
    for item in items:
        _collect_ld(item, found)
    if "author" not in found and found.get("creator"):
        found["author"] = found["creator"]  # schema.org's wider word for the author
    if "author" not in found:
        found.update(_page_work_authors(items))
    if "author" in found:
        found["author"] = _resolve_ids(found["author"], _ld_nodes(items))
    return found


def _page_work_authors(items: list[dict]) -> dict[str, list]:
    """The ``author`` of the works that stand for the whole page (``_WRITTEN_PAGE_TYPE``), read
    only when no article object names one: a recipe's or a forum thread's page types no
    article, and a page typed ``WebPage`` names its writer there; the ``publisher`` of those
    works comes with them, as ``page publisher``."""
    works = [
        item
        for item in items
        if item.get("author") and any(_WRITTEN_PAGE_TYPE.match(kind) for kind in ld_type(item).split())
    ]
    if not works:
        return {}
    found = {"author": [item["author"] for item in works]}
    if publishers := [item["publisher"] for item in works if item.get("publisher")]:
        found["page publisher"] = publishers
    return found


def _ld_nodes(items: list[dict]) -> dict[str, dict]:
    """The page's named JSON-LD objects by their ``@id`` (a ``name``, or a ``Person``'s
    ``givenName`` and ``familyName``)."""
    return {item["@id"]: item for item in items if isinstance(item.get("@id"), str) and ld_names(item)}


def _resolve_ids(value, nodes: dict[str, dict]):
    """A reference replaced by the object it names: an ``@graph`` (Yoast SEO writes one on
    most WordPress sites) gives the article's author as a reference to a ``Person`` node
    elsewhere in the graph, an object with the node's ``@id`` and no name, or, as JSON-LD
    allows where a property's value is a node, the ``@id`` alone as a string (All in One
    SEO's ``"author": "https://example.com/author/jdoe/#author"``)."""
    if isinstance(value, list):
        return [_resolve_ids(item, nodes) for item in value]
    if isinstance(value, dict) and not ld_names(value) and value.get("@id") in nodes:
        return nodes[value["@id"]]
    if isinstance(value, str) and value in nodes:
        return nodes[value]
    return value


def load_json(text: str):
    """The JSON of a ``<script>``'s text (CDATA markers and a closing ``;`` dropped), or None."""
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        return None


def ld_objects(data) -> Iterator[dict]:
    """The JSON-LD objects of a script's JSON: list items, ``@graph`` nodes, a ``mainEntity``."""
    if isinstance(data, list):
        for item in data:
            yield from ld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from ld_objects(data["@graph"])
        if isinstance(data.get("mainEntity"), dict | list):
            yield from ld_objects(data["mainEntity"])


def ld_type(item: dict) -> str:
    kind = item.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def _collect_ld(item: dict, found: dict[str, list]) -> None:
    kind = ld_type(item)
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
    elif _PAGE_WORK_TYPE.search(kind) and item.get("datePublished"):
        found.setdefault("page datePublished", []).append(item["datePublished"])


def first_ld(ld: dict[str, list], key: str) -> str | None:
    for value in ld.get(key, []):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def ld_names(value) -> list[str]:
    """Names in a JSON-LD ``author``/``publisher`` value (a string, an object or a list); an
    object without a ``name`` is named by its ``givenName`` and ``familyName``, schema.org's
    parts of a person's name, in the order a byline writes them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name") or _given_and_family(value)
        return ld_names(name) if name else []
    if isinstance(value, list):
        return [name for item in value for name in ld_names(item)]
    return []


#: XPath of an element whose ``itemprop`` holds the property ``author``: HTML's microdata
#: writes a space-separated list of properties there (``itemprop="author creator"``).
ITEMPROP_AUTHOR = '*[contains(concat(" ", normalize-space(@itemprop), " "), " author ")]'


def marks_author(element) -> bool:
    """Whether the element's ``itemprop`` list holds ``author`` (``ITEMPROP_AUTHOR``)."""
    return "author" in (element.get("itemprop") or "").split()


def _given_and_family(value: dict) -> str | None:
    """A ``Person``'s ``givenName`` and ``familyName`` joined, or None unless it has both (a
    surname alone is no byline's name)."""
    parts = [value.get(key) for key in ("givenName", "familyName")]
    words = [part.strip() for part in parts if isinstance(part, str) and part.strip()]
    return " ".join(words) if len(words) == 2 else None


def read_meta(tree) -> dict[str, str]:
    """``<meta>`` values by lower-cased ``name``/``property``/``itemprop`` (first one wins)."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop")
        value = element.get("content")
        if key and value and value.strip():
            meta.setdefault(key.strip().lower(), " ".join(value.split()))
    return meta


def meta_key(element) -> str:
    """The key of a ``<meta>`` element: its ``name``, else ``property``, else ``itemprop``,
    stripped and in lower case ("" when it has none)."""
    return (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()


def meta_values(tree, keys: tuple[str, ...]) -> list[str]:
    """Every ``<meta>`` value under one of ``keys``, in the order of ``keys``, then of the
    page (a paper's ``citation_author`` tags name one author each)."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = meta_key(element)
        value = " ".join((element.get("content") or "").split())
        if value and key in keys:
            found.setdefault(key, []).append(value)
    values = [value for key in keys for value in found.get(key, [])]
    return list(dict.fromkeys(values))


def first_meta(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if meta.get(key)), None)


def choose_outlet(data: Structured, *, url: str | None, fallback: str | None, page: PageMetadata) -> str | None:
    publisher = [name for value in data.ld.get("publisher", []) for name in ld_names(value)]
    candidates = [
        ("og:site_name", data.meta.get("og:site_name")),
        ("json-ld publisher", publisher[0] if publisher else None),
        ("json-ld site", first_ld(data.ld, "site")),
        ("meta", first_meta(data.meta, OUTLET_META[1:])),
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


def choose_title(
    tree,
    data: Structured,
    *,
    outlet: str | None,
    url: str | None,
    fallback: str | None,
    page: PageMetadata,
) -> str | None:
    headline, h1 = first_ld(data.ld, "headline"), _article_h1(tree)
    candidates = [
        ("json-ld headline", headline),
        ("meta", first_meta(data.meta, TITLE_META)),
        ("h1", h1),
        ("trafilatura", fallback),
        ("title", element_text(tree.find(".//title"))),
    ]
    title = _pick(candidates, "title", page, valid=lambda value: len(value) <= 300)
    structured = page.found.get("title") in ("json-ld headline", "meta")
    if title and h1 and structured and _headline_within(h1, title, names=_site_names(outlet, url)):
        title, page.found["title"] = h1, "h1 within the structured title"
    return strip_site_name(title, outlet=outlet, url=url) if title else None


def _headline_within(h1: str, title: str, *, names: set[str]) -> bool:
    """Whether the article's ``<h1>`` is the headline that a structured title holds with
    more words around it: a title for search engines and sharing adds the site's name, a
    section label, a kicker or a line of its own to the headline a reader sees ("Tote
    Hummeln unter Linden: Die Erklärung" over the ``<h1>`` "Tote Hummeln unter Linden";
    "Pressemitteilung: Endlich mehr Beschleunigung wagen!"). The two sources agree on the
    headline's words, and by the written rules the visible headline wins. The ``<h1>``'s
    words must stand in the title as a run of whole words, be two or more (a word alone
    may be a section's or the site's label) and not name the site (a logo's ``<h1>``)."""
    heading, words = _words(h1), _words(title)
    if len(h1.split()) < 2 or len(heading) >= len(words) or _names_site(h1, names):
        return False
    return any(words[start : start + len(heading)] == heading for start in range(len(words)))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _article_h1(tree) -> str | None:
    for element in tree.xpath("//article//h1 | //main//h1 | //h1"):
        if not off_region(element):
            return element_text(element)
    return None


def element_text(element) -> str | None:
    return " ".join(element.text_content().split()) or None if element is not None else None


def strip_site_name(title: str, *, outlet: str | None, url: str | None) -> str:
    """Cut a leading or trailing " | Site" part that names the outlet or the domain."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = _site_names(outlet, url)
    while len(parts) > 1 and _names_site(parts[-1], names):
        parts.pop()
    while len(parts) > 1 and _names_site(parts[0], names):
        parts.pop(0)
    return title[title.find(parts[0]) : title.rfind(parts[-1]) + len(parts[-1])]


def _site_names(outlet: str | None, url: str | None) -> set[str]:
    """The site's names as a title writes them: its outlet's and its domain's, squashed."""
    names = {squash(name) for name in (outlet, domain_name(url)) if name}
    return names | {host.split(".")[-2] for host in [domain_name(url) or ""] if host.count(".")}


def _names_site(part: str, names: set[str]) -> bool:
    squashed = squash(part)
    return bool(squashed) and any(
        squashed in name or (name in squashed and len(name) >= 0.6 * len(squashed)) for name in names if name
    )


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold().removeprefix("www."))


def body_texts(tree) -> list:
    """Every text of the page's body with a word in it, outside scripts and styles, in page
    order (lxml strings: ``getparent()`` is the element that holds each)."""
    return [text for text in tree.xpath("//body//text()[normalize-space()]")
            if text.getparent().tag not in ("script", "style")]


def near_texts(element, *, axis: str = "following") -> list:
    """The texts with a word nearest to ``element`` on an XPath ``axis`` ("following": just
    after it, "descendant", "preceding": just before it, the nearest first), outside scripts
    and styles, as lxml strings: where a page writes the byline and the day of its headline."""
    texts = [text for text in element.xpath(f"{axis}::text()[normalize-space()]")
             if text.getparent().tag not in ("script", "style")]
    return texts[::-1][:_NEAR_TEXTS] if axis == "preceding" else texts[:_NEAR_TEXTS]


#: Class and id words of a block that shows other articles or readers' posts beside the
#: article, whose days are theirs: a related, recommended, trending or popular list, an ad
#: network's list, comments. Narrower than ``names_off_block``: a teaser, a share bar, an
#: ``<aside>`` of the post's details often hold the article's own standfirst and day.
_OTHERS_WORD = re.compile(
    r"related|recommend(?:ed|ations?)?|trending|popular|outbrain|taboola|comments?",
    re.IGNORECASE,
)


def beside_article(text) -> bool:
    """Whether a text of the page (an lxml string, as ``near_texts`` gives) lies in a block
    of other articles or readers' posts (``_OTHERS_WORD`` in its own or an ancestor's class
    or id), unless that block holds the headline (a wrapper named after its comments)."""
    holder = text.getparent()
    holder = holder.getparent() if text.is_tail and holder is not None else holder
    if holder is None:
        return False
    for node in (holder, *holder.iterancestors()):
        if any(_names_others(mark) for mark in block_marks(node)) and node.find(".//h1") is None:
            return True
    return False


@lru_cache(maxsize=4096)
def _names_others(token: str) -> bool:
    """One class or id token names a block of other articles or of comments, as a word,
    not as a layout state ("no-comments") nor a tag or category ("tag-popular")."""
    return any(_OTHERS_WORD.fullmatch(word) for word in _block_words(token))


def block_marks(block) -> list[str]:
    """The tokens of an element's class and id, the marks by which a page names its blocks."""
    return f"{block.get('class', '')} {block.get('id', '')}".split()


def is_leafish(element) -> bool:
    return len(element.xpath(".//p | .//div | .//li")) <= 2


def off_region(element, *, own_footer: bool = False) -> bool:
    """Inside an aside, navigation, footer, related-article list or comment block. A
    container that holds the page's headline or wraps the article's entry is the article's
    own, whatever its class says ("single-post", "with-navigation", "one-sidebar" on a page's
    layout wrapper), and a ``<form>`` around it wraps the whole page (as ASP.NET writes every
    page).
    ``own_footer`` keeps the article's own footer (``_article_footer``), where blogs print
    the author's hCard."""
    for ancestor in element.iterancestors():
        if own_footer and _article_footer(ancestor):
            continue
        if ancestor.tag in ("aside", "nav", "footer"):
            return True
        off_marks = [mark for mark in block_marks(ancestor) if names_off_block(mark)]
        off = ancestor.tag == "form" or bool(off_marks)
        if off and not _article_or_layout(ancestor, element, off_marks):
            return True
    return False


def _article_footer(block) -> bool:
    """A footer of the page's article itself: a ``<footer>``, or a block whose class or id
    has the word footer ("entry-footer", "post-footer"), whose nearest section is the
    article. HTML gives a footer to its nearest sectioning element (``<article>``,
    ``<section>``, ``<aside>``, ``<nav>``; here also an hAtom ``hentry``/``h-entry`` or a
    schema.org ``Article`` in microdata) and writes there who wrote that section; the
    page's own footer is the body's, and a footer of an article nested in another (a
    related story, a comment) is that article's."""
    if block.tag != "footer" and not _names_footer(block):
        return False
    section = next(
        (ancestor for ancestor in block.iterancestors()
         if ancestor.tag in _SECTIONS or _is_entry(ancestor)),
        None,
    )
    if section is None or not (section.tag == "article" or _is_entry(section)):
        return False
    return section.find(".//h1") is not None or len(section.xpath(_ARTICLES)) == 1


def _names_footer(block) -> bool:
    return any(
        word.casefold() == "footer" for mark in block_marks(block) for word in CLASS_WORD.split(mark)
    )


def _article_or_layout(block, element, off_marks: list[str]) -> bool:
    return holds_the_article(block, element) or _wraps_layout(block, off_marks)


def _wraps_layout(block, off_marks: list[str]) -> bool:
    """The block holds another block with the same mark: it is the layout's wrapper, named
    after the column it makes room for ("mainwrap sidebar" around the post and its
    "sidebar"), not the column itself."""
    bearers = _class_bearers(block.getroottree().getroot())
    return any(
        any(block in bearer.iterancestors() for bearer in bearers.get(mark, ()))
        for mark in off_marks
    )


_LAST_PAGE = threading.local()


def _class_bearers(root) -> dict[str, list]:
    """Each class name of the page with the elements that bear it, made once per page (each
    thread keeps its last page's index: a page's blocks are checked one after another)."""
    if getattr(_LAST_PAGE, "root", None) is not root:
        index: dict[str, list] = {}
        for element in root.iter("*"):
            for name in (element.get("class") or "").split():
                index.setdefault(name, []).append(element)
        _LAST_PAGE.root, _LAST_PAGE.index = root, index
    return _LAST_PAGE.index


def holds_the_article(block, element) -> bool:
    """The block holds the page's headline, or it wraps the one entry (hAtom ``hentry``,
    microformats2 ``h-entry``, schema.org ``Article``/``BlogPosting`` microdata) that the
    element belongs to: Blogger puts a post inside ``<div class="widget Blog">``."""
    if block.find(".//h1") is not None:
        return True
    for ancestor in element.iterancestors():
        if ancestor is block:
            return False
        if _is_entry(ancestor):
            return len(block.xpath(_ENTRY)) == 1
    return False


def _is_entry(element) -> bool:
    classes = (element.get("class") or "").split()
    itemtype = element.get("itemtype") or ""
    return bool({"hentry", "h-entry"} & set(classes)) or "BlogPosting" in itemtype or "Article" in itemtype


def names_off_block(token: str) -> bool:
    """One class or id token names a block beside the article ("sidebar", "widget_text",
    "jp-relatedposts", "MtnCommentContent"); a word is matched, never a string inside
    another word ("node-promoted" is a post shown on the front page), not after a
    layout-state word ("no-sidebar-layout", "has-double-sidebar"), and not in the name of
    one of the post's tags or categories ("tag-popular", "category-social-media": WordPress
    puts these on the post's own container)."""
    words = _block_words(token)
    return any(
        _OFF_REGION.search(word) and (word.casefold() != "more" or position < len(words) - 1)
        for position, word in enumerate(words)
    )


def _block_words(token: str) -> list[str]:
    """The words of a class or id token that may name a block, up to its first layout-state
    word ("no-sidebar-layout": "no"; such a word names no block and the words after it are a
    state of the layout); none in the name of a post's tag or category ("tag-popular")."""
    words = [word for word in CLASS_WORD.split(token) if word]
    if len(words) > 1 and words[0].casefold() in _TAXONOMY:
        return []
    state = next((at for at, word in enumerate(words) if word.casefold() in _LAYOUT_STATE), None)
    return words if state is None else words[: state + 1]
