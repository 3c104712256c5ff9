"""A name's type from its context (``mentions`` layer, version 33), on sentences of AllSides
articles: a common noun capitalised only because it opens a sentence is no name; a name in
apposition after a common noun of a body is an organisation; a given and a family name in a list
of people is a person; a name after "in" before a comma and a state is a place; holidays and
recessions are events, no actor. Negative cases keep what was right before.
"""

from __future__ import annotations

import pytest

from conftest import mention_labels

AWARENESS = ("Check out the ingredients on the labels. Opt for reduced sugar products. Awareness is "
             "a good start. As Daniel Lieberman said: \"We need to realize that our bodies are not "
             "adapted to the amount of sugar that we are pouring into them.\"")
AUTHENTICITY = ("Can he take it too far? Absolutely.\n\nAuthenticity doesn’t mean putting your dental "
                "visits on social media or penning blog posts that read like a 10th-grade term "
                "paper about your quixotic road trips.")
APPLE = ("Apple declined to comment on the report. The company has said little about its plans "
         "for the apple orchard in Cupertino.")
ANONYMOUS = ("In the shooting's aftermath, the notorious hacking collective Anonymous has taken "
             "credit for burrowing into the city website and shutting it down for much of the day "
             "Monday. The group also released what it said were audio excerpts.")
CARLSON = "Fox News host Tucker Carlson said the company had pulled its advertisements."
WOMEN = ("I have felt such moments of pride at many points in recent history for the achievements "
         "of Shirley Chisholm, Patsy Mink, Sandra Day O'Connor, Condi Rice, Nancy Pelosi, Barbara "
         "Mikulski, Sonya Sotomayor, Loretta Lynch, and so many others.")
SIOUX_CITY = ("I'd argue that forcing them to share Jello salad with caucus attenders from Sioux City, "
              "or Apple Wine with voters from Franconia -- voters who otherwise won't get near the "
              "occupant of the Oval Office -- is a necessary obstacle.")
BIG_MACHINE = ("The statement, which was obtained by Variety, claimed that Big Machine and Dick Clark "
               "Productions had \u201ccome to terms on a licensing agreement that approves their "
               "artists\u2019 performances to stream post show.\u201d")
CREDITS = ("Associated Press photographer Alex Brandon in Washington and AP freelancer Meredith "
           "Somers in Upper Marlboro, Maryland, contributed to this report.")
FORT_HOOD = "The soldier was stationed at Fort Hood, Texas, before he deployed to Iraq."
PARADE = ("Those included St. Pat’s for All, an organization that had been fighting to get into the "
          "St. Patrick’s Day parade on Fifth Avenue for nearly two decades.")
RECESSION = ("The federal aid could rival or exceed that of the Great Recession in 2008, when a "
             "financial industry crisis led to widespread layoffs.")


@pytest.mark.parametrize(("text", "word"), [(AWARENESS, "Awareness"), (AUTHENTICITY, "Authenticity")])
def test_a_common_noun_opening_a_sentence_is_no_name(nlp, text: str, word: str) -> None:
    assert word not in mention_labels(nlp, text)


def test_a_proper_noun_opening_a_sentence_stays_a_name(nlp) -> None:
    assert mention_labels(nlp, APPLE).get("Apple") == "ORG"


def test_a_name_after_a_bodys_noun_is_an_organisation(nlp) -> None:
    assert mention_labels(nlp, ANONYMOUS).get("Anonymous") == "ORG"


def test_a_name_after_a_persons_noun_stays_a_person(nlp) -> None:
    assert mention_labels(nlp, CARLSON).get("Tucker Carlson") == "PERSON"


def test_a_name_in_a_list_of_people_is_a_person(nlp) -> None:
    labels = mention_labels(nlp, WOMEN)
    assert labels.get("Sandra Day O'Connor") == "PERSON"
    assert labels.get("Shirley Chisholm") == "PERSON"


def test_a_place_listed_with_a_taggers_person_stays_a_place(nlp) -> None:
    assert mention_labels(nlp, SIOUX_CITY).get("Sioux City") == "GPE"


def test_a_name_opened_by_an_english_word_listed_with_people_keeps_its_type(nlp) -> None:
    assert mention_labels(nlp, BIG_MACHINE).get("Big Machine") != "PERSON"


def test_a_name_after_in_before_a_state_is_a_place(nlp) -> None:
    labels = mention_labels(nlp, CREDITS)
    assert labels.get("Upper Marlboro") == "GPE"
    assert labels.get("Meredith Somers") == "PERSON"


def test_a_base_at_a_state_keeps_its_type(nlp) -> None:
    assert mention_labels(nlp, FORT_HOOD).get("Fort Hood") != "GPE"


@pytest.mark.parametrize(("text", "words"), [(PARADE, "Patrick’s Day"), (RECESSION, "Great Recession")])
def test_holidays_and_recessions_are_no_actor(nlp, text: str, words: str) -> None:
    assert not any(words in name for name in mention_labels(nlp, text))
