"""Outlets and documents as speakers, on passages written for the tests in news style (each
with the speaker ``docs/attribution-rules.md`` gives): a name the article writes before a noun
of an outlet's staff or a platform's posts (``a Politico reporter``) is an organisation, so
it is no antecedent of *he* or *she*; a later ``the report`` after a document set apart by
a capitalised word (``the Republican majority report``) takes an author from further back
only if the author agrees with that word (``Democrats`` for ``the Democratic report``, not
for the Republican one); "they" passes over a singular thing that is a subject before it
(``The fact that the Democrats have …, yet they said``), not over an organisation; a reporting
verb's noun in *-ing* with a possessor (``Smith's reporting``) is that possessor's; a
definite ``the paper`` with no earlier paper is the outlet named nearest before it whose name
says it is one, not an organisation named between. Each rule has a case where it must not
apply.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.mentions import find_mentions
from newsdesk.nlp import load_pipeline
from test_speaker_descriptions import speaker_of  # the speakers found for a content

#: (text, the content's first words, its speaker)
CASES = [
    # an outlet named before "reporter" is an organisation: "he" is the man, not the outlet
    (
        "Senator John Hale spoke to a Politico reporter on Monday. Politico said the vote "
        "would slip.\n\n\"We will not vote this week,\" he said.",
        "We will not vote this week",
        "John Hale",
    ),
    # ... and says what it reports itself
    (
        "Senator John Hale spoke to a Politico reporter on Monday. Politico said the vote "
        "would slip.\n\n\"We will not vote this week,\" he said.",
        "the vote would slip",
        "Politico",
    ),
    # a person's surname before such a noun stays the person's
    (
        "Mayor Ann Bell answered a Bell post on Monday. Bell said the budget was balanced.",
        "the budget was balanced",
        "Ann Bell",
    ),
    # "the report" is the one brought in last with words of its own, which has no author here
    (
        "The Democrats on the committee released a report by their staff on Monday.\n\n"
        "According to the Republican majority report, the agents saw no protest.\n\n"
        "\"No one mentioned a video or a protest,\" the report concluded.",
        "No one mentioned a video",
        "the report",
    ),
    # a report set apart by a word is not an earlier report of another kind
    (
        "The Democrats on the committee released a report by their staff on Monday.\n\n"
        "According to the Republican report, the agents saw no protest.",
        "the agents saw no protest",
        "the Republican report",
    ),
    # the same report named again with its own words keeps the author who released it
    (
        "Senator Jane Roe released the Republican report on Monday.\n\n"
        "\"The agency failed,\" the Republican report said.",
        "The agency failed",
        "Jane Roe",
    ),
    # ... but a word made from the owner's name agrees with it
    (
        "The panel's five Democrats released their report on Monday.\n\n"
        "In the Democratic report, the military is cleared of wrongdoing.\n\n"
        "The report says that the security measures were \"woefully inadequate.\"",
        "the security measures were",
        "Democrats",
    ),
    # ... and "the report" after a report with an author is that author's
    (
        "The Democrats on the committee released a report on Monday.\n\n"
        "\"No one mentioned a video or a protest,\" the report concluded.",
        "No one mentioned a video",
        "Democrats",
    ),
    # "they" passes over a singular thing that is the main clause's subject
    (
        "The panel cannot compel testimony, White House counsel Neil Parks said in a letter."
        "\n\nThe fact that the Democrats have released their own report heightens the "
        "partisanship of the inquiry, yet they said they were left with no choice.",
        "they were left with no choice",
        "Democrats",
    ),
    (
        "Union leaders met the mayor on Monday.\n\nThe plan that the leaders have drafted, "
        "which runs to forty pages, cuts hours, yet they said it would save jobs.",
        "it would save jobs",
        "the leaders",
    ),
    # ... not over an organisation that is the clause's subject: "they" is that group, in its
    # own words (a singular group noun the article names no further, quotes 91)
    (
        "Union leaders met the mayor on Monday.\n\nThe council that the leaders lobbied voted "
        "on the plan, and they said it would save jobs.",
        "it would save jobs",
        "The council that the leaders lobbied",
    ),
    # ... nor over a group of people named by a singular noun
    (
        "The jury sat for two days. The lawyers waited outside.\n\nThe jury returned a verdict "
        "on Friday, and they said the evidence was clear.",
        "the evidence was clear",
        "The jury",
    ),
    # ... and never falls back to an earlier singular speaker
    (
        "\"We are done,\" Jane Doe said.\n\nThe jury deliberated for two days. They said the "
        "evidence was clear.",
        "the evidence was clear",
        "The jury",
    ),
    # a reporting verb's noun in -ing with a possessor speaks for the possessor, as a document
    (
        "Reporter Sarah Smith covered the election for the Journal.\n\nAccording to Smith's "
        "reporting, the decision to cut the money was intentional.",
        "the decision to cut the money",
        "Sarah Smith",
    ),
    (
        "Judge Amy Brown heard the case in May.\n\nAccording to Brown's ruling, the law must "
        "stand.",
        "the law must stand",
        "Amy Brown",
    ),
    # ... but with no possessor it names nobody and keeps its own words
    (
        "Reporter Sarah Smith covered the election for the Journal.\n\nAccording to the "
        "reporting, the decision to cut the money was intentional.",
        "the decision to cut the money",
        "the reporting",
    ),
    # ... nor is an -ing noun of a verb that is no reporting verb a speech of its owner
    (
        "Judge Amy Brown heard the case in May.\n\nAccording to Brown's planning, the law "
        "must stand.",
        "the law must stand",
        "Amy Brown's planning",
    ),
    # "the report said" with no owner anywhere stays the report
    (
        "The plant employs 300 people.\n\nThe report said the plant would close next year.",
        "the plant would close",
        "The report",
    ),
    # "the paper" with no paper named before: the outlet named just before it
    (
        "The Times reported the news on Sunday. “Investigators,” the paper said, “had to "
        "consider whether the plant was safe.”",
        "had to consider whether",
        "Times",
    ),
    # ... the outlet, not an organisation named between that no word of its name calls one
    (
        "The Denver Post reported on Friday that the Red Cross had left the city. The paper "
        "said that aid would resume next week.",
        "aid would resume",
        "Denver Post",
    ),
    # ... but a paper of its own named before is its author's
    (
        "The Washington Post reported that Jane Smith published a paper in April. The paper "
        "says that the drug cut deaths by a third.",
        "the drug cut deaths",
        "Jane Smith",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_outlet_or_document_speaker(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Senator John Hale spoke to a Politico reporter. Politico said the vote would slip.",
         "Politico", "ORG"),
        ("The photo went viral. Critics in a Twitter post said Twitter had erred.",
         "Twitter", "ORG"),
        ("Mayor Ann Bell answered a Bell post on Monday. Bell said the budget was balanced.",
         "Ann Bell", "PERSON"),
    ],
)
def test_outlet_before_a_noun_of_its_staff_is_an_organisation(
    text: str, name: str, label: str
) -> None:
    mentions = find_mentions(load_pipeline()(text))
    assert {m["name"]: m["label"] for m in mentions}.get(name) == label
