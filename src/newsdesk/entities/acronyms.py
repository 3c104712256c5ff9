"""Acronyms defined in the text: "Shanghai Cooperation Organization (SCO)".

A small Schwartz & Hearst (2003) style check: the letters of the acronym must be the initials
of the words before the parenthesis, in order, skipping function words. scispaCy ships the full
algorithm but pulls in a biomedical stack (nmslib, its own models) for a dozen lines of logic,
so the check is kept here.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import ORTH

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_SKIP = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "&", "-"}


def defined_acronyms(doc: Any) -> dict[str, tuple[int, int]]:
    """``{acronym: (start_char, end_char)}`` of each long form defined as ``Long Form (ACR)``."""
    found: dict[str, tuple[int, int]] = {}
    for i in _open_parentheses(doc):
        token = doc[i]
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1].text
        if _ACRONYM.match(acronym) and acronym not in found:
            span = _long_form(doc, token.i, acronym)
            if span is not None:
                found[acronym] = span
    return found


def _open_parentheses(doc: Any) -> list[int]:
    values = doc.to_array([ORTH])
    return numpy.flatnonzero(values == doc.vocab.strings["("]).tolist()


def _long_form(doc: Any, paren: int, acronym: str) -> tuple[int, int] | None:
    letters = [c for c in acronym if c.isalpha()]
    start = paren
    index = len(letters) - 1
    while start > 0 and index >= 0 and paren - start < 3 * len(letters) + 2:
        word = doc[start - 1]
        start -= 1
        if word.lower_ in _SKIP:
            continue
        if word.text[:1].upper() != letters[index]:
            return None
        index -= 1
    if index >= 0:
        return None
    return doc[start].idx, doc[paren - 1].idx + len(doc[paren - 1].text)
