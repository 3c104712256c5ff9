"""Role and affiliation as the article states them next to a speaker's name.

Three shapes cover news style: an apposition after the name (``Jakub Jakobowski, senior
fellow at the Center for Eastern Studies in Warsaw,``), a title before it (``Chinese Foreign
Ministry spokesman Wang Wenbin``, ``Sen. Jeff Flake``) and ``of`` after it
(``Mr. Radchenko of Johns Hopkins``). They are read from the characters around the
name because the parser attaches long appositions unreliably; the words of a title are the
title lexicon's (``newsdesk.entities.titles``), and, where the parse is given, the lower-case
nouns it attaches to the name as a title (``Wild coach Bruce Boudreau``, ``filmmaker Charlie
McDowell``): an occupation the lexicon cannot list in full. The parse also tells an apposition,
a noun phrase, from a clause or adverbial after the name's comma (``, noting that``), which
states no role. A source that names no one (``some experts``, ``analysts at Beacon Policy
Advisors``) states its own role and affiliation, read from the parse (``nominal``); what both
readers share is in ``description``, and a written role phrase is split into role and
organisation by ``role_phrases``.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.people import LEGAL_FORMS
from newsdesk.entities.titles import PARTY_MEMBERS, PERSON_TITLES
from newsdesk.parsed import doc_ents, doc_text, word_start
from newsdesk.quotes.description import (
    ORG_LABELS,
    PARTIES,
    PARTY_LETTERS,
    PARTY_NAMES,
    QUOTED_ROLE_WORDS,
    Description,
    clean_org,
    names_a_person,
    names_people,
)
from newsdesk.quotes.nominal import describe_nominal
from newsdesk.quotes.role_phrases import AFFILIATION, DEMONYM, ORG, describe_phrase, is_role_phrase
from newsdesk.quotes.served import country_code, country_of, serves

#: Where a phrase after the name ends: a comma, a full stop that closes no initial, a relative
#: pronoun or a reporting verb, or the end of the text.
_PHRASE_END = r"(?=,|(?<!\b[A-Z])\.(?:\s|$)|\s+(?:who|which|said|says|told)\b|$)"
_APPOSITION = re.compile(r"^,\s+(?P<text>[^,;:()“”\"]{3,160}?)" + _PHRASE_END)
#: A relative clause after the name whose copula states what the person is or was (``Jane
#: Doe, who is now an immunologist at Stanford``, ``who was then Britain's foreign secretary``):
#: its complement is read as an apposition.
_RELATIVE = re.compile(
    r"^,\s+who\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|then\s+|currently\s+|also\s+)?"
    r"(?P<text>[^,;:()“”\"]{3,160}?)" + _PHRASE_END
)
_OF_AFTER = re.compile(rf"^\s+(?:of|from)\s+(?:the\s+)?(?P<org>{ORG})")
_FUNCTION_WORDS = {
    "when",
    "while",
    "but",
    "and",
    "as",
    "if",
    "after",
    "before",
    "since",
    "although",
    "the",
    "a",
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "to",
    "from",
    "of",
    "that",
    "this",
    "then",
    "so",
    # auxiliaries that open a question before a title ("Does Sen. X have ..."): no name's word
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "has",
    "have",
    "had",
}


def is_party_member(token) -> bool:
    """The token names one member of a party (``PARTY_MEMBERS``)."""
    return token.lemma_.lower() in PARTY_MEMBERS


#: The letter with a dash (``R-Neb.``) or, in the style of some papers, with a full stop and
#: a comma (``R., Ariz.``).
_PARTY_LETTER = re.compile(r"^\s*[,(]\s*(?P<letter>[RDI])(?:\s*[-–]|\.,)\s*[A-Z]")


def describe(text: str, start: int, end: int, *, doc: Any = None) -> Description:
    """Role and affiliation stated around the name at ``text[start:end]`` (``None`` when not stated);
    with ``doc``, the parse of ``text``, a title before the name may be any noun it attaches there,
    and words after the name's comma are its apposition only where the parse reads a noun phrase;
    the party's letter or the place after the name does not hide an apposition after it, nor
    the title before it (``_described_past``)."""
    if doc is not None:
        return _described_past(text, start, end, doc=doc)
    party = _party_letter(text[end : end + 20])
    # "Sen. Ben Sasse, R-Neb.,": the party's letter after the comma is no apposition
    stated = Description(None, None) if party else describe_after(text[end : end + 220], doc=doc, offset=end)
    return _described_around(text, start, end, stated, party=party, doc=doc)


def _described_past(text: str, start: int, end: int, *, doc: Any) -> Description:
    """``Rep. Jane Doe (R-Texas), ranking member of the House Science Committee,`` and ``Senator
    Jane Doe of Ohio, the committee's chairman,``: the party's letter and the place the person
    is from (a place the tagger reads, written with *of* or *from* right after the name) say
    whom the person stands for, and an apposition after them, a noun phrase that names people,
    states the role. Where none does, the title before the name gives the role, and the place
    is the affiliation only where that title names no organisation or party: a legislator's
    state is the seat, not an organisation served. An apposition whose head is a party's
    member (``a Republican from Alaska``, ``the Utah Republican``) states the party and no
    role, so the title before the name gives the role there too.

    Only the speaker's record reads this way (with the parse): the title descriptions the
    speaker resolution matches (``the Illinois Democrat``, ``the senator``) look up who holds
    them by the plain reading, in which a party's member is a role."""
    party = _party_letter(text[end : end + 20])
    past = _past_letter_or_place(text, end, doc=doc)
    at, place = past if past is not None else (end, None)
    stated = Description(None, None)
    if past is not None or not party:  # "Sen. Ben Sasse, R-Neb." the letter is no apposition
        stated = describe_after(text[at : at + 220], doc=doc, offset=at)
    if past is not None and (stated.role is None or not _apposition_names_people(doc, text, at)):
        # only an apposition that names the person says more of them there: a clause after the
        # letter or the place is the sentence going on ("(D-Minn.), the U.S. Attorney's Office
        # for … announced"), and a noun of no person is an aside ("(R., Ariz.), part of the
        # group working on the bill")
        stated = Description(None, None)
    if past is not None and stated.affiliation and _modifies_a_noun(doc, at, stated.affiliation):
        # "(R., Ariz.), a member of the Senate group working on immigration": the group is
        # unnamed, so the party's letter is the affiliation
        stated = Description(stated.role, None)
    stated = _party_member(stated)
    if stated.role is None and (place or stated.affiliation in PARTIES.values()):
        before = _title_before(text, start, end, doc=doc, party=party)
        stated = Description(before.role, stated.affiliation or before.affiliation or place)
    elif past is not None and stated.affiliation is None:
        # "Senator Jane Doe of Ohio, the Republican chairman of the Senate panel"
        stated = Description(stated.role, _party_in(stated.role) or place)
    return _described_around(text, start, end, stated, party=party, doc=doc)


def _party_in(role: str | None) -> str | None:
    """The party a role names by its members' word (``the Republican chairman``)."""
    return next((PARTIES[w.lower()] for w in (role or "").split() if w.lower() in PARTIES), None)


def _apposition_names_people(doc: Any, text: str, at: int) -> bool:
    """The apposition after ``text[at]`` is headed, by the parse, by a noun that names people
    (``names_people``: ``ranking member``, ``chairman``), not by a word of no person
    (``part of the group``, ``one of the bill's sponsors``)."""
    following = text[at : at + 220]
    match = _RELATIVE.match(following) or _APPOSITION.match(following)
    if match is None:
        return False
    span = doc.char_span(at + match.start("text"), at + match.end("text"), alignment_mode="expand")
    if span is None or not len(span):
        return False
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    head = next((t for t in roots if t.pos_ != "ADV"), span[0])
    return head.pos_ == "NOUN" and names_people(head)


def _modifies_a_noun(doc: Any, at: int, org: str) -> bool:
    """The name ``org``, written after ``at``, only modifies a common noun the parse puts it
    on (``the Senate group``, ``the House panel``): it names no organisation of its own."""
    found = doc_text(doc).find(org, at, at + 220)
    span = doc.char_span(found, found + len(org), alignment_mode="expand") if found >= 0 else None
    if span is None or not len(span):
        return False
    head = span[-1].head
    return span[-1].dep_ in {"compound", "amod"} and head.i >= span.end and head.pos_ == "NOUN"


#: The party's letter after the name, in parentheses (``(R-Texas)``, ``(R., Ariz.)``) or set
#: off by commas (``, D-N.J.,``), up to where an apposition may follow it.
_LETTER_GROUP = re.compile(
    r"^\s*\([RDI](?:\s*[-–]|\.,)[^()\n]{1,24}\)"
    r"|^,\s*[RDI]\s*[-–]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?=,)"
)
#: Tagger labels of a place a person is from.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _past_letter_or_place(text: str, end: int, *, doc: Any) -> tuple[int, str | None] | None:
    """Where the party's letter or the place written right after the name at ``end`` ends,
    with the place (``None`` for a letter); ``None`` where neither follows the name."""
    letter = _LETTER_GROUP.match(text[end : end + 40])
    if letter:
        return end + letter.end(), None
    of = _OF_AFTER.match(text[end : end + 220])
    if of is None:
        return None
    at, org_end = end + of.start("org"), end + of.end("org")
    place = next((e for e in doc_ents(doc) if _place_at(doc, e, at, org_end)), None)
    return (place.end_char, text[at : place.end_char]) if place is not None else None


#: One capitalised word that the tagger may leave out of a place's name (``New`` of ``New
#: Jersey``).
_FIRST_WORD = re.compile(r"[A-Z][a-z]+ ")


def _place_at(doc: Any, ent: Any, at: int, org_end: int) -> bool:
    """The tagger's place ``ent`` is the name written at ``at`` (within the capitalised run
    that ends at ``org_end``), or all of it but one capitalised first word that no
    organisation's name holds (``New Jersey``, not ``University of Texas``)."""
    if ent.label_ not in _PLACE_LABELS or not at <= ent.start_char < ent.end_char <= org_end:
        return False
    if ent.start_char == at:
        return True
    first = _FIRST_WORD.fullmatch(doc_text(doc)[at : ent.start_char])
    return bool(first) and not any(
        e.label_ in ORGANISATION_LABELS and e.start_char <= at < e.end_char for e in doc_ents(doc)
    )


def _party_member(stated: Description) -> Description:
    """``a Republican from Alaska``, ``the Utah Republican``: a role whose head is a party's
    member states the party, which is the affiliation, and no office."""
    words = (stated.role or "").split()
    head = words[-1].lower().rstrip("s") if words else ""
    return Description(None, PARTIES[head]) if head in PARTY_MEMBERS else stated


def _title_before(text: str, start: int, end: int, *, doc: Any, party: str | None = None) -> Description:
    """The title before the name (``describe_before``), with the words the parse reads as one
    and an organisation's name, a nationality or a place that opens it; a place is no
    affiliation where the party's letter after the name (``party``) says whom the member
    stands for (``U.S. Sen. Jane Doe, R-Alaska``)."""
    titled = _parsed_title_words(doc, start, end) if doc is not None else 0
    preceding = text[: _past_title_words(text, start, end)]
    stated = describe_before(preceding[-80:], titled=titled)
    if doc is not None and stated.role is None:
        stated = _office_of_before(doc, text, start) or stated
    shared = _shared_title(doc, start, end) if doc is not None and stated.role is None else None
    if shared is not None:
        # a place or an organisation before a plural title may be only some of the names'
        # ("Tennessee Senators X and Y, and Wisconsin's Z"); a party's word is read as written
        at, singular = shared
        stated = describe_before(f"{text[max(0, at - 80) : at]}{singular} ")
        return Description(stated.role, stated.affiliation if stated.affiliation in PARTY_NAMES else None)
    if doc is not None and stated.role and stated.affiliation is None:
        stated = _organisation_in_title(doc, preceding, stated)
    elif doc is not None and stated.role:
        stated = _beat_after_organisation(doc, preceding, stated)
    if doc is not None and stated.role and party is None:
        stated = _place_in_title(doc, preceding, stated)
    return stated


def _past_title_words(text: str, start: int, end: int) -> int:
    """Where the name at ``text[start:end]`` starts past the capitalised title words the
    tagger ran into it (``Counsel`` of ``Special Counsel Jane Doe``), keeping two words of
    the name: the title is read whole before it."""
    at, words = start, text[start:end].split(" ")
    while len(words) > 2 and words[0][:1].isupper() and words[0].lower() in QUOTED_ROLE_WORDS:
        at, words = at + len(words[0]) + 1, words[1:]
    return at


def _beat_after_organisation(doc: Any, preceding: str, stated: Description) -> Description:
    """``Harbor News Capitol Hill correspondent``, ``Harbor Wire Moscow bureau chief``: where
    the capitalised words before the title end with a name the tagger reads on its own (a
    place, a building, a body the person reports on or works in) after words it reads as an
    organisation, or an initialism it reads as no name (``NBC``; a capitalised word it
    leaves out of a place's name, ``New`` of ``New Jersey``, or one that opens the sentence,
    is no organisation), those words are the organisation the person works for and
    the name is part of the office (its beat); one name the tagger reads whole (``Harbor
    Association of Builders``) stays whole."""
    phrase = f"{stated.affiliation} {stated.role}"
    at = preceding.rfind(phrase, max(0, len(preceding) - 100))
    if at < 0:
        return stated
    org_end = at + len(stated.affiliation or "")
    entities = [e for e in doc_ents(doc) if e.start_char < org_end and e.end_char > at]
    beat = next((e for e in entities if e.end_char == org_end and e.start_char > at), None)
    if beat is None or beat.label_ not in _BEAT_LABELS:
        return stated
    organisation = preceding[at : beat.start_char].strip()
    words = doc.char_span(at, at + len(organisation), alignment_mode="contract")
    if words is None or not all(_organisation_word(t) for t in words):
        return stated
    leading = [e for e in entities if e.start_char < beat.start_char]
    if any(e.label_ != "ORG" or e.start_char != at or e.end_char >= beat.start_char for e in leading):
        return stated
    if not leading and not all(t.is_upper and len(t.text) > 1 for t in words):
        return stated  # words the tagger reads as no name are an organisation's initialism only
    if leading and not any(e.label_ == "ORG" and e.text == leading[0].text and e.start_char != at for e in doc_ents(doc)):
        return stated  # an organisation the tagger names only here may hold the beat's first word
    return Description(f"{preceding[beat.start_char : org_end]} {stated.role}", clean_org(organisation))


def _organisation_word(token: Any) -> bool:
    """A capitalised word of an organisation's name before a beat: no title word (``Former``),
    function word (``of``) or nationality or place (``Iraqi``), which open a title or join a
    longer name."""
    word = token.lower_
    return (
        token.text[:1].isupper()
        and word not in QUOTED_ROLE_WORDS | _FUNCTION_WORDS | _TIME_QUALIFIERS
        and not _serves_place(token)
    )


#: Tagger labels of the name that follows an organisation's as the beat of an office.
_BEAT_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})


def _shared_title(doc: Any, start: int, end: int) -> tuple[int, str] | None:
    """``Senators Jane Doe (R-SC), John Roe and Ann Poe``, ``Sens. Jane Doe, D-Va., and John
    Roe``: a plural title written before names the parse coordinates is each one's title.
    Returns where the title starts and its singular (``Senator``, ``Sen.``: the parse's lemma,
    or an abbreviation without its plural *s*), where it is a word of the title lexicon; the
    tagger may run the title into the first name."""
    span = _name_span(doc, start, end)
    if span is None:
        return None
    first = _span_root(span)
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    if not any(t.dep_ == "conj" and t.pos_ == "PROPN" for t in first.children) and first.i == _span_root(span).i:
        return None  # no name coordinated with this one
    person = next((e for e in doc_ents(doc) if e.start <= first.i < e.end and e.label_ == "PERSON"), None)
    if person is None:
        return None
    before = doc_text(doc)[: person.start_char].rstrip()
    word = before.rsplit(maxsplit=1)[-1] if before else ""
    candidates = [(doc[person.start].idx, doc[person.start].text, doc[person.start])]
    if word and person.start > 0:
        candidates.append((len(before) - len(word), word, doc[person.start - 1]))
    for at, written, token in candidates:
        singular = _singular_title(written, token)
        if singular is not None:
            return at, singular
    return None


def _singular_title(word: str, token: Any) -> str | None:
    """The singular of a plural title word (``Senators``, ``Sens.``, ``Reps.``) of the title
    lexicon, written as the text writes it, else ``None``; ``token`` is the word's last token,
    whose tag says a word written out is plural."""
    if word.endswith(".") and word[:-1].lower().endswith("s"):
        singular = word[:-2] + "."
    elif token.tag_ in {"NNS", "NNPS"} and word.lower().endswith("s"):
        lemma = token.lemma_.lower()
        singular = word[:1] + (lemma[1:] if lemma != word.lower() else word[1:-1])
    else:
        return None
    return singular if singular.lower() in QUOTED_ROLE_WORDS else None


#: A capitalised office with the *for* or *of* phrase that says where it is held, written as
#: a title right before the name (``Former U.S. Attorney for the Northern District of Ohio``,
#: ``Minister for Foreign Affairs``): up to three capitalised words (an initialism, no word
#: that ends a sentence) and *former* or *acting* before the office.
_OFFICE_OF = re.compile(
    rf"(?:^|(?<=[\s“\"(]))(?P<role>(?:(?:[Ff]ormer|[Aa]cting)\s+)?(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z](?:[\w-]|['’](?!s\s))*)\s+){{0,3}}?"
    rf"(?P<office>[A-Z][\w-]*))\s+(?:for|of)\s+(?P<org>(?:the\s+)?{ORG})\s$"
)


def _office_of_before(doc: Any, text: str, start: int) -> Description | None:
    """``Former U.S. Attorney for the Northern District of Ohio Jane Doe``: a title whose office,
    a word of the title lexicon, has its own *for* or *of* phrase. Where the tagger reads
    that phrase's name as an organisation or a place, it is the affiliation and the words up
    to the office the role; else the whole title is the role (``Minister for Foreign
    Affairs``). The tagger may split a long name (``the Northern District``, ``Ohio``): one that
    opens the phrase names it."""
    at = max(0, start - 120)
    match = _OFFICE_OF.search(text, at, start)
    if match is None or match.group("office").lower() not in QUOTED_ROLE_WORDS:
        return None
    org_start, org_end = match.span("org")
    opening = {org_start, org_start + 4} if match.group("org").startswith("the ") else {org_start}
    named = any(
        e.label_ in ORG_LABELS | ORGANISATION_LABELS | _PLACE_LABELS
        and e.start_char in opening
        and e.end_char <= org_end
        for e in doc_ents(doc)
    )
    if not named:
        return Description(text[match.start("role") : org_end], None)
    return Description(match.group("role"), clean_org(match.group("org")))


#: Tagger labels of the words that open a title with the country or place an office serves
#: (``Iraqi Prime Minister``, ``Missouri Senator``).
_SERVED_PLACE_LABELS = frozenset({"NORP", "GPE"})
#: Words that may open a title before the place it serves (``former Missouri Senator``).
_TIME_QUALIFIERS = frozenset({"former", "acting"})
def _place_in_title(doc: Any, preceding: str, stated: Description) -> Description:
    """``Iraqi Prime Minister Jane Doe``, ``German Chancellor Jane Doe``, ``former Missouri
    Senator Jane Doe``: the capitalised words that open a title before the name (after
    *former* or *acting*), where they are a nationality or a place and no party's
    (``Democratic``), say whom the office serves: the country a nationality names (by the
    gazetteer), or the place as written, is the affiliation and the rest of the title is the
    role. The title patterns keep a nationality or a place in the role (``Chinese leader``,
    ``Missouri Senator``: the demonym test takes its ending for an adjective's) or give it,
    or a place with *Former* before it, as the organisation (``German``, ``Former
    Illinois``, whose role is read without it); an organisation's name that opens with a
    nationality (``American Airlines CEO``) stays."""
    phrase = f"{stated.affiliation} {stated.role}" if stated.affiliation else stated.role or ""
    at = preceding.rfind(phrase, max(0, len(preceding) - 100))
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span):
        return stated
    tokens = list(span)
    qualifiers = [t.text for t in tokens[:1] if t.lower_ in _TIME_QUALIFIERS and len(tokens) > 1]
    tokens = tokens[len(qualifiers) :]
    places = []
    for token in tokens:
        if not _serves_place(token):
            break
        places.append(token)
    if not places:
        return stated
    place_end = places[-1].idx + len(places[-1])
    place = doc_text(doc)[places[0].idx : place_end]
    if stated.affiliation:  # the qualifier was read into the organisation, not the role
        if " ".join([*qualifiers, place]) != stated.affiliation:
            return stated
        qualifiers, rest = [], stated.role or ""
    else:
        rest = doc_text(doc)[place_end : at + len(phrase)].strip()
    if not rest[:1].isalpha() or not serves(rest):
        return stated
    served = country_of(doc, place) or (place if places[-1].ent_type_ == "GPE" else None)
    return Description(" ".join([*qualifiers, rest]), served) if served else stated


def _serves_place(token: Any) -> bool:
    """A capitalised word of no party that the tagger reads as a nationality or a place, or
    that the gazetteer knows as a nationality word (the tagger may read ``German
    Chancellor`` as a part of the name after it)."""
    if not token.text[:1].isupper() or token.lower_ in PARTIES:
        return False
    if token.ent_type_ in _SERVED_PLACE_LABELS:
        return True
    return country_code(token.text) is not None and load_gazetteer().country_named(token.text) is None


def _described_around(
    text: str, start: int, end: int, stated: Description, *, party: str | None, doc: Any
) -> Description:
    """``stated`` (what follows the name) completed by the title before the name, a description
    the name stands in apposition to, a possessive owner and the party's letter."""
    if stated.affiliation and doc is not None:
        stated = Description(stated.role, _named_object(doc, end, stated.affiliation))
    if not (stated.role or stated.affiliation):
        stated = _title_before(text, start, end, doc=doc, party=party)
    if not (stated.role or stated.affiliation) and doc is not None:
        stated = _apposed_to(doc, start, end) or stated
    if stated.affiliation is None and doc is not None:
        owner = _parsed_owner(doc, start, end)
        if owner:
            stated = Description(stated.role, owner)
    if stated.affiliation is None and party:
        return Description(stated.role, party)
    return stated


#: Tagger labels of an organisation's name, a building's included (``the White House``; the
#: tagger may read ``the Center for a Stronger Economy`` as a building too).
ORGANISATION_LABELS = frozenset({"ORG", "FAC"})


def _organisation_in_title(doc: Any, preceding: str, stated: Description) -> Description:
    """``White House press secretary Maria Lopez``: a title before the name that opens with an
    organisation's name, as the tagger reads it, and goes on in lower case is that
    organisation's office. The title lexicon holds the words of such names (``House``,
    ``Senate``, ``State``) as words of a title (``House Minority Whip``), so the title alone
    cannot tell the organisation from the office."""
    at = preceding.rfind(stated.role or "", max(0, len(preceding) - 80))
    if at < 0:
        return stated
    end = at + len(stated.role or "")
    for ent in doc_ents(doc):
        rest = preceding[ent.end_char : end].strip()
        if ent.start_char == at and ent.end_char < end and ent.label_ in ORGANISATION_LABELS and rest[:1].islower():
            return Description(rest, clean_org(ent.text))
    return stated


def _named_object(doc: Any, end: int, org: str) -> str:
    """``co-founder of the Denver polling firm Harbor Data Inc``: where the
    organisation read after the name at ``end`` is no organisation to the tagger but a word
    that the parse compounds into a longer noun phrase, a place that modifies it, and the
    phrase's head is an organisation's name, that name is the affiliation."""
    at = doc_text(doc).find(org, end, end + 220)
    span = doc.char_span(at, at + len(org), alignment_mode="expand") if at >= 0 else None
    if span is None or any(t.ent_type_ == "ORG" for t in span):
        return org
    head = span[-1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    ent = next((e for e in doc_ents(doc) if e.start <= head.i < e.end and e.label_ == "ORG"), None)
    return (clean_org(ent.text) or org) if ent is not None and ent.start >= span.end else org


def _apposed_to(doc: Any, start: int, end: int) -> Description | None:
    """``The chairman of the House Budget Committee, Maria Lopez, said``: a
    name set off by commas in apposition to a description before it, which states the role
    and affiliation as a nominal source states its own (``describe_nominal`` of its head)."""
    span = _name_span(doc, start, end)
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    root = _span_root(span)
    head = root.head
    before = doc[span.start - 2]  # the description's last word, before the comma
    if root.dep_ != "appos" or head.i >= span.start or head.pos_ != "NOUN":
        return None
    if before.i != head.i and not head.is_ancestor(before):
        return None
    stated = describe_nominal(head)
    return stated if stated.role else None


def _party_letter(following: str) -> str | None:
    """``Bennie Thompson (D-Miss.)``, ``Sen. Cory Booker, D-N.J.``."""
    match = _PARTY_LETTER.match(following)
    return PARTY_LETTERS[match.group("letter")] if match else None


def describe_after(following: str, *, doc: Any = None, offset: int = 0) -> Description:
    """An apposition (or a relative clause's copula complement) or an ``of`` phrase after the
    name; with ``doc``, the parse of the text that ``following`` stands in at ``offset``, an
    apposition must be a noun phrase there."""
    match = _RELATIVE.match(following) or _APPOSITION.match(following)
    if match and is_role_phrase(match.group("text")):
        start, end = offset + match.start("text"), offset + match.end("text")
        if doc is None:
            return describe_phrase(match.group("text"))
        if _parsed_noun_phrase(doc, start, end):
            return _one_of(doc, describe_phrase(match.group("text")), start, end)
        # a clause states no role, but the organisation it places the person at is theirs
        # (", now at Colorado State University", ", assigned to the unit at Metropolitan
        # Correctional Center")
        place = AFFILIATION.search(match.group("text"))
        if place and clean_org(place.group("org")):
            return Description(None, clean_org(place.group("org")))
    of_match = _OF_AFTER.match(following)
    if of_match:
        return Description(None, of_match.group("org"))
    return Description(None, None)


def _one_of(doc: Any, stated: Description, start: int, end: int) -> Description:
    """``Jane Doe, one of the world's most respected economists,``: a person counted among
    the holders of a role holds it, so the role is the plural noun that ends the phrase, as
    the parse lemmatises it (``economist``), not the phrase that counts the person among
    them."""
    role = stated.role or ""
    if not role.lower().startswith("one of "):
        return stated
    at = doc_text(doc).find(role, start, end)
    span = doc.char_span(at, at + len(role), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span) or span[-1].tag_ != "NNS":
        return stated
    noun = span[-1]
    hyphened = doc[word_start(noun) : noun.i].text  # "co-" of "co-sponsors"
    return Description(f"{hyphened}{noun.lemma_}".lower(), stated.affiliation)


def _parsed_owner(doc: Any, start: int, end: int) -> str | None:
    """The organisation a possessive before the name at ``start`` names (``Fox News' Tucker
    Carlson``, ``NASA's Administrator Jim Bridenstine``): a proper noun the parse puts on the
    name as its owner (``poss``), with the capitalised words of its phrase, where the tagger
    reads no person by that word anywhere in the text (``Jane Doe's Joe Smith``) and nothing
    but the name's own title stands between the possessive and the name."""
    span = _name_span(doc, start, end)
    if span is None:
        return None
    root = _span_root(span)
    owner = next((t for t in root.children if t.dep_ == "poss" and t.i < span.start), None)
    if owner is None or owner.pos_ != "PROPN" or names_a_person(doc, owner.text):
        return None
    between = doc[owner.i + 1 : span.start]  # the 's, then any title the parse puts on the name
    titled = all(t.head.i == root.i or span.start <= t.head.i < span.end for t in between[1:])
    if not between or between[0].tag_ != "POS" or not titled:
        return None
    words = [t for t in doc[owner.left_edge.i : owner.i + 1] if t.lower_ != "the"]
    if not all(t.text[:1].isupper() for t in words):
        return None
    return clean_org(doc[words[0].i : owner.i + 1].text)


def _name_span(doc: Any, start: int, end: int) -> Any:
    """The tokens of the name at ``doc.text[start:end]``, or None where no token starts there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or span.start_char != start else span


def _span_root(span: Any) -> Any:
    """The first token of ``span`` whose head lies outside it (its last token if none)."""
    return next((t for t in span if not span.start <= t.head.i < span.end), span[-1])


#: Heads of a noun phrase: a numeral or pronoun heads one too (``one of the study's authors``).
_NOMINAL = {"NOUN", "PROPN", "NUM", "PRON"}


def _parsed_noun_phrase(doc: Any, start: int, end: int) -> bool:
    """The words at ``doc.text[start:end]`` open with a noun phrase, which an apposition is: the
    first word the parse attaches outside them, past any adverbs, is a noun. A clause or an
    adverbial is headed by a verb or participle (``noting``, ``died recently``), a preposition
    (``in his new book``), a conjunction, an adjective (``apparently keen to flatter``) or an
    adverb alone (``however``); ``now an immunologist at Stanford`` is headed by its noun, and
    a main clause the words run on into (``the Smith Fellow at the Manhattan Institute
    appeared on``) comes after the noun phrase. Words the parse cannot align are given the
    benefit of the doubt."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i] or [span[0]]
    head = next((t for t in roots if t.pos_ != "ADV"), roots[0])
    return head.pos_ in _NOMINAL


def _parsed_title_words(doc: Any, start: int, end: int) -> int:
    """How many words right before the name at ``start`` the parse reads as its title: a singular
    common noun written in lower case that modifies the name or that the name stands in
    apposition to (``coach Bruce Boudreau``, ``my colleague David Ignatius``), with the
    lower-case modifiers of that title before it (``defensive captain``, ``retired aerospace
    executive``)."""
    span = _name_span(doc, start, end)
    if span is None or span.start == 0:
        return 0
    name, first = list(span), span[0]
    root = _span_root(span)
    noun = doc[first.i - 1]
    # "adviser and first daughter Ivanka Trump": the name stands in apposition to the first of
    # two coordinated titles, each of them the person's
    heads = {noun.i, noun.head.i} if noun.dep_ == "conj" and noun.head.tag_ == "NN" else {noun.i}
    attached = name[0].i <= noun.head.i <= name[-1].i or (root.head.i in heads and root.dep_ in {"appos", "compound"})
    if noun.tag_ not in {"NN", "NNP"} or not attached or not _lower_word(doc, noun.i):
        return 0  # a plural names no one person ("whether tax cuts Jane Doe backed")
    words, i = 1, _word_start(doc, noun.i)
    while i > 0:
        last = doc[i - 1]
        j = _word_start(doc, last.i)
        if not (
            _title_word(doc, last.i)
            and (
                (
                    last.pos_ in {"NOUN", "ADJ"}
                    and last.dep_ in {"amod", "compound", "nmod"}
                    and (i <= last.head.i <= name[-1].i or last.head.i in heads)
                )
                or (last.dep_ == "cc" and last.head.i in heads)
                or last.i in heads
            )
        ):
            break
        words, i = words + 1, j
    # an indefinite article makes the noun a description of its own, which a reduced relative
    # clause follows ("a prospect Jane Doe denied"): a title on a name is definite
    return 0 if i > 0 and doc[i - 1].lower_ in {"a", "an"} else words


def _word_start(doc: Any, i: int) -> int:
    """The first token of the space-delimited word that holds token ``i`` (``co-founder``)."""
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].is_alpha or doc[i - 1].text in {"-", "–"}):
        i -= 1
    return i


def _title_word(doc: Any, i: int) -> bool:
    """A word of a title written before a name: in lower case, but for an adjective opening
    the sentence (``Presidential adviser``) that the text never capitalises inside a
    sentence, where it would be a name (``Wild defenseman``, the Minnesota Wild's)."""
    start = _word_start(doc, i)
    if _lower_word(doc, i):
        return True
    word = doc[i].text
    return (
        doc[start].is_sent_start
        and doc[i].tag_ == "JJ"
        and not any(t.text == word and not t.is_sent_start for t in doc)
    )


def _lower_word(doc: Any, i: int) -> bool:
    word = doc[_word_start(doc, i)]
    return word.text[:1].islower()


def describe_before(preceding: str, *, titled: int = 0) -> Description:
    """A title right before the name: role words, with capitalised organisation words before them;
    the last ``titled`` words are a title the parse read (whatever the lexicon holds)."""
    tokens = [token.strip('“”"‘’') for token in preceding.replace("\n", " ").split(" ")]
    if not tokens or tokens[-1] != "":
        return Description(None, None)
    tokens = tokens[:-1]
    role: list[str] = []
    while tokens and not tokens[-1].endswith(","):
        word = tokens[-1].lower()
        # "Secretary of State": one office written as a title (capitalised before "of"), not a
        # title of the person after it ("a spokesman of President X")
        joins = (
            word == "of"
            and role
            and len(tokens) > 1
            and tokens[-2][:1].isupper()
            and tokens[-2].lower() in QUOTED_ROLE_WORDS
            and role[0].lower() not in PERSON_TITLES
        )
        if not word or (
            not _is_role_word(word) and not joins and not _coordinates(tokens, role) and len(role) >= titled
        ):
            break
        role.insert(0, tokens.pop())
    if not role:
        return Description(None, None)
    org: list[str] = []
    while (
        tokens
        and (tokens[-1][:1].isupper() or _inner_of(tokens, org))
        and len(org) < 5
        and (not tokens[-1].endswith((",", ".", ":")) or tokens[-1].lower() in LEGAL_FORMS)
        and (tokens[-1].lower() not in _FUNCTION_WORDS or _inner_of(tokens, org))
        and not re.search(r"-[a-z]", tokens[-1])
    ):
        org.insert(0, tokens.pop())
    party = next((PARTIES[w.lower()] for w in org + role if w.lower() in PARTIES), None)
    if party:
        rest = [w for w in org + role if w.lower() not in PARTIES]
        return Description(" ".join(rest) or None, party)
    if len(org) > 1 or (org and not DEMONYM.search(org[0])):
        # "Lopez campaign communications director": the campaign is the organisation
        while len(role) > 1 and role[0] in _BODY_NOUNS:
            org.append(role.pop(0))
        return Description(" ".join(role), clean_org(" ".join(org)))  # "FBI Director", "Aetna CEO"
    return Description(" ".join(org + role) if org else " ".join(role), None)


def _inner_of(tokens: list[str], org: list[str]) -> bool:
    """*of* between two capitalised words of an organisation's name before a title
    (``Independent Harbor Workers of America President``), not its first word."""
    return (
        bool(org)
        and len(tokens) > 1
        and tokens[-1] == "of"
        and tokens[-2][:1].isupper()
        and tokens[-2].lower() not in _FUNCTION_WORDS
        and not tokens[-2].endswith((",", ".", ":"))
    )


def _coordinates(tokens: list[str], role: list[str]) -> bool:
    """``Harbor University President and Chancellor``, ``Harbor founder and co-CEO``: *and*
    between two title words, the first after an organisation's capitalised word, joins two
    offices of one organisation. After a lower-case word (``the president and Vice
    President Jane Doe``) the first title is another person's."""
    return (
        bool(role)
        and len(tokens) > 2
        and tokens[-1].lower() == "and"
        and _is_role_word(tokens[-2].lower())
        and tokens[-3][:1].isupper()
        and tokens[-3].lower() not in _FUNCTION_WORDS | QUOTED_ROLE_WORDS
        and not tokens[-3].endswith((",", ".", ":"))
    )


def _is_role_word(word: str) -> bool:
    """A word of the title lexicon, or a compound written with hyphens whose last part is one
    (``director-general``, ``editor-in-chief``, ``co-founder``): the lexicon lists the
    head of a title, and a hyphen joins its compounds into one word."""
    return word in QUOTED_ROLE_WORDS or ("-" in word.strip("-") and word.rsplit("-", 1)[-1] in QUOTED_ROLE_WORDS)


#: Nouns that make an organisation of the name of the person or party who leads it, written
#: in lower case after that name (``the Obama administration``, ``the Lopez campaign``,
#: ``the Johnson government``): the name alone is the person, so the noun is the
#: organisation's. A noun of an organisation's kind is no such noun (``Rangers team
#: captain``: the team is the Rangers).
_BODY_NOUNS = frozenset({"administration", "campaign", "government"})
