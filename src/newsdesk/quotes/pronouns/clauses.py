"""The sentences and subjects a pronoun's antecedent search reads, in the parse.

The search for what a pronoun stands for reads the subjects of its own sentence and of the
sentences before it in its paragraph (outside quotation marks, main clause first), and passes
over subjects the parse gives that are no antecedent: a small clause's subject (an object in
the parse's subject place) and a subject inside what the pronoun's own cue reports. These are
hand-written readings of the dependency parse's labels, not learned: the parse gives the
relations, and these say which of them English discourse makes salient.
"""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import ALL_CUE_LEMMAS
from newsdesk.quotes.sources import in_marks, in_quote, paragraph_of


def doc_sentences(context: Context) -> tuple[Any, ...]:
    """The article's sentences in the parse, listed once per article: every pronoun's search
    reads those of its paragraph and of the paragraphs before it."""
    if context.sentences is None:
        context.sentences = tuple(context.doc.sents)
    return context.sentences


def sentences_back(context: Context, token: Any, *, back: int = 0) -> list[Any]:
    """The pronoun's sentence and the sentences before it in its paragraph, nearest first."""
    start = context.paragraphs[max(0, paragraph_of(context, token.idx) - back)][0]
    sentences = [s for s in doc_sentences(context) if start <= s.start_char <= token.idx]
    return [s for s in reversed(sentences) if not in_quote(context, s.root.idx)]


def subjects_before(context: Context, sentence: Any, *, before: int) -> list[Any]:
    """A sentence's subjects before token ``before``, outside quotation marks: the main
    clause's first, then the others, nearest first."""
    subjects = [
        t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.i < before and not in_marks(context, t.idx)
    ]
    return sorted(reversed(subjects), key=lambda t: not main_clause(t))


def main_clause(token: Any) -> bool:
    """The token's verb is its sentence's root or a verb coordinated with the root (or a
    clause the parse hung on the root as an adverbial one that is not: ``_unmarked_clause``)."""
    verb = token.head
    while (verb.dep_ == "conj" or _unmarked_clause(verb)) and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _unmarked_clause(verb: Any) -> bool:
    """``Hussein withdrew from the race and minutes later Blatter took to the stage``: a
    finite clause with a subject of its own after the root, that the parse made the root's
    adverbial clause though no subordinator (*when*, *because*, *as*) opens it and *and* or
    *but* stands between the root and its subject, is a main clause joined to the root
    (English introduces a finite adverbial clause by a subordinator; the parse took the
    *and* for a joint of nouns)."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "ROOT" or verb.i < verb.head.i:
        return False
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "mark" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in {"WP", "WDT"}:
        return False
    return any(t.lower_ in {"and", "but"} for t in verb.doc[verb.head.i + 1 : subject.i])


def small_clause_subject(token: Any) -> bool:
    """``By declaring Israeli settlements illegal, they said``: the parse's subject of a
    verbless small clause (an adjective or a noun with no verb, the complement of a verb
    before it that takes the pair: *declare X illegal*, *call X a threat*) is that verb's
    object, not the subject of a clause of its own, so "they", whose search reads subjects
    only, passes over it. A "he" or "she" still takes it (``you will find a hung-over Hillary
    angry as hell. She directed``: a person in an object's place is an antecedent too). An
    adjective with a subject in any other place is left to the parse (``Juncker, apparently
    keen to flatter Trump, was eager``)."""
    head = token.head
    return (
        head.pos_ in {"ADJ", "NOUN"}
        and head.dep_ in {"ccomp", "xcomp", "oprd"}
        and head.head.pos_ in {"VERB", "AUX"}
        and head.head.i < token.i < head.i
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    )


def in_own_content(subject: Any, token: Any) -> bool:
    """``The agency's mistakes are no excuse …, they argue``: the subject of a content clause
    that the pronoun's own reporting verb (of the cue lexicon) reports, standing before it, is
    what the pronoun's referent says, not who says it (a speaker who names herself speaks in
    the first person). A verb of no speech keeps it (``Hard-liners disagree …, they want``:
    the parse may take the clause before for its complement)."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    reports = token.head.lemma_.lower() in ALL_CUE_LEMMAS
    return reports and verb.dep_ == "ccomp" and verb.head.i == token.head.i and verb.i < token.i
