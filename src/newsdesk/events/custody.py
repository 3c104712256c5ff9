"""An act done to someone held in custody, with no doer named, is the custodian's.

A death in detention is an act done to the one who died: the PETRARCH-2 dictionary codes
"DIE * (IN &DETENTION)" with its code on the dead (``[:184]``), not as the dead's own act,
and a prisoner tortured or killed in a prison is acted on by whoever holds the prison. The
writer names the holder by the custody itself ("died while in Israeli police custody",
"was tortured in a secret prison in Afghanistan", "died in prison in Rangoon"), and CAMEO
codes such an act as the holder's: the custody's phrase is the source, the one held its
target. The ConfliBERT annotators mark the custody's phrase as the source the same way.

Only custody says who: a death or an agentless passive in a place ("killed in Kiryat
Malachi") says where, and one "from" custody ("freed from German custody") whence; but an
arrest or an expulsion, which only a state's police and courts do, done in or from a named
state or city with no doer named is that state's ("was arrested in DC":
``arresting_state``), as CAMEO codes it and the ConfliBERT annotators mark it; a
custody named inside the subject ("a journalist who spent years in prison died") is the
subject's past, not where the act was done. Only an act of force (CAMEO 17-20) counts: a
death the dictionary codes as a hunger strike (142) is the prisoner's own protest. A custody
that names its holder is named by it ("Border Patrol custody [in Texas]"); one that names
none by the place that says whose it is ("prison in Rangoon"), as a source's phrase is
("a court in Argentina"); one that names neither is no source ("the prison yard"). The
custody nouns are the members of the dictionary's ``&DETENTION`` set.

Hand-written because it is one reading of the dependency parse and the dictionary's set;
no library gives it.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import verb_code
from newsdesk.events.phrases import PLACE_LABELS, names_actor, phrase_edges
from newsdesk.events.source_heads import agentless_passive, dies

#: The dictionary's ``&DETENTION`` set (CAMEO.2.0.txt): the nouns of being held.
CUSTODY_NOUNS = frozenset({"detention", "detainment", "jail", "prison", "penitentiary", "custody", "confinement"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: CAMEO's roots of coercion and violence (17-20): what is done to the held against their
#: will; a death in a hunger strike (142) is the prisoner's own protest.
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def custodian(verb: Any) -> Any | None:
    """The head of the custody's phrase in which a death (``dies``) or an agentless passive
    (``agentless_passive``: "was tortured and killed in a secret prison") was done, the
    object of an "in" under the verb or the clauses hung on it, outside its subject; None
    when there is none or the act is neither."""
    if not (dies(verb) or agentless_passive(verb)):
        return None
    code = verb_code(verb)  # none for a death the dictionary codes on the dead alone ([:184])
    if code is None and not dies(verb):
        return None
    if code is not None and code[1][:2] not in _FORCE_ROOTS:
        return None
    held = _subject_tokens(verb)
    for token in verb.subtree:
        if token.i in held or token.dep_ != "pobj" or token.head.lower_ != "in":
            continue
        if _custody(token):
            return token if _says_whose(token) else None
    return None


def _says_whose(held: Any) -> bool:
    """The custody's phrase names whose it is or where ("Israeli police custody", "a
    prison in Rangoon"), else it names no one ("the prison yard")."""
    return names_actor(held) or bool(custody_extent(held)[2])


def custody_extent(held: Any) -> tuple[Any, Any, list[Any]]:
    """The first and last token of a custody's phrase as a source's phrase is cut
    (``phrases.phrase_edges``), and the places in it that say whose custody it is. As for
    "a court in Argentina" against "ICE in Miami", a place says whose when the custody names
    no holder itself ("a detention center in Kirikkale province", also where the parse hangs
    the place beside it on the verb: "died in prison [in Rangoon]"), and only where when it
    does ("Border Patrol custody [in New Mexico]")."""
    first, last = phrase_edges(held, source=True)
    if names_actor(held):
        return first, last, []
    after = held.doc[last.i + 1] if last.i + 1 < len(held.doc) else None
    if after is not None and _place_beside(after, held):
        last = phrase_edges(next(o for o in after.children if o.dep_ == "pobj"))[1]
    words = held.doc[first.i : last.i + 1]
    places = [t for t in words if t.dep_ == "pobj" and t.head.lower_ == "in" and t.i != held.i]
    return first, last, [t for t in places if names_actor(t)]


def _place_beside(prep: Any, held: Any) -> bool:
    """An "in" that the parse hangs on the custody's verb, naming a place ("died in prison
    [in Rangoon]")."""
    if prep.lower_ != "in" or prep.head.i != held.head.head.i:
        return False
    return any(o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS for o in prep.children)


def _subject_tokens(verb: Any) -> set[int]:
    return {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}


def _custody(noun: Any) -> bool:
    """A noun of custody, or a noun that one compounds ("a detention center")."""
    if noun.lemma_.lower() in CUSTODY_NOUNS:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in CUSTODY_NOUNS for c in noun.children)


#: CAMEO's codes of what only a state's authorities do to a person: arrest, detain or charge
#: (173) and expel or deport (174).
_STATE_CUSTODY_CODES = frozenset({"173", "174"})


def arresting_state(verb: Any) -> Any | None:
    """The state whose authorities did an arrest or an expulsion the writer leaves without a
    doer, an agentless passive done in or from a named state or city ("was arrested in DC";
    "were expelled from the U.S.": the United States), as only a state's police and
    courts arrest, charge and deport; None for any other act, a doer named, or no such place
    ("arrested in connection with the attack", "expelled from the party")."""
    if not agentless_passive(verb):
        return None
    code = verb_code(verb)
    if code is None or code[1][:3] not in _STATE_CUSTODY_CODES:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return places[0] if places else None
