"""The gender a person's given name says, from ``nomquamgender``'s name data (MIT licence).

nomquamgender ships the name data of many countries' registers and censuses with, for each
name, an estimate p(gf) of how strongly the name is gendered female; its classifier
(``NBGC.classify``) names a name female or male only when that estimate is within its
documented default threshold of the certain ends (p(gf) <= 0.1 or >= 0.9) and leaves the rest
unclassified. That default is the only threshold used: a name the library leaves
unclassified (``Jean``, ``Kim``, ``Reagan``) says nothing.

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
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from anyascii import anyascii

from newsdesk.parse_cache import cache_directory, kept_parse

#: The library's default threshold on 0.5 - |0.5 - p(gf)|: a name nearer an end is classified.
THRESHOLD = 0.1


def given_name_gender(name: str | None) -> str | None:
    """``"f"`` or ``"m"`` when the name's given name is gendered with the library's confidence,
    else ``None`` (no given name, an initial, an ambiguous or unknown name)."""
    words = (name or "").split()
    if len(words) < 2 or not words[0].replace("-", "").replace("'", "").isalpha():
        return None
    return _gendered_names().get(anyascii(words[0]).lower().strip())


@lru_cache(maxsize=1)
def _gendered_names() -> dict[str, str]:
    """Each classified name of the library's table with ``"f"`` or ``"m"``; read once per
    process, from the cache where kept."""
    package = find_spec("nomquamgender")  # found, not imported: its import reads the table
    if package is None or not package.submodule_search_locations:
        raise ModuleNotFoundError("nomquamgender is not installed (a dependency of newsdesk)")
    data = (Path(package.submodule_search_locations[0]) / "name_data.json").read_bytes()
    return kept_parse("givennames", data, classified, cache=cache_directory())


def classified(data: bytes) -> dict[str, str]:
    """The names of the library's table (each ``[sources, counts, p(gf), ...]``) that its
    threshold classifies, with ``"f"`` or ``"m"``."""
    return {name: ("f" if info[2] >= 0.5 else "m") for name, info in json.loads(data).items()
            if 0.5 - abs(0.5 - info[2]) <= THRESHOLD}
