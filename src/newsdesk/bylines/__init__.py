"""Author strings from web pages turned into people's names, with organisations set apart.

A page's author fields hold more than names: "By", job titles after a comma, e-mail
addresses, social handles, "Updated" stamps and dates, photo credits ("Photo by The
Associated Press"), interface text caught with the byline ("View author archive", "Account
You're logged") and wire services or desks ("Reuters", "Staff"). No maintained library splits
a byline into people (nameparser and probablepeople parse one name they are given), so this
module does it with general rules: split on the separators bylines use, strip lead words and
stamps, then keep a part only when it has the shape of a personal name (two to five words,
each capitalised or a surname particle, no digits) and the spaCy English NER does not read it
as an organisation. Organisation-shaped parts become the ``credit`` (wire, agency, desk),
and so does an organisation written after a writer's name ("Jane Roe, CNN Business");
credentials after a name are cut ("MS", "PhD"), and of an agency's credit line only the
reporters' clauses are read ("Reporting by A; Editing by B"); a picture's credit after the
writer's clause goes without the writer ("By A, Photos by B"), and an outlet in brackets or an
agency's material after a name is a credit ("A (Reuters)", "A mit dpa").
One word is a name only in the author's slot (after "by", in the element or field the markup
names as the author's). Two short lexicons (``lexicons.py``, kept by hand because no library
ships them across languages) mark words of a page's interface ("Alle Beiträge") and of
organisations' names ("GmbH", "Verlag"); ``organisations`` picks the credits that may stand as
the author of a page that names no person.

This module splits a byline and sorts its parts; whether a part is a person's name, an
organisation's or a user name (the shape of its words and the NER's reading) is in
``names.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk import credits
from newsdesk.bylines.lead_words import (
    AUTHOR_WORDS,
    BYLINE_WORDS,
    SLOT_WORDS,
    TEXT_WORDS,
    WRITTEN_BY_DA,
    alternation,
    interviewer,
)
from newsdesk.bylines.lexicons import (
    ARTICLE_KINDS,
    CLOCK_TIME,
    DESK_ABBREVIATIONS,
    DESK_NOUNS,
    DESK_TAIL,
    NEWS_AGENCIES,
    NEWSROOM_ROLES,
    ROLE_MODIFIERS,
)
from newsdesk.bylines.names import (
    DOMAIN,
    HANDLE_SHAPE,
    MAX_NAME_WORDS,
    NAME_WORD,
    ends_in_plural_noun,
    ends_in_role,
    entity_labels,
    has_content_word,
    has_interface_word,
    has_legal_form,
    has_name_shape,
    has_organisation_word,
    is_credential,
    is_desk,
    is_dictionary_word,
    is_handle,
    is_noun_and_complement,
    is_person,
    name_entities,
    name_handle_words,
    person_before_desk,
    person_before_role,
    person_spans,
    read_as_org,
    stop_words,
    without_credentials,
)
from newsdesk.dates import calendar_words, month_numbers, written_days
from newsdesk.entities.gazetteer import PLACE_LABELS
from newsdesk.entities.people import NAME_PARTICLES, is_acronym
from newsdesk.given_names import (
    describing_word,
    given_name_only,
    given_word_gender,
    is_common_given_name,
)

#: Where a page may break a word ("Mat&shy;thi&shy;as"): no part of the name.
_SOFT_HYPHEN = "\u00ad"
#: A run of white space: to the patterns below one space, or one line break where it holds
#: one. Many of them open with ``\s*`` or ``\s+``, which try a long run (an untrusted author
#: field of 20,000 spaces) from each of its characters: time quadratic in its length.
_WHITE_RUN = re.compile(r"\s+")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
#: A social handle, also one glued to the name before it ("Chris Pokorny@DawgsByNature"):
#: e-mail addresses are gone before it is read, so what is left after "@" is a handle.
_HANDLE = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
#: The word of a post's stamp, "published" or "updated", in the languages whose byline word
#: follows it ("Publié le … par", "Publicado el … por", "Gepubliceerd op … door"); not
#: Italian "pubblicato", which "da" makes a byline's lead itself (``WRITTEN_BY_DA``).
_STAMP_WORDS = (
    r"updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour"
    r"|publicad[oa]|actualizad[oa]|atualizad[oa]|gepubliceerd|bijgewerkt"
)
_STAMP = re.compile(rf"\b(last modified|{_STAMP_WORDS})(?!\w).*$", re.IGNORECASE)
#: A stamp followed by the byline ("Veröffentlicht am 8. Februar 2022 von PETA-Team"): the
#: stamp goes, the byline stays.
_STAMP_THEN_BY = re.compile(
    rf"\b(?:{_STAMP_WORDS})(?!\w).*?\s(?=(?:by|von|par|por|door)\s)",
    re.IGNORECASE,
)
#: A time followed by the byline ("11.05.2012, 10:22 von jovelstefan", "10:30 am by Jane
#: Doe"): the time goes, the byline stays; a time ends its part only where no byline word
#: follows it (``_TIME``). Only a clock word may stand between them, so the "von" of a name
#: ("10:22 Alexa von Heyden") opens no byline.
_TIME_THEN_BY = re.compile(
    rf"\b{CLOCK_TIME}[\s,|–-]*(?=(?:by|von|par|por)\s)",
    re.IGNORECASE,
)
#: A label that opens the next field of a meta line ("Autor: Fritz Imhof Quelle: Livenet").
_NEXT_LABEL = re.compile(
    r"\s(?=(?:quelle|source|fuente|datum|date|fecha|data|autor|author|foto|photo)\s*:)",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b.*$")
#: The month word that opens a day written month first ("May 12, 2023", "Nov. 2 2023").
_MONTH_WORD = re.compile(r"[^\W\d_]+\.?")
#: The separators bylines use, with the full-width forms and the ideographic comma of
#: Chinese and Japanese pages ("ライトハウス国際特許事務所 ／ 2016.12.01").
_SEPARATORS = re.compile(r"\s*(?:[,;|/•·\n／｜，、]|\s&\s|\s(?i:and|und|et)\s|\s(?:y|e|i|og|en)\s)\s*")
_FOR_OUTLET = re.compile(
    r"^(?P<name>\S.*?)\s+(?:(?:for|of|für|pour|para)\s|[-–—]\s)\s*\S.*$", re.IGNORECASE
)
_LEAD = re.compile(
    r"^(?:(?:written|reported|posted|text|story|words|report|artikel|beitrag|verfasst"
    r"|geschrieben|erstellt|eingestellt|veröffentlicht|publié|écrit|publicado|escrito|scritto)\s+)?"
    rf"(?P<word>{WRITTEN_BY_DA}|{alternation(BYLINE_WORDS | SLOT_WORDS)}"
    rf"|{AUTHOR_WORDS}|{TEXT_WORDS}"
    r"|fotos?|written by|about|über)\s*:?\s+",
    re.IGNORECASE,
)
#: "am 26/10/13", "on 5 May": a day after the name ("von lupa am 26/10/13, 03:48 pm").
#: Also with a weekday or month before the number ("Minh Do on Monday, November 18th").
_ON_DAY = re.compile(
    r"\s(?:am|on|le|el|em|il|op|den)\s+(?:[^\W\d_]+\.?,?\s+){0,2}\d.*$", re.IGNORECASE
)
#: A full stop after a word of three letters or more, before the next words.
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=\S)")
_AGENCY_CODE = re.compile(
    r"^(?:(?:von|by|quelle|source|par|por)\s*:?\s*)?(?P<code>[\w.-]{1,12}(?:/[\w.-]{1,12})+)$",
    re.IGNORECASE,
)
#: A byline that credits the text first ("Text & Fotos: Ivan Valetny", "Testo e foto: ..."):
#: its writer also took the pictures, so the credit word does not make it a photo credit.
_TEXT_LEAD = re.compile(
    rf"^(?:{TEXT_WORDS}|words)\s*(?:[&/]|(?:und|and|y|e|et|en|и)\b)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!?]$")
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
#: "by" after another role than the writer's: an editor, a translator, a sponsor, a tool,
#: and in an agency's credit line the editors and the writers of additional reporting
#: ("Reporting by A; Additional reporting by B; Editing by C": A is the author).
_OTHER_ROLE = re.compile(
    r"\b(?:edited|editing|translated|illustrated|compiled|curated|produced|designed|powered"
    r"|sponsored|managed|hosted|(?:additional|further|extra)\s+reporting|fact[- ]checked"
    r"|graphics|übersetzt|herausgegeben|traduit|traducido|tradotto)\s+(?:by|von|par|por"
    r"|da)\b",
    re.IGNORECASE,
)
#: Where a credit line's reporter worked ("Reporting by Will Dunham in Washington").
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})$")
#: The clauses of a credit line ("Reporting by A; Editing by B"), each with its own role.
_CLAUSE = re.compile(r"\s*;\s*")
#: Another role's "by" after a byline separator, to the end of its clause ("Jane Doe,
#: Editing by John Roe"; "By Jane Doe | Graphics by John Roe").
_ROLE_AFTER = re.compile(
    rf"\s*(?:[,|/•·]|\s(?:and|&)\s)\s*(?={_OTHER_ROLE.pattern})[^;]*", re.IGNORECASE
)
#: Lead words of a page about someone ("Über Steffi"), not of a byline.
_ABOUT = frozenset({"about", "über"})
_BY_INSIDE = re.compile(r"^\S.*?\s(?:by|par|por)\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
_VON_INSIDE = re.compile(r"^\S.*?\svon\s+(?P<name>\S.*)$", re.IGNORECASE)
_CREDIT_WORD = credits.BYLINE_CREDIT_WORD
_CREDIT_LEAD = credits.BYLINE_CREDIT_LEAD
_CREDIT_AFTER = credits.BYLINE_CREDIT_AFTER
_SUPPLIED = credits.BYLINE_SUPPLIED
#: The article before a kind of article written as a byline ("The Editorial").
_ARTICLE_OF = re.compile(r"^(?:(?:the|el|la|der|die|das)\s+|l['’]\s*)", re.IGNORECASE)
#: What a byline writes in brackets after a name, its outlet or agency ("Jane Doe (Reuters)",
#: "Anna Berg (dpa)"): a part of its own, as after a comma.
_BRACKETED = re.compile(r"\s*\((?P<inside>[^()]{2,40})\)\s*(?=$|[,;|/•·])")
#: An agency's name written out, run into the writer's name without a mark between them, as
#: a byline's two lines read when joined ("By JANE DOE Associated Press"): the writer's
#: affiliation. Only names of more than one word or of more than five letters: a short code
#: after a name is as often the writer's own initials.
_SPELLED_AGENCIES = sorted(
    (re.escape(name) for name in NEWS_AGENCIES if " " in name or len(name) > 5),
    key=len,
    reverse=True,
)
#: A middle initial, with or without its full stop ("R", "R.").
_INITIAL = re.compile(r"[^\W\d_]\.?")
_AGENCY_AFTER_NAME = re.compile(
    r"(?<=[^\W\d_])\s+(?P<agency>(?:" + "|".join(_SPELLED_AGENCIES) + r"))$",
    re.IGNORECASE,
)
#: An agency whose material the writer used ("Jane Doe mit dpa", "Anna Berg, mit Material
#: von AFP"): a credit of its own after the writer.
_WITH_AGENCY = re.compile(
    r"\s+(?:mit|with)\s+(?:material\s+(?:von|der|from)\s+)?(?=(?:"
    + "|".join(sorted(map(re.escape, NEWS_AGENCIES), key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)

#: A full stop or other mark after a word of three letters or more ends no name ("Patrick
#: ANGEVIN."); an initial's or "Jr."'s stays.
_TRAILING_MARK = re.compile(r"(?<=[^\W\d_]{3})[.,;:]+$")


@dataclass(slots=True)
class Byline:
    """The people a byline names and the organisations it credits, each deduplicated."""

    authors: list[str] = field(default_factory=list)
    credit: list[str] = field(default_factory=list)

    def add_author(self, name: str) -> None:
        name = _TRAILING_MARK.sub("", name.strip())
        if not has_content_word(name):
            return
        if name.casefold() not in {known.casefold() for known in self.authors}:
            self.authors.append(name)

    def add_credit(self, name: str) -> None:
        if name.casefold() not in {known.casefold() for known in self.credit}:
            self.credit.append(name)


def parse_byline(
    values: str | list[str] | None,
    *,
    outlet: str | list[str] | None = None,
    handles: bool = False,
    declared: bool = False,
) -> Byline:
    """People and credits named by one or more author strings.

    ``outlet`` is the site's name or names (its ``og:site_name``, its domain): a part that
    names the site is a credit, not a person ("Badische Zeitung" on badische-zeitung.de).
    ``handles`` also accepts a one-word name or user name ("marc", "freeman1984") that is a
    whole value, for fields that hold only an author (JSON-LD ``author``, ``<meta
    name=author>``); "Jobs & Hire" is not two people. ``declared`` values are people by the
    page's own markup (JSON-LD ``@type: Person``): a name there is taken without the NER's
    word on it ("Felipe Morales Sierra", "Mobasir hassan"), if it is no interface text, site
    name, agency or credit."""
    byline = Byline()
    sites = [outlet] if isinstance(outlet, str) else [name for name in outlet or [] if name]
    texts = [values] if isinstance(values, str) else values or []
    for value in (_writers_clauses(_one_space(text)) for text in texts):
        if _names_no_writer(value):
            continue
        if code := agency_code(value):
            byline.add_credit(code)
            continue
        parts = _without_credentials(_led_parts(value))
        if parts and is_noun_and_complement(parts[0][0]):
            continue  # a phrase: "Entsendung von Arbeitnehmern", "Look von Dolce & Gabbana"
        for part, led in parts:
            if _title_after_writer(part, byline):
                continue
            if _affiliation_after_writer(part, byline, sites):
                byline.add_credit(part)
                continue
            whole = handles and len(parts) == 1
            _sort_part(
                _before_interface(_before_sentence(_before_place(part))),
                byline,
                sites=sites,
                handles=whole or led,
                declared=declared and len(parts) == 1,
            )
    return byline


#: Words a byline writes in lower case between names: joiners and byline words.
_SMALL_WORDS = (
    frozenset({"and", "und", "et", "y", "e", "i", "og", "en"}) | BYLINE_WORDS | SLOT_WORDS
)
#: A lower-case word of a name: letters, with inner full stops, hyphens and apostrophes.
_SMALL_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[.'’-][^\W\d_]*)*\.?$")
_WORD_START = re.compile(r"(^|[-'’])([^\W\d_])")
#: Initials written as a name writes them ("J.", "J.-P.").
_INITIALS = re.compile(r"^(?:[^\W\d_]\.-?)+$")


def capitalised_names(text: str) -> str:
    """A byline of two words or more that the page writes in lower case and a style sheet
    capitalises ("m. kowalczyk / J. P. van dijk" → "M. Kowalczyk / J. P. van Dijk"), in
    title case: in each part between the byline's separators that writes no capital but its
    initials, each lower-case word of letters (after a hyphen or an apostrophe too), except
    the surname particles ("da", "van"), the joiners and the byline words, where the part so
    written has a person's shape and no stop word. A part with a capitalised word stays as
    the site writes it ("Ici et là-bas", "Stadtradio ONLINE schreib uns"), and so does a
    text of one word: a user name written small ("tomvandijk")."""
    if len(text.split()) < 2:
        return text
    pieces = re.split(f"({_SEPARATORS.pattern})", text)
    return "".join(
        piece if index % 2 else _capitalised_part(piece) for index, piece in enumerate(pieces)
    )


def _capitalised_part(part: str) -> str:
    words = part.split()
    if any(word[:1].isupper() and not _INITIALS.match(word) for word in words):
        return part
    cased = " ".join(_capitalised(word) for word in words)
    if cased == part or len(words) < 2:
        return part
    name = _LEAD.sub("", cased)
    return cased if is_person(name) and not _has_stop_word(name) else part


def _has_stop_word(name: str) -> bool:
    """A word of the name, no particle or initial, is a stop word ("Sende Uns Eine
    Nachricht"): a phrase of the page, not a name."""
    return any(
        word.casefold() in stop_words()
        for word in name.split()
        if word.casefold() not in NAME_PARTICLES and not _INITIALS.match(word)
    )


def _capitalised(word: str) -> str:
    lowered = word.casefold()
    if not (word.islower() and _SMALL_NAME_WORD.match(word)) or lowered in _SMALL_WORDS:
        return word
    if lowered in NAME_PARTICLES:
        return word
    return _WORD_START.sub(lambda match: match.group(1) + match.group(2).upper(), word)


def _one_space(value: str) -> str:
    """The value with each run of white space one space, or one line break where the run
    breaks the line (a line break separates names)."""
    return _WHITE_RUN.sub(lambda run: "\n" if "\n" in run.group() else " ", value)


def _writers_clauses(value: str) -> str:
    """A credit line without the clauses of other roles: its clauses name each role apart
    ("Reporting by A and B; Editing by C" → "Reporting by A and B"), so another role's
    clause goes alone, not the reporters with it; so does another role's "by" after a
    separator, to the clause's end ("A, Editing by C" → "A"), and a picture's credit after
    the writer's ("A, Photos by C" → "A"). A value with no such clause is kept whole
    (a ";" is also a separator of names, or an entity's end: "O&#039;Donnell")."""
    value = _ROLE_AFTER.sub("", value)
    if not _TEXT_LEAD.match(value):  # "Text & Fotos: ..." credits its writer with both
        value = _CREDIT_AFTER.sub("", value)
    clauses = _CLAUSE.split(value)
    others = [clause for clause in clauses if _OTHER_ROLE.search(clause)]
    if len(clauses) < 2 or not others or len(others) == len(clauses):
        return value
    return "; ".join(clause for clause in clauses if clause not in others)


def _without_credentials(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The parts with the credentials after a name cut: a part that is only credentials
    ("Rachael Link, MS, RD") is no name, and a name's own ("Jane Doe MD") go from it."""
    kept = [(without_credentials(part), led) for part, led in parts]
    return kept[:1] + [(part, led) for part, led in kept[1:] if not is_credential(part)]


def _affiliation_after_writer(part: str, byline: Byline, sites: list[str]) -> bool:
    """An organisation after a writer's name: the outlet, one of its sections or desks, or
    another organisation ("Jill Disis, CNN Business"). It opens with the site's or an
    agency's name, or with an organisation the NER reads there whose first word is written
    in capitals as an acronym ("CNN", "BBC"), the part naming no person: the NER reads many
    unfamiliar personal names as organisations, but not names that open with an acronym."""
    if not byline.authors or "PERSON" in entity_labels(part):
        return False
    first = part.split()[0]
    if names_site(first, sites) or first.casefold() in NEWS_AGENCIES:
        return True
    spans = name_entities(part)
    return (
        is_acronym(first)
        and len(first) <= 5
        and "." not in first
        and not part.isupper()  # a name in capitals ("JILL LAWLESS") opens with no acronym
        and any(label == "ORG" and span.split()[0] == first for label, span in spans)
    )


def _title_after_writer(part: str, byline: Byline) -> bool:
    """A newsroom role after a writer's name ("Tom Krisher, Ap Auto Writer"), with no name of
    its own before desk words ("John Roe Staff Writers" is John Roe)."""
    return bool(byline.authors) and ends_in_role(part) and person_before_desk(part) is None


def _names_no_writer(value: str) -> bool:
    """A photo credit ("Photo by ...", unless it credits the text first; "Cortesía", a
    supplied picture's), another role's "by" ("Edited by ...") or the article's kind alone
    ("Editorial", ``ARTICLE_KINDS``)."""
    photo = _CREDIT_WORD.search(value) and not _TEXT_LEAD.match(value)
    kind = _ARTICLE_OF.sub("", value.strip(" .:|-–—")).casefold() in ARTICLE_KINDS
    return bool(photo or kind or _SUPPLIED.search(value) or _OTHER_ROLE.search(value))


def agency_code(value: str) -> str | None:
    """An agency's code with the desk's or editor's initials, which papers write as one
    credit ("dpa/lno", "det/dpa", "APA/AP"), or None."""
    match = _AGENCY_CODE.match(value.strip())
    if match and any(code.casefold() in NEWS_AGENCIES for code in match.group("code").split("/")):
        return match.group("code")
    return None


def split_parts(value: str) -> list[str]:
    """The pieces of a byline that may each be one name, with stamps, mails and handles gone.
    A time or an "Updated" stamp ends its own piece only ("04.02.2022 | 13:10 Uhr | Uta
    Helkenberg" keeps the name after it)."""
    return [part for part, _ in _led_parts(value)]


def _led_parts(value: str) -> list[tuple[str, bool]]:
    """Each piece of a byline, and whether a byline word led it ("by marc", "von lupa"):
    such a piece sits in the author's slot, so one word there may be a user name. An
    interview's byline gives its interviewers, not the one interviewed."""
    text = _URL.sub(" ", _EMAIL.sub(" ", value.replace(_SOFT_HYPHEN, "")))
    text = interviewer(text) or text
    text = _WITH_AGENCY.sub(" | ", _BRACKETED.sub(r" | \g<inside>", text))
    text = _TIME_THEN_BY.sub(" ", _STAMP_THEN_BY.sub("", text))
    text = _DATE.sub(" ", _HANDLE.sub(" ", _ON_DAY.sub(" ", text)))
    text = _days_apart(text)
    parts = []
    for part in _SEPARATORS.split(_NEXT_LABEL.sub("|", text)):
        part = _TIME.sub(" ", _STAMP.sub(" ", part))
        part = _once(" ".join(part.split()).strip(" :-–—()[]\"'"))
        after = _after_by(part)
        lead = _LEAD.match(after)
        name = after[lead.end() :].strip(" :-–—") if lead else after
        led = bool(lead) and lead.group("word").casefold() not in _ABOUT
        if name:
            parts += _agency_apart(name, led or (after != part and _led_inside(part, after)))
    return parts


def _days_apart(text: str) -> str:
    """A byline with each day it writes in words ("Von Presse Augsburg - 6. November 2023",
    "Jane Doe • 2 Nov 2023", in the languages of ``newsdesk.dates.written_days``) made a
    separator: the day is the post's stamp, no part of the name before it. A day after a
    label's colon ("Stand: 05. Februar 2020") is left to the label, as before. A month
    written right after a lone given name is the surname ("By Brian May 12, 2023"): there
    only the numbers after it go."""
    for start, end, _ in reversed(list(written_days(text))):
        if not text[:start].rstrip().endswith(":"):
            start += _surname_month(text[:start], text[start:end])
            text = f"{text[:start]} | {text[end:]}"
    return text


def _surname_month(before: str, day: str) -> int:
    """The length of the month word that opens ``day`` when it stands in a surname's place:
    right after one word of a name with no mark between, both words names the given-name
    registers classify ("By Brian" before "May 12, 2023"), so that without it the name
    would be a given name alone; else 0 ("Reuters November 18, 2019", "Regan September 10,
    2014": the registers classify neither "Regan" nor "September")."""
    month = _MONTH_WORD.match(day)
    if not month or not before[-1:].isspace():
        return 0
    piece = _SEPARATORS.split(before)[-1].strip()
    lead = _LEAD.match(piece)
    words = (piece[lead.end() :] if lead else piece).split()
    if len(words) != 1 or given_word_gender(words[0]) is None:
        return 0
    return month.end() if given_word_gender(month.group().rstrip('.')) else 0


def _agency_apart(name: str, led: bool) -> list[tuple[str, bool]]:
    """A name and an agency's name written after it without a mark ("JANE DOE Associated
    Press") as two pieces, the writer and the agency; a piece of one word before the agency
    stays whole ("Thomson Reuters"), and so does a person's name whose surname is an agency's
    (``_surname_of_agency``: "Michael Rubens Bloomberg")."""
    match = _AGENCY_AFTER_NAME.search(name)
    before = name[: match.start()].split() if match else []
    if match is None or len(before) < 2 or _surname_of_agency(before, match.group("agency")):
        return [(name, led)]
    return [(name[: match.start()], led), (match.group("agency"), False)]


def _surname_of_agency(before: list[str], agency: str) -> bool:
    """An agency's name of one word, capitalised as a surname is, after a given name and a
    middle name that the registers classify or a middle initial ("Michael Rubens Bloomberg",
    "Michael R Bloomberg"): the person's surname. A writer's name before an agency ends in a
    surname, which the registers do not classify as a given name ("Jane Doe Reuters")."""
    given, middle = before if len(before) == 2 else ("", "")
    return (
        agency[:1].isupper()
        and agency[1:].islower()
        and given_word_gender(given) is not None
        and (_INITIAL.fullmatch(middle) is not None
             or given_word_gender(middle) is not None)
    )


def _once(part: str) -> str:
    """A name the element writes twice, as a link and as its text for screen readers
    ("Kristen Falc'hon Kristen Falc'hon"), once."""
    words = part.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and [w.casefold() for w in words[:half]] == [
        w.casefold() for w in words[half:]
    ]:
        return " ".join(words[:half])
    return part


def _before_sentence(part: str) -> str:
    """A name of two words or more that a full stop ends, and what follows it: the name
    ("Finian Cunningham. Sputnik International" → "Finian Cunningham"); an abbreviation
    before a name keeps it ("Prof. Dr. Hans Weber")."""
    head, *rest = _SENTENCE_STOP.split(part, maxsplit=1)
    return head if rest and len(head.split()) >= 2 else part


def _before_place(part: str) -> str:
    """A name and the place its writer reported from ("Will Dunham in Washington" → "Will
    Dunham"), where the words after "in" are capitalised as a place's name is."""
    match = _IN_PLACE.search(part)
    if match is None or not match.group("place")[:1].isupper():
        return part
    head = part[: match.start()]
    return head if has_name_shape(head) else part


def _led_inside(part: str, name: str) -> bool:
    """A lead inside the part opens a byline ("Posted on by marc", "Zum Profil von x") when
    few words come before it; "Mary Magdalene by Titian" is a caption, not a byline."""
    before = part[: len(part) - len(name)].split()[:-1]
    return len(before) <= 3 and not has_name_shape(" ".join(before))


def _after_by(part: str) -> str:
    """ "View all posts by Jane Doe" → "Jane Doe"; a credit ("Photo by ...") is left whole."""
    match = _BY_INSIDE.match(part)
    if match and not _CREDIT_LEAD.match(part):
        return match.group("name")
    match = _VON_INSIDE.match(part)
    if match and _after_von(match.group("name")):  # not "Alexa von Heyden"
        return match.group("name")
    return part


def _after_von(name: str) -> bool:
    """A name after "von" starts the byline ("Artikel von hausinfo"), where a capitalised
    single word is a surname's particle phrase ("Alexa von Heyden")."""
    return has_name_shape(name) or (name.islower() and is_handle(name))


def _named_by_its_slot(part: str, *, handles: bool, declared: bool) -> bool:
    """One word in a field that holds only an author, or a name the markup calls a person's."""
    if handles and _is_one_word_name(part, declared=declared):
        return True
    return declared and _is_declared_name(part)


def _before_interface(part: str) -> str:
    """A name followed by nothing but interface words loses them ("Martin Junker Kontakt")."""
    words = part.split()
    cut = len(words)
    while cut > 0 and has_interface_word(words[cut - 1]):
        cut -= 1
    head = " ".join(words[:cut])
    return head if 0 < cut < len(words) and is_person(head) else part


def _sort_part(
    part: str, byline: Byline, *, sites: list[str], handles: bool, declared: bool = False
) -> None:
    if _CREDIT_LEAD.match(part) or is_noun_and_complement(part):
        return
    if name := person_before_desk(part) or person_before_role(part):
        byline.add_author(name)
    elif is_desk(part) or (
        names_site(part, sites)
        and ("PERSON" not in entity_labels(part) or _spells_domain(part, sites))
    ):
        byline.add_credit(part)
    elif name := _name_after_title(part):
        byline.add_author(name)
    elif is_person(part):
        byline.add_author(part)
    elif name := _name_inside(part):
        byline.add_author(name)
    elif names_site(part, sites) or part.casefold() in DESK_NOUNS:
        byline.add_credit(part)  # a desk's noun alone ("Redaktion"): a credit, no user name
    elif desk := desk_abbreviation(part):
        byline.add_credit(desk)  # "red", as "Redaktion"
    elif _named_by_its_slot(part, handles=handles, declared=declared):
        byline.add_author(part)
    elif len(part.split()) <= MAX_NAME_WORDS and (
        has_organisation_word(part) or read_as_org(part)
    ):
        byline.add_credit(part)


def desk_abbreviation(part: str) -> str | None:
    """The desk's abbreviation, without its period: "red" or "red." as written, or "Red."
    capitalised with the period that marks it cut short ("Red. / 31.10.2023"); a bare "Red"
    is a name or nickname."""
    short = part.removesuffix(".")
    if short in DESK_ABBREVIATIONS or (part != short and short.casefold() in DESK_ABBREVIATIONS):
        return short
    return None


def names_site(part: str, sites: list[str]) -> bool:
    """The part is the site's name or its domain's name ("Telebasel", "IT Finanzmagazin" on
    it-finanzmagazin.de); a first name that a blog's domain merely contains is not. A
    person's own site bears their name, so a name the NER reads as a person stays one."""
    squashed = _squash(part)
    for site in filter(None, sites):
        whole = _squash(site)
        label = _squash(DOMAIN.sub("", site.casefold().removeprefix("www.")))
        if squashed and squashed in (whole, label):
            return True
    return False


def after_site_name(part: str, sites: Sequence[str]) -> str:
    """The words of ``part`` after the longest run of its opening words that is the site's
    own name (``names_site``): "News Weekly" of "India Post News Weekly" on a site named
    "India Post"; the whole part when it does not open with that name."""
    words = part.split()
    for end in range(len(words), 0, -1):
        if names_site(" ".join(words[:end]), sites):
            return " ".join(words[end:])
    return part


def names_site_by_noun(name: str, sites: list[str]) -> bool:
    """The name is the site's own name ending in a common noun ("Oberstdorf Resort" on
    oberstdorf-resort.de, "Vortex Cannon" on vortexcannon.org): an organisation's, where
    "Sven Schreivogel" on sven-schreivogel.de is the site's owner."""
    return names_site(name, sites) and is_dictionary_word(name.split()[-1])


def _spells_domain(part: str, sites: list[str]) -> bool:
    """The part is the site's whole domain written as words ("Katholisch At" for
    katholisch.at): a person's site may bear their name, never with the domain's ending."""
    squashed = _squash(part)
    return any(
        "." in site and squashed == _squash(site.casefold().removeprefix("www."))
        for site in sites
    )


def _is_one_word_name(part: str, *, declared: bool = False) -> bool:
    """A user name, or one word the NER reads as a person ("David", "Fatima", "marc" read
    as "Marc"), or a capitalised given name the registers classify (``_given_name_alone``), or any
    capitalised word the markup calls a name ("Paddy"); never a word of the page's
    interface."""
    if " " in part or has_interface_word(part) or _is_lead_word(part) or read_as_org(part):
        return False
    if declared and HANDLE_SHAPE.match(part) and part[:1].isupper():
        return True
    if is_handle(part) or name_handle_words(part) is not None:
        return True
    return "PERSON" in entity_labels(part[:1].upper() + part[1:]) or _given_name_alone(part)


#: What the NER reads a one-word given name as when it is no person there: a place, a
#: day or month, an organisation, or a known name of the gazetteer ("Paris", "May").
_NO_FIRST_NAME = frozenset({*PLACE_LABELS, "DATE", "ORG", "GAZETTEER"})


def _given_name_alone(word: str) -> bool:
    """A capitalised word that the given-name registers classify as a man's or a woman's
    name (``given_word_gender``: not "Red", "Human", "Rivers") and count as a common one, and
    the NER reads as no place, day or organisation ("Christian", which it reads as a
    nationality word): in an author's slot ("Von Christian am 03.05.2013", a one-word JSON-LD
    author) the first name a blog prints for its writer. The registers list common words too
    ("Staff", "Hope", "Steel", "Major"): a word of the title, role, person-noun and desk
    lexicons or a month's or weekday's name ("Mai", "Abril") is none, nor an English word
    that the NER reads as no name of any kind."""
    if not (word[:1].isupper() and word[1:].islower()) or given_word_gender(word) is None:
        return False
    if describing_word(word) or word.casefold() in _not_given_names():
        return False
    labels = entity_labels(word)
    if labels & _NO_FIRST_NAME:
        return False
    return given_name_only(word) or (is_common_given_name(word) and bool(labels))


@lru_cache(maxsize=1)
def _not_given_names() -> frozenset[str]:
    """Desk words and the names of months and weekdays (casefolded) in the languages whose
    dates the date reader knows (``newsdesk.dates.MONTH_LANGUAGES``, dateparser's locales)."""
    days = {word for key, word in calendar_words() if key.endswith("day") and key != "day"}
    return frozenset(days | set(month_numbers()) | DESK_NOUNS | NEWSROOM_ROLES | ROLE_MODIFIERS)


def _is_lead_word(word: str) -> bool:
    """The word is itself a byline word ("von", "by"), left alone by the markup."""
    lead = _LEAD.match(f"{word} ")
    return bool(lead) and lead.end() == len(word) + 1


def organisations(credit: list[str], *, sites: Sequence[str] = ()) -> list[str]:
    """The credits that name an organisation, an agency or an outlet, not a place ("London"
    between two names); ``sites`` holds the site's own names (its outlet, its domain)."""
    return [name for name in credit if _is_organisation_name(name, sites)]


def _is_organisation_name(name: str, sites: Sequence[str] = ()) -> bool:
    """Not a place, no interface text, no number, not a sentence ("Tricks für zu Hause.")
    and, when it has several words, not opening in lower case ("deinen Hochzeitsbloggern")
    nor ending in a plural common noun in lower case ("News agencies"), unless it is a
    desk's byline ("Staff reports"). The words of the site's own name that open the credit
    are no interface text: an outlet's name may hold a word that is one elsewhere ("India
    Post News Weekly" on a site named "India Post", as "Jerusalem Post Staff" is a desk).
    The site's own name is no place either, whatever the NER reads in it ("Presse Augsburg"
    on presse-augsburg.de), when it is more than a place's name (``_more_than_place``):
    "Boston" on boston.com is the city."""
    place = _is_place(name) and not (names_site(name, sites) and _more_than_place(name))
    if place or has_interface_word(after_site_name(name, sites)) or _NUMBER.search(name):
        return False
    if " " in name and (name[:1].islower() or _is_common_phrase(name)):
        return False
    return not _SENTENCE_END.search(name)


def _more_than_place(name: str) -> bool:
    """A name of several words, one of which the NER alone reads as no place ("Presse" of
    "Presse Augsburg"): a place's name with a word of its own, no bare place name."""
    words = name.split()
    return len(words) > 1 and not all(_is_place(word) for word in words)


def _is_common_phrase(name: str) -> bool:
    """A kind of organisation in the plural ("News agencies"), not a desk's words after an
    outlet's name ("Staff reports")."""
    return not DESK_TAIL.search(f" {name}") and ends_in_plural_noun(name)


def _is_place(name: str) -> bool:
    """The whole name is one place the NER finds ("London", not "Attac France"), not in
    capitals (the NER reads unknown initials such as "LD" as places)."""
    spans = [(label, span) for label, span in name_entities(name) if label != "GAZETTEER"]
    return (
        bool(spans)
        and not name.isupper()
        and all(label in PLACE_LABELS and span == name for label, span in spans)
    )


def _is_declared_name(part: str) -> bool:
    """Two to five words of letters, no interface word, no agency, no legal form: a name the
    page's markup calls a person's. A company's legal form ("Web Commerce GmbH", "Harper
    Lane Ltd") names an organisation whatever the markup types it as: the web agency or
    the publisher that a publishing system's account is named after."""
    words = part.split()
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and all(NAME_WORD.match(word) for word in words)
        and not is_desk(part)
        and not has_interface_word(part)
        and part.casefold() not in NEWS_AGENCIES
        and not has_legal_form(part)
    )


def _name_after_title(part: str) -> str | None:
    """The person at the end of a part whose other words the NER reads as an organisation
    or a title ("FOCUS-Online-Experte Robin Tschöpe", "CNN anchor Jane Doe")."""
    entities = name_entities(part)
    people = [span for label, span in entities if label == "PERSON"]
    if len(people) != 1 or not part.endswith(f" {people[0]}"):
        return None
    head = part[: -len(people[0])].split()
    covered = {word for label, span in entities if label != "PERSON" for word in span.split()}
    return people[0] if is_person(people[0]) and set(head) <= covered else None


def _name_inside(part: str) -> str | None:
    """The name in "Jane Doe for The Times" or "Kiran C Nair - Chrome Safe Browsing team"
    (an organisation's name with a dash, "CDU - Fraktion Erfurt", has no person before
    it), or the one person the NER finds at the end of
    a longer part, when it has a name's shape. A span inside a part is not taken: the NER
    runs names into the next word ("Sara Zinnecker Stand")."""
    if (match := _FOR_OUTLET.match(part)) and is_person(match.group("name")):
        return match.group("name")
    people = [
        name
        for name in person_spans(part)
        if name != part and part.endswith(f" {name}") and is_person(name)
    ]
    return people[0] if len(people) == 1 else None


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())
