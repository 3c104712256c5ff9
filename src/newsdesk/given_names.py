"""The gender a person's given name says, from ``nomquamgender``'s name data (MIT licence).

nomquamgender ships the name data of many countries' registers and censuses with, for each
name, an estimate p(gf) of how strongly the name is gendered female; its classifier
(``NBGC.classify``) names a name female or male only when that estimate is within its
documented default threshold of the certain ends (p(gf) <= 0.1 or >= 0.9) and leaves the rest
unclassified. That default is the only threshold used: a name the library leaves
unclassified (``Jean``, ``Kim``, ``Reagan``) says nothing. The quotes layer asks it a
speaker's gender and where a person's name starts, the bylines whether a part of a byline
opens with a registered given name.

The library's module is not imported: on import it loads pandas and keeps its whole name
table (about 720,000 names, some 270 MB in a process) for a classifier that builds arrays per
call. This module reads the same table (``name_data.json``, the package's documented data
file) on the first question in a process and keeps only the names the library's threshold
classifies, each with one letter; that much is kept in the user's cache
(``newsdesk.parse_cache``), so a later process reads about 650,000 short strings back
instead of parsing 22 MB of JSON. It normalises a name as the library's
``annotate`` does (transliterated to ASCII, lower case, stripped; ``anyascii``, which the
project already uses, where the library uses ``unidecode``: the two agree on Latin letters).

Only a given name is asked about: the first word of a name of two words or more (a lone
surname, ``Flynn``, would be read as the given name Flynn), not an initial (``J.D.``).

The same table says where a person's name starts when the tagger ran the words before it into
it (``given_name_start``: "Director of National Intelligence James Clapper" tagged from
"National", "Immigration Conservatives Heckle Jeb Bush" from a headline): at the first word
that is a given name of the table with the library's "high coverage" (at least
``MIN_COUNTS`` observations, its ``taxonomize`` default) and no word of the title, role and
person-noun lexicons ("Manager", "General" and "Justice" are given names somewhere), when
every word before it is an English word (the lemma index of the rule lemmatizer that ships
with the spaCy model), such a lexicon word or a possessive. The title lexicon cannot list
every job ("Senior Policy Advisor", "President of Ad Sales") nor the words of a headline, and
no library parses names out of such runs; a name whose first word is no English word
("Rayquann Deonte Jernigan") or an initial ("A. Philip Randolph") is never cut, nor a
monarch's title ("Queen Elizabeth II"), nor one that would keep fewer than two words.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from anyascii import anyascii

from newsdesk.entities.person_nouns import PERSON_NOUNS
from newsdesk.entities.titles import MONARCHS, ROLE_WORDS, TITLE_WORDS
from newsdesk.parse_cache import cache_directory, kept_file_parse

#: The library's default threshold on 0.5 - |0.5 - p(gf)|: a name nearer an end is classified.
THRESHOLD = 0.1
#: The library's default number of observations of a "high coverage" name (``taxonomize``).
MIN_COUNTS = 10
#: A possessive word ("Bloomberg's") ends a phrase before a name; it is no part of the name.
_POSSESSIVE = re.compile(r"\w['’]s?$")
#: Words of a title or a person's description ("Campaign Manager", "Attorney General",
#: "Whip"), which some registers also list as given names: never where a name starts.
_DESCRIBING = frozenset(TITLE_WORDS | ROLE_WORDS | PERSON_NOUNS)


def given_name_gender(name: str | None) -> str | None:
    """``"f"`` or ``"m"`` when the name's given name is gendered with the library's confidence,
    else ``None`` (no given name, an initial, an ambiguous or unknown name)."""
    words = (name or "").split()
    if len(words) < 2 or not words[0].replace("-", "").replace("'", "").isalpha():
        return None
    return _gendered_names().get(anyascii(words[0]).lower().strip())


def given_word_gender(word: str) -> str | None:
    """``given_name_gender`` of one word read as the given name of a name ("Brian" of
    "Brian X"): ``"f"``, ``"m"`` or ``None``."""
    return given_name_gender(f"{word} X")


@lru_cache(maxsize=1)
def _gendered_names() -> dict[str, str]:
    """Each classified name of the library's table with ``"f"`` or ``"m"``."""
    return _name_tables()["gender"]


@lru_cache(maxsize=1)
def _name_tables() -> dict[str, Any]:
    """The two readings of the library's table (``tables``), read and hashed where it may
    have changed (``parse_cache.kept_file_parse``) and parsed once, kept in the cache."""
    return kept_file_parse("nametables", _name_path(), tables, cache=cache_directory())


def _name_path() -> Path:
    """The library's name table (read and hashed when it may have changed,
    ``parse_cache.kept_file_parse``)."""
    package = find_spec("nomquamgender")  # found, not imported: its import reads the table
    if package is None or not package.submodule_search_locations:
        raise ModuleNotFoundError("nomquamgender is not installed (a dependency of newsdesk)")
    return Path(package.submodule_search_locations[0]) / "name_data.json"


def tables(data: bytes) -> dict[str, Any]:
    """The library's table (each name ``[sources, counts, p(gf), ...]``) read two ways:
    ``gender``, each name its threshold classifies with ``"f"`` or ``"m"``; ``common``, the
    names observed at least ``MIN_COUNTS`` times."""
    names = json.loads(data)
    return {
        "gender": {
            name: ("f" if info[2] >= 0.5 else "m")
            for name, info in names.items()
            if 0.5 - abs(0.5 - info[2]) <= THRESHOLD
        },
        "common": [name for name, info in names.items() if info[1] >= MIN_COUNTS],
    }


def is_common_given_name(word: str) -> bool:
    """The word, in any case, is a common given name of the table ("marc", "Heiko")."""
    return _key(word) in _common_given_names()


def given_name_only(word: str) -> bool:
    """The word is a common given name of the table and no English word ("Sandra", "Aryeh";
    not "Big", "Grant", "Virginia"), so that a name it opens reads as a person's."""
    key = _key(word)
    return key in _common_given_names() and not _is_english_word(key)


def from_given_name(name: str) -> str:
    """A person's name without the words the tagger ran into it before its given name."""
    words = name.split()
    return " ".join(words[given_name_start(words) :])


def given_name_start(words: list[str]) -> int:
    """The index of ``words`` (a person's name as tagged) where the name itself starts: its
    first common given name when each word before it is an English word or a possessive (see
    the module's docstring); 0 when there is none or fewer than two words would be left."""
    for i, word in enumerate(words[:-1]):
        key = _key(word)
        if key in MONARCHS:
            return 0  # a monarch's title stays with the name ("Queen Elizabeth II")
        if key in _DESCRIBING or _POSSESSIVE.search(word):
            continue
        if key in _common_given_names():
            return i if i and len(words) - i >= 2 else 0
        if not _is_english_word(key):
            return 0
    return 0


def family_name_after(given: str, word: str) -> bool:
    """``[Sally] Yates``, ``[Tommy] D'Alessandro``: ``word`` can be the family name of a person
    the tagger named by the given name alone: the given name is a common one of the table and
    no word of the title, role and person-noun lexicons, and ``word`` is no English word (the
    model's lemma tables: not ``[Sally] Field``, a word the model would have known) nor such a
    lexicon word."""
    first, last = _key(given), _key(word)
    return (
        first in _common_given_names()
        and first not in _DESCRIBING
        and last not in _DESCRIBING
        and not _is_english_word(last)
    )


def describing_word(word: str) -> bool:
    """A word of the title, role and person-noun lexicons ("House", "Senate", "Whip",
    "Leader"): a word that says what a person is or where the person serves, so never the
    first word of the person's name, however a register lists it."""
    return _key(word) in _DESCRIBING


def _key(word: str) -> str:
    return anyascii(word).lower().strip(".,;:()[]\"'")


def _is_english_word(word: str) -> bool:
    """A lemma of the model's lookup tables, or the plural of one; never an initial."""
    words = _english_words()
    return len(word) > 1 and word.isalpha() and (word in words or word.removesuffix("s") in words)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Every lemma of the lookup tables that the spaCy model's rule lemmatizer ships."""
    from newsdesk.nlp import lemma_lookups

    index = lemma_lookups().get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


@lru_cache(maxsize=1)
def registered_verb_forms() -> frozenset[str]:
    """The names of the library's table (any count) that are also a verb's past tense or third
    person ("rounds", "waters", "burns", "said"): a surname or given name written like a verb,
    so such a word at a name's end may be the name's own. Kept in the cache apart from the
    table's two other readings (a few thousand strings)."""
    return frozenset(
        kept_file_parse("nameverbs", _name_path(), verb_names, cache=cache_directory())
    )


def verb_names(data: bytes) -> list[str]:
    """The names of the library's table that ``verb_forms.verb_inflection`` calls a verb's form."""
    from newsdesk.entities.verb_forms import verb_inflection

    return sorted(name for name in json.loads(data) if verb_inflection(name))


@lru_cache(maxsize=1)
def _common_given_names() -> frozenset[str]:
    """The names of the library's table with at least ``MIN_COUNTS`` observations."""
    return frozenset(_name_tables()["common"])
