"""Content spans: what was said, as a span of the article text.

Direct content is the inside of a pair of quotation marks (``marks``; the candidates that
hold it are ``candidates``'). Reported content is the clause a cue governs in the
dependency parse: the complement clause of a reporting verb (``Wang said [China welcomed the
move]``, with or without *that*), a clause before the cue (``[X], the ministry said``), the
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
dash and *but* (``97 percent said it was — but were divided``). A cue in a relative clause
reports the clause after it, without the relative word (``the grant, which the audit says [the
city had promised to keep]``); ``misparses`` finds the clause where the parse misplaced it.
``Context`` is the article as
every step of attribution reads it; ``is_source`` says whether a token can be a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdesk.quotes.cues import (
    CALL_FOR,
    CUE_LEMMAS,
    DIRECTIVES,
    DOCUMENTS,
    HEARER_OBJECT,
    INFINITIVE_CUES,
    NOUN_CUES,
    according_source,
    cue_text,
    is_cue,
    is_noun_cue,
    noun_cue_source,
    subject_of,
)
from newsdesk.quotes.index import SPEAKER_LABELS, NameIndex
from newsdesk.quotes.misparses import finite_xcomp, hearer_clause, object_subject

_SOURCE_PRONOUNS = {"he", "she", "they", "i", "we"}
#: Verbs for which *it* is a speaker, an organisation speaking (``the company ... it said``):
#: statement verbs of VerbNet say-37.7; with others *it* is mostly a thing (``it responded``,
#: ``it called``).
_IT_SAYS = {"say", "tell", "add", "announce", "state", "report", "write", "claim", "deny",
            "confirm", "warn", "accuse", "acknowledge", "note", "insist", "argue", "suggest"}
#: Subjects of "say" that are not sources ("the data say", "the documents said").
_NOT_SOURCES = {"document", "data", "figure", "number", "law", "rule", "bill", "text", "sign",
                "map", "record", "evidence", "history", "experience", "letter", "email", "order"}
_SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(slots=True)
class Reported:
    """An indirect quotation: content clause, its cue verb and subject."""

    start: int
    end: int
    cue: Any
    speaker: Any | None
    cue_text: str
    #: One side of content split by its reporting clause (``[A], Smith said, [B]``).
    split: bool = False


def reported_speech(doc: Any) -> list[Reported]:
    found = []
    for token in doc:
        if is_cue(token, direct=False):
            if _hedge(token):
                continue
            found.extend(_interpolated(token, subject_of(token)) or _complement(token)
                         or _as_clause(token))
        elif _calls_for(token):
            found.extend(_complement(token))
        elif (source := _mistagged_cue(token)) is not None:
            found.extend(_interpolated(token, source))
        elif token.lower_ == "according" and token.dep_ == "prep":
            found.extend(_according_to(token))
        elif is_noun_cue(token):
            found.extend(_noun_content(token))
    return found


#: The writer's own voice: outside quotation marks *I* and *we* are the writer.
_WRITER = {"i", "we"}


def _hedge(verb: Any) -> bool:
    """``I would say that ...``, ``I should say ...``: the writer's own claim under a modal
    (PropBank ARGM-MOD), addressed to no one, a hedge on what the article itself asserts, not
    a report of anyone's speech. (``Others may argue that ...`` stays a report of a source's
    view; ``I would tell people that ...``, with a hearer, a habit of saying it.)"""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False  # "I would tell people that ...": a habit of telling someone, a report
    return subject is not None and subject.lower_ in _WRITER and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _noun_content(noun: Any) -> list[Reported]:
    """``the ministry's claim that [the troops had left]``: the clause after *that*."""
    source = noun_cue_source(noun)
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i), None)
    if source is None or clause is None:
        return []
    left = clause.left_edge
    while left.i < clause.i and (left.dep_ == "mark" or left.is_punct or left.is_space):
        left = left.nbor()
    right = _clause_end(clause)
    return [Reported(left.idx, right.idx + len(right), noun, source, noun.text)]


#: Verbs whose infinitive complement did not happen: "struggling to assure", "declined to say".
_UNREALISED = {"try", "struggle", "want", "refuse", "decline", "seek", "attempt", "hope", "plan",
               "need", "fail", "intend", "expect", "wish", "prepare", "hesitate", "dare", "aim",
               "like", "love"}


def _complement(verb: Any) -> list[Reported]:
    if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNREALISED:
        return []
    clauses = [c for c in verb.children if c.i > verb.i
               and (c.dep_ == "ccomp" or _that_conjunct(c) or finite_xcomp(c))]
    clauses = clauses or hearer_clause(verb)
    if not clauses:
        return _gerund(verb) or _infinitive(verb) or _fronted(verb)
    if _is_question(clauses[0]) or _past_object(verb, clauses[0]):
        return []
    first, last = clauses[0], clauses[-1]
    left = object_subject(verb, first) or first.left_edge
    if left.i < verb.i:  # "which the audit says the city kept": the relative word
        left = verb.doc[max([verb.i, *(c.right_edge.i for c in verb.rights
                                       if verb.i < c.i < first.left_edge.i)]) + 1]
    while left.i < last.right_edge.i and (left.dep_ == "mark" or left.is_punct or left.is_space):
        left = left.nbor()
    right = max((_clause_end(c) for c in _with_conjuncts(clauses)), key=lambda t: t.i)
    return [Reported(left.idx, right.idx + len(right), verb, subject_of(verb), cue_text(verb))]


def _past_object(verb: Any, clause: Any) -> bool:
    """``seizing his chance to tell his story, unfiltered by attack ads``: a clause after the
    cue's noun object and a comma or dash is no complement of the cue (a cue with a noun
    object alone has no content); the object of *tell* and its kind is the hearer only when
    it names someone (``told him, ...``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if not objects or (verb.lemma_.lower() in HEARER_OBJECT and objects[0].pos_ != "NOUN"):
        return False
    if object_subject(verb, clause) is not None:
        return False  # the object is the clause's own subject
    between = verb.doc[objects[-1].i + 1:clause.left_edge.i + 1]
    if any(t.pos_ in {"VERB", "AUX"} for t in between):
        return False  # "acknowledges X, suggests that ...": a coordinated cue's own clause
    return any(_sets_off(t) for t in between)


#: The preposition whose gerund is what a cue says, after PropBank's frames (``accuse.01``
#: Arg2 *of*; ``warn.01`` Arg1 *of*/*against*; ``argue.01`` Arg1 *for*/*against*); after
#: other cues *of* names the topic (``said of returning to the Moon``), no content.
_GERUND_PREPOSITIONS = {"accuse": {"of"}, "warn": {"of", "against"}, "caution": {"against"},
                        "complain": {"of"}, "boast": {"of"}, "argue": {"for", "against"},
                        "plead": {"for"}, "call": {"for"}}


def _gerund(verb: Any) -> list[Reported]:
    """``denied doing anything wrong``, ``accused the WHO of parroting misinformation``: a
    gerund clause that complements the cue, or that its *of* phrase holds (on the verb or its
    object), is what the source said (PropBank ``accuse.01``: Arg2 the charge; ``deny.01``:
    Arg1 the thing denied); a noun object alone is no content."""
    clause = next((c for c in verb.children if c.i > verb.i and c.tag_ == "VBG"
                   and c.dep_ in {"xcomp", "ccomp", "dobj"}), None) or _gerund_of(verb)
    if clause is None:
        return []
    right = _clause_end(clause)
    return [Reported(clause.left_edge.idx, right.idx + len(right), verb, subject_of(verb),
                     cue_text(verb))]


def _gerund_of(verb: Any) -> Any | None:
    prepositions = _GERUND_PREPOSITIONS.get(verb.lemma_.lower(), set())
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next((g for h in holders for p in h.children
                 if p.dep_ == "prep" and p.lower_ in prepositions and p.i > verb.i
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


#: Clauses that an *as* clause on a cue reports: the sentence's own, not a phrase inside it
#: (``seem to show (as he puts it) that ...``).
_MAIN_CLAUSES = {"ROOT", "conj", "ccomp", "parataxis"}
#: Dependents that give a cue content of its own, or make it no report of speech.
_OWN_CONTENT = {"ccomp", "xcomp", "neg", "auxpass", "nsubjpass"}


def _as_clause(verb: Any) -> list[Reported]:
    """``As McConnell noted in the Fox interview, it is within his power ...``, ``…, as critics
    have pointed out``: a cue in an *as* clause with no content of its own reports the clause
    the *as* clause modifies (the rules' *as X put it*), split in two when it stands inside
    it; not a report passed on by another cue (``said, as Reuters reported``), nor the
    writer's own (``as I've written``)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.dep_ not in _MAIN_CLAUSES or is_cue(head, direct=True):
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return []
    if any(c.dep_ in _OWN_CONTENT or (c.dep_ == "dobj" and c.lower_ != "it")
           for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in {"i", "we"} or verb.sent[-1].text == "?":
        return []
    opening = next((t for t in verb.doc[verb.right_edge.i + 1:verb.sent.end]
                    if not (_sets_off(t) or t.is_space)), None)
    if opening is not None and opening.text in _QUOTE_MARKS:
        return []  # "because, as Klein writes, “…”": the clause introduces a quotation
    aside = {t.i for t in verb.subtree}
    material = [t for t in head.subtree if t.i not in aside and t.sent == verb.sent]
    parts = [_trim([t for t in material if t.i < verb.left_edge.i]),
             _trim([t for t in material if t.i > verb.right_edge.i])]
    parts = [p for p in parts if p and not _connective(p)]
    return [Reported(p[0].idx, p[-1].idx + len(p[-1]), verb, subject, cue_text(verb),
                     split=len(parts) == 2) for p in parts]


def _calls_for(verb: Any) -> bool:
    """``called on authorities to ...``, ``called for delaying the contest``: *call* with *on*
    or *for* is a demand, a cue of reported speech (alone it names: ``called it a sham``)."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" and c.lower_ not in CALL_FOR for c in verb.children):
        return False  # "called out X for making ...": a rebuke
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in CALL_FOR for c in verb.children)


def _infinitive(verb: Any) -> list[Reported]:
    """``urged Mr. Trump to make a deal``, ``promised to protect Medicaid``, ``called for the
    U.S. to withhold funding``: the *to*-infinitive of a directive or commissive cue, from
    *to* (or from the subject that *for* introduces) to the clause's end."""
    if verb.lemma_.lower() not in INFINITIVE_CUES:
        return []
    if verb.lemma_.lower() == "threaten" and verb.tag_ not in {"VBD", "VBN"}:
        return []  # "outsiders are threatening to take away": a risk, not a threat made
    if verb.lemma_.lower() in DIRECTIVES and not any(
            c.dep_ in {"dobj", "prep", "prt"} and c.i > verb.i for c in verb.children):
        return []  # "Doctors asked to hold a clinic": a request to act, no hearer told to
    if verb.lemma_.lower() in DIRECTIVES and _speech_object(verb):
        return []  # "asked pointed questions ... to find out": the infinitive is a purpose
    clause = next((c for c in verb.children if c.i > verb.i and c.dep_ == "xcomp"
                   and any(a.tag_ == "TO" for a in c.children)), None)
    first = None if clause is None else _for_subject(verb, clause) or clause.left_edge
    if clause is None:
        clause = next((c for c in verb.children if c.i > verb.i and c.dep_ == "advcl"
                       and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        first = None if clause is None else clause.left_edge.nbor()
    if clause is None or first.i > clause.i or _is_question(clause):
        return []  # "warning them what to look for": an indirect question, no directive
    right = _clause_end(clause)
    return [Reported(first.idx, right.idx + len(right), verb, subject_of(verb), cue_text(verb))]


#: Objects that name the speech act itself (PropBank ``ask.01`` Arg1, the question asked):
#: with one of them a directive has no hearer to control its infinitive.
_SPEECH_OBJECTS = NOUN_CUES | {"question", "favor", "favour", "permission"}


def _speech_object(verb: Any) -> bool:
    """``asked pointed questions during the hearing to find out ...``: a directive whose
    object is the speech act, not a hearer: the *to*-infinitive after it says what for."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_OBJECTS
               for c in verb.children)


def _for_subject(verb: Any, clause: Any) -> Any | None:
    """``called for an inspector general to investigate``: the object of *for* before the
    infinitive is its subject, part of what was demanded (the object of *on* is the hearer)."""
    return next((o.left_edge for p in verb.children if p.lower_ == "for" and p.i < clause.i
                 for o in p.children if o.dep_ == "pobj"), None)


#: Punctuation that sets a reporting clause off inside its sentence (and a spaced hyphen).
_ASIDE_MARKS = {",", "—", "–", "--"}
_QUOTE_MARKS = {'"', "“", "”", "‘", "’", "'"}
#: Dependents of a reporting verb that belong to its own clause, not to its content.
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj", "acl", "relcl"}
_MAX_ASIDE = 12  # tokens in a reporting clause set off inside its sentence
#: Multi-word discourse connectives (after the Penn Discourse Treebank's explicit connectives)
#: that open a sentence without being part of what it reports.
_CONNECTIVES = {"for example", "for instance", "in fact", "in addition", "in sum", "in short",
                "as a result", "in other words", "on the other hand", "that said", "of course",
                "in turn", "by contrast", "in contrast", "after all", "at the same time",
                "in particular", "above all", "in the end", "even so", "in any case",
                "as such", "to be sure", "by the same token", "in the meantime"}


def _interpolated(verb: Any, subject: Any | None) -> list[Reported]:
    """``What the speech lacked, some argue, was a clear case ...``, ``The plan, Smith argued,
    would fail``: a reporting clause (the verb, its own subject and their modifiers, no
    complement clause inside it) set off by commas or dashes inside its sentence reports the
    sentence's material on each side: two contents with the same source and cue, as the rules
    split a direct quote around its attribution (however the parser hung the clause)."""
    aside = _aside(verb)
    if aside is None or verb.dep_ == "relcl":
        return []
    if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    if subject is None or subject.i not in aside or subject.tag_ in {"WP", "WDT"}:
        return []
    if subject.lower_ in {"i", "we"} or verb.sent[-1].text == "?":
        return []  # the writer's own aside ("as I've written"); a question is no report
    after = _after_aside(verb, aside)
    opening = next((t for t in verb.doc[aside.stop:] if not (_sets_off(t) or t.is_space)), None)
    if not after or opening is None or opening.text in _QUOTE_MARKS:
        return []  # "Asked why, Trump responded, “…”": the clause introduces a quotation
    before = _before_aside(verb, aside)
    parts = [p for p in (before, after) if p]
    if sum(len(p) for p in parts) < 4 or (not before and after[0].dep_ == "cc"):
        return []  # "Usually, states ask for things, and FEMA sends them": nothing reported
    return [Reported(p[0].idx, p[-1].idx + len(p[-1]), verb, subject, cue_text(verb), split=True)
            for p in parts]


def _aside(verb: Any) -> range | None:
    """The token indices of the clause around ``verb`` between two commas or dashes inside its
    sentence, when the clause is the verb with its own dependents and nothing else."""
    sentence, doc = verb.sent, verb.doc
    first = last = verb.i
    while first > sentence.start and not _stops_aside(doc[first - 1]):
        first -= 1
    while last + 1 < sentence.end and not _stops_aside(doc[last + 1]):
        last += 1
    before = _skip_marks(doc, first - 1, step=-1, bound=sentence.start)
    after = _skip_marks(doc, last + 1, step=1, bound=sentence.end - 1)
    if before is None or after is None or last - first >= _MAX_ASIDE:
        return None
    if not (_sets_off(doc[before]) and _sets_off(doc[after])):
        return None
    own = {t.i for c in verb.children if c.dep_ not in _CLAUSE_DEPS for t in c.subtree}
    if any(c.dep_ == "dobj" and first <= c.i <= last for c in verb.children) \
            and verb.lemma_.lower() not in HEARER_OBJECT:
        return None  # "Google promised a lot": a noun object, no content
    if any(t.i not in own | {verb.i} and not t.is_punct for t in doc[first:last + 1]):
        return None
    return range(first, last + 1)


def _sets_off(token: Any) -> bool:
    spaced = token.text == "-" and bool(token.whitespace_) and token.i > 0 \
        and bool(token.nbor(-1).whitespace_)
    return token.text in _ASIDE_MARKS or spaced


def _stops_aside(token: Any) -> bool:
    return _sets_off(token) or token.text in _QUOTE_MARKS


def _skip_marks(doc: Any, i: int, *, step: int, bound: int) -> int | None:
    """The first token from ``i`` on (in direction ``step``) that is no quotation mark."""
    while (i - bound) * step < 0 and doc[i].text in _QUOTE_MARKS:
        i += step
    return i if (i - bound) * step < 0 else None


def _before_aside(verb: Any, aside: range) -> list[Any]:
    """The sentence's material before the reporting clause, without a sentence-initial
    connective that is all of it (``However, he said, ...``)."""
    first = _after_label(_sentence_start(verb), verb.doc[aside.start])
    part = _trim([t for t in verb.doc[first.i:aside.start]])
    return [] if _connective(part) else part


def _connective(part: list[Any]) -> bool:
    """Words that only connect (``However``, ``because``, ``in fact``): no content alone."""
    return all(t.pos_ in {"ADV", "CCONJ", "SCONJ", "INTJ"} or t.is_punct for t in part) \
        or " ".join(t.lower_ for t in part) in _CONNECTIVES


def _after_aside(verb: Any, aside: range) -> list[Any]:
    """The sentence's material after the reporting clause, up to a coordinated report with its
    own source; none when that material is no content (``_not_content``)."""
    part = []
    for token in verb.doc[aside.stop:verb.sent.end]:
        if token.i > aside.stop + 1 and token.dep_ == "conj" and is_cue(token, direct=False) \
                and any(c.dep_ in _SUBJECTS for c in token.children):
            break
        part.append(token)
    part = _trim(part)
    return [] if _not_content(verb, aside, part) else part


def _not_content(verb: Any, aside: range, part: list[Any]) -> bool:
    """Material after a reporting clause that is no content of it: a phrase that passes the
    report on (``, according to the Crimson``), the source's apposition (``said Lisa Boesky, a
    clinical psychologist``), a report of its own (``I've said -- I said at the State of the
    Union that ...``) or the verb's own adjunct (``, adding that ...``)."""
    if part and part[0].lower_ == "according":
        return True
    if any(t.head.i in aside and t.head.i != verb.i for t in part):
        return True
    inside = {t.i for t in part}
    if any(t.head.i not in inside and is_cue(t, direct=False)
           and any(c.dep_ in _SUBJECTS for c in t.children) for t in part):
        return True
    heads = [t for t in part if t.head.i == verb.i and t.i != verb.i]
    return any(t.dep_ not in {"ccomp", "conj", "cc", "punct"} or is_cue(t, direct=True)
               for t in heads)


def _trim(tokens: list[Any]) -> list[Any]:
    """Without the punctuation and spaces at its edges (a closing quotation mark is added back
    by ``_closed``)."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _mistagged_cue(token: Any) -> Any | None:
    """``What the speech lacked, some argue, was ...``: a speech verb that the tagger took for a
    noun after a source word (``some``, ``critics``), alone between two commas; returns that
    source word."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CUE_LEMMAS - NOUN_CUES or token.i == 0:
        return None
    source = token.nbor(-1)
    if source.head.i != token.i or not is_source(source) or source.lower_ == "the":
        return None
    return source


def _that_conjunct(token: Any) -> bool:
    """``said ..., but that the US would ...``: a coordinated clause with its own *that*."""
    return token.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in token.children)


def _is_question(clause: Any) -> bool:
    """``asked whether ...``, ``explains why ...``: an indirect question is not reported speech."""
    if any(t.lower_ in {"whether", "if"} and t.dep_ == "mark" for t in clause.children):
        return True
    first = clause.left_edge
    return first.tag_ in {"WRB", "WP", "WP$"} and first.lower_ != "that"


def _clause_end(clause: Any) -> Any:
    """The clause's last token, stopping before a coordinated report with its own source
    (``Iran warned that X and China said Y``: the first content ends at X)."""
    end = clause.right_edge
    for child in clause.rights:  # "..., referring to ...": the writer's participle
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i > 0 \
                and child.doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.doc[child.left_edge.i - 1], key=lambda t: t.i)
    for token in clause.subtree:
        if token.i > clause.i and token.dep_ == "conj" and is_cue(token, direct=False) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            end = min(end, token.left_edge.nbor(-1), key=lambda t: t.i)
        if token.i > clause.i and _dash_contrast(token) and _own_subject_after(token):
            end = min(end, token.nbor(-1), key=lambda t: t.i)
    while end.i > clause.i and (end.is_punct or end.dep_ == "cc" or end.is_space):
        end = end.nbor(-1)
    return end


_DASHES = {"—", "–", "--"}


def _dash_contrast(token: Any) -> bool:
    """``97 percent said it was — but were divided over ...``: *but* or *yet* after a dash
    turns from the report to the writer's own clause; the content ends before the dash."""
    return token.dep_ == "cc" and token.lower_ in _CONTRAST and token.i > 0 \
        and token.nbor(-1).text in _DASHES


def _own_subject_after(conjunction: Any) -> bool:
    """The clause that ``conjunction`` joins has a subject of its own (``— but the court
    disagreed``); without one it goes on with the report's subject (``he knows how to be
    “presidential” – but chooses not to``)."""
    return any(c.dep_ == "conj" and c.i > conjunction.i
               and any(s.dep_ in _SUBJECTS for s in c.children)
               for c in conjunction.head.children)


def _fronted(verb: Any) -> list[Reported]:
    """``Police retreated from the zone, KIRO-TV said``: the content comes first."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return []
    left, right = clause.left_edge, clause.right_edge
    while right.i > left.i and (right.is_punct or right.is_space):
        right = right.nbor(-1)
    while left.i < right.i and (left.is_punct or left.is_space):
        left = left.nbor()
    if left.i != _sentence_start(verb).i:
        return []  # "a campaign that they say aims to ...": not a fronted statement
    left = _after_label(left, right)
    return [Reported(left.idx, right.idx + len(right), verb, subject_of(verb), cue_text(verb))]


def _sentence_start(token: Any) -> Any:
    first = token.sent[0]
    while first.i < token.i and (first.is_punct or first.is_space):
        first = first.nbor()
    return first


def _after_label(left: Any, right: Any) -> Any:
    """``New In Town: Zhang Ming, ...``: a run-in heading is not part of the statement."""
    for token in left.doc[left.i:min(right.i, left.i + 6)]:
        if token.text == ":":
            return token.nbor() if token.i < right.i else left
    return left


def _with_conjuncts(clauses: list[Any]) -> list[Any]:
    found = list(clauses)
    for clause in clauses:
        found.extend(c for c in clause.head.children if c.dep_ == "conj" and c.i > clause.i
                     and not is_cue(c, direct=True)  # "said X and added Y": two reports
                     and not any(_dash_contrast(t) for t in c.head.children
                                 if clause.i < t.i < c.i))
    return found


def _according_to(token: Any) -> list[Reported]:
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
    opening = _trim([t for t in content if t.i < phrase.start])
    if _contrast_after(content, phrase):
        content = [t for t in content if t.i < phrase.start]  # "X, according to Y, but Z"
    if opening and _connective(opening):
        content = [t for t in content if t.i >= phrase.stop]  # "However, according to X, S"
    while content and (content[0].is_punct or content[0].dep_ == "cc"):
        content = content[1:]
    while content and content[-1].is_punct:
        content = content[:-1]
    if len(content) < 4:
        return []
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    return [Reported(start, end, token, source, "according to")]


#: Conjunctions of contrast: what follows them answers the source, in the writer's voice.
_CONTRAST = {"but", "yet"}


def _contrast_after(content: list[Any], phrase: range) -> bool:
    """``Sure, according to sources, but ...``: a clause that opens with *but* or *yet* right
    after the *according to* phrase is set against what the source says, no part of it."""
    after = [t for t in content if t.i >= phrase.stop and not t.is_punct]
    return bool(after) and after[0].dep_ == "cc" and after[0].lower_ in _CONTRAST


def _around_according(according: Any, phrase: range) -> list[list[Any]]:
    """``The conflict, according to Trump, derives from ...``: an *according to* phrase set off
    by commas or dashes inside its sentence splits the content in two, one part on each side,
    as a reporting clause there does (``_interpolated``); none when either side is no content
    of its own (a connective alone, a report with its own source, a coordinated clause after
    the phrase: ``, according to the Panama Papers, documents obtained by X, and shared with
    Y``)."""
    doc, sentence = according.doc, according.sent
    before = _skip_marks(doc, phrase.start - 1, step=-1, bound=sentence.start)
    after = _skip_marks(doc, phrase.stop, step=1, bound=sentence.end - 1)
    if before is None or after is None or not (_sets_off(doc[before]) and _sets_off(doc[after])):
        return []
    end = _other_report(according.head).i
    first = _before_aside(according, phrase)
    rest = _trim(_before_participle([t for t in doc[phrase.stop:end] if t.i < sentence.end]))
    if not first or not rest or len(first) + len(rest) < 4 or _reports(first):
        return []
    if rest[0].dep_ == "cc":
        return []  # "X, according to Y, and Z": the phrase closes a clause, not inside one
    return [] if _not_content(according, phrase, rest) else [first, rest]


def _before_participle(part: list[Any]) -> list[Any]:
    """``... eminent domain — rendering it not a surprise at all``: the writer's participle set
    off at the end of the content is no part of it (as in ``_clause_end``)."""
    for token in part[1:]:
        opener = token.left_edge
        if token.dep_ == "advcl" and token.tag_ == "VBG" and opener.i > part[0].i \
                and _sets_off(token.doc[opener.i - 1]):
            return [t for t in part if t.i < opener.i - 1]
    return part


def _reports(part: list[Any]) -> bool:
    """A cue verb with its own subject in ``part``: a report of its own."""
    return any(is_cue(t, direct=False) and any(c.dep_ in _SUBJECTS for c in t.children)
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
        if is_cue(conj, direct=False) and any(c.dep_ in _SUBJECTS for c in conj.children):
            return conj.left_edge
    return verb.sent[-1].nbor() if verb.sent[-1].i + 1 < len(verb.doc) else verb.sent[-1]


#: Nouns for material that speaks for whoever issued it: "according to 2019 estimates from X".
_MATERIAL = {"estimate", "figure", "data", "statistic", "report", "survey", "study", "poll",
             "analysis", "document"}
#: Records that speak for whoever issued them: at the outer level of a report they are the
#: speaker's own record, not a second source.
RECORDS = DOCUMENTS | _MATERIAL | NOUN_CUES


def issuer(source: Any) -> Any:
    """``according to figures from Carnegie``: the issuer named after the material, if any."""
    if source.lemma_.lower() not in _MATERIAL | NOUN_CUES:
        return source
    issuer = next((c for p in source.children if p.lower_ in {"from", "by", "of"}
                   for c in p.children if c.dep_ == "pobj" and c.pos_ in {"PROPN", "NOUN"}
                   and c.lemma_.lower() not in _MATERIAL), None)
    return issuer if issuer is not None else source


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

def is_source(token: Any) -> bool:
    """Speech needs a speaker that is someone: a name, an organisation, a pronoun, a noun
    that can speak (not "the documents")."""
    if token is None:
        return False
    if token.pos_ == "NOUN":
        return token.lemma_.lower() not in _NOT_SOURCES
    if token.lower_ == "it":
        return token.dep_ in _SUBJECTS and token.head.lemma_.lower() in _IT_SAYS
    if token.pos_ == "ADV":  # a name the tagger took for an adverb ("O’Reilly then said")
        return token.text[:1].isupper() and not token.is_stop
    return token.pos_ in {"PROPN", "NUM"} or token.ent_type_ in SPEAKER_LABELS \
        or token.lower_ in _SOURCE_PRONOUNS | {"some", "many", "others", "several"}
