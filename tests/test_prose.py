"""The prose classifier: which sentences may become a brief item or an answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.brief.prose import is_prose, prose_problems

SET = Path(__file__).parent / "data" / "prose" / "sentences.jsonl"


@pytest.mark.parametrize(("text", "expected"), [
    ("(AirAsia Flight 8501: What we know so far)", "parenthesised line"),
    ("17.00 We are going to leave our live coverage here.", "live-blog timestamp"),
    ("06.59 More on that body recovered from the sea.", "live-blog timestamp"),
    ("We are going to leave our live coverage here for today.", "live-blog sign-off"),
    ("Russia's Vladimir Putin meets with China's Xi Jinping via video link from his residence outside "
     "Moscow last month.", "present-tense caption"),
    ("Health officials said 160 people have died. Photo: Pavel Mikheyev / Reuters", "caption or credit"),
    ("Crisis In Kazakhstan Pushes China, Russia Closer Together", "no terminal punctuation"),
    ("Share on Facebook, share on Twitter or e-mail this story.", "share bar"),
    ("Sign up for our daily newsletter to get the news first.", "promotion or site furniture"),
    ("that you needed a constitutional amendment.", "fragment"),
    ("Follow the story on our site and in the app.", "no finite verb"),
    # negative cases: prose stays prose
    ("Putin met Xi by video link last month, and both leaders praised the deployment.", None),
    ("The crisis in Kazakhstan is reshaping Beijing and Moscow's relationship.", None),
    ("Tokayev says the troops will leave within days.", None),
    ('"They wanted us on our knees," the minister said.', None),
])
def test_prose_signals(text: str, expected: str | None) -> None:
    assert prose_problems([text]) == [expected]


def test_prose_precision_and_recall_floor_on_labelled_real_sentences() -> None:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    predicted = is_prose([row["text"] for row in rows])
    tp = sum(p and row["prose"] for p, row in zip(predicted, rows))
    precision = tp / sum(predicted)
    recall = tp / sum(row["prose"] for row in rows)
    assert len(rows) >= 200
    assert precision >= 0.88 and recall >= 0.90, (precision, recall)
