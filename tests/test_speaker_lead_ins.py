"""Speakers of quotations that no cue of their own introduces, on passages of AllSides pages:
a lead-in ending in a colon promises the words of its speech verb's subject (an organisation
too, a relative pronoun's noun, the noun a participle modifies), of the maker of a noun of
words or a document that ends it, or of an organisation or document that is its subject; a
quotation opening a paragraph after a paragraph of narration whose last sentence has a person
as its subject is that person's. Each reading has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a speech verb's subject that is an organisation, before the colon (NPR)
    (
        "Snowden is now very publicly trying to avoid being sent back to the U.S.\n\nAs for "
        "Snowden's motivation, the Guardian writes that:\n\n\"For him, it is a matter of "
        "principle. The government has granted itself power it is not entitled to.\"",
        "For him, it is a matter of principle",
        "Guardian",
    ),
    # a participle right after a noun has the noun as its subject (Fox News)
    (
        "It’s widely known and little reported (now) that midterms are typically bad for the "
        "party in power. Here’s NPR back in 2014 explaining: “History tells us that midterm "
        "elections are bad – sometimes very bad – for the party that controls the White House.”",
        "History tells us that midterm elections",
        "NPR",
    ),
    # an organisation that is the lead-in's subject, with no speech verb (NPR)
    (
        "Update at 8:45 p.m. ET: Welcome, Cromnibus: Bill Is Published\n\nThe House Committee on "
        "Appropriations gives an overview of the newly published bill:\n\n\"The bill includes "
        "full Appropriations legislation and funding for 11 of the 12 annual Appropriations "
        "bills through the end of the fiscal year.\"",
        "The bill includes full Appropriations legislation",
        "House Committee on Appropriations",
    ),
    # a document that ends the lead-in speaks for the name on it (Palmer Report)
    (
        "1) According to the New York Times, Trump ordered Mueller fired in June 2017, only to "
        "be talked out of it by White House counsel Don McGahn. Read the Times story:\n\n\"After "
        "receiving the president's order to fire Mr. Mueller, the White House counsel, Donald "
        "F. McGahn II, refused to ask the Justice Department to dismiss the special counsel.\"",
        "After receiving the president's order",
        "New York Times",
    ),
    # ... but a person who is the lead-in's subject keeps it before an organisation in it
    (
        "Facebook did not respond to a request for comment from the Daily Beast but a "
        "spokesperson stated in May following the mass banning of prominent conservative "
        "figures: “We’ve always banned individuals or organizations that promote or engage in "
        "violence and hate, regardless of ideology.”",
        "We’ve always banned individuals",
        "a spokesperson",
    ),
    # a paragraph of narration whose last sentence has a person as subject (NPR)
    (
        "\"I assure you, they wouldn't suggest somehow that it's worse now than it was 10, 15 "
        "or 20 years ago,\" Obama said.\n\nMorning Edition asked Roxane Gay, an author who "
        "focuses on race, gender and identity, what she thought of the president's comments. "
        "She agreed that the country isn't more racially divided and that Americans are being "
        "forced to confront a difficult reality.\n\n\"We've been able to look away in the past, "
        "and we can no longer look away.\"",
        "We've been able to look away",
        "Roxane Gay",
    ),
    (  # (New York Times)
        "“It strengthens people’s resolve in wanting to support President Trump. It really "
        "does.”\n\nPolling data suggest many center-right voters feel the same way.\n\nMr. "
        "Medford compares Mr. Trump to a jalopy.\n\n“It’s like I need to get from Charleston to "
        "Atlanta, and suddenly the most beat-up car on earth shows up.”",
        "It’s like I need to get from Charleston",
        "Medford",
    ),
    # ... but a sentence whose subject is no person leaves the quotation to the speaker before
    (
        "\"We will not raise taxes,\" Gov. Jane Roe said on Monday.\n\nThe bill passed the "
        "Senate in May with the votes of both parties.\n\n\"We will keep our promise.\"",
        "We will keep our promise",
        "Jane Roe",
    ),
    # ... and so does a paragraph that has quotation marks in it (a title here)
    (
        "\"We will not raise taxes,\" Gov. Jane Roe said on Monday.\n\nHer rival John Doe "
        "read \"The Road Ahead\" to the crowd.\n\n\"We will keep our promise.\"",
        "We will keep our promise",
        "Jane Roe",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
