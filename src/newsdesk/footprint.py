"""The footprint ledger: what a power does in a country, by dimension, over time, with evidence.

``footprint(store, power, country)`` returns one point per piece of evidence::

    {"date": "2022-01-05", "power": "Russia", "country": "Kazakhstan", "dimension": "security",
     "kind": "event", "label": "<what happened, in a sentence>", "article_id": "...",
     "start": ..., "end": ..., "text": "<the sentence>"}

Dimensions: ``security`` (military cooperation, aid and posture, force, threats, retreats),
``economic`` (economic cooperation and aid, sanctions, and money or share figures),
``political`` (requests, agreements, consultations, support, demands, criticism, protest),
``information`` (what the power's voices say about the country). Event points come from the
merged timeline, where the power is an actor and the country is an actor, a target or the
place. Figure points come from the ``figures`` layer: money, percentages and troop counts whose
sentence names both; they are dated by a time expression in the same sentence, else by the
article's reference date.

Statement points (``kind: "statement"``, dimension ``information``) come from the ``quotes``
layer: an attribution whose speaker speaks for the power (``state_voices.speaks_for``: the
state, its leaders, officials, ministries, embassies and state media) and whose content, or its
sentence outside the speaker's own description, names the country (by name, demonym or capital,
or through a registry entity of that country such as its president). The evidence is the
content span; the date a time expression in the sentence, else the article's reference date.
One statement in several copies of an article (exact, near or rewrite lineage links) is one
point, with ``sources`` counting the copies.

``countries_of(store, power)`` gives the countries where ``power`` has evidenced points and
how many, most first: the three kinds of evidence read once with no country named, each point
filed under every known state it names (the count ``footprint`` gives for that country), so
it costs what one footprint costs, not one per country.

``unknown_names(power, country)`` gives the names that stand for no state or international
organisation (the table of ``names.canonical_country``, then the gazetteer's countries,
capitals, seats of power and intergovernmental organisations): the ledger of such a name is
empty by construction, and the service layer refuses it rather than answer "0 points".

``plot_footprint`` draws the cumulative count of points per dimension over time (matplotlib,
imported only there).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.errors import MissingExtraError, cannot_write
from newsdesk.figures import normalised
from newsdesk.lineage.links import COPY_KINDS
from newsdesk.names import canonical_country, countries_in
from newsdesk.sentences import LAYER as SENTENCES
from newsdesk.sentences import sentence_spans
from newsdesk.state_voices import country_name, speaks_for
from newsdesk.store import Store
from newsdesk.timeline import describe, merged_timeline, reference_dates, with_reference_year

DIMENSIONS = ("security", "economic", "political", "information")
_SECURITY_CODES = ("062", "074", "0334", "087", "13", "15", "17", "18", "19", "20")
_ECONOMIC_CODES = ("061", "071", "0311", "16")
_MONEY_UNITS = {"USD", "EUR", "CNY", "RUB", "GBP", "KZT", "percent"}
#: Two statements of one speaker in copies of one article are one point at this wording ratio.
SAME_STATEMENT = 80.0
_LABEL_WORDS = 12
#: The gazetteer's kinds of entry that name a state or a power: a footprint's power or country.
_STATE_KINDS = frozenset({"country", "capital", "seat", "igo"})


def dimension_of(cameo: str) -> str:
    """The footprint dimension of a CAMEO code (most specific prefix first)."""
    if cameo.startswith(_SECURITY_CODES):
        return "security"
    if cameo.startswith(_ECONOMIC_CODES):
        return "economic"
    if cameo.startswith("01"):
        return "information"
    return "political"


@dataclass(frozen=True, slots=True)
class PointDates:
    """What dates a point, read once per footprint: each article's reference date and times."""

    references: dict[str, dict[str, Any]]
    times: dict[str, list[dict[str, Any]]]

    @classmethod
    def read(cls, store: Store) -> PointDates:
        """The reference dates (``timeline.reference_dates``) and ``times`` layers of ``store``."""
        return cls(references=reference_dates(store), times=store.layer("times"))


@dataclass(frozen=True, slots=True)
class Evidence:
    """What every footprint reads of the whole store, whatever its power and country: the
    dates, the merged timeline, the ``figures`` layer, the entity registry and each quote's
    state (``voices``: ``(article_id, quote, state)`` for every quote with a speaker and an
    end whose speaker speaks for a state). Read once, it serves every power and country;
    the desk keeps one per change of the store. Its parts are read, never changed."""

    dates: PointDates
    timeline: list[dict[str, Any]]
    figures: dict[str, list[dict[str, Any]]]
    registry: _Registry
    voices: list[tuple[str, dict[str, Any], str]]

    @classmethod
    def read(cls, store: Store, *, timeline: list[dict[str, Any]] | None = None) -> Evidence:
        """The evidence of ``store``; ``timeline``: its ``merged_timeline`` when known."""
        dates = PointDates.read(store)
        if timeline is None:
            timeline = merged_timeline(store, references=dates.references)
        registry = _Registry(store)
        return cls(dates=dates, timeline=timeline, figures=store.layer("figures"),
                   registry=registry, voices=state_voices(store, registry))


def state_voices(store: Store, registry: _Registry) -> list[tuple[str, dict[str, Any], str]]:
    """``(article_id, quote, state)`` for each quote with a speaker and an end whose speaker
    speaks for a state (``state_voices.speaks_for``), in the store's order."""
    voices = []
    for article_id, quotes in store.layer("quotes").items():
        for quote in quotes:
            if quote.get("speaker") and quote.get("end"):
                state = speaks_for(quote, entity=registry.entity_of(quote))
                if state:
                    voices.append((article_id, quote, state))
    return voices


def unknown_names(*names: str) -> list[str]:
    """The ``names`` that name no state, capital, seat of power or intergovernmental
    organisation ("Narnia"); "China", "Chinese", "Beijing", "the Kremlin" and "NATO" are known."""
    gazetteer = load_gazetteer()
    return [name for name in names if not canonical_country(name)
            and (gazetteer.lookup(name.strip()) or {}).get("kind") not in _STATE_KINDS]


def footprint(store: Store, power: str, country: str, *,
              evidence: Evidence | None = None) -> list[dict[str, Any]]:
    """Every evidenced point of ``power``'s footprint in ``country``, oldest first;
    ``evidence``: the store's ``Evidence`` when the caller keeps it."""
    power = canonical_country(power) or power
    country = canonical_country(country) or country
    points = _points(store, power, country, evidence or Evidence.read(store))
    return sorted(points, key=lambda p: (p["date"] or "", p["article_id"], p["start"]))


def countries_of(store: Store, power: str, *,
                 evidence: Evidence | None = None) -> list[dict[str, Any]]:
    """The countries where ``power`` has evidenced points, each ``{"country", "points"}``
    with the count ``footprint(store, power, country)`` gives, most points first."""
    power = canonical_country(power) or power
    evidence = evidence or Evidence.read(store)
    counts = Counter(point["country"] for point in _points(store, power, None, evidence))
    return [{"country": country, "points": n}
            for country, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _points(store: Store, power: str, country: str | None,
            evidence: Evidence) -> list[dict[str, Any]]:
    dates = evidence.dates
    return (event_points(store, power, country, dates, timeline=evidence.timeline)
            + figure_points(store, power, country, dates, figures=evidence.figures)
            + statement_points(store, power, country, dates, registry=evidence.registry,
                               voices=evidence.voices))


@lru_cache(maxsize=4096)
def _is_state(name: str) -> bool:
    """A name a footprint takes as its country and keeps as given: a known state or power
    under its own canonical name ("Russia", not "Moscow" nor "Russian")."""
    return not unknown_names(name) and (canonical_country(name) or name) == name


def _countries(named: set[str | None], *, power: str, country: str | None) -> list[str]:
    """The countries of ``named`` a point is filed under: ``country`` when one is asked for
    and named, else every known state named but the power."""
    if country is not None:
        return [country] if country in named and country != power else []
    return sorted(name for name in named if name and name != power and _is_state(name))


def event_points(
    store: Store, power: str, country: str | None, dates: PointDates, *,
    timeline: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The merged timeline events ``power`` acts in, about ``country`` (an actor, a target or
    the place; with no country, about each known state so named), one point each, dated by
    the event; ``timeline``: the store's ``merged_timeline`` when known."""
    points = []
    if timeline is None:
        timeline = merged_timeline(store, references=dates.references)
    for event in timeline:
        if power not in event["actors"]:
            continue
        involved = {*event["actors"], *event["targets"], event.get("place")}
        source = event["sources"][0]
        points += [{"date": event["date"], "power": power, "country": name,
                    "dimension": dimension_of(event["cameo"]), "kind": "event",
                    "label": describe(event), "code": event["cameo"],
                    "article_id": source["article_id"],
                    "start": source["start"], "end": source["end"], "text": event["text"],
                    "sources": len(event["sources"])}
                   for name in _countries(involved, power=power, country=country)]
    return points


def figure_points(
    store: Store, power: str, country: str | None, dates: PointDates, *,
    figures: dict[str, list[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """The money (economic) and troop (security) figures whose context names ``power`` and
    ``country`` (with no country, each known state it names), ``power`` among the figure's
    own countries, dated by the article's times; ``figures``: the layer when known."""
    references, times = dates.references, dates.times
    points = []
    for article_id, figures_of in (store.layer("figures") if figures is None else figures).items():
        for figure in figures_of:
            dimension = _figure_dimension(figure)
            named = countries_in(figure["context"]) | set(figure.get("countries") or [])
            if not dimension or power not in (figure.get("countries") or []):
                continue
            when = _figure_date(figure, times.get(article_id, []), references.get(article_id))
            label = f"{figure['text']} {figure.get('measure') or ''}".strip()
            points += [{"date": when, "power": power, "country": name, "dimension": dimension,
                        "kind": "figure", "label": label,
                        "article_id": article_id, "start": figure["start"], "end": figure["end"],
                        "text": figure["context"], "sources": 1}
                       for name in _figure_countries(named, power=power, country=country)]
    return points


def _figure_countries(named: set[str], *, power: str, country: str | None) -> list[str]:
    """As ``_countries``, but a figure of the power asked in itself stays its point."""
    return [power] if country == power else _countries(named, power=power, country=country)


def statement_points(
    store: Store, power: str, country: str, dates: PointDates, *,
    registry: _Registry | None = None,
    voices: list[tuple[str, dict[str, Any], str]] | None = None,
) -> list[dict[str, Any]]:
    """The quotes of speakers who speak for ``power`` (``state_voices.speaks_for``) whose
    content, or their sentence outside the speaker's description, names ``country`` (by word or
    by a registry entity there; with no country, each known state so named), one point per
    statement and country across copies. ``registry`` and ``voices``: the store's, when
    known (``Evidence``)."""
    if power == country:
        return []
    registry = registry or _Registry(store)
    if voices is None:
        voices = state_voices(store, registry)
    spoken = [(article_id, quote) for article_id, quote, state in voices if state == power]
    articles = store.get_articles(sorted({article_id for article_id, _ in spoken}))
    references, times = dates.references, dates.times
    sentences = store.layer(SENTENCES, article_ids=sorted(articles))
    points = []
    for article_id, quote in spoken:
        text = articles[article_id].text if article_id in articles else ""
        sentence = _sentence_span(sentence_spans(text, sentences.get(article_id)), quote)
        about = _about(quote, sentence)
        named = registry.countries_named(article_id, text, about) if text else set()
        for name in _countries(named, power=power, country=country):
            when = _date_in(sentence, times.get(article_id, []), references.get(article_id))
            points.append(_statement_point(quote, text, article_id=article_id, when=when,
                                           power=power, country=name))
    originals = _originals(store)
    by_country: dict[str, list[dict[str, Any]]] = {}
    for point in points:
        by_country.setdefault(point["country"], []).append(point)
    return [kept for group in by_country.values() for kept in _once_per_copy(group, originals)]


class _Registry:
    """The entity registry as the statement points need it: the speaker's entity and the
    countries of the entities an article mentions."""

    def __init__(self, store: Store) -> None:
        entities = store.list_entities()
        self.by_id = {e["id"]: e for e in entities}
        self.by_name: dict[str, dict[str, Any]] = {}
        for entity in entities:  # most mentioned first: the first claim on a name wins
            for name in (entity["name"], *(entity.get("aliases") or [])):
                self.by_name.setdefault(name.lower(), entity)
        self.mentions = store.article_entities()

    def entity_of(self, quote: dict[str, Any]) -> dict[str, Any] | None:
        found = self.by_id.get(quote.get("entity") or "")
        return found or self.by_name.get((quote.get("speaker") or "").lower())

    def countries_named(self, article_id: str, text: str,
                        spans: list[tuple[int, int]]) -> set[str]:
        """Countries named in ``text``'s ``spans``: by word, or by a registry entity there."""
        named = set().union(*(countries_in(text[start:end]) for start, end in spans))
        for item in self.mentions.get(article_id, []):
            inside = any(start <= m["start"] and m["end"] <= end
                         for m in item["mentions"] for start, end in spans)
            country = country_name((self.by_id.get(item["entity"]) or {}).get("country"))
            if inside and country:
                named.add(country)
        return named


def _sentence_span(sentences: list[tuple[int, int]], quote: dict[str, Any]) -> tuple[int, int]:
    """The sentences (of the article's ``sentences``) holding the content, its source and its cue."""
    ends = [quote["start"], quote["end"], *(quote.get(k) for k in ("source_start", "cue_start")),
            *(quote.get(k) for k in ("source_end", "cue_end"))]
    low, high = min(e for e in ends if e is not None), max(e for e in ends if e is not None)
    spans = [(s, e) for s, e in sentences if s < high and e > low]
    return (spans[0][0], spans[-1][1]) if spans else (quote["start"], quote["end"])


def _about(quote: dict[str, Any], sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The content, and the sentence outside the speaker's own description (from the source to
    the cue, where ``China's ambassador to Kazakhstan`` stands), which says who spoke, not what."""
    marks = [quote.get(k) for k in ("source_start", "source_end", "cue_start", "cue_end")]
    marks = [m for m in marks if m is not None]
    content = (quote["start"], quote["end"])
    if not marks:
        return [content, sentence]
    low, high = min(marks), max(marks)
    if high <= quote["start"] or low >= quote["end"]:  # the description does not hold the content
        return [content, (sentence[0], low), (high, sentence[1])]
    return [content]


def _date_in(sentence: tuple[int, int], times: list[dict[str, Any]],
             reference: dict[str, Any] | None) -> str | None:
    """A time expression's value inside the sentence (year completed), else the reference date."""
    inside = [t for t in times if t.get("kind") != "reference" and t.get("value")
              and sentence[0] <= t["start"] < sentence[1]]
    for found in inside:
        value = with_reference_year(found["value"], reference)
        if value and not value.startswith("--"):
            return value
    return reference["value"] if reference else None


def _statement_point(quote: dict[str, Any], text: str, *, article_id: str, when: str | None,
                     power: str, country: str) -> dict[str, Any]:
    content = text[quote["start"]:quote["end"]]
    about = ", ".join(filter(None, (quote.get("role"), quote.get("affiliation"))))
    words = content.split()
    said = " ".join(words[:_LABEL_WORDS]) + (" …" if len(words) > _LABEL_WORDS else "")
    return {"date": when, "power": power, "country": country, "dimension": "information",
            "kind": "statement", "label": f"{quote['speaker']}" + (f" ({about})" if about else "")
            + f" said: {said}", "speaker": quote["speaker"], "role": quote.get("role"),
            "affiliation": quote.get("affiliation"), "article_id": article_id,
            "start": quote["start"], "end": quote["end"], "text": content, "sources": 1}


def _originals(store: Store) -> dict[str, str]:
    """``{article_id: the source article it copies}``, following chains of copy links."""
    of = {link["article"]: link["of"] for link in store.lineage_links(kinds=sorted(COPY_KINDS))}
    originals = {}
    for article_id in of:
        seen, current = {article_id}, of[article_id]
        while current in of and of[current] not in seen:
            seen.add(current)
            current = of[current]
        originals[article_id] = current
    return originals


def _once_per_copy(points: list[dict[str, Any]],
                   originals: dict[str, str]) -> list[dict[str, Any]]:
    """One point per statement per copy family: the same speaker with the same wording
    (``SAME_STATEMENT``) in articles that copy one original counts once; originals first."""
    kept: list[dict[str, Any]] = []
    for point in sorted(points, key=lambda p: (p["article_id"] in originals, p["article_id"])):
        twin = next((k for k in kept if _same_statement(k, point, originals)), None)
        if twin is None:
            kept.append(point)
        else:
            twin["sources"] += 1
    return kept


def _same_statement(a: dict[str, Any], b: dict[str, Any], originals: dict[str, str]) -> bool:
    family_a = originals.get(a["article_id"], a["article_id"])
    family_b = originals.get(b["article_id"], b["article_id"])
    return (family_a == family_b and a["article_id"] != b["article_id"]
            and a["speaker"] == b["speaker"]
            and fuzz.ratio(a["text"], b["text"]) >= SAME_STATEMENT)


def _figure_dimension(figure: dict[str, Any]) -> str | None:
    unit = normalised(figure)["unit"]
    if unit in _MONEY_UNITS:
        return "economic"
    if unit == "troops":
        return "security"
    return None


def _figure_date(figure: dict[str, Any], times: list[dict[str, Any]], reference: dict[str, Any] | None) -> str | None:
    context_start = figure["start"] - figure["context"].find(figure["text"]) if figure["text"] in figure["context"] else None
    if context_start is not None:
        context_end = context_start + len(figure["context"])
        inside = [t for t in times if t.get("kind") != "reference" and t.get("value")
                  and not t["value"].startswith("--") and context_start <= t["start"] < context_end]
        if inside:
            return min(inside, key=lambda t: abs(t["start"] - figure["start"]))["value"]
    return reference["value"] if reference else None


def summary(points: list[dict[str, Any]]) -> dict[str, Counter]:
    """Points per dimension per year: ``{dimension: Counter({year: n})}``."""
    table: dict[str, Counter] = {dimension: Counter() for dimension in DIMENSIONS}
    for point in points:
        table[point["dimension"]][(point["date"] or "undated")[:4]] += 1
    return table


def plot_footprint(points: list[dict[str, Any]], path: str, *, title: str) -> str:
    """Write a PNG of the cumulative points per dimension over time to ``path`` exactly
    (whatever its suffix, which matplotlib would otherwise add to or read a format from)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise MissingExtraError("the footprint chart", "charts") from e
    figure, axes = plt.subplots(figsize=(9, 4.5))
    for dimension in DIMENSIONS:
        xs, ys = _cumulative([p for p in points if p["dimension"] == dimension and p["date"]])
        if xs:
            axes.step(xs, ys, where="post", label=dimension, marker="o")
    axes.set_title(title)
    axes.set_ylabel("evidenced points (cumulative)")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="upper left")
    figure.autofmt_xdate()
    try:
        figure.savefig(path, format="png", dpi=120, bbox_inches="tight")
    except OSError as e:
        raise cannot_write(path, e) from e
    finally:
        plt.close(figure)
    return path


def _cumulative(points: list[dict[str, Any]]) -> tuple[list[Any], list[int]]:
    from datetime import date

    def as_date(value: str) -> date:
        parts = [int(part) for part in value.split("-")] + [1, 1]
        return date(parts[0], parts[1] or 1, parts[2] or 1)

    dates = sorted(as_date(p["date"]) for p in points)
    return dates, list(range(1, len(dates) + 1))
