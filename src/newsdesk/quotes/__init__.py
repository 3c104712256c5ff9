"""Quotes: who said what, in what role, as direct or reported speech (layer ``quotes``).

Why by hand: textacy's ``direct_quotations`` pairs well-formed marks in one paragraph and
knows nothing of reported speech, roles, or scraped text whose marks are broken; the
GenderGapTracker extractor (the field's reference) runs only on spaCy 2. So this package
reads quotation marks itself (``marks``), finds speech cues in spaCy's dependency parse
(``attribution``), resolves speakers to the article's full names and entities
(``speakers``) and reads the stated role and affiliation (``roles``). Linking the same
quote across outlets is a corpus step (``corpus``).

Each record: ``text``, ``start``/``end`` (offsets into ``article.text``; a direct quote's
span excludes its marks), ``direct``, ``speaker`` (the full name, or ``None`` when the
speaker is unknown or only a pronoun), ``entity`` (from the ``mentions`` layer when it
ran), ``speaker_span`` (where the name stands), ``affiliation``, ``role`` and ``cue``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsdesk.article import Article
from newsdesk.quotes.attribution import (
    Cue,
    cue_after,
    cue_before,
    reported_speech,
    subject_of,
)
from newsdesk.quotes.marks import (
    MarkedSpan,
    looks_like_speech,
    marked_spans,
    paragraphs,
    words,
)
from newsdesk.quotes.roles import Description, describe
from newsdesk.quotes.speakers import (
    ORG_NOUNS,
    PERSON_LABELS,
    PERSON_NOUNS,
    PRONOUNS,
    SPEAKER_LABELS,
    NameIndex,
    build_index,
    clean_name,
)

__all__ = ["QuoteAnalyser", "extract_quotes"]

#: A bare quote takes the previous quote's speaker when at most this many paragraphs apart.
FOLLOW_UP_PARAGRAPHS = 3
_SOURCE_PRONOUNS = {"he", "she", "they", "i", "we"}
#: Things that speak for their owner.
_DOCUMENTS = {"statement", "website", "answer", "release", "report", "letter", "promotion", "account", "post",
              "blog", "tweet", "filing", "lawsuit", "complaint", "motion", "message", "speech", "remarks",
              "communique", "editorial", "op-ed", "address"}
_IRISH = re.compile(r"['’] ?[A-Z][a-z]+")
#: Things that show people speaking but are not the speaker.
_NOT_SPEAKERS = {"video", "footage", "image", "photo", "picture", "recording", "clip"}
#: Institutions named by a common noun (``police said``).
_COLLECTIVES = {"police"}
#: Subjects that stand for several people named before (``the two said``).
_JOINT = {"two", "both", "pair", "duo", "trio"}
#: Heads that describe an unnamed person (``an NSA spokesperson``, ``a Yahoo spokeswoman``).
_UNNAMED = {"spokesperson", "spokesman", "spokeswoman", "official", "aide", "source", "staffer", "officer",
            "representative", "employee", "worker", "resident", "witness"}
#: Subjects of "say" that are not sources ("the data say", "the documents said").
_NOT_SOURCES = {"document", "data", "figure", "number", "law", "rule", "bill", "text", "sign", "map", "record",
                "evidence", "history", "experience", "letter", "email", "order"}


class QuoteAnalyser:
    """The ``quotes`` analyser for ``newsdesk analyse`` (runs after ``mentions`` when present)."""

    layer = "quotes"
    version = 1

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]:
        return extract_quotes(doc, article)


@dataclass(slots=True)
class _Speaker:
    name: str | None = None
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None
    affiliation: str | None = None
    label: str | None = None


@dataclass(slots=True)
class _Context:
    doc: Any
    text: str
    index: NameIndex
    paragraphs: list[tuple[int, int]]
    #: Every span in quotation marks (with its marks): names inside are not speakers.
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: Records made so far, in text order: follow-ups and pronouns look back at them.
    history: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class _Candidate:
    """A quote found but not yet attributed: a marked span with its cue, or reported speech."""

    start: int
    end: int
    direct: bool
    cue: Any | None
    speaker_token: Any | None
    cue_text: str | None
    span: MarkedSpan | None = None


def extract_quotes(doc: Any, article: Article) -> list[dict[str, Any]]:
    """Direct and reported quotes of one article, in text order."""
    spans = marked_spans(article.text)
    index = build_index(doc, article.annotations, [(s.open_at, s.outer_end) for s in spans])
    quoted = [(s.open_at, s.outer_end) for s in spans]
    context = _Context(doc, article.text, index, paragraphs(article.text), quoted)
    direct = _direct_candidates(context, spans)
    reported = _reported_candidates(context, direct)
    direct = [c for c in direct if not any(_inside(c, r) for r in reported)]
    for candidate in sorted(direct + reported, key=lambda c: c.start):
        context.history.append(_attribute_candidate(context, candidate))
    return [{k: v for k, v in record.items() if k != "_label"} for record in context.history]


# -- direct quotes -------------------------------------------------------------------------

def _direct_candidates(context: _Context, spans: list[MarkedSpan]) -> list[_Candidate]:
    found = []
    for number, span in enumerate(spans):
        cue = _attribute(context, spans, number)
        text = context.text[span.start:span.end]
        if looks_like_speech(text, attributed=cue is not None and _is_source(cue.speaker)):
            found.append(_Candidate(span.start, span.end, True, cue.verb if cue else None,
                                    cue.speaker if cue else None, cue.verb.text if cue else None, span))
    return found


def _attribute(context: _Context, spans: list[MarkedSpan], number: int) -> Cue | None:
    span = spans[number]
    para_end = context.paragraphs[span.paragraph][1]
    following = spans[number + 1] if number + 1 < len(spans) else None
    limit = following.open_at if following and following.paragraph == span.paragraph else para_end
    preceding = spans[number - 1] if number else None
    first_start = context.paragraphs[span.first_paragraph][0]
    begin = preceding.outer_end if preceding and preceding.paragraph == span.first_paragraph else first_start
    after = cue_after(context.doc, span.outer_end, limit) if span.close_at is not None else None
    return after or cue_before(context.doc, begin, span.open_at)


def _attribute_candidate(context: _Context, candidate: _Candidate) -> dict[str, Any]:
    if candidate.cue is not None:
        token = candidate.speaker_token
        if token is not None and (candidate.start <= token.idx < candidate.end or _in_marks(context, token.idx)):
            token = _subject_outside_marks(context, candidate.cue)  # the parse took a quoted word as the speaker
        token = _person_before_verb(context, candidate.cue, token)
        speaker = _speaker(context, token, at=candidate.start)
        if speaker.name is None and token is None:
            speaker = (_salient_subject(context, candidate.cue, gender=None)
                       or _person_in_paragraph(context, candidate.cue) or speaker)
        if speaker.name is None and candidate.direct and token is None:
            earlier = _follow_up(context, candidate.span)
            if earlier is not None:
                return {**earlier, "text": context.text[candidate.start:candidate.end], "start": candidate.start,
                        "end": candidate.end, "direct": True, "cue": candidate.cue_text}
        return _record(context, candidate, speaker)
    colon = _introduced_by_colon(context, candidate.span)
    if colon.name is None and not _opens_sentence(context, candidate.span):
        subject = _root_subject(context, candidate.span)
        speaker = _speaker(context, subject, at=candidate.start)
        if speaker.name is not None:
            return _record(context, candidate, speaker)
    if colon.name is None:
        earlier = _follow_up(context, candidate.span)
        if earlier is not None:
            return {**earlier, "text": context.text[candidate.start:candidate.end], "start": candidate.start,
                    "end": candidate.end, "direct": candidate.direct, "cue": None}
    return _record(context, candidate, colon)


def _subject_outside_marks(context: _Context, verb: Any) -> Any | None:
    """``"The Small Business Administration ... report ...," the two said``: of the verb's subjects,
    the one outside quotation marks."""
    return next((c for c in verb.children
                 if c.dep_ in {"nsubj", "nsubjpass"} and not _in_marks(context, c.idx)), None)


def _person_before_verb(context: _Context, verb: Any, token: Any | None) -> Any | None:
    """``Washington (CNN) – Republican Sen. Jeff Flake told CNN``: when the parser took a place or
    an organisation (or nothing) as the subject but a person's name stands right before the verb,
    the person speaks."""
    if token is not None and (token.pos_ != "PROPN" or _is_person(context, token)):
        return token
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ in {"AUX", "ADV", "PART"}:
        before -= 1
    if before < 0 or verb.i - before > 3:
        return token
    mention = context.index.mention_at(verb.doc[before].idx)
    if mention is None or mention.label != "PERSON" or _in_marks(context, mention.start):
        return token
    return verb.doc[before]


def _opens_sentence(context: _Context, span: MarkedSpan) -> bool:
    token = _token_at(context, span.start)
    return token is None or token.sent.start_char >= span.open_at - 1


def _token_at(context: _Context, position: int) -> Any | None:
    span = context.doc.char_span(position, min(len(context.text), position + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _root_subject(context: _Context, span: MarkedSpan) -> Any | None:
    """``Lewis also skipped ... because he didn't believe Bush was "the true elected president."``:
    a quoted fragment inside a sentence belongs to the subject of the sentence, when it has one."""
    root = _token_at(context, span.start).sent.root
    agent = next((c for a in root.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None)
    if agent is not None:
        return agent  # "MSF has been accused of reinforcing "..." by 1,000 employees"
    return next((c for c in root.children if c.dep_ == "nsubj"
                 and c.idx < span.open_at and not _in_marks(context, c.idx)), None)


def _follow_up(context: _Context, span: MarkedSpan) -> dict[str, Any] | None:
    """A bare quote belongs to the previous quote's speaker (within ``FOLLOW_UP_PARAGRAPHS``)."""
    if not context.history:
        return None
    earlier = context.history[-1]
    gap = _paragraph_of(context, span.open_at) - _paragraph_of(context, earlier["end"])
    return earlier if gap <= FOLLOW_UP_PARAGRAPHS else None


def _paragraph_of(context: _Context, position: int) -> int:
    return next((n for n, (s, e) in enumerate(context.paragraphs) if position <= e), len(context.paragraphs))


def _introduced_by_colon(context: _Context, span: MarkedSpan) -> _Speaker:
    """A person named before a colon that introduces the quote, in its paragraph or, for a
    quote opening its paragraph, the one before (``I asked Haiyun Ma, ...:``)."""
    start, end = context.paragraphs[span.first_paragraph]
    if span.open_at == start:
        if span.first_paragraph == 0:
            return _Speaker()
        start, end = context.paragraphs[span.first_paragraph - 1]
    else:
        end = span.open_at
    if not context.text[start:end].rstrip().endswith(":"):
        return _Speaker()
    people = [m for m in context.index.mentions if start <= m.start < end and m.label == "PERSON"]
    if not people:
        return _Speaker()
    return _named(context, people[-1].start, people[-1].end, people[-1].name)


# -- reported speech -----------------------------------------------------------------------

def _reported_candidates(context: _Context, direct: list[_Candidate]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for reported in reported_speech(context.doc):
        if not _keeps(context, reported, direct) or any(_overlaps(c, reported) for c in found):
            continue
        found.append(_Candidate(reported.start, reported.end, False, reported.cue, reported.speaker,
                                reported.cue_text))
    return found


def _keeps(context: _Context, reported: Any, direct: list[_Candidate]) -> bool:
    if any(c.start <= reported.cue.idx < c.end for c in direct) or not _is_source(reported.speaker):
        return False
    if reported.start <= reported.cue.idx < reported.end:
        return False  # "a campaign that they say aims to ...": the verb sits inside its own content
    if len(words(context.text[reported.start:reported.end])) < 4:
        return False
    covered = _covered(reported.start, reported.end, direct)
    return covered < 0.5 and not (reported.cue_text == "according to" and covered > 0)


def _overlaps(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


def _is_source(token: Any) -> bool:
    """Speech needs a speaker that is someone: a name, an organisation, a pronoun, a noun
    that can speak (not "the documents")."""
    if token is None:
        return False
    if token.pos_ == "NOUN":
        return token.lemma_.lower() not in _NOT_SOURCES
    return token.pos_ == "PROPN" or token.ent_type_ in SPEAKER_LABELS or token.lower_ in _SOURCE_PRONOUNS


def _covered(start: int, end: int, direct: list[_Candidate]) -> float:
    overlap = sum(max(0, min(end, c.end) - max(start, c.start)) for c in direct)
    return overlap / max(1, end - start)


def _inside(quote: _Candidate, reported: _Candidate) -> bool:
    return reported.start <= quote.start and quote.end <= reported.end + 1


# -- speakers ------------------------------------------------------------------------------

def _speaker(context: _Context, token: Any | None, *, at: int) -> _Speaker:
    """The speaker a verb's subject token stands for: pronoun, description, name or nobody."""
    if token is None:
        return _Speaker()
    if token.lower_ in PRONOUNS:
        return _pronoun(context, token)
    if token.lower_ == "they":
        return _recent_speaker(context, token.idx, gender=None, labels=None) or _group_subject(context, token)
    if token.lower_ == "it":
        return (_earlier_subject(context, token) or _latest(context, at, labels={"ORG"})
                or _latest(context, at, labels={"GPE"}) or _Speaker())
    if token.lemma_.lower() in _NOT_SPEAKERS:
        return _Speaker()  # "Video released by police appeared to show officers ... saying"
    if token.lemma_.lower() in _COLLECTIVES and token.text.islower():
        return _collective(context, token)
    if token.lemma_.lower() in _JOINT:
        return _joint_subject(context, token) or _Speaker()
    token = _possessor(token)
    if token.lemma_.lower() in _DOCUMENTS and token.text.islower():
        return _document_author(context, token)
    if _is_description(token):
        if token.tag_ in {"NNS", "NNPS"}:
            return _Speaker()  # "the lawyers said": a group the article does not name
        named = None if _names_person(token) else _named_description(context, token)
        if named is not None:
            return named
        if _names_person(token):
            return _latest(context, at, labels=PERSON_LABELS) or _Speaker()
        return _latest(context, at, labels={"ORG"}) or _proper_subject_before(context, at)
    mention = context.index.mention_at(token.idx)
    if mention is not None:
        return _named(context, mention.start, mention.end, mention.name)
    ent = next((e for e in context.doc.ents
                if e.start <= token.i < e.end and e.label_ in SPEAKER_LABELS and "\n" not in e.text), None)
    if ent is not None:
        return _named(context, ent.start_char, ent.end_char, _without_kind(ent.text))
    inner = _name_inside(context, token)
    if inner is not None:
        return _named(context, inner.start, inner.end, inner.name)
    if token.pos_ in {"PROPN", "NOUN"}:
        return _compound_name(context, token)
    return _Speaker()


def _collective(context: _Context, token: Any) -> _Speaker:
    """``police said``: the institution, with the place the article gives it (``Seattle police``)."""
    found = re.findall(rf"\b((?:[A-Z][\w.-]* )+){re.escape(token.text)}\b", context.text[:token.idx])
    name = f"{found[-1].strip()} {token.text}" if found else token.text
    return _Speaker(name, None, token.idx, token.idx + len(token), label="ORG")


def _joint_subject(context: _Context, token: Any) -> _Speaker | None:
    """``the two said``: the first of the people coordinated as the latest earlier subject
    (``Mitch McConnell and Kevin McCarthy slammed ...``)."""
    for earlier in reversed(token.doc[:token.i]):
        if earlier.dep_ in {"nsubj", "nsubjpass"} and not _in_marks(context, earlier.idx) \
                and any(c.dep_ == "conj" for c in earlier.children):
            found = _speaker(context, earlier, at=earlier.idx)
            if found.name:
                return found
    return None


def _document_author(context: _Context, token: Any) -> _Speaker:
    """``The motion alleged``, ``the statement continued``: whoever issued the latest earlier
    document of that kind (``Bailey filed a motion``), else the previous quote's speaker."""
    for earlier in reversed(token.doc[:token.i]):
        if earlier.lemma_.lower() != token.lemma_.lower() or _in_marks(context, earlier.idx):
            continue
        verb = earlier.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:  # the root is its own head
            verb = verb.head
        author = _subject_outside_marks(context, verb) or subject_of(verb)
        if author is not None and not _in_marks(context, author.idx) and author.lemma_.lower() not in _DOCUMENTS:
            found = _speaker(context, author, at=author.idx)
            if found.name:
                return found
    previous = next((r for r in reversed(context.history) if r["speaker"]), None)
    if previous is None or _paragraph_of(context, token.idx) - _paragraph_of(context, previous["end"]) > \
            FOLLOW_UP_PARAGRAPHS:
        return _Speaker()
    span = previous["speaker_span"] or {"start": previous["start"], "end": previous["start"]}
    return _named(context, span["start"], span["end"], previous["speaker"])


def _named_description(context: _Context, token: Any) -> _Speaker | None:
    """``The US-led coalition``: a description that carries a name is a name of its own."""
    modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ != "det"]
    if not any(t.pos_ == "PROPN" or t.ent_type_ for t in modifiers):
        return None
    start = modifiers[0].idx
    end = token.idx + len(token)
    return _Speaker(context.text[start:end], None, start, end, label="ORG")


def _name_inside(context: _Context, token: Any) -> Any | None:
    """``company Humana``, ``Director of National Intelligence James Clapper``: the name that a
    title or a common noun carries (a person first, then an organisation)."""
    if token.pos_ == "PROPN":
        carrier = token
    else:
        carrier = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if carrier is None:
            return None
    start, end = carrier.left_edge.idx, carrier.right_edge.idx + len(carrier.right_edge)
    described = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in carrier.children if c.dep_ == "appos"] \
        if token.pos_ == "PROPN" else []  # "Claudia Lodesani, Italy's MSF president": not MSF
    inside = [m for m in context.index.mentions if start <= m.start and m.end <= end
              and not any(s <= m.start < e for s, e in described)]
    for labels in (PERSON_LABELS, {"ORG"}):
        found = [m for m in inside if m.label in labels]
        if found:
            return min(found, key=lambda m: abs(m.start - token.idx))
    return None


def _possessor(token: Any) -> Any:
    """``the company's statement said``: a statement speaks for its owner."""
    if token.lemma_.lower() in _DOCUMENTS:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return token


def _without_kind(name: str) -> str:
    """``a 2015 CNN poll`` speaks for CNN."""
    return re.sub(r"\s+(?:poll|survey|report|study|analysis|statement)s?$", "", name)


def _compound_name(context: _Context, token: Any) -> _Speaker:
    """``Jakobowski``, ``Humana``: a name the parser did not tag, with names compounded onto it."""
    first = token
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ in {"compound", "flat"}:
        first = first.nbor(-1)
    name = context.text[first.idx:token.idx + len(token)]
    if token.lemma_.lower() in _UNNAMED:
        return _unnamed(context, token)
    if not name[:1].isupper() or token.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS:
        return _Speaker()
    known = " " in name or len(context.index.full_name(name, before=first.idx).split()) > 1
    if known or not first.is_sent_start or context.text.count(name) > 1:
        return _named(context, first.idx, token.idx + len(token), name)
    return _Speaker()


def _unnamed(context: _Context, token: Any) -> _Speaker:
    """``An NSA spokesperson said``: no speaker, but the role and affiliation the article gives
    (``spokesperson``, ``NSA``)."""
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    named = [t for t in modifiers if not t.text.islower()]
    if not named:
        return _Speaker(role=token.text)
    start, end = modifiers[0].idx, modifiers[-1].idx + len(modifiers[-1])
    return _Speaker(role=token.text, affiliation=context.text[start:end])


def _is_description(token: Any) -> bool:
    """``the senator``, ``the company``, ``the Arizona Republican``: a definite description."""
    party = token.lemma_.lower() in {"republican", "democrat"}  # "the Arizona Republican"
    named_parts = any(c.dep_ == "appos" or (c.dep_ == "compound" and not c.text.islower()) for c in token.children)
    if not party and (not token.text.islower() or named_parts):
        return False
    determiner = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    return determiner and token.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS


def _proper_subject_before(context: _Context, position: int) -> _Speaker:
    """``the company`` when the tagger missed the organisation: the latest capitalised name
    that was a sentence subject (``Cards Against Humanity is asking ...``)."""
    for token in reversed([t for t in context.doc if t.idx < position and t.dep_ == "nsubj" and t.pos_ == "PROPN"]):
        words = list(token.subtree)
        if _in_quote(context, token.idx) or not all(w.text[:1].isupper() or w.is_stop for w in words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        return _Speaker(context.text[start:end], None, start, end, label="ORG")
    return _Speaker()


def _names_person(token: Any) -> bool:
    return token.lemma_.lower() in PERSON_NOUNS


def _person_in_paragraph(context: _Context, verb: Any) -> _Speaker | None:
    """``Comey differentiated ... "...," later adding``: a verb with no subject the parser could
    find belongs to the latest person named earlier in its paragraph, outside quotation marks."""
    start = context.paragraphs[_paragraph_of(context, verb.idx)][0]
    people = [m for m in context.index.mentions
              if start <= m.start < verb.idx and m.label == "PERSON" and not _in_marks(context, m.start)]
    return _named(context, people[-1].start, people[-1].end, people[-1].name) if people else None


def _latest(context: _Context, position: int, *, labels: set[str]) -> _Speaker | None:
    """The latest speaker (or, failing that, mention) of the given kind before ``position``."""
    for record in reversed(context.history):
        if record["speaker"] and record.get("_label") in labels and record["start"] < position:
            span = record["speaker_span"] or {}
            return _named(context, span.get("start", record["start"]), span.get("end", record["start"]),
                          record["speaker"])
    mention = next((m for m in reversed(context.index.mentions) if m.start < position and m.label in labels), None)
    return _named(context, mention.start, mention.end, mention.name) if mention else None


def _pronoun(context: _Context, token: Any) -> _Speaker:
    """Its sentence's subject when that is a person named before it; the speaker of a quote in
    this or the previous paragraph; else the latest person whose gender fits."""
    gender = PRONOUNS[token.lower_]
    same = next((t for t in token.sent if t.i < token.i and t.lower_ == token.lower_
                 and t.dep_ in {"nsubj", "nsubjpass"}), None)
    if same is not None:
        return _pronoun(context, same)  # "Knowing she would be out ..., she announced": the same person
    found = _salient_subject(context, token, gender=gender)
    if found is not None:
        return found
    recent = _recent_speaker(context, token.idx, gender=gender)
    if recent is not None:
        return recent
    mention = context.index.person_before(token.idx, gender=gender)
    if mention is None:
        return _Speaker()
    return _named(context, mention.start, mention.end, mention.name)


def _salient_subject(context: _Context, token: Any, *, gender: str | None) -> _Speaker | None:
    """The nearest person who is a subject earlier in the token's sentence or paragraph."""
    for sentence in _sentences_back(context, token):
        subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i
                    and not _in_marks(context, t.idx) and _is_person(context, t)]
        for subject in reversed(subjects):
            found = _speaker(context, subject, at=token.idx)
            if found.name and (gender is None or context.index.genders.get(found.name) in (None, gender)):
                return found
    return None


def _earlier_subject(context: _Context, token: Any) -> _Speaker | None:
    """``Xi's message was silent ... Yet, it included ...``: "it" is the subject of an earlier
    sentence of the paragraph, resolved like any subject (a document goes to its author)."""
    for sentence in _sentences_back(context, token)[1:]:
        for subject in [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"}
                        and not _in_marks(context, t.idx) and t.lower_ not in {*PRONOUNS, "they", "it"}]:
            found = _speaker(context, subject, at=token.idx)
            if found.name:
                return found
    return None


def _group_subject(context: _Context, token: Any) -> _Speaker:
    """``The SDF declared victory ... They say ...``: the nearest organisation that is a subject
    in this or the previous paragraph."""
    for sentence in _sentences_back(context, token, back=1):
        for subject in reversed([t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i
                                 and not _in_marks(context, t.idx) and t.lower_ not in {*PRONOUNS, "they", "it"}]):
            found = _speaker(context, subject, at=token.idx)
            if found.name and found.label not in (None, "PERSON"):
                return found
    return _Speaker()


def _sentences_back(context: _Context, token: Any, *, back: int = 0) -> list[Any]:
    """The pronoun's sentence and the sentences before it in its paragraph, nearest first."""
    start = context.paragraphs[max(0, _paragraph_of(context, token.idx) - back)][0]
    sentences = [s for s in token.doc.sents if start <= s.start_char <= token.idx]
    return [s for s in reversed(sentences) if not _in_quote(context, s.root.idx)]


def _in_quote(context: _Context, position: int) -> bool:
    return any(q["start"] <= position < q["end"] and q["direct"] for q in context.history)


def _in_marks(context: _Context, position: int) -> bool:
    return any(start <= position < end for start, end in context.quoted)


def _is_person(context: _Context, token: Any) -> bool:
    mention = context.index.mention_at(token.idx)
    return (mention.label == "PERSON") if mention else token.ent_type_ == "PERSON"


def _recent_speaker(context: _Context, position: int, *, gender: str | None,
                    labels: set[str] | None = PERSON_LABELS) -> _Speaker | None:
    """The speaker of a quote in this or the previous paragraph, of the right kind and gender."""
    here = _paragraph_of(context, position)
    for record in reversed(context.history):
        if here - _paragraph_of(context, record["start"]) > 1:
            return None
        known = context.index.genders.get(record["speaker"] or "")
        kind_fits = labels is None or record.get("_label") in labels
        if record["speaker"] and kind_fits and (gender is None or known in (None, gender)):
            span = record["speaker_span"] or {"start": record["start"], "end": record["start"]}
            return _named(context, span["start"], span["end"], record["speaker"])
    return None


def _named(context: _Context, start: int, end: int, name: str) -> _Speaker:
    irish = _IRISH.match(context.text, end)
    if irish and name.endswith((" O", " D")):  # "Terrence O’ Shaughnessy": the tagger stops at the mark
        name, end = name + context.text[end:irish.end()], irish.end()
    full = context.index.full_name(clean_name(_without_kind(name)), before=start)
    entity = context.index.entity_at(start, end) or context.index.entity_of(full)
    label = context.index.label_at(start, end)
    if label not in (None, "PERSON"):
        return _Speaker(full, entity, start, end, label=label)
    stated = describe(context.text, start, end)
    if not (stated.role and stated.affiliation):
        elsewhere = _stated_elsewhere(context, full, before=start)
        stated = Description(stated.role or (None if stated.affiliation else elsewhere.role),
                             stated.affiliation or elsewhere.affiliation)
    return _Speaker(full, entity, start, end, stated.role, stated.affiliation, "PERSON")


def _stated_elsewhere(context: _Context, full: str, *, before: int) -> Description:
    """The latest role stated at an earlier mention of the same person (any, if none earlier)."""
    found = []
    for mention in context.index.mentions:
        if context.index.full_name(mention.name, before=mention.start) == full:
            stated = describe(context.text, mention.start, mention.end)
            if stated.role or stated.affiliation:
                found.append((mention.start < before, mention.start, stated))
    earlier = [f for f in found if f[0]]
    if earlier:
        return earlier[-1][2]
    return found[0][2] if found else Description(None, None)


def _record(context: _Context, candidate: _Candidate, speaker: _Speaker) -> dict[str, Any]:
    named = speaker.name is not None
    return {
        "text": context.text[candidate.start:candidate.end], "start": candidate.start, "end": candidate.end,
        "direct": candidate.direct, "speaker": speaker.name, "entity": speaker.entity,
        "speaker_span": {"start": speaker.start, "end": speaker.end} if named and speaker.start is not None else None,
        "affiliation": speaker.affiliation, "role": speaker.role,
        "cue": candidate.cue_text, "_label": speaker.label,
    }
