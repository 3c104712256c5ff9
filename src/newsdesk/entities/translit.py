"""Transliteration keys: one key for the spellings of a name that differ only by romanisation.

``anyascii`` folds every script to ASCII; the letter rules below then fold the romanisation
choices that English-language news mixes for Russian, Kazakh and Chinese names
(Qasym-Zhomart Toqaev / Kassym-Jomart Tokayev, Nazarbaev / Nazarbayev, Sergei / Sergey).
No maintained library does this folding: phonetic encoders (Soundex, Metaphone) are built for
English surnames and merge far too much (Wang Yi / Wang Wenbin would collide), so the rules are
kept here, few and ordered, and tested on real name pairs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

#: Ordered rewrite rules applied to a lower-case ASCII word; a longer spelling comes before
#: the rule that would rewrite a part of it ("dzh" before "zh").
_RULES: tuple[tuple[str, str], ...] = (
    (r"ayev$", "aev"), (r"iyev$", "iev"), (r"yev$", "ev"), (r"yeva$", "eva"),
    (r"dzh", "j"), (r"zh", "j"), (r"kh", "h"), (r"ts", "c"), (r"tch", "ch"), (r"ck", "k"),
    (r"q", "k"), (r"ey$", "ei"), (r"iy$", "i"), (r"yy$", "i"), (r"y", "i"), (r"w(?=[aeiou])", "v"),
    (r"ph", "f"), (r"ou", "u"), (r"(.)\1", r"\1"),
)
#: Letters that every match of a pattern opens with, or "" where that is not plain: the
#: pattern's leading letters, less the last where a quantifier follows it ("ks?": "k"), and
#: none where the pattern has an alternation ("a|e").
_OPTIONAL = re.compile(r"[?*{]")


def literal_prefix(pattern: str) -> str:
    """The letters every match of ``pattern`` opens with (``_OPTIONAL``'s comment)."""
    if "|" in pattern:
        return ""
    letters = re.match(r"[a-z]*", pattern).group()
    following = pattern[len(letters):len(letters) + 1]
    return letters[:-1] if _OPTIONAL.match(following) else letters


#: Each rule compiled, with the letters every match of it starts with ("" for the doubled
#: letter): a word without them is passed over, as the rule would leave it (the rules run in
#: order, so each is tested on the word the earlier ones made).
_COMPILED = tuple(
    (re.compile(pattern), replacement, literal_prefix(pattern)) for pattern, replacement in _RULES
)
_NON_LETTER = re.compile(r"[^a-z ]+")


def fold_word(word: str) -> str:
    """One word through the letter rules: ``toqaev`` -> ``tokaev``."""
    for pattern, replacement, letters in _COMPILED:
        if letters in word:
            word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """The transliteration key of a name: ASCII, lower case, hyphens joined, letter rules applied.

    >>> translit_key("Qasym-Zhomart Toqaev") == translit_key("Kassym-Jomart Tokayev")
    True
    """
    ascii_name = anyascii(name).lower().replace("'s", "")
    ascii_name = re.sub(r"(?<=\w)-(?=\w)", "", ascii_name).replace(".", "")
    words = _NON_LETTER.sub(" ", ascii_name).split()
    return " ".join(fold_word(word) for word in words)
