"""Complement clauses of a cue that spaCy's parse hangs in the wrong place, read back as the
cue's content (``content`` asks these when it looks for a cue's clause).

spaCy's English parser (``en_core_web_sm``) often misreads a reported clause whose shape is
less common in its training news: a finite verb after a cue in a relative clause taken for an
open complement (``its aims, which he said include ...``), a *that*-clause after the hearer
of *tell* taken for a clause on the hearer noun, or on the object of a preposition after
the cue (``stated in no uncertain terms that ...``, ``said in a statement that ...``), the subject of a clause after *say* taken
for the verb's object when commas follow it (``Ross said the minister and her deputy, Jane
Roe, “must resign”``). Each check reads the parse's own tags and dependencies against the
verb's frame (PropBank ``say.01``: no object but what is said; ``tell.01``: the hearer, then
what is told); none lists words.
"""

from __future__ import annotations

from typing import Any

from newsdesk.parsed import tensed
from newsdesk.quotes.cues import FINITE, HEARER_OBJECT, SUBJECTS


def finite_xcomp(token: Any) -> bool:
    """``objectives, which he said include ...``: a finite verb the parser hung as an open
    complement (which has no tense of its own) is a complement clause it misread."""
    return token.dep_ == "xcomp" and token.tag_ in FINITE


def hearer_clause(verb: Any) -> list[Any]:
    """``tells the reader that the account is frozen``: a *that*-clause the parser hung on the
    hearer of a verb of telling (VerbNet tell-37.2, advise-37.9) is what the hearer was told
    (a relative clause has a relative word inside it, not the complementiser *that*)."""
    if verb.lemma_.lower() not in HEARER_OBJECT:
        return []
    return [c for o in verb.children if o.dep_ == "dobj" and o.i > verb.i
            for c in o.children if c.dep_ in {"acl", "relcl"} and c.i > o.i
            and c.tag_ in _FINITE_OR_PARTICIPLE and _opens_with_that(c)]


def prepositional_clause(verb: Any) -> list[Any]:
    """``stated in no uncertain terms that they would insist ...``, ``said in a statement on
    Monday that ...``: a *that*-clause with a subject of its own that the parser hung on the
    object of a preposition after the cue, when the cue has no complement clause, is the
    cue's complement (PropBank ``say.01``: a place, time or manner phrase takes no clause;
    a relative clause has a relative word inside it, not the complementiser *that*)."""
    objects = [o for p in verb.children if p.dep_ == "prep" and p.i > verb.i
               for o in p.subtree if o.dep_ == "pobj"]
    return [c for o in objects for c in o.children if c.dep_ in {"acl", "relcl"}
            and c.i > o.i and c.tag_ in _CLAUSE_HEADS and _opens_with_that(c)]


#: Tags of a clause's head verb: finite, or a bare form or participle after an auxiliary
#: (``that they would insist``, ``that it had been``).
_CLAUSE_HEADS = FINITE | {"VB", "VBN", "VBG"}
_FINITE_OR_PARTICIPLE = FINITE | {"VBN", "VBG"}


def _opens_with_that(clause: Any) -> bool:
    return any(complementiser(c) for c in clause.children) \
        and any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in clause.children)


def complementiser(word: Any) -> bool:
    """*that* as the complementiser: tagged so, or taken for a relative word in a role the
    clause fills with another word (``that the company had lost the contract``: *that* as
    the object beside the object *contract*; a clause has one object)."""
    if word.lower_ != "that" or word.i > min(c.left_edge.i for c in word.head.children):
        return False
    return word.dep_ == "mark" or any(
        c.dep_ == word.dep_ and c.i != word.i for c in word.head.children)


def object_subject(verb: Any, clause: Any) -> Any | None:
    """``Quill said the minister and her deputy, Tom Abbot, “must answer”``: a finite
    clause with no subject of its own after the object of a verb of saying (PropBank
    ``say.01`` has no object but what is said) is that clause, its subject read as the verb's
    object; the object's left edge opens the content."""
    if verb.lemma_.lower() in HEARER_OBJECT or any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    return objects[0].left_edge if objects and tensed(clause) else None
