"""A "he" or "she" stands for the subject before it when a person's name is that subject in
apposition to a common noun (``the prophet Obama``) or is a proper noun the tagger left out at
that place but reads as a person elsewhere in the article; and it stands for no family written
in the plural (``The Clintons``). The passages are written for the tests in news style, each
with the speaker ``docs/attribution-rules.md`` gives.
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
SUBJECTS = [
    # a name in apposition to the subject's common noun is the subject, not a person named
    # in the sentence before
    (
        "Mayor Bill Jones opened the bridge on Friday. Apparently the prophet Smith was in error "
        "when he said the bridge would never be built.",
        "the bridge would never be built",
        "Smith",
    ),
    (
        "Mayor Bill Jones opened the bridge on Friday. His old rival, Tom Brady, was in error "
        "when he said the bridge would never be built.",
        "the bridge would never be built",
        "Tom Brady",
    ),
    # a surname the tagger reads as a person once and misses at the subject is that person,
    # not the person named later in the sentence
    (
        "Senator Gardner spoke on Monday. Gardner was furious in March when Commissioner Tom "
        'Reed announced a new policy on water. "This is a disgrace," he said in a speech.',
        "This is a disgrace",
        "Gardner",
    ),
    # an organisation as the subject is no person: the person named after it is the "he"
    (
        "Acme went to court in January after Attorney General Jeff Sessions announced a new "
        'rule. "This is unlawful," he said.',
        "This is unlawful",
        "Jeff Sessions",
    ),
    # an organisation in apposition is no person either
    (
        "His employer, the Acme Corporation, fired him after Tom Jones testified at the "
        'hearing. "I told the truth," he said.',
        "I told the truth",
        "Tom Jones",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SUBJECTS)
def test_a_subject_that_names_a_person(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


#: (text, the content's first words, its speaker)
FAMILIES = [
    # a family in the plural is several people: the "he" is the one person named after it
    (
        "The Clintons defended the foundation for years, even though Bill had stepped back "
        'from it. "It was a mistake to stay," he said later.',
        "It was a mistake to stay",
        "Bill",
    ),
    # ... also where the tagger reads the family's name as singular, and for a "his"
    (
        "Two of the scandals involved the Kennedys. The Kennedys fought the ruling for years, "
        'even though Ted privately had doubts. After all it was, as his aides said, "a lost '
        'cause."',
        "a lost cause",
        "Ted's aides",
    ),
    # a person's name that ends in "s" is one person
    (
        "Bernie Sanders spoke after the vote. Sanders was angry when Mitch McConnell closed the "
        'debate. "This is wrong," he said.',
        "This is wrong",
        "Bernie Sanders",
    ),
    # ... also after "the" and words before the name: "the" is not the phrase's one word
    (
        "Mitch McConnell closed the debate on Monday. The late John Adams was furious when the "
        'treaty passed. "This is wrong," he wrote.',
        "This is wrong",
        "John Adams",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FAMILIES)
def test_a_family_in_the_plural_is_no_he_or_she(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


#: (text, the content's first words, its speaker)
CLOSING = [
    # a quote that opens its paragraph with "he said": the main-clause subject of the
    # previous paragraph's last sentence, not the speaker of a quote earlier in that paragraph
    (
        "Senator Tom Lowe chaired the hearing.\n\nLowe was furious in May when Commissioner Bill "
        "Reed announced that he was closing the dam. Lowe had opposed the dam in 2012, but by "
        '2018 he was ready to defend it.\n\n"This is a betrayal of our farmers," he said in a '
        "speech.",
        "This is a betrayal of our farmers",
        "Tom Lowe",
    ),
    (
        "Commissioner Bill Reed announced on Monday that he was closing the dam. Senator Tom "
        'Lowe criticised the decision.\n\n"This is a betrayal of our farmers," he said.',
        "This is a betrayal of our farmers",
        "Tom Lowe",
    ),
    # a paragraph that ends in a quote: its speaker is the nearer
    (
        "Senator Tom Lowe chaired the hearing. Commissioner Bill Reed announced that he was "
        'closing the dam. "We have no choice," Reed said.\n\n"The money is gone," he said.',
        "The money is gone",
        "Bill Reed",
    ),
    # a person named only in a clause inside the last sentence is not its main subject
    (
        "Commissioner Bill Reed said the dam would close. The vote passed after Tom Lowe "
        'objected.\n\n"The money is gone," he said.',
        "The money is gone",
        "Bill Reed",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CLOSING)
def test_the_subject_that_closes_the_paragraph_before(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == [speaker]


#: (text, the content's first words, its speaker)
UNNAMED = [
    # an indefinite description of a person as the subject is the "he" after it, in its own
    # words, not the latest man named
    (
        "Professor Tom Reed led the study of the dam. Responding to the study, an agency "
        "spokesperson told reporters that safety was a priority. He said that the agency "
        "would review the data.",
        "the agency would review the data",
        "an agency spokesperson",
    ),
    (
        "Mayor Bill Jones opened the bridge on Friday. One analyst warned that the cables "
        'were old. "It will not last ten years," she said.',
        "It will not last ten years",
        "One analyst",
    ),
    # a reporting verb's object is its hearer, a person or not: the one who spoke is the "he"
    (
        "Professor Tom Reed led the study. An agency spokesperson told John Smith that the "
        "data were sound. He said that the agency would publish them.",
        "the agency would publish them",
        "An agency spokesperson",
    ),
    # an indefinite noun of sex or kinship is a person too
    (
        "Senator Tom Lowe spoke last. A young man in the crowd blasted the council for closing "
        'the library. "They never listen to us," he said.',
        "They never listen to us",
        "A young man in the crowd",
    ),
    # a description a copula equates with a name is that person
    (
        "Mayor Bill Jones opened the bridge on Friday. One man who agrees with the mayor is "
        'Tom Reed, a retired teacher. "It is a fine bridge," he says.',
        "It is a fine bridge",
        "Tom Reed",
    ),
    # an indefinite in a sentence of what holds of anyone (present tense, no report) brings
    # in no one: the "he" is the man the paragraph names
    (
        "Bill Jones has been learning that a party is more than a search for a candidate. A "
        "candidate has to be more than a winner. He has to stand for something. That is the "
        "plan, he says.",
        "That is the plan",
        "Bill Jones",
    ),
    # a definite description a name modifies still describes a person named elsewhere
    (
        "Mayor Bill Jones opened the bridge on Friday. The Acme spokesman said it was safe. "
        '"It will last a hundred years," he said.',
        "It will last a hundred years",
        "Bill Jones",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), UNNAMED)
def test_an_unnamed_description_is_a_pronouns_antecedent(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
