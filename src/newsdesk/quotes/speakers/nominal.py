"""A nominal source's speaker text: the source's own words with its owner resolved to the
fullest name the article gives, when the owner holds the title it is described by. The owner
is resolved by the ``resolve`` function the caller passes (``speakers.resolve.resolve_speaker``),
so that a plural pronoun's nominal antecedent (``Her aides``) is resolved the same way."""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import GROUP_OWNERS, PRONOUNS, names_person
from newsdesk.quotes.pronouns.search import Resolve, pronoun
from newsdesk.quotes.sources import Speaker, in_marks
from newsdesk.quotes.speakers.description_phrases import is_description
from newsdesk.quotes.speakers.documents import relative_antecedent
from newsdesk.quotes.speakers.titles import role_words, title_words


def nominal_text(context: Context, source: Any, start: int, end: int, *, resolve: Resolve) -> str:
    """A nominal source's speaker text, its owner resolved (``his lawyers`` -> ``Donald Trump's
    lawyers``, ``The president's campaign`` -> ``Donald Trump's campaign``, ``John Smith, whose
    lawyers`` -> ``John Smith's lawyers``): a pronoun is never a speaker, and a description or
    a short name stands for the fullest name the article gives. An owner that resolves to no
    name, or to a nominal source, stays as written."""
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    if owner is None or not start <= owner.idx < end or in_marks(context, owner.idx):
        return context.text[start:end]
    if owner.lower_ in PRONOUNS:
        found = pronoun(context, owner, resolve=resolve)
    elif owner.lower_ in GROUP_OWNERS or owner.pos_ == "PROPN" or is_description(owner):
        found = resolve(context, owner, at=owner.idx)
    elif owner.tag_ == "WP$":  # "John Smith, whose lawyers said": the relative clause's noun
        antecedent = relative_antecedent(owner)
        found = Speaker() if antecedent is None else resolve(context, antecedent, at=antecedent.idx)
    else:
        return context.text[start:end]
    marker = next((c for c in owner.children if c.tag_ == "POS"), None)
    written = context.text[owner.left_edge.idx : marker.idx if marker else owner.idx + len(owner)]
    if (
        not found.name
        or found.label == "NOMINAL"
        or not _holds_title(owner, found)
        or found.name in written  # "the D.C. Circuit's", "Majority Leader Kevin McCarthy's"
        or (marker is None and owner.tag_ not in {"PRP$", "WP$"})  # a parse's "poss" with no "'s"
    ):
        return context.text[start:end]
    after = marker.idx if marker is not None else owner.idx + len(owner)
    mark = "" if marker is not None else _possessive_ending(
        context.text, plural=owner.lower_ == "their" and found.name.endswith("s")
    )
    return context.text[start : owner.left_edge.idx] + found.name + mark + context.text[after:end]


def _possessive_ending(text: str, *, plural: bool) -> str:
    """The possessive ending written the article's way: curly where its apostrophes are, and
    the apostrophe alone after a plural's *s* (``their leaders`` -> ``Democrats' leaders``)."""
    mark = "’" if text.count("’") > text.count("'") else "'"
    return mark if plural else mark + "s"


def _holds_title(owner: Any, found: Speaker) -> bool:
    """A name or a pronoun owns as itself; a description (``the president's``) only when the
    person it resolved to is given that title (``the prosecutor's office`` is no office of
    the latest person named, a congresswoman), an organisation's (``the company's``) never."""
    if not is_description(owner):
        return True
    if not names_person(owner) or not found.role:
        return False
    return title_words(owner) <= role_words(found.role)
