"""Fingerprints of one article: what the store keeps to find its copies later.

The normalised text and its hash (exact duplicates), MinHash band keys over word 5-shingles
(near duplicates) and over content-word stems (rewrite candidates), and sampled word 8-gram
marks over the text and its removed captions (passages). See ``newsdesk.lineage``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from newsdesk.article import Article

SHINGLE_WORDS = 5
NEAR_BANDS, NEAR_ROWS = 42, 3
STEM_BANDS, STEM_ROWS = 42, 4
MARK_WORDS = 8
MARK_SAMPLE = 4
#: Removed lines that are article content another article may reuse (not site boilerplate).
PASSAGE_REMOVED_REASONS = frozenset({"caption"})
WORD = re.compile(r"\w+")
#: Typographic quotes, dashes and the no-break space, each with the plain character it is
#: compared as (no plain character is itself replaced, so the order does not matter).
_UNIFY = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\u00a0", " "))
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(slots=True)
class Fingerprint:
    """What the store keeps of one article to find its copies later."""

    article_id: str
    norm_hash: str
    near_keys: list[int]
    stem_keys: list[int]
    marks: list[int]
    #: The content-word stems (``newsdesk.rewrite.content_stems``) behind ``stem_keys``, kept
    #: for the rewrite pre-check of this run; not stored.
    stems: frozenset[str] = frozenset()


def normalise(text: str) -> str:
    """The text compared for exact duplicates: NFKC, typographic quotes and dashes unified
    (``_UNIFY``: a ``str.replace`` each, a scan in C, where ``str.translate`` with a table
    looks up every character), case folded, each run of whitespace one space, none at either
    end (``str.split`` splits at the characters regular expressions call whitespace)."""
    text = unicodedata.normalize("NFKC", text)
    for typographic, plain in _UNIFY:
        text = text.replace(typographic, plain)
    return " ".join(text.casefold().split())


def norm_hash(text: str) -> str:
    """The key of exact duplicates: SHA-1 of the normalised text."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def ngram_hashes(tokens: Sequence[str], n: int) -> np.ndarray:
    """64-bit hashes of the word ``n``-grams of ``tokens`` (one gram when shorter than ``n``)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    base = np.fromiter(_crc32s(tokens), dtype=np.uint64, count=len(tokens))
    width = min(n, len(tokens))
    count = len(tokens) - width + 1
    grams = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        grams = grams * np.uint64(1_000_003) + base[offset : offset + count]
    return _mix64(grams)


def _crc32s(texts: Iterable[str]) -> Iterator[int]:
    """The CRC-32 of each text's UTF-8 bytes, in order (``map`` in C, no Python loop)."""
    return map(zlib.crc32, map(str.encode, texts))


def _mix64(values: np.ndarray) -> np.ndarray:
    values = (values ^ (values >> np.uint64(30))) * _MIX
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def fingerprint(article: Article, *, text_hash: str | None = None) -> Fingerprint:
    """Exact hash (``text_hash`` when the caller has it), MinHash band keys (shingles and
    stems) and passage marks of one article."""
    segment_words = [words(text) for _, _, text in segments(article)]
    shingles = np.unique(ngram_hashes(segment_words[0], SHINGLE_WORDS) & np.uint64(0xFFFFFFFF))
    near = band_keys(_minhash(shingles.tolist(), NEAR_BANDS * NEAR_ROWS), rows=NEAR_ROWS)
    stems = content_stem_set(article.text)
    return Fingerprint(
        article_id=article.id,
        norm_hash=text_hash or norm_hash(article.text),
        near_keys=near if len(shingles) else [],
        stem_keys=_stem_keys(stems),
        marks=passage_marks(segment_words),
        stems=stems,
    )


def _minhash(values: list[int], num_perm: int) -> np.ndarray:
    from datasketch import MinHash

    signature = MinHash(num_perm=num_perm, hashfunc=int, scheme="affine32", permutations=_permutations(num_perm))
    signature.update_batch(values)
    return signature.hashvalues


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, scheme="affine32").permutations


def band_keys(signature: np.ndarray, *, rows: int) -> list[int]:
    """One signed 64-bit key per band of ``rows`` MinHash values."""
    return [
        int.from_bytes(
            hashlib.blake2b(signature[start : start + rows].tobytes(), digest_size=8).digest(), "little", signed=True
        )
        for start in range(0, len(signature) - rows + 1, rows)
    ]


def content_stem_set(text: str) -> frozenset[str]:
    """The content-word stems of ``text``: its stem band keys and the rewrite pre-check use them."""
    from newsdesk.rewrite import content_stems

    return frozenset(content_stems(text))


def _stem_keys(stems: frozenset[str]) -> list[int]:
    if not stems:
        return []
    values = list(_crc32s(sorted(stems)))
    return band_keys(_minhash(values, STEM_BANDS * STEM_ROWS), rows=STEM_ROWS)


def passage_marks(segment_words: list[list[str]]) -> list[int]:
    """The sampled word 8-gram hashes (those 0 mod ``MARK_SAMPLE``) of every segment."""
    grams = [ngram_hashes(tokens, MARK_WORDS) for tokens in segment_words if tokens]
    if not grams:
        return []
    hashes = np.unique(np.concatenate(grams))
    return hashes[(hashes & np.uint64(MARK_SAMPLE - 1)) == 0].view(np.int64).tolist()


def segments(article: Article) -> list[tuple[str, int | None, str]]:
    """The parts of an article searched for passages: its text and its removed captions."""
    parts: list[tuple[str, int | None, str]] = [("text", None, article.text)]
    parts += [
        ("removed", index, line.text)
        for index, line in enumerate(article.removed)
        if line.reason in PASSAGE_REMOVED_REASONS
    ]
    return parts
