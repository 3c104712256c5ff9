"""Documents and owners in the parse: the owner a document or statement speaks for (its
possessor, the antecedent of ``whose``), the subject of the verb a document is the object of,
an untagged name owning a document, and a plural that stands for documents in general. The
author is resolved as a speaker in ``resolve``."""

from __future__ import annotations

from typing import Any

from newsdesk.modality import own_negation
from newsdesk.parsed import name_start, word_start
from newsdesk.quotes.content import Context
from newsdesk.quotes.cue_subjects import subject_of
from newsdesk.quotes.cues import ALL_CUE_LEMMAS, DOCUMENTS
from newsdesk.quotes.nouns import OWNER_PRONOUNS, WHEN_LABELS
from newsdesk.quotes.sources import Speaker
from newsdesk.quotes.speakers.subjects import subject_outside_marks
from newsdesk.quotes.speakers.titles import PERSON_LIKE

#: Verbs whose agent came by a document, not wrote it (``the lawsuit, obtained by Mediaite``,
#: ``a memo seen by Reuters``; as a subject, ``Smith received an email``, though one who reads
#: a statement out may speak it): verbs of getting and perceiving (VerbNet get-13.5.1,
#: obtain-13.5.2, see-30.1, inspect-35.8).
RECEIVED = {
    "obtain", "see", "review", "acquire", "receive", "get", "view", "read", "examine", "hear",
}


def document_word(token: Any) -> str:
    """The lower-case word a noun ends, joined back where the tokenizer split it at a hyphen,
    so a document written with a hyphen (``op-ed``) is found in ``DOCUMENTS``; else the
    noun's lemma."""
    start = word_start(token)
    return token.doc[start : token.i + 1].text.lower() if start < token.i else token.lemma_.lower()


def is_document(token: Any) -> bool:
    """A noun of ``DOCUMENTS`` (``the statement``, ``the op-ed``)."""
    return document_word(token) in DOCUMENTS


def speech_nominal(token: Any) -> bool:
    """``Smith's reporting``, ``the court's ruling``: a noun in *-ing* made from a reporting
    verb of the cue lexicon (VerbNet's classes) names that speech, as a document does; its
    owner speaks. Read only where a possessor gives the owner (``the reporting`` alone names
    nobody)."""
    word = token.lower_
    if token.tag_ != "NN" or not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    verbs = {stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem}  # write, blog
    return not verbs.isdisjoint(ALL_CUE_LEMMAS)


def bare_plural(token: Any) -> bool:
    """``reports suggest``, ``New research suggests``: a plural or a mass noun with no
    determiner stands for documents in general, not an earlier one (``a report she wrote``),
    and so for no earlier speaker's."""
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
    return token.tag_ in {"NNS", "NN"} and not determined


#: Words of a vague quantity before a plural (``a few polls``, ``several studies``, ``many
#: reports``): they count documents not said before, as a number does.
_VAGUE_QUANTITIES = frozenset({"few", "several", "many", "some", "numerous", "various", "multiple"})


def counted_one(token: Any) -> bool:
    """``read one headline``: a singular document counted as one brings in a document not
    named before, as ``a headline`` does, so it is no earlier one's (``one headline in
    Politico Magazine … read one headline``: not the magazine's)."""
    return token.tag_ == "NN" and any(c.dep_ == "nummod" and c.lower_ == "one" for c in token.children)


def counted_plural(token: Any) -> bool:
    """``a few polls that emerge to suggest``, ``three studies found``: a plural counted by a
    number or a word of quantity introduces documents the article has not named before, so
    it stands for no earlier document's owner (an indefinite, as ``a report`` is); its owner,
    where it has one (``two reports by the agency``), is read before this."""
    if token.tag_ != "NNS":
        return False
    return any(
        (c.dep_ == "nummod" and (c.like_num or c.lower_ in _VAGUE_QUANTITIES))
        or (c.dep_ in {"det", "amod"} and c.lower_ in _VAGUE_QUANTITIES)
        for c in token.children
    )


#: Dependencies of the words that tell one document of a kind from another (``the Republican
#: majority report``, ``the Democratic report``, ``a new report``).
_DISTINGUISHING = {"amod", "compound", "nmod"}


def _marks(document: Any, *, upper: bool = False) -> set[str]:
    """The words that modify a document (``upper``: the capitalised ones), not those that say
    when (``a February 2013 report``)."""
    return {
        c.lower_
        for c in document.children
        if c.dep_ in _DISTINGUISHING
        and c.ent_type_ not in WHEN_LABELS
        and (c.text[:1].isupper() or not upper)
    }


def same_document(token: Any, earlier: Any) -> bool:
    """An earlier document of the kind can be the one ``token`` refers to: it has every word
    that modifies ``token`` (``the Republican report`` is not the earlier ``Democratic report``)."""
    return _marks(token) <= _marks(earlier)


def named_marks(document: Any) -> set[str]:
    """The capitalised words that set a document apart (``the Republican majority report``:
    ``republican``), which say whose it is without naming an owner the parse can take."""
    return _marks(document, upper=True)


#: The first letters a name and the adjective made from it share (``Democrats``,
#: ``Democratic``; ``Mueller``, ``Muellerian``).
_STEM = 5


def agrees(name: str, marks: set[str]) -> bool:
    """An owner found further back is the owner of a document set apart by ``marks`` only if
    each mark is a word of its name or made from one (``Democrats`` for ``the Democratic
    report``, not for ``the Republican report``)."""
    words = [w.lower() for w in name.split()]
    return all(any(word.startswith(mark[:_STEM]) for word in words) for mark in marks)


def proper_run(context: Context, token: Any) -> Speaker:
    """``the Argus Leader``: an untagged name owning a document, with the names compounded on it
    (an outlet or an organisation, mostly)."""
    first = name_start(token)
    end = token.idx + len(token)
    return Speaker(context.text[first.idx : end], None, first.idx, end, label="ORG")


def unnamed_author(document: Any) -> bool:
    """``an op-ed by an anonymous senior official``: the document's author is stated, by a
    phrase in lower case that names nobody, so the document is no one else's (not the previous
    speaker's). The *by* right after the noun counts wherever the parse hung it (``a book,
    which, along with an op-ed by an anonymous official, presents``)."""
    after = document.doc[document.i + 1] if document.i + 1 < len(document.doc) else None
    phrases = [c for c in document.children if c.dep_ == "prep" and c.lower_ == "by"]
    phrases += [after] if after is not None and after.lower_ == "by" and after.dep_ in {"prep", "agent"} else []
    phrases += [
        a
        for c in document.children
        if c.dep_ == "acl" and c.lemma_.lower() not in RECEIVED
        for a in c.children
        if a.dep_ == "agent"
    ]
    return any(o.dep_ == "pobj" and o.text.islower() for p in phrases for o in p.children)


def verb_subject(context: Context, document: Any) -> Any | None:
    verb = document.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:  # the root is its own head
        verb = verb.head
    if verb.lower_ == "according":
        return None  # "according to a report, Noem launched": Noem is not the report's author
    if verb.lemma_.lower() in RECEIVED - {"read"}:
        return None  # "Smith received an email from the campaign": whom it came to, not its author
    if own_negation(verb):
        return None  # "he was not the author of the op-ed": a denied authorship names nobody
    author = _hyphened_adverb_repaired(subject_outside_marks(context, verb) or subject_of(verb))
    if author is None or author.i == document.i or author.lemma_.lower() in DOCUMENTS:
        return None
    return author


#: Particles that end a hyphenated adverb (``flat-out``, ``all-out``, ``straight-up``).
_ADVERB_PARTICLES = {"out", "up", "off", "down", "over"}


def _hyphened_adverb_repaired(subject: Any | None) -> Any | None:
    """``The company flat-out denied …``: the parse may take a hyphenated adverb before the
    verb for the subject's head noun, with the real subject's noun compounded on it; the
    subject is that noun."""
    if subject is None or subject.lower_ not in _ADVERB_PARTICLES or subject.i < 3:
        return subject
    hyphen, modifier, noun = subject.doc[subject.i - 1], subject.doc[subject.i - 2], subject.doc[subject.i - 3]
    adverb = hyphen.text == "-" and modifier.dep_ in {"amod", "advmod"}  # not "the sell-off"
    if adverb and noun.dep_ == "compound" and noun.head.i == subject.i and noun.pos_ in {"NOUN", "PROPN"}:
        return noun
    return subject


def possessor_of(token: Any) -> Any:
    """``the company's statement said``: a statement speaks for its owner (also when the parse
    hung the possessive elsewhere: ``The Verge’s Stadia review``, ``Cooke’s earlier testimony``),
    and so does a speech named by its verb's *-ing* noun (``Smith's reporting``). A possessive
    pronoun of a third person owns it too (``his statement``, ``their statement``, ``its
    report``), never the writer's *my* or *our*."""
    if not (is_document(token) or speech_nominal(token)):
        return token
    owner = next(
        (c for c in token.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in OWNER_PRONOUNS)),
        None,
    )
    owner = owner or next((c for c in token.children if c.dep_ == "nmod" and possessive(c)), None)
    if owner is not None and owner.tag_ == "WP$":
        return relative_antecedent(owner) or owner
    before = token.left_edge.i - 1
    if owner is None and before > 0 and token.doc[before].tag_ == "POS" and token.doc[before].head.pos_ == "PROPN":
        owner = token.doc[before].head
    return owner or token


def relative_antecedent(relative: Any) -> Any | None:
    """``one former employee of the now-defunct school, whose testimony was revealed``: the
    noun that the relative clause of ``whose`` describes; of a chain of *of* phrases, the
    nearest noun that names a person, wherever the parse hung the clause."""
    verb = relative.head
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    while (
        not _person_like(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in {"NOUN", "PROPN"}
    ):
        noun = noun.head.head
    return noun if _person_like(noun) else verb.head


def _person_like(token: Any) -> bool:
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_LIKE


def possessive(token: Any) -> bool:
    return any(c.tag_ == "POS" for c in token.children)
