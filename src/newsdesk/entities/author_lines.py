"""Names that stand in an article's own author lines, which are people's whatever the tagger says.

A news text signs its parts the way a byline does: a line that opens with a byline word and
ends at a name or its title ("By Hugh Pym, BBC health editor", under a heading inside the
text; "Von Matthias Lauerer" in a German one) or a paragraph that closes with a dash and the
writer's name ("... by a comfortable margin. — Bente Birkeland, Colorado Public Radio"). The
byline words are those every byline reader reads (``newsdesk.bylines.lead_words``: "By",
"Von", "Par", "Por", "Di", "Door", "Av"), and "From", which only a plain text's line reads.
spaCy's small model reads such a name from a few words around it and often calls it an
organisation or a place, since an outlet's name follows it. The line's shape says it is a
writer's name, and the byline reader's tests (``newsdesk.bylines.names``: a person's shape, a
registered given name first, no organisation's word) keep out the agencies and desks that
sign the same way ("By The Associated Press", "— Reuters Staff"). Written by hand: the shape
of a byline is a layout convention, not something the parse or the tagger reads.
"""

from __future__ import annotations

from typing import Any

from newsdesk.bylines.lead_words import BYLINE_WORDS, TEXT_LINE_WORDS
from newsdesk.bylines.names import has_name_shape, has_organisation_word, opens_with_registered_name
from newsdesk.entities.headings import NameSpan
from newsdesk.parsed import DASHES

#: Words that open a byline line: those of every language the readers see, and "From".
_BY_WORDS = BYLINE_WORDS | TEXT_LINE_WORDS
#: Marks that end the sentence a sign-off follows.
_SENTENCE_ENDS = {".", "!", "?", "”", '"', "’", ")"}
#: The most words a byline or sign-off line holds after the name (", BBC health editor").
_TAIL_WORDS = 6


def author_line_names(doc: Any, spans: list[NameSpan]) -> set[str]:
    """The names (as written) that a byline or a sign-off line gives, with a person's shape."""
    found = set()
    for span in spans:
        text = doc[span.start:span.end].text
        if span.start == 0 or not _writer_shaped(text):
            continue
        opens = _byline_start(doc, span.start) or _signoff_start(doc, span.start)
        if opens and _line_tail(doc, span.end):
            found.add(text)
    return found


def _writer_shaped(text: str) -> bool:
    return (has_name_shape(text) and opens_with_registered_name(text)
            and not has_organisation_word(text))


def _byline_start(doc: Any, start: int) -> bool:
    """A byline word ("By", "Von", "From") opens the line right before the name."""
    by = doc[start - 1]
    return by.lower_ in _BY_WORDS and _line_start(doc, by.i)


def _signoff_start(doc: Any, start: int) -> bool:
    """A dash right before the name opens its line or follows a sentence's end."""
    dash = doc[start - 1]
    if dash.text not in DASHES:
        return False
    return _line_start(doc, dash.i) or doc[dash.i - 1].text in _SENTENCE_ENDS


def _line_start(doc: Any, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _line_end(doc: Any, i: int) -> bool:
    """Token ``i`` ends its line (or the text)."""
    return i == len(doc) - 1 or "\n" in doc[i].whitespace_ or "\n" in doc[i + 1].text


def _line_tail(doc: Any, end: int) -> bool:
    """The line ends at the name or after a comma and a few words with no verb (an outlet,
    a job title): "By X." opening a sentence ("By Monday the ...") is no byline."""
    if _line_end(doc, end - 1):
        return True
    if doc[end].text != ",":
        return False
    for i in range(end + 1, min(len(doc), end + 1 + _TAIL_WORDS)):
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_space:
            return False
        if _line_end(doc, i):
            return True
    return False
