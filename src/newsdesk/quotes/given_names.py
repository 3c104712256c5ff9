"""The gender a person's given name says, from ``nomquamgender`` (MIT licence).

nomquamgender ships the name data of many countries' registers and censuses with, for each
name, an estimate p(gf) of how strongly the name is gendered female; its classifier
(``NBGC.classify``) names a name female or male only when that estimate is within its
documented default threshold of the certain ends (p(gf) <= 0.1 or >= 0.9) and leaves the rest
unclassified. That default is the only threshold used: a name the library leaves
unclassified (``Jean``, ``Kim``, ``Reagan``) says nothing.

Only a given name is asked about: the first word of a name of two words or more (a lone
surname, ``Flynn``, would be read as the given name Flynn), not an initial (``J.D.``). The
library's module reads its whole name table (about 700,000 names) when imported, so it is
imported on the first question and kept, once per process; each answer is cached.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any

#: The library's classes and the genders the quote layer writes.
_GENDERS = {"gf": "f", "gm": "m"}


def given_name_gender(name: str | None) -> str | None:
    """``"f"`` or ``"m"`` when the name's given name is gendered with the library's confidence,
    else ``None`` (no given name, an initial, an ambiguous or unknown name)."""
    words = (name or "").split()
    if len(words) < 2 or not words[0].replace("-", "").replace("'", "").isalpha():
        return None
    return _classify(words[0].lower())


@lru_cache(maxsize=4096)
def _classify(given: str) -> str | None:
    return _GENDERS.get(_model().classify(given)[0])


@lru_cache(maxsize=1)
def _model() -> Any:
    with warnings.catch_warnings():  # its reader's importlib call is deprecated, not ours
        warnings.simplefilter("ignore", DeprecationWarning)
        import nomquamgender  # reads its name table on import: once per process

    return nomquamgender.NBGC()
