"""Score extracted quotes against hand-annotated gold quotes, the way GenderGapTracker does.

Matching follows GenderGapTracker's ``evaluate_quotes.py`` (sfu-discourse-lab/GenderGapTracker,
``nlp/english/evaluation``). Gold quotes are taken in text order. Each one is paired with the
not-yet-paired predicted quote of the same article whose span overlaps it best, as long as the
overlap is above the threshold. Paired gold quotes are true positives. Unpaired gold quotes are
false negatives, and predicted quotes left unpaired are false positives. Scores are reported at
overlap > 0.3 and > 0.8, as GenderGapTracker reports them.

There are two ways to measure overlap:

* ``"ggt"`` (the default, GenderGapTracker's own measure): |gold ∩ predicted| / |gold|, in
  characters. It is asymmetric, with the gold span as the reference, so a predicted span that
  runs past the gold one is not penalised.
* ``"iou"``: |gold ∩ predicted| / |gold ∪ predicted|. This is stricter, and it also penalises
  predicted spans that are too long.

Speaker accuracy is the share of true positives whose predicted speaker names the gold speaker
(see `same_name`). Affiliation accuracy uses the same name rule, over the true positives whose gold
quote states an affiliation; role accuracy likewise over those whose gold quote states a role.

This is written by hand because no maintained library scores span-level quote extraction with
speakers. Span-F1 scorers such as seqeval and nervaluate score token labels or exact entity
boundaries, not GenderGapTracker's overlap-ratio pairing.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.errors import UsageError

THRESHOLDS = (0.3, 0.8)
OVERLAPS = ("ggt", "iou")

Quote = Mapping[str, Any]


@dataclass(slots=True)
class _Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    speaker_matches: int = 0
    affiliation_gold: int = 0
    affiliation_matches: int = 0
    role_gold: int = 0
    role_matches: int = 0

    def add_pair(self, gold: Quote, predicted: Quote) -> None:
        self.true_positive += 1
        self.speaker_matches += same_name(gold.get("speaker"), predicted.get("speaker"))
        if gold.get("affiliation"):
            self.affiliation_gold += 1
            self.affiliation_matches += same_name(gold["affiliation"], predicted.get("affiliation"))
        if gold.get("role"):
            self.role_gold += 1
            self.role_matches += same_name(gold["role"], predicted.get("role"))


def span_overlap(gold: tuple[int, int], predicted: tuple[int, int], *, overlap: str = "ggt") -> float:
    """The overlap ratio of two ``(start, end)`` character spans (see the module docstring)."""
    intersection = max(0, min(gold[1], predicted[1]) - max(gold[0], predicted[0]))
    if overlap == "ggt":
        denominator = gold[1] - gold[0]
    elif overlap == "iou":
        denominator = (gold[1] - gold[0]) + (predicted[1] - predicted[0]) - intersection
    else:
        raise UsageError(f"unknown overlap {overlap!r}: use one of {', '.join(OVERLAPS)}")
    return intersection / denominator if denominator > 0 else 0.0


def name_tokens(name: str | None) -> tuple[str, ...]:
    """A name folded for comparison: lower case, no accents or punctuation, no initials, no leading
    article ("the", "a", "an": a nominal source such as "a senior official" is its own speaker)."""
    if not name:
        return ()
    typed = name.replace("’", "'")  # NFKD keeps U+2019, which ASCII folding would drop
    folded = unicodedata.normalize("NFKD", typed).encode("ascii", "ignore").decode().casefold()
    tokens = [token for token in re.split(r"[^a-z0-9]+", folded) if len(token) > 1]
    return tuple(tokens[1:] if tokens[:1] in (["the"], ["an"]) else tokens)


def same_name(gold: str | Sequence[str] | None, predicted: str | Sequence[str] | None) -> bool:
    """Whether a predicted speaker (or organisation) names the gold one.

    The rule: after folding with `name_tokens`, the two names are equal, or one of them is a single
    word equal to the other's last word (a surname: "Flake" names "Jeff Flake"), or one of them
    is a run of two or more words inside the other ("Pacific Air Forces" names "U.S. Pacific Air
    Forces"), or one of them is a nominal source that the other extends with a post-modifier
    ("the authors" names "The authors of the research": see `_postmodified`). A list of names (a joint statement) matches when any of its names does. A gold ``None``
    (no named speaker) is matched only by a predicted ``None`` or empty string.
    """
    if isinstance(gold, (list, tuple)):
        return any(same_name(name, predicted) for name in gold)
    if isinstance(predicted, (list, tuple)):
        return any(same_name(gold, name) for name in predicted)
    gold_tokens, predicted_tokens = name_tokens(gold), name_tokens(predicted)
    if not gold_tokens or not predicted_tokens:
        return not gold_tokens and not predicted_tokens
    return gold_tokens == predicted_tokens or _surname_match(gold_tokens, predicted_tokens) \
        or _contains(gold_tokens, predicted_tokens) or _contains(predicted_tokens, gold_tokens) \
        or _postmodified(str(gold), str(predicted))


def _surname_match(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) == 1 and shorter[0] == longer[-1]


def _postmodified(first: str, second: str) -> bool:
    """A nominal source with and without its post-modifier: "the authors" names "The authors of
    the research", "officers" names "officers responding to the shooting". The shorter one ends in
    a common noun, written in lower case in both (a name such as "Trump" never names "the Trump
    administration", nor "the doctors" "Doctors for Camp Closure"), and the longer one goes on
    with a lower-case word ("of", "who", "responding")."""
    shorter, longer = sorted((first.split(), second.split()), key=len)
    if not shorter or len(shorter) == len(longer) or not shorter[-1].islower():
        return False
    wanted = name_tokens(" ".join(shorter))
    return any(name_tokens(" ".join(longer[:n])) == wanted and longer[n - 1].islower()
               and longer[n][:1].islower() for n in range(1, len(longer)))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    if len(inner) < 2 or len(inner) > len(outer):
        return False
    return any(outer[i:i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def _pair_article(gold: Sequence[Quote], predicted: Sequence[Quote], counts: _Counts, *,
                  threshold: float, overlap: str) -> None:
    pairs, unpaired = _pairs(gold, predicted, threshold=threshold, overlap=overlap)
    for gold_quote, best in pairs:
        if best is None:
            counts.false_negative += 1
        else:
            counts.add_pair(gold_quote, best)
    counts.false_positive += len(unpaired)


def _pairs(gold: Sequence[Quote], predicted: Sequence[Quote], *, threshold: float,
           overlap: str) -> tuple[list[tuple[Quote, Quote | None]], list[Quote]]:
    """Each gold quote, in text order, with the predicted quote it is paired to (the one not
    yet paired that it overlaps most, above ``threshold``) or None; and the predicted quotes
    left unpaired."""
    remaining, pairs = list(predicted), []
    for gold_quote in sorted(gold, key=lambda quote: quote["start"]):
        best = _best_match(gold_quote, remaining, threshold=threshold, overlap=overlap)
        if best is not None:
            remaining.remove(best)
        pairs.append((gold_quote, best))
    return pairs, remaining


def _best_match(gold: Quote, candidates: Iterable[Quote], *, threshold: float, overlap: str) -> Quote | None:
    best, best_score = None, threshold
    for candidate in candidates:
        score = span_overlap((gold["start"], gold["end"]), (candidate["start"], candidate["end"]),
                             overlap=overlap)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _summary(counts: _Counts) -> dict[str, Any]:
    precision = _ratio(counts.true_positive, counts.true_positive + counts.false_positive)
    recall = _ratio(counts.true_positive, counts.true_positive + counts.false_negative)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "true_positive": counts.true_positive, "false_positive": counts.false_positive,
        "false_negative": counts.false_negative,
        "speaker_accuracy": _ratio(counts.speaker_matches, counts.true_positive),
        "affiliation_accuracy": _ratio(counts.affiliation_matches, counts.affiliation_gold),
        "affiliation_gold": counts.affiliation_gold,
        "role_accuracy": _ratio(counts.role_matches, counts.role_gold),
        "role_gold": counts.role_gold,
    }


def score_quotes(gold: Mapping[str, Sequence[Quote]], predicted: Mapping[str, Sequence[Quote]], *,
                 thresholds: Sequence[float] = THRESHOLDS, overlap: str = "ggt") -> dict[str, Any]:
    """Precision, recall, F1, speaker and affiliation accuracy of ``predicted`` against ``gold``.

    Both map an article id to its quotes, which are dicts with ``start``, ``end`` and ``speaker``
    (``affiliation`` is optional). Only the articles in ``gold`` are scored. An article missing from
    ``predicted`` counts as one in which nothing was found. The result holds one summary per
    threshold under ``"by_threshold"``, keyed by the threshold.
    """
    if overlap not in OVERLAPS:
        raise UsageError(f"unknown overlap {overlap!r}: use one of {', '.join(OVERLAPS)}")
    by_threshold = {}
    for threshold in thresholds:
        counts = _Counts()
        for article_id, gold_quotes in gold.items():
            _pair_article(gold_quotes, predicted.get(article_id, ()), counts,
                          threshold=threshold, overlap=overlap)
        by_threshold[threshold] = _summary(counts)
    return {
        "overlap": overlap, "articles": len(gold),
        "gold_quotes": sum(len(quotes) for quotes in gold.values()),
        "predicted_quotes": sum(len(predicted.get(article_id, ())) for article_id in gold),
        "by_threshold": by_threshold,
    }


def attribution_errors(gold: Sequence[Quote], predicted: Sequence[Quote], *,
                       threshold: float = 0.3) -> list[str]:
    """One line per miss (``MISS``), wrong speaker (``SPKR``) and extra attribution (``XTRA``) of
    one article, for reading a development set's errors (never a blind set's)."""
    def overlap(g: Quote, p: Quote) -> float:
        return span_overlap((g["start"], g["end"]), (p["start"], p["end"]))

    lines = []
    for quote in sorted(gold, key=lambda q: q["start"]):
        best = max(predicted, key=lambda p: overlap(quote, p), default=None)
        if best is None or overlap(quote, best) <= threshold:
            lines.append(f"MISS {quote['speaker']!r}: {quote['text'][:90]!r}")
        elif not same_name(quote["speaker"], best["speaker"]):
            lines.append(f"SPKR gold {quote['speaker']!r} got {best['speaker']!r}: "
                         f"{quote['text'][:70]!r}")
    lines += [f"XTRA {p['speaker']!r} {p.get('cue')!r}: {p['text'][:90]!r}" for p in predicted
              if all(overlap(q, p) <= threshold for q in gold)]
    return lines


def description_errors(gold: Sequence[Quote], predicted: Sequence[Quote], *,
                       threshold: float = 0.3) -> list[str]:
    """One line per wrong or missing role (``ROLE``) or affiliation (``AFFL``) of the matched
    attributions whose gold states one, with the gold speaker and the predicted value."""
    lines = []
    pairs, _ = _pairs(gold, predicted, threshold=threshold, overlap="ggt")
    for quote, best in pairs:
        if best is None:
            continue
        for field, tag in (("role", "ROLE"), ("affiliation", "AFFL")):
            if quote.get(field) and not same_name(quote[field], best.get(field)):
                lines.append(f"{tag} {quote['speaker']!r} gold {quote[field]!r} got {best.get(field)!r} "
                             f"(speaker {best.get('speaker')!r}) at {quote['start']}")
    return lines


def load_annotations(path: str | Path) -> list[dict[str, Any]]:
    """The records of an annotation file: one JSON object per line (see tests/data/quotes/README.md)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_quotes(records: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """``{article id: quotes}`` from annotation records, ready for `score_quotes`."""
    return {record["id"]: list(record["quotes"]) for record in records}


def load_texts(ids: Iterable[str], corpus: str | Path) -> dict[str, str]:
    """``{id: content_original}`` for the given ids from the AllSides ``articles.jsonl.gz``."""
    wanted, texts = set(ids), {}
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["ID"] in wanted:
                texts[record["ID"]] = record["content_original"]
    return texts
