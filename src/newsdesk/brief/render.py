"""Render a verified brief as Markdown, JSON or a self-contained HTML page (Jinja2, autoescaped).

The HTML page links each citation to a page of its source article with the cited span
highlighted (``sources/<article>.html#c<start>-<end>``). Article text is untrusted: every
template autoescapes, and the two small inline SVG figures escape their labels too.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from newsdesk.brief.model import SECTIONS, Brief, Citation, Item
from newsdesk.errors import EMPTY_STORE, NOT_ANSWERED

FORMATS = ("md", "html", "json")


@dataclass(slots=True)
class Piece:
    text: str
    id: str | None = None


#: An article URL becomes a link only when it is plainly http(s): no other scheme (javascript:,
#: data:, vbscript:), and no whitespace or control character that browsers would strip first.
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


def http_url(url: str | None) -> str | None:
    """``url`` when it is safe to put in ``<a href>``: one piece of text with no space or
    control character that the fetcher's one URL check (``fetch.url_problem``) accepts as an
    http(s) URL with a host; else None."""
    from newsdesk.fetch import url_problem

    return url if url and _HTTP_URL.fullmatch(url) and url_problem(url) is None else None


def _markdown_text(value: Any) -> Any:
    """Every value written into Markdown: raw HTML in article data shows as text, never runs.
    Only the angle brackets are escaped: an HTML tag (or a Markdown autolink) cannot open
    without ``<``, and an ``&`` left as it is reads as itself in the file and in a renderer
    ("Dow Jones & Company", not "Dow Jones &amp; Company"). Text this module has already made
    safe (``Markup``: a quote's continuation lines) is written as it is."""
    if isinstance(value, Markup):
        return str(value)
    return value.replace("<", "&lt;").replace(">", "&gt;") if isinstance(value, str) else value


def _environment(*, html: bool) -> Environment:
    environment = Environment(
        loader=PackageLoader("newsdesk.brief", "templates"),
        autoescape=select_autoescape(["html.j2"]) if html else False,
        finalize=None if html else _markdown_text,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals["http_url"] = http_url
    environment.globals["foreign"] = foreign
    environment.globals["empty_store"] = EMPTY_STORE
    environment.globals["not_answered"] = NOT_ANSWERED
    if not html:
        environment.globals["said"] = said_markdown
    return environment


def foreign(language: str | None) -> str | None:
    """``language`` when it is not the brief's own (English): such text is quoted and marked."""
    return language if language and language != "en" else None


def said_markdown(item: Item) -> Markup:
    """An item's text as Markdown shows it: a text in another language quoted in the original
    and marked with its language (``«…» (ru)``), an English quote in curly quotes. A quote of
    several lines stays one block quote: each further line starts with ``> ``, added after the
    text's own brackets are escaped, so the marker itself is not."""
    text = _markdown_text(item.text)
    if item.kind == "quote":
        text = text.replace("\n", "\n> ")
    if foreign(item.language):
        return Markup(f"«{text}» ({item.language})")
    return Markup(f"“{text}”" if item.kind == "quote" else text)


def _numbering(brief: Brief) -> tuple[dict[Citation, int], list[tuple[int, Citation, Any]]]:
    numbers: dict[Citation, int] = {}
    for _, item in brief.items():
        for citation in item.citations:
            numbers.setdefault(citation, len(numbers) + 1)
    numbered = [(n, c, brief.sources[c.article]) for c, n in numbers.items()]
    return numbers, numbered


def render_markdown(brief: Brief) -> str:
    numbers, numbered = _numbering(brief)

    def cite(item: Item) -> str:
        return "".join(f"[{numbers[c]}]" for c in item.citations)

    return (
        _environment(html=False)
        .get_template("brief.md.j2")
        .render(brief=brief, sections=SECTIONS, cite=cite, numbered=numbered)
    )


def render_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)


def span_anchor(citation: Citation) -> str:
    return f"c{citation.start}-{citation.end}"


def source_href(citation: Citation) -> str:
    return f"sources/{citation.article}.html#{span_anchor(citation)}"


def render_html(
    brief: Brief, texts: Mapping[str, str], *, layers: Mapping[str, Mapping[str, list]] | None = None
) -> dict[str, str]:
    """The brief page and one page per cited source: ``{relative path: html}``."""
    numbers, numbered = _numbering(brief)
    layers = layers or {}

    def links(item: Item) -> Markup:
        return Markup(
            "".join(f'<a class="cite" href="{escape(source_href(c))}">[{numbers[c]}]</a>' for c in item.citations)
        )

    cited = {c.article for _, item in brief.items() for c in item.citations}
    page = (
        _environment(html=True)
        .get_template("brief.html.j2")
        .render(
            brief=brief,
            sections=SECTIONS,
            links=links,
            numbered=numbered,
            source_href=source_href,
            timeline_svg=timeline_svg(layers.get("times", {}), cited),
            network_svg=network_svg(
                layers.get("mentions", {}), cited, texts=texts, sentences=layers.get("sentences", {})
            ),
        )
    )
    files = {"brief.html": page}
    template = _environment(html=True).get_template("source.html.j2")
    for article_id in sorted(cited):
        spans = sorted(
            {(c.start, c.end) for _, item in brief.items() for c in item.citations if c.article == article_id}
        )
        files[f"sources/{article_id}.html"] = template.render(
            source=brief.sources[article_id], pieces=_pieces(texts[article_id], spans)
        )
    return files


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[Piece]:
    pieces, position = [], 0
    for start, end in spans:
        if start < position:
            continue
        pieces.append(Piece(text[position:start]))
        pieces.append(Piece(text[start:end], id=f"c{start}-{end}"))
        position = end
    pieces.append(Piece(text[position:]))
    return pieces


_MONTH = re.compile(r"^\d{4}-\d{2}")


def timeline_svg(times: Mapping[str, list[dict[str, Any]]], cited: set[str], *, width: int = 640) -> Markup | None:
    """Counts of dated references per month (full year and month only) across the cited articles."""
    months = Counter(
        record["value"][:7]
        for article_id in cited
        for record in times.get(article_id, [])
        if isinstance(record.get("value"), str) and _MONTH.match(record["value"]) and not record.get("inferred")
    )
    if not months:
        return None
    keys = sorted(months)[-18:]
    peak = max(months[k] for k in keys)
    bar = width / len(keys)
    bars = "".join(
        f'<rect x="{i * bar + 3:.1f}" y="{112 - 90 * months[k] / peak:.1f}" width="{bar - 6:.1f}" '
        f'height="{90 * months[k] / peak:.1f}" rx="2" fill="#5b3fa0"><title>{escape(k)}: {months[k]}</title></rect>'
        f'<text x="{i * bar + bar / 2:.1f}" y="{106 - 90 * months[k] / peak:.1f}" font-size="10" '
        f'text-anchor="middle" fill="#333">{months[k]}</text>'
        f'<text x="{i * bar + bar / 2:.1f}" y="128" font-size="10" text-anchor="middle" fill="#555">{escape(k)}</text>'
        for i, k in enumerate(keys)
    )
    axis = f'<line x1="0" y1="112.5" x2="{width}" y2="112.5" stroke="#999"/>'
    return Markup(f'<svg role="img" aria-label="timeline" viewBox="0 0 {width} 135" width="100%">{axis}{bars}</svg>')


def network_svg(
    mentions: Mapping[str, list[dict[str, Any]]],
    cited: set[str],
    *,
    texts: Mapping[str, str] | None = None,
    sentences: Mapping[str, list[dict[str, Any]]] | None = None,
    size: int = 420,
    top: int = 12,
) -> Markup | None:
    """The most-named actors of the cited articles on a circle, linked when named in the same
    sentence (the stored ``sentences`` layer by article id, else the regex splitter); actors
    named by as many articles in the order of their names, not of the articles' ids or of a
    set of names (the string hash changes from process to process)."""
    counts, together = _co_mentions(mentions, cited, texts or {}, sentences or {})
    actors = sorted(counts, key=lambda name: (-counts[name], name))[:top]
    if len(actors) < 2:
        return None
    width, radius = size + 300, size / 2 - 40  # room for labels left and right of the circle
    angle = {name: 2 * math.pi * i / len(actors) - math.pi / 2 for i, name in enumerate(actors)}
    where = {name: (width / 2 + radius * math.cos(a), size / 2 + radius * math.sin(a)) for name, a in angle.items()}
    strongest = max((n for (a, b), n in together.items() if a in where and b in where), default=1)
    lines = "".join(
        f'<line x1="{where[a][0]:.0f}" y1="{where[a][1]:.0f}" x2="{where[b][0]:.0f}" y2="{where[b][1]:.0f}" '
        f'stroke="#5b3fa0" stroke-opacity="{0.15 + 0.6 * n / strongest:.2f}" stroke-width="{1 + 3 * n / strongest:.1f}">'
        f"<title>{escape(a)} – {escape(b)}: {n}</title></line>"
        for (a, b), n in sorted(together.items())
        if a in where and b in where
    )
    nodes = "".join(_node(name, where[name], angle[name], counts[name]) for name in actors)
    return Markup(
        f'<svg role="img" aria-label="actor network" viewBox="0 0 {width} {size}" width="100%">{lines}{nodes}</svg>'
    )


def _node(name: str, point: tuple[float, float], angle: float, count: int) -> str:
    x, y = point
    dx, dy = math.cos(angle), math.sin(angle)
    anchor = "start" if dx > 0.3 else "end" if dx < -0.3 else "middle"
    label = name if len(name) <= 22 else name[:21] + "…"
    return (
        f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{4 + 2 * math.sqrt(count):.1f}" fill="#5b3fa0"/>'
        f'<text x="{x + 14 * dx:.0f}" y="{y + 14 * dy + 4:.0f}" font-size="12" text-anchor="{anchor}" '
        f'fill="#222">{escape(label)}</text>'
    )


def _co_mentions(
    mentions: Mapping[str, list[dict[str, Any]]],
    cited: set[str],
    texts: Mapping[str, str],
    sentences: Mapping[str, list[dict[str, Any]]],
) -> tuple[Counter, Counter]:
    """Articles naming each actor, and sentences naming each pair of actors."""
    from newsdesk.sentences import sentence_spans

    counts, together = Counter(), Counter()
    for article_id in sorted(cited):
        records = [
            m
            for m in mentions.get(article_id, [])
            if m.get("name") and m.get("label") in ("PERSON", "ORG", "GPE", "NORP")
        ]
        counts.update({m["name"] for m in records})
        for start, end in sentence_spans(texts.get(article_id, ""), sentences.get(article_id)):
            names = sorted({m["name"] for m in records if start <= m.get("start", -1) < end})
            together.update((a, b) for i, a in enumerate(names) for b in names[i + 1 :])
    return counts, together


def render_answer(answer: Any, *, format: str = "md") -> str:
    """An answer (``ask.Answer``) as Markdown or JSON: quotes first, each item cited."""
    from dataclasses import asdict

    if format == "json":
        data = {
            "question": answer.question,
            "method": answer.method,
            "items": [asdict(i) for i in answer.items],
            "sources": {k: asdict(v) for k, v in answer.sources.items()},
            "dropped": [{"reason": d.reason, "text": d.item.text} for d in answer.dropped],
            "found": bool(answer.items),
            "nearest": [asdict(s) for s in answer.nearest],
            "store_empty": answer.store_empty,
        }
        return json.dumps(data, ensure_ascii=False, indent=2)
    numbers: dict[Citation, int] = {}
    for item in answer.items:
        for citation in item.citations:
            numbers.setdefault(citation, len(numbers) + 1)
    return (
        _environment(html=False)
        .get_template("answer.md.j2")
        .render(answer=answer, numbers=numbers, cite=lambda item: "".join(f"[{numbers[c]}]" for c in item.citations))
    )


def render_framing(framing: Any, *, format: str = "md") -> str:
    """A framing comparison (``framing.Framing``) as Markdown or JSON."""
    if format == "json":
        return json.dumps(framing.to_dict(), ensure_ascii=False, indent=2)
    from newsdesk.brief.framing import framing_rows

    return _environment(html=False).get_template("framing.md.j2").render(framing=framing, rows=framing_rows(framing))
