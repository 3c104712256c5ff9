"""Names and verdicts given in words (docs/attribution-rules.md, partial quotes and non-finite
content): a verb of naming (``named``, ``referred to … as``, ``dubbed``) or of judging in words
(``praised … as``) reports the quoted name or verdict it gives, capitalised or not; a gerund
in the perfect is a gerund (``boasted of having …``). The negative cases hold quoted words
such a verb does not give (inside its object, a name no one is said to give, a name negated
or refused, the writer's own verdict), a verdict's *for* phrase and a title that a noun of
titles introduces with no cue.

Every sentence here is written for the test, none taken from an article.
"""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.nlp import load_pipeline
from newsdesk.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(path="t.txt", raw_text=text, text=text, language="en")
    return [(q["text"], q["cue"], q["speaker"]) for q in extract_quotes(load_pipeline()(text), article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harriet Vance referred to the ferry timetable as “a cruel joke” on Monday.",
            [("a cruel joke", "referred", "Harriet Vance")],
        ),
        (
            "The harbour master praised the new pilots as “heroes” after the storm.",
            [("heroes", "praised", "The harbour master")],
        ),
        (
            "Tom Bell, the union's leader, dubbed the offer “the ferry tax” in his speech.",
            [("the ferry tax", "dubbed", "Tom Bell")],
        ),
        # a capitalised name given by someone is still that person's word
        (
            "Harriet Vance calls the harbour plan “Project Folly” whenever she can.",
            [("Project Folly", "calls", "Harriet Vance")],
        ),
        # a gerund in the perfect
        (
            "Tom Bell boasted of having sailed more miles than any other captain.",
            [("having sailed more miles than any other captain", "boasted", "Tom Bell")],
        ),
    ],
)
def test_a_name_or_verdict_given_in_words_is_attributed(text, expected) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # quoted words inside the object of a verb of judging are someone else's
        "Harriet Vance denounced his sketches of “the islanders” at the meeting.",
        # a name no one is said to give
        "The new ferry is called “Northern Light” by everyone on the island.",
        "The council bought a boat named “Northern Light” last year.",
        # a name not given: negated, or in the infinitive of an act refused
        "The islanders were angry with the council for not referring to the ferry as “a lifeline.”",
        "The council keeps refusing to refer to the new ferry as “a lifeline.”",
        # the writer's own verdict
        "We praised the pilots as “heroes” and we meant it.",
        # a verdict with no quotation reports nothing, nor its "for" phrase
        "Harriet Vance criticized the plan at the meeting on Monday.",
        "Harriet Vance mocked the council for cancelling the ferry in winter.",
        # a title that a noun of titles introduces, with no cue
        "The headline on the harbour board's website was, “Ferries Return in Spring.”",
    ],
)
def test_words_no_verb_of_naming_gives_are_no_attribution(text) -> None:
    assert _quotes(text) == []
