"""Pronoun antecedents that agreement, animacy and a clause's place decide, on passages written
for the tests in news style (each with the speaker ``docs/attribution-rules.md`` gives): a name
the text gives to an animal is no "he"; a pronoun after a surname two people share does not
give the latest of them its gender; a
pronoun in an adverbial clause put before its main clause points forward to the person the
main clause names; a definite noun of sex (``the man``) is the unnamed person it describes,
unless a name of the pronoun's gender comes just before it. The rules of animals, clauses and
nouns each have a case where they must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # a name in apposition to an animal's noun is the animal's: its owner speaks
    (
        "When Tom Pryor's beloved dog, Charlie, died last week, the note he posted moved "
        "many.\n\n\u201cCharlie never asked for anything,\u201d he wrote.",
        "Charlie never asked for anything",
        "Tom Pryor",
    ),
    # ... but a name in apposition to a person's noun stays a person
    (
        "When the senator's old aide, James Walker, retired last week, the note he posted "
        "moved many.\n\n\u201cI owe the town a great deal,\u201d he wrote.",
        "I owe the town a great deal",
        "James Walker",
    ),
    # a pronoun after a surname two people of the article share does not make the latest of
    # them a man: her given name decides
    (
        "Sen. John McCain died in August, and he had an outsize impact on the race. Martha "
        "McSally did not receive an endorsement from the family, though she and Cindy McCain "
        "spoke at the same event.\n\nMcCain held his seat for decades, but he could not choose "
        "his successor. McCain knew he would be replaced by the governor's pick.\n\nCindy "
        "McCain posted a tweet supporting the decision and calling on McSally to remember her "
        "husband's legacy.\n\n\u201cArizonans will be pulling for her, hoping that she will "
        "follow his example,\u201d she wrote.",
        "Arizonans will be pulling for her",
        "Cindy McCain",
    ),
    # a pronoun in a clause put before the main clause points to the person the main clause names
    (
        "None of the members has come out against the bill. Earlier this week, when he "
        "repeated his doubts about the vote, it looked like Sen. Mark Dunn would lead the "
        "opposition; but he has since said that \u201cthe bill deserves a hearing.\u201d",
        "the bill deserves a hearing",
        "Mark Dunn",
    ),
    # ... not a person named inside that clause
    (
        "Paul Verner spoke on Monday. When he met Mark Dunn at the hearing, he said that "
        "\u201cthe bill deserves a hearing.\u201d",
        "the bill deserves a hearing",
        "Paul Verner",
    ),
    # a definite noun of sex with no name before it is the unnamed person
    (
        "A doctor prescribed the patient steroids. As a safeguard, the man also cleaned his "
        "house of mold.\n\nEventually everything turned to normal for the man. As he "
        "related, \u201cthe treatment continued for a year.\u201d",
        "the treatment continued for a year",
        "the man",
    ),
    # ... but re-mentions the person of its gender named just before it
    (
        "Police arrested John Lorne on Monday. The man had been sought for weeks.\n\n"
        "\u201cI am innocent,\u201d he said.",
        "I am innocent",
        "John Lorne",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
