"""Speakers that the parse or the article's introductions decide, on passages written for the
tests in news style (each with the speaker ``docs/attribution-rules.md`` gives): a description
by an occupation that the article gave no one keeps its own words where the latest person was
introduced as something else; a plural counted by a number or a quantity is no earlier
document's; a gerund that is a clause's subject reports no one named; a name the parse hung on
the hyphen of a title it split (``co-chair``) is the verb's subject; ``the girl`` is a person of
that gender the paragraph has as a subject. Each rule has a case where it must not apply.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # an occupation no one was introduced as, after a person introduced as another: its words
    (
        "Where is Jane Roe, a popular radio host who says she speaks for the city? She is "
        "silent.\n\nThe best leadership has come from the family.\n\nThe family spoke right "
        "after the prosecutor announced that the jury would not indict the officer.",
        "the jury would not indict the officer",
        "the prosecutor",
    ),
    # ... but the person introduced by it, or one given no role, is the description
    (
        "Jane Roe, a prosecutor in the county, met the family on Monday.\n\nThe family spoke "
        "right after the prosecutor announced that the jury would not indict the officer.",
        "the jury would not indict the officer",
        "Jane Roe",
    ),
    (
        "Jane Roe met the family on Monday and spoke to reporters.\n\nLater the prosecutor "
        "announced that the jury would not indict the officer.",
        "the jury would not indict the officer",
        "Jane Roe",
    ),
    (
        "How Oscar-winning actress Jane Roe came to write the song began years ago.\n\n"
        "Her son, filmmaker John Smith, also remembers it. \u201cIt was hard,\u201d Smith "
        "laughed.\n\nDespite the roles, the actress was not itching to do something else. "
        "\u201cI had liked music,\u201d she said.",
        "I had liked music",
        "Jane Roe",
    ),
    (
        "John Smith, a radio host, spoke on Monday.\n\nThe guard had been investigated "
        "before, County District Attorney Jane Roe said.\n\nThe prisoners might have been "
        "planning the escape for years, according to the prosecutor.",
        "The prisoners might",
        "Jane Roe",
    ),
    (
        "The paper received a statement from Jane Roe, a 17-year-old resident of the city. "
        "The teen said an official questioned her for five hours.",
        "an official questioned her",
        "Jane Roe",
    ),
    # a counted plural of documents is no earlier document's owner
    (
        "John Smith touted polls that showed him ahead.\n\nWhile there are always a few polls "
        "that emerge to suggest the race might be tightening, most show a wide gap.",
        "the race might be tightening",
        "a few polls that emerge",
    ),
    # ... as a definite document is the earlier one, its owner's
    (
        "Smith released a poll in the spring.\n\nThe poll also suggested that the race might "
        "be tightening in the west.",
        "the race might be tightening",
        "Smith",
    ),
    # a gerund that is the subject of its sentence reports no one
    (
        "John Smith won the state by a wide margin. Insisting \u201che\u2019s not my "
        "president\u201d and attacking anyone who works for him puts us on a path toward "
        "failure.",
        "he\u2019s not my president",
        None,
    ),
    # ... while a participle opening a sentence is its subject's speech
    (
        "John Smith won the state by a wide margin.\n\nInsisting \u201che\u2019s not my "
        "president,\u201d Jane Roe walked out of the hall.",
        "he\u2019s not my president",
        "Jane Roe",
    ),
    # "the girl", "the woman": a person of that gender the paragraph has as a subject ...
    (
        "The campaign needed a face.\n\nJane Roe was the perfect choice for the role. But the "
        "girl who just admitted she hardly knew the city was chosen by her parents.",
        "she hardly knew the city",
        "Jane Roe",
    ),
    (
        "Jane Roe returned to the city on Sunday. The woman who says she has not yet decided "
        "on a run appeared at a rally.",
        "she has not yet decided",
        "Jane Roe",
    ),
    # ... not one whose own sentence holds the noun as another word
    (
        "The voter was upset.\n\nJane Roe then tried to reason with the woman. As for her "
        "earlier views, the woman responded, \u201cit all just went away.\u201d",
        "it all just went away",
        "the woman",
    ),
    # a title split at its hyphen: the name hung on the hyphen is the speaker
    (
        "\u201cI want the senator to stay in,\u201d said national co-chair Jane Roe on Monday.",
        "I want the senator to stay in",
        "Jane Roe",
    ),
    (  # where the parse makes "co" and the hyphen subjects (the quotes 93 answer: "national co")
        "\u201cWe will win,\u201d said national co-chair Nina Turner on Monday.",
        "We will win",
        "Nina Turner",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]
