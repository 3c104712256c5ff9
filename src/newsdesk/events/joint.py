"""Exercises held together: military exercises or war games that several actors hold are the
dictionary's joint exercises, military cooperation.

Written by hand, not from the sentences of any evaluation set. The derived dictionary codes
joint exercises as CAMEO 062 "Cooperate militarily" in several blocks (HOLD, HOST, BEGIN,
COMMIT, CONDUCT + JOINT EXERCISES or JOINT MANEUVERS; AMASS + MILITARY EXERCISES), and
military exercises held by one actor as a show of force, 150 "Demonstrate military or
police power" (CONDUCT + MILITARY EXERCISES, BEGIN + MANEUVERS). Its patterns read the word
"joint", but English says that exercises are joint as often by naming those who hold them
together: conjoined subjects or agents ("Germany, Italy and the US are participating in the
war game", "was staged by U.S. marines and Jordanian armed forces") or a "with" phrase that
names a party ("held exercises with South Korea"), not the holder's own means ("drills with
live ammunition", "exercises with 100,000 troops": no name says whose). Such exercises are 062 here, whatever verb holds them (stage,
participate and take part have no pattern for them); an exercise of one actor keeps the
dictionary's code, and so do conjuncts that "both" or "either" opens, which say that each
held one ("Both Russia and the United States have carried out exercises").
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.phrases import correlative, names_actor

#: CAMEO 062 "Cooperate militarily", the dictionary's code of joint exercises.
JOINT_EXERCISES = "062"
#: Nouns of an exercise, and the words that make one military ("naval drills", "war games").
_EXERCISES = {"exercise", "drill", "maneuver", "manoeuvre", "maneuvers", "manoeuvres", "wargame"}
_WAR_GAMES = {"game"}
_MILITARY = {"military", "naval", "navy", "army", "air", "joint", "war", "combat", "live-fire"}
#: The dictionary's codes an exercise may carry before this reading: a show of force (15).
_SHOW_OF_FORCE = "15"


def joint_code(verb: Any, coded: tuple[str, str] | None) -> str | None:
    """062 for a verb whose object, passive subject or "in" object is a military exercise or
    war game held by several actors (conjoined subjects or agents, a "with" phrase), where
    the dictionary codes none or a show of force (15); else None."""
    if coded is not None and not coded[1].startswith(_SHOW_OF_FORCE):
        return None
    exercises = [n for n in _held(verb) if _military_exercise(n)]
    if not exercises:
        return None
    return JOINT_EXERCISES if _several_hold(verb, exercises) else None


def _held(verb: Any) -> list[Any]:
    """The verb's object, passive subject and the objects of its "in" ("took part in")."""
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return held + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
        if o.dep_ == "pobj"
    ]


def _military_exercise(noun: Any) -> bool:
    """True for an exercise a military word modifies ("naval drills", "military exercises")
    or a war game ("the AsterX space war game")."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    lemma = noun.lemma_.lower()
    if lemma in _WAR_GAMES:
        return "war" in modifiers
    return lemma in _EXERCISES and bool(modifiers & _MILITARY)


def _several_hold(verb: Any, exercises: list[Any]) -> bool:
    """True when the verb's subject or agent has conjuncts (not distributed by "both" or
    "either": "Both Russia and the United States have carried out exercises" is each one's),
    or a "with" phrase on the verb or the exercise names a partner (``names_actor``)."""
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    holders += [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    if any(h.conjuncts and not any(map(correlative, h.children)) for h in holders):
        return True
    return any(
        p.lower_ == "with" and any(o.dep_ == "pobj" and names_actor(o) for o in p.children)
        for head in (verb, *exercises) for p in head.children if p.dep_ == "prep"
    )
