"""The clause a cue governs: the complement clause of a reporting verb (with or without
*that*, a fronted one before the cue), the *that*-clause of a noun cue, the *to*-infinitive
of a directive or commissive cue and a gerund that complements it; where such a clause ends.
Also the ``Reported`` record every content rule makes and the token helpers they share.
The rules are summed up in ``__init__.py`` and given in ``docs/attribution-rules.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from newsdesk.modality import INFINITIVE_NOT_DONE, NOUNS_NOT_DONE
from newsdesk.parsed import DASHES, tensed
from newsdesk.quotes.cue_places import open_question
from newsdesk.quotes.cue_subjects import reported_beside, subject_of
from newsdesk.quotes.cues import (
    CALL_FOR,
    DIRECTIVES,
    HEARER_OBJECT,
    INFINITIVE_CUES,
    MORE_CUE_LEMMAS,
    NOUN_CUES,
    SUBJECTS,
    cue_text,
    is_cue,
    made_clear,
    noun_clause,
    noun_cue_source,
)
from newsdesk.quotes.marks import CLOSING, MARKS, OPENING, possessive_mark, words
from newsdesk.quotes.misparses import (
    complementiser,
    finite_xcomp,
    hearer_clause,
    object_subject,
    prepositional_clause,
)
from newsdesk.quotes.nouns import WHEN_LABELS


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


def noun_content(noun: Any) -> list[Reported]:
    """``the ministry's claim that [the troops had left]``: the clause after *that*. The
    object of a verb of saying again ("reiterated the UK's position that ...") is said once
    more by the verb's subject, with the verb as its cue."""
    cue, source = noun, noun_cue_source(noun)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _REPEATING:
        cue, source = noun.head, subject_of(noun.head)
    clause = noun_clause(noun)
    if source is None or clause is None:
        return []
    left = _content_start(clause)
    right, split = _cut_end(clause)
    return [Reported(left.idx, right.idx + len(right), cue, source, cue.text, split=split)]


#: Verbs of saying again: what their object states, their subject says once more.
_REPEATING = {"reiterate", "repeat", "restate", "reaffirm", "echo"}


#: Verbs that order or ask their object to act (VerbNet order-60, urge-58, force-59 in part;
#: the directive cues): a speech verb in the infinitive after their object is what the object
#: was told to say, an order reported as an action, which no one is said to have said
#: (``Pfeiffer instructed Geithner to suggest that …``; the rules' orders).
_ORDERS = DIRECTIVES | {"order", "instruct", "direct", "command", "tell", "pressure", "press", "push",
                        "encourage", "require"}


def _ordered(verb: Any) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _ORDERS and any(
        c.dep_ == "dobj" and c.i < verb.i for c in head.children
    )


def _not_done(verb: Any) -> bool:
    """An infinitive on a verb or a noun of an act not done (``modality``'s lexicon): an act
    failed, attempted or planned, not speech that was made ("struggling to assure", "declined
    to say", "The failure of Democrats to point out that ...", "Corbyn's refusal to say")."""
    head = verb.head.lemma_.lower()
    return (verb.dep_ == "xcomp" and head in INFINITIVE_NOT_DONE) or (
        verb.dep_ == "acl" and head in NOUNS_NOT_DONE)


def reported_complement(verb: Any) -> list[Reported]:
    """What a reporting verb reports: its complement clause (``said [that ...]``), else a
    gerund, an infinitive or a fronted clause; nothing for a negated or passive verb, an
    indirect question or an infinitive that did not happen."""
    if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    if _not_done(verb) or _ordered(verb):
        return []
    made = made_clear(verb)  # "made it clear that ...": the clause hangs on "clear" too
    clauses = [made] if made is not None else [
        c for c in verb.children if c.i > verb.i
        and (c.dep_ == "ccomp" or _that_conjunct(c) or finite_xcomp(c))]
    clauses = clauses or hearer_clause(verb) or prepositional_clause(verb)
    if not clauses and verb.lemma_.lower() in _CLAUSE_ONLY:
        return _fronted(verb)  # "proposed launching them": a plan, no report of speech
    if not clauses:
        return _gerund(verb) or _infinitive(verb) or _fronted(verb)
    if _is_question(clauses[0]) or _past_object(verb, clauses[0]):
        return []
    first, last = clauses[0], clauses[-1]
    left = object_subject(verb, first) or first.left_edge
    if left.i < verb.i:  # "which the audit says the city kept": the relative word
        left = verb.doc[max([verb.i, *(c.right_edge.i for c in verb.rights
                                       if verb.i < c.i < first.left_edge.i)]) + 1]
    while left.i < last.right_edge.i and _before_content(left):
        left = left.nbor()
    right = max((_clause_end(c) for c in _with_conjuncts(clauses)), key=lambda t: t.i)
    whole = max((_clause_end(c, reports=False) for c in _with_conjuncts(clauses)), key=lambda t: t.i)
    return [Reported(left.idx, right.idx + len(right), verb, subject_of(verb), cue_text(verb),
                     split=right.i < whole.i)]


def _before_content(token: Any) -> bool:
    """*that* and punctuation or space before it, which no content keeps; the subordinator of
    an adverbial clause that opens the content is part of it (``said that [if reopenings are
    careless, …]``, ``told CNN that [while he has not seen the report, he …]``, ``the claim
    that [if Clinton wins …]``): only *that* is left out, after every cue."""
    return complementiser(token) or token.is_punct or token.is_space


#: Cues that report a clause only (``posted that ...``; ``posted a video`` is no report).
_CLAUSE_ONLY = MORE_CUE_LEMMAS | {"post"}


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
    return any(sets_off(t) for t in between)


#: The preposition whose gerund is what a cue says, after PropBank's frames (``accuse.01``
#: Arg2 *of*; ``warn.01`` Arg1 *of*/*against*; ``argue.01`` Arg1 *for*/*against*;
#: ``brag.01`` and ``boast.01`` Arg1 *of*/*about*);
#: after other cues *of* names the topic (``said of returning to the Moon``), no content.
_GERUND_PREPOSITIONS = {"accuse": {"of"}, "warn": {"of", "against"}, "caution": {"against"},
                        "complain": {"of"}, "boast": {"of", "about"}, "brag": {"of", "about"},
                        "argue": {"for", "against"},
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
    right, split = _cut_end(clause)
    return [Reported(clause.left_edge.idx, right.idx + len(right), verb, subject_of(verb),
                     cue_text(verb), split=split)]


def _gerund_of(verb: Any) -> Any | None:
    prepositions = _GERUND_PREPOSITIONS.get(verb.lemma_.lower(), set())
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next((g for h in holders for p in h.children
                 if p.dep_ == "prep" and p.lower_ in prepositions and p.i > verb.i
                 for g in p.children if g.dep_ == "pcomp" and _gerund_verb(g)), None)


def _gerund_verb(verb: Any) -> bool:
    """A gerund, simple (``of devoting``) or perfect (``of having devoted``)."""
    return verb.tag_ == "VBG" or (verb.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lower_ == "having" for a in verb.children))


def calls_for(verb: Any) -> bool:
    """``called on authorities to ...``, ``called for delaying the contest``: *call* with *on*
    or *for* is a demand, a cue of reported speech (alone it names: ``called it a sham``)."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" and c.lower_ not in CALL_FOR for c in verb.children):
        return False  # "called out X for making ...": a rebuke
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in CALL_FOR for c in verb.children) \
        or for_clause(verb) is not None


def for_clause(verb: Any) -> Any | None:
    """``called for a new law to be passed``, ``begged for the officer to stop``: the
    infinitive clause that *for* right after the cue opens (the parse often takes *for* for
    the clause's complementiser, not the cue's preposition); its subject is part of what was
    asked for, as after *call for X to*."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(a.tag_ == "TO" for a in c.children)
                 and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1
                         for m in c.children)), None)


def _infinitive(verb: Any) -> list[Reported]:
    """``urged Mr. Trump to make a deal``, ``promised to protect Medicaid``, ``called for the
    U.S. to withhold funding``: the *to*-infinitive of a directive or commissive cue, from
    *to* (or from the subject that *for* introduces) to the clause's end."""
    if verb.lemma_.lower() not in INFINITIVE_CUES:
        return []
    if verb.lemma_.lower() == "threaten" and verb.tag_ not in {"VBD", "VBN"}:
        return []  # "outsiders are threatening to take away": a risk, not a threat made
    hearer = hearer_infinitive(verb)
    if verb.lemma_.lower() in DIRECTIVES and for_clause(verb) is None and hearer is None \
            and not any(c.dep_ in {"dobj", "prep", "prt"} and c.i > verb.i for c in verb.children):
        return []  # "Doctors asked to hold a clinic": a request to act, no hearer told to
    if verb.lemma_.lower() in DIRECTIVES and _speech_object(verb):
        return []  # "asked pointed questions ... to find out": the infinitive is a purpose
    clause = next((c for c in verb.children if c.i > verb.i and c.dep_ == "xcomp"
                   and any(a.tag_ == "TO" for a in c.children)), None)
    first = None if clause is None else _for_subject(verb, clause) or clause.left_edge
    if clause is None:
        clause = for_clause(verb)
        first = None if clause is None else clause.left_edge.nbor()
    if clause is None and hearer is not None:
        clause, first = hearer
    if clause is None or first.i > clause.i or _is_question(clause):
        return []  # "warning them what to look for": an indirect question, no directive
    right, split = _cut_end(clause)
    return [Reported(first.idx, right.idx + len(right), verb, subject_of(verb), cue_text(verb),
                     split=split)]


#: The prepositions that bring in a directive's hearer (PropBank ``call.03`` Arg2 *on*,
#: ``plead.01`` and ``beg.01`` Arg2 *with*: ``called on X to``, ``pleaded with X to``).
_HEARER_PREPOSITIONS = {"on", "upon", "with"}


def hearer_infinitive(verb: Any) -> tuple[Any, Any] | None:
    """``calling on McSally to remember ...``, ``pleading with parents to control ...``: a
    directive's hearer brought in by its preposition right after the verb, then the
    *to*-infinitive the parse hung as an adverbial clause (of the verb, the preposition
    taken for the clause's complementiser and the hearer for its subject). Returns the clause
    and its *to*, where the content starts (the hearer is not part of it); not a time
    (``called on Tuesday to say``), nor a clause with words between the hearer and *to*."""
    if verb.lemma_.lower() not in DIRECTIVES or verb.i + 1 >= len(verb.doc):
        return None
    opening = verb.nbor()
    if opening.lower_ not in _HEARER_PREPOSITIONS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        to = next((a for a in clause.children if a.tag_ == "TO" and a.i < clause.i), None)
        hearer = verb.doc[opening.i + 1:to.i] if to is not None else []
        if not hearer or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in hearer):
            continue
        if any(t.ent_type_ in WHEN_LABELS for t in hearer):
            continue
        return clause, to
    return None


#: Objects that name the speech act itself (PropBank ``ask.01`` Arg1, the question asked):
#: with one of them a directive has no hearer to control its infinitive.
_SPEECH_OBJECTS = NOUN_CUES | {"question", "favor", "favour", "permission"}


def _speech_object(verb: Any) -> bool:
    """``asked pointed questions during the hearing to find out ...``: a directive whose
    object is the speech act, not a hearer: the *to*-infinitive after it says what for."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_OBJECTS
               for c in verb.children)


def _for_subject(verb: Any, clause: Any) -> Any | None:
    """``called for an inspector general to investigate``: the object of *for* between the
    cue and the infinitive is its subject, part of what was demanded (the object of *on* is
    the hearer); a *for* phrase before the cue is none (``For his part, Holder urged ...``)."""
    return next((o.left_edge for p in verb.children
                 if p.lower_ == "for" and verb.i < p.i < clause.i
                 for o in p.children if o.dep_ == "pobj"), None)


QUOTE_MARKS = {'"', "“", "”", "‘", "’", "'"}
#: Multi-word discourse connectives (after the Penn Discourse Treebank's explicit connectives)
#: that open a sentence without being part of what it reports.
_CONNECTIVES = {"for example", "for instance", "in fact", "in addition", "in sum", "in short",
                "as a result", "in other words", "on the other hand", "that said", "of course",
                "in turn", "by contrast", "in contrast", "after all", "at the same time",
                "in particular", "above all", "in the end", "even so", "in any case",
                "as such", "to be sure", "by the same token", "in the meantime"}


def sets_off(token: Any) -> bool:
    """Punctuation that sets a reporting clause off inside its sentence: a comma or a dash."""
    return token.text == "," or _dash(token)


def _dash(token: Any) -> bool:
    """A dash, or a hyphen with a space on each side, which stands for one."""
    spaced = token.text == "-" and bool(token.whitespace_) and token.i > 0 \
        and bool(token.nbor(-1).whitespace_)
    return token.text in DASHES or spaced


def only_connects(part: list[Any]) -> bool:
    """Words that only connect (``However``, ``because``, ``in fact``): no content alone."""
    return all(t.pos_ in {"ADV", "CCONJ", "SCONJ", "INTJ"} or t.is_punct for t in part) \
        or " ".join(t.lower_ for t in part) in _CONNECTIVES


def trim(tokens: list[Any]) -> list[Any]:
    """Without the punctuation and spaces at its edges (a closing quotation mark is added back
    by ``_closed``)."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _that_conjunct(token: Any) -> bool:
    """``said ..., but that the US would ...``: a coordinated clause with its own *that*."""
    return token.dep_ == "conj" and _has_that(token)


def _has_that(clause: Any) -> bool:
    """The clause opens with *that*: a content clause, so a progressive one after a comma
    (``that the site was now working ...``, misread as a participle) is a further clause of
    the report, not the writer's participle."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _is_question(clause: Any) -> bool:
    """``asked whether ...``, ``explains why ...``: an indirect question is not reported speech."""
    if open_question(clause):
        return True
    first = clause.left_edge
    return first.tag_ in {"WRB", "WP", "WP$"} and first.lower_ != "that"


def _clause_end(clause: Any, *, reports: bool = True) -> Any:
    """The clause's last token, stopping before a coordinated report with its own source
    (``Iran warned that X and China said Y``: the first content ends at X) and, unless
    ``reports`` is false, before the source's next report or one set against it."""
    end = clause.right_edge
    for child in clause.rights:
        if _reporting_participle(child):
            end = min(end, child.doc[child.left_edge.i - 1], key=lambda t: t.i)
    for token in clause.subtree:
        if token.i > clause.i and token.dep_ == "conj" and is_cue(token, direct=False) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            end = min(end, token.left_edge.nbor(-1), key=lambda t: t.i)
        if token.i > clause.i and _dash_contrast(token) and _own_subject_after(token):
            end = min(end, token.nbor(-1), key=lambda t: t.i)
        if reports and token.left_edge.i > clause.i and _closes(token, clause) \
                and (_next_report(token, clause.head) or _set_against(token)):
            end = min(end, _cut_before(clause, token), key=lambda t: t.i)
    return _without_closing(clause, end)


def _cut_end(clause: Any) -> tuple[Any, bool]:
    """The content's end, and whether the source's next report cut it there: the piece a
    cut leaves is kept however short, as a side of a split content is (``said the economy
    grew and added that …``: *the economy grew*)."""
    right = _clause_end(clause)
    return right, right.i < _clause_end(clause, reports=False).i


def _reporting_participle(child: Any) -> bool:
    """``said the talks had stalled, adding that …``, ``…, citing sources``: a participle of
    speech after a comma is the source's next report, no part of this content, and so is any
    participle after a comma and a mark that closes a quotation, in either order (``said
    that “China supports …”, refraining`` or ``“… possible,” refraining from any
    commitment``: the writer's, as what follows a mixed quotation); any other participle the
    parse hangs on the content's verb goes on with it (``the battery is mounted under the
    floor, giving the SUV a lower center of gravity``; ``close the park (“for now”),
    forcing …``: a parenthesis, no comma and marks alone)."""
    if child.dep_ != "advcl" or child.tag_ != "VBG" or _has_that(child):
        return False
    before = _comma_and_marks_before(child.left_edge)
    if before is None:
        return False
    closed = any(_closes_quotation(mark) for mark in before)
    return closed or is_cue(child, direct=True) or child.lemma_.lower() in _SAYING


def _comma_and_marks_before(token: Any) -> list[Any] | None:
    """The comma and the quotation marks right before ``token``, in either order (``,`` and
    ``”`` of ``possible,” refraining``), or None where no one comma stands there; marks
    before other punctuation are not counted (``park (“for now”), forcing``: the comma alone)."""
    found, at = [], token.i - 1
    while at >= 0 and token.doc[at].text in QUOTE_MARKS | {","}:
        found.append(token.doc[at])
        at -= 1
    return found if sum(t.text == "," for t in found) == 1 else None


def _closes_quotation(mark: Any) -> bool:
    """A mark that closes a quotation: a closing curly mark, ’ where it is no possessive's;
    a straight double mark after an odd number of them in its sentence, a straight single
    one after an odd number of single marks that are no possessive's or contraction's
    (``was strong, "sending …"``: the straight mark after the comma opens one)."""
    if mark.text in CLOSING or mark.text == "’":
        return not possessive_mark(mark)
    if mark.text == '"':
        return _marks_of_kind_before(mark) % 2 == 1
    return mark.text == "'" and not possessive_mark(mark) and _marks_of_kind_before(mark) % 2 == 1


def _marks_of_kind_before(mark: Any) -> int:
    """How many marks written as ``mark`` is stand before it in its sentence, possessives'
    apostrophes not counted."""
    return sum(t.text == mark.text and not possessive_mark(t)
               for t in mark.doc[mark.sent.start:mark.i])


#: Verbs of the speech act itself, not of what was said: a participle of one after a comma
#: tells how or where the source spoke (``…, citing sources``, ``…, speaking in an interview``).
_SAYING = frozenset({"cite", "speak", "talk", "refer", "quote", "respond", "reply", "testify"})


def _closes(report: Any, clause: Any) -> bool:
    """The report's own clause runs to the content's end (``…, though critics say it is
    costly, and that taxes would fall``: a further clause of the first report follows)."""
    reported = _reported_clause(report)
    return reported is not None and report.right_edge.i >= clause.right_edge.i \
        and _without_closing(reported, report.right_edge).i <= reported.right_edge.i


def _reported_clause(report: Any) -> Any | None:
    return next((c for c in report.children if c.dep_ == "ccomp" and c.i > report.i), None)


def _without_closing(clause: Any, end: Any) -> Any:
    while end.i > clause.i and (end.is_punct or end.dep_ == "cc" or end.is_space):
        end = end.nbor(-1)
    return end


def _next_report(token: Any, cue: Any) -> bool:
    """``said he never used the term and added, "…"``: the source's next report, which the
    parse joined to the content's verb (``reported_beside``), with a clause of its own, ends
    the first content (two attributions, as ``said X and added Y``)."""
    beside = reported_beside(token)
    return beside is not None and beside.i == cue.i and is_cue(token, direct=False)


#: Subordinators of contrast that join a report set against the content (not of time: "he
#: discussed it in August, after Politico reported …" tells when, as part of the content).
_AGAINST_MARKS = {"though", "although", "while", "whereas"}


def _set_against(token: Any) -> bool:
    """``requested that the FBI investigate him, though the FBI says X``: an adverbial clause
    of contrast whose verb is a cue with a subject of its own is that subject's report, not
    part of this content; *while* before a progressive (``while the presidents were
    announcing …``) tells when, and is part of it."""
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    return token.dep_ == "advcl" and is_cue(token, direct=False) \
        and mark is not None and mark.lower_ in _AGAINST_MARKS \
        and not (mark.lower_ == "while" and token.tag_ == "VBG") \
        and any(c.dep_ in SUBJECTS for c in token.children)


#: Fewest words of a content the extractor keeps (``candidates._keeps``).
MIN_CONTENT_WORDS = 4


def _cut_before(clause: Any, report: Any) -> Any:
    """Where the content ends before ``report`` (a second report that closes it), or its own
    end where the report's clause would be too short to be kept as a content of its own. The
    first piece is kept however short (``said the economy grew and added that …``: a piece a
    cut leaves, as a side of a split content is, ``Reported.split``)."""
    end = _without_closing(clause, report.left_edge.nbor(-1))
    reported = _reported_clause(report)
    second = clause.doc[_content_start(reported).i:reported.right_edge.i + 1]
    if len(words(second.text)) < MIN_CONTENT_WORDS:
        return clause.right_edge
    return end


def _content_start(clause: Any) -> Any:
    """The clause's first word after its *that* and any opening punctuation."""
    left = clause.left_edge
    while left.i < clause.i and _before_content(left):
        left = left.nbor()
    return left


def _dash_contrast(token: Any) -> bool:
    """``97 percent said it was — but were divided over ...``: *but* or *yet* after a dash
    turns from the report to the writer's own clause; the content ends before the dash."""
    return token.dep_ == "cc" and token.lower_ in CONTRAST and token.i > 0 \
        and _dash(token.nbor(-1))


def _own_subject_after(conjunction: Any) -> bool:
    """The clause that ``conjunction`` joins has a subject of its own (``— but the court
    disagreed``); without one it goes on with the report's subject (``he knows how to be
    “presidential” – but chooses not to``)."""
    return any(c.dep_ == "conj" and c.i > conjunction.i
               and any(s.dep_ in SUBJECTS for s in c.children)
               for c in conjunction.head.children)


def _fronted(verb: Any) -> list[Reported]:
    """``Police retreated from the zone, KIRO-TV said``: the content comes first."""
    clause = next((c for c in verb.children if c.i < verb.i
                   and (c.dep_ == "ccomp" or _unmarked_clause(c))), None)
    if clause is None:
        return []
    if clause.dep_ == "advcl" and _noun_object(verb):
        return []  # "…, in May he wrote a letter": a noun object, no content
    left, right = clause.left_edge, clause.right_edge
    while right.i > left.i and (right.is_punct or right.is_space):
        right = right.nbor(-1)
    while left.i < right.i and (left.is_punct or left.is_space):
        left = left.nbor()
    if left.i != sentence_start(verb).i:
        return []  # "a campaign that they say aims to ...": not a fronted statement
    left = _quotation_after_lead_in(after_label(left, right), right)
    if clause.dep_ == "advcl":
        left = connective_off(list(verb.doc[left.i:right.i + 1]))[0]
    return [Reported(left.idx, right.idx + len(right), verb, subject_of(verb), cue_text(verb))]


def _noun_object(verb: Any) -> bool:
    """The cue has an object that is no hearer (``wrote a letter``, not ``told CNN``)."""
    return verb.lemma_.lower() not in HEARER_OBJECT and any(c.dep_ == "dobj" for c in verb.children)


def connective_off(part: list[Any], *,
                   links: Callable[[list[Any]], bool] = only_connects) -> list[Any]:
    """``However, such leads ...``, ``As a result, …``: a connective that opens the sentence
    before a comma is no part of what was reported (``links`` says which words connect,
    all adverbs and conjunctions unless given); what follows keeps its opening quotation
    mark."""
    comma = next((i for i, t in enumerate(part) if t.text == ","), None)
    if comma is not None and comma > 0 and links(part[:comma]) \
            and _edges_off(part[comma + 1:]):
        return _edges_off(part[comma + 1:])
    return part


def opening_connective_off(reported: Reported) -> Reported:
    """``[But] inside the White House, officials have begun …``, ``[However,] they ended up …``:
    a conjunction (*and, but, yet*) or a connective before a comma that opens the sentence
    and the content links the writer's sentences, no part of what was reported (the rules'
    sentence-initial connective); not *nor*, *or*, *either* or *neither*, whose clause is
    negated or a choice, nor the first word of a title the tagger names with it (``And Then
    There Were None``); a capitalised adjective after it opens no title (``[But] Republican
    leaders will …``)."""
    span = reported.cue.doc.char_span(reported.start, reported.end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].i != sentence_start(span[0]).i:
        return reported
    tokens = list(span)
    if _linking_conjunction(tokens[0]):
        tokens = _edges_off(tokens[1:])
    tokens = connective_off(tokens, links=_discourse_connective)
    if not tokens or tokens[0].i == span[0].i:
        return reported
    return replace(reported, start=tokens[0].idx)


#: Conjunctions that open a sentence only to join it to the one before.
_LINKING_CONJUNCTIONS = {"and", "but", "yet"}


def _linking_conjunction(token: Any) -> bool:
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.tag_ == "CC" and token.lower_ in _LINKING_CONJUNCTIONS \
        and not token.ent_type_ and following is not None and not _opens_title(following)


def _opens_title(token: Any) -> bool:
    """``And Then There Were None``: the word after an opening conjunction opens a title the
    conjunction belongs to: a work the tagger names, or a run of title-cased words that is
    no name (a proper noun's, an adjective's such as *Republican* or *Israeli*, an article's:
    ``But The Washington Post``) nor *I*."""
    if token.ent_type_ == "WORK_OF_ART" and token.ent_iob_ == "B":
        return True
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.is_title and token.pos_ not in {"PROPN", "ADJ", "DET"} and not token.ent_type_ \
        and token.text != "I" and after is not None and after.is_title


def _edges_off(tokens: list[Any]) -> list[Any]:
    """As ``trim``, but with only commas and spaces off the opening: an opening quotation
    mark stays (``But “Operation Warp Speed” saved …``)."""
    kept = trim(tokens)
    while tokens and (tokens[0].text == "," or tokens[0].is_space):
        tokens = tokens[1:]
    return [t for t in tokens if kept and t.i <= kept[-1].i]


#: Adverbs that only link a sentence to the one before it: the Penn Discourse Treebank's
#: explicit connectives that are single adverbs of its Comparison and Expansion classes, and
#: those of time that in news turn to another thread (*meanwhile*). An adverb of time that
#: orders events (*then*) or of Contingency, a condition or a cause (*otherwise*,
#: *therefore*, *thus*) or of substitution (*instead*), is part of the claim, as is an adverb of the claim itself
#: ("Normally, he's got great access").
_DISCOURSE_ADVERBS = {"however", "nevertheless", "nonetheless", "still", "meanwhile",
                      "moreover", "furthermore", "besides", "also", "indeed", "likewise",
                      "similarly", "additionally", "anyway", "regardless"}
#: Connective phrases that only link, of the same kinds (``as a result``, ``after all``, ``in
#: turn``, ``in the end``, ``of course`` say something of the claim).
_LINKING_PHRASES = {"for example", "for instance", "in fact", "in addition", "in sum",
                    "in short", "in other words", "on the other hand", "that said",
                    "by contrast", "in contrast", "in particular", "above all", "even so",
                    "in any case", "to be sure", "by the same token", "in the meantime",
                    "at the same time"}


def _discourse_connective(part: list[Any]) -> bool:
    lowered = [t.lower_ for t in part if not t.is_punct]
    return bool(lowered) and (" ".join(lowered) in _LINKING_PHRASES
                              or all(w in _DISCOURSE_ADVERBS for w in lowered))


def _unmarked_clause(clause: Any) -> bool:
    """``Maliki still hasn't done enough ..., several top Senators told The Daily Beast``: a
    clause before the cue with a subject and a tense of its own that the parse hung as an
    adverbial clause though no conjunction opens it (``When he arrived, he said ...`` has
    one): the cue's fronted complement."""
    return clause.dep_ == "advcl" and tensed(clause) \
        and any(c.dep_ in SUBJECTS for c in clause.children) \
        and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT", "WP"} for c in clause.children)


def sentence_start(token: Any) -> Any:
    first = token.sent[0]
    while first.i < token.i and (first.is_punct or first.is_space):
        first = first.nbor()
    return first


def after_label(left: Any, right: Any) -> Any:
    """``New In Town: Zhang Ming, ...``: a run-in heading is not part of the statement."""
    for token in left.doc[left.i:min(right.i, left.i + 6)]:
        if token.text == ":":
            return token.nbor() if token.i < right.i else left
    return left


def _quotation_after_lead_in(left: Any, right: Any) -> Any:
    """``Yet Sondland has amended his testimony — “I now do recall,” he said``: material
    before the cue that a colon or a dash sets before a quotation running to its end is the
    writer's lead-in; the source's words are the quotation's (its first word inside the
    marks). A lead-in that opens a quotation of its own with a double mark is the source's
    too (``"Our plan is simple" — "cut taxes …," the governor said``: one content); a
    possessive's apostrophe or a word in single marks opens none (``The workers' leader was
    blunt:``, ``blunt about the 'deal':``)."""
    for token in left.doc[left.i:right.i]:
        if token.text != ":" and not _dash(token):
            continue
        if any(_opens_quotation(t) for t in left.doc[_marks_before(left).i:token.i]):
            return left
        mark = token.nbor()
        while mark.is_space and mark.i < right.i:
            mark = mark.nbor()
        inside = left.doc[mark.i + 1:right.i + 1]
        if mark.text in OPENING + '"' and mark.i < right.i and len(inside) > 0 \
                and not any(t.text in MARKS for t in inside):
            return inside[0]
    return left


def _marks_before(token: Any) -> Any:
    """``token`` with the punctuation right before it in its sentence (the opening mark of
    ``"Our plan is simple"``, which a content's start leaves out)."""
    while token.i > token.sent.start and token.nbor(-1).is_punct:
        token = token.nbor(-1)
    return token


def _opens_quotation(token: Any) -> bool:
    """A double quotation mark that opens a quotation: a curly opening one, or a straight one
    after an even number of them in its sentence."""
    return token.text in OPENING or (token.text == '"' and _marks_of_kind_before(token) % 2 == 0)


def _with_conjuncts(clauses: list[Any]) -> list[Any]:
    found = list(clauses)
    for clause in clauses:
        found.extend(c for c in clause.head.children if c.dep_ == "conj" and c.i > clause.i
                     and not is_cue(c, direct=True)  # "said X and added Y": two reports
                     and not any(_dash_contrast(t) for t in c.head.children
                                 if clause.i < t.i < c.i))
    return found


#: Conjunctions of contrast: what follows them answers the source, in the writer's voice.
CONTRAST = {"but", "yet"}
