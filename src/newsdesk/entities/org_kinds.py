"""The kinds of organisation, one table of nouns for the entity types and the quotes'
descriptions: the words an organisation's name ends in (``Fox News``, ``the Supreme Court``,
``Acme Corp.``) and the nouns a definite description of
one is headed by (``the network``, ``the court``, ``the agency``, ``the company``), each with
the kind of organisation it says.

Written by hand because no tagger or lexicon newsdesk ships gives an organisation's kind. The
kinds follow the nouns' WordNet hypernyms: a network, broadcaster or newspaper is a medium of
communication's organisation; a court or tribunal a judiciary; an administration or regime a
government, of which a ministry or department (the police among them: a city's police
department) is a part and not a kind; a firm, maker, lender
or brokerage a company; awards, games and summits are events, which the tagger may call an
organisation. A noun of an organisation of any kind (``group``, ``organization``, ``agency``,
``committee``, ``foundation``) says only that it is one: ``ORGANISATION``.

Some of the nouns, as a name's last word, make the name an organisation even where the tagger
called it a person or a place (``ORG_HEADS``, read by ``newsdesk.entities.kinds``); the others
say a kind without being that sure a mark (``Court``, ``Press`` and ``Herald`` are also
surnames).
"""

from __future__ import annotations

from newsdesk.entities.people import LEGAL_FORMS

MEDIA = "media"
COURT = "court"
GOVERNMENT = "government"
MINISTRY = "ministry"
EVENT = "event"
COMPANY = "company"
#: An organisation of no particular kind: the noun says nothing more.
ORGANISATION = "organisation"


def _kind(
    kind: str, *, heads: tuple[str, ...] = (), others: tuple[str, ...] = ()
) -> dict[str, tuple[str, bool]]:
    """The table's rows of one kind: ``heads`` mark a name as an organisation, ``others``
    do not."""
    return {**{noun: (kind, False) for noun in others}, **{noun: (kind, True) for noun in heads}}


#: A company named by what it makes, one word of an industry and ``maker`` (``the drugmaker``,
#: ``the chipmaker``), as English writes those nouns closed up (the open ``drug maker`` is
#: headed by ``maker``, which the table holds). A maker of a craft or an art is a person
#: (``filmmaker``, ``winemaker``, ``shoemaker``) and no such noun.
MAKERS = (
    "automaker",
    "carmaker",
    "drugmaker",
    "chipmaker",
    "planemaker",
    "steelmaker",
    "toymaker",
    "gunmaker",
    "candymaker",
    "phonemaker",
)

#: Nouns of organisations -> (their kind, whether as a name's last word they make it one).
ORG_NOUNS = {
    **_kind(MEDIA, heads=("news", "times", "post"),
            others=("journal", "tribune", "herald", "network", "networks", "broadcasting",
                    "channel", "magazine", "gazette", "radio", "television", "tv", "telegraph",
                    "weekly", "daily", "press", "media", "newspaper", "chronicle", "broadcaster",
                    "paper", "outlet", "station", "publisher")),
    **_kind(COURT, others=("court", "tribunal")),
    **_kind(GOVERNMENT, heads=("government",), others=("administration", "regime", "cabinet")),
    **_kind(MINISTRY, heads=("ministry", "ministries", "department"), others=("police",)),
    **_kind(COMPANY, heads=("company",),
            others=(*sorted(LEGAL_FORMS - {"group", "capital", "partners", "company"}),
                    "motors", "airlines", "airways", "technologies", "securities", "industries",
                    "pharmaceuticals", "productions", "studios", "entertainment", "systems", "labs",
                    "firm", "business", "brokerage", "lender", "insurer", "retailer", "carrier",
                    "airline", "maker", "manufacturer", "startup", "conglomerate", "subsidiary",
                    *MAKERS)),
    **_kind(EVENT, others=("awards", "award", "prize", "festival", "games", "olympics", "cup",
                           "championship", "championships", "conference", "summit", "tournament",
                           "expo", "fair")),
    **_kind(ORGANISATION,
            heads=("office", "council", "committee", "organization", "organisation", "initiative",
                   "university", "institute", "agency", "service", "bank", "union", "party",
                   "center", "centre", "foundation", "academy", "school", "group", "association"),
            others=("bureau",)),
}

#: Last words that make a name an organisation.
ORG_HEADS = frozenset(noun for noun, (_, marks) in ORG_NOUNS.items() if marks)


def org_kind(noun: str) -> str | None:
    """The kind of organisation a noun says (a name's head or a description's), or None for a
    noun of no organisation."""
    row = ORG_NOUNS.get(noun.lower())
    return row[0] if row else None
