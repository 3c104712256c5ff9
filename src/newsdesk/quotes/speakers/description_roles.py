"""What a definite description of a person states of the named person it stands for: its
role the whole title its noun heads, with a name among the title's words the affiliation
(``the White House press secretary``), carried to the person only where the article named
that person last before it (``Maria Lopez met John Smith. The senator went on to insist``),
read once for every description that stands as a subject, after every speaker is decided,
each resolved by the speaker search the caller passes (``speakers.resolve.resolve_speaker``).
The description's phrase is read in ``speakers.description_phrases``."""

from __future__ import annotations

from typing import Any

from newsdesk.entities.roles import RANK_WORDS
from newsdesk.parsed import joined_at_hyphen, word_start
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import SUBJECTS
from newsdesk.quotes.description import (
    ORGANISATION_LABELS,
    QUOTED_ROLE_WORDS,
    Description,
    clean_org,
    name_span,
    span_root,
)
from newsdesk.quotes.nominal import describe_nominal
from newsdesk.quotes.nouns import PERSON_LABELS
from newsdesk.quotes.role_phrases import OFFICE_MODIFIERS, describe_phrase
from newsdesk.quotes.sources import Speaker, in_marks, paragraph_of
from newsdesk.quotes.speakers.description_phrases import is_description

#: Adjectives before a description's noun that are words of its title: a rank or a time it
#: was held (``former``, ``deputy``, ``senior``), a title's own word (``prime``, ``foreign``).
_TITLE_ADJECTIVES = RANK_WORDS | OFFICE_MODIFIERS | QUOTED_ROLE_WORDS


def title_described(token: Any) -> Description:
    """What a definite description of a person states (``describe_nominal``), its role the
    whole title the noun heads: the nouns compounded on it and the adjectives of its title
    before it (``the attorney general``, ``the former vice president``, ``the deputy prime
    minister``), as a role phrase after a name is read (``describe_phrase``), with a name
    among them that the tagger reads as an organisation's the affiliation where the
    description names none (``the White House press secretary``: press secretary, White
    House); a name of another kind is no word of the role (``the former Texas governor``)."""
    stated = describe_nominal(token)
    words = _title_words(token)
    if not stated.role or len(words) == 1:
        return stated
    office = " ".join(t.text for t in words if t.text.islower())
    named = [t for t in words if not t.text.islower()]
    role = describe_phrase(office).role or stated.role
    if not role.endswith(stated.role):
        return stated
    organisation = all(t.ent_type_ in ORGANISATION_LABELS for t in named)
    if stated.affiliation is None and named and organisation:
        first = _name_start(words, named[0])
        return Description(role, clean_org(token.doc[first : named[-1].i + 1].text))
    return Description(role, stated.affiliation)


def _name_start(words: Any, first: Any) -> int:
    """Where the name whose first word in the title is ``first`` starts: at the capitalised
    part after a prefix's hyphen just before the title (``the ex-Goldman Sachs executive``:
    Goldman Sachs, not Sachs), which the title's words leave out."""
    doc = words.doc
    before = doc[words.start - 1] if words.start > 0 else None
    if first.i == words.start and before is not None and joined_at_hyphen(before):
        return before.i if not before.text.islower() else first.i
    return first.i


def _title_words(token: Any) -> Any:
    """The words of the title ``token`` heads: the run before it of nouns compounded into
    the phrase and of the title's adjectives (``_TITLE_ADJECTIVES``), up to a word of
    another kind (an article, a number, a word joined by a hyphen: ``73-year-old``)."""
    doc = token.doc
    start = word_start(token)
    while start > 0 and _in_title(doc[start - 1], token):
        start -= 1
    return doc[start : token.i + 1]


def _in_title(word: Any, head: Any) -> bool:
    if joined_at_hyphen(word) or not word.is_alpha or not word.i < word.head.i <= head.i:
        return False
    return word.dep_ == "compound" or (word.dep_ == "amod" and word.lower_ in _TITLE_ADJECTIVES)


def named_last(context: Context, name: str, position: int) -> bool:
    """A description at ``position`` may state what ``name`` is: in its paragraph or the one
    before, outside quotation marks, the article names ``name`` last before it, or last as a
    clause's subject (the one a description goes on to speak of: ``Biden told CNN's Jane Doe
    … ¶ The former vice president went on``). A description that reaches further back or
    past another subject may be the other's (``the president`` after an aide is named), so
    its role is not carried there."""
    here = paragraph_of(context, position)
    near = [
        m for m in context.index.mentions
        if m.label in PERSON_LABELS and m.end <= position and not in_marks(context, m.start)
        and here - paragraph_of(context, m.start) <= 1
    ]
    subjects = [m for m in near if _as_subject(context, m)]
    last = near[-1:] + subjects[-1:]
    return any(context.index.full_name(m.name, before=m.start) == name for m in last)


def _as_subject(context: Context, mention: Any) -> bool:
    """The mention is a clause's subject by the parse."""
    span = name_span(context.doc, mention.start, mention.end)
    return span is not None and len(span) > 0 and span_root(span).dep_ in SUBJECTS


def subject_descriptions(context: Context, *, resolve: Any) -> dict[str, Description]:
    """The first role and affiliation that a definite description of a person, standing as a
    clause's subject outside quotation marks, states of the named person it stands for
    (``title_described``), by the person's name; read once, after every speaker is decided.
    The speaker search (``resolve``) reads each description with the quotes before its
    sentence as the history, as a quote's source there is read, and the person must be the
    one the article named last before it (``named_last``)."""
    if context.subject_descriptions is None:
        found: dict[str, Description] = {}
        for token in context.doc:
            if token.dep_ not in SUBJECTS or in_marks(context, token.idx):
                continue
            if not is_description(token):
                continue
            stated = title_described(token)
            if not (stated.role or stated.affiliation):
                continue
            person = _resolved_in_place(context, token, resolve=resolve)
            if person.label == "PERSON" and person.name and person.name not in found \
                    and named_last(context, person.name, token.idx):
                found[person.name] = stated
        context.subject_descriptions = found
    return context.subject_descriptions


def _resolved_in_place(context: Context, token: Any, *, resolve: Any) -> Speaker:
    """Whom the speaker search reads ``token`` as, with the records of the quotes before its
    sentence as the history, whatever the records made since."""
    made = context.history
    context.history = [record for record in made if record["start"] < token.sent.start_char]
    try:
        return resolve(context, token, at=token.idx)
    finally:
        context.history = made
