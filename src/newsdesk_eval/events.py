"""Readers and scorers for event coding on independent sets.

- PETRARCH-2 validation (``gsr_validation.jsonl``): gold CAMEO codes mapped to the 16 PLOVER
  types (statements, CAMEO 01, are no PLOVER event). Per sentence: type right (a predicted type
  is a gold type), right with no wrong extra (and every predicted type is a gold type), no-event
  sentences left empty, and source right (a predicted event of a gold event's type has an actor
  in the gold source's country, through the Phoenix country dictionary).
- ConfliBERT CAMEO (``cameo_class_test.tsv`` + ``cameo_ner_test.txt``): quad class per
  sentence (0 = none), the same type-right measures on quad classes, and token-level F1 of the
  source (S) and target (T) actor spans. Its train split (classes only) is a further dev set
  for choosing decision values; its FORMAT forbids shipping a model trained on it.

A split into dev and test halves (even / odd positions) keeps tuning off the test half.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [r for r in records if r.get("evaluate", True) and r.get("is_sentence", True)]


def read_conflibert(folder: Path, *, split: str = "test") -> list[dict[str, Any]]:
    """Sentences with ``label`` (quad class, 0 = none) and gold ``S``/``T`` token char spans."""
    lines = (folder / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.rsplit("\t", 1) for line in lines if line.strip()]
    blocks = [
        b
        for b in (folder / f"cameo_ner_{split}.txt").read_text(encoding="utf-8").split("\n\n")
        if b.strip()
    ]
    if len(rows) != len(blocks):
        raise ValueError(f"{folder}: {len(rows)} class rows but {len(blocks)} NER sentences")
    return [
        {"text": text, "label": int(label), "tokens": _aligned_tokens(text, block)}
        for (text, label), block in zip(rows, blocks)
    ]


def read_conflibert_classes(folder: Path, *, split: str = "train") -> list[dict[str, Any]]:
    """Sentences with ``label`` (quad class, 0 = none) only: the train split's NER file does
    not line up with its class file (1,153 blocks for 1,349 sentences), so no spans."""
    lines = (folder / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.rsplit("\t", 1) for line in lines if line.strip()]
    return [{"text": text, "label": int(label), "tokens": []} for text, label in rows]


def read_conflibert_spans(folder: Path, *, split: str = "train") -> list[dict[str, Any]]:
    """The sentences of a split whose NER block can be found in them, with ``label`` and
    ``tokens`` as ``read_conflibert`` gives them.

    The train split's NER file does not line up with its class file (1,153 blocks for 1,349
    sentences: some sentences have no block, some blocks cover part of a sentence), so each
    block is matched to the sentence that contains its words (letters and digits compared,
    so "governmentʼs" and "government 's" agree); gold tokens lie inside the block's part."""
    lines = (folder / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.rsplit("\t", 1) for line in lines if line.strip()]
    blocks = (folder / f"cameo_ner_{split}.txt").read_text(encoding="utf-8").split("\n\n")
    by_key = {_letters(_block_words(b))[0]: b for b in blocks if b.strip()}
    found = []
    for text, label in rows:
        key, positions = _letters(text)
        part = next((k for k in (key, *by_key) if k in by_key and k in key), None)
        if part:
            start = positions[key.index(part)]
            tokens = _aligned_tokens(text, by_key[part], start=start)
            found.append({"text": text, "label": int(label), "tokens": tokens})
    return found


def _block_words(block: str) -> str:
    return " ".join(line.rsplit(" ", 1)[0] for line in block.strip().splitlines())


def _letters(text: str) -> tuple[str, list[int]]:
    """The text's ASCII letters and digits, lower case, and the offset of each."""
    positions = [i for i, char in enumerate(text) if re.match(r"[a-z0-9]", char.lower())]
    return "".join(text[i].lower() for i in positions), positions


def _aligned_tokens(text: str, block: str, *, start: int = 0) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` per NER token, role S, T or "" (tags R and O are neither)."""
    tokens, cursor = [], start
    for line in block.strip().splitlines():
        word, tag = line.rsplit(" ", 1)
        start = text.find(word, cursor)
        if start < 0:
            continue
        cursor = start + len(word)
        role = tag[2:] if tag[:2] in {"B-", "I-"} and tag[2:] in {"S", "T"} else ""
        tokens.append((start, cursor, role))
    return tokens


def halves(items: list[Any]) -> dict[str, list[int]]:
    """Positions of the dev half (even) and the test half (odd)."""
    return {"dev": list(range(0, len(items), 2)), "test": list(range(1, len(items), 2))}


def score_types(gold: list[set[Any]], predicted: list[set[Any]]) -> dict[str, float]:
    """Type right / right with no wrong extra over sentences with a gold event; no-event right."""
    with_event = [i for i, types in enumerate(gold) if types]
    without = [i for i, types in enumerate(gold) if not types]
    right = [i for i in with_event if gold[i] & predicted[i]]
    clean = [i for i in right if predicted[i] <= gold[i]]
    return {
        "sentences": len(gold),
        "gold_sentences": len(with_event),
        "type_right": _rate(len(right), len(with_event)),
        "type_right_no_extra": _rate(len(clean), len(with_event)),
        "no_event_right": _rate(sum(not predicted[i] for i in without), len(without)),
    }


def pentaclass(cameo: str) -> int:
    """CAMEO PentaClass of a code: 0 statements and appeals (01-02), 1 verbal cooperation
    (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict."""
    root = int(cameo[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def cameo_quad(cameo: str, quad: int) -> int:
    """The quad class of an event coded ``quad`` (the FORMAT's class of its PLOVER type), but
    material cooperation (2) for CAMEO 08 (yield), as in CAMEO's own quad classes."""
    return 2 if cameo.startswith("08") else quad


def quad_accuracy(labels: list[int], predicted: list[list[int]]) -> float:
    """Share of sentences whose first (best) predicted quad class, 0 when none, is the label."""
    hits = sum(label == (quads[0] if quads else 0) for label, quads in zip(labels, predicted))
    return _rate(hits, len(labels))


def span_f1(
    sentences: list[dict[str, Any]], spans: list[list[list[int]]], *, role: str
) -> dict[str, float]:
    """Token-level precision/recall/F1 of predicted char spans against gold ``role`` tokens."""
    true_positive = predicted_count = gold_count = 0
    for sentence, predicted in zip(sentences, spans):
        for start, end, gold_role in sentence["tokens"]:
            hit = any(s < end and start < e for s, e in predicted)
            predicted_count += hit
            gold_count += gold_role == role
            true_positive += hit and gold_role == role
    precision, recall = _rate(true_positive, predicted_count), _rate(true_positive, gold_count)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": round(f1, 3)}


def source_right(
    records: list[dict[str, Any]],
    predicted: list[list[dict[str, Any]]],
    *,
    codes: dict[str, str],
    plover_of: Any,
    typed: str = "joint",
) -> float:
    """Share of gold sentences with a known source country whose source we name.

    ``typed`` says which of our events count: ``"joint"`` (the headline, type and source
    together) an event of the gold event's type, counted over every scored sentence;
    ``"matched"`` the same, counted only over sentences where we give a gold type (as
    speaker right is counted on matched attributions, so a type error is not counted twice);
    ``"any"`` any event we give for the sentence."""
    scored = hits = 0
    for record, events in zip(records, predicted):
        golds = gold_sources(record, plover_of)
        if not golds:
            continue
        if typed == "matched" and not {e["plover"] for e in events} & {p for p, _ in golds}:
            continue
        scored += 1
        hits += any(
            actor_code(name, codes) == country
            for plover, country in golds
            for event in events
            if typed == "any" or event["plover"] == plover
            for name in event["actors"]
        )
    return _rate(hits, scored)


def gold_sources(record: dict[str, Any], plover_of: Any) -> list[tuple[str, str]]:
    """``(PLOVER type, source country code)`` of a record's gold events with a known source."""
    events = record["expected_events"]
    golds = [(plover_of(g["event"]), (g.get("source") or "")[:3]) for g in events]
    return [(plover, code) for plover, code in golds if plover and code not in {"", "---"}]


def _rate(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 3) if denominator else 0.0


def load_country_codes(path: Path) -> dict[str, str]:
    """Phrase (upper case, words joined by spaces) -> three-letter CAMEO country code."""
    codes: dict[str, str] = {}
    pending: list[str] = []
    current: str | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        found = re.findall(r"\[([A-Z]{3})[A-Z]*\s*(?:>[^\]]*)?\]", line)
        phrase = line.strip().split("[")[0].strip().lstrip("+").strip("_ ").replace("_", " ")
        if not line.startswith((" ", "\t", "+")):
            pending, current = ([phrase] if phrase else []), None
        elif line.startswith("+") and phrase:
            pending.append(phrase)
        current = found[-1] if found else current
        if current:
            for name in pending:
                codes.setdefault(name, current)
    return codes


def actor_code(name: str, codes: dict[str, str]) -> str | None:
    key = name.upper().replace("’", "'")
    if key in codes:
        return codes[key]
    return next((codes[word] for word in key.replace("-", " ").split() if word in codes), None)
