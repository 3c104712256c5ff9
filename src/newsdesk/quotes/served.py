"""The state an office serves and the country a nationality word names, by the gazetteer:
what the role reader (``roles``, in ``title_affiliations``) needs to read ``Iraqi Prime
Minister`` as the prime minister of Iraq and ``Chinese expert`` as no one's official."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsdesk.entities.gazetteer import country_of_word, load_gazetteer
from newsdesk.entities.titles import PERSON_OFFICES, SPELLED_OUT
from newsdesk.parsed import doc_ents

#: Offices that serve a state or a place, so that a nationality or a place before them says
#: whom they serve (``Iraqi Prime Minister``, ``Missouri Senator``, ``Chinese officials``):
#: the titles only a person holds and the offices written after what they serve, with a
#: state's officials, but the scholars' titles; before an occupation a nationality says what
#: it is about or where its holder is from (``Chinese expert``), no affiliation.
SERVING = (PERSON_OFFICES - {"professor", "sinologist"}) | {"official", "diplomat", "lawmaker", "negotiator"}


def serves(role: str) -> bool:
    """The role's office, its last word before any *of* phrase, is one of ``SERVING``
    (``Secretary of State``: secretary; ``Rep.``: representative)."""
    words = role.split(" of ", 1)[0].lower().split()
    office = words[-1].rstrip(".") if words else ""
    office = SPELLED_OUT.get(office, office)
    return office in SERVING or office.removesuffix("s") in SERVING


def country_of(doc: Any, word: str) -> str | None:
    """The country a nationality word or a country's name stands for, by the gazetteer,
    written as the article names it where it does (``Britain``, ``the Netherlands``), initials
    aside (``U.S.``), and else by the gazetteer's name without a leading article (``United
    Kingdom``, ``Netherlands``)."""
    code = country_code(word)
    if code is None:
        return None
    name = without_article(load_gazetteer().entries[code]["name"])  # "The Netherlands"
    written = (without_article(e.text) for e in doc_ents(doc) if e.label_ == "GPE")
    named = [w for w in written if any(c.islower() for c in w) and (w == name or country_code(w) == code)]
    return max(named, key=len, default=name)


@lru_cache(maxsize=4096)
def country_code(word: str) -> str | None:
    """The gazetteer's id of the country ``word`` names or is the nationality word of
    (``gazetteer.country_of_word``: ``British``, of the alias ``Britain``; ``French``);
    else None."""
    return country_of_word(word, load_gazetteer())


def without_article(name: str) -> str:
    """``name`` without its surrounding spaces and a leading *the* (``the United States``)."""
    return re.sub(r"^(?:the|The)\s+", "", name.strip())
