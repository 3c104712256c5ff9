"""The footprint ledger: what a power does in a country, by dimension, over time, with evidence.

``footprint(store, power, country)`` returns one point per piece of evidence::

    {"date": "2022-01-05", "power": "Russia", "country": "Kazakhstan", "dimension": "security",
     "kind": "event", "label": "<what happened, in a sentence>", "article_id": "...",
     "start": ..., "end": ..., "text": "<the sentence>"}

Dimensions: ``security`` (military cooperation, aid and posture, force, threats, retreats),
``economic`` (economic cooperation and aid, sanctions, and money or share figures),
``political`` (requests, agreements, consultations, support, demands, criticism, protest),
``information`` (public statements). Event points come from the merged timeline, where the
power is an actor and the country is an actor, a target or the place. Figure points come from
the ``figures`` layer: money, percentages and troop counts whose sentence names both; they
are dated by a time expression in the same sentence, else by the article's reference date.

``plot_footprint`` draws the cumulative count of points per dimension over time (matplotlib,
imported only there).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsdesk.errors import MissingExtraError
from newsdesk.figures import normalised
from newsdesk.names import canonical_country, countries_in
from newsdesk.store import Store
from newsdesk.timeline import build_timeline, describe, reference_dates

DIMENSIONS = ("security", "economic", "political", "information")
_SECURITY_CODES = ("062", "074", "0334", "087", "13", "15", "17", "18", "19", "20")
_ECONOMIC_CODES = ("061", "071", "0311", "16")
_MONEY_UNITS = {"USD", "EUR", "CNY", "RUB", "GBP", "KZT", "percent"}


def dimension_of(cameo: str) -> str:
    """The footprint dimension of a CAMEO code (most specific prefix first)."""
    if cameo.startswith(_SECURITY_CODES):
        return "security"
    if cameo.startswith(_ECONOMIC_CODES):
        return "economic"
    if cameo.startswith("01"):
        return "information"
    return "political"


def footprint(store: Store, power: str, country: str) -> list[dict[str, Any]]:
    """Every evidenced point of ``power``'s footprint in ``country``, oldest first."""
    power = canonical_country(power) or power
    country = canonical_country(country) or country
    points = _event_points(store, power, country) + _figure_points(store, power, country)
    return sorted(points, key=lambda p: (p["date"] or "", p["article_id"], p["start"]))


def _event_points(store: Store, power: str, country: str) -> list[dict[str, Any]]:
    points = []
    for event in build_timeline(store):
        involved = {*event["actors"], *event["targets"], event.get("place")}
        if power not in event["actors"] or country not in involved or power == country:
            continue
        source = event["sources"][0]
        points.append({"date": event["date"], "power": power, "country": country,
                       "dimension": dimension_of(event["cameo"]), "kind": "event",
                       "label": describe(event), "code": event["cameo"],
                       "article_id": source["article_id"],
                       "start": source["start"], "end": source["end"], "text": event["text"],
                       "sources": len(event["sources"])})
    return points


def _figure_points(store: Store, power: str, country: str) -> list[dict[str, Any]]:
    references = reference_dates(store)
    times = store.layer("times")
    points = []
    for article_id, figures in store.layer("figures").items():
        for figure in figures:
            dimension = _figure_dimension(figure)
            named = countries_in(figure["context"]) | set(figure.get("countries") or [])
            if dimension and {power, country} <= named and power in (figure.get("countries") or []):
                when = _figure_date(figure, times.get(article_id, []), references.get(article_id))
                points.append({"date": when, "power": power, "country": country, "dimension": dimension,
                               "kind": "figure", "label": f"{figure['text']} {figure.get('measure') or ''}".strip(),
                               "article_id": article_id, "start": figure["start"], "end": figure["end"],
                               "text": figure["context"], "sources": 1})
    return points


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
    """Write a PNG of the cumulative points per dimension over time; return its path."""
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
    figure.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(figure)
    return path


def _cumulative(points: list[dict[str, Any]]) -> tuple[list[Any], list[int]]:
    from datetime import date

    def as_date(value: str) -> date:
        parts = [int(part) for part in value.split("-")] + [1, 1]
        return date(parts[0], parts[1] or 1, parts[2] or 1)

    dates = sorted(as_date(p["date"]) for p in points)
    return dates, list(range(1, len(dates) + 1))
