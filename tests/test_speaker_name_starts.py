"""Where a speaker's name starts when the tagger ran the words before it into the name (a job
the title lexicon does not list, a demonym, a headline's words), and where a nominal source
starts when a plural's possessive ending stands before its noun, on passages written for the
tests in news style, each with the speaker ``docs/attribution-rules.md`` gives; and the names
that must keep their first words (an unknown given name, an initial, a monarch's title), and
a quotation mark that still ends a source.
"""

from __future__ import annotations

import pytest

from newsdesk.given_names import from_given_name
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # an office written with "of": the tagger starts the name inside it, here and at the surname
    (
        "Former Director of National Intelligence James Clapper spoke on Sunday. "
        '"The evidence was overwhelming," Clapper told CNN.',
        "The evidence was overwhelming",
        "James Clapper",
    ),
    # a job the title lexicon does not list, after the speech verb ...
    (
        '"Nothing was wrong with the first order," said White House Senior Policy Advisor '
        "Stephen Miller on Fox News.",
        "Nothing was wrong",
        "Stephen Miller",
    ),
    # ... and before it
    (
        "Campaign Manager Dana Whitfield said the polls were tightening in the last week.",
        "the polls were tightening",
        "Dana Whitfield",
    ),
    # a demonym is no part of the name
    (
        'Fellow Nevadan Harry Reid agrees. "We will pass it this year," Reid says.',
        "We will pass it",
        "Harry Reid",
    ),
    # a name whose first word is no English word is kept whole
    (
        "Kwame Osei Boateng, a cocoa farmer, said prices had fallen by half since spring.",
        "prices had fallen",
        "Kwame Osei Boateng",
    ),
    # a plural's possessive ending is no quotation mark: the source keeps its owner
    (
        "Because teachers’ unions insist that funding decides everything, reform stalls.",
        "funding decides everything",
        "teachers’ unions",
    ),
    (
        "Parents' groups said the schools should reopen in the fall.",
        "the schools should reopen",
        "Parents' groups",
    ),
    # ... and a closing quotation mark still ends the source
    (
        "The 'volunteers' said the shelter was full by midnight.",
        "the shelter was full",
        "volunteers",
    ),
    # an adverb the tagger read as the noun a name is compounded on is no part of the name
    (
        'Mayor Dana Whitfield spoke on Monday. Asked about the budget, Whitfield coyly '
        'replied, "We will see what the council does."',
        "We will see what the council does.",
        "Dana Whitfield",
    ),
    # ... a noun the name is compounded on is the speaker (the lemma tables know it as a noun)
    (
        'Mayor Dana Whitfield spoke on Monday. "We will see what the council does," Whitfield '
        "aides said.",
        "We will see what the council does",
        "Whitfield aides",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(("name", "kept"), [
    ("National Intelligence James Clapper", "James Clapper"),
    ("Immigration Conservatives Heckle Jeb Bush", "Jeb Bush"),
    ("Bloomberg's Megan McArdle", "Megan McArdle"),
    # a word of the title lexicons is a description even where a register lists it as a name
    ("Attorney General William Barr", "William Barr"),
    ("Campaign Manager Ron Nielson", "Ron Nielson"),
    # never cut: a first word that is a given name, no English word or an initial, a
    # monarch's title, a name of two words, a job ("Ad") that is also a common given name
    ("Martin Luther King III", "Martin Luther King III"),
    ("Rayquann Deonte Jernigan", "Rayquann Deonte Jernigan"),
    ("A. Philip Randolph", "A. Philip Randolph"),
    ("Kim Jong Un", "Kim Jong Un"),
    ("Queen Elizabeth II", "Queen Elizabeth II"),
    ("Cue Limbaugh", "Cue Limbaugh"),
    ("Ad Sales Marianne Gambelli", "Ad Sales Marianne Gambelli"),
])
def test_a_name_starts_at_its_given_name(name: str, kept: str) -> None:
    assert from_given_name(name) == kept
