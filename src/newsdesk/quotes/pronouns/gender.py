"""The gender a "he" or "she" asks of its antecedent.

A named speaker's gender comes from the article's own use of pronouns, else from the given name
(``NameIndex.gender_of``); a common noun's from the English nouns of lexical gender
(``GENDERED_NOUNS``: kinship, sex and the gendered forms of roles, a closed class written out
here, with the title lexicon's and person nouns' *-man* and *-woman* forms), and an indefinite
one (``a woman``) brings in a person the text does not name.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import OFFICES, PERSON_OFFICES
from newsdesk.quotes.content import Context
from newsdesk.quotes.index import gender_allows
from newsdesk.quotes.nouns import PERSON_LABELS, PERSON_NOUNS
from newsdesk.quotes.sources import Speaker, in_marks

#: The role words of the title lexicon and the person nouns whose form gives a gender
#: ("councilwoman", "spokesman").
_ROLE_WORDS = OFFICES | PERSON_OFFICES | PERSON_NOUNS


#: English nouns of lexical gender (kinship, sex and the gendered forms of roles): a "she" or
#: "he" may stand for one of them as well as for a name.
GENDERED_NOUNS = {
    **dict.fromkeys(
        (
            "woman",
            "girl",
            "lady",
            "wife",
            "mother",
            "daughter",
            "sister",
            "aunt",
            "niece",
            "grandmother",
            "granddaughter",
            "girlfriend",
            "widow",
            "mom",
            "actress",
            "waitress",
            "queen",
            "princess",
        ),
        "f",
    ),
    **dict.fromkeys(
        (
            "man",
            "boy",
            "gentleman",
            "husband",
            "father",
            "son",
            "brother",
            "uncle",
            "nephew",
            "grandfather",
            "grandson",
            "boyfriend",
            "widower",
            "dad",
            "actor",
            "waiter",
            "king",
            "prince",
        ),
        "m",
    ),
    **{word: "f" for word in _ROLE_WORDS if word.endswith("woman")},
    **{word: "m" for word in _ROLE_WORDS if word.endswith("man") and not word.endswith("woman")},
}


def agrees(context: Context, speaker: Speaker, gender: str | None) -> bool:
    """Whether a "he" or "she" (``gender``) may stand for a named speaker: a person whose
    gender, as the article shows it or else as the given name says it with confidence
    (``NameIndex.gender_of``: ``she`` is not ``Michael T. Flynn``), is not the other one;
    never an organisation or a place, unless the tagger mislabelled a name that has a gender
    (``The GOP nominee, Ovide Lamontagne, … he insists``)."""
    if gender is None:
        return True
    known = context.index.gender_of(speaker.name)
    person = speaker.label in (None, *PERSON_LABELS) or known is not None
    return person and gender_allows(known, gender)


def gendered_noun(context: Context, tokens: Any, *, gender: str | None) -> Any | None:
    """The last of ``tokens`` that is an indefinite singular noun of the pronoun's gender
    (``GENDERED_NOUNS``) outside quotation marks: a person the text brings in without a name
    (``a woman``); a definite one (``the actress``, ``his mom``) is someone named elsewhere."""
    if gender is None:
        return None
    nouns = [
        t
        for t in tokens
        if t.tag_ == "NN" and GENDERED_NOUNS.get(t.lower_) == gender and indefinite(t) and not in_marks(context, t.idx)
    ]
    return nouns[-1] if nouns else None


def indefinite(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.children)
