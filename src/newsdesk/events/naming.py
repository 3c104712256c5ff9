"""A naming: "called Denmark's Prime Minister nasty", "called the ambassador a very stupid guy".

"Call" with an object and a complement predicated of it names the object, and is no phone
call. The complement is the parse's object predicate (``oprd``) beside an object, an
adjective or noun clause (``ccomp``, ``xcomp``: "called [the move illegal]"), an adjective
after the object ("called the decision illegal", where an attributive adjective would stand
before it), or a second noun phrase the parse hangs on the object with no comma between
("called Britain's ambassador a very stupid guy"; "called her brother, a doctor, on Monday"
is a description and a call). The CAMEO codebook codes a naming by what it names the object:
a word of negative valence in its phrase makes it a disapproval, 111 "criticize or denounce",
as the dictionary's CALL block codes the few names it lists ("liar", "dictator"); any other
naming ("calls both cities home") is a comment, 010, a public statement and so no event, as
the block codes "success" and "troubling" comments (013, 012). A negated phrase ("not a bad
idea", wherever the parse hangs its "not"; "no surprise") names nothing pejorative; a
negation is its own conjunct's ("nasty and not honest" is pejorative by "nasty").

The valence is the VADER lexicon's (``data/valence.json``, MIT, derived by
``scripts/build_valence.py``): the sign of a word's mean rating, with no bar of our own.
The object a naming names is no object of the block's patterns: the CALL block's "* ATTACK"
(138, a threat of force) is for "called an attack", not "called the attack a terrible crime";
its patterns read the name itself ("* LIAR" 111, "* PARTNER" 013), which hold before the
lexicon. Written here because the dictionary lists names for CALL word by word and its
patterns cannot tell a naming from a call to someone.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from newsdesk.modality import own_negation

#: The dictionary verbs whose object complement names the object.
NAMING_VERBS = frozenset({"call"})
#: CAMEO 111 "Criticize or denounce": a naming by a pejorative word.
DISAPPROVE = "111"
#: CAMEO 010 "Make statement, not specified below": any other naming.
COMMENT = "010"
_OBJECTS = {"dobj", "nsubjpass"}
_CLAUSES = {"ccomp", "xcomp"}
_NOMINAL = {"ADJ", "NOUN", "PROPN"}
#: Clauses inside a complement's phrase, whose words say something else ("a man who ...").
_NOT_THE_NAME = {"relcl", "acl", "advcl", "ccomp", "xcomp", "prep"}
#: A phrase joined to the complement, read as a name of its own ("nasty and not honest").
_JOINED = {"conj", "cc"}


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """Word (lower case) -> the VADER lexicon's mean valence, -4 to +4."""
    text = resources.files("newsdesk.data").joinpath("valence.json").read_text("utf-8")
    return json.loads(text)


def naming_complements(lemma: str, verb: Any) -> list[Any]:
    """The names a dictionary verb gives its object (``complements``) when it is a verb of
    naming; none for any other verb. ``named_code`` and ``named_objects`` read them."""
    return complements(verb) if lemma in NAMING_VERBS else []


def named_code(names: list[Any], code: str | None) -> str | None:
    """The code of a dictionary verb read as a naming by its ``names``
    (``naming_complements``): ``code`` unchanged when it names nothing, 111 for a pejorative
    name, else 010 (a comment)."""
    if not names:
        return code
    return DISAPPROVE if any(pejorative(name) for name in names) else COMMENT


def named_objects(verb: Any, names: list[Any]) -> list[Any]:
    """The objects a verb of naming names ("the attack" of "called the attack a terrible
    crime"): the thing named, not what the verb acts on, so no pattern of the block reads
    them; the name itself (the ``oprd``, "a liar") is still read. None for a verb with no
    ``names`` (``naming_complements``), which is no naming."""
    if not names:
        return []
    return [c for c in verb.children if c.dep_ in _OBJECTS]


def complements(verb: Any) -> list[Any]:
    """The heads of the phrases a verb of naming predicates of its object (none for "called
    the prime minister on Tuesday")."""
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    found = predicates if objects else []
    found += [c for c in verb.children if c.dep_ in _CLAUSES and c.pos_ in _NOMINAL]
    for head in objects + predicates:
        found += [c for c in head.children if _second_phrase(head, c)]
    return found


def _second_phrase(head: Any, child: Any) -> bool:
    """True for an adjective after the object ("the decision illegal") or a noun phrase the
    parse hangs on it as an apposition with no comma before it."""
    if child.dep_ == "amod" and child.i > head.i:
        return True
    before = child.doc[child.left_edge.i - 1]
    return child.dep_ == "appos" and not before.is_punct


def pejorative(name: Any) -> bool:
    """True when a word of the name's phrase, or of a phrase joined to it by a conjunction,
    has a negative valence and nothing negates that phrase ("nasty", "a very stupid guy",
    "nasty and not honest"; not "a success", "not a bad idea", "no surprise", "not corrupt
    but honest")."""
    words = list(_name_words(name))
    lexicon = valence()
    negative = any(lexicon.get(w.lower_, lexicon.get(w.lemma_.lower(), 0.0)) < 0 for w in words)
    if negative and not _negated(name, words):
        return True
    return any(pejorative(c) for c in name.children if c.dep_ == "conj")


def _negated(name: Any, words: list[Any]) -> bool:
    """True for a word of the phrase negated by a word of its own (``modality.own_negation``:
    "not bad", "no surprise", where VADER's own rating of "no" is no name), or a negation
    right before the phrase wherever the parse hung it ("called the plan not a bad idea", its
    "not" on "plan")."""
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    return any(own_negation(w) for w in words) or (before is not None and before.dep_ == "neg")


def _name_words(name: Any) -> Any:
    """The words of the complement's own phrase, without a phrase joined to it (read as a
    name of its own) nor the clauses and phrases inside it."""
    yield name
    for child in name.children:
        if child.dep_ not in _NOT_THE_NAME | _JOINED:
            yield from _phrase_words(child)


def _phrase_words(word: Any) -> Any:
    """A word of the name and its words, with those joined to it ("unjustified, unfriendly
    and meaningless"), without the clauses and phrases inside it."""
    yield word
    for child in word.children:
        if child.dep_ not in _NOT_THE_NAME:
            yield from _phrase_words(child)
