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
  weapons") is 084 "Return, release, not specified" when the RETURN block's patterns name
  neither persons (0841) nor property (0842); a call, a visit or fire returned is answered,
  not given back;
* an effort or campaign begun whose compound names an act ("launched a mediation effort",
  "a bombing campaign") is that act (045 "Mediate", 183), not LAUNCH + EFFORT's appeal (020);
* condemning an attack is 111 "Criticize or denounce" (whose definition names condemnation),
  not 018 "Make empathetic comment": the ACCUSE block (accuse, blame, condemn ...) codes
  "condemned the terrorist attack" 018, and, a phrase pattern being read when nothing else
  matches, "condemned the attack" too; a verb whose own code is a disapproval (11) keeps it
  where a pattern makes its judgement of an act (its object an act noun) a comment of
  sympathy ("expressed condolences", whose object is no act, stays 018).
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import NOUN_TRIGGERS, cameo_dictionary, noun_code, own_code

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

#: A restriction's object noun -> its kind (CAMEO 16 / 17 and their Yield codes in 08).
_RESTRICTIONS = {
    "sanction": "economic",
    "sanctions": "economic",
    "embargo": "economic",
    "boycott": "economic",
    "ban": "administrative",
    "restriction": "administrative",
    "curfew": "curfew",
    "emergency": "emergency",
    "blockade": "blockade",
    "siege": "blockade",
}
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
#: Nouns of an undertaking begun whose compound may name its act ("a mediation effort").
_UNDERTAKINGS = {"effort", "campaign", "drive", "bid", "attempt", "initiative", "mission"}


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
    if coded is None and lemma in _RETURNING_VERBS and _thing_given_back(verb):
        return name, "084"
    act = _undertaken_act(verb) if coded else None
    return (name, act) if act else _disapproval(verb, coded)


def _disapproval(verb: Any, coded: tuple[str, str] | None) -> tuple[str, str] | None:
    """A verb of disapproval (its own code 11x: "condemn", "blame") as its own code where a
    pattern makes its judgement of an act a comment of sympathy (018: "condemned the
    terrorist attack"); else ``coded``."""
    if coded is None or not coded[1].startswith(SYMPATHY) or not _acts_on_act(verb):
        return coded
    own = own_code(coded[0]) or ""
    return (coded[0], own) if own.startswith(DISAPPROVAL_ROOT) else coded


def _acts_on_act(verb: Any) -> bool:
    """True when the verb's direct object is an act noun ("the attack", "the bombing")."""
    return any(noun_code(c) for c in verb.children if c.dep_ == "dobj")


def restriction_kind(verb: Any) -> str | None:
    """The kind of restriction a verb acts on (its object or passive subject): "sanctions"
    economic, "a state of siege" and "martial law" an emergency, "the siege" a blockade."""
    for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        lemma = noun.lemma_.lower()
        if lemma in {"state", "law"}:
            kind = "emergency" if _emergency_rule(noun) else None
        else:
            kind = _RESTRICTIONS.get(lemma) or _RESTRICTIONS.get(noun.lower_)
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
    """True when the verb has a direct object that is no act or message ("returned antiquities",
    not "returned the call", "returned the visit")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.lemma_.lower() not in NOUN_TRIGGERS and o.lemma_.lower() not in _ANSWERED for o in objects
    )


def _undertaken_act(verb: Any) -> str | None:
    """The code of the act an undertaking begun names by its compound ("launched a mediation
    effort" 045), for a verb of beginning (the dictionary's LAUNCH block); else None."""
    forms = cameo_dictionary()["forms"]
    entry = forms.get(verb.lemma_.lower()) or forms.get(verb.lower_)
    if entry is None or entry[1]["block"] != forms["launch"][1]["block"]:
        return None
    for noun in (
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _UNDERTAKINGS
    ):
        acts = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
        code = next((NOUN_TRIGGERS[a] for a in acts if a in NOUN_TRIGGERS), None)
        if code:
            return code
    return None
