"""Generic agent nouns and their roles: who a common noun names ("soldiers", "police",
"refugees", "the government") when no name does.

One lexicon for the event coder: ``data/agents.json``, the one-word nouns of the PLOVER
agents dictionary (MIT, Open Event Data Alliance; rebuild with ``python
scripts/build_agents.py``), each with its role, the first PLOVER sector of its code, plus
``EXTRA_AGENTS``, the few role nouns news uses that the dictionary lacks. The dictionary
coder's source role nouns (``SOURCE_NOUNS``: "Insurgents bombarded ..." has the source
``insurgent``) are entries of this lexicon; the armed forces whose defence is military are
its military, police and armed-group roles (``ARMED_ROLES``); the actor spans use it to
tell a phrase that names an actor ("Syrian refugees") from a thing ("the financial
assistance").
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from newsdesk.entities.person_nouns import KIN_NOUNS

#: PLOVER sector codes -> the role they name.
ROLE_NAMES = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "REB": "rebel",
    "UAF": "armed group",
    "CVL": "civilian",
    "OPP": "opposition",
    "LEG": "legislature",
    "JUD": "judiciary",
    "CRM": "criminal",
    "REL": "religious",
    "BUS": "business",
    "MED": "health",
    "JRN": "media",
    "EDU": "education",
    "AGR": "agriculture",
    "LAB": "labour",
    "REF": "refugee",
    "SPY": "intelligence",
    "SOC": "social",
    "IGO": "international organisation",
    "NGO": "non-governmental organisation",
    "PTY": "party",
    "ELI": "elite",
    "PRM": "prime minister",
    "UNK": "unknown",
}
#: People named by kinship (``newsdesk.entities.person_nouns.KIN_NOUNS``) or captivity,
#: civilians the dictionary lacks but for "mother" and "child": a person acted on is a target
#: ("freed the hostages", "arrested his wife"), not a thing.
_KIN_AND_CAPTIVES = (*sorted(KIN_NOUNS), "hostage", "captive", "abductee", "inmate")
#: Role nouns the dictionary lacks ("force" and "peacekeeper" only in phrases).
EXTRA_AGENTS = {
    "force": "MIL",
    "peacekeeper": "MIL",
    "guard": "MIL",
    "paratrooper": "MIL",
    "protestor": "CVL",
    "people": "CVL",
    "official": "GOV",
    "opposition": "OPP",
    **dict.fromkeys(_KIN_AND_CAPTIVES, "CVL"),
}
#: Nouns of a person by what they do that the dictionary lacks, each one person, never a
#: thing (not a body one has, "a more diverse staff"): acted on, they are a target
#: ("released the detained leaders", "threatened officers with a knife"). Not agents of
#: the lexicon: a subject named so makes no event's source ("Community leaders ... are too
#: busy grieving"). Named for that use: another set than the nouns a description names
#: a person by (``newsdesk.entities.person_nouns.PERSON_NOUNS``).
TARGET_PERSON_NOUNS = frozenset({
    "leader", "officer", "pilot", "sailor", "inspector", "observer", "trucker", "miner",
    "hacker", "negotiator", "supporter", "critic", "opponent", "captor",
})
#: The role of armed groups that are no state's force (PLOVER's UAF: "gunmen", "fighters").
ARMED_GROUP = "UAF"
#: Roles of armed forces: a defence by them is military protection (CAMEO 074).
ARMED_ROLES = {"MIL", "COP", ARMED_GROUP}
#: Role nouns that are an event's source when nothing names it ("Insurgents bombarded ...",
#: "the government expressed ..."): entries of the lexicon, the political actors among
#: them. Taking every noun of the government, military, police, rebel, armed-group,
#: legislature, judiciary and opposition roles instead scored lower on the dev sets
#: (docs/figures-events.md); the armed groups' members are sources too
#: (``armed_group_member``).
SOURCE_NOUNS = {
    "government",
    "police",
    "military",
    "army",
    "troop",
    "force",
    "soldier",
    "rebel",
    "insurgent",
    "militant",
    "protester",
    "protestor",
    "demonstrator",
    "activist",
    "opposition",
    "parliament",
    "lawmaker",
    "legislator",
    "court",
    "ministry",
    "authority",
    "official",
    "regime",
    "guerrilla",
    "separatist",
    "terrorist",
    "jihadist",
    "navy",
    "congress",
    "senate",
    "cabinet",
    "junta",
    "militia",
    "peacekeeper",
    "diplomat",
    "prosecutor",
}


@lru_cache(maxsize=1)
def agent_roles() -> dict[str, str]:
    """Generic agent nouns (lower case, as the dictionary writes them) -> PLOVER sector."""
    text = resources.files("newsdesk.data").joinpath("agents.json").read_text("utf-8")
    return json.loads(text) | EXTRA_AGENTS


def agent_role(token: Any) -> str | None:
    """The role of a common noun that names an agent ("soldiers" MIL), or of the agents a
    number counts ("dozens of protesters", "thousands of refugees": CVL), else None. A
    singular agent noun whose "of" phrase is a thing is used in a sense that names a thing
    ("a state of emergency", "the publication of cartoons"), not an agent ("the state of
    Qatar", "a group of students")."""
    roles = agent_roles()
    role = roles.get(token.lemma_.lower()) or roles.get(token.lower_)
    parts = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if role is None and (token.pos_ == "NUM" or token.ent_type_ == "CARDINAL"):
        return next((r for o in parts if (r := agent_role(o))), None)
    things = [o for o in parts if o.pos_ == "NOUN" and agent_role(o) is None]
    return None if things and token.tag_ == "NN" else role


def source_agent(token: Any) -> bool:
    """True for a noun that names an event's source by its role ("insurgents", "police",
    "the government", "protesters")."""
    return token.lemma_.lower() in SOURCE_NOUNS


def armed_group_member(token: Any) -> bool:
    """True for a member of an armed group named by role, of the lexicon's armed-group
    nouns (``ARMED_GROUP``: "gunmen", "fighters", "militiamen", "mercenaries"), who acts
    for the group as a militant or an insurgent does: an event's source too."""
    return token.pos_ == "NOUN" and agent_roles().get(token.lemma_.lower()) == ARMED_GROUP


def person_noun(token: Any) -> bool:
    """True for a noun of a person the lexicon lacks, one that is a target when acted on
    (``TARGET_PERSON_NOUNS``: "leaders")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in TARGET_PERSON_NOUNS


def armed(token: Any) -> bool:
    """True for a noun naming an armed force ("troops", "police", "militia")."""
    return agent_role(token) in ARMED_ROLES
