"""Bylines: the writer's name before the noun of the writer's role in a Korean news text
("홍길동 기자"), on texts written for the test.

A line of its own that holds nothing but the names, the role noun and at most a mail
address, or the text's opening before "=" after the agency's dateline, names the writers
when no source trusted more names one. The same nouns inside a sentence, a role noun with
no name and a name with other words on its line are no byline.
"""

from __future__ import annotations

import pytest

from newsdesk.bylines.role_nouns import reporter_names
from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page

TEXT = (
    "시의회는 화요일 내년도 예산안을 통과시켰다.\n"
    "예산안에는 학교와 도로 보수를 위한 예산이 늘어났다.\n"
    "일부 의원들은 재산세를 둘러싼 논쟁 때문에 표결이 접전이었다고 말했다.\n"
    "시장은 다음 주에 예산안에 서명할 예정이다."
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a reporter's line under the text, with the mail address
        (f"{TEXT}\n김민준 기자 minjun@example.co.kr", ["김민준"]),
        # a columnist's line with the role first, then a picture's credit and a copyright line
        (
            f"{TEXT}\n칼럼니스트 이서연 seoyeon@example.com\n[사진=시청]\n저작권자 ⓒ 예시일보",
            ["이서연"],
        ),
        # two reporters joined by a middle dot, no mail
        (f"{TEXT}\n박지훈·최유진 기자", ["박지훈", "최유진"]),
        # the text's opening after the agency's dateline
        (f"(서울=예시통신) 정하늘 특파원 = {TEXT}", ["정하늘"]),
        # a role noun inside a sentence names no writer
        (f"{TEXT}\n여러 기자들이 현장을 찾았다.", []),
        (f"{TEXT}\n이 사건을 취재한 김민준 기자는 말했다.", []),
        # a role noun with no name, and a name with other words on its line
        (f"{TEXT}\n기자 minjun@example.co.kr", []),
        (f"{TEXT}\n김민준 기자 제공 사진", []),
        # no Korean byline at all
        (TEXT, []),
    ],
)
def test_reporter_names(text: str, names: list[str]) -> None:
    assert reporter_names(text) == names


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        # the only writer the page names
        ("", ["김민준"]),
        # a structured author comes first
        (json_ld(author={"@type": "Person", "name": "Jane Doe"}), ["Jane Doe"]),
    ],
)
def test_a_reporter_line_names_the_writer(head: str, authors: list[str]) -> None:
    text = f"{TEXT}\n김민준 기자 minjun@example.co.kr"
    found = read_page_metadata(page(head), url=URL, fallback={"text": text})
    assert found.authors == authors
