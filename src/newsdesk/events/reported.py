"""An act named by a noun that a verb of judging, inquiring or remarking has as its object is
reported, not done by the verb's subject.

"France condemned the attack" is France's condemnation of an attack France did not make; "the
ministry denied the shelling", "police investigated the bombing", "the UN welcomed the
ceasefire" likewise. The act noun keeps the actors its own phrase names ("Israel's attack",
"the attack by Hamas") and takes none from the verb; they are whom the verb's event is
about, its targets. The verbs are read from the CAMEO codes the dictionary gives them in
context, by CAMEO's own classes: statements (01), investigation (09), disapproval (11) and
praise or endorsement (051). Two statement codes are the speaker's own act and stay its: a
plain statement (010, "announced a ceasefire", "declared a truce") and a claim of
responsibility (015, "Hamas claimed the attack"). A verb coded with the noun's own PLOVER
type acts through it ("filed a complaint", "backed the deal") and stays its doer, except a
verb of praise by its own code (051: praise, welcome, hail, applaud, commend, endorse):
"Egypt praised the agreement" judges an agreement (057, SUPPORT as praise is) that others
made, where "backed the deal" (a verb of support, 050, that the dictionary's *back + deal*
codes 051) keeps its doer as a party; "ratified the agreement" (031) is of none of these
classes. An accusation condemned is denied (``disowned``: "condemned the allegations",
016), not made by the one who condemns it. A verb the dictionary does not code
reports when it is a verb of neutral speech (``classify.ATTRIBUTING``: "confirmed the
bombing") or a verb of speech (the quotes package's cue lexicon) that says an act was not
done (a verb of not doing of ``modality``: "denied the shelling"). A verb of neutral speech
that has no code of its own in the dictionary (report, confirm, write) relays the act noun
it has as its object and does nothing itself: the ANNOUNCE block that *report* shares codes
*announce + attack* as the attack (190), right for "announced an attack" and not for
"Reuters reported the attack" (``relays``: no event of the verb, and the noun's doer is not
its subject).

Hand-written because the rule is the dictionary's classes read on the dependency parse; no
library reads it. The dictionary and the lexicons are read on first use: ``cameo`` imports
the slot modules that ask this one, and ``modality`` imports ``source_heads``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.phrases import act_phrase

#: CAMEO roots of verbs that speak of, judge or inquire into an act: make a public statement,
#: investigate, disapprove.
REPORTING_ROOTS = ("01", "09", "11")
#: CAMEO 051, praise or endorse ("welcomed the ceasefire", "hailed the withdrawal").
PRAISE = "051"
#: Statement codes that are the speaker's own act: a plain statement ("announced a ceasefire")
#: and a claim of responsibility ("claimed the attack").
OWN_ACT_STATEMENTS = {"010", "015"}


def reported_act(noun: Any, *, verb_code: str | None = None) -> bool:
    """True for an act noun (itself or the noun it is the compound of) that is the direct
    object of a verb that reports it (see the module) or represses it (a protest broken up:
    ``repressed.py``): an act the verb's subject did not do. ``verb_code`` is the code the
    coder gave that verb, where it has one."""
    from newsdesk.events.cameo import noun_code
    from newsdesk.events.repressed import represses

    phrase = act_phrase(noun)
    if phrase.dep_ != "dobj" or phrase.head.pos_ != "VERB":
        return False
    coded = noun_code(noun)
    if coded is None:
        return False
    return reports(phrase.head, coded[1]) or represses(phrase.head, coded[1], verb_code=verb_code)


def reports(verb: Any, act_code: str) -> bool:
    """True when ``verb`` speaks of, judges or inquires into an act of the CAMEO code
    ``act_code`` (the act noun's)."""
    from newsdesk.events.cameo import own_code, plover_of, verb_code
    from newsdesk.events.classify import ATTRIBUTING
    from newsdesk.events.disowned import disowned_code
    from newsdesk.events.modality import NEGATING_VERBS
    from newsdesk.quotes.cue_words import CUE_LEMMAS

    if relays(verb):
        return True
    coded = verb_code(verb)
    if coded is None:
        lemma = verb.lemma_.lower()
        return lemma in ATTRIBUTING or (lemma in CUE_LEMMAS and lemma in NEGATING_VERBS)
    code = coded[1]
    if code == PRAISE and own_code(coded[0]) == PRAISE:
        return True  # "praised the agreement": a judgement of it, whatever its type
    if disowned_code(verb, coded):
        return True  # "condemned the allegations": denied, not one more accusation
    if plover_of(code) == plover_of(act_code):
        return False
    if code in OWN_ACT_STATEMENTS:
        return False
    return code.startswith(REPORTING_ROOTS) or code == PRAISE


def relays(verb: Any) -> bool:
    """True for a verb of neutral speech (``classify.ATTRIBUTING``) with no code of its own in
    the dictionary whose direct object is an act noun ("Reuters reported the attack", "police
    confirmed the arrest"): it tells of the act, which its block's patterns would code as
    the speaker's own."""
    from newsdesk.events.cameo import acts_on_act, cameo_dictionary, own_code
    from newsdesk.events.classify import ATTRIBUTING

    lemma = verb.lemma_.lower()
    if lemma not in ATTRIBUTING or lemma not in cameo_dictionary()["forms"] or own_code(lemma):
        return False
    return acts_on_act(verb)
