"""Where a direct quotation's cue stands: a speech verb right after the quotation in its
sentence (``"…," Jakobowski said``), right before it (``Ms. Yau added, "…"``), a reporting
clause after it whatever its verb (``"…," Kelly deadpanned``), or a single word that reports
(``"…," according to the ministry``). A verb of naming or judging attributes only the
quotation that is the name or verdict it gives (``names_quote``). The lexicon is
``quotes.cues``; the speaker token of each cue comes from ``quotes.cue_subjects``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.modality import INFINITIVE_NOT_DONE
from newsdesk.parsed import doc_text, is_passive
from newsdesk.quotes.cue_subjects import agent_of, reporter_of_hearer, subject_of, told
from newsdesk.quotes.cues import (
    JUDGING,
    NAMING,
    PERSON_PRONOUNS,
    WRITER,
    Cue,
    according_source,
    is_cue,
    words_source,
)
from newsdesk.quotes.marks import MarkedSpan
from newsdesk.quotes.nouns import PERSON_NOUNS
from newsdesk.quotes.own_subjects import inverted_subject, own_subject

_MAX_GAP = 8  # tokens between a cue and the quote it introduces

#: Verbs of naming and of judging in words, which report only the name or verdict they give.
_NAMING_OR_JUDGING = frozenset(NAMING | JUDGING)


def cue_after(doc: Any, start: int, limit: int, *, opened_at: int | None = None) -> Cue | None:
    """The speech verb in ``[start, limit)`` that attributes the quote ending at ``start``
    (opened at ``opened_at``, when known)."""
    tokens = [t for t in doc.char_span(start, limit, alignment_mode="expand") or [] if not t.is_space]
    for position, token in enumerate(tokens[:40]):
        if token.text in {".", "!", "?"} and position > 0:
            return None
        if token.lemma_.lower() in _NAMING_OR_JUDGING and not _as_clause(token):
            continue  # they name what follows them (``names_quote``), before only with *as*
        if is_cue(token, direct=True) and not _introduces_what_follows(token):
            speaker = own_subject(token, start=start, limit=limit) or subject_of(token)
            if told(token):
                speaker = agent_of(token)  # "“…,” she was told": the hearer
            elif speaker is None or not (start <= speaker.idx < limit):
                speaker = (_name_before_verb(tokens[:position])
                           or inverted_subject(token, limit=limit) or speaker)
            if _new_sentence(doc, start, tokens[0], token, speaker) \
                    or _inside_other_clause(tokens, token, opened_at):
                return None
            return Cue(token, speaker)
    return None


def word_cue(word: Any, *, limit: int) -> Cue | None:
    """The speech verb whose argument a quoted word is, with its speaker: the word is the
    verb's object predicate (``called Buckley’s performance “stunning”``), the object of its
    *as* (``described the call as “improper”``), its complement (``“Amazing,” Davis
    said``) or an utterance before it (``_utterance_before``). A word quoted anywhere else
    is used as a word, however near a speech verb it stands (``the “lie” word in
    describing``, ``his “friend” Mr. Johnson …, noting``); one that the writer (*I*, *we*
    outside the marks) calls something is the writer's own word."""
    verb, utterance = word.head, False
    if verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head  # the parse hangs the word on *as* as its object or its modifier
    elif word.dep_ == "ccomp" or _utterance_before(word, verb):
        utterance = True
    elif word.dep_ != "oprd":
        return None
    if not is_cue(verb, direct=True) or open_question(verb):
        return None
    if is_passive(verb):
        return Cue(verb, agent_of(verb))  # "the plan was described by critics as “…”"
    if not utterance and not _named(verb, word):
        return None  # naming needs a thing named: "a power called the “veto”" is a name
    speaker = _word_speaker(verb, word, utterance=utterance, limit=limit)
    if speaker is not None and speaker.lower_ in WRITER:
        return None  # "what I would call “reckless”": the writer's own word, no one's speech
    return Cue(verb, speaker)


def _word_speaker(verb: Any, word: Any, *, utterance: bool, limit: int) -> Any | None:
    """Who speaks a quoted word: the verb's subject, never the word itself (``“42,” replied
    Harriet Vance``, the number parsed as the verb's subject, is Harriet Vance's). A name
    after the verb is its subject only after an utterance (``“Yeah,” Nixon replied``); after
    *called* it is what was named (``called Mr. Romney’s remarks “racist”``)."""
    subject = subject_of(verb)
    if subject is not None and subject.i != word.i:
        return subject
    return inverted_subject(verb, limit=limit) if utterance else None


def _named(verb: Any, word: Any) -> bool:
    """What a verb of naming names, before the word it is given: the verb's object (``what
    he called``, ``called it``) or a noun or pronoun between them, however the parse hung it
    (``called the new stadium “wasteful”``, parsed as one phrase)."""
    return any(c.dep_ in {"dobj", "oprd"} and c.i < word.i for c in verb.children) or any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} for t in verb.doc[verb.i + 1:word.i])


def open_question(verb: Any) -> bool:
    """``whether front-page stories should declare his misstatements “lies”``, ``asked
    whether …``: a verb in a clause that *whether* or *if* opens says what might be, not what
    was."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)


def _utterance_before(word: Any, verb: Any) -> bool:
    """``“Exactly,” replied Caplan``: a word punctuated as a whole utterance (a comma, ``!`` or
    ``?`` after it inside the marks) right before the verb whose clause follows it, whatever
    the parse called the word (an adverb, an interjection)."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.i < verb.i and after is not None and after.text in {",", "!", "?"} \
        and after.head.i == verb.i


def _new_sentence(doc: Any, start: int, first: Any, verb: Any, speaker: Any | None) -> bool:
    """``"… spell things out." When his editors would ask him, he'd respond``: a quotation
    that closes its sentence inside its marks is not attributed by a clause that opens with
    other words than its speaker or its verb (a reporting clause starts with one of them),
    nor by a verb that reports a content clause of its own after it (``"… every year." Martha
    added that …``: what she added is the *that* clause; the quotation is the earlier
    speaker's)."""
    if doc_text(doc)[max(0, start - 2):start].rstrip("”\"’'")[-1:] != ".":
        return False
    heads = {verb.i} | ({speaker.left_edge.i, speaker.i} if speaker is not None else set())
    return (first.i not in heads and first.text[:1].isupper()) or _own_content_clause(verb)


def _own_content_clause(verb: Any) -> bool:
    """The speech verb has a complement clause after it opened by *that*."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _inside_other_clause(tokens: list[Any], verb: Any, opened_at: int | None) -> bool:
    """``While some linked “new housing” with traffic, others said ...``: a quotation that
    the words after it carry on as part of the clause of a verb before it (here the object of
    *linked*) is that clause's, not the material of the speech verb further on; a reporting
    clause opens right after the quotation with its verb or its subject. A verb inside the
    quotation that the parse hung the words after it from is no such clause, nor is the
    speech verb's own content clause (``The deal is a “clear win” for workers, a senator
    said``: the quotation is part of what the senator said)."""
    token = next((t for t in tokens if not t.is_punct and not t.is_space), None)
    embedding = None
    while opened_at is not None and token is not None and token.i != verb.i \
            and token.head.i != token.i:
        if embedding is None and token.head.i != verb.i and token.head.pos_ in {"VERB", "AUX"} \
                and token.head.idx < opened_at:
            embedding = token.head
        if token.head.i == verb.i:
            return embedding is not None and not _content_clause_of_cue(token)
        token = token.head
    return False  # the parse joined the two clauses nowhere: it tells nothing either way


#: Dependencies of a speech verb's content clause.
_CONTENT_DEPS = {"ccomp", "parataxis", "xcomp"}


def _content_clause_of_cue(clause: Any) -> bool:
    """A clause on a speech verb that is its content: a complement, or an adverbial clause
    with no subordinating word (``X objected to Y, the agency reports``, which the parse often
    hangs as one), unlike ``While X ..., others said``."""
    return clause.dep_ in _CONTENT_DEPS or (
        clause.dep_ == "advcl" and not any(c.dep_ == "mark" for c in clause.children))


#: Verbs of thinking: ``"Great," he thought`` reports no speech.
_THINKING = {"think", "believe", "feel", "know", "hope", "fear", "realize", "realise", "wish",
             "imagine", "suppose", "guess", "figure", "reckon"}


#: How a quotation that a reporting clause follows ends inside its marks.
_CLAUSE_ENDS = {",", "?", "!"}


def reporting_clause_after(doc: Any, span: MarkedSpan, limit: int) -> Cue | None:
    """``"…," Kelly deadpanned to the camera``, ``"…," she lashed out``: a quotation that ends
    in a comma (or ``?``/``!``) inside its marks, followed in its sentence by a name or a pronoun
    and that subject's verb, is the subject's speech whatever the verb, as in the quotation
    frame of VerbNet's manner-of-speaking and complaining classes, which no lexicon lists in
    full. Verbs of thinking are no speech. The quotation must be the clause's material, not
    words of another clause the words after it carry on (``_inside_other_clause``, as for a
    cue after it); words of a phrase that opened before it (``_in_phrase_before``) are
    reported only by a verb of the speech lexicon (``Asked whether he called it “…,”
    Matthews said``), which says by itself that the clause reports."""
    if doc_text(doc)[span.close_at - 1:span.close_at] not in _CLAUSE_ENDS:
        return None
    after = [t for t in doc.char_span(span.outer_end, limit, alignment_mode="expand") or [] if not t.is_space]
    tokens = [t for t in after if not t.is_punct][:_SUBJECT_MOST_WORDS + 1]
    verb = next((t for t in tokens if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.lemma_.lower() in _THINKING \
            or _inside_other_clause(after, verb, span.open_at) \
            or (_in_phrase_before(doc, span) and not is_cue(verb, direct=True)):
        return None
    inverted = _inverted_clause(verb, limit) if verb is tokens[0] else None
    if inverted is not None:
        return inverted
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS) \
            or not _subject_then_verb(tokens, subject, verb) \
            or (tokens.index(verb) >= _NAME_AND_VERB and _has_complement(verb, limit)):
        return None
    return Cue(verb, subject)


def _in_phrase_before(doc: Any, span: MarkedSpan) -> bool:
    """``Despite “strong sales,” the firm's chief executive Jane Roe stepped down``: words of
    the quotation that the parse hangs from a word of the same clause before the opening
    mark (here the preposition *Despite*) are part of that word's phrase, a scare quote or a
    fragment the sentence goes on from; a clause after the quotation whose verb is no verb of
    speech does not report it."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if not inner:
        return False
    first = inner[0].i
    return any(t.head.i < first and not any(map(_ends_clause, doc[t.head.i:first])) for t in inner)


def _ends_clause(token: Any) -> bool:
    """A sentence's end, a paragraph break, or a colon or semicolon, after which a quotation
    stands apart from the phrase before (``She sings …: “…,” she and X sing together``)."""
    return token.is_sent_end or "\n" in token.text or token.text in {":", ";"}


#: Dependencies of a verb's clausal or predicative complement.
_COMPLEMENTS = {"ccomp", "xcomp", "attr", "acomp"}


def _has_complement(verb: Any, limit: int) -> bool:
    """``… ,” Southern Democrats during the New Deal era used their hold on Congress``: in a
    quotative clause the quotation is the verb's object, so a verb with an object that is a
    thing (a common noun that names no person), or a complement of its own in its sentence,
    reports nothing. Read only for a verb past a name's words (``_NAME_AND_VERB``): the
    longer the words before the verb, the likelier they are the sentence going on. A person
    it has as object is the hearer (``“…,” the state's longtime senior senator Jane Roe
    lectured reporters``) and a pronoun the thing a name is given (``“Corporate welfare,”
    Louisiana Gov. Bobby Jindal labeled it``)."""
    return any(
        c.i > verb.i and c.idx < limit
        and ((c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in PERSON_NOUNS)
             or c.dep_ in _COMPLEMENTS)
        for c in verb.children
    )


#: Words of a reporting clause's subject phrase after a quotation, at most: how far the
#: verb is looked for, the phrase itself read from the parse (``_subject_then_verb``). A
#: name of up to three words (given name, middle name or initial, family name) with the
#: descriptors news writing puts before a name: a title of up to three words and an outlet's
#: possessive (``former NBC Nightly News anchor Brian Williams``: seven), and one to spare.
_SUBJECT_MOST_WORDS = 8
#: A name alone takes at most three words (``Sen. Jane Roe``, ``Jane Q. Roe``), so a verb
#: that is at most the fourth word after the quotation follows a bare name, the reporting
#: clause of a quotation; a verb further on follows a longer phrase, which the sentence may
#: go on from, and must have no object or complement of its own (``_has_complement``).
_NAME_AND_VERB = 4


def _subject_then_verb(tokens: list[Any], subject: Any, verb: Any) -> bool:
    """``“How many people have to die?” CNN’s Don Lemon blasted that night``: the words
    between the quotation and the verb are the subject's phrase alone (its title, an
    outlet's possessive, an apposition) or an adverb on the verb, as a reporting clause
    is: the subject, then its verb. Anything else before the verb is another clause."""
    return all(
        subject.left_edge.i <= t.i <= subject.right_edge.i or (t.head.i == verb.i and t.dep_ == "advmod")
        for t in tokens
        if t.i < verb.i
    ) and tokens[0].i >= subject.left_edge.i


def _inverted_clause(verb: Any, limit: int) -> Cue | None:
    """``"…," interjected her friend Jane Roe``: a verb right after the quotation, before a
    named subject, is a reporting clause in the inverted order, whatever the verb. English
    inverts subject and verb after a quotation only in quotative clauses, so a verb in that
    place reports the quotation (Collins and Branigan 1997, "Quotative inversion"); the
    parse, not knowing the verb as one of speech, often reads the subject as its object.
    The subject must be a name or a noun a name stands beside (an apposition)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children):
        return None
    subject = inverted_subject(verb, limit=limit)
    if subject is None or _name_of(subject) is None:
        return None
    return Cue(_reporting_verb(verb), _name_of(subject))


def _reporting_verb(verb: Any) -> Any:
    """``"…," retired Lt. Gen. Jane Roe, who …, told CNN``: a word the tagger took for a verb
    that the parse makes the content of a speech verb after it is no reporting verb; that
    speech verb is."""
    outer = verb.head
    if verb.dep_ in {"ccomp", "parataxis"} and outer.i > verb.i and is_cue(outer, direct=True):
        return outer
    return verb


def _name_of(token: Any) -> Any | None:
    """The name a subject is or stands beside in apposition (``her friend Jane Roe``)."""
    if token.pos_ == "PROPN":
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _introduces_what_follows(verb: Any) -> bool:
    """``"…," York said. "…" Smith agreed: "…"``: a speech verb right before a colon introduces
    the quote after it, not the one before it."""
    return verb.i + 1 < len(verb.doc) and verb.nbor().text == ":"


def _name_before_verb(tokens: list[Any]) -> Any | None:
    """``"…," Chaffetz, a Utah Republican, told Fox News``: when the parse hung the name after
    the quote elsewhere, a proper noun that is the first word after the quote."""
    first = next((t for t in tokens if not t.is_punct), None)
    return first if first is not None and first.pos_ == "PROPN" else None


def cue_before(doc: Any, begin: int, start: int) -> Cue | None:
    """The speech verb in ``[begin, start)`` that introduces the quote opening at ``start``."""
    span = doc.char_span(begin, start, alignment_mode="expand")
    tokens = [t for t in span or [] if not t.is_space and t.idx < start]
    for distance, token in enumerate(reversed(tokens)):
        if distance > _MAX_GAP:
            return None
        if is_cue(token, direct=True):
            if token.lemma_.lower() in _NAMING_OR_JUDGING and not names_quote(token, doc, start):
                continue  # "denounced his caricatures of “…”": the quote is no name it gives
            outer = reporter_of_hearer(token)
            if outer is not None:  # "Muir reported that Clinton was asked “…”"
                return Cue(outer, own_subject(outer))
            if told(token):
                return Cue(token, agent_of(token))  # "all Americans are told, “…”": the hearers
            return Cue(token, subject_of(token) or inverted_subject(token, limit=start))
        if token.lower_ == "according" and _introduces(tokens[len(tokens) - distance - 1 :]):
            return Cue(token, according_source(token))
        words_of = words_source(token)  # "in the words of the patient: “…”"
        if words_of is not None and _introduces(tokens[len(tokens) - distance - 1 :]):
            return Cue(token, words_of)
    return None


#: How the name a verb of naming or judging gives hangs on it: its object predicate
#: (``calls Cruz “…”``), a clause the parse made of it, or the object of its *as*.
_NAME_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr"})


def names_quote(verb: Any, doc: Any, start: int) -> bool:
    """A verb of naming or judging (``cues.NAMING``, ``cues.JUDGING``) reports a quotation only
    where the quotation is the name or the verdict it gives, by someone (not the writer, nor
    no one, as in a passive): its first word hangs on the verb as its object predicate, in
    apposition to its object (``dubbed the offer “…”``) or under an *as* on the verb or its
    object (``referred to himself as “a hack”``), not elsewhere inside its object
    (``denounced his caricatures of “…”``: someone else's words the object holds)."""
    inner = doc.char_span(start, start + 1, alignment_mode="expand")
    word = next((t for t in doc[inner.start:] if not t.is_punct and not t.is_space), None) \
        if inner else None
    if word is None or is_passive(verb) or _reduced_relative(verb) or _not_given(verb):
        return False  # "is called the “…”", "a script called “…”": a name no one is said to give
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in WRITER:
        return False
    path = [word]
    while path[-1].head.i not in {path[-1].i, verb.i}:
        path.append(path[-1].head)
    if path[-1].head.i != verb.i:
        return False
    return path[-1].dep_ in _NAME_DEPS or any(
        t.head.lower_ == "as"
        or (t.dep_ == "appos" and t.head.dep_ == "dobj" and t.head.head.i == verb.i)
        for t in path)


def _as_clause(verb: Any) -> bool:
    """``the “…,” as Reed dubbed the merger``: a clause that *as* opens gives the name said
    before it."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _not_given(verb: Any) -> bool:
    """``not referring to them as “…”``, ``refusing to refer to it as “…”``: a name negated,
    or in the infinitive of an act refused or failed (``modality``), was not given."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INFINITIVE_NOT_DONE)


def _reduced_relative(verb: Any) -> bool:
    """``a script called “…”``: a participle on a noun with no subject of its own, a passive
    however the tagger read its form."""
    return verb.dep_ == "acl" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _introduces(tokens: list[Any]) -> bool:
    """``According to his aunt, Jane Starner, “…``: *according to* and its phrase, with no
    verb, then a comma or colon right before the quotation mark."""
    return tokens[-1].text in {",", ":"} and not any(t.pos_ in {"VERB", "AUX"} for t in tokens[1:])
