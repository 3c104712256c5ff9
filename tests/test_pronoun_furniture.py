"""A "he" or "she" after page furniture, on sentences written for the tests: a newsletter box,
a photo caption or a list of links between a pronoun's paragraph and the prose before it is
passed over, so the pronoun reads that prose as the paragraph before; a paragraph of prose
between them, however short, or a lead-in that ends in a colon, is read as before."""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of

_OBAMA = (
    "Mr. Obama spoke about the budget for an hour on Tuesday. \"We cannot cut these programs "
    "now,\" Mr. Obama told Paul Ryan.\n\n"
)
_RUTH = "Ruth Fuller met the students on Friday and she talked about the grant for an hour.\n\n"
_QUOTE = "Referring to the cuts, he said, \"that may look small on a sheet of paper.\""

#: (text, the content's first words, its speaker)
CASES = [
    # a newsletter box between: the speaker of the prose before it
    (
        _OBAMA
        + "Newsletter Sign Up Continue reading the main story. You must select a newsletter to "
        "subscribe to. Sign up to receive our newsletters and promotions. Thank you for "
        "subscribing.\n\n" + _QUOTE,
        "that may look small",
        "Obama",
    ),
    # a photo caption between, a woman named in it: the speaker of the prose before it
    (
        _RUTH
        + "Enlarge this image toggle caption Mary Smith/NPR Mary Smith/NPR\n\n"
        "\"The grant pays for a full year of college,\" she explains.",
        "The grant pays",
        "Ruth Fuller",
    ),
    # links set out as a list between: the subject of the prose before it
    (
        "Senator Carl Jensen was asked by Tom Reed whether he would run again, and he laughed.\n\n"
        "- Follow the Ticker on Twitter: @PoliticalTicker\n\n"
        "- Check out the Electoral Map and game out your own strategy for November\n\n"
        "\"No, I'm not,\" he said.",
        "No, I'm not",
        "Carl Jensen",
    ),
    # a short paragraph of prose between is read as before: its subject
    (
        _OBAMA + "Mr. Romney disagreed with the plan.\n\n" + _QUOTE,
        "that may look small",
        "Romney",
    ),
    # a lead-in that ends in a colon is prose: its subject
    (
        _OBAMA + "Then Mr. Romney answered the president at length on the deficit:\n\n" + _QUOTE,
        "that may look small",
        "Romney",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_pronoun_after_furniture(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
