"""The writer's name that a Korean news text prints before the noun of the writer's role
("홍길동 기자", a reporter), as its byline.

Korean news leads no byline with a word such as "By": it writes the writer's name and then
the role, a reporter (기자), a correspondent (특파원, 통신원), a columnist (칼럼니스트), an
editorial writer (논설위원, 편집위원), in two places:

- a line of its own, with at most the writer's mail address after it, under or over the
  text: "홍길동 기자 gildong@example.co.kr"; a columnist's line may put the role first,
  "칼럼니스트 홍길동 gildong@example.com"; several writers are joined by "·" or ",";
- the opening of the text, after the agency's dateline in brackets and before "=":
  "(서울=연합뉴스) 홍길동 기자 = 정부는 …".

A name is two to four Hangul syllables (a surname and a given name). Inside a sentence the
same words name someone else ("여러 기자들이", "a few reporters"): only these two places of a
line are read.

Written by hand: a convention of layout, as the byline words of ``lead_words.py`` are; no
library lists the role nouns that close a Korean byline.
"""

from __future__ import annotations

import re

#: The nouns of a writer's role that follow the name, longest first.
ROLE_NOUNS = (
    "칼럼니스트",
    "객원기자",
    "선임기자",
    "전문기자",
    "수습기자",
    "논설위원",
    "편집위원",
    "특파원",
    "통신원",
    "기자",
)
_ROLE = "(?:" + "|".join(ROLE_NOUNS) + ")"
_NAME = "[가-힣]{2,4}"
_NAMES = rf"(?P<names>{_NAME}(?:\s?[·,]\s?{_NAME})*)"
_MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: A line of its own: the names and the role (or the role and one name), then at most a mail.
_OWN_LINE = re.compile(rf"^(?:{_NAMES}\s{_ROLE}|{_ROLE}\s(?P<name>{_NAME}))(?:\s+{_MAIL})?$")
#: The text's opening: the agency's dateline in brackets, the names and the role, then "=".
_OPENING = re.compile(rf"^(?:\([^()]{{1,30}}\)\s*)?{_NAMES}\s{_ROLE}\s*=")
#: Lines of the text's opening read for its byline.
_OPENING_LINES = 3


def reporter_names(text: str | None) -> list[str]:
    """The writers a Korean byline names in the main text: the last line that is nothing
    but names, a role noun and a mail address, else the opening before "="."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    for line in reversed(lines):
        if match := _OWN_LINE.match(line):
            return _names(match)
    for line in lines[:_OPENING_LINES]:
        if match := _OPENING.match(line):
            return _names(match)
    return []


def _names(match: re.Match) -> list[str]:
    found = match.groupdict()
    if found.get("name"):
        return [found["name"]]
    return [name.strip() for name in re.split(r"[·,]", found["names"]) if name.strip()]
