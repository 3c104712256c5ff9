"""An act halted: the code the CAMEO codebook gives ending an act that the dictionary's block
of ending names no pattern for.

Written by hand from the codebook's category names (CAMEO Event Data Codebook, version 1.1b3),
not from the sentences of any evaluation set. The derived dictionary's block of ending (end,
halt, stop, suspend, cease, terminate, discontinue, abort, quit) codes by its object: "* TALKS"
164 "Halt negotiations", "* AID" 162 "Reduce or stop aid", "* FIGHTING" and "* WAR" 0871,
"* RAIDS" 087 "De-escalate military engagement", "* STRIKE" 082 "Ease political dissent",
"* VISIT" and "* TOUR" 042 "Make a visit"; the block has no code of its own, so an act noun
none of its patterns names ("suspended its mediation", "ended its offensive") was coded by
the classifier alone, most often as the act ended (SUPPORT, ASSAULT) or a bare yield. The
codebook codes the ending of an act by its kind, as the block's patterns do:

* a consultation ended, by its noun's code (04): 165 "Halt mediation" for a mediation (045),
  164 "Halt negotiations" for talks, a summit or negotiations (043, 046) and a dialogue;
* relations or ties ended: 161 "Reduce or break diplomatic relations";
* an act of force ended (18, 19, 20: "the offensive", "the shelling"): 087 "De-escalate
  military engagement", as the block codes "* RAIDS";
* a protest ended (14): 082 "Ease political dissent", as the block codes "* STRIKE";
* a trip ended is the visit, 042, as the block codes a visit or tour ended (its "* TRIP"
  160, a reduction of relations, is the one pattern that reads a journey ended otherwise):
  "end" is the block's verb of completing, so a trip stopped, halted or suspended, one
  interrupted, keeps the block's 160;
* a gathering that has a planned end (a meeting, a summit or conference, an event of the
  organisation nouns' EVENT kind, a march or rally) that simply ended is completed, not
  halted ("ended their summit", "ended their march"): it takes no halting code; one
  stopped, halted or suspended is halted by its noun's code.

A restriction ended (sanctions, a blockade) is eased (``codebook.EASED``) before this reading.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.org_kinds import EVENT, ORG_NOUNS
from newsdesk.events.cameo import in_block_of, noun_code
from newsdesk.events.restrictions import restriction

#: A verb of the dictionary's block of ending ("end", "halt", "suspend"), and the block's one
#: verb of completing: "ended a trip" is a trip made, "stopped the trip", "halted the trip" or
#: "suspended the trip" one interrupted (the block's 160 stays).
ENDING_BLOCK = "end"
#: The code of ending an act, by the root or the code of the act noun's own code.
HALTED_BY_CODE = {"045": "165", "043": "164", "046": "164"}
HALTED_BY_ROOT = {"14": "082", "18": "087", "19": "087", "20": "087"}
#: Nouns of a relation or a consultation that name no act of the noun table.
HALTED_NOUNS = {"relation": "161", "relations": "161", "tie": "161", "ties": "161", "dialogue": "164"}
#: A journey ended, which the block's "* TRIP" codes 160, is the visit, as "* VISIT" is.
VISIT = "042"
_JOURNEYS = {"trip", "journey"}
_TRIP_PATTERN = "160"
#: Gatherings that have a planned end, which "end" completes: the organisation nouns' events
#: (a summit, a conference, a festival), a meeting or session, and a procession.
GATHERINGS = frozenset(
    {noun for noun, (kind, _) in ORG_NOUNS.items() if kind == EVENT}
    | {"meeting", "session", "convention", "congress", "march", "rally", "parade", "procession"}
)
#: Nouns of an undertaking whose compound may name its act ("a mediation effort").
UNDERTAKINGS = {"effort", "campaign", "drive", "bid", "attempt", "initiative", "mission"}


def halted_code(verb: Any, coded: tuple[str, str] | None) -> str | None:
    """The codebook's code of a verb of the block of ending whose object or passive subject
    names an act no pattern of the block names (``coded`` None: "suspended its mediation"
    165, "ended its offensive" 087), or a trip ended (the block's "* TRIP" 160: the visit,
    042); else None, and None for a gathering ended ("ended their summit": completed)."""
    if not in_block_of(verb, ENDING_BLOCK):
        return None
    nouns = [n for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for n in (c, *c.conjuncts)]
    completing = verb.lemma_.lower() == ENDING_BLOCK
    if coded is not None:
        journey = coded[1] == _TRIP_PATTERN and any(n.lemma_.lower() in _JOURNEYS for n in nouns)
        return VISIT if journey and completing else None
    if completing:
        nouns = [n for n in nouns if n.lemma_.lower() not in GATHERINGS]
    return next(filter(None, map(_halted_act, nouns)), None)


def _halted_act(noun: Any) -> str | None:
    """The code of ending the act a noun names, itself or by the compound of an undertaking
    ("mediation efforts"); None for a restriction (eased, not halted) or no act."""
    if restriction(noun):
        return None
    acts = [noun]
    if noun.lemma_.lower() in UNDERTAKINGS:
        acts += [c for c in noun.children if c.dep_ == "compound"]
    for act in acts:
        code = HALTED_NOUNS.get(act.lemma_.lower()) or _by_code(noun_code(act))
        if code:
            return code
    return None


def _by_code(coded: tuple[str, str] | None) -> str | None:
    """The code of ending an act the noun table codes (``noun_code``: "talks", "air strikes",
    "cease-fire"); None for no act or another."""
    if coded is None:
        return None
    code = coded[1]
    return HALTED_BY_CODE.get(code) or HALTED_BY_ROOT.get(code[:2])
