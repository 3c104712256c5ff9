"""The role and affiliation a source that names no one states of itself (``some experts``,
``analysts at Beacon Policy Advisors``, ``the Russian foreign minister``, ``a new report by
the Harbor Budget Office``): its head noun, where that noun names people, and the
organisation, party or country the parse hangs on it. Read from the parse, not from the
characters around a name as ``roles`` reads a named speaker's title."""

from __future__ import annotations

from typing import Any

from newsdesk.entities.place_nouns import PLACE_NOUNS
from newsdesk.entities.titles import PARTY_MEMBERS
from newsdesk.parsed import doc_ents, word_start
from newsdesk.quotes.cues import DOCUMENTS
from newsdesk.quotes.description import (
    ORG_LABELS,
    PARTIES,
    Description,
    clean_org,
    names_a_person,
    names_people,
    party_in_words,
)
from newsdesk.quotes.nouns import GROUP_NOUNS, ORG_NOUNS
from newsdesk.quotes.served import country_of, serves

#: Heads of a nominal source that name no person, so state no role: organisations, groups,
#: places and documents (``the company said``, ``the jury``, ``the report found``).
_NOT_PERSONS = frozenset(ORG_NOUNS | GROUP_NOUNS | PLACE_NOUNS | DOCUMENTS)
#: Prepositions that place a nominal source at its organisation (``a spokesperson for the
#: British Foreign Office``, ``analysts at Beacon Policy Advisors``).
_PLACING = {"for", "at", "of", "with", "from"}


def describe_nominal(token: Any) -> Description:
    """The role and affiliation a nominal source states of itself: its head noun is the role
    (``some experts``: experts; ``The WHO's director-general``: director-general), where that
    noun names a person, a common noun that is no organisation, group, place or document; a
    proper noun the parse hangs on it as its owner or after *for*, *at*, *of*, *with* or
    *from*, which the tagger reads as an organisation or a place, is the affiliation. A
    quantifier heads its *of* phrase's noun (``Some of the president's critics``). Where no
    owner is named, a party's or a nationality's adjective before the noun (``Democratic
    mayors``, ``the Russian foreign minister``) gives the party or the country. A source
    that states no role may still state an affiliation: a party's members (``several
    Republicans``) their party, a document (``A new report by the Harbor Budget
    Office``) its maker."""
    head = _quantified(token)
    start = word_start(head)
    word = head.doc[start : head.i + 1].text
    sentence_start = head.doc[start].is_sent_start
    if (
        head.lemma_.lower() in _NOT_PERSONS
        or head.ent_type_
        or not names_people(head)
        or not (word.islower() or (sentence_start and head.pos_ == "NOUN"))
    ):
        return Description(None, _affiliation_without_role(head))
    owner = _nominal_owner(head.doc[start : head.i + 1]) or _served_by(head) or _compound_organisation(head)
    return Description(word.lower() if sentence_start else word, owner)


def _compound_organisation(head: Any) -> str | None:
    """The organisation named before a nominal source's noun (``an FDA spokesperson``,
    ``Fed officials``): a proper noun the parse compounds on the noun, within a name the
    tagger reads as an organisation that ends right before the noun, with that whole name
    from its first capitalised word (``the ex-Harbor Bank executive``: Harbor Bank)."""
    doc = head.doc
    for modifier in (c for c in head.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"):
        ent = next((e for e in doc_ents(doc) if e.start <= modifier.i < e.end), None)
        if ent is not None and ent.label_ == "ORG" and ent.end == head.i and not names_a_person(modifier):
            first = next((t.i for t in ent if t.text[:1].isupper()), None)
            return clean_org(doc[first : ent.end].text) if first is not None else None
    return None


def _affiliation_without_role(head: Any) -> str | None:
    """The affiliation of a nominal source that states no role: the party of its members
    (``Democrats``, ``a Republican engaged in the talks``), the maker of a document."""
    member = head.lower_.removesuffix("s")  # the tagger keeps a proper plural as its lemma
    if member in PARTY_MEMBERS and head.text[:1].isupper():
        return PARTIES[member]
    if head.lemma_.lower() in DOCUMENTS:
        return _document_maker(head)
    return None


def _served_by(head: Any) -> str | None:
    """The party or country an adjective before a nominal source's noun names: a party's
    (``Democratic mayors``, ``Republican strategists``), or, before an office, a
    nationality's the gazetteer knows (``the Russian foreign minister``: Russia), where the
    tagger reads it as one, read whole (``South Korean``; ``Northern Irish`` names Northern
    Ireland, no country the gazetteer holds: none); a nationality before an occupation says
    what it is about or where its holders are from (``Chinese experts``)."""
    for modifier in (c for c in head.lefts if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"):
        if modifier.lower_ in PARTIES:
            return PARTIES[modifier.lower_]
        country = country_of(head.doc, _entity_text(modifier)) if serves(head.text) else None
        if country:
            return country
    return None


#: Prepositions that name a document's maker (``a report by``, ``a study from``); the agent
#: of a participle does too (``an analysis published by``: ``_document_maker``).
_MAKING = {"by", "from", "of"}


def _document_maker(document: Any) -> str | None:
    """The organisation that made a document, by the parse: the name the tagger reads as an
    organisation that modifies it (``A Harbor Polling poll``, ``the Harbor Bureau's
    study``), or that follows it after *by*, *from* or *of* or as the agent of a participle
    (``a report by the Harbor Research Service``, ``an analysis published by
    Harbor University``); with its whole name."""
    doc = document.doc
    candidates = [c for c in document.lefts if c.dep_ in {"compound", "poss", "nmod"}]
    preps = [c for c in document.rights if c.dep_ == "prep" and c.lower_ in _MAKING]
    preps += [a for c in document.rights if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
    candidates += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    for candidate in candidates:
        ent = next((e for e in doc_ents(doc) if e.start <= candidate.i < e.end and e.label_ == "ORG"), None)
        if ent is not None and candidate.pos_ == "PROPN":
            return clean_org(ent.text)
    return None


def _quantified(token: Any) -> Any:
    """The noun of a quantifier's *of* phrase (``most of the experts``), else the token."""
    if token.pos_ not in {"DET", "NUM", "PRON", "ADJ"}:
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else token


def _nominal_owner(word: Any) -> str | None:
    """The organisation the tokens of a nominal source's head word are owned by or placed at,
    by the parse: a proper noun the tagger reads as an organisation or a place, and nowhere in
    the text as a person's name (``Trump's lawyers``)."""
    children = [c for t in word for c in t.children]
    owners = [c for c in children if c.dep_ == "poss"]
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in _PLACING):
        owners += [c for c in prep.children if c.dep_ == "pobj"]
    for owner in owners:
        if owner.pos_ == "PROPN" and owner.ent_type_ in ORG_LABELS and not names_a_person(owner):
            words = [
                t for t in owner.subtree if t.i <= owner.i and t.ent_iob_ != "O" and t.ent_type_ == owner.ent_type_
            ]
            start, end = _across_ampersands(owner.doc, words[0].i, owner.i + 1) if words else (0, 0)
            name = clean_org(owner.doc[start:end].text) if words else None
            return _served(owner, name) if name and owner.ent_type_ == "NORP" else name
    return None


def _across_ampersands(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The tokens ``doc[start:end]`` of an organisation's name, widened over an *&* that joins
    a capitalised word on either side (``Johnson & Johnson``, ``AT & T``, ``Procter &
    Gamble``): the parse hangs the name's last word on its first as a conjunct, so the
    owner's own phrase is only one side of it."""
    while start >= 2 and doc[start - 1].text == "&" and doc[start - 2].text[:1].isupper():
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text[:1].isupper():
        end += 2
    return start, end


def served_by_modifiers(noun: Any, modifiers: list[Any], written: str) -> str:
    """The affiliation the capitalised modifiers of an unnamed person's ``noun`` give (``An
    NSA spokesperson``: ``NSA``): as written, but a lone party word is the party, and a lone
    nationality word before an office is the country (``Chinese officials``: China), as the
    tagger reads them (``_served_by``), the whole name the tagger reads it in where that is
    no country's (``Northern Irish officials``: Northern Irish); a lone party word is the
    party however the tagger reads it (``a Labour spokesman``: Labour Party)."""
    party = party_in_words([modifiers[0].text]) if len(modifiers) == 1 else None
    if party:
        return party[0]
    if len(modifiers) == 1 and modifiers[0].ent_type_ == "NORP":
        return _served_by(noun) or _entity_text(modifiers[0])  # "Northern Irish", not "Irish"
    return written


def _entity_text(token: Any) -> str:
    """The whole name the tagger reads ``token`` in (``Irish`` of ``Northern Irish``), else
    the token's text."""
    return next((e.text for e in doc_ents(token.doc) if e.start <= token.i < e.end), token.text)


def organisation_named(name: str) -> str:
    """An organisation as the rules write it: a party by its name where ``name`` is its
    members' word (``Democrats``: ``Democratic Party``), else ``name``."""
    word = name.lower().removeprefix("the ").removesuffix("s")
    return PARTIES[word] if word in PARTY_MEMBERS else name


def _served(word: Any, name: str) -> str:
    """A nationality or party the tagger reads (``NORP``) written as the party or the
    country it names (``Chinese officials``: China), else as written."""
    return PARTIES.get(name.lower()) or country_of(word.doc, name) or name
