"""Figures: every quantity in an article with its value, unit, scale, hedge, measure and subject.

``FiguresAnalyser`` is a per-article analyser (layer ``"figures"``). A record::

    {"text": "around 17%", "value": 17.0, "low": 17.0, "high": 17.0, "unit": "percent",
     "normalised": {"value": 17.0, "low": 17.0, "high": 17.0, "unit": "percent"},
     "approx": "around", "measure": "oil extracted from Kazakhstan",
     "subject": "Chinese companies", "countries": ["China", "Kazakhstan"],
     "start": 120, "end": 130, "context": "<the sentence>"}

``value`` and ``unit`` are what the article said ("1,100-mile" -> 1100, ``mile``), with scale
words multiplied out ("$21 billion" -> 21e9 USD). ``normalised`` holds the same quantity in
the unit figures are compared in (distances in km), and every comparison reads it. Ranges from
vague counts ("thousands of troops", "tens of billions of dollars") fill ``low``/``high`` with
``value`` None, and hedges ("more than", "nearly") bound the range on one side.

Each figure's ``measure`` and ``subject`` come from its own phrase in the parse: the noun the
number modifies with its attachments ("border with Afghanistan"), its possessor or "by"/"with"
agent, and only when the figure is an argument of the clause, the clause's subject. A figure
that has no phrase of its own ("compared to 3% by Russian companies") shares the measure of the
figure before it in the sentence; it never borrows a measure or subject from a neighbouring
phrase that has its own.

Photo captions that cleaning removed from the text are read too: their figures carry
``caption`` (the index in ``article.removed``) and offsets into that caption's text.

``compare_claims`` lines up figures about the same measure and subject from different
articles (of one story, for the desk's claims) and says whether they agree (within the rounding the numbers imply) or conflict.

The surface patterns are written here by hand: the maintained quantity parsers (quantulum3,
Duckling) do not keep hedges as ranges, do not read vague counts ("tens of billions") and
need a JVM or bundled classifiers; spaCy supplies sentences and the dependency parse used to
find the measured thing and its subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import Any

from newsdesk.names import countries_in
from newsdesk.parsed import doc_ents, doc_text

KM_PER_MILE = 1.609344
#: stated unit -> (unit compared in, factor)
_CONVERSIONS = {"mile": ("km", KM_PER_MILE)}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozen": 12,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB",
                   "rouble": "RUB", "pound": "GBP", "tenge": "KZT"}
_UNITS = {"%": "percent", "percent": "percent", "per cent": "percent", "mile": "mile",
          "kilometer": "km", "kilometre": "km", "km": "km", "year": "year", "month": "month",
          "week": "week", "day": "day", "hour": "hour", "minute": "minute", "strong": "troops"}
_TROOP_NOUNS = {"troop", "soldier", "peacekeeper", "paratrooper", "serviceman", "servicemen", "personnel",
                "contingent", "force"}
_PEOPLE_NOUNS = {"people", "person", "civilian", "protester", "demonstrator", "resident", "citizen"}
_COUNT_UNITS = {"troops", "deaths", "people"}
_DEATH_WORDS = {"die", "kill", "dead", "death", "fatality", "toll"}
#: hedge -> which side of the range the number fixes ("both" = approximately).
_HEDGES = {
    "approximately": "both", "about": "both", "around": "both", "roughly": "both", "some": "both",
    "an estimated": "both", "close to": "high", "nearly": "high", "almost": "high", "just under": "high",
    "more than": "low", "over": "low", "at least": "low", "upwards of": "low", "less than": "high",
    "fewer than": "high", "up to": "high",
}
#: vague quantity -> (low, high)
_VAGUE = {
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2e3, 9999),
    "a few thousand": (2e3, 5999), "several thousand": (2e3, 9999), "tens of thousands": (2e4, 99999),
    "hundreds of thousands": (2e5, 999999), "millions": (2e6, 9.99e6), "tens of millions": (2e7, 9.99e7),
    "hundreds of millions": (2e8, 9.99e8), "billions": (2e9, 9.99e9), "tens of billions": (2e10, 9.99e10),
    "hundreds of billions": (2e11, 9.99e11), "trillions": (2e12, 9.99e12),
    "multibillion": (2e9, 9.99e10), "multimillion": (2e6, 9.99e7), "trillion": (1e12, 9.99e12),
}

_HEDGE_RE = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted((re.escape(v) for v in _VAGUE), key=len, reverse=True))
_NUMBER_RE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(
    sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
_SCALE_RE = "|".join(_SCALES)
_UNIT_RE = (r"%|percent|per cent|miles?|kilomet(?:er|re)s?|km|years?|months?|weeks?|days?|hours?|"
            r"minutes?|strong")
_CURRENCY_WORD_RE = r"(?:dollar|euro|yuan|renminbi|ruble|rouble|pound|tenge)s?"
_EXACT = re.compile(
    rf"(?<![\w.,-])(?:(?P<hedge>{_HEDGE_RE})\s+)?(?:(?P<sign>US\$|\$|€|£|¥)\s?)?(?P<number>{_NUMBER_RE})"
    rf"(?![\w,]*\d)(?!\w)(?!\.\s)(?:[\s-]+(?P<scale>{_SCALE_RE})\b)?"
    rf"(?:[\s-]*(?P<unit>{_UNIT_RE})(?![a-z]))?(?:[\s-]+(?P<cword>{_CURRENCY_WORD_RE})\b)?",
    re.IGNORECASE)
_VAGUE_PATTERN = re.compile(
    rf"\b(?P<vague>{_VAGUE_RE})(?:[\s-]+(?:of\s+)?(?P<cword>{_CURRENCY_WORD_RE})\b)?", re.IGNORECASE)


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    approx: str | None


def find_quantities(text: str) -> list[_Match]:
    """The quantities in a text with normalised values, before any parse is consulted."""
    found = [m for m in (_exact(match) for match in _EXACT.finditer(text)) if m]
    found += [_vague(match) for match in _VAGUE_PATTERN.finditer(text)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Match] = []
    for match in found:
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def _number(text: str) -> float:
    key = text.lower()
    return float(_WORD_NUMBERS[key]) if key in _WORD_NUMBERS else float(text.replace(",", ""))


def _exact(match: re.Match[str]) -> _Match | None:
    number = _number(match["number"])
    scale = _SCALES.get((match["scale"] or "").lower(), 1.0)
    unit = _unit_of(match)
    if unit is None and match["scale"] is None:
        unit = None  # a bare number: a count if the parse finds what is counted
    value = number * scale
    low, high = _hedged(value, (match["hedge"] or "").lower())
    return _Match(match.start(), match.end(), value, low, high, unit, (match["hedge"] or "").lower() or None)


def _unit_of(match: re.Match[str]) -> str | None:
    if match["sign"]:
        return _CURRENCY_SIGNS[match["sign"].lower()]
    if match["cword"]:
        return _CURRENCY_WORDS[match["cword"].lower().rstrip("s")]
    if match["unit"]:
        word = match["unit"].lower()
        return _UNITS.get(word, _UNITS.get(word.rstrip("s")))
    return None


def _vague(match: re.Match[str]) -> _Match:
    low, high = _VAGUE[match["vague"].lower()]
    unit = _CURRENCY_WORDS[match["cword"].lower().rstrip("s")] if match["cword"] else None
    return _Match(match.start(), match.end(), None, low, high, unit, match["vague"].lower())


def _hedged(value: float, hedge: str) -> tuple[float | None, float | None]:
    side = _HEDGES.get(hedge)
    if side == "low":
        return value, None
    if side == "high":
        return None, value
    return value, value


# -- reading the parse: what is counted, what is measured, about whom -----------------------

def _span_tokens(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens overlapping characters ``start:end`` (looked up, not a walk over the doc)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [token for token in doc if token.idx < end and token.idx + len(token) > start]
    return [token for token in span if token.idx < end and token.idx + len(token) > start]


def _counted_noun(tokens: list[Any]) -> Any | None:
    """The noun the quantity counts: the head of a number, or the noun right after 'X of'."""
    last = tokens[-1]
    if last.dep_ == "nummod" and last.head.i > last.i and last.head.pos_ in {"NOUN", "PROPN"}:
        return last.head
    for token in last.doc[last.i + 1:min(last.i + 4, last.sent.end)]:
        if token.pos_ == "NOUN" or token.ent_type_ == "NORP":
            return token
        if token.pos_ not in {"ADJ", "ADP", "DET", "PUNCT", "NUM", "ADV"}:
            break
    head = last.head
    return head if head.pos_ == "NOUN" and head.i > last.i else None


def _count_unit(noun: Any, sentence: Any) -> tuple[str | None, str | None]:
    """(unit, measure) for a count of ``noun``; deaths when the sentence says people died."""
    lemma = noun.lemma_.lower()
    lemmas = {token.lemma_.lower() for token in sentence}
    if lemma in _TROOP_NOUNS:
        return "troops", lemma
    if lemma in _PEOPLE_NOUNS:
        return ("deaths", "deaths") if lemmas & _DEATH_WORDS else ("people", lemma)
    return lemma, lemma


def _phrase(token: Any) -> str:
    return " ".join(t.text for t in token.subtree).replace(" ’s", "’s").replace(" 's", "'s")


def _governor(tokens: list[Any]) -> Any:
    """The token that attaches the figure's phrase to the rest of the sentence."""
    inside = {token.i for token in tokens}
    outside = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    # a hedge ("approximately") may hang on the noun too; the number's own word governs
    content = [t for t in outside if t.pos_ not in {"ADV", "ADP", "PUNCT"}]
    return (content or outside or tokens)[-1]


def _measure(tokens: list[Any], counted: Any | None) -> Any | None:
    """The token heading what the figure measures (a noun, or the verb it is the object of)."""
    anchor = _governor(tokens)
    inside = {token.i for token in tokens}
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.i not in inside]
            if objects:
                return objects[0]
    if counted is not None:
        return counted
    head = anchor.head.head if anchor.head.lower_ == "of" else anchor.head
    if head.pos_ == "NOUN" and head.i not in inside:
        return head
    if anchor.dep_ in {"attr", "acomp"}:
        subjects = [c for c in anchor.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return subjects[0] if subjects else None
    return anchor.head if anchor.head.pos_ == "VERB" else None


_MODIFIER_DEPS = {"amod", "compound", "nummod", "nmod", "quantmod", "npadvmod"}
_COMPARISON_WORDS = {"than", "as", "compared", "versus", "vs"}


def _modified_noun(tokens: list[Any]) -> Any | None:
    """The noun the figure modifies ("1,100-mile" in "1,100-mile border" -> border)."""
    anchor = _governor(tokens)
    head = anchor.head
    inside = {token.i for token in tokens}
    if anchor.dep_ in _MODIFIER_DEPS and head.pos_ in {"NOUN", "PROPN"} and head.i not in inside:
        return head
    return None


def _subject(tokens: list[Any]) -> str | None:
    """Whose figure it is, from the figure's own phrase (see the module docstring)."""
    anchor = _governor(tokens)
    agent = _agent(anchor)
    if agent is not None:
        return _phrase(agent)
    noun = _modified_noun(tokens)
    if noun is not None:
        owners = [child for child in noun.children if child.dep_ == "poss"]
        if owners:  # "its 47-mile border": a pronoun owner is not a name to report
            return None if owners[0].pos_ == "PRON" else _owner(owners[0])
    return _clause_subject(noun if noun is not None else anchor)


def _owner(token: Any) -> str:
    return re.sub(r"\s*['’]s$", "", _phrase(token))


def _agent(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "with"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _clause_subject(token: Any) -> str | None:
    """The subject of the clause the figure is an argument of; none across a comparison
    ("A's border is longer than its 47-mile border": A's border is the other figure's)."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.lower_ in _COMPARISON_WORDS:
            return None
        subjects = [c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and ancestor.pos_ in {"VERB", "AUX"}:
            inside = token in subjects[0].subtree or subjects[0].pos_ == "PRON"
            return None if inside else _stated_subject(subjects[0], token)
    return None


def _stated_subject(subject: Any, figure: Any) -> str:
    """The clause subject; when the figure is its value ("Kazakhstan's trade was $21 billion"),
    the subject measures and its owner is whose figure it is."""
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if figure.dep_ in {"attr", "acomp"} and owners:
        return _owner(owners[0])
    return _phrase(subject)


def _in_date(doc: Any, start: int, end: int) -> bool:
    return any(ent.label_ in {"DATE", "TIME"} and ent.start_char <= start and end <= ent.end_char
               for ent in doc_ents(doc))


def _record(doc: Any, match: _Match, text: str) -> dict[str, Any] | None:
    tokens = _span_tokens(doc, match.start, match.end)
    if not tokens:
        return None
    sentence = tokens[0].sent
    unit, measure_key = match.unit, None
    counted = _counted_noun(tokens) if unit in {None, "troops"} else None
    if unit is None:
        if counted is None or _is_trivial(match, counted):
            return None
        unit, measure_key = _count_unit(counted, sentence)
    if match.unit is None and match.value is not None and _in_date(doc, match.start, match.end):
        return None
    measure = _measure(tokens, counted)
    subject = _subject(tokens)
    return {
        "text": text[match.start:match.end], "value": match.value, "low": match.low,
        "high": match.high, "unit": unit, "normalised": _normalise(match, unit),
        "approx": match.approx, "measure": _measure_text(measure, tokens), "subject": subject,
        "measure_key": measure_key or (measure.lemma_.lower() if measure is not None else None),
        "countries": _countries(tokens, subject, sentence),
        "start": match.start, "end": match.end, "context": sentence.text.strip(),
    }


def _is_trivial(match: _Match, counted: Any) -> bool:
    """Small bare counts of generic things ("two countries") are not figures analysts track."""
    lemma = counted.lemma_.lower()
    small = match.value is not None and match.value <= 10 and match.approx is None
    return small and lemma not in _TROOP_NOUNS | _PEOPLE_NOUNS


def _measure_text(token: Any | None, figure_tokens: list[Any]) -> str | None:
    """The measured thing's phrase without the figure itself and without its determiner or
    owner ("China's approximately 1,100-mile border with Kazakhstan" -> "border with Kazakhstan")."""
    if token is None:
        return None
    if token.pos_ == "VERB":
        return token.lemma_.lower()
    dropped = {t.i for t in figure_tokens}
    for child in token.lefts:
        if child.dep_ in {"det", "poss", "predet"} or any(t.i in dropped for t in child.subtree):
            dropped.update(t.i for t in child.subtree)
    words = [t for t in token.subtree if t.i not in dropped]
    text = "".join(t.text_with_ws for t in words).strip(" ,;:")
    return text or None


def _countries(tokens: list[Any], subject: str | None, sentence: Any) -> list[str]:
    """Countries the figure is about: its own phrase first, then its subject, then its sentence."""
    for text in (_around(tokens), subject or "", sentence.text):
        found = countries_in(text)
        if found:
            return sorted(found)
    return []


def _around(tokens: list[Any]) -> str:
    """The phrase the figure sits in (its head noun's subtree), for the countries it is about."""
    governor = _governor(tokens)
    if governor.dep_ == "conj":  # "3% by A and 30% by B": the second figure's own phrase
        return _phrase(governor)
    head = governor.head
    head = head.head if head.lower_ == "of" else head
    return _phrase(head) if head.pos_ in {"NOUN", "PROPN"} else ""


def _normalise(match: _Match, unit: str | None) -> dict[str, Any]:
    """The figure in the unit it is compared in (``_CONVERSIONS``; other units as stated)."""
    target, factor = _CONVERSIONS.get(unit or "", (unit, 1.0))
    def scaled(number: float | None) -> float | None:
        return None if number is None else number * factor
    return {"value": scaled(match.value), "low": scaled(match.low), "high": scaled(match.high),
            "unit": target}


def normalised(figure: dict[str, Any]) -> dict[str, Any]:
    """A figure's ``normalised`` quantity (layers stored before it existed: the figure itself)."""
    return figure.get("normalised") or {key: figure.get(key) for key in ("value", "low", "high", "unit")}


def extract_figures(doc: Any) -> list[dict[str, Any]]:
    """Every figure in a parsed article (a spaCy ``Doc`` over ``article.text``)."""
    text = doc_text(doc)
    found = (_record(doc, match, text) for match in find_quantities(text))
    records = [record for record in found if record]
    _inherit_measures(records)
    return records


def _inherit_measures(records: list[dict[str, Any]]) -> None:
    """In "17% by A, compared to 3% by B", the later figures measure what the first one does."""
    for record in records:
        if record["unit"] == "deaths":
            record["measure"] = "deaths"
    for previous, record in pairwise(records):
        same_sentence = previous["context"] == record["context"] and previous["unit"] == record["unit"]
        borrowed = record["measure"] is None or re.search(r"\d", record["measure"])
        if same_sentence and borrowed and record["unit"] not in _COUNT_UNITS:
            record["measure"], record["measure_key"] = previous["measure"], previous["measure_key"]


class FiguresAnalyser:
    """Per-article analyser: the ``figures`` layer."""

    layer = "figures"
    version = 4  # 4: a comma or a lower-case continuation opens no sentence; 3: a quote closing the sentence stays in its context; 2: value/unit as stated,
    # conversions in "normalised"; measure from own phrase

    def __call__(self, doc: Any, article: Any) -> list[dict[str, Any]]:
        from newsdesk.timex import caption_docs

        figures = extract_figures(doc)
        for index, caption in caption_docs(doc, article):
            figures += [{**figure, "caption": index} for figure in extract_figures(caption)]
        return figures


# -- claims across sources -------------------------------------------------------------------

def interval(figure: dict[str, Any]) -> tuple[float, float]:
    """The values a figure allows, in its normalised unit: its hedge range, widened by the
    rounding its digits imply."""
    quantity = normalised(figure)
    low, high, value = quantity["low"], quantity["high"], quantity["value"]
    slack = _rounding(figure)
    if figure.get("approx") in {h for h, side in _HEDGES.items() if side == "both"}:
        slack = max(slack, 0.1 * abs(value or 0))
    return ((low - slack) if low is not None else float("-inf"),
            (high + slack) if high is not None else float("inf"))


def _rounding(figure: dict[str, Any]) -> float:
    """Half a unit of the last significant digit written ("1,100 miles" -> 50 miles, in km)."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", figure.get("text", ""))
    value = normalised(figure)["value"]
    if not digits or value is None:
        return 0.0
    written = digits.group().replace(",", "")
    step = 10 ** (-len(written.split(".")[1])) if "." in written else 10 ** (len(written) - len(written.rstrip("0")))
    ratio = value / float(written) if float(written) else 1.0
    return step / 2 * ratio


def _key(figure: dict[str, Any]) -> tuple[str, str]:
    unit = normalised(figure)["unit"] or ""
    return unit, unit if unit in _COUNT_UNITS else (figure.get("measure_key") or "")


def compare_claims(figures_by_article: dict[str, list[dict[str, Any]]], *,
                   stories: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Pairs of figures from different articles about the same measure and subject, judged.

    Two figures are about the same thing when their normalised unit and the head word of their
    measure match and they name at least one country in common. Each pair is ``agree`` when their
    intervals overlap (rounding and hedges allowed for) and ``conflict`` otherwise. With
    ``stories`` (article id -> story id) only figures of articles in one story are compared:
    reports of different events count different things (the deaths of two shootings in the
    United States, the Americans insured and the Americans polled), and an article in no story
    is compared with none.
    """
    items = [(article_id, figure) for article_id, figures in figures_by_article.items() for figure in figures
             if stories is None or article_id in stories]
    groups: dict[tuple[str | None, str, str], list[tuple[str, dict[str, Any]]]] = {}
    for article_id, figure in items:
        story = stories[article_id] if stories is not None else None
        groups.setdefault((story, *_key(figure)), []).append((article_id, figure))
    return [claim for key, members in groups.items() if key[2] for claim in _judge_group(members)]


def _judge_group(members: Iterable[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    claims = []
    for (a_id, a), (b_id, b) in combinations(members, 2):
        if a_id == b_id or not set(a.get("countries") or []) & set(b.get("countries") or []):
            continue
        (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
        verdict = "agree" if a_low <= b_high and b_low <= a_high else "conflict"
        claims.append({"verdict": verdict, "unit": normalised(a)["unit"], "measure": a.get("measure"),
                       "countries": sorted(set(a["countries"]) & set(b["countries"])),
                       "figures": [{"article_id": a_id, **_brief(a)}, {"article_id": b_id, **_brief(b)}]})
    return claims


def _brief(figure: dict[str, Any]) -> dict[str, Any]:
    keys = ("text", "value", "low", "high", "unit", "start", "end", "context", "caption")
    return {**{key: figure.get(key) for key in keys}, "normalised": normalised(figure)}
