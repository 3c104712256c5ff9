"""What the article writes right after a speaker's name: an apposition (``Jakub Jakobowski,
senior fellow at the Center for Eastern Studies in Warsaw,``), a relative clause whose
copula states what the person is (``, who is now an immunologist at Stanford``), an *of* or
*from* phrase (``Mr. Radchenko of Johns Hopkins``), the party's letter (``(R-Texas)``,
``, D-N.J.,``) and the place the person is from (``Senator Jane Doe of Ohio``). They are read
from the characters after the name, since the parser attaches long appositions unreliably;
with the parse, an apposition must be a noun phrase there. ``roles`` combines them with the
title before the name.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.titles import PARTY_MEMBERS
from newsdesk.names import POSSESSIVE_END
from newsdesk.parsed import doc_ents, doc_text, word_start
from newsdesk.quotes.description import (
    ORGANISATION_LABELS,
    PARTY_LETTERS,
    PLACE_LABELS,
    Description,
    clean_org,
    names_people,
)
from newsdesk.quotes.nouns import ORG_NOUNS, WHEN_LABELS
from newsdesk.quotes.role_phrases import AFFILIATION, ORG, describe_phrase, is_role_phrase

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
#: A relative clause after the name whose verb says the person leads or founded an
#: organisation named right after it (``Jane Doe, who heads the Harbor Alliance,``): the
#: organisation is the affiliation, as one a clause places the person at is; a name that
#: goes on in lower case is only a part of the organisation's (``who runs the Harbor
#: institute``).
_LEADS = re.compile(
    r"^,\s+who\s+(?:now\s+|currently\s+|also\s+)?"
    r"(?:heads|leads|runs|chairs|directs|oversees|founded|co-founded)\s+(?:the\s+)?"
    rf"(?P<org>{ORG})(?=\s*[,.;]|\s+(?:and|in|since)\b|$)"
)
#: An *of*, *from*, *at* or *with* phrase after the name that says what kind of
#: organisation its name is before the name (``Jane Doe of the polling firm Harbor
#: Insights``, ``at the advocacy group Harbor Watch``): the name is the affiliation where the
#: last word in lower case is a kind of organisation (``ORG_NOUNS``) and no preposition or
#: article stands between (``with the banner on the aircraft carrier …``: no organisation's).
_KIND_WORD = r"(?!(?:the|a|an|of|on|in|at|to|for|with|by|from|as|into|onto)\s)[a-z][\w-]*\s+"
_OF_KIND_AFTER = re.compile(
    rf"^\s+(?:of|from|at|with)\s+(?:the|a|an)\s+(?:{_KIND_WORD}){{0,8}}?(?P<kind>[a-z]+)\s+(?P<org>{ORG})"
)


def describe_after(following: str, *, doc: Any = None, offset: int = 0) -> Description:
    """An apposition (or a relative clause's copula complement) or an ``of`` phrase after the
    name; with ``doc``, the parse of the text that ``following`` stands in at ``offset``, an
    apposition must be a noun phrase there."""
    match = _RELATIVE.match(following) or _APPOSITION.match(following)
    if match and is_role_phrase(match.group("text")):
        start, end = offset + match.start("text"), offset + match.end("text")
        if doc is None:
            return describe_phrase(match.group("text"))
        if _names_of_people(doc, start, end):
            return Description(None, None)  # "Jane Roe, John Doe, Ann Poe": a list of names
        if _parsed_noun_phrase(doc, start, end):
            stated = _one_of(doc, describe_phrase(match.group("text")), start, end)
            return _organisation_set_off(doc, following[match.end("text") :], stated, at=end)
        # a clause states no role, but the organisation it places the person at is theirs
        # (", now at Colorado State University", ", assigned to the unit at Metropolitan
        # Correctional Center")
        place = AFFILIATION.search(match.group("text"))
        at = start + place.start("org") if place else start
        if place and clean_org(place.group("org")) and not _dated(doc, at, place.group("org")):
            return Description(None, clean_org(place.group("org")))
    of_match = _OF_AFTER.match(following)
    if of_match:
        return Description(None, clean_org(of_match.group("org")))
    kind = _OF_KIND_AFTER.match(following)
    if kind and kind.group("kind") in ORG_NOUNS:
        return Description(None, _kind_named(doc, offset + kind.start("org"), kind.group("org")))
    return Description(None, None)


#: An organisation's name set off by a comma after a role that names none, closing the
#: phrase: a full stop, a semicolon, the end or a comma and no capitalised word after it
#: (``Jane Doe, Director, Harbor Securities.``; not ``Director, Research, Harbor
#: Securities``, a list's part).
_SET_OFF_ORG = re.compile(rf"^,\s+(?P<org>{ORG})(?=\s*(?:[.;]|$)|,(?!\s*[A-Z]))")


def _organisation_set_off(doc: Any, rest: str, stated: Description, *, at: int) -> Description:
    """``Jane Doe, Director, Harbor Securities, said``: a role with no organisation of its own
    whose next comma's phrase is an organisation's name alone (``_names_organisation``),
    closing the phrase, holds the office there; ``stated`` else."""
    found = _SET_OFF_ORG.match(rest)
    if stated.role is None or stated.affiliation is not None or found is None:
        return stated
    start = at + found.start("org")
    if not _names_organisation(doc, start, found.group("org")):
        return stated
    return Description(stated.role, clean_org(found.group("org")))


def _names_organisation(doc: Any, start: int, name: str) -> bool:
    """The name written at ``doc.text[start]`` is one the tagger reads whole as an
    organisation's: an ORG entity that opens with it, past its article, and takes all of it
    in (not a person's, a place's or an event's: ``Trump``, ``China and Russia``, ``the
    Boston Marathon``)."""
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None or doc[span.start].ent_type_ != "ORG":
        return False
    first, end = _entity_bounds(doc, span.start)
    return end >= span.end and first + (doc[first].lower_ == "the") == span.start


def _entity_bounds(doc: Any, at: int) -> tuple[int, int]:
    """The first token and the end of the tagger's entity that the token at ``at`` is in, by
    the tokens' entity marks around it (no scan of the doc's entities)."""
    first, end = at, at + 1
    while doc[first].ent_iob_ == "I":
        first -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return first, end


def led_after(doc: Any, following: str, *, offset: int) -> str | None:
    """The organisation a relative clause right after the name (``doc.text[offset:]`` is
    ``following``) says the person leads or founded (``_LEADS``), where the tagger reads it
    as one (``_names_organisation``: not ``who leads Biden in Iowa``), else None; the readers
    take it only where nothing else names the person's organisation (``JPMorgan Chase Chief
    Executive Jane Doe, who chairs the Business Roundtable,``: JPMorgan Chase)."""
    leads = _LEADS.match(following)
    if doc is None or leads is None:
        return None
    if not _names_organisation(doc, offset + leads.start("org"), leads.group("org")):
        return None
    return clean_org(leads.group("org"))


def _kind_named(doc: Any, at: int, org: str) -> str | None:
    """The name ``org`` written at ``doc.text[at]`` after a kind of organisation (``of the
    polling firm Harbor Insights``), without its possessive's mark, where it is a name: an
    entity the tagger reads, or proper nouns that open no date, time or holiday (``at the
    hospital Monday``, ``the company Christmas party``) and hold no pronoun (``at the office
    I share``); a name that only modifies a common noun after it names no organisation
    either. Without the parse, the name as written."""
    name = POSSESSIVE_END.sub("", org)
    if doc is None:
        return clean_org(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    if span is None or not len(span) or _dated(doc, at, name) or any(t.pos_ == "PRON" for t in span):
        return None
    if name == org and modifies_a_noun(doc, at, name):
        return None
    entity = span[0].ent_type_ in ORGANISATION_LABELS | PLACE_LABELS | {"NORP", "PERSON"}
    return clean_org(name) if entity or all(t.pos_ == "PROPN" for t in span) else None


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


def _dated(doc: Any, at: int, name: str) -> bool:
    """The capitalised words ``name`` written at ``doc.text[at]`` open a date or a time by the
    tagger (``an account of the July 10 meeting``): no organisation places anyone there."""
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].ent_type_ in WHEN_LABELS


def _names_of_people(doc: Any, start: int, end: int) -> bool:
    """The words at ``doc.text[start:end]`` are people's names by the tagger, every word of
    them but a conjunction: after a name's comma such words are the next names of a list
    (``writers including Jane Roe, John Doe and Ann Poe``), never an office, which is no one's
    name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.dep_ == "cc")] if span is not None else []
    return bool(words) and all(t.ent_type_ == "PERSON" for t in words)


def apposition_names_people(doc: Any, text: str, at: int) -> bool:
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
    # a party's member names a person, though the tagger may read the word as a name
    # ("the panel's top Democrat")
    return (head.pos_ == "NOUN" and names_people(head)) or head.lemma_.lower() in PARTY_MEMBERS


def modifies_a_noun(doc: Any, at: int, org: str) -> bool:
    """The name ``org``, written after ``at``, only modifies a common noun the parse puts it
    on (``the Senate group``, ``the House panel``): it names no organisation of its own."""
    found = doc_text(doc).find(org, at, at + 220)
    span = doc.char_span(found, found + len(org), alignment_mode="expand") if found >= 0 else None
    if span is None or not len(span):
        return False
    head = span[-1].head
    return span[-1].dep_ in {"compound", "amod"} and head.i >= span.end and head.pos_ == "NOUN"


#: The letter with a dash (``R-Neb.``) or, in the style of some papers, with a full stop and
#: a comma (``R., Ariz.``).
_PARTY_LETTER = re.compile(r"^\s*[,(]\s*(?P<letter>[RDI])(?:\s*[-–]|\.,)\s*[A-Z]")


def party_letter(following: str) -> str | None:
    """``Bennie Thompson (D-Miss.)``, ``Sen. Cory Booker, D-N.J.``."""
    match = _PARTY_LETTER.match(following)
    return PARTY_LETTERS[match.group("letter")] if match else None


#: The party's letter after the name, in parentheses (``(R-Texas)``, ``(R., Ariz.)``) or set
#: off by commas (``, D-N.J.,``), up to where an apposition may follow it.
_LETTER_GROUP = re.compile(
    r"^\s*\([RDI](?:\s*[-–]|\.,)[^()\n]{1,24}\)"
    r"|^,\s*[RDI]\s*[-–]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?=,)"
)


def past_letter_or_place(text: str, end: int, *, doc: Any) -> tuple[int, str | None] | None:
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
    if ent.label_ not in PLACE_LABELS or not at <= ent.start_char < ent.end_char <= org_end:
        return False
    if ent.start_char == at:
        return True
    first = _FIRST_WORD.fullmatch(doc_text(doc)[at : ent.start_char])
    return bool(first) and not any(
        e.label_ in ORGANISATION_LABELS and e.start_char <= at < e.end_char for e in doc_ents(doc)
    )
