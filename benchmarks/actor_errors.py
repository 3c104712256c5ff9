"""Every source and target actor error of the event coder on the dev sets, with its parse path.

Usage: python benchmarks/actor_errors.py [--sets conflibert-train,conflibert,gsr] [--limit N]
       [--errors FILE.jsonl [--spans]]

Dev sets only: the ConfliBERT train split's sentences whose NER block can be aligned (error
analysis only, its FORMAT), the dev half (even positions) of the ConfliBERT test split and of
the PETRARCH-2 validation. For each ConfliBERT sentence with a gold source (S) or target (T)
phrase, the phrase we give is compared with the gold one and, when they differ, the error is
put in a category read from the dependency parse: the path from the event's trigger to the
head of the gold phrase and to the head of ours ("^nsubj" climbs to a head, "nsubj" goes down
to a child). The summary also counts the errors by parse construction (``construction``:
passive agent, "X's Y", coordination, relative clause, a nominal event, a prepositional
target, apposition, a span too long or too short) and the source errors by cause
(``S_causes``: the rule that picked our phrase, ``source_rule``, and how it is wrong,
``span_kind``). The categories:

- ``no event``: the sentence gets no event, so no actor (a type decision, not an actor error);
- ``missed``: an event but no phrase in that role;
- ``extent``: the phrases overlap but differ in their words; ``extent: ours longer`` /
  ``extent: ours shorter`` / ``extent: both`` say which way, followed by what the differing
  words are (``PART_KINDS``: a prepositional phrase, an apposition, a clause, a conjunct, a
  determiner, another head: "air strikes against X" for X);
- ``conjunction``, ``apposition``, ``relative clause``, ``X's Y``, ``passive agent``,
  ``according to``, ``role noun``, ``reported clause``: the gold phrase is another phrase,
  related to ours or to the trigger in that way;
- ``target: prep`` (the gold target is a prepositional object we did not take, "against X");
- ``other trigger``: the gold phrase belongs to another verb of the sentence than our trigger.
- ``other``: none of these.

The validation's errors (``actor``, or ``type`` when no event of the gold type is given)
are listed with the gold source code and our actor names. The summary (counts per set, role
and category, the span token F1 of the ConfliBERT sets and ``S_country``, the validation's
source-right measure read on their gold source phrases) is printed as JSON; ``--errors``
writes every error with the gold phrase, ours, the sentence and the parse paths (and, with
``--spans``, our spans for every sentence, to compare two versions token by token). Write
it outside the repository: the sentences are ConfliBERT's and are not to be copied in.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eval_events import CONFLIBERT, GSR, load_actor_codes
from newsdesk.events.phrases import MODIFIER_DEPS
from newsdesk_eval.events import (
    actor_code,
    gold_sources,
    halves,
    read_conflibert,
    read_conflibert_spans,
    read_jsonl,
    span_f1,
)

ROLES = {"S": "source_spans", "T": "target_spans"}


def dev_sets(names: list[str]) -> dict[str, list[dict[str, Any]]]:
    found = {}
    for name in names:
        if name == "conflibert-train":
            found[name] = read_conflibert_spans(CONFLIBERT, split="train")
        else:
            items = read_jsonl(GSR) if name == "gsr" else read_conflibert(CONFLIBERT)
            found[name] = [items[i] for i in halves(items)["dev"]]
    return found


def gold_phrases(tokens: list[tuple[int, int, str]], role: str) -> list[tuple[int, int]]:
    """Runs of consecutive tokens tagged ``role``, as character spans."""
    phrases: list[tuple[int, int]] = []
    previous = ""
    for start, end, tag in tokens:
        if tag == role and previous == role:
            phrases[-1] = (phrases[-1][0], end)
        elif tag == role:
            phrases.append((start, end))
        previous = tag
    return phrases


def head_of(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def path(trigger: Any, token: Any) -> str:
    """The dependency path from ``trigger`` to ``token``: "^dep" up, "dep" down."""
    up = [trigger, *trigger.ancestors]
    down = [token, *token.ancestors]
    common = next((t for t in up if t in down), None)
    if common is None:
        return "another sentence"
    climbs = [f"^{t.dep_}" for t in up[: up.index(common)]]
    descents = [t.dep_ for t in reversed(down[: down.index(common)])]
    return " ".join(climbs + descents) or "="


def category(role: str, gold: Any, ours: Any | None, trigger: Any, overlap: str) -> str:
    """The kind of an error: how the gold phrase's head sits against ours and the trigger."""
    if overlap:
        return f"extent: {overlap}"
    if ours is None:
        return "missed" if gold is None or not _prep_object(gold, trigger) else "target: prep"
    relations = [
        (gold in ours.conjuncts or ours in gold.conjuncts, "conjunction"),
        (_linked(gold, ours, "appos"), "apposition"),
        (trigger.dep_ == "relcl" and gold == trigger.head, "relative clause"),
        (_linked(gold, ours, "poss"), "X's Y"),
        (gold.dep_ == "pobj" and gold.head.dep_ == "agent", "passive agent"),
        (_according_to(gold) or _according_to(ours), "according to"),
        (_reported(gold, ours), "reported clause"),
        (_role_noun(gold, ours), "role noun"),
        (role == "T" and _prep_object(gold, trigger), "target: prep"),
    ]
    found = next((name for hit, name in relations if hit), None)
    if found:
        return found
    return "other trigger" if _verb_of(gold) is not _verb_of(trigger) else "other"


def _linked(gold: Any, ours: Any, dep: str) -> bool:
    return (gold.dep_ == dep and gold.head == ours) or (ours.dep_ == dep and ours.head == gold)


def _according_to(token: Any) -> bool:
    return any(t.lower_ == "according" for t in token.ancestors)


def _reported(gold: Any, ours: Any) -> bool:
    """One is the subject of a reporting verb, the other the subject inside its clause."""
    heads = {gold.head, ours.head}
    return any(h.dep_ == "ccomp" and h.head in heads for h in heads)


def _role_noun(gold: Any, ours: Any) -> bool:
    """"the president" against a phrase naming the country in a modifier, or the other way."""
    return any(c in {t for t in other.subtree} for one, other in ((gold, ours), (ours, gold))
               for c in one.children if c.dep_ in {"amod", "compound", "nmod"})


def _prep_object(gold: Any, trigger: Any) -> bool:
    return gold.dep_ == "pobj" and gold.head.dep_ == "prep" and gold.head.head == trigger


def _verb_of(token: Any) -> Any:
    verbs = (t for t in (token, *token.ancestors) if t.pos_ in {"VERB", "AUX"})
    return next(verbs, token.sent.root)


def overlap_kind(gold: tuple[int, int], ours: tuple[int, int], doc: Any) -> str:
    """How two overlapping phrases differ in words ("" when they do not overlap): which is
    longer and what the words one has and the other lacks are (see ``PART_KINDS``)."""
    if not (gold[0] < ours[1] and ours[0] < gold[1]):
        return ""
    words = {t.i for t in doc.char_span(*gold, alignment_mode="expand") or []}
    mine = {t.i for t in doc.char_span(*ours, alignment_mode="expand") or []}
    if words == mine:
        return ""
    way = "ours longer" if words < mine else "ours shorter" if mine < words else "both"
    return f"{way}, {part_kind(doc, words ^ mine)}"


#: Dependency labels of the words one phrase has and the other lacks -> what they are.
PART_KINDS = {
    "prep": "prepositional phrase",
    "appos": "apposition",
    "relcl": "relative clause or participle",
    "acl": "relative clause or participle",
    "conj": "conjunction",
    "cc": "conjunction",
    "det": "determiner",
    "poss": "X's Y",
    "npadvmod": "date or adverb",
    "advmod": "date or adverb",
    "punct": "punctuation",
    # the differing words hold the phrase's own head: one phrase is a noun around the
    # other ("air strikes against X" for X) or a modifier inside it
    **dict.fromkeys(("dobj", "nsubj", "nsubjpass", "pobj", "dative", "attr"), "another head"),
    **dict.fromkeys(("compound", "amod", "nmod", "nummod", "quantmod"), "modifier"),
}


def part_kind(doc: Any, different: set[int]) -> str:
    """What the differing words are, by the label of the one that heads them."""
    tops = [doc[i] for i in sorted(different) if doc[i].head.i not in different]
    labels = [PART_KINDS.get(t.dep_, "") for t in tops if t.dep_ != "punct"] or ["punctuation"]
    if tops and tops[0].ent_type_ in {"DATE", "TIME"}:
        return "date or adverb"
    return next((label for label in labels if label), "other words")


#: What the differing words of an ``extent`` error are -> the construction it is counted under.
_EXTENT_CONSTRUCTIONS = {
    "apposition": "apposition",
    "conjunction": "coordination",
    "relative clause or participle": "relative clause or participle",
    "X's Y": "X's Y",
    "prepositional phrase": "where or when phrase",
}
#: Error categories that name their construction as it is.
_SAME_CONSTRUCTION = {
    "apposition": "apposition",
    "conjunction": "coordination",
    "relative clause": "relative clause or participle",
    "X's Y": "X's Y",
    "passive agent": "passive agent",
    "reported clause": "reported clause",
    "role noun": "role noun against a name",
    "according to": "according to",
    "target: prep": 'prepositional target ("talks with X")',
    "other trigger": "actor of another verb",
}


def construction(error: dict[str, Any]) -> str:
    """The parse construction an error is counted under in the summary: the relation of the
    gold phrase to ours or to the trigger, and for an ``extent`` error which way ours is
    wrong (too long, too short) and what the differing words are; a noun around the actor
    or inside it is a nominal construction ("air strikes against X" for X)."""
    name, gold_path = error["category"], error.get("gold_path", "").split()
    if name.startswith("extent: "):
        way, _, part = name[len("extent: ") :].partition(", ")
        way = {"ours longer": "too long", "ours shorter": "too short"}.get(way, "both")
        if part == "another head":
            inside = way == "too long"
            part = "nominal: the actor inside a noun" if inside else "nominal: a noun around it"
        return f"{_EXTENT_CONSTRUCTIONS.get(part, part)} ({way})"
    if "agent" in gold_path:
        return "passive agent"
    if name in _SAME_CONSTRUCTION:
        return _SAME_CONSTRUCTION[name]
    if name == "missed" and gold_path[-2:] == ["prep", "pobj"] and len(gold_path) > 2:
        return 'nominal: the actor in a phrase of the object ("the attack by X on Y")'
    return name


#: The first step of our phrase's path from the trigger -> the rule that picked it there.
_RULE_STEPS = {
    "nsubj": "subject",
    "agent": "passive agent",
    "ccomp": "a reported plan's subject",
    **dict.fromkeys(MODIFIER_DEPS, "an act noun's owner"),
    "prep": "a prepositional object (an act noun's \"by\", a passive's means)",
}


def source_rule(our_path: str) -> str:
    """Which rule of ``source_heads`` picked our source phrase, read from its parse path:
    the trigger's subject or passive agent; the subject of a verb it hangs from, the speaker
    when that verb states it ("^ccomp nsubj"); the subject of a plan reported under it; the
    owner of an act noun or the object of its "by", or a passive's means; an apposition or
    a compound head when a longer path ends there (a path of one "compound" step is the act
    noun's owner, "Hamas attack")."""
    steps = our_path.split()
    if not steps:
        return "none given"
    if len(steps) > 1 and steps[-1] in {"appos", "compound"}:
        return "an apposition" if steps[-1] == "appos" else "a compound head"
    climbs = [s for s in steps if s.startswith("^")]
    if climbs and steps[len(climbs):] == ["nsubj"]:
        return "a statement's speaker" if climbs[-1] == "^ccomp" else "the subject of a verb above"
    return _RULE_STEPS.get(steps[0], "other: " + our_path)


def span_kind(error: dict[str, Any]) -> str:
    """How our source phrase is wrong: too long, too short, both, another actor, none given."""
    way = error["category"].removeprefix("extent: ").partition(",")[0]
    kinds = {"ours longer": "too long", "ours shorter": "too short", "both": "both"}
    return kinds.get(way) or ("another actor" if error["ours"] else "none given")


def _source_causes(errors: list[dict[str, Any]]) -> dict[str, int]:
    """The source errors of sentences given an event, by the rule that picked our phrase and
    how the phrase is wrong (``source_rule``, ``span_kind``)."""
    found = Counter(
        f"{source_rule(e.get('our_path', ''))}: {span_kind(e)}"
        for e in errors
        if e["role"] == "S" and e["category"] != "no event"
    )
    return dict(found.most_common())


def conflibert_errors(item: dict[str, Any], doc: Any, events: list[dict[str, Any]]) -> list[dict]:
    errors = []
    tokens = {t.idx: t for t in doc}
    for role, field in ROLES.items():
        for gold in gold_phrases(item["tokens"], role):
            if not events:
                errors.append(_error(item, role, gold, None, "no event"))
                continue
            pairs = [(span, e) for e in events for span in e[field]] or [(None, events[0])]
            best, event = max(pairs, key=lambda pair: _shared(pair[0], gold))
            trigger = tokens[event["trigger_start"]]
            kind = overlap_kind(gold, tuple(best), doc) if best else ""
            if _same_words(doc, gold, best):
                continue
            gold_head = head_of(doc, *gold)
            our_head = head_of(doc, *best) if best else None
            name = category(role, gold_head, our_head, trigger, kind) if gold_head else "other"
            paths = {
                "gold_path": path(trigger, gold_head) if gold_head else "",
                "our_path": path(trigger, our_head) if our_head else "",
                "trigger": trigger.text,
            }
            errors.append(_error(item, role, gold, best, name) | paths)
    return errors


def _shared(span: list[int] | None, gold: tuple[int, int]) -> int:
    return min(span[1], gold[1]) - max(span[0], gold[0]) if span else -10**9


def _same_words(doc: Any, gold: tuple[int, int], best: list[int] | None) -> bool:
    if not best:
        return False
    words = doc.char_span(*gold, alignment_mode="expand")
    mine = doc.char_span(*best, alignment_mode="expand")
    return words is not None and mine is not None and {t.i for t in words} == {t.i for t in mine}


def _error(
    item: dict[str, Any], role: str, gold: tuple[int, int], ours: list[int] | None, name: str
) -> dict[str, Any]:
    text = item["text"]
    return {
        "role": role,
        "category": name,
        "gold": text[gold[0] : gold[1]],
        "ours": text[ours[0] : ours[1]] if ours else None,
        "text": text,
    }


def gsr_errors(record: dict[str, Any], events: list[dict[str, Any]], codes: dict) -> list[dict]:
    from newsdesk.events import plover_of

    golds = gold_sources(record, plover_of)
    if not golds:
        return []
    names = [(e["plover"], name, actor_code(name, codes)) for e in events for name in e["actors"]]
    if any((p, c) in {(plover, code) for plover, _, code in names} for p, c in golds):
        return []
    typed = {plover for plover, _, _ in names} & {plover for plover, _ in golds}
    name = "actor" if typed else "type (no event of the gold type)"
    text = record["text"]
    return [
        {"role": "S", "category": name, "id": record["id"], "gold": golds, "ours": names}
        | {"text": text}
    ]


def spans_report(items: list[dict[str, Any]], coded: list[list[dict]]) -> dict[str, Any]:
    return {
        f"{role}_span": span_f1(items, [[s for e in events for s in e[field]] for events in coded],
                                role=role)
        for role, field in ROLES.items()
    }


def source_country(items: list[dict[str, Any]], coded: list[list[dict]], codes: dict) -> dict:
    """The validation's source-right measure read on ConfliBERT's source phrases: of the
    sentences whose gold source phrases have a country code (``actor_code`` of the phrase,
    the Phoenix dictionaries), the share where one of our events has an actor name with one
    of those codes, whatever its type; and how the others miss (no event, no name with a
    code, another code)."""
    counts = Counter()
    for item, events in zip(items, coded):
        text, phrases = item["text"], gold_phrases(item["tokens"], "S")
        gold = {c for start, end in phrases if (c := actor_code(text[start:end], codes))}
        if not gold:
            continue
        ours = {actor_code(name, codes) for event in events for name in event["actors"]} - {None}
        kind = "right" if ours & gold else "another code" if ours else "no name with a code"
        counts["scored"] += 1
        counts["no event" if not events else kind] += 1
    rate = round(counts["right"] / counts["scored"], 3) if counts["scored"] else 0.0
    return {"S_country": {"share right": rate, **dict(counts)}}


def _constructions(errors: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    found = {role: Counter(construction(e) for e in errors if e["role"] == role) for role in ROLES}
    return {f"{role}_constructions": dict(counts.most_common()) for role, counts in found.items()}


def main() -> None:
    from newsdesk.events import extract_events
    from newsdesk.nlp import load_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="conflibert-train,conflibert,gsr")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", type=Path, help="write every error here (JSON lines)")
    parser.add_argument("--spans", action="store_true", help="also write our spans per sentence")
    args = parser.parse_args()
    nlp, codes = load_pipeline(), load_actor_codes()
    summary, listed = {}, []
    for name, items in dev_sets(args.sets.split(",")).items():
        items = items[: args.limit]
        errors, coded = [], []
        for item, doc in zip(items, nlp.pipe([i["text"] for i in items], batch_size=32)):
            events = extract_events(doc)
            coded.append(events)
            if name == "gsr":
                errors += gsr_errors(item, events, codes)
            else:
                errors += conflibert_errors(item, doc, events)
        summary[name] = {
            "sentences": len(items),
            "errors": dict(Counter(f"{e['role']} {e.get('category', '')}" for e in errors)),
        } | (spans_report(items, coded) | _constructions(errors) if name != "gsr" else {})
        summary[name] |= source_country(items, coded, codes) if name != "gsr" else {}
        summary[name] |= {"S_causes": _source_causes(errors)} if name != "gsr" else {}
        listed += [e | {"set": name} for e in errors]
        listed += [
            {"set": name, "role": "spans", "text": item["text"], "tokens": item["tokens"]}
            | {role: [s for e in events for s in e[field]] for role, field in ROLES.items()}
            for item, events in zip(items, coded)
        ] if args.spans and name != "gsr" else []  # the validation has no gold spans
    if args.errors:
        lines = (json.dumps(e, ensure_ascii=False) for e in listed)
        args.errors.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
