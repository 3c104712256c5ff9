"""What a "he" or "she" stands for beyond the names of the article: a person brought in by an
indefinite noun of the pronoun's gender (``a woman``), in its paragraph or the one before,
and a description that a *who* clause shows to be a person; on passages written for the
tests in news style, each with the speaker ``docs/attribution-rules.md`` gives. Each rule has
a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
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
    assert speaker_of(text, content) == [speaker]
