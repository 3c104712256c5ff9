"""Whether an event the classifier alone types names an interaction.

The type decision (``classify.best_types``) may choose a type the dictionary coder codes
nowhere in the sentence, on the classifier's word evidence alone, and the event is then built
on the governing verb (``sentence.event_of_type``). On news outside the evaluation sets, whose
sentences were chosen for reporting events, such a type is mostly given to a sentence that
reports no interaction between political actors: one person's own doing ("Obama lied":
ACCUSE, "Wallace climbed out, sat on the window ledge and sobbed": CONCEDE, "Economics
professor Tim Groseclose walks readers through countless examples": COERCE) or a thing's
("the debt limit would bet [be] increased again": AID). CAMEO codes who did what to whom,
so such an event
needs a target, or a source that acts as a body on the world at large: a named organisation,
state or people ("Bloomfield Hills Baptist Church announced ... that it canceled a two-day
event") or a common noun of the agent lexicon's roles ("The government temporarily houses
them", "the members-elect began a dizzying schedule of briefings"), as the source phrase's
head or a word compounded on it or owning it ("police officers", "the government's
package"). A person named alone, whatever title it has, a thing or no source at all with no
target names none. A type the coder codes in the sentence keeps its event whatever its
actors are: the dictionary's verb is the evidence.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import agent_role

#: Entity labels of a name that acts as a body: an organisation, a state or city, a people.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})


#: The dependencies of a word that says whose or what kind a head noun is ("police
#: officers", "the government's package").
_OWNER_DEPS = frozenset({"compound", "poss", "nmod"})


def names_interaction(event: dict[str, Any], doc: Any) -> bool:
    """True for an event with a target, or whose source phrase names a body (``_body``)."""
    if event["target_spans"]:
        return True
    heads = (_head(doc, start, end) for start, end in event["source_spans"])
    return any(head is not None and _body(head) for head in heads)


def _head(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _body(noun: Any) -> bool:
    """True for a word of a body's name (``_BODY_LABELS``) or an agent noun ("the
    government", "protesters"), or a noun that one is compounded on or owns ("police
    officers", "the government's package"); never a person's name, whatever title it has
    ("UK PM Boris Johnson", "Prime Minister Theresa May's proposals")."""
    if noun.ent_type_ == "PERSON":
        return False
    if noun.ent_type_ in _BODY_LABELS or (not noun.ent_type_ and agent_role(noun) is not None):
        return True
    return any(_body(t) for t in noun.lefts if t.dep_ in _OWNER_DEPS)
