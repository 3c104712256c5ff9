"""A gazetteer name must be a whole name: part of the ``mentions`` layer
(``newsdesk.entities.mentions``).

"US" in "US Airways" or "Mitsubishi UFJ Securities USA" is part of a longer name, not the
country: the longer name that ends in an organisation's word ("South China Morning Post",
"U.S. Department of State") becomes that organisation, and otherwise the part is dropped
rather than linked. The words that continue a name (``name_word``) are capitalised proper
nouns that are no title and no other entity; the tagger's spans do not say where a name that
holds a gazetteer name ends. A person's name that opens an entity of its own after a word of
another entity ("Speaker of the House John Boehner": "House", then "John Boehner") is no
part of a longer name: the tagger put a boundary between the two, and a name that holds a
person's name ("USS Abraham Lincoln") is one entity, or its word before the person none. Nor
is a person's name after a word of the title, role and person-noun lexicons that no entity
holds ("House Nancy Pelosi"): that word says what the person is.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.gazetteer import Gazetteer
from newsdesk.entities.kinds import ORG_SUFFIXES
from newsdesk.entities.ner_spans import PLACE_WORDS, Span, is_title
from newsdesk.entities.titles import HONORIFICS
from newsdesk.given_names import describing_word

#: Words that make a different place of a name ("New Mexico", "Central America", "South Sudan");
#: "Northern Georgia" is still Georgia.
_OTHER_PLACE_WORDS = {w for w in PLACE_WORDS if not w.endswith("ern")} | {"latin"}


def whole_names(doc: Any, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A gazetteer name must be a whole mention: "US" in "US Airways" or "Mitsubishi UFJ
    Securities USA" is part of another name. A longer name ending in an organisation word
    becomes that organisation; otherwise the part is dropped rather than linked."""
    out: list[Span] = []
    for span in spans:
        if not span.gazetteer or not _inside_longer_name(doc, span):
            out.append(span)
            continue
        end = _organisation_end(doc, span.end)
        if end:  # "South China Morning Post": the whole name, from its first word
            out.append(Span(_name_run_start(doc, span.start), end, "ORG"))
    taken = [(s.start, s.end) for s in out if s.gazetteer is None and s.label == "ORG"]
    return [s for s in out if not any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end)
                                      for a, b in taken)]


def _organisation_end(doc: Any, start: int) -> int | None:
    """Where an organisation name that starts before ``start`` ends: at its last organisation
    word ("US Airways Flight 796" -> "US Airways"), with an "of" part after a final one
    ("U.S. Department of State"); None when the words after ``start`` name no organisation."""
    run_end = _name_run_end(doc, start)
    ends = [i + 1 for i in range(start, run_end) if doc[i].lower_ in ORG_SUFFIXES]
    if not ends:
        return None
    end = run_end + 1
    if ends[-1] == run_end and end < len(doc) and doc[run_end].lower_ == "of":
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1  # title words belong here: "Department of State"
    return end if end > run_end + 1 else ends[-1]


def _inside_longer_name(doc: Any, span: Span) -> bool:
    before = doc[span.start - 1] if span.start > 0 else None
    joined_left = (before is not None and not doc[span.start].is_sent_start and _joins_left(before)
                   and not _person_after_entity(doc, span) and not _person_after_title(doc, span))
    return joined_left or (span.end < len(doc) and name_word(doc[span.end]))


def _person_after_entity(doc: Any, span: Span) -> bool:
    """A person's name that begins an entity right after a word of another entity: the two are
    separate names ("Speaker of the House John Boehner")."""
    return (span.label == "PERSON" and doc[span.start].ent_iob_ == "B"
            and doc[span.start - 1].ent_iob_ != "O")


def _person_after_title(doc: Any, span: Span) -> bool:
    """A person's name right after a word of the title, role and person-noun lexicons that no
    entity holds ("House Nancy Pelosi", "Majority Leader Mitch McConnell"): the word says what
    the person is, and begins no longer name (``given_names.describing_word``)."""
    return span.label == "PERSON" and describing_word(doc[span.start - 1].text)


def _name_run_start(doc: Any, start: int) -> int:
    while start > 0 and not doc[start].is_sent_start and _joins_left(doc[start - 1]):
        start -= 1
    return start


def _joins_left(token: Any) -> bool:
    return name_word(token) or (token.is_title and token.lower_ in _OTHER_PLACE_WORDS)


def _name_run_end(doc: Any, end: int) -> int:
    while end < len(doc) and name_word(doc[end]):
        end += 1
    return end


def name_word(token: Any) -> bool:
    """A capitalised proper-noun word that can continue a name (not a title, not a person)."""
    return (token.pos_ == "PROPN" and (token.is_title or token.is_upper) and not token.is_punct
            and not is_title(token) and token.lower_.rstrip(".") not in HONORIFICS
            and token.ent_type_ not in {"PERSON", "GPE", "NORP", "LOC", "DATE"} and not token.is_sent_start)
