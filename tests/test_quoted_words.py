"""One quoted word as a source's own (docs/attribution-rules.md, partial quotes): too short to
read as speech by itself, it is attributed only where the parse makes it an argument of a
speech verb (``cue_places.word_cue``): the verb's object predicate (``called the offer
“insulting”``), the object of its *as* (``described the timetable as “chaotic”``) or an
utterance right before its reporting clause (``“Absolutely,” replied …``). The negative cases
hold quoted words near a speech verb that no one is said to have spoken: a label on the noun
after it, an object of another verb, the writer's own word, a name, a passive with no agent,
a clause of *whether*.

Every sentence here is written for the test, none taken from an article.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(path="t.txt", raw_text=text, text=text, language="en")
    return [(q["text"], q["cue"], q["speaker"])
            for q in extract_quotes(load_pipeline()(text), article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor called the new stadium “wasteful” and voted against it.",
         [("wasteful", "called", "The mayor")]),
        ("The union's leader, Tom Bell, has called the offer “insulting.”",
         [("insulting", "called", "Tom Bell")]),
        ("Harriet Vance described the ferry timetable as “chaotic.”",
         [("chaotic", "described", "Harriet Vance")]),
        # a passive verb's speaker is its agent
        ("The budget was described by the auditors as “reckless.”",
         [("reckless", "described", "the auditors")]),
        # a capitalised word in the place of an utterance is no title
        ("“Absolutely,” replied Harriet Vance when she was asked about the timetable.",
         [("Absolutely", "replied", "Harriet Vance")]),
        # a number parsed as the verb's subject is what was said, not who said it
        ("“42,” replied Harriet Vance when she was asked how many ferries had been cancelled.",
         [("42", "replied", "Harriet Vance")]),
    ],
)
def test_a_quoted_word_the_speech_verb_holds_is_attributed(text, expected) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a label on the noun after it, a speech verb nearby
        "Critics of the plan use the “austerity” label in describing it.",
        # the object of another verb, a speech verb later in the sentence
        "She met her “mentor” Tom Bell at the station, noting that he looked well.",
        # the writer's own word
        "What I would call “reckless” spending is rising in the county.",
        "We call the plan “reckless” for good reason.",
        # a name given, no one who gives it; a name as the subject
        "The festival, called “Lumina,” opens in May.",
        "The charter gives the mayor this power called the \"veto.\"",
        "The harbour plan was described as “reckless.”",
        # what might be said, not what was
        "Editors argued over whether the front page should declare the claims “lies,” and "
        "the debate went on.",
        "The “Cabinet” said nothing about the ferry.",
    ],
)
def test_a_quoted_word_no_one_is_said_to_speak_is_no_attribution(text) -> None:
    assert _quotes(text) == []


def test_the_clause_beside_a_quoted_name_is_still_reported() -> None:
    assert _quotes("Harriet Vance praised “Lumina” and said the festival would return.") == [
        ("the festival would return", "said", "Harriet Vance")]
