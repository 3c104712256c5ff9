"""The common nouns of animals (``dog``, ``terrier``, ``horse``), derived from WordNet 3.0 by
``scripts/build_animal_nouns.py`` (``data/animal_nouns.json``, WordNet's licence in
``data/animal_nouns.LICENSE``): a name the text gives to one of them is an animal's, not a
person's (``Bush's beloved dog, Barney``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def animal_nouns() -> frozenset[str]:
    """The lemmas of the nouns whose senses are animals only (read once)."""
    text = resources.files("newsdesk.data").joinpath("animal_nouns.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text))
