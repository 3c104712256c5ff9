"""A bare quotation's turn and a block quotation's lead-in, on sentences written for the
rules of ``docs/attribution-rules.md``: a bare quotation goes on with the previous speaker
while no other person or organisation is the subject of a main clause since; a fragment
under a verb above it is the verb's subject's only where that verb reports words or
thought; a block quotation's lead-in tells a hearer, not a thing, and stands in no
adverbial clause. Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from newsdesk.quotes.speakers.resolve import same_speaker
from test_speaker_descriptions import speaker_of  # the speakers found for a content

_SMITH = "“We will keep the plant open,” Mark Smith said on Monday.\n\n"
_FLOOD = "\n\nThe river rose over its banks in a single night and the town was under water by morning."

#: (text, the content's first words, its speaker)
CASES = [
    # a name in a relative clause is background: the agency acts, the turn holds
    (_SMITH + "The agency, which Jones created in 2019, has grown to more than 300 employees "
     "since then.\n\n“It works, and it will keep working.”", "It works", "Mark Smith"),
    # a name as a main clause's subject takes the story
    (_SMITH + "Jones created the agency in 2019, and it has grown to more than 300 employees "
     "since then.\n\n“It works, and it will keep working.”", "It works", "Jones"),
    # a fragment under a verb of feeling that takes it as a content clause is the subject's
    ("The media deserved the criticism, and that's why Todd bemoaned how “every social media "
     "debate devolves into a shouting match.”", "every social media debate", "Todd"),
    # a verb of telling with its hearer as object introduces the block after its colon
    ("Smith told reporters:" + _FLOOD, "The river rose", "Smith"),
    # ... and so it does in an "as" clause, the written convention for whose words follow
    ("As Smith told reporters:" + _FLOOD, "The river rose", "Smith"),
    # "it" of an organisation that reports, as "it said" reads elsewhere
    ("The company issued a statement on Friday. It said:" + _FLOOD, "The river rose",
     "The company"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_turn_or_lead_in(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # what is told, not the hearer, is the verb's object: the paragraph is narration
        "Smith told the story of the flood:" + _FLOOD,
        # an adverbial clause's verb reports nothing the colon opens
        "Jones said nothing to the crowd when Smith told reporters:" + _FLOOD,
    ],
)
def test_no_block_after_the_lead_in(text: str) -> None:
    assert speaker_of(text, "The river rose") == []


@pytest.mark.parametrize(
    ("name", "said", "same"),
    [
        ("Kennedy Jr.", "Robert Kennedy Jr.", True),
        ("Smith", "Mark Smith", True),
        ("Kim", "Kimberly Guilfoyle", False),
        ("Paul", "Paula Jones", False),
        ("Roe", "Roemer", False),
    ],
)
def test_same_speaker_by_whole_words(name: str, said: str, same: bool) -> None:
    assert same_speaker(name, said) is same
