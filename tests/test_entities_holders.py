"""Who a short or ambiguous mention stands for (``mentions`` layer, version 32), on sentences of
AllSides articles: a title before a surname is that person's role, so "the president" goes to no
other president; a bare description holds no office tied to a body ("vice president at" a
think tank) and an apposition ends at a line break; a title before the only full name, written
later, or of another office than the full name's gives that name no role; a one-word name with a determiner of its own is a family's; a name given as
someone's relative is named in passing; a lone given name is the one full name it begins; a
place after "in" is no surname. Negative cases keep what was right before.
"""

from __future__ import annotations

import pytest

from newsdesk.entities.mentions import find_mentions
from newsdesk.nlp import load_pipeline

TRUMP = ("President Trump's fiery response to the events in Charlottesville, Virginia, had a lot "
         "of people upset. The New York Times' Glenn Thrush reported this week that Kushner and "
         "Ms. Trump had urged the president to denounce the white nationalist protesters \"more "
         "forcefully.\" The outlet pointed to a meeting between Trump and Mexican President "
         "Enrique Peña Nieto, which Kushner was trying to arrange.")
PENA_NIETO = ("The outlet pointed to a meeting between Trump and Mexican President Enrique Peña "
              "Nieto, which Kushner was trying to arrange. The president later called it off.")
IMPEACHMENT = ("Democrats have turned scattered talk of President Obama's impeachment into a sustained "
               "rallying cry. The president and first lady Michelle Obama have warned of that "
               "possibility on the stump.")  # the titled surname comes before the only full name
PENCE = ("Biden slammed Trump's statement that President Barack Obama founded ISIS.\n\nMUST WATCH "
         "Mike Pence: Trump 'serious' about Obama, ISIS 02:01\n\nThe official called on the State "
         "Department to release a list of individuals who had obtained visas.")
SALMAN = ("Pompeo said he met with King Salman, the King's son, Crown Prince Mohammed bin Salman, "
          "and Foreign Minister Adel al-Jubeir.\n\nSaudi Arabia's King Salman, right meets with US "
          "Secretary of State Mike Pompeo in Riyadh. The King's son was not there.")
MILLER = ("\"The president and the vice president wouldn't be knowledgeable about specific "
          "decisions that are made by security professionals.\" \"It can't be ending on a high,\" "
          "said Aaron David Miller, vice president at the Woodrow Wilson International Center "
          "for Scholars.")
MCCLOSKEY = ("Gardner said Mark and Patricia McCloskey will be charged with felony unlawful use of "
             "a weapon. Missouri Attorney General Eric Schmitt moved on Monday to dismiss the "
             "charges against the McCloskey's, saying their Second Amendment rights have been "
             "violated.")
MCDONNELL = ("Bob McDonnell rejected a plea deal that would have charged him with one felony and let "
             "Maureen McDonnell off free. The McDonnells -- or each McDonnell, given the state of "
             "their marriage -- must have decided that they had a fantastic chance.")
CHAFEE = ("Former Rhode Island Gov. Lincoln Chafee ended his bid on Friday. Both Chafee and Webb "
          "had barely campaigned, making only a handful of visits to early states.")
ASSAD = "Bashar al-Assad spoke on Monday. Critics of the Assad regime said nothing had changed."
COMEY = ("\"That's not the Jim Comey I knew.\" But those who continued to believe in him were "
         "certain. \"My grandfather, William J. Comey, was a police officer,\" Comey has said.")
PAUL = ("\"I do not recall ever discussing it with Jared, Paul or anyone else,\" Trump said, "
        "referring to Jared Kushner, a campaign adviser, and Paul Manafort, the campaign's chairman "
        "at the time.")
MANCHESTER = ("British fury over leaks from U.S. intelligence sources to the American media, after a "
              "detailed analysis and photographic evidence of the Manchester Arena bombing turned up "
              "in The New York Times, reached a fever pitch today. Few believe that the Home "
              "Secretary, Amber Rudd, and the newly elected Mayor of Manchester, Andy Burnham, are "
              "wrong to condemn U.S. officials.")
AMERICAN = ("The law nosed over the finish line due to a last-minute push by departing Sen. Joe "
            "Lieberman. Nothing has been more important in influencing public opinion than Joe and "
            "Jane American who happen to be gay and live down the street.")
FLORIDA = ("As even longtime urban enthusiast Richard Florida now notes, the list was followed by "
           "Tampa-St. Petersburg, Orlando, and Jacksonville in Florida.")
FLORIDA_SAID = "Urban enthusiast Richard Florida spoke in Toronto. Florida said the cities would recover."


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _names_of(nlp, text: str, words: str) -> set[str]:
    """The cluster names of the mentions written ``words``."""
    return {m["name"] for m in find_mentions(nlp(text)) if m["text"] == words}


def test_a_titled_surname_makes_the_president_no_other_presidents(nlp) -> None:
    assert _names_of(nlp, TRUMP, "the president") == set()
    assert _names_of(nlp, PENA_NIETO, "The president") == {"Enrique Peña Nieto"}  # the one president


def test_a_title_before_the_only_full_name_gives_it_no_role(nlp) -> None:
    assert _names_of(nlp, IMPEACHMENT, "The president") == set()


def test_a_title_of_another_office_gives_the_full_name_no_role(nlp) -> None:
    assert _names_of(nlp, SALMAN, "The King") == set()  # King Salman is no Crown Prince


def test_an_apposition_ends_at_a_line_break(nlp) -> None:
    assert _names_of(nlp, PENCE, "The official") == set()


def test_a_bare_description_holds_no_office_at_a_body(nlp) -> None:
    assert _names_of(nlp, MILLER, "the vice president") == set()


@pytest.mark.parametrize(("text", "words"), [(MCCLOSKEY, "McCloskey"), (MCDONNELL, "McDonnell")])
def test_a_name_with_its_own_determiner_is_a_familys(nlp, text: str, words: str) -> None:
    assert _names_of(nlp, text, words) == set()


def test_a_surname_as_a_nouns_modifier_stays_the_persons(nlp) -> None:
    assert _names_of(nlp, ASSAD, "Assad") == {"Bashar al-Assad"}


def test_both_before_a_surname_opens_a_coordination(nlp) -> None:
    assert _names_of(nlp, CHAFEE, "Chafee") == {"Lincoln Chafee"}


def test_a_relative_named_in_passing_leaves_the_surname_to_the_subject(nlp) -> None:
    assert _names_of(nlp, COMEY, "Comey") == {"Jim Comey"}


def test_a_child_named_after_the_kinship_noun_leaves_the_surname_to_the_subject(nlp) -> None:
    """"child" is a noun of kinship as "son" is (``person_nouns.KIN_NOUNS``, the one list the
    entities and the event actors read)."""
    text = "Senator Jane Roe spoke on Monday. Her child Mary Roe was at the rally. Roe said the bill would pass."
    assert _names_of(nlp, text, "Roe") == {"Jane Roe"}


def test_a_lone_given_name_is_the_full_name_it_begins(nlp) -> None:
    assert _names_of(nlp, PAUL, "Paul") == {"Paul Manafort"}


def test_a_given_name_coordinated_with_a_full_name_shares_its_surname(nlp) -> None:
    couple = MCDONNELL + (" Bob and Maureen McDonnell will go down as the first Virginia first "
                          "couple to go down on criminal charges.")
    assert _names_of(nlp, couple, "Bob") == {"Bob McDonnell"}
    assert "Joe Lieberman" not in _names_of(nlp, AMERICAN, "Joe")


def test_a_lone_word_no_given_name_begins_no_full_name(nlp) -> None:
    assert "Manchester Arena" not in _names_of(nlp, MANCHESTER, "Manchester")


def test_a_place_after_in_is_no_surname(nlp) -> None:
    assert _names_of(nlp, FLORIDA, "Florida") == {"Florida"}
    assert _names_of(nlp, FLORIDA_SAID, "Florida") == {"Richard Florida"}
