"""Speakers in the shapes opinion columns and roundups write, on passages written for the
tests in news style (each with the speaker ``docs/attribution-rules.md`` gives): a title
stressed by a reflexive pronoun (``The president himself``) is a description; a party or
nationality narrowed by a prepositional phrase (``Democrats in the Senate``) keeps its own
words; a name run into the link text printed beside it is the name before the repeat
(``Maria Lopez Maria Elena``); initials of a hyphenated surname (``A.O.C.``) and a lone given name
(``Hillary``) stand for the full name the article gives; a colon quote after a clause whose
subject a name describes (``Late-night host Jane Doe compared …:``) is that person's, and a
quote inside a sentence whose speech verb is set before it (``As X wrote, …, "…"``) that
verb's subject's; a
document speaks for its author, not for the person it came to; a speech verb that an order's
object was told to use is no attribution. Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.people import clean_name
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a reflexive pronoun only stresses the description: the title's holder speaks
    (
        "President Obama spoke in Ohio. Republicans were unmoved. The president himself "
        "promised that the deficit would be halved.",
        "the deficit would be halved",
        "Obama",
    ),
    # ... and a description the article names no one for keeps its own words
    (
        "The budget drew protests. The mayor himself said the budget was balanced.",
        "the budget was balanced",
        "The mayor himself",
    ),
    # a party narrowed by a prepositional phrase is its own words, not the phrase's name
    (
        "The bill passed the House on Tuesday. Democrats in the Senate said they would block it.",
        "they would block it",
        "Democrats in the Senate",
    ),
    (
        "The bill passed the House on Tuesday. Republicans on the Judiciary Committee argued "
        "that the bill went too far.",
        "the bill went too far",
        "Republicans on the Judiciary Committee",
    ),
    # ... but the party alone is the party
    (
        "The bill passed the House on Tuesday. Republicans said the bill went too far.",
        "the bill went too far",
        "Republicans",
    ),
    # initials that count each part of a hyphenated surname
    (
        "Rep. Alexandria Ocasio-Cortez spoke first. Later, A.O.C. said the plan was too timid.",
        "the plan was too timid",
        "Alexandria Ocasio-Cortez",
    ),
    (
        "Rep. Alexandria Ocasio-Cortez spoke first on Monday. The Green New Deal drew fire. "
        "AOC said the plan was too timid.",
        "the plan was too timid",
        "Alexandria Ocasio-Cortez",
    ),
    # ... and initials the article spells out for no one stay as written
    (
        "The hearing ran late. J.D. Vance said the report was a fraud.",
        "the report was a fraud",
        "J.D. Vance",
    ),
    # a lone given name: the fullest of the names it begins that write one person
    (
        "Hillary Rodham Clinton took office in 2009. Hillary Clinton was a senator before "
        "that. Hillary said the office would stay open.",
        "the office would stay open",
        "Hillary Rodham Clinton",
    ),
    # ... but not where two people share it
    (
        "Hillary Clinton spoke first. Hillary Duff sang later. Hillary said the night went well.",
        "the night went well",
        "Hillary",
    ),
    # a name the tagger ran into a link's card beside it (the full name spelled out) is the
    # name before the repeat, and its surname stands for it
    (
        "The rally drew a crowd. Sen. Maria Lopez Maria Elena LopezOver 500 protesters "
        "marched on Monday. Lopez said the cuts went too far.",
        "the cuts went too far",
        "Maria Lopez",
    ),
    # ... but a name whose first word comes again right after it is one name
    (
        "Sirhan Sirhan was denied parole on Monday. Later, Sirhan Sirhan told reporters that "
        "the board was unfair.",
        "the board was unfair",
        "Sirhan Sirhan",
    ),
    # a colon quote: the person the clause's subject names, not the person compared to
    (
        "Talk-show host Jane Doe compared the senator’s speech to Richard Nixon resigning in "
        "disgrace: “It was the saddest thing I have seen in years.”",
        "It was the saddest thing",
        "Jane Doe",
    ),
    # ... and a clause with a person as its subject, as before
    (
        "Talk-show host Jane Doe likened the senator to Richard Nixon: “He is the most "
        "secretive man in Washington.”",
        "He is the most secretive",
        "Jane Doe",
    ),
    # a document speaks for its author, not for whom it came to
    (
        "Jane Smith received an email from the campaign on Monday. “The event is canceled,” "
        "the email said.",
        "The event is canceled",
        "the email",
    ),
    (
        "Jane Smith obtained a memo from the agency. The memo said that the program would end.",
        "the program would end",
        "The memo",
    ),
    # ... and for the subject that released it
    (
        "Acme Corp. released a statement on Monday. “We will appeal,” the statement said.",
        "We will appeal",
        "Acme Corp.",
    ),
    # a verb that moves its object to speak, and the object speaks
    (
        "The scandal prompted Flake to say that he would vote no.",
        "he would vote no",
        "Flake",
    ),
    # a quote inside a sentence with no subject of its own is the person whose speech verb
    # is set before it there (``As X wrote, …, "…"``), not the speaker before
    (
        "Moody’s estimates that cities disguise their liabilities.\n\nDetroit’s mayors tried "
        "various forms of intervention. As Steve Malanga recently wrote in The Wall Street "
        "Journal, as early as the 1970s, when Coleman Young was mayor, “the increasingly "
        "distressed city became a fiscal ward of the state.”",
        "the increasingly distressed city",
        "Steve Malanga",
    ),
    # ... a verb that is no speech verb names no speaker there
    (
        "“Cities disguise their liabilities,” the Moody’s analyst Jane Roe said.\n\nDetroit’s "
        "mayors tried various forms of intervention. As Steve Malanga walked through Detroit "
        "in the 1970s, when Coleman Young was mayor, “the increasingly distressed city became "
        "a fiscal ward of the state.”",
        "the increasingly distressed city",
        "Jane Roe",
    ),
]

#: Orders reported as actions: what the object was told to say, which no one said.
ORDERS = [
    (
        "The memo went out on Friday. Pfeiffer instructed Geithner to suggest to the public "
        "that Social Security was in the black.",
        "Social Security was in the black",
    ),
    ("The director ordered staff to say that the office was closed.", "the office was closed"),
]


@pytest.mark.parametrize(("text", "content"), ORDERS)
def test_an_order_to_speak_is_no_attribution(text: str, content: str) -> None:
    assert speaker_of(text, content) == []


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker_in_a_column(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(("name", "person", "kept"), [
    ("Marco Rubio Marco Antonio Rubio", True, "Marco Rubio"),  # a link card run into the name
    ("Ahmed Ali Ahmed Hassan", True, "Ahmed Ali Ahmed Hassan"),  # a patronymic
    ("Hamad bin Hamad Al Thani", True, "Hamad bin Hamad Al Thani"),  # a patronymic
    ("Ahmad Shah Ahmadzai", True, "Ahmad Shah Ahmadzai"),  # a word that only begins alike
    ("Sirhan Sirhan", True, "Sirhan Sirhan"),
    ("New York Newsday", False, "New York Newsday"),  # no person's name
    ("Marco Rubio Marco Antonio", False, "Marco Rubio Marco Antonio"),
])
def test_a_name_is_cut_only_where_a_person_s_name_starts_again(name: str, person: bool,
                                                               kept: str) -> None:
    assert clean_name(name, person=person) == kept
