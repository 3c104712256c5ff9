"""Per-language pipelines: an article not in English is parsed and analysed by its language's
module, which returns the same layers (same record fields) the English analysers write.

``LANGUAGE_PIPELINES`` maps an ISO 639-1 code to the module that analyses it; each module has
``available() -> bool`` (its extra is installed), ``EXTRA`` (the pip extra to name when it is
not) and ``analyse_article(article, *, layers) -> dict[layer, records]``. Without its extra,
an article keeps empty layers (it is "not analysed"): the English model never runs on it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

from newsdesk.article import Article

log = logging.getLogger(__name__)

#: ISO 639-1 code -> module (under newsdesk.lang) holding that language's pipeline.
LANGUAGE_PIPELINES: dict[str, str] = {"ru": "newsdesk.lang.ru"}


def pipeline_for(language: str | None) -> ModuleType | None:
    """The pipeline module for ``language``, or None when English (or no pipeline) applies."""
    name = LANGUAGE_PIPELINES.get(language or "")
    return importlib.import_module(name) if name else None


def not_analysed_reason(language: str | None) -> str | None:
    """Why an article in ``language`` with a pipeline is not analysed (its extra is missing)."""
    module = pipeline_for(language)
    if module is None or module.available():
        return None
    return f"not analysed (install newsdesk[{module.EXTRA}])"


def language_layers(article: Article, *, layers: Sequence[str]) -> dict[str, Any] | None:
    """The layers of an article that its language's pipeline analyses; None for English."""
    module = pipeline_for(article.language)
    if module is None:
        return None
    if not module.available():
        _warn_missing(article.language or "", module.EXTRA)
        return {layer: [] for layer in layers}
    return module.analyse_article(article, layers=layers)


@cache
def _warn_missing(language: str, extra: str) -> None:
    log.warning("%s articles not analysed (install newsdesk[%s])", language, extra)
