"""Coding a verb by the clause it embeds, as CAMEO does: intents, appeals, demands, rejections.

A statement with no coded event inside it is not an event; "A seeks to deepen cooperation" is
an intent to cooperate (031, not a bare 030), "A said it will attack B" a threat (138), as
"will impose sanctions on B" is the codebook's threat of sanctions (1312), "A said
it would not provide support" a rejection (120). "A wants/asks B to do X" is an appeal to B
(CAMEO 02x), "A said B must (should) do X" or "must be ready to do X" A's demand (100), also
where the dictionary codes no X, "A is
willing to do X" A's intent (03x), "summoned the ambassador to complain" the complaint, "A said
B attacked C" an accusation (112) unless the reporting clause trails what it reports ("B
attacked C, A said"). The embedded event stays, marked intended or negated, so it never counts
as done.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import PHONE_CALL, STATEMENT_ROOT, in_block_of, plover_of
from newsdesk.events.classify import ATTRIBUTING
from newsdesk.events.decided import decides
from newsdesk.events.modality import APPEAL_VERBS, UNDERTAKING_VERBS
from newsdesk.events.phrases import bare_pronoun
from newsdesk.events.slots import ActorNames, verb_sources
from newsdesk.events.source_heads import READY_ADJECTIVES, demand_clause
from newsdesk.events.target_heads import SENDING, purpose_clause
from newsdesk.modality import obliged

#: CAMEO root of an intended action -> the "express intent to" code (CAMEO 03x, 13x).
INTENT_CODES = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "14": "133",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}
#: The codebook's threats (CAMEO 13) name the act threatened code by code: 131 "Threaten
#: non-force" is 1311 to reduce or stop aid (162), 1312 to boycott, embargo or sanction (163),
#: 1313 to reduce or break relations (161); 134-136 to halt negotiations, mediation or
#: international involvement (164-166); 132 "Threaten with administrative sanctions" mirrors
#: 172, 1321-1324 its restrictions, bans, curfews and states of emergency (1721-1724); 133
#: protest (14), 137 repression (17). The dictionary writes the same ("PLAN * PROTEST [133]",
#: "PLEDGE * BOYCOTT [1312]", "PLAN * CUT (IN {ECONOMIC AID}) [1311]"). Intended act's code
#: (or its prefix) -> the threat's code, read before the root's (``INTENT_CODES``).
THREAT_CODES = {
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
}
#: Every code an intended act is recoded to.
STATED_INTENT_CODES = frozenset(INTENT_CODES.values()) | frozenset(THREAT_CODES.values())


def intent_code(code: str) -> str | None:
    """The "express intent to" or threat code of an intended act of CAMEO ``code`` (a future
    one a statement tells, one an intent verb embeds, one stated as a readiness): the
    codebook's threat of that very act where it writes one ("said it will impose sanctions"
    1312, "will extend the curfew" 1323), else the root's (``INTENT_CODES``), else None."""
    for length in (4, 3):
        if code[:length] in THREAT_CODES:
            return THREAT_CODES[code[:length]]
    return INTENT_CODES.get(code[:2])


#: CAMEO root of the action asked for -> the "appeal for" code (CAMEO 02x).
APPEAL_CODES = {"06": "021", "05": "022", "07": "023", "08": "025", "04": "026"}


def recode_embedded(pairs: list[tuple[Any, dict[str, Any]]], actors: ActorNames) -> None:
    """Code a verb by the action it embeds, as CAMEO does.

    "A seeks to deepen cooperation" is an intent to cooperate (031), not a bare 030; "A said it
    will attack B" is a threat (138); "A said it would not provide support" is a rejection (120).
    The embedded event stays, marked intended/negated, so it never counts as done.
    """
    for parent_token, parent in pairs:
        for child_token, child in pairs:
            if _readiness_demanded(parent_token, parent, child_token, child):
                _demand(parent, child)
                continue
            if _sent_for(parent_token, parent, child_token, child):
                parent.update(cameo=child["cameo"], plover=child["plover"], _reported_speech=False)
                continue
            if child_token.head != parent_token or not _embeds(parent, child_token):
                continue
            if decides(parent_token, parent, child_token, child):
                parent.update(_reported_speech=True)  # the act decided is the event, not the decision
                continue
            if _imposed(parent_token, parent, child_token, child):
                code = child["cameo"]  # "ordered the newspaper to suspend publication": imposed
                parent.update(cameo=code, plover=plover_of(code), _reported_speech=False)
                continue
            purpose = _says_what_for(parent, child_token)  # not what is asked of someone
            appealed = not purpose and _appeal_targets(parent_token, child_token, parent, child, actors)
            if appealed:
                code = APPEAL_CODES.get(child["cameo"][:2], "020")
                parent.update(cameo=code, plover=plover_of(code), targets=appealed, _reported_speech=False)
                child.update(actors=appealed, modality="intended")  # asked for, not done
                continue
            if parent["cameo"].startswith(STATEMENT_ROOT) and _demanded(child_token, child, parent["actors"]):
                _demand(parent, child)
                continue
            code = _undertaking_code(parent_token, child_token, child) or _embedded_code(
                parent["cameo"],
                child,
                parent_actors=parent["actors"],
                attributed=_attributes(parent_token, child_token),
            )
            if code == "112":
                parent.update(cameo=code, plover=plover_of(code), targets=child["actors"], _reported_speech=False)
            elif code:
                parent.update(
                    cameo=code,
                    plover=plover_of(code),
                    targets=parent["targets"] or child["targets"],
                    _reported_speech=False,
                )
    _demands_of_uncoded_acts(pairs, actors)


def _demands_of_uncoded_acts(pairs: list[tuple[Any, dict[str, Any]]], actors: ActorNames) -> None:
    """ "A said B must (should) do X" where the dictionary codes no X ("reiterated that Libya
    must hand over the suspects": *hand* is no verb of the dictionary): A's demand of B (100)
    all the same, as it is where X is coded (``_demanded``); the statement's reported clause
    is an obligation, no act done, so it gives no event of its own. B is the clause's
    subject, named and not A ("said we must act" demands nothing of another)."""
    coded = {token.i for token, _ in pairs}
    for parent_token, parent in pairs:
        if not parent["cameo"].startswith(STATEMENT_ROOT):
            continue
        clauses = [c for c in parent_token.children if c.dep_ == "ccomp" and c.i not in coded]
        for clause in filter(obliged, clauses):
            asked = [name for name in verb_sources(clause, actors) if name not in parent["actors"]]
            if asked:
                _demand(parent, {"actors": asked})
                break


def _sent_for(parent_token: Any, parent: dict[str, Any], child_token: Any, child: dict[str, Any]) -> bool:
    """True for a team, mission or force sent, which the dictionary codes as the intent of
    what such a thing is sent for (CAMEO 03x: "* TEAM [036]", a team sent to meet; "* &PKO
    [0334]"), whose purpose clause names the act it is sent to do ("sent a team to
    investigate the accident"): the sending is that act, done, not an intent (the codebook's
    03 is a statement of intent). The purpose's act is coded, asserted and not negated."""
    if not parent["cameo"].startswith("03") or not purpose_clause(child_token):
        return False
    if not any(in_block_of(parent_token, lemma) for lemma in SENDING):
        return False
    return child["modality"] == "asserted" and not child["negated"] and bool(child["plover"])


def _says_what_for(parent: dict[str, Any], child_token: Any) -> bool:
    """True for a clause that says what the act is for: an adverbial clause, or any clause of a
    phone call ("called Lavrov to discuss Syria", "called Erdogan to apologize": the caller
    discusses and apologizes; "called on X to ..." is the appeal pattern, 020, not a call)."""
    return child_token.dep_ == "advcl" or parent["cameo"] == PHONE_CALL


def _embeds(parent: dict[str, Any], child_token: Any) -> bool:
    """True for a clause the parent's act is coded by: a complement, or the purpose of a meeting
    ("summoned the ambassador to complain": the summons is the complaint)."""
    if child_token.dep_ in {"xcomp", "ccomp"}:
        return True
    return purpose_clause(child_token) and parent["cameo"].startswith("04")


def _appeal_targets(
    parent_token: Any, child_token: Any, parent: dict[str, Any], child: dict[str, Any], actors: ActorNames
) -> list[str]:
    """Who is asked to act in "A wants B to do X" / "A asks B to do X" (CAMEO 02x), or []."""
    if parent_token.lemma_.lower() not in APPEAL_VERBS:
        return []
    if any(c.dep_ == "nsubj" and not bare_pronoun(c) for c in child_token.children):
        asked = [name for name in child["actors"] if name not in parent["actors"]]
    else:
        asked = [name for c in parent_token.children if c.dep_ in {"dobj", "dative"} for name in actors.names(c)]
    return [name for name in asked if name not in parent["actors"]]


def _demand(parent: dict[str, Any], child: dict[str, Any]) -> None:
    """The statement as the speaker's demand of the act's doers (CAMEO 100)."""
    parent.update(cameo="100", plover=plover_of("100"), targets=child["actors"], _reported_speech=False)


def _readiness_demanded(
    parent_token: Any, parent: dict[str, Any], child_token: Any, child: dict[str, Any]
) -> bool:
    """True for "A said B must be ready to do X": the readiness's copula, whose modal states
    the demand, is the clause the statement embeds (``source_heads.demand_clause``), not the
    act's verb under it."""
    clause = demand_clause(child_token)
    if clause is child_token or clause.head != parent_token or clause.dep_ != "ccomp":
        return False
    return parent["cameo"].startswith(STATEMENT_ROOT) and _demanded(clause, child, parent["actors"])


def _demanded(clause: Any, child: dict[str, Any], parent_actors: list[str]) -> bool:
    """True for "A said B must (should) do X": A demands it of B (CAMEO 10), B is not A;
    ``clause`` is the verb whose auxiliaries state it (X's, or that of B's readiness)."""
    return obliged(clause) and bool(child["actors"]) and not set(child["actors"]) <= set(parent_actors)


#: CAMEO root of an action refused -> the "reject" code (CAMEO 12x).
REJECT_CODES = {"06": "121", "07": "121", "08": "124", "04": "125"}
_VIOLENT_ROOTS = {"17", "18", "19", "20"}
_VERBAL_CONFLICT_ROOTS = {"09", "10", "11", "12", "13"}


def _attributes(parent_token: Any, child_token: Any) -> bool:
    """True for a reporting clause that follows the start of the clause it reports ("Soldiers
    killed 10 people, officials said"): a verb of neutral speech (``classify.ATTRIBUTING``)
    that governs the reported clause and comes after its first word. It names the source of
    the report, not a verbal act of the speaker's own, as a leading "The US said that Iraq
    had attacked" (an accusation, CAMEO 112) does."""
    lemma = parent_token.lemma_.lower()
    return lemma in ATTRIBUTING and child_token.left_edge.i < parent_token.i


def _undertaking_code(parent_token: Any, child_token: Any, child: dict[str, Any]) -> str | None:
    """The "express intent to" code (``intent_code``) of an act a verb of undertaking takes
    as its infinitive ("agreed to lift sanctions" 035, "Israel agreed to start negotiations
    with the Palestinians" 036), as the codebook's 03 is an offer, promise or agreement to
    act: the promise is the event, the act promised is not done; the dictionary's code of
    the verb itself ("agree" 050, a diplomatic cooperation) names no act. An act of force or
    coercion undertaken is the codebook's threat of it, as a stated one is ("pledged to
    attack the rebels" 138, "agreed to impose sanctions" 1312, "promised to arrest" 137).
    None for another verb, an act with no intent code, and an act promised not to be done
    ("agreed not to attack": ``_embedded_code`` leaves the verb its own code, agree's 050,
    pledge's 030, as no 03x names an act forgone)."""
    if child_token.dep_ != "xcomp" or child["negated"] or not child["plover"]:
        return None
    if parent_token.lemma_.lower() not in UNDERTAKING_VERBS:
        return None
    return intent_code(child["cameo"])


def _embedded_code(
    parent: str, child: dict[str, Any], *, parent_actors: list[str], attributed: bool = False
) -> str | None:
    root = child["cameo"][:2]
    if parent.startswith("04") and root in _VERBAL_CONFLICT_ROOTS and not child["negated"]:
        return child["cameo"]  # "summoned the ambassador to complain": the meeting is the complaint
    if parent.startswith("03") and not child["negated"]:
        return intent_code(child["cameo"])
    if parent.startswith("01") and child["negated"] and child["modality"] in {"future", "possible"}:
        return REJECT_CODES.get(root, "120")
    if parent.startswith("01") and child["modality"] == "future":
        # "A said it will send a team": intent (03x); "will attack": threat (138)
        return child["cameo"] if root == "03" else intent_code(child["cameo"])
    if attributed:
        return None  # "B attacked C, A said": B's attack, told by A, is no act of A's
    if parent[:2] in {"01", "11"} and child["modality"] == "asserted" and root in _VIOLENT_ROOTS:
        # "A said B attacked C" accuses B (112); "A claimed they attacked C" claims it (015).
        return "015" if set(child["actors"]) <= set(parent_actors) else "112"
    return None


def _imposed(parent_token: Any, parent: dict[str, Any], child_token: Any, child: dict[str, Any]) -> bool:
    """True for a demand (CAMEO 10) of the one its verb's object names ("ordered the newspaper
    to suspend publication"), whose complement is an act of repression (17) the coder reads as
    done: the demand imposes it (1721), as the codebook's 17 names the acts an authority
    imposes ("Impose restrictions on political freedoms", "Impose administrative sanctions").
    The order of another act stays a demand ("ordered the son to hand over the money"), and
    so does one with no object ("EPA ordered to ban a pesticide": the agency is ordered)."""
    if not parent["cameo"].startswith("10") or child_token.dep_ != "xcomp":
        return False
    if not any(c.dep_ == "dobj" for c in parent_token.children):
        return False
    done = child["modality"] == "asserted" and not child["negated"]
    return child["cameo"].startswith("17") and done


def readiness_code(verb: Any, code: str) -> str:
    """The intent code of an act stated as a readiness ("is willing to withdraw" 035 rather
    than 0874, "is ready to attack" 138), else ``code``."""
    ready = verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.lower_ in READY_ADJECTIVES
    return (intent_code(code) or code) if ready else code
