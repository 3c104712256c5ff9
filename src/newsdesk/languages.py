"""Which languages the pipeline analyses, and how an article's language is found.

``SUPPORTED_LANGUAGES`` is the one registry: the per-article layers (mentions, quotes, figures,
times, events) run only on articles in one of these languages. Any other article is stored with
its language and marked as not analysed; its layers are empty, so no English model ever tags a
German or Kazakh page and no corpus step pulls entities from it. Adding a language means adding
its entry here and a pipeline for it in ``newsdesk.lang``
(``LANGUAGE_PIPELINES``; English is ``newsdesk.nlp``).

Detection uses py3langid (normalised probabilities) paragraph by paragraph and lets the
languages vote by the amount of confident text they cover: a mostly-English article that quotes
a Russian name or one Russian paragraph stays English, and a short text no paragraph of which is
confidently identified falls back to the whole sample's best guess.

The detector also tells apart varieties of one macrolanguage, which the store names by the
macrolanguage's ISO 639-1 code: the ISO 639-3 codes of the Chinese macrolanguage (``zho``:
``cmn`` Mandarin, ``wuu`` Wu, ``yue`` Cantonese, ``nan``, ``hak``, ``gan``, ... in
``MACROLANGUAGES``) fold into ``zh``. The likeliest label still decides; its macrolanguage's
confidence is that of all its varieties, so a short Mandarin text split between ``wuu`` and
``zh`` is ``zh``, confident enough to vote (a text of digits, "683.", equally likely anything,
is not made Chinese by the number of Chinese labels).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

#: ISO 639-1 code -> language name, for every language the per-article layers support.
SUPPORTED_LANGUAGES: dict[str, str] = {"en": "English", "ru": "Russian"}

#: ISO 639-3 code of an individual language -> the ISO 639-1 code of its macrolanguage, for
#: the varieties the store names by their macrolanguage (ISO 639-3's members of ``zho``).
MACROLANGUAGES: dict[str, str] = dict.fromkeys(
    ("cdo", "cjy", "cmn", "cnp", "cpx", "csp", "czh", "czo", "gan", "hak", "hsn", "lzh", "mnp",
     "nan", "wuu", "yue"), "zh")
_FOLDED = frozenset(MACROLANGUAGES.values())

#: How much text the detector reads, and how sure it must be of a paragraph for it to vote.
SAMPLE_CHARS = 5000
MIN_CONFIDENCE = 0.5
MIN_PARAGRAPH_LETTERS = 20


#: Why an article in an analysed language has no layers: it was stored after the last analysis.
NOT_ANALYSED_YET = "not analysed yet: run newsdesk analyse"


def is_supported(language: str | None) -> bool:
    return analysis_skipped(language) is None


def analysis_skipped(language: str | None) -> str | None:
    """Why an article in ``language`` is not analysed, or None when it is (a language with its
    own pipeline in newsdesk.lang needs that pipeline's extra installed)."""
    if language not in SUPPORTED_LANGUAGES:
        return f"language {language or 'unknown'} not supported"
    from newsdesk.lang import not_analysed_reason

    return not_analysed_reason(language)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language most of ``text`` is written in (None for no text)."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    votes: Counter[str] = Counter()
    unread = len(sample)
    for paragraph in sample.splitlines():
        unread -= len(paragraph) + 1
        letters = sum(char.isalpha() for char in paragraph)
        if letters < MIN_PARAGRAPH_LETTERS:
            continue
        language, confidence = _classify(paragraph)
        if confidence >= MIN_CONFIDENCE:
            votes[language] += letters
            if _decided(votes, unread):
                break
    if votes:
        return votes.most_common(1)[0][0]
    return _classify(sample)[0]


def _classify(text: str) -> tuple[str, float]:
    """The likeliest language of ``text``, a variety named by its macrolanguage
    (``MACROLANGUAGES``), and the probability of that language with all its varieties."""
    language, confidence = _identifier().classify(text)
    best = MACROLANGUAGES.get(language, language)
    if best not in _FOLDED:
        return language, confidence
    ranked = _identifier().rank(text)  # only for a macrolanguage: it costs a sort of all labels
    return best, sum(p for language, p in ranked if MACROLANGUAGES.get(language, language) == best)


def _decided(votes: Counter[str], unread: int) -> bool:
    """Whether the leading language stays ahead even if every unread character voted against it
    (the answer is then the one reading the whole sample gives, with less read)."""
    (_, first), *rest = votes.most_common(2)
    return first - (rest[0][1] if rest else 0) > unread
