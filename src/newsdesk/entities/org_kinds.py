"""The nouns of organisations, one table for the entity types, the quotes' descriptions and
the names the tagger cut: the words an organisation's name ends in (``Fox News``, ``the
Supreme Court``, ``Acme Corp.``) and the nouns a definite description of one is headed by
(``the network``, ``the court``, ``the agency``, ``the company``), each with the kind of
organisation it says, whether it marks a name as an organisation and whether the quote rules
read a description it heads as an organisation named earlier.

Written by hand because no tagger or lexicon newsdesk ships gives an organisation's kind. The
kinds follow the nouns' WordNet hypernyms: a network, broadcaster or newspaper is a medium of
communication's organisation; a court or tribunal a judiciary; an administration or regime a
government, of which a ministry or department (the police among them: a city's police
department) is a part and not a kind; a firm, maker, lender
or brokerage a company; awards, games and summits are events, which the tagger may call an
organisation. A noun of an organisation of any kind (``group``, ``organization``, ``agency``,
``committee``, ``foundation``) says only that it is one: ``ORGANISATION``.

Each use reads the part of the table it needs:

* the kinds (``ORG_NOUNS``, ``org_kind``: ``newsdesk.entities.kinds`` and the quotes'
  descriptions) need a noun's kind, and only nouns with one: a body whose kind no reader
  tells apart (``army``, ``parliament``, ``team``) has none here, so that it types no
  apposition and restricts no description;
* the mark of an organisation (``ORG_HEADS``, read by ``newsdesk.entities.kinds``) needs the
  nouns that, as a name's last word, make the name an organisation even where the tagger
  called it a person or a place; the others say a kind without being that sure a mark
  (``Court``, ``Press`` and ``Herald`` are also surnames);
* the quote rules (``DESCRIPTION_NOUNS``, which ``newsdesk.quotes.nouns.ORG_NOUNS`` is) need
  the heads of definite descriptions that stand for an organisation named earlier (``the
  company said``, ``the commission``): not a legal form or a word of a name alone (``Inc.``,
  ``Times``, ``Airlines``), not an event;
* an organisation's name cut in two (``newsdesk.entities.cut_names``) needs every noun of an
  organisation (``ALL_ORG_NOUNS``).
"""

from __future__ import annotations

from typing import NamedTuple

from newsdesk.entities.people import LEGAL_FORMS

MEDIA = "media"
COURT = "court"
GOVERNMENT = "government"
MINISTRY = "ministry"
EVENT = "event"
COMPANY = "company"
#: An organisation of no particular kind: the noun says nothing more.
ORGANISATION = "organisation"


class OrgNoun(NamedTuple):
    """A row of the table: the kind of organisation a noun says (None where no reader needs
    it), whether as a name's last word it marks the name as an organisation, and whether a
    definite description it heads stands for an organisation named earlier."""

    kind: str | None
    marks_name: bool
    describes: bool


def _kind(
    kind: str | None,
    *,
    heads: tuple[str, ...] = (),
    others: tuple[str, ...] = (),
    name_heads: tuple[str, ...] = (),
    name_words: tuple[str, ...] = (),
) -> dict[str, OrgNoun]:
    """The table's rows of one kind: ``heads`` mark a name as an organisation and head a
    description of one, ``others`` head a description only, ``name_heads`` mark a name only,
    ``name_words`` do neither (a word of a name that says its kind)."""
    groups = ((heads, True, True), (others, False, True), (name_heads, True, False),
              (name_words, False, False))
    return {noun: OrgNoun(kind, marks, describes) for nouns, marks, describes in groups for noun in nouns}


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

#: Nouns of organisations -> their row (``OrgNoun``).
ORG_NOUN_TABLE = {
    **_kind(MEDIA, name_heads=("news", "times", "post"),
            others=("network", "newspaper", "paper", "broadcaster", "outlet", "publisher"),
            name_words=("journal", "tribune", "herald", "networks", "broadcasting", "channel",
                        "magazine", "gazette", "radio", "television", "tv", "telegraph", "weekly",
                        "daily", "press", "media", "chronicle", "station")),
    **_kind(COURT, others=("court",), name_words=("tribunal",)),
    **_kind(GOVERNMENT, heads=("government",), others=("administration",),
            name_words=("regime", "cabinet")),
    **_kind(MINISTRY, heads=("ministry", "department"), name_heads=("ministries",),
            name_words=("police",)),
    **_kind(COMPANY, heads=("company",),
            others=("firm", "business", "brokerage", "lender", "insurer", "retailer", "carrier",
                    "airline", "maker", "manufacturer", "startup", "conglomerate", "subsidiary",
                    *MAKERS),
            name_words=(*sorted(LEGAL_FORMS - {"group", "capital", "partners", "company"}),
                        "motors", "airlines", "airways", "technologies", "securities",
                        "industries", "pharmaceuticals", "productions", "studios",
                        "entertainment", "systems", "labs")),
    **_kind(EVENT, name_words=("awards", "award", "prize", "festival", "games", "olympics", "cup",
                               "championship", "championships", "conference", "summit",
                               "tournament", "expo", "fair")),
    **_kind(ORGANISATION,
            heads=("office", "council", "committee", "organization", "organisation", "university",
                   "institute", "agency", "service", "bank", "union", "party", "center", "centre",
                   "foundation", "school", "group", "association"),
            name_heads=("initiative", "academy"), others=("bureau",)),
    **_kind(None, others=("campaign", "military", "army", "board", "coalition", "studio", "label",
                          "team", "club", "league", "charity", "regulator", "watchdog", "operator",
                          "provider", "developer", "chain", "giant", "commission", "assembly",
                          "fund", "hospital", "utility", "band", "parliament", "legislature",
                          "embassy", "consulate", "unit", "franchise")),
}

#: Nouns of organisations -> (their kind, whether as a name's last word they make it one), for
#: the nouns the table gives a kind.
ORG_NOUNS = {noun: (row.kind, row.marks_name) for noun, row in ORG_NOUN_TABLE.items() if row.kind}

#: Last words that make a name an organisation.
ORG_HEADS = frozenset(noun for noun, row in ORG_NOUN_TABLE.items() if row.marks_name)

#: Heads of definite descriptions that stand for an organisation named earlier.
DESCRIPTION_NOUNS = frozenset(noun for noun, row in ORG_NOUN_TABLE.items() if row.describes)

#: Every noun of an organisation the table holds.
ALL_ORG_NOUNS = frozenset(ORG_NOUN_TABLE)


def org_kind(noun: str) -> str | None:
    """The kind of organisation a noun says (a name's head or a description's), or None for a
    noun of no organisation."""
    row = ORG_NOUNS.get(noun.lower())
    return row[0] if row else None
