"""Extra labelled sentences for the event classifier (used by scripts/train_events.py).

- Headlines: each synthetic story's ``title`` is a short sentence about the story's event with
  slots (``{country_1}``, ``{city}``); the slots are filled with country and capital names from
  the package gazetteer (GeoNames and the Phoenix/PETRARCH-2 actor dictionaries), drawn with a
  fixed seed, and the title is put in sentence case so it parses like newswire.
- Dictionary sentences: every pattern of the PETRARCH-2 CAMEO verb dictionary (MIT) whose code
  is a PLOVER type becomes "SOURCE VERB-ed the OBJECT (PREP the NOUN)" with real actor names
  (countries, their leaders, international organisations), labelled with the code's PLOVER
  type; a verb block's default code gives "SOURCE VERB-ed TARGET". This turns the lexicon
  into training signal for verbs the synthetic stories never use.
Hand-written because no library turns TABARI-style verb patterns into sentences; the pattern
reader is ``build_cameo_verbs.py``'s.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from build_cameo_verbs import _code, _words, read_synsets

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "src" / "newsdesk" / "data" / "gazetteer.jsonl"
PEOPLE = 300  # leaders drawn evenly from the gazetteer's people, next to every country and IGO
_PREPOSITIONS = {"against", "to", "with", "for", "on", "in", "over", "from", "of", "at", "into"}
_SLOT = re.compile(r"\{(\w+)\}")
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+(.*?)\[([^\]]*)\]\s*(?:#\s*(\S+))?")
_MEMBER = re.compile(r"^\+?([A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?")


def read_names(path: Path = GAZETTEER) -> dict[str, list[str]]:
    """Actor names by kind: ``country``, ``capital``, ``igo``, ``person`` (with a country)."""
    names: dict[str, list[str]] = {"country": [], "capital": [], "igo": [], "person": []}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            kind = record.get("kind")
            if kind in names and (kind != "person" or record.get("country")):
                names[kind].append(record["name"])
    return names


def headline_examples(
    stories: list[dict[str, str]], names: dict[str, list[str]], *, seed: int
) -> list[tuple[str, str]]:
    """(headline, story label) per story, slots filled with drawn names."""
    chooser = random.Random(seed)
    return [(fill_headline(story["title"], names, chooser), story["label"]) for story in stories]


def fill_headline(title: str, names: dict[str, list[str]], chooser: random.Random) -> str:
    """The title in sentence case with each slot replaced by a country or capital name."""
    filled: dict[str, str] = {}
    for slot in _SLOT.findall(title):
        if slot not in filled:
            pool = names["capital"] if slot == "city" else names["country"]
            filled[slot] = chooser.choice(pool)
    words = [
        word if i == 0 or word.isupper() or "{" in word else word[:1].lower() + word[1:]
        for i, word in enumerate(title.split())
    ]
    return _SLOT.sub(lambda m: filled[m.group(1)], " ".join(words))


def dictionary_examples(
    path: Path, names: dict[str, list[str]], *, plover_of, seed: int
) -> list[tuple[str, str]]:
    """(sentence, PLOVER type) for each verb pattern with a type, written with the verb it
    names and with another verb of its block drawn at random, and for each verb of a block
    whose default code has a type."""
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    chooser = random.Random(seed)
    people = names["person"][:: max(1, len(names["person"]) // PEOPLE)]
    actors = names["country"] + names["igo"] + people
    examples = []
    for pasts, code, post in _patterns(lines, synsets):
        plover = plover_of(code)
        if not plover:
            continue
        for past in pasts[:1] + chooser.sample(pasts[1:], min(1, len(pasts) - 1)):
            source, target = chooser.sample(actors, 2)
            tail = post.replace("+", target) if post else target
            examples.append((f"{source} {past} {tail}.", plover))
    return examples


def _patterns(lines: list[str], synsets: dict[str, list[str]]):
    """(past forms, code, words after the verb) per pattern: the verb the pattern names first,
    then the block's other verbs (a pattern holds for every verb of its block, as in
    PETRARCH-2); a block's default code gives ([past form], code, "") for each of its verbs."""
    pasts: dict[str, str] = {}
    block_code, members = None, None
    for raw in lines:
        line = raw.rstrip()
        if header := _HEADER.match(line):
            block_code, members = _code(header.group(2)), []
        elif line.startswith("&"):
            members = None  # a synonym set, not a verb block
        elif members is not None and (pattern := _PATTERN.match(line)):
            code, post = _code(pattern.group(2)), _after_verb(pattern.group(1), synsets)
            verb = _words(pattern.group(3) or "") if pattern.group(3) else ""
            verb = verb if verb in pasts else (members[0] if members else "")
            if code and post is not None and verb:
                others = [pasts[m] for m in members if m != verb]
                yield [pasts[verb], *others], code, post
        elif members is not None and (member := _MEMBER.match(line.split("#")[0].strip())):
            verb = _words(member.group(1))
            pasts[verb] = _past(verb, (member.group(2) or "").split())
            members.append(verb)
            if block_code:
                yield [pasts[verb]], block_code, ""


def _after_verb(spec: str, synsets: dict[str, list[str]]) -> str | None:
    """The words a pattern wants after its verb, as a phrase ("the troops to the border"), with
    ``+`` where the target goes; None for patterns with words before the verb or a source."""
    before, star, after = spec.partition("*")
    if not star or before.strip() or "$" in after:
        return None
    words = []
    for token in re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", after):
        if token.startswith("("):
            prep, _, noun = token.strip("()").partition(" ")
            noun = _noun(noun, synsets)
            words.append(f"{prep.lower()} the {noun}" if noun.strip("+ ") else f"{prep.lower()} +")
        elif token == "+" or token.lower() in _PREPOSITIONS:
            words.append(token.lower())  # "+": where the target goes
        else:
            words.append(f"the {_noun(token.strip('{}'), synsets)}")
    return " ".join(w for w in words if w.strip() != "the")


def _noun(text: str, synsets: dict[str, list[str]]) -> str:
    text = text.strip("{}")
    if text.startswith("&"):
        members = synsets.get(text[1:].rstrip("_"), [])
        return members[0] if members else ""
    return _words(text)


def _past(verb: str, forms: list[str]) -> str:
    """The past form: the dictionary's listed form that is neither -s nor -ing (SENT, FROZE),
    else the verb with -ed."""
    past = [f for f in forms if not f.upper().endswith(("S", "ING"))]
    if past:
        return _words(past[0])
    words = verb.split()
    head = words[0]
    if head.endswith("e"):
        head += "d"
    elif head.endswith("y") and head[-2:-1] not in set("aeiou"):
        head = head[:-1] + "ied"
    else:
        head += "ed"
    return " ".join([head, *words[1:]])
