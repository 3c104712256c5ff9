"""The owner of a document a source names (``a report from Kotak``, ``the company
statement``, ``an Intercept headline``): its stated author (a *by*, *from* or *in* object, a
*released by* agent, a relative clause's subject), a name compounded on it, a body that issues
documents in its own name, or the maker of an utterance. Each owner is resolved as a speaker by
the resolver the caller passes (``speakers.resolve.resolve_speaker``, which calls this module
for a document: passing it keeps the two modules free of an import cycle)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.parsed import word_start
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import NOUN_CUES
from newsdesk.quotes.nouns import ORG_NOUNS, PERSON_NOUNS, PERSON_OR_ORG_NOUNS, WHEN_LABELS
from newsdesk.quotes.sources import Speaker, in_marks, nominal_speaker, source_phrase
from newsdesk.quotes.speakers.descriptions import description
from newsdesk.quotes.speakers.documents import RECEIVED, proper_run, verb_subject

#: Resolves a source token to a speaker (``resolve_speaker``).
Resolver = Callable[..., Speaker]


#: Prepositions that name a document's owner (``a report from Kotak``, ``a story in the Post``).
_OWNER_PREPOSITIONS = {"from", "in", "by"}

def document_owner(context: Context, document: Any, *, own: bool, resolve: Resolver) -> Speaker | None:
    """Who a document belongs to: a name compounded on it (``a new Fast Company report``, ``the
    American Academy of Pediatrics (AAP) recommendation``), a
    ``from``/``in``/``by`` phrase (``a report in the Argus Leader``), the agent of a participle
    (``a statement released by the company``), the subject of a relative clause it is the
    object of (``the caption NASA provided``), the organisation a noun of an issuing body
    compounded on it stands for (``the company statement``, after the author those phrases
    state: ``the company report by Moody's``) or, for an earlier mention, the subject of its
    verb (``The company published a blog post``)."""
    named = [
        c
        for c in document.children
        if c.dep_ in {"compound", "nmod"} and (c.pos_ == "PROPN" or _acronym(c))
        and c.ent_type_ not in WHEN_LABELS and c.i < word_start(document)
    ]  # not "a February 2013 final report", nor the "op" of "op-ed"
    found = _first_owner(context, named[-1:] + _stated_owners(document), resolve)
    if found is not None:
        return found
    described = None if named else _described_owner(context, document)
    if described is not None and described.name:
        return described
    maker = verb_subject(context, document) if not own or document.dep_ == "dobj" else None
    found = _first_owner(context, [maker], resolve)
    if found is not None:
        return found
    return _nominal_maker(context, maker) if not own and utterance(document) else None


def _stated_owners(document: Any) -> list[Any]:
    """The owners a document's own phrases state: a ``from``/``in``/``by`` object (not ``a
    report in August``, which says when), a participle's agent (``released by the company``)
    and a relative clause's subject (``the caption NASA provided``)."""
    owners = [
        o
        for c in document.children
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and not o.text.islower() and o.ent_type_ not in WHEN_LABELS
    ]
    owners += [
        o
        for c in document.children
        if c.dep_ == "acl" and c.lemma_.lower() not in RECEIVED
        for a in c.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    owners += [
        s
        for c in document.children
        if c.dep_ == "relcl"
        for s in c.children
        if s.dep_ == "nsubj" and s.tag_ not in {"WP", "WDT"}
    ]
    return owners


def _first_owner(context: Context, owners: list[Any | None], resolve: Resolver) -> Speaker | None:
    """The first of the owners outside quotation marks that resolves to a name."""
    for owner in (o for o in owners if o is not None and not in_marks(context, o.idx)):
        untagged = owner.pos_ == "PROPN" and context.index.mention_at(owner.idx) is None
        found = proper_run(context, owner) if untagged else resolve(context, owner, at=owner.idx)
        if found.name:
            return found
    return None


#: Nouns of a body that issues documents in its own name, whose noun compounded on a document
#: makes it that body's (``the company statement``, ``the ministry report``): not a noun of a
#: kind of trade or topic (``the business report``, ``the bank statement``), nor a court,
#: where a filing or a brief is a party's (``the court filing``), nor an outlet, whose noun
#: says where a report ran (``the newspaper report``).
_ISSUING_BODIES = frozenset({
    "company", "firm", "government", "administration", "ministry", "department", "office",
    "agency", "bureau", "council", "committee", "commission", "board", "organization",
    "organisation", "institute", "foundation", "association", "union", "party", "campaign",
    "university", "embassy", "consulate", "military", "army", "regulator", "watchdog",
    "charity", "team", "club", "league", "coalition", "parliament", "legislature", "assembly",
}) & ORG_NOUNS


def _described_owner(context: Context, document: Any) -> Speaker | None:
    """``the company statement``: a definite document with the noun of a body that issues
    documents compounded on it (``_ISSUING_BODIES``) is the organisation that description
    stands for, as ``the company's statement`` is; not an indefinite one (``a company memo``)."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in document.children):
        return None
    noun = next(
        (c for c in document.children
         if c.dep_ == "compound" and c.text.islower() and c.lemma_.lower() in _ISSUING_BODIES
         and c.i < word_start(document)),
        None,
    )
    return None if noun is None else description(context, noun, at=noun.idx)


#: Nouns of speech that name a written work or its result (``report``, ``finding``): the rules
#: make a work a source of its own (``the study found``), not its maker's utterance.
_WORKS = frozenset({"report", "finding", "conclusion", "thesis"})


def utterance(document: Any) -> bool:
    """Whether a document is an utterance (``a statement``, ``a message``, a noun of speech
    that names no written work): its maker speaks in it, so an earlier mention's maker that
    the article names by a common noun (a nominal source) is what a later mention stands
    for, where a study's or a report's maker is not (``In a new case study, they detail …
    According to the study``: the study)."""
    lemma = document.lemma_.lower()
    return lemma in NOUN_CUES and lemma not in _WORKS


def _nominal_maker(context: Context, maker: Any | None) -> Speaker | None:
    """``the US military said in a statement … “…,” the statement said``: an earlier
    document's maker that the article names by a common noun of a person or an organisation
    (the subject of the verb the document is an argument of) is the document's source in its
    own words, as that verb's source is (the rules' nominal source)."""
    if maker is None or maker.pos_ != "NOUN" or in_marks(context, maker.idx):
        return None
    if maker.lemma_.lower() not in PERSON_OR_ORG_NOUNS | PERSON_NOUNS:
        return None
    return nominal_speaker(context, maker, *source_phrase(maker, cue=maker.head))


def _acronym(token: Any) -> bool:
    """``ICE records``: a word of two or more capitals is a name's initials however the
    tagger read it (a common noun before another)."""
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()
