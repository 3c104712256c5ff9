"""Bylines a page prints: byline elements in the article region (not in a teaser card of
another article), short lines that open with a byline word or an author label, a byline
beside the headline, a byline line that opens or closes the main text, a name alone that
signs it; and the article region they are read in.
"""

from __future__ import annotations

import copy
import re
from itertools import islice, pairwise
from urllib.parse import urlsplit

from lxml import etree

from newsdesk.bylines import capitalised_names
from newsdesk.bylines.lead_words import (
    AUTHOR_LABELS,
    AUTHOR_WORDS,
    BYLINE_WORDS,
    TEXT_WORDS,
    WRITTEN_BY_DA,
    alternation,
    interviewer,
)
from newsdesk.bylines.lexicons import CLOCK_TIME, NEWSROOM_ROLES, ROLE_MODIFIERS
from newsdesk.bylines.names import (
    is_credential,
    is_dictionary_word,
    is_named_person,
    is_person,
    opens_with_registered_name,
    stop_words,
)
from newsdesk.dates import written_days
from newsdesk.entities.people import NAME_PARTICLES, strip_title
from newsdesk.htmlmeta.dates import as_day
from newsdesk.htmlmeta.shown import headlines
from newsdesk.htmlmeta.structured import (
    CLASS_WORD,
    ITEMPROP_AUTHOR,
    element_text,
    is_leafish,
    marks_author,
    names_off_block,
    near_texts,
    off_region,
    squash,
)

#: A class that names the author's name element ("author", "cb-author", "author_name"), not
#: a part around it ("meta-prep-author" holds "By", "author-box" a biography).
_AUTHOR_CLASS = re.compile(r"^(?:[a-z]+[-_])?(?:author|autor|auteur)(?:[-_]?name)?$", re.I)
#: A class token that joins a picture's word to an author's or byline's word.
_PICTURE_AUTHOR_CLASS = re.compile(
    r"(?:^|[-_])(?:img|image|photo|foto|picture|pic|bild|media|caption|credit)s?[-_]"
    r"(?:[a-z]+[-_])?"
    r"(?:author|autor|auteur|byline)",
    re.IGNORECASE,
)
#: The path of an author's page: a link there wraps the author's picture, not a teaser card.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en)?|auteurs?|profiles?|people|staff|users?|journalists?|writers?"
    r"|contributors?|byline)(?:/|$)",
    re.IGNORECASE,
)
#: The path of a writer's own page, the archive or the account a publishing system links a
#: byline to ("/author/jane-doe/", "/autoren/jane-doe", "/user/profile/jdoe"):
#: ``_AUTHOR_PATH`` without a topic's ("/people/barack-obama", a tag under a headline).
_WRITER_PATH = re.compile(
    r"/(?:authors?|autor(?:en)?|auteurs?|profiles?|staff|users?|journalists?|writers?"
    r"|contributors?|byline)(?:/|$)",
    re.IGNORECASE,
)
#: Words of a class that marks a byline or its author, in English and in the languages that
#: write "autor" (German, Spanish, Portuguese, Polish) or "auteur" (French, Dutch).
_BYLINE_CLASS_WORDS = ("byline", "Byline", "author", "Author", "autor", "Autor", "auteur")
#: The words that lead a byline, in the languages the readers see ("By", "Von", "Par"):
#: ``bylines.lead_words``.
_BY_WORDS = alternation(BYLINE_WORDS)
#: A byline word after at most two words without digits or colons ("Ein Beitrag von", not
#: "100 Folgen von" or "Öffnungszeiten: jederzeit von"), or Italian "Scritto da".
_BY_LEAD = re.compile(
    rf"^(?:(?:[^\d\s:]+\s+){{0,2}}{_BY_WORDS}|{WRITTEN_BY_DA})\b\s*:?\s+\S", re.IGNORECASE
)
#: The labels of an author's slot in a line of post details or credits ("Autor:", "Text:",
#: English "Reporter:", "Words:"), in the languages the readers see. Not "Writer:" nor
#: "Story:": a review's box of a film's or a book's credits writes those of its makers.
#: Russian "Текст:" credits the text as "Text:" does, and so do French "Texte :", Italian
#: "Testo:" and Dutch, Polish and Scandinavian "Tekst:"; the author's word takes its
#: feminine and Italian forms ("Autora:", "Autore:", "Autrice:", "Auteure :").
_LABELS = AUTHOR_LABELS
_AUTHOR_LABEL = re.compile(
    rf"(?:^|\s)(?:{_LABELS}|von|by|par|por)\s*:\s*(?P<name>\S.{{1,60}})$",
    re.IGNORECASE,
)
#: A byline word alone in its text node ("By", "Written by", "Von"), and a word that puts a
#: day after a name.
_LONE_LEAD = re.compile(
    rf"^(?:(?:written|reported|words|story|text)\s+by|{_BY_WORDS}"
    rf"|{AUTHOR_WORDS}|{TEXT_WORDS})\s*:?$",
    re.I,
)
_JOINER = re.compile(r"^(?:[,&]|and|und|et|y|e)$", re.IGNORECASE)
_DAY_WORD = re.compile(r"^(?:am|on|le|el|em|il|op|den)$", re.IGNORECASE)
#: An author label that opens a line, and any label ("Tags:", "Quelle:") after it.
_LABEL_FIRST = re.compile(rf"^(?:{_LABELS}|von|by)\s*:", re.I)
_LABEL_INSIDE = re.compile(rf"(?:^|\s)(?:{_LABELS}|von|by|par|por)\s*:", re.I)
_ANY_LABEL = re.compile(r"\s[^\W\d_]{2,20}\s*:")
#: A short line of stamps and a name between bars or dots ("04.02.2022 | 13:10 Uhr | Uta
#: Helkenberg"); ``parse_byline`` keeps only the part that is a person.
_DATELINE = re.compile(r"\s[|·•]\s")
#: A byline word that opens a line of the main text ("Von Matthias Lauerer"): words before
#: it make a heading there ("Leasing von Firmenfahrzeugen").
_BY_FIRST = re.compile(rf"^{_BY_WORDS}\s*:?\s+\S", re.IGNORECASE)
#: The clock time after a day and before the byline word ("11.05.2012, 10:22 von jovelstefan").
_CLOCK = re.compile(
    rf"[\s,|·•–-]*{CLOCK_TIME}[\s,|·•–-]*",
    re.IGNORECASE,
)
#: What may lead the stamp of a post's details: nothing, or one or two words of letters
#: ("Posted on", "Published", "Veröffentlicht am").
_STAMP_LEAD = re.compile(r"(?:[^\W\d_]+\s+){0,2}")
#: What parts a line of post details: a bar, a dot or a bullet between spaces.
_DETAIL_SEPARATOR = re.compile(r"\s[|·•]\s")
#: A class that names a bar of share links, where some sites print the byline.
_SHARE_BAR = re.compile(r"(?:^|[\s_-])(?:share|sharing|social)(?:$|[\s_-])", re.IGNORECASE)
#: Lines at each end of the main text where a byline or a signature stands.
END_LINES = 3
#: The longest text an element marked as the byline holds as one.
_BYLINE_CHARS = 120
#: The fewest words of a child that writes a sentence (a standfirst) beside the byline.
_SENTENCE_WORDS = 6
LINE_TAGS = ("p", "span", "div", "em", "strong", "address", "small", "a")
_INLINE_TAGS = ("span", "em", "strong", "small", "a")
_HAS_LETTER = re.compile(r"[^\W\d_]")
#: A word of a title after a signature: letters and hyphens ("DITIB-Bundesvorsitzender").
_TITLE_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
#: A dash that opens a line, and the rest of the line ("— Mary Jones", "-- Mary Jones").
_SIGNATURE_DASH = re.compile(r"^(?:[—–―]|-{1,2})\s*(?P<rest>[^\W\d_].*)$")
#: A line that ends a quotation: a dash and a name after it attribute the quotation.
_QUOTATION_END = re.compile(r"[\"”“»«„’']\W*$")
#: Elements that start a line of their own inside a byline's element.
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})


def byline_texts(tree) -> list[tuple[str, bool]]:
    """Texts of byline-like elements inside the article region (a ``<byline>`` element as
    NITF writes one, a class with a byline or author word), innermost first, each with
    whether the markup marks it as the author's name (an hCard ``vcard``/``fn``, a class
    that is the word author or author name: "author", "cb-author", "author_name", "autor").
    A byline that only a script's test id marks (``data-testid="prism-byline"``) is read
    where it stands, by the headline (``headline_byline``): such ids are one app's. The
    text of an element that the markup marks as the author's name is read in title case
    where it writes names in lower case (``capitalised_names``): a style sheet capitalises
    them, and the name's reader takes no lower-case name for a person's."""
    marks = " or ".join(f'contains(@class, "{word}")' for word in _BYLINE_CLASS_WORDS)
    xpath = f'//{ITEMPROP_AUTHOR} | //byline | //*[{marks}]'
    elements = [
        e for e in tree.xpath(xpath)
        if not (
            off_region(e, own_footer=True)
            or in_teaser(e)
            or _names_picture_author(e)
            or in_quotation(e)
        )
    ]
    outer = {ancestor for element in elements for ancestor in element.iterancestors()}
    elements.sort(key=lambda element: element in outer)  # innermost first, stable
    texts = [(_byline_text(e), _names_author(e)) for e in elements if is_leafish(e)]
    return [
        (capitalised_names(text) if named else text, named)
        for text, named in texts
        if text and len(text) <= _BYLINE_CHARS
    ][:4]


def _byline_text(element) -> str | None:
    """The element's spaced text; one too long for a byline loses the children that each
    write a sentence, the standfirst a template sets in the byline's element ("Red. /
    31.10.2023" and the lead in a ``<strong>``)."""
    text = _spaced_text(element)
    if not text or len(text) <= _BYLINE_CHARS:
        return text
    sentences = [child for child in element if _writes_sentence(child)]
    if not sentences:
        return text
    trimmed = copy.deepcopy(element)
    for child in [trimmed[element.index(child)] for child in sentences]:
        child.drop_tree()
    return _spaced_text(trimmed)


def _writes_sentence(child) -> bool:
    """A child whose text is a sentence of its own: several words, ending in a full stop."""
    if not isinstance(child.tag, str):
        return False
    text = " ".join(child.text_content().split())
    return len(text.split()) >= _SENTENCE_WORDS and text[-1:] in ".!?"


#: The words of a class that name an author's block, each a whole part of a class token
#: split at hyphens, underscores and a lower-case letter before a capital ("author-info",
#: "mvp-author-box-out", "artDetailAutor__outer"; not "authority").
_CARD_CLASS_WORDS = frozenset({"author", "authors", "autor", "autoren", "auteur", "auteurs"})
#: The blocks that may be cards, found by a string of each word ("uthor", "utor", "uteur";
#: a class is written in lower case or in camel case) before the class is split into words.
_CARD_XPATH = (
    f'//{ITEMPROP_AUTHOR} | //*[contains(@class, "uthor") or contains(@class, "utor")'
    ' or contains(@class, "uteur")]'
)
#: Elements whose own text holds a card's name: its link, heading or emphasis.
_CARD_NAME_XPATH = ".//a | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//strong | .//b | .//span"
#: The most words an author's card holds (a name, a role, a short biography): a block with
#: more is a post or a column that a template marks with its author's slug ("author-jdoe").
_CARD_WORDS_MAX = 150


def author_card_names(tree) -> list[str]:
    """The name an author's card prints with no byline word: a block whose class names an
    author ("author-info", "author-box", "artDetailAutor") or that ``itemprop="author"``
    marks, holding a profile picture, a name and perhaps a role or a biography (too many
    blocks for ``byline_texts``), beside the headline or under the text; the name is the
    own text of its first link, heading or emphasis that is a person's whole name whose
    first word the registers hold as a given name ("Inga Hoeltmann" in LinkedIn's
    "author-info" mini profile). Not a card in a teaser, a list of posts, a sidebar, a
    comment or a quotation, nor a block that holds the headline or a whole post (a post's
    container with its author's slug as a class: its links are the post's own). A card may
    be an ``<article>`` element ("<article class=author-card>"): the headline and the word
    count tell it from the article's own."""
    names = []
    for card in tree.xpath(_CARD_XPATH):
        if _is_author_card(card) and (name := _card_name(card)) and name not in names:
            names.append(name)
    return names[:3]


def _is_author_card(element) -> bool:
    tokens = (element.get("class") or "").split()
    named = marks_author(element) or any(
        word.casefold() in _CARD_CLASS_WORDS for token in tokens for word in CLASS_WORD.split(token)
    )
    if not named or element.tag in ("html", "body", "main") or is_leafish(element):
        return False
    if element.find(".//h1") is not None or len(element.text_content().split()) > _CARD_WORDS_MAX:
        return False
    return not (
        any(map(names_off_block, tokens))
        or off_region(element, own_footer=True)
        or in_teaser(element)
        or in_quotation(element)
        or _names_picture_author(element)
    )


def _card_name(card) -> str | None:
    """The card's first name, tested without the courtesy and academic titles before it
    ("Prof. Dr. Rainer Quitzow" opens with the given name "Rainer"); the byline's reader
    decides what of the titles the author keeps."""
    for element in card.xpath(_CARD_NAME_XPATH):
        text = " ".join((element.text or "").split())
        name = strip_title(text)
        if len(name.split()) <= 4 and opens_with_registered_name(name) and is_named_person(name):
            return text
    return None


def in_quotation(element) -> bool:
    """Inside a ``<blockquote>`` or ``<q>``: a quotation, whose author (a ``<cite
    class="auteurcit">`` under a pull quote, "Laurence Bloch, directrice de France Inter")
    is the quoted one's, not the article's; HTML gives those elements to quoted text."""
    return next(element.iterancestors("blockquote", "q"), None) is not None or element.tag in (
        "blockquote",
        "q",
    )


def _holds_quotation(element) -> bool:
    """A block around a quotation, whose lines are the quotation's too: an embedded post's
    "Posted by Jane Doe on Sunday, February 6, 2022" in its ``<blockquote>``, read through
    the ``<div>`` that wraps it, names who posted the quoted post."""
    return next(element.iterdescendants("blockquote", "q"), None) is not None


def in_teaser(element) -> bool:
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


def _names_picture_author(element) -> bool:
    """A class that names a picture's author ("img-author", "media-license-author",
    "photo-byline"): the photographer's credit under an image, not the article's byline."""
    tokens = (element.get("class") or "").split()
    return any(_PICTURE_AUTHOR_CLASS.search(token) for token in tokens)


def _names_author(element) -> bool:
    tokens = (element.get("class") or "").split()
    return any(token in ("vcard", "fn") or _AUTHOR_CLASS.match(token) for token in tokens)


def _spaced_text(element) -> str | None:
    """The element's text with a space between its children's texts ("By" and a linked
    name in two spans read "By Alex Bozarjian", not "ByAlex Bozarjian"), and a line break
    where a ``<br>`` or a block starts one."""
    return "\n".join(_broken_lines(element)) or None


def printed_by_lines(tree) -> list[str]:
    """Short texts in the article region that open with a byline word ("By", "Von", "Par"),
    or the name after an author label ("Autor: Peter Maahn", "Von: ...") in a short line;
    a link counts only with a label (a link "by X" is usually another article's)."""
    region = article_region(tree)
    if region is None:
        return []
    texts = []
    for element in region.iter(*LINE_TAGS):
        lines = [_labelled_field(line) for line in _broken_lines(element)] if is_leafish(element) else []
        short = [text for text in lines if len(text.split()) <= 12]
        if not short or off_region(element) or in_teaser(element) or in_quotation(element):
            continue
        if _inside_sentence(element) or _holds_quotation(element):
            continue
        for text in short:
            led = element.tag != "a" and _leads_byline(text)
            if led and _byline_words(text) <= _BY_LINE_WORDS:
                texts.append(text)
            elif label := _AUTHOR_LABEL.search(text):
                texts.append(text[label.start() :].strip())  # the label marks the author slot
            elif (_DATELINE.search(text) and as_day(text)) or _stamped_by_line(text):
                texts.append(text)
    return texts[:3]


def _leads_byline(text: str) -> bool:
    """A byline word after at most two words, or an interview's byline ("Das Gespräch
    führte Jane Doe")."""
    return bool(_BY_LEAD.match(text)) or interviewer(text) is not None


def _stamped_by_line(text: str) -> bool:
    """A line that opens with the day and the time a post was stamped, then the byline word
    ("11.05.2012, 10:22 von jovelstefan", "March 3, 2019 5:40 PM by Jane Doe"), as blogs
    print a post's details: the stamp, not words, before the byline word. The stamp may
    follow the one or two words of the post's details that lead it ("Posted on March 3,
    2019 by Jane Doe", "Veröffentlicht am ..."), as WordPress and most blog themes print
    them; after those words the day needs no clock time where a person's name alone follows
    the byline word (``_names_after_by``). A day alone that opens the line is
    left to the author's element, where there is one: such a line also runs into the links
    after the name ("1. Januar 2016 von KleineGrüneMonster Ein Kommentar")."""
    days = next(written_days(text), None)
    if days is None or not _STAMP_LEAD.fullmatch(text[: days[0]]):
        return False
    clock = _CLOCK.match(text, days[1])
    if clock is None and days[0] > 0:
        return _names_after_by(text[days[1] :].lstrip(" ,|·•–-"))
    rest = text[clock.end() :] if clock else ""
    return _words(rest) <= 8 and bool(_BY_FIRST.match(rest))


def _names_after_by(rest: str) -> bool:
    """The rest of a line of post details after its day is the byline word and a person's
    name, up to the line's end or a bar or dot ("by Jane Doe | 3 Comments"): a name that
    runs into the post's category links ("von Henry in Aktuell", a stop word that is no
    surname particle after its first word) reads as none."""
    lead = _BY_FIRST.match(rest)
    name = _DETAIL_SEPARATOR.split(rest[lead.end() - 1 :], maxsplit=1)[0].split() if lead else []
    joined = any(word.casefold() in stop_words() - NAME_PARTICLES for word in name[1:])
    return len(name) <= 5 and not joined and is_named_person(" ".join(name))


def _inside_sentence(element) -> bool:
    """An inline element with words of its parent's line on both sides: a phrase set in
    bold or italics inside a sentence ("Bilder des <strong>Diktators von Nordkorea</strong>
    veröffentlicht"), not a line of its own."""
    if element.tag not in _INLINE_TAGS or element.getparent() is None:
        return False
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    after = element.tail or ""
    return _HAS_LETTER.search(before) is not None and _HAS_LETTER.search(after) is not None


def _words(line: str) -> int:
    """The words of a line, a name's credentials left out ("By Rachael Link, MS, RD on
    November 14, 2019" is as short as the byline of a name without them)."""
    return sum(not is_credential(word) for word in line.split())


#: The words each further person adds to a byline that lists them: a name and its joiner.
_NAME_WORDS = 3
#: What joins the names a byline lists (", ", " and ", " & ", "und", "et", "y", "e").
_NAME_JOINER = re.compile(r"\s*(?:[,;&]|\s(?:and|und|et|y|e)\s)\s*", re.IGNORECASE)


def _byline_words(line: str) -> int:
    """The words of a byline line counted against its length, without the stamp it
    prints beside the names (a day and a clock time: "By Jane Doe Updated 5:40 PM ET, Mar 3,
    2019") and without the further people it lists ("By Jane Doe and John Smith, The
    Washington Post"): a byline grows with the writers it credits, not into a sentence.
    The people are counted only for a line longer than one name's byline."""
    unstamped = _CLOCK_ANYWHERE.sub(" ", _without_days(line))
    words = _words(unstamped)
    if words <= _BY_LINE_WORDS:
        return words
    return words - _NAME_WORDS * max(0, _listed_people(unstamped) - 1)


#: The most words of a byline line of one person ("By Jane Doe, Senior Reporter, in Paris").
_BY_LINE_WORDS = 8
#: A clock time anywhere in a line ("5:40 PM").
_CLOCK_ANYWHERE = re.compile(rf"(?<!\w){CLOCK_TIME}(?!\w)", re.IGNORECASE)


def _without_days(line: str) -> str:
    """The line with each calendar day it writes left out."""
    for start, end, _day in reversed(list(written_days(line))):
        line = f"{line[:start]} {line[end:]}"
    return line


def _listed_people(line: str) -> int:
    """How many people a byline lists before anything else: the parts after its byline word
    or label that ``_NAME_JOINER`` parts, each a person's name by the name lexicons and the
    tagger (``is_named_person``), counted from the first up to the first that is none."""
    lead = _BY_FIRST.match(line) or _BY_LEAD.match(line) or _LABEL_FIRST.match(line)
    rest = line[lead.end() - 1 :] if lead else line
    count = 0
    for part in _NAME_JOINER.split(rest.strip()):
        if not is_named_person(part.strip(" .:")):
            break
        count += 1
    return count


def text_bylines(text: str | None) -> list[str]:
    """A byline that opens or closes the main text: a short line led by a byline word or
    an author label among its first and last lines ("Von Matthias Lauerer", "Autor: Jane
    Doe"). A name alone on a last line is read only as a signature
    (``closing_signature``): the English NER takes German headings and press contacts
    there for people."""
    lines = _text_lines(text)
    ends = lines[:END_LINES] + lines[-END_LINES:] if len(lines) > 1 else []
    return [line for line in dict.fromkeys(ends) if _is_byline_line(line)][:2]


def _is_byline_line(line: str) -> bool:
    """A short line led by a byline word, an author label or an interview's byline ("Ein
    Interview von Jane Doe mit John Roe")."""
    led = _BY_FIRST.match(line) or interviewer(line) is not None
    if led and _byline_words(line) <= _BY_LINE_WORDS:
        return True
    return _words(line) <= 12 and bool(_LABEL_FIRST.match(line))


def _text_lines(text: str | None) -> list[str]:
    """The main text's non-empty lines, each with its runs of white space made one space."""
    return [line for line in (" ".join(line.split()) for line in (text or "").splitlines()) if line]


def closing_signature(text: str | None) -> list[str]:
    """The name alone that signs the main text, as a letter, a column or a review is signed:
    among its last lines, a line that is nothing but a person's name, with after it only a
    day or a title of one or two words ("Marina Mucha" closing a review; "Kazım TÜRKMEN" |
    "DITIB-Bundesvorsitzender" closing a message), not after a label that ends in a colon
    (a press contact: "Kontakt:" | "Jane Doe") nor after another name alone (a list of
    people closing the text). A dash before the name signs it too ("— Mary Jones",
    ``_dashed_signature``), but not under a line that closes a quotation, which the dash and
    the name attribute ("“…”" | "— Albert Schweitzer"). The name's first word must be a registered given name
    (``opens_with_registered_name``): the English NER takes German headings there for
    people ("Weiterführender Link") and misses names ("Marina Mucha")."""
    lines = _text_lines(text)
    for index in range(len(lines) - 1, max(len(lines) - 1 - END_LINES, END_LINES), -1):
        line, before = lines[index], lines[index - 1]
        if signed := _dashed_signature(line):
            return [] if _QUOTATION_END.search(before) else [signed]
        if _is_signature(line):
            return [] if before.endswith(":") or _is_signature(before) else [line]
        if not _after_signature(line):
            return []
    return []


def _is_signature(line: str) -> bool:
    return is_person(line) and opens_with_registered_name(line)


def _dashed_signature(line: str) -> str | None:
    """A line that a dash opens and a person's name fills ("— Mary Jones"), perhaps with a
    short title after a comma ("– Mary Jones, Staff Writer"): the dash marks a signature
    as typesetting has long done, the name without it; a list of people does not open with
    one."""
    match = _SIGNATURE_DASH.match(line)
    if not match:
        return None
    name, _, title = match.group("rest").partition(",")
    if title and not (len(title.split()) <= 3 and all(map(_TITLE_WORD.match, title.split()))):
        return None
    return match.group("rest") if _is_signature(name.strip()) else None


def _after_signature(line: str) -> bool:
    """A line that may follow a signature: a day ("10. September 2017"), or a title of one
    or two words of letters ("DITIB-Bundesvorsitzender", "Chefredakteurin")."""
    words = line.split()
    if len(words) <= 6 and next(written_days(line), None):
        return True
    return len(words) <= 2 and all(_TITLE_WORD.match(word) for word in words)


def article_region(tree):
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


def headline_byline(tree, *, title: str | None) -> list[str]:
    """A byline in the texts just after the headline that no element marks: a lone byline
    word and the name after it ("By" | "Alex Bozarjian"), or a person's name followed by a
    day ("Kathrin Führes" | "am" | "Mittwoch, 26.01.2022") or by the writer's newsroom title
    ("Jane Doe" | "Staff Writer"), also in one line ("Jane Doe, Senior Reporter", "Jane Doe -
    12 March 2021"); or the one line there that
    opens with a byline word, wherever the page puts it (in a share bar: "By Urs Gehriger
    and Florian Schwab" beside the date and the share links)."""
    for headline in headlines(tree, title=title) or _titled_heading(tree, title=title):
        texts = [" ".join(str(text).split()) for text in _unquoted_texts(headline)]
        for index, (text, after) in enumerate(pairwise(texts)):
            if _LONE_LEAD.match(text) and not _LONE_LEAD.match(after):
                return [_joined_names(texts, index)]
            follows = _DAY_WORD.match(after) or as_day(after) or _is_writers_title(after)
            if follows and is_named_person(text):
                return [text]
            if name := _name_before_title(text):
                return [name]
        if len(by_lines := _near_by_lines(headline)) == 1:
            return by_lines
    return []


#: Newsroom roles that credit a picture or a film, not the text ("Staff Photographer").
_PICTURE_ROLES = frozenset({"photographer", "producer"})
#: The most words of a writer's title after the name ("Chief Political Correspondent").
_TITLE_WORDS = 4
#: A name, then a comma, a bar or a dash, then the rest ("Jane Doe, Staff Writer", "Jane
#: Doe - March 12, 2021").
_NAME_THEN_TITLE = re.compile(r"^(?P<name>[^,|·•–—]+?)\s*(?:,|\s[|·•–—-])\s*(?P<title>\S.*)$")
#: The most words of a day written after a name in its line ("Thursday, 12 March 2021, 10:22").
_DAY_WORDS = 6


def _is_writers_title(text: str) -> bool:
    """The text is a newsroom title alone ("Staff Writer", "Senior Reporter", "Redakteurin"):
    a writing role last, each word before it a title's word or an English word; never a
    picture's or a film's role ("Staff Photographer")."""
    words = [word.strip(".,").casefold() for word in text.split()]
    if not 1 <= len(words) <= _TITLE_WORDS or words[-1] in _PICTURE_ROLES:
        return False
    if words[-1] not in NEWSROOM_ROLES:
        return False
    return all(word in ROLE_MODIFIERS or is_dictionary_word(word) for word in words[:-1])


def _name_before_title(text: str) -> str | None:
    """The person's name of a line that is a name and the writer's title or the day after a
    comma, a bar or a dash ("Jane Doe, Staff Writer", "Jane Doe | Senior Reporter", "Jane
    Doe - 12 March 2021"), as a byline stands under a headline without a byline word; else
    None."""
    match = _NAME_THEN_TITLE.match(text)
    rest = match.group("title") if match else ""
    dated = len(rest.split()) <= _DAY_WORDS and as_day(rest) is not None
    if match is None or not (dated or _is_writers_title(rest)):
        return None
    name = match.group("name")
    return name if is_named_person(name) else None


def headline_author_links(tree, *, title: str | None) -> list[str]:
    """The names of links to a writer's page (``_WRITER_PATH``: "/author/jane-doe/", the
    archive of a writer's articles that publishing systems link the byline to) among the
    texts just after the headline and before the next heading, where the byline stands,
    without a byline word or a day beside them; never a link of a teaser, a quotation or a
    block beside the article. The names are read as a byline's (``parse_byline``), so a
    link that holds no person's name ("All authors") names none."""
    for headline in headlines(tree, title=title) or _titled_heading(tree, title=title):
        names = []
        for text in _unquoted_texts(headline):
            if _in_heading(text.getparent()):
                break  # the next heading opens a section or another article's teaser
            if not text.is_tail and _links_author_page(text.getparent()):
                names.append(" ".join(text.split()))
        if names:
            return list(dict.fromkeys(names))
    return []


def _in_heading(element) -> bool:
    return any(node.tag in _HEADINGS for node in [element, *element.iterancestors()])


def _links_author_page(element) -> bool:
    """A link to a writer's page (``_WRITER_PATH``) in the article's region, not in a teaser."""
    if element.tag != "a" or not _WRITER_PATH.search(urlsplit(element.get("href") or "").path):
        return False
    return not (in_teaser(element) or off_region(element))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


#: The path of an account's page on the site: a first segment that is the word user, member
#: or profile, alone or joined to another word ("/members/127862", "/user-uebersicht/?u=79003",
#: "/profile/jdoe").
_ACCOUNT_PATH = re.compile(r"^/(?:users?|members?|profiles?|profil)(?:[-_][^/]*)?(?:/|$)")
#: Links that may lead to an account's page (paths are written in lower case), found before
#: the headline's texts are read.
_ACCOUNT_LINKS = '//a[contains(@href, "/user") or contains(@href, "/member") or contains(@href, "/profil")]'


def headline_account(tree, *, title: str | None) -> list[str]:
    """The account that posted the page as the texts just after the headline show it: a
    link to the account's page followed by the day ("MikeNils" | "18.10.2019, 15:07 Uhr"
    under a deal that users post), in the byline's place. By the written rules a user name
    is the author where the byline shows it; the name read as a person's is left to
    ``headline_byline``."""
    if not tree.xpath(_ACCOUNT_LINKS):
        return []  # no link to an account's page at all: the headline's texts are not read
    for headline in headlines(tree, title=title) or _titled_heading(tree, title=title):
        for text, after in pairwise(_unquoted_texts(headline)):
            element = text.getparent()  # for a tail, the element it follows: not its text
            if text.is_tail or element.tag != "a" or not _links_account(element):
                continue
            if as_day(" ".join(after.split())):
                return [" ".join(text.split())]
    return []


def _links_account(link) -> bool:
    path = urlsplit(link.get("href") or "").path
    return _ACCOUNT_PATH.match(path) is not None


def _unquoted_texts(headline) -> list:
    """The texts just after the headline, those of a quotation left out (``in_quotation``)."""
    return [text for text in near_texts(headline) if not in_quotation(text.getparent())]


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
    for text in _unquoted_texts(headline):
        line, element = " ".join(str(text).split()), text.getparent()
        if not _is_byline_line(line) or in_teaser(element):
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
