"""Authors of a page, each source in the order it is trusted: JSON-LD and ``<meta>``
authors, ``rel=author`` links, the bylines the page prints, an author's card and the name
that signs the main text (``page_bylines.py``), a Korean text's name before the writer's
role ("홍길동 기자", ``bylines.role_nouns``), "Source:" lines, the agency of the main text's opening
dateline and copyright holders. A one-word ``<meta>`` author that the page never writes and
that is no name (an account's or a site's code) is none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, partial

from lxml import etree

from newsdesk.bylines import (
    Byline,
    agency_code,
    names_site,
    names_site_by_noun,
    parse_byline,
)
from newsdesk.bylines.lead_words import AUTHOR_LABELS, AUTHOR_WORDS, LABEL_WORDS, alternation
from newsdesk.bylines.lexicons import NEWS_AGENCIES
from newsdesk.bylines.names import (
    ends_in_role,
    has_legal_form,
    has_organisation_word,
    is_named_person,
    opens_with_given_name,
    opens_with_registered_name,
    reads_as_person,
)
from newsdesk.bylines.role_nouns import reporter_names
from newsdesk.given_names import is_common_given_name
from newsdesk.htmlmeta.page_bylines import (
    END_LINES,
    LINE_TAGS,
    article_region,
    author_card_names,
    byline_texts,
    closing_signature,
    headline_account,
    headline_author_links,
    headline_byline,
    in_teaser,
    printed_by_lines,
    text_bylines,
)
from newsdesk.htmlmeta.shown import headlines
from newsdesk.htmlmeta.structured import (
    ITEMPROP_AUTHOR,
    Structured,
    block_marks,
    body_texts,
    element_text,
    holds_the_article,
    ld_names,
    ld_type,
    meta_key,
    meta_values,
    names_off_block,
    off_region,
    squash,
)

#: A label that ends in a byline word ("Written by", "Verfasst von", "Scritto da").
_BY_LABEL = re.compile(rf"(?:^|\s)(?:{alternation(LABEL_WORDS)}|{AUTHOR_WORDS})\s*:?$", re.IGNORECASE)
#: The label of a line that credits the article's source, in the languages the readers see.
_SOURCE_LABEL = r"quelle|source|fuente|fonte"
#: A line that credits the article's source ("Quelle: kathpress").
_SOURCE_LINE = re.compile(rf"^(?:{_SOURCE_LABEL})\s*:\s*(?P<name>\S.{{1,40}})$", re.I)
#: The label of a press release's issuer, as German releases head their contact block
#: ("Herausgeber: Nordex SE") and English ones write it ("Issued by: ..."), with the issuer
#: after it or in the next text of the page.
_ISSUER_LABEL = re.compile(r"^(?:herausgeber(?:in)?|herausgegeben von|issued by)\s*:?\s*(?P<name>.*)$", re.I)
#: The most words an issuer's name has ("Pressestelle des Deutschen Caritasverbandes").
_ISSUER_WORDS = 6
#: A copyright line with a year, the word or a bullet after the name: the holder's name.
_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:\(c\)|©)?|(?:©|\(c\))\s*(?=(?:19|20)\d{2}|[^•|©]{3,60}[•|]))\s*"
    r"(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?)?\s*"
    r"(?P<name>[^\W\d_][^.•|,©\d]{2,60}?)\s*(?:[.•|,]|all rights|alle rechte|$)",
    re.IGNORECASE,
)
#: The word itself after the sign ("© Copyright KentNews"): no part of the holder's name.
_COPYRIGHT_WORD = re.compile(r"^(?:copyright|\(c\)|©)\s*", re.IGNORECASE)
#: A dateline that opens the main text with the agency in brackets ("Hamburg (dpa/lno) –",
#: "PARIS (AFP) -").
_DATELINE_AGENCY = re.compile(r"^[^\W\d][^()]{0,40}?\((?P<agency>[^()]{2,30})\)\s*[-–—:]")
#: A web address written in a text ("http://bueltge.de", "www.medianotions.de"): its host.
_WEB_ADDRESS = re.compile(r"(?:https?://|(?<![\w.@])www\.)((?:[\w-]+\.)+[a-z]{2,6})\b", re.IGNORECASE)
#: Links the markup marks as the author's.
_REL_AUTHOR = '//a[contains(@rel, "author")]'
AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
)
#: The ``<meta>`` tag of the author's account on a social network: a name written with a
#: space ("Jane Doe") names the author, one word ("notsoTan_za", "@janedoe") is the
#: account's handle, which no byline prints.
ACCOUNT_META = ("twitter:creator",)
#: Any other ``<meta>`` key whose last word, after a vendor's or vocabulary's prefix, is
#: author, creator or byline, with or without "name" ("og:author", "dc:creator",
#: "article:author_name", "cxenseparse:author", "sailthru.byline_name"): publishing systems
#: and analytics tags name the writer under keys of their own; never a key that names an
#: id, a link, a slug or a biography ("twitter:creator:id", "sailthru.byline_bio").
_AUTHOR_TAG = re.compile(r"[:._-](?:author|creator|byline)s?(?:[:._-]?name)?$")
NO_ORGANISATION = ("trafilatura", "copyright")
#: Sources where the markup itself links or types the article's author.
AUTHOR_MARKUP = ("microdata author", "rel=author")
#: Structured sources, and the sources between them and the bylines the page prints.
STRUCTURED = ("json-ld author", "meta author")
BEFORE_PAGE_BYLINES = (*STRUCTURED, "json-ld organisation", "twitter label", *AUTHOR_MARKUP)
#: Sources that read a byline the page prints. A link to a writer's page by the headline
#: (``author link by the headline``), read after them, is no printed byline here: like
#: ``rel=author`` it may name the account that posted the article.
PAGE_BYLINES = ("byline", "by-line text", "by the headline", "main text line")
#: JSON-LD authors the page types as an organisation: one by its own markup, whatever the
#: English NER reads ("Eurosport" as a place).
LD_BODY = "json-ld organisation"


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
    people, unnamed, bodies = publisher_apart(*ld_authors(data.ld.get("author", [])), data=data)
    written = partial(written_order, tree=tree)
    people, unnamed = [written(name, typed=True) for name in people], [written(name) for name in unnamed]
    meta = meta_values(tree, AUTHOR_META) + [value for value in meta_values(tree, ACCOUNT_META) if " " in value.strip()]
    meta = [value for value in meta if names_site(value, sites) or not _unshown_code(tree, value)]
    meta = [value for value in meta if not _names_site_maker(value, sites)]
    declared = parse_byline(people, outlet=sites, handles=True, declared=True)
    in_meta = cache(partial(_meta_byline, meta, sites=sites))
    if declared.authors and adds_people(declared.authors, in_meta().authors, sites=sites):
        yield "meta author", in_meta()
    yield "json-ld author", declared
    yield "json-ld author", parse_byline(unnamed, outlet=sites, handles=True)
    yield LD_BODY, Byline(credit=bodies)
    read = partial(_reader, sites=sites)
    sources = [
        ("meta author", in_meta),
        ("twitter label", read(lambda: _labelled_twitter_data(data.meta), handles=True)),
        ("microdata author", read(lambda: _microdata_authors(tree), handles=True, declared=True)),
        ("rel=author", read(lambda: _region_texts(tree, _REL_AUTHOR), handles=True, declared=True)),
        *(
            ("byline", read(lambda text=text: [text], handles=named, declared=named))
            for text, named in byline_texts(tree)
        ),
        *(("by-line text", read(lambda text=text: [text])) for text in printed_by_lines(tree)),
        ("by the headline", read(lambda: headline_byline(tree, title=title))),
        ("author link by the headline", read(lambda: headline_author_links(tree, title=title))),
        ("account by the headline", read(lambda: headline_account(tree, title=title), handles=True)),
        ("main text line", read(lambda: text_bylines(text))),
        ("reporter line", read(lambda: reporter_names(text), handles=True, declared=True)),
        ("author card", read(lambda: author_card_names(tree))),
        ("signature", read(lambda: closing_signature(text))),
        ("forum post", read(lambda: _forum_authors(tree), handles=True, declared=True)),
        ("author tag", read(lambda: _author_tags(tree), handles=True)),
        ("trafilatura", read(lambda: _written_on_page(tree, fallback), handles=True)),
        ("copyright", read(lambda: _copyright_holders(tree, sites=sites))),
    ]
    if any(map(has_legal_form, meta)):
        sources.insert(_after_page_bylines(sources), sources.pop(0))
    for source, read in sources:
        yield source, read()
    yield "source line", Byline(credit=_source_lines(tree))
    yield "issuer", Byline(credit=_issuers(tree))
    yield "dateline", Byline(credit=_dateline_agency(text))


def publisher_apart(
    people: list[str], unnamed: list[str], bodies: list[str], *, data: Structured
) -> tuple[list[str], list[str], list[str]]:
    """JSON-LD authors sorted as ``ld_authors`` gives them, with each name that the same
    data gives its publisher, typed as an organisation, among the organisations ("author":
    "EAT SMARTER" beside "publisher": {"@type": "Organization", "name": "EAT SMARTER"}): two
    fields of one record that name the same body say that the publisher filled the author's
    field, whatever the author's ``@type`` (a template's default ``Person``) or the NER's
    reading of the name; a page that names no writer still gets it as its credit."""
    publishers = {squash(name) for name in _organisation_publishers(data)}
    moved = [name for name in (*people, *unnamed) if squash(name) in publishers]
    if not moved:
        return people, unnamed, bodies
    kept = [[name for name in names if name not in moved] for names in (people, unnamed)]
    return kept[0], kept[1], [*bodies, *moved]


def _organisation_publishers(data: Structured) -> list[str]:
    """The names of the JSON-LD ``publisher`` objects typed as anything but a person (an
    article's, or that of the work that stands for the page: ``page publisher``)."""
    values = [*data.ld.get("publisher", []), *data.ld.get("page publisher", [])]
    return [
        name
        for value in values
        for item in (value if isinstance(value, list) else [value])
        if isinstance(item, dict) and ld_type(item) and "Person" not in ld_type(item)
        for name in ld_names(item)
    ]


def written_order(name: str, *, tree, typed: bool = False) -> str:
    """A structured name written surname first ("Jones, Mary", as library catalogues and
    some publishing systems sort people) in the order a byline writes it, "Mary Jones":
    where the page's text writes that order, or, for a value typed as a ``Person``, where
    the part after its one comma is one or two words opening with a registered given name
    and the part before is a surname (one word, or two that open with no given name: "van
    Buren"), the whole read as a person's. A role after a name ("Jane Doe, Reporter",
    "Smith, Staff Writer") or two people ("John Roe, Tom Smith") keep their order; the
    byline's reader takes them apart."""
    surname, comma, given = (" ".join(part.split()) for part in name.partition(","))
    if not comma or "," in given or not surname or not 1 <= len(given.split()) <= 2:
        return name
    turned = f"{given} {surname}"
    if page_writes_any(tree, [turned]):
        return turned
    if not typed or len(surname.split()) > 2 or ends_in_role(given):
        return name
    if not (opens_with_registered_name(turned) and is_named_person(turned)):
        return name
    two_people = len(surname.split()) == 2 and opens_with_registered_name(surname)
    return name if two_people else turned


def page_writes_any(tree, names: list[str]) -> bool:
    """Whether the text of the page's body writes one of ``names`` as whole words, in any
    case, outside scripts and styles (``writes_name``)."""
    text = " ".join(" ".join(str(text).split()) for text in body_texts(tree))
    return any(writes_name(text, " ".join(name.split())) for name in names)


#: A label or byline word that leads a credit in its own text ("Von", "Autor:", "By",
#: "Quelle:").
_CREDIT_LEAD = re.compile(
    rf"^(?:{alternation(LABEL_WORDS)}|{AUTHOR_LABELS}|{_SOURCE_LABEL})\b\s*:?\s*", re.IGNORECASE
)


def page_prints_credit(tree, names: list[str], *, title: str | None) -> bool:
    """Whether the page prints one of ``names`` as a credit: a text of its own after the
    article's headline (after a byline word, an author's or a source's label, or alone:
    "Von" | "Eurosport", "Autor: przepisy.pl", "Quelle: mdr.de", a post's author slot
    "telebasel"), outside asides, navigation, footers and comments. A page without a
    headline is read whole but for its ``<header>``. The site's name in a logo, a menu, the
    page's title or a copyright line ("© Telebasel") is no credit: it says who publishes the
    page (``_publisher_place``)."""
    wanted = {squash(name) for name in names}
    heading = next(iter(headlines(tree, title=title)), None)
    texts = body_texts(tree) if heading is None else _texts_after(heading)
    return any(
        squash(_CREDIT_LEAD.sub("", " ".join(text.split()))) in wanted
        and not _publisher_place(text, headline=heading is not None)
        for text in texts
    )


#: A copyright line's sign or word, in a text or in a block's class or id ("copyright",
#: "site-copyright", "©"): the line names who publishes the page.
_COPYRIGHT_MARK = re.compile(r"©|\(c\)\s|copyright", re.IGNORECASE)


def _publisher_place(text, *, headline: bool) -> bool:
    """A text (an lxml string) where a page names its publisher: a copyright line, or its
    holder or a block around it an aside, navigation, footer, comment block or copyright
    block (``off_region``, the holder included); without a headline, also the page's
    ``<header>`` (its logo and menu)."""
    holder = text.getparent()
    holder = holder.getparent() if text.is_tail and holder is not None else holder
    if holder is None or _COPYRIGHT_MARK.search(text):
        return True
    blocks = [holder, *holder.iterancestors()]
    if any(_COPYRIGHT_MARK.search(" ".join(block_marks(block))) for block in blocks):
        return True
    if holder.tag in ("aside", "nav", "footer") or any(map(names_off_block, block_marks(holder))):
        return True
    return off_region(holder) or (not headline and any(b.tag == "header" for b in blocks))


def _texts_after(element) -> list:
    """Every text with a word after ``element`` in the page's order, outside scripts and
    styles (lxml strings, as ``body_texts`` gives them)."""
    return [text for text in element.xpath("following::text()[normalize-space()]")
            if text.getparent().tag not in ("script", "style")]


def _reader(values, *, sites: list, handles: bool = False, declared: bool = False):
    """A source read when it is asked for: its values, links left out, made a ``Byline``."""
    return lambda: parse_byline(
        [value for value in values() if not _is_link(value)],
        outlet=sites,
        handles=handles,
        declared=declared,
    )


def adds_people(chosen: list[str], fuller: list[str], *, sites: list) -> bool:
    """``fuller`` names every one of the ``chosen`` authors and more people, each added name
    read as a person and none the site's name ("April Roach" in JSON-LD, "April Roach,
    Daniel O'Mahony" in ``<meta name=author>`` or the byline the page prints): structured
    data often keeps the first author only ("AP National Political Writer" after "Steve
    Peoples" is a title, not a person)."""
    named = {name.casefold() for name in chosen}
    added = [name for name in fuller if name.casefold() not in named]
    if not (named and added) or not named <= {name.casefold() for name in fuller}:
        return False
    return all(is_named_person(name) and not names_site(name, sites) for name in added)


def _meta_byline(values: list[str], *, sites: list) -> Byline:
    """The ``<meta>`` authors as a ``Byline``; one that is the site's own name
    (``_names_own_site``) is credited as the organisation, not read as a person, so a person
    that the page prints further down its sources is the author, and the site the credit
    of a page that names none."""
    own = [value for value in values if _names_own_site(value, sites)]
    byline = _reader(lambda: [value for value in values if value not in own], sites=sites, handles=True)()
    site = _reader(lambda: own, sites=sites, handles=True)()
    return Byline(authors=byline.authors, credit=[*byline.credit, *site.authors, *site.credit])


def _names_own_site(value: str, sites: list) -> bool:
    """A ``<meta>`` author that is the site's name or its domain's and ends in a common
    noun ("Riverbend Gazette" on riverbendgazette.com): the publication that filled the
    tag, no writer, unless its first word reads as a given name and the NER reads the whole
    as a person's (a personal site named after its owner, "Mady Morrison" on
    madymorrison.com, whose surname the English word list holds; "Sven Schreivogel" on
    sven-schreivogel.de ends in no common noun)."""
    return names_site_by_noun(value, sites) and not opens_with_given_name(value)


def _unshown_code(tree, value: str) -> bool:
    """A ``<meta>`` author of one word, not written as a name (capitals only, small letters
    only, or with digits or marks) and no common given name, that the page's text never
    writes: the code of the account or the site that posted the page ("KWCHCIK", a
    station's code that its other tags and scripts carry too; "gto", the first word of the
    host), no person's name. A user name that a byline prints is written on the page
    ("jdadmin" under the headline); a first name written small ("marc") or a pen name
    written as a name ("Manniac") is the metadata's name for the writer, and the site's own
    name ("handball-world") its credit."""
    word = value.strip()
    if not word or any(ch.isspace() for ch in word) or is_common_given_name(word):
        return False
    if word[:1].isupper() and word[1:].islower():
        return False
    whole = re.compile(rf"(?<![\w.@-]){re.escape(word)}(?![\w@-]|\.\w)", re.IGNORECASE)
    return not any(whole.search(text) for text in body_texts(tree))


def _names_site_maker(value: str, sites: list) -> bool:
    """A ``<meta>`` author that writes the web address of another site than the page's
    ("Frank Bueltge - http://bueltge.de", "Medianotions, www.medianotions.de" on an
    engineer's site): a web agency or a theme's developer signs the pages it built so, with
    its own address; the writer of an article is never credited with another site's
    address in the page's head. An address of the page's own site ("Deutsche Welle
    (www.dw.com)") names the publication, which the organisation rules read."""
    hosts = [site for site in sites if site and "." in site and " " not in site]
    found = [_site_label(host) for host in _WEB_ADDRESS.findall(value)]
    if not (hosts and found):
        return False
    own = {_site_label(host) for host in hosts} | {squash(site) for site in sites if site}
    return not any(label in own or names_site(label, sites) for label in found)


def _site_label(host: str) -> str:
    """The name of a host without its ``www.``, its subdomains and its ending
    ("www.blog.bueltge.de" → "bueltge", "www.example.co.uk" → "example")."""
    parts = host.casefold().removeprefix("www.").split(".")
    if len(parts) > 2 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:
        parts = parts[:-1]  # a country's second level: "co.uk", "com.au"
    return squash(parts[-2] if len(parts) > 1 else parts[0])


def _after_page_bylines(sources: list) -> int:
    """Where a company's ``<meta name=author>`` (a legal form: "Arentik d.o.o.", the web
    agency that built the site) goes: after the bylines the page prints, which name the
    article's writer."""
    return max(i for i, (source, *_) in enumerate(sources) if source in PAGE_BYLINES)


def _author_tags(tree) -> list[str]:
    """The values of the page's other author tags (``_AUTHOR_TAG``), in page order."""
    keys = []
    for element in tree.iter("meta"):
        key = meta_key(element)
        if _AUTHOR_TAG.search(key) and key not in (*AUTHOR_META, *ACCOUNT_META) and key not in keys:
            keys.append(key)
    return meta_values(tree, tuple(keys))


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


def _written_on_page(tree, guess: str | None) -> list[str]:
    """The names of trafilatura's guess (it joins several with "; ") that the page's body
    writes as whole words outside any comment, any teaser of another article and any
    ``<aside>`` (``_beside_article``): its guess is one reader's, which takes a commenter
    ("D-Zug" under a deal), a listed article's byline ("Von Jörn Mecher" in a list of
    articles, a box of other stories beside the article) or a name made from the domain
    ("Stol It" on stol.it) as well as the author; what a reader sees on the page confirms it. Of
    a guess of several names only those read as a person's count: trafilatura also splits
    one credit at "und" or "/" ("Ministerium für Bildung; Forschung", "Jk; Dpa" from "jk/dpa")."""
    names = [" ".join(name.split()) for name in (guess or "").split(";") if name.strip()]
    if not names:
        return []
    texts = [(" ".join(str(text).split()), text.getparent()) for text in body_texts(tree)]
    written = [name for name in names if _written_in_article(texts, name)]
    return written if len(names) == 1 else [name for name in written if is_named_person(name)]


def _written_in_article(texts: list[tuple[str, object]], name: str) -> bool:
    """One of the page's ``texts`` writes ``name``, and not beside the article."""
    return any(writes_name(line, name) and not _beside_article(element) for line, element in texts)


def _beside_article(element) -> bool:
    """In a reader's comment, a teaser of another article, or an ``<aside>``: HTML's
    element for content beside the article (a sidebar, a box of other stories), whose
    bylines are other articles'."""
    aside = next(element.iterancestors("aside"), None) is not None or element.tag == "aside"
    return aside or _in_comment(element) or in_teaser(element)


def writes_name(line: str, name: str) -> bool:
    """Whether ``line`` writes ``name`` as whole words, in any case."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line, re.IGNORECASE) is not None


def _in_comment(element) -> bool:
    """Inside a reader's comment: a block with a class or id word that names comments, as
    ``off_region`` reads the words ("comment-body", "comments-area"; not the layout's state
    "no-comments", nor "commentary"), that does not hold the article (its headline, its
    entry)."""
    return any(
        any("comment" in mark.casefold() and names_off_block(mark) for mark in block_marks(block))
        and not holds_the_article(block, element)
        for block in [element, *element.iterancestors()]
    )


def _is_link(value: str) -> bool:
    return value.startswith(("http://", "https://", "/")) or "facebook.com" in value


def _region_texts(tree, xpath: str) -> list[str]:
    return [text for element in tree.xpath(xpath) if not off_region(element) and (text := element_text(element))]


def _microdata_authors(tree) -> list[str]:
    """Names in ``itemprop="name"`` inside an ``itemprop="author"`` element of the article
    (``ITEMPROP_AUTHOR``: one of the element's properties)."""
    names = []
    for element in tree.xpath(f'//{ITEMPROP_AUTHOR}//*[@itemprop="name"]'):
        name = element.get("content") or element_text(element)
        if name and not off_region(element) and name not in names:
            names.append(name)
    return names


def _source_lines(tree) -> list[str]:
    """The credit of a short "Quelle: …" / "Source: …" line of the article region, which
    German and other European outlets print under an article that an agency or a desk
    wrote ("Quelle: kathpress", "Quelle: MDR THÜRINGEN/ls"): an organisation for a page
    that names no person (a person there is the source of a fact, never the author)."""
    region = article_region(tree)
    for element in region.iter(*LINE_TAGS) if region is not None else []:
        text = " ".join(" ".join(element.itertext()).split())
        if len(text.split()) <= 6 and (match := _SOURCE_LINE.match(text)):
            name = match.group("name")
            if not (off_region(element) or _beside_picture(element) or is_named_person(name)):
                return [name]
    return []


def _issuers(tree) -> list[str]:
    """The issuer a press release names after its label ("Herausgeber:" <strong>, then
    "Pressestelle des Deutschen Caritasverbandes" in the contact block after it): the body
    that released the text is its author where no person is named. A person there is the
    editor of a publication ("Herausgeber: Richard Schneider" of a magazine), and a label
    in a footer, a sidebar or a box beside the article is the site's or a book's publisher;
    neither is read."""
    region = article_region(tree)
    texts = [] if region is None else _region_text_nodes(region)
    for index, (text, element) in enumerate(texts):
        if not (match := _ISSUER_LABEL.match(text)) or off_region(element):
            continue
        name = match.group("name") or (texts[index + 1][0] if index + 1 < len(texts) else "")
        if 0 < len(name.split()) <= _ISSUER_WORDS and not reads_as_person(name):
            return [name.rstrip(".,;")]
    return []


def _region_text_nodes(region) -> list[tuple[str, object]]:
    """Each text of the region, spaces collapsed, with the element that holds it, scripts and
    styles left out."""
    found = []
    for event, element in etree.iterwalk(region, events=("start", "end")):
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if event == "start" and (text := " ".join((element.text or "").split())):
            found.append((text, element))
        parent = element.getparent()
        tail = " ".join((element.tail or "").split()) if element is not region else ""
        if event == "end" and parent is not None and tail:
            found.append((tail, parent))
    return found


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
    for line in lines[:END_LINES]:
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
    for text in reversed(body_texts(tree)):
        if match := _COPYRIGHT.search(" ".join(str(text).split())):
            name = _COPYRIGHT_WORD.sub("", match.group("name"))
            return [name] if _holds_as_person(name, sites=sites) else []
    return []


def _holds_as_person(name: str, *, sites: list) -> bool:
    """The copyright holder reads as a person, not an organisation: a whole name the NER
    takes for a person, with no legal form or institution's noun ("Verlagsgruppe BELTZ"),
    and not the site's own name ending in a common noun ("Oberstdorf Resort" on
    oberstdorf-resort.de; "Sven Schreivogel" on sven-schreivogel.de is its owner, and so is
    "Mady Morrison" on madymorrison.com, whose surname the English word list holds)."""
    if has_legal_form(name) or has_organisation_word(name) or not is_named_person(name):
        return False
    return not names_site_by_noun(name, sites) or opens_with_given_name(name)
