"""A definite plural or document that no other step resolves is the phrase the article
introduced it by, with the same head and number (``speakers.introduced``), on passages of
AllSides news pages (``../shared/data/corpus``, in no development set or judged draw): the fullest
description the article gives an unnamed source. A re-mention that describes itself, an
introduction that says no more than the re-mention, ``other`` ones, a phrase inside another
noun's modifier and one person described in the singular keep the source's own words."""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of

#: (text, the content's first words, its speaker)
CASES = [
    # a plural after its introduction by a number, two paragraphs before (ABC News)
    (
        "After the Republican National Committee hinted at new outreach to gay voters, 11 "
        "influential social-conservative groups aired their grievances in a letter addressed to "
        "Priebus timed to coincide with the start of the RNC's meeting.\n\nLed by Family Research "
        "Council President Tony Perkins, who told donors not to give national Republican leaders "
        '"a dime of your hard-earned money" until the party clarified its positions on social '
        'issues.\n\n"We respectfully warn GOP leadership that an abandonment of its principles '
        'will necessarily result in the abandonment of our constituents to their support," the '
        "groups warned Priebus.",
        "We respectfully warn",
        "11 influential social-conservative groups",
    ),
    # a document after "A report …", with the participle that restricts it (Fox News)
    (
        "A report released Tuesday by Coburn's office finds the National Park Service devotes "
        "huge portions of its budget to the purchase of more and more federal properties and "
        "land.\n\nHis report documents a federal agency that is top heavy with bureaucracy and "
        'management.\n\n"This is an agency that spends $650 million a year administering a $2.6 '
        'billion budget," says Coburn.\n\nHis report cites dozens of cases of waste. "With nine '
        "employees, the National Park Service often has more staff working the grounds, than "
        'daily visitors," the report says.',
        "With nine employees",
        "A report released Tuesday by Coburn's office",
    ),
    # a bare plural with its modifier, the sentence before (Fox News)
    (
        "U.S. officials confirmed that operations launched out of Fort Meade have focused on "
        "disrupting the group's online activities. The officials said the effort is getting "
        "under way as operators try a range of attacks.",
        "the effort is getting",
        "U.S. officials",
    ),
]

#: The same passages changed so that the source keeps its own words.
OWN_WORDS = [
    # "other" ones are not all of those the re-mention means
    (
        "Lawmakers pressed him and other federal health officials on whether the country is "
        "ready to reopen.\n\nThe health officials also warned that a surge of cases in the fall "
        "could be especially challenging.",
        "a surge of cases",
        "The health officials",
    ),
    # a phrase inside another noun's modifier is no introduction
    (
        "Agencies are examining communications as part of an investigation into possible links "
        "between Russian officials and associates of the president-elect. The investigators "
        "have found no conclusive evidence of wrongdoing, the officials said.",
        "The investigators have found",
        "the officials",
    ),
    # an introduction that says no more than the re-mention, its list of signers set off by
    # commas (Washington Times)
    (
        '"We, therefore, encourage the House to continue its work," reads a letter signed by the '
        "heads of the American Principles Project, the American Conservative Union, Conservatives "
        "for Immigration Reform, the Hispanic Leadership Fund and other organizations.\n\n"
        '"It would show that they are more interested in using the issue politically than '
        'actually solving the problem," the letter said.',
        "It would show",
        "the letter",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_a_definite_re_mention_is_its_introduction(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(("text", "content", "speaker"), OWN_WORDS)
def test_no_introduction_keeps_its_words(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
