"""Content spans: what was said, as a span of the article text.

Direct content is the inside of a pair of quotation marks (``marks``; the candidates that
hold it are ``candidates``'). Reported content is the clause a cue governs in the
dependency parse: the complement clause of a reporting verb (``Wang said [China welcomed the
move]``, with or without *that*), a clause before the cue (``[X], the ministry said``, also
where the parse hangs the reporting clause as a conjunct of the content's verb), the
clause around *according to X*, and the *that*-clause or complement of a noun cue (``the
ministry's claim [that ...]``). Spans follow ``docs/attribution-rules.md``: no source, no cue,
no complementiser, no final full stop. A reporting clause set off by commas or dashes inside
its sentence (``The plan, Smith argued, would fail``) splits its content in two, one on each
side, as the rules split a direct quote around its attribution; so does an *according to*
phrase set off there (``The conflict, according to Trump, derives from ...``). Some cue frames
report nothing: the writer's own hedge (``I would say that ...``), an indirect question or a
purpose clause after a directive (``warning them what to look for``, ``asked pointed questions
... to find out``), a clause set against *according to X* by *but*, a clause after the cue's
noun object and a comma (``tell his story, unfiltered by ...``), and the writer's clause after a
dash and *but* (``97 percent said it was — but were divided``). A content ends before the
source's next report that the parse joined to it (``said that X and confirmed Y``) and before
another source's report set against it (``X, though the FBI says Y``), before a participle of
speech (``…, adding that …``) or after a comma and a mark that closes a quotation; another
participle the parse hangs on the content's verb is part of it, and so is a verb joined to an
infinitive content in any form (``threatened to close the plant and lay off 500 workers``).
Only *that* is left out at a content's start. A quotation after a colon or a dash is the
content of a reporting clause after it, not the lead-in before it, unless that opens a
quotation with a double mark too. A cue in a relative clause
reports the clause after it, without the relative word (``the grant, which the audit says [the
city had promised to keep]``); ``misparses`` finds the clause where the parse misplaced it.
``Context`` is the article as
every step of attribution reads it; ``is_source`` says whether a token can be a speaker.

This module finds the cues of reported speech and asks each rule for its content: the clause
a cue governs (``clauses.py``), a reporting clause set off inside its sentence or an *as*
clause (``asides.py``), and *according to X* (``according.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdesk.quotes.content.according import according_to, named_record
from newsdesk.quotes.content.asides import as_aside, as_clause, interpolated, postposed
from newsdesk.quotes.content.clauses import (
    Reported,
    calls_for,
    noun_content,
    opening_connective_off,
    reported_complement,
)
from newsdesk.quotes.cue_subjects import subject_of
from newsdesk.quotes.cues import PERSON_PRONOUNS, SUBJECTS, VERB_ONLY_CUES, WRITER, is_cue, is_noun_cue
from newsdesk.quotes.index import NameIndex
from newsdesk.quotes.nouns import OWNER_PRONOUNS, SPEAKER_LABELS

_SOURCE_WORDS = PERSON_PRONOUNS | {"some", "many", "others", "several", "each"}
#: Verbs for which *it* is a speaker, an organisation speaking (``the company ... it said``):
#: statement verbs of VerbNet say-37.7; with others *it* is mostly a thing (``it responded``,
#: ``it called``).
_IT_SAYS = {"say", "tell", "add", "announce", "state", "report", "write", "claim", "deny",
            "confirm", "warn", "accuse", "acknowledge", "note", "insist", "argue", "suggest"}
#: Subjects of "say" that are not sources ("the data say", "the documents said").
_NOT_SOURCES = {"document", "data", "figure", "number", "law", "rule", "bill", "text", "sign",
                "map", "record", "evidence", "history", "experience", "letter", "email", "order"}


def reported_speech(doc: Any) -> list[Reported]:
    found = []
    for token in doc:
        if is_cue(token, direct=False):
            if _hedge(token):
                continue
            found.extend(interpolated(token, subject_of(token)) or reported_complement(token)
                         or as_clause(token) or as_aside(token) or postposed(token))
        elif calls_for(token):
            found.extend(reported_complement(token))
        elif (source := _mistagged_cue(token)) is not None:
            found.extend(interpolated(token, source))
        elif token.lemma_.lower() == "put":
            found.extend(as_aside(token))  # "So why, as Stahl put it, has ...?"
        elif token.lower_ == "according" and token.dep_ == "prep":
            found.extend(according_to(token))
        elif is_noun_cue(token):
            found.extend(noun_content(token))
    return [opening_connective_off(reported) for reported in found]


def _hedge(verb: Any) -> bool:
    """``I would say that ...``, ``I should say ...``: the writer's own claim under a modal
    (PropBank ARGM-MOD), addressed to no one, a hedge on what the article itself asserts, not
    a report of anyone's speech. (``Others may argue that ...`` stays a report of a source's
    view; ``I would tell people that ...``, with a hearer, a habit of saying it.)"""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False  # "I would tell people that ...": a habit of telling someone, a report
    return subject is not None and subject.lower_ in WRITER and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _mistagged_cue(token: Any) -> Any | None:
    """``What the speech lacked, some argue, was ...``: a speech verb that the tagger took for a
    noun after a source word (``some``, ``critics``), alone between two commas; returns that
    source word."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in VERB_ONLY_CUES or token.i == 0:
        return None
    source = token.nbor(-1)
    if source.head.i != token.i or not is_source(source) or source.lower_ == "the":
        return None
    return source


@dataclass(slots=True)
class Context:
    doc: Any
    text: str
    index: NameIndex
    paragraphs: list[tuple[int, int]]
    #: Every span in quotation marks (with its marks): names inside are not speakers.
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: Records made so far, in text order: follow-ups and pronouns look back at them.
    history: list[dict[str, Any]] = field(default_factory=list)
    #: Whether each paragraph read so far is page furniture (``pronouns.furniture``), read once.
    furniture: dict[int, bool] = field(default_factory=dict)
    #: The role and affiliation stated at each name mention read so far, by its start and end
    #: (``sources``): a person's other mentions are read for every quote of theirs.
    described: dict[tuple[int, int], Any] = field(default_factory=dict)
    #: The organisations the name index and the tagger give, as ``(start, end, name)``, and
    #: where each affiliation read so far is written, by its name (``sources``): made once.
    organisations: list[tuple[int, int, str]] | None = None
    written: dict[str, list[int]] = field(default_factory=dict)
    #: The parse's sentences, listed on the first read (``pronouns.clauses``).
    sentences: tuple[Any, ...] | None = None
    #: What the descriptions that stand as subjects for a named person state of them, by the
    #: person's name, read once every speaker is decided (``speakers.description_roles``).
    subject_descriptions: dict[str, Any] | None = None
    #: The spans of a name the tagger ran on from a possessive owner into one mention, by the
    #: name after the possessive, read once (``sources``).
    owned: dict[str, list[tuple[int, int]]] | None = None


def is_source(token: Any) -> bool:
    """Speech needs a speaker that is someone: a name, an organisation, a pronoun, a noun
    that can speak (not "the documents said"), a record that *according to* names
    (``according to court records``: the rules' documents are sources), or a possessive
    pronoun that owns a noun cue with its clause (``his claim that ...``)."""
    if token is None:
        return False
    if token.pos_ == "NOUN":
        return token.lemma_.lower() not in _NOT_SOURCES or named_record(token)
    if token.lower_ == "it":
        return token.dep_ in SUBJECTS and token.head.lemma_.lower() in _IT_SAYS
    if token.pos_ == "ADV":  # a name the tagger took for an adverb ("O’Reilly then said")
        return token.text[:1].isupper() and not token.is_stop
    if token.tag_ == "PRP$":
        return owns_noun_cue(token)
    return token.pos_ in {"PROPN", "NUM"} or token.ent_type_ in SPEAKER_LABELS \
        or token.lower_ in _SOURCE_WORDS


def owns_noun_cue(token: Any) -> bool:
    """``his claim that ...``, ``their vow that ...``: a possessive pronoun that owns a noun cue
    of the lexicon with its content clause is the cue's source, as the subject pronoun is of
    the verb (``he claimed that ...``); not one owning the noun in another sense, with no
    clause (``his promise of help``, ``their statement shoes``)."""
    return token.dep_ == "poss" and token.lower_ in OWNER_PRONOUNS and is_noun_cue(token.head)
