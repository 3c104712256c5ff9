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
from typing import Any

OPENING = "“„«‟"
CLOSING = "”»"
MARKS = OPENING + CLOSING + '"'
_PUNCT_AFTER = set(".,;:!?)]}—–-…")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Words a title or a coined name may hold in lower case ("Belt and Road", "Clean Network").
_MINOR = {"a", "an", "and", "of", "the", "for", "in", "on", "to", "or", "at", "by", "with"}



def possessive_mark(token: Any) -> bool:
    """An apostrophe written right after the word it is the parse's possessive ending of
    (``teachers’ unions``, ``the workers' leader``): no quotation mark."""
    return token.text in {"'", "’"} and token.dep_ == "case" and token.i > 0 \
        and token.head.i == token.i - 1 and not token.nbor(-1).whitespace_

@dataclass(slots=True, frozen=True)
class MarkedSpan:
    """The inside of one pair of quotation marks (``start``/``end`` exclude the marks)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the paragraph ended before a closing mark
    paragraph: int
    first_paragraph: int
    close_width: int = 1  # 2: a closing mark written as two apostrophes (``''``)

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_width if self.close_at is not None else self.end


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
            found.append(MarkedSpan(earlier.start, close, earlier.open_at, close, number,
                                    earlier.first_paragraph))
            start = close + 1
        spans = _paragraph_spans(text, start, end, number)
        if spans and found and _continues(found[-1], spans[0], start):
            spans[0] = MarkedSpan(found[-1].start, spans[0].end, found[-1].open_at, spans[0].close_at,
                                  number, found[-1].first_paragraph, spans[0].close_width)
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
    stray line break cut; it closes at the closing mark of that paragraph that pairs with it.
    A mark that opens a quotation inside it pairs with the next closing mark (``money she
    called “essential” for schools,”``); one the paragraph leaves open there means its
    marks are not the quotation's (``a total scam ¶ and voters agreed … “It is not
    over,” Roe said``), and the quotation stays cut."""
    if earlier.close_at is not None or text[earlier.end:start].strip():
        return None
    if not (text[earlier.end - 1 : earlier.end].isalpha() and text[start : start + 1].islower()):
        return None
    depth = 0
    for position in range(start, end):
        if text[position] not in MARKS:
            continue
        if _shaped_to_open(text, position, start):
            depth += 1
        elif text[position - 1].isspace():
            continue  # a closing mark after a space closes nothing here
        elif depth:
            depth -= 1
        else:
            return position
    return None


def _shaped_to_open(text: str, position: int, start: int) -> bool:
    """A mark shaped as an opener, or a straight one at the start of a word (after a space
    or at the paragraph's start)."""
    return text[position] in OPENING or (text[position] == '"' and (position == start or text[position - 1].isspace()))


def _paragraph_spans(text: str, start: int, end: int, number: int) -> list[MarkedSpan]:
    positions = [i for i in range(start, end) if text[i] in MARKS or _apostrophes_close(text, i, start)]
    spans, depth, opened, lead_in = [], 0, 0, False
    for index, position in enumerate(positions):
        remaining = len(positions) - index - 1
        if text[position] == "'":
            if depth:  # two apostrophes only ever close
                depth -= 1
                if depth == 0:
                    spans.append(_span(text, opened, position, number, width=2))
        elif depth == 0:
            if _can_open(text, position, end) or _opens_on_inner_quote(text, position, start, end):
                depth, opened, lead_in = 1, position, _last_before(text, position) == ":"
        elif _opens_nested(text, position, end) and remaining >= depth + 1:
            depth += 1
        elif lead_in and _opens_next_paragraph(text, position, start, end) \
                and _block_closes(text, positions[index + 1:], start):
            continue
        else:
            depth -= 1
            if depth == 0:
                spans.append(_span(text, opened, position, number))
    if depth:
        spans.append(_span(text, opened, None, number, paragraph_end=end))
    return spans


def _apostrophes_close(text: str, position: int, start: int) -> bool:
    """``"He was faithful to the end,'' he said.``: text typed on a keyboard of plain
    characters may write a closing double mark as two apostrophes (TeX's convention, and
    wire copy converted from it), right after the quotation's last word or punctuation."""
    return (text.startswith("''", position) and position > start
            and not text[position - 1].isspace() and text[position - 1] != "'"
            and not text.startswith("'", position + 2))


def _span(text: str, opened: int, closed: int | None, number: int, *, paragraph_end: int = 0,
          width: int = 1) -> MarkedSpan:
    inner_start, inner_end = opened + 1, closed if closed is not None else paragraph_end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return MarkedSpan(inner_start, inner_end, opened, closed, number, number, width)


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


#: A sentence's end, before a single mark that may close a quotation inside and the space
#: before a mark (``missed. "The``, ``associations.' "Mr.``).
_SENTENCE_END = set(".?!…")
#: What opens a paragraph of a quotation after its mark: a capital letter right after it, or
#: a single mark opening a quotation inside it (``" 'After``). A capital right after a mark
#: lets it open anyway (``_can_open``); only the single mark, set apart by a space, needs
#: ``_opens_on_inner_quote``.
_INNER_OPENING_AFTER = re.compile(r"\s?[‘'][A-Z]")
_PARAGRAPH_OPENING_AFTER = re.compile(r"[A-Z]|" + _INNER_OPENING_AFTER.pattern)


def _opens_on_inner_quote(text: str, position: int, start: int, end: int) -> bool:
    """``The paper reports: ¶ " 'This jury selection process is going to be …,' said …``: a
    quotation that opens with a quotation inside it sets its double mark apart from the
    single one by a space; such a mark opens where a quotation begins, at its paragraph's
    start or after a lead-in's colon."""
    if text[position] in CLOSING or not _INNER_OPENING_AFTER.match(text, position + 1, end):
        return False
    return position == start or _last_before(text, position) == ":"


def _last_before(text: str, position: int) -> str:
    """The last character before ``position`` that is no space (``""`` at the start)."""
    position -= 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return text[position] if position >= 0 else ""


def _opens_next_paragraph(text: str, position: int, start: int, end: int) -> bool:
    """``Here's how Deadspin sets up the vote: ¶ "… There may be more that I missed. "The
    astute among you will observe …"``: a quotation of several paragraphs opens each with a
    mark and closes only the last (the typographic convention of English quotation across
    paragraphs, Chicago Manual of Style 13.30), so where the paragraphs of a block quotation
    that a lead-in introduces were run together into one line, a mark after a sentence's end
    inside the open quotation, before a capital letter or a single mark that opens a
    quotation inside it, and with no closing mark left to pair with, is the next paragraph's
    opening mark: the quotation goes on. A mark shaped as a closer (``”``) closes. Read only
    after a lead-in's colon (``_block_closes`` asks where the block would end): elsewhere
    such a mark more often follows a closing mark the text lacks."""
    if text[position] in CLOSING or not _sentence_end_before(text, position, start):
        return False
    return bool(_PARAGRAPH_OPENING_AFTER.match(text, position + 1, end))


def _block_closes(text: str, later: list[int], start: int) -> bool:
    """A block quotation's paragraphs end with whole sentences, so the mark that would close
    the block, if any is left, follows a sentence's end (``… on that list."``, ``as
    planned.' "``); one right after a word closes a quoted word or phrase instead (``He
    said: "The plan is dead. "Fine" is not the word``: two quotations, the first closed
    after *dead.*)."""
    if not later:
        return True
    before = later[0] - 1
    if before > start and text[before].isspace():
        before -= 1
    if before > start and text[before] in "’'":
        before -= 1
    return before >= start and text[before] in _SENTENCE_END


def _sentence_end_before(text: str, position: int, start: int) -> bool:
    """A space right before the mark, after a sentence's end and perhaps a single closing
    mark (``missed. "``, ``associations.' "``)."""
    before = position - 1
    if before <= start or not text[before].isspace():
        return False
    before -= 1
    if text[before] in "’'" and before > start:
        before -= 1
    return text[before] in _SENTENCE_END


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
