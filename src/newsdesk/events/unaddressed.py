"""A demand or appeal made of no one: asking for a thing with no actor asked is no CAMEO 10
or 02 event.

Written by hand from the CAMEO codebook (version 1.1b3), whose 10 "Demand" is a demand the
source makes of a target, as its 02 "Appeal" is a request of one. The derived dictionary
gives a verb of demanding its block's bare code (PUSH, PRESS: 100) when no pattern of the
block holds, and the coder made that a demand whoever was asked. Pressing "for" a policy,
a law or a reform, where the sentence names no one it is asked of (no object, no actor in
the "for" phrase, no one asked to act in a clause "for X to ..."), is the source's stated
position, a public statement (010 "Make statement, not specified below"), and no
interaction. A pattern's code ("pushing for a ceasefire", 0256) and a demand of someone
named ("pushed Iran to ...", "pushed for Congress to act") are the dictionary's.

An appeal is read the same way: a verb the dictionary codes as an appeal (02, by its block or
by a pattern: "called for" 020, "appealed for aid" 023) whose only complement is a "for"
phrase or clause that names no one ("called for calm", "called for reform of the tax
laws") states what the source wants, 010; an appeal to someone ("appealed to donors for
aid", "called on the government to", "urged Iran to", "called for Burma to") or for an act
of someone named ("called for the release of the journalists") stays the dictionary's.

An appeal put out as a noun ("launched an appeal for $80 million", "issued a
call for calm", "a plea for help") is read on that noun: made to someone named in its "to",
"on" or "upon" ("issued a plea to the Taliban to talk") it stays the dictionary's; asking for
a thing of no one it is the source's statement, 010, as the verb is, and the noun, which
the dictionary codes as an appeal too, gives no event of its own.
A name the tagger gives a law, a work or a product names a thing asked for, not one asked
("pushed for the Constitution to be revised", "for the Affordable Care Act to be
repealed"), and so does a name that only says where the thing is (a place after "in", "at",
"across": "called for the lifting of the blockade in Yemen"), sits in a participle or
relative clause that says what it is ("reform of a military-drafted constitution", "a bill
that would impose a tax") or in a noun's "for" phrase that says whom the thing is for
("a briefing for the Senate", "tax cuts for big businesses"): those named there are not
asked to do anything. Aid or a release asked for someone (CAMEO 023 "Appeal for aid", 0253
"Appeal for release": "an appeal for aid for Zimbabwe", "seeks release for a man held
abroad") is asked on behalf of the one it is for, the party the newswire's coders mark as
the appeal's target, and stays the dictionary's. A place or
people as the thing's own modifier or "of" object ("the Gaza blockade", "the withdrawal of
Syrian forces") and the subject of a clause that says what a wish holds ("his wish that
the king would help") are. A verb of appeal with a direct object that names no one
("requested assistance", "submitted petitions") asks for that thing of no one, as "for"
does; an object that names an actor or is a pronoun is the one asked, and one whose
infinitive or clause says what it is for ("a campaign to free the prisoners") names the
act asked. A verb whose own code is a demand (*demand*, *push*: 100) demands its object of
whoever holds it ("demanded a final solution", which a pattern codes 027), as CAMEO's 10
reads a demand.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.agents import agent_role
from newsdesk.events.cameo import STATEMENT, left_bare, own_code
from newsdesk.events.material import GRANTED_AID_NOUNS, aid_words
from newsdesk.events.phrases import is_named, names_anyone, names_place, phrase_edges, time_word
from newsdesk.parsed import marked_for

#: CAMEO 10 "Demand" and 02 "Appeal".
DEMAND_ROOT = "10"
APPEAL_ROOT = "02"
_ASKED_PREPOSITION = "for"
#: What names the one a demand is made of: an object, a dative, a clause of its own.
_ADDRESSED_DEPS = {"dobj", "dative", "iobj", "ccomp", "xcomp", "nsubjpass", "attr", "oprd"}
#: The prepositions of the one an appeal is made to ("appealed to donors", "called on
#: followers"), whoever their object is.
_APPEALED_TO = {"to", "on", "upon"}
#: The tagger's labels of a named thing, never an actor asked ("the Constitution": LAW).
_THING_LABELS = {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"}
#: Personal pronouns that stand for a thing, not for the one asked.
_THING_PRONOUNS = {"it", "itself"}
#: Verbs of asking whose direct object is the one asked, never the thing ("asked donors",
#: "urged voters", "invited the rebels", "begged the court").
_ADDRESSEE_VERBS = {
    "ask", "urge", "call", "invite", "implore", "beg", "beseech", "entreat", "exhort",
    "encourage", "press", "push", "petition", "appeal", "lobby", "pressure",
}
#: Prepositions of where a thing asked for is ("the blockade in Yemen").
_WHERE = {"in", "at", "inside", "within", "across", "throughout", "around", "near"}
#: Clauses that say what a thing is ("a plan that the army drew up", "a policy drafted by",
#: "a military-drafted constitution").
_RELATIVE = "relcl"
_PARTICIPLE_DEPS = {"acl", "amod", "npadvmod"}
#: Participles; an infinitive says the act the thing is for ("a campaign to free the
#: prisoners": the captors are asked).
_PARTICIPLE_TAGS = {"VBN", "VBG"}
_INFINITIVE = "VB"
_NOUNS = {"NOUN", "PROPN", "NUM"}
#: The tags of a pronoun: an object that is one stands for someone asked ("urged them").
_PRONOUNS = {"PRON"}
#: Nouns of an appeal put out ("launched an appeal", "issued a call", "made a plea"); the
#: dictionary codes the verb whose object they are as the appeal (LAUNCH + APPEAL 020).
_APPEAL_NOUNS = {"appeal", "call", "plea", "request", "entreaty"}
#: Things asked for on behalf of a party (CAMEO 023 "Appeal for aid", 0253 "Appeal for
#: release"): the giving block's aid nouns and the ASK block's 023 things, and a release.
_GIVEN = GRANTED_AID_NOUNS | {
    "supply", "funding", "help", "relief", "loan", "amnesty", "asylum", "evacuation",
    "release", "freedom", "pardon", "clemency",
}


def unaddressed_code(verb: Any, coded: tuple[str, str]) -> str | None:
    """010 for a verb left at its block's bare demand (no pattern held) or coded as an appeal
    that asks for a thing of no one (``_asks_no_one``); else None."""
    code = coded[1]
    demand = code.startswith(DEMAND_ROOT) and left_bare(coded)
    appeal = code.startswith(APPEAL_ROOT) and not _appealed_to(verb)
    if not (demand or appeal):
        return None
    noun = _appeal_noun(verb) if appeal else None
    if noun is not None:
        return STATEMENT if _noun_asks_no_one(noun) else None
    demanding = (own_code(coded[0]) or "").startswith(DEMAND_ROOT)  # "demanded a solution"
    return STATEMENT if _asks_no_one(verb, appeal=appeal and not demanding) else None


def unaddressed_appeal(noun: Any, coded: tuple[str, str]) -> bool:
    """True for a noun of an appeal (coded 02) that asks for a thing of no one ("launched an
    appeal for $80 million"): no event of its own (``_noun_asks_no_one``)."""
    appeal = coded[1].startswith(APPEAL_ROOT) and noun.lemma_.lower() in _APPEAL_NOUNS
    return appeal and _noun_asks_no_one(noun)


def _appeal_noun(verb: Any) -> Any | None:
    """The noun of an appeal the verb puts out, its object ("launched an appeal"), or None."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _APPEAL_NOUNS]
    return objects[0] if objects else None


def _noun_asks_no_one(noun: Any) -> bool:
    """True when an appeal put out as a noun names no one it is made to ("to donors") and
    asks for a thing of no one (``_asks_no_one``); the phrases of the verb whose object it is
    count as its own, since the parse hangs "for calm" on either ("issued a plea for calm")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if _appealed_to(noun) or (verb is not None and _appealed_to(verb)):
        return False
    return _asks_no_one(verb, noun=noun) if verb is not None else _asks_no_one(noun)


def _appealed_to(verb: Any) -> bool:
    """True when a phrase of the verb names the one appealed to ("to donors", "on Iran"), not
    a time ("on Monday")."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _APPEALED_TO]
    return any(o.dep_ == "pobj" and not time_word(o) for p in phrases for o in p.children)


def _asks_no_one(verb: Any, *, noun: Any = None, appeal: bool = False) -> bool:
    """True when the verb's only complement is a "for" phrase that names no actor, or a
    clause "for X to ..." whose subject names none ("pushed for the law to be revised");
    with ``noun``, its object that is the appeal, the noun's phrases count with the verb's;
    an ``appeal``'s direct object that names no one is the thing asked for (``_things``)."""
    children = [*verb.children, *(noun.children if noun is not None else ())]
    things = _things(verb) if appeal and noun is None else []
    if any(c.dep_ in _ADDRESSED_DEPS and c != noun and c not in things for c in children):
        return False
    phrases = [c for c in children if c.dep_ == "prep"]
    asked = [o for p in phrases if p.lower_ == _ASKED_PREPOSITION for o in p.children] + things
    clauses = [c for c in children if _for_clause(c)]
    asked += [s for c in clauses for s in c.children if s.dep_.startswith("nsubj")]
    others = [o for p in phrases if p.lower_ != _ASKED_PREPOSITION for o in p.children]
    if not asked or any(names_anyone(o) for o in others):
        return False
    return not any(_names_one_asked(o) or _person_pronoun(o) for o in asked)


def _things(verb: Any) -> list[Any]:
    """The direct objects of a verb of appeal that name no one ("requested assistance",
    "sought international help"): the thing asked for, of no one named; an object that
    names an actor or a pronoun ("asked Iran to", "urged them") is the one asked, and one
    whose clause says what it holds or is for names the act asked (``_content_clause``).
    The object of a verb whose object is the one asked (``_ADDRESSEE_VERBS``: "asked donors",
    "urged voters") or of one that also has a "for" phrase ("asked donors for aid", the
    double object of asking) is no thing, whoever it names.
    A verb whose own code is a demand (*demand*, *push*, *insist*: 100) demands its object
    of whoever holds it, whatever pattern codes it an appeal ("demanded a solution", 027);
    ``unaddressed_code`` does not ask for its objects."""
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or _ASKED_PREPOSITION in {c.lower_ for c in verb.children}:
        return []  # "asked donors", "asked donors for aid": the object is the one asked
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [
        o for o in objects
        if o.pos_ not in _PRONOUNS and not _names_one_asked(o) and not _content_clause(o)
    ]


def _content_clause(noun: Any) -> bool:
    """True when a clause says what the noun holds or is for: with a subject of its own
    ("his wish that the king would help", "a demand that they leave"), its subject is asked
    to act; an infinitive ("a campaign to free the prisoners") names the act asked for."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
    return any(c.tag_ == _INFINITIVE or any(s.dep_.startswith("nsubj") for s in c.children) for c in clauses)


def _names_one_asked(token: Any) -> bool:
    """True when the phrase of a thing asked for names an actor (``names_anyone``: a name or
    an agent noun, "the release of the prisoners"); a name the tagger gives a law, a work or
    a product ("the Constitution") is a thing's, and a word that only says where the thing
    is or what it is (``_describes``: "the blockade in Yemen", "a military-drafted
    constitution") names no one asked."""
    first, last = phrase_edges(token, appositions=True, conjuncts=True)
    words = [t for t in token.doc[first.i : last.i + 1] if not _describes(t, token)]
    names = [t for t in words if is_named(t) and t.ent_type_ not in _THING_LABELS]
    return bool(names) or any(agent_role(t) is not None for t in words)


def _describes(word: Any, head: Any) -> bool:
    """True when ``word`` sits, below ``head``, in a phrase that says where the thing asked
    for is (a place after "in", "at", "across" ...: "the lifting of the blockade in Yemen"),
    in a participle or relative clause that says what it is ("a military-drafted
    constitution", "a plan that the army drew up") or in a noun's "for" phrase that says
    whom it is for ("a briefing for the Senate", not aid: ``_beneficiary``): the place, the
    describing clause's actors and those the thing is for are not asked to do anything. A
    place as the thing's own modifier or "of" object ("the Gaza blockade", "the withdrawal
    of Syrian forces") stays."""
    path = [word, *word.ancestors]
    if head not in path:
        return False
    for token in path[: path.index(head)]:
        if _describing_clause(token):
            return True
        if token.dep_ == "prep" and token.lower_ in _WHERE and _place_object(token):
            return True
        if _beneficiary(token):
            return True  # "a closed-door briefing for the Senate": whom it is for, not asked
    return False


def _beneficiary(preposition: Any) -> bool:
    """True for a noun's "for" phrase that says whom a thing is for and names no party to the
    request ("funding cuts for big businesses", "a briefing for the Senate"). Aid or a release
    asked for someone (CAMEO 023 "Appeal for aid", 0253 "Appeal for release": "an appeal for
    aid for Zimbabwe", "seeks release for a man held abroad", ``_given_noun``) is asked on
    behalf of the one it is for, the appeal's target, so that "for" names a party."""
    if preposition.dep_ != "prep" or preposition.lower_ != _ASKED_PREPOSITION:
        return False
    return preposition.head.pos_ in _NOUNS and not _given_noun(preposition.head)


def _given_noun(noun: Any) -> bool:
    """True for a noun of aid given or of persons set free: the aid nouns of the dictionary's
    giving block (``material.aid_words``: "aid", "assistance", "food"), the things of the ASK
    block's 023 patterns ("help", "relief", "loan", "amnesty", "asylum", "evacuation"), a sum
    of money, and a release (0253)."""
    lemma = noun.lemma_.lower()
    return lemma in _GIVEN or lemma in aid_words() or noun.ent_type_ == "MONEY"


def _describing_clause(token: Any) -> bool:
    """A relative clause, or a participle with no subject of its own, on a noun ("a
    constitution that ...", "a constitution drafted by the army", "a military-drafted
    constitution"); a clause with its own subject that says what a wish or a plan holds
    ("his wish that the king would help") and an infinitive that says what the thing is for
    ("a campaign to free the prisoners") name who is to act."""
    if token.dep_ == _RELATIVE:
        return True
    if token.tag_ not in _PARTICIPLE_TAGS or token.dep_ not in _PARTICIPLE_DEPS:
        return False
    return not any(c.dep_.startswith("nsubj") for c in token.children)


def _place_object(preposition: Any) -> bool:
    """True when a preposition's object is a place the tagger names ("in Yemen", "in the
    Gaza Strip") or a noun whose modifiers name one."""
    return any(o.dep_ == "pobj" and names_place(o) for o in preposition.children)


def _person_pronoun(token: Any) -> bool:
    """A personal pronoun that stands for people asked ("calls for them to return"), not
    "it" or a relative pronoun ("the parameters that they called for")."""
    return token.tag_ == "PRP" and token.lower_ not in _THING_PRONOUNS


def _for_clause(clause: Any) -> bool:
    """A clause "for X to ..." under the verb."""
    return clause.dep_ == "advcl" and marked_for(clause)
