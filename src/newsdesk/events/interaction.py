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
package"), or a count of one ("Hundreds of doctors"); or whose own actors, as the actor
layer names them (``slots.ActorNames``), hold a body: a state ("Russian tanks": Russia), a
body by name ("Leaders of Hamas": Hamas) or a source noun ("Putin and the army": army).
A person named alone, whatever title it has, a thing or no source at all with no
target names none. A type the coder codes in the sentence, in any modality ("Putin may
attack"), keeps its event whatever its actors are: the dictionary's verb is the evidence.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.person_nouns import PERSON_NOUNS
from newsdesk.events.agents import SOURCE_NOUNS, agent_role
from newsdesk.events.cameo import weapon_nouns

#: Entity labels of a name that acts as a body: an organisation, a state or city, a people.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: Entity labels an agent noun may carry: a count of agents ("Hundreds of doctors").
_COUNT_LABELS = frozenset({"", "CARDINAL"})


#: The dependencies of a word that says whose or what kind a head noun is ("police
#: officers", "the government's package").
_OWNER_DEPS = frozenset({"compound", "poss", "nmod"})


def names_interaction(event: dict[str, Any], doc: Any, actors: Any) -> bool:
    """True for an event with a target, whose source phrase names a body (``_body``), or
    one of whose actors is a body (``_body_actors``; ``actors``: the ``ActorNames``)."""
    if event["target_spans"]:
        return True
    heads = [_head(doc, start, end) for start, end in event["source_spans"]]
    if any(head is not None and _body(head) for head in heads):
        return True
    return bool(set(event["actors"]) & _body_actors(event, doc, actors))


def _body_actors(event: dict[str, Any], doc: Any, actors: Any) -> set[str]:
    """Of the event's actor names, those of a body: the name the actor layer gives a word
    of the source phrases that names an organisation, state or people ("Hamas" of "Leaders
    of Hamas", "Russia" of "Russian tanks"), not one in a person's title ("House Majority
    Whip Steve Scalise": a person, as ``_body`` reads it), or a source noun ("army" of
    "Putin and the army")."""
    spans = [_span(doc, start, end) for start, end in event["source_spans"]]
    named = {
        actors.name(token)
        for span in spans
        if span is not None and len(span)
        for token in span
        if _body_word(token, _acting_noun(span.root))
    }
    nouns = {name for name in event["actors"] if name.lower() in SOURCE_NOUNS}
    return named | nouns


def _acting_noun(root: Any) -> Any:
    """The noun that does the act in a source phrase headed by ``root``: the counted noun of a
    number ("Hundreds of Russian soldiers": soldiers), else the head itself (an agent or
    office noun is the actor: "Leaders of Hamas"). A count written as a noun ("A number of
    Russian soldiers") is not told from a thing's "of" ("Stocks of Chinese companies")
    without a lexicon of quantity nouns, so it is the head."""
    if _member_noun(root):
        return root
    counted = [o for p in root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if counted and (root.ent_type_ == "CARDINAL" or root.like_num):
        return counted[0]
    return root


def _member_noun(noun: Any) -> bool:
    """True for a noun that names people who act for a body or things it fights with: an
    agent noun, a noun of persons by office (``entities.person_nouns``) or a weapon of the
    dictionary's patterns ("troops", "leaders", "tanks")."""
    return (
        agent_role(noun) is not None
        or noun.lemma_.lower() in PERSON_NOUNS
        or noun.lower_ in weapon_nouns()
        or noun.lemma_ in weapon_nouns()
    )


def _body_word(token: Any, acting: Any) -> bool:
    """True for a word of a body's name, no part of a named person's title, that names who
    acts in the phrase: the acting noun itself or a name joined to it ("Putin and the
    Kremlin"), or the body a member noun (``_member_noun``) belongs to, named by its "of"
    ("Leaders of Hamas") or as its modifier ("Russian troops", "Democratic leaders",
    "Russian tanks"). A thing a body's word only describes acts as no body ("Chinese
    stocks", "Stocks of China", "the British pound", "American flags")."""
    if token.ent_type_ not in _BODY_LABELS:
        return False
    if any(head.ent_type_ == "PERSON" for head in token.ancestors):
        return False
    name_head = token
    while name_head.dep_ == "compound" and name_head.head.ent_type_ == token.ent_type_:
        name_head = name_head.head
    if name_head == acting or (name_head.dep_ == "conj" and name_head.head == acting):
        return True
    of_head = name_head.head.head if name_head.dep_ == "pobj" and name_head.head.lower_ == "of" else None
    return (name_head.head == acting or of_head == acting) and _member_noun(acting)


def _span(doc: Any, start: int, end: int) -> Any:
    return doc.char_span(start, end, alignment_mode="expand")


def _head(doc: Any, start: int, end: int) -> Any:
    span = _span(doc, start, end)
    return span.root if span is not None and len(span) else None


def _body(noun: Any) -> bool:
    """True for a word of a body's name (``_BODY_LABELS``), an agent noun ("the
    government", "protesters") or a count of agents ("Dozens of lawmakers"), or a noun
    that one is compounded on or owns ("police officers", "the government's package"); never a person's name, whatever title it has
    ("UK PM Boris Johnson", "Prime Minister Theresa May's proposals")."""
    if noun.ent_type_ == "PERSON":
        return False
    if noun.ent_type_ in _BODY_LABELS:
        return True
    if noun.ent_type_ in _COUNT_LABELS and agent_role(noun) is not None:
        return True
    return any(_body(t) for t in noun.lefts if t.dep_ in _OWNER_DEPS)
