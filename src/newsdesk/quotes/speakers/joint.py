"""Subjects that stand for several people or for a whole: names joined by "and" (``Susan
Collins and Lisa Murkowski announced``: a joint statement names every speaker), a counted
subject (``the two said``, ``both senators wrote``: the people coordinated before it), an
institution named by a common noun (``police said``), a part (``Part of the RNC holiday
message``: the whole speaks) and a group that words narrow down (``At least 10 Republicans``:
the phrase, not the group). Each name such a subject stands for is resolved as a speaker by the
resolver the caller passes (``speakers.resolve.resolve_speaker``, which calls this module for
such subjects: passing it keeps the two modules free of an import cycle)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsdesk.entities.gazetteer import PLACE_LABELS
from newsdesk.parsed import of_objects, phrase_head
from newsdesk.quotes.content import Context
from newsdesk.quotes.pronouns.gender import indefinite
from newsdesk.quotes.sources import Speaker, in_marks, is_person, paragraph_of
from newsdesk.quotes.speakers.description_phrases import restricted
from newsdesk.quotes.speakers.history import FOLLOW_UP_PARAGRAPHS
from newsdesk.quotes.speakers.titles import PERSON_LIKE

#: Resolves a source token to a speaker (``resolve_speaker``).
Resolver = Callable[..., Speaker]

#: Nouns that name a part of what they are *of* (``Part of the RNC holiday message reads``).
_PARTS = {"part", "portion", "section", "excerpt", "passage"}

#: Institutions named by a common noun (``police said``).
_COLLECTIVES = {"police"}

#: Subjects that stand for several people named before (``the two said``, ``the couple said``;
#: not ``a couple of officials``).
_JOINT = {"two", "both", "pair", "duo", "trio", "couple"}


def is_collective(token: Any) -> bool:
    """``police said``: an institution named by a common noun in lower case."""
    return token.lemma_.lower() in _COLLECTIVES and token.text.islower()


def is_joint(token: Any) -> bool:
    """``the two said``, ``the pair``, ``both senators wrote``: a subject that counts people
    named before (not ``a couple of officials``, which introduces them)."""
    return (token.lemma_.lower() in _JOINT and not indefinite(token)) or _counted_pair(token)


def joint_speaker(
    context: Context, token: Any | None, speaker: Speaker, *, resolve: Resolver
) -> Speaker:
    """``Susan Collins and Lisa Murkowski announced``: a joint statement names every speaker,
    joined by "and" (each resolved to its full name). Every name the parse coordinates with
    the first counts, however many: the parse hangs each conjunct of ``A, B and C`` on the one
    before it, so C is no child of A."""
    if token is None or speaker.name is None or speaker.label == "NOMINAL":
        return speaker
    token = phrase_head(token)  # "write Maria Lopez and Ian Hardy": the last word holds the "and"
    names = [speaker.name]
    for other in joined_names(token):
        found = resolve(context, other, at=other.idx)
        if found.name and found.name not in names:
            names.append(found.name)
    if len(names) == 1:
        return speaker
    return Speaker(
        " and ".join(names),
        speaker.entity,
        speaker.start,
        speaker.end,
        speaker.role,
        speaker.affiliation,
        speaker.label,
    )


def joined_names(token: Any) -> list[Any]:
    """The names "and" joins to the source ``token``, in the text's order: its own proper-noun
    conjuncts; those of the names a common noun has in apposition (``Defense lawyers Stephen
    Sady and Lisa Hay``: the lawyers are both); and, for a conjunct that is a title, the person's
    name right after it (``Co-host Brian Kilmeade and Fox News contributor Tony Shaffer``, where
    the parse makes the title the conjunct and hangs the name elsewhere)."""
    heads = [token]
    if token.pos_ == "NOUN":
        heads += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found = []
    for head in heads:
        for other in sorted(c for c in head.conjuncts if c.i > head.i):
            name = other if other.pos_ == "PROPN" else _name_after_title(other)
            if name is not None and name not in found:
                found.append(name)
    return sorted(found)


def _name_after_title(title: Any) -> Any | None:
    """The last word of the person's name that the proper nouns right after a common noun
    spell out (``contributor Lt. Col. Tony Shaffer``: Shaffer), or None where the run of proper
    nouns is none or ends in no person's name."""
    if title.pos_ != "NOUN":
        return None
    last = None
    for word in title.doc[title.i + 1 :]:
        if word.pos_ != "PROPN":
            break
        last = word
    return last if last is not None and last.ent_type_ == "PERSON" else None


#: Modifiers that pick out some of a group (``many Chinese``, ``Congressional Republicans``,
#: ``At least 10 Republicans``), unlike the article (``the Republicans``).
_PART_OF_GROUP = {"amod", "nummod", "det", "compound", "quantmod", "nmod"}


def described_group(token: Any) -> bool:
    """A nationality, religion or party (the tagger's ``NORP``) that words outside the name
    narrow down, before it or in a prepositional phrase after it (``Democrats in the
    Senate``): the source is the described part, which the rules keep in its own words, not
    the whole group the name alone would be, nor the name of the phrase after it."""
    if token.ent_type_ != "NORP" or token.tag_ not in {"NNS", "NNPS"}:
        return False  # "the Arizona Republican": one person, a description
    return any(
        c.dep_ in _PART_OF_GROUP and c.ent_type_ != "NORP" and c.lower_ != "the"
        for c in token.lefts
    ) or any(c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in token.rights)


def whole_of(token: Any) -> Any | None:
    """``Part of the RNC holiday message``: a part speaks as the whole it is *of*."""
    if token.lemma_.lower() not in _PARTS:
        return None
    return next(iter(of_objects(token)), None)


def collective(context: Context, token: Any) -> Speaker:
    """``police said``: the institution, with the place the article gives it (``Seattle police``)."""
    found = re.findall(rf"\b((?:[A-Z][\w.-]* )+){re.escape(token.text)}\b", context.text[: token.idx])
    name = f"{found[-1].strip()} {token.text}" if found else token.text
    return Speaker(name, None, token.idx, token.idx + len(token), label="ORG")


def _counted_pair(token: Any) -> bool:
    """``the two commissioners wrote``, ``both senators said``: a plural description counted
    as the few people coordinated before it; not one a restrictive modifier narrows, which
    says who they are by itself (``the two people familiar with the plan``)."""
    return (
        token.tag_ == "NNS"
        and token.text.islower()
        and any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in _JOINT for c in token.children)
        and not restricted(token)
    )


def joint_subject(context: Context, token: Any, *, resolve: Resolver) -> Speaker | None:
    """``the two said``: the first of the people coordinated as the latest earlier subject
    (``Mitch McConnell and Kevin McCarthy slammed ...``) of as many as the subject counts.
    A counted description of people (``the two economists``) is a coordination of that many
    people only (not ``China and other Asian countries``), which may stand anywhere in the
    prose of the last few paragraphs (``new research from X and Y``): the count and the kind,
    not the clause, pick them out, as a definite description finds its antecedent."""
    count = _joint_count(token)
    people = token.lemma_.lower() in PERSON_LIKE and _definite_count(token)
    paragraph = paragraph_of(context, token.idx)
    for earlier in reversed(token.doc[: token.i]):
        coordinated = _coordinated(earlier)
        if earlier.dep_ == "conj" or len(coordinated) < 2 or in_marks(context, earlier.idx):
            continue
        if count is not None and len(coordinated) != count:
            continue
        if people and not _people(context, coordinated):
            continue
        subject = earlier.dep_ in {"nsubj", "nsubjpass"}
        if not subject and not (people and paragraph - paragraph_of(context, earlier.idx) <= FOLLOW_UP_PARAGRAPHS):
            continue
        found = resolve(context, earlier, at=earlier.idx)
        if found.name:
            return found
    return None


def _definite_count(token: Any) -> bool:
    """``the two economists``, ``both officials``: people counted as known ones, not ``two
    former officials``, which introduces people not named before."""
    return token.pos_ == "NOUN" and any(
        c.dep_ in {"det", "predet"} and c.lower_ in {"the", "both"} for c in token.children
    )


def _coordinated(head: Any) -> list[Any]:
    """The words "and" joins to ``head``, one a person: a title conjunct with the name after
    it (``founder Danny Meyer and chief executive Randy Garutti``) is that name."""
    words = [head]
    for other in sorted(c for c in head.conjuncts if c.i > head.i):
        word = _name_after_title(other) or other
        if word not in words:
            words.append(word)
    return words


def _people(context: Context, names: list[Any]) -> bool:
    """Whether coordinated words name people: each a proper name that is no place, one at
    least read as a person's (the tagger may read an unfamiliar person's name as a company's)."""
    return all(t.pos_ == "PROPN" and t.ent_type_ not in PLACE_LABELS for t in names) and any(
        is_person(context, t) for t in names
    )


#: How many people a word that counts a joint subject stands for.
_JOINT_COUNTS = {"two": 2, "both": 2, "pair": 2, "duo": 2, "couple": 2, "trio": 3}


def _joint_count(token: Any) -> int | None:
    """How many people ``the two``, ``the pair`` or ``both senators`` counts, if it says."""
    words = [token, *(c for c in token.children if c.dep_ in {"nummod", "det", "predet"})]
    return next((_JOINT_COUNTS[w.lower_] for w in words if w.lower_ in _JOINT_COUNTS), None)
