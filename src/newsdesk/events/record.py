"""The event record the dictionary coder proposes: its code, actors, date, place and mood.

A record::

    {"trigger": "request", "action": "request", "actors": ["Kassym-Jomart Tokayev"],
     "targets": [], "date": "2022-01-05", "date_precision": "day", "place": "Kazakhstan",
     "cameo": "020", "plover": "REQUEST", "negated": false, "modality": "asserted",
     "text": "<the sentence>", "start": ..., "end": ..., "trigger_start": ..., "trigger_end": ...}

The date is the resolved time expression of the ``times`` layer nearest the trigger in its
sentence; the place is a place named after "in", "at", "near", "inside" or "across" there,
not one of the event's sources.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT_ROOT, plover_of
from newsdesk.events.modality import modality, negated
from newsdesk.events.phrases import PLACE_LABELS
from newsdesk.names import canonical_country
from newsdesk.parsed import span_ents


def date_for(trigger: Any, times: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The resolved time expression in the trigger's sentence closest to the trigger."""
    sentence = trigger.sent
    inside = [
        t
        for t in times
        if t.get("kind") != "reference" and t.get("value") and sentence.start_char <= t["start"] < sentence.end_char
    ]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t["start"] - trigger.idx))


def _place_for(trigger: Any, doc: Any, exclude: set[str]) -> str | None:
    candidates = []
    for ent in span_ents(trigger.sent):
        if ent.label_ not in PLACE_LABELS:
            continue
        head = ent.root.head
        if (head.dep_ == "prep" and head.lower_ in {"in", "at", "near", "inside", "across"}) or head.lower_ in {
            "in",
            "at",
        }:
            name = canonical_country(ent.text) or ent.text
            if name not in exclude:
                candidates.append((abs(ent.start - trigger.i), name))
    return min(candidates)[1] if candidates else None


def make_event(
    trigger: Any,
    lemma: str,
    code: str,
    sources: list[str],
    targets: list[str],
    *,
    doc: Any,
    times: list[dict[str, Any]],
) -> dict[str, Any]:
    sentence = trigger.sent
    when = date_for(trigger, times)
    return {
        "trigger": trigger.text,
        "action": lemma,
        "actors": sources,
        "targets": [t for t in targets if t not in sources],
        "cameo": code,
        "plover": plover_of(code),
        "date": when["value"] if when else None,
        "date_precision": when["precision"] if when else None,
        "date_text": when["text"] if when else None,
        "place": _place_for(trigger, doc, set(sources)),
        "negated": negated(trigger),
        "modality": modality(trigger),
        "text": sentence.text.strip(),
        "start": sentence.start_char,
        "end": sentence.end_char,
        "trigger_start": trigger.idx,
        "trigger_end": trigger.idx + len(trigger),
        "_reported_speech": code.startswith(STATEMENT_ROOT)
        and not any(child.dep_ == "dobj" for child in trigger.children),
    }
