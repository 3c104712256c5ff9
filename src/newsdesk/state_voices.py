"""Which state a quoted speaker speaks for, from the stored quote fields and the entity registry.

A statement counts for a state when its speaker speaks for it: the state itself or its seat of
power ("Beijing said", "the Kremlin said"), its head of state or government and its officials,
its ministries, embassies and other state bodies, or its state media named as the source.
Experts, analysts and citizens of a state do not speak for it, whatever their nationality.

The state comes from the fields the quote layer stores, in this order: the speaker's name when
it names a state (``Russia``, ``the Kremlin``); the affiliation (``China`` for
``Zhang Xiao, China's ambassador to Kazakhstan``); the role without its host country
(``Russian ambassador to Kazakhstan`` is Russia's); the speaker's own words (``Chinese Foreign
Ministry``, ``a Russian official``); a state media outlet; failing all of them, the country the
entity registry gives the speaker. The speaker holds an office when the role, affiliation or
name holds an office word, when the speaker is a state outlet, or, with no role stated, when the
registry entity is a leader or official from the gazetteer (its people come from the CAMEO actor
dictionaries of state actors).

The quote layer keeps roles as written and the registry keeps a country, but neither says
whether a role is a public office and no library maps news roles to offices, so two short
hand-kept lexicons live here: office words and state media outlets. Extend them as the corpus
needs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsdesk.entities.gazetteer import country_of_word, load_gazetteer
from newsdesk.names import canonical_country, countries_in

#: Words of a role, affiliation or source that name a public office or a state body.
OFFICE_WORDS = frozenset({
    "president", "vice-president", "premier", "prime", "chancellor", "king", "emir", "leader",
    "minister", "ministry", "ministries", "secretary", "cabinet", "government", "administration",
    "kremlin", "spokesman", "spokeswoman", "spokesperson", "ambassador", "embassy", "consul",
    "consulate", "envoy", "diplomat", "diplomats", "official", "officials", "authorities",
    "general", "military", "army", "navy", "commander", "mayor", "governor",
})
#: Capitalised words of a title that name no place (``Deputy Foreign Minister``).
_TITLE_WORDS = OFFICE_WORDS | {"deputy", "acting", "vice", "first", "senior", "chief", "foreign",
                               "defense", "defence", "interior", "affairs", "state", "department"}
#: Words that take a role out of the state's voice (an opposition leader, a former minister).
NOT_OFFICE_WORDS = frozenset({"opposition", "former", "ex", "rebel", "rebels", "separatist",
                              "separatists", "exiled", "dissident"})
#: State-owned or state-run news outlets, by the state that runs them.
STATE_MEDIA = {
    "xinhua": "China", "cctv": "China", "cgtn": "China", "china daily": "China",
    "global times": "China", "people's daily": "China", "tass": "Russia", "ria novosti": "Russia",
    "sputnik": "Russia", "rt": "Russia", "rossiya": "Russia", "kazinform": "Kazakhstan",
    "khabar": "Kazakhstan", "irna": "Iran", "press tv": "Iran", "trt": "Turkey",
}
_HOST = re.compile(r"\b(?:to|in)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
_HOST_KINDS = {"country", "capital", "city", "igo"}
_WORD = re.compile(r"[\w'’-]+")
_STATE_KINDS = {"country", "capital", "seat"}
#: ``STATE_MEDIA`` as whole-word patterns, in its order.
_STATE_MEDIA_WORDS = tuple((re.compile(rf"\b{re.escape(outlet)}\b"), state)
                           for outlet, state in STATE_MEDIA.items())


def speaks_for(quote: dict[str, Any], *, entity: dict[str, Any] | None = None) -> str | None:
    """The state (canonical country name) the quote's speaker speaks for, or None.

    ``entity`` is the speaker's registry entity (``country`` ISO3, ``gazetteer`` id) if known."""
    speaker = quote.get("speaker") or ""
    whole = canonical_country(speaker) if speaker and len(speaker.split()) <= 3 else None
    if whole and (_is_state_name(speaker) or _is_state_entity(entity)):
        return whole
    states = _stated_states(quote)
    if not states and not _names_other_place(quote):
        states = _registry_states(entity)
    if len(states) != 1 or _names_igo(quote) or not _holds_office(quote, entity=entity):
        return None
    return next(iter(states))


@lru_cache(maxsize=4096)
def state_media(name: str | None) -> str | None:
    """The state running the outlet ``name`` names (``"Xinhua News Agency"`` -> China), or None."""
    words = " ".join(_WORD.findall((name or "").lower()))
    return next((state for outlet, state in _STATE_MEDIA_WORDS if outlet.search(words)), None)


def countries_named(text: str) -> set[str]:
    """The countries a phrase names: ``names.countries_in``, else every country or nationality
    word the gazetteer knows (``Syrian army chief`` -> Syria)."""
    found = countries_in(text)
    if found:
        return found
    words = [word.strip(".,'’") for word in _WORD.findall(text) if word[:1].isupper()]
    codes = {_country_code(word) for word in words}
    return {name for name in map(country_name, codes - {None}) if name}


@lru_cache(maxsize=4096)
def _country_code(word: str) -> str | None:
    """``gazetteer.country_of_word`` once per word: a nationality word scans every country."""
    return country_of_word(word, load_gazetteer())


def country_name(iso3: str | None) -> str | None:
    """The canonical name of the country with this ISO3 code in the gazetteer."""
    entry = load_gazetteer().entries.get(iso3 or "")
    if not entry:
        return None
    return canonical_country(entry["name"]) or entry["name"]


def _without_host(text: str) -> str:
    """``text`` without the place an office serves in or is sent to (``ambassador to
    Kazakhstan``, ``embassy in London``, ``envoy to the United Nations``); an organisation
    after *in* stays (``official in the Russian Defence Ministry``)."""
    gazetteer = load_gazetteer()

    def host(match: re.Match[str]) -> str:
        entry = gazetteer.lookup(match.group(1)) or {}
        return "" if entry.get("kind") in _HOST_KINDS else match.group()

    return _HOST.sub(host, text)


def _is_state_name(speaker: str) -> bool:
    entry = load_gazetteer().lookup(re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE))
    return bool(entry and entry.get("kind") in _STATE_KINDS)


def _is_state_entity(entity: dict[str, Any] | None) -> bool:
    entry = load_gazetteer().entries.get((entity or {}).get("gazetteer") or "")
    return bool(entry and entry.get("kind") in _STATE_KINDS)


def _names_igo(quote: dict[str, Any]) -> bool:
    """True when the speaker, affiliation or a capitalised word of the role is an international
    organisation (``UN Secretary-General``): its officials speak for no one state."""
    gazetteer = load_gazetteer()
    role_words = re.findall(r"\b[A-Z][\w.-]*", _without_host(quote.get("role") or ""))
    names = (quote.get("speaker"), quote.get("affiliation"), *role_words)
    return any((gazetteer.lookup(name) or {}).get("kind") == "igo" for name in names if name)


def _stated_states(quote: dict[str, Any]) -> set[str]:
    for field in ("affiliation", "role", "speaker"):  # "Russian Embassy in Astana" is Russia's
        found = countries_named(_without_host(quote.get(field) or ""))
        if found:
            return found
    media = state_media(quote.get("speaker")) or state_media(quote.get("affiliation"))
    return {media} if media else set()


def _names_other_place(quote: dict[str, Any]) -> bool:
    """True when the role or affiliation holds a name that is no office word and no state we
    know (``French President``, ``Donetsk People's Republic``): the registry's country for the
    speaker must not overrule what the article says."""
    stated = f"{_without_host(quote.get('role') or '')} {quote.get('affiliation') or ''}"
    names = {word.lower() for word in re.findall(r"\b[A-Z][\w'’-]*", stated)}
    return bool(names - _TITLE_WORDS)


def _registry_states(entity: dict[str, Any] | None) -> set[str]:
    name = country_name((entity or {}).get("country"))
    return {name} if name else set()


def _holds_office(quote: dict[str, Any], *, entity: dict[str, Any] | None) -> bool:
    stated = " ".join(quote.get(key) or "" for key in ("role", "affiliation", "speaker"))
    words = {word.lower() for word in _WORD.findall(stated)}
    if words & NOT_OFFICE_WORDS:
        return False
    if words & OFFICE_WORDS or state_media(stated):
        return True
    gazetteer_id = (entity or {}).get("gazetteer") or ""
    return not quote.get("role") and gazetteer_id.startswith("person:")
