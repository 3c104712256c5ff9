"""One sentence's events: the type it gets and the event built for it.

``extract_events`` is the coding the package docstring describes (``newsdesk.events``): the
sentence's ONE best type from the learned classifier and the dictionary coder together
(``sentence_types``, ``coded_types``, ``verb_type``), the event of that type taken from the
coder or built on the governing verb (``event_of_type``), a refused act of cooperation as the
rejection it is (``refusal``). ``EventsAnalyser`` runs it over an article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsdesk.events.actors import actor_names, actor_spans
from newsdesk.events.announced import announced_acts
from newsdesk.events.attitude import attitude_code
from newsdesk.events.blame import blamed_acts
from newsdesk.events.cameo import QUAD_CLASSES, STATEMENT_ROOT, left_bare, plover_of, verb_code
from newsdesk.events.carried import carried_act
from newsdesk.events.classify import (
    YIELD_TYPES,
    best_types,
    governing_verb,
    load_model,
    sentence_features,
)
from newsdesk.events.codebook import statement_code
from newsdesk.events.decided import decided_verb
from newsdesk.events.embedded import REJECT_CODES, STATED_INTENT_CODES, intent_code
from newsdesk.events.ended import ended_types
from newsdesk.events.interaction import names_interaction
from newsdesk.events.modality import asked, asks_for_act, demanded, going_to, modality, negated
from newsdesk.events.phrases import bare_pronoun, phrase_text
from newsdesk.events.received import aid_names, giver, receives_act
from newsdesk.events.record import make_event
from newsdesk.events.reported import relays
from newsdesk.events.rules import extract_rule_events, verb_event_code
from newsdesk.events.slots import ActorNames, verb_sources, verb_targets
from newsdesk.events.source_heads import READY_ADJECTIVES, agentless_passive, passive_subject, source_token

#: PLOVER type -> the CAMEO code given when no dictionary pattern names a finer one.
TYPE_CODES = {
    "REQUEST": "020",
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "050",
    "COOPERATE": "060",
    "AID": "070",
    "CONCEDE": "080",
    "RETREAT": "087",
    "ACCUSE": "112",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "MOBILIZE": "150",
    "SANCTION": "160",
    "COERCE": "170",
    "ASSAULT": "190",
}
#: Types whose act is the speaking itself: "X said Y attacked Z" is X accusing Y, so the event
#: sits on the reporting verb; any other type sits on the reported clause's verb.
_SPEAKER_ACTS = {"ACCUSE", "REQUEST", "REJECT"}
#: Modalities of a dictionary-coded event that count as coded for the type decision: a planned
#: act ("will meet") is coded as the act (measured on the dev sets, docs/figures-events.md).
_CODED_MODALITIES = {"asserted", "future"}
#: Types of cooperation (quad classes 1 and 2): one refused or negated ("will not lift the ban",
#: "refused to release the prisoners") is a rejection, CAMEO 12x.
_COOPERATION = {plover for plover, quad in QUAD_CLASSES.items() if quad in {1, 2}}


def extract_events(
    doc: Any,
    *,
    times: list[dict[str, Any]] | None = None,
    mentions: list[dict[str, Any]] | None = None,
    model: Any = None,
    decision: dict[str, float] | None = None,
) -> list[dict[str, Any]]:
    """The events of a parsed article, at most one per sentence unless it reports several;
    ``model`` is the shipped classifier unless another ``EventTypeModel`` is given, and
    ``decision`` overrides ``best_types``' tuned values (for evaluation)."""
    model = model or load_model()
    sentences = list(doc.sents)
    probabilities = model.probabilities([sentence_features(s) for s in sentences])
    proposed: dict[int, list[dict[str, Any]]] = {}
    for event in extract_rule_events(doc, times=times, mentions=mentions):
        proposed.setdefault(event["start"], []).append(refusal(event))
    actors = ActorNames(doc, mentions or [])
    build = {"actors": actors, "doc": doc, "times": times or []}
    events = []
    for sentence, probability in zip(sentences, probabilities):
        found = proposed.get(sentence.start_char, [])
        coded, main, acts, partial = sentence_types(sentence, found, **build)
        types = best_types(
            probability,
            coded,
            main=main,
            acts=acts,
            stated=stated(sentence, found),
            partial=partial,
            undone=undone_types(sentence, found),
            **(decision or {}),
        )
        chosen: dict[str, dict[str, Any]] = {}
        for plover in types:
            event = event_given(sentence, plover, found, coded, **build)
            if event:
                event = refusal(event) | {"confidence": round(probability[plover], 3)}
                chosen.setdefault(event["plover"], event)
        events += chosen.values()
    return events


def event_given(
    sentence: Any, plover: str, found: list[dict[str, Any]], coded: set[str], **build: Any
) -> dict[str, Any] | None:
    """The event of the type ``plover`` the sentence gets (``event_of_type``), or None when
    neither the type decision (``coded``) nor the coder in any modality ("Putin may
    attack": ASSAULT 190, possible) codes that type in it and the event names no
    interaction (``interaction.names_interaction``: "Obama lied", "Shares dipped")."""
    event = event_of_type(sentence, plover, found, **build)
    own = coded | {e["plover"] for e in found if e["plover"]}
    if event and (plover in own or names_interaction(event, build["doc"], build["actors"])):
        return event
    return None


def refusal(event: dict[str, Any]) -> dict[str, Any]:
    """A negated or refused act of cooperation as what it is, a rejection (CAMEO 12x by what is
    refused: "will not lift the ban" 124, "refused to send aid" 121), with the type of the act
    refused (``refused_type``); other events as given."""
    if not event["negated"] or event["plover"] not in _COOPERATION:
        return event
    code = REJECT_CODES.get(event["cameo"][:2], "120")
    refused = {"refused": True, "refused_type": event["plover"]}
    return event | {"plover": "REJECT", "cameo": code, "negated": False} | refused


def undone_types(sentence: Any, found: list[dict[str, Any]]) -> set[str]:
    """The types of the acts a sentence says are not done: one refused ("will not lift the
    ban": the lifting, CONCEDE, of the rejection ``refusal`` makes of it) and one only
    intended under the verb the coder codes as the intent to do it ("announced it will return
    the weapons": the return, RETREAT, of the intent 035; ``_stated_intent``; either type of a
    yield, ``_alike``, as the classifier hardly tells them apart), or a told plan
    (``told_plan``), one asked for in the clause of a noun of asking ("reiterated its
    demand that Israel ease the restrictions": the easing, CONCEDE, of the demand 100), and
    one ended, eased or called off ("removed the sanctions": the sanctions, SANCTION, of the
    easing 085; ``ended.ended_types``)."""
    refused = {e["refused_type"] for e in found if e.get("refused")}
    intended = {
        plover
        for e in found
        if e["plover"] and _stated_intent(e, sentence, found)
        for plover in _alike(e["plover"])
    }
    tokens = {token.idx: token for token in sentence}
    asked = {
        e["plover"] for e in found
        if e["plover"] and e["trigger_start"] in tokens and demanded(tokens[e["trigger_start"]])
    }
    return refused | intended | asked | _told_plan_types(sentence) | ended_types(sentence)


def coded_types(sentence: Any, found: list[dict[str, Any]]) -> tuple[set[str], set[str], set[str]]:
    """The types of the dictionary coder's asserted or planned events in a sentence ("Obama
    and Putin will meet" reports a meeting as CAMEO codes it; a possible, intended or
    conditional one does not, nor a planned one under the verb coded as the intent to do it:
    "the rebels said they will release the hostages" is the intent, 035); of those, the ones
    whose trigger is one of the sentence's main acts (``main``, ``_main_acts``); and the
    ones whose trigger is a main act or a verb coordinated with one (``acts``: "sent troops
    and promised aid" reports two acts; a purpose clause's "deployed troops to help" one)."""
    asserted = [e for e in found if e["plover"] and not e["negated"]]
    asserted = [e for e in asserted if e["modality"] in _CODED_MODALITIES]
    asserted = [e for e in asserted if not _stated_intent(e, sentence, found)]
    heads = _main_acts(sentence, found)
    joined = {c for verb in heads for c in verb.conjuncts if c.pos_ == "VERB"}
    head_starts = {t.idx for t in heads}
    act_starts = head_starts | {t.idx for t in joined}
    main = {e["plover"] for e in asserted if e["trigger_start"] in head_starts}
    acts = {e["plover"] for e in asserted if e["trigger_start"] in act_starts}
    return {e["plover"] for e in asserted}, main, acts


def sentence_types(
    sentence: Any, found: list[dict[str, Any]], **build: Any
) -> tuple[set[str], set[str], set[str], bool]:
    """The types the type decision counts as coded in a sentence (``coded_types``: coded,
    on the main acts, on the acts and their conjuncts) and whether they are only the main
    verb's (``partial``). Where the coder codes no type on the main acts, the main verb's
    dictionary type (``verb_type``, its event's actor read from the parse) counts as coded on
    them: as the only type when nothing is coded in the sentence ("Refugees have received
    food"), and beside the types of its circumstances when the main verb is done, not negated,
    and no statement (``_done_main_verb``): "the summit between France and Germany failed to
    reach a deal" reports a failure (120), whose event the coder builds no actor for (a
    summit is none), not the meeting its subject names (043), a circumstance."""
    coded, main, acts = coded_types(sentence, found)
    if acts or (coded and not _done_main_verb(sentence, found)):
        return coded, main, acts, False
    plover = verb_type(sentence, found, **build)
    if not plover:
        return coded, main, acts, False
    return coded | {plover}, {plover}, {plover}, not coded


def _done_main_verb(sentence: Any, found: list[dict[str, Any]]) -> bool:
    """True when the sentence's main verb (``verb_type``'s) reports its act as done: asserted
    (not planned, possible or asked for), not negated, and no public statement (``stated``)."""
    verb = _action_verb(governing_verb(sentence))
    return modality(verb) == "asserted" and not negated(verb) and not stated(sentence, found)


def _main_acts(sentence: Any, found: list[dict[str, Any]]) -> set[Any]:
    """The tokens that name the sentence's main act, not a circumstance ("During a phone
    call ..., Wang said China welcomed the mission"): the governing verb and the root, an act
    a copula among them lays on its subject ("the rebels are responsible for the attack":
    ``blame.blamed_acts``), and, in a sentence of a public statement, the act nouns the
    governing verb announces ("announced the deployment of troops":
    ``announced.announced_acts``)."""
    governing = _action_verb(governing_verb(sentence))
    heads = {governing, sentence.root}
    heads |= {act for verb in tuple(heads) for act in blamed_acts(verb)}
    if stated(sentence, found):
        heads |= set(announced_acts(governing))
    return heads


def verb_type(sentence: Any, found: list[dict[str, Any]], **build: Any) -> str | None:
    """The type the dictionary gives the sentence's main verb (the governing verb of
    ``event_of_type``), asserted or planned, for a sentence in which the coder codes no type
    (``coded_types``), most often for want of an actor it takes for a source ("Refugees have
    received food", "Teachers will not end the strike"): a partial match, counted as coded on
    the main verb when the parse gives its event an actor (``build``: the keywords of
    ``event_of_type``); else None."""
    verb = _action_verb(governing_verb(sentence))
    if verb.pos_ != "VERB" or modality(verb) not in _CODED_MODALITIES:
        return None
    plan = told_plan(sentence)
    code = plan[1] if plan else (verb_event_code(verb) or (None, None))[1]
    plover = plover_of(code) if code else None
    return plover if plover and event_of_type(sentence, plover, found, **build) else None


def told_plan(sentence: Any) -> tuple[Any, str] | None:
    """``(verb, code)`` for a plan a reporting root tells ("the group announced it will return
    the depots"): the governing verb of its clause, future and not negated, and the "express
    intent to" code of the act the dictionary gives it (``embedded.intent_code``: 035 for a
    yield, 138 for an attack). The telling is the intent, as the coder codes it when it finds
    the speaker's actor (``embedded._embedded_code``), and the act is not done; None for any
    other sentence."""
    governing = governing_verb(sentence)
    verb = _action_verb(governing)
    if governing.i == sentence.root.i or verb.pos_ != "VERB":
        return None
    if modality(verb) != "future" or negated(verb):
        return None
    code = verb_event_code(verb)
    intended = intent_code(code[1]) if code else None
    return (verb, intended) if intended else None


def _told_plan_types(sentence: Any) -> set[str]:
    """The type of the act a told plan (``told_plan``) names, which is not done."""
    plan = told_plan(sentence)
    code = verb_event_code(plan[0]) if plan else None
    plover = plover_of(code[1]) if code else None
    return {plover} if plover and plover != plover_of(plan[1]) else set()


def _stated_intent(event: dict[str, Any], sentence: Any, found: list[dict[str, Any]]) -> bool:
    """True for a planned act under the verb the coder codes as the intent to do it ("the
    rebels said they will release the hostages": the saying is the intent, 035, and the
    release is not done), so that only the intent counts as coded; a plan told plainly
    ("Obama and Putin will meet") is not under one. An act noun counts under its verb ("said
    it will impose sanctions": the sanctions are the intent's as the imposing is)."""
    if event["modality"] not in {"future", "intended"}:
        return False
    trigger = next((t for t in sentence if t.idx == event["trigger_start"]), None)
    if trigger is None:
        return False
    if trigger.pos_ != "VERB":
        trigger = next((t for t in trigger.ancestors if t.pos_ == "VERB"), trigger)
    heads = {t.idx for t in (trigger, trigger.head) if t.idx != event["trigger_start"]}
    return any(e["trigger_start"] in heads and _is_intent(e["cameo"]) for e in found)


def _is_intent(cameo: str) -> bool:
    """An "express intent to" code: CAMEO 03x (to cooperate) or one that
    ``embedded.intent_code`` gives an intended act (13x, the codebook's threat of it)."""
    return cameo.startswith("03") or cameo in STATED_INTENT_CODES


def stated(sentence: Any, found: Sequence[dict[str, Any]] = ()) -> bool:
    """True when the dictionary codes the sentence's main act as a public statement (CAMEO 01:
    "expressed concern", "declined to comment"; an act weighed, not done, 014: "is considering
    sending aid", a view agreed with, 019, or sympathy sent, 018, also by a verb the
    dictionary does not code: ``codebook.statement_code``), which is not an
    event, or when the dictionary coder (``found``: its events in the sentence) codes it as
    one by the clause it embeds: "the rebels claimed that they had attacked the base" is
    their claim (015), not an attack. A statement put out whose participle carries an act
    ("issued a statement condemning the arrests": ``carried.carried_act``) is that act. A
    reporting root whose object makes it a statement is one whatever its clause says
    (``_object_statement``: "denied charges that it had made a deal", 016), and so is an
    attitude to what may come (``attitude.attitude_code``: "is skeptical of", "hoped"). A
    direct question that asks whether its act happens (``modality.asked``) reports none."""
    if asked(sentence.root):  # "Will Bush cancel the election?": a question, no act reported
        return True
    verb = _action_verb(governing_verb(sentence))
    if carried_act(verb):  # "issued a statement condemning the arrests": a condemnation
        return False
    code = verb_code(verb) if verb.pos_ == "VERB" else None
    if code is not None and code[1].startswith(STATEMENT_ROOT):
        return True
    if verb.i != sentence.root.i and _object_statement(sentence.root):
        return True
    if attitude_code(verb):  # "said it is skeptical of the announcement": 012
        return True
    if verb.pos_ == "VERB" and statement_code(verb, code):
        return True
    return any(
        e["trigger_start"] == verb.idx and e["cameo"].startswith(STATEMENT_ROOT) for e in found
    )


def _object_statement(root: Any) -> bool:
    """True when a reporting root (whose clause ``governing_verb`` reads as the act) is coded
    a statement (01) by a dictionary pattern on its direct object, not by its own code: "has
    denied charges by the Chamber that its rules constitute theft" is the denial of an
    accusation (016, the codebook's "deny responsibility"), and the clause, which the parse
    hangs on the verb rather than on "charges", is what the charges say, no act reported.
    "Said", "told" and the other verbs whose own code is the statement are read as before."""
    if root.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in root.children):
        return False
    code = verb_code(root)
    return code is not None and code[1].startswith(STATEMENT_ROOT) and not left_bare(code)


def event_of_type(
    sentence: Any,
    plover: str,
    found: list[dict[str, Any]],
    *,
    actors: Any,
    doc: Any,
    times: list[dict[str, Any]],
) -> dict[str, Any] | None:
    """The sentence's event of a chosen type, with its spans and names: the dictionary
    coder's (``found``) when it has one of that type, else one read from the parse; None
    when neither gives one."""
    return _from_rules(sentence, plover, found, actors=actors) or _from_parse(
        sentence, plover, actors=actors, doc=doc, times=times
    )


def _from_rules(sentence: Any, plover: str, found: list[dict[str, Any]], *, actors: Any) -> dict[str, Any] | None:
    """The dictionary coder's event of this type nearest the parse root, with its spans and
    the actor names read from them."""
    tokens = {token.idx: token for token in sentence}
    same = [
        (len(list(tokens[e["trigger_start"]].ancestors)), i, e)
        for i, e in enumerate(found)
        if e["plover"] == plover and e["trigger_start"] in tokens
    ]
    if not same:
        return None
    _, _, event = min(same, key=lambda item: item[:2])
    trigger = tokens[event["trigger_start"]]
    sources, targets = actor_spans(trigger)
    spans = {"source_spans": sources, "target_spans": targets}
    return event | spans | _names(trigger, event, actors)


def _from_parse(
    sentence: Any, plover: str, *, actors: Any, doc: Any, times: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """An event of the classifier's type on the sentence's governing verb; None when that is
    not a full verb (a caption, "trade was $21 billion": nobody does anything), when it
    relays an act its object names ("Reuters reported the attack": ``reported.relays``),
    when it asks for the act of a clause and the type is not an appeal ("urged China to
    resume talks": the classifier's CONSULT or SUPPORT reads the act asked for) or
    when it names no actor, unless it is a passive that leaves its doer unnamed ("prisoners
    have been released") or aid received from no one named ("refugees have received food"),
    whose giver is unnamed too."""
    plan = told_plan(sentence)
    if plan and plover_of(plan[1]) == plover:  # "announced it will return": the intent, 035
        trigger, code = sentence.root, plan[1]
    else:
        speaker = plover in _SPEAKER_ACTS
        trigger = sentence.root if speaker else _action_verb(governing_verb(sentence))
        code = _own_code(trigger, plover)
    if trigger.pos_ != "VERB" or relays(trigger):  # "Reuters reported the attack": no doer
        return None
    if plover != "REQUEST" and asks_for_act(trigger):  # "urged X to lift ...": an appeal or none
        return None
    received = receives_act(trigger)
    sources, targets = _parse_actors(trigger, actors, received)
    if not sources and not targets and not agentless_passive(trigger) and not received:
        return None  # an interaction needs an actor; aid received is given by someone
    event = make_event(trigger, trigger.lemma_.lower(), code, sources, targets, doc=doc, times=times)
    event.pop("_reported_speech")
    source_spans, target_spans = actor_spans(trigger)
    spans = {"source_spans": source_spans, "target_spans": target_spans}
    return event | spans | _names(trigger, event, actors)


def _parse_actors(trigger: Any, actors: Any, received: bool) -> tuple[list[str], list[str]]:
    """``(sources, targets)`` names of an event read from the parse: the subject's (a source
    named by its role too: "a senior official") and the objects'; of aid received
    (``received``: ``received.receives_aid``), the giver's and the receiver's
    (``received.aid_names``)."""
    if received:
        sources, targets = aid_names(trigger, actors)
        return _by_role(sources, giver(trigger)), targets
    return _by_role(verb_sources(trigger, actors), source_token(trigger)), verb_targets(trigger, actors)


def _by_role(sources: list[str], subject: Any | None) -> list[str]:
    """The source names, else the subject's phrase: a source named by its role ("a senior
    official", "the aid agencies")."""
    if not sources and subject is not None and not bare_pronoun(subject):
        return [phrase_text(subject)]
    return sources


def _own_code(verb: Any, plover: str) -> str:
    """The CAMEO code the dictionary gives the verb (``verb_event_code``: "Refugees have
    received food" 073, humanitarian aid) when it is of the chosen type (``_alike``), else
    the type's general code (``TYPE_CODES``: 070 for AID)."""
    code = verb_event_code(verb)
    return code[1] if code and plover_of(code[1]) in _alike(plover) else TYPE_CODES[plover]


def _alike(plover: str) -> frozenset[str]:
    """The types whose code the verb of an event of the chosen type built from the parse
    keeps: either type of a yield (``YIELD_TYPES``), whose split by the code the
    classifier's words hardly show ("Any deal will ease sanctions": the verb's 085, RETREAT,
    where the classifier reads CONCEDE); else the type alone. The code gives the type."""
    return YIELD_TYPES if plover in YIELD_TYPES else frozenset({plover})


def _names(trigger: Any, event: dict[str, Any], actors: Any) -> dict[str, list[str]]:
    """The event's actor names read from its source and target phrases (``actor_names``),
    and ``title_states`` when some of them only a named actor's title gives."""
    sources, targets, states = actor_names(trigger, actors, sources=event["actors"],
                                           targets=event["targets"])
    return {"actors": sources, "targets": targets} | ({"title_states": states} if states else {})


def _action_verb(verb: Any) -> Any:
    """The verb whose action is reported: under a passive that takes a clause ("Obama is
    scheduled to attend a summit", "was forced to withdraw") or an adjective of readiness
    ("Syria is willing to withdraw its troops") or a verb of deciding ("Japan decided to lift the
    sanctions": ``decided.decided_verb``), the clause's verb, whose doer is the subject;
    under a copula that lays an act on its subject, the gerund of that act ("the army was
    guilty of violating the ceasefire": ``blame.blamed_acts``); else ``verb``."""
    if passive_subject(verb) is not None:
        return _clause_verb(verb) or verb
    if going_to(verb):  # "is going to impose tariffs": the imposing
        clause = _clause_verb(verb)
        return verb if clause is None else _action_verb(clause)
    blamed = [act for act in blamed_acts(verb) if act.pos_ == "VERB"]
    if blamed:
        return blamed[0]
    decided = decided_verb(verb)
    if decided is not None:
        return decided
    ready = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in READY_ADJECTIVES]
    return next(filter(None, map(_clause_verb, ready)), verb)


def _clause_verb(head: Any) -> Any:
    return next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
