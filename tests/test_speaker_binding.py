"""A subject pronoun is never the person a name inside its own clause names (binding
theory's Principle C: ``They both decided on Obama in 2008, she says``: she is not Obama),
so the name neither wins the pronoun nor votes for its gender; a surname the tagger took for
an adverb (``Neily said``), a surname the tagger named alone after a full name it missed
(``Rick Santorum,"You value``) and a family name whose particle opens a sentence (``De
Blasio``) are the person named in full. Passages from AllSides news reports (NPR, CBN,
Newsmax, Fox News), with the speaker ``docs/attribution-rules.md`` gives; and the readings
the rule leaves alone (an antecedent in another clause, or fronted before the pronoun).
"""

from __future__ import annotations

import pytest

from newsdesk.nlp import load_pipeline
from newsdesk.quotes.index import build_index, written_in_full
from newsdesk.quotes.pronouns.binding import commands
from test_speaker_descriptions import speaker_of  # the speakers found for a content

KOS = (
    "Wanda Kos lives in a neighborhood of Port St. Lucie, Fla. She is a stay-at-home mother.\n\n"
    "\"It looks beautiful, but we have issues,\" Kos says.\n\n"
    "In the last election, she says, she voted for President Obama. And then she laughs.\n\n"
    "They both decided on Obama in 2008, she says.\n\n"
    "\"I think he came in, he thought he could do so much,\" she says.\n\n"
    "She adds: \"I don't know if I'm a fan of Obamacare.\""
)

#: (text, the content's first words, its speaker)
CASES = [
    (KOS, "They both decided on Obama", "Wanda Kos"),
    (KOS, "I think he came in", "Wanda Kos"),
    (KOS, "I don't know if I'm a fan", "Wanda Kos"),
    (
        "\"They just don't talk altogether,\" said Nicole Neily, president of Speech First, "
        "a group that fights for free speech on campuses.\n\n"
        "Hat or a Button Enough to Stir Up Trouble\n\n"
        "Neily said of a recent incident, \"I actually was just on a panel with a student.\"",
        "I actually was just on a panel",
        "Nicole Neily",
    ),
    (
        "Palin spoke at the annual Values Voter Summit, which also drew fellow Republicans "
        "Texas Sen. Ted Cruz, Kentucky Sen. Rand Paul and former presidential candidate Rick "
        "Santorum,\"You value equal opportunity, and that scares them,\" she said.\n\n"
        "For his part, Santorum urged the crowd to fight harder on the issues most important to "
        "them.\"If you look at the current conservative movement, there are issues we haven't "
        "even lost yet,\" he said.",
        "If you look at the current",
        "Rick Santorum",
    ),
    (
        "New York Mayor Bill de Blasio is rolling out a new plan. De Blasio says the media "
        "enable those who want conflict.",
        "the media enable those",
        "Bill de Blasio",
    ),
]


#: (text, the content's first words, its speaker): a name before the pronoun outside the
#: clause its verb reports (a sentence the segmenter ran on, a clause joined by "then"), an
#: office or a person's noun before a surname (no given name, no gender), a surname inside an
#: organisation's or a place's name (no given name)
SECOND_READING = [
    (
        "Jane Doe introduced the candidate on Tuesday.\n\nMary Smith took the stage, then she "
        "told the crowd that \"the race is over.\"",
        "the race is over",
        "Mary Smith",
    ),
    (
        "Former Gov. Jane Doe spoke first.\n\nMary Smith paused for a long moment, then she "
        "said the race \"is over.\"",
        "the race",
        "Mary Smith",
    ),
    (
        "Jane Doe opened the event at 4 p.m.\n\nSen. Mary Smith arrived at 5 p.m. She said the "
        "bill \"is dead.\"",
        "the bill",
        "Mary Smith",
    ),
    ("Sen. John Smith spoke at 5 p.m. He said the bill \"is dead.\"", "the bill", "John Smith"),
    (
        "The shooting is under review, police said, and on Tuesday Officer Smith was placed on "
        "leave.\n\nSmith has served for 12 years.\n\n\"I feared for my life,\" she told "
        "investigators.",
        "I feared for my life",
        "Smith",
    ),
    (
        "Deputies responded quickly, and Sheriff Jones praised them.\n\nJones took office in "
        "2019.\n\n\"They did their jobs,\" she said.",
        "They did their jobs",
        "Jones",
    ),
    (
        "The summit was sponsored by the Austin Santorum Foundation, a charity.\n\nSantorum "
        "spoke last.\n\n\"We will win,\" Santorum said.",
        "We will win",
        "Santorum",
    ),
    (
        "Funding came from the Virginia Warren Trust and other donors.\n\nWarren spoke "
        "last.\n\n\"We will win,\" Warren said.",
        "We will win",
        "Warren",
    ),
    ("Warren spoke first. Later, in Virginia Warren said the plan \"would fail.\"", "the plan", "Warren"),
    # a given name the recogniser took for a place stays one (AllSides, seed 28)
    (
        "Polk County co-chair Chad Brown described Rand Paul as a \"rising star.\"\n\nBrown, part "
        "of a slate, views the younger Paul as more aligned with mainstream Republican views.\n\n"
        "\"Sen. Paul is more of a spokesperson for social conservatives,\" says Brown.",
        "Sen. Paul is",
        "Chad Brown",
    ),
    # ... also after a preposition that places nothing, and before a generational suffix
    (
        "The rule is unfair, according to Chad Brown, a trainer in Iowa.\n\nBrown has trained "
        "horses for years.\n\n\"The horses are fine,\" Brown said.",
        "The horses are fine",
        "Chad Brown",
    ),
    (
        "Officials said Chad Brown Jr. had left the board.\n\nBrown has trained horses for "
        "years.\n\n\"We are grateful,\" Brown said.",
        "We are grateful",
        "Chad Brown",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES + SECOND_READING)
def test_the_speaker_is_the_person_the_article_names(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


#: (sentence, the pronoun, the name's word, whether the pronoun c-commands the name)
BINDING = [
    ("They both decided on Obama in 2008, she says.", "she", "Obama", True),
    ("In the last election she voted for President Obama.", "she", "Obama", True),
    ("She told reporters that Smith was wrong.", "She", "Smith", True),
    ("Smith said he would run again.", "he", "Smith", False),
    ("When Smith arrived in Iowa, he said the race was open.", "he", "Smith", False),
    ("He left the room, and Smith closed the door.", "He", "Smith", False),
    ("Mary Smith took the stage, then she told the crowd the race is over.", "she", "Smith", False),
    ("Sanders' plan would fail in 2020, she said.", "she", "Sanders", True),
    ("Smith - the senator - would fail in 2020, she said.", "she", "Smith", False),
    ("Give Donald Trump credit where it's due: He promised a crackdown.", "He", "Trump", False),
    (
        "Johnson now echoes Ayotte's statement: \"To me, they are different things,\" he said.",
        "he",
        "Johnson",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "pronoun", "name", "bound"), BINDING)
def test_a_subject_pronoun_commands_the_names_of_its_own_clause(
    sentence: str, pronoun: str, name: str, bound: bool
) -> None:
    doc = load_pipeline()(sentence)
    pronoun_token = next(t for t in doc if t.text == pronoun)
    name_token = next(t for t in doc if t.text == name)
    assert commands(pronoun_token, name_token) is bound


def test_a_name_its_pronoun_commands_casts_no_vote_from_the_sentence_before() -> None:
    text = (
        "Wanda Kos is a mother.\n\nThe weather was bad that year.\n\n"
        "They both decided on Obama in 2008, she says."
    )
    index = build_index(load_pipeline()(text), {}, [])
    assert "Obama" not in index.single_votes and "Obama" not in index.genders


def test_two_given_names_before_a_surname_are_the_name() -> None:
    assert written_in_full("The prize went to Mary Ann Smith, a teacher.", "Smith") == "Mary Ann Smith"
