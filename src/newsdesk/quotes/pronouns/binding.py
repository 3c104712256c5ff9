"""Which names a subject pronoun, or a subject description, cannot stand for because its own
clause holds them.

A pronoun that is a clause's subject is never the person a name inside that clause's predicate
names (``She voted for President Obama``, ``They both decided on Obama in 2008, she says``: she
is not Obama); the name must be someone else. This is binding theory's Principle C (Chomsky
1981, *Lectures on Government and Binding*): a name is free, so no expression that c-commands
it may corefer with it, and a clause's subject c-commands the rest of its clause. In the parse
that is the subject's verb's subtree, entered through no clause coordinated with the verb that
has a subject of its own (``he said …, and Smith added``: another clause; ``she met X and
praised Smith`` shares hers), the clause its reporting verb reports before it included (``…,
she says``). A reporting verb the parse hangs on another clause as a parenthetical commands
nothing of that clause (the parse cannot tell it from a report inserted into the clause it
reports, whose subject may be the pronoun's), nor does one after a clause set off by a colon or
holding a quotation (``Johnson now echoes Ayotte's statement: "…," he said``: the quotation is
the report, the clause before it narrative). A clause put before the subject as an adverbial
(``When Smith arrived, he said``) is no part of its predicate, and the name there may be the
pronoun's. A description of a person that is a reporting verb's subject is read the same way,
from its first word, by ``quotes.attribution`` for the clause reported before it (``…, and
Kislyak was among them, the official said``: the official is not Kislyak).
"""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.cues import ALL_CUE_LEMMAS

#: Quotation marks and the marks that join clauses: a clause before the pronoun that holds
#: one is narrative the parse took for the reported clause. An apostrophe is one only where it
#: is no possessive's (``Sanders' plan``), a hyphen only spaced as a dash (``Smith - she``).
_BREAKS = frozenset({'"', "“", "”", "'", "‘", "’", ":", ";", "—", "–", "--"})
#: Dependents that open a clause or phrase of their own before the subject (a time, a place,
#: a condition): the subject does not c-command a name in them.
_FRONTED = frozenset({"advcl", "prep", "npadvmod", "advmod", "mark"})


def commands(pronoun: Any, word: Any) -> bool:
    """Whether the subject ``pronoun`` c-commands the token ``word`` in its clause (see the
    module docstring), so that the name ``word`` belongs to is not the pronoun's."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or word.i == pronoun.i:
        return False
    if word.i < pronoun.i and not _reported_before(pronoun, word):
        return False
    return _within(word, pronoun.head, pronoun)


def _reported_before(pronoun: Any, word: Any) -> bool:
    """Whether ``word``, before the pronoun, may stand in the clause its reporting verb reports
    before it (``They both decided on Obama in 2008, she says``): the verb is a cue's, the
    pronoun is in lower case right after the comma that closes the reported clause (not ``…
    at 5 p.m. He said``, a sentence the segmenter ran on; not ``took the stage, then she
    told``), and no quotation mark nor a colon, semicolon or dash stands in the sentence before
    the pronoun (``Johnson now echoes Ayotte's statement: "…," he said``, ``Give Donald Trump
    credit where it's due: He promised``: the clause before is narrative the parse hung on the
    verb)."""
    first = pronoun.left_edge  # the pronoun, or a description's first word ("the official")
    before = pronoun.doc[pronoun.sent.start : first.i]
    return (
        pronoun.head.lemma_.lower() in ALL_CUE_LEMMAS
        and first.text.islower()
        and len(before) > 0
        and before[-1].text == ","
        and not any(_is_break(t) for t in before)
    )


def _is_break(token: Any) -> bool:
    """A quotation mark, a colon, a semicolon or a dash (``_BREAKS``)."""
    if token.text == "-":
        return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _BREAKS and token.tag_ != "POS"


def commands_at(pronoun: Any, position: int) -> bool:
    """``commands`` for the name that starts at the character ``position`` (none outside the
    pronoun's sentence)."""
    sentence = pronoun.sent
    word = next((t for t in sentence if t.idx == position), None)
    return word is not None and commands(pronoun, word)


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _within(word: Any, verb: Any, pronoun: Any) -> bool:
    """Whether ``word`` is in ``verb``'s clause, not through a coordinated clause, nor in a
    phrase fronted before ``pronoun`` that does not report (``When Smith arrived, he
    said``)."""
    while word.i != verb.i:
        head = word.head
        if head.i == word.i:
            return False
        if head.i == verb.i:
            if word.i == pronoun.i or (word.dep_ == "conj" and _has_subject(word)):
                return False
            return not (word.i < pronoun.i and word.dep_ in _FRONTED)
        word = head
    return False
