"""Pipeline steps: each takes articles and yields articles; a pipeline is a plain list of steps.

Per-article work is a pure function of the article, so any executor can run it anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from newsdesk.article import Article
from newsdesk.clean import clean_article
from newsdesk.languages import detect
from newsdesk.metadata import extract_text_metadata

Step = Callable[[Iterable[Article]], Iterable[Article]]


class PerArticle:
    """Lift a function of one article into a step (a class, so process pools can pickle it)."""

    def __init__(self, function: Callable[[Article], Article]) -> None:
        self.function = function

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self.function(article)

    def __repr__(self) -> str:
        return f"PerArticle({self.function.__name__})"


def detect_language(article: Article) -> Article:
    """Set ``language`` (ISO 639-1, see newsdesk.languages) when the input did not give one."""
    if not article.language and article.text.strip():
        article.language = detect(article.text)
    return article


INGEST_STEPS: tuple[Step, ...] = (
    PerArticle(clean_article),
    PerArticle(extract_text_metadata),
    PerArticle(detect_language),
)


def run_steps(articles: Iterable[Article], steps: Sequence[Step]) -> list[Article]:
    """Run ``steps`` in order over ``articles`` and collect the result."""
    stream: Iterable[Article] = articles
    for step in steps:
        stream = step(stream)
    return list(stream)
