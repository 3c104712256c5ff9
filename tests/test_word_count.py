"""Word counts for cleaning and the prose test, in spaced and unspaced scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from newsdesk.word_count import UNSPACED_WORD_CHARS, count_words

LANGUAGES = Path(__file__).parent / "data" / "languages"
SPACED = [*sorted(EXAMPLES.glob("*.txt")), LANGUAGES / "ru_factrueval_book_156.txt",
          LANGUAGES / "de_creativecommons_2014-03-20.txt"]


@pytest.mark.parametrize("path", SPACED, ids=lambda path: path.name)
def test_a_spaced_script_counts_one_word_per_token(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        assert count_words(line.split()) == len(line.split()), line


def test_unspaced_characters_count_by_the_average_word_length() -> None:
    headline = "哈萨克斯坦局势趋于稳定"
    assert count_words([headline]) == round(len(headline) / UNSPACED_WORD_CHARS)
    assert count_words(["首页"]) == 1  # a lone menu word is still one word


def test_digits_and_latin_letters_beside_han_count_as_their_own_words() -> None:
    """"新华社阿斯塔纳1月10日电": eleven Han characters and two runs of digits."""
    assert count_words(["新华社阿斯塔纳1月10日电"]) == 2 + round(11 / UNSPACED_WORD_CHARS)
    assert count_words(["表示，"]) == 1  # punctuation after the characters is no word
