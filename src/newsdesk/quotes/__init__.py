"""Quotes: who said what, in what role, as direct or reported speech (layer ``quotes``).

Attributions follow ``docs/attribution-rules.md`` (PARC-style: source, cue, content). The work
is split by concern: ``marks`` reads quotation marks, ``cues`` holds the lexicon of reporting
verbs and nouns and finds cues in spaCy's dependency parse, ``content`` turns cues into content
spans, ``speakers`` resolves each source to the article's fullest name (with the name resolver
shared with the ``mentions`` layer), ``roles`` reads the stated role and affiliation,
``credit_lines`` reads the name on a credit line after a quotation (``“…” — Name, Outlet``).
Linking the same quote across outlets is a corpus step (``corpus``).

Why by hand: textacy's ``direct_quotations`` pairs well-formed marks in one paragraph and knows
nothing of reported speech, roles, or scraped text whose marks are broken; the GenderGapTracker
extractor (the field's reference) runs only on spaCy 2.

Each record: ``text``, ``start``/``end`` (offsets into ``article.text``; a direct quote's span
excludes its marks), ``direct``, ``kind`` (direct, indirect, mixed, partial, according_to,
noun), ``speaker`` (the full name, a nominal source's own text, or ``None`` when the source is
an unresolved pronoun), ``nominal`` (the speaker is a description, not a name),
``source_start``/``source_end`` (the source as it stands in the text),
``entity`` (from the ``mentions`` layer when it ran), ``speaker_span`` (where the resolved name
stands), ``affiliation``, ``role``, ``cue`` and ``cue_start``/``cue_end``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.article import Article
from newsdesk.quotes.attribution import attribute, complete_described
from newsdesk.quotes.blocks import block_candidates
from newsdesk.quotes.candidates import direct_candidates, inside, reported_candidates
from newsdesk.quotes.content import Context
from newsdesk.quotes.credit_lines import credited
from newsdesk.quotes.index import build_index
from newsdesk.quotes.marks import marked_spans, paragraphs

__all__ = ["QuoteAnalyser", "extract_quotes"]


class QuoteAnalyser:
    """The ``quotes`` analyser for ``newsdesk analyse`` (runs after ``mentions`` when present)."""

    layer = "quotes"
    #: What each version changed: docs/quotes-versions.md (newest first).
    version = 152

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]:
        return extract_quotes(doc, article)


def extract_quotes(doc: Any, article: Article) -> list[dict[str, Any]]:
    """Direct and reported quotes of one article, in text order."""
    spans = marked_spans(article.text)
    index = build_index(doc, article.annotations, [(s.open_at, s.outer_end) for s in spans])
    quoted = [(s.open_at, s.outer_end) for s in spans]
    context = Context(doc, article.text, index, paragraphs(article.text), quoted)
    direct = direct_candidates(context, spans)
    reported = reported_candidates(context, direct)
    direct = [c for c in direct if not any(inside(c, r) for r in reported)]
    found = direct + reported
    blocks = [b for b in block_candidates(context, spans) if not any(inside(c, b) for c in found)]
    for candidate in sorted(direct + reported + blocks, key=lambda c: c.start):
        context.history.append(credited(context, attribute(context, candidate)))
    complete_described(context)
    return [{k: v for k, v in record.items() if k != "_label"} for record in context.history]
