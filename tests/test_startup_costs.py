"""What a CLI command imports before its work, and the words ``ask`` reads of a question.

The CLI's fixed costs are imports: a command imports the ingest, the readers and the HTTP client
only when it ingests, and ``ask`` answers without scikit-learn (whose English stop words it
reads from the word-list file alone)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.brief.ask import content_words
from newsdesk.lang.words import english_stop_words

#: Prints the modules of ``WATCHED`` (or under them) that importing ``sys.argv[1]`` imported.
LOADED = """
import importlib, sys
importlib.import_module(sys.argv[1])
watched = sys.argv[2:]
print(" ".join(sorted(m for m in sys.modules if any(m == w or m.startswith(w + ".")
                                                    for w in watched))))
"""
#: What only ``ingest``, ``analyse`` and the live desk's polling need.
INGEST_CODE = ["newsdesk.ingest", "newsdesk.analyse", "newsdesk.fetch", "newsdesk.readers",
               "newsdesk.feeds", "httpx"]


def loaded_by(module: str, watched: list[str]) -> set[str]:
    """The modules of ``watched`` that importing ``module`` imports in a fresh process."""
    done = subprocess.run([sys.executable, "-c", LOADED, module, *watched], check=True,
                          capture_output=True, text=True)
    return set(done.stdout.split())


def test_the_cli_imports_the_ingest_only_for_the_commands_that_ingest() -> None:
    assert loaded_by("newsdesk.cli", INGEST_CODE) == set()


def test_ask_imports_no_scikit_learn() -> None:
    assert loaded_by("newsdesk.brief.ask", ["sklearn", "scipy", "newsdesk.brief.build"]) == set()


def test_the_brief_still_imports_its_tfidf() -> None:
    assert "sklearn" in loaded_by("newsdesk.brief.build", ["sklearn"])


def test_the_stop_words_ask_reads_are_scikit_learns() -> None:
    assert english_stop_words() == ENGLISH_STOP_WORDS


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What did the president say about China?", ["president", "china"]),
        ("Who is negotiating the trade deal with Beijing?",
         ["negotiating", "trade", "deal", "beijing"]),
        ("Why were the tariffs on steel raised again?", ["tariffs", "steel", "raised"]),
        ("How many migrants crossed the border in May?", ["migrants", "crossed", "border"]),
        ("Was there any vote on the health care bill?", ["vote", "health", "care"]),
        ("Is it over?", []),
    ],
)
def test_a_questions_content_words(question: str, words: list[str]) -> None:
    assert content_words(question) == words
