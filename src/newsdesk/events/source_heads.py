"""The head of an event's source actor: the subject (or passive agent) of its trigger, or of the
verb it hangs from; the speaker of a demanded act; the named actor of a reported plan; the
possessor, group modifier or "by" object of an act named by a noun (``source_token``); the
means of an agentless passive that a name modifies ("killed in Israeli air strikes"), or
its subject where that names its doer ("UN peacekeepers were deployed", ``own_subject``).

Hand-written because no library reads CAMEO-style actor roles from a dependency parse;
``actors.py`` gives the rules and the reasons.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import armed
from newsdesk.events.blame import blaming_copula
from newsdesk.events.phrases import (
    MODIFIER_DEPS,
    PLACE_LABELS,
    act_phrase,
    bare_pronoun,
    group_name,
    is_actor,
    is_named,
    named_head,
    negative_quantifier,
    split_head,
    time_word,
)
from newsdesk.events.reduced import reduced_subject
from newsdesk.events.reported import reported_act
from newsdesk.events.restrictions import restriction
from newsdesk.modality import FUTURE, OBLIGATION, auxiliary_words, obliged, own_negation

#: Adjectives that take an act as their complement and state the intent to do it: "Syria is
#: willing to withdraw its troops" (CAMEO 03x, or 138 for force), "ready to send".
READY_ADJECTIVES = {"willing", "ready", "prepared", "eager", "determined", "keen"}
#: Verbs that report what someone says: a plan they report is the planner's ("X will meet Y,
#: X's office said"), and a "would" in the clause they introduce is a future ("announced it
#: would free prisoners").
REPORTING_VERBS = {
    "say",
    "announce",
    "state",
    "tell",
    "report",
    "confirm",
    "add",
    "reveal",
    "declare",
    "insist",
    "claim",
    "indicate",
}
#: Verbs by which a speaker promises or warns: they introduce a clause as reporting verbs do
#: (its "would" is a future), but the act in it stays the speaker's own.
COMMITTING_VERBS = {"promise", "pledge", "vow", "warn"}
#: The auxiliaries of a reported plan: the future's modals (``newsdesk.modality``) and
#: *would*, the future of a past statement ("said South Africa would give"), and the *wo* of
#: "won't" (a plan denied: its targets stay the plan's, its source the speaker).
_PLANNED = FUTURE | {"would", "wo"}


def _pronoun_owned(noun: Any) -> bool:
    """A common noun whose possessor is a pronoun ("their forces", "its troops")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return not named_head(noun) and any(c.pos_ == "PRON" for c in owners)


def _speaker(verb: Any) -> Any | None:
    """Who reports the clause of ``verb``: the subject of the verb of saying it hangs from
    ("Bosnia said [their forces had completed ...]"), or None; never a bare pronoun
    (``bare_pronoun``: "some of the rebels" names them)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING_VERBS | COMMITTING_VERBS:
        return None
    speaker = doer(head)
    return speaker if speaker is not None and not bare_pronoun(speaker) else None


def source_token(trigger: Any) -> Any | None:
    """The token that heads the source actor's phrase, or None. The source of an act that a
    speaker demands of someone is the speaker ("Russia says Israel must end attacks")."""
    if demanded(trigger) and (speaker := source_token(demand_clause(trigger).head)) is not None:
        return speaker
    if (clause := reported_plan(trigger)) is not None and not own_negation(clause):
        return nominal_subject(clause)
    if trigger.pos_ == "NOUN" and (owner := _owner(trigger)) is not None:
        return owner
    return doer(trigger)


def reported_plan(trigger: Any) -> Any | None:
    """The clause in which a speaker reports what a named actor will do ("X will meet Y, X's
    office said", "the admiral said South Africa would give Nigeria aid"), or None: the plan
    is that actor's, done to the clause's targets. A warning or a promise is not a report of
    another's plan but the speaker's own act, so only verbs of reporting count."""
    if trigger.lemma_.lower() not in REPORTING_VERBS or nominal_subject(trigger) is None:
        return None
    clauses = [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    planned = [c for c in clauses if auxiliary_words(c) & _PLANNED]
    return next((c for c in planned if (s := nominal_subject(c)) is not None and named_head(s)), None)


def _owner(act: Any) -> Any | None:
    """Who does an act named by a noun: the first of "a phone call between A and B", its
    possessor or a modifier naming an actor ("Tokayev's request", "Iranian attacks", "UN
    sanctions"), or the object of its "by" ("an invasion by Israel"); a place is where it
    happens, not who ("the Ghazni attacks", "Iran sanctions"), and a day when ("Friday's
    protest")."""
    between = [o for p in act.children if p.lower_ == "between" for o in p.children]
    owners = [c for c in act.children if _possessor(c) or group_name(c)]
    agents = [o for p in act.children if p.lower_ == "by" for o in p.children]
    found = [t for t in (*between, *owners, *agents) if t.dep_ != "pobj" or is_actor(t)]
    return found[0] if found else None


def _possessor(token: Any) -> bool:
    """A possessor that may do the act: not a pronoun, not a day ("Friday's protest")."""
    return token.dep_ == "poss" and token.pos_ != "PRON" and not time_word(token)


def demanded(trigger: Any) -> bool:
    """True for an act that a speaker demands of someone, in a clause under the speaker's
    verb or noun: with "must" or "should" ("Russia says Israel must end attacks on Syria",
    also of being ready to act: "said Japan must be ready to mediate"), or in the
    subjunctive ("are demanding that President Robert Mugabe abandon his policy", "its
    demand that Israel ease restrictions"). CAMEO codes it as the speaker's demand."""
    clause = demand_clause(trigger)
    if clause.dep_ not in {"ccomp", "acl"} or not nominal_subject(clause):
        return False
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & OBLIGATION:
        return obliged(clause)  # "must have had help" is a guess, not a demand
    if clause is not trigger:
        return False  # "X said the US is ready to mediate" reports a readiness
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return clause.tag_ == "VB" and not auxiliaries and (marked or clause.dep_ == "ccomp")


def demand_clause(trigger: Any) -> Any:
    """The verb of the clause that may state a demand of ``trigger``'s act: the trigger, or
    for an act one is to be ready to do the verb of the readiness ("Japan must be ready to
    mediate": "be")."""
    ready = trigger.head
    if trigger.dep_ == "xcomp" and ready.dep_ == "acomp" and ready.lower_ in READY_ADJECTIVES:
        return ready.head
    return trigger


def nominal_subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and not bare_pronoun(c)), None)


def doer(trigger: Any) -> Any | None:
    """The subject (or passive agent) of the trigger, or of the verb it hangs from (an act
    noun: whose object it is or is a compound of), or of the copula that lays the act on its
    subject ("the rebels were responsible for the attack": ``blame.py``), else the means of
    an agentless passive (``passive_means``)."""
    for child in trigger.children:
        if child.dep_ == "nsubj":
            child = split_head(child)  # "Libyan Prime Minister Fayez al-Sarraj", split by the parse
            if bare_pronoun(child) and trigger.dep_ in {"ccomp", "xcomp", "conj", "advcl"}:
                # "Russia said none of its soldiers had attacked ...": no one, not Russia
                return None if negative_quantifier(child) else doer(trigger.head)
            if _pronoun_owned(child) and (speaker := _speaker(trigger)) is not None:
                return speaker  # "X said their forces had completed ...": X's forces
            return child
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if trigger.dep_ == "xcomp" and (passive := passive_subject(trigger.head)) is not None:
        return passive  # "Obama is scheduled to attend": Obama attends
    if trigger.dep_ in {"xcomp", "conj", "advcl"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return doer(trigger.head)
    if trigger.dep_ == "xcomp" and trigger.head.dep_ == "acomp":
        return doer(trigger.head.head)  # "Syria is willing to withdraw": Syria withdraws
    phrase = act_phrase(trigger)
    if phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB" and not reported_act(trigger):
        return doer(phrase.head)  # "X launched an attack", not "X condemned the attack"
    if (copula := blaming_copula(trigger)) is not None:
        return doer(copula)  # "the rebels were responsible for the attack": the rebels
    return passive_means(trigger) or own_subject(trigger)


#: Verbs by which whoever commands an armed force moves it ("UN peacekeepers were deployed").
MOVING_VERBS = {"deploy", "redeploy", "send", "dispatch", "ship", "station", "withdraw", "pull"}
#: Verbs whose passive says what its subject takes part in ("were engaged in ethnic cleansing").
TAKING_PART_VERBS = {"engage", "involve"}


def own_subject(verb: Any) -> Any | None:
    """The doer an agentless passive names in its subject, or None: an armed force a name
    says whose it is, moved ("Eighty UN peacekeepers were shipped out": the force, moved by
    whom it serves); the name of whoever put a restriction in place, eased or lifted ("UN
    sanctions against Iran were lifted": the UN); an actor that takes part in an act ("Serbian
    Armed Forces were engaged in ethnic cleansing"). A force acted on by another ("troops were
    killed") and a restriction that names no one ("the sanctions were lifted") name no doer."""
    subject = passive_subject(verb)
    if subject is None or any(c.dep_ == "agent" for c in verb.children) or not named_head(subject):
        return None
    lemma = verb.lemma_.lower()
    if lemma in MOVING_VERBS and armed(subject):
        return subject
    if lemma in TAKING_PART_VERBS and any(p.lower_ == "in" for p in verb.children) and is_actor(subject):
        return subject
    if restriction(subject):
        return next((c for c in subject.children if group_name(c) or c.ent_type_ == "GPE"), None)
    return None


#: Verbs of dying in general English, whose subject is the one who died, not a doer (the
#: dictionary's DIE block, which codes a death on the dead, ``[:184]``, lists "die" alone).
DYING_VERBS = frozenset({"die", "perish", "drown"})
#: Verbs of dying that are also verbs of causing a death with an object ("police drowned
#: him"): with one, the subject is the doer.
CAUSING_DEATH = frozenset({"drown"})
#: Particles that make a verb of dying a verb of fading ("the protests died down", "the
#: custom died out", "the herds died off"): no death.
FADING_PARTICLES = frozenset({"down", "out", "off", "away"})


def dies(verb: Any) -> bool:
    """True for a verb of dying with a subject ("the prisoner died", "migrants drowned"; but
    "police drowned him" is a doer's act: ``CAUSING_DEATH``), not one of fading (``fades``):
    the subject is who died, acted on, as a passive's subject is."""
    if verb.lemma_.lower() not in DYING_VERBS or fades(verb):
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not (verb.lemma_.lower() in CAUSING_DEATH and "dobj" in deps)


def fades(verb: Any) -> bool:
    """True for a verb of dying with a particle of fading ("died down"): no death."""
    return verb.lemma_.lower() in DYING_VERBS and any(
        c.dep_ == "prt" and c.lower_ in FADING_PARTICLES for c in verb.children
    )


def means_objects(verb: Any) -> list[Any]:
    """What an agentless passive or a death was done with or from, where the names look for
    its doer: the objects of its "in", "by" or "from" ("were killed in Israeli tank
    shelling", "died in Russian shelling", "freed from German custody"), not a place ("killed
    in Ukraine" says where, not who); none for a verb that is neither."""
    passive = passive_subject(verb) is not None or any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and not dies(verb):
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "by", "from"}]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [o for o in objects if o.ent_type_ not in PLACE_LABELS]


def passive_means(verb: Any) -> Any | None:
    """The means of an agentless passive, a thing in its "in" or "by" phrase that a name
    modifies, as the head of the source's phrase ("were killed in Israeli tank shelling",
    "were seized in an FBI raid"), or None: "killed in the shelling" names no one, "killed
    in Kiryat Malachi" a place, and "freed from German custody" whence, not the means (its
    name stays the source's name, its phrase is none)."""
    objects = [o for o in means_objects(verb) if o.head.lower_ in {"in", "by"}]
    return next((o for o in objects if o.pos_ == "NOUN" and _named_modifier(o)), None)


def _named_modifier(noun: Any) -> bool:
    return any(is_named(c) for c in noun.children if c.dep_ in MODIFIER_DEPS)


def passive_subject(verb: Any) -> Any | None:
    """The passive subject of a verb ("Obama" in "Obama is scheduled ..."; "soldiers" of a
    reduced passive's participle, "There were 10 soldiers killed", "Ten soldiers killed":
    ``reduced.reduced_subject``), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None else reduced_subject(verb)


def agentless_passive(verb: Any) -> bool:
    """True for a passive with no "by" phrase ("Hundreds of prisoners have been released"):
    someone acted, and the writer leaves the doer unnamed, so the act is an event without an
    actor; an active verb with no actor names no act of anyone ("trade was $21 billion")."""
    return passive_subject(verb) is not None and not any(c.dep_ == "agent" for c in verb.children)
