"""Who asks for an act: the source of an act that someone calls, appeals or asks for.

An act asked for is not done by the one who asks, but CAMEO codes the sentence as the
asker's appeal (02x) and the annotators of real newswire mark the asker as the source, as
this layer already does for an act a speaker demands ("Russia says Israel must end
attacks": Russia, ``source_heads.demanded``) and for one asked of an object ("China urged
Washington to lift sanctions": China, whose subject ``source_heads.doer`` climbs to). Two
constructions of an appeal verb (``embedded.APPEAL_VERBS``) left the asker out:

* a clause "for X to ..." under it, whose own subject is the one asked ("students called
  for workers to join the strike": the students), also for an act noun that is the object
  of that clause's verb ("join the strike");
* an act noun that is the object of its "for" ("the presidents called for the withdrawal of
  the troops": the presidents), which had no source at all.

Hand-written because no library reads CAMEO-style actor roles from a dependency parse;
``actors.py`` gives the rules and the reasons.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.modality import APPEAL_VERBS
from newsdesk.events.phrases import act_phrase
from newsdesk.parsed import marked_for


def asking_verb(trigger: Any) -> Any | None:
    """The appeal verb that asks for the act of ``trigger`` ("called" in "called for workers
    to join the strike" and in "called for the withdrawal"), or None."""
    if trigger.pos_ in {"VERB", "AUX"} and _asked_clause(trigger):
        return trigger.head
    if trigger.pos_ != "NOUN":
        return None
    phrase = act_phrase(trigger)
    holder = phrase.head
    if phrase.dep_ == "pobj" and holder.lower_ == "for" and _appeals(holder.head):
        return holder.head  # "called for the withdrawal of the troops"
    if phrase.dep_ == "dobj" and holder.pos_ == "VERB" and _asked_clause(holder):
        return holder.head  # "called for workers to join the strike"
    return None


def _asked_clause(verb: Any) -> bool:
    """A clause "for X to ..." under an appeal verb: its subject is the one asked to act."""
    marked = marked_for(verb)
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    return marked and subject and verb.dep_ in {"advcl", "ccomp", "xcomp"} and _appeals(verb.head)


def _appeals(verb: Any) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in APPEAL_VERBS
