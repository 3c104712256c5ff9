"""The Russian pipeline: natasha (sentences, tokens, lemmas, NER PER/ORG/LOC) on one parse.

natasha ships its models (navec embeddings, slovnet morphology and NER) inside its PyPI
packages, so nothing is downloaded. The parse is made once per article and shared by the
Russian analysers: mentions (newsdesk.lang.ru_mentions), quotes, figures and dates
(newsdesk.lang.ru_patterns), and its sentences are stored as the ``sentences`` layer.
Layers with no Russian analyser (events) are empty.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsdesk.article import Article
from newsdesk.sentences import sentence_records

log = logging.getLogger(__name__)
EXTRA = "ru"


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str


@dataclass(slots=True)
class NamedSpan:
    start: int
    end: int
    label: str  # natasha's PER / ORG / LOC
    text: str
    normal: str  # the nominative form ("Токаева" -> "Токаев")


@dataclass(slots=True)
class RussianParse:
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    spans: list[NamedSpan] = field(default_factory=list)


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether the ``ru`` extra (natasha) is installed (found without importing it)."""
    try:
        return importlib.util.find_spec("natasha") is not None
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def _models() -> dict[str, Any]:
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return {"segmenter": Segmenter(), "morph": NewsMorphTagger(embedding),
            "ner": NewsNERTagger(embedding), "vocab": MorphVocab()}


def parse(text: str) -> RussianParse:
    """Sentences, tokens with lemmas and named spans of a Russian text (offsets into ``text``)."""
    from natasha import Doc

    models = _models()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    doc.tag_morph(models["morph"])
    doc.tag_ner(models["ner"])
    result = RussianParse(text, sentences=[(s.start, s.stop) for s in doc.sents])
    for token in doc.tokens:
        token.lemmatize(models["vocab"])
        result.tokens.append(Token(token.start, token.stop, token.text, token.lemma, token.pos))
    for span in doc.spans:
        span.normalize(models["vocab"])
        result.spans.append(NamedSpan(span.start, span.stop, span.type, span.text, span.normal))
    return result


def has_finite_verb(texts: Sequence[str]) -> list[bool]:
    """For each Russian text, whether natasha's morphology finds a finite verb in it (the test
    the brief and ``ask`` put to a sentence before quoting it as prose)."""
    from natasha import Doc

    models = _models()
    found = []
    for text in texts:
        doc = Doc(text)
        doc.segment(models["segmenter"])
        doc.tag_morph(models["morph"])
        found.append(any(t.pos in ("VERB", "AUX") and (t.feats or {}).get("VerbForm") == "Fin"
                         for t in doc.tokens))
    return found


def analyse_article(article: Article, *, layers: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The requested per-article layers of a Russian article, from one parse (others empty)."""
    parsed = parse(article.text)
    found = _layers(parsed, article)
    return {layer: found.get(layer, []) for layer in layers}


def _layers(parsed: RussianParse, article: Article) -> dict[str, list[dict[str, Any]]]:
    from newsdesk.lang import ru_mentions, ru_patterns

    layers = {"mentions": ru_mentions.find_mentions(parsed)}
    layers["quotes"] = ru_patterns.find_quotes(parsed, layers["mentions"])
    layers["figures"] = ru_patterns.find_figures(parsed)
    layers["times"] = ru_patterns.find_dates(parsed, published=article.published)
    layers["sentences"] = sentence_records(parsed.text, parsed.sentences)
    return layers
