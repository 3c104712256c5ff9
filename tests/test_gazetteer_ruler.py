"""The gazetteer ruler filled from packaged tokens finds what spaCy's own tokenising ruler finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsdesk.entities.gazetteer import (
    load_gazetteer,
    load_phrase_tokens,
    phrase_tokens,
    ruler_patterns,
    tokenizer_stamp,
)
from newsdesk.nlp import MODEL, load_pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def phrases() -> list[str]:
    return [p["pattern"] for p in ruler_patterns(load_gazetteer()) if isinstance(p["pattern"], str)]


def tokenising_pipeline() -> spacy.language.Language:
    """The pipeline with the ruler as ``EntityRuler.add_patterns`` fills it, tokenising each name."""
    nlp = load_pipeline()
    other = spacy.load(MODEL)
    ours = [name for name in nlp.pipe_names if name not in other.pipe_names and name != "gazetteer_ruler"]
    for name in ours:  # the sentence steps, each after the pipe it follows in ours
        other.add_pipe(name, after=nlp.pipe_names[nlp.pipe_names.index(name) - 1])
    ruler = other.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                           config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    with other.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(load_gazetteer()))
    assert other.pipe_names == nlp.pipe_names
    return other


def test_packaged_tokens_are_the_tokenizers():
    shipped = load_phrase_tokens(tokenizer_stamp(load_pipeline()))
    assert shipped is not None, "run: PYTHONPATH=src python scripts/build_gazetteer.py --tokens-only"
    assert shipped == phrase_tokens(load_pipeline().tokenizer, phrases())
    assert shipped["Guinea-Bissau"] == ["Guinea", "-", "Bissau"]
    assert "United Nations" not in shipped  # its words between spaces are its tokens


def test_tokens_of_another_model_or_spacy_are_not_used():
    stamp = tokenizer_stamp(load_pipeline())
    assert load_phrase_tokens({**stamp, "spacy": "0.0.0"}) is None
    assert load_phrase_tokens({**stamp, "model_version": "0.0.0"}) is None


def test_ruler_from_tokens_equals_the_tokenising_ruler():
    nlp, other = load_pipeline(), tokenising_pipeline()
    ours, theirs = nlp.get_pipe("gazetteer_ruler"), other.get_pipe("gazetteer_ruler")
    assert dict(ours._ent_ids) == dict(theirs._ent_ids)
    assert len(ours.phrase_matcher) == len(theirs.phrase_matcher)
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    texts += ["Guinea-Bissau and St. John's signed with the United Nations; the US and the EU "
              "did not.", "People's Republic of China officials met NATO in Port-au-Prince."]
    found = 0
    for doc, expected in zip(nlp.pipe(texts), other.pipe(texts)):
        spans = [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]
        assert spans == [(e.start, e.end, e.label_, e.ent_id_) for e in expected.ents]
        found += sum(1 for e in doc.ents if e.ent_id_)
    assert found > 50


@pytest.mark.parametrize(("text", "entry"), [
    ("Talks in Guinea-Bissau ended.", "GNB"),
    ("The People's Republic of China said no.", "CHN"),
])
def test_names_split_by_the_tokenizer_are_found(text, entry):
    doc = load_pipeline()(text)
    assert entry in {ent.ent_id_ for ent in doc.ents}
