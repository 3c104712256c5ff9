"""Organisations a definite description stands for, on sentences written for the tests in
news style: ``the network``, ``the court``, ``the company`` is the nearest organisation named
before it whose name may be of that kind (a broadcaster, a court, a company), or the nearest
description with its head and a name (``the Obama administration``), passing over a nearer or
a speaking organisation of another kind or one its modifier does not name (``the trial
court``); with none of its kind named (a department
is part of a government, not one), the description keeps its own words. A noun of any
organisation (``the group``, ``the agency``) is the nearest organisation named before it, not
the latest one that spoke, whatever its modifiers (``the advocacy group``), and never a court
or an event. A document's
owner is the subject the parse hung on a hyphenated adverb it took for the head noun (``The
company flat-out denied … in a statement``)."""

from __future__ import annotations

import pytest

from newsdesk.entities.org_kinds import ORG_NOUNS
from newsdesk.nlp import load_pipeline
from newsdesk.quotes.speakers.documents import _hyphened_adverb_repaired
from newsdesk.quotes.speakers.kinds import (
    COMPANY,
    COURT,
    EVENT,
    GOVERNMENT,
    MEDIA,
    MINISTRY,
    ORGANISATION,
    description_kind,
    fits,
    name_kind,
)
from test_speaker_descriptions import speaker_of

#: (text, the content's first words, its speaker)
CASES = [
    # a broadcaster named in passing, after a company that spoke
    (
        "Acme Corp. said it would cut 200 jobs.\n\nIts chief executive appeared on Fox News "
        "on Monday.\n\nThe network said on Tuesday that the interview would air again.",
        "the interview would air",
        "Fox News",
    ),
    # a court, after a government department that spoke as the subject before it
    (
        "The Justice Department said the law was sound.\n\nLawyers took the case to the Supreme "
        "Court in March, and the court ruled that the law must stand.",
        "the law must stand",
        "Supreme Court",
    ),
    # a company named with no word of its kind, not the ministry that spoke of it
    (
        "Boeing won the contract, the Ministry of Defence said on Monday.\n\nThe company said "
        "it would deliver the jets by May.",
        "it would deliver",
        "Boeing",
    ),
    # no administration named as an organisation: the description with its name before it
    (
        "The Department of Transportation said its budget would shrink.\n\nThe Obama "
        "administration has warned of delays for months. The administration said that air "
        "traffic controllers would be sent home.",
        "air traffic controllers",
        "Obama administration",
    ),
    # a court its modifier does not name: its own words
    (
        "The California Supreme Court ruled on the case in 1971.\n\nThe trial court said that "
        "the law was unconstitutional.",
        "the law was unconstitutional",
        "The trial court",
    ),
    # no court named: the description keeps its own words
    (
        "Acme Corp. said the law was unfair to small firms.\n\nThe court ruled that the law "
        "must stand.",
        "the law must stand",
        "The court",
    ),
    # a department is part of a government, not the government: its own words
    (
        "The Department of Justice charged him in May.\n\nThe government said that he had "
        "leaked the files.",
        "he had leaked",
        "The government",
    ),
    # no company named, only a government body: its own words
    (
        "The Ministry of Defence said the contract had been signed.\n\nThe company said it "
        "would deliver the ships by May.",
        "it would deliver",
        "The company",
    ),
]

#: A company that spoke two paragraphs before a noun of any organisation.
_SPOKE = ("Acme Corp. said on Monday that it would close a plant in Ohio.\n\nWorkers protested all "
          "week.\n\n")
#: Nouns of any organisation: the nearest named before them, not the latest that spoke.
ANY_ORGANISATION = [
    (_SPOKE + "The plan was criticised in a report by Oxfam on Tuesday. The group said that the "
     "closure would cost 300 jobs.", "the closure would cost", "Oxfam"),
    # a modifier describes the organisation, it does not name it
    (_SPOKE + "The plan was criticised in a report by Oxfam on Tuesday. The advocacy group said "
     "that the closure would cost 300 jobs.", "the closure would cost", "Oxfam"),
    (_SPOKE + "The plan was reviewed by the Environmental Protection Agency in March. The agency "
     "said that the site was safe.", "the site was safe", "Environmental Protection Agency"),
    # a department is a ministry's kind: a department named, not the company
    (_SPOKE + "The plan was reviewed by the Justice Department in March. The department said "
     "that the sale was legal.", "the sale was legal", "Justice Department"),
    # a court named nearer is no organisation the noun stands for: the one that spoke
    ("The Red Cross said on Monday that aid had arrived.\n\nWorkers protested all week.\n\n"
     "The case was heard by the Supreme Court in May. The organization said that the trucks "
     "were stopped.", "the trucks were stopped", "Red Cross"),
    # nor is an event the tagger may call an organisation
    (_SPOKE + "The plan was discussed at the Cannes Film Festival in May. The organization said "
     "that the plant was safe.", "the plant was safe", "Acme Corp."),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_organisation_description(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


@pytest.mark.parametrize(("text", "content", "speaker"), ANY_ORGANISATION)
def test_organisation_of_any_kind(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == [speaker]


def test_kinds_of_nouns() -> None:
    assert description_kind("group") == description_kind("agency") == ORGANISATION
    assert description_kind("network") == MEDIA and description_kind("senator") is None
    assert name_kind("Oxfam Group") is None and name_kind("Cannes Film Festival") == EVENT
    assert fits(ORGANISATION, "Oxfam") and fits(ORGANISATION, "Justice Department")
    assert not fits(ORGANISATION, "Supreme Court")
    assert not fits(ORGANISATION, "Cannes Film Festival")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Fox News", MEDIA), ("U.S. Court of Appeals for the Ninth Circuit", COURT),
     ("Ministry of Defence", MINISTRY), ("Acme Corp.", COMPANY), ("Boeing", None),
     ("McClatchy Co.", COMPANY), ("Acme Inc", COMPANY), ("Fox News.", MEDIA)],
)
def test_name_kind(name: str, kind: str | None) -> None:
    assert name_kind(name) == kind


def test_a_legal_form_with_its_dot_is_read_as_written() -> None:
    # the table holds "co." and not "co": the head is read as written before its dot is dropped
    assert fits(COMPANY, "McClatchy Co.") and not fits(MEDIA, "McClatchy Co.")


def test_fits() -> None:
    assert fits(COMPANY, "Fox News") and fits(COMPANY, "Boeing") and fits(None, "Supreme Court")
    assert not fits(COURT, "Boeing") and not fits(GOVERNMENT, "Acme Corp.")
    assert not fits(MEDIA, "Supreme Court") and not fits(GOVERNMENT, "Department of Justice")
    assert fits(MINISTRY, "Ministry of Defence") and not fits(MINISTRY, "Boeing")


def test_a_description_of_an_event_stands_for_an_events_name_alone() -> None:
    assert description_kind("summit") == EVENT and fits(EVENT, "Cannes Film Festival")
    others = ("Fox News", "Supreme Court", "Acme Corp.", "Boeing")
    assert not any(fits(EVENT, name) for name in others)


def test_every_noun_of_the_table_has_a_kind_that_fits_or_not() -> None:
    names = ("Fox News", "Supreme Court", "Acme Corp.", "Ministry of Defence", "Boeing",
             "Cannes Film Festival", "Oxfam Group")
    for noun in ORG_NOUNS:
        assert all(fits(description_kind(noun), name) in {True, False} for name in names), noun


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [("The company flat-out denied the allegations in a statement.", "company"),
     ("The company denied the allegations in a statement.", "company")],
)
def test_hyphenated_adverb_subject(sentence: str, subject: str) -> None:
    found = next(t for t in load_pipeline()(sentence) if t.dep_ == "nsubj")
    assert _hyphened_adverb_repaired(found).text == subject


def test_police_is_a_department() -> None:
    # the police that spoke is the department, not a fire department named before it
    text = ("The Seattle fire department arrived at the scene at 10.46pm.\n\nThe fire department "
            "was soon notified.\n\n“The victim was taken to hospital,” police said in a blog post "
            "Monday.\n\nThe teenager was treated and released, the department said.")
    assert speaker_of(text, "The teenager was treated") == ["police"]


@pytest.mark.parametrize(
    ("name", "kind", "fitting", "not_fitting"),
    [("International Criminal Court", COURT, COURT, COMPANY),
     ("Seattle Police", MINISTRY, MINISTRY, COMPANY),
     ("Trump Administration", GOVERNMENT, GOVERNMENT, MEDIA)],
)
def test_a_names_kind_is_read_from_any_noun_of_the_table(
    name: str, kind: str, fitting: str, not_fitting: str
) -> None:
    # a name the tagger made an organisation says its kind by any noun of the table, not only
    # by those that make a name an organisation: no court is named with a mark of one
    assert name_kind(name) == kind and fits(fitting, name) and not fits(not_fitting, name)
