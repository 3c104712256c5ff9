"""Names that only a heading line of the text gives: a headline, a section's title or a
related link's title left inside the article ("CALIFORNIA DEMOCRATIC PARTY WON'T ENDORSE
FEINSTEIN", "Forget Collusion. Can Mueller Prove Russia Committed Cyberespionage?").

A heading capitalises its words, or writes them all in capitals, and spaCy's small model reads
a capital as a name's mark: it takes a run of a heading's words for a name ("Mueller Prove",
a whole headline in capitals as one organisation). A heading line is a line of the text of at
least ``prose.MIN_WORDS`` words whose words outside the tagger's names are in headline case
(``prose.headline_case``, the shape the brief reads to keep headlines out of its items), with
no comma or semicolon, which a line listing names has ("Avraham Goldberg, 58; Aryeh Kupinsky,
43"), and no full stop at its end, which a sentence has. A name the tagger finds in one counts
only where the article's other lines write it too (in any case: "FEINSTEIN" and "Feinstein")
or the gazetteer knows it, or the tagger calls it a place, or, for a name not in capitals, they write its last word as
it is written ("Delgado" for "Maria Delgado"): a heading names the people and bodies its
article is about.
Written by hand: a heading is a layout convention, which neither the parse nor the tagger
reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Protocol

from newsdesk.entities.gazetteer import PLACE_LABELS
from newsdesk.prose import MIN_WORDS, headline_case

#: Marks that a line listing names or a sentence has, and a heading seldom does.
_LIST_MARKS = (",", ";")


class NameSpan(Protocol):
    """A name's tokens ``[start, end)``, its label, its gazetteer id and its kind
    (``ner_spans.Span``)."""

    start: int
    end: int
    label: str
    gazetteer: str | None
    kind: str


def heading_only(doc: Any, spans: list[NameSpan]) -> list[NameSpan]:
    """The spans, not of the gazetteer nor places, that stand in a heading line and that no
    other line of the article writes. A place keeps its name, as the tagger seldom calls a
    heading's words one ("N.C.'s 'Bathroom Law' Energizes Voters")."""
    text = doc.text
    lines = _lines(text)
    shaped = [line for line in lines if _heading_shape(text, *line)]
    if not shaped:
        return []
    starts = [token.idx for token in doc]
    headings = [line for line in shaped if _in_headline_case(doc, starts, *line)]
    if not headings:
        return []
    rest = "\n".join(text[start:end] for start, end in lines if (start, end) not in headings)
    found = []
    for span in spans:
        first = doc[span.start].idx
        if span.gazetteer or span.label in PLACE_LABELS or not any(
                start <= first < end for start, end in headings):
            continue
        if not _written_elsewhere(doc[span.start:span.end].text, rest):
            found.append(span)
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    """The start and end offsets of each line of ``text``."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _heading_shape(text: str, start: int, end: int) -> bool:
    """A line of the text that is not all of it, of ``MIN_WORDS`` words or more, with no comma
    or semicolon, not ending in a full stop. A sentence heavy with names and titles
    ("President Joe Biden met Vice President Jill Biden on Monday.") ends in a full stop."""
    line = text[start:end].strip()
    return not (len(line) == len(text.strip()) or len(line.split()) < MIN_WORDS
                or line.endswith(".") or any(mark in line for mark in _LIST_MARKS))


def _in_headline_case(doc: Any, starts: list[int], start: int, end: int) -> bool:
    """The line's words outside the tagger's names are in headline case ("Can [Mueller] Prove
    [Russia] Committed Cyberespionage?"; a line in capitals that is all one name too), as a
    sentence's seldom are. ``starts`` holds each token's offset, so the line's tokens are found
    by bisection, not by a walk of the whole text for each line."""
    tokens = doc[bisect_left(starts, start):bisect_left(starts, end)]
    return headline_case([token.text for token in tokens if not token.ent_type_ and not token.is_space])


def _written_elsewhere(name: str, rest: str) -> bool:
    """The other lines write the name in any case, or, for a name not in capitals, its last
    word as written ("Maria Delgado" of a headline, "Delgado said" below it; "Mueller Prove"
    needs "Prove")."""
    if _holds(rest, name, flags=re.IGNORECASE):
        return True
    return not name.isupper() and _holds(rest, name.split()[-1], flags=0)


def _holds(text: str, words: str, *, flags: int) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, flags=flags) is not None

