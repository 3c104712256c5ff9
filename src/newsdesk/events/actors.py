"""Where an event's source and target actors are written: character spans from the parse.

The source is the subject (or passive agent) of the event's trigger verb, or of the verb it
hangs from when its own subject is a pronoun or missing ("Israel said it would strike",
"troops moved in and shelled the town"); "according to X" is never a source, a subject
owned by a pronoun in a reported clause is the speaker's ("Bosnia said their forces had
completed ..."), and an act a speaker demands of someone is the speaker's ("Russia says
Israel must end attacks"), while
a plan a speaker reports of a named actor is that actor's ("X will meet Y, X's office
said"). An act
named by a noun is done by its possessor (not a day: "Yesterday's attack by Hamas" is
Hamas's), a modifier naming a group ("Saudi attacks on
Qatar", not the place in "the Ghazni attacks"), its "by" object or the first of "between A
and B", else by the subject of the verb it is the object of (or whose object it is a
compound of: "announced a ceasefire initiative"), unless that verb reports it ("France
condemned the attack": ``reported.py``); an agentless passive done with a thing a name
modifies has that means as its source ("killed in Israeli air strikes"), one whose subject
names its doer that doer (an armed force moved: "UN peacekeepers were deployed"; whoever put
a restriction in place: "UN sanctions against Iran were lifted", the UN, done to Iran;
``source_heads.own_subject``), one with none the
subject of an "after" clause naming the material act of its kind that brought it about ("was
freed after the president pardoned her": ``caused.py``); an act of force done to someone
held in custody with no doer named, a death or an agentless passive, is the custodian's, the
custody's phrase the source and the one held the target ("died while in Israeli police
custody": ``custody.py``); who dies is acted on, never the doer, as the dictionary's DIE
block codes a death on the dead: a death's source is the name of its means ("died in an
Israeli air strike") or the subject of the act of force after which it came ("died after
police opened fire": ``caused.py``), else no one, and the dead its target; an arrest or
expulsion with no doer named done in or from a named state or city is that state's ("were
expelled from the U.S.": the United States). Targets are the objects and the objects
of to/with/against/on/at/into/toward (of from/in/near/inside when they are places, and of a
preposition of reference: "imposed sanctions in relation to X"); an object that is a thing gives way to the
actors it is aimed at, also when a phrase inside it says so ("air strikes against X and
against Y",
"sanctions placed on X", "the release of $1.2 billion in assistance to X", a restriction's
"of" object: "the blockade of X"; against or on it, a thing an agent noun says whose it is:
"a missile attack against a military base", also through the name in apposition to the act:
"a military operation, Operation X, against militants"; a thing whose aim phrase names one
only further down: "provided $340 million for assistance in northern Iraq", northern Iraq,
``target_heads.buried_actor``) or, when it
is aimed at no one, to the place it is done in ("imposed a curfew in X", "attend a summit in
X", "condemned terrorist attacks in X", whose agent noun is the doer; not "attacked a
military base in X", which an agent noun makes the military's, also
when the parse hangs the place on the verb: "attacked a military recruiting station in
Little Rock", the station, named by Little Rock), the
source's own armed force is no target ("withdrew its troops"), an office left is aimed at
the body it serves ("resigned as president of X"), an object that
names no actor to a prepositional object that does ("provided training to X"), to whom
what it asks for is aimed at ("called for sanctions against X"), to the actor a thing comes
from when no place names it ("requested assistance from the national guard") or to the
actor that the clause hung on it is about ("expressed hope that X would ...", "an
invitation to visit X"); an act whose targets name no actor takes those of the act it
agrees, offers or serves to do ("provided assistance to help Americans", "said it will not
negotiate with Argentina"), else whom the source asks or presses to do it ("urged
Washington to lift sanctions"); an act those sent somewhere are sent to do is aimed at where
they are sent ("sent officials to Qatar to investigate a report": Qatar). An act named by a noun is also done to the actor its "of"
names ("the invasion of South Lebanon") and to the actor of an aim phrase the parse hangs on
the verb whose object the noun is ("staged rallies in Gaza against X"). A target phrase with
no name and no agent noun among its words is a thing and no target ("a hunger strike", "12
human skulls"); a person named by kinship or captivity is an agent noun ("arrested his wife",
"freed the hostages"). Two conjoined names that act on nobody else are a joint act: the
first is the source, the other the target ("Brazil and the United States are seeking to
deepen a partnership"); conjoined names that act on another, or three or more, are each a
source ("Mexico and Canada agreed to lift tariffs on American products"; "China, Japan and
the European Union condemned the decision"), and so is each of a list of states the parse
hangs on the first as an apposition ("Israel, Saudi Arabia, and the United Arab Emirates
expressed ...": ``phrases.listed_states``), and conjoined names acted on are each a target
("sanctions imposed on India and Pakistan"); conjoined phrases that each name an actor but
are not all names are each a source ("ICE and CBP officials"), and so is each of the named
bodies a group's "of" phrase lists ("The presidents of Iraq and Egypt": "The
presidents of Iraq", "Egypt"); conjoined phrases acted on that each have a name in their
own head or modifiers are each a target ("the rift between Qatar and other Gulf states"),
not one owned by a pronoun ("the Syrian army and its ally Hezbollah"); a name and the others
of its kind are two actors, each a source or a target ("Democrats and other critics blasted
...", "sanctions on Iran and other blacklisted nations"). An act received or
undergone from a named actor is that actor's, done to the receiver, as aid received is
("faces pressure from Congress": ``received.py``). An act an appeal
verb asks for with "for" is the asker's ("called for the withdrawal": ``asked.py``), and a
group that names no one is the actors it lists with "including". A pronoun of quantity whose
"of" names the whole is that whole's part, a source or target as the whole would be and
named by it ("Some of the rebels attacked ...", "expelled some of the U.N. peacekeepers":
``phrases.partitive_whole``), unlike a bare pronoun ("it", "some of them"). A span covers the head's phrase, its apposition ("Kenzo Oshima, the
United Nations Emergency Relief Coordinator"; a target named by a name leaves out the
description after its comma: "Tripoli, the capital of Libya") and its conjuncts, without
the clauses hung on it, the adjective of a verb of two words the parse hangs on it ("let
free activists": "activists"), a date ("The United Nations on Tuesday") or trailing punctuation (a
participle that says whose or where people are stays: "British forces based in X"; a subject
the parse splits into several is one phrase: "The rebel Free Syrian Army"); a source's phrase
also leaves out where and when ("The Foreign Office during a weekly briefing") and a participle
that names no actor ("attacks, occurring every three days") and keeps a gerund of force
the parse reads as a verb after the noun compounded on it ("Syrian government shelling
killed ...": ``misread_gerund``), a target
actor's what is said beside it ("U.S. calls for a unilateral ceasefire": "U.S. calls") and,
for people or a thing its words name, where they are ("summoned the Russian ambassador in
Warsaw": "the Russian ambassador"; "attacked an Afghan army base in X": "an Afghan army
base"; "families in Aleppo" and a place's "near X" stay). The event's
actor names are read from these phrases (``actor_names``), so every name is in its span; a
named person or organisation whose title or description names a state or people is also
named by it ("French President Emmanuel Macron": Emmanuel Macron and French; "A member of
the Syrian parliament, Mohammed Mamoun": Syrian; the place before an office of a state's
organ in apposition, "Samantha Power, the U.S. ambassador": United States, not a field,
"a North Korea expert"; the body a body in an office's "of" is part of, "a member of the
foreign affairs committee of the Italian parliament"), as a common noun is ("French
officials": French) and as CAMEO codes an actor by its country, and a person also by the
organisation its title names ("NATO Secretary General Jens Stoltenberg": NATO), as CAMEO codes an
organisation's officers; a government named by the person who leads it is that government,
not the person ("The Bush administration": Bush administration).
Agent nouns ("refugees", "militants") come from the lexicon in ``events/agents.py``.
docs/figures-events.md gives the rules with the dev errors they answer.

Hand-written because no library reads CAMEO-style actor roles from a dependency parse:
PETRARCH-2, which did, needs constituency parses and is unmaintained.

This module makes the phrases of both roles and reads their names; the heads come from
``source_heads.py`` and ``target_heads.py``, a phrase's extent and what it names from
``phrases.py``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from newsdesk.events.asked import asking_verb
from newsdesk.events.caused import cause_doer
from newsdesk.events.custody import arresting_state, custodian, custody_extent
from newsdesk.events.phrases import (
    bare_pronoun,
    is_actor,
    is_example,
    listed_actor,
    listed_states,
    named_partners,
    names_actor,
    names_anyone,
    owners_listed,
    partitive_part,
    phrase_edges,
    phrase_span,
    phrase_text,
    separate_actors,
    separate_targets,
)
from newsdesk.events.received import giver, receives_act
from newsdesk.events.source_heads import (
    demand_clause,
    demanded,
    dies,
    doer,
    nominal_subject,
    own_subject,
    passive_means,
    reported_plan,
    source_token,
)
from newsdesk.events.target_heads import (
    acts_on_others,
    aimed_at,
    buried_actor,
    target_tokens,
    thing_place,
)
from newsdesk.parsed import doc_text


def actor_spans(trigger: Any) -> tuple[list[list[int]], list[list[int]]]:
    """``(source spans, target spans)`` of the event triggered by ``trigger``: the character
    spans of ``actor_phrases``."""
    sources, targets = actor_phrases(trigger)
    return [list(p.span) for p in sources], [list(p.span) for p in targets]


class Phrase(NamedTuple):
    """An actor's phrase: its head token, its character span, whether the span holds the
    phrases conjoined with the head, and the places that say whose a custody is
    (``custody.custody_extent``)."""

    head: Any
    span: tuple[int, int]
    conjuncts: bool
    where: tuple[Any, ...] = ()


def actor_phrases(trigger: Any) -> tuple[list[Phrase], list[Phrase]]:
    """``(source phrases, target phrases)`` of the event triggered by ``trigger``
    (``_source_phrases`` for conjoined names); aid or an act received is the giver's, done to the
    receiver (``received.py``)."""
    if receives_act(trigger):
        return _received_phrases(trigger)
    source = source_token(trigger)
    if (asking := asking_verb(trigger)) is not None:
        source = source_token(asking)  # "called for the withdrawal": the caller's appeal
    if source is None:
        source = cause_doer(trigger)  # "was freed after the president pardoned her"
    if source is not None:
        source = listed_actor(source)  # "Several groups including A and B": A and B
    found = target_tokens(trigger)
    if (clause := reported_plan(trigger)) is not None:
        found = target_tokens(clause)  # "said South Africa would give Nigeria aid": Nigeria
    if demanded(trigger) and source is not doer(trigger):
        found = [nominal_subject(demand_clause(trigger)), *found]  # the one a demand is made of
    if source is not None and source == own_subject(trigger):  # "UN sanctions were lifted"
        found = _without_own_subject(found, source)
    held = custodian(trigger) if source is None or dies(trigger) else None
    if held is None and source is None:
        source = arresting_state(trigger)  # "was arrested in DC": its authorities
    if held is not None:  # "died in police custody": the custodian's act on the one held
        sources, partners = [_custody_phrase(held)], []
        found = _held_targets(trigger, held, found)
    elif dies(trigger):  # "two protesters died after police opened fire": done to the dead
        sources, partners = _source_phrases(_death_doer(trigger), trigger, found)
        found = [*_dead(trigger), *found]
    else:
        sources, partners = _source_phrases(source, trigger, found)
    if partners or any(names_actor(t) for t in found):
        found = [t for t in found if is_actor(t)]  # "a partnership in energy" is no one
    found = [t for t in found if not bare_pronoun(t) and names_anyone(t, target=True)]
    found = list(dict.fromkeys(buried_actor(t) or t for t in found))  # "aid for X in Y": Y
    targets = [phrase for t in found for phrase in _target_phrases(t)]
    return sources, partners + [_without_second_word(p, trigger) for p in targets]


def _without_second_word(phrase: Phrase, trigger: Any) -> Phrase:
    """A target phrase that opens with the adjective completing the trigger as a verb of two
    words, which the parse hangs on the noun after it ("let free activists": *let free*,
    "activists"), starts after it. ``cameo`` is imported on use: it imports this module."""
    from newsdesk.events.cameo import adjective_complements, cameo_dictionary

    words = trigger.doc.char_span(phrase.span[0], phrase.span[1], alignment_mode="expand")
    if words is None or len(words) < 2 or words[0] not in adjective_complements(trigger):
        return phrase
    if f"{trigger.lemma_.lower()} {words[0].lower_}" not in cameo_dictionary()["forms"]:
        return phrase  # "met German Chancellor Angela Merkel": no verb "meet German"
    return phrase._replace(span=(words[1].idx, phrase.span[1]))


def _without_own_subject(found: list[Any], source: Any) -> list[Any]:
    """The targets of an agentless passive whose subject names its doer
    (``source_heads.own_subject``): not the force that moved itself, and for a restriction
    whom it is aimed at, not the restriction ("UN sanctions against Iran were lifted": Iran)."""
    subject = source if source.dep_ == "nsubjpass" else source.head
    aimed = aimed_at(subject) if subject != source else []
    return [t for t in found if t != subject] + [t for t in aimed if t not in found]


def _death_doer(trigger: Any) -> Any | None:
    """Who dealt a death outside custody: the name of its means ("died in an Israeli air
    strike", ``source_heads.passive_means``) or the subject of the act of force that
    brought it about ("died after police opened fire", ``caused.cause_doer``), else no one;
    never the one who died. The means must be an act or instrument of force
    (``_force_means``): "died in a Turkish earthquake", "in a Chinese hospital" or "in a
    Senate committee" names a natural event, a place or an institution, no doer."""
    means = passive_means(trigger)
    return means if means is not None and _force_means(means) else cause_doer(trigger)


#: The CAMEO roots of acts of force: assault (18), fight (19), mass violence (20).
_FORCE_ROOTS = ("18", "19", "20")


def _force_means(noun: Any) -> bool:
    """True for a noun of an act of force the dictionary codes (``cameo.noun_code``: "air
    strike", "shelling", "raid") or of a weapon its patterns name ("missile", "bomb",
    "strike"). ``cameo`` is imported on use: it imports this module."""
    from newsdesk.events.cameo import noun_code, noun_words, weapon_nouns

    coded = noun_code(noun)
    if coded is not None and coded[1].startswith(_FORCE_ROOTS):
        return True
    return bool(noun_words(noun) & weapon_nouns())


def _dead(trigger: Any) -> list[Any]:
    """Who died: the subject of a verb of dying (``source_heads.dies``)."""
    return [c for c in trigger.children if c.dep_ == "nsubj"]


def _held_targets(trigger: Any, held: Any, found: list[Any]) -> list[Any]:
    """The targets of an act done in custody (``custody.custodian``): the one who died, for
    a death, and the others found, not the custody's own words ("in prison in Rangoon")."""
    first, last, _ = custody_extent(held)
    inside = set(range(first.i, last.i + 1))
    died = _dead(trigger) if dies(trigger) else []
    return [*died, *(t for t in found if t.i not in inside and t not in died)]


def _custody_phrase(held: Any) -> Phrase:
    """The phrase of a custody that did an act, cut as a source's phrase is, with the place
    that says whose it is (``custody.custody_extent``)."""
    first, last, places = custody_extent(held)
    return Phrase(held, (first.idx, last.idx + len(last)), False, tuple(places))


def _received_phrases(trigger: Any) -> tuple[list[Phrase], list[Phrase]]:
    """``(source phrases, target phrases)`` of aid received: the giver's phrase, the object
    of "from" ("received weapons from the government"), and the receiver's, whose phrase is
    the subject's."""
    given, receiver = giver(trigger), source_token(trigger)
    sources = [_phrase(given, source=True)] if given is not None and not bare_pronoun(given) else []
    if receiver is None or bare_pronoun(receiver) or not names_anyone(receiver, target=True):
        return sources, []
    return sources, _target_phrases(receiver)


def _source_phrases(source: Any | None, trigger: Any, targets: list[Any]) -> tuple[list[Phrase], list[Phrase]]:
    """``(source phrases, partner phrases)`` for the source head ``source``. Conjoined names
    are each their own actor: each is a source ("Mexico and Canada agreed to lift tariffs on
    American products"), or, when they act on nobody else, a joint act, coded as CAMEO
    codes "A and B signed a deal": the first name is the source and the other its target
    (partner); three or more names are each a source, as a list of parties each acting is.
    Conjoined phrases that each name an actor but are not all names
    ("KRG President X and top Kurdish officials", "the African Union and the Ecowas bloc")
    are each a source, as the annotators of real newswire mark them (``separate_actors``)."""
    if source is None or bare_pronoun(source):
        return [], []
    if is_example(source):  # "Several groups including A and B": one side
        return [_phrase(source, source=True)], []
    if source.head.lower_ == "between":  # "a phone call between A and B"
        return [_phrase(source, conjuncts=False, source=True)], []
    if (owners := owners_listed(source)) is not None:  # "The presidents of Iraq and Egypt"
        return _listed_owner_phrases(source, owners), []
    if listed := listed_states(source):  # "The United States, India, Israel and others"
        return _listed_state_phrases(source, listed, acts=acts_on_others(trigger, targets))
    if separate_actors(source) and not named_partners(source):
        names = (source, *source.conjuncts)
        return [_phrase(name, conjuncts=False, source=True) for name in names], []
    if not named_partners(source):
        return [_phrase(source, source=True)], []
    if acts_on_others(trigger, targets) or len(source.conjuncts) > 1:  # not a pair: each acts
        names = (source, *source.conjuncts)
        return [_phrase(name, conjuncts=False, source=True) for name in names], []
    partners = [_phrase(c, conjuncts=False) for c in source.conjuncts]
    return [_phrase(source, conjuncts=False, source=True)], partners


def _listed_state_phrases(
    source: Any, listed: list[Any], *, acts: bool
) -> tuple[list[Phrase], list[Phrase]]:
    """``(source phrases, partner phrases)`` of a list of states the parse hangs on the first
    as an apposition (``phrases.listed_states``), read as conjoined names are: each a source
    when they act on another or are three or more ("The United States, India, Israel,
    Pakistan and other governments have sent supplies"), else a joint act of the two."""
    first, last = phrase_edges(source, source=True)
    head = Phrase(source, (first.idx, last.idx + len(last)), False)
    if acts or len(listed) > 1:
        return [head, *(_phrase(item, conjuncts=False, source=True) for item in listed)], []
    return [head], [_phrase(item, conjuncts=False) for item in listed]


def _listed_owner_phrases(source: Any, owner: Any) -> list[Phrase]:
    """The source phrases of a group whose "of" phrase lists several named bodies
    (``phrases.owners_listed``): the group with the first ("The presidents of Iraq"), then
    each other one alone ("Egypt")."""
    first, _ = phrase_edges(source, appositions=True, source=True)
    _, last = phrase_edges(owner, appositions=True, source=True)
    others = [_phrase(c, conjuncts=False, source=True) for c in owner.conjuncts]
    return [Phrase(source, (first.idx, last.idx + len(last)), False), *others]


def _target_phrases(token: Any) -> list[Phrase]:
    """The phrases of a target head: one for each of conjoined names, each its own actor
    ("sanctions imposed on India and Pakistan": "India", "Pakistan"), and for each of
    conjoined phrases that each name an actor (``phrases.separate_targets``: "the rift between
    Qatar and other Gulf states"), else its phrase."""
    if token.dep_ != "conj" and (named_partners(token) or separate_targets(token)):
        names = (token, *token.conjuncts)
        return [_phrase(name, conjuncts=False, target=True) for name in names]
    places = tuple(thing_place(token))  # "an army camp in western Kabul": named by Kabul
    phrase = _phrase(token, target=True)._replace(where=places)
    if (part := partitive_part(token)) is not None:  # "some of the U.N. peacekeepers"
        phrase = phrase._replace(span=(part.idx, phrase.span[1]))
    return [phrase]


def _phrase(token: Any, *, conjuncts: bool = True, source: bool = False, target: bool = False) -> Phrase:
    span = phrase_span(token, conjuncts=conjuncts, source=source, target=target)
    if source and (gerund := misread_gerund(token, span)) is not None:
        span = (span[0], gerund.idx + len(gerund))  # "Syrian government shelling killed ..."
    return Phrase(token, span, conjuncts)


#: Parse labels of a gerund of force the parser reads as a verb of the clause after the noun
#: it is compounded on: an auxiliary ("government shelling killed") or an adverbial clause
#: ("killed in Israeli tank shelling").
_MISREAD_GERUND_DEPS = frozenset({"aux", "advcl"})
#: What makes a gerund a verb of its own: its objects and its clauses.
_VERB_DEPS = frozenset({"dobj", "dative", "nsubj", "ccomp", "xcomp", "attr"})


def misread_gerund(head: Any, span: tuple[int, int]) -> Any | None:
    """The gerund naming an act of force that the parse reads as a verb of the clause though
    it is the noun the source's phrase modifies, written right after it, or None: "Syrian
    government shelling killed one Turkish soldier and wounded another" ("shelling" an
    auxiliary of "killed"), "were killed in Israeli tank shelling in the east of the Gaza
    Strip" ("shelling" an adverbial clause): the doer's phrase is "Syrian government
    shelling", as the act's phrase, "Israeli air strikes", is when the parse reads it as a
    noun (``source_heads.passive_means``) and as the annotators of real newswire mark it.
    Only a singular noun ending the phrase reads as the gerund's modifier ("Government
    troops shelling killed one soldier", "the rebels fighting in the north" are people doing
    it), only a gerund with no object or clause of its own ("Israeli tank shelling the
    camp"), and never after the "by" of a passive, where the parse reads the group doing it
    ("kidnapped by ISIS fighting in Syria") and the act ("wounded by Hamas shelling near the
    border") alike: there the source's phrase is the noun's, as before events 106."""
    from newsdesk.events.cameo import NOUN_TRIGGERS

    doc = head.doc
    if head.idx + len(head) != span[1] or head.tag_ not in {"NN", "NNP"} or head.i + 1 >= len(doc):
        return None
    gerund = doc[head.i + 1]
    code = NOUN_TRIGGERS.get(gerund.lower_, "")
    if gerund.tag_ != "VBG" or gerund.dep_ not in _MISREAD_GERUND_DEPS or not code.startswith(_FORCE_ROOTS):
        return None
    if gerund.head not in head.ancestors or any(c.dep_ in _VERB_DEPS for c in gerund.children):
        return None
    if head.head.dep_ == "agent":
        return None  # "by ISIS fighting in Syria", "by Hamas shelling near the border": one parse
    return gerund


def actor_names(
    trigger: Any, names: Any, *, sources: list[str], targets: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """The event's ``(actors, targets, title_states)`` names read from its phrases, so that
    every name is in its span: ``names`` (``slots.ActorNames``) names each phrase's head, its
    modifiers and conjuncts; a phrase naming nobody keeps the given names written inside it,
    else, as a source, its words ("a senior official"). A role with no phrase keeps its given
    names. ``title_states``: the names among them that only a named actor's title gives (the
    state or people of "US President Donald Trump", ``ActorNames.affiliation``), no phrase's
    own name, so that a reader can tell two officials of one state from one actor."""
    found, states = [], []
    own: set[str] = set()
    for role, given, subject in zip(actor_phrases(trigger), (sources, targets), (True, False)):
        named = []
        for phrase in role:
            phrase_own, phrase_states = _phrase_names(phrase, names, given=given, subject=subject)
            named += phrase_own + phrase_states
            own.update(phrase_own)
            states += phrase_states
        kept = [] if subject and dies(trigger) else given  # the dead did no act
        found.append(list(dict.fromkeys(named)) if role else kept)
        own.update(() if role else kept)
    actors, targets = found[0], [n for n in found[1] if n not in found[0]]
    return actors, targets, list(dict.fromkeys(n for n in states if n not in own))


def _phrase_names(phrase: Phrase, names: Any, *, given: list[str], subject: bool) -> tuple[list[str], list[str]]:
    """The names of one phrase (see ``actor_names``): its own, and the states or peoples its
    named heads' titles add."""
    if phrase.conjuncts:
        named = names.names(phrase.head, subject=subject)
    else:
        named = [name] if (name := names.name(phrase.head, subject=subject)) else []
    named += [n for place in phrase.where if (n := names.name(place)) and n not in named]
    written = doc_text(phrase.head.doc)[phrase.span[0] : phrase.span[1]]
    named = named or [n for n in given if n in written]
    named = named or ([phrase_text(phrase.head)] if subject else [])
    heads = (phrase.head, *phrase.head.conjuncts) if phrase.conjuncts else (phrase.head,)
    found = [a for h in heads if (a := names.affiliation(h, span=phrase.span))]
    return named, [a for a in found if not any(a in n for n in named)]
