"""The corpus timeline: events from every article, dated, merged across sources.

``build_timeline(store)`` reads the ``events`` and ``times`` layers of every current article
and returns merged events, oldest first. Each keeps every source's version::

    {"date": "2022-01-05", "precision": "day", "cameo": "020", "plover": "REQUEST",
     "action": "request", "actors": [...], "targets": [...], "place": "Kazakhstan",
     "sources": [{"article_id", "date", "date_text", "actors", "targets", "text", "start", "end",
                  "date_inferred", "from_caption", "caption"}, ...],
     "disagreements": {"dates": [...], "actors": [...]}}

Dates: an article's ``--MM-DD`` references get their year from the article's reference date;
an article with none borrows the reference date of the most similar dated article in the
store (shared capitalised words, Jaccard), and such dates are marked ``date_inferred``.

Actors are named as the corpus entity registry names them when it is present ("Toqaev" and
"Tokayev" are one person). Merging: two reports dated to a day are one event when they have
the same CAMEO root, dates at most ``MERGE_DAYS`` apart, and share an actor as their actor
and, when both name targets, a target as their target (with no actor named by either, a
shared target; with no name at all, a trigger word): a name one report gives the actor and
the other a target, or one actor acting on two targets, is two events. A shared name counts
when each report gives it as its own name, not only as the state or people a named actor's
title names (the events' ``title_states``): "US Secretary of State Rex Tillerson" and "US
President Donald Trump" meeting someone on nearby days are two acts of two officials.

A report dated only by its month or year ("in 2016", "the 2016 race") is not placed on a day,
and a year shared with a name is no sign of one event: such a report joins the one group with
a report on a day of its period that it clearly matches (the same CAMEO root, a shared own
actor, and a shared own target or the place), else stands alone under its own date, never
joined with another coarse report. A photo caption's report (one that cleaning removed, one
naming a picture's credit, or a present-tense caption naming a past time: ``from_caption``)
is no entry on its own: it stands beside the one group of text reports near its date that it
clearly matches, and is dropped where there is none, since a caption shows an event and a
gallery's captions would otherwise fill the timeline with scenes no text reports.

Only asserted, non-negated events with a date enter the timeline; an undated text report from
another article joins the one merged event it clearly matches (same CAMEO code, a shared
actor and a shared target or place) on a date close to its article's own reference date (a
report that gives no date is read as of its article's), as a source with ``date`` None.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from newsdesk.dates import check_date_range
from newsdesk.names import canonical_country
from newsdesk.prose import names_credit
from newsdesk.similarity import jaccard
from newsdesk.store import Store
from newsdesk.timex import MONTH_NAMES, with_year

MERGE_DAYS = 2
#: The reports that ``merge_events`` takes for one event.
Cluster = list[dict[str, Any]]
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def reference_dates(store: Store) -> dict[str, dict[str, Any]]:
    """``{article_id: reference record}`` for every article, borrowing one where it has none.

    The texts are read only when some article has no reference of its own; each then borrows
    from the dated article sharing the most capitalised words (the first such in store order),
    found through an index of those words rather than by comparing it with every article."""
    own = {
        article_id: next((r for r in records if r.get("kind") == "reference"), None)
        for article_id, records in store.layer("times").items()
    }
    dated = [article_id for article_id, ref in own.items() if ref]
    result = {article_id: own[article_id] for article_id in dated}
    undated = [article_id for article_id, ref in own.items() if not ref]
    if not (undated and dated):
        return result
    words = {article.id: capitalised_words(article.text) for article in store.iter_articles()}
    for article_id, nearest in nearest_dated(undated, dated, words):
        result[article_id] = {**own[nearest], "inferred": True, "borrowed_from": nearest}
    return result


def capitalised_words(text: str) -> set[str]:
    """The capitalised words of ``text`` (three letters or more) that an undated article is
    compared by with the dated ones (``nearest_dated``)."""
    return set(_WORD.findall(text))


def nearest_dated(undated: list[str], dated: list[str], words: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    """For each undated article, the dated one with the highest word Jaccard (ties: the first;
    no shared word: the first dated article)."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, article_id in enumerate(dated):
        for word in words.get(article_id, ()):
            index[word].append(position)
    for article_id in undated:
        mine = words.get(article_id, set())
        positions = sorted({position for word in mine for position in index.get(word, ())})
        best = max(positions, key=lambda p: jaccard(mine, words.get(dated[p], set())), default=0)
        yield article_id, dated[best]


def dated_events(store: Store) -> list[dict[str, Any]]:
    """Every asserted, non-negated event with a date, its year filled in where it was missing."""
    return [event for event in asserted_events(store) if event["date"]]


def asserted_events(store: Store, *, references: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Every asserted, non-negated event, actors named as the corpus entity registry names them,
    dates completed with the article's reference year (``date`` None when there is none), with
    its article's own reference date (``reference_date``; None when it has none or borrowed one).
    ``references``: the store's ``reference_dates`` when the caller has them already."""
    references = reference_dates(store) if references is None else references
    names = _corpus_names(store)
    found = []
    for article_id, events in store.layer("events").items():
        rename = names.get(article_id, {})
        for event in events:
            if event.get("negated") or event.get("modality", "asserted") != "asserted":
                continue
            reference = references.get(article_id)
            dated = _dated(event, reference) or {**event, "date": None, "date_inferred": False}
            own = reference["value"] if reference and not reference.get("borrowed_from") else None
            names_of = _renamed_names(event, rename)
            found.append({**dated, "article_id": article_id, "reference_date": own, **names_of})
    return found


def _renamed_names(event: dict[str, Any], rename: dict[str, str]) -> dict[str, list[str]]:
    """The event's ``actors``, ``targets`` and ``title_states`` (the names only a named actor's
    title gives, ``events.actors.actor_names``) as the corpus names them; a title's state that
    the corpus names as one of the report's own names is its own name."""
    titled = set(event.get("title_states") or ())
    own = _renamed([n for n in (*event["actors"], *event["targets"]) if n not in titled], rename)
    return {
        "actors": _renamed(event["actors"], rename),
        "targets": _renamed(event["targets"], rename),
        "title_states": [n for n in _renamed(event.get("title_states") or [], rename) if n not in own],
    }


def _corpus_names(store: Store) -> dict[str, dict[str, str]]:
    """``{article_id: {name or mention text: corpus entity name}}`` from the entity registry."""
    article_entities = getattr(store, "article_entities", None)
    if article_entities is None:
        return {}
    entities = article_entities()
    return {
        article_id: {
            text: entity["name"]
            for entity in items
            for text in (entity["name"], *(m["text"] for m in entity.get("mentions") or []))
        }
        for article_id, items in entities.items()
    }


def _renamed(names: list[str], rename: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(canonical_country(rename.get(name, name)) or rename.get(name, name) for name in names))


def _dated(event: dict[str, Any], reference: dict[str, Any] | None) -> dict[str, Any] | None:
    value = event.get("date")
    if not value:
        return None
    if not value.startswith("--"):
        return {**event, "date_inferred": False}
    if reference is None:
        return None
    return {**event, "date": with_year(value, reference["value"]), "date_inferred": True}


def with_reference_year(value: str | None, reference: dict[str, Any] | None) -> str | None:
    """A ``--MM-DD`` date completed with the reference's year; other values unchanged."""
    if value and value.startswith("--") and reference:
        return with_year(value, reference["value"])
    return value


def merge_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group reports of the same event (see the module docstring), oldest first; on one date
    the articles in the order ``events`` gives them (the store's content-hash order, which does
    not depend on where the files lay, as the article ids do).

    Reports dated to a day are grouped first, by ``_same_event``. A report dated only by its
    month or year then joins the one group in its period that ``_clearly_same`` matches, else
    stands alone under its own date. A photo caption's report (``from_caption``) joins the
    one group of text reports that ``_clearly_same`` matches near its date, and is dropped
    where it joins none: a caption shows an event, it is no report of one on its own."""
    rank: dict[str, int] = {}
    for event in events:
        rank.setdefault(event["article_id"], len(rank))

    def order(event: dict[str, Any]) -> tuple[str, int, int]:
        return event["date"], rank[event["article_id"]], event["start"]

    ordered = sorted(events, key=order)
    captions = [event for event in ordered if from_caption(event)]
    texts = [event for event in ordered if not from_caption(event)]
    clusters: list[Cluster] = []
    homes: dict[str, list[Cluster]] = {}
    for event in texts:
        if _on_a_day(event):
            _join(clusters, homes, event, founds=True)
    for event in texts:
        if not _on_a_day(event):
            _join(clusters, homes, event, founds=True)
    for event in captions:
        _join(clusters, homes, event, founds=False)
    clusters.sort(key=lambda cluster: order(cluster[0]))
    return [_merged(cluster) for cluster in clusters]


def _join(
    clusters: list[Cluster], homes: dict[str, list[Cluster]], event: dict[str, Any], *, founds: bool
) -> None:
    """Add ``event`` to the group it belongs to; with ``founds``, one of its own when none.
    ``homes`` holds the groups led by a report on a day, by their CAMEO root in the order they
    were made: only those can take a report (``_home``), and only of their own root, so a
    report is compared with them alone and not with every group of the corpus."""
    kin = homes.setdefault(event["cameo"][:2], [])
    home = _home(kin, event)
    if home is not None:
        home.append(event)
    elif founds:
        clusters.append([event])
        if _on_a_day(event):
            kin.append(clusters[-1])


def _home(clusters: list[Cluster], event: dict[str, Any]) -> Cluster | None:
    """The group a report joins: for a text's report dated to a day, the first group of
    reports on a day that ``_same_event`` accepts; for one dated only by its month or year,
    and for a caption's, the one group with a report on a day of that period (or, for a
    caption on a day, within ``MERGE_DAYS``) that ``_clearly_same`` accepts; none when two
    do, nor any group of coarser reports: sharing a year and a name is no sign of one event."""
    dayed = [cluster for cluster in clusters if _on_a_day(cluster[0])]
    if _on_a_day(event) and not from_caption(event):
        return next((cluster for cluster in dayed if _same_event(cluster, event)), None)
    near = [cluster for cluster in dayed if _close(cluster[0]["date"], event["date"])]
    matches = [cluster for cluster in near if _clearly_same(cluster, event, places=_places(cluster))]
    return matches[0] if len(matches) == 1 else None


def _places(reports: Cluster) -> set[str]:
    return {e["place"] for e in reports if e.get("place")}


def _on_a_day(event: dict[str, Any]) -> bool:
    """Whether the report's date names a day (``YYYY-MM-DD``), not only a month or a year."""
    return len(event["date"]) == 10


def from_caption(event: dict[str, Any]) -> bool:
    """Whether the report was read from a photo caption: one that cleaning took out of the text
    (the event's ``caption``, the index of the removed line), a sentence of the text that
    names a picture's credit (``prose.names_credit``: "AP Photo/...", "Getty Images"), or one
    that the events layer found to read as a present-tense caption (``present_caption``,
    ``prose.present_tense_caption`` on the analysis parse: a gallery's "Trump attends ... in
    1989")."""
    if event.get("present_caption") or event.get("caption") is not None:
        return True
    return names_credit(event.get("text") or "")


def _clearly_same(reports: Cluster, event: dict[str, Any], *, places: set[str]) -> bool:
    """``event`` is one of the same event as ``reports`` by more than a date: the same type
    (CAMEO root) as the first of them, an own actor of one of them and an own target of one
    of them or one of their ``places`` (names only a title gives do not count); a text's
    report from another article (a caption may show what its own article reports). The
    merge asks it of a group's reports, ``attach_undated`` of a merged event's sources."""
    if event["article_id"] in {e["article_id"] for e in reports} and not from_caption(event):
        return False
    if event["cameo"][:2] != reports[0]["cameo"][:2]:
        return False
    actors = set().union(*(_own_role(e, "actors") for e in reports))
    targets = set().union(*(_own_role(e, "targets") for e in reports))
    return bool(actors & _own_role(event, "actors")) and bool(
        targets & _own_role(event, "targets") or event.get("place") in places
    )


def _same_event(cluster: list[dict[str, Any]], event: dict[str, Any]) -> bool:
    """Two reports on nearby days of one CAMEO root are one event when they name one actor
    of their own as its actor, and, when both name targets, one of them as its target: a name
    one report gives the actor and the other the target ("Sanders crushed Trump", "Rubio was
    almost overtaking Trump"), or one actor's acts on two targets, are two events. With no
    actor named by either, a shared target; with no name at all, the same trigger."""
    first = cluster[0]
    if first["cameo"][:2] != event["cameo"][:2] or not _close(first["date"], event["date"]):
        return False
    actors = set().union(*(_own_role(e, "actors") for e in cluster))
    targets = set().union(*(_own_role(e, "targets") for e in cluster))
    their_actors, their_targets = _own_role(event, "actors"), _own_role(event, "targets")
    if actors or their_actors:
        apart = targets and their_targets and not targets & their_targets
        return bool(actors & their_actors) and not apart
    if targets or their_targets:
        return bool(targets & their_targets)
    return any(e["action"] == event["action"] for e in cluster)


def _close(a: str, b: str) -> bool:
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= MERGE_DAYS
    return a[: len(b)] == b[: len(a)]


def _merged(cluster: list[dict[str, Any]]) -> dict[str, Any]:
    dates = Counter(e["date"] for e in cluster if not from_caption(e))
    best = max(dates, key=lambda value: (len(value), dates[value], -ord(value[-1])))
    first = next(e for e in cluster if e["date"] == best and not from_caption(e))
    actors = list(dict.fromkeys(n for e in cluster for n in e["actors"]))
    targets = list(dict.fromkeys(n for e in cluster for n in e["targets"] if n not in actors))
    return {
        "date": best,
        "precision": first.get("date_precision"),
        "cameo": first["cameo"],
        "plover": first["plover"],
        "action": first["action"],
        "actors": actors,
        "targets": targets,
        "place": next((e["place"] for e in cluster if e.get("place")), None),
        "text": first["text"],
        "sources": [_source(e) for e in cluster],
        "disagreements": _disagreements(cluster),
    }


def _source(event: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "article_id",
        "date",
        "date_text",
        "date_inferred",
        "actors",
        "targets",
        "title_states",
        "cameo",
        "text",
        "start",
        "end",
        "caption",
    )
    return {**{key: event.get(key) for key in keys}, "from_caption": from_caption(event)}


def _disagreements(cluster: list[dict[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    dates = _differing_dates({e["date"] for e in cluster})
    if len(dates) > 1:
        found["dates"] = dates
    actor_sets = {tuple(sorted(e["actors"])) for e in cluster if e["actors"]}
    if len(actor_sets) > 1:
        found["actors"] = [list(actors) for actors in sorted(actor_sets)]
    codes = sorted({e["cameo"] for e in cluster})
    if len(codes) > 1:
        found["cameo"] = codes
    return found


def _differing_dates(dates: set[str]) -> list[str]:
    """The dates of a group's reports that differ, oldest first: a month or a year that one of
    the days lies in ("2016" beside "2016-03-01") does not differ from it."""
    return sorted(d for d in dates if not any(o != d and o.startswith(d) for o in dates))


def attach_undated(merged: list[dict[str, Any]], undated: list[dict[str, Any]]) -> None:
    """Add undated reports from other articles to the one merged event they clearly match
    (``_clearly_same`` of its sources, with its place) with the same CAMEO code, on a date
    close to the report's article's (``_told_by``)."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    for m in merged:
        by_code.setdefault(m["cameo"], []).append(m)
    for event in undated:
        matches = [
            m
            for m in by_code.get(event["cameo"], [])
            if _told_by(m["date"], event.get("reference_date"))
            and _clearly_same(m["sources"], event, places={m["place"]} - {None})
        ]
        if len(matches) == 1:
            matches[0]["sources"].append(_source(event))


def _told_by(value: str, reference: str | None) -> bool:
    """Whether an article dated ``reference`` tells of an event on ``value`` without dating
    it: a report with no date of its own is read as of its article's date, so the two are
    ``_close`` as two reports' dates must be. No reference of the article's own, no bound."""
    return not reference or _close(value, reference)


def _own_role(event: dict[str, Any], role: str) -> set[str]:
    """A report's ``role`` names ("actors" or "targets") less those only a title gives; of a
    merged event, those of its sources that it lists in ``role``."""
    reports = event.get("sources") or [event]
    own = {n for e in reports for n in e[role] if n not in (e.get("title_states") or ())}
    return own & set(event[role])


def build_timeline(
    store: Store,
    *,
    entity: str | None = None,
    start: str | None = None,
    end: str | None = None,
    references: dict[str, dict[str, Any]] | None = None,
    merged: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Merged events, oldest first, optionally about one entity and within ``[start, end]``
    (YYYY, YYYY-MM or YYYY-MM-DD; anything else is a ``UsageError``). ``merged``: the
    store's ``merged_timeline`` when the caller keeps it (the desk builds it once per change
    of the store); it is read, never changed."""
    check_date_range("date_from", start, "date_to", end)
    merged = merged_timeline(store, references=references) if merged is None else merged
    names = entity_names(store, entity) if entity else None
    return [event for event in merged if _wanted(event, names=names, start=start, end=end)]


def merged_timeline(
    store: Store, *, references: dict[str, dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Every merged event of the store, oldest first, undated reports attached: the timeline
    before any filter, the part of ``build_timeline`` that reads the whole store."""
    events = asserted_events(store, references=references)
    merged = merge_events([event for event in events if event["date"]])
    undated = [event for event in events if not event["date"] and not from_caption(event)]
    attach_undated(merged, undated)
    return merged


def entity_names(store: Store, entity: str) -> set[str]:
    """Every name ``entity`` goes by, lower-cased: as given, its country's canonical name, and,
    when the entity registry knows it (by name or alias), its name and all its aliases."""
    names = {entity, canonical_country(entity) or entity}
    found = store.find_entity(entity) if hasattr(store, "find_entity") else None
    if found:
        names.add(found["name"])
        names.update(alias["alias"] for alias in store.entity_detail(found["id"])["aliases"])
    return {name.lower() for name in names if name}


def _wanted(event: dict[str, Any], *, names: set[str] | None, start: str | None, end: str | None) -> bool:
    """In ``[start, end]`` and, with ``names``, naming one of them as actor, target or place, or
    in a report's sentence (an alias the coder did not keep as an actor still counts)."""
    if start and event["date"][: len(start)] < start[: len(event["date"])]:
        return False
    if end and event["date"][: len(end)] > end[: len(event["date"])]:
        return False
    if names is None:
        return True
    named = (*event["actors"], *event["targets"], event.get("place") or "")
    fields = [n.lower() for n in named if n]
    texts = " ".join(source.get("text") or "" for source in event["sources"]).lower()
    return any(name in field for name in names for field in fields) or any(
        re.search(rf"\b{re.escape(name)}\b", texts) for name in names
    )


# -- what a reader sees --------------------------------------------------------------------------

SENTENCE_WORDS = 30


def describe(event: dict[str, Any]) -> str:
    """The event as a reader reads it: the shortest sentence among its reports (who did what to
    whom, in the article's own words; a text's report before a photo caption's), cut to
    ``SENTENCE_WORDS`` words. Composing a sentence from the coded fields reads badly ("Russia
    sent Kazakhstan": the coder keeps the recipient, not the thing sent), so the report's
    sentence is shown and the fields stay in the JSON."""
    sources = event.get("sources") or []
    told = [source for source in sources if not source.get("from_caption")] or sources
    texts = [source.get("text") for source in told] + [event.get("text")]
    texts = [" ".join(text.split()) for text in texts if text]
    return _clipped(min(texts, key=lambda t: len(t.split())), SENTENCE_WORDS) if texts else ""


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _clipped(text: str, words: int) -> str:
    parts = " ".join(text.split()).split(" ")
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


def spoken_date(value: str | None) -> str:
    """``2022-01-05`` -> "on 5 January 2022", ``2022-01`` -> "in January 2022", ``2022`` ->
    "in 2022"."""
    if not value:
        return ""
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    if day:
        return f"on {int(day)} {MONTH_NAMES[int(month) - 1]} {year}"
    return f"in {MONTH_NAMES[int(month) - 1]} {year}" if month else f"in {year}"


def disagreement_text(disagreements: dict[str, Any]) -> str:
    """Where the reports of one event differ, in words ("" when they agree)."""
    parts = []
    if disagreements.get("dates"):
        parts.append("the date (" + " or ".join(spoken_date(d).split(" ", 1)[1] for d in disagreements["dates"]) + ")")
    if disagreements.get("actors"):
        parts.append("who acted (" + " or ".join(_names(a) for a in disagreements["actors"]) + ")")
    if disagreements.get("cameo"):
        codings = len(disagreements["cameo"])
        parts.append(f"what kind of event it was ({codings} different codings)")
    return "Reports differ on " + "; ".join(parts) + "." if parts else ""


def readable_timeline(
    store: Store, *, merged: list[dict[str, Any]] | None = None, **filters: str | None
) -> list[dict[str, Any]]:
    """The timeline as a reader reads it: per event its date in words, its sentence, the sources
    named by outlet or title, and the disagreements in words (``build_timeline``'s filters and
    ``merged``; the events it reads are left as they were)."""
    events = build_timeline(
        store, entity=filters.get("entity"), start=filters.get("start"), end=filters.get("end"),
        merged=merged,
    )
    ids = sorted({source["article_id"] for event in events for source in event["sources"]})
    label = store.article_labels(ids)
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:  # several codings of one sentence are one entry for a reader
        key = (event["date"], describe(event))
        if key in entries:
            known = entries[key]["sources"]
            entries[key]["sources"] = known + [s for s in event["sources"] if s not in known]
            continue
        entries[key] = {
            **event,
            "when": spoken_date(event["date"]),
            "sentence": key[1],
            "disagreement": disagreement_text(event["disagreements"]),
        }
    for entry in entries.values():
        ids = {source["article_id"] for source in entry["sources"]}
        entry["reported_by"] = sorted({label.get(i, i) for i in ids})
    return list(entries.values())
