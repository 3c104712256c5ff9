"""The content around *according to X*: the sentence without the phrase, split in two when
the phrase is set off inside it, and the issuer of material it names (``according to figures
from Carnegie``); a record at the outer level of a report is the speaker's own.
"""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content.asides import before_aside, not_content, skip_marks
from newsdesk.quotes.content.clauses import (
    CONTRAST,
    Reported,
    only_connects,
    sets_off,
    trim,
)
from newsdesk.quotes.cue_subjects import subject_of
from newsdesk.quotes.cues import DOCUMENTS, NOUN_CUES, SUBJECTS, according_source, is_cue


def according_to(token: Any) -> list[Reported]:
    source = according_source(token)
    if source is None or _own_record(token, source):
        return []
    source = issuer(source)
    sentence = token.sent
    phrase = range(token.left_edge.i, max(token.right_edge.i, source.right_edge.i) + 1)
    parts = _around_according(token, phrase)
    if parts:
        return [Reported(p[0].idx, p[-1].idx + len(p[-1]), token, source, "according to",
                         split=True) for p in parts]
    content = [t for t in sentence if t.i not in phrase and not t.is_space
               and t.i < _other_report(token.head).i]
    opening = trim([t for t in content if t.i < phrase.start])
    if _contrast_after(content, phrase):
        content = [t for t in content if t.i < phrase.start]  # "X, according to Y, but Z"
    if opening and only_connects(opening):
        content = [t for t in content if t.i >= phrase.stop]  # "However, according to X, S"
    while content and (content[0].is_punct or content[0].dep_ == "cc"):
        content = content[1:]
    while content and content[-1].is_punct:
        content = content[:-1]
    if len(content) < 4:
        return []
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    return [Reported(start, end, token, source, "according to")]


def _contrast_after(content: list[Any], phrase: range) -> bool:
    """``Sure, according to sources, but ...``: a clause that opens with *but* or *yet* right
    after the *according to* phrase is set against what the source says, no part of it."""
    after = [t for t in content if t.i >= phrase.stop and not t.is_punct]
    return bool(after) and after[0].dep_ == "cc" and after[0].lower_ in CONTRAST


def _around_according(according: Any, phrase: range) -> list[list[Any]]:
    """``The conflict, according to Trump, derives from ...``: an *according to* phrase set off
    by commas or dashes inside its sentence splits the content in two, one part on each side,
    as a reporting clause there does (``interpolated``); none when either side is no content
    of its own (a connective alone, a report with its own source, a coordinated clause after
    the phrase: ``, according to the Panama Papers, documents obtained by X, and shared with
    Y``)."""
    doc, sentence = according.doc, according.sent
    before = skip_marks(doc, phrase.start - 1, step=-1, bound=sentence.start)
    after = skip_marks(doc, phrase.stop, step=1, bound=sentence.end - 1)
    if before is None or after is None or not (sets_off(doc[before]) and sets_off(doc[after])):
        return []
    end = _other_report(according.head).i
    first = before_aside(according, phrase)
    rest = trim(_before_participle([t for t in doc[phrase.stop:end] if t.i < sentence.end]))
    if not first or not rest or len(first) + len(rest) < 4 or _reports(first):
        return []
    if rest[0].dep_ == "cc":
        return []  # "X, according to Y, and Z": the phrase closes a clause, not inside one
    return [] if not_content(according, phrase, rest) else [first, rest]


def _before_participle(part: list[Any]) -> list[Any]:
    """``... eminent domain — rendering it not a surprise at all``: the writer's participle set
    off at the end of the content is no part of it (as in ``_clause_end``)."""
    for token in part[1:]:
        opener = token.left_edge
        if token.dep_ == "advcl" and token.tag_ == "VBG" and opener.i > part[0].i \
                and sets_off(token.doc[opener.i - 1]):
            return [t for t in part if t.i < opener.i - 1]
    return part


def _reports(part: list[Any]) -> bool:
    """A cue verb with its own subject in ``part``: a report of its own."""
    return any(is_cue(t, direct=False) and any(c.dep_ in SUBJECTS for c in t.children)
               for t in part)


def _own_record(according: Any, source: Any) -> bool:
    """``According to a police blog, officers said [X]``: a document there is the record of the
    speaker its clause names, no outer level (as in ``he said, according to a statement``)."""
    verb = according.head
    owned = issuer(source) is not source or any(
        c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in source.children)
    return (
        source.lemma_.lower() in RECORDS
        and not owned  # "according to a Reuters report": the agency's, not the speaker's
        and is_cue(verb, direct=False)
        and subject_of(verb) is not None
    )


def _other_report(verb: Any) -> Any:
    """Where the content of *according to* on ``verb`` ends: before a coordinated report with
    its own source (``According to Reuters, X missed its goals, and a source told the wire
    that Y``), else after the sentence."""
    for conj in (t for t in verb.subtree if t.i > verb.i and t.dep_ == "conj"):
        if is_cue(conj, direct=False) and any(c.dep_ in SUBJECTS for c in conj.children):
            return conj.left_edge
    return verb.sent[-1].nbor() if verb.sent[-1].i + 1 < len(verb.doc) else verb.sent[-1]


#: Nouns for material that speaks for whoever issued it: "according to 2019 estimates from X".
_MATERIAL = {"estimate", "figure", "data", "statistic", "report", "survey", "study", "poll",
             "analysis", "document"}
#: Parts of a speaker's own words published ahead or apart (``according to advance excerpts``):
#: a record at the outer level, though no document that speaks for an owner as a subject.
_EXCERPTS = {"excerpt"}
#: Records that speak for whoever issued them: at the outer level of a report they are the
#: speaker's own record, not a second source.
RECORDS = DOCUMENTS | _MATERIAL | NOUN_CUES | _EXCERPTS
#: Material and statements, which may name their issuer after them ("figures from X").
_ISSUED = frozenset(_MATERIAL | NOUN_CUES)


def named_record(token: Any) -> bool:
    """``…, according to court records``, ``According to federal data, …``: a record or
    material that *according to* names, the phrase set off from its clause (opening the
    sentence, or after a comma, dash or bracket), is the source of what the sentence says
    (the rules' reports, polls, studies and documents are sources), though such a noun as a
    verb's subject is none (``the documents said``, ``records show``: evidence, no speech
    act). Run into its clause, *according to* is *in accordance with* (``the guards were
    paid according to their records of service``): no report."""
    phrase = token.head
    return (token.lemma_.lower() in RECORDS and token.dep_ == "pobj" and phrase.lower_ == "to"
            and phrase.head.lower_ == "according" and _set_off(phrase.head))


def _set_off(according: Any) -> bool:
    """*according* opens its sentence (punctuation aside) or follows a comma, a dash or an
    opening bracket."""
    before = [t for t in according.doc[according.sent.start:according.i] if not t.is_space]
    return not before or all(t.is_punct for t in before) or sets_off(before[-1]) \
        or before[-1].text == "("


def issuer(source: Any) -> Any:
    """``according to figures from Carnegie``: the issuer named after the material, if any."""
    if source.lemma_.lower() not in _ISSUED:
        return source
    issuer = next((c for p in source.children if p.lower_ in {"from", "by", "of"}
                   for c in p.children if c.dep_ == "pobj" and c.pos_ in {"PROPN", "NOUN"}
                   and c.lemma_.lower() not in _MATERIAL), None)
    return issuer if issuer is not None else source
