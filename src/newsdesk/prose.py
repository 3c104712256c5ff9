"""Is a sentence article prose? Only prose becomes a brief item or an answer.

Pages leave non-prose in the clean text: headlines and section labels, related-link lines
("(AirAsia Flight 8501: What we know so far)"), share bars, photo captions and credits,
live-blog timestamps ("06.59 More on that ...") and sign-offs, promotions, comment stamps and
fragments cut by the sentence splitter. Each is recognised by a general signal of its shape:

* fragment: fewer than ``MIN_WORDS`` words (``newsdesk.word_count``), or a start in lower case (a cut sentence);
* no terminal punctuation (headlines, labels, bylines, date lines);
* headline case: most words capitalised;
* parenthesised line, leading live-blog timestamp, live-blog sign-off;
* links, share-bar words, promotion and site-furniture phrases;
* caption cues: photo credits, "pictured", "FILE PHOTO:", contributor lines;
* no finite verb in the spaCy tagging (lists, labels, imperatives such as "Follow us");
* a present-tense caption: its verbs are present tense, none past, yet it names a past time
  ("Putin meets Xi ... last month").

The signals and their word lists are newsdesk's own (no library classifies news-page
sentences this way); they were measured on hand-labelled sentences from real pages, see
``docs/brief.md`` and ``tests/data/prose/``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsdesk.parsed import FINITE_TAGS
from newsdesk.word_count import count_words

MIN_WORDS = 5
#: The share of capitalised words above which a text is in headline case.
HEADLINE_SHARE = 0.7
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?]\s*["'”’]$""")
_TIMESTAMP = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?[A-Z\"“‘'(]")
_SIGN_OFF = re.compile(
    r"\blive (?:coverage|blog|updates?|page)\b|\bthat'?s all (?:from|for) (?:us|today)\b"
    r"|\bwe(?:'re| are| will)? (?:going to )?(?:leave|end|close|pause|wrap up)"
    r" (?:our|this|the|it)\b",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://|\bwww\.|\.com\b|@\w{3,}", re.IGNORECASE)
_SHARE = re.compile(
    r"\b(?:share|tweet|e-?mail|facebook|twitter|whatsapp|pinterest|linkedin|reddit|print"
    r"|copy link|comments?)\b",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"\b(?:sign up|subscribe|subscription|newsletters?|click here|read more|cookies?"
    r"|privacy policy|terms of (?:use|service)|all rights reserved|log(?:ged)? in|advertisement"
    r"|exclusive content|support our (?:work|journalism)|follow us|download (?:the|our) app"
    r"|this message|this video|javascript|your browser)\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\b(?:photo(?:graph)?s?|image|picture|credit|illustration|video)\s*:|\(credit\b|\bpictured\b"
    r"|getty images|\bap photo\b|/\s*(?:reuters|afp|ap|getty|epa|shutterstock)\b"
    r"|\bcontributed to this (?:article|report)\b|^\W*contributing\s*:|^file photo\b",
    re.IGNORECASE,
)
_PAST_TIME = re.compile(
    r"\b(?:last (?:week|month|year|night|weekend)|yesterday|earlier (?:this|in)|"
    r"(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"in (?:19|20)\d\d)\b"
)


#: For each case-insensitive pattern of many words, lower-case strings one of which every
#: match of it holds: a text holding none of them is not searched (``_found``), which
#: spares most sentences of a page the slowest searches.
_NEEDED = {
    _CAPTION: ("photo", "image", "picture", "credit", "illustration", "video", "/", "contribut"),
    _LINK: ("http", "www.", ".com", "@"),
    _PROMO: ("sign up", "subscri", "newsletter", "click here", "read more", "cookie",
             "privacy policy", "terms of ", "all rights reserved", "log", "advertisement",
             "exclusive content", "support our ", "follow us", "download ", "this message",
             "this video", "javascript", "your browser"),
    _SHARE: ("share", "tweet", "mail", "facebook", "twitter", "whatsapp", "pinterest",
             "linkedin", "reddit", "print", "copy link", "comment"),
}


#: The characters that matching without case takes for ASCII letters though their lower
#: case is none (İ ı ſ and the Kelvin sign; every other character's lower case is one
#: character, an ASCII letter's only for the ASCII letter).
_FOLDED_ONTO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _lowered(text: str) -> str | None:
    """``text`` in lower case, where a pattern's match without case shows as its letters in
    lower case; None for a text holding one of ``_FOLDED_ONTO_ASCII``."""
    return None if _FOLDED_ONTO_ASCII.intersection(text) else text.lower()


def _found(pattern: re.Pattern[str], text: str, lowered: str | None) -> list[str]:
    """``pattern.findall(text)``, empty at once when ``lowered`` (``_lowered(text)``) holds
    none of the strings ``_NEEDED`` lists for the pattern."""
    if lowered is not None and not any(key in lowered for key in _NEEDED[pattern]):
        return []
    return pattern.findall(text)


def shape_problem(text: str) -> str | None:
    """Why ``text`` is not prose by its shape alone (no parse), or None when it may be prose."""
    words = text.split()
    stripped = text.strip()
    lowered = _lowered(stripped)
    checks = (
        (count_words(words) < MIN_WORDS, "fragment"),
        (stripped[:1].islower(), "fragment"),
        (bool(_TIMESTAMP.match(stripped)), "live-blog timestamp"),
        (stripped.startswith("(") and stripped.rstrip(".").endswith(")"), "parenthesised line"),
        (_has_credit(stripped, lowered), "caption or credit"),
        (bool(_SIGN_OFF.search(stripped)), "live-blog sign-off"),
        (not _TERMINAL.search(stripped), "no terminal punctuation"),
        (bool(_found(_LINK, stripped, lowered)), "link"),
        (bool(_found(_PROMO, stripped, lowered)), "promotion or site furniture"),
        (len(_found(_SHARE, stripped, lowered)) >= 2, "share bar"),
        (headline_case(words), "headline case"),
    )
    return next((reason for failed, reason in checks if failed), None)


def names_credit(text: str) -> bool:
    """Whether ``text`` holds a caption's or a picture's credit (``AP Photo/Alex Brandon``,
    ``Photo: Reuters``, ``Getty Images``)."""
    return _has_credit(text, _lowered(text))


def _has_credit(text: str, lowered: str | None) -> bool:
    if lowered is not None and not any(key in lowered for key in _NEEDED[_CAPTION]):
        return False
    return bool(_CAPTION.search(text))


def headline_case(words: list[str]) -> bool:
    """Most of the words (``HEADLINE_SHARE``) open with a capital, as a headline's do."""
    return _capitalised_share(words) > HEADLINE_SHARE


def sentence_in_headline_case(token: Any, *, counting_token: bool = False) -> bool:
    """The token's sentence writes its words in headline case (``headline_case``), counting
    the words outside the tagger's names (and, with ``counting_token``, the token itself,
    whatever its tag) and leaving out the function words, which a headline writes in either
    case ("by", "on", "the")."""
    words = [
        t.text
        for t in token.sent
        if t.is_alpha and not t.is_stop and ((counting_token and t.i == token.i) or not t.ent_type_)
    ]
    return headline_case(words)


def _capitalised_share(words: list[str]) -> float:
    alphabetic = [w.strip("\"“”‘’'()[],.:;!?") for w in words]
    alphabetic = [w for w in alphabetic if w[:1].isalpha()]
    return sum(w[0].isupper() for w in alphabetic) / len(alphabetic) if alphabetic else 1.0


def parse_problems(texts: Sequence[str]) -> list[str | None]:
    """Why each text is not prose by its verbs, or None: no finite verb, or (English) a
    present-tense caption (present-tense verbs, none past, and a past time named). A text
    mostly in Cyrillic is tagged by the Russian pipeline (``newsdesk[ru]``), never by spaCy."""
    russian = [i for i, text in enumerate(texts) if _mostly_cyrillic(text)]
    skip = set(russian)
    problems = _english_problems([t for i, t in enumerate(texts) if i not in skip])
    for index, problem in zip(russian, _russian_problems([texts[i] for i in russian])):
        problems.insert(index, problem)
    return problems


def _mostly_cyrillic(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return sum("\u0400" <= char <= "\u04ff" for char in letters) > len(letters) / 2


def _russian_problems(texts: Sequence[str]) -> list[str | None]:
    from newsdesk.lang import ru

    if not texts:
        return []
    if not ru.available():
        return [f"not analysed (install newsdesk[{ru.EXTRA}])"] * len(texts)
    return [None if finite else "no finite verb" for finite in ru.has_finite_verb(texts)]


def _english_problems(texts: Sequence[str]) -> list[str | None]:
    problems: list[str | None] = []
    for doc in _tagger().pipe(texts, batch_size=256):
        tags = {token.tag_ for token in doc}
        if not tags & FINITE_TAGS:
            problems.append("no finite verb")
        elif present_tense_caption(tags, doc.text):
            problems.append("present-tense caption")
        else:
            problems.append(None)
    return problems


def present_tense_caption(tags: set[str], text: str) -> bool:
    """Whether a text whose tokens carry these Penn tags reads as a present-tense photo
    caption: present-tense verbs, none past, and a past time named ("Trump attends the opening
    of his casino in 1989"). The events layer asks it of each event's sentence with the tags
    of the parse it already has."""
    return "VBD" not in tags and bool(tags & {"VBZ", "VBP"}) and bool(_PAST_TIME.search(text))


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """The installed English pipeline with its tagger only (a fraction of the full load)."""
    import spacy

    from newsdesk.nlp import MODEL

    nlp = spacy.load(MODEL, exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "senter"])
    return nlp


def prose_problems(texts: Sequence[str]) -> list[str | None]:
    """Why each text is not article prose, or None when it is: shape first, then the tagging."""
    problems = [shape_problem(text) for text in texts]
    unsure = [i for i, problem in enumerate(problems) if problem is None]
    for index, problem in zip(unsure, parse_problems([texts[i] for i in unsure])):
        problems[index] = problem
    return problems


def is_prose(texts: Sequence[str]) -> list[bool]:
    """For each text, whether it reads as article prose (see the module docstring)."""
    return [problem is None for problem in prose_problems(texts)]


__all__ = [
    "HEADLINE_SHARE",
    "MIN_WORDS",
    "headline_case",
    "is_prose",
    "parse_problems",
    "present_tense_caption",
    "prose_problems",
    "sentence_in_headline_case",
    "shape_problem",
]
