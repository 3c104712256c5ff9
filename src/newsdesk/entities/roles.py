"""Roles and titles next to a person's name: "Kazakh President X", "X, China's ambassador to Y,".

Titles are read from the parse and the office nouns of the title lexicon
(``newsdesk.entities.titles``); the lexicon is the part no library provides for news English
(spaCy tags "President" as PROPN like any other name).
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import HONORIFICS, OFFICES, PERSON_TITLES, SPELLED_OUT, TITLE_WORDS

#: Titles of one office written two ways ("Congressman King" is a representative).
_SAME_OFFICE = {"congressman": "representative", "congresswoman": "representative"}


def is_title_word(token: Any) -> bool:
    return token.lower_ in TITLE_WORDS or token.lower_.rstrip(".") in HONORIFICS


def title_before(doc: Any, start: int) -> str | None:
    """The title phrase right before token ``start`` ("Chinese Foreign Minister"), if any."""
    i = start
    while i > 0 and (is_title_word(doc[i - 1]) or _modifier(doc[i - 1])):
        i -= 1
    words = [t for t in doc[i:start] if t.lower_.rstrip(".") not in HONORIFICS]
    if not any(t.lower_ in OFFICES for t in words):
        return None
    while words and not (words[0].lower_ in OFFICES or words[0].is_title or words[0].ent_type_):
        words = words[1:]
    return " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s") or None


def _modifier(token: Any) -> bool:
    """A nationality or country word inside a title: "Kazakh", "China 's"."""
    return (token.ent_type_ in {"NORP", "GPE", "ORG"} or token.text in {"'s", "’s"}
            or (token.is_title and token.pos_ in {"ADJ", "PROPN"} and token.i > 0 and not token.is_sent_start))


def appositive_after(doc: Any, end: int) -> str | None:
    """The appositive right after a name: ", China's ambassador to Kazakhstan," -> that phrase."""
    if end >= len(doc) - 1 or doc[end].text != ",":
        return None
    words = []
    for token in doc[end + 1:end + 14]:
        if token.text in {",", ".", ";", ":", "\"", "“", "”", "(", ")"} or token.lower_ in {"who", "which", "said"} \
                or "\n" in token.text:  # a line break ends the phrase ("Obama, ISIS 02:01\n\nThe official")
            break
        words.append(token)
    if not words or words[0].pos_ in {"VERB", "AUX", "ADP"} or not any(t.lower_ in OFFICES for t in words[:6]):
        return None
    if words[0].lower_ in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s") or None


#: Words that make an office another one ("vice president", "former senator"): a description
#: or a title holds a role only if it names each of the role's rank words too.
RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "former", "acting", "lieutenant",
                        "under", "ex", "interim"})
#: The rank words that say when the office is held, which may open a title before the place or
#: the body it serves (``former Missouri Senator``, ``Acting Homeland Security Secretary``).
TIME_RANKS = RANK_WORDS & {"former", "acting"}


def office_before(doc: Any, start: int) -> frozenset[str] | None:
    """The office a title right before token ``start`` names, with the rank words before it
    ("Sen. Sanders": {senator}, "Vice President Biden": {vice, president}); None after a
    courtesy title ("Mr.") or no title."""
    if start == 0:
        return None
    office = _office(doc[start - 1].lower_)
    if office not in OFFICES and office not in PERSON_TITLES:
        return None
    ranks = set()
    for token in reversed(doc[max(0, start - 4):start - 1]):
        if token.lower_.rstrip(".") not in RANK_WORDS:
            break
        ranks.add(token.lower_.rstrip("."))
    return frozenset({office, *ranks})


def holds_office(title: frozenset[str], roles: list[str]) -> bool:
    """One of a person's roles ("Republican senator from Texas", "Sen.") is the office the
    title names, with the same rank ("President Biden" does not hold "Vice President")."""
    for role in roles:
        words = {_office(word) for word in role.lower().replace("-", " ").split()}
        if title - RANK_WORDS <= words and (words & RANK_WORDS) - _AT_THE_TIME <= title:
            return True
    return False


#: Rank words of time, not of office: "Vice President Biden" is the "former vice president"
#: the article names, as he was titled then.
_AT_THE_TIME = frozenset({"former", "ex", "acting", "interim"})


def _office(word: str) -> str:
    word = SPELLED_OUT.get(word.rstrip("."), word)
    return _SAME_OFFICE.get(word, word)
