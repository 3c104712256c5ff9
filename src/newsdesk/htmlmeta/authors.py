"""Authors of a page: the people of the first author source that names one (its sources, in
the order they are trusted, are read in ``author_sources.py``), spelled out in full where the
page writes a one-word author's full name, and a user name made of the writer's names read
as that name ("robert.stitz" → "Robert Stitz").

Author strings are made into people by ``newsdesk.bylines``; a page that names no person gets
the organisation its byline holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from itertools import chain

from newsdesk.bylines import (
    Byline,
    agency_code,
    names_site,
    names_site_by_noun,
    organisations,
    parse_byline,
)
from newsdesk.bylines.lexicons import NEWS_AGENCIES
from newsdesk.bylines.names import (
    has_interface_word,
    has_name_shape,
    is_desk,
    is_dictionary_word,
    is_named_person,
    name_handle_words,
    reads_as_person,
    squash_letters,
)
from newsdesk.htmlmeta.author_sources import (
    AUTHOR_MARKUP,
    BEFORE_PAGE_BYLINES,
    LD_BODY,
    NO_ORGANISATION,
    PAGE_BYLINES,
    STRUCTURED,
    adds_people,
    author_bylines,
    page_prints_credit,
    page_writes_any,
)
from newsdesk.htmlmeta.page_bylines import text_bylines
from newsdesk.htmlmeta.structured import (
    PageMetadata,
    Structured,
    body_texts,
    holds_the_article,
    marks_author,
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
    sources = partial(author_bylines, tree, data, fallback=fallback, sites=sites,
                      title=page.title, text=text)
    apply_choice(page, tree, sources(), sites=sites)
    _signed_over_structured(page, text, sources, sites=sites)


def _printed_over_unwritten(
    page: PageMetadata, tree, read: list[tuple[str, Byline]], bylines: Iterator[tuple[str, Byline]]
) -> list[tuple[str, Byline]]:
    """Structured authors give way to a byline the page prints that names other people,
    each read as a person's, where a source of another kind names them too or the byline
    stands by the headline, when the page's text writes the structured authors nowhere:
    by the written rules the author is whom the byline credits, and the metadata only
    where no byline is shown. A name in the markup alone is what the publishing system
    holds (the account that entered the article, an editor, an analytics tag's), which no
    reader sees. A structured name that the page writes (in its author's line, a box, the
    text) is confirmed by it and stays, unless the markup names the byline's people too
    in another field (``_markup_split``): then one field stands against the other and
    the printed byline. One reading of the page alone may be another article's byline (a
    teaser's below the text), hence the second source. Returns the sources read, with the
    rest of ``bylines`` when they were read for this."""
    if page.found["authors"] not in STRUCTURED:
        return read
    written = page_writes_any(tree, page.authors)
    if written:
        read = _read_markup(read, bylines)
        if not _markup_split(page.authors, read):
            return read
    read = [*read, *bylines]
    found = [(source, byline.authors) for source, byline in read if byline.authors]
    for source, names in found:
        if source not in PAGE_BYLINES or not _other_people(page.authors, names):
            continue
        others = {other for other, more in found if other != source and _names_any(names, more)}
        if (others & set(STRUCTURED)) or (not written and (others or source == "by the headline")):
            page.authors, page.found["authors"] = names, source
            break
    return read


def _read_markup(
    read: list[tuple[str, Byline]], bylines: Iterator[tuple[str, Byline]]
) -> list[tuple[str, Byline]]:
    """``read`` with the sources of ``bylines`` up to the first byline the page prints, that
    one included (the iterator gives each source once): the markup's fields."""
    read = list(read)
    for source, byline in bylines:
        read.append((source, byline))
        if source not in BEFORE_PAGE_BYLINES:
            break
    return read


def _markup_split(chosen: list[str], read: list[tuple[str, Byline]]) -> bool:
    """Another structured field names other people than the ``chosen`` authors, each read
    as a person's (a JSON-LD author and a ``<meta name=author>`` of two writers): the
    markup disagrees with itself, and the byline the page prints decides."""
    return any(
        source in STRUCTURED and _other_people(chosen, byline.authors) for source, byline in read
    )


def _signed_over_structured(
    page: PageMetadata, text: str | None, sources: Callable[[], Iterator], *, sites: list
) -> None:
    """Structured authors give way to the byline that opens or closes the main text when it
    names other people, each read as a person ("Von Matthias Lauerer" over the
    ``<meta name=author>`` "Isabell Angele", who posted the article): the reader sees the
    text's byline, and the markup names whoever the site's account says; by the written
    rules the printed byline is the author. Not when the first byline the page prints,
    above the text's line (a byline element, a line by the headline), names a structured
    author too: what the reader sees there agrees with the markup. The lines are read only
    for structured authors, a text search, so no other page pays for it; the other sources
    only when the text's line names others."""
    if page.found.get("authors") not in STRUCTURED:
        return
    signed = parse_byline(text_bylines(text), outlet=sites)
    if _other_people(page.authors, signed.authors) and not _shown_above(page.authors, sources()):
        page.authors, page.found["authors"] = signed.authors, "main text line"


def _shown_above(authors: list[str], bylines: Iterator[tuple[str, Byline]]) -> bool:
    """The first byline the page prints that names people, trusted above the main text's
    byline line, names one of ``authors``; the author markup does not count (a
    ``rel=author`` link, often hidden, names the account that posted the article, as the
    structured data does)."""
    for source, byline in bylines:
        if source in PAGE_BYLINES and byline.authors:
            return source != "main text line" and _names_any(authors, byline.authors)
    return False


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
            gives_way = _may_give_way(page, tree, sites)
            read, printed = _first_printed(page, bylines) if gives_way else ([], None)
            _printed_over_account(page, printed, sites=sites)
            _printed_in_full(page, tree, printed, sites=sites)
            read = _printed_over_unwritten(page, tree, read, bylines)
            _spell_out(page, chain(read, bylines))
            _spell_out_on_page(page, tree, sites=sites)
            _handle_as_name(page)
            return
        if byline.authors or source in NO_ORGANISATION:
            continue
        names = byline.credit if source == LD_BODY else organisations(byline.credit, sites=sites)
        if _better_organisation(organisation, (source, names), sites=sites):
            organisation = (source, names)
    if organisation and not _site_in_markup_alone(tree, *organisation, sites=sites,
                                                  title=page.title):
        page.authors, page.found["authors"] = organisation[1], f"{organisation[0]} (organisation)"


def _site_in_markup_alone(
    tree, source: str, names: list[str], *, sites: list, title: str | None
) -> bool:
    """The markup's author is the site itself and the page prints it as no credit: a JSON-LD
    author typed as an organisation or a ``<meta name=author>`` that names the site ("City
    Herald" on cityherald.com) says who publishes the page, which its publishing system
    writes into every article's markup; by the written rules an organisation named only in
    the markup is no author. It stays where the page prints it
    after the headline as a credit ("Von" | "Eurosport", ``page_prints_credit``). The site's
    name is still the organisation chosen among the page's (``_better_organisation``), so
    that no other organisation the page prints (a category or another story's code in a
    list) takes its place: the page credits none."""
    if source not in (LD_BODY, "meta author") or not names:
        return False
    if not all(names_site(name, sites) for name in names):
        return False
    return not page_prints_credit(tree, names, title=title)


def _better_organisation(
    chosen: tuple[str, list[str]] | None, found: tuple[str, list[str]], *, sites: list
) -> bool:
    """The first organisation a page credits, unless it is only the site's own name and
    the article's source line credits another (an agency or a desk: "Quelle: MDR
    THÜRINGEN/ls" under an article whose ``<meta name=author>`` is "mdr.de"), or the markup
    names only the site and a byline the page prints or the text's dateline credits an
    agency or a desk (``_agency_or_desk``: "dpa" under the headline, "ST. JOSEPH, Mich.
    (AP) —" under the JSON-LD organisation "CBS Detroit"): the site's name in the markup
    says who publishes the page, the byline whom it credits. Or it is the markup's and the
    page prints a press release's issuer: the body a reader sees credited ("Herausgeber:
    Pressestelle des Deutschen Caritasverbandes" over the association's ``<meta
    name=author>``)."""
    source, names = found
    if not names or chosen is None:
        return bool(names)
    if source == "issuer":
        return chosen[0] in (*STRUCTURED, LD_BODY)
    if not all(names_site(name, sites) for name in chosen[1]):
        return False
    if any(names_site(name, sites) for name in names):
        return False
    if source in (*PAGE_BYLINES, "dateline"):
        return chosen[0] in (*STRUCTURED, LD_BODY) and all(map(_agency_or_desk, names))
    return source == "source line"


def _agency_or_desk(name: str) -> bool:
    """A news agency's name or code ("AP", "dpa/lno") or a desk's byline ("Herald Staff",
    ``is_desk``): the bodies a byline credits with a text where it names no person. Other
    organisations a line of post details prints are its categories or another article's
    ("Social Media", a league's code in a list of stories)."""
    return bool(agency_code(name)) or name.casefold() in NEWS_AGENCIES or is_desk(name)


def _may_give_way(page: PageMetadata, tree, sites: list) -> bool:
    """Whether the structured authors just chosen may give way to a printed byline: they name
    an account, the site or no person (``_posted_by``), or the page writes more names after
    them (``_printed_in_full``); only then are the printed bylines read."""
    if page.found["authors"] not in STRUCTURED:
        return False
    if _posted_by(page.authors, sites=sites):
        return True
    if " " not in page.authors[0]:
        return False
    return _writes_more_after(tree, page.authors + [initialled(name) for name in page.authors])


def _posted_by(authors: list[str], *, sites: list) -> bool:
    """Structured authors that name who posted the page rather than who wrote it: an
    account's user name ("kevin-r"), the site's own name, or values of several words of
    which none reads as a person's by the NER or the given-name registers
    (``reads_as_person``: "CMS Medios", a publishing system's account). One word that is no
    account's is a first name or a pen name as the byline may show it ("marc", "Ela")."""
    if any(_is_account(name) or names_site(name, sites) for name in authors):
        return True
    return not any(" " not in name or reads_as_person(name) for name in authors)


def _first_printed(
    page: PageMetadata, bylines: Iterator[tuple[str, Byline]]
) -> tuple[list[tuple[str, Byline]], tuple[str, Byline] | None]:
    """For structured authors, the first byline the page prints that names people, when no
    source trusted less than the printed bylines comes before it; with the sources read to
    find it, which later choices read again."""
    read: list[tuple[str, Byline]] = []
    if page.found["authors"] not in STRUCTURED:
        return read, None
    for source, byline in bylines:
        read.append((source, byline))
        if source in PAGE_BYLINES and byline.authors:
            return read, (source, byline)
        if source not in BEFORE_PAGE_BYLINES:
            break
    return read, None


def _printed_in_full(
    page: PageMetadata, tree, printed: tuple[str, Byline] | None, *, sites: list
) -> None:
    """Structured data that names fewer people than the byline the page prints gives way
    to it when the byline holds every one of them ("Tariq Malik" in JSON-LD, "By Tariq
    Malik, Mike Wall" under the headline), each name it adds a person's (``adds_people``).
    The byline may write a structured name with its given name cut to the initial
    ("Eduardo Barreneche" in JSON-LD, "E. Barreneche / J. I. da Silva" printed), as papers
    that credit two writers often do: the byline is then the fuller credit, as printed. Each
    form is tried, since the page may write the full name elsewhere too (a footer's "Eduardo
    Barreneche, corresponsal en Madrid")."""
    if printed is None or page.found["authors"] not in STRUCTURED or " " not in page.authors[0]:
        return
    source, byline = printed
    for written in (page.authors, [initialled(name) for name in page.authors]):
        if _writes_more_after(tree, written) and adds_people(written, byline.authors, sites=sites):
            page.authors, page.found["authors"] = byline.authors, source
            return


def initialled(name: str) -> str:
    """A name with its first given name cut to the initial and a period ("Eduardo
    Barreneche" → "E. Barreneche"); a name of one word as it is."""
    first, space, rest = name.partition(" ")
    return f"{first[:1]}. {rest}" if space and first[:1].isalpha() else name


def _printed_over_account(
    page: PageMetadata, printed: tuple[str, Byline] | None, *, sites: list
) -> None:
    """Structured data that names an account's user name ("kevin-r", beside
    the account's display name "Kevin Rebong"), the site's own name or no person ("CMS
    Medios" over "Laura Jordán, Javier Urbina") names who posted the page
    (``_posted_by``); the byline the page prints names who wrote it ("By David Jeans") and
    wins when each of its people is another than the structured ones and reads as a
    person's. A structured value that the first printed byline names too stays ("Ela" in
    JSON-LD and in the byline)."""
    if printed is None or page.found["authors"] not in STRUCTURED:
        return
    if not _posted_by(page.authors, sites=sites):
        return
    source, byline = printed
    if _other_people(page.authors, byline.authors):
        page.authors, page.found["authors"] = byline.authors, source


def _other_people(chosen: list[str], found: list[str]) -> bool:
    """Each of ``found`` reads as a person's name and none is one of the ``chosen`` authors."""
    return bool(found) and not _names_any(chosen, found) and all(map(is_named_person, found))


def _names_any(chosen: list[str], found: list[str]) -> bool:
    """One of ``found`` is one of the ``chosen`` authors, their letters compared ("Ann
    Miller" is "ann-miller")."""
    return not {squash_letters(name) for name in chosen}.isdisjoint(map(squash_letters, found))


def _is_account(name: str) -> bool:
    """A user name not written as a name: one word in lower case with a mark or digit no
    name has ("kevin-r", "webteam7"); "marc" may be a first name written small."""
    return " " not in name and not name[:1].isupper() and not all(ch.isalpha() for ch in name)


def _writes_more_after(tree, names: list[str]) -> bool:
    """Whether the page writes one of ``names``, as a whole word, before a comma, "&", a slash
    or "and" (in the languages the readers see): the cheap test before its printed bylines
    are read for more names ("Mary Smith" is not read inside "Rosemary Smith,"). The texts of
    the page's elements are joined with a space, so a name printed just after a heading
    starts a word."""
    body = tree.find("body")
    if body is None:
        return False
    written = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    joined = rf"(?<!\w)(?:{written})\s*(?:[,;&/]|and\b|und\b|et\b|y\b)"
    return bool(re.search(joined, " ".join(body.itertext()), re.IGNORECASE))


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
            if " " in name and (spelled or (account and source in AUTHOR_MARKUP)):
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
            if names_site_by_noun(name, sites) or _in_site_name(name, sites):
                continue  # the site's own name: "Vortex Cannon" on vortexcannon.org
            if len(parts) == 2 or _names_site_of(name, sites) or _in_author_block(element):
                found[name] = found.get(name, 0) + 1
    if found:
        best = max(found.values())
        page.authors = [next(name for name, count in found.items() if count == best)]
        page.found["authors"] = "spelled out on the page"


def _handle_as_name(page: PageMetadata) -> None:
    """One author that is still a user name made of a person's names after the page was
    searched for its spelling ("robert.stitz" in JSON-LD, written nowhere else) is that
    person, "Robert Stitz" (``name_handle_words``): by the written rules case and
    punctuation are no part of a name."""
    if len(page.authors) == 1 and (words := name_handle_words(page.authors[0])):
        page.authors = [" ".join(word.capitalize() for word in words)]


def _in_site_name(name: str, sites: list) -> bool:
    """The name is a run of the words of the site's name that ends in a common noun
    ("Beachbody Blog" of "The Beachbody Blog"): the site's name without its article, no
    person's."""
    words = name.casefold().split()
    if not is_dictionary_word(words[-1]):
        return False
    for site in filter(None, sites):
        held = site.casefold().split()
        if any(held[start : start + len(words)] == words for start in range(len(held))):
            return True
    return False


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
    for text in body_texts(tree):
        yield " ".join(str(text).split()), text.getparent()


def _names_site_of(name: str, sites: list) -> bool:
    """The surname is in the site's name or domain ("Steinhau" on steinhau.com)."""
    surname = squash_letters(name.split()[-1])
    return len(surname) > 2 and any(surname in squash_letters(site) for site in sites if site)


def _in_author_block(element) -> bool:
    """Inside an element the markup gives to the author (``itemprop="author"``, a class or
    id with an author word: an author box, its biography), below the block that holds the
    article: a publishing system marks the whole post with its author's account
    (``<article class="post author-jdoe">``), whose text is no author box."""
    for ancestor in [element, *element.iterancestors()] if element is not None else []:
        if holds_the_article(ancestor, element):
            return False
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".casefold()
        if marks_author(ancestor) or "author" in marks or "autor" in marks:
            return True
    return False
