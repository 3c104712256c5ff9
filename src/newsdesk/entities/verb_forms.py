"""Whether a word is a verb written in the past tense or the third person (``weighs``,
``interviewed``, ``said``), read from the lemma lookup tables that ship with the spaCy model.

The tagger runs a headline's verb into the name before it ("Obama Weighs In on ...",
"President Obama Interviewed by ..."), and in headline case its tagger often calls the verb a
proper noun, so the parse's tag alone does not say it. The model's rule lemmatizer ships the
answer as data: its verb exceptions (irregular forms: ``said``, ``took``) and its verb suffix
rules, which make a form a verb's inflection when they lead to a lemma of its verb index
(``weighs`` -> ``weigh``). Only the tables are read, from the model's package folder, so no
pipeline is loaded for it; a gerund (``-ing``) is left out, as many are names ("Sterling").
"""

from __future__ import annotations

from functools import lru_cache

from newsdesk.given_names import registered_verb_forms
from newsdesk.nlp import lemma_lookups

#: The suffixes of the past tense and the third person among the lemmatizer's verb rules.
_INFLECTIONS = ("s", "ed")


def verb_inflection(word: str) -> bool:
    """``word`` (any case) is a verb's past tense, past participle or third person singular
    by the model's lemma tables: an irregular form of the verb exceptions, or a regular form
    whose suffix rule leads to a verb lemma."""
    lower = word.lower()
    if not lower.isalpha() or lower.endswith("ing"):
        return False
    exceptions, rules, lemmas = _verb_tables()
    if lower in exceptions:
        return True
    return any(lower.endswith(old) and lower[: len(lower) - len(old)] + new in lemmas
               for old, new in rules if old.endswith(_INFLECTIONS) and len(lower) > len(old) + 1)


@lru_cache(maxsize=1)
def _verb_tables() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    """The verb exceptions (but gerunds), the verb suffix rules and the verb lemmas."""
    tables = lemma_lookups()
    exceptions = frozenset(form for form in tables.get_table("lemma_exc")["verb"] if not form.endswith("ing"))
    rules = tuple((old, new) for old, new in tables.get_table("lemma_rules")["verb"])
    return exceptions, rules, frozenset(tables.get_table("lemma_index")["verb"])


def verb_not_name(word: str) -> bool:
    """A capitalised word that is a verb's past tense or third person and no name of the
    given-name table (``given_names.registered_verb_forms``): "Weighs" and "Interviewed" of a
    headline's "Obama Weighs In", "Obama Interviewed by", not "Rounds" (Mike Rounds), "Burns"
    (Bill Burns) or "Waters" (Maxine Waters), which the table holds."""
    return word[:1].isupper() and not word.isupper() and verb_inflection(word) \
        and word.lower() not in registered_verb_forms()
