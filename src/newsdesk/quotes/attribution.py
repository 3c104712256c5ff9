"""An attribution record from a candidate quote: its cue's speaker (``speakers``), or the
speaker of a quote no cue introduces (``bare``), with the span fields of the record."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsdesk.quotes.bare import (
    actor_above,
    aside_speaker,
    follow_up,
    introduced_by_colon,
    named_after,
    opens_sentence,
    owner_of_words,
    previous_sentence_subject,
    root_subject,
)
from newsdesk.quotes.candidates import Candidate, kind_of
from newsdesk.quotes.content import Context
from newsdesk.quotes.nominal import organisation_named
from newsdesk.quotes.nouns import GROUP_OWNERS
from newsdesk.quotes.own_subjects import gerund_as_subject
from newsdesk.quotes.pronouns.binding import commands_at
from newsdesk.quotes.pronouns.search import salient_subject
from newsdesk.quotes.sources import (
    Speaker,
    fullest_organisation,
    in_marks,
    is_nominal,
    nominal_speaker,
    source_phrase,
)

#: A bare quote takes the previous quote's speaker when at most this many paragraphs apart.
from newsdesk.quotes.speakers.description_phrases import is_description
from newsdesk.quotes.speakers.description_roles import (
    named_last,
    subject_descriptions,
    title_described,
)
from newsdesk.quotes.speakers.descriptions import gendered_description, named_next
from newsdesk.quotes.speakers.documents import is_document, possessor_of
from newsdesk.quotes.speakers.introduced import introduced_phrase, spoken_group
from newsdesk.quotes.speakers.joint import joint_speaker
from newsdesk.quotes.speakers.members import described_member, member_speaking
from newsdesk.quotes.speakers.nominal import nominal_text
from newsdesk.quotes.speakers.resolve import resolve_speaker
from newsdesk.quotes.speakers.subjects import (
    copula_other_side,
    person_before_verb,
    person_in_paragraph,
    subject_outside_marks,
)
from newsdesk.quotes.speakers.titles import named_by_role


def attribute(context: Context, candidate: Candidate) -> dict[str, Any]:
    """The record of one candidate: its speaker from the cue's source, or, for a quote with no
    cue, from a colon before it, the maker the next sentence names, its sentence's subject or the
    previous attribution."""
    if candidate.cue is not None:
        return _attribute_cued(context, candidate)
    owner = owner_of_words(context, candidate.span)
    if owner.name is not None:  # "the Founding Fathers’ promise that “…”"
        return _record(context, candidate, owner, source=None)
    colon, lead_in_cue = introduced_by_colon(context, candidate.span)
    maker = Speaker() if colon.name is not None else named_after(context, candidate.span)
    if maker.name is not None:  # "“…” These comments were made by Boris Johnson"
        return _record(context, candidate, maker, source=None)
    if colon.name is None and not opens_sentence(context, candidate.span):
        subject = root_subject(context, candidate.span)
        speaker = resolve_speaker(context, subject, at=candidate.start)
        if speaker.name is not None:
            return _record(context, candidate, speaker, source=subject)
        aside = aside_speaker(context, candidate.span)
        if aside.name is not None:
            return _record(context, candidate, aside, source=None)
        actor = actor_above(context, candidate.span)  # "that's why Todd bemoaned how “…”"
        above = Speaker() if actor is None else resolve_speaker(context, actor, at=candidate.start)
        if above.name is not None:
            return _record(context, candidate, above, source=actor)
    if colon.name is None and opens_sentence(context, candidate.span):
        narrator = previous_sentence_subject(context, candidate.span)
        if narrator.name is not None:
            return _record(context, candidate, narrator, source=None)
    if colon.name is None:
        earlier = follow_up(context, candidate.span)
        if earlier is not None:
            return _follow_record(context, candidate, earlier)
    if lead_in_cue is not None:  # "According to the ministry: ¶ “…”"
        candidate = replace(candidate, cue=lead_in_cue, cue_text="according to")
    return _record(context, candidate, colon, source=None)


def _attribute_cued(context: Context, candidate: Candidate) -> dict[str, Any]:
    token = candidate.speaker_token
    if token is not None and (candidate.start <= token.idx < candidate.end or in_marks(context, token.idx)):
        token = subject_outside_marks(context, candidate.cue)  # the parse took a quoted word as the speaker
    token = copula_other_side(candidate.cue, token)
    token = member_speaking(candidate.cue, token)  # "X is among retailers that said"
    token = described_member(token)  # "One, a star reporter from Politico, said"
    token = person_before_verb(context, candidate.cue, token)
    found = resolve_speaker(context, token, at=candidate.start)
    speaker = joint_speaker(context, token, found, resolve=resolve_speaker)
    if speaker.name is None and token is not None:
        speaker = (
            named_next(context, token)
            or named_by_role(context, token)
            or gendered_description(context, token)  # "Greta … But the girl who admitted"
            or speaker
        )
    if _named_in_own_clause(context, token, speaker):
        speaker = Speaker()  # "…, and Kislyak was among them, the Justice Department official said"
    if token is None and gerund_as_subject(candidate.cue):
        return _record(context, candidate, speaker, source=None)  # "Insisting “…” puts us"
    if speaker.name is None and token is None:
        speaker = (
            salient_subject(context, candidate.cue, gender=None, resolve=resolve_speaker)
            or person_in_paragraph(context, candidate.cue)
            or speaker
        )
    if speaker.name is None and candidate.direct and token is None:
        earlier = follow_up(context, candidate.span)
        if earlier is not None:
            return _follow_record(context, candidate, earlier)
    return _record(context, candidate, speaker, source=token)


def _named_in_own_clause(context: Context, token: Any | None, speaker: Speaker) -> bool:
    """Whether a description of a person (a common noun: ``the official``) would be resolved
    to a person named in the clause it reports before it (``…, and Kislyak was among them,
    the Justice Department official said``, ``including Kislyak, the official said``, which a
    role reader may take for an apposition): as for a pronoun, binding theory's Principle C
    rules that out (``pronouns.binding``), and the description keeps its own words. Only
    there: a content after the verb is the writer's paraphrase, which may name the person the
    description stands for (``Ansara remembers … the former student activist told reporter
    Laszlo B. Herwitz that … Ansara asking``); an apposition set off by commas is the name's
    (``Bert W. Rein, the attorney challenging Section 5, said``); an organisation may name
    itself (``Apple will ship the phone in May, the company said``). Only a name that is a
    participant of the clause counts (``_participant``: not ``Trump supporters …, the
    president predicted``), and a description written capitalised is one as well (``Collins
    had not decided, the Maine Republican said``, as ``…, the senator said``)."""
    if token is None or not _common_description(token):
        return False
    if speaker.label != "PERSON" or not speaker.name:
        return False
    if any(t.text == "," for t in token.doc[token.i + 1 : token.head.i]):
        return False  # set off by commas before its verb: an apposition
    sentence = token.sent
    return any(
        sentence.start_char <= m.start < token.idx
        and commands_at(token, m.start)
        and _participant(token.doc, m.start, m.end)
        for m in context.index.mentions_of(speaker.name)
    )


def _common_description(token: Any) -> bool:
    """A common noun that describes (``the senator``, ``the official``), or a description
    written capitalised (``the Maine Republican``, ``the California Democrat``): the same
    description of a person, however the party or office is spelled."""
    if token.pos_ == "NOUN" and token.text.islower():
        return True
    return not token.text.islower() and is_description(token)


#: The dependencies of a clause's participants: its subjects, objects and obliques.
_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "attr", "oprd", "agent"})

#: Prepositions that make a person the time of a clause, not one of its participants
#: (``Under de Blasio, crime had fallen``: while de Blasio was in office).
_TENURES = frozenset({"under"})


def _participant(doc: Any, start: int, end: int) -> bool:
    """Whether the name written at ``[start, end)`` is a participant of its clause (a
    subject, an object, an oblique, or one conjoined with one), not a modifier of a noun
    that news writes of the speaker (``Trump supporters``, ``the Trump-era tariffs``, ``a
    Sanders administration``, ``Kislyak's meetings``), nor a noun's "of" (``Supporters of
    Trump``, ``the meetings of Kislyak``), nor a tenure (``Under de Blasio``); "including
    Kislyak" after a noun names one of its members, a participant."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    word = span.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "pobj" and word.head.lower_ in _TENURES:
        return False
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ in _NOUNS:
        return False  # a noun's "of" ("Supporters of Trump"), as its possessor is
    return word.dep_ in _PARTICIPANTS


#: The parts of speech of a noun whose "of" names its owner, as a possessive would.
_NOUNS = frozenset({"NOUN", "PROPN"})


def _follow_record(context: Context, candidate: Candidate, earlier: dict[str, Any]) -> dict[str, Any]:
    """A quote that takes an earlier attribution's speaker, with its own cue and source if any
    (a bare follow-up quote has neither: the rules give it null source and cue)."""
    record = {**earlier, **_span_fields(context, candidate)}
    if candidate.cue is None:
        record["source_start"] = record["source_end"] = None
    return record


def _record(context: Context, candidate: Candidate, speaker: Speaker, *, source: Any | None) -> dict[str, Any]:
    owner = None if source is None else possessor_of(source)
    if owner is not None and owner.lower_ in GROUP_OWNERS and speaker.name is None:
        owner = source  # "Its review said", no owner found: the document's words, no pronoun
    source_span = None if owner is None else source_phrase(owner, cue=candidate.cue)
    if speaker.name is None and source_span is not None and is_nominal(source):
        nominal = _nominal(context, source, source_span)
        speaker = replace(
            nominal, role=speaker.role or nominal.role, affiliation=speaker.affiliation or nominal.affiliation
        )
    speaker = _document_made(speaker, source)
    speaker = _described_by_source(context, speaker, source)
    named = speaker.name is not None
    return {
        **_span_fields(context, candidate),
        "speaker": speaker.name,
        "entity": speaker.entity,
        "source_start": source_span[0] if source_span else None,
        "source_end": source_span[1] if source_span else None,
        "speaker_span": ({"start": speaker.start, "end": speaker.end} if named and speaker.start is not None else None),
        "nominal": speaker.label == "NOMINAL",  # the speaker is a description, not a name
        "affiliation": speaker.affiliation,
        "role": speaker.role,
        "_label": speaker.label,
    }


def _described_by_source(context: Context, speaker: Speaker, source: Any | None) -> Speaker:
    """A person the source describes instead of naming (``the Illinois Democrat said``, ``the
    former vice president said``): the description states what the person is, as a title
    beside the name would, so its role and affiliation (``title_described``, the affiliation
    by its fullest name) complete those the person's mentions leave unstated, where the
    person is the one the article named near before it (``named_last``), as for a
    description that stands as a subject (``complete_described``)."""
    if source is None or speaker.label != "PERSON" or (speaker.role and speaker.affiliation):
        return speaker
    if not is_description(source) or not named_last(context, speaker.name, source.idx):
        return speaker
    return _completed_by(context, speaker, title_described(source))


def complete_described(context: Context) -> None:
    """Every record of a named person the article goes on to call by a description as a
    clause's subject (``Jane Doe … ¶ The former governor went on to insist``): what the
    description states completes what the person's mentions and the quote's own source leave
    unstated (``speakers.description_roles.subject_descriptions``, read once every speaker is
    decided, so no record's answer depends on the order the quotes are read in)."""
    records = [r for r in context.history if r.get("_label") == "PERSON" and r["speaker"]]
    records = [r for r in records if not (r["role"] and r["affiliation"])]
    if not records:
        return
    stated_of = subject_descriptions(context, resolve=resolve_speaker)
    for record in records:
        stated = stated_of.get(record["speaker"])
        if stated is not None:
            record["role"], record["affiliation"] = _completions(
                context, record["role"], record["affiliation"], stated
            )


def _completed_by(context: Context, speaker: Speaker, stated: Any) -> Speaker:
    """The speaker with the role and affiliation ``_completions`` gives."""
    role, affiliation = _completions(context, speaker.role, speaker.affiliation, stated)
    return replace(speaker, role=role, affiliation=affiliation)


def _completions(
    context: Context, role: str | None, affiliation: str | None, stated: Any
) -> tuple[str | None, str | None]:
    """A role and an affiliation, each where unstated taken from what the description
    ``stated`` states (the affiliation by its fullest name in the article)."""
    return role or stated.role, affiliation or fullest_organisation(context, stated.affiliation)


def _document_made(speaker: Speaker, source: Any | None) -> Speaker:
    """A document's maker that speaks by it (``A 2015 CNN poll found``, ``a report by the
    Harbor Research Service says``) is the organisation the document is affiliated
    with, as a spokesman's is: the organisation speaker is its own affiliation there, a
    party's members their party (``The report says``, the panel's Democrats'). The document
    is a common noun: an outlet's name may end in one (``the Morning Post``)."""
    if source is None or speaker.label != "ORG" or speaker.affiliation or source.pos_ != "NOUN":
        return speaker
    if not is_document(source):
        return speaker
    return replace(speaker, affiliation=organisation_named(speaker.name))


def _nominal(context: Context, source: Any, source_span: tuple[int, int]) -> Speaker:
    """A nominal source as its own speaker, with the role it states (``some experts``), or the
    phrase that introduced it where it re-mentions one (``the researchers`` after
    ``Researchers from Johns Hopkins University``), near or, for a group that spoke, far."""
    introduced = introduced_phrase(context, source)
    if introduced is not None:
        return nominal_speaker(context, *introduced)
    spoken = spoken_group(context, source)
    if spoken is not None:
        return spoken
    text = nominal_text(context, source, *source_span, resolve=resolve_speaker)
    return nominal_speaker(context, source, *source_span, text=text)


def _span_fields(context: Context, candidate: Candidate) -> dict[str, Any]:
    """The fields that belong to the candidate itself: content, kind and cue."""
    cue_span = _cue_span(context, candidate)
    return {
        "text": context.text[candidate.start : candidate.end],
        "start": candidate.start,
        "end": candidate.end,
        "direct": candidate.direct,
        "kind": kind_of(context.text, candidate),
        "cue": candidate.cue_text,
        "cue_start": cue_span[0] if cue_span else None,
        "cue_end": cue_span[1] if cue_span else None,
    }


def _cue_span(context: Context, candidate: Candidate) -> tuple[int, int] | None:
    if candidate.cue is None or not candidate.cue_text:
        return None
    start = candidate.cue.idx
    if context.text[start : start + len(candidate.cue_text)].lower() == candidate.cue_text.lower():
        return start, start + len(candidate.cue_text)
    return start, start + len(candidate.cue)
