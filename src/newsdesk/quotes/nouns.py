"""The labels and nouns a speaker is named by: the entity labels of people and of speakers,
and the heads of the descriptions that stand for a person or an organisation named earlier
(the kinds of place, which name no speaker, are ``newsdesk.entities.place_nouns``; the nouns
of persons, which the given names read too, ``newsdesk.entities.person_nouns``). They are
word lists written for the quote rules (``docs/attribution-rules.md``); the PLOVER agent
nouns (``newsdesk.events.agents``) add the nouns for people no list here holds.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.org_kinds import DESCRIPTION_NOUNS
from newsdesk.entities.person_nouns import PERSON_NOUNS

PERSON_LABELS = {"PERSON"}

#: Pronouns a speaker may be named by, with their gender.
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
#: Possessive pronouns whose owner is an organisation or a group (``his``/``her`` are
#: resolved as persons with the subject pronouns).
GROUP_OWNERS = frozenset({"its", "their"})
#: Possessive pronouns that may own a noun cue as its source (``his claim that ...``), those of
#: the subject pronouns that are sources; *my* and *our* are the writer's, as *I* and *we* are.
OWNER_PRONOUNS = frozenset({"his", "her"}) | GROUP_OWNERS
#: Heads of definite descriptions that stand for an organisation named earlier (``the company
#: said``, ``the drugmaker``, ``the commission``): the nouns the organisation table marks so
#: (``newsdesk.entities.org_kinds.DESCRIPTION_NOUNS``), which also gives the kinds.
ORG_NOUNS = DESCRIPTION_NOUNS
SPEAKER_LABELS = {"PERSON", "ORG", "GPE"}
#: Entity labels of a name that says when, not who (``a February 2013 report``).
WHEN_LABELS = frozenset({"DATE", "TIME"})
#: Occasions of speaking (``in a speech``, ``at a news conference``, ``during an interview``).
OCCASIONS = frozenset({"interview", "speech", "address", "statement", "conference",
                       "briefing", "rally", "hearing", "meeting", "debate", "appearance",
                       "event", "session", "remarks", "podcast", "broadcast", "call",
                       "discussion", "roundtable", "summit", "ceremony", "visit"})
#: Common nouns a person or an organisation is named by ("the senator", "the company").
PERSON_OR_ORG_NOUNS = frozenset(PERSON_NOUNS | ORG_NOUNS)

#: Singular nouns for a group of people (WordNet's noun.group words for bodies of people):
#: "they" may stand for one ("The jury returned a verdict, and they said ...").
GROUP_NOUNS = frozenset({
    "jury", "panel", "family", "public", "staff", "delegation", "opposition", "majority",
    "minority", "crowd", "audience", "team", "crew", "group", "committee", "board", "council",
    "government", "administration", "parliament", "congress", "senate", "cabinet", "party",
    "union", "class", "community", "electorate", "population", "leadership", "management",
    "faculty", "press", "media", "couple", "pair", "band", "gang", "mob", "tribe", "clan",
    "household", "generation", "coalition", "alliance", "caucus", "bloc", "army", "military",
    "police", "force", "side", "camp", "campaign", "company", "firm", "agency", "department",
})


#: The fewest letters of a lexicon noun that ends a compound, and of the words before it: a
#: short noun is often a string inside an unrelated word (``ghost`` holds ``host``,
#: ``smoking`` ``king``), a longer one rarely.
_HEAD_LETTERS = 6
_MODIFIER_LETTERS = 3


def person_noun(lemma: str) -> bool:
    """A noun that names a person: one of the lexicon's, or a closed compound whose last part
    is one (``neurosurgeon``, ``photojournalist``, ``songwriter``, ``archbishop``). English
    compounds are headed on the right (Williams 1981, "On the notions 'lexically related'
    and 'head of a word'"): a neurosurgeon is a kind of surgeon, so it is a person as the
    surgeon is."""
    if lemma in PERSON_NOUNS:
        return True
    return any(
        len(noun) >= _HEAD_LETTERS and lemma.endswith(noun) and len(lemma) - len(noun) >= _MODIFIER_LETTERS
        for noun in PERSON_NOUNS
    )


def names_person(token: Any) -> bool:
    """``the senator``, ``the retired neurosurgeon``: a noun of the person lexicon, or a word
    compounded on one (``person_noun``)."""
    return person_noun(token.lemma_.lower())


#: Heads that describe an unnamed person (``an NSA spokesperson``, ``a Yahoo spokeswoman``).
UNNAMED = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "aide",
    "adviser",
    "advisor",
    "source",
    "staffer",
    "officer",
    "representative",
    "employee",
    "worker",
    "resident",
    "witness",
}


#: Prepositions that open the phrase after an organisation name's head noun (``Ministry of
#: Defence``, ``Center for American Progress``, ``Panel on Climate Change``).
NAME_OPENERS = frozenset({"of", "for", "on"})


def head_index(words: list[str], *, openers: frozenset[str] = NAME_OPENERS) -> int:
    """Where the head noun of a phrase written as ``words`` stands: English noun phrases are
    headed on the left of a prepositional phrase that modifies the head and on the right
    otherwise, so the head is the word before the first of them, after the phrase's first
    word, that opens such a phrase (``Panel`` of ``Intergovernmental Panel on Climate
    Change``; ``spokeswoman`` of ``spokeswoman for the agency``), else the last word; -1 for
    no words."""
    cut = next((i for i, w in enumerate(words) if i and w.lower() in openers), len(words))
    return cut - 1


#: Writings: documents that are pieces of writing whatever the phrase (``contributed to this
#: report``, read by ``newsdesk.events.credited``).
WRITINGS = {
    "statement",
    "website",
    "answer",
    "release",
    "report",
    "letter",
    "promotion",
    "review",
    "study",
    "survey",
    "poll",
    "article",
    "story",
    "paper",
    "memo",
    "document",
    "email",
    "column",
    "analysis",
    "research",
    "note",
    "book",
    "notice",
    "brief",
    "testimony",
    "comment",
    "account",
    "post",
    "blog",
    "tweet",
    "filing",
    "lawsuit",
    "complaint",
    "motion",
    "message",
    "speech",
    "remarks",
    "communique",
    "editorial",
    "op-ed",
    "address",
    "caption",
    "transcript",
    "database",
    "summary",
    "recommendation",
    "record",
}


#: Documents: things that speak for their owner (``the company's statement said``): the
#: writings, a headline and a body's resolution, a noun that is also the act of resolving
#: (``contributed to the resolution of the conflict``), so no writing for other readers.
DOCUMENTS = WRITINGS | {"headline", "resolution"}
