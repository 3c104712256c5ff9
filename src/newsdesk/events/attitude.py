"""An attitude stated: the CAMEO codebook's 012 "Make pessimistic comment" and 013 "Make
optimistic comment", statements.

Written by hand from the codebook (version 1.1b3), whose 012 and 013 are comments on what
may come, a public statement (01) and no interaction between the actors they name. The
derived dictionary codes the verb *doubt* 012 but no verb of hoping as a comment (*hope* is
in a block of appeals, 020) and no copula at all, so "said it is skeptical of a Russian
announcement" and "said she hoped the officials would be indicted" were typed by the
clause they hold (an announcement, an indictment) or by the classifier. Here a main verb
"be" whose adjective complement is a word of doubt or of confidence, or *hope* with a
clause of what is hoped, is that comment. The words are the codebook's own ("pessimistic",
"optimistic") and the adjectives that say the same of a speaker.

A view held is a statement too (``view_code``): the derived dictionary gives *think* its
block's bare consultation (040), a meeting no one holds, where "I think there is no doubt"
and "42 percent of Americans think trade has cost jobs" say what someone believes, the
codebook's 010 "Make statement, not specified below". The view is a clause, or a word or
a clause that stands for one ("think so", "This is, I think, a mistake"); a thing weighed
("will think the proposal over", "think about the proposal") is no view held but an option
considered, the codebook's 014 "Consider policy option" (as the dictionary codes
*consider*), and a pattern of the block and a view weighed "with" someone ("will think
over the proposal with his counterpart") keep their code.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT, left_bare
from newsdesk.events.considered import CONSIDERED

#: CAMEO 012 "Make pessimistic comment" and 013 "Make optimistic comment".
PESSIMISTIC = "012"
OPTIMISTIC = "013"
_PESSIMISTIC_WORDS = frozenset({"pessimistic", "skeptical", "sceptical", "doubtful"})
_OPTIMISTIC_WORDS = frozenset({"optimistic", "confident", "hopeful"})
_COPULA = "be"
#: The verb of hoping by its forms: the lemmatizer reads "hoped" as *hop*.
_HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})
#: What names the thing hoped: a clause ("hoped the plan could avoid war", "hoped to resume").
_CLAUSE_DEPS = {"ccomp", "xcomp"}
#: Verbs of holding a view, which the derived dictionary codes as a consultation.
_THINKING = frozenset({"think"})
#: What a verb of thinking weighs rather than holds: an object, a particle, a preposition's
#: object, or a clause the parse makes of a particle ("think the proposal over").
_WEIGHING_DEPS = frozenset({"dobj", "prt", "prep", "ccomp", "xcomp"})


def attitude_code(verb: Any) -> str | None:
    """012 or 013 for a main verb that states an attitude to what may come ("is skeptical
    of", "are confident that", "hopes the EU will persuade"); else None."""
    lemma = verb.lemma_.lower()
    if lemma == _COPULA:
        words = {c.lower_ for c in verb.children if c.dep_ == "acomp"}
        if words & _PESSIMISTIC_WORDS:
            return PESSIMISTIC
        return OPTIMISTIC if words & _OPTIMISTIC_WORDS else None
    if verb.lower_ in _HOPING and any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return OPTIMISTIC
    return None


def view_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb of holding a view left at its bare code whose view is a clause or stands
    for one (``_holds_view``: "I think", "Americans think that trade has cost jobs"), 014
    for one that weighs a thing ("will think the proposal over", "think about a different
    reform": the codebook's "Consider policy option", as *consider* is coded); None where it
    is weighed with someone or for another verb."""
    lemma = verb.lemma_.lower()
    if lemma not in _THINKING or not left_bare(coded, lemma=lemma):
        return None
    objects = [o for c in verb.children if c.dep_ in {"dobj", "prep"} for o in (c, *c.children)]
    if any(c.lower_ == "with" for head in (verb, *objects) for c in head.children):
        return None
    return STATEMENT if _holds_view(verb) else CONSIDERED


def _holds_view(verb: Any) -> bool:
    """True for a verb of thinking that says what is thought: a content clause ("think that
    trade has cost jobs", "think the deal is bad"), a word that stands for one ("think so",
    "What do you think?") or a clause it comments on ("This is, I think, a mistake", or no
    complement at all). A phrasal verb of weighing a thing ("think the proposal over",
    "think about the proposal", "think of a plan") holds no view yet."""
    if verb.dep_ == "parataxis":
        return True
    children = list(verb.children)
    if any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} for c in children):
        return True
    if any((c.dep_ == "dobj" and c.pos_ == "PRON") or c.lower_ == "so" for c in children):
        return True
    return not any(c.dep_ in _WEIGHING_DEPS for c in children)
