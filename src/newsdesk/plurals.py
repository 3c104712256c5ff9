"""A count with its noun, as the command line and the web pages print it: "1 article",
"3 articles", "2 stories".

Written by hand rather than taken from an inflection library: every noun the faces count is a
regular English one (a final consonant-and-y becomes -ies, anything else takes -s), and a noun
that is not passes its plural by name.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def plural(noun: str) -> str:
    """The regular English plural of ``noun`` (of its last word): story → stories, link → links."""
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def count_noun(n: int, noun: str, *, many: str | None = None) -> str:
    """``n`` and ``noun``, singular for one and plural (``many``, else the regular one) otherwise:
    "1 article", "0 articles", "2 quoted sources"."""
    return f"{n} {noun if n == 1 else many or plural(noun)}"
