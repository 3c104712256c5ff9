"""Build src/newsdesk/data/cameo_verbs.json from the PETRARCH-2 CAMEO verb dictionary.

Usage: python scripts/build_cameo_verbs.py [PATH/TO/CAMEO.2.0.txt]
(default: ../shared/data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt)

The derived file keeps, for every verb block, its member verbs with their inflected forms,
the block's default CAMEO code and the simple patterns "verb + object noun" and
"verb + (preposition noun)" with their codes; synonym sets are expanded, a member of
several words kept as its phrase, not its last word (``member_noun``: "cease fire" of
&CEASEFIRE is the noun of two words, not *fire*, which "set fire" is). A pattern whose
object is a phrase ("{JOINT &MILITARY OPERATION}") keeps its head noun and, as a fourth
field, the words before it: one list of allowed words per word (a synonym set gives all its
members), so the coder can tell "launched a joint military operation" (0312) from "launched
an operation" (190). As a fifth field, the prepositional phrases the pattern wants after its
object, each a preposition and the words its object's head may be ("STATE (OF EMERGENCY)":
``[["of", ["emergency"]]]``; a bare preposition or an actor ``+``/``$``/``^`` as its object:
any object, "&MEDIATION BETWEEN" ``[["between", []]]``). A noun whose words ``_`` joins
("AIR_STRIKE": the words side by side) is kept as its words with a space ("air strike"), which
the coder reads as an object's modifier and head. A particle that completes the verb, before
or after its object or written as a phrase of its own ("WROTE * OFF DEBT", "PULL * EMBASSY
OUT", "PULL * (OUT) (OF COALITION)"), is the sixth field, a word the verb must carry ("wrote
off the debt": 071; "wrote the debt" is not that pattern). The phrases after a leading
prepositional phrase are wanted after it ("ARRIVE * (IN ^) (FOR CONSULTATION)": 046 only for
consultations), and an actor ``+``, ``$`` or ``^`` named after the object is any actor
("TAKE * CONTROL +"). A code of two parts ``[active:passive]`` is read as PETRARCH-2 reads
it: the first part, the act the verb's subject does ("[042:043]" 042, a visit made, not
hosted); a code with only the second part ("APPEAR * (BEFORE COURT) [:173]", "DIE * (IN
BATTLES) [:190]") names an act done *to* the subject, which the coder would give the subject
as its doer, so such a pattern is kept with no code: in that frame the verb codes nothing
(but aid received, below).
Patterns that need words before the verb, words after the object that are no such phrase,
particle or actor, two particles, or a noun that ``_`` joins to a preposition or conjunction
("IDEA_OF", "TO_WITHDRAW", "TANKS_AND") are dropped: the dependency parse gives those words
no place the coder could check. Among the words after the object are adjectives that say
what the object is ("DECLARE * BORDER CLOSED", "CONDEMN * TRIAL UNFAIR"), TABARI stems ("FOR
VIOLAT HUMANITARIAN LAW") and TABARI's phrases written without braces ("HOLD * JOINT
EXERCISES"), which PETRARCH-2 reads as two nouns and which the builder cannot tell from an
object and its adjective. A preposition written bare, as TABARI wrote them ("DIE * IN
&FIGHT", "WITHDRAW * FROM +", "HEAD * TO"), is read as PETRARCH-2 reads a word outside
brackets, a noun, which no object is: PETRARCH-2 never matches these leftovers, and read as
phrases they recode verbs its own patterns in brackets already code ("HEAD * (TO)" 042 would
become "HEAD * TO" 030, agree). A line that is only a comment does not end a synonym set
(``&CURRENCY`` has one under its name, which left the set empty). A pattern is written once
per block, where its first line stood: the dictionary writes 589 patterns (121 groups of
lines) twice or more in one block with different codes, and the line of ``DECIDING_LINES``
gives the code the CAMEO codebook names for the act, else the first line's, the one the
coder read before (``benchmarks/cameo_duplicates.py`` lists them). A block that writes a
passive-only code of material aid (``[:070]`` to ``[:073]``) on its verb's object ("RECEIVE *
LOAN [:071]", "RECEIVE * TANKS [:072]") is a block of receiving: what its verbs' subject gets
is aid another gave it, so an aid code the block gives is the giver's act, done to the subject
(the coder reads the giver from "from": ``events/received.py``); the derived file lists these
blocks as ``receiving`` and keeps such a code's passive part, the giver's act, where a
"from" phrase names the giver (``given_pattern``).
A block's members that ``+`` opens are its verbs of two words ("+CALL_OFF [160]" in the block of
cancel, "+STEP_UP" in that of boost), kept as their words ("call off"), which the coder looks
up where the second word is the verb's particle. Each pattern keeps, as a seventh field, the
members of a sense of their own it was written for (``written_for``: its comment names them,
and each carries a code apart from the block's, as "DISMISS [110]" in the block of despatch
does), so that a verb of two words of the block is not read by them ("* REPORT [016]" is a
report dismissed, not one put out).
Source: github.com/openeventdata/petrarch2 (MIT, Copyright 2015 Open Event Data Alliance),
see data/cameo_verbs.LICENSE.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared/data/events/petrarch2-cameo-verbs/CAMEO.2.0.txt"
TARGET = ROOT / "src/newsdesk/data/cameo_verbs.json"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+(.*?)\[([^\]]*)\]")
_PREPOSITIONS = {
    "about", "across", "after", "against", "along", "as", "at", "before", "behind", "between",
    "by", "for", "from", "in", "into", "of", "on", "over", "through", "to", "toward", "towards",
    "under", "until", "with", "without",
}
#: Words that complete a verb as its particle ("set off", "step up", "pull out", "cut short"),
#: never a preposition with an object, in the dictionary's patterns.
_PARTICLES = {"up", "down", "out", "off", "back", "forward", "away", "aside", "together", "short"}
_CONJUNCTIONS = {"and", "or", "but"}
_ACTORS = {"+", "$", "^"}  # the target, the source, a skipped noun phrase
#: A passive-only code of material aid (CAMEO 070-073: economic, military, humanitarian): the
#: act of whoever gave the thing the verb's subject gets.
_AID_RECEIVED = re.compile(r"^\s*:\s*07[0-3]")
#: The line that decides a pattern the dictionary writes more than once in one block with
#: different codes: (block, the pattern as written, its code). The CAMEO codebook's category
#: for the act the block's verbs do to the object decides (docs/figures-events.md, "Round
#: 42", rules 1-4); a pattern no line here decides keeps its first line's code (rule 5).
DECIDING_LINES = {
    ("ARRANGE", "* {MOCK ATTACK}", "150"),  # 150 Demonstrate military power: an exercise
    ("ARRANGE", "* STRIKE", "143"),  # 143 Conduct strike or boycott
    ("ASK", "* SUPPORT", "022"),  # 022 Appeal for diplomatic cooperation
    ("CANCEL", "* TALKS", "164"),  # 164 Halt negotiations
    ("IGNORE", "* ORDER", "128"),  # 128 Defy norms, law
    ("LIFT", "* SANCTION", "085"),  # 085 Ease economic sanctions, done, not 0351 (intent)
    ("OBTAIN", "* ENVOY", "043"),  # 043 Host a visit: an envoy received
    ("OBTAIN", "* BACKING", None),  # backing gained or won is the backer's act ([:051])
    ("REFUSE", "* REQUEST", "120"),  # a request of no named kind: not 123 (political reform)
    ("REFUSE", "* CONTACT", "125"),  # 125 Reject proposal to meet, discuss, or negotiate
    ("REFUSE", "* &TREATY", "127"),  # 127 Reject plan, agreement to settle dispute
    ("REFUSE", "* &SOLUTION", "127"),
    ("SEND", "* &WEAPON", "072"),  # 072 Provide military aid, not 062 or 166
    ("SIGN", "* {TRADE &TREATY}", "061"),  # signed: done, not 0311 (intent)
    ("START", "* &INVESTIGATION", "090"),  # an inquiry of no named kind: not 091 (crime)
    ("START", "* TRIP", "042"),  # a trip begun is a visit made, not 036 (intent)
    ("START", "* &NEGOTIATION", "046"),  # 046 Engage in negotiation, not 036 or 040
    ("START", "* NEGOTIATION", "046"),
    ("START", "* DISCUSSION", "046"),
    ("START", "* BORDER", "080"),  # 080 Yield, not 050 (diplomatic cooperation)
    ("EXPLAIN_VERBAL", "* OUTRAGE", "111"),  # 111 Criticize or denounce, not 012
    ("EXPLAIN_VERBAL", "* WILLINGNESS", "030"),  # 030 Express intent to cooperate, not 013
    ("EXPLAIN_VERBAL", "* SUPPORT", "051"),  # 051 Praise or endorse, not 032 (intent)
    ("EXPLAIN_VERBAL", "* AID", "033"),  # aid of no named kind, not 0331 (economic)
    ("ASSEMBLE", "* (IN CONDEMNING)", "111"),  # the act joined is a condemnation, not 050
    ("CALL", "* (FOR &SOLUTION)", "027"),  # 027 Appeal to settle dispute, not 0256
    ("SUPPORT", "* PLAN", "051"),  # 051 Praise or endorse, not 050
    ("BOOST", "* {&MILITARY PRESENCE}", "154"),  # 154 Mobilize armed forces, not 151
    ("FACILITATE", "* RELATIONS", "050"),  # relations improved: done, not 030 (intent)
    ("GRANT", "* &WEAPON", "072"),  # 072 Provide military aid, not 031 or 0332 (intents)
    ("GRANT", "* &AIRCRAFT", "072"),
    ("ALLOW", "* &TREATY", "057"),  # 057 Sign formal agreement, not 031 (intent)
}


def _words(text: str) -> str:
    return text.replace("_", " ").replace("+", "").strip().lower()


def _code(raw: str) -> str | None:
    """The code of ``[raw]``: for ``[active:passive]`` the active part, which PETRARCH-2 codes
    when there is one; None for the null code ``---`` and for a code with only a passive part
    (``[:190]``: the act is done to the subject, not by it)."""
    code = raw.split(":")[0].strip()
    return code if code and code != "---" else None


#: Members a synonym set lacks, added to it: the set's own members name the thing, and the
#: parse reads the added word as the head noun of the same thing. &MILITARY writes "armed
#: forces", "ground forces" and "special forces", whose head the parse takes from "its forces",
#: "Russian forces" or "government forces" too, so that "withdrew its forces" was read by no
#: pattern of "withdrew its troops" (0874, REINFORCE * &MILITARY 154, INCREASE * &MILITARY 154).
ADDED_MEMBERS = {"MILITARY": ["forces"]}


#: Pattern lines a block lacks, added at its end as if written there, each (the block's name,
#: the line): the act the dictionary writes for a member of another block that does the same
#: to the same object. Forces strengthened are forces increased: "INCREASE * &MILITARY [154]"
#: (block of boost) and "REINFORCE * &MILITARY [154]" (block of impel), CAMEO 154 "Mobilize or
#: increase armed forces"; the block of strengthen writes no pattern on forces. A member line
#: adds a verb to its block: the block of release writes "+SET_FREE", and *let* does the same
#: with "free" ("let free six workers", "let the hostages free"), which the dictionary lacks.
#: The block of grant (give, provide, supply, donate: its own code 060) lacks "hand over",
#: giving in two words ("handed over 700 kg of medicine to the Red Crescent": its patterns'
#: 073, was no dictionary code and the classifier's SANCTION).
ADDED_LINES = (
    ("STRENGTHEN", "- * &MILITARY  [154]  # STRENGTHEN"),
    ("RELEASE", "+LET_FREE {+LETS_FREE +LETTING_FREE }"),
    ("GRANT", "+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER }"),
)


#: Members given a block of their own, with a code the dictionary does not write, each (the
#: block's name, the member, the code): *reinforce* sits in the block of impel (force, compel,
#: pressure: its own code 170, coerce), so that every thing reinforced was coerced ("reinforced
#: its commitment to Syrian refugees", "reinforce the idea that ..."); its own patterns code
#: what the codebook's 15 and 07 name (forces, a presence, weapons, peacekeepers: 154, 074),
#: and anything else reinforced codes nothing, as for *strengthen*. *pressure* in the same block
#: presses its object by words to act, a demand (CAMEO 100 "Demand, not specified below"), not
#: the acts of coercion the codebook's 17 names ("pressured the workers to call off the strike"
#: was 170). The block's other patterns were written for its sense of force ("* DECISION
#: [100] # FORCE", "* &CEASEFIRE [1056] # ENFORCE", "* &MILITARY [154] # REINFORCE"), so a
#: member of a sense of its own reads only the patterns its comment names it in ("the court
#: reinforced the decision": nothing, was 100; "pressured the army to step aside": 100, was
#: 154), which its block, added after the dictionary's last, holds; the block it leaves keeps
#: them for its other members. *serve* and *benefit* (the block of aid, whose own code is 060,
#: material cooperation) take no code of their own either: "served a single term as
#: president", "serves as an adviser", "Republicans will benefit" cooperated with no one;
#: *benefit* keeps the pattern written for it ("* (FROM EXPERIENCE) [036]").
MEMBER_CODES = (
    ("IMPEL", "REINFORCE", "---"),
    ("IMPEL", "PRESSURE", "100"),
    ("AID", "SERVE", "---"),
    ("AID", "BENEFIT", "---"),
)
#: Blocks whose own code the builder drops, each (the block's name, the code it writes
#: instead): the block of boost (increase, expand, enhance, deepen, escalate, intensify, step
#: up, exaggerate ...) codes 060, material cooperation, for whatever is increased ("the debt
#: limit would be increased", "expand production", "the situation escalated"), where its
#: patterns name what the codebook codes (relations 060, aid 073, spending 071, pressure 100,
#: criticism 111, an investigation 090, forces 154, a crackdown 170 ...): with no code of its
#: own it codes only those, as *strengthen* does.
BLOCK_CODES = (("BOOST", "---"),)


def prepared_lines(raw: list[str]) -> list[str]:
    """The dictionary's lines as the builder reads them: ``ADDED_LINES`` added,
    ``MEMBER_CODES`` and ``BLOCK_CODES`` applied."""
    return with_block_codes(with_member_codes(with_added_lines(raw)))


def with_block_codes(lines: list[str]) -> list[str]:
    """The dictionary's lines with the header of each block of ``BLOCK_CODES`` writing its
    code instead of the dictionary's."""
    lines = list(lines)
    for name, code in BLOCK_CODES:
        start, _ = _block_span(lines, name)
        lines[start] = f"---  {name}   [{code}]  ---"
    return lines


def with_member_codes(lines: list[str]) -> list[str]:
    """The dictionary's lines with each member of ``MEMBER_CODES`` moved out of its block
    into a block of its own after the last, headed by its code, with its forms and the
    block's pattern lines written for it (``_member_row``, ``_written_for_member``)."""
    lines = list(lines)
    for name, member, code in MEMBER_CODES:
        start, end = _block_span(lines, name)
        row = _member_row(lines, start, end, member)
        own = [line for line in lines[start:end] if _written_for_member(line, member)]
        lines += ["", f"---  {member}   [{code}]  ---", lines.pop(row).split("[")[0].rstrip(), *own]
    return lines


def _block_span(lines: list[str], name: str) -> tuple[int, int]:
    """The first and past-the-last line of the verb block whose header names ``name``."""
    headers = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    start = next((i for i in headers if _HEADER.match(lines[i]).group(1) == name), None)
    if start is None:
        raise ValueError(f"no verb block {name} in the dictionary")
    return start, next((i for i in headers if i > start), len(lines))


def _member_row(lines: list[str], start: int, end: int, member: str) -> int:
    """The line of a block that writes ``member``, with or without its forms in braces and a
    code ("IMPEL {IMPELS IMPELLED IMPELLING }", "DISMISS [110]")."""
    for i in range(start + 1, end):
        line = lines[i].split("#")[0]
        if not _PATTERN.match(line) and _words(re.split(r"[{\[]", line)[0]) == _words(member):
            return i
    raise ValueError(f"no member {member} in the verb block at line {start + 1}")


def _written_for_member(line: str, member: str) -> bool:
    """True for a pattern line whose comment names ``member`` ("- * &MILITARY [154] #
    REINFORCE")."""
    body, _, comment = line.partition("#")
    named = {_words(word) for word in re.split(r"[\s,]+", comment)}
    return bool(_PATTERN.match(body)) and _words(member) in named


def with_added_lines(lines: list[str]) -> list[str]:
    """The dictionary's lines with those of ``ADDED_LINES`` after the last line of their block
    (before the blank lines that end it)."""
    lines = list(lines)
    for name, added in ADDED_LINES:
        _, end = _block_span(lines, name)
        while not lines[end - 1].strip():
            end -= 1
        lines.insert(end, added)
    return lines


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """The synonym sets: a set runs from its ``&NAME`` line to the next blank line; a line
    that is only a comment does not end it (``&CURRENCY`` has one under its name). The
    members of ``ADDED_MEMBERS`` are added to their sets."""
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.strip().startswith("#"):
            continue
        line = line.split("#")[0].strip()
        if line.startswith("&"):
            current = line[1:].rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current:
            sets[current].append(_words(line))
        elif not line:
            current = None
    for name, added in ADDED_MEMBERS.items():
        sets[name] += [member for member in added if member not in sets[name]]
    return sets


def _objects(spec: str, synsets: dict[str, list[str]]) -> list[tuple]:
    """(preposition, head noun, modifiers, phrases after, particle) for the part of a pattern
    after the verb; the noun is None for a pattern that names only a preposition ("CALL
    (ON)", "LOBBY (FOR)") or a preposition and an actor ("(FROM +)"); the modifiers are the
    words of the object's phrase before its head, each as the list of words that may stand
    there."""
    spec, particle = _particle(re.sub(r"\(\s*(.*?)\s*\)", r"(\1)", spec.strip()))
    if particle == "":
        return []
    found = _object_parts(spec, synsets)
    return [(*found_one, particle) for found_one in found]


def _particle(spec: str) -> tuple[str, str | None]:
    """The pattern without its particle, and the particle: None when it has none or is
    nothing but one (read as before, a word no object is), "" when it has two (not read)."""
    items = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", spec)
    particles = [i for i, item in enumerate(items) if item.strip("()").lower() in _PARTICLES]
    if not particles or len(items) == 1:
        return spec, None
    if len(particles) > 1:
        return spec, ""
    word = items.pop(particles[0]).strip("()").lower()
    return " ".join(items), word


def _object_parts(spec: str, synsets: dict[str, list[str]]) -> list[tuple]:
    """(preposition, head noun, modifiers, phrases after) for a pattern's object with no
    particle (``_objects``)."""
    prep, trailing = None, ""
    group = re.match(r"^\((\S+)\s+([^)]*)\)(.*)$", spec)
    if group:  # "(TO PRESS) (FOR OUSTER)": the phrases after the first are wanted after it
        prep, spec, trailing = group.group(1).lower(), group.group(2), group.group(3)
    rest = (re.sub(r"^(\{[^}]*\}|\S+)", "", spec) + " " + trailing).strip()
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
    if head in _ACTORS:
        return [(prep, None, [], after)] if prep and not modifiers else []
    if not head.startswith("&") and _joins_function_word(head):
        return []
    if head.startswith("&"):
        members = [member_noun(m) for m in synsets.get(head[1:].rstrip("_"), [])]
        return [(prep, noun, modifiers + before, after + of) for noun, before, of in members if noun]
    return [(prep, _words(head), modifiers, after)]


def member_noun(member: str) -> tuple[str | None, list[list[str]], list[list]]:
    """(noun, words before it, phrases after it) for a synonym set's member as a pattern's
    object: a word is itself; two words side by side are the noun of two words the coder
    reads as a modifier and its head ("cease fire": not *fire*, which "set fire" is); of more,
    the last two are that noun and each word before them one the object's modifiers must
    give ("rocket propelled grenade": "propelled grenade" and *rocket*); a member with a
    preposition is the noun before it with its phrase after ("difference of opinion":
    *difference* with "of opinion"). A member that a conjunction joins ("bow and arrow") is
    two things, no noun (None), and so is an empty one or one whose preposition has no noun
    after it ("difference of")."""
    words = member.split()
    if not words or any(word in _CONJUNCTIONS for word in words):
        return None, [], []
    cut = next((i for i, word in enumerate(words) if word in _PREPOSITIONS), len(words))
    if cut == len(words):
        return " ".join(words[-2:]), [[word] for word in words[:-2]], []
    after = member_noun(" ".join(words[cut + 1 :]))[0] if cut else None
    if after is None:
        return None, [], []
    noun, before, _ = member_noun(" ".join(words[:cut]))
    return noun, before, [[words[cut], [after]]]


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
        if words and words[0] in _ACTORS and group[1]:
            continue  # "ATTACK ON +", "CONTROL +": an actor, named where it stands, is any
        if not words or words[0].lower() not in _PREPOSITIONS or "/" in group[0]:
            return None  # PETRARCH skips alternatives written "A/B" too
        heads = [w for w in words[1:] if w not in _ACTORS]
        phrases.append([words[0].lower(), _phrase_words(heads[-1], synsets) if heads else []])
    return phrases


def _phrase_words(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """The words the object of a wanted phrase may be: a synonym set's members as nouns
    (``member_noun``: "with tear gas" wants "tear gas", which the coder reads as the object
    and the modifier beside it), else the word itself."""
    if word.startswith("&"):
        members = synsets.get(word[1:].rstrip("_"), [])
        return sorted({noun for noun, _, _ in map(member_noun, members) if noun})
    return [_words(word)]


def _alternatives(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """The words that may stand for one word before a pattern's head: a synonym set's members
    (their last word, the one the parse hangs on the head: "a cease fire proposal" has *fire*
    modify *proposal*), else the word itself."""
    if word.startswith("&"):
        return sorted({member.split()[-1] for member in synsets.get(word[1:].rstrip("_"), [])})
    return [_words(word)]


def read_blocks(lines: list[str], synsets: dict[str, list[str]]) -> tuple[dict[str, dict], list[list]]:
    """``({verb: {code, forms, block}}, [patterns of each block])``."""
    verbs, blocks, _ = read_dictionary(lines, synsets)
    return verbs, blocks


def read_dictionary(
    lines: list[str], synsets: dict[str, list[str]]
) -> tuple[dict[str, dict], list[list], list[int]]:
    """``({verb: {code, forms, block}}, [patterns of each block], [blocks of receiving])``."""
    verbs: dict[str, dict] = {}
    receiving: list[int] = []
    blocks: list[list] = []
    deciding: list[list[bool]] = []
    members: dict[str, tuple[str, bool]] = {}
    for number, header, line in block_lines(lines):
        if line is None:
            blocks.append([])
            deciding.append([])
            members = {}
            continue
        pattern = _PATTERN.match(line)
        if not pattern:
            members |= _add_member(verbs, line, _code(header.group(2)), len(blocks) - 1)
            continue
        if aid_received(pattern.group(1), pattern.group(2)) and len(blocks) - 1 not in receiving:
            receiving.append(len(blocks) - 1)
        body, code = given_pattern(pattern.group(1), pattern.group(2))
        senses = written_for(lines[number - 1], members)
        added = _add_pattern(blocks[-1], body, code, synsets, senses=senses)
        deciding[-1] += [deciding_line(header.group(1), pattern.group(1), code)] * added
    kept = [written_once(block, decides) for block, decides in zip(blocks, deciding, strict=True)]
    return verbs, kept, receiving


def written_for(raw: str, members: dict[str, tuple[str, bool]]) -> list[str]:
    """The members of a sense of their own that a pattern line was written for: the block's
    members its comment names (by lemma or form: "# DISMISS", "# STEP_UP , STEPPED_UP") when
    every one of them carries a code of its own, apart from the block's ("DISMISS [110]" in
    the block of *despatch*, whose "* REPORT [016]" is a report dismissed, not one sent);
    none for a line whose comment names no member or one of the block's own sense."""
    comment = raw.partition("#")[2]
    named = {members[word] for word in map(_words, re.split(r"[\s,]+", comment)) if word in members}
    if not named or not all(apart for _, apart in named):
        return []
    return sorted(lemma for lemma, _ in named)


def given_pattern(body: str, code: str) -> tuple[str, str]:
    """A pattern line's body and code as kept: aid received (``aid_received``) is coded by its
    passive part, the giver's act, when a giver is named, which the coder reads as the
    source ("RECEIVE * LOAN [:071]" is "* LOAN (FROM)" 071: "received a loan from China";
    "earned 5 million euros" names no giver and is no aid); else the line as written."""
    if not aid_received(body, code):
        return body, code
    wanted = "" if "(FROM" in body.upper() else " (FROM)"
    return body.rstrip() + wanted, code.split(":", 1)[1]


def aid_received(body: str, code: str) -> bool:
    """True for a pattern on the verb's object ("* LOAN", not "* (TO)" or "&REFUGEE *") whose
    code is material aid with only a passive part ("[:071]"): the object is aid another gave
    the verb's subject."""
    before, star, after = body.partition("*")
    return bool(star) and not before.strip() and not after.strip().startswith("(") and bool(
        _AID_RECEIVED.match(code)
    )


def block_lines(lines: list[str]) -> Iterator[tuple[int, re.Match, str | None]]:
    """The lines of the verb blocks, each ``(number, header, line)``: its number from 1, the
    match of the header of the block it is in, and the line without its comment; a header
    comes with ``None`` for its line. Blank lines and a synonym set's lines are left out, and
    so is every line before the first header."""
    header = None
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#")[0].rstrip()
        if match := _HEADER.match(line):
            header = match
            yield number, header, None
        elif header is not None and line.strip() and not line.startswith(("&", "~")):
            yield number, header, line  # "+" opens a member of two words ("+CALL_OFF")


def deciding_line(name: str, body: str, code: str) -> bool:
    """True for a line of ``DECIDING_LINES``: its code is the one its pattern keeps."""
    return deciding_key(name, body, code) in DECIDING_LINES


def deciding_key(name: str, body: str, code: str) -> tuple[str, str, str | None]:
    """A pattern line as ``DECIDING_LINES`` writes it: its block's name (the header's verb),
    the pattern with each run of spaces one space, and its code as the builder reads it."""
    return name, " ".join(body.split()), _code(code)


def pattern_key(pattern: list) -> str:
    """A pattern without its code and the members it was written for, as text: two patterns of
    a block with the same key are one pattern written twice."""
    return json.dumps([pattern[0], pattern[1], *pattern[3:6]])


def written_once(patterns: list[list], deciding: list[bool]) -> list[list]:
    """A block's patterns with each written once, where its first line stood: with the code
    of the line that decides it (``DECIDING_LINES``), else of its first line, the one the
    coder read before (it breaks ties by the block's order)."""
    kept: dict[str, list] = {}
    decided: dict[str, str | None] = {}
    for pattern, decides in zip(patterns, deciding, strict=True):
        key = pattern_key(pattern)
        if decides and decided.get(key, pattern[2]) != pattern[2]:
            raise ValueError(f"two lines decide {key} with different codes")
        if decides:
            decided[key] = pattern[2]
        first = kept.setdefault(key, list(pattern))
        # written for a member's own sense only if every line writing it was
        first[6] = sorted(set(first[6]) | set(pattern[6])) if first[6] and pattern[6] else []
    for key, code in decided.items():
        kept[key][2] = code
    return list(kept.values())


def pattern_objects(body: str, synsets: dict[str, list[str]]) -> list[tuple]:
    """The objects a pattern line writes after its verb (``_objects``); none for a line with
    words before the verb, which the dependency parse gives no place."""
    before, star, after = body.partition("*")
    if not star or before.strip():
        return []
    return _objects(after, synsets)


def _add_pattern(
    patterns: list, body: str, code: str, synsets: dict[str, list[str]], *, senses: list[str]
) -> int:
    """Add the patterns a line writes, each with the members of a sense of their own it was
    written for (``written_for``); how many."""
    found = pattern_objects(body, synsets)
    for prep, noun, modifiers, phrases, particle in found:
        patterns.append([prep, noun, _code(code), modifiers, phrases, particle, senses])
    return len(found)


def _add_member(
    verbs: dict[str, dict], line: str, block_code: str | None, block: int
) -> dict[str, tuple[str, bool]]:
    """Add a block's member (a verb, or a verb of two words that ``+`` opens: "+CALL_OFF
    [160]", written "call off"); its lemma and forms, each -> (the lemma, whether it carries a
    code of its own apart from the block's)."""
    own_code = re.search(r"\[([^\]]*)\]", line)
    line = re.sub(r"\[[^\]]*\]", "", line)
    lemma_part, _, forms_part = line.partition("{")
    lemma = _words(lemma_part)
    if not lemma:
        return {}
    forms = [_words(f) for f in forms_part.rstrip("} ").split()] if forms_part else []
    forms = [f for f in forms if f.strip(",")]  # "{+WAS_DETERMINED , +BE_DETERMINED}"
    code = _code(own_code.group(1)) if own_code else block_code
    verbs[lemma] = {"code": code, "forms": forms, "block": block}
    apart = own_code is not None and code != block_code
    return dict.fromkeys((lemma, *forms), (lemma, apart))


def main(source: Path) -> None:
    raw = source.read_text(encoding="latin-1").splitlines()
    lines = prepared_lines(raw)
    synsets = read_synsets(lines)
    verbs, blocks, receiving = read_dictionary(lines, synsets)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps({"source": "petrarch2 CAMEO.2.0.txt (MIT)", "verbs": verbs,
                                 "patterns": blocks, "receiving": receiving},
                                 sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"{len(verbs)} verbs written to {TARGET}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
