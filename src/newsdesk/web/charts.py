"""Small SVG bar charts drawn on the server (no script, no chart library to vendor).

Labels are escaped; the SVG is inlined in the page.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup, escape


def bar_chart(
    bars: list[tuple[str, int]],
    *,
    title: str,
    width: int = 640,
    height: int = 140,
    link: str | None = None,
) -> Markup | None:
    """Vertical bars, one per ``(label, value)``; ``link`` (with ``{label}``) makes each a link."""
    if not bars:
        return None
    top = max(value for _, value in bars) or 1
    step = width / len(bars)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height + 30}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, value) in enumerate(bars):
        parts.append(_bar(i * step, step, value, top, label, height, link))
    parts.append(f'<text x="0" y="{height + 26}" class="axis">{escape(bars[0][0])}</text>')
    parts.append(
        f'<text x="{width}" y="{height + 26}" text-anchor="end" class="axis">'
        f"{escape(bars[-1][0])}</text></svg>"
    )
    return Markup("".join(parts))


def _bar(
    x: float, step: float, value: int, top: int, label: str, height: int, link: str | None
) -> str:
    h = max(1.0, height * value / top)
    rect = (
        f'<rect x="{x + step * 0.1:.1f}" y="{height - h:.1f}" width="{step * 0.8:.1f}" '
        f'height="{h:.1f}"><title>{escape(label)}: {value}</title></rect>'
    )
    if link is None:
        return rect
    return f'<a href="{escape(link.format(label=quote(label)))}">{rect}</a>'
