"""The common nouns a person is named by: the titles, offices and occupations that head a
description standing for a person named earlier ("the senator", "the singer told"). One
lexicon for the quotes' speaker descriptions (``quotes.nouns``) and for the words of a
description, never where a person's name starts (``newsdesk.given_names``), so that neither
package imports the other. A word list about English nouns, written by hand for the quote
rules (``docs/attribution-rules.md``): spaCy tags these as common nouns like any other.
The event coder's nouns of a person that are a target when acted on are another set, named
for that use (``newsdesk.events.agents.TARGET_PERSON_NOUNS``).
"""

from __future__ import annotations

#: Heads of definite descriptions that stand for a person named earlier (lemmas).
PERSON_NOUNS = {
    "senator",
    "president",
    "governor",
    "lawmaker",
    "congressman",
    "congresswoman",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "mayor",
    "candidate",
    "leader",
    "republican",
    "democrat",
    "judge",
    "director",
    "ambassador",
    "representative",
    "nominee",
    # a candidacy's nouns ("the presidential hopeful explained", "the challenger said")
    "hopeful",
    "contender",
    "challenger",
    "frontrunner",
    "incumbent",
    "commander",
    "general",
    "chief",
    "prosecutor",
    "attorney",
    "ceo",
    "tycoon",
    "businessman",
    "businesswoman",
    "billionaire",
    "lawyer",
    "teen",
    "teenager",
    "student",
    # occupations a story names someone by after introducing them ("the singer told")
    "coach",
    "player",
    "singer",
    "guitarist",
    "musician",
    "actor",
    "actress",
    "artist",
    "author",
    "writer",
    "journalist",
    "reporter",
    "editor",
    "columnist",
    "host",
    "star",
    "founder",
    "executive",
    "chairperson",
    "economist",
    "scientist",
    "researcher",
    "professor",
    "doctor",
    "physician",
    "surgeon",
    "expert",
    "analyst",
    "investor",
    "entrepreneur",
    "athlete",
    "quarterback",
    "pitcher",
    "manager",
    "owner",
    "pastor",
    "priest",
    "bishop",
    "activist",
    "organizer",
    "sheriff",
    "detective",
    "diplomat",
    "envoy",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
}

#: Nouns of kinship: a name in apposition to one ("my grandfather, William J. Comey", "his
#: brother James") is named as someone's relative, in passing, not as the story's actor; an
#: "of" after one names a relative ("the son of Cuban immigrants"), not the body an office
#: serves (the event actors' titles).
KIN_NOUNS = frozenset({
    "wife", "husband", "son", "daughter", "child", "brother", "sister", "father", "mother",
    "parent", "sibling", "relative", "cousin", "uncle", "aunt", "nephew", "niece", "widow",
    "widower", "grandson", "granddaughter", "grandfather", "grandmother", "grandparent",
    "stepfather", "stepmother", "stepson", "stepdaughter", "dad", "mom", "fiancé", "fiancée",
    "spouse",
})
