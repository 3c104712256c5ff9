"""A description of a person is never a person named in the clause it reports before it
(binding theory's Principle C, as for a pronoun: ``…, and Kislyak was among them, the
Justice Department official said``: not Kislyak), while an apposition, a paraphrase after
the verb and an organisation naming itself are left alone; a person's short form takes the
hyphenated given name the tagger cut (``Moon Jae-in … Moon said``), unless the text also
writes the name without it (``Trump … the Trump-era tariffs``); a surname the tagger left
untagged takes the given name a paragraph opens with (``Caleb Weaver, a … member, said …
Weaver said``). Passages from AllSides news reports (Breitbart, Fox News, a Harvard Crimson
retrospective quoted by an opinion page) and passages written after them (a name that
modifies a noun or a tenure is no participant of the clause; a word joined by a hyphen to a
name written alone is no syllable of it; a paragraph's first word that is an English word is
no given name), with the speaker ``docs/attribution-rules.md``
gives, and the readings each rule leaves alone.
"""

from __future__ import annotations

import pytest

from newsdesk.nlp import load_pipeline
from newsdesk.quotes.index import written_in_full
from test_speaker_descriptions import speaker_of  # the speakers found for a content

OFFICIAL = (
    "Two months before the September meeting, Sessions attended a Heritage Foundation event in "
    "July. When the event was over, a small group of ambassadors approached Sessions as he was "
    "leaving the podium, and Kislyak was among them, the Justice Department official said. "
    "Sessions then spoke individually to some of the ambassadors, including Kislyak, the "
    "official said."
)

#: (text, the content's first words, its speaker)
CASES = [
    (OFFICIAL, "When the event was over", "the Justice Department official"),
    (OFFICIAL, "Sessions then spoke individually", "the official"),
    (
        "McMaster's comments come a day before Trump is scheduled to meet with South Korean "
        "President Moon Jae-in.\n\n\"Together we will achieve the dismantlement of North Korea's "
        "nuclear program,\" Moon said.",
        "Together we will achieve",
        "Moon Jae-in",
    ),
    # ... but a name the text also writes alone keeps no word joined to it by a hyphen
    (
        "President Donald Trump spoke on Monday. Economists say the Trump-era tariffs will "
        "reduce growth.\n\nTrump said the rules \"work well for everyone.\"",
        "the rules",
        "Donald Trump",
    ),
    # the tagger names Caleb Weaver nowhere; his name opens a paragraph after a quote
    (
        "Many voters, critics say, “don’t do their own research.”\n\nCaleb Weaver, a College "
        "Students for Bernie member at Georgetown University, said Monday that the Sanders "
        "supporters with whom he works suspect Clinton.\n\n“We have seen Bill Clinton mocking "
        "us,” he said.\n\nWeaver said Clinton and her surrogates also need to abandon the line of "
        "attack.",
        "Clinton and her surrogates",
        "Caleb Weaver",
    ),
    # a name that modifies a noun (a compound, a possessor, a word joined by a hyphen) or
    # says whose tenure it was is no participant of the clause: the description may be it
    (
        "President Donald Trump spoke in Ohio on Monday. Trump supporters would turn out in "
        "November, the president predicted.",
        "Trump supporters",
        "Donald Trump",
    ),
    (
        "President Donald Trump spoke in Ohio on Monday. Supporters of Trump would turn out in "
        "November, the president predicted.",
        "Supporters of Trump",
        "Donald Trump",
    ),
    (
        "Russian Ambassador Sergey Kislyak spoke to reporters on Monday. The meetings of Kislyak "
        "with Sessions were routine, the ambassador said.",
        "The meetings of Kislyak",
        "Sergey Kislyak",
    ),
    (
        "Donald Trump spoke. The Trump-era tariffs will stay, Trump said.\n\nThe Trump-era rules "
        "work, the president said.",
        "The Trump-era rules",
        "Donald Trump",
    ),
    (
        "Sen. Bernie Sanders spoke on Monday. If elected, a Sanders administration would cancel "
        "student debt, the senator said.",
        "If elected",
        "Bernie Sanders",
    ),
    (
        "Russian Ambassador Sergey Kislyak spoke to reporters on Monday. Kislyak's meetings with "
        "Sessions were routine, the ambassador said.",
        "Kislyak's meetings",
        "Sergey Kislyak",
    ),
    (
        "President Donald Trump held a rally on Monday. Trump's administration had achieved more "
        "in two years than any other, the president said.",
        "Trump's administration",
        "Donald Trump",
    ),
    (
        "Mayor Bill de Blasio spoke on Monday. Under de Blasio, crime had fallen every year, the "
        "mayor said.",
        "Under de Blasio",
        "Bill de Blasio",
    ),
    # ... while a subject is one, whether the description is written in lower case or not
    (
        "Sen. John Smith spoke to reporters on Tuesday. Smith will resign at the end of the "
        "month, the senator said.",
        "Smith will resign",
        "the senator",
    ),
    (
        "Sen. Susan Collins met reporters. Collins had not decided how to vote, the Maine "
        "Republican said.",
        "Collins had not decided",
        "the Maine Republican",
    ),
    # a word joined by a hyphen to a name the text also writes alone is no syllable of it
    (
        "A Nancy Pelosi-led House passed the bill on Monday.\n\n\"This is a good day,\" Pelosi "
        "said.",
        "This is a good day",
        "Nancy Pelosi",
    ),
    (
        "McConnell's comments came a day after a Mitch McConnell-backed bill failed in the "
        "Senate.\n\n\"We will try again next week,\" McConnell said.",
        "We will try again",
        "Mitch McConnell",
    ),
    (
        "U.N. Secretary-General Ban Ki-moon met Trump on Monday.\n\n\"We will achieve peace,\" "
        "Ban said.",
        "We will achieve peace",
        "Ban Ki-moon",
    ),
    # left alone: an organisation names itself inside what it reports, and a person named in
    # apposition to the description, or in a clause fronted before it, may be its referent
    (
        "Apple will ship the new phone in May, the company said on Tuesday.",
        "Apple will ship the new phone",
        "Apple",
    ),
    (
        "John Smith, the spokesman for the agency, said the deal was done.",
        "the deal was done",
        "John Smith",
    ),
    (
        "The law was upheld in 2006. Bert W. Rein, the attorney challenging Section 5, said that "
        "the South had changed.",
        "the South had changed",
        "Bert W. Rein",
    ),
    # the content after the verb is the writer's paraphrase, which may name the person
    (
        "Michael Ansara remembers the moment a little differently. In a 2017 retrospective, the "
        "former student activist told a reporter that the line was a response to Ansara asking "
        "McNamara about casualties.",
        "the line was a response",
        "Michael Ansara",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_the_speaker_is_no_one_named_in_the_descriptions_own_clause(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == [speaker]


def test_a_paragraph_opening_word_is_a_given_name_only_where_the_parse_compounds_it() -> None:
    opened = "The panel met.\n\nCaleb Weaver, a student, spoke first.\n\nWeaver left."
    assert written_in_full(opened, "Weaver", doc=load_pipeline()(opened)) == "Caleb Weaver"
    fronted = "The panel met.\n\nDespite Weaver, the motion passed.\n\nWeaver left."
    assert written_in_full(fronted, "Weaver", doc=load_pipeline()(fronted)) is None


@pytest.mark.parametrize(
    "text",
    [
        # a verb in the imperative, a place that modifies a noun: no given name
        "The panel met.\n\nGrant Weaver the benefit of the doubt, critics said.\n\nWeaver left.",
        "Virginia Weaver supporters met.\n\nWeaver left.",
        # two given names, one of them in a name the tagger took for an organisation's
        "The panel met.\n\nCaleb Weaver spoke.\n\nMary Weaver left.",
    ],
)
def test_a_paragraph_opening_word_that_is_an_english_word_or_a_second_given_name_gives_none(
    text: str,
) -> None:
    assert written_in_full(text, "Weaver", doc=load_pipeline()(text)) is None
