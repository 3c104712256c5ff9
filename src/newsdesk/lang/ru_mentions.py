"""The ``mentions`` layer of a Russian article, from natasha's named spans.

Same record fields as the English layer (newsdesk.entities.mentions) plus ``lemma``, the
nominative form natasha's morphology gives ("Токаева" -> "Токаев"):

* the nominative comes from natasha's normal form, fixed where it misses (``_nominative``);
* natasha's PER / ORG / LOC become PERSON / ORG, and LOC becomes GPE when the gazetteer
  entry of the name is a state or capital (newsdesk.entities.crossscript.gazetteer_id);
* a bare surname joins the one full name in the article ending with it ("Токаева" after
  "Касым-Жомарт Токаев"), as in English;
* a name followed by another in parentheses ("Барри Лоуенкрон (Barry Lowenkron)",
  "Союз координационных советов (СКС)"), which natasha returns as one span, is two mentions
  of one cluster: the original spelling or the acronym is an alias the registry can link;
* ``key`` is the transliteration key of the cluster's name, so the registry joins it to the
  Latin-script entity with that key (Токаев = Tokayev).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newsdesk.entities.crossscript import gazetteer_id, latin_key
from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.lang.ru import NamedSpan, RussianParse, Token

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
_PARENTHESIS = re.compile(r"\s*\(([^()]+)\)?\s*$")


def find_mentions(parsed: RussianParse) -> list[dict[str, Any]]:
    """Entity mentions of a parsed Russian article, resolved within the article."""
    pieces = (piece for span in parsed.spans for piece in _split_parenthesis(span))
    tokens = {token.start: token for token in parsed.tokens}
    records = [_record(span, _nominative(span, tokens)) for span in pieces if span.text.strip()]
    _join_surnames(records)
    return _number_clusters(records)


def _split_parenthesis(span: NamedSpan) -> Iterator[NamedSpan]:
    """The name before a parenthesis and the name inside it, as two spans."""
    match = _PARENTHESIS.search(span.text)
    if not match or match.start() == 0:
        yield span
        return
    normal = span.normal.split("(")[0].strip() if "(" in (span.normal or "") else None
    yield NamedSpan(span.start, span.start + match.start(), span.label,
                    span.text[:match.start()], normal or span.text[:match.start()])
    inner_start = span.start + match.start(1)
    inner = match.group(1).strip()
    yield NamedSpan(inner_start, inner_start + len(inner), span.label, inner, inner)


def _nominative(span: NamedSpan, tokens: dict[int, Token]) -> str:
    """The name in the nominative. natasha's normal form, except where it is known to miss:
    a surname it leaves inflected ("Токаеву": the token lemma is a prefix of it), and an
    organisation or place whose head noun comes first, where only the head inflects
    ("Организации Договора о ..." -> "Организация Договора о ...", not every word)."""
    first = tokens.get(span.start)
    normal = span.normal or span.text
    if first is None or not first.lemma:
        return normal
    if span.label == "PER" and normal == span.text and first.end == span.end:
        lemma = first.lemma
        inflected = span.text.lower().startswith(lemma) and len(lemma) < len(span.text)
        return span.text[:len(lemma)] if inflected else normal
    if span.label != "PER" and first.end < span.end and first.pos != "ADJ":
        head = first.lemma.capitalize() if first.text[:1].isupper() else first.lemma
        return head + span.text[first.end - span.start:]
    return normal


def _record(span: NamedSpan, lemma: str) -> dict[str, Any]:
    label = _LABELS.get(span.label, span.label)
    entry_id = gazetteer_id(lemma, label=label) or gazetteer_id(span.text, label=label)
    if entry_id:
        label = load_gazetteer().entries[entry_id]["label"]
    kind = "acronym" if span.text.isupper() and len(span.text) > 1 else "name"
    return {"start": span.start, "end": span.end, "text": span.text, "label": label,
            "name": lemma, "lemma": lemma, "kind": kind, "key": latin_key(lemma),
            "gazetteer": entry_id, "roles": []}


def _join_surnames(records: list[dict[str, Any]]) -> None:
    """A one-word person name takes the name of the one full name ending with it."""
    full = [r for r in records if r["label"] == "PERSON" and len(r["key"].split()) > 1]
    for record in records:
        if record["label"] != "PERSON" or len(record["key"].split()) != 1:
            continue
        owners = {r["name"] for r in full if r["key"].split()[-1] == record["key"]}
        if len(owners) == 1:
            owner = next(r for r in full if r["name"] in owners)
            record.update(name=owner["name"], key=owner["key"], kind="short",
                          gazetteer=owner["gazetteer"])


def _number_clusters(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    clusters: dict[tuple[str, str], int] = {}
    for record in sorted(records, key=lambda r: r["start"]):
        identity = (record["label"], record["gazetteer"] or record["key"])
        record["cluster"] = clusters.setdefault(identity, len(clusters))
    return sorted(records, key=lambda r: r["start"])
