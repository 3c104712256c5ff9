"""A learned vote over the days each source of a page names, measured against the reader's
precedence (``newsdesk.htmlmeta.dates.choose_date``) and kept out of the reader.

Every source a page can date itself by names at most one day: the JSON-LD and ``<meta>``
stamps (published, created, modified, a bare ``date``), the article's ``<time>``, the line by
the headline, a date element, the update shown alone, the dateline of the main text, the URL
path, htmldate (fast and extensive, on a copy without assets) and trafilatura's date. Each
candidate day gets a score, the sum of the learned weights of the sources that name it, of the
sources that name another day, and of a few facts about it (earliest of the page's days, later
than the published stamp, ...); the highest score wins. The weights are a logistic regression fit by
``scripts/train_date_votes.py`` on the development half of the metadata gold sets (Apache-2.0),
chosen by cross-validation there, and kept beside this module as ``date_votes.json``.

On the held-out halves the vote and the precedence tie on trafilatura-evaldata (0.899) and the
vote is two pages ahead on htmldate-eval (0.942 against 0.936), while it misses ten written
cases the precedence gets right (structured data before text and URL, a 1 January the page
itself writes); the issue's contract is "structured data first", so the reader keeps the
precedence and the vote stays here to be measured (``benchmarks/eval_dates.py``,
``benchmarks/date_misses.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from newsdesk.htmlmeta.dates import (
    DATE_META,
    GENERIC_DATE_META,
    MODIFIED_META,
    ShownDays,
    article_time,
    as_day,
    first_day,
    guessed_days,
    stamp_part,
    url_date,
    without_assets,
)
from newsdesk.htmlmeta.structured import PageMetadata, Structured, first_ld, first_meta

#: The sources, in the order their indicators come in a feature vector: first whether each
#: names the day, then whether each names another day.
SOURCES = (
    "json-ld datePublished",
    "json-ld dateCreated",
    "json-ld dateModified",
    "meta published",
    "meta modified",
    "meta date",
    "itemprop/time",
    "line by the headline",
    "date element",
    "update shown",
    "dateline of the text",
    "url",
    "htmldate",
    "htmldate extensive",
    "trafilatura",
    "description",
)
#: Facts about a candidate day beside the sources that name it.
FACTS = (
    "sources naming it",
    "earliest day",
    "latest day",
    "after a published stamp",
    "only modified stamps name it",
    "first of January",
    "a month or more from the url day",
)
_PUBLISHED = ("json-ld datePublished", "meta published", "itemprop/time")
_MODIFIED = ("json-ld dateModified", "meta modified", "update shown")
_FAR_DAYS = 31


@dataclass(frozen=True, slots=True)
class Weights:
    """A linear scorer: one weight per source and fact, then the intercept."""

    names: tuple[str, ...]
    values: tuple[float, ...]
    intercept: float

    def score(self, features: list[float]) -> float:
        return self.intercept + sum(w * x for w, x in zip(self.values, features, strict=True))


@cache
def shipped_weights() -> Weights:
    """The weights in ``date_votes.json`` beside this module."""
    text = resources.files("newsdesk_eval").joinpath("date_votes.json").read_text("utf-8")
    data = json.loads(text)
    return Weights(tuple(data["names"]), tuple(data["weights"]), float(data["intercept"]))


def candidate_days(
    tree,
    data: Structured,
    *,
    url: str | None,
    fallback: str | None,
    opening: tuple[str, ...],
    page: PageMetadata,
) -> dict[str, str]:
    """The day each source names, by source; sources that name none are left out."""
    shown = ShownDays(tree, title=page.title)
    htmldate_fast, htmldate_extensive = guessed_days(without_assets(tree), url=url)
    named = {
        "json-ld datePublished": first_ld(data.ld, "datePublished"),
        "json-ld dateCreated": first_ld(data.ld, "dateCreated"),
        "json-ld dateModified": first_ld(data.ld, "dateModified"),
        "meta published": first_meta(data.meta, DATE_META),
        "meta modified": first_meta(data.meta, MODIFIED_META),
        "meta date": first_meta(data.meta, GENERIC_DATE_META),
        "itemprop/time": article_time(tree, title=page.title),
        "line by the headline": shown.headline,
        "date element": shown.labelled,
        "update shown": shown.update,
        "dateline of the text": first_day([stamp_part(line) for line in opening]),
        "url": url_date(url),
        "htmldate": htmldate_fast,
        "htmldate extensive": htmldate_extensive,
        "trafilatura": fallback,
        "description": first_day([page.description or ""]),
    }
    return {source: day for source, value in named.items() if (day := as_day(value))}


def features(day: str, days: dict[str, str]) -> list[float]:
    """The feature vector of one candidate ``day`` among the page's ``days`` by source."""
    naming = {source for source, named in days.items() if named == day}
    published = [days[source] for source in _PUBLISHED if source in days]
    in_url = days.get("url")
    facts = {
        "sources naming it": float(len(naming)),
        "earliest day": float(day == min(days.values())),
        "latest day": float(day == max(days.values())),
        "after a published stamp": float(bool(published) and day > min(published)),
        "only modified stamps name it": float(naming <= set(_MODIFIED)),
        "first of January": float(day.endswith("-01-01")),
        "a month or more from the url day": float(bool(in_url) and _far(day, in_url)),
    }
    against = [float(source in days and source not in naming) for source in SOURCES]
    named = [float(source in naming) for source in SOURCES]
    return named + against + [facts[fact] for fact in FACTS]


def feature_names() -> tuple[str, ...]:
    """The names of ``features``' values, in their order."""
    return SOURCES + tuple(f"not {source}" for source in SOURCES) + FACTS


def _far(day: str, other: str) -> bool:
    return abs((date.fromisoformat(day) - date.fromisoformat(other)).days) >= _FAR_DAYS


def voted_day(days: dict[str, str], *, weights: Weights | None = None) -> str | None:
    """The candidate day with the highest score; ties go to the earlier source's day."""
    if not days:
        return None
    weights = weights or shipped_weights()
    candidates = list(dict.fromkeys(days.values()))
    return max(candidates, key=lambda day: weights.score(features(day, days)))

