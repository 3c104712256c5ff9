"""A name's type from the noun it stands beside (``mentions`` layer, version 34), on sentences
of AllSides articles: a name in apposition to a common noun of a work is a title, no actor; after
a comma and a place's noun a place; a place the tagger calls one without a government before a
comma and a state a town; a label of the kind of piece ("ANALYSIS/OPINION:") page furniture.
Negative cases keep what was right.
"""

from __future__ import annotations

import pytest

from conftest import mention_labels

BIOSHOCK = ("In the clever science fiction video game Bioshock, an Objectivist business magnate "
            "named Andrew Ryan (recognize those initials?) creates an underwater city, where the "
            "world's elite members can flourish free from the controls of government.")
NEIGHBORHOOD = ("\"In the central jail, I met with many Syrian rebels and we started coordinating "
                "together. We talked about why my neighborhood, Bustan al Kaser, wasn't "
                "participating in the uprising.\"")
SOUTH_BEND = ("Pete Buttigieg, who is 38 and who was elected mayor of South Bend, Ind., in 2011, "
              "has an all-star résumé — Harvard graduate, Rhodes scholar, Navy veteran who served "
              "in Afghanistan.")
SOUTH_BEND_MAYOR = ("And South Bend, Indiana, Mayor Pete Buttigieg released his plan on Monday, "
                    "which says he would “empower law enforcement — including the FBI, state and "
                    "local authorities — with greater resources.”")
MEMOIR = ("In #NeverAgain, the memoir David and Lauren recently published together, he reflects on "
          "his anti-authoritarian tendencies, recalling how he refused to learn to ride the "
          "Spider-Man bike his parents gave him in kindergarten.")
DATA_ANALYSIS = ("Bill Beach, the director of Data Analysis at the Heritage Foundation disagrees.")
ANALYSIS = ("ANALYSIS/OPINION:\n\nI never thought of Tip O’Neill as an arsonist, hostage-taker or "
            "suicide bomber when I was President Reagan’s White House chief of staff.")


def test_a_name_after_a_works_noun_is_no_actor(nlp) -> None:
    labels = mention_labels(nlp, BIOSHOCK)
    assert "Bioshock" not in labels
    assert labels.get("Andrew Ryan") == "PERSON"


def test_a_name_after_a_comma_and_a_places_noun_is_a_place(nlp) -> None:
    assert mention_labels(nlp, NEIGHBORHOOD).get("Bustan al Kaser") == "LOC"


@pytest.mark.parametrize("text", [SOUTH_BEND, SOUTH_BEND_MAYOR])
def test_a_place_before_a_comma_and_a_state_is_a_town(nlp, text: str) -> None:
    labels = mention_labels(nlp, text)
    assert labels.get("South Bend") == "GPE"
    assert labels.get("Pete Buttigieg") == "PERSON"


def test_a_label_of_the_kind_of_piece_is_no_name(nlp) -> None:
    labels = mention_labels(nlp, ANALYSIS)
    assert "ANALYSIS" not in labels
    assert labels.get("Reagan") == "PERSON"


def test_a_relative_clauses_subject_after_a_works_noun_keeps_its_type(nlp) -> None:
    assert mention_labels(nlp, MEMOIR).get("David") == "PERSON"


def test_a_label_of_the_kind_of_piece_inside_a_name_stays(nlp) -> None:
    assert mention_labels(nlp, DATA_ANALYSIS).get("Data Analysis") == "ORG"
