"""A credit line: a contribution to a piece of writing is writing it, a statement (010).

News copy closes with who took part in writing it ("The Associated Press contributed to
this report", "NPR's Pam Fessler contributed reporting to this story"). The derived
dictionary gives *contribute* its block's aid (070), right for "contributed troops to the
mission" and not for a report: what is given to a written piece (a document the quotes'
lexicon names, ``quotes.nouns.WRITINGS``: report, story, article, ...) or given as
"reporting" is writing, which the codebook's 01 "Make public statement" covers, and no one
receives anything. Every thing given must be writing, and what it is given to a document:
"contributed research and funding to the vaccine program" gives money, and research to a
program is no credit line. Written by hand from English usage: the credit line is a fixed phrase
of the genre, and the nouns are the project's one lexicon of documents.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import STATEMENT
from newsdesk.quotes.nouns import WRITINGS

#: Verbs of giving one's part to something.
_CONTRIBUTING = frozenset({"contribute"})
#: What is given to a piece of writing by writing it.
_WRITING = frozenset({"reporting", "coverage", "writing", "research"})


def credit_code(verb: Any) -> str | None:
    """010 for a verb of contributing whose "to" object is a document ("contributed to this
    report") or whose objects, all of them, are writing, given to a document or to nothing
    named ("contributed reporting to this story", which the parse may read as a gerund with
    the "to" under it; "contributed reporting"); else None: a thing given beside the writing
    or writing given to what is no document ("contributed research and funding to the
    vaccine program") is aid."""
    if verb.lemma_.lower() not in _CONTRIBUTING:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
    given = [g for c in objects for g in (c, *c.conjuncts)]
    if any(c.lower_ not in _WRITING for c in given):
        return None
    heads = [verb, *given]
    received = [o for h in heads for p in h.children if p.lower_ == "to" for o in p.children]
    documents = [o.dep_ == "pobj" and o.lemma_.lower() in WRITINGS for o in received]
    if given and not received:
        return STATEMENT  # "Jane Doe contributed reporting."
    return STATEMENT if documents and all(documents) else None
