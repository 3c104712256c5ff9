"""The heads of an event's target actors: the trigger's objects and prepositional objects,
whom a thing acted on is aimed at or where it is done, whom an act asks for, and the targets
of the act the trigger agrees, offers or serves to do, and whom an act is asked of
(``target_tokens``); an act named by a noun is also done to the actor of its "of" and of an
aim phrase on the verb whose object it is (``_act_noun_targets``).

Hand-written because no library reads CAMEO-style actor roles from a dependency parse;
``actors.py`` gives the rules and the reasons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.entities.person_nouns import KIN_NOUNS, PERSON_NOUNS
from newsdesk.entities.titles import OFFICES
from newsdesk.events.agents import agent_role, armed, person_noun
from newsdesk.events.phrases import (
    MODIFIER_DEPS,
    NOT_ACTOR_LABELS,
    PLACE_LABELS,
    act_phrase,
    is_actor,
    named_head,
    names_actor,
    names_place,
    participle_modifier,
    partitive_whole,
    people_head,
    pronoun_owned,
)
from newsdesk.events.reported import reported_act
from newsdesk.events.restrictions import restriction
from newsdesk.events.source_heads import READY_ADJECTIVES, nominal_subject
from newsdesk.parsed import of_objects

#: Prepositions whose object is whom an act is done to ("supply arms to Israel", "talks with X").
TARGET_PREPS = {"to", "with", "against", "on", "at", "into", "toward", "towards"}
#: Prepositions whose object is whom an act on a thing is aimed at ("air strikes against X",
#: "support to X", "an extradition request for X", "talks with X", "a mediation effort
#: between X and Y").
_AIM_PREPS = {"against", "on", "to", "toward", "towards", "for", "into", "with", "between"}
#: Prepositions of the phrases inside a thing where whom it is aimed at may be written ("the
#: release of $1.2 billion in assistance to Egypt").
_INSIDE_PREPS = {"of", "in"}
#: The aim prepositions of an act of force, whose object is struck whatever it is.
_HOSTILE_PREPS = {"against", "on"}
#: A unit deployed to serve in a place ("the UN peacekeeping mission in Mali", "an African
#: Union force in Somalia"): sending to it is aimed at the place (``_served_place``).
DEPLOYED_UNITS = {"force", "mission"}
#: Nouns of what one actor asks of, offers to or charges another with: an act that answers
#: one is aimed at its author (``_author``).
SPOKEN_NOUNS = {
    "demand",
    "request",
    "offer",
    "proposal",
    "call",
    "appeal",
    "plea",
    "invitation",
    "ultimatum",
    "accusation",
    "allegation",
    "charge",
    "criticism",
    "claim",
}
#: Prepositions whose object is where an act takes a thing or happens ("withdrew peacekeepers
#: from Rwanda", "arrived in South Sudan"): a target only when it names a place.
_PLACE_PREPS = {"from", "in", "near", "inside"}


def target_tokens(trigger: Any) -> list[Any]:
    """The tokens that head the target actors' phrases (``_own_targets``); when none of
    them is an actor, those of the act the trigger is about (``_clause_targets``), else
    whom the act is asked of (``_asked_to_act``)."""
    if sent := _sent_to(trigger):
        return sent  # "sent officials to Qatar to investigate a report": Qatar
    found = _own_targets(trigger)
    if not any(map(is_actor, found)):
        return _clause_targets(trigger) or _asked_to_act(trigger) or found or _office_left(trigger)
    return found


def _office_left(trigger: Any) -> list[Any]:
    """The body whose office a verb of leaving one leaves, named by the "of" of its "as"
    phrase ("resigned as president of Indonesia", "stepped down as head of the central
    bank"): the act concerns the state or body the office serves."""
    if not _leaving_office(trigger):
        return []
    offices = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "as"
               for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in OFFICES]
    return [b for o in offices for p in o.children if p.lower_ == "of"
            for b in p.children if b.dep_ == "pobj" and is_actor(b)]


#: Verbs of leaving an office, whose "as" phrase names it ("resigned as president of X").
_LEAVING_OFFICE = {"resign", "quit", "retire"}
#: The particles that make "step" a verb of leaving one ("stepped down", "stepped aside"); with
#: another it takes one up ("stepped in as president", "stepped up as leader").
_STEPPING_DOWN = ("down", "aside")


def _leaving_office(trigger: Any) -> bool:
    """True for a verb of leaving an office: resign, quit, retire, or step with its particle
    down or aside."""
    from newsdesk.events.cameo import has_particle  # cameo imports the modules this one does

    lemma = trigger.lemma_.lower()
    if lemma == "step":
        return any(has_particle(trigger, word) for word in _STEPPING_DOWN)
    return lemma in _LEAVING_OFFICE
#: The verbs whose dictionary blocks hold the verbs of sending (send, deploy, ship, transfer;
#: despatch, dispatch).
SENDING = ("send", "despatch")


def _sent_to(act: Any) -> list[Any]:
    """Where those sent to do an act are sent, for an act a purpose clause of a verb of
    sending names ("dispatched a team to Detroit to investigate a collision", "sent officials
    to Qatar to investigate a report": Detroit, Qatar): the act is done there, as CAMEO aims
    a mission at its host state (``_served_place``), a country or city the tagger names;
    none when no "to" names one ("sent a team to investigate the accident", "dispatched
    inspectors to the X Facilities to monitor ...": a site, not a host)."""
    from newsdesk.events.cameo import in_block_of  # cameo imports the modules this one does

    verb = act.head
    if not purpose_clause(act) or not any(in_block_of(verb, lemma) for lemma in SENDING):
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for h in heads for p in h.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]


def _asked_to_act(trigger: Any) -> list[Any]:
    """Whom the source asks, presses, helps or lets do an act that names no actor of its own:
    the object of the verb whose complement the act is, climbing as the source does to the
    verb that has a subject ("China urged Washington to lift sanctions": Washington, whom
    China's appeal is made to; "Iran urges France to press the U.S. to lift sanctions":
    France, Iran's addressee); an act noun climbs from the verb it is the object of ("urges
    the UN to renew sanctions": the UN)."""
    phrase = act_phrase(trigger)
    verb = start = phrase.head if trigger.pos_ == "NOUN" and phrase.dep_ == "dobj" else trigger
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and not _has_subject(verb):
        verb = verb.head
    if verb is start:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON" and is_actor(c)]


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _own_targets(trigger: Any) -> list[Any]:
    """The tokens that head the target actors' phrases: the objects, and the objects of
    to/with/against/on/at/into/toward, and whom it asks to do something ("called for Britain
    to stay"). An object that is a thing gives way to the actor
    its act is aimed at ("launched air strikes against X", "an extradition request for X",
    "lifted restrictions on black people"), as does a prepositional object that is one
    ("conceded to the demands of X"), or who made the demand or offer it answers ("rejected
    demands from X": ``_author``); a force or mission that an act sends to gives way to
    the place it serves (``_served_place``), and a thing to the actor it comes from
    (``_giver``); an object that names no actor gives way to a
    prepositional object that names one ("provided training to X", "withdrew peacekeepers
    from X"), unless it is people acted on ("detained dozens of protesters in X":
    ``_acted_on``) or a thing an agent noun says whose it is ("attacked an army camp in
    western Kabul": ``_actors_thing``), whose place is then where it is."""
    objects = _objects(trigger)
    found = [target for obj in objects for target in _object_targets(obj)]
    prepositional = [o for o in _prepositional_targets(trigger, objects) if o not in found]
    prepositional += [o for o in _act_noun_targets(trigger) if o not in found + prepositional]
    if any(names_actor(o) for o in prepositional) and not any(map(names_actor, objects)):
        owned = [t for t in found if t in objects and _actors_thing(t)]
        found = [t for t in found if t not in objects or _acted_on(t) or t in owned]
        where = [o for t in owned for o in thing_place(t)]  # "an army camp in western Kabul"
        prepositional = [o for o in prepositional if o not in where]
    return found + prepositional


def _actors_thing(thing: Any) -> bool:
    """A thing an agent noun among its modifiers says whose it is ("an army camp", "a police
    headquarters", "military exercises"): acted on, it is that actor's and the target, as
    ``_place_of`` keeps "attacked a military base in northern Mali"; a place the verb's
    "in" names is where the thing is, not another target."""
    return _thing(thing) and any(agent_role(c) for c in thing.children if c.dep_ in MODIFIER_DEPS)


def thing_place(thing: Any) -> list[Any]:
    """The places the verb whose object is an actor's thing (``_actors_thing``) names with
    in/from/near/inside after it: where the thing is ("an army camp [in western Kabul]"),
    which names whose it is where no agent noun does, as a custody's place does. A place
    written before the clause ("In Pennsylvania, lawmakers fused a police reform agenda
    ...") sets the scene of the whole act, not where the thing is."""
    if thing.dep_ not in {"dobj", "nsubjpass"} or not _actors_thing(thing):
        return []
    preps = [p for p in thing.head.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS]
    preps = [p for p in preps if p.i > thing.i]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and names_place(o)]


def _objects(trigger: Any) -> list[Any]:
    """The objects of a trigger: direct, dative, a passive's subject, the second of those
    "between" joins and whom it asks to do something (``_asked``); of a pronoun of quantity,
    the whole it is part of ("expelled some of the U.N. peacekeepers": the peacekeepers,
    ``phrases.partitive_whole``), as a thing or an actor."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    objects += [
        c for p in trigger.children if p.lower_ == "between" for o in p.children for c in o.conjuncts
    ]  # "a phone call between A and B": B
    objects += _asked(trigger)
    objects += [o for c in _second_words(trigger) for o in c.children if o.dep_ == "dobj"]
    objects += _bounded_count(trigger)
    return [partitive_whole(c) or c for c in objects if c.pos_ != "ADP"]


def _bounded_count(verb: Any) -> list[Any]:
    """The object the parse hangs on the verb as the object of a "to" under a particle "up"
    when a count opens it ("kidnapped up to 16 Russian civilian advisers": advisers): "up
    to" bounds the count, it is no particle of the verb."""
    ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"]
    tos = [p for u in ups for p in u.children if p.dep_ == "prep" and p.lower_ == "to"]
    found = [o for p in tos for o in p.children if o.dep_ == "pobj"]
    return [o for o in found if any(c.dep_ == "nummod" for c in o.children)]


def _second_words(verb: Any) -> list[Any]:
    """The second word of a verb of two words of the dictionary that the parse makes a
    clause of the verb ("let free some 74 leaders": *let free*), whose object is the verb's
    own. ``cameo`` is imported on use: it imports this module."""
    from newsdesk.events.cameo import cameo_dictionary

    forms = cameo_dictionary()["forms"]
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    return [c for c in clauses if f"{verb.lemma_.lower()} {c.lower_}" in forms]


def _object_targets(obj: Any) -> list[Any]:
    """The target heads one object gives (``_own_targets``): the place of the source's own
    force, whom a thing is aimed at, who made what it answers, where it is, else the object."""
    if _own_force(obj):
        return _place_of(obj)  # "strengthened its forces in Kosovo": Kosovo
    aimed = aimed_at(obj) if _thing(obj) or not names_actor(obj) else []
    aimed = aimed or _author(obj) or (_place_of(obj) if _thing(obj) else []) or _giver(obj)
    return aimed or ([] if names_actor(obj) else _about(obj)) or [obj]


def _prepositional_targets(trigger: Any, objects: list[Any]) -> list[Any]:
    """The target heads of the trigger's prepositional objects (the place a force or
    mission serves, whom a thing is aimed at, else the object), and, when no object is an
    actor, whom the act calls for (``_called_for``)."""
    prepositional = [i for o in _prepositional_objects(trigger) for i in _served_place(o) or _thing_aims(o) or [o]]
    if not any(map(is_actor, objects)):
        prepositional += _called_for(trigger)
    return prepositional


def _act_noun_targets(trigger: Any) -> list[Any]:
    """The targets of an act named by a noun that its noun phrase writes apart from its own
    aim phrases: the object of its "of", whom the act is done to as it is the object of the
    verb ("its bombardment of a besieged neighborhood", "the invasion of South Lebanon"),
    and the aim phrases the parse hangs on the verb whose object the noun is
    (``_verb_aims``). The "of" of what one asks or offers names its author, not whom it is
    aimed at ("at the request of X": ``SPOKEN_NOUNS``, read by ``_author``), and an armed
    force that names no one is the doer's own, moved, not acted on ("the deployment of 230
    troops")."""
    if trigger.pos_ != "NOUN":
        return []
    spoken = trigger.lemma_.lower() in SPOKEN_NOUNS
    preps = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" and not spoken]
    found = [o for p in preps for o in p.children] + _verb_aims(trigger)
    found = [o for o in found if o.dep_ == "pobj" and o.pos_ != "PRON" and o.ent_type_ not in NOT_ACTOR_LABELS]
    return [o for o in found if is_actor(o) and not (armed(o) and not names_actor(o))]


def _verb_aims(noun: Any) -> list[Any]:
    """The objects of the aim phrases (``TARGET_PREPS`` but "at", which says where) that the
    parse hangs on the verb whose object the act noun is ("staged rallies in Gaza against the
    party's leader", "announced the deployment of troops to Liberia"), unless that verb
    reports the act ("condemned the attack in talks with X"); a thing there is what the act
    is done with ("carried out strikes with the approval of X")."""
    phrase = act_phrase(noun)
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or reported_act(noun):
        return []
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS - {"at"}]
    return [o for p in preps for o in p.children if not _thing(o)]


def _acted_on(token: Any) -> bool:
    """An object headed by people of an agent noun, who are acted on where they are ("detained
    dozens of protesters in Yerevan", "deported 2,374 migrants to Honduras"): they stay a
    target beside a place. Not the source's armed force, whose move the place is the target
    of ("withdrew peacekeepers from Rwanda")."""
    return agent_role(token) is not None and not armed(token)


def _asked(trigger: Any) -> list[Any]:
    """The subjects of the clauses with "for" that an act asks for: whom it asks to do
    them ("called for Britain to stay in the single market", "is pushing hard for the US
    [to] support its plan")."""
    clauses = [c for c in trigger.children if c.dep_ in {"advcl", "ccomp"}]
    marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    return [subject for c in marked if (subject := nominal_subject(c)) is not None]


def _own_force(token: Any) -> bool:
    """An object that is the source's own armed force, an armed agent noun under a possessive
    pronoun ("withdrew its troops", "strengthened their forces"): not whom the act is done
    to, as "arrested his wife" is."""
    return pronoun_owned(token) and armed(token) and not named_head(token)


def _called_for(trigger: Any) -> list[Any]:
    """Whom the thing an act asks or stands for is aimed at: "called for sanctions against
    Nigeria", "pressed for talks with the rebels"."""
    preps = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for"]
    things = [o for p in preps for o in p.children if o.dep_ == "pobj" and _thing(o)]
    return [actor for thing in things for actor in aimed_at(thing)]


def _about(thing: Any) -> list[Any]:
    """The actors of the clause a thing acted on is about: the subject of "surprise that The
    Washington Post published ...", the objects of "its commitment to support the Nigeria
    Police" and "an invitation to meet with Kim Jong Un"."""
    for clause in (c for c in thing.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        if found := _clause_actors(clause, nominal_subject(clause), is_actor):
            return found
    return []


def _clause_actors(clause: Any, subject: Any | None, kept: Callable[[Any], bool]) -> list[Any]:
    """Whom a clause is about: its ``subject`` where one is given, else the targets of its
    own that ``kept`` keeps."""
    return [subject] if subject is not None else [t for t in _own_targets(clause) if kept(t)]


def _prepositional_objects(trigger: Any) -> list[Any]:
    """Objects of the trigger's prepositions that may be whom it acts on or where ("to X",
    "from X", "in X"), but never a time, a sum or a quantity."""
    preps = [c for c in trigger.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP"]
    found = [
        o
        for p in preps
        for o in p.children
        if o.dep_ == "pobj"
        and o.ent_type_ not in NOT_ACTOR_LABELS
        and (p.lower_ in TARGET_PREPS or (p.lower_ in _PLACE_PREPS and names_place(o)))
    ]
    return found + [o for p in preps for o in _referred(p)]


#: The nouns of the prepositions of reference written with "in" ("in relation to").
_REFERENCE_NOUNS = {"relation", "regard", "respect", "reference"}


def _referred(prep: Any) -> list[Any]:
    """The actor a preposition of reference written in three words names, whom the act
    concerns, as the object of "against" or "on" is ("imposed sanctions in relation to X"):
    English writes "in relation to", "in regard to", "in respect to", "in reference to" as one
    preposition, which the parse splits, so that "in" would say where. Those written with
    "with" ("with regard to X") are read through the object of "with" (``aimed_at``)."""
    nouns = [o for o in prep.children if o.dep_ == "pobj" and o.lower_ in _REFERENCE_NOUNS]
    if prep.lower_ != "in" or not nouns:
        return []
    tos = [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "to"]
    found = [o for p in tos for o in p.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    return [o for o in found if o.ent_type_ not in NOT_ACTOR_LABELS and is_actor(o)]


def aimed_at(thing: Any, *, depth: int = 3) -> list[Any]:
    """Whom an act or a thing named by a noun is aimed at or goes to: every object of its
    against/on/to/for/into/with, or of those of a participle hung on it, that is an actor ("air
    strikes against the rebels and against Turkish troops", "sanctions imposed on Eritrea"),
    else such objects inside its of/in phrases or inside those of its objects that are things
    ("the release of $1.2 billion in assistance to Egypt", "support for the installation of
    latrines to Haitian people"): all those of the first depth that finds one."""
    heads = [thing, *(c for c in thing.children if participle_modifier(c) or _own_name(c))]
    objects = [(p.lower_, o) for head in heads for p in _prepositions(head) for o in p.children if o.dep_ == "pobj"]
    aims = _AIM_PREPS | ({"of"} if restriction(thing) else set())  # "the blockade of Qatar"
    found = [
        o for prep, o in objects
        if prep in aims and o.ent_type_ not in NOT_ACTOR_LABELS and _aimed(prep, o)
    ]
    if found or depth <= 1:
        return found
    inside = [o for prep, o in objects if prep in _AIM_PREPS | _INSIDE_PREPS]
    return [actor for part in inside for actor in aimed_at(part, depth=depth - 1)]


def _aimed(preposition: str, token: Any) -> bool:
    """An object an act can be aimed at: an actor, or, against or on it, a thing an agent
    noun says whose it is ("an air strike against a military base": the base, as "attacked a
    military base" keeps it)."""
    return is_actor(token) or (preposition in _HOSTILE_PREPS and _actors_thing(token))


def _own_name(token: Any) -> bool:
    """A name in apposition to a thing, which says what it is called ("a military operation,
    Operation Rah-e-Nijat, against ..."): the parse may hang the thing's phrases on it."""
    return token.dep_ == "appos" and token.pos_ == "PROPN"


def _thing_aims(token: Any) -> list[Any]:
    """Whom a prepositional object that is a thing is aimed at (``aimed_at``), else where
    it is done (``_place_of``: "contribute troops to a peacekeeping force in Liberia"),
    unless "at" already says where ("fired at targets in Donetsk")."""
    if not _thing(token):
        return []
    where = _place_of(token) if token.head.lower_ != "at" else []
    return aimed_at(token) or _author(token) or where


def _author(thing: Any) -> list[Any]:
    """Who made the demand, offer or charge that an act answers, from its by / from / of
    phrase: an answer to a request is aimed at whoever made it, as CAMEO codes "rejected
    demands from X" (X rejected), "conceded to the demands of X" ("accusations by X", "offers
    ... by X")."""
    if thing.lemma_.lower() not in SPOKEN_NOUNS:
        return []
    preps = [p for p in _prepositions(thing) if p.lower_ in {"by", "from", "of"}]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and is_actor(o)]


def _giver(thing: Any) -> list[Any]:
    """The actors a thing acted on comes from: the objects of its "from" phrase headed by a
    name the entity recogniser does not tag as a place or by people (an agent noun,
    ``people_head``): "requested help from the Red Cross", "received observers from the
    Council of Europe", "sought support from the city council": whom an act asks, takes or
    gets a thing from is the one it is aimed at, as the annotators of real newswire mark
    the target; a place it comes from says where ("the return of refugees from Turkey"), and
    so does a thing a place names ("a break from his Vermont holiday")."""
    if not _thing(thing):
        return []
    preps = [p for p in _prepositions(thing) if p.lower_ == "from"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    named = [o for o in objects if o.ent_type_ not in NOT_ACTOR_LABELS | PLACE_LABELS and is_actor(o)]
    return [o for o in named if o.pos_ == "PROPN" or people_head(o)]


def _served_place(token: Any) -> list[Any]:
    """The place that a force or mission troops or aid are sent to serves in, as whom the act
    is aimed at: CAMEO aims peacekeeping and military aid at the host country, not at the
    unit ("deploying 300 troops to the UN peacekeeping mission in Mali": Mali). Only one
    deployed unit (``DEPLOYED_UNITS``, singular) stands for its place: people keep their own
    phrase ("sent food to the soldiers in Idlib", "to Syrian forces in Aleppo")."""
    unit = token.lemma_.lower() in DEPLOYED_UNITS and token.tag_ == "NN"
    if not unit or token.head.lower_ not in {"to", "into"}:
        return []
    preps = [p for p in _prepositions(token) if p.lower_ == "in"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and names_place(o)]


def _place_of(thing: Any) -> list[Any]:
    """Where an act or arrangement named by a noun is done, as whom it is aimed at: the place
    of its "in" phrase ("imposed a curfew in the capital", "agreed to a ceasefire in
    Donbas", "attend a summit in Switzerland"). A thing whose modifier is an agent noun is
    that actor's and stays the target ("attacked a military base in northern Mali"); an act
    noun's agent modifier is its doer, and the act is still aimed at where it was done
    ("condemned terrorist attacks in Tehran": Tehran)."""
    owned = any(agent_role(c) for c in thing.children if c.dep_ in MODIFIER_DEPS)
    if owned and not _act_named(thing):  # "terrorist attacks in X": X, the attacks' doer aside
        return []
    preps = [p for p in _prepositions(thing) if p.lower_ == "in"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and names_place(o)]


def _act_named(noun: Any) -> bool:
    """A noun the coder reads as an act of its own (``cameo.noun_code``: "attacks",
    "sanctions", "a curfew"), whose agent modifier is its doer ("terrorist attacks"), not
    whose thing it is. ``cameo`` is imported on use: it imports this module."""
    from newsdesk.events.cameo import noun_code

    return noun_code(noun) is not None


def _prepositions(head: Any) -> list[Any]:
    """The prepositions hung on ``head`` and those conjoined with them ("against the rebels
    and against Turkish troops")."""
    preps = [p for p in head.children if p.dep_ == "prep"]
    return preps + [c for p in preps for c in p.conjuncts if c.pos_ == "ADP" and c not in preps]


#: The prepositions whose phrases say what a thing is of, for, on or where it is, followed
#: down to the actor it buries (``buried_actor``); not those of a time or a cause ("sanctions
#: after the downing of a jet").
_BURIED_PREPS = _AIM_PREPS | _INSIDE_PREPS | {"around", "from", "by", "near", "inside"}
#: Nouns of agency, command or leave whose *of* names who acts, asks or allows, not whom the
#: act concerns ("on the orders of the governor", "with the help of the army", "on behalf
#: of the families", "at the request of X"; not a claim's or a proposal's *of*, which may
#: name what is claimed, "claims of abuse in Syria"): the walk of ``buried_actor`` stops at one; a
#: *with* of a partner is followed ("a push for a cyber security unit with Russia").
AGENCY_NOUNS = {
    "request",
    "behest",
    "order",
    "orders",
    "command",
    "instruction",
    "direction",
    "behalf",
    "name",
    "help",
    "backing",
    "assistance",
    "auspices",
    "initiative",
    "urging",
    "consent",
    "approval",
    "permission",
    "blessing",
    "authority",
}


def buried_actor(thing: Any, *, depth: int = 4) -> Any | None:
    """The actor or place that a target that is a thing names only inside its aim phrase, two
    or more prepositional phrases down, where neither the thing nor its own phrases name
    one: "provided $340 million for assistance in northern Iraq": northern Iraq; "imposed a
    blackout on the withdrawal ... of heavy weapons around Sarajevo": Sarajevo; "spurned
    offers for peace talks by the Kabul government": the Kabul government. What is done or
    given names no one, and what its aim phrase is about is whom the act concerns, as the
    actor of an aim phrase is ("air strikes against X": ``aimed_at``) and the place of an act
    named by a noun is ("imposed a curfew in X": ``_place_of``). The nearest one, phrase by
    phrase; none when the thing's own phrases name one ("the withdrawal of Serbian forces
    from Bosnia" stays whole), when an agent noun says whose it is ("an army camp"), and
    none past a person a noun names, the thing or any noun on the way (``_person``: "a
    warrant for the arrest of the head of the bank in Cyprus", "calls for the release of the
    wife of the opposition leader" stay whole). A phrase that is no aim phrase says what or
    where the thing is, not whom it concerns ("the release of the report in Paris", "a house
    in the eastern side of the city"), nor does an organisation a locative phrase names
    (``_locative_organisation``: "a vote on the bill in the Senate"), nor who helped, ordered or asked it
    (``AGENCY_NOUNS``: "with the help of the army", "raids on the orders of the governor"),
    and a clause hung on a noun is never followed ("a proposal supported by China")."""
    if not _thing(thing) or _person(thing) or _named_or_owned(thing):
        return None
    if any(map(_named_or_owned, _phrase_objects([thing], _BURIED_PREPS))):
        return None
    level = _phrase_objects([thing], _AIM_PREPS)
    for _ in range(depth - 1):
        if any(map(_person, level)):
            return None  # "the release of the leader of the opposition party": stays whole
        level = [o for o in _walked_objects(level) if not _locative_organisation(o)]
        if found := next((o for o in level if _named_or_owned(o)), None):
            return found
    return None


#: Prepositions that say where a thing is or is done: through one a place is whom the thing
#: concerns ("assistance in northern Iraq"), as ConfliBERT's annotators mark it, but an
#: organisation says where it happens ("a vote on the bill in the Senate").
_LOCATIVE_PREPS = {"in", "near", "around", "inside"}


def _locative_organisation(token: Any) -> bool:
    """An organisation a locative preposition reaches (``_LOCATIVE_PREPS``): where the thing
    happens, neither taken by ``buried_actor`` nor walked through ("a vote on the bill in the
    Senate in Washington" stays whole)."""
    return token.head.lower_ in _LOCATIVE_PREPS and token.ent_type_ == "ORG"


def _walked_objects(heads: list[Any]) -> list[Any]:
    """The objects of the phrases ``buried_actor`` follows down from ``heads``: no *of* of a
    noun of agency or command (``AGENCY_NOUNS``), which names who acts or asks."""
    agency = [h for h in heads if h.lemma_.lower() in AGENCY_NOUNS or h.lower_ in AGENCY_NOUNS]
    own = _phrase_objects([h for h in heads if h not in agency], _BURIED_PREPS)
    return sorted(own + _phrase_objects(agency, _BURIED_PREPS - {"of"}), key=lambda o: o.i)


def _person(noun: Any) -> bool:
    """A person: a name the entity recogniser tags as one, a noun of a person the agent
    lexicon lacks (``agents.person_noun``), an office or title ("the head of the mission"),
    a description of one ("the senator", "the editor"), a relative (``KIN_NOUNS``: "the
    wife") or an agent noun (``agent_role``: "a journalist")."""
    lemma = noun.lemma_.lower()
    if noun.ent_type_ == "PERSON" or person_noun(noun) or lemma in OFFICES:
        return True
    return lemma in PERSON_NOUNS or lemma in KIN_NOUNS or agent_role(noun) is not None


def _named_or_owned(token: Any) -> bool:
    """An actor, a place, or a thing an agent noun says whose it is (``_actors_thing``)."""
    return is_actor(token) or names_place(token) or _actors_thing(token)


def _phrase_objects(heads: list[Any], preps: set[str]) -> list[Any]:
    """The objects of the prepositions ``preps`` hung on ``heads``, in the order written, but
    a time, a sum or a pronoun."""
    found = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps]
    found = [o for p in found for o in p.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    return sorted((o for o in found if o.ent_type_ not in NOT_ACTOR_LABELS), key=lambda o: o.i)


def _thing(token: Any) -> bool:
    """A common noun that names no actor by itself or by its modifiers ("support", "the
    release", "dozens of artifacts"), though a phrase hung on it may."""
    return token.pos_ in {"NOUN", "NUM"} and not named_head(token) and agent_role(token) is None


def _clause_targets(trigger: Any, *, depth: int = 3) -> list[Any]:
    """Targets of an act that names none itself: the actors of the act it agrees, offers,
    plans or serves to do ("offered to negotiate with the president of Armenia", "is
    considering sending aid to help North Korea", "donated ventilators to help Ethiopia"),
    else the subject of the clause a speaking act is about ("denounced ..., saying Rwanda
    had armed the militias") or, when that is the speaker again, what that clause acts on
    ("Lebanon says it will not accept any more Syrian refugees")."""
    for child in trigger.children:
        if not _is_clause_verb(child) or not (child.dep_ in {"xcomp", "ccomp"} or purpose_clause(child)):
            continue
        subject = nominal_subject(child) if child.dep_ == "ccomp" else None
        found = _clause_actors(child, subject, _clause_target)
        if not found and depth > 1:
            found = _clause_targets(child, depth=depth - 1)
        if found:
            return found
    return []


def _clause_target(token: Any) -> bool:
    """A target of the act a clause says is agreed, offered or threatened: an actor, or a
    thing whose "of" phrase names the actor it belongs to ("threatened to shell the bases of
    government forces", "to address the needs of people in Yemen"), as the act named by a
    verb of its own is done to it; not a thing that names none ("agreed to undertake joint
    military exercises"), nor the actor's own force (``_own_force``: "agreed to increase the
    number of its soldiers in Syria"), as elsewhere."""
    owners = [o for o in of_objects(token) if is_actor(o) and not _own_force(o)]
    return is_actor(token) or (token.pos_ != "PRON" and bool(owners))


def _is_clause_verb(token: Any) -> bool:
    """A verb, or the copula of a readiness ("said the US must be ready to mediate": the US
    is the one the clause is about, as in "said Israel must end attacks")."""
    if token.pos_ == "VERB":
        return True
    return any(c.dep_ == "acomp" and c.lower_ in READY_ADJECTIVES for c in token.children)


def purpose_clause(clause: Any) -> bool:
    """An adverbial clause of purpose: "to help North Korea", "summoned the ambassador to
    complain"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def acts_on_others(trigger: Any, targets: list[Any]) -> bool:
    """True when the act, or the act it is agreed or planned to do ("agreed to lift tariffs
    on American products"), has a target that names an actor other than where it happens
    ("Barack Obama and Vladimir Putin will meet in Zurich" is a meeting of the two)."""
    planned = [c for c in trigger.children if c.dep_ == "xcomp"]
    found = targets + [t for v in planned for t in target_tokens(v)]
    return any(names_actor(t) and t.head.lower_ not in _PLACE_PREPS for t in found)
