"""Sympathy sent: the CAMEO codebook's 018 "Make empathetic comment", a statement.

Written by hand from the codebook (version 1.1b3), whose 018 is an expression of sympathy or
condolences, a public statement (01) and no interaction. The derived dictionary codes the
words of sympathy as the objects of its verbs of expressing ("expressed condolences",
"offered his condolences": 018), but codes a message by the verb that carries it: the SEND
block's "sent a message" is 040, a consultation, so "sent a condolence message" was a
contact, and "sent his sympathy", which no pattern names, was left to the classifier.

Here a verb that the dictionary codes as a consultation (04) or not at all, whose direct
object is a word of sympathy, or a message, letter or other noun whose compound modifier or
"of" names one ("a condolence message", "a letter of sympathy"), expresses that sympathy:
018. A verb the dictionary codes as another act keeps its code ("sent troops"). The words of
sympathy are read from the dictionary itself: the objects that the block of *express* codes
018 ("condolences", "sympathy", "regret", "sorrow"). Other blocks code 018 for words that
name no sympathy when they are sent or received ("a letter of concern" is a reprimand, the
block of *share* codes "shared the concern" 018) or that name an act ("condemned the
attack", which ``codebook._disapproval`` reads as the condemnation it is).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsdesk.events.cameo import block_of, cameo_dictionary

#: CAMEO 018 "Make empathetic comment".
SYMPATHY = "018"
_EXPRESSING_VERB = "express"
_CONSULT_ROOT = "04"
_OBJECT_DEPS = {"dobj", "nsubjpass"}
_NAMING_DEPS = {"compound", "amod", "nmod"}


@cache
def sympathy_words() -> frozenset[str]:
    """The nouns the dictionary's block of *express* codes 018 as its object ("condolences",
    "sympathy", "sorrow")."""
    block = cameo_dictionary()["patterns"][block_of(_EXPRESSING_VERB)]
    return frozenset(p[1] for p in block if p[2] == SYMPATHY and p[0] is None and p[1])


def sympathy_code(verb: Any, coded: tuple[str, str] | None) -> str | None:
    """018 for a verb the dictionary codes (``coded``) as a consultation or not at all whose
    object is sympathy or a message of it ("sent a condolence message", "sent his sincere
    sympathy"); else None."""
    if coded is not None and not coded[1].startswith(_CONSULT_ROOT):
        return None
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return SYMPATHY if any(_of_sympathy(o) for o in objects) else None


def _of_sympathy(noun: Any) -> bool:
    """True for a word of sympathy, or a noun that a compound modifier or "of" names one of
    ("a condolence message", "a letter of sympathy")."""
    words = sympathy_words()
    if noun.lemma_.lower() in words or noun.lower_ in words:
        return True
    named = [c for c in noun.children if c.dep_ in _NAMING_DEPS]
    named += [o for p in noun.children if p.lower_ == "of" for o in p.children]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in named)
