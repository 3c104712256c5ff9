"""Acronyms defined in the text: "Shanghai Cooperation Organization (SCO)".

A small Schwartz & Hearst (2003) style check: the letters of the acronym must be the initials
of the words before the parenthesis, in order, skipping function words. scispaCy ships the full
algorithm but pulls in a biomedical stack (nmslib, its own models) for a dozen lines of logic,
so the check is kept here. The ``mentions`` layer gives a defined acronym its long form's
entity (``apply_acronyms``).
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import ORTH

from newsdesk.entities.ner_spans import Span

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


def apply_acronyms(doc: Any, spans: list[Span]) -> list[Span]:
    """Acronyms defined in the text take the long form's label; undefined-as-entity ones are dropped."""
    definitions = defined_acronyms(doc)
    if not definitions:
        return spans
    by_end = {doc[s.end - 1].idx + len(doc[s.end - 1].text): s for s in spans}
    out = []
    for span in spans:
        text = doc[span.start:span.end].text
        if text not in definitions:
            out.append(span)
            continue
        long_form = by_end.get(definitions[text][1])
        if long_form is not None and long_form.kind != "norp":
            out.append(Span(span.start, span.end, long_form.label, long_form.gazetteer, kind="acronym"))
    return out
