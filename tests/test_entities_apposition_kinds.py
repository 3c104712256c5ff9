"""A name's type from the noun it stands beside (``mentions`` layer, version 34), on sentences
of AllSides articles: a name in apposition to a common noun of a work is a title, no actor; after
a comma and a place's noun a place; a place the tagger calls one without a government before a
comma and a state a town; a label of the kind of piece ("ANALYSIS/OPINION:") page furniture.
Negative cases keep what was right.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.mentions import find_mentions
from newsdesk.nlp import load_pipeline

BIOSHOCK = ("In the clever science fiction video game Bioshock, an Objectivist business magnate "
            "named Andrew Ryan (recognize those initials?) creates an underwater city, where the "
            "world's elite members can flourish free from the controls of government.")
NEIGHBORHOOD = ("\"In the central jail, I met with many Syrian rebels and we started coordinating "
                "together. We talked about why my neighborhood, Bustan al Kaser, wasn't "
                "participating in the uprising.\"")
SOUTH_BEND = ("Pete Buttigieg, who is 38 and who was elected mayor of South Bend, Ind., in 2011, "
              "has an all-star résumé — Harvard graduate, Rhodes scholar, Navy veteran who served "
              "in Afghanistan.")
ANALYSIS = ("ANALYSIS/OPINION:\n\nI never thought of Tip O’Neill as an arsonist, hostage-taker or "
            "suicide bomber when I was President Reagan’s White House chief of staff.")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _labels(nlp, text: str) -> dict[str, str]:
    return {m["text"]: m["label"] for m in find_mentions(nlp(text)) if m.get("label")}


def test_a_name_after_a_works_noun_is_no_actor(nlp) -> None:
    labels = _labels(nlp, BIOSHOCK)
    assert "Bioshock" not in labels
    assert labels.get("Andrew Ryan") == "PERSON"


def test_a_name_after_a_comma_and_a_places_noun_is_a_place(nlp) -> None:
    assert _labels(nlp, NEIGHBORHOOD).get("Bustan al Kaser") == "LOC"


def test_a_place_before_a_comma_and_a_state_is_a_town(nlp) -> None:
    labels = _labels(nlp, SOUTH_BEND)
    assert labels.get("South Bend") == "GPE"
    assert labels.get("Pete Buttigieg") == "PERSON"


def test_a_label_of_the_kind_of_piece_is_no_name(nlp) -> None:
    labels = _labels(nlp, ANALYSIS)
    assert "ANALYSIS" not in labels
    assert labels.get("Reagan") == "PERSON"
