"""A definite description or a document that brings its own referent in, on passages from
AllSides news pages outside every quote set (each with the speaker
``docs/attribution-rules.md`` gives): a definite description of a person narrowed by a
restrictive modifier after its noun (``the director of the Centers for Disease Control and
Prevention``) is someone the article has not named, not the latest speaker, unless the text
gave that speaker the noun as a role; a document with no maker of its own is the previous
speaker's only where no main clause with a name of someone else as subject stands between
that speaker's quotation and the document, and the article has not spoken of the same
document before without stating a maker; a date
in a document's *in* phrase (``a report in August``) says when it was made, not whose it is.
Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

_LUSHNIAK = (
    "“It’s a matter of concern, this whole idea of opening up. It’s based on non-science "
    "generated parameters,” Dr. Boris Lushniak, dean of the University of Maryland School of "
    "Public Health, told Reuters in an interview.\n\n"
)
_CDC = (
    "Even as states move ahead with plans to reopen, the director of the Centers for Disease "
    "Control and Prevention warned a second wave of the coronavirus could be worse if it "
    "coincides with the start of seasonal flu season."
)
_COMPLAINT = (
    "Officer J.K. Kueng held Floyd’s back and Officer Thomas Lane held his legs while Chauvin "
    "put his knee on Floyd’s head and neck area, a criminal complaint said.\n\n"
    "After Floyd apparently stopped breathing, Lane again said he wanted to roll Floyd onto "
    "his side. Kueng checked for a pulse and said he could not find one, according to the "
    "complaint.\n\n"
    "Chauvin had his knee on Floyd’s neck for 8 minutes, 46 seconds, including nearly three "
    "minutes after Floyd stopped moving and talking, the complaint said."
)

#: (text, the content's first words, its speaker)
CASES = [
    # a description narrowed by an "of" phrase is someone the article has not named ...
    (_LUSHNIAK + _CDC, "a second wave", "the director of the Centers for Disease Control and Prevention"),
    # ... unless the text gave the latest speaker that noun as a role
    (
        "“We are ready,” Robert Redfield, the director of the Centers for Disease Control and "
        "Prevention, told reporters on Tuesday.\n\n" + _CDC,
        "a second wave",
        "Robert Redfield",
    ),
    # ... and so it is where the latest speaker was given no role at all
    (
        "“It’s a matter of concern, this whole idea of opening up,” Boris Lushniak told Reuters "
        "in an interview.\n\n" + _CDC,
        "a second wave",
        "the director of the Centers for Disease Control and Prevention",
    ),
    # a bare definite description still stands for the person just quoted
    (_LUSHNIAK + "The doctor warned a second wave of the coronavirus could be worse.", "a second wave",
     "Boris Lushniak"),
    # a document the article spoke of before, with no maker, keeps its own words
    (_COMPLAINT, "Chauvin had his knee", "a criminal complaint"),
    # a document met first after a speaker's quotation, the narration still on them, is theirs
    (
        "“We will not vote this week,” Senator John Hale said on Monday.\n\n“The bill is "
        "dead,” the statement added.",
        "The bill is dead",
        "John Hale",
    ),
    # a date in a document's "in" phrase says when, not whose (so the report is Politico's)
    (
        "In August, Politico reported that Steven Wessel, a convicted con man, gathered "
        "information about the campaign's operatives.\n\nPer the report:\n\nWessel wrote to "
        "dozens of them.\n\nAccording to the report, \"The targets of the scheme do not "
        "believe that Wessel was acting alone.\"",
        "The targets of the scheme",
        "Politico",
    ),
    (
        "A report in August by the Harbor Institute found rents rising.\n\n\"Rents rose by a "
        "third,\" the report said.",
        "Rents rose",
        "Harbor Institute",
    ),
    # the speaker named again by part of the name, a suffix with it, keeps the story
    (
        "“We will not back down from this fight,” Robert Kennedy Jr. said on Monday.\n\n"
        "Kennedy Jr. later repeated the claim in a long interview with a local radio station."
        "\n\n“The mandates must end now,” the statement said.",
        "The mandates must end",
        "Robert Kennedy Jr.",
    ),
    # a place as a main clause's subject is the setting, no one who takes the story
    (
        "“We will not back down from this fight,” Mark Smith said on Monday.\n\nFlorida "
        "passed a new law on vaccines last year.\n\n“The mandates must end now,” the "
        "statement said.",
        "The mandates must end",
        "Mark Smith",
    ),
    # ... but not once a main clause with another name as subject has moved the story on
    (
        "“We will not vote this week,” Senator John Hale said on Monday.\n\nLater, Governor "
        "Ann Bell signed the budget and thanked the staff.\n\n“The bill is dead,” the "
        "statement added.",
        "The bill is dead",
        "the statement",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_discourse_new_description_or_document(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]


def test_counted_description_narrowed_by_a_modifier_is_no_earlier_pair() -> None:
    """``the two people familiar with the plan`` says who they are by itself: not the two
    coordinated as a subject paragraphs before (``Barack Obama and other Democrats``)."""
    text = (
        "President Barack Obama and other Democrats say they want a bill.\n\n"
        "The plan would add agents along the border.\n\n"
        "Immigrants would be able to apply for green cards after 10 years, according to the two "
        "people familiar with the plan."
    )
    assert speaker_of(text, "Immigrants would be able") == ["the two people familiar with the plan"]
