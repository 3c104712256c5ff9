"""A reporting clause set off by commas or dashes inside its sentence (``The plan, Smith
argued, would fail``), whose content is the sentence's material on each side, a cue in an
*as* clause (``as critics have pointed out``), which reports the clause it modifies, and a
reporting clause after its content that the parse hung as a conjunct of the content's verb
(``[…], Graham told The Daily Beast``).
"""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content.clauses import (
    QUOTE_MARKS,
    Reported,
    after_label,
    connective_off,
    only_connects,
    sentence_start,
    sets_off,
    trim,
)
from newsdesk.quotes.cue_subjects import passed_on_subject
from newsdesk.quotes.cues import DIRECTIVES, HEARER_OBJECT, SUBJECTS, WRITER, cue_text, is_cue
from newsdesk.quotes.own_subjects import inverted_subject, own_subject

#: Clauses that an *as* clause on a cue reports: the sentence's own, not a phrase inside it
#: (``seem to show (as he puts it) that ...``).
_MAIN_CLAUSES = {"ROOT", "conj", "ccomp", "parataxis"}
#: Dependents that give a cue content of its own, or make it no report of speech.
_OWN_CONTENT = {"ccomp", "xcomp", "neg", "auxpass", "nsubjpass"}


def as_clause(verb: Any) -> list[Reported]:
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
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ in WRITER or verb.sent[-1].text == "?":
        return []
    opening = next((t for t in verb.doc[verb.right_edge.i + 1:verb.sent.end]
                    if not (sets_off(t) or t.is_space)), None)
    if opening is not None and opening.text in QUOTE_MARKS:
        return []  # "because, as Klein writes, “…”": the clause introduces a quotation
    aside = {t.i for t in verb.subtree}
    material = [t for t in head.subtree if t.i not in aside and t.sent == verb.sent]
    parts = [trim([t for t in material if t.i < verb.left_edge.i]),
             trim([t for t in material if t.i > verb.right_edge.i])]
    parts = [p for p in parts if p and not only_connects(p)]
    return [Reported(p[0].idx, p[-1].idx + len(p[-1]), verb, subject, cue_text(verb),
                     split=len(parts) == 2) for p in parts]


#: Cues whose *as* clause says that something was done as asked or promised, not said
#: (``She left, as he had asked``): the directives and commissives (a warning informs).
_NOT_AS_REPORTS = (DIRECTIVES - {"warn", "caution"}) | {"promise", "pledge", "vow", "swear",
                                                         "threaten", "demand", "request",
                                                         "recommend", "propose"}
#: Tokens in an *as* clause set off inside its sentence: its subject may be a long phrase
#: (``as opinion pieces in the New York Times and Wall Street Journal have argued``).
_MAX_AS_ASIDE = 20


def as_aside(verb: Any) -> list[Reported]:
    """``Another reason, as the Times' Ross Douthat argued, is that ...``, ``Trump -- as his
    lawyers continue to insist -- isn't even considering ...``: an *as* clause set off by
    commas or dashes that holds only a subject and the cue (with its auxiliaries, a verb it is
    the infinitive of, ``it`` of *put it*, and words after it that are no verb), whatever the
    parse made of it, reports the clause it stands in, split in two where it stands inside it
    (the rules' *as X put it*). The clause is the smallest one in the parse that holds the
    words on both sides of the aside; where the aside closes its sentence, the sentence. A
    clause that holds a report of its own keeps it (as ``as_clause`` does)."""
    if verb.lemma_.lower() in _NOT_AS_REPORTS or not (is_cue(verb, direct=False) or _puts_it(verb)):
        return []
    aside = _as_aside(verb)
    subject = None if aside is None else _aside_subject(verb, aside)
    if subject is None or subject.lower_ in WRITER:
        return []
    if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    doc, sentence = verb.doc, verb.sent
    opening = next((t for t in doc[aside.stop:sentence.end] if not (sets_off(t) or t.is_space)),
                   None)
    if opening is not None and opening.text in QUOTE_MARKS:
        return []  # the aside introduces a quotation, attributed as direct speech
    material = _around_aside(doc, sentence, aside)
    if any(_reports(t) for t in material):
        return []  # "As Bier pointed out, Twitter's terms claim that ...": the clause's own report
    parts = [trim([t for t in material if t.i < aside.start]),
             trim([t for t in material if t.i >= aside.stop])]
    parts = [p for p in parts if p and not only_connects(p)]
    text = f"{verb.text} it" if _puts_it(verb) else cue_text(verb)
    return [Reported(p[0].idx, p[-1].idx + len(p[-1]), verb, subject, text,
                     split=len(parts) == 2) for p in parts]


def _reports(token: Any) -> bool:
    """A cue with a subject of its own: a report that the clause holds, kept as it is, as
    ``as_clause`` leaves the clause of another cue."""
    return is_cue(token, direct=False) and any(c.dep_ in SUBJECTS for c in token.children)


def _puts_it(verb: Any) -> bool:
    return verb.lemma_.lower() == "put" and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _as_aside(verb: Any) -> range | None:
    """The token indices of the *as* clause around ``verb``, from *as* to the cue's last word,
    when a comma or dash (or the sentence's edge) bounds it on each side."""
    doc = verb.doc
    first, last = _bounded(verb, stops=sets_off)
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if doc[first].lower_ != "as" or last - first >= _MAX_AS_ASIDE:
        return None
    chain = _infinitive_heads(verb)
    between = doc[first + 1:verb.i]
    if any((t.pos_ == "VERB" and t.i not in chain) or t.dep_ == "mark" or t.tag_ in _WH
           for t in between):
        return None  # "as he said he would": a clause of its own inside the aside
    if any(t.pos_ in {"VERB", "AUX"} or t.dep_ == "mark" for t in doc[verb.i + 1:last + 1]):
        return None
    return range(first, last + 1)


#: Tags of the words that open a question or a relative clause.
_WH = {"WDT", "WP", "WP$", "WRB"}


def _infinitive_heads(verb: Any) -> set[int]:
    """The verbs ``verb`` is the infinitive of (``continue to insist``, ``seem to say``)."""
    heads = set()
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        heads.add(verb.i)
    return heads


def _aside_subject(verb: Any, aside: range) -> Any | None:
    """The subject inside the aside of the cue or of a verb it is the infinitive of."""
    verbs = [verb, *(verb.doc[i] for i in _infinitive_heads(verb))]
    return next((c for v in verbs for c in v.children
                 if c.dep_ in SUBJECTS and c.i in aside and c.tag_ not in _WH), None)


def _around_aside(doc: Any, sentence: Any, aside: range) -> list[Any]:
    """The words of the clause the aside stands in, outside it: the subtree of the lowest
    token that holds the words right before and right after it (without its complementiser),
    else the whole sentence."""
    words = [t for t in sentence if t.i not in aside]
    before = next((t for t in reversed(doc[sentence.start:aside.start])
                   if not (t.is_punct or t.is_space)), None)
    after = next((t for t in doc[aside.stop:sentence.end] if not (t.is_punct or t.is_space)),
                 None)
    if before is None or after is None:
        return words
    above = {before.i, *(t.i for t in before.ancestors)}
    common = next((t for t in [after, *after.ancestors] if t.i in above), None)
    if common is None:
        return words
    words = [t for t in words if common.left_edge.i <= t.i <= common.right_edge.i]
    while words and words[0].dep_ == "mark":
        words = words[1:]
    return words


#: Dependents of a reporting verb that belong to its own clause, not to its content.
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj", "acl", "relcl"}
_MAX_ASIDE = 12  # tokens in a reporting clause set off inside its sentence


def interpolated(verb: Any, subject: Any | None) -> list[Reported]:
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
    if subject.lower_ in WRITER or verb.sent[-1].text == "?":
        return []  # the writer's own aside ("as I've written"); a question is no report
    after = _after_aside(verb, aside)
    opening = next((t for t in verb.doc[aside.stop:] if not (sets_off(t) or t.is_space)), None)
    if not after or opening is None or opening.text in QUOTE_MARKS:
        return []  # "Asked why, Trump responded, “…”": the clause introduces a quotation
    before = before_aside(verb, aside)
    parts = [p for p in (before, after) if p]
    if sum(len(p) for p in parts) < 4 or (not before and after[0].dep_ == "cc"):
        return []  # "Usually, states ask for things, and FEMA sends them": nothing reported
    return [Reported(p[0].idx, p[-1].idx + len(p[-1]), verb, subject, cue_text(verb), split=True)
            for p in parts]


def _bounded(verb: Any, *, stops: Any) -> tuple[int, int]:
    """The first and last token indices of the run of ``verb``'s sentence around it that no
    token for which ``stops`` is true ends."""
    sentence, doc = verb.sent, verb.doc
    first = last = verb.i
    while first > sentence.start and not stops(doc[first - 1]):
        first -= 1
    while last + 1 < sentence.end and not stops(doc[last + 1]):
        last += 1
    return first, last


def _aside(verb: Any) -> range | None:
    """The token indices of the clause around ``verb`` between two commas or dashes inside its
    sentence, when the clause is the verb with its own dependents and nothing else."""
    sentence, doc = verb.sent, verb.doc
    first, last = _bounded(verb, stops=_stops_aside)
    before = skip_marks(doc, first - 1, step=-1, bound=sentence.start)
    after = skip_marks(doc, last + 1, step=1, bound=sentence.end - 1)
    if before is None or after is None or last - first >= _MAX_ASIDE:
        return None
    if not (sets_off(doc[before]) and sets_off(doc[after])):
        return None
    own = {t.i for c in verb.children if c.dep_ not in _CLAUSE_DEPS for t in c.subtree}
    if any(c.dep_ == "dobj" and first <= c.i <= last for c in verb.children) \
            and verb.lemma_.lower() not in HEARER_OBJECT:
        return None  # "Google promised a lot": a noun object, no content
    if any(t.i not in own | {verb.i} and not t.is_punct for t in doc[first:last + 1]):
        return None
    return range(first, last + 1)


def _stops_aside(token: Any) -> bool:
    return sets_off(token) or token.text in QUOTE_MARKS


def skip_marks(doc: Any, i: int, *, step: int, bound: int) -> int | None:
    """The first token from ``i`` on (in direction ``step``) that is no quotation mark."""
    while (i - bound) * step < 0 and doc[i].text in QUOTE_MARKS:
        i += step
    return i if (i - bound) * step < 0 else None


def before_aside(verb: Any, aside: range) -> list[Any]:
    """The sentence's material before the reporting clause, without a sentence-initial
    connective that is all of it (``However, he said, ...``)."""
    first = after_label(sentence_start(verb), verb.doc[aside.start])
    part = trim([t for t in verb.doc[first.i:aside.start]])
    return [] if only_connects(part) else part


def _after_aside(verb: Any, aside: range) -> list[Any]:
    """The sentence's material after the reporting clause, up to a coordinated report with its
    own source; none when that material is no content (``not_content``)."""
    part = []
    for token in verb.doc[aside.stop:verb.sent.end]:
        if token.i > aside.stop + 1 and token.dep_ == "conj" and is_cue(token, direct=False) \
                and any(c.dep_ in SUBJECTS for c in token.children):
            break
        part.append(token)
    part = trim(part)
    return [] if not_content(verb, aside, part) else part


def not_content(verb: Any, aside: range, part: list[Any]) -> bool:
    """Material after a reporting clause that is no content of it: a phrase or a reporting
    verb that passes the report on (``, according to the Crimson``; ``, reports The Washington
    Examiner``, the verb the reporting clause hangs from), the source's apposition (``said
    Lisa Boesky, a clinical psychologist``), a report of its own (``I've said -- I said at the
    State of the Union that ...``) or the verb's own adjunct (``, adding that ...``)."""
    if part and part[0].lower_ == "according":
        return True
    if any(t.head.i in aside and t.head.i != verb.i for t in part):
        return True
    inside = {t.i for t in part}
    if verb.head.i in inside and passed_on_subject(verb) is not None:
        return True
    if any(t.head.i not in inside and is_cue(t, direct=False)
           and any(c.dep_ in SUBJECTS for c in t.children) for t in part):
        return True
    heads = [t for t in part if t.head.i == verb.i and t.i != verb.i]
    return any(t.dep_ not in {"ccomp", "conj", "cc", "punct"} or is_cue(t, direct=True)
               for t in heads)


#: Dependents that make a conjoined cue a clause of its own: content, a negation, a passive.
_OWN_CLAUSE = _CLAUSE_DEPS | {"neg", "auxpass", "nsubjpass", "dative"}


def postposed(verb: Any) -> list[Reported]:
    """``[…], Graham told The Daily Beast``, ``However, […], cautions the Journal``, ``[…],
    argue Simpich and Jaffe, […]``: a reporting clause after a comma or dash that the parse
    hung as a conjunct of the content's verb (with no *and* between them) reports the
    sentence's material before it, and the material after it where it stands inside its
    sentence (the rules' content before the cue, and content split by the attribution). The
    clause is the cue with its subject, before it or inverted after it (``cautions the
    Journal``: the parse's object; not after a verb whose object is the hearer), and the
    cue's objects and modifiers, no clause of its own (an inverted subject ends the clause:
    ``mentions airports during …`` has an object); a report inside the material (``X
    said Y, Z testified``) or the writer's own voice keeps it from being one."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in _OWN_CLAUSE for c in verb.children) or verb.sent[-1].text == "?":
        return []
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return []  # "scoured the records and found that ...": a coordinated verb of its own
    subject, opening = _postposed_subject(verb)
    if subject is None or subject.lower_ in WRITER or not sets_off(doc[opening - 1]):
        return []
    before = connective_off(before_aside(verb, range(opening, verb.i)))
    after = _after_postposed(verb)
    if not before or any(_reports(t) for t in before + after) or _quoted(before):
        return []
    parts = [p for p in (before, after) if p]
    return [Reported(p[0].idx, p[-1].idx + len(p[-1]), verb, subject, cue_text(verb),
                     split=len(parts) == 2) for p in parts]


def _postposed_subject(verb: Any) -> tuple[Any | None, int]:
    """The subject of a reporting clause hung as a conjunct, and the index of the clause's
    first token: a subject before the cue with nothing but its own words and the cue's
    adverbs between (``Graham told``), else the name or noun right after the cue."""
    doc = verb.doc
    subject = own_subject(verb)
    if subject is not None and subject.i < verb.i:
        first = subject.left_edge.i
        words = {t.i for t in subject.subtree}
        if all(t.i in words or (t.head.i == verb.i and t.dep_ in {"advmod", "aux"})
               for t in doc[first:verb.i]):
            return subject, first
        return None, verb.i
    limit = verb.sent[-1].idx + len(verb.sent[-1])
    subject = inverted_subject(verb, limit=limit)
    if subject is None or _past(verb.right_edge).i != subject.right_edge.i:
        return None, verb.i  # "mentions airports during …": an object, the clause goes on
    return subject, verb.i


def _past(token: Any) -> Any:
    """The token, or the last word before it where it is punctuation."""
    while token.is_punct and token.i > 0:
        token = token.nbor(-1)
    return token


def _after_postposed(verb: Any) -> list[Any]:
    """The sentence's material after a reporting clause hung as a conjunct, when a comma or
    dash sets it off and it is content: not a clause that *and* or *but* joins, a phrase that
    passes the report on (``according to``) or words that only connect."""
    doc, end = verb.doc, verb.right_edge.i + 1
    if end >= verb.sent.end or not sets_off(doc[end]):
        return []
    part = trim(list(doc[end:verb.sent.end]))
    if not part or part[0].dep_ == "cc" or part[0].lower_ == "according" or only_connects(part):
        return []
    return part


def _quoted(part: list[Any]) -> bool:
    """Material that opens or closes with a quotation mark: direct speech, read by its marks."""
    return any(t.text in QUOTE_MARKS for t in (part[0], part[-1]))
