"""Standing for election: a candidacy is no CAMEO event, acted on no other actor.

Written by hand from the CAMEO codebook (version 1.1b3), which codes what one political
actor does to another and has no code for standing for an office: a candidate who launches,
announces, suspends or ends a bid, campaign or candidacy for an office, who seeks or wins a
nomination, a seat, a term of office or re-election, who runs, vies, competes or battles
for an office or a nomination, or who emerges as a front-runner, contender or nominee acts on
no one. The derived dictionary reads such a sentence by the nouns' other senses (LAUNCH + BID
160, a cut in relations; LAUNCH + CAMPAIGN 020, an appeal; SEEK 030), and the classifier by
its other words ("won the presidency" was an assault), so "launched a bid for the White House" was a
sanction of the White House, "are battling for the nomination" a criticism (111) and "has
emerged as the leading contender" an accusation (112). Here such a verb is the candidate's declaration, the codebook's
010 "Make statement, not specified below", and no event.

A bid or campaign is one for an office when a modifier says it is electoral ("presidential
campaign", "Senate bid", "re-election campaign"), its "for" names an office ("a bid for the
White House", "campaign for governor"), or its clause is to be or win one ("a bid to be the
state's next governor", "to become leader of the party", "to win the nomination"). A bid or
campaign for anything else ("a campaign to free the prisoners", "a bombing campaign", "in a
bid to stem the spread") and a verb that does something to another's campaign ("attacked
Biden's campaign") are the dictionary's.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import PERSON_TITLES
from newsdesk.events.cameo import STATEMENT
from newsdesk.parsed import prep_objects

#: Nouns of an undertaking that a candidacy is written as.
_CANDIDACIES = {"bid", "campaign", "candidacy", "run", "race"}
#: What a candidate stands for, seeks or wins: an office holder's title or one of these
#: (the tokenizer splits "re-election": its last word is "election").
_OFFICES_AND_ELECTIONS = {
    "presidency", "governorship", "premiership", "chancellorship", "mayoralty", "office",
    "seat", "nomination", "election", "reelection", "senate", "congress", "parliament",
}
_SEATS = PERSON_TITLES | _OFFICES_AND_ELECTIONS
#: Nouns that are an office only by a word beside them (``_office_by_modifier``): a term of
#: office counted or full ("a second term", "his first full term", "a term in office"), not
#: one in prison or of a deal ("a ten-year prison term", "better terms"); a party's nod or
#: leadership ("the GOP nod", "the Labour leadership"), not a parliament's nod to deploy
#: troops or the leadership of a country; the House by its name, not a house.
_SEATS_BY_MODIFIER = {"term", "nod", "leadership", "house"}
#: Every noun a contest is run for by itself or by its modifier.
_CONTESTED = frozenset(_OFFICES_AND_ELECTIONS | _SEATS_BY_MODIFIER)
#: Modifiers of a term that count it as one of office.
_TERM_COUNTS = {"full", "another", "consecutive"}
#: Modifiers that make one of them electoral ("presidential bid", "re-election campaign",
#: "nomination bid", "Senate race").
_ELECTORAL = _OFFICES_AND_ELECTIONS | {"house", "leadership"} | {
    "presidential", "gubernatorial", "mayoral", "senatorial", "congressional", "parliamentary",
    "electoral", "primary",
}
#: Verbs that begin or end one's own undertaking, whose object is the candidacy.
_BEGINNING_OR_ENDING = {
    "launch", "announce", "begin", "start", "kick", "open", "mount", "declare", "formalize",
    "formalise", "end", "suspend", "drop", "abandon", "resume", "relaunch", "enter", "quit",
}
#: Verbs whose object is the office or election sought or won.
_SEEKING = {"seek", "win", "contest", "secure", "clinch"}
#: Verbs of a clause that a bid is to do: to be or become an office holder, or win a seat.
_BECOMING = {"be", "become"}
#: Verbs of competing whose "for" names the office or nomination competed for ("is vying for
#: the GOP nod", "are battling for the nomination", "stood for parliament").
_COMPETING = {"run", "vie", "compete", "contend", "battle", "fight", "jockey", "race", "stand"}
#: What a candidate emerges as ("has emerged as the leading contender"): the head of the "as"
#: phrase of *emerge* ("front-runner" is split: its head is "runner").
_CONTENDERS = {
    "frontrunner", "runner", "favorite", "favourite", "contender", "nominee", "candidate",
    "challenger",
}


def candidacy_code(verb: Any) -> str | None:
    """010 for a verb that stands a candidate for an office (``_stands``); else None."""
    return STATEMENT if _stands(verb) else None


def _stands(verb: Any) -> bool:
    """True for a candidacy begun or ended, an office sought or won, a run or a contest for
    one, or a candidate emerging as a contender."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _BEGINNING_OR_ENDING:
        return any(_electoral_candidacy(o) for o in objects)
    if lemma in _SEEKING:
        return any(_seat(o) for o in objects)
    if lemma == "emerge":
        return any(o.lemma_.lower() in _CONTENDERS for o in prep_objects(verb, "as"))
    return lemma in _COMPETING and any(_office_for(o) for o in prep_objects(verb, "for"))


def _electoral_candidacy(noun: Any) -> bool:
    """True for a bid, campaign or candidacy that a modifier, its "for" or its clause makes
    one for an office."""
    if noun.lemma_.lower() not in _CANDIDACIES:
        return False
    if _modifier_words(noun) & _ELECTORAL:
        return True
    if any(_office_for(o) for o in prep_objects(noun, "for")):
        return True
    return any(_clause_for_seat(c) for c in noun.children if c.dep_ in {"acl", "relcl"})


def _modifier_words(noun: Any) -> set[str]:
    """The lower-cased words of the noun's modifiers and of their compounds ("White House")."""
    words = set()
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod", "npadvmod"}:
            words |= {t.lower_ for t in child.subtree}
    return words


def _clause_for_seat(clause: Any) -> bool:
    """True for a clause "to be / become" an office holder or "to win" a seat."""
    lemma = clause.lemma_.lower()
    if lemma in _BECOMING:
        return any(_seat(c) for c in clause.children if c.dep_ in {"attr", "oprd"})
    return lemma in _SEEKING and any(_seat(c) for c in clause.children if c.dep_ == "dobj")


def _seat(noun: Any) -> bool:
    """An office or an election: its head word or, for "the White House", its last word;
    a term, nod, leadership or house only as ``_office_by_modifier`` makes it one."""
    if noun.lemma_.lower() in _SEATS_BY_MODIFIER:
        return _office_by_modifier(noun)
    return noun.lower_ in _SEATS or noun.lemma_.lower() in _SEATS


def _office_for(noun: Any) -> bool:
    """An office run or fought for: a seat (``_seat``), an office holder's title only bare
    ("running for president", "campaign for governor"), not a person fought for ("fought
    for the president", "for the king")."""
    if noun.lemma_.lower() in _CONTESTED:
        return _seat(noun)
    return _seat(noun) and not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _term_of_office(term: Any) -> bool:
    """A term counted or full ("a second term", "another term"), one in or as an office ("a
    term in office", "a term as governor"), or one of a length with an office compounded on it
    ("a six-year Senate term"; not "a ten-year prison term", nor a bare "five-year term" that
    may be a sentence: "sought a five-year term for the opposition leader")."""
    if any(c.ent_type_ == "ORDINAL" or c.lower_ in _TERM_COUNTS for c in term.children):
        return True
    if any(_seat(o) for prep in ("in", "as") for o in prep_objects(term, prep)):
        return True
    compounds = [c for c in term.children if c.dep_ == "compound"]
    lengths = [c for c in compounds if c.lemma_.lower() == "year"
               and any(n.dep_ == "nummod" for n in c.children)]
    offices = [c for c in compounds if c not in lengths]
    return bool(lengths) and bool(offices) and all(_seat(c) for c in offices)


def _office_by_modifier(noun: Any) -> bool:
    """True for a term of office (one, singular, counted or full, or "in office"), a party's
    nod or leadership (a party or an electoral word modifies it, or its "of" names a party)
    and the House by name."""
    lemma = noun.lemma_.lower()
    if lemma == "house":
        return noun.text == "House"
    if lemma == "term":
        return noun.lower_ == "term" and _term_of_office(noun)
    parties = [*(c for c in noun.children if c.dep_ in {"amod", "compound", "poss"}),
               *prep_objects(noun, "of")]
    return bool(_modifier_words(noun) & (_ELECTORAL - {lemma})) or any(
        p.ent_type_ in {"ORG", "NORP"} or p.lemma_.lower() == "party" for p in parties)
