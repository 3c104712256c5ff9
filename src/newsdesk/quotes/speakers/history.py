"""What the article said before a source: the latest speaker or name of a kind, the
latest joint speaker, an earlier nominal source with the same head, and how many paragraphs a
follow-up may reach back."""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import PERSON_LABELS
from newsdesk.quotes.sources import Speaker, named, paragraph_of

#: A bare quote takes the previous quote's speaker when at most this many paragraphs apart.
FOLLOW_UP_PARAGRAPHS = 3


def latest_of_kind(context: Context, position: int, *, labels: set[str]) -> Speaker | None:
    """The latest speaker (or, failing that, mention) of the given kind before ``position``."""
    for record in reversed(context.history):
        if record["speaker"] and record.get("_label") in labels and record["start"] < position:
            span = record["speaker_span"] or {}
            return named(
                context, span.get("start", record["start"]), span.get("end", record["start"]), record["speaker"]
            )
    mention = next((m for m in reversed(context.index.mentions) if m.start < position and m.label in labels), None)
    return named(context, mention.start, mention.end, mention.name) if mention else None


def joint_speaker_before(context: Context, position: int) -> Speaker | None:
    """``"…," Jacobs and Thomsen wrote ¶ AD ¶ AD ¶ "…," they added``: "they" with no nearer
    group is the latest joint speaker of the last few paragraphs."""
    here = paragraph_of(context, position)
    for record in reversed(context.history):
        if here - paragraph_of(context, record["start"]) > FOLLOW_UP_PARAGRAPHS:
            return None
        if " and " in (record["speaker"] or "") and record.get("_label") in PERSON_LABELS:
            span = record["speaker_span"] or {"start": record["start"], "end": record["start"]}
            return named(context, span["start"], span["end"], record["speaker"])
    return None


def earlier_nominal(context: Context, token: Any) -> Speaker | None:
    """``said one legal expert ... the expert warned``: a definite description of a person whose
    noun heads a nominal source of the last few paragraphs is that source, with the role and
    affiliation read there."""
    here = paragraph_of(context, token.idx)
    for record in reversed(context.history):
        if here - paragraph_of(context, record["start"]) > FOLLOW_UP_PARAGRAPHS:
            return None
        words = (record["speaker"] or "").split()
        if record.get("_label") == "NOMINAL" and words and words[-1].lower() == token.lower_:
            span = record["speaker_span"] or {"start": None, "end": None}
            # the source the record read (``sources.nominal_speaker``), its role and affiliation too
            return Speaker(
                record["speaker"],
                None,
                span["start"],
                span["end"],
                role=record["role"],
                affiliation=record["affiliation"],
                label="NOMINAL",
            )
    return None
