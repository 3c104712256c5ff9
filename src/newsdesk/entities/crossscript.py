"""One actor across scripts: keys and gazetteer links for Cyrillic names.

A Russian mention joins its Latin-script entity in the registry through the same two keys an
English mention carries: the gazetteer id and the transliteration key (newsdesk.entities.translit).

* ``romanise`` writes a Russian name in the BGN/PCGN scheme that English-language news mostly
  follows (Токаев -> Tokayev, Зеленский -> Zelenskiy, Ерлан -> Yerlan). ``anyascii`` folds
  Cyrillic letter by letter and misses the scheme's context rules (е after a vowel or at the
  start is "ye", -ий is "-iy", ь and ъ are dropped); no installed library writes BGN/PCGN, so
  the table is kept here. ``translit_key`` then folds what differs between BGN, GOST 7.79 and
  ALA-LC spellings (y/i, zh/j, kh/h), so Tokayev, Tokaev and Toqaev share one key.
* ``gazetteer_id`` finds the gazetteer entry of a Russian name: first the hand-kept Russian
  names of the region's states, capitals, organisations and actors (``data/names_ru.json``;
  GeoNames alternate names are not shipped by any installed package), then the romanised name
  among the gazetteer's own names, only when the entry's type agrees with the mention's.
  Transliteration alone never links a person to a place or an organisation.

An entity named in both scripts is displayed in the script of the display language
(``NEWSDESK_DISPLAY_LANGUAGE``, ``en`` by default; ``ru`` shows Cyrillic names); every
spelling stays an alias.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from functools import lru_cache
from importlib import resources

from newsdesk.entities.gazetteer import PLACE_LABELS, load_gazetteer
from newsdesk.entities.translit import translit_key

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh letters that Russian-language press of the region also prints
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
#: The language entity names are displayed in, when an entity has names in several scripts.
DISPLAY_LANGUAGE_VARIABLE = "NEWSDESK_DISPLAY_LANGUAGE"
_CYRILLIC_LANGUAGES = {"ru", "kk", "uk", "be"}
_VOWELS = set("аеёиоуыэюяйъь")
#: Label groups whose gazetteer entries a mention of that label may take.
_COMPATIBLE = {"PERSON": {"PERSON"}, "ORG": {"ORG"}, "GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}


def romanise(name: str) -> str:
    """A Russian name in BGN/PCGN: ``Касым-Жомарт Токаев`` -> ``Kasym-Zhomart Tokayev``."""
    out = []
    for i, char in enumerate(name):
        lower = char.lower()
        latin = _LETTERS.get(lower)
        if latin is None:
            out.append(char)
            continue
        previous = name[i - 1].lower() if i else " "
        if lower == "е" and (not previous.isalpha() or previous in _VOWELS):
            latin = "ye"
        out.append(latin.capitalize() if char != lower else latin)
    return "".join(out)


def cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def latin_key(name: str) -> str:
    """The transliteration key of a name in either script (``Токаев`` and ``Toqaev`` agree)."""
    return translit_key(romanise(name) if cyrillic(name) else name)


@lru_cache(maxsize=1)
def russian_names() -> dict[str, str]:
    """Lower-case Russian name -> gazetteer id, for the region's entries."""
    text = resources.files("newsdesk.data").joinpath("names_ru.json").read_text(encoding="utf-8")
    return {name: eid for name, eid in json.loads(text).items() if not name.startswith("_")}


def gazetteer_id(name: str, *, label: str) -> str | None:
    """The gazetteer entry of a Russian name whose type agrees with ``label``, or None."""
    gazetteer = load_gazetteer()
    allowed = _COMPATIBLE.get(label, {label})
    for candidate in (russian_names().get(name.lower()),
                      gazetteer.by_name.get(romanise(name).lower())):
        entry = gazetteer.entries.get(candidate or "")
        if entry and (entry["label"] in allowed or _seat_as_place(entry, label=label)):
            return candidate
    return None


def _seat_as_place(entry: dict, *, label: str) -> bool:
    """A seat of power (Кремль, Акорда) is a place to the Russian NER and an actor to us."""
    return entry.get("kind") == "seat" and label in PLACE_LABELS


def display_language() -> str:
    return os.environ.get(DISPLAY_LANGUAGE_VARIABLE, "en").lower()


def in_display_script(names: Counter[str], *, language: str) -> Counter[str]:
    """The names written in the display language's script, or all names when none is."""
    wanted = language in _CYRILLIC_LANGUAGES
    chosen = Counter({name: n for name, n in names.items() if cyrillic(name) == wanted})
    return chosen or names
