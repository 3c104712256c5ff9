"""Cut an article's text into pieces at the edges of its layers' spans, for highlighting.

Spans of different layers overlap (a quote holds entity mentions and figures), and HTML
elements cannot, so the text is cut at every span edge and each piece carries the set of
spans covering it. Hand-written: it is a sweep over sorted edges, and no library does it
for arbitrary overlapping spans without pulling in a rich-text framework.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int
    layer: str  # entity, quote, figure, event, reused, hl
    label: str = ""
    link: str | None = None  # a path inside the desk, e.g. /entities/ID


@dataclass(frozen=True, slots=True)
class CaptionSpan:
    """A span ``[start, end)`` of the photo caption at ``index`` of an article's removed lines,
    where the records read from a caption point (their ``caption`` and offsets)."""

    index: int
    start: int
    end: int


@dataclass(slots=True)
class Piece:
    text: str
    start: int
    spans: list[Span] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"hl-{span.layer}" for span in self.spans}))

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(span.label for span in self.spans if span.label))

    @property
    def link(self) -> str | None:
        return next((span.link for span in self.spans if span.link), None)


def pieces(text: str, spans: list[Span]) -> list[Piece]:
    """The text cut at every edge of ``spans`` (clipped to the text), with the spans over each."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    edges = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out = []
    for start, end in pairwise(edges):
        covering = [s for s in valid if s.start <= start and end <= s.end]
        out.append(Piece(text=text[start:end], start=start, spans=covering))
    return out


def layer_spans(
    layers: dict[str, list[dict[str, Any]]],
    entities: list[dict[str, Any]],
    links: list[dict[str, Any]],
    article_id: str,
) -> list[Span]:
    """The highlightable spans of one article: entities, quotes, figures, events, reused text.
    A record read from a photo caption (``caption``: its index in ``removed``) is left out:
    its offsets point into that caption, not into the text."""
    layers = {name: [r for r in records if r.get("caption") is None] for name, records in layers.items()}
    spans = [
        Span(
            e["start"],
            e["end"],
            "entity",
            f"{e['name']} ({e['type']})",
            f"/entities/{e['entity']}",
        )
        for e in entities
    ]
    spans += [
        Span(q["start"], q["end"], "quote", f"said by {q.get('speaker') or 'unknown'}")
        for q in layers.get("quotes", [])
        if q.get("end")
    ]
    spans += [
        Span(f["start"], f["end"], "figure", _figure_label(f))
        for f in layers.get("figures", [])
        if f.get("end")
    ]
    spans += [
        Span(e["start"], e["end"], "event", f"{e.get('plover') or 'event'}: {e.get('action')}")
        for e in layers.get("events", [])
        if e.get("end")
    ]
    return spans + _reused_spans(links, article_id)


def _figure_label(figure: dict[str, Any]) -> str:
    return " ".join(
        str(part)
        for part in (figure.get("value"), figure.get("unit"), figure.get("measure"))
        if part
    )


def _reused_spans(links: list[dict[str, Any]], article_id: str) -> list[Span]:
    spans = []
    for link in links:
        mine, other = ("this", "of") if link["article"] == article_id else ("of", "this")
        other_id = link["of"] if link["article"] == article_id else link["article"]
        for span in link["spans"]:
            if span[mine].get("field") == "text":
                spans.append(
                    Span(
                        span[mine]["start"],
                        span[mine]["end"],
                        "reused",
                        f"{link['kind']} of {other_id}",
                        f"/articles/{other_id}?hl={span[other]['start']}-{span[other]['end']}",
                    )
                )
    return spans
