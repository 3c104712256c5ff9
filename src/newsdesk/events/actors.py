"""Where an event's source and target actors are written: character spans from the parse.

The source is the subject (or passive agent) of the event's trigger verb, or of the verb it
hangs from when its own subject is a pronoun or missing ("Israel said it would strike",
"troops moved in and shelled the town"); "according to X" is never a source. Targets are the
object, the indirect object and the objects of to/with/against/on. A span covers the head's
phrase and its apposition ("Kenzo Oshima, the United Nations Emergency Relief Coordinator"),
without its relative clauses, a date hung on it ("The United Nations on Tuesday") and trailing
punctuation ("U.S. military chief General Colin Powell", not "..., who visited Kabul,"); an
actor's name as text (``phrase_text``) leaves the apposition out.
"""

from __future__ import annotations

from typing import Any

_TARGET_PREPS = {"to", "with", "against", "on", "at", "into", "toward", "towards"}
_CUT_DEPS = {"relcl", "acl", "appos", "punct", "cc", "advcl"}
_TIME_LABELS = {"DATE", "TIME"}


def phrase_span(token: Any) -> tuple[int, int]:
    """Character span of the phrase headed by ``token`` and its apposition, without clauses
    hung on it."""
    first, last = _phrase_edges(token, appositions=True)
    return first.idx, last.idx + len(last)


def _phrase_edges(token: Any, *, appositions: bool = False) -> tuple[Any, Any]:
    last = token
    for child in token.rights:
        if appositions and child.dep_ == "punct":
            continue  # the comma before an apposition; a trailing one is never ``last``
        if child.dep_ in _CUT_DEPS - ({"appos"} if appositions else set()) or _is_date(child):
            break
        last = max(child.subtree, key=lambda t: t.i)
    first = min((t for t in token.lefts for t in t.subtree), key=lambda t: t.i, default=token)
    return first, last


def _is_date(child: Any) -> bool:
    """A prepositional phrase that says when ("on Tuesday"), not who."""
    return child.dep_ == "prep" and any(o.ent_type_ in _TIME_LABELS for o in child.children)


def source_token(trigger: Any) -> Any | None:
    """The token that heads the source actor's phrase, or None."""
    for child in trigger.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "PRON" and trigger.dep_ in {"ccomp", "xcomp", "conj", "advcl"}:
                return source_token(trigger.head)
            return child
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if trigger.dep_ == "xcomp" and (passive := passive_subject(trigger.head)) is not None:
        return passive  # "Obama is scheduled to attend": Obama attends
    if trigger.dep_ in {"xcomp", "conj", "advcl"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return source_token(trigger.head)
    if trigger.dep_ == "xcomp" and trigger.head.dep_ == "acomp":
        return source_token(trigger.head.head)  # "Syria is willing to withdraw": Syria withdraws
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return source_token(trigger.head)  # "X launched an attack"
    return None


def passive_subject(verb: Any) -> Any | None:
    """The passive subject of a verb ("Obama" in "Obama is scheduled ..."), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def target_tokens(trigger: Any) -> list[Any]:
    """The tokens that head the target actors' phrases."""
    found = []
    for child in trigger.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"} and child.pos_ != "ADP":
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            found += [obj for obj in child.children if obj.dep_ == "pobj"]
    return found


def actor_spans(trigger: Any) -> tuple[list[list[int]], list[list[int]]]:
    """``(source spans, target spans)`` of the event triggered by ``trigger``."""
    source = source_token(trigger)
    sources = [list(phrase_span(source))] if source is not None and source.pos_ != "PRON" else []
    targets = [list(phrase_span(t)) for t in target_tokens(trigger) if t.pos_ != "PRON"]
    return sources, targets


def phrase_text(token: Any) -> str:
    """The phrase a token heads, as written (for a source named by a common noun phrase)."""
    first, last = _phrase_edges(token)
    return token.doc[first.i : last.i + 1].text.strip()
