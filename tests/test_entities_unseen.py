"""Entities on pages unlike the seeds: short aliases, whole-name matches, types from context,
variant spellings within a story. Sentences are from the AllSides corpus
(../shared/data/corpus/allsides-article-bias, article ids given beside them)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsdesk.entities import find_mentions
from newsdesk.entities.author_lines import author_line_names
from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.grouping import Member, group_members
from newsdesk.entities.records import entity_type
from newsdesk.entities.translit import translit_key
from newsdesk.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(("name", "entry"), [
    ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("United States", "USA"),
    ("united states", "USA"),  # a long name may differ in case
    ("Us", None), ("us", None),  # "Us" of Us Weekly, the pronoun: never the United States
    ("UN", "igo:UN"), ("Un", None), ("Iran", "IRN"), ("iran", None),
])
def test_short_aliases_match_only_as_written(name: str, entry: str | None) -> None:
    assert load_gazetteer().match(name) == entry


US_AIRWAYS = ("Six years ago, US Airways Flight 1549 made its now-famous “splash landing” in the "
              "Hudson River.")  # Ncj3OMAHKFwVLkaJ
STATE_DEPARTMENT = ("\"As is always the case, we are working with the U.S. Department of State, the "
                    "local organizers and the relevant law enforcement\"")  # ajUkpFLVYoasLHF0
ARMY_CORPS = ("That’s not all. The US military will also be sending the US Army Corps of Engineers "
              "to New York state to assess how to build more medical centers.")  # f2BuWZVaEdI3eJnp
OPEN_DOORS = ("According to Open Doors USA World Watch List, Kenya ranks number 44 in the top 50 "
              "countries where it's most dangerous to follow Jesus Christ.")  # 0inqxcoUpcG7DMQ7
USA_TODAY = ("“It’s very rare – this happens very infrequently, which is why it’s such a story,” "
             "Martin Horn, professor of corrections at John Jay College of Criminal Justice at City "
             "University of New York, told USA Today.")  # 0nTDLtbIUIVyyghs
ELI_LILLY = ("Following his time at HHS, he rose to role of President of Eli Lilly USA, a global "
             "pharmaceutical company.")  # 5mZ0IylsL3VzKzob
WEATHER_UNDERGROUND = (
    "Still, even after the Weather Underground detonated a bomb in the Senate wing in the early "
    "morning hours of March 1, 1971, ostensibly to protest U.S. military operations in Laos, "
    "Congress took few precautions.")  # d8aGKaTnZWTQORUp


def _mentions(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    return {r["text"]: (r["label"], r["gazetteer"]) for r in find_mentions(nlp(text))}


# (text, mention, expected (label, gazetteer id)); None: no such mention at all
WHOLE_NAMES = [
    (US_AIRWAYS, "US Airways", ("ORG", None)),
    (US_AIRWAYS, "US", None),
    (STATE_DEPARTMENT, "U.S. Department of State", ("ORG", None)),
    (STATE_DEPARTMENT, "U.S.", None),
    (ARMY_CORPS, "US Army", ("ORG", None)),
    (ARMY_CORPS, "US", ("GPE", "USA")),  # "The US military": a whole mention still links
    (OPEN_DOORS, "USA", None),
    (OPEN_DOORS, "Kenya", ("GPE", "KEN")),
    (USA_TODAY, "USA", None),
    (ELI_LILLY, "USA", None),
    (WEATHER_UNDERGROUND, "U.S.", ("GPE", "USA")),
    (WEATHER_UNDERGROUND, "Laos", ("GPE", "LAO")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), WHOLE_NAMES)
def test_a_gazetteer_name_must_be_the_whole_mention(nlp, text: str, mention: str,
                                                   expected: tuple[str, str | None] | None) -> None:
    assert _mentions(nlp, text).get(mention) == expected


# Sentences written for these tests: a person's gazetteer name that opens an entity of its own
# after a word of another entity is no part of a longer name (the tagger put a boundary there);
# a place's or a ship's name still is. (text, mention, expected (label, gazetteer id or None))
PERSON_AFTER_ENTITY = [
    ("Speaker of the House John Boehner expressed frustration.", "John Boehner", "PERSON"),
    ("Speaker of the House John Boehner expressed frustration.", "House", "ORG"),
    ("Secretary General of the United Nations Antonio Guterres called for a ceasefire.",
     "Antonio Guterres", "PERSON"),
    ("The chair of the Party Xi Jinping spoke.", "Xi Jinping", "PERSON"),
    ("Analysts at Mitsubishi UFJ Securities USA expect a rate cut.", "USA", None),
    ("He flew US Airways to Boston on Monday.", "US", None),
    ("He flew US Airways to Boston on Monday.", "US Airways", "ORG"),
    ("Officials at USS Abraham Lincoln said so.", "Abraham Lincoln", None),
]


@pytest.mark.parametrize(("text", "mention", "label"), PERSON_AFTER_ENTITY)
def test_a_person_after_another_entity_is_no_part_of_its_name(nlp, text: str, mention: str,
                                                               label: str | None) -> None:
    found = _mentions(nlp, text).get(mention)
    assert (found and found[0]) == label
    if label == "PERSON":
        assert found[1]  # the gazetteer's person, linked


# (text, mention, label): the type comes from what the text says about the name
TYPES = [
    (USA_TODAY, "John Jay College", "ORG"),  # "at X" is no person
    (USA_TODAY, "Martin Horn", "PERSON"),
    (US_AIRWAYS, "US Airways", "ORG"),
]


BENGHAZI = ("The ultimate dispenser of the lies about Benghazi secretly awarded two medals for "
            "bravery for sacrifice in Benghazi, perhaps as salve for conscience. Finally, two of the "
            "eight were allowed to fly the 400 miles to Benghazi.")  # "PRUDEN: Spoiled baby boomers"
GREEN_NEW_DEAL = ("He didn't believe the Green New Deal could be done within one Congress. \"You "
                  "can't do it in a single congress —the entire Green New Deal. It is literally "
                  "impossible.\" GOP senators ridicule the plan because the Green New Deal's original "
                  "talking points called for it.")  # "'That's unacceptable': Alexandria Ocasio-Cortez"


@pytest.mark.parametrize(("text", "mention"), [(BENGHAZI, "Benghazi")])
def test_a_name_tagged_two_ways_is_one_entity_of_the_most_frequent_type(nlp, text: str,
                                                                          mention: str) -> None:
    records = [r for r in find_mentions(nlp(text)) if r["text"] == mention]
    assert len(records) == 3
    assert len({r["cluster"] for r in records}) == 1


def test_the_x_is_no_person(nlp) -> None:
    assert [r["label"] for r in find_mentions(nlp(THE_HILL)) if r["text"] == "Hill"] in ([], ["ORG"])


@pytest.mark.parametrize(("text", "mention", "label"), TYPES)
def test_type_from_context(nlp, text: str, mention: str, label: str) -> None:
    assert _mentions(nlp, text)[mention][0] == label


# Sentences written for these tests: (text, mention, its label; None: no such mention)
TYPES_FROM_THE_ARTICLE = [
    # "in X" votes for a place; the tagger called Footscray a person
    ("We had dinner in Footscray with two friends.", "Footscray", "GPE"),
    # ... not the complement of a word that takes "in" ("believe in X")
    ("Many Christians believe in Jesus, the preacher told the crowd.", "Jesus", "PERSON"),
    # ...not a full name ("an ally in X"), and one "in" is outvoted by the name's other mentions
    ("The cause found an ally in Maria Delgado, a former radio host.", "Maria Delgado", "PERSON"),
    ("Voters lost faith in Smith after the vote, and Smith resigned.", "Smith", "PERSON"),
    # a family name begun by particles is one person's; the tagger made "Leyen" a place
    ("German Defense Minister Ursula von der Leyen had rebuffed concerns about the plan.",
     "Ursula von der Leyen", "PERSON"),
    ("German Defense Minister Ursula von der Leyen had rebuffed concerns about the plan.",
     "Leyen", None),
    ("Mayor Bill de Blasio said the city would reopen.", "Bill de Blasio", "PERSON"),
    # a title before an editor's bracket still makes a person
    ("Col. [Andy] Wood is the leader of this unit.", "Andy] Wood", "PERSON"),
    # an organisation word ends the name; the tagger called it a place
    ("Dorothy Underground and the Weather Underground were both blamed.", "Weather Underground",
     "ORG"),
    # a name that is all of a short quotation is a work's title, no person
    ("The reporters waved copies of “Clinton Cash” outside the hall.", "Clinton", None),
    ("He called it the “Jimmy Kimmel test” on Monday.", "Jimmy Kimmel", "PERSON"),
    ("“We will win,” Smith said on Monday.", "Smith", "PERSON"),
    # a name before a newsroom noun is an outlet only where the model called it a person and
    # no person of the article has its words (written for the tests)
    ("Our Gaza correspondent filed on Monday. Gaza has been bombed for weeks.", "Gaza", "GPE"),
    ("Fans shared a Taylor Swift post on Monday. Taylor Swift said the tour would go on.",
     "Taylor Swift", "PERSON"),
    # a place's noun before "of" or after the name, or a state after a comma, makes a place
    # of a name the tagger called an organisation or a person
    ("Troops entered the southern town of Daraa on Friday.", "Daraa", "GPE"),
    ("The deal with Wayne and Oakland counties covers Detroit.", "Wayne", "GPE"),
    ("SALEM, Oregon — Gov. Kate Brown said on Monday that the bill would pass.", "SALEM", "GPE"),
    # ... of several words where it opens the text in capitals, as a dateline
    ("CEDAR BLUFFS, IOWA — The governor was declared the winner on Tuesday afternoon.",
     "CEDAR BLUFFS", "GPE"),
    # ... not an organisation's name of several words inside the text
    ("The workers of Hormel Foods, Minnesota — a union said — walked out.", "Hormel Foods", "ORG"),
    # ... of one word before a dash where it opens the text in capitals and the gazetteer
    # knows it as a place (written for the tests)
    ("JERUSALEM — The cabinet met on Sunday to discuss the budget.", "JERUSALEM", "GPE"),
    ("JERUSALEM—The cabinet met on Sunday to discuss the budget.", "JERUSALEM", "GPE"),
    # ... not an outlet's or a company's name there, nor a place's word inside the text
    ("CNN — The network said on Monday that it would cut jobs.", "CNN", "ORG"),
    ("AMAZON — The company said on Monday that it would cut jobs.", "AMAZON", "ORG"),
    ("Officials said JERUSALEM — the city — would host the talks.", "JERUSALEM", "ORG"),
    # ... not an organisation's name, nor a person's before a comma
    ("He studied at Washington and Lee University, Lexington, Va., in the 1990s.",
     "Lee University", "ORG"),
    ("He took a job at Goldman after college and later worked at Lazard.", "Lazard", "ORG"),
    ("Microsoft, Honda, Reebok, Vans, Patagonia and Pepsi did not respond.", "Reebok", "ORG"),
    ("She graduated from Middlebury College, Vermont, in 2004.", "Middlebury College", "ORG"),
    ("“You saw what they did to me with Bain [Capital],” he said.", "Bain", "ORG"),
    ("The GOP states sued, and the GOP said it would win.", "GOP", "ORG"),
    # ... nor the first item of a list with a serial comma, at any of the name's mentions
    ("The dispute between Apple, China, and the United States grew.", "Apple", "ORG"),
    ("Microsoft, Germany, and France objected on Monday.", "Microsoft", "ORG"),
    ("Apple sold more phones. Apple said sales rose. The talks between Apple, China, and the "
     "United States stalled.", "Apple", "ORG"),
    # "at" after a word of aiming takes a person, no organisation
    ("The reporter laughed at Ben during the briefing.", "Ben", "PERSON"),
    ("She shouted at Chuck and Nancy in the Oval Office.", "Chuck", "PERSON"),
    # one word after its own "the" is a body, or in the plural a family or a people, no person
    ("Critics said the senator was cut from the cloth of the Klan and the Third Reich.", "Klan",
     "ORG"),
    ("It was all about the Benjamins, she said.", "Benjamins", None),
    ("The Clintons spent the weekend in Maine. The Clintons said little.", "Clintons", None),
    ("Voters like Romney's choice of Ryan. Most would vote for Romney. Ryan was unveiled as the "
     "Romney's running mate.", "Romney", "PERSON"),  # one slip is outvoted
    ("The adviser met the Joe Biden campaign on Monday, and Biden said little.", "Joe Biden",
     "PERSON"),
    # a given name tagged apart from a surname the article gives a person is that person's
    ("Brett Kavanaugh spoke on Monday. And even some Brett Kavanaugh supporters questioned "
     "whether he could win.", "Brett", None),
    ("Brett Kavanaugh spoke on Monday. And even some Brett Kavanaugh supporters questioned "
     "whether he could win.", "Brett Kavanaugh", "PERSON"),
    # ... and no other word before the surname is ("Texas Kavanaugh" names no one)
    ("Brett Kavanaugh spoke on Monday. And even some Texas Kavanaugh supporters questioned "
     "whether he could win.", "Texas", "GPE"),
    ("Brett Kavanaugh spoke on Monday. And even some Texas Kavanaugh supporters questioned "
     "whether he could win.", "Texas Kavanaugh", None),
    ("Brett Kavanaugh spoke on Monday. And even some Republican Kavanaugh supporters questioned "
     "whether he could win.", "Kavanaugh", "PERSON"),
    # a byline line or a paragraph's sign-off gives a person, which the tagger called an
    # organisation or a place for the outlet after it
    ("What would the deal mean for hospitals?\n\nBy Hugh Pym, BBC health editor\n\nThere is "
     "nothing to stop foreign firms bidding for contracts.", "Hugh Pym", "PERSON"),
    ("Recent polls show Polis leading Stapleton by a comfortable margin. — Bente Birkeland, "
     "Colorado Public Radio\n\nMichigan\n\nMichigan's wall crumbled in 2016.", "Bente Birkeland",
     "PERSON"),
    # ... not an agency signing so, nor a name after a dash inside a sentence
    ("The report was filed on Monday.\n\nBy The Associated Press", "Associated Press", "ORG"),
    ("He was elected in 2014 — Bente Birkeland said the race was close.", "Bente Birkeland",
     "ORG"),
    # a people named by its country's adjective is no place
    ("Officials met the North Koreans in Hanoi.", "North Koreans", None),
    ("Officials met the North Koreans in Hanoi.", "Hanoi", "GPE"),
    ("Officials met the Iraqis in Hanoi.", "Iraqis", None),
    # a place's noun in the plural ("the ports of"), not a name's word
    ("Crews reached the townships of Marlboro and Freehold on Monday.", "Marlboro", "GPE"),
]


# Names that are no actor (laws, plans, events, page furniture) are no mention; the actors
# beside them stay. Sentences from the AllSides corpus (article ids beside them).
NON_ACTORS = [
    (GREEN_NEW_DEAL, "Green New Deal", None),  # a plan the tagger called an organisation
    ("In the final week of the campaign, news focused around Superstorm Sandy, its devastating "
     "effect on the East Coast.", "Superstorm Sandy", None),  # 6n0EI8MduReVD22Q
    ("These cases reflected a new Justice Department focus on the Foreign Agents Registration "
     "Act, which requires people advocating on behalf of a foreign power to disclose that work.",
     "Foreign Agents Registration Act", None),  # 8FzlK3X1Mm7lKEUk
    ("Facebook Twitter Pinterest Brad Parscale, the digital media director of Donald Trump’s 2016 "
     "campaign, has been hired to lead his 2020 presidential re-election campaign.",
     "Brad Parscale", "PERSON"),  # 3OOCsPYFGYyFPEhS
    ("”  Slideshow (2 Images)  In videos posted on her YouTube channels, which were taken down on "
     "Tuesday, Aghdam alternately bemoaned animal cruelty.", "Slideshow", None),  # 0LlVPvRYJetFCOZb
    ("Bill said the Paris Agreement was a mistake, and Bill Clinton agreed.", "Bill", "PERSON"),
    ("The Justice Department opened an inquiry on Monday.", "Justice Department", "ORG"),
    # ... and names that end in such a word or hold one but name an actor stay (written here)
    ("Governor Nathan Deal signed the budget on Tuesday, and Deal said it was balanced.",
     "Nathan Deal", "PERSON"),
    ("The Institute for the Study of War said the troops had withdrawn.",
     "Institute for the Study of War", "ORG"),
    ("The actress Storm Reid said the film would open in May.", "Storm Reid", "PERSON"),
    # ... while a law's title with a phrase inside and a storm's name stay out
    ("Congress passed the Defense of Marriage Act in 1996, and the court struck it down.",
     "Defense of Marriage Act", None),
    ("The Senate renewed the Violence Against Women Act on Thursday.", "Violence Against Women Act",
     None),
    ("The Department of War said on Monday that it would act.", "Department of War", "ORG"),
    ("Super Typhoon Mangkhut hit the northern Philippines on Saturday.", "Super Typhoon Mangkhut",
     None),
    # a name that only a heading line gives, in capitals or in headline case, is a heading's
    # words (written here)
    ("The race is tightening.\n\nOREGON DEMOCRATIC PARTY WON'T ENDORSE THE SENATOR\n\nThe senator "
     "spoke to voters on Monday.", "OREGON DEMOCRATIC PARTY WON'T ENDORSE", None),
    ("The race is tightening.\n\nJoe Biden And Bernie Sanders Meet Voters\n\nThe two spoke in "
     "Iowa.", "Bernie Sanders Meet", None),
    # ... but a gazetteer's name there stays, and so does a name the running text writes too, or
    # its last word, and the names of a line listing them
    ("The race is tightening.\n\nJoe Biden And Bernie Sanders Meet Voters\n\nThe two spoke in "
     "Iowa.", "Joe Biden", "PERSON"),
    ("The race is tightening.\n\nTeachers Cheer As Maria Delgado Wins The Runoff\n\nDelgado spoke "
     "in Des Moines on Monday.", "Maria Delgado", "PERSON"),
    ("The race is tightening.\n\nTeachers Cheer As Maria Delgado Wins The Runoff\n\nMaria Delgado "
     "spoke in Des Moines on Monday.", "Maria Delgado", "PERSON"),
    ("Three rabbis were killed.\n\nMoshe Twersky, Kalman Levine, Avraham Goldberg\n\nThey were "
     "buried on Wednesday.", "Kalman Levine", "PERSON"),
    # ... and a line of a sentence heavy with names and titles is no heading
    ("The talks ended.\n\nPresident Joe Biden met Vice President Jill Biden on Monday.\n\nThey "
     "spoke little.", "Jill Biden", "PERSON"),
]


@pytest.mark.parametrize(("text", "mention", "label"), NON_ACTORS)
def test_a_name_that_is_no_actor_is_no_mention(nlp, text: str, mention: str, label: str | None) -> None:
    found = _mentions(nlp, text)
    assert (found[mention][0] if mention in found else None) == label
    assert not any(name.endswith(("Pinterest", "Act", "Agreement")) for name in found)


@pytest.mark.parametrize(("text", "mention", "label"), TYPES_FROM_THE_ARTICLE)
def test_the_type_is_read_from_the_article(nlp, text: str, mention: str, label: str | None) -> None:
    found = _mentions(nlp, text)
    assert (found[mention][0] if mention in found else None) == label


class NamedSpan(NamedTuple):
    start: int
    end: int
    label: str


# A byline's tail after the name and a comma: (its words, whether the line gives a person).
# Sentences written for these tests.
BYLINE_TAILS = [
    ("BBC health editor", True),
    ("BBC health and science editor in", True),  # six words, the most
    ("BBC health and science editor in London", False),  # seven: no line of a byline's length
]


@pytest.mark.parametrize(("tail", "person"), BYLINE_TAILS)
def test_a_byline_tail_holds_at_most_six_words(nlp, tail: str, person: bool) -> None:
    doc = nlp(f"The talks ended on Monday.\n\nBy Hugh Pym, {tail}\n\nThere is nothing to stop foreign firms.")
    start = [token.text for token in doc].index("Hugh")
    name = NamedSpan(start, start + 2, "ORG")  # the tagger's type for "Hugh Pym" there
    assert (author_line_names(doc, [name]) == {"Hugh Pym"}) is person


# Sentences written for these tests: (text, mention, the names of the people it stands for)
TITLED_BEARERS = [
    # a title before a surname names the bearer of that office, not the nearest full name
    ("Former Vice President Joe Biden spoke first. His son Hunter Biden, a lawyer, was there. "
     "Vice President Biden then left.", "Biden", ["Joe Biden"]),
    ("Joe Biden spoke on Monday. President Biden said the bill would pass.", "Biden",
     ["Joe Biden"]),
    ("President Joe Biden met Vice President Jill Biden on Monday. President Biden said little.",
     "Biden", ["Joe Biden"]),  # the rank before the office counts: "Vice President" is no "President"
    # "the president" is no one when two people in the article are titled president...
    ("President Obama spoke on Monday. President Jimmy Carter had praised the plan in 1979. "
     "Critics said the president can lift the threat of deportations.", "the president", []),
    # ...and the one titled so, when he is named by his surname only
    ("President Trump spoke on Monday. The president said the bill would pass.", "The president",
     ["Trump"]),
]


@pytest.mark.parametrize(("text", "mention", "names"), TITLED_BEARERS)
def test_a_title_names_its_bearer(nlp, text: str, mention: str, names: list[str]) -> None:
    assert [r["name"] for r in find_mentions(nlp(text)) if r["text"] == mention] == names


def _member(article: str, name: str, label: str = "PERSON") -> Member:
    mention = {"start": 0, "end": len(name), "text": name, "kind": "name"}
    return Member(article, "2020", name, label, translit_key(name), None, [], [mention])


# (a, b, same story, joined): spellings of one person within a story join; nothing else does
STORY_VARIANTS = [
    ("Katie McGinty", "Kate McGinty", True, True),
    ("Mohammed bin Salman", "Muhammad bin Salman", True, True),
    ("Mohammed bin Salman", "Muhammad bin Salman", False, False),  # other stories: no evidence
    ("Joe Biden", "Jill Biden", True, False),
    ("Wang Yi", "Wang Wenbin", True, False),
    ("Wang Yi", "Wang Yu", True, False),
    ("Andrea Gallagher", "Eddie Gallagher", True, False),
    ("Julie Rabinovitz", "Judy Rabinovitz", True, False),  # two people in one AllSides story
    ("Rob Goldstone", "Robert Goldstone", True, True),
]


@pytest.mark.parametrize(("a", "b", "same_story", "joined"), STORY_VARIANTS)
def test_variant_spellings_join_within_a_story(a: str, b: str, same_story: bool, joined: bool) -> None:
    members = [_member("a1", a), _member("a2", b)]
    stories = {"a1": "s1", "a2": "s1" if same_story else "s2"}
    groups = group_members(members, stories=stories)
    assert any({a, b} <= {m.name for m in group.members} for group in groups) is joined


@pytest.mark.parametrize("other", ["George P. Bush", "George H.W. Bush"])
def test_near_spellings_with_other_initials_are_other_people(other: str) -> None:
    """George W. Bush and his nephew George P. Bush (or his father), each beside Jeb Bush
    (AllSides seed 15)."""
    members = [_member("a1", "George W. Bush"), _member("a1", "Jeb Bush"),
               _member("a2", other), _member("a2", "Jeb Bush")]
    groups = group_members(members, stories={"a1": "s1", "a2": "s2"})
    assert not any({"George W. Bush", other} <= {m.name for m in group.members}
                   for group in groups)


def test_a_person_and_an_organisation_never_join_as_variants() -> None:
    members = [_member("a1", "Mohammed bin Salman"), _member("a2", "Muhammad bin Salman", "ORG")]
    groups = group_members(members, stories={"a1": "s1", "a2": "s1"})
    assert len(groups) == 2


@pytest.mark.parametrize(("a", "b", "joined"), [
    (("Dana Whitcombe", "PERSON"), ("Dana Whitcombe", "ORG"), True),  # one name, two taggings
    (("Vista Ridge", "GPE"), ("Vista Ridge", "ORG"), True),
    (("Amazon", "ORG"), ("Amazon", "LOC"), False),  # one word names different things
])
def test_a_name_of_several_words_is_one_entity_whatever_its_tagging(a, b, joined: bool) -> None:
    members = [_member("a1", *a), _member("a2", *b), _member("a3", *a)]
    groups = group_members(members, stories={})
    assert len(groups) == (1 if joined else 2)
    assert entity_type(groups[0]) == a[1]  # the vote of its mentions: two of three


@pytest.mark.parametrize(("shared_context", "same_story", "joined"), [
    (False, False, False),  # "Hill" of "The Hill reported" alone: never Rep. Baron Hill
    (True, False, True),
    (False, True, True),
])
def test_a_lone_surname_needs_evidence_to_join(shared_context: bool, same_story: bool,
                                               joined: bool) -> None:
    members = [_member("a1", "Baron Hill"), _member("a2", "Hill"), _member("a1", "Indiana", "GPE"),
               _member("a2", "Indiana" if shared_context else "Lima", "GPE")]
    stories = {"a1": "s1", "a2": "s1" if same_story else "s2"}
    groups = group_members(members, stories=stories)
    assert any({"Baron Hill", "Hill"} <= {m.name for m in g.members} for g in groups) is joined


# (text, surname-like word, full name in the same text): a word starting another name is not
# that person ("Judge Brett Kavanaugh" is not Mark Judge)
OTHER_NAMES = [
    ("Mark Judge was at the party. Supreme Court nominee Judge Brett Kavanaugh listens at his "
     "Senate Judiciary Committee confirmation hearing on Capitol Hill.", "Judge", "Mark Judge"),
]


@pytest.mark.parametrize(("text", "word", "person"), OTHER_NAMES)
def test_a_word_of_another_name_is_not_the_surname(nlp, text: str, word: str, person: str) -> None:
    records = find_mentions(nlp(text))
    assert not [r for r in records if r["text"] == word and r["name"] == person]
    assert [r for r in records if r["text"] == person]


# Two paragraphs of one AllSides article (FBI's James Comey Calls Wikileaks "Intelligence Porn"):
# Pompeo is the CIA head; "the head of the FBI" is someone else.
CIA_HEAD = (
    "Comey's comments on Wikileaks call to mind CIA head Mike Pompeo's attacks on the organization "
    "just a couple of weeks ago.\nLet's be clear: No official should be in the business of defining "
    "journalism. But it's especially hilarious when the head of the FBI, an agency that has a long "
    "history of patently illegal and typically ineffective subterfuge, gets on his high horse.")
CENTRAL_AMERICA = (
    "Is diversity actually our strength when over a million illegal immigrants over the past three "
    "years from impoverished Central America and southern Mexico — without legal sanction — simply "
    "en masse crashed the U.S. border?")  # "Globalization Bleeding"

SEPP = ("“Congress and the president have just agreed to undo one of the only successful fiscal "
        "restraint mechanisms in a generation,” said Pete Sepp, president of the National Taxpayers "
        "Union.")  # "Obama presidency to end with $20 trillion national debt"
THE_HILL = ("\"We're able to take the tax code and redesign things, and I think there is very, very "
            "strong support,\" Mnuchin said before the healthcare reform vote was canceled, The Hill "
            "reported.")  # "Obamacare repeal fails: Will Mnuchin tax reforms fare better?"


SCHIFF = ("During Trump’s conversation with Zelensky, the president urged his foreign counterpart "
          "to work with Attorney General William Barr to investigate former Vice President Joe Biden "
          "and his son. The president was unwilling to drop the issue Monday afternoon.")
# "Trump suggests arresting Adam Schiff for 'treason'"
PIPELINE = ("Standing Rock Chairman David Archambault II told reporters in October. Julie Fedorchak, "
            "who serves as the chairman of the commission, told National Public Radio in an "
            "interview Wednesday.")  # "The Protests Over The Dakota Access Pipeline Explained"

# Sentences of our own, in the shapes of two wrong merges on seed 19.
TRIP = ("Mike Pompeo, the secretary of state, flew to Moscow on Monday. White House Press Secretary "
        "Sarah Sanders spoke on Tuesday. Vladimir Putin may meet with him during the secretary of "
        "state’s trip.")
CLINICAL = ("CNN Chief Medical Correspondent Dr. Sanjay Gupta reported it. \"We made mistakes,\" Varga, "
            "the chief clinical officer for Texas Health Services, said.")
POLICE_CHIEF = "Police Chief Ron Davis spoke to reporters. The chief said the officers acted within policy."
FOUNDER = ("He says he is in contact with Ann Marsh, the founder of GreenLeaf, and the founder of "
           "the group hinted at a release.")  # a name written with an inner capital counts
HANDLE = ("Maria Lopez, a 2016 campaign chief of staff for Reed, who later served as chief of staff to "
          "Ann Reed, tweeted: \"I was the Chief of Staff for @TomReed on the 2016 campaign and "
          "traveled with him.\"")  # a handle in the "of" phrase is no name the role must hold

# (text, mention, entity it must not join)
NOT_JOINED = [
    (TRIP, "the secretary", "Sarah Sanders"),  # "of state", a proper noun in lower case
    (CLINICAL, "the chief", "Sanjay Gupta"),  # "chief" modifies "officer": no chief
    (SCHIFF, "The president", "Joe Biden"),  # a "former vice president" is no "president"
    (PIPELINE, "the chairman", "David Archambault II"),  # "of the commission": another chair
    (CIA_HEAD, "the head", "Mike Pompeo"),
    (CENTRAL_AMERICA, "America", "United States"),
    (SEPP, "the president", "Pete Sepp"),  # a bare description is not the head of a union
]


@pytest.mark.parametrize(("text", "mention", "name"), NOT_JOINED)
def test_descriptions_and_place_parts_do_not_join_the_wrong_entity(nlp, text: str, mention: str,
                                                                   name: str) -> None:
    records = find_mentions(nlp(text))
    assert not [r for r in records if r["text"] == mention and r["name"] == name]


@pytest.mark.parametrize(("text", "mention", "name"), [
    (TRIP, "the secretary", "Mike Pompeo"),
    (POLICE_CHIEF, "The chief", "Ron Davis"),
    (HANDLE, "the Chief", "Maria Lopez"),
    (FOUNDER, "the founder", "Ann Marsh"),
])
def test_a_description_joins_the_holder_of_its_role(nlp, text: str, mention: str, name: str) -> None:
    records = find_mentions(nlp(text))
    assert {r["name"] for r in records if r["text"] == mention} == {name}


JUSTICES = ("Justices Ruth Bader Ginsburg and Sonia Sotomayor cast the lone dissents.")  # baker case
BOEHNER = ("Their message for House Speaker John Boehner and other GOP leaders: It’s not OK to just "
           "sit on the sidelines.")  # "GOP governors to Hill Republicans: Do something"
STEVE_KING = ("\"We have a disagreement inside here,\" said Republican Representative Steve King, who "
              "guessed that his colleagues were split \"50/50\" on whether any of the undocumented "
              "residents should get legal status.")  # "Immigration reform: How is the House ..."
REMOVING = ("Some suggest that Congress “remove Trump from office, but let the American people make "
            "the judgment on whether or not he gets a second term… Removing Trump from office for "
            "the remainder of his term would disable him from abusing presidential power again.")
# "Free College"
JUNIOR = ("Trump Jr. says it is “disgusting” and “phony” to suggest that Russia is helping Trump. Jr. "
          "says it is “disgusting” and “phony” to suggest that Russia is helping Trump.")
# "A Timeline Showing the Full Scale of Russia's Unprecedented Interference"
FOLLOW = "Follow Chuck on Twitter"  # page furniture under two articles
WALSH = ("Former Rep. Joe Walsh is running. Earlier in August, Walsh published an op-ed about the "
         "need for President Donald Trump to face a primary challenge.")  # a listed actor
ROSENSTEIN = ("The exact reasons why Rosenstein and/or Mueller passed off this Cohen probe remain "
              "unclear.")  # "There's Lanny Davis, and a CNN story that's come under fire."
CAPITALS = ("VO AXEL IS AN AMERICAN CITIZEN, BUT HIS BROTHERS YAN, WHO IS 15, AND DEMIS, 13, WERE "
            "BORN IN MEXICO AND REMAIN UNDOCUMENTED.")  # "Behind Closed Doors, Obama Crafts ..."
TICKERS = ("Early approval of vaccines probably wouldn’t help investors in Inovio Pharmaceuticals "
           "INO, -0.48% , Novavax NVAX, +9.24% and others. Brush has suggested PFE, JNJ, SNY, INO, "
           "NVAX, IBB, XBI in his stock newsletter.")  # "Here's why the FDA may approve ..."

# (text, mention, name of its entity in the article; None: no such mention): a title, a
# sentence-opening verb, a conjunction or a page in capitals is no part of a person's name
NAMES = [
    (JUSTICES, "Ruth Bader Ginsburg", "Ruth Bader Ginsburg"),
    (JUSTICES, "Justices Ruth Bader Ginsburg", None),
    (BOEHNER, "John Boehner", "John Boehner"),
    (BOEHNER, "House Speaker John Boehner", None),
    (STEVE_KING, "Steve King", "Steve King"),
    (STEVE_KING, "Representative Steve King", None),
    (WALSH, "Joe Walsh", "Joe Walsh"),  # a title before a gazetteer name: still the whole name
    (WALSH, "Walsh", "Joe Walsh"),
    (REMOVING, "Trump", "Trump"),
    (REMOVING, "Removing Trump", None),
    (FOLLOW, "Follow Chuck", None),
    (ROSENSTEIN, "Rosenstein and/or Mueller", None),
    (CAPITALS, "AN", None),
    (TICKERS, "Novavax", None),
]


@pytest.mark.parametrize(("text", "mention", "name"), NAMES)
def test_what_is_no_part_of_a_name(nlp, text: str, mention: str, name: str | None) -> None:
    names = {r["text"]: r["name"] for r in find_mentions(nlp(text))}
    assert names.get(mention) == name


@pytest.mark.parametrize(("text", "word"), [(TICKERS, "NVAX"), (JUNIOR, "Jr.")])
def test_a_ticker_or_a_suffix_is_no_surname(nlp, text: str, word: str) -> None:
    records = find_mentions(nlp(text))
    assert not [r for r in records if r["text"] == word and r["kind"] == "short"]
