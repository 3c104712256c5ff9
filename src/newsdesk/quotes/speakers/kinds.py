"""Kinds of organisation: which named organisation a definite description may stand for
(``the network`` a broadcaster, ``the court`` a court, ``the government`` a government body,
``the company`` a company), so that the description is the nearest organisation of its kind
the article named and not the latest one that spoke.

Written by hand as two small tables. The description nouns are grouped by their WordNet
hypernym (a network, broadcaster or newspaper is a medium of communication's organisation; a
court or tribunal a judiciary; an administration or regime a government, of which a ministry
or department is a part and not a kind, so ``the government`` is no one department; a firm,
maker, lender or brokerage a company). A name's kind is read from its head noun, the word an
organisation's name ends in or the one before its ``of`` phrase (``Fox News``, ``the Supreme
Court``, ``Ministry of Defence``, ``Volkswagen AG``), as the entity kinds read an
organisation from its last word (``newsdesk.entities.kinds``). Companies and broadcasters are
often named with no such word (``Apple``, ``CNN``), so a name of no known kind may be one; a
court, a government or a ministry is named by its kind, so only a name that says so is one.
A name whose head is an event's (``the American Music Awards``, which the tagger may call an
organisation) is of no kind a description stands for.
"""

from __future__ import annotations

from newsdesk.entities.people import LEGAL_FORMS

MEDIA = "media"
COURT = "court"
GOVERNMENT = "government"
MINISTRY = "ministry"
EVENT = "event"
COMPANY = "company"

#: Description nouns -> the kind of organisation they describe.
DESCRIPTION_KINDS = {
    **dict.fromkeys(("network", "broadcaster", "newspaper", "paper", "outlet", "channel", "station",
                     "magazine", "publisher"), MEDIA),
    **dict.fromkeys(("court", "tribunal"), COURT),
    **dict.fromkeys(("government", "administration", "regime", "cabinet"), GOVERNMENT),
    **dict.fromkeys(("ministry",), MINISTRY),
    **dict.fromkeys(("company", "firm", "business", "brokerage", "lender", "insurer", "retailer",
                     "carrier", "airline", "automaker", "maker", "manufacturer", "startup",
                     "conglomerate", "subsidiary"), COMPANY),
}

#: Head nouns of names the tagger may call an organisation that are events, of no kind a
#: description of an organisation stands for (``the American Music Awards``).
EVENT_HEADS = ("awards", "award", "prize", "festival", "games", "olympics", "cup", "championship",
               "championships", "conference", "summit", "tournament", "expo", "fair")

#: Head nouns of organisations' names -> their kind.
NAME_KINDS = {
    **dict.fromkeys(("news", "times", "post", "journal", "tribune", "herald", "network", "networks",
                     "broadcasting", "channel", "magazine", "gazette", "radio", "television", "tv",
                     "telegraph", "weekly", "daily", "press", "media", "newspaper", "chronicle"), MEDIA),
    **dict.fromkeys(("court", "tribunal"), COURT),
    **dict.fromkeys(("government", "administration", "cabinet", "regime"), GOVERNMENT),
    **dict.fromkeys(("ministry", "department"), MINISTRY),
    **dict.fromkeys(LEGAL_FORMS - {"group", "capital", "partners"}, COMPANY),
    **dict.fromkeys(("motors", "airlines", "airways", "technologies", "securities", "industries",
                     "pharmaceuticals", "productions", "studios", "entertainment", "systems", "labs"),
                    COMPANY),
    **dict.fromkeys(EVENT_HEADS, EVENT),
}

#: The kinds of name each kind of description may stand for: a broadcaster is a company too.
_FITTING = {MEDIA: {MEDIA}, COURT: {COURT}, GOVERNMENT: {GOVERNMENT}, MINISTRY: {MINISTRY},
            COMPANY: {COMPANY, MEDIA}}
#: Kinds an organisation may be without its name saying so.
_UNMARKED = {MEDIA, COMPANY}


def description_kind(noun: str) -> str | None:
    """The kind of organisation a description's head noun (its lemma) describes, or None
    for a noun of any organisation (``the group``, ``the organization``)."""
    return DESCRIPTION_KINDS.get(noun.lower())


def name_kind(name: str) -> str | None:
    """The kind an organisation's name says it is by its head noun, or None."""
    words = name.replace("’s", "").replace("'s", "").split()
    for i, word in enumerate(words):
        if i and word.lower() in {"of", "for", "on"}:
            words = words[:i]
            break
    return NAME_KINDS.get(words[-1].lower().strip(".,")) if words else None


def unmarked(kind: str | None) -> bool:
    """Whether an organisation of ``kind`` may be named with no word of its kind."""
    return kind is None or kind in _UNMARKED


def fits(kind: str | None, name: str) -> bool:
    """Whether an organisation so named may be what a description of ``kind`` stands for."""
    if kind is None:
        return True
    named = name_kind(name)
    return named in _FITTING[kind] if named else kind in _UNMARKED
