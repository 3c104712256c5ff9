"""Negation and modality of an event's trigger.

``negated`` is true under a negation, a subject that names no one ("none of its soldiers
attacked") or a verb of not doing ("refrained from any commitment to intervene");
``modality`` is ``asserted``, ``possible`` (could, may, might; and an act told or feared
in the "of" phrase of a noun of report or attitude, ``hearsay``: "rumours of journalists
arrested"), ``future`` (will, "is going to": ``going_to``), ``intended`` (plan,
seek, want, threaten, agree to: an act agreed to is not yet done; and an act asked of
someone, ``asked_for``: "urged Washington to lift sanctions", "called for the withdrawal of
troops", or in the "that" clause of a noun of asking,
``demanded_clause``: "its demand that Israel ease the restrictions") or ``conditional``
(if ...) or ``asked`` (the act of a direct question that asks whether it happens, "Will
Bush cancel the election?", or of a supposition, "What if Clinton failed?": ``asked``).
Only asserted, non-negated events enter the timeline and the footprint. What a
verb's own auxiliaries and subordinator say, and the verbs of not doing, are read by
``newsdesk.modality``, which the quotes read too; the climb up a trigger's clauses and the
verbs of intent are the events' own.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.phrases import negative_quantifier
from newsdesk.events.reduced import reduced_participle
from newsdesk.events.source_heads import COMMITTING_VERBS, REPORTING_VERBS
from newsdesk.modality import (
    FUTURE,
    NEGATING_VERBS,
    POSSIBLE,
    auxiliary_words,
    conditional,
    own_negation,
)
from newsdesk.parsed import marked_for
from newsdesk.quotes.cue_words import NOUN_CUES

_INTENT_VERBS = {
    "plan",
    "seek",
    "want",
    "intend",
    "threaten",
    "hope",
    "try",
    "aim",
    "expect",
    "propose",
    "consider",
    "prepare",
    "schedule",
    "agree",
}
#: Verbs of undertaking to act, which the codebook's 03 names ("offer, promise, agree to"):
#: the act in their infinitive is promised, not done ("pledged to release the prisoners");
#: only the infinitive, as "offered a reason" is no act promised. *Vow* and *swear*, which
#: the dictionary codes as no intent (none, 110), are left out: "vowed to press the nominee"
#: has no intent code for the demand it promises, and keeps the demand.
UNDERTAKING_VERBS = {"agree", "pledge", "promise", "offer"}
#: Verbs of asking another to act (CAMEO's appeals, 02x, and demands, 10x): the act in their
#: complement is asked for, not done (``asked_for``); ``embedded`` codes the verb by it.
APPEAL_VERBS = {
    "want",
    "ask",
    "urge",
    "call",
    "press",
    "request",
    "appeal",
    "invite",
    "encourage",
    "demand",
    "need",
    "expect",
    "wish",
    "beg",
    "implore",
}
#: Nouns of asking another to act, whose "that" clause is the act asked for, not done
#: ("repeated its demand that Israel ease the restrictions": ``demanded_clause``).
ASKING_NOUNS = {
    "demand", "call", "appeal", "request", "plea", "ultimatum", "insistence", "order",
}
_THAT = "that"
#: Nouns of speech or report (the quotes' lexicon, ``quotes.cue_words.NOUN_CUES``) and of an
#: attitude to what may be so, whose "of" phrase is told or feared, not asserted.
HEARSAY_NOUNS = frozenset(
    NOUN_CUES
    | {"rumour", "rumor", "fear", "suspicion", "speculation", "worry", "concern", "belief", "hope"}
)
#: The words that open a supposition put as a question ("What if ...?").
_SUPPOSITION = ("what", "if")
#: The infinitive's "to", and its form in "gonna" as the tokenizer splits it ("gon", "na").
_INFINITIVE_MARKS = {"to", "na"}
#: The tags of question words (who, what, which, whose, how, why, where, when).
_QUESTION_TAGS = {"WP", "WP$", "WDT", "WRB"}
#: The dependencies by which an appeal verb holds the act it asks for: a verb complement
#: ("urged X to lift"), a reported clause ("demanded that X withdraw") and the object of its
#: "for" or "on" ("called for the withdrawal", "called on X to act").
_ASKED_DEPS = {"xcomp", "ccomp"}
_ASKED_PREPOSITIONS = {"for", "on"}
#: The dependencies climbed from an act to the verbs whose negation or modal it is under; a
#: predicate adjective (``acomp``) is climbed to its copula, whose words say them for the act
#: under the adjective ("is not willing to withdraw", "would be able to release").
_COMPLEMENT_DEPS = {
    "xcomp", "ccomp", "pobj", "prep", "pcomp", "acl", "dobj", "advcl", "conj", "acomp"
}


def negated(token: Any) -> bool:
    """True under "not"/"never"/"no", or inside the complement of a verb of not doing or of a
    negated verb ("refrained from any commitment to intervene", "did not agree to send") or
    of a negated copula's adjective ("is not willing to withdraw"); a verb of not doing that
    is itself negated leaves its complement done ("has not stopped the bombing", "did not
    refrain from attacking")."""
    if own_negation(token) or _done_by_no_one(token):
        return True
    for item, parent in zip((token, *token.ancestors), token.ancestors):
        if item.dep_ not in _COMPLEMENT_DEPS or parent.lower_ == "until":
            return False
        if parent.lemma_.lower() in NEGATING_VERBS:  # "has not stopped the bombing": it goes on
            return not (parent.pos_ in {"VERB", "AUX"} and own_negation(parent))
        if parent.lower_ == "without":
            return True
        if parent.pos_ in {"VERB", "AUX"} and own_negation(parent):
            return True
    return False


def _done_by_no_one(token: Any) -> bool:
    """True when the token's own subject names none of its whole (``negative_quantifier``:
    "none of its soldiers had attacked", "no one fired"): no one did the act. Only its own:
    a verb above whose subject names no one says nothing of the act below ("no one believes
    he will take their guns")."""
    return any(c.dep_ == "nsubj" and negative_quantifier(c) for c in token.children)


def modality(token: Any) -> str:
    """The modality of the token's act, read up its complements: a verb of intent above it
    makes it intended, unless the token is only joined to that verb ("agreed to release the
    hostages": intended; "agreed and released the hostages": asserted)."""
    below = None
    for item in (token, *token.ancestors):
        if item.dep_ == "ROOT" and asked(item):
            return "asked"
        if hearsay(item):
            return "possible"  # "rumours of journalists arrested": told or feared, not done
        auxiliaries = auxiliary_words(item)
        if "would" in auxiliaries and _reported(item):
            return "future"  # "A announced it would free prisoners": the future of a past statement
        if auxiliaries & POSSIBLE:
            return "possible"
        if auxiliaries & FUTURE:
            return "future"
        if below is not None and below.dep_ == "xcomp" and going_to(item):
            return "future"  # "is going to impose tariffs": the future of the clause's act
        if below is not None and below.dep_ != "conj" and item.lemma_.lower() in _INTENT_VERBS:
            return "intended"
        if below is not None and below.dep_ == "xcomp" and item.lemma_.lower() in UNDERTAKING_VERBS:
            return "intended"
        if below is not None and (asked_for(item, below) or demanded_clause(item, below)):
            return "intended"
        if conditional(item):
            return "conditional"
        if item.dep_ not in _COMPLEMENT_DEPS:
            break
        below = item
    return "asserted"


def hearsay(token: Any) -> bool:
    """True for a reduced relative's participle (``reduced.reduced_participle``) said of the
    "of" phrase of a noun of speech or report or of an attitude ("There were rumours of
    journalists arrested by police", "reports of civilians killed", "fears of soldiers
    killed"): the act is told, feared or claimed, and the sentence does not assert it. The
    noun's own participle is its own act ("a report released by SIPRI"), and a clause with
    a verb of its own ("an allegation that the front had taken the city") is read as
    reported speech is."""
    noun = token.head
    if not reduced_participle(token) or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    holder = noun.head.head
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in HEARSAY_NOUNS


def going_to(verb: Any) -> bool:
    """True for *going* in the future of "be going to" ("Congress is going to be divided",
    "you're not gonna do it"): a form of *be* as its auxiliary and an infinitive under it,
    whose act is the one meant; the going is no movement and no act of its own."""
    if verb.lemma_.lower() != "go" or verb.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.lower_ in _INFINITIVE_MARKS for a in c.children)
        for c in verb.children
    )


def asked(root: Any) -> bool:
    """True for the root of a direct question that asks whether its act happens: a sentence
    that ends in a question mark whose auxiliary or copula comes before its subject, with no
    question word before it ("Will voters care?", "Could recent events signal an end to
    ...?", "Do you owe the party an apology?"), or that opens with "what if" (a supposition:
    "What if Clinton has failed to achieve any result?"). A question of "how", "why" or
    "what" takes its act as done ("How has Trump reacted?") and is not one."""
    words = [t for t in root.sent if not (t.is_space or t.is_quote)]
    if len(words) < 3 or words[-1].text != "?":
        return False
    if [t.lower_ for t in words[:2]] == list(_SUPPOSITION):
        return True
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None:
        return False
    verbs = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    first = min([*verbs, root] if root.pos_ == "AUX" else verbs, key=lambda t: t.i, default=None)
    if first is None or first.i > subject.i:
        return False
    return not any(t.tag_ in _QUESTION_TAGS for t in root.sent if t.i < first.i)


def asked_for(verb: Any, below: Any) -> bool:
    """True when ``below``, a child of ``verb`` on the climb from an act, holds an act that
    ``verb`` asks another to do (``APPEAL_VERBS``): its verb complement or reported clause,
    a clause "for X to ..." under it, its "for" or "on" phrase, or its object, except the
    object of "call", which is called (a meeting, a strike called off) rather than asked
    for. The act is not done: "urged Washington to lift sanctions" lifts nothing."""
    lemma = verb.lemma_.lower()
    if lemma not in APPEAL_VERBS or verb.pos_ != "VERB":
        return False
    if below.dep_ in _ASKED_DEPS:
        return True
    if below.dep_ == "advcl":  # "called for workers to join the strike"
        return marked_for(below)
    if below.dep_ == "prep":
        return below.lower_ in _ASKED_PREPOSITIONS
    return below.dep_ == "dobj" and lemma != "call"


def demanded_clause(head: Any, below: Any) -> bool:
    """True when ``below``, a child of ``head`` on the climb from an act, is the clause of a
    noun of asking ("its demand that Israel ease the restrictions", "the call that the
    government release them"): a "that" clause is what is asked for (the mandative clause),
    not an act done. The clause hangs on the noun, or on the verb that has the noun as its
    object, where the parse puts it after the noun ("renewed its call that ..."); a relative
    clause ("the call that lasted an hour") is the noun's own. A demand refused ("rejected the
    demand that the army withdraw") is left to ``negated``: its act is refused, the
    rejection done."""
    if not any(c.dep_ == "mark" and c.lower_ == _THAT for c in below.children):
        return False
    if head.pos_ == "NOUN":
        verb = head.head
        asking = below.dep_ == "acl" and head.lemma_.lower() in ASKING_NOUNS
    else:
        verb = head
        asking = below.dep_ == "ccomp" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS and c.i < below.i
            for c in head.children
        )
    return asking and verb.lemma_.lower() not in NEGATING_VERBS


def demanded(token: Any) -> bool:
    """True for an act in the "that" clause of a noun of asking (``demanded_clause``), read
    up the token's complements as ``modality`` reads them."""
    below = None
    for item in (token, *token.ancestors):
        if below is not None and demanded_clause(item, below):
            return True
        if item.dep_ not in _COMPLEMENT_DEPS:
            return False
        below = item
    return False


def asks_for_act(verb: Any) -> bool:
    """True for a verb of asking with a clause it asks for ("urged Israel to lift the
    blockade", "called for workers to join the strike"): its act is the appeal, whatever the
    clause names."""
    clauses = (c for c in verb.children if c.dep_ in _ASKED_DEPS or c.dep_ == "advcl")
    return any(asked_for(verb, clause) for clause in clauses)


def _reported(token: Any) -> bool:
    """True for the clause a reporting verb introduces ("said that ...", "announced it ...")."""
    verb = token.head.lemma_.lower()
    return token.dep_ == "ccomp" and (verb in REPORTING_VERBS or verb in COMMITTING_VERBS)
