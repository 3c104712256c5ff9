"""Build src/newsdesk/data/cameo_verbs.json from the PETRARCH-2 CAMEO verb dictionary.

Usage: python scripts/build_cameo_verbs.py [PATH/TO/CAMEO.2.0.txt]
(default: ../shared/data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt)

The derived file keeps, for every verb block, its member verbs with their inflected forms,
the block's default CAMEO code and the simple patterns "verb + object noun" and
"verb + (preposition noun)" with their codes; synonym sets are expanded. A pattern whose
object is a phrase ("{JOINT &MILITARY OPERATION}") keeps its head noun and, as a fourth
field, the words before it: one list of allowed words per word (a synonym set gives all its
members), so the coder can tell "launched a joint military operation" (0312) from "launched
an operation" (190). As a fifth field, the prepositional phrases the pattern wants after its
object, each a preposition and the words its object's head may be ("STATE (OF EMERGENCY)":
``[["of", ["emergency"]]]``; a bare preposition or an actor ``+``/``$``/``^`` as its object:
any object, "&MEDIATION BETWEEN" ``[["between", []]]``). A noun whose words ``_`` joins
("AIR_STRIKE": the words side by side) is kept as its words with a space ("air strike"), which
the coder reads as an object's modifier and head. Patterns that need words before the verb,
words after the object that are no such phrase ("OFF DEBT"), or a noun that ``_`` joins to a
preposition or conjunction ("IDEA_OF", "TO_WITHDRAW", "TANKS_AND") are dropped.
Source: github.com/openeventdata/petrarch2 (MIT, Copyright 2015 Open Event Data Alliance),
see data/cameo_verbs.LICENSE.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared/data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt"
TARGET = ROOT / "src/newsdesk/data/cameo_verbs.json"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+(.*?)\[([^\]]*)\]")
_PREPOSITIONS = {
    "about", "against", "at", "before", "behind", "between", "by", "for", "from", "in", "into",
    "of", "on", "over", "to", "toward", "towards", "under", "with", "without",
}
_CONJUNCTIONS = {"and", "or", "but"}
_ACTORS = {"+", "$", "^"}  # the target, the source, a skipped noun phrase


def _words(text: str) -> str:
    return text.replace("_", " ").replace("+", "").strip().lower()


def _code(raw: str) -> str | None:
    code = raw.split(":")[0].strip()
    return code if code and code != "---" else None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        line = line.split("#")[0].strip()
        if line.startswith("&"):
            current = line[1:].rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current:
            sets[current].append(_words(line))
        elif not line:
            current = None
    return sets


def _objects(spec: str, synsets: dict[str, list[str]]) -> list[tuple[str | None, str | None, list]]:
    """(preposition, head noun, modifiers) for the part of a pattern after the verb; the noun
    is None for a pattern that names only a preposition ("CALL (ON)", "LOBBY (FOR)"); the
    modifiers are the words of the object's phrase before its head, each as the list of words
    that may stand there."""
    spec = spec.strip()
    prep = None
    group = re.match(r"^\((\S+)\s+(.*?)\)", spec)
    if group:
        prep, spec = group.group(1).lower(), group.group(2)
    rest = re.sub(r"^(\{[^}]*\}|\S+)", "", spec).strip()
    after = [] if re.fullmatch(r"\((?:TO|IN|INTO|ON)\)", rest) else _phrases_after(rest, synsets)
    if after is None:
        return []  # words after the object that are no prepositional phrase are not read
    if re.fullmatch(r"\(([A-Z]+)\)", spec):
        return [(spec.strip("()").lower(), None, [], [])]  # "call (ON)": a preposition, any object
    phrase = re.match(r"^\{([^}]*)\}", spec)
    words = phrase.group(1).split() if phrase else spec.split()[:1]
    if not words or words[-1].startswith("("):
        return []
    head, modifiers = words[-1], [_alternatives(word, synsets) for word in words[:-1]]
    if not head.startswith("&") and _joins_function_word(head):
        return []
    if head.startswith("&"):
        nouns = synsets.get(head[1:].rstrip("_"), [])
        return [(prep, noun.split()[-1], modifiers, after) for noun in nouns]
    return [(prep, _words(head), modifiers, after)]


def _joins_function_word(word: str) -> bool:
    """True for a pattern word whose ``_`` joins a preposition or conjunction to a noun
    ("IDEA_OF", "TO_WITHDRAW", "TANKS_AND"): ``_`` joins the words of one noun phrase, which
    side by side in the text are a modifier and its head ("AIR_STRIKE"); these leave the
    phrase unfinished, so no object the parse gives can be them, and they are left out."""
    parts = word.lower().split("_")
    return len(parts) > 1 and any(part in _PREPOSITIONS | _CONJUNCTIONS for part in parts)


def _phrases_after(rest: str, synsets: dict[str, list[str]]) -> list[list] | None:
    """The prepositional phrases a pattern wants after its object, each as ``[preposition,
    the words its object's head may be]`` (an empty list: any object, as for an actor ``+``,
    ``$`` or ``^`` or a bare preposition): "STATE (OF EMERGENCY)" ``[["of", ["emergency"]]]``,
    "&MEDIATION BETWEEN" ``[["between", []]]``. None when the rest is not such phrases
    ("OFF DEBT", "TRIAL UNFAIR")."""
    phrases: list[list] = []
    for group in re.findall(r"\(([^)]*)\)|(\S+)", rest):
        words = (group[0] or group[1]).replace("{", "").replace("}", "").split()
        if words and words[0] in _ACTORS and group[1] and phrases:
            continue  # "ATTACK ON +": the actor is the preposition's object
        if not words or words[0].lower() not in _PREPOSITIONS or "/" in group[0]:
            return None  # PETRARCH skips alternatives written "A/B" too
        heads = [w for w in words[1:] if w not in _ACTORS]
        phrases.append([words[0].lower(), _alternatives(heads[-1], synsets) if heads else []])
    return phrases


def _alternatives(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """The words that may stand for one word of a pattern: a synonym set's members (their last
    word), else the word itself."""
    if word.startswith("&"):
        return sorted({member.split()[-1] for member in synsets.get(word[1:].rstrip("_"), [])})
    return [_words(word)]


def read_blocks(lines: list[str], synsets: dict[str, list[str]]) -> tuple[dict[str, dict], list[list]]:
    """``({verb: {code, forms, block}}, [patterns of each block])``."""
    verbs: dict[str, dict] = {}
    blocks: list[list] = []
    block_code = None
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        header = _HEADER.match(line)
        if header:
            block_code = _code(header.group(2))
            blocks.append([])
            continue
        if not blocks or not line.strip() or line.startswith(("&", "+", "~")):
            continue
        pattern = _PATTERN.match(line)
        if pattern:
            _add_pattern(blocks[-1], pattern.group(1), pattern.group(2), synsets)
            continue
        _add_member(verbs, line, block_code, len(blocks) - 1)
    return verbs, blocks


def _add_pattern(patterns: list, body: str, code: str, synsets: dict[str, list[str]]) -> None:
    before, star, after = body.partition("*")
    if not star or before.strip():
        return
    for prep, noun, modifiers, phrases in _objects(after, synsets):
        patterns.append([prep, noun, _code(code), modifiers, phrases])


def _add_member(verbs: dict[str, dict], line: str, block_code: str | None, block: int) -> None:
    own_code = re.search(r"\[([^\]]*)\]", line)
    line = re.sub(r"\[[^\]]*\]", "", line)
    lemma_part, _, forms_part = line.partition("{")
    lemma = _words(lemma_part)
    if not lemma:
        return
    forms = [_words(f) for f in forms_part.rstrip("} ").split()] if forms_part else []
    code = _code(own_code.group(1)) if own_code else block_code
    verbs[lemma] = {"code": code, "forms": forms, "block": block}


def main(source: Path) -> None:
    lines = source.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    verbs, blocks = read_blocks(lines, synsets)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps({"source": "petrarch2 CAMEO.2.0.txt (MIT)", "verbs": verbs,
                                 "patterns": blocks},
                                 sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"{len(verbs)} verbs written to {TARGET}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
