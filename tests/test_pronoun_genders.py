"""A "he" or "she" does not stand for a person whose given name is of the other gender with
the confidence of ``nomquamgender``'s classifier, nor for a description whose noun is of the
other gender (``the congresswoman``), and a description of one gender does not stand for a
person of the other; a name with no given name or an ambiguous one stays a candidate. The
passages are written for the tests in news style, each with the speaker
``docs/attribution-rules.md`` gives.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.titles import OFFICES, PERSON_OFFICES
from newsdesk.given_names import given_name_gender
from newsdesk.quotes.index import Mention, NameIndex
from newsdesk.quotes.nouns import PERSON_NOUNS
from newsdesk.quotes.pronouns.gender import GENDERED_NOUNS
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a man's given name: "she" goes to the next person in order of salience
    (
        'Ronald Reagan spoke to Davis about the budget. "We cannot cut more," she said.',
        "We cannot cut more",
        "Davis",
    ),
    (
        "Senator Elizabeth Warren wrote to the bank. Charles Scharf answered within a week. "
        '"We have done nothing wrong," she said.',
        "We have done nothing wrong",
        "Elizabeth Warren",
    ),
    # ... in the paragraph before as well
    (
        "Kevin McCarthy took the floor. Nancy Pelosi thanked him.\n\n"
        '"This is a good day," he said.',
        "This is a good day",
        "Kevin McCarthy",
    ),
    # a description of one gender is not a person of the other named before it
    (
        "Jane Doe chairs the panel. Tom Reed spoke first. The congresswoman was blunt. "
        '"This bill is a disaster," the congresswoman said.',
        "This bill is a disaster",
        "Jane Doe",
    ),
    # a given name the library leaves unclassified stays a candidate
    ('Jean Smith arrived late. "I was stuck in traffic," she said.', "I was stuck", "Jean Smith"),
    ('Kim Davis spoke after Paul Ryan. "I was stuck in traffic," she said.', "I was stuck",
     "Kim Davis"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


def test_a_description_of_the_other_gender_is_no_one_for_the_pronoun() -> None:
    text = 'The spokeswoman for the company declined to comment. "We are reviewing it," he said.'
    assert speaker_of(text, "We are reviewing it") == [None]


@pytest.mark.parametrize(("name", "gender"), [
    ("Michael T. Flynn", "m"),
    ("Mary Barra", "f"),
    ("Flynn", None),  # a surname alone has no given name
    ("J.D. Vance", None),  # nor has an initial
    ("Jean Smith", None),  # a name of either gender
    (None, None),
])
def test_given_name_gender(name: str | None, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def _index(*names: str) -> NameIndex:
    mentions, start = [], 0
    for name in names:
        mentions.append(Mention(start, start + len(name), name, "PERSON"))
        start += len(name) + 10
    return NameIndex(mentions)


@pytest.mark.parametrize(("names", "gender"), [
    # a surname two people of different genders share says neither
    (("Mary Smith", "Robert Smith", "Smith"), None),
    (("Maryanne Smith", "Robert Smith", "Smith"), None),
    # ... one the people who bear it agree on says theirs
    (("Mary Smith", "Linda Smith", "Smith"), "f"),
    # the longest name decides, not a shorter one it contains
    (("Kathleen Hawk Sawyer", "Hawk Sawyer", "Sawyer"), "f"),
])
def test_a_surname_takes_the_gender_its_given_names_agree_on(names: tuple[str, ...], gender: str | None) -> None:
    assert _index(*names).given_gender(names[-1]) == gender


def test_every_gendered_role_word_of_the_lexicons_has_its_gender() -> None:
    words = OFFICES | PERSON_OFFICES | PERSON_NOUNS
    gendered = {w for w in words if w.endswith("man")}
    assert "councilwoman" in gendered
    assert {w: GENDERED_NOUNS.get(w) for w in gendered} == {
        w: "f" if w.endswith("woman") else "m" for w in gendered
    }
