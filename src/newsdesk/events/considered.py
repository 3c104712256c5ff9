"""An act considered, not done: the CAMEO codebook's 014 "Consider policy option".

Written by hand from the codebook (version 1.1b3), whose 014 is "decisions and actions not
yet taken but considered": a statement (01), no interaction. The derived dictionary's block
of *consider* (consider, contemplate, weigh, mull, ponder, deliberate ...) codes 014 only
for the policy nouns its patterns name ("considering a proposal", "* SANCTION"), and gives
any other object the block's bare code, 040 (consult), so "is considering sending aid" was a
consultation; the block of *examine* (examine, explore, study, inspect ...) writes 014 for
"* WAYS" and gives "is exploring the possibility of switching" its bare 090 (investigate).
Here a verb of either block left at its bare code whose object is an act it weighs (a
gerund or infinitive complement, or a noun whose own complement is one: "the possibility
of switching", "options to respond") is 014, as the block codes the nouns it names; an
act noun the dictionary codes ("considering an offensive") is one too for the block of
*consider*, whose verbs weigh, while the block of *examine* inspects it (090 stands:
"examined the attack"). A passive ("is considered to be a threat") judges, and keeps its
code. A noun that names an option as such (possibility, option, alternative, prospect,
feasibility) is one whatever its "of" names, an act noun or none ("exploring the possibility
of international patrols", "studying options"), the codebook's "actions not yet taken but
considered"; a clause "that ..." under it ("examining the possibility that the plane was
shot down") asks what happened, an inquiry (090 stands).
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import block_of, left_bare, noun_code
from newsdesk.parsed import is_passive

#: CAMEO 014 "Consider policy option".
CONSIDERED = "014"
#: The dictionary blocks whose verbs weigh or examine an option, by one verb of each.
_WEIGHING_VERB = "consider"
_EXAMINING_VERB = "examine"
#: Dependencies of a verb's complement clause, and of a noun's verbal complement ("the
#: possibility of switching": ``pcomp`` under "of"; "options to respond": ``acl``/``relcl``).
_CLAUSE_DEPS = {"xcomp", "ccomp"}
_NOUN_CLAUSE_DEPS = {"acl", "relcl"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
#: Nouns that name an option as such, whatever their complement names.
_OPTION_NOUNS = {"possibility", "option", "alternative", "prospect", "feasibility"}
#: Dependencies of a clause "that ..." under a noun ("the possibility that it was shot down").
_FACT_CLAUSE_DEPS = {"acl", "ccomp", "relcl"}
#: The tags of a verb that names an option under a noun: the infinitive and the gerund.
_OPTION_TAGS = {"VB", "VBG"}


def considered_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """014 for a verb of the blocks of *consider* or *examine* left at its block's bare code
    whose object is an act it weighs (``weighed_act``); else None."""
    block = block_of(coded[0])
    if block not in {block_of(_WEIGHING_VERB), block_of(_EXAMINING_VERB)}:
        return None
    if not left_bare(coded) or is_passive(verb):
        return None
    weighs = block == block_of(_WEIGHING_VERB)
    return CONSIDERED if weighed_act(verb, act_nouns=weighs) else None


def weighed_act(verb: Any, *, act_nouns: bool = False) -> bool:
    """True when the verb's object is an act: a verb complement of its own ("considering
    sending aid", "weighed whether to send troops"), an object noun with a verbal complement ("the
    possibility of switching", "ways to cut"), or, with ``act_nouns``, an object the
    dictionary codes as an act ("considering an offensive")."""
    if any(c.dep_ in _CLAUSE_DEPS and _own_option(c) for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.pos_ == "VERB" for c in objects):
        return True
    if any(_verbal_complement(o) or _option(o) for o in objects):
        return True
    return act_nouns and any(noun_code(o) for o in objects)


def _option(noun: Any) -> bool:
    """True for a noun that names an option as such ("the possibility of international
    patrols", "options") with no clause "that ..." of what may have happened."""
    if noun.lemma_.lower() not in _OPTION_NOUNS:
        return False
    clauses = [c for c in noun.children if c.dep_ in _FACT_CLAUSE_DEPS]
    return not any(g.dep_ == "mark" and g.lower_ == "that" for c in clauses for g in c.children)


def _own_option(clause: Any) -> bool:
    """True for a verb complement with no subject of its own, the weigher's own act
    ("considering sending aid", "weighed whether to send"); "examining whether Syria used
    chemical weapons" examines another's act, an inquiry."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    return clause.pos_ in {"VERB", "AUX"} and not subjects


def _verbal_complement(noun: Any) -> bool:
    """True for a noun with an infinitive or gerund of its own, with no subject ("options to
    respond"), or an "of" phrase that is a gerund ("the possibility of switching"); a clause
    that describes the noun ("incidents in which police used force", "bills passed by the
    House") names no option."""
    clauses = [c for c in noun.children if c.dep_ in _NOUN_CLAUSE_DEPS and c.tag_ in _OPTION_TAGS]
    if any(map(_own_option, clauses)):
        return True
    of_phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(g.dep_ == "pcomp" for c in of_phrases for g in c.children)
