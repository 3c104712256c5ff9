"""Events: who did what to whom, when and where, coded in PLOVER (with a CAMEO code).

``EventsAnalyser`` is a per-article analyser (layer ``"events"``). It runs after the
``times`` layer (and the ``mentions`` layer when present) and reads them from
``article.annotations``. A record::

    {"trigger": "request", "action": "request", "actors": ["Kassym-Jomart Tokayev"],
     "targets": [], "date": "2022-01-05", "date_precision": "day", "place": "Kazakhstan",
     "cameo": "020", "plover": "REQUEST", "negated": false, "modality": "asserted",
     "confidence": 0.71, "source_spans": [[s, e]], "target_spans": [],
     "text": "<the sentence>", "start": ..., "end": ..., "trigger_start": ..., "trigger_end": ...}

How a sentence is coded:
1. ``classify.py``: a learned classifier gives each sentence a probability for each of the 16
   PLOVER types used by POLECAT and for "no event". A sentence whose "no event" probability
   passes the model's threshold gets no event, whatever words it contains.
2. The sentence gets its ONE best type: the classifier's probability plus a bonus when the
   dictionary coder (3) codes an asserted or future ("will meet") event of that type in it
   (not a future one under the verb it codes as the intent to do it: "said they will
   release the hostages" is the intent, 035); a
   second type only when that one is coded too and scores nearly as high (a sentence reporting
   two events), and of two such types only those coded on the main verbs: the governing
   verb, the root and the verbs coordinated with them ("sent troops and promised aid" reports
   two acts; a purpose clause's "to help" is no second act). Without a coded event the classifier must be surer that there
   is an event. When the coder codes no type, the main verb's dictionary type counts as coded
   on it if the parse gives its event an actor (``verb_type``: "Refugees have received food",
   whose subject the coder takes for no actor), with a lower bar for "no event"; when it
   codes types only on circumstances (a "while" clause, an act noun in the subject), the
   main verb's type counts as coded on it too if that verb is done, not negated and no
   statement (``sentence_types``).
   A sentence whose main act the dictionary codes as a public statement (CAMEO 01: "expressed
   concern", "declined to comment"), by the verb or by the clause it embeds ("the rebels
   claimed that they had attacked the base": a claim of responsibility, 015), and on whose
   main verb it codes no type reports no event.
3. ``rules.py``: the PETRARCH-2 dictionary coder proposes events with triggers, actors, a
   CAMEO code, negation and modality (its parts: ``cameo.py`` the dictionary and the codes,
   ``slots.py`` the actors, ``modality.py``, ``record.py`` the record with its date and
   place, ``embedded.py`` a verb coded by the clause it embeds). An event of the chosen type (``event_of_type``) is taken
   from it when it has one (the one nearest the parse root); otherwise the event is built on the sentence's
   governing verb (the reported clause's verb, so a speaker is not the actor of what they
   report, except for accusations, requests and rejections, which are the speaking; under a
   passive that takes a clause, "X is scheduled to attend", the clause's verb, done by X).
   It needs an actor, except on a passive that leaves its doer unnamed ("Hundreds of
   prisoners have been released": an act, whoever did it).
4. ``actors.py``: source and target spans from the parse (subject / agent / object of the
   trigger; "according to X" is never a source); the event's actor names are read from
   them, so every name is in its span.
5. A refused or negated act of cooperation ("will not lift the ban") is coded as the
   rejection it is (REJECT, CAMEO 12x), as CAMEO codes it, before the type decision: the
   dictionary's refusal counts as a coded rejection in step 2.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import QUAD_CLASSES, plover_of
from newsdesk.events.rules import extract_rule_events
from newsdesk.events.sentence import (
    TYPE_CODES,
    coded_types,
    event_of_type,
    extract_events,
    refusal,
    sentence_types,
    stated,
    told_plan,
    undone_types,
    verb_type,
)
from newsdesk.prose import present_tense_caption

__all__ = [
    "QUAD_CLASSES",
    "TYPE_CODES",
    "EventsAnalyser",
    "coded_types",
    "event_of_type",
    "export_events",
    "extract_events",
    "extract_rule_events",
    "plover_of",
    "refusal",
    "sentence_types",
    "stated",
    "told_plan",
    "undone_types",
    "verb_type",
]


class EventsAnalyser:
    """Per-article analyser: the ``events`` layer (after ``times`` and, when present,
    ``mentions``)."""

    layer = "events"
    # 3: a quote closing the sentence stays in the event's text; 4: retrained classifier;
    # 5: future events count as coded, an armed "launched a strike" is an assault, spans keep
    # the actor's apposition; 6: a refused cooperation is a rejection, "is willing to V" an
    # intent to V, "A said B must" a demand, a summons to complain a complaint, a verbal
    # defence, reduced aid, forces on alert; 7: a statement as the main act is no event, "call
    # on / for" is an appeal, "declined to comment" a statement, "should" a demand as "must",
    # a refusal counts as a coded rejection; targets of acts on things, names read from the spans;
    # 8: releases, returns and de-escalation are RETREAT, the classifier retrained on that coder,
    # a phone call's purpose, appositions name actors, military surrenders; targets found
    # inside the thing acted on, conjoined actors each a source or target; 9: a surrender or
    # defence is military by the subject's own role, people by kinship or captivity are
    # targets, a thing aimed at several actors keeps them all; 10: a dictionary pattern whose
    # object is a phrase needs the phrase's words, the classifier retrained on that coder;
    # 11: a source phrase leaves out a participle naming no actor and a dependent hung on it
    # across the clause, a reported subject owned by a pronoun is the speaker's; 12: a
    # trailing "X said" attributes the act it reports, no accusation by X; 13: "swore to do
    # X" as the intent to do X; 14: that rule withdrawn (one verb, one dev sentence); 15: the
    # verbs of the quotes cue lexicon that only report govern their clause, the classifier reads
    # whether a reporting clause trails or leads and is retrained on the current coder; 16: of
    # two close types, only those coded on the main verb; 17: or on a verb coordinated with it
    # ("sent troops and promised aid": two acts); 18: a comma or a lower-case word after a
    # word that ends no sentence opens none (nlp.continuation_opens_no_sentence)
    # 19: an answer to a demand or offer is aimed at its author, sending to a force or mission
    # at the place it serves; people acted on stay a target beside a place; "a state of
    # emergency" is a thing, "dozens of protesters" people
    # 20: a main act the coder codes as a statement by the clause it embeds (a claim of
    # one's own attack) is no event; an agentless passive's act needs no actor; a planned act
    # under the verb coded as the intent to do it is not coded, the intent is
    # 21: with nothing coded, the main verb's dictionary type counts as coded on it when the
    # parse gives its event an actor ("Refugees have received food"), "no event" from 0.3
    # 22: an event read from the parse carries its verb's own dictionary code when that is of
    # the event's type ("have received food" 073), not the type's general code (070)
    # 23: more act nouns, from the CAMEO codebook's category names ("a truce" 0871, "the
    # bombardment" 194, "a mediation effort" 045); an act noun that a verb of ending or easing
    # acts on is no event ("ended mediation efforts", "lifted the sanctions")
    # 25: an act noun that a verb of judging, inquiring or remarking has as its object is
    # reported: it takes no source from the verb ("France condemned the attack"), and its own
    # actors are the verb's targets ("condemned the attack by Hamas")
    # 26: the CAMEO codebook's codes where the dictionary's differ: a restriction eased or
    # imposed ("lifted sanctions" 085, not 0351; "declared a state of siege" 1724, not 1044),
    # a thing returned 084, an undertaking begun as the act its compound names ("launched a
    # mediation effort" 045, not 020)
    # 27: the dictionary's patterns with a prepositional phrase after the object are read
    # ("declared a state of emergency" DECREE + STATE (OF EMERGENCY) 1724, not 012; "launched a
    # mediation between A and B" &MEDIATION BETWEEN 045)
    # 28: an act noun that is the subject of an intransitive verb of ending ("the blockade
    # ended", "the fighting was over") is no event, as one ended by a verb's object is
    # and a hyphenated act noun is read whole ("a cease-fire" 0871, "a sit-in" 141)
    # 29: a dictionary noun of two words is the object's modifier and head side by side
    # ("launched an air strike", "called for suicide attacks" 1383, "invoked a special clause"
    # 106); the dictionary's malformed joined nouns ("IDEA_OF", "TO_WITHDRAW") are left out
    # 30: a day or time that owns an act noun says when it was done, not who did it
    # ("Yesterday's attack by Hamas": Hamas; "Friday's mobilization" names no doer)
    # 31: condemning an attack is a condemnation (111), not the dictionary's comment of
    # sympathy (018: "condemned the terrorist attack"); an act noun a verb of praise by its
    # own code has as its object is reported, of any type ("praised the agreement"); a verb
    # of neutral speech with no code of its own relays its object's act ("Reuters reported
    # the attack": no attack by Reuters); an act of protest that a verb of coercion or force
    # acts on is not its subject's ("Police broke up the demonstration")
    # 32: what an actor agrees to do is intended, not done ("agreed to lay down their
    # weapons"); a verb only joined to a verb of intent ("agreed and released") is not;
    # the dictionary's particles are read ("wrote off the debt" 071, "held up the talks"
    # 164, "pulled its embassy out" 161), with its &CURRENCY set and the phrases after a
    # leading one ("(IN ^) (FOR CONSULTATION)"); verbs of ending of several words end an act
    # ("came to an end", "put an end to the fighting")
    # 33: expelling or withdrawing peacekeepers, inspectors or observers, or aid agencies is
    # the codebook's 1661, 1662, 1663 (SANCTION), not an expulsion of persons (174);
    # peacekeepers sent or arriving are 074 (AID), not an intent (0334) or a visit (040);
    # a lessening of aid announced is 162 ("announced a suspension of aid", not 0331);
    # refugees accepted or a border opened to them is asylum granted, 075 (AID); persons
    # the actor dictionary names are deported as persons (174), not demobilised (0873)
    # 34: a copula whose predicate lays an act on its subject ("are responsible for the
    # attack", "was guilty of violating the ceasefire") has that act as its main act, done
    # by the copula's subject
    # 35: a restriction's "of" object is whom it is put on ("lifted its blockade of Yemen":
    # Yemen); a target headed by people keeps the participle that says whose or where they
    # are ("British forces based in Vitez"); a subject the parse splits into several is one
    # phrase ("The rebel Free Syrian Army threatened": not "The rebel")
    # 36: a contracted "would" is read as "would" ("announced he'd be pushing": future, was
    # asserted); before a past participle it is "had" ("they'd attacked"), asserted as before
    # 37: an act noun that a public statement announces as its object is the sentence's
    # main act ("announced the deployment of 230 troops": 074, not no event)
    # 38: the source phrase is read where the source's names are: the subject of the verb
    # whose object an act noun is a compound of ("announced a ceasefire initiative"), the
    # means of an agentless passive that a name modifies ("killed in Israeli air strikes");
    # an institution a source is "in" stays in its phrase ("Republicans in Congress")
    # 39 (38 on its branch): the copula of a predicate adjective carries the negation and
    # modal of the act under it ("is not willing to withdraw": a rejection; "would be able to
    # release": possible), and "A said B must be ready to do X" is A's demand (100) of B,
    # as "A said B must do X" is; "mass killing" is the codebook's act noun of 202
    # 40: support that gives things is aid (07x), not endorsement (051): "provided €45m
    # support", "provided military support", "Australian aid supported", "provided 6.3
    # million euros to support projects" (``material``); aid a verb of letting lets through
    # is 0863, allow humanitarian access ("allowed humanitarian relief": was 0333)
    # 41: the verb dictionary writes each pattern once per block, a pattern written with two
    # codes taking the codebook's ("opened its borders": 080, was REOPEN's 050)
    # 42: a source's phrase leaves out a place after an actor named by its head's "of"
    # phrase or by the object of a participle in it ("an ethnic group of Albanians [in
    # south Serbia]", "the coalition fighting Houthi rebels [in Yemen]"); an organisation
    # the tagger names stays in it when a place modifies it ("Democrats in the U.S. House")
    # 43: a synonym set's member of several words is that phrase, not its last word ("cease
    # fire" is not *fire*, "safe house" not *house*), and a hyphenated noun is read whole
    # ("agreed to a cease-fire": the dictionary's "cease-fire")
    # 45: aid received (a verb of the dictionary's blocks of receiving coded 07x) is the
    # giver's act: the source is the object of "from", the receiver the target
    # ("received weapons from the government"), none named, no source; the things the
    # dictionary writes as aid received ("[:071]", "[:072]") are coded so
    # 47: a particle is the verb's own, so the dictionary's pattern that names only a
    # preposition holds on the parse's particle, with an object after it or not ("called on
    # followers to join": 020, an appeal; was the block's default 041)
    # 48: of two "from" phrases of aid received, the one that names an actor gives ("From
    # the start of the war, Ukraine received tanks from Germany": Germany, was no source)
    # 49: a verb of lessening the dictionary lacks is a cut in aid ("lowered aid to Liberia":
    # 162; asking for its own code stopped the sentence with an error); aid a statement or an
    # approval with no act of its own names, as its object or its object's "in" or "of", is
    # aid given, 07x ("announced $33 million in additional assistance": 071, was a statement
    # and no event; "authorized the release of $1.2 billion in military assistance": 072,
    # was APPROVE's 080)
    # 50: "call" with an object complement is a naming, not a phone call: 111 when a word
    # of the name has a negative valence ("called Denmark's Prime Minister nasty"), else a
    # comment, 010 (was the block's default 041)
    # 51: an intended act of protest, sanction or repression is the codebook's threat of it,
    # as an intended attack was 138: "said it will impose sanctions" 1312 (was 163,
    # SANCTION, as if done, its noun counted as coded), "plans to boycott" 1312 (was PLAN's
    # 030), "will extend the curfew" 1323, "will arrest" 137 (were 138)
    # 52: a naming's negation is read where the parse hangs it before the name ("called the
    # plan not a bad idea": 010, was 111), "no" as its negation ("called the move no big
    # deal": 010, was 111 by VADER's rating of "no"), and only for its own conjunct
    # ("called him nasty and not honest": 111, was 010)
    # 53: the object a naming names is read by no pattern of the CALL block ("called the
    # attack a terrible crime": 111, was 138 by "* ATTACK"); the name itself still is ("a liar")
    # 54: a material act a verb of deciding takes up is the act, done by the decider, and the
    # decision no event of its own ("decided to lift the sanctions": 085 on "lift", was 035)
    # 55: an agentless passive is done by the subject of an "after" clause under it naming a
    # material act of its kind ("was freed after the president pardoned her": the president, was none)
    # 56: of the two types of a yield (CAMEO 08), the one the dictionary codes on the main
    # act is kept ("declared a ceasefire": RETREAT 0871, was CONCEDE by the classifier);
    # persons freed are released, 0841 ("freed a journalist", was 080), and a resignation
    # is 0831, RETREAT (PLOVER's mode "resign"; was 083, CONCEDE)
    # 57: an act that names no actor of its own is aimed at whom the source asks, presses or
    # forces to do it ("urged Washington to lift sanctions": Washington, was no target); a
    # target named apart from the names conjoined with it leaves out "both" ("sanctions
    # against both India and Pakistan": "India", was "both India"); a target headed by people
    # leaves out a description after its comma that is no name ("the mayor of Nablus[, a
    # member of the Hamas movement]"), as one headed by a name did
    # 58: an act weighed is not done: a verb of the blocks of consider or examine whose
    # object is its own act is the codebook's 014, a statement, and no event ("is considering
    # sending aid", "is exploring the possibility of switching": were 040 and 090); "A said
    # B must do X" is A's demand of B (100) also where the dictionary codes no X ("reiterated
    # that Libya must hand over the suspects": was Libya's SUPPORT, read from the parse);
    # agreeing that something is so is the codebook's 019, a statement, and no event
    # ("agreed there was an urgent need for progress": was 050)
    # 59: an act asked for by an appeal verb's "for" is the asker's ("called for the
    # withdrawal of X": the caller, was none; "called for X to join the strike": the
    # caller, was X); conjoined subjects that each name an actor, not all of them names,
    # are each a source ("ICE and CBP officials": "ICE", "CBP officials", was one phrase); a
    # group that names no one is the actors it lists with "including", and one that names
    # itself leaves them out; a phrase never ends in a coordinator with no conjunct after it,
    # and a coordinator the parse hangs inside the first conjunct still joins the second
    # 60: an act asked of another by an appeal verb (its complement, its "for" or "on", its
    # object but a call's) is intended, not done, and no coded type of the sentence ("urged
    # Washington to lift sanctions": no CONCEDE 085, was coded as if lifted); a verb of
    # asking with a clause it asks for gives no event of another type read from the parse
    # ("urged China to resume talks": none, was the classifier's SUPPORT on "urged")
    # 61: an act noun's target is also the actor its "of" names ("the invasion of South
    # Lebanon") and the actor of an aim phrase the parse hangs on the verb whose object the
    # noun is ("staged rallies in Gaza against X", "announced the deployment ... to Liberia");
    # an armed force that names no one is the doer's own ("the deployment of 230 troops")
    # 62: sympathy sent is a statement, 018, no event: a verb coded as a consultation or not
    # at all whose object is a word of sympathy or a message that names one ("sent a
    # condolence message": was CONSULT 040; "sent his sympathy": was the classifier's SUPPORT);
    # a verb left at its block's bare demand that presses "for" a thing naming no one asked is
    # a statement, 010 ("pushed for stricter gun laws": was REQUEST 100)
    # 64: a named person or organisation is also named by the state or people its title or
    # description names ("French President Emmanuel Macron": Emmanuel Macron and French;
    # "Egypt's Foreign Ministry": Foreign Ministry and Egypt), as CAMEO codes an actor by its
    # country; spans unchanged
    # 65: an event whose names include the state or people only a named actor's title gives
    # ("US" of "US President Donald Trump") lists them in "title_states", so that the corpus
    # timeline does not join two officials' acts by their state; actors and targets unchanged
    # 66: the dictionary's verbs of two words are read where the second word is the verb's
    # particle ("called off a strike": CANCEL's 082, was CALL's threat 138), with the patterns
    # of their block that hold in their sense (not one written for a member of a sense of its
    # own: "put out a report" is no dismissal, 016; not a threat of the act its object names
    # as done: "stepped up attacks" 190, not 138); a statement, report or declaration put out
    # whose participle names a verbal act carries it, done by the maker ("issued a statement
    # condemning the arrests": 111, was a statement and no event)
    # 67: agents named by their role are named by the body their phrase says they belong to or
    # are led by: proper nouns no entity tags, not in headline case ("KFOR soldiers": KFOR),
    # the organisation of their "with" ("gunmen with the Arakan Army"), the leader of an armed
    # force ("Ukrainian-led forces"); a source naming no one by what a participle kept in its
    # phrase names ("a militia based in Tripoli", "shells fired by the Turkish navy"); spans
    # unchanged, but a source that gains a name may keep its event
    # 68: an event whose sentence reads as a present-tense photo caption naming a past time
    # (a gallery's "X attends the opening of his casino in 1989") carries "present_caption",
    # read from the analysis parse's tags, so that the timeline need not tag it again
    # 69: where the coder codes types only on a sentence's circumstances (a "while" clause's
    # act, an act noun in the subject) and none on its main acts, the main verb's dictionary
    # type counts as coded on the main act when that verb is done, not negated and no statement
    # ("the summit ... failed to reach an agreement": REJECT 120, was the summit's CONSULT);
    # the dictionary's &MILITARY names "forces" ("withdrew its forces" 0874, was 1661), and
    # forces strengthened or fortified are increased, 154, as for "increase" and "reinforce"
    # 70: an act of force done to someone held in custody with no doer named (a death, whose
    # subject is who died, or an agentless passive) is the custodian's: the custody's phrase
    # is the source, named by the place that says whose it is when it names no holder ("died
    # while in Israeli police custody": Israeli, was the prisoner; "died in prison in
    # Rangoon": Rangoon; "was tortured in a secret CIA prison": CIA, was none), the one held
    # the target
    # 71: a team, mission or force sent (the block of send) that the dictionary codes as the
    # intent of what it is sent for (03x: "sent a team" 036) is the act its purpose clause
    # names ("sent a team to investigate the accident": 090, was 036); the type of an act a
    # sentence says is not done, refused or only intended under a coded intent, is not chosen
    # over the type coded on its main act ("will not lift the ban": REJECT, was CONCEDE), and a
    # refusal names the type refused ("refused_type")
    # 72: "set free" and "let free" (added to the block of release) are read where the parse
    # makes "free" a modifier of the noun after the verb or a clause of its own, and the
    # persons freed, that noun or the subject of "free" under them, a release of persons
    # ("let free six workers held captive": RETREAT 0841, was ASSAULT 181 on "held"); a demand
    # of the one its verb's object names whose complement is coded as repression (17) imposes
    # it ("ordered the newspaper to suspend publication": COERCE 1721, was REQUEST 100)
    # 73: a group whose "of" phrase lists several named bodies (states, places, organisations,
    # peoples; not persons, and no act done to them) is one group of each, each a source ("The
    # presidents of Iraq and Egypt called for ...": "The presidents of Iraq" and "Egypt", was
    # one phrase), as conjoined subjects that each name an actor are
    # 74: a reporting root whose direct object a dictionary pattern codes as a statement is
    # one, whatever its clause says ("denied charges by X that its rules constitute theft":
    # 016, no event, was REJECT on the clause), and an object written after the verb's
    # predicative "as" phrase is its object for the patterns ("rejected as baseless
    # accusations by X that ...": 016, was the classifier's REJECT 120); a main copula with
    # a word of doubt or confidence, or "hope" with a clause of what is hoped, is a statement
    # (012 or 013: "said he hopes Japan will persuade Biden to lift sanctions", no event, was
    # CONCEDE 085)
    # 75: a target named by people whose phrase names them (a name, a people's or group's
    # modifier) leaves out where they are, as a source does ("summoned the Russian
    # ambassador in Warsaw": "the Russian ambassador"); a thing acted on that comes "from" a
    # name that is no place, or from people, gives way to them ("requested assistance from
    # the national guard": "the national guard", was the whole phrase)
    # 76: a plan a reporting root tells is the intent also where the coder finds no actor
    # ("the group announced it will return the depots": AGREE 035, was RETREAT 084),
    # "arms" is the patterns' "weapon" ("will lay down arms" 0871, "sent arms to" 072), and
    # the "that" clause of a noun of asking is asked for, not done ("reiterated its demand
    # that Israel ease restrictions": REQUEST 100, was CONCEDE 081)
    # 77: conjoined targets that each have a name in their own head or modifiers are each a
    # target ("the rift between Qatar and other Gulf states": "Qatar", "other Gulf states",
    # was one phrase; not "the Syrian army and its ally Hezbollah"); an act received or
    # undergone from a named actor is that actor's, done to the receiver, as aid received is
    # ("faces pressure from Congress": Congress, was the one pressed); an inmate is a person
    # held, as a prisoner or hostage is ("tortured an inmate ... in northern Iran": the
    # inmate, was the place); a target thing named by whose it is leaves out where it is,
    # as named people do ("attacked an Afghan army base in southern Kandahar province": "an
    # Afghan army base"), a place keeping where it lies; an agentless passive whose subject
    # names its doer has it as its source: an armed force moved ("UN peacekeepers were
    # shipped out"), the name of whoever put a restriction in place ("UN sanctions against
    # Iran were lifted": the UN, done to Iran), an actor taking part ("were engaged in");
    # all were events with no source; an act those sent somewhere are sent to do is aimed
    # at where they are sent ("sent officials to Qatar to investigate a report": Qatar, was
    # the report)
    # 78: an appeal made of no one is a statement, 010, as a demand made of no one is
    # ("called for calm", was REQUEST 020; not "appealed to donors", "called for them to");
    # a candidacy for an office is a statement, 010 ("launched a bid for the White House",
    # was SANCTION 160; "is seeking re-election", "won the presidency"); agreeing with a view
    # is the codebook's 019 ("agree with the recommendation", was AGREE 030)
    # 79: a person's title also names the organisation the person serves or leads ("NATO
    # Secretary General Jens Stoltenberg": NATO too, was the person alone; not a title's own
    # field, "Defense Minister"), the state a title's "of" object names by its modifier ("A
    # member of the Syrian parliament, Mohammed Mamoun": Syrian, the common noun the title of
    # the person in apposition) or the parse splits off a subject ("Libyan Prime Minister
    # Fayez al-Sarraj": Libyan), and a people's state ("Iraqi Christians": Iraqi); a
    # government named by the person who leads it is named as the government ("The Bush
    # administration": Bush administration, was Bush); spans unchanged
    # 80: an appeal put out as a noun of no one is a statement, 010 ("launched an appeal for
    # $80 million", was REQUEST 020 on the verb and on the noun; not "a plea to the Taliban");
    # an "on" phrase naming a day names no one appealed to ("called on Tuesday for calm");
    # *suggest* with an indicative clause is a statement, 010 ("suggested that the plan is an
    # attempt", was REQUEST 020); a noun of an option weighed is 014 whatever its "of" names
    # ("exploring the possibility of international patrols", was ACCUSE 090); a law's name
    # is no one asked ("pushed for the Constitution to be revised", was REQUEST 100)
    # 81: the United Kingdom and the European Union each have one name ("the UK", "British":
    # United Kingdom, were UK and British; "the EU": European Union, was EU); a name the
    # tagger cut short before its "of" object is read with it ("the Ministry of Health of
    # Ethiopia", was "Ministry of Health of"), a capitalised "Government of X" is X as "the
    # government of X" is ("The Government of India": India, was "The Government of"); an
    # arrest or expulsion with no doer named, done in or from a named state or city, is that
    # state's ("were expelled from the U.S.": United States, was no source and a target); a
    # ministry's field in a title names no body ("Education Secretary X": X, was Education too)
    # 82: an accusation condemned is denied, 016 ("condemned the allegations", was ACCUSE 111;
    # not one aimed against someone named); in an appeal of no one, a place where the thing
    # asked for is, a participle or relative clause that says what it is or a noun's "for"
    # phrase that says whom it is for names no one asked ("called for the lifting of the
    # blockade in Yemen", "pressing for funding for Flint", were REQUEST), and the object of
    # a verb of appeal (not of demand) that names no one is the thing asked for ("requested
    # assistance", was REQUEST 020); a need of a state of one's own is a statement, 010
    # ("NATO would need to remain strong", was REQUEST 100)
    # 83: "X and other Ys" is two actors, each a source or target ("Rusal and other companies":
    # Rusal, other companies, was one phrase); a thing an agent noun says whose it is stays
    # the target beside a place the verb names, which names it ("attacked an army camp in
    # western Kabul": an army camp, named Afghanistan, was western Kabul); a doubled space
    # neither opens nor ends a phrase; "in relation to X" names the target X, as "on X" does
    # 84: aid or a release asked for someone is asked on their behalf, the appeal's target
    # ("seeks release for a man held abroad": REQUEST 0253 on him, was no event); an act of
    # force against or on an agent noun's thing is aimed at that thing ("a missile attack
    # against a military base": the base, was the attack), also through the name in
    # apposition to the act; an act noun's doer modifier leaves its place the target
    # ("condemned terrorist attacks in X": X, was the attacks); a noun of one person by what
    # they do that the agent lexicon lacks is a target ("released the detained leaders");
    # those let or set free are the target without "free" ("let free activists": activists);
    # an office left names the body it serves ("resigned as president of X": X, was none)
    # 85: an act halted that the block of ending names no pattern for is the codebook's code
    # of halting it ("suspended its mediation" 165, "ended the dialogue" 164, "suspended
    # relations" 161, "ended its offensive" 087; were the classifier's), a trip ended the
    # visit, 042, as a visit or tour ended is (was the block's "* TRIP" 160, SANCTION); armed
    # persons or pilots trained are military aid, 072 ("trains Iraqi pilots", was 0312), and
    # exercises held by several actors joint, 062 ("Germany, Italy and the US are
    # participating in the war game", was the classifier's 150); pilots only an armed
    # force's, a "with" partner only a named party, a gathering that "end" completes (a
    # summit, a march) no halting, and "step" leaves an office only with down or aside
    version = 85

    def __call__(self, doc: Any, article: Any) -> list[dict[str, Any]]:
        from newsdesk.timex import caption_docs

        times = article.annotations.get("times") or []
        events = extract_events(
            doc,
            times=[t for t in times if "caption" not in t],
            mentions=article.annotations.get("mentions"),
        )
        for event in events:
            if _reads_as_caption(doc, event):
                event["present_caption"] = True
        for index, caption in caption_docs(doc, article):
            found = extract_events(caption, times=[t for t in times if t.get("caption") == index])
            events += [{**event, "caption": index} for event in found]
        return events


def _reads_as_caption(doc: Any, event: dict[str, Any]) -> bool:
    """The event's sentence reads as a present-tense photo caption (``prose``), by its tags."""
    sentence = doc.char_span(event["start"], event["end"], alignment_mode="expand")
    if sentence is None:
        return False
    return present_tense_caption({token.tag_ for token in sentence}, sentence.text)


EXPORT_KEYS = (
    "date",
    "text",
    "actors",
    "action",
    "targets",
    "place",
    "plover",
    "cameo",
    "start",
    "end",
    "negated",
    "modality",
)


def export_events(store: Any) -> dict[str, list[dict[str, Any]]]:
    """The export's ``events`` field: each article's events with the contract's keys, dates
    completed with the article's (possibly inferred) reference year (see ``timeline.py``)."""
    from newsdesk.timeline import reference_dates, with_reference_year

    references = reference_dates(store)
    return {
        article_id: [
            {key: event.get(key) for key in EXPORT_KEYS}
            | {"date": with_reference_year(event.get("date"), references.get(article_id)),
               "title_states": event.get("title_states") or []}
            for event in events
        ]
        for article_id, events in store.layer("events").items()
    }
