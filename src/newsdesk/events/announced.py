"""An act that a public statement announces as its object: "Nigeria announced the deployment
of 230 troops", "Saudi Arabia announced a ceasefire initiative".

The statement verb (CAMEO 01: announce, declare) says nothing but the act it names, and the
dictionary coder codes that act noun as an event of its own, done by the verb's subject; CAMEO
codes an announced act as the act (the ANNOUNCE block's announced attacks). So the act noun
that is the statement's direct object, or a noun compounded with it ("a ceasefire
initiative"), or one conjoined with either, is the sentence's main act. A clause under the
statement ("announced that it will deploy") is not an object and is read elsewhere
(``embedded``). A verb of perceiving, which the dictionary also codes as a statement but
whose subject witnesses what it names ("Ferguson saw more protests", "observers noted
clashes"), announces nothing: the dictionary keeps those verbs in one block, the block of
"see".

Hand-written because it is one reading of the dependency parse; no library gives it.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import in_block_of

#: The verb whose dictionary block holds the verbs of perceiving (note, notice, observe, see,
#: view, watch, witness).
PERCEIVING = "see"


def announced_acts(verb: Any) -> list[Any]:
    """The nouns a statement verb announces: its direct objects, the nouns compounded with
    them, and those conjoined with either; none for a verb of perceiving or with no object."""
    if _perceiving(verb):
        return []
    objects = [obj for child in verb.children if child.dep_ == "dobj"
               for obj in (child, *child.conjuncts)]
    return [*objects, *(c for obj in objects for c in obj.children if c.dep_ == "compound")]


def _perceiving(verb: Any) -> bool:
    """True for a verb of the dictionary's block of perceiving (``PERCEIVING``)."""
    return in_block_of(verb, PERCEIVING)
