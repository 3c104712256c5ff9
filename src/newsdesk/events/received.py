"""Aid received: the giver's act, done to the receiver.

CAMEO's 07x (provide aid) has the giver as its source and the recipient as its target. The
PETRARCH-2 dictionary codes some things received as aid on the receiving verb ("RECEIVE *
&WEAPON [072]"), which a coder that takes the verb's subject for the doer reads backwards:
"Ukraine received weapons from Germany" would be Ukraine's aid. The dictionary marks its
blocks of receiving itself, with passive-only aid codes on the thing received ("RECEIVE *
LOAN [:071]"; ``scripts/build_cameo_verbs.py`` lists those blocks as ``receiving``). On a
verb of such a block an aid code is the giver's act: the source is the object of "from", on
the verb or on the thing received (of two, the one that names an actor, not a time: "From
the start of the war"), and the target the receiver, the verb's subject; with no
giver named the act has no source, as an agentless passive has none ("Hundreds of prisoners
have been released"). So is any act received or undergone from a named actor, whatever its
code: the thing a verb of receiving (those blocks) or of undergoing ("face", "suffer")
takes as its object, when it names an act, is what the one named by "from" did
("faces pressure from Congress", "received assurances from the government": Congress and
the government act, on the subject; ``receives_act``). Written here because the
dependency parse, not the dictionary, tells who gave.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import cameo_dictionary, verb_code, verb_keys
from newsdesk.events.phrases import is_act, is_actor, people_head
from newsdesk.events.slots import ActorNames, verb_sources


def receives_aid(verb: Any) -> bool:
    """True for a verb of a block of receiving that the dictionary codes as aid (CAMEO 07):
    "received weapons" (072), "got food aid" (073); "received a letter" is no aid."""
    dictionary = cameo_dictionary()
    if verb.pos_ != "VERB" or dictionary["receiving_forms"].isdisjoint(verb_keys(verb)):
        return False  # no form of a receiving verb: the patterns need not be read
    coded = verb_code(verb)
    if coded is None or not coded[1].startswith("07"):
        return False
    return dictionary["forms"][coded[0]][1]["block"] in dictionary["receiving"]


#: Verbs by which their subject undergoes what another does to it ("faces pressure from X").
UNDERGOING_VERBS = {"face", "suffer", "endure", "sustain"}


def receives_act(verb: Any) -> bool:
    """True for aid received (``receives_aid``) and for an act received or undergone from a
    named actor: a verb of a block of receiving or of undergoing (``UNDERGOING_VERBS``)
    whose object is an act (``act_noun``) and whose "from" names an actor ("faces pressure from
    Congress", "received assurances from the Georgian government"); people received come
    from somewhere, they did nothing to the receiver ("received ministers from the
    government", "received a mission of observers from the OSCE"), and neither do things
    given, where they are not aid ("received a letter from X")."""
    if receives_aid(verb):
        return True
    if verb.pos_ != "VERB" or not _receiving_or_undergoing(verb):
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    given = giver(verb)
    return any(map(act_noun, things)) and given is not None and is_actor(given)


#: Suffixes that make a noun of a verb: "assurance" of assure, "commitment" of commit.
_NOMINAL_SUFFIXES = ("ance", "ment")


def act_noun(noun: Any) -> bool:
    """A noun that names an act: one the coder or the dictionary knows (``phrases.is_act``:
    "pressure", "support", "apology"), or one made of a dictionary verb by a suffix of
    English ("assurance", "commitment"); not people nor things ("ministers", "a mission of
    observers", "weapons")."""
    if noun.pos_ != "NOUN" or people_head(noun):
        return False
    if is_act(noun):
        return True
    lemma, forms = noun.lemma_.lower(), cameo_dictionary()["forms"]
    stems = [lemma[: -len(s)] for s in _NOMINAL_SUFFIXES if lemma.endswith(s)]
    return any(stem in forms or f"{stem}e" in forms for stem in stems)


def _receiving_or_undergoing(verb: Any) -> bool:
    if verb.lemma_.lower() in UNDERGOING_VERBS:
        return True
    return not cameo_dictionary()["receiving_forms"].isdisjoint(verb_keys(verb))


def giver(verb: Any) -> Any | None:
    """Who gave what the verb receives: the object of its "from", on the verb or on the thing
    received ("received weapons from the government", "obtained rifles from Poland"), else
    None. Of two "from" phrases the one that names an actor (``phrases.is_actor``) gives, not
    one that says when ("From the start of the war, Ukraine received tanks from Germany")."""
    objects = _from_objects(verb)
    return next((o for o in objects if is_actor(o)), objects[0] if objects else None)


def _from_objects(verb: Any) -> list[Any]:
    """The objects of "from" on the verb, then on the things it receives, in order."""
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return [o for head in (verb, *things) for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for o in prep.children if o.dep_ == "pobj"]


def aid_names(verb: Any, actors: ActorNames) -> tuple[list[str], list[str]]:
    """``(sources, targets)`` names of aid received: the giver's names, and the receiver's,
    read as the verb's subject (or passive agent) is read."""
    given = giver(verb)
    sources = actors.names(given, subject=True) if given is not None else []
    targets = [name for name in verb_sources(verb, actors) if name not in sources]
    return sources, targets
