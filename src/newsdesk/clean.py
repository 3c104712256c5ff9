"""Boilerplate removal for article text scraped from web pages.

Why by hand: jusText and trafilatura are the field's best boilerplate removers, but they
classify HTML blocks with DOM signals (tags, link density). Text copied or scraped from a
page has lost the DOM, so this module classifies *lines* with the signals that survive:

* position: lines above the headline are page chrome; a closing block (author card,
  "Write to ... at", copyright, subscribe, comments) starts the trailer, and short
  non-sentences just above it belong to it too;
* repetition inside the article: the headline printed again, a caption printed twice in a
  row (alt text and figure caption), a standfirst repeated under the headline;
* line shape: breadcrumbs (``A | B | C``), credit lines (``Photo: X / Reuters``), the line a
  credit follows (its caption), a lone word ("Advertisement"), a line set off by extra blank
  lines, a short question with nothing after it (a related-link teaser);
* stop-word density in the manner of jusText (its stop lists are used): sentences are
  dense in stop words, menus and labels are not.

When the removal would keep almost nothing of a text that reads as prose (several long
sentence-shaped lines), the text is kept whole and ``metadata["cleaning_kept_all"]`` says
why: a real article is never emptied by cleaning.

A short table of cue patterns (``CUES``) only *names* the reason of a line inside the
trailer or of a short label line; it is not the method. Every removed line is kept with
its reason, so nothing is lost and the cleaning can be audited.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import justext

from newsdesk.article import Article, Removed
from newsdesk.credits import AGENCY, CREDIT_LINE_START, INLINE_CREDIT
from newsdesk.word_count import count_words

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…:;,\"”’)\]]$")
_BIO_START = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} is an? ")
_AUTHOR_CARD_NAME = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")
#: A line ending in one of these is a sentence or a cut line, never a headline; the full-width
#: and ideographic forms end Chinese and Japanese sentences.
_NOT_HEADLINE_END = (".", ",", ";", ":", "。", "．", "，", "、", "；", "：")
#: The controls of a photo gallery that a page's text keeps beside its captions: the button
#: that hides a caption, alone or with the photo's place in the gallery ("Hide Caption 5 of
#: 37"), and the gallery's "Previous Next" arrows. A line holding one is a gallery's caption,
#: however long (a whole gallery is often one line), never a sentence of the article.
_GALLERY_CONTROL = re.compile(
    r"^(?:[Hh]ide|[Ss]how) [Cc]aption\b|\b(?:[Hh]ide|[Ss]how) [Cc]aption \d+ of \d+\b"
    r"|\bPrevious Next\b"
)

#: Cue patterns that name the reason of a line already judged boilerplate (or a short label).
CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "copyright",
        re.compile(
            r"©|\(c\)\s*\d{4}|\bcopyright\b.*\d{4}|all rights reserved|"
            r"все права защищены",
            re.IGNORECASE,
        ),
    ),
    ("contact", re.compile(r"^write to\b.*\bat\b|^(contact|email|e-mail) (the )?(author|us|reporter)", re.IGNORECASE)),
    ("comments", re.compile(r"^comments? (are|is) closed|^\d* ?comments?$|^leave a (comment|reply)", re.IGNORECASE)),
    (
        "subscribe",
        re.compile(
            r"\bsubscribe\b|\bsign up\b|\bnewsletter\b|\bin-?box\b|"
            r"^подпис(ывайтесь|аться|ка)",
            re.IGNORECASE,
        ),
    ),
    (
        "legal",
        re.compile(
            r"terms of (use|service)|privacy policy|cookies?\b|undesirable organization|"
            r"fines or imprisonment|\blicen[cs]e[ds]?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "disclaimer",
        re.compile(
            r"point of view of the site|do(es)? not (necessarily )?reflect|views expressed|"
            r"programmatic|automatically",
            re.IGNORECASE,
        ),
    ),
    (
        "call-to-action",
        re.compile(
            r"\bclick here\b|\bread more\b|\bfollow (us|@)|\bshare (this|on)\b|"
            r"\bdownload (our|the) app\b|"
            r"^читайте также|^подробнее|^поделиться",
            re.IGNORECASE,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^(advertisement|ad|sponsored|story continued below|"
            r"реклама)\W*$",
            re.IGNORECASE,
        ),
    ),
)

#: Literal words, one of which every cue pattern needs: a cheap filter before the regexes.
_CUE_WORDS = (
    "©",
    "(c)",
    "copyright",
    "rights reserved",
    "write to",
    "contact",
    "email",
    "e-mail",
    "comment",
    "subscribe",
    "sign up",
    "newsletter",
    "inbox",
    "in-box",
    "terms of",
    "privacy",
    "cookie",
    "undesirable",
    "imprisonment",
    "licen",
    "point of view",
    "reflect",
    "views expressed",
    "programmatic",
    "automatically",
    "click here",
    "read more",
    "follow",
    "share",
    "download",
    "advertisement",
    "ad",
    "sponsored",
    "story continued",
    "права защищены",
    "подпис",
    "читайте",
    "подробнее",
    "поделиться",
    "реклама",
)

#: Closing blocks: the first of these in the last part of an article starts its trailer.
_CLOSERS = ("contact", "copyright", "comments", "subscribe")


_UNSET_CUE = "unset"


@dataclass(slots=True)
class Line:
    """One non-blank line of the input with the signals computed for it."""

    text: str
    norm: str
    words: int
    stop_density: float
    blank_after: int
    reason: str | None = None
    cue: str | None = _UNSET_CUE

    @property
    def is_sentence(self) -> bool:
        """Ends like prose and reads like prose (jusText's stop-word test)."""
        return bool(_TERMINAL.search(self.text)) and self.words >= 6 and self.stop_density >= 0.2


@lru_cache(maxsize=8)
def stop_words(language: str = "English") -> frozenset[str]:
    return frozenset(justext.get_stoplist(language))


#: jusText stoplists the prose test counts against; cleaning runs before language detection
#: and the scripts do not share words, so Russian prose reads as prose without an English miss.
STOPLIST_LANGUAGES = ("English", "Russian")


@lru_cache(maxsize=1)
def prose_stop_words() -> frozenset[str]:
    return frozenset().union(*(stop_words(language) for language in STOPLIST_LANGUAGES))


def clean_article(article: Article) -> Article:
    """Pipeline step: set ``text``, ``title`` (when missing) and ``removed`` from ``raw_text``.

    An article whose reader gave its clean text already (a record of a newsdesk export, read
    back with the lines cleaning removed) is left as it is: cleaning a clean body again could
    only take more of it away."""
    if article.text:
        return article
    lines = split_lines(article.raw_text)
    title_index = find_title(lines, known=article.title)
    mark_lines(lines, title_index=title_index)
    if kept_too_little(lines):
        article.metadata["cleaning_kept_all"] = _keep_all(lines)
    if title_index is not None and not article.title:
        article.title = lines[title_index].text
    standfirst = [line.text for line in lines if line.reason == "standfirst"]
    if standfirst and "description" not in article.metadata:
        article.metadata["description"] = standfirst[0]
    article.text = "\n\n".join(line.text for line in lines if line.reason is None)
    article.removed = [Removed(line.text, line.reason) for line in lines if line.reason]
    return article


def kept_too_little(lines: list[Line], *, share: float = 0.2) -> bool:
    """Cleaning would keep almost nothing (under ``share`` of the words) of a text that
    reads as prose: several sentence-shaped lines of twelve words or more."""
    prose = [line for line in lines if line.is_sentence and line.words >= 12]
    if len(prose) < 3:
        return False
    kept = sum(line.words for line in lines if line.reason is None)
    return kept < share * sum(line.words for line in prose)


def _keep_all(lines: list[Line]) -> str:
    """Put back every line but the headline; say how much the cleaning would have kept."""
    total = sum(line.words for line in lines)
    kept = sum(line.words for line in lines if line.reason is None)
    for line in lines:
        if line.reason not in (None, "title"):
            line.reason = None
    return f"boilerplate removal would have kept {kept} of {total} words of a text that reads as prose"


def split_lines(raw_text: str) -> list[Line]:
    """Non-blank lines with their signals; ``blank_after`` counts the blank lines that follow."""
    stops = prose_stop_words()
    lines: list[Line] = []
    for raw in raw_text.splitlines():
        text = " ".join(raw.split())
        if not text:
            if lines:
                lines[-1].blank_after += 1
            continue
        tokens = _WORD.findall(text.lower())
        density = sum(token in stops for token in tokens) / len(tokens) if tokens else 0.0
        lines.append(Line(text, " ".join(tokens), count_words(tokens), density, 0))
    return lines


def find_title(lines: list[Line], *, known: str | None) -> int | None:
    """Index of the headline line: the known title, else the first headline-shaped line on top."""
    if known:
        wanted = " ".join(_WORD.findall(known.lower()))
        return next((i for i, line in enumerate(lines[:15]) if line.norm == wanted), None)
    for index, line in enumerate(lines[:12]):
        if _is_crumb(line) or (line.is_sentence and line.words > 30):
            continue
        if 4 <= line.words <= 30 and not line.text.endswith(_NOT_HEADLINE_END):
            return None if _prose_above(lines, index) else index
    return None


def _prose_above(lines: list[Line], index: int) -> bool:
    """Whether a third or more of the prose stands above a headline-shaped line: the article
    started already (a plain-text news file whose first line runs headline and lead together),
    and the line is a short paragraph, not a title with navigation above it."""
    above = sum(line.words for line in lines[:index] if line.is_sentence)
    return 2 * above > sum(line.words for line in lines[index + 1 :])


def mark_lines(lines: list[Line], *, title_index: int | None) -> None:
    """Set ``reason`` on every boilerplate line; body lines keep ``None``."""
    if title_index is not None:
        _mark_head(lines, title_index)
    _mark_trailer(lines)
    _mark_repeats(lines, title_index)
    for index, line in enumerate(lines):
        if line.reason is None:
            line.reason = _line_shape_reason(lines, index)


def _mark_head(lines: list[Line], title_index: int) -> None:
    for line in lines[:title_index]:
        line.reason = "section-crumb" if _is_crumb(line) else "navigation"
    lines[title_index].reason = "title"


def _mark_trailer(lines: list[Line]) -> None:
    start = _trailer_start(lines)
    if start is None:
        return
    while start > 0 and _trailer_lead_in(lines[start - 1]):
        start -= 1
    for line in lines[start:]:
        if line.reason is None:
            line.reason = _cue(line) or _trailer_reason(line)


def _trailer_start(lines: list[Line]) -> int | None:
    earliest = max(1, int(len(lines) * 0.5))
    for index in range(earliest, len(lines)):
        line = lines[index]
        if _is_author_card(lines, index):
            return index
        if line.words <= 40 and _cue(line) in _CLOSERS and _little_prose_after(lines, index):
            return index
    return None


def _little_prose_after(lines: list[Line], index: int, *, most: int = 3) -> bool:
    """A closing block is followed by page furniture, not by more article: a mid-article
    promotion ("Get our stories in your inbox") must not cut the rest of the article."""
    prose = 0
    for line in lines[index + 1 :]:
        if line.is_sentence and line.words >= 12 and _cue(line) is None and not _BIO_START.search(line.text):
            prose += 1
            if prose > most:
                return False
    return True


def _trailer_lead_in(line: Line) -> bool:
    """Short non-sentences just above a closing block (teasers, image labels, sign-offs)."""
    return line.reason is None and line.words <= 12 and (not line.is_sentence or line.text.endswith("?"))


def _trailer_reason(line: Line) -> str:
    if line.text.endswith("?") and line.words <= 12:
        return "related-link"
    if _AUTHOR_CARD_NAME.match(line.text):
        return "byline"
    if re.search(r"\bis an? .{0,60}\b(correspondent|reporter|editor|writer|journalist|columnist|author)\b", line.text):
        return "author-bio"
    return "trailer"


def _is_author_card(lines: list[Line], index: int) -> bool:
    """A name alone on a line, followed by a paragraph that starts "<that name> is ..."."""
    line = lines[index]
    if not _AUTHOR_CARD_NAME.match(line.text) or index + 1 >= len(lines):
        return False
    return lines[index + 1].text.startswith(line.text + " is ")


def _mark_repeats(lines: list[Line], title_index: int | None) -> None:
    title_norm = lines[title_index].norm if title_index is not None else None
    counts = Counter(line.norm for line in lines)
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if line.reason is not None and line.reason != "title":
            seen.add(line.norm)
            continue
        if line.reason == "title":
            seen.add(line.norm)
            continue
        if line.norm == title_norm:
            line.reason = "repeated-headline"
        elif counts[line.norm] > 1 and index + 1 < len(lines) and lines[index + 1].norm == line.norm:
            after_title = title_index is not None and index == title_index + 1
            line.reason = "standfirst" if after_title else "caption"
            lines[index + 1].reason = "repeated" if after_title else "caption"
        elif line.norm in seen and line.words >= 3:
            line.reason = "repeated"
        seen.add(line.norm)


def _line_shape_reason(lines: list[Line], index: int) -> str | None:
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    if _is_crumb(line) and not _in_table(lines, index):
        return "section-crumb"
    if _is_credit(line):
        return "photo-credit"
    if _GALLERY_CONTROL.search(line.text):
        return "caption"
    if line.words <= 4 and not line.is_sentence and _next_to_crumb(lines, index):
        return "section-crumb"
    if (":" in line.text and INLINE_CREDIT.search(line.text)) or (following is not None and _is_credit(following)):
        return "caption"
    if line.words <= 1 and len(line.text) <= 20 and not line.is_sentence:
        return _cue(line) or "label"
    if line.words <= 6 and (cue := _cue(line)) in ("advertisement", "call-to-action", "subscribe"):
        return cue
    if _set_off_caption(lines, index):
        return "caption"
    return None


def _set_off_caption(lines: list[Line], index: int) -> bool:
    """A short line set off by extra blank lines where paragraphs are otherwise single-spaced."""
    line = lines[index]
    if line.blank_after < 2 or line.words > 45 or index + 1 >= len(lines):
        return False
    return Counter(other.blank_after for other in lines).most_common(1)[0][0] <= 1


def _in_table(lines: list[Line], index: int) -> bool:
    """Rows of a table rendered as text ("a | b | c") come in runs; a breadcrumb stands alone."""
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    return any("|" in other.text for other in neighbours)


def _next_to_crumb(lines: list[Line], index: int) -> bool:
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    return any(_is_crumb(other) for other in neighbours)


def _is_crumb(line: Line) -> bool:
    parts = [part.strip() for part in line.text.split("|")]
    filled = [part for part in parts if part]
    return len(parts) >= 2 and bool(filled) and all(count_words(part.split()) <= 5 for part in filled)


def _is_credit(line: Line) -> bool:
    if CREDIT_LINE_START.match(line.text):
        return line.words <= 25
    if line.words > 10 or _TERMINAL.search(line.text):
        return False
    return bool(AGENCY.search(line.text)) and (" / " in line.text or " via " in line.text or line.stop_density < 0.2)


def _cue(line: Line) -> str | None:
    """The reason a cue pattern names for this line, computed once per line."""
    if line.cue is _UNSET_CUE:
        lowered = line.text.lower()
        line.cue = _first_cue(line.text) if any(word in lowered for word in _CUE_WORDS) else None
    return line.cue


def _first_cue(text: str) -> str | None:
    """The first reason in ``CUES`` order whose pattern matches (the combined pattern only pre-filters)."""
    return next((reason for reason, pattern in CUES if pattern.search(text)), None)
