"""Speakers whose name the tagger ran into a description before it, whose verb the parse gave
two subjects, whose inverted subject is a noun that a name modifies, that a description in
apposition to a name or with a party's name on a person's noun stands for, or that the
salience of earlier mentions decides (a pronoun in any clause, a name nearest the main verb,
a person an indefinite noun of the pronoun's gender brings in, a subject a *who* clause
describes), on passages written for the tests in news style (each with the speaker
``docs/attribution-rules.md`` gives). Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.people import clean_name
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a party's member before the name is no part of it, here or at the surname later
    (
        "As St. Paul Democrat Michael Paymar opened the hearing, he said the mood was tense. "
        '"I know this is an emotional issue," Paymar said.',
        "I know this is an emotional issue",
        "Michael Paymar",
    ),
    # ... nor is an office the tagger read as part of the name
    (
        "State Treasurer Josh Mandel is running against Sherrod Brown. Mandel's campaign says "
        'Brown "is trying to scare Ohio seniors."',
        "Brown",
        "Josh Mandel's campaign",
    ),
    # a verb has one subject: the nearer of two the parse gave it
    (
        "Cruz has support for his plan from a handful of Republicans in Congress, including "
        "Sens. Marco Rubio of Florida and Mike Lee of Utah, but many others in his party have "
        "said the plan risks alienating voters.",
        "the plan risks alienating voters",
        "many others in his party",
    ),
    # ... and a subject split off by a hyphen still leaves the person the verb's subject
    (
        '"We will grow the network," BET co-founder Robert L. Johnson said on Monday.',
        "We will grow the network",
        "Robert L. Johnson",
    ),
    # an inverted subject is the head of its noun phrase, not a name modifying it
    (
        "The clinic's records were released in May. \"Another one!\" exclaimed one Planned "
        "Parenthood worker upon opening the files.",
        "Another one!",
        "one Planned Parenthood worker",
    ),
    # ... and a name after the verb is still the name
    (
        'The talks resumed on Monday. "We are ready to sign," said Raffaello Pantucci, a senior '
        "fellow at the institute.",
        "We are ready to sign",
        "Raffaello Pantucci",
    ),    # a description in apposition to a name stands for the name, whatever its head noun
    (
        "Jane Roe, the 41-year-old former NASA technical contractor who came forward to say "
        "she had kept copies of the files, was questioned on Monday.",
        "she had kept copies of the files",
        "Jane Roe",
    ),
    # a party compounded on a person's noun: the description of the person the article names
    (
        "Donald Trump drew large crowds in Ohio last spring.\n\nLately, however, the bond "
        "between Trump and the press has frayed as his poll numbers have fallen.\n\n"
        'The GOP nominee says he is running against a "crooked media."',
        'he is running against a "crooked media."',
        "Donald Trump",
    ),
    # ... but a group's noun with a place before it keeps its own words
    (
        "Lawyers for the company met the prosecutors on Friday. The US lawyers argued that "
        "the case should be dropped.",
        "the case should be dropped",
        "The US lawyers",
    ),
    # a pronoun a clause of the previous paragraph used for the person is that person, even
    # where the clause is not the sentence's main one
    (
        'President Obama signed the order on Friday. Rep. Tom Price called the cuts "a big '
        'victory" for his party.\n\nRepublicans will not budge on taxes. Any plan to replace '
        "the cuts, the president is saying, must close loopholes.\n\nThe president's news "
        "conference on Friday included an admission: that he lacks the power to end the "
        'standoff.\n\n"What more do you think I should do?" he asked reporters.',
        "What more do you think I should do?",
        "Obama",
    ),
    # a person the paragraph names in no subject: the one nearest the main verb, not a name
    # inside a phrase that modifies another's words
    (
        "Reid announced he was filing a motion. He could not reach agreement with Sen. James "
        "Inhofe, the top Republican on the panel, to end debate.\n\nAmong Inhofe's stated "
        "concerns about Chuck Hagel, he has said, is that Iran supports the nomination.",
        "is that Iran supports the nomination",
        "James Inhofe",
    ),
    # ... and of one person in that role, that person
    (
        'The talks ran late.\n\nOn Wednesday I met Sen. Dan Kaufman in his office. "It is a '
        'good deal," he said.',
        "It is a good deal",
        "Dan Kaufman",
    ),
    # "she" is the woman the paragraph brought in, not a man named before her whose gender
    # the article never states
    (
        "Mr. Medford still backs Mr. Trump, and the departure of Michael T. Flynn has not "
        "changed that. Late last year, he met a woman from Ohio at a party. When he mentioned "
        "his vote, she said, “I was embarrassed for you.”",
        "I was embarrassed for you",
        "a woman from Ohio",
    ),
    # ... and in the paragraph after hers
    (
        "Mr. Medford voted for Mr. Trump, and the resignation of the national security "
        "adviser, Michael T. Flynn, has not changed that. Late last year, he met a woman from "
        "Ohio at a party.\n\n“I was embarrassed for him,” she said.",
        "I was embarrassed for him",
        "a woman from Ohio",
    ),
    # a definite noun of her gender is someone named: the named woman
    (
        "Mary Steenburgen grew up in Arkansas. Her son says the actress never took a "
        "shortcut.\n\n“I was obsessed with acting,” she said.",
        "I was obsessed with acting",
        "Mary Steenburgen",
    ),
    # a man brought in later is no antecedent of "she"
    (
        "Laura Kerr, the mayor, spoke first. Then a man from the crowd stood up.\n\n“We need "
        "more buses,” she said.",
        "We need more buses",
        "Laura Kerr",
    ),
    # a subject a "who" clause describes is a person, and "he" stands for it rather than for
    # the same pronoun inside its sentence's object clause
    (
        "On Sunday, the senior adviser for Obama’s re-election team, who held a top position "
        "in the White House, rejected claims that he had met Holder.\n\n“I rarely spoke to "
        "him,” he said.",
        "I rarely spoke to him",
        "the senior adviser for Obama’s re-election team",
    ),
    # ... a "which" clause makes no person of a thing
    (
        "On Sunday, the memo of Obama’s re-election team, which was leaked in May, rejected "
        "claims that he had met Holder.\n\n“I rarely spoke to him,” he said.",
        "I rarely spoke to him",
        "Obama",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker in speaker_of(text, content)


@pytest.mark.parametrize(("name", "kept"), [
    ("St. Paul Democrat Michael Paymar", "Michael Paymar"),
    ("State Treasurer Josh Mandel", "Josh Mandel"),
    ("Arizona Republican Jane Doe", "Jane Doe"),
    # a name's last two words are never cut, nor a monarch's or a cleric's title
    ("Martin Luther King III", "Martin Luther King III"),
    ("Queen Elizabeth II", "Queen Elizabeth II"),
    ("Jane Mayor", "Jane Mayor"),
    # a compound office is not cut inside: no name starts at "of"
    ("Secretary of State Mike Pompeo", "Secretary of State Mike Pompeo"),
    ("Franklin County Sheriff Dallas Baldwin", "Dallas Baldwin"),
])
def test_a_description_before_a_person_s_name_is_cut(name: str, kept: str) -> None:
    assert clean_name(name, person=True) == kept
    assert clean_name(name) == name


def test_a_noun_after_a_preposition_with_no_object_is_no_subject() -> None:
    text = (
        "The agency did not accept the offer. A spokesperson who did not wish to be named "
        "because of agency policy said in a statement that the agency never has administered "
        "vaccines."
    )
    speakers = speaker_of(text, "the agency never has administered vaccines")
    assert speakers and all(s and s.startswith("A spokesperson") for s in speakers)
