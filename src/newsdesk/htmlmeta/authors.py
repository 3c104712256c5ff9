"""Authors of a page: JSON-LD and ``<meta>`` authors, ``rel=author`` links, byline elements in the
article region, a byline beside the headline, a byline line that opens or closes the main text,
"Source:" lines, the agency of the main text's opening dateline and copyright holders.

Author strings are made into people by ``newsdesk.bylines``; a page that names no person gets
the organisation its byline holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, pairwise

from lxml import etree

from newsdesk.bylines import (
    Byline,
    agency_code,
    names_site,
    organisations,
    parse_byline,
)
from newsdesk.bylines.lexicons import NEWS_AGENCIES
from newsdesk.bylines.names import (
    has_interface_word,
    has_legal_form,
    has_name_shape,
    has_organisation_word,
    is_dictionary_word,
    is_named_person,
    squash_letters,
)
from newsdesk.htmlmeta.dates import (
    as_day,
    headlines,
)
from newsdesk.htmlmeta.structured import (
    NEAR_TEXTS,
    PageMetadata,
    Structured,
    element_text,
    is_leafish,
    ld_names,
    ld_type,
    meta_values,
    off_region,
    squash,
)

#: A class that names the author's name element ("author", "cb-author", "author_name"), not
#: a part around it ("meta-prep-author" holds "By", "author-box" a biography).
_AUTHOR_CLASS = re.compile(r"^(?:[a-z]+[-_])?(?:author|autor|auteur)(?:[-_]?name)?$", re.I)
#: The path of an author's page: a link there wraps the author's picture, not a teaser card.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en)?|auteurs?|profiles?|people|staff|users?|journalists?|writers?"
    r"|contributors?|byline)(?:/|$)",
    re.IGNORECASE,
)
#: Words of a class that marks a byline or its author, in English and in the languages that
#: write "autor" (German, Spanish, Portuguese, Polish) or "auteur" (French, Dutch).
_BYLINE_CLASS_WORDS = ("byline", "Byline", "author", "Author", "autor", "Autor", "auteur")
#: The words that lead a byline, in the languages the readers see ("By", "Von", "Par").
_BY_WORDS = r"(?:by|von|par|por|di|door|av)"
#: A byline word after at most two words without digits or colons ("Ein Beitrag von", not
#: "100 Folgen von" or "Öffnungszeiten: jederzeit von").
_BY_LEAD = re.compile(rf"^(?:[^\d\s:]+\s+){{0,2}}{_BY_WORDS}\b\s*:?\s+\S", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(
    r"(?:^|\s)(?:autor(?:in)?|author|auteur|автор|text|texto|von|by|par|por)\s*:\s*"
    r"(?P<name>\S.{1,60})$",
    re.IGNORECASE,
)
#: A label that ends in a byline word ("Written by", "Verfasst von", "Scritto da").
_BY_LABEL = re.compile(r"(?:^|\s)(?:by|von|par|por|di|da|door|av|autor(?:in)?|author|auteur)\s*:?$", re.IGNORECASE)
#: A line that credits the article's source ("Quelle: kathpress").
_SOURCE_LINE = re.compile(r"^(?:quelle|source|fuente|fonte)\s*:\s*(?P<name>\S.{1,40})$", re.I)
#: A byline word alone in its text node, and a word that puts a day after a name.
_LONE_LEAD = re.compile(r"^(?:by|von|par|por|di|door|av|autor(?:in)?|author|texto?)\s*:?$", re.I)
_JOINER = re.compile(r"^(?:[,&]|and|und|et|y|e)$", re.IGNORECASE)
_DAY_WORD = re.compile(r"^(?:am|on|le|el|em|il|op|den)$", re.IGNORECASE)
#: An author label that opens a line, and any label ("Tags:", "Quelle:") after it.
_LABEL_FIRST = re.compile(r"^(?:autor(?:in)?|author|auteur|автор|texto?|von|by)\s*:", re.I)
_LABEL_INSIDE = re.compile(r"(?:^|\s)(?:autor(?:in)?|author|auteur|автор|texto?|von|by|par|por)\s*:", re.I)
_ANY_LABEL = re.compile(r"\s[^\W\d_]{2,20}\s*:")
#: A copyright line with a year, the word or a bullet after the name: the holder's name.
_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:\(c\)|©)?|(?:©|\(c\))\s*(?=(?:19|20)\d{2}|[^•|©]{3,60}[•|]))\s*"
    r"(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?)?\s*"
    r"(?P<name>[^\W\d_][^.•|,©\d]{2,60}?)\s*(?:[.•|,]|all rights|alle rechte|$)",
    re.IGNORECASE,
)
#: The word itself after the sign ("© Copyright KentNews"): no part of the holder's name.
_COPYRIGHT_WORD = re.compile(r"^(?:copyright|\(c\)|©)\s*", re.IGNORECASE)
#: A short line of stamps and a name between bars or dots ("04.02.2022 | 13:10 Uhr | Uta
#: Helkenberg"); ``parse_byline`` keeps only the part that is a person.
_DATELINE = re.compile(r"\s[|·•]\s")
#: A dateline that opens the main text with the agency in brackets ("Hamburg (dpa/lno) –",
#: "PARIS (AFP) -").
_DATELINE_AGENCY = re.compile(r"^[^\W\d][^()]{0,40}?\((?P<agency>[^()]{2,30})\)\s*[-–—:]")
#: A byline word that opens a line of the main text ("Von Matthias Lauerer"): words before
#: it make a heading there ("Leasing von Firmenfahrzeugen").
_BY_FIRST = re.compile(rf"^{_BY_WORDS}\s*:?\s+\S", re.IGNORECASE)
#: A class that names a bar of share links, where some sites print the byline.
_SHARE_BAR = re.compile(r"(?:^|[\s_-])(?:share|sharing|social)(?:$|[\s_-])", re.IGNORECASE)
#: Lines at each end of the main text where a byline or a signature stands.
_END_LINES = 3
_LINE_TAGS = ("p", "span", "div", "em", "strong", "address", "small", "a")
#: Elements that start a line of their own inside a byline's element.
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
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


def choose_authors(
    tree,
    data: Structured,
    *,
    fallback: str | None,
    sites: list,
    page: PageMetadata,
    text: str | None = None,
) -> None:
    """The people of the first source that names one; a user name or first name alone gives
    way to the full name a later source spells it with ("gabor_munier" → "Gàbor Muniér").
    A page that names no person anywhere gets the organisation its first author slot holds
    ("Eurosport", "HLNF Staff Report"), as readers see it in the byline; trafilatura's guess
    and the copyright line never give an organisation (the publisher holds most rights)."""
    bylines = author_bylines(
        tree, data, fallback=fallback, sites=sites, title=page.title, text=text
    )
    apply_choice(page, tree, bylines, sites=sites)


def apply_choice(
    page: PageMetadata,
    tree,
    bylines: Iterator[tuple[str, Byline]],
    *,
    sites: list,
    at: int | None = None,
) -> None:
    """Give the page the people of the first source that names one (of the source at place
    ``at`` instead, to measure another choice), or else the organisation its sources credit;
    credits are gathered from the sources up to the chosen one."""
    organisation: tuple[str, list[str]] | None = None
    for index, (source, byline) in enumerate(bylines):
        page.credit += [name for name in byline.credit if name not in page.credit]
        if source == "copyright" and organisation:
            continue  # the page credits an organisation: the copyright holder publishes it
        if byline.authors and at in (None, index):
            page.authors, page.found["authors"] = byline.authors, source
            _printed_in_full(page, tree, bylines)
            _spell_out(page, bylines)
            _spell_out_on_page(page, tree, sites=sites)
            return
        if byline.authors or source in _NO_ORGANISATION:
            continue
        names = byline.credit if source == _LD_BODY else organisations(byline.credit)
        if _better_organisation(organisation, (source, names), sites=sites):
            organisation = (source, names)
    if organisation:
        page.authors, page.found["authors"] = organisation[1], f"{organisation[0]} (organisation)"


def _better_organisation(chosen: tuple[str, list[str]] | None, found: tuple[str, list[str]], *, sites: list) -> bool:
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


def _printed_in_full(page: PageMetadata, tree, bylines: Iterator[tuple[str, Byline]]) -> None:
    """Structured data that names fewer people than the byline the page prints gives way
    to it when the byline holds every one of them ("Tariq Malik" in JSON-LD, "By Tariq
    Malik, Mike Wall" under the headline): the markup often keeps the first author only.
    Each name the byline adds must read as a person's ("AP National Political Writer" after
    "Steve Peoples" is a title)."""
    if page.found["authors"] not in _STRUCTURED or " " not in page.authors[0]:
        return
    if not _writes_more_after(tree, page.authors):
        return
    chosen = {name.casefold() for name in page.authors}
    for source, byline in bylines:
        if source in _PAGE_BYLINES and byline.authors:
            added = [name for name in byline.authors if name.casefold() not in chosen]
            printed = {name.casefold() for name in byline.authors}
            if chosen < printed and all(map(is_named_person, added)):
                page.authors, page.found["authors"] = byline.authors, source
            return
        if source not in _BEFORE_PAGE_BYLINES:
            return


def _writes_more_after(tree, names: list[str]) -> bool:
    """Whether the page writes one of ``names`` before a comma, "&" or "and": the cheap test
    before its printed bylines are read for more names."""
    body = tree.find("body")
    written = "|".join(re.escape(name) for name in names)
    joined = rf"(?:{written})\s*(?:[,;&]|and\b|und\b|et\b)"
    return body is not None and bool(re.search(joined, body.text_content(), re.IGNORECASE))


def _spell_out(page: PageMetadata, bylines: Iterator[tuple[str, Byline]]) -> None:
    """One author written as one word: the first later source of the page's own with a full
    name that spells that word out (the same letters, or the word as its first name) gives
    it instead. Trafilatura's guess does not: it writes "Herr_Rein" as "Herr Rein". A user
    name not written as a name ("dehlix", an account that posted the page) also gives way
    to the person the article's author markup names (a ``rel=author`` link, microdata)."""
    if len(page.authors) != 1 or " " in page.authors[0]:
        return
    word = squash_letters(page.authors[0])
    account = not page.authors[0][:1].isupper()
    for source, byline in bylines:
        for name in byline.authors if source != "trafilatura" else []:
            letters = squash_letters(name)
            spelled = letters == word or letters.startswith(word)
            if " " in name and (spelled or (account and source in _AUTHOR_MARKUP)):
                page.authors, page.found["authors"] = [name], source
                return


def _spell_out_on_page(page: PageMetadata, tree, *, sites: list) -> None:
    """One author written as one word gives way to the full name the page writes it in: a
    user name's parts with a middle initial or none ("christian.stadtfeld" → "Christian P.
    Stadtfeld"), or a first name and a surname that the site's name or domain holds
    ("Henry" on steinhau.com, "Alexander" on alexander-klier.net) or that an author's
    element writes ("Stefanus" and the author box's "Stefanus Stahl - Maschinenbauer")."""
    if len(page.authors) != 1 or " " in page.authors[0]:
        return
    parts = [part for part in re.split(r"[._-]+", page.authors[0]) if part]
    if not 1 <= len(parts) <= 2 or not all(part.isalpha() for part in parts):
        return
    found: dict[str, int] = {}
    for text, element in _page_texts(tree, sites):
        for name in _full_names(text, parts):
            if len(parts) == 2 or _names_site_of(name, sites) or _in_author_block(element):
                found[name] = found.get(name, 0) + 1
    if found:
        best = max(found.values())
        page.authors = [next(name for name, count in found.items() if count == best)]
        page.found["authors"] = "spelled out on the page"


def _full_names(text: str, parts: list[str]) -> Iterator[str]:
    """Names in the text that open with the first part and go on with the second, or with
    any capitalised word when there is one part; a middle initial may come between."""
    middle = r"\s+(?:[^\W\d_]\.\s+)?"
    rest = re.escape(parts[1]) if len(parts) == 2 else r"[^\W\d_][\w'’-]+"
    for match in re.finditer(rf"\b{re.escape(parts[0])}{middle}{rest}\b", text, re.IGNORECASE):
        name = match.group()
        if name.split()[-1][:1].isupper() and has_name_shape(name) and not has_interface_word(name):
            yield name


def _page_texts(tree, sites: list) -> Iterator[tuple[str, object]]:
    """The site's names, then every text of the page's body with its element."""
    yield from ((site, None) for site in sites if site)
    for text in tree.xpath("//body//text()[normalize-space()]"):
        if text.getparent().tag not in ("script", "style"):
            yield " ".join(str(text).split()), text.getparent()


def _names_site_of(name: str, sites: list) -> bool:
    """The surname is in the site's name or domain ("Steinhau" on steinhau.com)."""
    surname = squash_letters(name.split()[-1])
    return len(surname) > 2 and any(surname in squash_letters(site) for site in sites if site)


def _in_author_block(element) -> bool:
    """Inside an element the markup gives to the author (``itemprop="author"``, a class or
    id with an author word: an author box, its biography)."""
    for ancestor in [element, *element.iterancestors()] if element is not None else []:
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".casefold()
        if ancestor.get("itemprop") == "author" or "author" in marks or "autor" in marks:
            return True
    return False


_NO_ORGANISATION = ("trafilatura", "copyright")
#: Sources where the markup itself links or types the article's author.
_AUTHOR_MARKUP = ("microdata author", "rel=author")
#: Structured sources, and the sources between them and the bylines the page prints.
_STRUCTURED = ("json-ld author", "meta author")
_BEFORE_PAGE_BYLINES = (*_STRUCTURED, "json-ld organisation", "twitter label", *_AUTHOR_MARKUP)
#: Sources that read a byline the page prints.
_PAGE_BYLINES = ("byline", "by-line text", "by the headline", "main text line")
#: JSON-LD authors the page types as an organisation: one by its own markup, whatever the
#: English NER reads ("Eurosport" as a place).
_LD_BODY = "json-ld organisation"


def author_bylines(
    tree,
    data: Structured,
    *,
    fallback: str | None,
    sites: list,
    title: str | None,
    text: str | None = None,
) -> Iterator[tuple[str, Byline]]:
    """Each author source in the order it is trusted, read lazily into a ``Byline``;
    ``text`` is the page's main text as the extractor reads it."""
    people, unnamed, bodies = ld_authors(data.ld.get("author", []))
    yield "json-ld author", parse_byline(people, outlet=sites, handles=True, declared=True)
    yield "json-ld author", parse_byline(unnamed, outlet=sites, handles=True)
    yield _LD_BODY, Byline(credit=bodies)
    meta = meta_values(tree, AUTHOR_META)
    sources = [
        ("meta author", lambda: meta, True, False),
        ("twitter label", lambda: _labelled_twitter_data(data.meta), True, False),
        ("microdata author", lambda: _microdata_authors(tree), True, True),
        ("rel=author", lambda: _region_texts(tree, '//a[contains(@rel, "author")]'), True, True),
        *(("byline", lambda text=text: [text], named, named) for text, named in _byline_texts(tree)),
        *(("by-line text", lambda text=text: [text], False, False) for text in _by_lines(tree)),
        ("by the headline", lambda: _headline_byline(tree, title=title), False, False),
        ("main text line", lambda: _text_bylines(text), False, False),
        ("forum post", lambda: _forum_authors(tree), True, True),
        ("trafilatura", lambda: [fallback] if fallback else [], True, False),
        ("copyright", lambda: _copyright_holders(tree, sites=sites), False, False),
    ]
    if any(map(has_legal_form, meta)):
        sources.insert(_after_page_bylines(sources), sources.pop(0))
    for source, values, handles, declared in sources:
        wanted = [value for value in values() if not _is_link(value)]
        yield source, parse_byline(wanted, outlet=sites, handles=handles, declared=declared)
    yield "source line", Byline(credit=_source_lines(tree))
    yield "dateline", Byline(credit=_dateline_agency(text))


def _after_page_bylines(sources: list) -> int:
    """Where a company's ``<meta name=author>`` (a legal form: "Arentik d.o.o.", the web
    agency that built the site) goes: after the bylines the page prints, which name the
    article's writer."""
    return max(i for i, (source, *_) in enumerate(sources) if source in _PAGE_BYLINES)


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
        kind = ld_type(value) if isinstance(value, dict) else ""
        wanted = people if "Person" in kind else bodies if kind else unnamed
        wanted += ld_names(value)
    return people, unnamed, bodies


def _is_link(value: str) -> bool:
    return value.startswith(("http://", "https://", "/")) or "facebook.com" in value


def _region_texts(tree, xpath: str) -> list[str]:
    return [text for element in tree.xpath(xpath) if not off_region(element) and (text := element_text(element))]


def _microdata_authors(tree) -> list[str]:
    """Names in ``itemprop="name"`` inside an ``itemprop="author"`` element of the article."""
    names = []
    for element in tree.xpath('//*[@itemprop="author"]//*[@itemprop="name"]'):
        name = element.get("content") or element_text(element)
        if name and not off_region(element) and name not in names:
            names.append(name)
    return names


def _byline_texts(tree) -> list[tuple[str, bool]]:
    """Texts of byline-like elements inside the article region (a ``<byline>`` element as
    NITF writes one, a class with a byline or author word), innermost first, each with
    whether the markup marks it as the author's name (an hCard ``vcard``/``fn``, a class
    that is the word author or author name: "author", "cb-author", "author_name", "autor")."""
    marks = " or ".join(f'contains(@class, "{word}")' for word in _BYLINE_CLASS_WORDS)
    xpath = f'//*[@itemprop="author"] | //byline | //*[{marks} or contains(@data-testid, "byline")]'
    elements = [e for e in tree.xpath(xpath) if not (off_region(e, post_footer=True) or _in_teaser(e))]
    outer = {ancestor for element in elements for ancestor in element.iterancestors()}
    elements.sort(key=lambda element: element in outer)  # innermost first, stable
    texts = [(_spaced_text(e), _names_author(e)) for e in elements if is_leafish(e)]
    return [(text, named) for text, named in texts if text and len(text) <= 120][:4]


def _in_teaser(element) -> bool:
    """Inside a link that wraps a block or a picture: a teaser card of another article, whose
    byline is that article's ("<a href=...><div>headline, summary, <span class=autor>Von
    ...</span></div></a>"). A name that is itself a link is not in one, nor a link to an
    author's page with the author's picture ("<a href=/authors/jane-doe><img> Jane Doe</a>")."""
    blocks = ".//div | .//p | .//img | .//h2 | .//h3 | .//h4"
    return any(
        link.xpath(blocks) and not _AUTHOR_PATH.search(link.get("href") or "")
        for link in element.iterancestors("a")
    ) or any(map(_is_list_item, [element, *islice(element.iterancestors(), _ITEM_DEPTH)]))


#: How far above a byline its list item may start (a post's heading sits beside its byline).
_ITEM_DEPTH = 4


def _is_list_item(block) -> bool:
    """One of a list of posts: a block that holds a linked heading and no ``<h1>``, beside
    a block of the same tag and class that holds one too (a front page's or a section's
    teasers, each with its own byline)."""
    kind = (block.tag, block.get("class"))
    siblings = [*block.itersiblings(), *block.itersiblings(preceding=True)]
    alike = [other for other in siblings if kind[1] and (other.tag, other.get("class")) == kind]
    return bool(alike) and _linked_heading(block) and any(map(_linked_heading, alike))


def _linked_heading(block) -> bool:
    return bool(block.xpath(".//h2//a[@href] | .//h3//a[@href] | .//h4//a[@href]")) and (
        block.find(".//h1") is None
    )


def _names_author(element) -> bool:
    tokens = (element.get("class") or "").split()
    return any(token in ("vcard", "fn") or _AUTHOR_CLASS.match(token) for token in tokens)


def _spaced_text(element) -> str | None:
    """The element's text with a space between its children's texts ("By" and a linked
    name in two spans read "By Alex Bozarjian", not "ByAlex Bozarjian"), and a line break
    where a ``<br>`` or a block starts one."""
    return "\n".join(_broken_lines(element)) or None


def _by_lines(tree) -> list[str]:
    """Short texts in the article region that open with a byline word ("By", "Von", "Par"),
    or the name after an author label ("Autor: Peter Maahn", "Von: ...") in a short line;
    a link counts only with a label (a link "by X" is usually another article's)."""
    region = _article_region(tree)
    if region is None:
        return []
    texts = []
    for element in region.iter(*_LINE_TAGS):
        lines = [_labelled_field(line) for line in _broken_lines(element)] if is_leafish(element) else []
        short = [text for text in lines if len(text.split()) <= 12]
        if not short or off_region(element) or _in_teaser(element):
            continue
        for text in short:
            if element.tag != "a" and len(text.split()) <= 8 and _BY_LEAD.match(text):
                texts.append(text)
            elif label := _AUTHOR_LABEL.search(text):
                texts.append(text[label.start() :].strip())  # the label marks the author slot
            elif _DATELINE.search(text) and as_day(text):
                texts.append(text)
    return texts[:3]


def _text_bylines(text: str | None) -> list[str]:
    """A byline that opens or closes the main text: a short line led by a byline word or
    an author label among its first and last lines ("Von Matthias Lauerer", "Autor: Jane
    Doe"). A name alone on a last line is not read: the English NER takes
    German headings and press contacts there for people."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    ends = lines[:_END_LINES] + lines[-_END_LINES:] if len(lines) > 1 else []
    return [line for line in dict.fromkeys(ends) if _is_byline_line(line)][:2]


def _is_byline_line(line: str) -> bool:
    words = len(line.split())
    return (words <= 8 and bool(_BY_FIRST.match(line))) or (
        words <= 12 and bool(_LABEL_FIRST.match(line))
    )


def _article_region(tree):
    """The ``<article>`` or ``<main>`` that holds the page's ``<h1>``, the only one the page
    has, or else the whole body: a page may mark up several teasers or sections as
    ``<article>`` before the story's own."""
    regions = tree.xpath("//article | //main")
    with_headline = [region for region in regions if region.find(".//h1") is not None]
    if with_headline or len(regions) == 1:
        return (with_headline or regions)[0]
    return tree.find("body")


def _broken_lines(element) -> list[str]:
    """The element's text, one string per line that a ``<br>`` or a block inside it starts
    ("Von Roland Brockmann und Sebastian Drescher" <br> "Kakuma /Kenia": the dateline is no
    part of a name; two authors in two ``<div>`` are two names); a byline word alone on its
    line stays with the line after it ("Von:" <br> "Götz Warnke")."""
    lines: list[list[str]] = [[]]
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node is not element and (node.tag == "br" or node.tag in _BLOCKS):
            lines.append([])
        if event == "start" and isinstance(node.tag, str) and node.tag != "br":
            lines[-1].append(node.text or "")
        if event == "end" and node is not element:
            lines[-1].append(node.tail or "")
    texts = [text for line in lines if (text := " ".join(" ".join(line).split()))]
    for index in range(len(texts) - 1, 0, -1):
        if _LONE_LEAD.match(texts[index - 1]):  # "Von:" <br> "Götz Warnke"
            texts[index - 1 : index + 1] = [f"{texts[index - 1]} {texts[index]}"]
    return texts


def _labelled_field(text: str) -> str:
    """A line with an author label ends at the next label ("Autor: Klausmartin Friedrich
    Tags: 1907, ..." → "Autor: Klausmartin Friedrich"; "05/10/2018 - Publicado por: Clarissa
    Borba - Categoria: Saúde - Tags: ..." → "05/10/2018 - Publicado por: Clarissa Borba")."""
    label = _LABEL_INSIDE.search(text)
    if not label:
        return text
    following = _ANY_LABEL.search(text, pos=label.end())
    return (text[: following.start()] if following else text).rstrip(" -–—|·•")


def _headline_byline(tree, *, title: str | None) -> list[str]:
    """A byline in the texts just after the headline that no element marks: a lone byline
    word and the name after it ("By" | "Alex Bozarjian"), or a person's name followed by a
    day ("Kathrin Führes" | "am" | "Mittwoch, 26.01.2022"); or the one line there that
    opens with a byline word, wherever the page puts it (in a share bar: "By Urs Gehriger
    and Florian Schwab" beside the date and the share links)."""
    for headline in headlines(tree, title=title) or _titled_heading(tree, title=title):
        texts = [
            " ".join(str(text).split())
            for text in headline.xpath("following::text()[normalize-space()]")[:NEAR_TEXTS]
            if text.getparent().tag not in ("script", "style")
        ]
        for index, (text, after) in enumerate(pairwise(texts)):
            if _LONE_LEAD.match(text) and not _LONE_LEAD.match(after):
                return [_joined_names(texts, index)]
            if (_DAY_WORD.match(after) or as_day(after)) and is_named_person(text):
                return [text]
        if len(by_lines := _near_by_lines(headline)) == 1:
            return by_lines
    return []


def _joined_names(texts: list[str], lead: int) -> str:
    """A lone byline word, the name after it and each further name that a comma or "and"
    alone joins to it ("By" | "Matthew Digby" | "," | "Minh Do")."""
    end = lead + 2
    while end + 1 < len(texts) and _JOINER.match(texts[end]):
        end += 2
    return " ".join(texts[lead:end])


def _near_by_lines(headline) -> list[str]:
    """The texts just after the headline that open with a byline word, in the article
    region or in a share bar beside the headline (never in a sidebar, a related list or a
    teaser card of another article)."""
    found = []
    for text in headline.xpath("following::text()[normalize-space()]")[:NEAR_TEXTS]:
        line, element = " ".join(str(text).split()), text.getparent()
        if not _is_byline_line(line) or _in_teaser(element):
            continue
        if not off_region(element) or _in_share_bar(element):
            found.append(line)
    return found


def _in_share_bar(element) -> bool:
    """Inside a block whose class names a share or social bar ("social-share")."""
    return any(
        _SHARE_BAR.search(ancestor.get("class") or "") for ancestor in element.iterancestors()
    )


_TITLE_PARTS = re.compile(r"\s+[|\-–—:·»]\s+")


def _titled_heading(tree, *, title: str | None) -> list:
    """The first ``<h2>`` that holds the title's headline (its longest part between the
    separators a ``<title>`` puts before a site or section name), on a page with no
    ``<h1>``: a section heading ("Politik" of "… | Politik | Zeitung") is not it."""
    parts = _TITLE_PARTS.split(title or "")
    wanted = squash(max(parts, key=len))
    if not wanted or tree.find(".//h1") is not None:
        return []
    return [h2 for h2 in tree.iter("h2") if wanted in squash(element_text(h2) or "")][:1]


def _source_lines(tree) -> list[str]:
    """The credit of a short "Quelle: …" / "Source: …" line of the article region, which
    German and other European outlets print under an article that an agency or a desk
    wrote ("Quelle: kathpress", "Quelle: MDR THÜRINGEN/ls"): an organisation for a page
    that names no person (a person there is the source of a fact, never the author)."""
    region = _article_region(tree)
    for element in region.iter(*_LINE_TAGS) if region is not None else []:
        text = " ".join(" ".join(element.itertext()).split())
        if len(text.split()) <= 6 and (match := _SOURCE_LINE.match(text)):
            name = match.group("name")
            if not (off_region(element) or _beside_picture(element) or is_named_person(name)):
                return [name]
    return []


def _beside_picture(element) -> bool:
    """In a picture's caption: inside a ``<figure>``, or in the nearest block that holds an
    image and no paragraph (a photo's "Quelle: …" is the photo's credit, not the article's)."""
    if next(element.iterancestors("figure", "figcaption"), None) is not None:
        return True
    blocks = ("div", "li", "td", "section")
    block = element if element.tag in blocks else next(element.iterancestors(*blocks), None)
    if block is None or not block.xpath(".//img | .//picture"):
        return False
    return all(paragraph is element for paragraph in block.iter("p"))


def _dateline_agency(text: str | None) -> list[str]:
    """The news agency named in the dateline that opens the main text, as a wire story
    credits it ("Hamburg (dpa/lno) – ...", "HAYWARD, Calif. (AP) — ..." under the headline
    the text repeats): an organisation for a page that names no person."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    for line in lines[:_END_LINES]:
        if match := _DATELINE_AGENCY.match(line):
            agency = match.group("agency").strip()
            if agency_code(agency) or agency.casefold() in NEWS_AGENCIES:
                return [agency]
    return []


def _forum_authors(tree) -> list[str]:
    """The ``data-author`` of the first post of a thread (forum software marks each post
    ``<article data-author=...>``): the thread's opener wrote the page's article."""
    for element in tree.xpath("//article[@data-author]"):
        if not off_region(element):
            return [element.get("data-author")]
    return []


def _copyright_holders(tree, *, sites: list) -> list[str]:
    """The name in the page's last copyright line with a year, the word or a bullet after
    the name ("© 2019 Sven Schreivogel", "(c) Johannes Wolf • ..."): a personal site's
    owner wrote its pages. Photo credits ("© Jane Doe" under a picture) carry none of
    these and are not read. The last resort: any other source comes first."""
    for text in reversed(tree.xpath("//body//text()[normalize-space()]")):
        if text.getparent().tag in ("script", "style"):
            continue
        if match := _COPYRIGHT.search(" ".join(str(text).split())):
            name = _COPYRIGHT_WORD.sub("", match.group("name"))
            return [name] if _holds_as_person(name, sites=sites) else []
    return []


def _holds_as_person(name: str, *, sites: list) -> bool:
    """The copyright holder reads as a person, not an organisation: a whole name the NER
    takes for a person, with no legal form or institution's noun ("Verlagsgruppe BELTZ"),
    and not the site's own name ending in a common noun ("Oberstdorf Resort" on
    oberstdorf-resort.de; "Sven Schreivogel" on sven-schreivogel.de is its owner)."""
    if has_legal_form(name) or has_organisation_word(name) or not is_named_person(name):
        return False
    return not (names_site(name, sites) and is_dictionary_word(name.split()[-1]))
