"""The words that mark a photo or media credit, in one place.

Two steps meet credits: the cleaner removes credit lines under a picture ("Photo: Jane Doe /
Reuters") and the caption they follow (``clean.py``), and the byline parser drops credit
strings found in author fields ("Photo by Jane Doe", "Getty Images") (``bylines.py``). Each
needs a slightly different pattern (a line is judged by its shape, an author field by any
credit word in it), so this module holds the lexicon and the patterns made from it. The
cleaner imports the caption patterns and ``bylines.py`` the author-field ones
(``BYLINE_CREDIT_WORD``, ``BYLINE_CREDIT_LEAD``). Plain regular expressions over a short
word list: no library ships a lexicon of credit words.
"""

from __future__ import annotations

import re

#: Words that open a credit of a picture or a clip.
MEDIA_WORDS = ("photo", "image", "picture", "video", "graphic")
#: Words that, followed by a colon, open a credit line under a picture (the cleaner).
LINE_LEADS = ("photo", "image", "picture", "credit", "source", "video", "graphic")
#: Words that, followed by a colon, open a credit inside a caption line.
INLINE_LEADS = ("photo", "image", "credit")
#: Agencies and sources whose name in a short line marks it as a credit (regular expressions).
AGENCIES = ("reuters", "associated press", "ap photo", "getty images?", "afp", "epa",
            "shutterstock", "via ap", "tass", "xinhua", "press service", "television")
#: Words that open a credit in an author field ("Photo by ...", "Foto: ...").
BYLINE_LEADS = (*MEDIA_WORDS, "illustration", "foto", "bild")
#: Words anywhere in an author field that make it a credit rather than a byline.
BYLINE_WORDS = ("photo", "photograph", "image", "picture", "illustration", "graphic", "foto",
                "bild")
#: Words that say a picture was supplied: "courtesy" ("Cortesía") and the Swiss "zVg" (zur
#: Verfügung gestellt). Alone in an author's slot they name no writer.
SUPPLIED_WORDS = ("courtesy", "cortesía", "cortesia", "zvg")
#: Picture agencies whose name anywhere in an author field makes it a credit.
BYLINE_AGENCIES = ("getty", "shutterstock", "imagno")


def _any(words: tuple[str, ...]) -> str:
    return "|".join(words)


#: A line that opens as a credit: "Photo: ...", "Images credit: ...", "Source: ...".
CREDIT_LINE_START = re.compile(rf"^({_any(LINE_LEADS)})s?( credit)?\s*:", re.IGNORECASE)
#: An agency or source named in a line.
AGENCY = re.compile(rf"\b({_any(AGENCIES)})\b", re.IGNORECASE)
#: A caption that ends in its credit: "... Photo: Jane Doe / Reuters".
INLINE_CREDIT = re.compile(
    rf"\b({_any(INLINE_LEADS)})s?\s*:\s*[^.]{{2,80}}(/|\bvia\b)[^.]{{2,80}}$", re.IGNORECASE
)
#: An author field that names a credit anywhere in it.
BYLINE_CREDIT_WORD = re.compile(
    rf"\b(?:{_any(BYLINE_WORDS)})s?\b|" + "|".join(rf"\b{word}\b" for word in BYLINE_AGENCIES),
    re.IGNORECASE,
)
#: An author field that opens by saying its picture was supplied ("Cortesía", "Courtesy of
#: ...", "© zVg"); a reprint's "By Jane Doe, courtesy of ..." keeps its writer.
BYLINE_SUPPLIED = re.compile(rf"^[\W\d_]*(?:{_any(SUPPLIED_WORDS)})\b", re.IGNORECASE)
#: An author field (or a part of one) that opens as a credit.
BYLINE_CREDIT_LEAD = re.compile(rf"^(?:{_any(BYLINE_LEADS)})s?\b", re.IGNORECASE)
#: A credit after a separator in an author field, to the end of its clause ("By Jane Doe,
#: Photos by John Roe"; "Text: Anna Berg | Fotos: Tom Kurz"): the writer before it stays.
BYLINE_CREDIT_AFTER = re.compile(
    rf"\s*[,;|•·]\s*(?:{_any(BYLINE_LEADS)})s?\b[^;]*", re.IGNORECASE
)
