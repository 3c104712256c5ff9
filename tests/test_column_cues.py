"""Reported speech that opinion columns and roundups attribute in ways the base lexicon and the
parse missed (docs/attribution-rules.md): a *that*-clause the parse hung on the object of a
preposition after the cue (``stated in no uncertain terms that ...``, ``told reporters in a
briefing that ...``), reporting verbs of VerbNet's say and complain classes and verbs of
conjecture and demand (*demand, propose, speculate, protest, rule* ...), which report a
clause and never a plan in a gerund, what a poll or a study *found* or *showed*, *each* as a
source, a *that*-clause after a comma that goes on with the report, *made it clear that*, a
noun cue whose clause follows the copula (``Lind's argument is that ...``), *posted* with a
clause, and *in X's words* before a quotation.
The negative cases hold the frames that report nothing.

Every sentence here is written for the test, none taken from an article.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes


def _reports(text: str) -> list[tuple[str, str | None]]:
    article = Article(path="t.txt", raw_text=text, text=text, language="en")
    return [(q["text"], q["cue"]) for q in extract_quotes(load_pipeline()(text), article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both mayors praised the volunteers, and stated in no uncertain terms that they "
            "would keep the shelters open all winter.",
            [("they would keep the shelters open all winter", "stated")],
        ),
        (
            "Harriet Vance told reporters in a briefing that the ferry company had lost the "
            "harbour contract.",
            [("the ferry company had lost the harbour contract", "told")],
        ),
        (
            "The union demanded that the mill release the safety inspections before the vote.",
            [("the mill release the safety inspections before the vote", "demanded")],
        ),
        (
            "Councillor Ruiz speculated that the bypass would never be finished.",
            [("the bypass would never be finished", "speculated")],
        ),
        (
            "The appeals court ruled that the county had drawn the districts unlawfully.",
            [("the county had drawn the districts unlawfully", "ruled")],
        ),
        (
            "A poll of harbour workers found that nearly two thirds opposed the new shift rota.",
            [("nearly two thirds opposed the new shift rota", "found")],
        ),
        (
            "Dunmore and Pryce were right in 2009, when each said that the tunnel tolls were "
            "too high.",
            [("the tunnel tolls were too high", "said")],
        ),
        (
            "Dr. Amara Lind's argument is that the clinic cannot survive without the grant.",
            [("the clinic cannot survive without the grant", "argument")],
        ),
        (
            "Councillor Ruiz posted on Facebook that the bypass was finished.",
            [("the bypass was finished", "posted")],
        ),
        (
            "The bypass is late again. In Ruiz's words: \"We have been promised a road for "
            "twenty years and got a roundabout.\"",
            [("We have been promised a road for twenty years and got a roundabout.", "words")],
        ),
        (
            "A spokesman for the port reiterated the council's position that the quay \"must "
            "stay open to fishing boats\".",
            [('the quay "must stay open to fishing boats"', "reiterated")],
        ),
        (
            "The harbour master repeated the ministry's claim that the trawlers had left.",
            [("the trawlers had left", "repeated")],
        ),
        (
            "Studies of coastal towns have repeatedly shown that ferry fares rise after a "
            "merger.",
            [("ferry fares rise after a merger", "shown")],
        ),
        (
            "The census data show that the island lost a fifth of its people.",
            [("the island lost a fifth of its people", "show")],
        ),
        (
            "The latest harbour poll finds Councillor Ruiz leading the mayor by six points.",
            [("Councillor Ruiz leading the mayor by six points", "finds")],
        ),
        (
            "Above all, Councillor Ruiz made it clear that the bypass would be finished by "
            "spring.",
            [("the bypass would be finished by spring", "made it clear")],
        ),
        (
            "The mayor made known that the quay would close in March.",
            [("the quay would close in March", "made known")],
        ),
        (
            "She made clear that the talks were over.",
            [("the talks were over", "made clear")],
        ),
        (
            "A clinical trial showed that the drug reduced deaths by a third.",
            [("the drug reduced deaths by a third", "showed")],
        ),
        (
            "The poll shows Clinton leading Trump by five points.",
            [("Clinton leading Trump by five points", "shows")],
        ),
        (
            "The harbour board issued a report asserting that the quay was safe for most "
            "boats, that the cranes were now working most of the time, and that the repairs "
            "were finished.",
            [("the quay was safe for most boats, that the cranes were now working most of the "
              "time, and that the repairs were finished", "asserting")],
        ),
    ],
)
def test_reported(text, expected) -> None:
    assert _reports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke at the meeting that the council held in March.",
        "Inspectors found that the back door of the warehouse was unlocked.",
        "The governor ruled out raising the ferry fares this year.",
        "Two shipyards propose launching the new ferries from the northern slipway.",
        "The union demanded a meeting with the board.",
        "The bakery posted a loss that surprised its lenders.",
        "The point is that the bypass will never pay for itself.",
        "The trial found him guilty of fraud.",
        "An audit of the port found him responsible for the losses.",
        "The mayor showed that the quay was safe by walking its length.",
        "The video shows that the ferry left before the storm.",
        "Inspectors found the harbour master hiding the losses.",
        "The mayor made the rules clear to every skipper.",
        "Councillor Ruiz did not make it clear that the bypass would be finished.",
        "Ruiz won two thirds of the vote, making it clear that the bypass would be built.",
        "The coach made the rules clear so that everyone would comply with them.",
        "The results made it clear that the plan had failed.",
        "His silence made it clear that he had no answer.",
        "The vote made it known that the party was divided.",
        "The president's decision made it clear that the alliance was finished.",
        "The police report shows the suspect entering the building at midnight.",
        "Satellite data show the tanker leaving the port of Bandar Abbas.",
        "The data also show the men leaving the building.",
        "The trial showed that the defendant had lied to investigators for years.",
    ],
)
def test_no_report(text) -> None:
    assert _reports(text) == []


def test_a_copy_of_a_doc_reads_its_own_clause_of_made_it_clear() -> None:
    """The clause of *made it clear* read on a doc is not read on a copy of a span of it,
    whose verb stands at the same index but whose clause is left out."""
    doc = load_pipeline()("The mayor made it clear that the quay would close.")
    article = Article(path="t.txt", raw_text=doc.text, text=doc.text, language="en")
    assert [q["cue"] for q in extract_quotes(doc, article)] == ["made it clear"]
    part = doc[:5].as_doc(copy_user_data=True)  # "The mayor made it clear"
    copied = Article(path="t.txt", raw_text=part.text, text=part.text, language="en")
    assert extract_quotes(part, copied) == []
