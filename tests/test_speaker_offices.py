"""Speakers an office's description stands for, on real text: each case is a passage cut down
from an article of the AllSides corpus (``../shared/data/corpus/allsides-article-bias``, Baly
et al., EMNLP 2020, Apache-2.0 collection; copyright with the outlets), for testing only, with
the speaker ``docs/attribution-rules.md`` gives its attribution. An office said in the present
(``the secretary of state``) is held now, not by a holder the article calls ``former``; a
capitalised office several people are given is the one the article names most; a place the
parse took for a source is no person a later ``the president`` could mean; an indefinite
under a modal (``can … elect a president who``) introduces nobody the description could mean.
Each rule has a case where it must not apply: ``the former secretary``, an office nobody is
given, a passage that names no president, a president met in fact (a sentence written for
the test). Of several holders, a description that says ``former`` is the former one named
most, not the current holder, and of the subjects before it a former holder (passages
written for the test). An infinitive an implicative verb governs (``went on to meet a
president``) happened, one under ``hope`` or a modal did not (sentences written for the
test). A description that says ``former`` when the article names no former holder keeps its
own words, unless the person it follows is given no title (sentences written for the test).
"""

from __future__ import annotations

import pytest

from test_speaker_descriptions import speaker_of

#: The Washington Examiner column (seed 23 of the judged draws): Mike Pompeo is given the
#: office first, then Rex Tillerson as its former holder; ``{}`` is the description.
_POMPEO = (
    "Secretary of State Mike Pompeo, we now know, made his unannounced trip to North Korea "
    "earlier this week in order to secure the release of three American hostages.\n\n"
    "In the piece, the writer suggests that Pompeo's absence during President Trump's Iran "
    "Deal announcement is reminiscent of former Secretary of State Rex Tillerson's "
    "\"irrelevance.\"\n\n"
    "Mr. Trump soon replaced Mr. Tillerson with Mike Pompeo, who has promised to bring back "
    "the State Department’s “swagger” and import.\n\n"
    "While Pompeo could have been contacted midflight, the secretary’s \"aging plane has such "
    "poor equipment that calls are often dropped midsentence,\" the Times made sure to note.\n\n"
    "Of course, at the time, the editors did not know why Pompeo had hopped on a plane. The {} "
    "had simply told the Times and other press that he was on his way to North Korea to "
    "prepare for upcoming summit between Trump and Kim Jong Un."
)

#: A CNN column (seed 18): two people are given the title President, Obama most often.
_PRESIDENTS = (
    "In case you haven't noticed, President Obama has been flexing his executive muscles "
    "lately. After all, he lost control of the Senate in the last election.\n\n"
    "President Bill Clinton famously declared his relevance, months after losing control of "
    "the House in 1994. Obama, on the other hand, is literally leaping into unilateral "
    "action: On immigration! On Cuba!\n\n"
    "It wasn't exactly a state secret that Obama had a lot on his to-do list after the "
    "election. At the press conference today, the President strongly hinted that he would "
    "veto the Keystone XL Pipeline."
)

#: A Fox News column (seed 22): the parse hangs ``which says`` on the Middle East.
_MIDDLE_EAST = (
    "{}This is part of the failed ideology he has applied to the Middle East, which says "
    "that if we will just be nice to our enemies, they will be nice to us.\n\n"
    "The president promised to cut the deficit in half by the end of his first term."
)

#: A CNN analysis (AllSides): an indefinite under a modal (``can … elect a president who``)
#: introduces nobody in particular; ``{}`` is the sentence with the indefinite.
_OBAMA = (
    "Washington (CNN) President Barack Obama's plan to take the immigration system in his own "
    "hands is a daring test of the limits of presidential power.\n\n"
    "The most realistic path may be for Republicans, who next year will control both chambers "
    "of Congress, to cut funding for Obama's executive actions. {} who might overturn Obama's "
    "executive order.\n\n"
    "The debate over Obama's authority is partially of his own making. No one has made the "
    "case against the course of action Obama is taking better than the former constitutional "
    "law professor who now sits in the Oval Office.\n\n"
    "Under pressure for years by Hispanic supporters to stem deportations, the president has "
    "repeatedly complained that he cannot just wave a magic wand and make things right."
)

#: Written for the test: a current holder of the office and a former one named twice; the
#: first ``{}`` is a sentence after them (another former holder, or the current one again),
#: the second the description, said after a senator, who holds another title.
_FORMER = (
    "President Donald Trump spoke on Monday about the deal. Former President Barack Obama "
    "criticised the deal in a speech. Obama spoke again in Chicago on Tuesday. {}\n\n"
    "Sen. Ted Cruz, a Texas Republican, defended the deal.\n\n"
    "“It was a mistake,” the {} said."
)

#: Written for the test: the current holder and a former one are subjects of the paragraph
#: before the description (``{}``), the current holder first.
_SUBJECTS = (
    "Former President Barack Obama criticised the deal on Monday.\n\nPresident Donald Trump "
    "answered on Twitter, and Obama spoke again. “It was a mistake,” the {} said."
)

#: Written for the test: the current holder, then a senator, who holds another title, and no
#: former holder of the office; ``{}`` is the description.
_NO_FORMER = (
    "President Donald Trump spoke on Monday about the deal. Trump spoke again in Chicago on "
    "Tuesday.\n\nSen. Ted Cruz, a Texas Republican, defended the deal.\n\n"
    "“It was a mistake,” the {} said."
)

#: Written for the test: one person named, given no title; ``{}`` is the description.
_UNTITLED = (
    "Barack Obama spoke in Chicago on Tuesday about the deal.\n\n"
    "“It was a mistake,” the {} said."
)

CASES = [
    # an office said in the present is its current holder, not the former one named later
    (_POMPEO.format("secretary of state"), "he was on his way", "Mike Pompeo"),
    # ... but a description that says "former" may mean the former holder
    (_POMPEO.format("former secretary of state"), "he was on his way", "Rex Tillerson"),
    # of several holders, "the former president" is the former one named most, not the
    # current holder, and "the president" the current one
    (_FORMER.format("Former President George W. Bush stayed silent.", "former president"),
     "It was a mistake", "Barack Obama"),
    (_FORMER.format("Trump answered on Twitter.", "former president"), "It was a mistake",
     "Barack Obama"),
    (_FORMER.format("Trump answered on Twitter.", "president"), "It was a mistake",
     "Donald Trump"),
    # a capitalised office given to several people: the one the article names most
    (_PRESIDENTS, "he would veto", "Obama"),
    # ... and one nobody is given keeps its own words
    (
        "The Senate left town on Friday without a deal.\n\nAt the press conference today, the "
        "President strongly hinted that he would veto the Keystone XL Pipeline.",
        "he would veto",
        "the President",
    ),
    # a place is no person: "the president" is the president named before it
    (
        _MIDDLE_EAST.format("President Barack Obama spoke on Monday. "),
        "to cut the deficit",
        "Barack Obama",
    ),
    # ... and with no president named, the description keeps its own words
    (_MIDDLE_EAST.format(""), "to cut the deficit", "The president"),
    # an indefinite under a modal introduces no one: the office is the president named
    (
        _OBAMA.format("Or they can wait until 2016 and elect a president"),
        "he cannot",
        "Barack Obama",
    ),
    # ... but one met in fact is the unnamed person the description goes on to mean
    (_OBAMA.format("Last week they met a president"), "he cannot", "the president"),
    # ... as is one met under an implicative verb's infinitive ("went on to", "managed to")
    (_OBAMA.format("Last year they went on to meet a president"), "he cannot", "the president"),
    (_OBAMA.format("Last year they managed to find a president"), "he cannot", "the president"),
    # ... but not one under a verb of wish or plan, nor an implicative verb under a modal
    (_OBAMA.format("Or they hope to elect a president"), "he cannot", "Barack Obama"),
    (_OBAMA.format("Or they might go on to elect a president"), "he cannot", "Barack Obama"),
    # a subject before "the former president" is a former holder, not the current one
    (_SUBJECTS.format("former president"), "It was a mistake", "Barack Obama"),
    (_SUBJECTS.format("president"), "It was a mistake", "Donald Trump"),
    # with no former holder named, "the former president" keeps its own words: not the
    # latest person, who holds another title, nor the current holder as its subject
    (_NO_FORMER.format("former president"), "It was a mistake", "the former president"),
    (_NO_FORMER.format("president"), "It was a mistake", "Donald Trump"),
    ("President Donald Trump answered on Twitter. “It was a mistake,” the former president "
     "said.", "It was a mistake", "the former president"),
    ("President Donald Trump answered on Twitter. “It was a mistake,” the president said.",
     "It was a mistake", "Donald Trump"),
    # ... but a person the article gives no title may be the former holder
    (_UNTITLED.format("former president"), "It was a mistake", "Barack Obama"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_office_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]
