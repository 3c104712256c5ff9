"""What a brief is made of: items that each cite the source spans they came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Sections of a brief, in reading order, with their headings.
SECTIONS: dict[str, str] = {
    "key_developments": "Key developments",
    "why_it_matters": "Why it matters",
    "expert_corner": "Expert corner",
    "framing": "How outlets framed it",
    "more_stories": "More stories",
    "one_thing_to_watch": "One thing to watch",
}


@dataclass(slots=True, frozen=True)
class Citation:
    """A character span ``[start, end)`` of an article's clean ``text``."""

    article: str
    start: int
    end: int


@dataclass(slots=True)
class Item:
    """One sentence or quote of a brief. ``text`` must be what the cited span says (see gate)."""

    text: str
    citations: list[Citation]
    kind: str = "sentence"  # or "quote"
    speaker: str | None = None
    role: str | None = None
    affiliation: str | None = None
    score: float = 0.0
    outlet: str | None = None  # set when the item stands for one outlet (framing)
    language: str | None = None  # the cited article's language: a Russian item is quoted as-is


@dataclass(slots=True)
class Source:
    """What a reader needs to know about a cited article."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    path: str
    language: str | None = None


@dataclass(slots=True)
class Settings:
    """Everything that decides a brief's content, saved beside it so it can be rebuilt."""

    topic: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    length: int = 5
    question: str | None = None


@dataclass(slots=True)
class Dropped:
    """An item the verification gate refused, and why."""

    item: Item
    section: str
    reason: str


@dataclass(slots=True)
class Brief:
    title: str
    settings: Settings
    #: Every section of ``SECTIONS``, in reading order, an empty one as an empty list, so the
    #: JSON of a brief with nothing found has the same keys as any other.
    sections: dict[str, list[Item]] = field(default_factory=lambda: {key: [] for key in SECTIONS})
    sources: dict[str, Source] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)
    question: str | None = None
    figures: dict[str, Any] = field(default_factory=dict)
    #: The framing comparison of the main story: one row per outlet (see ``framing.py``).
    framing: list[dict[str, Any]] = field(default_factory=list)

    def items(self) -> list[tuple[str, Item]]:
        return [(section, item) for section, items in self.sections.items() for item in items]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["dropped"] = [{"section": d.section, "reason": d.reason, "text": d.item.text} for d in self.dropped]
        return data
