"""The lexicon of generic agent nouns and their roles (``newsdesk.events.agents``), read from
the PLOVER agents dictionary (../shared/data/actors/ngec-plover-agents, MIT), on real text:
the seed articles in ``examples/`` and an AllSides article (id beside it)."""

from __future__ import annotations

import pytest

from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_the_agent_lexicon_gives_role_nouns_their_plover_sector():
    from newsdesk.events.agents import SOURCE_NOUNS, agent_roles

    roles = agent_roles()
    assert (roles["soldier"], roles["policeman"], roles["insurgent"]) == ("MIL", "COP", "REB")
    assert (roles["refugee"], roles["militia"], roles["government"]) == ("REF", "UAF", "GOV")
    assert "volcano" not in roles and "monday" not in roles  # the dictionary's non-actors
    assert roles.keys() >= SOURCE_NOUNS  # the coder's source roles are entries of the lexicon


def test_the_shipped_lexicon_is_the_plover_agents_file():
    import sys
    from pathlib import Path

    from conftest import need_shared

    source = need_shared("data/actors/ngec-plover-agents/PLOVER_agents.txt")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_agents import read_agents
    from newsdesk.events.agents import EXTRA_AGENTS, agent_roles

    derived = read_agents(source.read_text(encoding="utf-8", errors="replace").splitlines())
    assert derived | EXTRA_AGENTS == agent_roles()
    assert derived["policemen"] == "COP"  # "POLICE!PERSON!" with its substitution set


# (sentence, role noun, names an armed force): seed 004 and AllSides 5VkmOO7yx0F8T3UO
ARMED = [
    ("These Russian paratroopers are defending", "paratroopers", True),
    (
        "Prominent Republican lawmakers vowed to defend their party’s traditional support for "
        "open markets and free trade.",
        "lawmakers",
        False,
    ),
]


@pytest.mark.parametrize("text, noun, expected", ARMED)
def test_armed_forces_are_the_military_police_and_armed_group_roles(nlp, text, noun, expected):
    from newsdesk.events.agents import armed

    assert armed(next(t for t in nlp(text) if t.text == noun)) is expected


# (sentence, the phrase's head, its role): a number counts the agents of its "of" phrase; a
# singular agent noun whose "of" phrase is a thing names a thing; written for the rules
COUNTED = [
    ("Police detained dozens of protesters in Yerevan.", "dozens", "CVL"),
    ("Thousands of soldiers crossed the border.", "Thousands", "MIL"),
    # negative: a number of things names no agent
    ("Dozens of houses burned overnight.", "Dozens", None),
    ("President Kiir lifted a state of emergency.", "state", None),
    ("The force of the blast shook the town.", "force", None),
    # negative: an "of" phrase that names one leaves the agent noun as it is
    ("The state of Qatar expelled the diplomats.", "state", "GOV"),
    ("A group of students attacked the embassy.", "group", "UNK"),
]


@pytest.mark.parametrize("text, head, expected", COUNTED)
def test_an_of_phrase_says_whom_a_number_or_an_agent_noun_names(nlp, text, head, expected):
    from newsdesk.events.agents import agent_role

    assert agent_role(next(t for t in nlp(text) if t.text == head)) == expected
