"""A description of a person is never a person named in the clause it reports before it
(binding theory's Principle C, as for a pronoun: ``…, and Kislyak was among them, the
Justice Department official said``: not Kislyak), while an apposition, a paraphrase after
the verb and an organisation naming itself are left alone; a person's short form takes the
hyphenated given name the tagger cut (``Moon Jae-in … Moon said``), unless the text also
writes the name without it (``Trump … the Trump-era tariffs``); a surname the tagger left
untagged takes the given name a paragraph opens with (``Caleb Weaver, a … member, said …
Weaver said``). Passages from AllSides news reports (Breitbart, Fox News, a Harvard Crimson
retrospective quoted by an opinion page), with the speaker ``docs/attribution-rules.md``
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
    (
        "Caleb Weaver, a College Students for Bernie member at Georgetown University, said Monday "
        "that the Sanders supporters with whom he works suspect Clinton.\n\n\"We have seen Bill "
        "Clinton mocking us,\" he said.\n\nWeaver said Clinton and her surrogates also need to "
        "abandon the line of attack.",
        "Clinton and her surrogates",
        "Caleb Weaver",
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
