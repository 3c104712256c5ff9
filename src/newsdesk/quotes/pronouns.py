"""Pronoun sources: the person or group a "he", "she", "they" or "it" stands for.

A pronoun goes to the nearest fitting subject (its sentence, then the sentences before it in
its paragraph), to the speaker of a quote in its paragraph, to a person its paragraph names in
another role (an object, a possessor) or to a person an indefinite noun of its gender brings
in (``a woman``: the English nouns of lexical gender, a closed class written out here), to the
main subject of the previous paragraph's last sentence, to the speaker of a quote in the
paragraph before, to a subject of the previous paragraph, or to a
nominal source a "who" clause describes; "they" to a plural subject or a group, "it" to an
earlier subject. For a "he" or "she" the paragraph before is the nearest one of prose: page
furniture (a newsletter box, a photo caption) is passed over, read by the shape test of
prose that the briefs use too (``newsdesk.prose``). Gender and number come from the article's
own use, a person's gender where the article shows none from the given name
(``NameIndex.gender_of``); a he or she passes over a person or a gendered noun (``the
spokeswoman``) of the other gender, an organisation and a family written in the plural (``the
Clintons``).
A subject found this way is resolved like any other source, by the ``resolve`` function the
caller passes (speaker resolution in ``newsdesk.quotes.speakers``, which in turn sends pronouns
here), so the two stay one recursive resolver without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.entities.titles import OFFICES, PERSON_OFFICES
from newsdesk.parsed import FINITE_TAGS
from newsdesk.prose import shape_problem
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import ALL_CUE_LEMMAS, DOCUMENTS
from newsdesk.quotes.index import gender_allows
from newsdesk.quotes.nouns import GROUP_NOUNS, ORG_NOUNS, PERSON_LABELS, PERSON_NOUNS, PRONOUNS
from newsdesk.quotes.roles import is_party_member
from newsdesk.quotes.sources import (
    PLURAL_QUANTIFIERS,
    Speaker,
    in_marks,
    in_quote,
    is_nominal,
    is_person,
    named,
    nominal_speaker,
    paragraph_of,
    source_phrase,
)

#: How a subject token is resolved to a speaker (``speakers.resolve.resolve_speaker``).
Resolve = Callable[..., Speaker]

#: The parse's tags of a plural noun.
_PLURAL_NOUNS = {"NNS", "NNPS"}
#: Nouns of a person's office or occupation: the title lexicon's offices, the person nouns.
_OFFICE_NOUNS = frozenset(OFFICES | PERSON_NOUNS)

#: The role words of the title lexicon and the person nouns whose form gives a gender
#: ("councilwoman", "spokesman").
_ROLE_WORDS = OFFICES | PERSON_OFFICES | PERSON_NOUNS
#: English nouns of lexical gender (kinship, sex and the gendered forms of roles): a "she" or
#: "he" may stand for one of them as well as for a name.
GENDERED_NOUNS = {
    **dict.fromkeys(
        ("woman", "girl", "lady", "wife", "mother", "daughter", "sister", "aunt", "niece",
         "grandmother", "granddaughter", "girlfriend", "widow", "mom", "actress", "waitress",
         "queen", "princess"),
        "f",
    ),
    **dict.fromkeys(
        ("man", "boy", "gentleman", "husband", "father", "son", "brother", "uncle", "nephew",
         "grandfather", "grandson", "boyfriend", "widower", "dad", "actor", "waiter", "king",
         "prince"),
        "m",
    ),
    **{word: "f" for word in _ROLE_WORDS if word.endswith("woman")},
    **{word: "m" for word in _ROLE_WORDS if word.endswith("man") and not word.endswith("woman")},
}


def pronoun(context: Context, token: Any, *, resolve: Resolve) -> Speaker:
    """Its sentence's subject when that is a person named before it; the speaker of a quote in
    its paragraph; a person its paragraph names before it; the speaker of a quote in the
    previous paragraph; else the latest person whose gender fits."""
    gender = PRONOUNS[token.lower_]
    same = next(
        (t for t in token.sent if t.i < token.i and t.lower_ == token.lower_ and t.dep_ in {"nsubj", "nsubjpass"}), None
    )
    if same is not None:
        return pronoun(context, same, resolve=resolve)  # "Knowing she would be out ..., she announced": the same person
    found = (
        salient_subject(context, token, gender=gender, resolve=resolve)
        or recent_speaker(context, token.idx, gender=gender, back=0)
        or _person_in_paragraph(context, token, gender=gender)
        or _closing_subject(context, token, gender=gender, resolve=resolve)
        or recent_speaker(context, token.idx, gender=gender, back=_paragraphs_back(context, token.idx))
        or _previous_paragraph_subject(context, token, gender=gender, resolve=resolve)
        or _described_person(context, token)
    )
    if found is not None:
        return found
    mention = context.index.person_before(token.idx, gender=gender)
    if mention is None:
        return Speaker()
    return named(context, mention.start, mention.end, mention.name)


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
    subjects = [s for s in subjects_before(context, sentence, before=token.i) if not _in_own_content(s, token)]
    return _person_among(context, subjects, token, gender=gender, resolve=resolve)


def _in_own_content(subject: Any, token: Any) -> bool:
    """``The agency's mistakes are no excuse …, they argue``: the subject of a content clause
    that the pronoun's own reporting verb (of the cue lexicon) reports, standing before it, is
    what the pronoun's referent says, not who says it (a speaker who names herself speaks in
    the first person). A verb of no speech keeps it (``Hard-liners disagree …, they want``:
    the parse may take the clause before for its complement)."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    reports = token.head.lemma_.lower() in ALL_CUE_LEMMAS
    return reports and verb.dep_ == "ccomp" and verb.head.i == token.head.i and verb.i < token.i


def _person_among(
    context: Context, subjects: Any, token: Any, *, gender: str | None, resolve: Resolve
) -> tuple[bool, Speaker | None]:
    """Whether one of ``subjects`` decides the pronoun ``token``, and its speaker: the first
    subject naming or describing a person of the pronoun's gender, or a subject that is the
    same pronoun, resolved in its turn (its answer stands even when it is no one). A gendered
    pronoun is singular, so a plural common noun (``Holt defenders``) is passed over (not
    names joined by "and": ``Holt and Lane met. … she said`` is one of them)."""
    for subject in subjects:
        if gender is not None and _plural_noun(context, subject):
            continue  # "Her defenders argue …. Her family told her": "her" is one person
        if subject.lower_ == token.lower_ and gender is not None:
            # "He was confirmed ... ¶ "...," he said": the same man
            return True, _named_or_none(pronoun(context, subject, resolve=resolve))
        if gender is not None and GENDERED_NOUNS.get(subject.lower_, gender) != gender:
            continue  # "The congresswoman …. he said": someone else
        named_by = person_named(context, subject)
        if named_by is None:
            person = _describes_person(subject) and _described(context, subject, resolve=resolve)
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


def person_named(context: Context, subject: Any) -> Any | None:
    """The word of a subject that names a person: the subject, tagged as one; a person's name
    in apposition to it (``the prophet Obama was in error when he said``: the subject is
    *prophet*; ``House of Commons Speaker John Bercow``, parsed as *House* with *Bercow* in
    apposition); or the subject, a proper noun the tagger left out at this place that is the
    name, or the last word of the name, of a person the article names elsewhere (``Gardner
    went berserk … Gardner wasn't in favor …``). So the subject, not a person named later in
    its sentence or paragraph, is what a pronoun after it stands for."""
    if is_person(context, subject):
        return subject
    appositive = next(
        (c for c in subject.children if c.dep_ == "appos" and is_person(context, c)), None
    )
    if appositive is not None:
        return appositive
    if subject.pos_ != "PROPN" or context.index.mention_at(subject.idx) is not None:
        return None
    text = subject.text
    known = any(
        m.label in PERSON_LABELS and (m.name == text or m.name.endswith(" " + text))
        for m in context.index.mentions
    )
    return subject if known else None


def _describes_person(subject: Any) -> bool:
    """``The WHO's director-general defended the agency. "…," he said``: a singular common
    noun of a person's office or occupation (the title lexicon's offices, the descriptions'
    person nouns), or a party's member written capitalised (``The Republican``), made
    definite by *the* or an owner, is a person a pronoun can stand for."""
    words = [subject, *(c for c in subject.lefts if c.dep_ == "compound")]
    parts = {p for w in words for p in w.lower_.split("-")}  # "director-general": 1 or 3 tokens
    definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in subject.children)
    party = is_party_member(subject)  # "The Republican focused on"
    capital = party or _capitalised_office(subject)  # "The Pope typically protests"
    return (
        subject.tag_ in {"NN", "JJ", *(("NNP",) if capital else ())}
        and (subject.text.islower() or capital)
        and definite
        and (not parts.isdisjoint(_OFFICE_NOUNS) or any(map(described_by_who, _phrase_nouns(subject))))
    )


def _capitalised_office(subject: Any) -> bool:
    """``The Pope typically protests violence, but he implied``: an office of the title
    lexicon written capitalised and alone (not a name's part, ``President Obama``) as the
    subject of a main clause is a person as its lower-case form is. In another clause it is
    mostly a holder named elsewhere in passing (``Juncker, keen to flatter Trump, played along
    in language that the President appreciates``), where the parse may not show the main
    subject first."""
    alone = not any(c.dep_ in {"compound", "flat", "appos", "prep"} for c in subject.children)
    return subject.text.istitle() and alone and subject.lower_ in OFFICES and _main_clause(subject)


def _phrase_nouns(noun: Any) -> list[Any]:
    """A noun and the nouns of the prepositional phrases after it (``the adviser for Obama's
    team, who …``: the parse may hang a relative clause on either)."""
    objects = [o for p in noun.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [noun, *(n for o in objects for n in _phrase_nouns(o))]


def described_by_who(noun: Any) -> bool:
    """``the senior adviser …, who held a top position``: a noun that a relative clause opened
    by *who* describes names a person (*who* stands for people, *which* for things)."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children)


def _described(context: Context, subject: Any, *, resolve: Resolve) -> Speaker | None:
    """The person a description stands for (``the senator``: the senator named), else the
    description's own words as a nominal source; none for a description that a name
    modifies (``the Pentagon chief``), which describes a person named elsewhere."""
    found = resolve(context, subject, at=subject.idx)
    if found.name:
        return found
    if any(c.pos_ == "PROPN" and c.dep_ in {"compound", "amod", "nmod"} for c in subject.lefts):
        return None
    return nominal_speaker(context, subject, *source_phrase(subject, cue=subject.head))


def _fits(context: Context, speaker: Speaker, gender: str) -> bool:
    """A nominal source fits any pronoun (its noun's gender is checked on the noun); a named
    one as ``agrees`` says (``the actress … she said`` is not the man last quoted)."""
    return speaker.label == "NOMINAL" or agrees(context, speaker, gender)


def agrees(context: Context, speaker: Speaker, gender: str | None) -> bool:
    """Whether a "he" or "she" (``gender``) may stand for a named speaker: a person whose
    gender, as the article shows it or else as the given name says it with confidence
    (``NameIndex.gender_of``: ``she`` is not ``Michael T. Flynn``), is not the other one;
    never an organisation or a place, unless the tagger mislabelled a name that has a gender
    (``The GOP nominee, Ovide Lamontagne, … he insists``)."""
    if gender is None:
        return True
    known = context.index.gender_of(speaker.name)
    person = speaker.label in (None, *PERSON_LABELS) or known is not None
    return person and gender_allows(known, gender)


def _named_or_none(speaker: Speaker) -> Speaker | None:
    return speaker if speaker.name else None


def subjects_before(context: Context, sentence: Any, *, before: int) -> list[Any]:
    """A sentence's subjects before token ``before``, outside quotation marks: the main
    clause's first, then the others, nearest first."""
    subjects = [
        t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.i < before and not in_marks(context, t.idx)
    ]
    return sorted(reversed(subjects), key=lambda t: not _main_clause(t))


def _small_clause_subject(token: Any) -> bool:
    """``By declaring Israeli settlements illegal, they said``: the parse's subject of a
    verbless small clause (an adjective or a noun with no verb, the complement of a verb
    before it that takes the pair: *declare X illegal*, *call X a threat*) is that verb's
    object, not the subject of a clause of its own, so "they", whose search reads subjects
    only, passes over it. A "he" or "she" still takes it (``you will find a hung-over Hillary
    angry as hell. She directed``: a person in an object's place is an antecedent too). An
    adjective with a subject in any other place is left to the parse (``Juncker, apparently
    keen to flatter Trump, was eager``)."""
    head = token.head
    return (
        head.pos_ in {"ADJ", "NOUN"}
        and head.dep_ in {"ccomp", "xcomp", "oprd"}
        and head.head.pos_ in {"VERB", "AUX"}
        and head.head.i < token.i < head.i
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    )


def _main_clause(token: Any) -> bool:
    """The token's verb is its sentence's root or a verb coordinated with the root."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


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
        fits = gender is None or (
            gender_allows(known, gender) and not _plural_source(context, record["speaker_span"])
        )
        if record["speaker"] and kind_fits and fits:
            span = record["speaker_span"] or {"start": record["start"], "end": record["start"]}
            return named(context, span["start"], span["end"], record["speaker"])
    return None


def _plural_source(context: Context, span: dict[str, int] | None) -> bool:
    """The source phrase a quote's speaker was read from is plural (``Holt defenders
    argue``): no speaker for a singular "he" or "she"."""
    phrase = span and context.doc.char_span(span["start"], span["end"], alignment_mode="expand")
    return bool(phrase) and _plural_noun(context, phrase.root)


def _plural_noun(context: Context, token: Any) -> bool:
    """A plural common noun that names no person (the tagger takes a surname ending in *s*,
    ``Figgins``, for one, and a name for a plural proper noun), or a family (``family``)."""
    return (token.tag_ == "NNS" and not is_person(context, token)) or family(token)


def family(token: Any) -> bool:
    """``The Clintons pursued …, even though Bill had lied. … his supporters``: a surname in
    the plural after *the* is a family, several people, whom a "he" or "she" does not stand
    for, whether the tagger reads it as plural or not: *the* is the phrase's one word before
    the name (a person's name that ends in *s* has no *the*, ``Sanders``, or has more words
    between, ``the late John Adams``)."""
    return (
        token.tag_ in {"NNP", "NNPS"}
        and token.text.endswith("s")
        and [(c.dep_, c.lower_) for c in token.lefts] == [("det", "the")]
    )


def _person_in_paragraph(context: Context, token: Any, *, gender: str | None) -> Speaker | None:
    """``I spoke to Kaufman on Wednesday about the latest news. "…," he said``: when no person
    is a subject before the pronoun in its paragraph, a person it names there in another role
    (an object, a possessor), outside quotation marks, of a fitting gender: of the nearest
    sentence that names one, the person nearest its main verb in the parse, the nearer on a
    tie (``Among Inhofe's concerns about Hagel, he has said``: the owner of the concerns, not
    a name inside a phrase that modifies them)."""
    start = context.paragraphs[paragraph_of(context, token.idx)][0]
    people = [
        m
        for m in context.index.mentions
        if start <= m.start < token.idx
        and m.label in PERSON_LABELS
        and not in_marks(context, m.start)
        and context.index.fits(m, gender)
    ]
    noun = _gendered_noun(context, token.doc[_first_token_from(token, start) : token.i], gender=gender)
    if noun is not None and (not people or _sentence_at(context, people[-1].start) < noun.sent.start):
        return _nominal(context, noun)  # "he met a woman online. … she said"
    if not people:
        return None
    sentence = _sentence_at(context, people[-1].start)
    people = [m for m in people if _sentence_at(context, m.start) == sentence]
    person = min(reversed(people), key=lambda m: _depth(context, m))
    return named(context, person.start, person.end, person.name)


def _gendered_noun(context: Context, tokens: Any, *, gender: str | None) -> Any | None:
    """The last of ``tokens`` that is an indefinite singular noun of the pronoun's gender
    (``GENDERED_NOUNS``) outside quotation marks: a person the text brings in without a name
    (``a woman``); a definite one (``the actress``, ``his mom``) is someone named elsewhere."""
    if gender is None:
        return None
    nouns = [
        t
        for t in tokens
        if t.tag_ == "NN"
        and GENDERED_NOUNS.get(t.lower_) == gender
        and indefinite(t)
        and not in_marks(context, t.idx)
    ]
    return nouns[-1] if nouns else None


def indefinite(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.children)


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


def _closing_subject(
    context: Context, token: Any, *, gender: str | None, resolve: Resolve
) -> Speaker | None:
    """``Gardner went berserk when Sessions announced that he was rescinding the memo. …
    Gardner wasn't in favor …, but in 2018 he was ready to defend it. ¶ "…," he said``: a
    pronoun whose own paragraph names no one before it refers to the person who is a
    main-clause subject of the previous paragraph's last sentence, the centre of attention
    where the paragraph ends, before the speaker of a quote earlier in that paragraph. A last
    sentence inside quotation marks gives no one (the quote's speaker is then the nearer)."""
    here = paragraph_of(context, token.idx)
    if here == 0 or paragraph_of(context, token.sent.start_char) != here:
        return None
    start, end = context.paragraphs[here - _paragraphs_back(context, token.idx)]
    last = next((s for s in reversed(list(token.doc.sents)) if start <= s.start_char < end), None)
    if last is None or in_marks(context, last.root.idx) or in_quote(context, last.root.idx):
        return None
    main = [t for t in subjects_before(context, last, before=last.end) if _main_clause(t)]
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
    start, end = context.paragraphs[here - _paragraphs_back(context, token.idx)]
    sentences = [
        s
        for s in token.doc.sents
        if start <= s.start_char < end and not in_marks(context, s.root.idx) and not in_quote(context, s.root.idx)
    ]
    for sentence in reversed(sentences):
        decided, found = _person_among_subjects(context, sentence, token, gender=gender, resolve=resolve)
        if decided or _names_person(context, sentence, gender=gender):
            return found  # "This has led analysts such as Sergey Radchenko …": not further back
        noun = _gendered_noun(context, sentence, gender=gender)
        if noun is not None:
            return _nominal(context, noun)  # "he met a woman at a party. ¶ "…," she said"
    return None


def _paragraphs_back(context: Context, position: int) -> int:
    """How many paragraphs back from the one at ``position`` the paragraph before it lies that
    holds prose: page furniture between them (a newsletter box, a photo caption, a list of
    links) is no part of the discourse, so a pronoun after it reads the prose before it as
    the paragraph before (``Mr. Obama said. ¶ Newsletter Sign Up … ¶ Referring to …, he
    said``: Obama). At least one; the first paragraph counts as prose."""
    here = paragraph_of(context, position)
    back = 1
    while back < here and furniture(context, here - back):
        back += 1
    return back


def furniture(context: Context, number: int) -> bool:
    """A paragraph is page furniture when more of its sentences show a shape that prose does
    not have (``prose.shape_problem``: a promotion, a link, a caption, a share bar, a
    line with no end, headline case; or no finite verb, ``- Follow the Ticker``) than are
    prose; a short sentence (a fragment) counts for neither, and a line that ends in a colon,
    comma or dash leads into what follows, as prose does. Each paragraph is read once per
    article (``Context.furniture``): three steps of a pronoun, and every pronoun after it,
    ask about the same paragraphs."""
    if number not in context.furniture:
        start, end = context.paragraphs[number]
        shapes = [_shape(s) for s in context.doc.sents if start <= s.start_char < end]
        context.furniture[number] = shapes.count("furniture") > shapes.count("prose")
    return context.furniture[number]


def _shape(sentence: Any) -> str:
    """``prose``, ``furniture`` or ``fragment`` (see ``furniture``)."""
    text = sentence.text.strip()
    problem = shape_problem(text)
    if problem == "no terminal punctuation" and text[-1:] in {":", ",", ";", "-", "—", "–"}:
        problem = None
    if problem is None and not any(t.tag_ in FINITE_TAGS for t in sentence):
        problem = "no finite verb"
    if problem == "fragment":
        return "fragment"
    return "prose" if problem is None else "furniture"


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


def earlier_subject(context: Context, token: Any, *, resolve: Resolve) -> Speaker | None:
    """``Xi's message was silent ... Yet, it included ...``, ``Media Matters has traced what it
    calls``: "it" is a subject before it in its sentence or in an earlier sentence of the
    paragraph, resolved like any subject (a document goes to its author)."""
    for sentence in sentences_back(context, token):
        for subject in [
            t
            for t in sentence
            if t.dep_ in {"nsubj", "nsubjpass"}
            and t.i < token.i
            and not in_marks(context, t.idx)
            and t.lower_ not in {*PRONOUNS, "they", "it"}
        ]:
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


def plural_subject(
    context: Context, token: Any, *, resolve: Resolve, describe: Describe
) -> Speaker | None:
    """``How did the lawyers representing Concord respond? They claimed ...``: "they" is the
    nearest earlier subject in this or the previous paragraph that stands for several people
    (a plural noun, or names joined by "and"), by its name or, unnamed, its own words, with
    an owner there resolved by ``describe`` (``Her aides`` -> ``Jane Doe's aides``); a
    singular thing on the way is passed over, one person or organisation ends the search, and
    a singular group of people ("the jury") ends it with no speaker (an empty ``Speaker``: the
    caller then takes no earlier speaker either)."""
    for sentence in sentences_back(context, token, back=1):
        for subject in subjects_before(context, sentence, before=token.i):
            if subject.lower_ in {*PRONOUNS, "it", "i", "we", "you"} or _in_own_content(subject, token):
                continue
            if subject.lower_ == "they":
                # "They took … They claimed"
                return plural_subject(context, subject, resolve=resolve, describe=describe)
            if _small_clause_subject(subject):
                continue  # "By declaring Israeli settlements illegal, they said": the object
            if not _is_plural(subject) and _no_one(context, subject):
                continue  # "The fact that the Democrats have … , yet they said": not "the fact"
            if not _is_plural(subject) and subject.lemma_.lower() in GROUP_NOUNS:
                # "the editorial board … they write": the group's owner where the article
                # names one; "The jury … They said": a group, not an earlier speaker
                found = resolve(context, subject, at=token.idx)
                return found if found.name else Speaker()
            if not _is_plural(subject):
                return None  # the nearest subject is one person or one organisation
            found = resolve(context, subject, at=token.idx)
            if found.name is None and is_nominal(subject):
                start, end = source_phrase(subject, cue=subject.head)
                found = nominal_speaker(context, subject, start, end, text=describe(context, subject, start, end))
            return found if found.name else None
    return None


#: Singular nouns "they" may stand for or that end its search: people, organisations, offices,
#: documents and groups of people.
_SPEAKING = frozenset(PERSON_NOUNS | ORG_NOUNS | OFFICES | DOCUMENTS | GROUP_NOUNS)


def _no_one(context: Context, token: Any) -> bool:
    """A singular common noun that is no person, no organisation and no document that speaks
    for its authors (``the fact``, ``the plan``; not ``the statement``), or a relative *which*
    or *that*: "they" cannot stand for it, nor does it hide a plural subject beyond it."""
    thing = token.tag_ == "NN" and token.lemma_.lower() not in _SPEAKING
    return (thing or token.tag_ == "WDT") and context.index.mention_at(token.idx) is None


def _is_plural(token: Any) -> bool:
    joined = any(c.dep_ == "conj" for c in token.children)
    plural = token.tag_ in _PLURAL_NOUNS or joined or _plural_verb(token)
    return plural or _partitive(token) or _plural_by_quantity(token)


def _plural_by_quantity(token: Any) -> bool:
    """A subject that stands for several whose head the parse gives as one word of quantity:
    a quantifier with no *of* phrase (``Many in the GOP cite ..., they say``: the quantifier
    is the group itself), or an indefinite singular noun of no speaking kind whose *of* phrase
    holds a plural noun of people or organisations, or a group (``An array of advocacy groups
    rallied. They say``, ``a large share of the public``: the noun only counts them)."""
    if token.lower_ in PLURAL_QUANTIFIERS:
        return not any(c.lower_ == "of" for c in token.children)
    counted = token.tag_ == "NN" and token.lemma_.lower() not in _SPEAKING
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    if not (counted and indefinite):
        return False
    counts = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(_people(o) for o in counts)


def _people(noun: Any) -> bool:
    """Several people: a plural noun of people, organisations or documents, or a group."""
    lemma = noun.lemma_.lower()
    return (noun.tag_ in _PLURAL_NOUNS and lemma in _SPEAKING) or lemma in GROUP_NOUNS


def _partitive(token: Any) -> bool:
    """``Most of the so-called experts had said …. They insisted``: a quantifier whose *of*
    phrase holds a plural noun, or a plural pronoun (``Some of them``), stands for several of
    them."""
    return any(o.tag_ in _PLURAL_NOUNS or o.lower_ in _PLURAL_PRONOUNS
               for o in _partitive_objects(token))


#: Pronouns of a group of others that a partitive's *of* phrase may hold.
_PLURAL_PRONOUNS = {"them", "those", "these"}


def partitive_pronoun(token: Any) -> Any | None:
    """``Some of them say``, ``Many of those say``: the pronoun of a quantifier's *of* phrase,
    which stands for the group the quantifier takes a part of (resolved as a plural "they")."""
    return next((o for o in _partitive_objects(token) if o.lower_ in _PLURAL_PRONOUNS), None)


def _partitive_objects(token: Any) -> list[Any]:
    """The objects of the *of* phrase of a quantifier of ``PLURAL_QUANTIFIERS`` ("Most of the
    experts": experts); none for any other token."""
    if token.lower_ not in PLURAL_QUANTIFIERS:
        return []
    return [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _plural_verb(token: Any) -> bool:
    """``Big Machine have twice denied``: a name whose verb agrees in the plural (British usage
    for an organisation) stands for several people."""
    if token.tag_ != "NNP":
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ in {"aux", "auxpass"})]
    finite = next((v for v in verbs if v.tag_ in {"VBP", "VBZ", "VBD"}), None)
    return finite is not None and (finite.tag_ == "VBP" or finite.lower_ == "were")


def group_subject(context: Context, token: Any, *, resolve: Resolve) -> Speaker:
    """``The SDF declared victory ... They say ...``: the nearest organisation that is a subject
    in this or the previous paragraph."""
    for sentence in sentences_back(context, token, back=1):
        for subject in reversed(
            [
                t
                for t in sentence
                if t.dep_ in {"nsubj", "nsubjpass"}
                and t.i < token.i
                and not in_marks(context, t.idx)
                and t.lower_ not in {*PRONOUNS, "they", "it"}
            ]
        ):
            found = resolve(context, subject, at=token.idx)
            if found.name and found.label not in (None, "PERSON"):
                return found
    return Speaker()


def sentences_back(context: Context, token: Any, *, back: int = 0) -> list[Any]:
    """The pronoun's sentence and the sentences before it in its paragraph, nearest first."""
    start = context.paragraphs[max(0, paragraph_of(context, token.idx) - back)][0]
    sentences = [s for s in token.doc.sents if start <= s.start_char <= token.idx]
    return [s for s in reversed(sentences) if not in_quote(context, s.root.idx)]
