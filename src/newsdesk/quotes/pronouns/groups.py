"""The search for what a "they" or an "it" stands for.

"They" goes to the nearest earlier subject that stands for several people (``number``), by its
name or its own words, or to a group; "it" to an earlier subject resolved like any source, or
to a singular noun of a kind of organisation the article names no further. The steps are
hand-written, as the "he" and "she" search's are (``search``), and resolve what they find by
the ``resolve`` function the caller passes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import GROUP_NOUNS, ORG_NOUNS, PRONOUNS
from newsdesk.quotes.pronouns.clauses import in_own_content, sentences_back, small_clause_subject, subjects_before
from newsdesk.quotes.pronouns.number import is_plural, no_one
from newsdesk.quotes.pronouns.search import Resolve
from newsdesk.quotes.sources import Speaker, in_marks, is_nominal, nominal_speaker, source_phrase


def earlier_subject(context: Context, token: Any, *, resolve: Resolve) -> Speaker | None:
    """``Xi's message was silent ... Yet, it included ...``, ``Media Matters has traced what it
    calls``: "it" is a subject before it in its sentence or in an earlier sentence of the
    paragraph, resolved like any subject (a document goes to its author)."""
    for sentence in sentences_back(context, token):
        for subject in _nouns_before(context, sentence, token):
            found = resolve(context, subject, at=token.idx)
            found = found if found.name else _organisation_description(context, subject)
            if found.name:
                return found
    return None


def _organisation_description(context: Context, subject: Any) -> Speaker:
    """``The Baker campaign dropped the trip because it said``: a singular common noun of a
    kind of organisation that the article names no further is what "it" stands for, in its
    own words (the rules' nominal source); one a pronoun owns (``its board``) is not."""
    if (
        subject.tag_ != "NN"
        or subject.lemma_.lower() not in ORG_NOUNS
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)
    ):
        return Speaker()
    return nominal_speaker(context, subject, *source_phrase(subject, cue=subject.head))


#: A nominal source's speaker text, its owner resolved (``speakers.nominal.nominal_text``).
Describe = Callable[[Context, Any, int, int], str]


def plural_subject(context: Context, token: Any, *, resolve: Resolve, describe: Describe) -> Speaker | None:
    """``How did the lawyers representing Concord respond? They claimed ...``: "they" is the
    nearest earlier subject in this or the previous paragraph that stands for several people
    (a plural noun, or names joined by "and"), by its name or, unnamed, its own words, with
    an owner there resolved by ``describe`` (``Her aides`` -> ``Jane Doe's aides``); a
    singular thing on the way is passed over, one person or organisation ends the search, and
    a singular group of people ("the jury") ends it with no speaker (an empty ``Speaker``: the
    caller then takes no earlier speaker either)."""
    for sentence in sentences_back(context, token, back=1):
        for subject in subjects_before(context, sentence, before=token.i):
            if subject.lower_ in {*PRONOUNS, "it", "i", "we", "you"} or in_own_content(subject, token):
                continue
            if subject.lower_ == "they":
                # "They took … They claimed"
                return plural_subject(context, subject, resolve=resolve, describe=describe)
            if small_clause_subject(subject):
                continue  # "By declaring Israeli settlements illegal, they said": the object
            if not is_plural(subject) and no_one(context, subject):
                continue  # "The fact that the Democrats have … , yet they said": not "the fact"
            if not is_plural(subject) and subject.lemma_.lower() in GROUP_NOUNS:
                # "the editorial board … they write": the group's owner where the article
                # names one; "Michael Brown's family issued … They said": else the group in
                # its own words, not an earlier speaker
                found = _in_own_words(context, subject, resolve(context, subject, at=token.idx), describe)
                return found if found.name else Speaker()
            if not is_plural(subject):
                return None  # the nearest subject is one person or one organisation
            found = _in_own_words(context, subject, resolve(context, subject, at=token.idx), describe)
            return found if found.name else None
    return None


def _in_own_words(context: Context, subject: Any, found: Speaker, describe: Describe) -> Speaker:
    """A subject that resolves to no name speaks in its own words (the rules' nominal source),
    an owner there resolved by ``describe``."""
    if found.name is not None or not is_nominal(subject):
        return found
    start, end = source_phrase(subject, cue=subject.head)
    return nominal_speaker(context, subject, start, end, text=describe(context, subject, start, end))


def group_subject(context: Context, token: Any, *, resolve: Resolve) -> Speaker:
    """``The SDF declared victory ... They say ...``: the nearest organisation that is a subject
    in this or the previous paragraph."""
    for sentence in sentences_back(context, token, back=1):
        for subject in reversed(_nouns_before(context, sentence, token)):
            found = resolve(context, subject, at=token.idx)
            if found.name and found.label not in (None, "PERSON"):
                return found
    return Speaker()


def _nouns_before(context: Context, sentence: Any, token: Any) -> list[Any]:
    """A sentence's subjects before the pronoun ``token``, outside quotation marks, that are
    no pronoun themselves, in the text's order."""
    return [
        t
        for t in sentence
        if t.dep_ in {"nsubj", "nsubjpass"}
        and t.i < token.i
        and not in_marks(context, t.idx)
        and t.lower_ not in {*PRONOUNS, "they", "it"}
    ]
