"""Canonical country names for the words news text uses for a state.

Articles name a state by its name ("China"), its people or adjective ("Chinese"), its capital
or seat of power as a metonym ("Beijing", "the Kremlin"). Figures, events and the footprint
ledger compare actors across articles, so they map those words to one name; the European
Union, a union of states that acts for them abroad, is named the same way ("the EU"). When
the entity layer ("mentions") is present its canonical ids win; this table is the fallback
so the per-article layers work without it. It is a short hand-kept table because no maintained
library maps demonyms and capital metonyms for news text; extend it as the corpus needs.
"""

from __future__ import annotations

import re

_ALIASES: dict[str, tuple[str, ...]] = {
    "China": ("chinese", "beijing", "prc", "people's republic of china", "sino"),
    "Russia": ("russian", "russians", "moscow", "kremlin", "the kremlin", "russian federation"),
    "Kazakhstan": ("kazakh", "kazakhs", "kazakhstani", "astana", "nur-sultan", "almaty"),
    "United States": ("us", "u.s.", "u.s", "usa", "american", "americans", "washington",
                      "the united states", "united states of america"),
    "Kyrgyzstan": ("kyrgyz", "bishkek"),
    "Tajikistan": ("tajik", "dushanbe"),
    "Uzbekistan": ("uzbek", "tashkent"),
    "Turkmenistan": ("turkmen", "ashgabat"),
    "Afghanistan": ("afghan", "kabul"),
    "Ukraine": ("ukrainian", "kyiv", "kiev"),
    "Iran": ("iranian", "tehran"),
    "Serbia": ("serbian", "belgrade"),
    "Kosovo": ("kosovar", "pristina"),
    "Georgia": ("georgian", "tbilisi"),
    "Taiwan": ("taiwanese", "taipei"),
    "Turkey": ("turkish", "ankara"),
    "United Kingdom": ("uk", "u.k.", "britain", "great britain", "british", "britons"),
    "European Union": ("eu", "e.u."),
}
_LOOKUP = {alias: name for name, aliases in _ALIASES.items() for alias in (*aliases, name.lower())}
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: A possessive's ending on a word or a name ("Iran's", "Iran’s", "Philippines'", "Harbor
#: Insights’"), read off by every reader of names written with one.
POSSESSIVE_END = re.compile(r"['’]s?$")


def canonical_country(name: str) -> str | None:
    """The country a name, demonym or capital stands for (``"Beijing"`` -> ``"China"``), or None."""
    key = POSSESSIVE_END.sub("", name.strip()).lower()
    if key in _LOOKUP:
        return _LOOKUP[key]
    key = _LEADING_THE.sub("", key)
    if key in _LOOKUP:
        return _LOOKUP[key]
    words = key.split("-")[0].split()
    first = words[0] if words else ""
    return _LOOKUP.get(first) if first and first != key else None


def countries_in(text: str) -> set[str]:
    """Every country named in a phrase, word by word (``"Russian-led CSTO"`` -> ``{"Russia"}``)."""
    found = set()
    for word in re.findall(r"[A-Z][A-Za-z.'’-]*", text):
        for part in (word, *word.split("-")):
            country = canonical_country(part)
            if country:
                found.add(country)
    for phrase in ("united states", "the kremlin"):
        if phrase in text.lower():
            found.add(_LOOKUP[phrase])
    return found
