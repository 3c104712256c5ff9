"""The dictionary coder: event candidates with CAMEO codes, actors, negation and modality.

``extract_rule_events(doc)`` proposes every event the PETRARCH-2 dictionary and the dependency
rules find; ``newsdesk.events.extract_events`` picks among them with the learned classifier.
The concerns live in their own modules: ``cameo.py`` (the dictionary, verb and noun codes,
PLOVER types), ``slots.py`` (sources and targets), ``modality.py`` (negation and modality),
``record.py`` (the candidate record, its date and place), ``embedded.py`` (a verb coded by
the clause it embeds) and ``codebook.py`` (the codes the CAMEO codebook gives phrases the
dictionary codes otherwise: sanctions lifted 085, a state of siege declared 1724, antiquities
returned 084, a mediation effort launched 045, inspectors expelled 1662); ``carried.py`` codes
a verb that puts out a statement by the act the statement's participle names ("issued a
statement condemning the arrests": 111, its maker the source). A verb event needs
a source actor (as in PETRARCH); a noun event may have none when its sentence is dated
("protests over fuel prices on January 2").

A few readings the derived dictionary misses follow its own codes and are made here: a verb of
lessening with aid as its object that the dictionary does not code is 162 (``codebook.aid_cut``,
read with the nouns of lessening), forces kept "on alert" are 152, "defend" is verbal (052)
unless an armed force defends (074), and a surrender by an armed force or rebels is a military
one (0874); a verb of neutral speech that relays the act noun it has as its object
("Reuters reported the attack": ``reported.relays``) is no event, though its block's
patterns code the act. An act noun that a verb of ending or easing acts on ("ended the mediation
effort", "lifted the sanctions") names the act ended, not one done: it is no noun event, nor
is one that ends, the subject of an intransitive verb of ending ("the blockade ended").
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import ARMED_ROLES, agent_role
from newsdesk.events.cameo import noun_code, object_words, verb_code
from newsdesk.events.carried import carried_act
from newsdesk.events.codebook import aid_cut, codebook_code, to_an_end
from newsdesk.events.embedded import readiness_code, recode_embedded
from newsdesk.events.ended import ended
from newsdesk.events.modality import going_to
from newsdesk.events.received import aid_names, receives_act
from newsdesk.events.record import date_for, make_event
from newsdesk.events.reported import relays
from newsdesk.events.slots import ActorNames, noun_actors, verb_sources, verb_targets
from newsdesk.events.unaddressed import unaddressed_appeal

#: Agent roles that fight: armed forces, police, armed groups and rebels.
_FIGHTING_ROLES = ARMED_ROLES | {"REB"}
#: The dependents of a subject that say what it is: "NPA rebels", "rebel commander Juan Cruz",
#: "Juan Cruz, a police officer".
_SUBJECT_ROLE_DEPS = {"compound", "amod", "appos"}


def extract_rule_events(
    doc: Any, *, times: list[dict[str, Any]] | None = None, mentions: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Every event in a parsed article; ``times``/``mentions`` are the article's layers."""
    actors = ActorNames(doc, mentions or [])
    events = []
    for sentence in doc.sents:
        pairs = [(token, e) for token in sentence if (e := _token_event(token, actors, doc, times or []))]
        recode_embedded(pairs, actors)
        events += [event for _, event in pairs if not event.pop("_reported_speech")]
    return events


def _token_event(token: Any, actors: ActorNames, doc: Any, times: list[dict[str, Any]]) -> dict[str, Any] | None:
    if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
        coded = verb_event_code(token)
        return _verb_event(token, coded, actors, doc, times) if coded else None
    if token.pos_ == "NOUN":
        coded = noun_code(token)
        if coded and not ended(token) and not unaddressed_appeal(token, coded):
            sources, targets = noun_actors(token, actors)
            if sources or date_for(token, times):  # "the chemical attacks": no one, no time, no event
                return make_event(token, coded[0], coded[1], sources, targets, doc=doc, times=times)
    return None


def _verb_event(
    token: Any, coded: tuple[str, str], actors: ActorNames, doc: Any, times: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The event of a verb the dictionary codes ``coded``: its subject's act, else None; aid
    received is the giver's ("received weapons from X": X's aid, whoever got it)."""
    if receives_act(token):
        sources, targets = aid_names(token, actors)
        if sources or targets:
            return make_event(token, *coded, sources, targets, doc=doc, times=times)
        return None
    sources = verb_sources(token, actors)
    if not sources:
        return None
    targets = verb_targets(token, actors, code=coded[1])
    if carried := carried_act(token):  # whom the statement's act is aimed at
        targets = list(dict.fromkeys(targets + verb_targets(carried[0], actors, code=coded[1])))
    return make_event(token, *coded, sources, targets, doc=doc, times=times)


def verb_event_code(verb: Any) -> tuple[str, str] | None:
    """``(dictionary lemma, CAMEO code)`` the coder gives a verb, before it looks for actors:
    the dictionary's code (or a lessened aid, forces on alert) read as its subject and clause
    make it (a verbal defence, a military surrender, readiness to act); None for a verb the
    dictionary does not code, and for a verb that takes an act to an end ("the blockade came
    to an end": no coming), which codes only a restriction eased ("brought the sanctions to
    an end", the codebook's 085). A verb that puts out a statement whose participle names an
    act has that act's code (``carried.carried_act``: "issued a statement condemning the
    arrests", 111). *Going* in the future "is going to" is none (``modality.going_to``)."""
    if relays(verb):  # "Reuters reported the attack": no attack by Reuters
        return None
    if going_to(verb):  # "is going to be divided": the future of the clause, no going
        return None
    carried = carried_act(verb)
    if carried:  # "issued a statement condemning the arrests": the condemnation
        return carried[1]
    own = None if to_an_end(verb) else verb_code(verb) or aid_cut(verb) or _on_alert(verb)
    coded = codebook_code(verb, own)
    if not coded:
        return None
    return coded[0], readiness_code(verb, _military_surrender(verb, _verbal_defence(verb, coded[1])))


def _verbal_defence(verb: Any, code: str) -> str:
    """ "Trump defended Russia over the claims", "defended the country's handling of the epidemic":
    a defence by someone who is not an armed force is verbal (CAMEO 052), not military protection
    (074, the dictionary's code for the DEFEND block)."""
    if verb.lemma_.lower() != "defend" or code != "074":
        return code
    return code if _subject_role(verb, ARMED_ROLES) else "052"


def _military_surrender(verb: Any, code: str) -> str:
    """ "Twenty NPA rebels surrendered to the police", "Isis fighters have surrendered": a
    surrender by an armed force or rebels is CAMEO 0874 (retreat or surrender militarily,
    PLOVER RETREAT), not the SURRENDER block's 080 (yield: "surrendered to the demands")."""
    if verb.lemma_.lower() != "surrender" or code != "080":
        return code
    return "0874" if _subject_role(verb, _FIGHTING_ROLES) else code


def _subject_role(verb: Any, roles: set[str]) -> bool:
    """True when the verb's subject is an agent of one of ``roles``: its head or a compound,
    adjective or apposition of it ("NPA rebels", "rebel commander Juan Cruz"), not a phrase
    further down ("an ally of NPA rebels", "a lawyer for the soldiers")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ in _SUBJECT_ROLE_DEPS)]
    return any(agent_role(t) in roles for t in words)


def _on_alert(verb: Any) -> tuple[str, str] | None:
    """``(lemma, "152")`` for forces kept or put on alert ("troops remained on alert"): the
    dictionary's *put / place + (on alert)* pattern (152, military alert) for any verb."""
    return (verb.lemma_.lower(), "152") if ("on", "alert") in object_words(verb) else None
