"""Direct quotations found from quotation marks alone, paragraph by paragraph.

Scraped news text breaks the typographic rules a simple pairing relies on: curly marks
turned the wrong way (``inciting “color revolutions,” ”Chinese``), a closing mark written
as an opening one at a paragraph end (``a bad result. “``), a quote left open at the end
of a paragraph because the next paragraph continues it. So each mark is classified by the
characters around it (as CommonMark classifies emphasis delimiters: left- or
right-flanking), its shape only breaking ties, and a small stack handles nesting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«‟"
CLOSING = "”»"
MARKS = OPENING + CLOSING + '"'
_PUNCT_AFTER = set(".,;:!?)]}—–-…")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Words a title or a coined name may hold in lower case ("Belt and Road", "Clean Network").
_MINOR = {"a", "an", "and", "of", "the", "for", "in", "on", "to", "or", "at", "by", "with"}


@dataclass(slots=True, frozen=True)
class MarkedSpan:
    """The inside of one pair of quotation marks (``start``/``end`` exclude the marks)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the paragraph ended before a closing mark
    paragraph: int
    first_paragraph: int

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line; a line is a paragraph in our clean text."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def marked_spans(text: str) -> list[MarkedSpan]:
    """Every outermost quoted span of ``text``, in order."""
    found: list[MarkedSpan] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        close = _closes_broken_sentence(text, found[-1], start, end) if found else None
        if close is not None:
            earlier = found.pop()
            inner_end = len(text[:close].rstrip())
            found.append(MarkedSpan(earlier.start, inner_end, earlier.open_at, close, number,
                                    earlier.first_paragraph))
            start = close + 1
        spans = _paragraph_spans(text, start, end, number)
        if spans and found and _continues(found[-1], spans[0], start):
            spans[0] = MarkedSpan(found[-1].start, spans[0].end, found[-1].open_at, spans[0].close_at,
                                  number, found[-1].first_paragraph)
            found.pop()
        found.extend(spans)
    return found


def _continues(earlier: MarkedSpan, later: MarkedSpan, paragraph_start: int) -> bool:
    """A quote left open at a paragraph end goes on when the next paragraph opens with a mark."""
    return earlier.close_at is None and later.open_at == paragraph_start and earlier.paragraph == later.paragraph - 1


def _closes_broken_sentence(text: str, earlier: MarkedSpan, start: int, end: int) -> int | None:
    """``“… Enough of the disproportionate ¶ scrutiny, blatant misogyny … since they got
    married in 2018.” — Natalie Morris, Metro``: a quotation left open at the end of a
    paragraph that stops in the middle of a sentence (its last character a letter, no
    punctuation), where the next paragraph goes on in lower case, is one sentence that a
    stray line break cut; it closes at the first closing mark of that paragraph."""
    if earlier.close_at is not None or earlier.paragraph != _paragraph_before(text, start, earlier):
        return None
    if not (text[earlier.end - 1 : earlier.end].isalpha() and text[start : start + 1].islower()):
        return None
    return next((i for i in range(start, end) if text[i] in CLOSING + '"' and not text[i - 1].isspace()), None)


def _paragraph_before(text: str, start: int, earlier: MarkedSpan) -> int:
    """The number the span's paragraph has if it is the one right before ``start`` (no
    other non-blank line between them), else -1."""
    return earlier.paragraph if not text[earlier.end : start].strip() else -1


def _paragraph_spans(text: str, start: int, end: int, number: int) -> list[MarkedSpan]:
    positions = [i for i in range(start, end) if text[i] in MARKS]
    spans, depth, opened = [], 0, 0
    for index, position in enumerate(positions):
        remaining = len(positions) - index - 1
        if depth == 0:
            if _can_open(text, position, end) or _opens_on_inner_quote(text, position, start, end):
                depth, opened = 1, position
        elif _opens_nested(text, position, end) and remaining >= depth + 1:
            depth += 1
        elif _after_lead_in(text, opened) and _opens_next_paragraph(text, position, start, end):
            continue
        else:
            depth -= 1
            if depth == 0:
                spans.append(_span(text, opened, position, number))
    if depth:
        spans.append(_span(text, opened, None, number, paragraph_end=end))
    return spans


def _span(text: str, opened: int, closed: int | None, number: int, *, paragraph_end: int = 0) -> MarkedSpan:
    inner_start, inner_end = opened + 1, closed if closed is not None else paragraph_end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return MarkedSpan(inner_start, inner_end, opened, closed, number, number)


def _around(text: str, position: int, end: int) -> tuple[str, str]:
    before = text[position - 1] if position > 0 else ""
    after = text[position + 1] if position + 1 < end else ""
    return before, after


def _can_open(text: str, position: int, end: int) -> bool:
    """A mark may open unless it ends the paragraph or plainly closes (``word”`` then a space)."""
    before, after = _around(text, position, end)
    if not after or after.isspace():
        return False
    return not (text[position] in CLOSING and before and not before.isspace() and after in _PUNCT_AFTER)


def _opens_nested(text: str, position: int, end: int) -> bool:
    """Inside a quote, only a left-flanking mark that is not shaped as a closer opens another."""
    before, after = _around(text, position, end)
    left_flanking = bool(after) and not after.isspace() and (not before or before.isspace() or before in "([{—–")
    return left_flanking and text[position] not in CLOSING


#: A sentence's end and the space after it, right before a mark (``missed. "The``, and
#: ``associations.' "Mr.`` after a single-marked quotation inside).
_SENTENCE_END_BEFORE = re.compile(r"[.?!…][’']?\s$")
#: What opens a paragraph of a quotation after its mark: a capital letter right after it, or
#: a single mark opening a quotation inside it (``" 'After``).
_PARAGRAPH_OPENING_AFTER = re.compile(r"(?:[A-Z]|\s?[‘'][A-Z])")


def _opens_on_inner_quote(text: str, position: int, start: int, end: int) -> bool:
    """``The paper reports: ¶ " 'This jury selection process is going to be …,' said …``: a
    quotation that opens with a quotation inside it sets its double mark apart from the
    single one by a space; such a mark opens where a quotation begins, at its paragraph's
    start or after a lead-in's colon."""
    if text[position] in CLOSING or not _PARAGRAPH_OPENING_AFTER.match(text, position + 1, end):
        return False
    return position == start or _after_lead_in(text, position)


def _after_lead_in(text: str, opened: int) -> bool:
    """The quotation opened at ``opened`` follows a colon (``The paper reports: ¶ "…``), as a
    block quotation that a lead-in introduces does."""
    return text[:opened].rstrip().endswith(":")


def _opens_next_paragraph(text: str, position: int, start: int, end: int) -> bool:
    """``Here's how Deadspin sets up the vote: ¶ "… There may be more that I missed. "The
    astute among you will observe …"``: a quotation of several paragraphs opens each with a
    mark and closes only the last (the typographic convention of English quotation across
    paragraphs, Chicago Manual of Style 13.30), so where the paragraphs of a block quotation
    that a lead-in introduces were run together into one line, a mark after a sentence's end
    inside the open quotation, before a capital letter or a single mark that opens a
    quotation inside it, and with no closing mark left to pair with, is the next paragraph's
    opening mark: the quotation goes on. A mark shaped as a closer (``”``) closes. Read only
    after a lead-in: elsewhere such a mark more often follows a closing mark the text lacks or
    wrote as two apostrophes (``the end,'' he said. "He showed``)."""
    if text[position] in CLOSING:
        return False
    before = text[max(start, position - 3) : position]
    after = text[position + 1 : min(end, position + 4)]
    return bool(_SENTENCE_END_BEFORE.search(before)) and bool(_PARAGRAPH_OPENING_AFTER.match(after))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def looks_like_speech(text: str, *, attributed: bool) -> bool:
    """Quoted words that are a statement rather than a scare quote, a title or a coined name.

    A span of four words or more that is not a title is speech; a shorter one only when a
    speech verb attributes it (``"Absolutely," she said``)."""
    tokens = words(text)
    if not tokens or _is_title(tokens):
        return False
    return len(tokens) >= 4 or (attributed and len(tokens) >= 2)


def _is_title(tokens: list[str]) -> bool:
    """Capitalised words only ("Clean Network", "Belt and Road"), short enough to be a name."""
    return len(tokens) <= 6 and all(t[0].isupper() or t.lower() in _MINOR for t in tokens) and tokens[0][0].isupper()
