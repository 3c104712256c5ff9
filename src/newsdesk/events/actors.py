"""Where an event's source and target actors are written: character spans from the parse.

The source is the subject (or passive agent) of the event's trigger verb, or of the verb it
hangs from when its own subject is a pronoun or missing ("Israel said it would strike",
"troops moved in and shelled the town"); "according to X" is never a source, a subject
owned by a pronoun in a reported clause is the speaker's ("Bosnia said their forces had
completed ..."), and an act a speaker demands of someone is the speaker's ("Russia says
Israel must end attacks"), while
a plan a speaker reports of a named actor is that actor's ("X will meet Y, X's office
said"). An act
named by a noun is done by its possessor, a modifier naming a group ("Saudi attacks on
Qatar", not the place in "the Ghazni attacks"), its "by" object or the first of "between A
and B". Targets are the objects and the objects of to/with/against/on/at/into/toward (of
from/in/near/inside when they are places); an object that is a thing gives way to the
actors it is aimed at, also when a phrase inside it says so ("air strikes against X and
against Y",
"sanctions placed on X", "the release of $1.2 billion in assistance to X") or, when it
is aimed at no one, to the place it is done in ("imposed a curfew in X", "attend a summit in
X"; not "attacked a military base in X", which an agent noun makes the military's), the
source's own armed force is no target ("withdrew its troops"), an object that
names no actor to a prepositional object that does ("provided training to X"), to whom
what it asks for is aimed at ("called for sanctions against X") or to the
actor that the clause hung on it is about ("expressed hope that X would ...", "an
invitation to visit X"); an act whose targets name no actor takes those of the act it
agrees, offers or serves to do ("provided assistance to help Americans", "said it will not
negotiate with Argentina"). A target phrase with no name and no agent noun among its words
is a thing and no target ("a hunger strike", "12 human skulls"); a person named by kinship
or captivity is an agent noun ("arrested his wife", "freed the hostages"). Conjoined names that act on nobody else are a joint act: the
first is the source, the others targets ("Brazil and the United States are seeking to
deepen a partnership"); conjoined names that act on another are each a source ("Mexico and
Canada agreed to lift tariffs on American products"), and conjoined names acted on are
each a target ("sanctions imposed on India and Pakistan"). A span covers the head's phrase, its apposition ("Kenzo Oshima, the
United Nations Emergency Relief Coordinator"; a target named by a name leaves out the
description after its comma: "Tripoli, the capital of Libya") and its conjuncts, without
the clauses hung on it, a date ("The United Nations on Tuesday") or trailing punctuation; a source's phrase
also leaves out where and when ("The Foreign Office during a weekly briefing") and a participle
that names no actor ("attacks, occurring every three days"), a target
actor's what is said beside it ("U.S. calls for a unilateral ceasefire": "U.S. calls"). The event's
actor names are read from these phrases (``actor_names``), so every name is in its span.
Agent nouns ("refugees", "militants") come from the lexicon in ``events/agents.py``.
docs/figures-events.md gives the rules with the dev errors they answer.

Hand-written because no library reads CAMEO-style actor roles from a dependency parse:
PETRARCH-2, which did, needs constituency parses and is unmaintained.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from newsdesk.events.agents import agent_role, armed
from newsdesk.parsed import doc_ents, doc_text

#: Prepositions whose object is whom an act is done to ("supply arms to Israel", "talks with X").
TARGET_PREPS = {"to", "with", "against", "on", "at", "into", "toward", "towards"}
#: Prepositions whose object is whom an act on a thing is aimed at ("air strikes against X",
#: "support to X", "an extradition request for X", "talks with X", "a mediation effort
#: between X and Y").
_AIM_PREPS = {"against", "on", "to", "toward", "towards", "for", "into", "with", "between"}
#: Prepositions of the phrases inside a thing where whom it is aimed at may be written ("the
#: release of $1.2 billion in assistance to Egypt").
_INSIDE_PREPS = {"of", "in"}
_CUT_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
_TIME_LABELS = {"DATE", "TIME"}
#: Entity labels that name no actor: a target is never "on Thursday" or "for $88 million".
_NOT_ACTOR_LABELS = _TIME_LABELS | {"MONEY", "PERCENT", "QUANTITY"}
#: Entity labels of actors and of places.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Prepositions whose object is where an act takes a thing or happens ("withdrew peacekeepers
#: from Rwanda", "arrived in South Sudan"): a target only when it names a place.
_PLACE_PREPS = {"from", "in", "near", "inside"}
_BRACKETS = {"(": ")", "[": "]"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
#: The dependents of a noun that may name who it is ("Sri Lankan officials", "Israel's army").
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
#: Modals that put an act on its subject as a demand of the speaker ("Russia says Israel must
#: end attacks"): the act is the speaker's demand (CAMEO 10) in the coder and in the spans.
OBLIGATION = {"must", "should"}
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
_FUTURE = {"will", "would", "'ll", "wo"}
#: Prepositions that say where or when, not who.
_CIRCUMSTANCE_PREPS = {
    "in",
    "at",
    "during",
    "near",
    "inside",
    "after",
    "before",
    "amid",
    "following",
    "since",
}


def phrase_span(token: Any, *, conjuncts: bool = True, source: bool = False, target: bool = False) -> tuple[int, int]:
    """Character span of the phrase headed by ``token`` with its apposition and, unless
    ``conjuncts`` is false, the phrases conjoined with it ("Both Russia and the Syrian
    government"), without clauses hung on it. A ``source`` phrase says who, not where or
    when: "a car bomb in Kiev" is "a car bomb", "17 July 2017 Russia's Supreme Court" is
    "Russia's Supreme Court"; a participle that says whose it is stays ("Syrian warplanes
    supported by Russia"). A ``target`` phrase headed by an actor leaves out what its
    prepositional phrases say beside it ("U.S. calls [for a unilateral ceasefire]")."""
    first, last = _phrase_edges(token, appositions=True, conjuncts=conjuncts, source=source, target=target)
    return first.idx, last.idx + len(last)


def _phrase_edges(
    token: Any,
    *,
    appositions: bool = False,
    conjuncts: bool = False,
    source: bool = False,
    target: bool = False,
) -> tuple[Any, Any]:
    """First and last token of the phrase ``token`` heads, with its apposition and its
    conjuncts when asked; a ``source`` phrase without where and when, a ``target`` phrase
    without the asides of an actor (``_aside``)."""
    last = token
    kept = {"appos", "punct"} if appositions else set()
    kept |= {"cc", "conj"} if conjuncts else set()
    for child in token.rights:
        if child.dep_ == "punct" and appositions:
            continue  # the comma before an apposition; a trailing one is never ``last``
        if child.dep_ == "conj" and child.pos_ not in _NOMINAL:
            break  # a clause, not another actor
        if (source and _circumstance(child, token)) or (target and _aside(child, token)):
            break
        if target and _description(child, token):
            break  # "aid to Tripoli[, the capital of Libya]"
        if _detached(child, last):
            break
        cut = child.dep_ in _CUT_DEPS - kept or _is_date(child)
        if cut and not (source and _source_participle(child)):
            break
        last = _child_end(child, source=source, target=target)
    lefts = [t for t in token.lefts if not (source and _circumstance(t, token))]
    first = min((t for t in lefts for t in t.subtree), key=lambda t: t.i, default=token)
    return first, _closing_bracket(first, last)


def _description(child: Any, head: Any) -> bool:
    """An apposition after a comma that describes a name ("Tripoli, the capital of
    Libya"): a target leaves it out, as the annotators of real newswire do, while a source
    keeps it ("Kenzo Oshima, the United Nations Emergency Relief Coordinator"). An acronym in
    brackets is no description, and neither is a list the parser read as one ("the Nigeria
    Police, Department of State Services (DSS) and other security agencies")."""
    if child.dep_ != "appos" or not _named(head) or not child.left_edge.i:
        return False
    before = head.doc[child.left_edge.i - 1]
    listed = any(c.dep_ == "conj" for c in (*child.children, *head.children))
    return before.text == "," and not listed


def _child_end(child: Any, *, source: bool, target: bool = False) -> Any:
    """The last token of a right child's part of a phrase: a conjunct, an apposition or a
    prepositional object ends where its own phrase does, without the clauses hung on it
    ("al-Shabab, an al-Qaeda-affiliated group [seeking to ...]", "aid for Zimbabwe[, where
    ...]")."""
    if child.dep_ in {"conj", "appos"}:
        edges = _phrase_edges(child, appositions=True, conjuncts=True, source=source, target=target)
        return edges[1]
    objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
    others = [c for c in child.children if c.dep_ not in {"pobj", "punct"}]
    if objects and all(c.i < objects[-1].i for c in others):
        return _phrase_edges(objects[-1], appositions=True, conjuncts=True)[1]
    return max(child.subtree, key=lambda t: t.i)


def _circumstance(child: Any, head: Any) -> bool:
    """A modifier of ``head`` that says when or where ("during a briefing", "this month",
    "in a statement"), not who. A place says who when the head names nobody by itself ("a
    court in Argentina", "authorities in Pakistan"), and where when it does ("ICE in Miami",
    "Sri Lankan military officials in Colombo")."""
    if child.dep_ != "prep":
        return child.dep_ in {"npadvmod", "advmod"} or child.ent_type_ in _TIME_LABELS
    if child.lower_ not in _CIRCUMSTANCE_PREPS:
        return False
    places = [o for o in child.children if o.dep_ == "pobj" and names_actor(o)]
    return not places or _named_head(head)


def _aside(child: Any, head: Any) -> bool:
    """A prepositional phrase hung on an actor that names no actor or place itself: what
    the actor asks, offers or does, or why ("U.S. calls [for a unilateral ceasefire]",
    "Theresa May's offer [on citizens' rights]", "diplomats [over allegations of ...]"). An
    "of" phrase is part of its head, a place says who ("the Chinese ambassador in Berlin",
    "security forces in the central country of Tajikistan"), and the phrases of a thing may
    hold whom an act is aimed at ("restrictions on the formation of political parties")."""
    if child.dep_ != "prep" or child.lower_ == "of" or not _is_actor(head):
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    return not any(_named_head(o) or agent_role(o) or _names_place(o) for o in objects)


def _named_head(token: Any) -> bool:
    """True when a phrase's head or a modifier of it is a name ("ICE", "Sri Lankan officials")."""
    words = [token, *(c for c in token.children if c.dep_ in MODIFIER_DEPS)]
    return any(_named(t) for t in words)


def _group_name(modifier: Any) -> bool:
    """A modifier that names a person, group or organisation ("Iranian", "UN"), not a place."""
    return modifier.dep_ in MODIFIER_DEPS and modifier.ent_type_ in {"NORP", "ORG", "PERSON"}


def _pronoun_owned(noun: Any) -> bool:
    """A common noun whose possessor is a pronoun ("their forces", "its troops")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return not _named_head(noun) and any(c.pos_ == "PRON" for c in owners)


def _speaker(verb: Any) -> Any | None:
    """Who reports the clause of ``verb``: the subject of the verb of saying it hangs from
    ("Bosnia said [their forces had completed ...]"), or None; never a pronoun."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING_VERBS | COMMITTING_VERBS:
        return None
    speaker = _doer(head)
    return speaker if speaker is not None and speaker.pos_ != "PRON" else None


def _detached(child: Any, last: Any) -> bool:
    """A dependent written apart from the phrase it hangs from, with words of the clause
    between them: a parse that hangs "the scene of ..." after a verb's object on the
    subject ("Serbia eased measures in X province, the scene of ...") gives no span."""
    gap = child.doc[last.i + 1 : child.left_edge.i]
    return any(not t.is_punct for t in gap)


def _source_participle(child: Any) -> bool:
    """A participle that says whose a source is, by an actor or place it names ("Syrian
    warplanes supported by Russia", "a group based in Trinidad", "the coalition fighting
    Houthi rebels"); not one that says when or why ("attacks, occurring every three days")."""
    if not _participle(child):
        return False
    preps = [p for p in child.children if p.dep_ in {"prep", "agent"}]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [o for o in child.children if o.dep_ == "dobj"]
    return any(names_actor(o) or agent_role(o) for o in objects)


def _participle(child: Any) -> bool:
    """A participle hung on a phrase ("supported by Russia", "based in Trinidad")."""
    return child.dep_ == "acl" and child.tag_ in {"VBN", "VBG"}


def _closing_bracket(first: Any, last: Any) -> Any:
    """``last``, or the bracket right after it that closes one opened in the phrase
    ("Nigerian Air Force (NAF)": the parser leaves the ")" outside)."""
    if last.i + 1 >= len(last.doc):
        return last
    words = [t.text for t in first.doc[first.i : last.i + 1]]
    following = last.doc[last.i + 1]
    closes = any(
        words.count(opening) > words.count(closing) and following.text == closing
        for opening, closing in _BRACKETS.items()
    )
    return following if closes else last


def _is_date(child: Any) -> bool:
    """A prepositional phrase that says when ("on Tuesday"), not who."""
    return child.dep_ == "prep" and any(o.ent_type_ in _TIME_LABELS for o in child.children)


def source_token(trigger: Any) -> Any | None:
    """The token that heads the source actor's phrase, or None. The source of an act that a
    speaker demands of someone is the speaker ("Russia says Israel must end attacks")."""
    if demanded(trigger) and (speaker := source_token(demand_clause(trigger).head)) is not None:
        return speaker
    if (clause := reported_plan(trigger)) is not None and not _negated(clause):
        return _subject(clause)
    if trigger.pos_ == "NOUN" and (owner := _owner(trigger)) is not None:
        return owner
    return _doer(trigger)


def reported_plan(trigger: Any) -> Any | None:
    """The clause in which a speaker reports what a named actor will do ("X will meet Y, X's
    office said", "the admiral said South Africa would give Nigeria aid"), or None: the plan
    is that actor's, done to the clause's targets. A warning or a promise is not a report of
    another's plan but the speaker's own act, so only verbs of reporting count."""
    if trigger.lemma_.lower() not in REPORTING_VERBS or _subject(trigger) is None:
        return None
    clauses = [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    planned = [c for c in clauses if {a.lower_ for a in c.children if a.dep_ == "aux"} & _FUTURE]
    return next((c for c in planned if (s := _subject(c)) is not None and _named_head(s)), None)


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _owner(act: Any) -> Any | None:
    """Who does an act named by a noun: the first of "a phone call between A and B", its
    possessor or a modifier naming an actor ("Tokayev's request", "Iranian attacks", "UN
    sanctions"), or the object of its "by" ("an invasion by Israel"); a place is where it
    happens, not who ("the Ghazni attacks", "Iran sanctions")."""
    between = [o for p in act.children if p.lower_ == "between" for o in p.children]
    owners = [c for c in act.children if (c.dep_ == "poss" and c.pos_ != "PRON") or _group_name(c)]
    agents = [o for p in act.children if p.lower_ == "by" for o in p.children]
    found = [t for t in (*between, *owners, *agents) if t.dep_ != "pobj" or _is_actor(t)]
    return found[0] if found else None


def demanded(trigger: Any) -> bool:
    """True for an act that a speaker demands of someone, in a clause under the speaker's
    verb or noun: with "must" or "should" ("Russia says Israel must end attacks on Syria",
    also of being ready to act: "said Japan must be ready to mediate"), or in the
    subjunctive ("are demanding that President Robert Mugabe abandon his policy", "its
    demand that Israel ease restrictions"). CAMEO codes it as the speaker's demand."""
    clause = demand_clause(trigger)
    if clause.dep_ not in {"ccomp", "acl"} or not _subject(clause):
        return False
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & OBLIGATION:
        return "have" not in auxiliaries  # "must have had help" is a guess, not a demand
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


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _doer(trigger: Any) -> Any | None:
    """The subject (or passive agent) of the trigger, or of the verb it hangs from."""
    for child in trigger.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "PRON" and trigger.dep_ in {"ccomp", "xcomp", "conj", "advcl"}:
                return _doer(trigger.head)
            if _pronoun_owned(child) and (speaker := _speaker(trigger)) is not None:
                return speaker  # "X said their forces had completed ...": X's forces
            return child
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if trigger.dep_ == "xcomp" and (passive := passive_subject(trigger.head)) is not None:
        return passive  # "Obama is scheduled to attend": Obama attends
    if trigger.dep_ in {"xcomp", "conj", "advcl"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return _doer(trigger.head)
    if trigger.dep_ == "xcomp" and trigger.head.dep_ == "acomp":
        return _doer(trigger.head.head)  # "Syria is willing to withdraw": Syria withdraws
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return _doer(trigger.head)  # "X launched an attack"
    return None


def passive_subject(verb: Any) -> Any | None:
    """The passive subject of a verb ("Obama" in "Obama is scheduled ..."), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def target_tokens(trigger: Any) -> list[Any]:
    """The tokens that head the target actors' phrases (``_own_targets``); when none of
    them is an actor, those of the act the trigger is about (``_clause_targets``)."""
    found = _own_targets(trigger)
    if not any(map(_is_actor, found)):
        return _clause_targets(trigger) or found
    return found


def _own_targets(trigger: Any) -> list[Any]:
    """The tokens that head the target actors' phrases: the objects, and the objects of
    to/with/against/on/at/into/toward, and whom it asks to do something ("called for Britain
    to stay"). An object that is a thing gives way to the actor
    its act is aimed at ("launched air strikes against X", "an extradition request for X",
    "lifted restrictions on black people"), as does a prepositional object that is one
    ("conceded to the demands of X"); an object that names no actor gives way to a
    prepositional object that names one ("provided training to X", "withdrew peacekeepers
    from X")."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    objects += [
        c for p in trigger.children if p.lower_ == "between" for o in p.children for c in o.conjuncts
    ]  # "a phone call between A and B": B
    objects += _asked(trigger)
    objects = [c for c in objects if c.pos_ != "ADP"]
    found = []
    for obj in objects:
        if _own_force(obj):
            found += _place_of(obj)  # "strengthened its forces in Kosovo": Kosovo
            continue
        aimed = _aimed_at(obj) if _thing(obj) or not names_actor(obj) else []
        aimed = aimed or (_place_of(obj) if _thing(obj) else [])
        found += aimed or ([] if names_actor(obj) else _about(obj)) or [obj]
    prepositional = [i for o in _prepositional_objects(trigger) for i in _thing_aims(o) or [o]]
    if not any(map(_is_actor, objects)):
        prepositional += _called_for(trigger)
    prepositional = [o for o in prepositional if o not in found]
    if any(names_actor(o) for o in prepositional) and not any(map(names_actor, objects)):
        found = [t for t in found if t not in objects]
    return found + prepositional


def _asked(trigger: Any) -> list[Any]:
    """The subjects of the clauses with "for" that an act asks for: whom it asks to do
    them ("called for Britain to stay in the single market", "is pushing hard for the US
    [to] support its plan")."""
    clauses = [c for c in trigger.children if c.dep_ in {"advcl", "ccomp"}]
    marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    return [subject for c in marked if (subject := _subject(c)) is not None]


def _own_force(token: Any) -> bool:
    """An object that is the source's own armed force, an armed agent noun under a possessive
    pronoun ("withdrew its troops", "strengthened their forces"): not whom the act is done
    to, as "arrested his wife" is."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    return owned and armed(token) and not _named_head(token)


def _called_for(trigger: Any) -> list[Any]:
    """Whom the thing an act asks or stands for is aimed at: "called for sanctions against
    Nigeria", "pressed for talks with the rebels"."""
    preps = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for"]
    things = [o for p in preps for o in p.children if o.dep_ == "pobj" and _thing(o)]
    return [actor for thing in things for actor in _aimed_at(thing)]


def _about(thing: Any) -> list[Any]:
    """The actors of the clause a thing acted on is about: the subject of "surprise that The
    Washington Post published ...", the objects of "its commitment to support the Nigeria
    Police" and "an invitation to meet with Kim Jong Un"."""
    for clause in (c for c in thing.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        subject = _subject(clause)
        found = [subject] if subject is not None else [t for t in _own_targets(clause) if _is_actor(t)]
        if found:
            return found
    return []


def _prepositional_objects(trigger: Any) -> list[Any]:
    """Objects of the trigger's prepositions that may be whom it acts on or where ("to X",
    "from X", "in X"), but never a time, a sum or a quantity."""
    preps = [c for c in trigger.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP"]
    return [
        o
        for p in preps
        for o in p.children
        if o.dep_ == "pobj"
        and o.ent_type_ not in _NOT_ACTOR_LABELS
        and (p.lower_ in TARGET_PREPS or (p.lower_ in _PLACE_PREPS and _names_place(o)))
    ]


def _aimed_at(thing: Any, *, depth: int = 3) -> list[Any]:
    """Whom an act or a thing named by a noun is aimed at or goes to: every object of its
    against/on/to/for/into/with, or of those of a participle hung on it, that is an actor ("air
    strikes against the rebels and against Turkish troops", "sanctions imposed on Eritrea"),
    else such objects inside its of/in phrases or inside those of its objects that are things
    ("the release of $1.2 billion in assistance to Egypt", "support for the installation of
    latrines to Haitian people"): all those of the first depth that finds one."""
    heads = [thing, *(c for c in thing.children if _participle(c))]
    objects = [(p.lower_, o) for head in heads for p in _prepositions(head) for o in p.children if o.dep_ == "pobj"]
    found = [o for prep, o in objects if prep in _AIM_PREPS and o.ent_type_ not in _NOT_ACTOR_LABELS and _is_actor(o)]
    if found or depth <= 1:
        return found
    inside = [o for prep, o in objects if prep in _AIM_PREPS | _INSIDE_PREPS]
    return [actor for part in inside for actor in _aimed_at(part, depth=depth - 1)]


def _thing_aims(token: Any) -> list[Any]:
    """Whom a prepositional object that is a thing is aimed at (``_aimed_at``), else where
    it is done (``_place_of``: "contribute troops to a peacekeeping force in Liberia"),
    unless "at" already says where ("fired at targets in Donetsk")."""
    if not _thing(token):
        return []
    return _aimed_at(token) or (_place_of(token) if token.head.lower_ != "at" else [])


def _place_of(thing: Any) -> list[Any]:
    """Where an act or arrangement named by a noun is done, as whom it is aimed at: the place
    of its "in" phrase ("imposed a curfew in the capital", "agreed to a ceasefire in
    Donbas", "attend a summit in Switzerland"). A thing whose modifier is an agent noun is
    that actor's and stays the target ("attacked a military base in northern Mali")."""
    if any(agent_role(c) for c in thing.children if c.dep_ in MODIFIER_DEPS):
        return []
    preps = [p for p in _prepositions(thing) if p.lower_ == "in"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and _names_place(o)]


def _prepositions(head: Any) -> list[Any]:
    """The prepositions hung on ``head`` and those conjoined with them ("against the rebels
    and against Turkish troops")."""
    preps = [p for p in head.children if p.dep_ == "prep"]
    return preps + [c for p in preps for c in p.conjuncts if c.pos_ == "ADP" and c not in preps]


def _thing(token: Any) -> bool:
    """A common noun that names no actor by itself or by its modifiers ("support", "the
    release", "dozens of artifacts"), though a phrase hung on it may."""
    return token.pos_ in {"NOUN", "NUM"} and not _named_head(token) and agent_role(token) is None


def names_actor(token: Any) -> bool:
    """True when the phrase ``token`` heads names a person, group, organisation or place:
    its head, a modifier of it or what it is a part of is a proper noun or a named entity
    ("Palestinian people", "the rebel-held enclave of Eastern Ghouta"); not "an appeal for
    $234 million in emergency aid for Zimbabwe", which names a thing."""
    if token.pos_ == "PRON" or _named_head(token):
        return True
    named = [o for p in token.children if p.lower_ == "of" for o in p.children]
    named += [c for c in token.children if c.dep_ == "appos"]  # "his counterpart, President X"
    return any(_named_head(o) for o in named)


def _named_partners(source: Any) -> bool:
    """True for "Mexico and the United Kingdom signed ...": conjoined names, each its own
    actor (not "Both Russia and the Syrian government", one side; not "Yemeni army and allied
    forces", a group and its allies; not "Bosnia and Herzegovina", one name)."""
    if not source.conjuncts or any(c.dep_ == "preconj" for c in source.children):
        return False
    name = next((e for e in doc_ents(source.doc) if e.start <= source.i < e.end), None)
    if name is not None and any(name.start <= c.i < name.end for c in source.conjuncts):
        return False
    return all(_named(t) for t in (source, *source.conjuncts))


def _named(token: Any) -> bool:
    """A name of an actor or place: not "Thursday" or "$234 million"."""
    if token.ent_type_ in _NOT_ACTOR_LABELS:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in ACTOR_LABELS


def _names_place(token: Any) -> bool:
    """True when a phrase's head or a modifier of it is a place ("Syria", "Niger's Maradi
    region", "the Eritrea-Djibouti border"), or its head is a part of one ("northern parts of
    South Sudan")."""
    words = [token, *(c for c in token.children if c.dep_ in MODIFIER_DEPS)]
    words += [o for p in token.children if p.lower_ == "of" for o in p.children]
    return any(t.ent_type_ in PLACE_LABELS for t in words)


def actor_spans(trigger: Any) -> tuple[list[list[int]], list[list[int]]]:
    """``(source spans, target spans)`` of the event triggered by ``trigger``: the character
    spans of ``actor_phrases``."""
    sources, targets = actor_phrases(trigger)
    return [list(p.span) for p in sources], [list(p.span) for p in targets]


class Phrase(NamedTuple):
    """An actor's phrase: its head token, its character span and whether the span holds the
    phrases conjoined with the head."""

    head: Any
    span: tuple[int, int]
    conjuncts: bool


def actor_phrases(trigger: Any) -> tuple[list[Phrase], list[Phrase]]:
    """``(source phrases, target phrases)`` of the event triggered by ``trigger``
    (``_source_phrases`` for conjoined names)."""
    source = source_token(trigger)
    found = target_tokens(trigger)
    if (clause := reported_plan(trigger)) is not None:
        found = target_tokens(clause)  # "said South Africa would give Nigeria aid": Nigeria
    if demanded(trigger) and source is not _doer(trigger):
        found = [_subject(demand_clause(trigger)), *found]  # the one a demand is made of
    sources, partners = _source_phrases(source, trigger, found)
    if partners or any(names_actor(t) for t in found):
        found = [t for t in found if _is_actor(t)]  # "a partnership in energy" is no one
    found = [t for t in found if t.pos_ != "PRON" and _names_anyone(t)]
    return sources, partners + [phrase for t in found for phrase in _target_phrases(t)]


def _source_phrases(source: Any | None, trigger: Any, targets: list[Any]) -> tuple[list[Phrase], list[Phrase]]:
    """``(source phrases, partner phrases)`` for the source head ``source``. Conjoined names
    are each their own actor: each is a source ("Mexico and Canada agreed to lift tariffs on
    American products"), or, when they act on nobody else, a joint act, coded as CAMEO
    codes "A and B signed a deal": the first name is the source and the others are its
    targets (partners)."""
    if source is None or source.pos_ == "PRON":
        return [], []
    if source.head.lower_ == "between":  # "a phone call between A and B"
        return [_phrase(source, conjuncts=False, source=True)], []
    if not _named_partners(source):
        return [_phrase(source, source=True)], []
    if _acts_on_others(trigger, targets):
        names = (source, *source.conjuncts)
        return [_phrase(name, conjuncts=False, source=True) for name in names], []
    partners = [_phrase(c, conjuncts=False) for c in source.conjuncts]
    return [_phrase(source, conjuncts=False, source=True)], partners


def _target_phrases(token: Any) -> list[Phrase]:
    """The phrases of a target head: one for each of conjoined names, each its own actor
    ("sanctions imposed on India and Pakistan": "India", "Pakistan"), else its phrase."""
    if token.dep_ != "conj" and _named_partners(token):
        names = (token, *token.conjuncts)
        return [_phrase(name, conjuncts=False, target=True) for name in names]
    return [_phrase(token, target=True)]


def _names_anyone(token: Any) -> bool:
    """True when a word of the target phrase ``token`` heads is a name or an agent noun ("a
    request from The New York Times", "the deputy chief of Israel's militia ally"); "a hunger
    strike", "12 human skulls" and "the recommendation" are things, never a target."""
    first, last = _phrase_edges(token, appositions=True, conjuncts=True, target=True)
    words = token.doc[first.i : last.i + 1]
    return any(_named(t) or agent_role(t) is not None for t in words)


def _phrase(token: Any, *, conjuncts: bool = True, source: bool = False, target: bool = False) -> Phrase:
    span = phrase_span(token, conjuncts=conjuncts, source=source, target=target)
    return Phrase(token, span, conjuncts)


def actor_names(trigger: Any, names: Any, *, sources: list[str], targets: list[str]) -> tuple[list[str], list[str]]:
    """The event's ``(actors, targets)`` names read from its phrases, so that every name is
    in its span: ``names`` (``slots.ActorNames``) names each phrase's head, its modifiers and
    conjuncts; a phrase naming nobody keeps the given names written inside it, else, as a
    source, its words ("a senior official"). A role with no phrase keeps its given names."""
    found = []
    for role, given, subject in zip(actor_phrases(trigger), (sources, targets), (True, False)):
        named = [n for p in role for n in _phrase_names(p, names, given=given, subject=subject)]
        found.append(list(dict.fromkeys(named)) if role else given)
    return found[0], [n for n in found[1] if n not in found[0]]


def _phrase_names(phrase: Phrase, names: Any, *, given: list[str], subject: bool) -> list[str]:
    """The names of one phrase (see ``actor_names``)."""
    if phrase.conjuncts:
        named = names.names(phrase.head, subject=subject)
    else:
        named = [name] if (name := names.name(phrase.head, subject=subject)) else []
    written = doc_text(phrase.head.doc)[phrase.span[0] : phrase.span[1]]
    named = named or [n for n in given if n in written]
    return named or ([phrase_text(phrase.head)] if subject else [])


def _clause_targets(trigger: Any, *, depth: int = 3) -> list[Any]:
    """Targets of an act that names none itself: the actors of the act it agrees, offers,
    plans or serves to do ("offered to negotiate with the president of Armenia", "is
    considering sending aid to help North Korea", "donated ventilators to help Ethiopia"),
    else the subject of the clause a speaking act is about ("denounced ..., saying Rwanda
    had armed the militias") or, when that is the speaker again, what that clause acts on
    ("Lebanon says it will not accept any more Syrian refugees")."""
    for child in trigger.children:
        if child.pos_ != "VERB" or not (child.dep_ in {"xcomp", "ccomp"} or purpose_clause(child)):
            continue
        subject = _subject(child) if child.dep_ == "ccomp" else None
        found = [subject] if subject is not None else [t for t in _own_targets(child) if _is_actor(t)]
        if not found and depth > 1:
            found = _clause_targets(child, depth=depth - 1)
        if found:
            return found
    return []


def purpose_clause(clause: Any) -> bool:
    """An adverbial clause of purpose: "to help North Korea", "summoned the ambassador to
    complain"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _is_actor(token: Any) -> bool:
    """A phrase that names an actor or is headed by an agent noun ("Syrian refugees")."""
    return names_actor(token) or agent_role(token) is not None


def _acts_on_others(trigger: Any, targets: list[Any]) -> bool:
    """True when the act, or the act it is agreed or planned to do ("agreed to lift tariffs
    on American products"), has a target that names an actor other than where it happens
    ("Barack Obama and Vladimir Putin will meet in Zurich" is a meeting of the two)."""
    planned = [c for c in trigger.children if c.dep_ == "xcomp"]
    found = targets + [t for v in planned for t in target_tokens(v)]
    return any(names_actor(t) and t.head.lower_ not in _PLACE_PREPS for t in found)


def phrase_text(token: Any) -> str:
    """The phrase a token heads, as written (for a source named by a common noun phrase)."""
    first, last = _phrase_edges(token)
    return token.doc[first.i : last.i + 1].text.strip()
