"""Events: who did what to whom, when and where, coded in PLOVER (with a CAMEO code).

``EventsAnalyser`` is a per-article analyser (layer ``"events"``). It runs after the
``times`` layer (and the ``mentions`` layer when present) and reads them from
``article.annotations``. A record::

    {"trigger": "request", "action": "request", "actors": ["Kassym-Jomart Tokayev"],
     "targets": [], "date": "2022-01-05", "date_precision": "day", "place": "Kazakhstan",
     "cameo": "020", "plover": "REQUEST", "negated": false, "modality": "asserted",
     "confidence": 0.71, "source_spans": [[s, e]], "target_spans": [],
     "text": "<the sentence>", "start": ..., "end": ..., "trigger_start": ..., "trigger_end": ...}

How a sentence is coded:
1. ``classify.py``: a learned classifier gives each sentence a probability for each of the 16
   PLOVER types used by POLECAT and for "no event". A sentence whose "no event" probability
   passes the model's threshold gets no event, whatever words it contains.
2. The sentence gets its ONE best type: the classifier's probability plus a bonus when the
   dictionary coder (3) codes an asserted or future ("will meet") event of that type in it
   (not a future one under the verb it codes as the intent to do it: "said they will
   release the hostages" is the intent, 035); a
   second type only when that one is coded too and scores nearly as high (a sentence reporting
   two events), and of two such types only those coded on the main verbs: the governing
   verb, the root and the verbs coordinated with them ("sent troops and promised aid" reports
   two acts; a purpose clause's "to help" is no second act). Without a coded event the classifier must be surer that there
   is an event. When the coder codes no type, the main verb's dictionary type counts as coded
   on it if the parse gives its event an actor (``verb_type``: "Refugees have received food",
   whose subject the coder takes for no actor), with a lower bar for "no event"; when it
   codes types only on circumstances (a "while" clause, an act noun in the subject), the
   main verb's type counts as coded on it too if that verb is done, not negated and no
   statement (``sentence_types``).
   A sentence whose main act the dictionary codes as a public statement (CAMEO 01: "expressed
   concern", "declined to comment"), by the verb or by the clause it embeds ("the rebels
   claimed that they had attacked the base": a claim of responsibility, 015), and on whose
   main verb it codes no type reports no event.
3. ``rules.py``: the PETRARCH-2 dictionary coder proposes events with triggers, actors, a
   CAMEO code, negation and modality (its parts: ``cameo.py`` the dictionary and the codes,
   ``slots.py`` the actors, ``modality.py``, ``record.py`` the record with its date and
   place, ``embedded.py`` a verb coded by the clause it embeds). An event of the chosen type (``event_of_type``) is taken
   from it when it has one (the one nearest the parse root); otherwise the event is built on the sentence's
   governing verb (the reported clause's verb, so a speaker is not the actor of what they
   report, except for accusations, requests and rejections, which are the speaking; under a
   passive that takes a clause, "X is scheduled to attend", the clause's verb, done by X).
   It needs an actor, except on a passive that leaves its doer unnamed ("Hundreds of
   prisoners have been released": an act, whoever did it). An event of a type the coder codes
   nowhere in the sentence in any modality, the classifier's alone, also needs an interaction
   (``interaction.py``): a target, a source that is a body, an agent noun or a count of one,
   or an actor name of a body ("Russian tanks": Russia; "Obama lied", "Wallace climbed out"
   get none).
4. ``actors.py``: source and target spans from the parse (subject / agent / object of the
   trigger; "according to X" is never a source); the event's actor names are read from
   them, so every name is in its span.
5. A refused or negated act of cooperation ("will not lift the ban") is coded as the
   rejection it is (REJECT, CAMEO 12x), as CAMEO codes it, before the type decision: the
   dictionary's refusal counts as a coded rejection in step 2.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import QUAD_CLASSES, plover_of
from newsdesk.events.rules import extract_rule_events
from newsdesk.events.sentence import (
    TYPE_CODES,
    coded_types,
    event_of_type,
    extract_events,
    refusal,
    sentence_types,
    stated,
    told_plan,
    undone_types,
    verb_type,
)
from newsdesk.prose import present_tense_caption

__all__ = [
    "QUAD_CLASSES",
    "TYPE_CODES",
    "EventsAnalyser",
    "coded_types",
    "event_of_type",
    "export_events",
    "extract_events",
    "extract_rule_events",
    "plover_of",
    "refusal",
    "sentence_types",
    "stated",
    "told_plan",
    "undone_types",
    "verb_type",
]


class EventsAnalyser:
    """Per-article analyser: the ``events`` layer (after ``times`` and, when present,
    ``mentions``)."""

    layer = "events"
    #: What each version changed: docs/events-versions.md (oldest first).
    version = 116

    def __call__(self, doc: Any, article: Any) -> list[dict[str, Any]]:
        from newsdesk.timex import caption_docs

        times = article.annotations.get("times") or []
        events = extract_events(
            doc,
            times=[t for t in times if "caption" not in t],
            mentions=article.annotations.get("mentions"),
        )
        for event in events:
            if _reads_as_caption(doc, event):
                event["present_caption"] = True
        for index, caption in caption_docs(doc, article):
            found = extract_events(caption, times=[t for t in times if t.get("caption") == index])
            events += [{**event, "caption": index} for event in found]
        return events


def _reads_as_caption(doc: Any, event: dict[str, Any]) -> bool:
    """The event's sentence reads as a present-tense photo caption (``prose``), by its tags."""
    sentence = doc.char_span(event["start"], event["end"], alignment_mode="expand")
    if sentence is None:
        return False
    return present_tense_caption({token.tag_ for token in sentence}, sentence.text)


EXPORT_KEYS = (
    "date",
    "text",
    "actors",
    "action",
    "targets",
    "place",
    "plover",
    "cameo",
    "start",
    "end",
    "negated",
    "modality",
)


def export_events(store: Any) -> dict[str, list[dict[str, Any]]]:
    """The export's ``events`` field: each article's events with the contract's keys, dates
    completed with the article's (possibly inferred) reference year (see ``timeline.py``)."""
    from newsdesk.timeline import reference_dates, with_reference_year

    references = reference_dates(store)
    return {
        article_id: [
            {key: event.get(key) for key in EXPORT_KEYS}
            | {"date": with_reference_year(event.get("date"), references.get(article_id)),
               "title_states": event.get("title_states") or []}
            for event in events
        ]
        for article_id, events in store.layer("events").items()
    }
