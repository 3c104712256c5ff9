"""Russian words for search and matching: each inflected word as a small set of keys.

Search (the article filter, ``ask``'s BM25 index and its relevance test) compares words, and a
Russian word is inflected: Токаев, Токаева, Токаеву are one name. A Cyrillic word's keys are
the word itself (lower case, ё as е) and its Snowball Russian stem (PyStemmer, a core
dependency, so search works without the ``ru`` extra). Two forms match when their keys meet:
the stemmer alone splits surnames (Токаев -> тока, Токаева -> токаев), the word alone splits
every other case, together they join (Токаев and Токаева share токаев). jusText's Russian
stop list removes function words, as the index's English stop list does for English.

Latin-script words are left to the English machinery (DuckDB FTS's English stemmer) in
``ask``'s index. The article search matches an English word in any of its forms
(``english_forms``): "sanction" also finds "sanctions", "protested" finds "protest". No
installed package inflects a word, and the text's words cannot be stemmed in the query
without reading every word of every article, so the forms are made from the word and its
Snowball English stem (PyStemmer, the algorithm of the index's stemmer) with the inflectional
suffixes and spelling changes of English, each kept only when it has the word's stem.
Hand-written glue: no library keys words this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

#: A run of Cyrillic letters (hyphenated names are two words, as the FTS tokenizer reads them).
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
#: Russian words of a question that ask for something rather than name it.
RUSSIAN_QUESTION_WORDS = frozenset(
    {
        "что",
        "кто",
        "кого",
        "кому",
        "когда",
        "где",
        "куда",
        "почему",
        "зачем",
        "как",
        "какой",
        "какая",
        "какие",
        "каких",
        "сколько",
        "чей",
        "чья",
        "ли",
        "сказал",
        "сказала",
        "сказали",
        "говорил",
        "говорила",
        "говорили",
        "заявил",
        "заявила",
        "заявили",
    }
)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("russian")


@lru_cache(maxsize=1)
def english_stemmer():
    """The Snowball English stemmer (PyStemmer), one per process: the article search's word
    forms and the rewrite detector's content stems."""
    import Stemmer

    return Stemmer.Stemmer("english")


#: The inflectional endings of English words (plural and third person, past, participles,
#: agent nouns), added to a word's bases in ``english_forms``.
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "er", "ers")
_LATIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def english_forms(word: str) -> tuple[str, ...]:
    """The forms of a lower-case English ``word`` that share its Snowball stem, the word
    first (``protested`` -> protested, protest, protests, protesting, protester, ...). A word
    of anything but Latin letters is only itself. The bases the endings go on are the word,
    its stem, the stem with an *e* (impos -> impose), with its last consonant doubled (stop ->
    stopped) and, for a stem in *i*, with *y* or *ie* (polici -> policy, policies)."""
    if not _LATIN_WORD.fullmatch(word):
        return (word,)
    stem = english_stemmer().stemWord(word)
    bases = {word, stem, stem + "e"}
    if stem[-1] not in "aeiouy" and stem[-2:-1] != stem[-1]:
        bases.add(stem + stem[-1])
    if stem.endswith("i"):
        bases |= {stem[:-1] + "y", stem[:-1] + "ie"}
    forms = {base + ending for base in bases for ending in _ENDINGS}
    kept = sorted(form for form in forms if form != word and english_stemmer().stemWord(form) == stem)
    return (word, *kept)


#: Where a word of the article search starts and ends: not after or before a letter or digit.
_WORD_START = r"(^|[^\pL\pN])"
_WORD_END = r"([^\pL\pN]|$)"
#: Characters a text writes two ways that a search reads as one: the apostrophes, е and ё.
_EITHER = {"'": "['’]", "’": "['’]", "е": "[её]", "ё": "[её]"}


def word_pattern(forms: Iterable[str], *, prefix: bool = False) -> str:
    """A regular expression (RE2, as DuckDB's ``regexp_matches`` reads it) finding any of
    ``forms`` in any case as a whole word of a text: ``act`` and its forms find "act" and
    "acts", not "fact" or "action"; with ``prefix``, as the start of a word (a Russian stem:
    токаев finds Токаева). Every character but a letter or digit is matched as itself, an
    apostrophe either way it is written, е as е or ё. A form of a script written without spaces
    (Chinese, Japanese) has no edges to find and is matched inside a run of letters.

    One pattern a word, matched against the text as stored: lower-casing and rewriting every
    article's text for each word cost more than the match itself."""
    from newsdesk.word_count import is_unspaced

    forms = list(forms)
    alternatives = "|".join("".join(_literal(char) for char in form) for form in forms)
    if any(is_unspaced(form) for form in forms):
        return f"(?i)({alternatives})"
    return f"(?i){_WORD_START}({alternatives}){'' if prefix else _WORD_END}"


def _literal(char: str) -> str:
    if char in _EITHER:
        return _EITHER[char]
    return char if char.isalnum() else f"\\x{{{ord(char):x}}}"


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (``ENGLISH_STOP_WORDS``), its word-list file run on its
    own: importing it from scikit-learn imports scikit-learn itself, with SciPy (about 1.5 CPU
    seconds), which ``newsdesk ask`` needs for nothing else."""
    import runpy
    from importlib.util import find_spec

    spec = find_spec("sklearn")  # a core dependency: its absence is an install error
    path = Path(spec.origin).parent / "feature_extraction" / "_stop_words.py"
    if path.is_file():
        return runpy.run_path(str(path))["ENGLISH_STOP_WORDS"]
    # a release that keeps the list elsewhere: the public name, at scikit-learn's import cost
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@lru_cache(maxsize=1)
def russian_stop_words() -> frozenset[str]:
    import justext

    return frozenset(w.replace("ё", "е") for w in justext.get_stoplist("Russian"))


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=65536)
def word_keys(word: str) -> tuple[str, ...]:
    """The keys of one Cyrillic word: itself and its stem (``Токаева`` -> токаева, токаев)."""
    folded = fold(word)
    stem = _stemmer().stemWord(folded)
    return (folded,) if stem == folded or not stem else (folded, stem)


def russian_stem(word: str) -> str:
    """The shortest key of a Cyrillic word: what every form of it starts with."""
    return word_keys(word)[-1]


def is_content_word(word: str) -> bool:
    folded = fold(word)
    return len(folded) > 1 and folded not in russian_stop_words() and folded not in RUSSIAN_QUESTION_WORDS


def content_keys(text: str) -> list[tuple[str, ...]]:
    """The keys of each Cyrillic content word of ``text``, in order."""
    return [word_keys(w) for w in CYRILLIC_WORD.findall(text) if is_content_word(w)]


def index_text(text: str) -> str:
    """``text`` as the full-text index reads it: each Cyrillic word replaced by its keys (stop
    words dropped), every other character kept, so Latin text is unchanged."""

    def keys(match: re.Match[str]) -> str:
        word = match.group(0)
        return " ".join(word_keys(word)) if is_content_word(word) else " "

    return CYRILLIC_WORD.sub(keys, text)


def stem_prefixes(names: Iterable[str]) -> list[str]:
    """The stems of the Cyrillic words of ``names``, leaving out any that starts with another
    (Токаев, Токаева -> тока): substrings that find every form once."""
    stems = sorted({russian_stem(w) for name in names for w in CYRILLIC_WORD.findall(name)})
    return [s for s in stems if not any(s != t and s.startswith(t) for t in stems)]


def has_cyrillic(words: Iterable[str]) -> bool:
    return any(CYRILLIC_WORD.search(word) for word in words)
