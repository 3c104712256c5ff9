"""Definite descriptions of people: "the Kazakh president" is the one person of the article
whose role says so (its roles read by ``newsdesk.entities.roles`` from titles and
appositions); "the head of the FBI" needs the FBI in the role too, and the role's rank words
(vice, deputy, former, ...) must be in the description. Part of the ``mentions`` layer
(``newsdesk.entities.mentions``), which passes its within-article clusters.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LOWER

from newsdesk.entities.roles import RANK_WORDS
from newsdesk.entities.titles import OFFICES, TITLE_WORDS


def add_descriptions(doc: Any, clusters: dict[str, Any]) -> None:
    """ "the Kazakh president" -> the one person in the article whose role says so."""
    if not any(c.roles for c in clusters.values() if c.label == "PERSON"):
        return
    for i in positions(doc, LOWER, {"the"}):
        token = doc[i]
        words = []
        for following in doc[token.i + 1:token.i + 5]:
            if following.lower_ in TITLE_WORDS or following.ent_type_ in {"NORP", "GPE", "ORG"}:
                words.append(following)
            else:
                break
        if not words or words[-1].lower_ not in OFFICES or _modifies_later_word(doc, words[-1]):
            continue
        _resolve_description(doc, token, words, clusters)


def _modifies_later_word(doc: Any, last: Any) -> bool:
    """The description's last title word is no head of its phrase: a noun follows it ("the
    general public") or the parse makes it a modifier of a word after it ("the chief
    clinical officer", whose head is "officer": that officer is no chief)."""
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.pos_ in {"PROPN", "NOUN"}:
        return True
    return last.dep_ in {"amod", "compound", "nmod"} and last.head.i > last.i


def positions(doc: Any, attr: int, words: Any) -> list[int]:
    """Token indices whose ``attr`` (ORTH or LOWER) is one of ``words``, found without a Python loop."""
    if not words or not len(doc):
        return []
    values = doc.to_array([attr])
    wanted = numpy.array([doc.vocab.strings[word] for word in words], dtype=values.dtype)
    return numpy.flatnonzero(numpy.isin(values, wanted)).tolist()


def _resolve_description(doc: Any, determiner: Any, words: list[Any], clusters: dict[str, Any]) -> None:
    qualifiers = _of_words(doc, words[-1].i + 1)
    wanted = {w.lower_ for w in words} | qualifiers
    holders = [c for c in clusters.values() if c.label == "PERSON" and c.mentions
               and any(_holds(role, wanted, of=bool(qualifiers)) for role in c.roles)]
    if len(holders) != 1:
        return
    start, end = determiner.idx, words[-1].idx + len(words[-1].text)
    text = doc[determiner.i:words[-1].i + 1].text
    holders[0].mentions.append({"start": start, "end": end, "text": text, "kind": "description"})


def _holds(role: str, wanted: set[str], *, of: bool) -> bool:
    """The role has every word of the description, and the description every rank word of the
    role ("the president" is no "former vice president")."""
    words = set(role.lower().replace("-", " ").split())
    return wanted <= words and (words & RANK_WORDS) <= wanted and (
        of or not any(f" {word} " in role for word in _BODY_WORDS))


#: Words that tie an office to a body in a role ("president of the National Taxpayers Union",
#: "vice president at the Woodrow Wilson Center", "director for Asia at the council"): a
#: bare description ("the vice president") names no holder of such an office.
_BODY_WORDS = ("of", "at", "for")


def _of_words(doc: Any, i: int) -> set[str]:
    """The names in "of ..." after a description ("the head [of the FBI]"): the holder's role
    must name them too, and a bare description ("Congress and the president") is no holder of
    a role that has an "of" ("president of the National Taxpayers Union"). A common noun
    counts too: "the chairman of the commission" is no tribe's chairman, and so does one the
    tagger calls a proper noun in lower case ("the secretary of state's trip", not a handle,
    "@JoeBiden")."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return set()
    words = set()
    for token in doc[i + 1:i + 7]:
        if token.is_punct or (token.pos_ not in {"PROPN", "NOUN", "DET", "ADP", "CCONJ"}):
            break
        if token.is_title or token.is_upper or token.pos_ == "NOUN" or (
                token.pos_ == "PROPN" and token.is_alpha):
            words.add(token.lower_)
    return words
