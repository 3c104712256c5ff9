"""The acts a sentence says are ended, eased or called off, not done.

An act noun that a verb of ending or easing acts on names the act ended ("removed the
sanctions on Rusal", "ended the fighting", "suspended aid"), as does one that a verb the
dictionary codes as a yield has as its object ("called off a five-day strike": the block of
*cancel*'s 082, "Ease political dissent"; CAMEO 08, "Yield", codes the ending of an act by
the act ended). The codebook codes the yield (or the halting, 16x), not the act: "removed
the sanctions" is 085, "Ease economic sanctions", no sanction (160), which the classifier's
words ("sanctions") read. ``ended_types`` gives the types of the acts so named, which are
not the sentence's unless the coder codes them as done elsewhere in it; an act whose ending
is negated stays in place ("will not lift the embargo") and is not among them.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import noun_code, plover_of, verb_code
from newsdesk.events.codebook import ENDING_VERBS, put_an_end_to, to_an_end
from newsdesk.events.modality import negated

#: The dependencies of a verb's act noun: its object, or its subject where it is passive.
_ACTED_ON = {"dobj", "nsubjpass"}
#: CAMEO 08, "Yield": the codes of an act ended, eased or called off.
_YIELD = "08"


def ended_types(sentence: Any) -> set[str]:
    """The types of the act nouns of a sentence that a verb ends, eases or calls off
    (``ended``, or the object of a verb the dictionary codes as a yield), other than the
    type the dictionary gives the verb."""
    types = set()
    for token in sentence:
        coded = noun_code(token) if token.pos_ == "NOUN" else None
        plover = plover_of(coded[1]) if coded else None
        if not plover:
            continue
        phrase = token.head if token.dep_ == "compound" else token
        verb = phrase.head
        if negated(verb):  # "will not lift the embargo": it stays in place
            continue
        own = verb_code(verb) if phrase.dep_ in _ACTED_ON and verb.pos_ == "VERB" else None
        yielded = own is not None and own[1].startswith(_YIELD)
        if (yielded or ended(token)) and plover != (plover_of(own[1]) if own else None):
            types.add(plover)
    return types


def ended(noun: Any) -> bool:
    """True for an act noun that a verb of ending or easing acts on, as its object or passive
    subject, itself or through the noun it modifies ("ended mediation efforts", "the
    sanctions were lifted", "brought the fighting to an end", "put an end to the fighting"),
    or that ends, as the subject of an intransitive verb of ending ("Russia's blockade of the
    port ended on Monday", "the fighting was over", "the offensive came to a halt"). An
    ending negated ("has not stopped the bombing", "refused to lift the sanctions") leaves
    the act in place: False."""
    phrase = noun.head if noun.dep_ == "compound" else noun
    if phrase.dep_ in _ACTED_ON:
        verb = phrase.head
        return (verb.lemma_.lower() in ENDING_VERBS or to_an_end(verb)) and not negated(verb)
    if phrase.dep_ == "pobj":
        return put_an_end_to(phrase) and not any(negated(v) for v in _verbs_above(phrase))
    return phrase.dep_ == "nsubj" and _ends_intransitively(phrase.head)


def _verbs_above(token: Any) -> list[Any]:
    """The verb a phrase hangs from, through its prepositions and nouns ("put an end to the
    fighting": put), as a list of none or one."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return [] if verb is None else [verb]


#: Verbs of ending whose intransitive use says that their subject, an act, ended ("the
#: blockade ended", "the fighting ceased"); "be over" is read with them.
_ENDING_INTRANSITIVE = {"end", "stop", "cease", "halt", "finish", "terminate"}
#: How the parse attaches "over" to "be" in "the blockade was over".
_OVER_DEPS = {"advmod", "prt", "acomp", "prep"}


def _ends_intransitively(verb: Any) -> bool:
    """True for a verb of ending with no object and no negation ("ended", "ceased", "was
    over", "came to an end"): its subject is the act that ended. "The talks ended the
    dispute" (an object: the talks did something) and "the blockade has not ended" (it goes
    on) are not."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"dobj", "neg"}:
        return False
    if verb.lemma_.lower() in _ENDING_INTRANSITIVE or to_an_end(verb):
        return True
    return verb.lemma_.lower() == "be" and any(
        c.lower_ == "over" and not list(c.children) for c in verb.children if c.dep_ in _OVER_DEPS
    )
