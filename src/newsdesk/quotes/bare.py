"""Speakers of quotes no cue introduces: a follow-up quote of the speaker before, a quote
that an owned noun of someone's words introduces, a quote introduced by a colon, a
parenthetical speech verb inside the quote, the subject of the sentence before, or a person
the next sentence names as the maker of "these comments"."""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.cue_subjects import subject_of
from newsdesk.quotes.cues import (
    ALL_CUE_LEMMAS,
    CUE_LEMMAS,
    LINKING_VERBS,
    NOUN_CUES,
    according_source,
    as_parenthetical_source,
)
from newsdesk.quotes.marks import MarkedSpan
from newsdesk.quotes.pronouns.clauses import main_clause
from newsdesk.quotes.sources import (
    Speaker,
    in_marks,
    is_nominal,
    is_person,
    named,
    nominal_speaker,
    paragraph_of,
    source_phrase,
)
from newsdesk.quotes.speakers.documents import is_document

#: A bare quote takes the previous quote's speaker when at most this many paragraphs apart.
from newsdesk.quotes.speakers.history import FOLLOW_UP_PARAGRAPHS
from newsdesk.quotes.speakers.resolve import resolve_speaker, same_speaker
from newsdesk.quotes.speakers.subjects import person_subject_of_clause, subject_of_clause, token_at
from newsdesk.quotes.speakers.titles import PERSON_LIKE


def opens_sentence(context: Context, span: MarkedSpan) -> bool:
    token = token_at(context, span.start)
    return token is None or token.sent.start_char >= span.open_at - 1


def root_subject(context: Context, span: MarkedSpan) -> Any | None:
    """``Lewis also skipped ... because he didn't believe Bush was "the true elected president."``:
    a quoted fragment inside a sentence belongs to the subject of the sentence, when it has one;
    first to the subject of the clause that holds it where that clause says whose words they
    are (``clause_subject``)."""
    holder = clause_subject(context, span)
    if holder is not None:
        return holder
    root = token_at(context, span.start).sent.root
    agent = next((c for a in root.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None)
    if agent is not None:
        return agent  # "MSF has been accused of reinforcing "..." by 1,000 employees"
    return next(
        (c for c in root.children if c.dep_ == "nsubj" and c.idx < span.open_at and not in_marks(context, c.idx)), None
    )


#: Verbs of regarding (VerbNet characterize-29.2, *view, regard, see, consider, deem*): in
#: their frame of an object and an *as* phrase, their subject holds the view the *as* phrase
#: states (``which Apple views as “a fundamental human right”``, ``treats the plan as “dead”``);
#: out of it many mean something else (``holds “town halls”``, ``see the “reform”``).
_REGARDING = frozenset({"view", "regard", "see", "consider", "deem", "characterize",
                        "characterise", "portray", "depict", "cast", "treat", "hold"})


def clause_subject(context: Context, span: MarkedSpan) -> Any | None:
    """``Among those values is privacy, which Apple views as “a fundamental human right”``: a
    quoted fragment is held by the nearest verb above it; where that verb reports or regards
    (a speech verb, a verb of ``_REGARDING`` with the fragment in its *as* phrase) or opens a
    relative clause, its subject says whose words or view the fragment is, not the subject of
    the sentence's main clause (``privacy``); a relative pronoun stands for its noun. The verb
    stands before the quotation and outside the marks (one inside is part of the words); a
    copula's subject is what the words describe (``he didn't believe Bush was “…”``), so none
    is read."""
    token = token_at(context, span.start)
    verbs = (a for a in token.ancestors if a.pos_ in {"VERB", "AUX"})
    verb = next((v for v in verbs if not in_marks(context, v.idx)), None)
    if verb is None or verb.idx >= span.open_at or verb.lemma_.lower() in LINKING_VERBS:
        return None
    lemma = verb.lemma_.lower()
    if not (lemma in ALL_CUE_LEMMAS or _regards_as(verb, token) or verb.dep_ == "relcl"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"}:
        noun = verb.head.pos_ in {"NOUN", "PROPN"}
        subject = verb.head if verb.dep_ == "relcl" and noun else None
    if subject is None or in_marks(context, subject.idx):
        return None
    return subject if is_person(context, subject) or _organisation(context, subject) else None


def actor_above(context: Context, span: MarkedSpan) -> Any | None:
    """``The media deserved the criticism, and that's why Todd bemoaned how “every social
    media debate devolves into …”``: where the sentence's own subject names no one, a quoted
    fragment inside it is the words of the person or organisation the article names as the
    subject of the nearest verb above it, before the marks (as ``root_subject`` reads the
    sentence's subject), not the previous speaker's by turn, when that verb says the fragment
    is someone's words or thought (``_reports_fragment``); under any other verb the fragment
    is what the subject did or made (``Jane Roe cast “a vote for …”``), not their words."""
    token = token_at(context, span.start)
    if token is None:
        return None
    verbs = (v for v in token.ancestors if v.pos_ in {"VERB", "AUX"})
    verb = next((v for v in verbs if not in_marks(context, v.idx)), None)
    if verb is None or verb.idx >= span.open_at or verb.lemma_.lower() in LINKING_VERBS:
        return None  # a copula's subject is what the words describe ("If X is “…”")
    if not _reports_fragment(context, verb, span):
        return None
    subjects = (c for c in verb.children if c.dep_ == "nsubj" and c.idx < span.open_at)
    subject = next(subjects, None)
    mention = None if subject is None else context.index.mention_at(subject.idx)
    return subject if mention is not None and mention.label in {"PERSON", "ORG"} else None


#: Complementisers of a content clause (``complained that …``, ``bemoaned how …``).
_CONTENT_CLAUSE = frozenset({"that", "how", "whether", "why"})


def _reports_fragment(context: Context, verb: Any, span: MarkedSpan) -> bool:
    """The verb is one of speech, writing or thought by the cue lexicon, or the marks open
    the content clause a complementiser right before them introduces: in English only verbs
    of saying, thinking and feeling take a clause of content (``bemoaned how “…”``)."""
    if verb.lemma_.lower() in ALL_CUE_LEMMAS:
        return True
    before = token_at(context, span.open_at)
    before = None if before is None or before.i == 0 else before.doc[before.i - 1]
    while before is not None and before.is_punct and before.i > 0:
        before = before.doc[before.i - 1]
    return (before is not None and before.lower_ in _CONTENT_CLAUSE
            and before.tag_ in {"IN", "WRB"} and before.i > verb.i)


def _regards_as(verb: Any, token: Any) -> bool:
    """A verb of ``_REGARDING`` in its frame of regarding: an object and an *as* phrase that
    holds ``token``."""
    if verb.lemma_.lower() not in _REGARDING or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and token in c.subtree for c in verb.children)


def _organisation(context: Context, token: Any) -> bool:
    found = resolve_speaker(context, token, at=token.idx)
    return found.name is not None and found.label == "ORG"


def previous_sentence_subject(context: Context, span: MarkedSpan) -> Speaker:
    """``Aderholt returned to the issue later in the hearing. "What commercial launch vehicles
    ...?"``: a bare quote that follows a sentence of its paragraph belongs to that sentence's
    subject when it names someone (after ``"A," York said.`` that is York again)."""
    token = token_at(context, span.open_at)
    if token is None or token.sent.start == 0:
        return Speaker()
    previous = token.doc[token.sent.start - 1].sent
    if paragraph_of(context, previous.start_char) != paragraph_of(context, span.open_at):
        return _narrator_before(context, span, previous)
    if in_marks(context, previous.root.idx):
        return Speaker()
    subject = next(
        (c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"} and not in_marks(context, c.idx)), None
    )
    found = resolve_speaker(context, subject, at=span.open_at)
    if found.label in (None, "NOMINAL"):
        found = _parenthetical_speaker(context, previous, at=span.open_at)
    return found if found.label not in (None, "NOMINAL") else Speaker()


#: Subject pronouns that stand for one person.
_PERSON_PRONOUNS = {"he", "she"}


def _narrator_before(context: Context, span: MarkedSpan, previous: Any) -> Speaker:
    """``Morning Edition asked Roxane Gay … She agreed that the country isn't more racially
    divided … ¶ “We've been able to look away …”``: a bare quotation that opens its paragraph
    after a paragraph of narration (no quotation marks in it) whose last sentence has a person
    as its subject continues that person's account: the narration has moved the story to
    them since any earlier quotation. A subject that is no person (``The bill passed in
    May.``) leaves the quotation to the speaker before."""
    here = span.first_paragraph
    if here == 0 or span.open_at != context.paragraphs[here][0]:
        return Speaker()
    start, end = context.paragraphs[here - 1]
    if not start <= previous.start_char < end or any(start <= s < end or start < e <= end for s, e in context.quoted):
        return Speaker()
    subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in _PERSON_PRONOUNS or is_person(context, subject)):
        return _reporter_in(context, previous, at=span.open_at)
    found = resolve_speaker(context, subject, at=span.open_at)
    return found if found.name and found.label == "PERSON" else Speaker()


def _reporter_in(context: Context, sentence: Any, *, at: int) -> Speaker:
    """``As the piece, by Lyndsey Layton, details, Gates' money helped unite disparate
    interests … ¶ “The Gates Foundation spread money …”``: where the narration's last sentence
    has no person as its subject but is itself a person's account (a reporting parenthetical,
    *as X details*, or a speech verb of its main clause whose subject is a person, with what
    it reports: ``At current rates, X said, there will be …``), the quotation after it goes on
    with that account. A person the sentence only names, as an object or in a clause under
    its main one (``Shares fell after X warned of weak demand``: the sentence tells of the
    shares, and X's warning reports nothing), gives none."""
    for token in sentence:
        source = as_parenthetical_source(token)
        if source is not None and is_person(context, source):
            found = resolve_speaker(context, source, at=at)
            if found.name and found.label == "PERSON":
                return found
    for verb in _reporting_main_clause(context, sentence):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and is_person(context, subject):
            found = resolve_speaker(context, subject, at=at)
            return found if found.name and found.label == "PERSON" else Speaker()
    return Speaker()


def _set_off_it(token: Any) -> bool:
    """An object *it* that ends a clause set off by punctuation (``tell it,``)."""
    after = token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_punct
    return token.dep_ == "dobj" and token.lower_ == "it" and after


#: How a speech verb holds what it reports (``docs/attribution-rules.md``: a clause or a
#: non-finite complement; a noun or a phrase alone is no content).
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis"})


def _reporting_main_clause(context: Context, sentence: Any) -> list[Any]:
    """The speech verbs that make ``sentence`` a report: its root, when it reports a clause,
    a reporting clause set off inside the root's clause (the root is then what it reports),
    and a parenthetical whose object *it* set off by a comma stands for what the sentence
    tells (``To hear Clinton tell it, she helped rebuild …``, as in *as X put it*)."""
    root = sentence.root
    verbs = [root] if any(c.dep_ in _REPORTED for c in root.children) else []
    verbs += [c for c in root.children if c.dep_ == "parataxis"]
    verbs += [t for t in sentence if any(_set_off_it(c) for c in t.children)]
    return [v for v in verbs if v.pos_ == "VERB" and v.lemma_.lower() in CUE_LEMMAS
            and not in_marks(context, v.idx)]


#: Nouns for what a speaker said that a sentence after a bare quotation may name it by
#: ("These comments ... were made by Boris Johnson", "Those words from ... Judge Jackson"):
#: the nouns of speech of the cue lexicon, and "line", a quoted line.
_SAID_NOUNS = NOUN_CUES | {"line"}
#: Determiners that point back to the quotation just before.
_POINTING = {"these", "those", "this", "that", "such"}
#: Verbs whose passive agent made the words: "were made by", "were uttered by".
_MADE_BY = {"make", "utter", "write", "speak", "deliver", "say", "pen", "tweet", "post"}


def named_after(context: Context, span: MarkedSpan) -> Speaker:
    """``“I am increasingly admiring of Donald Trump. …” These comments, subsequently leaked,
    were made last month by Boris Johnson``: a bare quotation that closes its sentence is
    named in the next one by a pointing noun of speech, and the person that sentence gives as
    its maker (the passive's agent of a verb of making or saying, the object of *from* after
    the noun, or the author *by* names of a work it comes from) is its speaker. A sentence
    that says what was done to the words ("were reported by", "echoed remarks by") names no
    maker. Why by hand: no parser or quotation library links a quotation to a later
    sentence's noun that refers back to it; the parse gives the noun, its determiner and the
    agent, the lexicons above say which nouns and verbs mean speaking."""
    after = token_at(context, span.end)
    if after is None:
        return Speaker()
    following = next((t for t in after.doc[after.i :] if not t.is_punct and not t.is_space), None)
    if following is None or following.idx < span.end or following.sent.start != following.i:
        return Speaker()
    if paragraph_of(context, following.idx) != paragraph_of(context, span.end):
        return Speaker()
    noun = next((t for t in following.sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if noun is None or noun.lemma_.lower() not in _SAID_NOUNS:
        return Speaker()
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return Speaker()
    root = following.sent.root
    makers = [
        c for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for c in p.children if c.dep_ == "pobj"
    ]
    if root.lemma_.lower() in _MADE_BY and noun.dep_ == "nsubjpass":
        makers += [c for a in root.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    # "Those words from a 120-page decision by US District Court Judge Ketanji Brown Jackson"
    makers += [
        c
        for m in makers
        for p in m.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    for maker in makers:
        if not is_person(context, maker):
            continue
        found = resolve_speaker(context, maker, at=span.open_at)
        if found.name and found.label not in (None, "NOMINAL"):
            return found
    return Speaker()


#: Nouns for someone's words that may introduce a quotation with no verb: the nouns of speech
#: of the cue lexicon and nouns for words given as an account or an answer.
_WORDS_NOUNS = NOUN_CUES | {
    "description",
    "words",
    "account",
    "response",
    "reply",
    "answer",
    "verdict",
    "summary",
    "quote",
    "line",
}
#: What may stand between such a noun and the quotation's opening mark.
_BETWEEN = {":", ",", "that", "—", "–", "-"}


def owner_of_words(context: Context, span: MarkedSpan) -> Speaker:
    """``a belief in the Founding Fathers’ promise that “All men are created equal.”``, ``Here’s
    The New Yorker’s description of the issue: “…”``: a quotation that an owned noun of
    someone's words introduces (the noun, or its *of* phrase, ends the words before the opening
    mark, but for *that*, a colon, a comma or a dash) is the owner's, not the sentence's
    subject's nor the speaker's before. Why by hand: the parse hangs the quotation on the
    noun, a verb or a new sentence as it will; the words before the mark and the noun's owner
    are what link them."""
    before = token_at(context, span.open_at)
    word = None if before is None or before.i == 0 else before.doc[before.i - 1]
    while word is not None and word.i > 0 and (word.lower_ in _BETWEEN or word.is_space):
        word = word.doc[word.i - 1]
    if word is None or in_marks(context, word.idx):
        return Speaker()
    noun = _words_noun(word)
    owner = None if noun is None else _owner(noun)
    if owner is None:
        return Speaker()
    found = resolve_speaker(context, owner, at=span.open_at)
    if found.name is None and is_nominal(owner):
        return nominal_speaker(context, owner, *source_phrase(owner, cue=None))  # "the Founding Fathers"
    return found


#: The possessive marks of a plural owner, which the parse may leave as punctuation.
_APOSTROPHES = {"’", "'"}


def _owner(noun: Any) -> Any | None:
    """A noun's owner: its possessive dependent, or the plural noun right before an apostrophe
    that the parse left as punctuation (``the Founding Fathers’ promise``)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None or noun.i < 2:
        return owner
    mark, before = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    plural = before.tag_ in {"NNS", "NNPS"} and before.text.endswith("s")
    return before if mark.text in _APOSTROPHES and plural else None


def _words_noun(word: Any) -> Any | None:
    """The noun of someone's words that ``word`` is, or ends the *of* phrase of (``description
    of the issue``)."""
    for candidate in (word, *word.ancestors):
        if candidate.pos_ == "NOUN" and candidate.lemma_.lower() in _WORDS_NOUNS:
            return candidate
        if candidate.dep_ not in {"pobj", "prep"} or candidate.right_edge.i != word.i:
            return None
    return None


def aside_speaker(context: Context, span: MarkedSpan) -> Speaker:
    """``As Steve Malanga wrote in the Journal, as early as the 1970s, "…"``: a quote inside
    its sentence with no subject of its own belongs to the person who is the subject of a
    speech verb set before it in that sentence, not to the speaker before."""
    token = token_at(context, span.open_at)
    if token is None:
        return Speaker()
    return _parenthetical_speaker(context, token.sent, at=span.open_at, before=span.open_at)


def _parenthetical_speaker(context: Context, sentence: Any, *, at: int, before: int | None = None) -> Speaker:
    """``At current rates, Bridenstine said, there will be three SLS rockets … "…"``: the
    person who is the subject of a speech verb inside the sentence before a bare quote (or
    inside the quote's own sentence, before ``before``)."""
    for verb in (
        t
        for t in sentence
        if t.lemma_.lower() in CUE_LEMMAS
        and t.pos_ == "VERB"
        and not in_marks(context, t.idx)
        and (before is None or t.idx < before)
    ):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and is_person(context, subject):
            found = resolve_speaker(context, subject, at=at)
            if found.name:
                return found
    return Speaker()


def follow_up(context: Context, span: MarkedSpan) -> dict[str, Any] | None:
    """A bare quote belongs to the previous quote's speaker (within ``FOLLOW_UP_PARAGRAPHS``)
    while it goes on with that speaker's turn: no other person or organisation acts in the
    narration between them, nor in the quotation's own sentence (``another_actor``)."""
    if not context.history:
        return None
    earlier = context.history[-1]
    gap = paragraph_of(context, span.open_at) - paragraph_of(context, earlier["end"])
    if gap > FOLLOW_UP_PARAGRAPHS or another_actor(context, earlier, span):
        return None
    return earlier


def another_actor(context: Context, earlier: dict[str, Any], span: MarkedSpan) -> bool:
    """``“…,” she said. ¶ The Justice Department has been holding people far longer … ¶ “We
    write with urgency”``, ``attempt to “…,” the New Yorker showed the world a man``: a bare
    quotation goes on with the previous speaker's turn (the rules' follow-up) only while the
    story stays with that speaker; a person or an organisation named as the subject of a main
    clause (the clause that carries the story: a relative or adverbial clause's subject is
    background) or of a clause that holds the quotation, other than the speaker, in the
    quotation's own sentence or, for a quotation in a later
    paragraph than the speaker's, in the narration since the speaker's quotation (outside any
    marks; within the speaker's paragraph the turn holds) has taken the story from them, and the
    quotation is no longer theirs by turn (news writes a speaker's next words right after them
    or after narration about them). A pronoun or a description stands for someone already in
    the story and introduces no one, and so does a name that only modifies a noun."""
    token = token_at(context, span.open_at)
    end = span.open_at if token is None else max(token.sent.end_char, span.open_at)
    same_paragraph = paragraph_of(context, span.open_at) == paragraph_of(context, earlier["end"])
    start = token.sent.start_char if same_paragraph and token is not None else earlier["end"]
    said = earlier.get("speaker") or ""
    since = max(start, earlier["end"])
    inside = token_at(context, span.start)
    holders = set() if inside is None else {a.i for a in inside.ancestors}
    for subject in (t for t in context.doc if since <= t.idx < end and t.dep_ == "nsubj"):
        if in_marks(context, subject.idx) or in_marks(context, subject.head.idx):
            continue
        if not main_clause(subject) and subject.head.i not in holders:
            continue  # "The agency, which Jones created in 2019, has grown": the agency acts
        mention = context.index.mention_at(subject.idx)
        if mention is None or mention.label not in {"PERSON", "ORG"}:
            continue
        if not _names_a_noun(subject, mention.end) and not same_speaker(mention.name, said):
            return True
    return False


def _names_a_noun(subject: Any, end: int) -> bool:
    """A name that the parse made the subject but that modifies the noun after it (``Trump
    voters and their analogues have``): the voters act, not the person named."""
    after = subject.nbor(1) if subject.i + 1 < len(subject.doc) else None
    return after is not None and after.idx >= end and after.pos_ == "NOUN"


def introduced_by_colon(context: Context, span: MarkedSpan) -> tuple[Speaker, Any | None]:
    """A person named before a colon that introduces the quote, in its paragraph or, for a
    quote opening its paragraph, the one before (``I asked Haiyun Ma, ...:``), and the cue
    word the lead-in has for it: *according* of ``According to X:``, else ``None``."""
    start, end = context.paragraphs[span.first_paragraph]
    if span.open_at == start:
        if span.first_paragraph == 0:
            return Speaker(), None
        start, end = context.paragraphs[span.first_paragraph - 1]
    else:
        end = span.open_at
    if not context.text[start:end].rstrip().endswith(":"):
        return Speaker(), None
    colon = len(context.text[:end].rstrip()) - 1
    subject = _colon_subject(context, colon) or _lead_in_speaker(context, colon, asides=False)
    if subject is not None:
        return subject, None
    according = _lead_in_according(context, colon)
    if according is not None:
        return according
    subject = (
        _lead_in_words(context, colon)
        or _lead_in_subject(context, colon)
        or _lead_in_speaker(context, colon, asides=True)
    )
    if subject is not None:
        return subject, None
    people = [m for m in context.index.mentions if start <= m.start < end and m.label == "PERSON"]
    if not people:
        return Speaker(), None
    return named(context, people[-1].start, people[-1].end, people[-1].name), None


def _lead_in_speaker(context: Context, colon: int, *, asides: bool) -> Speaker | None:
    """``As The Monitor’s Peter Grier explains, party allegiance is …:``, ``Facebook did not
    respond, but a spokesperson stated in May …:``, ``the Guardian writes that:``: a lead-in
    whose own subject is no person but that reports speech itself introduces the words of
    that speech verb's subject (the last before the colon), a person, a description of one
    or an organisation, not of a person it names as what the speech is about. A relative
    pronoun stands for its noun (``the senator, who said …:``) and a participle after
    a noun has the noun as subject (``Here's NPR explaining:``). A verb of an *as* clause
    reports the clause it stands in, not what the colon opens, so it is read only with
    ``asides`` (after the lead-in's own subject: ``As X noticed, the memo includes this:``).
    Why by hand: the parse hangs the quotation after a colon on any word or none; the cue
    lexicon and the verb's subject say whose words the lead-in promises."""
    token = token_at(context, colon)
    if token is None:
        return None
    verbs = [t for t in token.sent if t.i < token.i and _speech_verb(context, t) and _in_as_clause(t) == asides]
    for verb in reversed(verbs):
        subject = _verb_subject(context, verb)
        if subject is None or subject.pos_ == "PRON":
            continue
        found = resolve_speaker(context, subject, at=subject.idx)
        if found.name and (is_person(context, subject) or found.label == "ORG"):
            return found
        if found.name is None and is_nominal(subject) and subject.lemma_.lower() in PERSON_LIKE:
            return nominal_speaker(context, subject, *source_phrase(subject, cue=verb))
    return None


def _lead_in_according(context: Context, colon: int) -> tuple[Speaker, Any] | None:
    """``According to the BBC: ¶ "The three-stage rocket was launched …"``: a lead-in that is
    an *according to* phrase with nothing after its source but the colon introduces that
    source's words, as the phrase does before a clause of its own (a cue of the rules): any
    source, a name or a description (``According to the ministry:``), with *according* as
    the cue."""
    token = token_at(context, colon)
    if token is None:
        return None
    according = next((t for t in token.sent if t.lower_ == "according" and t.i < token.i), None)
    source = None if according is None else according_source(according)
    if source is None or source.right_edge.i != token.i - 1 or in_marks(context, source.idx):
        return None
    found = resolve_speaker(context, source, at=source.idx)
    if found.name is None and is_nominal(source):
        found = nominal_speaker(context, source, *source_phrase(source, cue=according))
    return (found, according) if found.name else None


def _in_as_clause(verb: Any) -> bool:
    """The verb stands in a clause that *as* opens (``As X, writing at Y, noticed,``), a
    parenthetical report."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for v in (verb, *verb.ancestors) for c in v.children)


def _lead_in_words(context: Context, colon: int) -> Speaker | None:
    """``Read the Times story:``, ``The magazine’s headline:``: a lead-in that ends in a noun
    of someone's words or a document (or its *of* phrase) introduces those words, so the
    quotation is the maker's: the noun's owner, or the one the resolver finds for the
    document (its possessor, a name on it, the subject of the verb that issued it). A
    document with no maker found is no speaker here."""
    token = token_at(context, colon)
    if token is None or token.i == 0:
        return None
    last = token.doc[token.i - 1]
    noun = _words_noun(last) or (last if last.pos_ == "NOUN" and is_document(last) else None)
    if noun is None or in_marks(context, noun.idx):
        return None
    maker = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), noun)
    found = resolve_speaker(context, maker, at=noun.idx)
    return found if found.name and found.label not in (None, "NOMINAL") else None


def _lead_in_subject(context: Context, colon: int) -> Speaker | None:
    """``The House Committee on Appropriations gives an overview of the bill:``, ``the memo
    includes this portion:``: where no person is the subject of the clause that ends in the
    colon, an organisation or a document that is introduces the quotation with it."""
    token = token_at(context, colon)
    subject = None if token is None else subject_of_clause(context, token)
    if subject is None or subject.pos_ == "PRON":
        return None
    found = resolve_speaker(context, subject, at=subject.idx)
    if found.name and found.label == "ORG":
        return found
    if found.name and is_document(subject):
        return found
    return None


def _verb_subject(context: Context, verb: Any) -> Any | None:
    """A verb's subject; the noun right before a verb in the past tense that the parse hung
    on it as a modifier (``a spokesperson stated in May``: a finite verb, no participle) or
    the noun a participle modifies (``NPR explaining``); a relative pronoun's noun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not in_marks(context, c.idx)), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBG"} and verb.head.i == verb.i - 1:
        return verb.head
    if subject is not None and subject.tag_ in {"WP", "WDT"}:
        return subject_of(verb)
    return subject


def _speech_verb(context: Context, token: Any) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in CUE_LEMMAS and not in_marks(context, token.idx)


def _colon_subject(context: Context, colon: int) -> Speaker | None:
    """``Steenburgen has only found one drawback to collaborating with Smith and York: "..."``:
    the person who is the subject of the sentence that ends in the colon."""
    token = token_at(context, colon)
    subject = None if token is None else person_subject_of_clause(context, token)
    if subject is None:
        return None
    found = resolve_speaker(context, subject, at=subject.idx)
    return found if found.name else None
