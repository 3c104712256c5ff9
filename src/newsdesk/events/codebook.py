"""Codes the CAMEO codebook gives verb phrases that the derived dictionary codes otherwise.

Written by hand: the PETRARCH-2 dictionary (``cameo.py``) codes a few common phrases against
the codebook's own definitions (CAMEO Event Data Codebook, version 1.1b3), and has no pattern
for others (its *STATE (OF EMERGENCY)* patterns, read since events version 27, are in the
blocks of declare, impose, extend and lift only, and none names martial law). The readings
here follow the codebook's category names, not the sentences of any evaluation set:

* lifting, easing or ending a restriction is the Yield code for it: 085 "Ease economic
  sanctions, boycott, embargo" (the LIFT block's first pattern gives "lift sanctions" 0351,
  an intent, and REMOVE's default 174, an expulsion), 081 "Ease administrative sanctions",
  0813 "Ease curfew", 0814 "Ease state of emergency or martial law", 0872 "Ease military
  blockade";
* declaring or imposing a state of emergency, a state of siege or martial law is 1724
  "Impose state of emergency or martial law" (not the DECREE block's 1044, a demand for
  a new institution, nor 012); a blockade 191 "Impose blockade, restrict movement", a curfew
  1723 "Impose curfew" (a boycott declared is left to the dictionary: a party's boycott of
  an election is a protest, 143, not 163 "Impose embargo, boycott, or sanctions");
* returning something that is no act ("returned antiquities to Greece", "will return
  weapons", in the passive "antiquities were returned to Greece") is 084 "Return, release,
  not specified" when the RETURN block's patterns name neither persons (0841) nor property
  (0842); a call, a visit or fire returned is answered, not given back; a party or a person
  returned to power or an office held, or a case to a court, is given back to no one (010);
* an effort or campaign begun whose compound names an act ("launched a mediation effort",
  "a bombing campaign") is that act (045 "Mediate", 183), not LAUNCH + EFFORT's appeal (020);
* condemning an attack is 111 "Criticize or denounce" (whose definition names condemnation),
  not 018 "Make empathetic comment": the ACCUSE block (accuse, blame, condemn ...) codes
  "condemned the terrorist attack" 018, and, a phrase pattern being read when nothing else
  matches, "condemned the attack" too; a verb whose own code is a disapproval (11) keeps it
  where a pattern makes its judgement of an act (its object an act noun) a comment of
  sympathy ("expressed condolences", whose object is no act, stays 018);
* expelling or withdrawing peacekeepers, inspectors or observers, or aid agencies is 1661,
  1662 or 1663 "Expel or withdraw" these (the codebook's 166 is one act, the sending away
  of a foreign presence); the EXPEL block (expel, deport, oust ...) names none of them and
  codes the persons it sends away 174 "Expel or deport individuals", and reads a modifier
  as the object ("expelled the weapons inspectors": *expel + weapon*, 0873), and the
  WITHDRAW block names peacekeepers and observers but neither inspectors nor aid agencies.
  What is sent away is the object's head, a conjunct of it or the group its "of" names
  ("some of the peacekeepers"): a peacekeeper ("the peacekeeping force", whose modifier
  says what the force is), an inspector, observer or monitor, or an agency, organisation,
  worker or staff of aid ("humanitarian workers"); and where the EXPEL block's weapons
  and aircraft (0873) match a noun the actor dictionary names as an agent ("deported a
  bomber", "expelled two fighters"), the persons are expelled, 174;
* peacekeepers sent or arriving provide peacekeeping, 074 "Provide military protection or
  peacekeeping": the SEND block codes "sent peacekeepers" 0334, the intent to provide it,
  and the ARRIVE block an arrival as a visit (04x); sent "out" or "away", they are withdrawn
  (1661);
* a lessening of aid announced ("announced a suspension of aid", "a cut in aid") is 162
  "Reduce or stop aid", and threatened 1311 "Threaten to reduce or stop aid": the ANNOUNCE
  block reads the aid its object's "of" names as the object (0331, the intent to give aid)
  or, for "a cut in aid", makes it a statement (010), and THREATEN a threat of force (130);
  a verb of lessening with aid as its object ("reduced humanitarian aid") is 162 where the
  dictionary has no code for it (``aid_cut``, which the coder in ``rules`` asks then, before
  the readings here), the verbs and their nouns of lessening read from one table;
* refugees let in are granted asylum, 075 "Grant asylum": refugees (the actor dictionary's
  role REF) as the object of a verb of admitting (accept, admit, receive, welcome,
  resettle, shelter, take or let in), which the ACCEPT block codes 0333 (the intent to give
  aid) and TAKE 171 (a seizure), or those a border or door is opened to (OPEN's 050);
* aid let through is 0863 "Allow humanitarian access" (086 "Allow international
  involvement"): a verb of letting (allow, permit, let) whose object, or the subject or
  object of the clause it lets happen, is aid or relief ("allowed humanitarian relief",
  which the ALLOW block codes 0333, the intent to give it; "allowed aid convoys to enter
  Gaza", "allowed the UN to deliver aid", its default 080) or humanitarian access;
* aid a statement or an approval names is aid given, 07 "Provide aid" (070, or 071-073 by
  the kind the giving block's words give it): a verb the dictionary codes as a statement
  (01: announce, declare, ... not a verb of perceiving) or as its block of approving (080:
  approve, authorise, pass), with no act of its own pattern, whose object is aid, or whose
  object's "in" names aid, or, a sum, its "of" ("announced $33 million in additional
  assistance", "approved $2 billion in military aid for Ukraine"; "cited a lack of funding"
  names none given); the aid is the act done, by the verb's subject, as
  the dictionary codes announced loans (*ANNOUNCE + LOANS* 071). A lessening announced stays
  162 (above), and the aid a verb of letting lets through 0863;
* persons freed are released, 0841 "Return, release person(s)": the RELEASE block codes
  *release* 084 and its other verbs (free, liberate, emancipate, set free) the block's bare
  yield, 080, unless a pattern names the persons (its &PEOPLE, activists, prisoners,
  hostages: 0841); a person the tagger names or an agent noun of the actor dictionary as
  the object or passive subject ("freed a journalist", "freed opposition leader Maria
  Lopez") is one too;
* a resignation is 0831 "Accede to demands for change in leadership": the RESIGN block codes
  0831 for resigning from a government or as a minister, but a bare "resigned" gets its
  default 083, "Accede to demands for political reform", which no resignation names: a bare
  resignation is 0831 too;
* sympathy sent is 018 "Make empathetic comment", a statement (``sympathy.py``): a verb
  the dictionary codes as a consultation or not at all whose object is a word of sympathy
  or a message that names one ("sent a condolence message", the SEND block's 040);
* a demand made of no one is a statement, 010 (``unaddressed.py``): a verb left at its
  block's bare demand (PUSH, PRESS: 100) whose only complement is a "for" phrase or a
  clause "for X to ..." that names no actor ("pushed for stricter gun laws"), and so is an
  appeal made of no one (02, by the block or a pattern: "called for calm"; not "appealed to
  donors for aid"), also one put out as a noun ("launched an appeal for $80 million"; an
  "on" phrase that names a day names no one appealed to);
* a suggestion that says what is is a statement, 010 (``suggested.py``): *suggest* with an
  indicative "that" clause ("suggested that the plan is an attempt"), not a mandative one
  ("suggested that the talks resume", SUGGEST's appeal 020);
* a candidacy for an office is a statement, 010 (``candidacy.py``): a bid, campaign or
  candidacy for an office launched, announced or ended, an office or nomination sought or
  won, a run for an office ("launched a bid for the White House", LAUNCH + BID 160);
* an accusation condemned is denied, 016 "Deny responsibility" (``disowned.py``): a verb
  left at its own code of disapproval (CONDEMN's 111) whose object is an accusation or
  allegation, as the blocks of *reject*, *deny* and *criticize* code it ("condemned the
  allegations"; not "the allegations against the journalists", a criticism of the accuser);
* a need or a want of a state of one's own is a statement, 010 (``stative.py``): a verb
  coded as a demand or appeal whose complement is its own subject's linking verb with a
  predicate adjective ("NATO would need to remain strong", NEED's 100; not "needs to be
  ready to mediate", nor someone asked to be so);
* an act halted that no pattern of the block of ending names is the codebook's halting of
  it (``halted.py``): 165 "Halt mediation" ("ended mediation efforts"), 164 "Halt
  negotiations", 161 relations broken, 087 force de-escalated, 082 a protest eased; a trip
  ended is the visit, 042, as a visit ended is;
* armed persons or pilots trained are 072 "Provide military aid" (``trained.py``), the block
  of train's own code for forces and fighters trained, not its intent (030, 0312);
* military exercises held by several actors are 062 "Cooperate militarily" (``joint.py``),
  the dictionary's code of joint exercises, not one actor's show of force (150);
* a crowd gathered for a protest is that protest, 14 "Protest" (``gathered.py``): a verb of
  the block of gather that the dictionary codes as a consultation (040) whose "for" phrase
  names a protest or whose purpose clause is one ("converged on the capital for a rally"
  141, "gathered outside the embassy to protest the arrests" 140).
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.accord import accord_code
from newsdesk.events.agents import agent_role
from newsdesk.events.announced import PERCEIVING
from newsdesk.events.argued import argued_code
from newsdesk.events.attitude import view_code
from newsdesk.events.cameo import (
    NOUN_TRIGGERS,
    STATEMENT,
    STATEMENT_ROOT,
    acts_on_act,
    adjective_complements,
    block_of,
    cameo_dictionary,
    in_block_of,
    left_bare,
    object_words,
    own_code,
)
from newsdesk.events.candidacy import candidacy_code
from newsdesk.events.classify import ATTRIBUTING
from newsdesk.events.considered import considered_code
from newsdesk.events.credited import credit_code
from newsdesk.events.disowned import disowned_code
from newsdesk.events.gathered import gathered_code
from newsdesk.events.halted import UNDERTAKINGS, halted_code
from newsdesk.events.joint import joint_code
from newsdesk.events.material import AID, ECONOMIC_AID, GRANTED_AID_NOUNS, aid_words, material_support
from newsdesk.events.phrases import MODIFIER_DEPS, names_anyone
from newsdesk.events.restrictions import restriction
from newsdesk.events.stative import stative_code, wish_code
from newsdesk.events.suggested import suggested_code
from newsdesk.events.sympathy import sympathy_code
from newsdesk.events.trained import trained_code
from newsdesk.events.unaddressed import unaddressed_code
from newsdesk.parsed import prep_objects

#: Verbs of ending (the aspectual verbs that end an act) and of easing (CAMEO 08's "ease",
#: news's "lift"): their object names the act ended or eased, not one done ("ended the
#: mediation effort", "lifted the sanctions").
ENDING_VERBS = {
    "end", "stop", "cease", "halt", "suspend", "terminate", "discontinue", "finish", "abandon",
    "quit", "lift", "ease", "remove", "relax",
}
#: Nouns of ending that a verb reaches with "to" ("came to an end", "brought the talks to a
#: halt", "drew to a close", "ground to a standstill"), and the verbs that put one to an act
#: ("put an end to the fighting"; "demanded an end to the fighting" ends nothing).
ENDING_NOUNS = {"end", "halt", "close", "standstill", "stop"}
_PUTTING_VERBS = {"put", "bring"}


def to_an_end(verb: Any) -> bool:
    """True for a verb of several words that ends its subject or its object: "the fighting
    came to an end", "the ceasefire brought the fighting to a halt". "Marched to the end of
    the street" (an end of something) is not."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to" and any(_ending_noun(o) for o in prep.children)
        for prep in verb.children
    )


def put_an_end_to(noun: Any) -> bool:
    """True for the object of the "to" in "put an end to" or "bring a halt to": "put an end to
    the fighting" ends the fighting."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to":
        return False
    owner = prep.head
    if owner.dep_ == "dobj" and _ending_noun(owner):
        return owner.head.lemma_.lower() in _PUTTING_VERBS
    return owner.lemma_.lower() in _PUTTING_VERBS and any(
        c.dep_ == "dobj" and _ending_noun(c) for c in owner.children
    )


def _ending_noun(token: Any) -> bool:
    """True for a noun of ending that is no end of something ("an end", not "the end of the
    street")."""
    if token.dep_ not in {"pobj", "dobj"} or token.lemma_.lower() not in ENDING_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


#: Verbs that put a restriction in force (the DECREE and IMPOSE blocks, and news's "extend").
IMPOSING_VERBS = {"declare", "decree", "proclaim", "impose", "reimpose", "extend", "introduce"}

#: The codebook's code for a kind of restriction eased (08) and imposed (16, 17, 19).
EASED = {
    "economic": "085",
    "administrative": "081",
    "curfew": "0813",
    "emergency": "0814",
    "blockade": "0872",
}
IMPOSED = {"curfew": "1723", "emergency": "1724", "blockade": "191"}

#: CAMEO 018 "Make empathetic comment" and 11 "Disapprove" (111 "Criticize or denounce").
SYMPATHY = "018"
DISAPPROVAL_ROOT = "11"

#: The RETURN block's verbs of giving back.
_RETURNING_VERBS = {"return", "repatriate"}
#: What is answered when returned, not given back ("did not return messages seeking comment").
_ANSWERED = {"message", "email", "comment", "favour", "favor", "greeting", "salute", "serve"}
#: Where a party or a case is returned that is no thing given back: power or an office held
#: ("was returned to power", "returned to office"); a court is the other such place (its
#: agent role, ``_JUDICIARY``: a case sent back to a lower court).
_SEATS_HELD = {"power", "office", "presidency", "premiership", "governorship", "throne", "helm"}
_JUDICIARY = "JUD"
#: Proceedings a court sends back to another, the only things returned to a court that are no
#: thing given back ("the appeal was returned to the district court"; not "the files").
_PROCEEDINGS = {"case", "appeal", "lawsuit", "suit", "petition", "complaint", "matter"}
#: People held against their will: returned, they are given back (084), never to a seat.
_CAPTIVES = {"hostage", "captive", "abductee", "inmate", "prisoner", "detainee", "refugee"}
#: Verbs that send a presence away: the EXPEL block's own code (174) and "withdraw".
_EXPEL_CODE = "174"
_BARE_YIELD = "080"
_PERSONS_RELEASED = "0841"
_RESIGNING = "resign"
_LEADERSHIP_CHANGE = "0831"
#: CAMEO 0873 "Demobilize armed forces", the EXPEL block's code for weapons and aircraft.
_DEMOBILISED = "0873"
_WITHDRAWING_VERBS = {"withdraw", "pull"}
#: CAMEO 166x by what is sent away: the codebook's peacekeepers, inspectors and observers.
_SENT_AWAY = {
    "peacekeeper": "1661",
    "peacekeeping": "1661",
    "inspector": "1662",
    "observer": "1662",
    "monitor": "1662",
}
#: CAMEO 074 "Provide military protection or peacekeeping", 1661 its withdrawal, 0334 the
#: intent to provide it, and 04 (consult), the ARRIVE block's reading of an arrival as a visit.
_PEACEKEEPING = "074"
_PEACEKEEPERS_OUT = "1661"
_INTENDED_PEACEKEEPING = "0334"
_CONSULT_ROOT = "04"
#: CAMEO 1663 "Expel or withdraw aid agencies": an agency or its people with an aid modifier.
_AID_MODIFIERS = {"aid", "humanitarian", "relief"}
_AID_BODIES = {"agency", "organisation", "organization", "group", "worker", "staff", "personnel"}
#: What a lessening of aid acts on ("reduced humanitarian aid", "suspended food supplies"):
#: the giving block's aid nouns and the supplies and funding that other blocks code 070.
AID_NOUNS = GRANTED_AID_NOUNS | {"supply", "funding"}
#: Verbs of lessening, each with its nouns ("suspended aid", "a suspension of aid"): the
#: dictionary codes "* AID" as 162 (reduce or stop aid) under cut, halt, freeze, delay and
#: withhold; "reduced humanitarian aid", "suspended food supplies" are the same act.
LESSENING = {
    "reduce": ("reduction",),
    "cut": ("cut", "cutback"),
    "slash": (),
    "decrease": ("decrease",),
    "lower": (),
    "halt": ("halt",),
    "freeze": ("freeze",),
    "withhold": ("withholding",),
    "suspend": ("suspension",),
}
_LESSENINGS = frozenset(noun for nouns in LESSENING.values() for noun in nouns)
#: CAMEO 162 "Reduce or stop aid".
_AID_CUT = "162"
#: The root of a verb's own code -> the code of a lessening of aid it names: announced (a
#: statement, 01) it is done, 162 "Reduce or stop aid"; threatened (13), 1311 "Threaten to
#: reduce or stop aid".
_AID_LESSENED = {"01": _AID_CUT, "13": "1311"}
#: CAMEO 075 "Grant asylum": refugees admitted or a border opened to them.
_ASYLUM = "075"
_REFUGEE = "REF"
_ADMITTING = {"accept", "admit", "receive", "welcome", "resettle", "shelter"}
_ADMITTING_WITH_IN = {"take", "let"}
_DOORS = {"border", "door"}
#: CAMEO 0863 "Allow humanitarian access": the verbs of letting, what they let through
#: (their object, or the subject or object of the clause under them), and the aid nouns.
_AID_ACCESS = "0863"
_LETTING = {"allow", "permit", "let"}
_LET_THROUGH = {"dobj", "nsubj", "nsubjpass"}
_ACCESSED = AID_NOUNS | {"relief"}
#: The verb whose block is the dictionary's approving (allow, approve, authorise, pass,
#: ratify: its own code 080), and the phrases of a noun that say what it is a sum or a share
#: of ("$5 million in aid").
_APPROVING_VERB = "approve"
_AID_OF = {"in", "of"}
#: The tagger's labels of a sum or an amount.
_AMOUNTS = {"MONEY", "CARDINAL", "QUANTITY"}


def codebook_code(verb: Any, coded: tuple[str, str] | None) -> tuple[str, str] | None:
    """``(lemma, code)`` as the codebook codes the verb's phrase where it differs from the
    dictionary's ``coded`` (which may be None), else ``coded``."""
    lemma = verb.lemma_.lower()
    name = coded[0] if coded else lemma
    kind = restriction_kind(verb)
    if kind and (lemma in ENDING_VERBS or to_an_end(verb)):
        return name, EASED[kind]
    if kind in IMPOSED and lemma in IMPOSING_VERBS:
        return name, IMPOSED[kind]
    if coded is None and lemma in _RETURNING_VERBS and _returned_to_seat(verb):
        return name, STATEMENT  # a party returned to power, a case to a court: no act of giving
    if coded is None and lemma in _RETURNING_VERBS and _thing_given_back(verb):
        return name, "084"
    recoded = halted_code(verb, coded) or joint_code(verb, coded) or gathered_code(verb, coded)
    if recoded:
        return name, recoded
    act = _act_named(verb, coded) if coded else statement_code(verb, coded)
    return (name, act) if act else _disapproval(verb, coded)


def _act_named(verb: Any, coded: tuple[str, str]) -> str | None:
    """The codebook's code of the act the verb's phrase names where the dictionary's
    ``coded`` names another: an undertaking begun, a foreign presence sent away or sent in,
    a lessening of aid announced or threatened, refugees let in, support that gives things
    (``material``), armed forces trained (``trained``), an act weighed, not done
    (``considered``), a view agreed with (``accord``)."""
    return (
        _undertaken_act(verb)
        or _expulsion(verb, coded)
        or _peacekeeping(verb, coded)
        or _aid_lessened(verb, coded)
        or _asylum(verb)
        or _aid_let_through(verb)
        or material_support(verb, coded)
        or _aid_announced(verb, coded)
        or _persons_released(verb, coded)
        or _resignation(verb, coded)
        or trained_code(verb, coded)
        or statement_code(verb, coded)
    )


def statement_code(verb: Any, coded: tuple[str, str] | None) -> str | None:
    """The codebook's statement (01) for a verb the dictionary codes as an act or not at all
    (``coded`` None): an act weighed (014), a view agreed with (019), sympathy sent (018), a
    demand or appeal made of no one, a suggestion that says what is, a candidacy for an
    office (010), an accusation condemned (016: ``disowned``), a need of a state of one's
    own and a want or need of an act the dictionary does not code or of a thing of no one
    (010: ``stative``), a credit line (010: ``credited``), a clause reported by a verb of
    neutral speech the dictionary codes as an act (010: "added that"), a view held (010:
    ``attitude.view_code``), a case argued about no actor (010: ``argued``); else None."""
    if coded is None:
        return sympathy_code(verb, coded) or candidacy_code(verb) or credit_code(verb)
    return (
        credit_code(verb)
        or _speech_code(verb, coded)
        or view_code(verb, coded)
        or argued_code(verb, coded)
        or considered_code(verb, coded)
        or accord_code(verb, coded)
        or sympathy_code(verb, coded)
        or unaddressed_code(verb, coded)
        or suggested_code(verb, coded)
        or candidacy_code(verb)
        or disowned_code(verb, coded)
        or stative_code(verb, coded)
        or wish_code(verb, coded)
    )


def _speech_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb of neutral speech (``classify.ATTRIBUTING``) left at a bare code of an
    act (*add* 060, for troops or money added; no pattern of its block held) where it
    reports a clause: "Westmoreland
    added that the Club is spending their money", "..., the official added"; else None."""
    lemma = verb.lemma_.lower()
    if lemma not in ATTRIBUTING or coded[1].startswith(STATEMENT_ROOT):
        return None
    if not left_bare(coded, lemma=lemma):
        return None
    return STATEMENT if any(c.dep_ == "ccomp" for c in verb.children) else None


def _resignation(verb: Any, coded: tuple[str, str]) -> str | None:
    """0831 for "resign" where no pattern of its block held (its default 083); else None."""
    if coded[0] != _RESIGNING or not left_bare(coded, lemma=_RESIGNING):
        return None
    return _LEADERSHIP_CHANGE


def _persons_released(verb: Any, coded: tuple[str, str]) -> str | None:
    """0841 for a verb of the RELEASE block left at the block's bare yield (080) whose object
    or passive subject is a person ("freed a journalist"), or the one freed in "let X free"
    and "set free X" as the parse reads them (``_freed``); else None."""
    if coded[1] != _BARE_YIELD or block_of(coded[0]) != block_of("release"):
        return None
    nouns = _acted_on(verb, {"dobj", "nsubjpass"}) + _freed(verb)
    return _PERSONS_RELEASED if any(map(_person, nouns)) else None


def _freed(verb: Any) -> list[Any]:
    """The one freed where the parse reads no object of the verb of freeing: the noun that
    "free" modifies right after "let" or "set" ("let free six workers held captive", the
    workers the subject of a clause of *let*), or the subject of "free" parsed as a verb of
    its own under them ("let the journalist free"): the two words are the dictionary's verb
    (*set free*, *let free*), whose subject frees and whose second word's subject is freed."""
    nouns = [adjective.head for adjective in adjective_complements(verb) if adjective.dep_ == "amod"]
    two_words = f"{verb.head.lemma_.lower()} {verb.lower_}"
    if verb.dep_ in {"ccomp", "xcomp"} and two_words in cameo_dictionary()["forms"]:
        nouns += [c for c in verb.children if c.dep_ == "nsubj"]
    return [n for noun in nouns for n in (noun, *noun.conjuncts)]


def _person(noun: Any) -> bool:
    """True for a noun the tagger names a person or the actor dictionary an agent."""
    return noun.ent_type_ == "PERSON" or agent_role(noun) is not None


def _aid_announced(verb: Any, coded: tuple[str, str]) -> str | None:
    """The aid code (07x) of aid that a statement or an approval with no act of its own names
    as its object, or as its object's "in" or "of" ("announced $33 million in additional
    assistance" 071, "approved humanitarian aid" 073); else None."""
    if not _names_no_act(verb, coded):
        return None
    for obj in (o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)):
        aid = _aid_in(obj)
        if aid is not None:
            return _aid_kind(aid, obj)
    return None


def _names_no_act(verb: Any, coded: tuple[str, str]) -> bool:
    """True for a verb coded as a statement (01) that perceives nothing, or as the block of
    approving's own code (080): the dictionary read no act in its phrase."""
    if coded[1].startswith(STATEMENT_ROOT):
        return block_of(coded[0]) != block_of(PERCEIVING)
    block = block_of(_APPROVING_VERB)
    return block_of(coded[0]) == block and left_bare(coded, lemma=_APPROVING_VERB)


def _aid_in(obj: Any) -> Any | None:
    """The aid noun an object is ("aid") or names with "in" ("$5 million in aid", "an
    increase in funding") or, a sum, with "of" ("$5 million of aid"; "a lack of funding",
    "a review of aid" name no aid given); None for a lessening ("a cut in aid") or none."""
    if obj.lemma_.lower() in AID_NOUNS:
        return obj
    if obj.lemma_.lower() in _LESSENINGS:
        return None
    preps = _AID_OF if _sum(obj) else _AID_OF - {"of"}
    named = (o for p in obj.children if p.lower_ in preps for o in p.children if o.dep_ == "pobj")
    return next((o for o in named if o.lemma_.lower() in AID_NOUNS), None)


def _sum(noun: Any) -> bool:
    """True for a sum or a number of things ("$5 million", "200 tonnes")."""
    counted = noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children)
    return counted or noun.ent_type_ in _AMOUNTS


def _aid_kind(aid: Any, obj: Any) -> str:
    """The aid code by the kind its modifiers name ("humanitarian" 073, "military" 072), by
    a sum of money (071), else 070."""
    words = aid_words()
    kinds = (words.get(c.lemma_.lower()) for c in aid.children if c.dep_ in MODIFIER_DEPS)
    kind = next(filter(None, kinds), None)
    if kind:
        return kind
    return ECONOMIC_AID if obj.ent_type_ == "MONEY" else AID


def _asylum(verb: Any) -> str | None:
    """075 for refugees (the actor dictionary's role REF) let in: the object of a verb of
    admitting ("accepted Syrian refugees", which the ACCEPT block codes 0333, the intent to
    give aid; "took in thousands of refugees", TAKE's seizure, 171) or those a border or
    door is opened to ("opened its borders to refugees", OPEN's 050); else None."""
    lemma = verb.lemma_.lower()
    if lemma == "open":
        doors = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DOORS]
        people = [
            o for head in (verb, *doors) for p in head.children if p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"
        ]
        let_in = bool(doors) and any(agent_role(n) == _REFUGEE for n in people)
    else:
        admitting = lemma in _ADMITTING or (lemma in _ADMITTING_WITH_IN and _with_in(verb))
        let_in = admitting and any(agent_role(n) == _REFUGEE for n in _acted_on(verb, {"dobj"}))
    return _ASYLUM if let_in else None


def _aid_let_through(verb: Any) -> str | None:
    """0863 for aid that a verb of letting lets through: its object ("allowed humanitarian
    relief"), or the subject or object of the clause it lets happen ("allowed aid convoys
    to enter", "allowed the UN to deliver aid"); else None."""
    if verb.lemma_.lower() not in _LETTING:
        return None
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    allowed = [c for head in (verb, *clauses) for c in head.children if c.dep_ in _LET_THROUGH]
    return _AID_ACCESS if any(_names_aid(n) for n in allowed) else None


def _names_aid(noun: Any) -> bool:
    """True for aid or relief, or a thing of it ("aid convoys", "food supplies"), or
    humanitarian access."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
    if words & _ACCESSED:
        return True
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    return noun.lemma_.lower() == "access" and bool(modifiers & {"humanitarian", "aid"})


def _with_in(verb: Any) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)


def _aid_lessened(verb: Any, coded: tuple[str, str]) -> str | None:
    """162 for a lessening of aid that a verb of statement (its own code 01) announces
    ("announced a suspension of aid", which the ANNOUNCE block reads as *announce + aid*,
    0331, the intent to give it), 1311 for one a verb of threat (13) threatens; else None."""
    code = _AID_LESSENED.get((own_code(coded[0]) or "")[:2])
    if code is None:
        return None
    return code if any(_aid_lessening(c) for c in verb.children if c.dep_ == "dobj") else None


def aid_cut(verb: Any) -> tuple[str, str] | None:
    """``(lemma, "162")`` for a verb of lessening whose object is aid ("reduced humanitarian
    aid", "suspended food supplies"; its object words as the dictionary's patterns read
    them), asked where the dictionary gives the verb no code; else None."""
    lemma = verb.lemma_.lower()
    if lemma not in LESSENING or not {word for _, word in object_words(verb)} & AID_NOUNS:
        return None
    return lemma, _AID_CUT


def _aid_lessening(noun: Any) -> bool:
    """A noun of lessening whose "of", "in" or "to" names aid ("a suspension of aid", "a cut
    in aid")."""
    return noun.lemma_.lower() in _LESSENINGS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in AID_NOUNS
        for p in noun.children if p.lower_ in {"of", "in", "to"} for o in p.children
    )


def _disapproval(verb: Any, coded: tuple[str, str] | None) -> tuple[str, str] | None:
    """A verb of disapproval (its own code 11x: "condemn", "blame") as its own code where a
    pattern makes its judgement of an act a comment of sympathy (018: "condemned the
    terrorist attack"); else ``coded``."""
    if coded is None or not coded[1].startswith(SYMPATHY) or not acts_on_act(verb):
        return coded
    own = own_code(coded[0]) or ""
    return (coded[0], own) if own.startswith(DISAPPROVAL_ROOT) else coded


def restriction_kind(verb: Any) -> str | None:
    """The kind of restriction a verb acts on (its object or passive subject): "sanctions"
    economic, "a state of siege" and "martial law" an emergency, "the siege" a blockade."""
    for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        lemma = noun.lemma_.lower()
        ruled = "emergency" if lemma in {"state", "law"} and _emergency_rule(noun) else None
        kind = ruled if lemma in {"state", "law"} else restriction(noun)
        if kind:
            return kind
    return None


def _emergency_rule(noun: Any) -> bool:
    """True for "a state of emergency", "a state of siege" and "martial law"."""
    if noun.lemma_.lower() == "law":
        return any(c.lower_ == "martial" for c in noun.children)
    return any(
        o.lemma_.lower() in {"emergency", "siege"}
        for p in noun.children
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _thing_given_back(verb: Any) -> bool:
    """True when the verb has a direct object, or under a passive a subject, that is no act or
    message ("returned antiquities", "a sarcophagus was returned to Egypt", not "returned the
    call", "returned the visit")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        o.lemma_.lower() not in NOUN_TRIGGERS and o.lemma_.lower() not in _ANSWERED for o in objects
    )


def _returned_to_seat(verb: Any) -> bool:
    """True when the verb returns a party or a person (its object, or under a passive its
    subject; no captive) to power or an office held, or a case to a court: a party returned
    to power ("Labour was returned to power by voters") or a case sent back to a court ("the
    case was returned to the lower court") is given back to no one: a statement, 010, as a
    candidacy's outcome is (``candidacy``: "won the presidency"). A return with no such
    object ("returned to office after surgery") is read as before; a seat that names a place
    by its "of" ("to the office of the Red Cross") is a place things are given back to."""
    returned = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    seats = [o for o in prep_objects(verb, "to") if not _place_of(o)]
    if not returned or not seats:
        return False
    if any(o.lemma_.lower() in _SEATS_HELD for o in seats):
        return all(_holder(r) for r in returned)
    proceedings = all(r.lemma_.lower() in _PROCEEDINGS for r in returned)
    return proceedings and any(agent_role(o) == _JUDICIARY for o in seats)


def _holder(returned: Any) -> bool:
    """True when a returned phrase names an actor who may hold power: a party or a person,
    no captive ("the Conservatives", not "the hostages")."""
    return returned.lemma_.lower() not in _CAPTIVES and names_anyone(returned)


def _place_of(noun: Any) -> bool:
    """True when a noun with a determiner names its place by an "of" ("the office of the Red
    Cross", "the court of the palace", "the governorship of the province")."""
    has_det = any(c.dep_ == "det" for c in noun.children)
    return has_det and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _expulsion(verb: Any, coded: tuple[str, str]) -> str | None:
    """The codebook's 166x for a verb of expelling (its own code 174) or withdrawing whose
    object or passive subject is a peacekeeping force, inspectors or observers, or an aid
    agency ("expelled the weapons inspectors" 1662, "withdrew its aid workers" 1663); else
    None ("expelled the ambassador" keeps 174)."""
    lemma = verb.lemma_.lower()
    if lemma not in _WITHDRAWING_VERBS and own_code(coded[0]) != _EXPEL_CODE:
        return None
    nouns = _acted_on(verb, {"dobj", "nsubjpass"})
    code = next(filter(None, map(_sent_away_code, nouns)), None)
    return code or _persons_expelled(coded, nouns)


def _persons_expelled(coded: tuple[str, str], nouns: list[Any]) -> str | None:
    """174 where the EXPEL block's weapons and aircraft (0873, demobilise) match a noun the
    actor dictionary names as an agent ("deported a bomber", "expelled two fighters"): the
    persons are expelled; else None."""
    if coded[1] != _DEMOBILISED or own_code(coded[0]) != _EXPEL_CODE:
        return None
    return _EXPEL_CODE if any(agent_role(n) for n in nouns) else None


def _peacekeeping(verb: Any, coded: tuple[str, str]) -> str | None:
    """074 for peacekeepers sent or deployed ("Kenya sent peacekeepers", which the SEND
    block codes 0334, the intent to send them) or arriving ("peacekeepers arrived in Juba",
    a visit, 040, by the ARRIVE block), 1661 for peacekeepers sent out ("were shipped out of
    the enclave"); else None. Another reading of either block ("came under fire") is kept."""
    block = block_of(coded[0])
    if block == block_of("send") and coded[1] == _INTENDED_PEACEKEEPING:
        nouns = _acted_on(verb, {"dobj", "nsubjpass"})
    elif block == block_of("arrive") and coded[1].startswith(_CONSULT_ROOT):
        nouns = _acted_on(verb, {"nsubj"})
    else:
        return None
    if not any(_sent_away_code(n) == _PEACEKEEPERS_OUT for n in nouns):
        return None
    return _PEACEKEEPERS_OUT if _moved_out(verb) else _PEACEKEEPING


def _moved_out(verb: Any) -> bool:
    """True for a verb of moving with "out" or "away" ("shipped out of the enclave")."""
    return any(c.lower_ in {"out", "away"} for c in verb.children if c.dep_ in {"prt", "prep", "advmod"})


def _acted_on(verb: Any, deps: set[str]) -> list[Any]:
    """The verb's dependents of ``deps``, their conjuncts and the objects of their "of" (a
    part or a number of a group: "some of the peacekeepers", "a team of inspectors")."""
    heads = [n for c in verb.children if c.dep_ in deps for n in (c, *c.conjuncts)]
    return heads + [
        o for h in heads for p in h.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]


def _sent_away_code(noun: Any) -> str | None:
    """1661, 1662 or 1663 for a noun naming peacekeepers ("the peacekeeping force"),
    inspectors or observers, or an aid agency or its people; else None."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    lemma = noun.lemma_.lower()
    for word in (lemma, *sorted(modifiers & {"peacekeeping"})):
        if word in _SENT_AWAY:
            return _SENT_AWAY[word]
    return "1663" if lemma in _AID_BODIES and modifiers & _AID_MODIFIERS else None


def _undertaken_act(verb: Any) -> str | None:
    """The code of the act an undertaking begun names by its compound ("launched a mediation
    effort" 045), for a verb of beginning (the dictionary's LAUNCH block); else None."""
    if not in_block_of(verb, "launch"):
        return None
    for noun in (
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in UNDERTAKINGS
    ):
        acts = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
        code = next((NOUN_TRIGGERS[a] for a in acts if a in NOUN_TRIGGERS), None)
        if code:
            return code
    return None
