"""Forces trained: the code of training another's armed forces, read from the dictionary's own
patterns of its block of preparing.

Written by hand, not from the sentences of any evaluation set. The derived dictionary's block
of train, prepare, ready and groom reads its verbs as getting ready to act, an intent (its own
code 030), and codes the persons trained by its object: "* FORCES" and "* FIGHTER" 072
"Provide military aid" (training another's armed forces is military aid given), but "* PILOTS"
0312, the intent to cooperate militarily, and soldiers, troops or fighters that no pattern
names the block's bare intent, 030 ("trains Ukrainian soldiers"). English "train" or
"prepare" with persons as the direct object is the teaching sense, an act done to them: armed
persons (an armed force, police or rebels, by the actor dictionary's roles) or military pilots
trained are the block's 072, as forces and fighters are. Pilots are military when a modifier
is of an armed role ("air force pilots", "military pilots") or when a state or an armed
force trains them and nothing but a people or a state modifies them ("Britain is training
Ukrainian pilots"); an airline's or a school's pilots ("Ethiopian Airlines pilots",
"commercial pilots") are civil and keep the block's reading. The subject's own forces
("prepared its troops for war", a possessive pronoun before them) are readied, not helped,
and keep the block's reading.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import ARMED_ROLES, agent_role
from newsdesk.events.cameo import in_block_of
from newsdesk.events.phrases import pronoun_owned

#: CAMEO 072 "Provide military aid", the block's code of forces and fighters trained.
MILITARY_AID = "072"
#: The block's codes of getting ready: 030 its own, 0312 its "* PILOTS".
_INTENT_CODES = {"030", "0312"}
_TRAINING_BLOCK = "train"
#: Who is trained to fight: the armed roles and rebels, and the block's own pilots.
_TRAINED_ROLES = ARMED_ROLES | {"REB"}
_PILOTS = {"pilot"}
#: Entity labels of a modifier that says only whose pilots they are ("Ukrainian", "Iraqi").
_NATIONAL = {"NORP", "GPE"}
#: Roles of a trainer whose pilots trained are an armed force's: a government or armed force.
_STATE_ROLES = ARMED_ROLES | {"GOV"}


def trained_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """072 for a verb of the block of train left at an intent (030, 0312) whose direct object
    is armed persons or military pilots not its subject's own ("trains Iraqi pilots", "is training
    Ukrainian soldiers"); else None ("prepared its troops", "trained for the talks")."""
    if coded[1] not in _INTENT_CODES or not in_block_of(verb, _TRAINING_BLOCK):
        return None
    objects = [n for c in verb.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
    return MILITARY_AID if any(_trained_to_fight(verb, n) for n in objects) else None


def _trained_to_fight(verb: Any, noun: Any) -> bool:
    """True for armed persons or military pilots that no possessive pronoun says are the
    subject's."""
    if pronoun_owned(noun):
        return False
    if noun.lemma_.lower() in _PILOTS:
        return _military_pilots(verb, noun)
    return agent_role(noun) in _TRAINED_ROLES


def _military_pilots(verb: Any, pilots: Any) -> bool:
    """True for pilots a modifier of an armed role names ("air force pilots"), or whose
    modifiers name only a people or a state and whom a state or an armed force trains
    ("Britain is training Ukrainian pilots"); not "commercial pilots" or an airline's."""
    modifiers = [c for c in pilots.children if c.dep_ in {"amod", "compound", "nmod"}]
    if any(agent_role(m) in ARMED_ROLES for m in modifiers):
        return True
    if any(m.ent_type_ not in _NATIONAL for m in modifiers):
        return False
    trainers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.ent_type_ == "GPE" or agent_role(t) in _STATE_ROLES for t in trainers)
