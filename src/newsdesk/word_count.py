"""Counting words when a script puts no spaces between them.

Cleaning and the prose test tell a headline or a sentence from a label by its number of words,
and count them as the tokens between spaces. Chinese and Japanese put no space between words, so
a whole headline or sentence is one token and reads as a lone label. No installed package
segments them (spaCy's Chinese tokenizer cuts into single characters unless pkuseg is added,
and a Japanese one needs SudachiPy), and a segmenter would be a heavy dependency for a count,
hence this module: a token keeps counting as one word, but its characters in Han, Hiragana or
Katakana count as their number divided by ``UNSPACED_WORD_CHARS``, the average length of a word
in running text of those scripts. A text in a spaced script counts exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Average characters per word in running Chinese or Japanese text (segmented newswire has
#: words of one to two characters, about one and a half on average).
UNSPACED_WORD_CHARS = 1.5

_UNSPACED_CHARS = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK unified ideographs extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003134f"  # CJK unified ideographs extensions B to G
)
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
_UNSPACED_RUN = re.compile(f"[{_UNSPACED_CHARS}]+")


def count_words(tokens: Iterable[str]) -> int:
    """How many words ``tokens`` (a text cut at spaces, or its runs of letters) hold: one per
    token, but characters of a script written without spaces count ``UNSPACED_WORD_CHARS`` to a
    word, and the rest of such a token one word per run of letters or digits (not punctuation)."""
    tokens = list(tokens)
    if not _UNSPACED.search("".join(tokens)):
        return len(tokens)
    words = 0
    unspaced = 0
    for token in tokens:
        if not _UNSPACED.search(token):
            words += 1
            continue
        unspaced += sum(len(run) for run in _UNSPACED_RUN.findall(token))
        words += sum(1 for part in _UNSPACED_RUN.split(token) if _has_letter_or_digit(part))
    return words + (max(1, round(unspaced / UNSPACED_WORD_CHARS)) if unspaced else 0)


def _has_letter_or_digit(text: str) -> bool:
    return any(char.isalnum() for char in text)


def is_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces (Han, Kana): a
    word of it has no edges to find, so a search finds it inside a run of letters."""
    return _UNSPACED.search(text) is not None
