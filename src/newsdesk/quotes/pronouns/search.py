"""The search for the person a "he" or "she" stands for.

A pronoun goes to the nearest fitting subject (its sentence, then the sentences before it in
its paragraph), to the speaker of a quote in its paragraph, to a person its paragraph names in
another role (an object, a possessor) or to a person an indefinite noun of its gender brings
in (``a woman``), to the main subject of the previous paragraph's last sentence, to the
speaker of a quote in the paragraph before, to a subject of the previous paragraph, or to a
nominal source a "who" clause describes. The paragraph before is the nearest one of prose
(``furniture``). Gender and number are checked by ``gender`` and ``number``; which subject
names or describes a person by ``subjects``. The order of the steps is hand-written: it follows
centering accounts of English pronouns (subject before object, the nearer before the further),
which no model here learns.

A subject found this way is resolved like any other source, by the ``resolve`` function the
caller passes (speaker resolution in ``newsdesk.quotes.speakers``, which in turn sends pronouns
here), so the two stay one recursive resolver without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.entities.titles import OFFICES
from newsdesk.quotes.content import Context
from newsdesk.quotes.index import gender_allows
from newsdesk.quotes.nouns import PERSON_LABELS, PERSON_NOUNS, PRONOUNS
from newsdesk.quotes.pronouns.binding import commands_at
from newsdesk.quotes.pronouns.clauses import (
    doc_sentences,
    in_own_content,
    main_clause,
    sentences_back,
    subjects_before,
)
from newsdesk.quotes.pronouns.furniture import paragraphs_back
from newsdesk.quotes.pronouns.gender import GENDERED_NOUNS, agrees, gendered_noun
from newsdesk.quotes.pronouns.number import plural_noun, plural_source
from newsdesk.quotes.pronouns.subjects import (
    described_by_who,
    describes_person,
    meets_named_person,
    person_named,
    unnamed_one,
)
from newsdesk.quotes.sources import (
    Speaker,
    in_marks,
    in_quote,
    named,
    nominal_speaker,
    paragraph_of,
    source_phrase,
)

#: How a subject token is resolved to a speaker (``speakers.resolve.resolve_speaker``).
Resolve = Callable[..., Speaker]


def pronoun(context: Context, token: Any, *, resolve: Resolve) -> Speaker:
    """Its sentence's subject when that is a person named before it; the speaker of a quote in
    its paragraph; a person its paragraph names before it; the speaker of a quote in the
    previous paragraph; else the latest person whose gender fits."""
    gender = PRONOUNS[token.lower_]
    same = next(
        (
            t
            for t in token.sent
            if t.i < token.i
            and t.lower_ == token.lower_
            and t.dep_ in {"nsubj", "nsubjpass"}
            and not _cataphoric(context, t, token)
        ),
        None,
    )
    if same is not None:
        return pronoun(context, same, resolve=resolve)  # "Knowing she would be out ..., she announced": the same person
    found = (
        salient_subject(context, token, gender=gender, resolve=resolve)
        or recent_speaker(context, token.idx, gender=gender, back=0)
        or _person_in_paragraph(context, token, gender=gender)
        or _closing_subject(context, token, gender=gender, resolve=resolve)
        or recent_speaker(context, token.idx, gender=gender, back=paragraphs_back(context, token.idx))
        or _previous_paragraph_subject(context, token, gender=gender, resolve=resolve)
        or _described_person(context, token)
        or _speaker_since(context, token, gender=gender)
    )
    if found is not None:
        return found
    mention = context.index.person_before(token.idx, gender=gender, pronoun=token)
    if mention is None:
        return Speaker()
    return named(context, mention.start, mention.end, mention.name)


def _cataphoric(context: Context, same: Any, token: Any) -> bool:
    """``Earlier this week, when he reiterated his opposition to a filibuster, it looked like
    John McCain would lead the way; but he has since softened``: a pronoun in an adverbial
    clause put before its main clause may point forward, to a person the main clause names
    (backward anaphora, Langacker 1969, "On pronominalization and the chain of command"), so
    where a person is named between that clause and the later pronoun, the earlier pronoun is
    no antecedent of its own: the later one is searched for as any other."""
    verb = same.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    after = verb.right_edge.idx + len(verb.right_edge)
    return any(
        after <= m.start < token.idx and m.label in PERSON_LABELS and not in_marks(context, m.start)
        for m in context.index.mentions
    )


def salient_subject(context: Context, token: Any, *, gender: str | None, resolve: Resolve) -> Speaker | None:
    """The nearest person who is a subject earlier in the token's sentence or paragraph, the
    subject of a sentence's main clause before those of its other clauses (``Walsh published
    an op-ed about the need for Trump to face a challenge. He said``: Walsh). A main-clause
    subject that is the same pronoun refers to the same person (``He defined ... he
    described``), so it is resolved in its turn."""
    for sentence in sentences_back(context, token):
        decided, found = _person_among_subjects(context, sentence, token, gender=gender, resolve=resolve)
        if decided:
            return found
    return None


def _person_among_subjects(
    context: Context, sentence: Any, token: Any, *, gender: str | None, resolve: Resolve
) -> tuple[bool, Speaker | None]:
    """Whether a subject of ``sentence`` before ``token`` decides the pronoun, and its speaker
    (``_person_among``)."""
    subjects = [s for s in subjects_before(context, sentence, before=token.i) if not in_own_content(s, token)]
    return _person_among(context, subjects, token, gender=gender, resolve=resolve)


def _person_among(
    context: Context, subjects: Any, token: Any, *, gender: str | None, resolve: Resolve
) -> tuple[bool, Speaker | None]:
    """Whether one of ``subjects`` decides the pronoun ``token``, and its speaker: the first
    subject naming or describing a person of the pronoun's gender, or a subject that is the
    same pronoun, resolved in its turn (its answer stands even when it is no one). A gendered
    pronoun is singular, so a plural common noun (``Holt defenders``) is passed over (not
    names joined by "and": ``Holt and Lane met. … she said`` is one of them)."""
    for subject in subjects:
        if gender is not None and plural_noun(context, subject):
            continue  # "Her defenders argue …. Her family told her": "her" is one person
        if subject.lower_ == token.lower_ and gender is not None:
            # "He was confirmed ... ¶ "...," he said": the same man
            return True, _named_or_none(pronoun(context, subject, resolve=resolve))
        if gender is not None and GENDERED_NOUNS.get(subject.lower_, gender) != gender:
            continue  # "The congresswoman …. he said": someone else
        named_by = person_named(context, subject)
        if named_by is None and unnamed_one(subject) and meets_named_person(context, subject):
            continue  # "a reporter interviewed Tom Greer. "…," he said": Greer
        if named_by is None:
            person = describes_person(subject) and _described(context, subject, resolve=resolve)
            if person and person.label == "NOMINAL" and _kind_named_before(context, subject, gender=gender):
                continue  # "Police arrested John Doe. The man had been sought …. he said": Doe
            if gender and person and _fits(context, person, gender):
                return True, person
            continue
        found = resolve(context, named_by, at=token.idx)
        if found.name and agrees(context, found, gender):
            return True, found
    return _owner_among(context, subjects, token, gender=gender, resolve=resolve)


def _owner_among(
    context: Context, subjects: Any, token: Any, *, gender: str | None, resolve: Resolve
) -> tuple[bool, Speaker | None]:
    """``Trump's remarks shared his predecessors' candor. Instead, he rattled off``: where no
    subject of a sentence is a person of the pronoun's gender, the person named as a subject's
    owner is the most salient one the sentence offers (the possessor of a subject ranks next
    to the subject in centering accounts of English pronouns), so a "he" or "she" stands for
    that person before any person of a sentence further back."""
    if gender is None:
        return False, None
    for subject in subjects:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        named_by = person_named(context, owner) if owner is not None else None
        if named_by is None:
            continue
        found = resolve(context, named_by, at=token.idx)
        if found.name and agrees(context, found, gender):
            return True, found
    return False, None


def _described(context: Context, subject: Any, *, resolve: Resolve) -> Speaker | None:
    """The person a description stands for (``the senator``: the senator named), else the
    description's own words as a nominal source; none for a definite description that a name
    modifies (``the Pentagon chief``), which describes a person named elsewhere (an indefinite
    one, ``an FDA spokesperson``, brings in someone new)."""
    found = resolve(context, subject, at=subject.idx)
    if found.name:
        return found
    if _modified_by_name(subject) and not unnamed_one(subject):
        return None  # "an FDA spokesperson" introduces one, not someone named elsewhere
    return nominal_speaker(context, subject, *source_phrase(subject, cue=subject.head))


def _kind_named_before(context: Context, subject: Any, *, gender: str | None) -> bool:
    """``As a safeguard, the man also cleaned his dwelling. … As he related``: a definite
    noun of sex or kinship that is no office (``the man``, ``the woman``; ``GENDERED_NOUNS``
    less the title lexicon's and person nouns' forms, ``the congresswoman``)
    whose resolution names no one stands for the unnamed person it describes, unless its
    paragraph or the prose paragraph before names a person of the pronoun's gender before
    it, whom such a noun re-mentions (``Police arrested John Doe. The man had been sought``);
    the search then goes on to that name. A noun with a modifier before it (``the former
    first lady``) names a role of someone named, and is left to the names as before."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    sex = subject.lower_ in GENDERED_NOUNS and subject.lower_ not in OFFICES | PERSON_NOUNS
    if not sex or not subject.text.islower() or not definite:
        return False  # "A young man in the crowd blasted …": someone new; "the congresswoman"
    if any(c.dep_ in {"amod", "compound", "nmod", "poss"} for c in subject.lefts):
        return True  # "The former first lady said": a role of someone named
    here = paragraph_of(context, subject.idx)
    start = context.paragraphs[max(0, here - paragraphs_back(context, subject.idx))][0]
    return any(
        start <= m.start < subject.idx
        and m.label in PERSON_LABELS
        and not in_marks(context, m.start)
        and context.index.fits(m, gender)
        for m in context.index.mentions
    )


def _modified_by_name(noun: Any) -> bool:
    return any(c.pos_ == "PROPN" and c.dep_ in {"compound", "amod", "nmod"} for c in noun.lefts)


def _fits(context: Context, speaker: Speaker, gender: str) -> bool:
    """A nominal source fits any pronoun (its noun's gender is checked on the noun); a named
    one as ``agrees`` says (``the actress … she said`` is not the man last quoted)."""
    return speaker.label == "NOMINAL" or agrees(context, speaker, gender)


def _named_or_none(speaker: Speaker) -> Speaker | None:
    return speaker if speaker.name else None


def recent_speaker(
    context: Context, position: int, *, gender: str | None, labels: set[str] | None = PERSON_LABELS, back: int = 1
) -> Speaker | None:
    """The speaker of a quote in this paragraph or up to ``back`` paragraphs before it, of the
    right kind, gender and number."""
    here = paragraph_of(context, position)
    for record in reversed(context.history):
        if here - paragraph_of(context, record["start"]) > back:
            return None
        known = context.index.gender_of(record["speaker"])
        kind_fits = labels is None or record.get("_label") in labels
        fits = gender is None or (gender_allows(known, gender) and not plural_source(context, record["speaker_span"]))
        if record["speaker"] and kind_fits and fits:
            span = record["speaker_span"] or {"start": record["start"], "end": record["start"]}
            return named(context, span["start"], span["end"], record["speaker"])
    return None


def _person_in_paragraph(context: Context, token: Any, *, gender: str | None) -> Speaker | None:
    """``I spoke to Kaufman on Wednesday about the latest news. "…," he said``: when no person
    is a subject before the pronoun in its paragraph, a person it names there in another role
    (an object, a possessor), outside quotation marks, of a fitting gender: of the nearest
    sentence that names one, the person nearest its main verb in the parse, the nearer on a
    tie (``Among Inhofe's concerns about Hagel, he has said``: the owner of the concerns, not
    a name inside a phrase that modifies them); never one the pronoun's own clause holds
    (``binding``: ``They both decided on Obama in 2008, she says``)."""
    start = context.paragraphs[paragraph_of(context, token.idx)][0]
    people = [
        m
        for m in context.index.mentions
        if start <= m.start < token.idx
        and m.label in PERSON_LABELS
        and not in_marks(context, m.start)
        and context.index.fits(m, gender)
        and not _inside_noun_modifier(context, m)
        and not commands_at(token, m.start)
    ]
    noun = gendered_noun(context, token.doc[_first_token_from(token, start) : token.i], gender=gender)
    if noun is not None and (not people or _sentence_at(context, people[-1].start) < noun.sent.start):
        return _nominal(context, noun)  # "he met a woman online. … she said"
    if not people:
        return None
    sentence = _sentence_at(context, people[-1].start)
    people = [m for m in people if _sentence_at(context, m.start) == sentence]
    person = min(reversed(people), key=lambda m: _depth(context, m))
    return named(context, person.start, person.end, person.name)


def _speaker_since(context: Context, token: Any, *, gender: str | None) -> Speaker | None:
    """``My friend Paul Begala … stunned panelists with a prediction: "…" ¶ His rationale? ¶
    Court fights around the testimony of … could reveal …. "…," he said``: the speaker of the
    latest quote before the pronoun, of its gender, stays the centre of attention while the
    text after that quote names no other person of that gender outside quotation marks and
    noun modifiers."""
    found = recent_speaker(context, token.idx, gender=gender, back=paragraph_of(context, token.idx))
    record = next((r for r in reversed(context.history) if r["speaker"] == (found and found.name)), None)
    if record is None:
        return None
    if any(
        record["end"] <= m.start < token.idx
        and m.label in PERSON_LABELS
        and not in_marks(context, m.start)
        and context.index.fits(m, gender)
        and not _inside_noun_modifier(context, m)
        for m in context.index.mentions
    ):
        return None
    return found


def _inside_noun_modifier(context: Context, mention: Any) -> bool:
    """``Court fights around forcing the testimony of former counsel Don McGahn could reveal
    … "…," he said``: a name inside a prepositional phrase that modifies another noun is no
    antecedent a later pronoun takes (centering ranks a subject, an object and a possessor
    above a noun embedded in another noun phrase), so the search goes on to the speaker of
    the quotes before. A phrase on a subject is its owner's (``remarks from economist X has
    him asserting`` is *X's remarks*), which ranks next to the subject, so it is kept."""
    word = context.doc.char_span(mention.start, mention.end, alignment_mode="expand").root
    noun = word.head.head
    return (
        word.dep_ == "pobj"
        and word.head.dep_ == "prep"
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.dep_ not in {"nsubj", "nsubjpass"}
    )


def _nominal(context: Context, noun: Any) -> Speaker:
    return nominal_speaker(context, noun, *source_phrase(noun, cue=None))


def _sentence_at(context: Context, position: int) -> int:
    return context.doc.char_span(position, position + 1, alignment_mode="expand")[0].sent.start


def _first_token_from(token: Any, start: int) -> int:
    """The index of the first token at or after character ``start`` up to ``token``."""
    first = token.i
    while first > 0 and token.doc[first - 1].idx >= start:
        first -= 1
    return first


def _depth(context: Context, mention: Any) -> int:
    """How many heads lie between a mention's word and its sentence's root."""
    phrase = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    word, depth = phrase.root, 0
    while word.head.i != word.i:
        word, depth = word.head, depth + 1
    return depth


def _closing_subject(context: Context, token: Any, *, gender: str | None, resolve: Resolve) -> Speaker | None:
    """``Gardner went berserk when Sessions announced that he was rescinding the memo. …
    Gardner wasn't in favor …, but in 2018 he was ready to defend it. ¶ "…," he said``: a
    pronoun whose own paragraph names no one before it refers to the person who is a
    main-clause subject of the previous paragraph's last sentence, the centre of attention
    where the paragraph ends, before the speaker of a quote earlier in that paragraph. A last
    sentence inside quotation marks gives no one (the quote's speaker is then the nearer)."""
    here = paragraph_of(context, token.idx)
    if here == 0 or paragraph_of(context, token.sent.start_char) != here:
        return None
    start, end = context.paragraphs[here - paragraphs_back(context, token.idx)]
    last = next((s for s in reversed(doc_sentences(context)) if start <= s.start_char < end), None)
    if last is None or in_marks(context, last.root.idx) or in_quote(context, last.root.idx):
        return None
    main = [t for t in subjects_before(context, last, before=last.end) if main_clause(t)]
    return _person_among(context, main, token, gender=gender, resolve=resolve)[1]


def _previous_paragraph_subject(
    context: Context, token: Any, *, gender: str | None, resolve: Resolve
) -> Speaker | None:
    """``Wild defenseman Ryan Suter ... could see the frustration. ¶ "...," he said.``: a pronoun
    whose own paragraph names no one before it refers to a person who is a subject of the
    previous paragraph's sentences (outside quotation marks), the last sentence first, or to
    the same pronoun there (``he was photographed … Was this …? ¶ He instead told``); the
    search stops at a sentence that names a fitting person in another role."""
    here = paragraph_of(context, token.idx)
    if here == 0 or paragraph_of(context, token.sent.start_char) != here:
        return None
    start, end = context.paragraphs[here - paragraphs_back(context, token.idx)]
    sentences = [
        s
        for s in doc_sentences(context)
        if start <= s.start_char < end and not in_marks(context, s.root.idx) and not in_quote(context, s.root.idx)
    ]
    for sentence in reversed(sentences):
        decided, found = _person_among_subjects(context, sentence, token, gender=gender, resolve=resolve)
        if decided or _names_person(context, sentence, gender=gender):
            return found  # "This has led analysts such as Sergey Radchenko …": not further back
        noun = gendered_noun(context, sentence, gender=gender)
        if noun is not None:
            return _nominal(context, noun)  # "he met a woman at a party. ¶ "…," she said"
    return None


def _names_person(context: Context, sentence: Any, *, gender: str | None) -> bool:
    return any(
        sentence.start_char <= m.start < sentence.end_char
        and m.label in PERSON_LABELS
        and not in_marks(context, m.start)
        and context.index.fits(m, gender)
        for m in context.index.mentions
    )


def _described_person(context: Context, token: Any) -> Speaker | None:
    """``WIRED spoke to one mother, who knew ... "...," she said``: when the pronoun's sentence
    and the one before it in its paragraph name no one, the nearest singular noun there that a
    "who" clause describes is the person, as a nominal source."""
    sentences = sentences_back(context, token)[:2]
    if not sentences:
        return None
    start = sentences[-1].start_char
    if any(
        start <= m.start < token.idx and m.label == "PERSON" and not in_marks(context, m.start)
        for m in context.index.mentions
    ):
        return None
    for noun in reversed([t for s in reversed(sentences) for t in s if t.i < token.i]):
        if noun.tag_ == "NN" and not in_marks(context, noun.idx) and described_by_who(noun):
            return _nominal(context, noun)
    return None
