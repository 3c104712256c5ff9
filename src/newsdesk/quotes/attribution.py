"""Speech cues in the dependency parse: which verb attributes a quote and who its subject is.

A direct quote is attributed by a speech verb in the text right after it, in the same
sentence (``"...," Jakobowski said``, ``"...," said Raffaello Pantucci``) or right before
it (``Ms. Yau added, "..."``, ``... told RFE/RL: "..."``). Reported speech is a speech verb
with a clausal complement (``Wang said China welcomed ...``) or ``according to X``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Lemmas of verbs that introduce speech or writing.
CUE_LEMMAS = {
    "say", "tell", "add", "note", "caution", "warn", "argue", "claim", "insist", "explain", "state",
    "write", "tweet", "ask", "answer", "reply", "respond", "continue", "declare", "stress", "emphasize",
    "emphasise", "acknowledge", "admit", "announce", "confirm", "deny", "suggest", "predict", "observe",
    "remark", "comment", "recall", "conclude", "complain", "allege", "testify", "contend", "maintain",
    "assert", "urge", "promise", "post", "report", "concede", "point", "counter", "vow", "agree",
    "charge", "estimate", "describe", "call", "joke", "read", "retort", "muse", "recount", "lament", "plead",
}
#: Cues that only count for direct quotes, where the quotation makes them speech.
_DIRECT_ONLY = {"describe", "call", "continue", "post", "agree", "point", "read"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_PERSON_PRONOUNS = {"he", "she", "they", "i", "we"}
_MAX_GAP = 8  # tokens between a cue and the quote it introduces


@dataclass(slots=True)
class Cue:
    """A speech verb and its speaker token (a name, a noun or a pronoun), if any."""

    verb: Any
    speaker: Any | None


def is_cue(token: Any, *, direct: bool) -> bool:
    if token.lemma_.lower() not in CUE_LEMMAS or token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.lemma_.lower() == "point" and not any(c.lower_ == "out" for c in token.children):
        return False
    if token.i > 0 and token.nbor(-1).text == "-":
        return False  # "so-called
    return direct or token.lemma_.lower() not in _DIRECT_ONLY


def subject_of(verb: Any) -> Any | None:
    """The verb's subject; for a relative clause (``who told``) the noun it modifies; for
    ``saying``/``adding`` the subject of the clause it hangs from."""
    for child in verb.children:
        if child.dep_ == "csubj":  # "officers responding to the shooting said"
            return next((c for c in child.children if c.dep_ in _SUBJECTS), child)
        if child.dep_ in _SUBJECTS:
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":  # "apologised for the statement saying"
        return subject_of(verb.head.head.head) if verb.head.head.head.pos_ == "VERB" else None
    if verb.dep_ == "xcomp":  # "prompting Flake to post": the object controls the subject
        controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None:
            return controller
    if verb.dep_ in {"advcl", "conj", "xcomp", "relcl"} and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return verb.head
        return subject_of(verb.head)
    return None


def inverted_subject(verb: Any, *, limit: int) -> Any | None:
    """``said Raffaello Pantucci``: the first name or noun right after the verb."""
    for token in verb.doc[verb.i + 1: min(len(verb.doc), verb.i + 4)]:
        if token.idx >= limit:
            break
        if token.pos_ in {"PROPN", "NOUN"} or token.lower_ in _PERSON_PRONOUNS:
            return token
    return None


def cue_after(doc: Any, start: int, limit: int) -> Cue | None:
    """The speech verb in ``[start, limit)`` that attributes the quote ending at ``start``."""
    tokens = [t for t in doc.char_span(start, limit, alignment_mode="expand") or [] if not t.is_space]
    for position, token in enumerate(tokens[:40]):
        if token.text in {".", "!", "?"} and position > 0:
            return None
        if is_cue(token, direct=True):
            speaker = _subject_between(token, start, limit) or subject_of(token)
            if speaker is None or not (start <= speaker.idx < limit):
                speaker = inverted_subject(token, limit=limit) or speaker
            return Cue(token, speaker)
    return None


def _subject_between(verb: Any, start: int, limit: int) -> Any | None:
    """A subject of ``verb`` in ``[start, limit)``, when the parser gave it two."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and start <= c.idx < limit), None)


def cue_before(doc: Any, begin: int, start: int) -> Cue | None:
    """The speech verb in ``[begin, start)`` that introduces the quote opening at ``start``."""
    span = doc.char_span(begin, start, alignment_mode="expand")
    tokens = [t for t in span or [] if not t.is_space and t.idx < start]
    for distance, token in enumerate(reversed(tokens)):
        if distance > _MAX_GAP:
            return None
        if is_cue(token, direct=True):
            return Cue(token, subject_of(token) or inverted_subject(token, limit=start))
    return None


@dataclass(slots=True)
class Reported:
    """An indirect quotation: content clause, its cue verb and subject."""

    start: int
    end: int
    cue: Any
    speaker: Any | None
    cue_text: str


def reported_speech(doc: Any) -> list[Reported]:
    found = []
    for token in doc:
        if is_cue(token, direct=False):
            found.extend(_complement(token))
        elif token.lower_ == "according" and token.dep_ == "prep":
            found.extend(_according_to(token))
    return found


def _complement(verb: Any) -> list[Reported]:
    if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        return _fronted(verb)
    if any(t.lower_ in {"whether", "if"} and t.dep_ == "mark" for t in clauses[0].children):
        return []
    first, last = clauses[0], clauses[-1]
    left = first.left_edge
    while left.i < last.right_edge.i and (left.dep_ == "mark" or left.is_punct or left.is_space):
        left = left.nbor()
    right = max((c.right_edge for c in _with_conjuncts(clauses)), key=lambda t: t.i)
    return [Reported(left.idx, right.idx + len(right), verb, subject_of(verb), _cue_text(verb))]


def _fronted(verb: Any) -> list[Reported]:
    """``Police retreated from the zone, KIRO-TV said``: the content comes first."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return []
    left, right = clause.left_edge, clause.right_edge
    while right.i > left.i and (right.is_punct or right.is_space):
        right = right.nbor(-1)
    while left.i < right.i and (left.is_punct or left.is_space):
        left = left.nbor()
    if left.i != _sentence_start(verb).i:
        return []  # "a campaign that they say aims to ...": not a fronted statement
    left = _after_label(left, right)
    return [Reported(left.idx, right.idx + len(right), verb, subject_of(verb), _cue_text(verb))]


def _sentence_start(token: Any) -> Any:
    first = token.sent[0]
    while first.i < token.i and (first.is_punct or first.is_space):
        first = first.nbor()
    return first


def _after_label(left: Any, right: Any) -> Any:
    """``New In Town: Zhang Ming, ...``: a run-in heading is not part of the statement."""
    for token in left.doc[left.i:min(right.i, left.i + 6)]:
        if token.text == ":":
            return token.nbor() if token.i < right.i else left
    return left


def _with_conjuncts(clauses: list[Any]) -> list[Any]:
    found = list(clauses)
    for clause in clauses:
        found.extend(c for c in clause.head.children if c.dep_ == "conj" and c.i > clause.i)
    return found


def _according_to(token: Any) -> list[Reported]:
    source = next((c for p in token.children if p.lower_ == "to" for c in p.children if c.dep_ == "pobj"), None)
    if source is None:
        return []
    source = _issuer(source)
    sentence = token.sent
    phrase = range(token.left_edge.i, max(token.right_edge.i, source.right_edge.i) + 1)
    content = [t for t in sentence if t.i not in phrase and not t.is_space]
    while content and (content[0].is_punct or content[0].dep_ == "cc"):
        content = content[1:]
    while content and content[-1].is_punct:
        content = content[:-1]
    if len(content) < 4:
        return []
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    return [Reported(start, end, token, source, "according to")]


#: Nouns for material that speaks for whoever issued it: "according to 2019 estimates from X".
_MATERIAL = {"estimate", "figure", "data", "statistic", "report", "survey", "study", "poll", "analysis", "document"}


def _issuer(source: Any) -> Any:
    """``according to figures from Carnegie``: the issuer named after the material, if any."""
    if source.lemma_.lower() not in _MATERIAL:
        return source
    issuer = next((c for p in source.children if p.lower_ in {"from", "by", "of"}
                   for c in p.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return issuer if issuer is not None else source


def _cue_text(verb: Any) -> str:
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text
