"""Which decision of the event coder loses each gold sentence of the dev sets.

Usage: python benchmarks/event_misses.py --cache FILE.json [--model FILE.npz]

Reads the dev sets as ``tune_events.py --cache`` keeps them (parsed once; test halves are never
read) and, for every sentence with a gold event whose type (PETRARCH-2 validation) or quad
class (ConfliBERT) we miss, names the decision that lost it, counted by gold type or class:

* no event given: the statement rule (the main act a public statement, nothing coded on the
  main verb), "no event" over its threshold with nothing coded / with a coded type, or a type
  chosen for which no event could be built (no full verb or no actor);
* a wrong type given: CONCEDE for a gold material cooperation (ConfliBERT's CAMEO 08
  convention, ``CONCEDE for class 2``); else the dictionary coder's bonus chose a type over the classifier's best
  (``coder``); the classifier's best kept though the gold type was coded (``coded lost``), or
  was its second best (``classifier second``), or neither had it (``neither``);
* and, among the sentences typed right, a wrong second type (``wrong extra``).

Each sentence is counted once. The decision values are the shipped ones. Two more tables
follow each set's: the wrong types given, as pairs of gold type or class and the type we
gave first (the confusions), and the sentences with no gold event that we give one, by what
gave it (``false_cause``): an appeal (CAMEO 02, REQUEST in PLOVER; ConfliBERT's class 0),
a type the dictionary coder codes on the main verb, one it codes elsewhere in the sentence
(a clause or a circumstance), or the classifier alone.

A last table counts the same missed sentences by where the loss starts (``SOURCES``): with no
event given, the main verb is not in the dictionary, or is but its event found no actor, or
is negated or not asserted, or was coded and its event dropped by the decision (the statement
rule or "no event"); with a wrong type given, the dictionary's code chose it, or the
classifier did, or the gold type was coded in the sentence and another of its events was
chosen; ConfliBERT's CAMEO 08 convention and a wrong second type are kept apart. Those
whose main verb the dictionary does not code are counted once more by what that verb is
(``tune_events.VERB_KINDS``: a word the parse tags as no verb, "be", a verb the derived
dictionary lacks, or one it has whose block codes nothing in context). ``--list`` prints
each missed sentence of the dev sets (the validation dev half's first) with that cause (and that verb, as kind and
lemma) and the types given.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eval_events import load_weights
from tune_events import VERB_KINDS, decide, model_probabilities, read_cache, shipped_values

FALSE_CAUSES = (
    "appeal (CAMEO 02)",
    "coded on the main verb",
    "coded elsewhere",
    "classifier alone",
)
CAUSES = (
    "no event: statement rule",
    "no event: threshold, nothing coded",
    "no event: threshold, coded",
    "no event: no verb or actor",
    "wrong type: CONCEDE for class 2",
    "wrong type: coder bonus",
    "wrong type: coded lost",
    "wrong type: classifier second",
    "wrong type: neither",
    "right, wrong extra",
)


SOURCES = (
    "no event: main verb not coded by the dictionary",
    "no event: main verb coded, no actor",
    "no event: main verb negated or not asserted",
    "no event: coded, dropped by the decision",
    "wrong type: the dictionary's code",
    "wrong type: the classifier",
    "wrong type: gold coded, another event chosen",
    "CONCEDE for class 2 (convention)",
    "right, wrong extra",
)
#: Modalities under which the dictionary's code of the main verb counts (``coded_types``).
_CODED_MODALITIES = {"asserted", "future"}


def gold_of(name: str, item: dict[str, Any]) -> set[Any]:
    from newsdesk.events import plover_of

    if name != "gsr":
        return {item["label"]} if item["label"] else set()
    if item.get("expect_no_events"):
        return set()
    return {p for e in item["expected_events"] if (p := plover_of(e["event"]))}


def kind_of(name: str, plover: str) -> Any:
    from newsdesk.events import QUAD_CLASSES

    return plover if name == "gsr" else QUAD_CLASSES[plover]


def cause_of(name: str, gold: set[Any], sentences: list[tuple], values: dict) -> str | None:
    """The decision that lost a gold sentence, or None when it is right with nothing extra."""
    given = [
        (facts, p, chosen, [facts["events"][t] for t in chosen if facts["events"][t]])
        for facts, p, chosen in ((f, p, decide(f, p, values)) for f, p in sentences)
    ]
    kinds = {kind_of(name, e["plover"]) for *_, events in given for e in events}
    if kinds & gold:
        return None if kinds <= gold else "right, wrong extra"
    if not kinds:
        return _empty_cause(given)
    facts, p, chosen, events = next(g for g in given if g[3])
    if name != "gsr" and gold == {2} and events[0]["plover"] == "CONCEDE":
        return "wrong type: CONCEDE for class 2"
    return _wrong_cause(name, gold, facts, p, chosen[0])


def _empty_cause(given: list[tuple]) -> str:
    facts, _, chosen, _ = min(given, key=lambda g: g[1].get("NONE", 1.0))
    if chosen:
        return "no event: no verb or actor"
    if facts["stated"] and not facts["main"]:
        return "no event: statement rule"
    return "no event: threshold, coded" if facts["coded"] else "no event: threshold, nothing coded"


def _wrong_cause(name: str, gold: set[Any], facts: dict, p: dict, first: str) -> str:
    ranked = sorted((label for label in p if label != "NONE"), key=p.get, reverse=True)
    if first != ranked[0]:
        return "wrong type: coder bonus"
    if any(kind_of(name, t) in gold for t in facts["coded"]):
        return "wrong type: coded lost"
    if kind_of(name, ranked[1]) in gold:
        return "wrong type: classifier second"
    return "wrong type: neither"


def source_of(name: str, gold: set[Any], cause: str, sentences: list[tuple]) -> str:
    """Where the loss of a missed gold sentence starts (``SOURCES``), from its decision
    ``cause`` (``cause_of``) and the kept facts of its sentences."""
    if cause.startswith("no event"):
        facts, _ = min(sentences, key=lambda s: s[1].get("NONE", 1.0))
        return _no_event_source(facts)
    if cause.startswith("right") or cause.endswith("class 2"):
        return SOURCES[8] if cause.startswith("right") else SOURCES[7]
    if any(kind_of(name, t) in gold for facts, _ in sentences for t in facts["coded"]):
        return SOURCES[6]
    return SOURCES[4] if cause.endswith("coder bonus") else SOURCES[5]


def _nearest_verb(sentences: list[tuple]) -> str:
    """"kind: lemma" of the main verb of the sentence nearest an event (``_no_event_source``
    reads it), "unknown" for a cache that kept no kind."""
    facts, _ = min(sentences, key=lambda s: s[1].get("NONE", 1.0))
    verb = facts.get("verb") or {}
    return f"{verb['kind']}: {verb['lemma']}" if "kind" in verb else "unknown: ?"


def _no_event_source(facts: dict) -> str:
    """Why the sentence nearest an event got none, read off its main verb (``main_verb_facts``
    of ``tune_events.py``; a cache without them counts as dropped by the decision)."""
    verb = facts.get("verb")
    if verb is None or facts["main"]:
        return SOURCES[3]
    if verb["code"] is None:
        return SOURCES[0]
    if verb["negated"] or verb["modality"] not in _CODED_MODALITIES:
        return SOURCES[2]
    return SOURCES[3] if facts["stated"] else SOURCES[1]


def missed(parsed: dict, probabilities: dict, values: dict) -> list[dict[str, Any]]:
    """Every missed gold sentence of the dev sets: set, gold, cause, source, the types given
    first in each sentence and the text."""
    rows = []
    for name in ("gsr", "conflibert", "conflibert-train"):
        for row, sentence_p in zip(parsed.get(name, []), probabilities.get(name, [])):
            gold = gold_of(name, row["item"])
            sentences = list(zip(row["sentences"], sentence_p))
            cause = cause_of(name, gold, sentences, values) if gold else None
            if cause is None:
                continue
            given = [f["events"][t]["cameo"] for f, p in sentences for t in decide(f, p, values) if f["events"][t]]
            rows.append({"set": name, "gold": sorted(gold), "cause": cause,
                         "source": source_of(name, gold, cause, sentences), "given": given,
                         "verb": _nearest_verb(sentences), "text": row["item"]["text"]})
    return rows


def false_cause(sentences: list[tuple], values: dict) -> str | None:
    """What gave an event to a sentence with no gold event (``FALSE_CAUSES``), or None when
    it has none."""
    for facts, p in sentences:
        chosen = [t for t in decide(facts, p, values) if facts["events"][t]]
        if not chosen:
            continue
        if facts["events"][chosen[0]]["cameo"].startswith("02"):
            return FALSE_CAUSES[0]
        if chosen[0] in facts["main"]:
            return FALSE_CAUSES[1]
        return FALSE_CAUSES[2] if chosen[0] in facts["coded"] else FALSE_CAUSES[3]
    return None


def confusion(name: str, gold: set[Any], sentences: list[tuple], values: dict) -> str | None:
    """"gold -> ours" for a gold sentence given a wrong type first (the type of the event
    given: a refused cooperation is the rejection it is), else None."""
    given = [
        facts["events"][t]["plover"]
        for facts, p in sentences
        for t in decide(facts, p, values)
        if facts["events"][t]
    ]
    if not given or {kind_of(name, t) for t in given} & gold:
        return None
    return f"{'/'.join(sorted(map(str, gold)))} -> {given[0]}"


def tally_wrong(parsed: dict, probabilities: dict, values: dict) -> dict[str, dict[str, Counter]]:
    """Per set: the confusions (gold -> our first type) and the no-event sentences' causes."""
    table: dict[str, dict[str, Counter]] = {}
    for name, rows in parsed.items():
        table[name] = {"confusions": Counter(), "no gold event": Counter()}
        for row, sentence_p in zip(rows, probabilities[name]):
            gold = gold_of(name, row["item"])
            sentences = list(zip(row["sentences"], sentence_p))
            if gold:
                pair = confusion(name, gold, sentences, values)
                table[name]["confusions"][pair] += pair is not None
            else:
                table[name]["no gold event"][false_cause(sentences, values) or "left empty"] += 1
        table[name]["confusions"] = +table[name]["confusions"]
    return table


def tally(parsed: dict, probabilities: dict, values: dict) -> dict[str, dict[Any, Counter]]:
    table: dict[str, dict[Any, Counter]] = {}
    for name, rows in parsed.items():
        table[name] = defaultdict(Counter)
        for row, sentence_p in zip(rows, probabilities[name]):
            gold = gold_of(name, row["item"])
            if not gold:
                continue
            cause = cause_of(name, gold, list(zip(row["sentences"], sentence_p)), values)
            for kind in gold:
                table[name][kind][cause or "right"] += 1
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="tune_events.py's cache")
    parser.add_argument("--model", type=Path, help="weights (default: the shipped ones)")
    parser.add_argument("--list", action="store_true", help="print every missed dev sentence")
    args = parser.parse_args()
    from newsdesk.events.classify import load_model

    parsed = read_cache(args.cache)
    if parsed is None:
        parser.error(f"no cache of this events version at {args.cache}: run tune_events.py --cache")
    model = load_weights(args.model) if args.model else load_model()
    probabilities = model_probabilities(parsed, model)
    table = tally(parsed, probabilities, shipped_values())
    wrong = tally_wrong(parsed, probabilities, shipped_values())
    for name, by_kind in table.items():
        print(f"== {name}")
        print("| gold | " + " | ".join(CAUSES) + " | right | sentences |")
        for kind in sorted(by_kind, key=str):
            counts = by_kind[kind]
            cells = [counts[c] for c in (*CAUSES, "right")]
            print(f"| {kind} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
        total = sum(by_kind.values(), Counter())
        cells = [total[c] for c in (*CAUSES, "right")]
        print("| all | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
        print_wrong(wrong[name])
    rows = missed(parsed, probabilities, shipped_values())
    print_sources(rows)
    print_uncoded(rows)
    if args.list:
        for row in rows:
            verb = f" ({row['verb']})" if row["source"] == SOURCES[0] else ""
            print(f"[{row['set']}] gold {row['gold']} | {row['source']}{verb} | {row['cause']} | "
                  f"given {row['given']} | {row['text']}")


def print_sources(rows: list[dict[str, Any]]) -> None:
    """The missed sentences of the ConfliBERT dev half and train split by ``SOURCES``."""
    print("| source | conflibert | conflibert-train |")
    for source in SOURCES:
        counts = [sum(r["source"] == source and r["set"] == n for r in rows) for n in ("conflibert", "conflibert-train")]
        print(f"| {source} | " + " | ".join(map(str, counts)) + " |")


def print_uncoded(rows: list[dict[str, Any]]) -> None:
    """The missed sentences whose main verb the dictionary does not code, by what that verb
    is (``tune_events.VERB_KINDS``; a cache without it counts as unknown)."""
    uncoded = [r for r in rows if r["source"] == SOURCES[0]]
    print("| the main verb not coded | conflibert | conflibert-train |")
    for kind in (*VERB_KINDS, "unknown"):
        counts = [sum(r["verb"].startswith(f"{kind}:") and r["set"] == n for r in uncoded)
                  for n in ("conflibert", "conflibert-train")]
        print(f"| {kind} | " + " | ".join(map(str, counts)) + " |")


def print_wrong(table: dict[str, Counter]) -> None:
    """The no-event sentences by cause and the most frequent confusions of one set."""
    causes = table["no gold event"]
    print("no gold event: " + ", ".join(f"{c} {causes[c]}" for c in (*FALSE_CAUSES, "left empty")))
    pairs = table["confusions"].most_common(12)
    print("confusions (gold -> ours): " + ", ".join(f"{pair} {n}" for pair, n in pairs))


if __name__ == "__main__":
    main()
