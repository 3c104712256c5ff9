"""The entity gazetteer shipped in ``newsdesk/data/gazetteer.jsonl`` and the ruler patterns made
from it.

The file is built by ``scripts/build_gazetteer.py`` from GeoNames (countries, capitals) and the
Phoenix/PETRARCH-2 CAMEO actor dictionaries (leaders, officials, organisations, armed groups),
plus a short curated table (organisation acronyms, seats of power, renames with dates).
Its first line carries the attribution.

The same script writes ``newsdesk/data/gazetteer_tokens.json``: how the model's tokenizer splits
each name it does not split at single spaces alone ("Guinea-Bissau", "St. John's"), stamped
with the model and spaCy versions that made it. The ruler's phrase matcher then takes each
name's token ids without tokenising the names in every process (``newsdesk.nlp``).

Each process reads the gazetteer once (``load_gazetteer``). The parsed entries are kept in
the user's cache directory as a ``marshal`` of the parse (lists, dicts and strings; unlike a
pickle, reading it back runs no code; ``newsdesk.parse_cache``), named by the SHA-1 of the
file's bytes and by Python's version, so a changed file is parsed again; loading it costs
about a third of the JSON parse (0.007 against 0.019 CPU s on an idle core), paid by every
analysis worker. A cache
that cannot be read or written is passed over.

A reader of a few entries by id and of the countries (the registry's corpus update, which
names and places the entities it writes) loads ``load_gazetteer_by_id`` instead: the kept
parse holds each entry's line, parsed when that entry is first read, and the country
entries parsed (a fresh process's load about half that of the whole parse: 12-18 against
23-30 CPU ms on a busy machine). The lines and their ids are kept as two byte strings with
their offsets, and an id is found by bisection (``EntryLines``): reading that back copies
a few byte strings where a dict of the lines made 43,202 strings, and a fresh process's
load went from about 14 to 6 CPU ms, the file's read and SHA-1 (about 3 ms) included. The
packaged file is read and hashed only when its stamp (path, inode, size, change times) is
not the one kept with its SHA-1 (``parse_cache.kept_file_parse``).

A nationality word ("Kazakh", "Chinese") is tested only against the country names that can be
its stem, found by their first letters in an index built once per gazetteer (``StemNames``),
not against every country name and alias: the same answers for 89,029 words (the gazetteer's
and 3,000 AllSides articles' capitalised words, and every country name's first word with a
nationality's endings), 24.1 against 0.54 CPU s.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

from newsdesk.entities.demonyms import IRREGULAR_NATIONALITIES
from newsdesk.parse_cache import cache_directory, kept_file_parse, kept_parse

#: Labels the ruler assigns; the NER labels newsdesk keeps as entities.
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
#: Of those, the labels of places (of the tagger's spans and the gazetteer's entries).
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: The packaged tokens of the gazetteer's names (``phrase_tokens``), beside the gazetteer.
TOKENS_FILE = "gazetteer_tokens.json"
#: Names with at most this many letters are short aliases (see ``is_short_alias``).
SHORT_ALIAS_LETTERS = 4


@dataclass(slots=True)
class Gazetteer:
    """Entries by id, and by lower-cased name or alias.

    The name index (``by_name``, ``written``: about 23,000 names) is built on first use, not at
    load: the registry's corpus step reads entries by id and asks only whether a word names
    a country (``country_named``), which the country entries answer alone (0.02 of a
    registry update's 0.3 CPU s at 1,000 articles went to an index it did not read)."""

    entries: Mapping[str, dict[str, Any]] = field(default_factory=dict)  # a dict or EntryLines
    countries: list[str] = field(default_factory=list)  # lower-case country names
    country_entries: list[dict[str, Any]] = field(default_factory=list)  # the same, entries
    attribution: str = ""
    _names: tuple[dict[str, str], set[str]] | None = field(default=None, init=False, repr=False)
    _country_names: tuple[dict[str, str], set[str]] | None = field(
        default=None, init=False, repr=False
    )
    _states_of_word: dict[str, set[str]] | None = field(default=None, init=False, repr=False)
    _stems: tuple[StemNames, StemNames] | None = field(default=None, init=False, repr=False)
    _heads: dict[str, list[tuple[str, str, str]]] | None = field(default=None, init=False, repr=False)

    @property
    def by_name(self) -> dict[str, str]:
        """Each lower-cased name, alias or acronym -> the id of the first entry bearing it."""
        return self._name_index()[0]

    @property
    def written(self) -> set[str]:
        """Every name, alias and acronym as written."""
        return self._name_index()[1]

    def _name_index(self) -> tuple[dict[str, str], set[str]]:
        if self._names is None:
            self._names = _names_of(self.entries.values())
        return self._names

    def lookup(self, name: str) -> dict[str, Any] | None:
        entry_id = self.match(name)
        return self.entries[entry_id] if entry_id else None

    def match(self, name: str) -> str | None:
        """The id of the entry ``name`` names. A short name or an acronym ("US", "UN") must
        match as written: "Us" (of Us Weekly) or "us" is not the United States."""
        entry_id = self.by_name.get(name.lower())
        if entry_id and is_short_alias(name) and name not in self.written:
            return None
        return entry_id

    def country_named(self, name: str) -> str | None:
        """The id of the country ``name`` names, as ``match`` finds it, else None.

        The file lists every country before any other entry, so the first entry bearing a
        country's name is a country, and ``match`` finds a country exactly when the index
        of the leading country entries (first one wins) does. Only a short name or an
        acronym those entries do not write needs the full index (``match``'s case test)."""
        leading = self._country_index()
        if self._names is not None or leading is None:
            found = self.match(name)
            return found if found and self.entries[found]["kind"] == "country" else None
        by_name, written = leading
        found = by_name.get(name.lower())
        if found and is_short_alias(name) and name not in written and name not in self.written:
            return None
        return found

    def names_a_people(self, text: str) -> bool:
        """A people named after a country, which the tagger may call a place: "Kazakhs",
        "Kyrgyz", "Iraqis", "South Koreans" (the start of a country's name, or the name and
        an adjective's ending)."""
        stem = text.lower().removesuffix("s")
        if len(stem) < 5:
            return False
        if " " not in stem and any(name.startswith(stem) and name != stem
                                   for name in self.countries):
            return True
        return text.endswith("s") and self.country_of_adjective(text) is not None

    def country_of_adjective(self, word: str) -> str | None:
        """The id of the country whose name, with an adjective's ending "n" or "i", makes
        ``word`` or its plural: "Iraqi", "South Koreans"; or whose nationality word English
        does not make from its name (``irregular_nationality``: "French", "Greeks"); else
        None. A lookup, as ``country_named``."""
        stem = word.removesuffix("s")
        if irregular := irregular_nationality(word):
            return irregular
        return self.country_named(stem[:-1]) if len(stem) > 4 and stem[-1] in "ni" else None

    def state_of_adjective(self, word: str) -> str | None:
        """The id of the one state an adjective names (``country_of_adjective``), or None
        where the adjective is also a word of another state's name and so names several
        ("Dominican": Dominica and the Dominican Republic; "Indian": India and the British
        Indian Ocean Territory, and the peoples of the Americas). A word of
        ``irregular_nationality`` names its one state ("French", not French Guiana's)."""
        found = self.country_of_adjective(word)
        if found is None or irregular_nationality(word):
            return found
        if self._states_of_word is None:  # built once: read for each title word of an actor
            self._states_of_word = {}
            for entry in self.country_entries:
                for name_word in _name_words(entry):
                    self._states_of_word.setdefault(name_word, set()).add(entry["id"])
        return None if self._states_of_word.get(word, set()) - {found} else found

    def country_stems(self) -> tuple[StemNames, StemNames]:
        """The countries' official names, and their one-word names and aliases, indexed for
        ``country_of_stem`` (built once: a nationality word is asked of every country)."""
        if self._stems is None:
            self._stems = (StemNames((e["id"], e["name"]) for e in self.country_entries),
                           StemNames(_one_word_names(self)))
        return self._stems

    def names_headed_by(self, word: str) -> list[tuple[str, str, str]]:
        """``(id, name, the rest)`` of each country name or alias of several words whose first
        word is ``word`` (lower-cased), from an index of the first words built once."""
        if self._heads is None:
            self._heads = {}
            for entry in self.country_entries:
                for name in (entry["name"], *entry.get("aliases", ())):
                    head, _, rest = name.partition(" ")
                    if rest:
                        self._heads.setdefault(head.lower(), []).append((entry["id"], name, rest))
        return self._heads.get(word.lower(), [])

    def _country_index(self) -> tuple[dict[str, str], set[str]] | None:
        """The name index of the country entries, if they lead the entries, else None."""
        if self._country_names is None:
            leading = _leading_countries(self.entries.values())
            if leading is None:
                return None
            self._country_names = _names_of(islice(self.entries.values(), leading))
        return self._country_names

    def state_of(self, entry_id: str) -> str | None:
        """ISO3 of the state a capital or seat of power stands for, else None."""
        entry = self.entries.get(entry_id) or {}
        if entry.get("kind") == "seat":
            return entry.get("stands_for")
        if entry.get("kind") == "capital":
            return entry.get("country")
        return None


def _name_words(entry: dict[str, Any]) -> set[str]:
    """The words of an entry's name and aliases as written ("Dominican Republic": Dominican,
    Republic)."""
    names = (entry["name"], *entry.get("aliases", ()))
    return {word for name in names for word in name.replace("-", " ").split()}


def _leading_countries(entries: Iterable[dict[str, Any]]) -> int | None:
    """How many country entries lead ``entries``; None when a country comes after an entry
    of another kind."""
    kinds = [entry["kind"] == "country" for entry in entries]
    leading = kinds.index(False) if False in kinds else len(kinds)
    return leading if sum(kinds) == leading else None


def _names_of(entries: Iterable[dict[str, Any]]) -> tuple[dict[str, str], set[str]]:
    """Each lower-cased name of ``entries`` -> the first entry's id, and the names as
    written, built by comprehensions."""
    names = [
        (name, entry["id"])
        for entry in entries
        for name in (entry["name"], *entry.get("aliases", ()), *entry.get("acronyms", ()))
    ]
    by_name = {name.lower(): entry_id for name, entry_id in reversed(names)}
    return by_name, {name for name, _ in names}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process: its entries parsed, or read back from
    the cache of that parse (the module doc); the name index is built when first asked for
    (``Gazetteer.by_name``)."""
    return _gazetteer(_packaged_parse("gazetteer", _parse))


def gazetteer_of(data: bytes, *, cache: Path | None) -> Gazetteer:
    """The gazetteer of a file's bytes ``data``, every entry parsed (``parsed_entries``)."""
    return _gazetteer(parsed_entries(data, cache=cache))


def _gazetteer(parsed: tuple[str, list[dict[str, Any]]]) -> Gazetteer:
    attribution, entries = parsed
    countries = [entry for entry in entries if entry["kind"] == "country"]
    return Gazetteer(
        entries={entry["id"]: entry for entry in entries},
        countries=[entry["name"].lower() for entry in countries],
        country_entries=countries,
        attribution=attribution,
    )


class EntryLines(Mapping[str, dict[str, Any]]):
    """Entries by id, each parsed from its line of the file when it is first read.

    The lines and their ids are kept as two byte strings with the offsets of each line and
    id in them, and the order of the ids sorted (``_lines_kept``): reading that back from
    the kept parse copies a few byte strings, where a dict of 21,601 ids and lines made
    43,202 strings (about half of a fresh process's load); an id is found by bisection. An
    id found is kept with its parsed entry and an id not found is kept too, so each is
    bisected once: the registry's writer asks for the gazetteer id of every member of an
    entity it writes, most often none or the same one again."""

    __slots__ = ("_absent", "_id_starts", "_ids", "_line_starts", "_lines", "_order", "_parsed")

    def __init__(self, kept: tuple[bytes, bytes, bytes, bytes, bytes]) -> None:
        ids, id_starts, lines, line_starts, order = kept
        self._ids, self._lines = ids, lines
        self._id_starts = memoryview(id_starts).cast("I")
        self._line_starts = memoryview(line_starts).cast("I")
        self._order = memoryview(order).cast("I")
        self._parsed: dict[str, dict[str, Any]] = {}
        self._absent: set[str] = set()

    def __getitem__(self, entry_id: str) -> dict[str, Any]:
        entry = self.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        return entry

    def get(self, entry_id: str, default: Any = None) -> Any:
        """The entry of ``entry_id``, else ``default``, without raising on an id not held."""
        entry = self._parsed.get(entry_id)
        if entry is not None:
            return entry
        if entry_id in self._absent:
            return default
        place = self._place(entry_id)
        if place is None:
            self._absent.add(entry_id)
            return default
        line = self._lines[self._line_starts[place] : self._line_starts[place + 1]]
        entry = self._parsed[entry_id] = json.loads(line)
        return entry

    def __contains__(self, entry_id: object) -> bool:
        if not isinstance(entry_id, str) or entry_id in self._absent:
            return False
        if entry_id in self._parsed:
            return True
        if self._place(entry_id) is None:
            self._absent.add(entry_id)
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return (self._id(place).decode("utf-8") for place in range(len(self)))

    def __len__(self) -> int:
        return len(self._order)

    def _id(self, place: int) -> bytes:
        return self._ids[self._id_starts[place] : self._id_starts[place + 1]]

    def _place(self, entry_id: str) -> int | None:
        """The place of ``entry_id`` in the file's order of ids, or None."""
        wanted = entry_id.encode("utf-8")
        order = self._order
        found = bisect_left(order, wanted, key=self._id)
        return order[found] if found < len(order) and self._id(order[found]) == wanted else None


def _lines_kept(lines: dict[str, str]) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    """What ``EntryLines`` reads, of each id's line in the file's order of ids: the ids and
    the lines, each as one UTF-8 byte string, the offset where each starts (and the end), and
    the places of the ids in the order of their bytes."""
    ids = [entry_id.encode("utf-8") for entry_id in lines]
    texts = [line.encode("utf-8") for line in lines.values()]
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return (b"".join(ids), _starts(ids), b"".join(texts), _starts(texts),
            array("I", order).tobytes())


def _starts(parts: list[bytes]) -> bytes:
    """The offset of each of ``parts`` in their join, and the join's length, as 32-bit
    numbers."""
    return array("I", [0, *accumulate(len(part) for part in parts)]).tobytes()


@lru_cache(maxsize=1)
def load_gazetteer_by_id() -> Gazetteer:
    """The packaged gazetteer for a reader of entries by id and of the countries (the module
    doc): the process's full gazetteer where it is loaded already, else the entries' lines,
    each parsed when first read, from the kept parse of the file's lines. Its answers are
    the full one's; the name index, where asked for, parses every entry."""
    if load_gazetteer.cache_info().currsize:
        return load_gazetteer()
    return _gazetteer_by_id(_packaged_parse("gazetteerentrylines", _parse_lines))


def gazetteer_by_id_of(data: bytes, *, cache: Path | None) -> Gazetteer:
    """The gazetteer of a file's bytes ``data`` with its entries' lines, each parsed when
    first read (``EntryLines``), from the kept parse of the lines (``_parse_lines``)."""
    return _gazetteer_by_id(kept_parse("gazetteerentrylines", data, _parse_lines, cache=cache))


def _gazetteer_by_id(
    parsed: tuple[str, list[dict[str, Any]], int | None, tuple[bytes, ...]],
) -> Gazetteer:
    attribution, countries, leading, lines = parsed
    gazetteer = Gazetteer(
        entries=EntryLines(lines),
        countries=[entry["name"].lower() for entry in countries],
        country_entries=countries,
        attribution=attribution,
    )
    if leading is not None:  # what ``_country_index`` finds, without parsing every entry
        gazetteer._country_names = _names_of(countries[:leading])
    return gazetteer


def _packaged_parse(kind: str, parse: Callable[[bytes], Any]) -> Any:
    """``parse`` of the packaged file's bytes, kept in the cache (the module doc); a file on
    disk is read and hashed only when it may have changed (``kept_file_parse``)."""
    packaged = resources.files("newsdesk.data").joinpath("gazetteer.jsonl")
    if isinstance(packaged, Path):
        return kept_file_parse(kind, packaged, parse, cache=cache_directory())
    return kept_parse(kind, packaged.read_bytes(), parse, cache=cache_directory())


def _parse_lines(data: bytes) -> tuple[str, list[dict[str, Any]], int | None, tuple[bytes, ...]]:
    """The attribution, the country entries, how many of them lead the entries (None when
    another kind comes between them: ``Gazetteer._country_index``) and each entry's line by
    id (a later line of an id replaces an earlier one, as in ``load_gazetteer``), as
    ``EntryLines`` reads them (``_lines_kept``)."""
    attribution, entries = _parse(data)
    body = data.decode("utf-8").partition("\n")[2].strip()
    lines = body.split("\n") if body else []
    by_id = {entry["id"]: entry for entry in entries}
    leading = _leading_countries(by_id.values())
    countries = [entry for entry in entries if entry["kind"] == "country"]
    whole = leading is not None and countries == list(islice(by_id.values(), leading))
    return (attribution, countries, leading if whole else None,
            _lines_kept({entry["id"]: line for entry, line in zip(entries, lines, strict=True)}))


def parsed_entries(data: bytes, *, cache: Path | None) -> tuple[str, list[dict[str, Any]]]:
    """The attribution and the entries of a gazetteer file's bytes ``data``: read back from
    ``cache`` when a parse of the same bytes is kept there, else parsed and kept (the module
    doc)."""
    attribution, entries = kept_parse("gazetteer", data, _parse, cache=cache)
    return attribution, entries


def _parse(data: bytes) -> tuple[str, list[dict[str, Any]]]:
    """The attribution (the first line) and the entries (one JSON object a line)."""
    head, _, body = data.decode("utf-8").partition("\n")
    return json.loads(head)["attribution"], json.loads("[" + body.strip().replace("\n", ",") + "]")


#: Endings of a nationality word made from its country's name ("Kazakh", "Chinese").
_DEMONYM_ENDINGS = ("an", "ian", "ese", "i", "ish", "kh", "ic", "ch")
#: Endings a country's name drops before a nationality's suffix: a final vowel (China:
#: Chinese, Germany: German, Mexico: Mexican, Suriname: Surinamese), a plural's (Bahamas:
#: Bahamian, Maldives: Maldivian), -ay, -ey, -on, -en, -ain (Norway: Norwegian, Turkey:
#: Turkish, Lebanon: Lebanese, Sweden: Swedish, Britain: British), -um, -al, -que
#: (Belgium: Belgian, Portugal: Portuguese, Mozambique: Mozambican).
_NAME_ENDINGS = frozenset({
    "", "a", "e", "o", "y", "s", "as", "os", "es", "ay", "ey", "on", "en", "ain", "um", "al", "que",
})
#: Endings a country's name drops where its nationality word is the name's stem alone
#: (Kazakhstan: Kazakh, Afghanistan: Afghan, Thailand: Thai, Germany: German, Somalia:
#: Somali; not -ia: Romania's is Romanian, not Roman).
_PEOPLE_NAME_ENDINGS = frozenset({"stan", "istan", "land", "a", "y"})
#: Letters a nationality word and its country's name share at least ("Chin" of Chinese).
_STEM_LETTERS = 4


def country_of_word(word: str, gazetteer: Gazetteer) -> str | None:
    """ISO3 for a country name or a nationality word or its plural: "China", "Kazakh",
    "Chinese", "Mexicans", "British" (of the alias Britain), "Dominican" (the Dominican
    Republic, whose name opens with it, not Dominica), "French", "Swiss" (words English
    does not make from the name: ``irregular_nationality``). The one reader of a
    nationality word for every layer."""
    if len(word) < 4 or not word[:1].isupper():
        return None
    exact = irregular_nationality(word) or gazetteer.country_named(word)
    exact = exact or _country_opened_by(word, gazetteer)
    exact = exact or gazetteer.country_of_adjective(word)
    if exact:
        return exact
    if not singular_of(word).lower().endswith(_DEMONYM_ENDINGS):
        return None
    official, one_word = gazetteer.country_stems()
    return official.country_of(word) or one_word.country_of(word)


def irregular_nationality(word: str) -> str | None:
    """ISO3 of the state a capitalised nationality word of
    ``demonyms.IRREGULAR_NATIONALITIES`` or its plural names ("French", "Greeks", "Swiss";
    not "polish"), else None."""
    if not word[:1].isupper():
        return None
    lowered = word.lower()
    return IRREGULAR_NATIONALITIES.get(lowered) or IRREGULAR_NATIONALITIES.get(singular_of(lowered))


def singular_of(word: str) -> str:
    """``word`` without a plural's "s" ("Mexicans": Mexican; "Swiss" keeps its own)."""
    return word if word.lower().endswith("ss") else word.removesuffix("s")


def _one_word_names(gazetteer: Gazetteer) -> Iterator[tuple[str, str]]:
    """(id, name) of each country's one-word names and aliases ("Britain" of the United
    Kingdom), whose stem a nationality word may be where no official name's is."""
    for entry in gazetteer.country_entries:
        for name in (entry["name"], *entry.get("aliases", ())):
            if " " not in name:
                yield entry["id"], name


def _country_opened_by(word: str, gazetteer: Gazetteer) -> str | None:
    """The one country whose name or alias opens with ``word`` (or its singular), a
    nationality's word, as the name's own adjective: before a noun that names no country
    and no *of* phrase ("Dominican Republic", "Saudi Arabia", "Czech Republic"; not
    "American Samoa", named after its owner, nor "Democratic Republic of the Congo")."""
    singular = singular_of(word)
    if " " in word or len(singular) < _STEM_LETTERS:
        return None
    if not singular.lower().endswith(_DEMONYM_ENDINGS):
        return None
    found = {code for code, name, rest in gazetteer.names_headed_by(singular)
             if " of " not in name and not gazetteer.country_named(rest)}
    return found.pop() if len(found) == 1 else None


def country_of_stem(word: str, names: Iterable[tuple[str, str]]) -> str | None:
    """The one id of the (id, name) pairs whose name, or a place a name joins (``_places``),
    is the stem of the nationality word ``word`` or its plural (a whole name first): the two
    share ``_STEM_LETTERS`` letters or more, after which the name has only an ending English
    drops before a nationality's suffix (``_NAME_ENDINGS``) and the word only such a suffix,
    or nothing where the name drops a word for land or its last vowel
    (``_PEOPLE_NAME_ENDINGS``): "Chinese": China; "Kazakh": Kazakhstan; "Turkish": Turkey,
    not Turkmenistan. A name that goes on otherwise makes another word ("Roman", "Venetian",
    "Christian", "Republican" are not Romania, Venezuela, Christmas Island, the Republic of
    the Congo); so does a suffix the word does not attach as English writes it (``_stem_of``:
    "Ghani", "Perucci", "Turkman" are not Ghana, Peru, Turkey). Asked of the same names
    again and again, ``StemNames`` answers from an index of them."""
    return StemNames(names).country_of(word)


class StemNames:
    """(id, name) pairs indexed for ``country_of_stem``: by each lower-cased name and place
    whole, and by its first ``_STEM_LETTERS`` letters. A name can be a word's stem only where
    it is the word, the word less an adjective's "ic" or "i", or shares those first letters
    with it (``_stem_of``), so the names a word is tested against are those the index gives
    for it, not every name (a registry update asks 57 words of about 250 countries twice)."""

    __slots__ = ("_names", "_places")

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._names: dict[str, list[tuple[str, str]]] = {}
        self._places: dict[str, list[tuple[str, list[str]]]] = {}
        for code, name in names:
            lowered, places = name.lower(), _places(name)
            for key in _stem_keys([lowered]):
                self._names.setdefault(key, []).append((code, lowered))
            for key in _stem_keys(places):
                self._places.setdefault(key, []).append((code, places))

    def country_of(self, word: str) -> str | None:
        """``country_of_stem`` of ``word`` over these names."""
        singular = singular_of(word.lower())
        keys = _word_keys(singular)
        found = {code for key in keys for code, name in self._names.get(key, ())
                 if singular == name or _stem_of(singular, name)}
        if not found:  # a place a name joins only where no whole name is the stem
            found = {code for key in keys for code, places in self._places.get(key, ())
                     if any(_stem_of(singular, p) for p in places)}
        return found.pop() if len(found) == 1 else None


def _stem_keys(names: Iterable[str]) -> set[str]:
    """The keys ``StemNames`` files lower-cased names under: each whole, and its first
    ``_STEM_LETTERS`` letters where it has as many."""
    return {key for name in names for key in (name, name[:_STEM_LETTERS] + "…")
            if len(name) >= _STEM_LETTERS or key == name}


def _word_keys(singular: str) -> set[str]:
    """The keys of the names that may be the stem of ``singular`` (``_stem_of``): the word
    whole, less "ic" or "i", and its first ``_STEM_LETTERS`` letters."""
    keys = {singular, singular.removesuffix("ic"), singular.removesuffix("i")}
    if len(singular) >= _STEM_LETTERS:
        keys.add(singular[:_STEM_LETTERS] + "…")
    return keys


def _places(name: str) -> list[str]:
    """The lower-cased places a country's name names: the place of its *of* phrase
    ("Republic of the Congo": congo), else the name, each place an *and* joins ("Bosnia and
    Herzegovina") and the first word of a name of several ("Ivory Coast": ivory)."""
    lowered = name.lower()
    if " of " in lowered:
        return [lowered.rpartition(" of ")[2].removeprefix("the ")]
    return list(dict.fromkeys([lowered, *lowered.split(" and "), lowered.split()[0]]))


def _stem_of(word: str, name: str) -> bool:
    """``word`` is ``name``'s stem and a nationality's suffix (``country_of_stem``); an
    adjective in -ic or -i is made of a whole name (Iceland: Icelandic, Iraq: Iraqi; not
    Turkic, Germanic, nor Ghani of Ghana, Germani of Germany); a name's stem alone without
    its last vowel (Somalia: Somali) is no person's name ("Romani" is no Romania)."""
    if word.endswith("ic"):
        return word == name + "ic"
    if word == name + "i":
        return len(name) >= _STEM_LETTERS
    common = next((i for i, (a, b) in enumerate(zip(word, name)) if a != b),
                  min(len(word), len(name)))
    for shared in range(common, _STEM_LETTERS - 1, -1):
        suffix, ending = word[shared:], name[shared:]
        if ending in _NAME_ENDINGS and _is_suffix(suffix):
            return True
        if not suffix and ending in _PEOPLE_NAME_ENDINGS:
            return ending != "a" or not _person_name(word)
    return False


def _person_name(word: str) -> bool:
    """The lower-cased ``word`` is a common given name of the name table."""
    from newsdesk.given_names import is_common_given_name

    return is_common_given_name(word)


def _is_suffix(letters: str) -> bool:
    """A nationality's suffix after at most two linking letters (Peru-v-ian, Norw-eg-ian);
    "-i" follows a whole name (``_stem_of``) and "-man" is the noun man (Turkman, Frenchman)."""
    if letters.endswith("man") or letters == "i":
        return False
    return any(letters.endswith(end) and len(letters) - len(end) <= 2
               for end in _DEMONYM_ENDINGS if end != "i")


def is_short_alias(name: str) -> bool:
    """Acronyms and names of at most four letters: they need an exact-case match and must be
    the whole mention, never a word inside a longer name ("US" of "US Airways")."""
    letters = [char for char in name if char.isalpha()]
    acronym = len(letters) > 1 and name.isupper() and " " not in name
    return len(letters) <= SHORT_ALIAS_LETTERS or acronym


def ruler_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """EntityRuler patterns: names as exact-case phrases, acronyms as single exact tokens."""
    patterns = []
    for entry in gazetteer.entries.values():
        label = entry["label"]
        for name in (entry["name"], *entry.get("aliases", ())):
            patterns.append({"label": label, "pattern": name, "id": entry["id"]})
        for acronym in entry.get("acronyms", ()):
            patterns.append({"label": label, "pattern": [{"ORTH": acronym}], "id": entry["id"]})
    return patterns


def tokenizer_stamp(nlp: Any) -> dict[str, str]:
    """What decides how a pipeline tokenises: its model, the model's version, spaCy's version."""
    import spacy

    meta = nlp.meta
    return {"model": f"{meta['lang']}_{meta['name']}", "model_version": meta["version"],
            "spacy": spacy.__version__}


def phrase_tokens(tokenizer: Any, phrases: Iterable[str]) -> dict[str, list[str]]:
    """Each phrase whose tokens are not its words between single spaces, with its tokens."""
    found = {}
    for phrase in dict.fromkeys(phrases):
        words = [token.text for token in tokenizer(phrase)]
        if words != phrase.split(" "):
            found[phrase] = words
    return found


def load_phrase_tokens(stamp: dict[str, str]) -> dict[str, list[str]] | None:
    """The packaged ``phrase_tokens`` of the gazetteer's names if the pipeline ``stamp``
    (``tokenizer_stamp``) made them, else None."""
    resource = resources.files("newsdesk.data").joinpath(TOKENS_FILE)
    if not resource.is_file():
        return None
    shipped = json.loads(resource.read_text(encoding="utf-8"))
    return shipped["tokens"] if shipped["stamp"] == stamp else None
