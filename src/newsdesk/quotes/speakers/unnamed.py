"""An indefinite description that brings an unnamed person into the discourse (``a
spokesman for the fire department said``): a definite description by the same noun after it
(``the spokesman``) is that person, not one the article named before with the noun as a role.
By hand over the parse: the indefinite article, the clause it stands in (Karttunen 1976,
"Discourse referents") and its dependency (a predicate or an apposition, ``Jane Doe, an
expert``, describes a named person; it brings in no one)."""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.pronouns.gender import indefinite
from newsdesk.quotes.sources import in_marks


def introduces_unnamed(context: Context, word: Any) -> bool:
    """Whether an indefinite noun (``a``, ``an``, ``another``) brings in a person or thing of
    its own: not a named person's apposition or predicate, not in quotation marks, and said to
    exist (``_unreal``)."""
    return (
        indefinite(word)
        and word.dep_ not in {"appos", "attr"}
        and not in_marks(context, word.idx)
        and not _unreal(word)
    )


def _unreal(token: Any) -> bool:
    """``they can wait until 2016 and elect a president who might overturn …``: an indefinite
    under a modal, an infinitive or a negation (its verb's or a verb it is coordinated with)
    introduces nobody in particular, so ``the president`` after it is still the one the
    article names (``We are not looking for a president who …``: no such president is said to
    exist; Karttunen 1976, "Discourse referents"); an infinitive an implicative verb governs
    (``went on to meet a president``, ``managed to``) happened, unless that verb is itself
    under a modal, a negation or another infinitive."""
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while True:
        if any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg" for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            implied = verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in _IMPLICATIVE
            if not implied:
                return True
            verb = verb.head  # "went on to meet": real if going on was
            continue
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


#: Implicative verbs (Karttunen 1971, "Implicative verbs", Language 47): their infinitive is
#: a fact when they are (``she managed to meet him``: she met him), not a wish or a plan
#: (``want``, ``hope``, ``plan`` are no such verbs). ``go`` and ``come`` as in ``went on to``,
#: ``came to know``.
_IMPLICATIVE = frozenset({
    "manage", "go", "come", "proceed", "continue", "begin", "start", "happen", "get", "dare",
    "bother", "remember", "grow", "live", "turn", "trouble",
})
