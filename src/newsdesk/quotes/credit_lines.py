"""Credit lines: a quotation that opens its paragraph, then a dash and the name of who said it.

``“…it is one big reason to keep it.” — Greg Cote, Miami Herald`` and the epigraph
``"Congress shall make no law …" ¶ — First Amendment to the U.S. Constitution`` are the
typographic credit of roundups, pull quotes and epigraphs. No cue word introduces the quote, so
the dependency parse gives it no speaker (or the speaker of an earlier cue); the credit names it.
By ``docs/attribution-rules.md`` (credit lines) the quotation is direct, its source the name
after the dash (the parse's PERSON mentions when there are any), its cue the dash, and the
outlet after the last comma its affiliation; an ``Editorial`` is the paper's.

Newsletter roundups also credit without a dash: ``“…” ¶ Jane Doe, Washington Post``, the
name and outlet alone on the line after the quotation (or on the rest of its closing line).
With no dash to mark it, such a bare credit must open with a person or organisation the
article's entities name (the tagger's or the gazetteer's), or with the house voice (``The
Editors, National Review``), end in an outlet after a comma, and be no sentence, heading,
caption, date line or list; its cue is the closing mark. A roundup may set a lead-in before
the quotation (``Dated but relevant: “…”``): a quotation that no cue attributes takes such a
credit after one too, while a dashed credit, and one after a quotation with a cue of its own,
needs the quotation to open its paragraph (a dash after a follow-up mid-paragraph opens links
and embedded posts: ``- Follow the Ticker on Twitter``).

Why by hand: a credit line is layout, not syntax: no parser or quotation library (textacy's
``direct_quotations`` included) reads a speaker from a line after the closing mark. Only the
layout is read here; the names come from the article's mention index (spaCy's entities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.credits import BYLINE_CREDIT_WORD
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import FINITE
from newsdesk.quotes.sources import named

#: After the content: closing punctuation and marks (a single one closing a quotation inside
#: it may stand a space apart, ``’ ”``), at most one line break, a dash set off by a space,
#: and the credit up to the end of its line.
_CREDIT = re.compile(
    r"[.,;:!?…]*[’']?(?:[ \t](?=[”\"]))?[”\"’]?[.,!?…]*[ \t]*(?:\n\s*)?(?P<dash>[—–]|-(?=[ \t]))[ \t]*"
    r"(?P<credit>[^\n]+)"
)
#: A credit with no dash: after the closing mark, the rest of its line or the whole next line.
_BARE_CREDIT = re.compile(r"[.,;:!?…]*(?P<mark>[”\"])[ \t]*(?:\n\s*)?(?P<credit>[^\n]+)")
#: A bare credit is a name, perhaps a title, and an outlet: no more words than this.
_BARE_MOST_WORDS = 8
#: What a bare credit may not hold: a dash (a dashed credit or a clause), a figure (a date
#: line, a copyright), a slash (a picture credit), a list's separators.
_NOT_BARE = re.compile(r"[—–/|•·\d]|\s-\s")
#: Labels of a name that may open a bare credit.
_CREDITED_LABELS = {"PERSON", "ORG"}
#: A later spaced dash on the credit line starts the credit itself.
_INNER_DASH = re.compile(r"\s(?P<dash>[—–])\s*")
#: A credit is a short name phrase, not a clause.
_MOST_WORDS = 14
#: Parts of speech of a title before a name ("diseases expert", "Dr.").
_TITLE_WORDS = {"NOUN", "PROPN", "ADJ"}
#: Function words that open a clause or an aside ("With assistance by", "But"), never a name.
_FUNCTION = {"ADP", "SCONJ", "CCONJ", "ADV", "PRON", "AUX", "PART", "PUNCT"}
#: Participles that open a note, never a credited name ("Updated at", "Reporting by"); the
#: tagger's other verb tags are left alone, as it tags a capitalised title ("Epidemiologist")
#: as a verb.
_NOTE_VERBS = {"VBN", "VBG", "VBD"}
#: What joins the names of a joint credit: "Julian Gray and Frank Petrich".
_JOINED = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")
_AND = re.compile(r"\band\b|&")
#: A credit that speaks for the outlet after the comma.
_HOUSE_VOICE = {"editorial", "editorial board", "the editorial board", "editors", "the editors"}


@dataclass(slots=True, frozen=True)
class Credit:
    """A credit line: the dash, the credited name phrase and the outlet after its last comma."""

    dash_start: int
    name_start: int
    name_end: int
    outlet: str | None


def credit_after(context: Context, record: dict[str, Any]) -> Credit | None:
    """The credit line right after a direct quote that opens its paragraph, if there is one;
    after a roundup's lead-in (``Dated but relevant: “…”``), a line with no dash that credits
    a quote no cue attributes."""
    if not record["direct"]:
        return None
    if not _opens_paragraph(context, record["start"]):
        return _bare_credit(context, record) if record["cue"] is None else None
    found = _CREDIT.match(context.text, record["end"])
    if found is None:
        return _bare_credit(context, record)
    dash, start = found.start("dash"), found.start("credit")
    end = start + len(found.group("credit").rstrip())
    inner = list(_INNER_DASH.finditer(context.text, start, end))
    if inner:  # an embedded post: "… pic.twitter.com/… — Heritage Foundation (@Heritage) …"
        dash, start = inner[-1].start("dash"), inner[-1].end()
    if not _is_name_phrase(context, start, end):
        return None
    return _split(context.text, dash, start, end)


def _bare_credit(context: Context, record: dict[str, Any]) -> Credit | None:
    """``“…” ¶ Jane Doe, Washington Post``: a line holding only a name and an outlet."""
    found = _BARE_CREDIT.match(context.text, record["end"])
    if found is None:
        return None
    start = found.start("credit")
    end = start + len(found.group("credit").rstrip())
    if not _is_bare_credit(context, start, end):
        return None
    credit = _split(context.text, found.start("mark"), start, end)
    return credit if credit.outlet else None


def _is_bare_credit(context: Context, start: int, end: int) -> bool:
    """A short line, not a sentence, heading, caption or list, that opens with a person, an
    organisation or the house voice (``_opens_with_name``) and has no verb."""
    text = context.text[start:end]
    words = text.split()
    if len(words) > _BARE_MOST_WORDS or "," not in text or text.isupper():
        return False
    if text.endswith((".", "?", "!", ":", ";")) or _NOT_BARE.search(text):
        return False
    if BYLINE_CREDIT_WORD.search(text) or not _is_name_phrase(context, start, end):
        return False
    return _opens_with_name(context, start, end) and not _has_verb(context, start, end)


def _opens_with_name(context: Context, start: int, end: int) -> bool:
    """The line opens with a person, an organisation or the house voice (``The Editors``), and
    its outlet is not a person."""
    comma = context.text.rfind(",", start, end)
    named_at = {m.start: m.label for m in context.index.mentions if start <= m.start < end}
    outlet = next((m for m in context.index.mentions if m.start > comma and m.end <= end), None)
    if outlet is not None and outlet.label == "PERSON":
        return False
    house = context.text[start:comma].strip().lower() in _HOUSE_VOICE
    return house or named_at.get(start) in _CREDITED_LABELS


def _has_verb(context: Context, start: int, end: int) -> bool:
    span = context.doc.char_span(start, end, alignment_mode="expand")
    return any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() for t in span)


def credited(context: Context, record: dict[str, Any]) -> dict[str, Any]:
    """The record with the speaker its credit line names (unchanged without one): the credit
    overrides a speaker the quote inherited from an earlier cue."""
    credit = credit_after(context, record)
    if credit is None:
        return record
    speaker, source_end = _speaker(context, credit)
    return {
        **record,
        **speaker,
        "kind": "direct",
        "cue": context.text[credit.dash_start],
        "cue_start": credit.dash_start,
        "cue_end": credit.dash_start + 1,
        "source_start": credit.name_start,
        "source_end": source_end,
        "affiliation": credit.outlet,
    }


def _opens_paragraph(context: Context, position: int) -> bool:
    start = next((s for s, e in context.paragraphs if s <= position <= e), None)
    return start is not None and not context.text[start:position].strip(" \t\"“”„«'‘")


def _is_name_phrase(context: Context, start: int, end: int) -> bool:
    """A short phrase that opens with a name or a title (not "With assistance by", "Updated
    at") and has no clause after its first person; lower case only before a person's name
    ("—game developer Naomi Clark")."""
    text = context.text[start:end]
    span = context.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(text.split()) > _MOST_WORDS or text.endswith(("!", "?")):
        return False
    people = _people(context, start, end)
    first = span[0]
    if first.pos_ in _FUNCTION or first.text[:1].isdigit() or first.tag_ in _NOTE_VERBS:
        return False
    if not (text[:1].isupper() or people):
        return False
    name = people[0].start if people else end
    return not any(_is_clause_verb(t, name=name) for t in span)


def _is_clause_verb(token: Any, *, name: int) -> bool:
    """A lower-case finite verb after the credited name ("Carol E. Lee contributed"); before
    it, any lower-case verb ("A heckler yelled at Howard Schultz") unless only nouns stand
    between the two, as when the tagger reads a title as a verb ("Infectious diseases expert
    Daniel Kuritzkes")."""
    if not token.text[:1].islower():
        return False
    if token.idx >= name:
        return token.tag_ in FINITE
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    between = (t for t in token.doc[token.i + 1 :] if t.idx < name)
    return not all(t.pos_ in _TITLE_WORDS for t in between)


def _people(context: Context, start: int, end: int) -> list[Any]:
    return [m for m in context.index.mentions
            if start <= m.start and m.end <= end and m.label == "PERSON"]


def _joint(context: Context, people: list[Any]) -> list[Any]:
    """The first person and those joined to it by "and" or commas (not a person named later in
    the credit: "Karl Rove, former senior adviser to President George W Bush")."""
    joined, between = people[:1], []
    for person in people[1:]:
        gap = context.text[joined[-1].end : person.start]
        if not _JOINED.fullmatch(gap):
            break
        joined.append(person)
        between.append(gap)
    if between and not _AND.search(between[-1]):
        return joined[:1]  # "John Coleman, Meteorologist": a title after a comma, not a name
    return joined


def _split(text: str, dash: int, start: int, end: int) -> Credit:
    """``Name, Outlet``: the outlet is the capitalised phrase after the last comma."""
    comma = text.rfind(",", start, end)
    outlet = text[comma + 1 : end].strip() if comma > 0 else ""
    if not outlet[:1].isupper():
        comma, outlet = end, ""
    bracket = text.find("(", start, comma)  # "Bennie Thompson (D-Miss.)", "(@Heritage)"
    name_end = len(text[start : bracket if bracket > 0 else comma].rstrip()) + start
    return Credit(dash, start, name_end, outlet or None)


def _speaker(context: Context, credit: Credit) -> tuple[dict[str, Any], int]:
    """The speaker fields of a credit and where its source ends: every person it names, the
    outlet for an editorial, otherwise the phrase itself (an organisation, a document)."""
    phrase = context.text[credit.name_start : credit.name_end]
    if phrase.lower() in _HOUSE_VOICE and credit.outlet:
        return _fields(credit.outlet, None, None, role=None, label="ORG"), credit.name_end
    people = _joint(context, _people(context, credit.name_start, credit.name_end))
    if people:
        found = [named(context, m.start, m.end, m.name) for m in people]
        first = found[0]
        names = " and ".join(dict.fromkeys(s.name for s in found))
        span = (first.start, found[-1].end)
        return _fields(names, first.entity, span, role=first.role, label="PERSON"), span[1]
    comma = phrase.find(",")  # "Jay Lehr, Science Director"
    span = (credit.name_start, credit.name_start + comma if comma > 0 else credit.name_end)
    phrase = context.text[span[0] : span[1]]
    label = context.index.label_at(*span) or "ORG"
    return _fields(phrase, context.index.entity_at(*span), span, role=None, label=label), span[1]


def _fields(name: str, entity: str | None, span: tuple[int, int] | None, *,
            role: str | None, label: str) -> dict[str, Any]:
    return {
        "speaker": name,
        "entity": entity,
        "speaker_span": {"start": span[0], "end": span[1]} if span else None,
        "nominal": False,
        "role": role,
        "_label": label,
    }
