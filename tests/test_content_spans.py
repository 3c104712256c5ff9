"""Where reported content starts and ends (docs/attribution-rules.md, "Spans"), on real
sentences from the AllSides corpus: a clause that opens with a quotation and runs on past it is
one mixed content; a second report joined to the first (``said X and confirmed Y``) or another
source's report set against it (``…, though the FBI says Y``) ends the first content; a
connective that opens the sentence is no part of it.

Sentences are quoted from articles in ``../shared/data/corpus/allsides-article-bias``
(Baly et al., EMNLP 2020, Apache-2.0 collection; copyright with the outlets), for testing only.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk_eval.quote_set import annotate_quotes

#: (text, [(content, speaker, kind)]) in text order.
SPANS = [
    # a clause that opens with a quotation and goes on past its closing mark: the whole clause
    ("President Donald Trump said “only one thing will work” in dealing with the isolated "
     "country.",
     [("“only one thing will work” in dealing with the isolated country", "Donald Trump",
       "mixed")]),
    # words after the closing mark that tell when it was said are the writer's: the quotation
    ("President Trump told reporters \"the markets are gonna be just fine\" as he welcomed Irish "
     "Prime Minister Leo Varadkar to the White House Thursday.",
     [("the markets are gonna be just fine", "Trump", "partial")]),
    # a second reporting verb joined to the content's verb: the source's next report
    ("A spokesman for Theresa May said that Sir Kim is \"a dutiful, respected government "
     "official\" and confirmed there were no plans for Mrs May and Mr Trump to hold a call to "
     "discuss relations following the leak.",
     [("Sir Kim is \"a dutiful, respected government official\"", "A spokesman for Theresa May",
       "mixed"),
      ("there were no plans for Mrs May and Mr Trump to hold a call to discuss relations "
       "following the leak", "A spokesman for Theresa May", "indirect")]),
    # ... in the cue's own form only: a conjunct that shares the content's perfect is content
    ("Senator John Smith said the ministry had investigated the claims and confirmed that the "
     "report was false.",
     [("the ministry had investigated the claims and confirmed that the report was false",
       "John Smith", "indirect")]),
    # ... and not in the content verb's form: a conjunct in that form goes on with the
    # content's subject (the gunman shouted), or with the content where its subject is the
    # source's (the company denied)
    ("Witnesses said the gunman entered the bank at noon and shouted that everyone should get "
     "down on the floor.",
     [("the gunman entered the bank at noon and shouted that everyone should get down on the "
       "floor", "Witnesses", "indirect")]),
    ("Police said the suspect fled the scene on foot and told witnesses that he would return "
     "with a gun.",
     [("the suspect fled the scene on foot and told witnesses that he would return with a gun",
       "Police", "indirect")]),
    ("The report says the company hides its losses from regulators and denies that it misled "
     "investors in 2019.",
     [("the company hides its losses from regulators and denies that it misled investors in "
       "2019", "The report", "indirect")]),
    ("Senator John Smith said the ministry investigated the claims and confirmed that the "
     "report was false.",
     [("the ministry investigated the claims and confirmed that the report was false",
       "John Smith", "indirect")]),
    # ... but *add* continues a report already made
    ("The minister said the national economy grew by three percent and added that unemployment "
     "fell to a record low.",
     [("the national economy grew by three percent", "The minister", "indirect"),
      ("unemployment fell to a record low", "The minister", "indirect")]),
    # the first content ends before the second report's own words (*also*)
    ("A spokesman said that the talks are over and also confirmed that a deal was close to "
     "being signed.",
     [("the talks are over", "A spokesman", "indirect"),
      ("a deal was close to being signed", "A spokesman", "indirect")]),
    # a cut that would leave the second report's clause too short to keep is not made ...
    ("The minister said the economy grew and added that unemployment fell.",
     [("the economy grew and added that unemployment fell", "The minister", "indirect")]),
    ("She said the economy grew while critics argued that it shrank.",
     [("the economy grew while critics argued that it shrank", None, "indirect")]),
    # ... but a short first piece is kept beside a second report long enough
    ("She said the economy grew while critics argued that it shrank by two percent last year.",
     [("the economy grew", None, "indirect"),
      ("it shrank by two percent last year", "critics", "indirect")]),
    ("The minister said the economy grew and added that unemployment fell to a record low last "
     "year.",
     [("the economy grew", "The minister", "indirect"),
      ("unemployment fell to a record low last year", "The minister", "indirect")]),
    # a conjunction that opens the sentence links the writer's sentences: no part of the content
    ("But inside the White House, officials have begun to \"unwind\" the timeline and "
     "circumstances surrounding the President's call with Zelensky, one White House official "
     "said.",
     [("inside the White House, officials have begun to \"unwind\" the timeline and "
       "circumstances surrounding the President's call with Zelensky",
       "one White House official", "mixed")]),
    # another source's report set against the content by *though*
    ("Russia had previously requested that the FBI investigate Tamerlan Tsarnaev for possible "
     "terrorist ties, though the FBI says a subsequent investigation turned up nothing.",
     [("the FBI investigate Tamerlan Tsarnaev for possible terrorist ties", "Russia", "indirect"),
      ("a subsequent investigation turned up nothing", "FBI", "indirect")]),
    # ... at the content's end only: a further clause of the first report follows here
    ("He said the plan would work for most families, though critics say it is costly, and that "
     "taxes would fall next year.",
     [("the plan would work for most families, though critics say it is costly, and that taxes "
       "would fall next year", None, "indirect")]),
    # *while* before a progressive tells when: part of the content
    ("He said the deal was signed in Geneva while the two presidents were announcing that "
     "sanctions would end.",
     [("the deal was signed in Geneva while the two presidents were announcing that sanctions "
       "would end", None, "indirect")]),
    # *nor*, *either*, *neither* and a title's first word stay; an opening mark stays
    ("Nor will the new plan work for the farmers, the minister said.",
     [("Nor will the new plan work for the farmers", "the minister", "indirect")]),
    ("And Then There Were None is her favourite novel, she said.",
     [("And Then There Were None is her favourite novel", None, "indirect")]),
    ("But “Operation Warp Speed” saved many thousands of lives, the report said.",
     [("“Operation Warp Speed” saved many thousands of lives", "the report", "mixed")]),
    # ... but a capitalised adjective after it opens no title
    ("But Republican leaders will block the bill in the Senate, he said.",
     [("Republican leaders will block the bill in the Senate", None, "indirect")]),
    ("Yet Chinese exporters will face new tariffs, he said.",
     [("Chinese exporters will face new tariffs", None, "indirect")]),
    # a connective is cut only where it opens the sentence, and only one that merely links
    ("He said that, in the end, the deal was fair to both sides.",
     [("in the end, the deal was fair to both sides", None, "indirect")]),
    ("Otherwise, the rebels will attack the capital again, the general warned.",
     [("Otherwise, the rebels will attack the capital again", "the general", "indirect")]),
    ("Then, the army moved into the city, the witness said.",
     [("Then, the army moved into the city", "the witness", "indirect")]),
    ("Still, the plan failed within a year, she said.",
     [("the plan failed within a year", None, "indirect")]),
    # a time, an occasion or a next act after the closing mark is the writer's
    ("He said \"we will win\" on Tuesday in a speech to supporters.",
     [("we will win", None, "partial")]),
    ("He told CNN \"we will win\" last night in an interview.",
     [("we will win", None, "partial")]),
    ("He said \"we will win\" and left the stage without taking questions.",
     [("we will win", None, "partial")]),
    # ... but an occasion after a preposition that places no saying, a time to come and a
    # verb that goes on with the quotation's subject are the content's
    ("The spokesman said \"we have no comment\" on the hearing.",
     [("\"we have no comment\" on the hearing", "The spokesman", "mixed")]),
    ("He said \"we are preparing\" for the debate next month.",
     [("\"we are preparing\" for the debate next month", None, "mixed")]),
    ("The mayor said \"we will meet again\" next week.",
     [("\"we will meet again\" next week", "The mayor", "mixed")]),
    ("The minister said \"prices will fall\" by 2030.",
     [("\"prices will fall\" by 2030", "The minister", "mixed")]),
    ("The economist said \"inflation remains high\" and threatens the recovery across the "
     "region.",
     [("\"inflation remains high\" and threatens the recovery across the region",
       "The economist", "mixed")]),
    ("The spokesman said \"we will appeal the ruling\" and will file papers in court this week.",
     [("\"we will appeal the ruling\" and will file papers in court this week", "The spokesman",
       "mixed")]),
    # ... where the cue has its own time, a time after the mark is the content's
    ("House Minority Leader Nancy Pelosi (D-Calif.) said Wednesday that “the door is "
     "certainly open for us” in 2018.",
     [("“the door is certainly open for us” in 2018", "Nancy Pelosi", "mixed")]),
    # an occasion later in the clause leaves the object or phrase after the mark to the content
    ("John Smith said \"we will sign\" the treaty at a summit in Geneva.",
     [("\"we will sign\" the treaty at a summit in Geneva", "John Smith", "mixed")]),
    ("The senator said \"they will vote\" against the bill at the hearing.",
     [("\"they will vote\" against the bill at the hearing", "The senator", "mixed")]),
    # ... and a cue with its own time leaves a time and an occasion after the mark to the content
    ("John Smith said Wednesday that \"the door is open\" in 2018 at a rally.",
     [("\"the door is open\" in 2018 at a rally", "John Smith", "mixed")]),
    # a perfect cue tells a past: the verb joined after the mark is the speaker's next act
    ("John Smith has told reporters \"we will win\" and left the stage.",
     [("we will win", "John Smith", "partial")]),
    # a linking phrase of concession that opens the sentence is no part of the content
    ("To be sure, successfully compromising voting machines would be difficult, say experts.",
     [("successfully compromising voting machines would be difficult", "experts",
       "indirect")]),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _attributions(nlp, text: str) -> list[dict]:
    return annotate_quotes(nlp(text), Article(path="t.txt", raw_text=text, text=text))


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_content_span(nlp, text: str, expected: list[tuple]) -> None:
    found = _attributions(nlp, text)
    assert [(a["text"], a["speaker"], a["kind"]) for a in found] == expected


def test_an_adverb_of_the_claim_is_no_connective(nlp) -> None:
    """A discourse adverb before a comma (``However,``) is cut from the content's start; an
    adverb of the claim itself is part of what was said."""
    text = ("Normally, he’s got great access, he says, but in this case he has had to rely on "
            "the senators’ public comments.")
    assert _attributions(nlp, text)[0]["text"] == "Normally, he’s got great access"
    substituted = "Instead, the company will build a new plant in Ohio, he said."
    assert _attributions(nlp, substituted)[0]["text"] == "Instead, the company will build a new plant in Ohio"


def test_a_clause_whose_verb_is_elided_is_no_content(nlp) -> None:
    """A report set against the content ends it; what is left before it, a subject and an
    auxiliary standing for an elided verb (``it is``, ``he did``), says nothing of its own."""
    for text in ("She said it is while critics argued that it shrank by two percent last year.",
                 "He said he did while critics argued that it shrank by two percent last year."):
        found = [(a["text"], a["speaker"]) for a in _attributions(nlp, text)]
        assert found == [("it shrank by two percent last year", "critics")]
