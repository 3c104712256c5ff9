"""Re-mentions of organisations and documents, on real text: each case is a passage cut down
from an article of the AllSides corpus (``../shared/data/corpus/allsides-article-bias``, Baly
et al., EMNLP 2020, Apache-2.0 collection; copyright with the outlets), for testing only, with
the speaker ``docs/attribution-rules.md`` gives its attribution. A definite description of an
organisation (``the company``, ``the news agency``) is the organisation a subject named before
it, also where the tagger gave that subject no name, before a nearer name compounded on a
common noun (``the U.S.-Mexico border``); a noun of any organisation narrowed by a noun
of a kind (``news agency``) is of that kind; ``the statement`` after ``X said in a statement``
is X's, in X's own words where X is a common noun of a person or an organisation. Negative
case: a statement whose maker is neither keeps the earlier document's words. An organisation
is as recent as its latest mention, a report of its own by a source resolved to it among them
(the Washington Post, not the Senate named once since); a definite plural (``the
researchers``) is the nominal source of its head that spoke before it, however far back,
unless people named together have been a subject since (negative case: ``the lawmakers``
after three representatives named together keeps its words).
"""

from __future__ import annotations

import pytest

from newsdesk.nlp import load_pipeline
from newsdesk.quotes.speakers.kinds import COMPANY, MEDIA, ORGANISATION
from newsdesk.quotes.speakers.organisations import kind_of
from test_speaker_descriptions import speaker_of

#: A company the tagger gave no name, a border compounded on a name it read as an organisation's
#: (Daily Caller, 2017).
_CARDS = (
    "A company behind a popular card game is trying to sabotage President Donald Trump’s plan "
    "to build a wall along the U.S.-Mexico border by purchasing up portions of land in that "
    "long horizontal area, and offering potential customers a cut.\n\nKnown as “a party game "
    "for horrible people,” Cards Against Humanity is asking for $15 from visitors to its site "
    "in a holiday promotion claiming that in return they’ll receive “six surprises.”\n\nOne of "
    "those gifts, according to the company, is a formal opportunity to buy a plot of land on "
    "or right near the border.\n\nNevertheless, the company says “America will be saved,” "
    "specifically from “injustice, lies, racism, the whole enchilada” if people send $15."
)

#: An outlet the tagger gave no name, an inverted "reports the news agency" (AllSides, 2020).
_AGENCY = (
    "“If this is not a drafting error, then it’s the worst idea I’ve seen in a long time,” "
    "said Graham, reports Fox News.\n\nThe Washington Post reports that it’s possible the "
    "Senate leadership will not authorize changes to the text of the bill. It’s currently "
    "unclear whether the wording of the text is a drafting error.\n\nIn the bill’s current "
    "form, the federal government would send $1,200 checks to American adults, reports the "
    "news agency.\n\nThe bill would also create a $500 billion fund for cities, states, and "
    "industries, reports the news agency."
)

#: A statement whose maker is named by a common noun (Al Jazeera, 2019).
_STATEMENT = (
    "Two United States service members have been killed in a helicopter crash in Afghanistan, "
    "the US military said in a statement on Wednesday.\n\n\"The cause of the crash is under "
    "investigation, however preliminary reports do not indicate it was caused by enemy fire,\" "
    "the statement said."
)

#: An outlet that spoke, and a body named in passing after it (AllSides, 2020): the outlet's
#: own report is its latest mention.
_AGENCY_AFTER_SENATE = (
    "Senators Lindsay Graham (R-SC), Tim Scott (R-SC) and Ben Sasse (R-NE) have called for a halt "
    "to the $2 trillion stimulus bill, which was reportedly approved in a deal between the White "
    "House and Senate leaders around 1 a.m. Wednesday morning.\n\nThe Washington Post reports "
    "that it’s possible the Senate leadership will not authorize changes to the text of the bill, "
    "as many people saw the deal “as a compromise to win Democratic support.” It’s currently "
    "unclear whether the wording of the text is a drafting error or represents a deliberate "
    "policy choice.\n\nIn the bill’s current form, the federal government would send $1,200 "
    "checks to American adults, with some restrictions, and allocate $367 billion to a small "
    "business loan program, reports the news agency.\n\nThe bill would also create a $500 "
    "billion fund for cities, states, and industries, and provide $130 billion for hospitals "
    "across the country, reports the news agency."
)

#: A group that spoke, re-mentioned by its head five paragraphs on (Mother Jones, 2019).
_RESEARCHERS = (
    "Researchers from Johns Hopkins University scoured thousands of pages of internal FDA "
    "documents, obtained through public records requests, and found that the agency has failed "
    "to adequately track whether one of its key strategies for addressing opioid misuse has been "
    "effective.\n\nBut according to the internal documents surfaced by the Johns Hopkins "
    "researchers, it appears the FDA has not been able to show that its training program worked: "
    "Opioid makers did not collect the right data to track how the training was going, and even "
    "after the FDA discovered this, according to the Johns Hopkins researchers, the agency did "
    "not correct the problem.\n\n“What’s surprising here is the design of the program was "
    "deficient from the start,” Caleb Alexander, an author on the study, told the New York "
    "Times.\n\nSome of the data that was collected isn’t encouraging.\n\nNearly 50,000 people "
    "around the country died from opioid overdoses in 2017.\n\nResponding to the study, an FDA "
    "spokesperson told Mother Jones that the issue of opioid misuse was a top priority for the "
    "Trump administration.\n\nAfter reaching a peak in 2012, opioid prescription rates fell in "
    "2017. But rates are still high in certain parts of the country, the researchers warned."
)

#: A group that spoke, and people named together since (Politico, 2020): the plural means
#: the nearer group, which keeps the description's words here.
_LAWMAKERS = (
    "Two lawmakers have called for the Drug Enforcement Administration to stop conducting covert "
    "surveillance on civilians.\n\nThe Justice Department temporarily expanded the DEA’s power "
    "to collect information on protesters last weekend.\n\nIn recent days, the Justice "
    "Department has deployed agents from the FBI to back up local police.\n\nNews of the "
    "unusual expansion of powers raised concerns among critics.\n\nOn Monday, Democratic Reps. "
    "Andy Levin, Jamie Raskin and Ilhan Omar, who represents Minnesota, sent their own letter to "
    "Barr demanding he rescind the expanded surveillance powers granted to the DEA.\n\n“The memo "
    "fails to describe or place any guardrails around such surveillance,” the lawmakers wrote."
)

#: (text, the content's first words, its speaker)
CASES = [
    (_AGENCY_AFTER_SENATE, "In the bill’s current form", "Washington Post"),
    (_AGENCY_AFTER_SENATE, "The bill would also create", "Washington Post"),
    (_RESEARCHERS, "rates are still high", "Researchers from Johns Hopkins University"),
    (_LAWMAKERS, "The memo fails", "the lawmakers"),
    (_CARDS, "“America will be saved", "Cards Against Humanity"),  # the mixed clause
    (_CARDS, "is a formal opportunity", "Cards Against Humanity"),
    (_AGENCY, "In the bill’s current form", "Washington Post"),
    (_AGENCY, "The bill would also create", "Washington Post"),
    # the outlet that reports the speaker's words is the source (docs/attribution-rules.md)
    (_AGENCY, "If this is not a drafting error", "Fox News"),
    (_STATEMENT, "The cause of the crash", "the US military"),
    # a statement whose maker is a person named by a common noun (written for the tests)
    (
        "A new law took effect in May, the mayor said in a statement on Friday.\n\n\"The law "
        "protects tenants,\" the statement said.",
        "The law protects tenants",
        "the mayor",
    ),
    # a statement whose maker is no person or organisation: the earlier document's own words
    # (written for the tests)
    (
        "Prices rose in May, the figures showed in a statement of accounts.\n\n\"Costs are "
        "rising faster than wages,\" the statement said.",
        "Costs are rising",
        "a statement of accounts",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_remention_of_an_organisation_or_a_document(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The news agency said it was true.", MEDIA),
        ("The news service said it was true.", MEDIA),
        ("The agency said it was true.", ORGANISATION),
        ("The drug company said it was true.", COMPANY),
    ],
)
def test_a_noun_of_a_kind_narrows_a_noun_of_any_organisation(sentence: str, kind: str) -> None:
    doc = load_pipeline()(sentence)
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.i < 4)
    assert kind_of(subject) == kind
