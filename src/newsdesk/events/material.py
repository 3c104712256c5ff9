"""Support that gives things: the codebook's aid (CAMEO 07) where the dictionary codes support.

Written by hand: CAMEO 05 "Engage in diplomatic cooperation" is verbal (051 "Praise or
endorse"), 07 "Provide aid" is "all provisions of material aid" (071 economic, 072 military,
073 humanitarian). The PETRARCH-2 dictionary codes *give / provide / extend + SUPPORT* 051
unless a phrase pattern names the kind ("{FINANCIAL SUPPORT}" 071), so "provided €45m
support" and "provided military support" are endorsements. What is given decides, read from
the dictionary's own words for it: the nouns the giving verbs' block (GRANT: give, provide,
supply, donate ...) codes 07x by themselves ("&CURRENCY", "FINANCIAL", "&MILITARY", "ARMS",
"&FOOD"), and the modifiers its phrase patterns put on aid ("{ECONOMIC AID}" 071,
"{HUMANITARIAN AID}" 073). Three readings, none from the sentences of an evaluation set:

* a verb whose block codes aid, coded as support (05x) on a support noun whose modifiers, or
  whose "in" or "with" phrase, name such a word or a sum of money (the tagger's MONEY: the
  dictionary's "DOLLARS", "MILLION"), gives that aid ("provided €45m support" 071,
  "provided military support" 072; "gave its support to the plan" stays 051);
* support given by aid or money, the subject of a verb of support ("Australian aid supported
  two million girls" 070): the support is the aid;
* a verb of support in the purpose clause of a verb that gives aid ("provided 6.3 million
  euros to support projects"): the support is done by the giving, its aid code.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsdesk.events.cameo import cameo_dictionary, verb_code
from newsdesk.events.phrases import MODIFIER_DEPS
from newsdesk.events.target_heads import purpose_clause

#: CAMEO 05 (diplomatic cooperation) and 07 (provide aid), by root.
SUPPORT_ROOT = "05"
AID_ROOT = "07"
#: CAMEO 070 "Provide aid, not specified", 071 "Provide economic aid".
AID = "070"
ECONOMIC_AID = "071"
#: The aid codes of things given: economic (money), military (arms, troops), humanitarian
#: (food, medicine); not peacekeeping (074) or asylum (075), which are no goods.
_GIVEN = {"071", "072", "073"}
#: The nouns of support the dictionary's blocks code 051 as objects of giving.
SUPPORT_NOUNS = {"support", "backing"}
#: The phrases after a support noun that say what it is made of ("support in arms").
_MADE_OF = {"in", "with"}
#: The dictionary verb whose block is the giving of things (GRANT).
_GIVING_VERB = "provide"
#: The aid nouns the GRANT block's patterns code 070 by themselves ("* AID", "* ASSISTANCE"),
#: whose modifiers name the aid's kind; ``codebook.AID_NOUNS`` adds the goods and money given.
GRANTED_AID_NOUNS = frozenset({"aid", "assistance"})


@lru_cache(maxsize=1)
def aid_words() -> dict[str, str]:
    """Word -> CAMEO 07x code: the nouns the giving block codes as aid by themselves, and the
    modifiers of its phrase patterns on an aid noun ("economic" from "{ECONOMIC AID}")."""
    dictionary = cameo_dictionary()
    block = dictionary["forms"][_GIVING_VERB][1]["block"]
    words: dict[str, str] = {}
    for prep, noun, code, slots, *_ in dictionary["patterns"][block]:
        if code not in _GIVEN or prep is not None:
            continue
        if not slots:
            words.setdefault(noun, code)
        elif noun in GRANTED_AID_NOUNS | SUPPORT_NOUNS:
            for slot in slots:
                words.update((word, code) for word in slot if word != "and")
    return words


def material_support(verb: Any, coded: tuple[str, str]) -> str | None:
    """The aid code of support that gives things (the three readings of the module); else
    None."""
    if not coded[1].startswith(SUPPORT_ROOT):
        return None
    return _support_given(verb) or _support_by_aid(verb) or _purpose_of_aid(verb)


def _support_given(verb: Any) -> str | None:
    """The aid its support noun's modifiers or "in" / "with" phrase name, for a verb whose
    block codes aid ("provided €45m support", "extended military support")."""
    if not _gives_aid(verb):
        return None
    given = (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SUPPORT_NOUNS)
    for noun in given:
        code = next(filter(None, map(_aid_named, _what_it_is(noun))), None)
        if code:
            return code
    return None


def _what_it_is(noun: Any) -> list[Any]:
    """The words that say what a support noun is: its modifiers and the objects of its
    "in" or "with"."""
    made_of = [o for p in noun.children if p.lower_ in _MADE_OF
               for o in p.children if o.dep_ == "pobj"]
    return [c for c in noun.children if c.dep_ in MODIFIER_DEPS | {"nummod"}] + made_of


def _aid_named(token: Any) -> str | None:
    """The aid code a word names: a sum of money in it (071), else the lexicon's code for
    its lemma or form."""
    if any(t.ent_type_ == "MONEY" for t in token.subtree):
        return ECONOMIC_AID
    words = aid_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


def _gives_aid(verb: Any) -> bool:
    """True for a verb whose dictionary block codes aid (give, provide, extend, send ...)."""
    found = cameo_dictionary()["forms"].get(verb.lemma_.lower())
    if found is None:
        return False
    patterns = cameo_dictionary()["patterns"][found[1]["block"]]
    return any(p[2] and p[2].startswith(AID_ROOT) for p in patterns)


def _support_by_aid(verb: Any) -> str | None:
    """070 for support whose subject is aid ("Australian aid supported ..."), 071 for money
    ("the $5 million supported ...")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() in GRANTED_AID_NOUNS:
            return AID
        if subject.ent_type_ == "MONEY":
            return ECONOMIC_AID
    return None


def _purpose_of_aid(verb: Any) -> str | None:
    """The aid code of the verb whose purpose clause ("to support", an infinitive hung on it)
    the verb of support is: "provided 6.3 million euros to support projects"."""
    if not purpose_clause(verb):
        return None
    coded = verb_code(verb.head) if verb.head.pos_ == "VERB" else None
    return coded[1] if coded and coded[1].startswith(AID_ROOT) else None
