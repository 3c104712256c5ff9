"""Where a verb's subject is written when the parse does not put it plainly before the verb:
the verb's own subject among several the parse gave it, a subject inverted after the verb
(``said Raffaello Pantucci``) or in an aside (``, writes Clinton,``), a name past a hyphen or an
abbreviation the tokenizer split (``national co-chair Nina Turner``), a name the tagger hung
before the verb or mistagged. Read by ``quotes.cue_subjects`` and the content readers.
"""

from __future__ import annotations

from typing import Any

from newsdesk.parsed import phrase_head
from newsdesk.quotes.cues import HEARER_OBJECT, PERSON_PRONOUNS, SUBJECTS

#: The tags of a noun, and a noun's modifiers, climbed to the head of a noun phrase.
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def own_subject(verb: Any, *, start: int = 0, limit: int | None = None) -> Any | None:
    """The verb's own subject among the children the parse made its subjects (those at
    characters ``[start, limit)``): a verb has one subject, so where the parse gave it several,
    the one nearest before it is the verb's and the others belong to words the parse did not
    attach (``BET co-founder Robert L. Johnson said``, where the hyphen split ``co`` off as a
    subject of its own; ``support from Sens. Marco Rubio and Mike Lee, but many others in his
    party have said``: the others); after the verb, a name tagged as a person first, and a
    relative word comes last (``its aims, which he said include``: *which* is the content's
    subject). A noun right after a preposition the parse left with no object is that
    preposition's object, not a subject (``A spokesperson who did not wish to be named because
    of agency policy said``: the spokesperson)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and start <= c.idx
                and (limit is None or c.idx < limit)]
    found = min(subjects, default=None, key=lambda c: (
        c.tag_ in {"WP", "WDT"}, _after_bare_preposition(c), c.i > verb.i,
        -c.i if c.i < verb.i else c.ent_type_ != "PERSON"))
    if found is None:
        return None
    return (_name_past_hyphen(found) or _name_past_abbreviation(found)
            or _inverted_in_aside(verb, found) or found)


def _inverted_in_aside(verb: Any, subject: Any) -> Any | None:
    """``Political journalists, writes Clinton, can't bear to face …``: a reporting clause set
    off by commas inside the sentence it reports (the parse's ``parataxis`` on a verb after
    it) is inverted when a name follows its verb: a speech verb in such an aside takes no
    object, so the name the parse made its object is its subject, and the noun before the
    first comma, which the parse gave the verb, is the subject of the reported sentence. A
    verb whose object is its hearer (``told Clinton``) keeps its subject."""
    if verb.dep_ != "parataxis" or verb.head.i < verb.i or subject.i > verb.i:
        return None
    if verb.i == 0 or verb.nbor(-1).text != "," or verb.lemma_.lower() in HEARER_OBJECT:
        return None
    name = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != verb.i + 1:
        return None
    after = name.right_edge.i + 1
    return name if after < len(verb.doc) and verb.doc[after].text in {",", "—", "–"} else None


def _name_past_hyphen(subject: Any) -> Any | None:
    """``said national co-chair Nina Turner``: where the tokenizer split a word at its hyphen
    and the parse made the piece before it the subject, hanging the rest of the phrase (the
    name) on the hyphen, the person's name in that rest is the subject, not the word cut off
    (``national co``). The name's head is the word tagged as a person whose head is not."""
    doc = subject.doc
    if subject.whitespace_ or subject.i + 1 >= len(doc):
        return None
    hyphen = doc[subject.i + 1]
    if hyphen.text != "-" or hyphen.whitespace_:
        return None
    return next((t for t in hyphen.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and t.head.ent_type_ != "PERSON"), None)


def _name_past_abbreviation(subject: Any) -> Any | None:
    """``said Dem. Senator Jane Roe``: where the tokenizer took an abbreviation's full stop
    for a sentence's end and the parse made the abbreviation the subject, the person named
    right after the stop is, when that name is no argument of the "sentence" it opens (its
    root, or a loose modifier the parse hung on the words after it, ``Senator Jane Roe, “…”``)
    and its phrase ends at punctuation: a title and a name, which no sentence of its own is."""
    doc = subject.doc
    if subject.whitespace_ or subject.i + 2 >= len(doc) or doc[subject.i + 1].text != ".":
        return None
    name = next((t for t in doc[subject.i + 2 : subject.i + 7] if _heads_person_name(t)), None)
    if name is None or name.dep_ not in _LOOSE or name.left_edge.i != subject.i + 2:
        return None
    end = name.right_edge.i + 1
    return name if doc[end - 1].is_punct or end == len(doc) or doc[end].is_punct else None


def _heads_person_name(token: Any) -> bool:
    """A word of a person's name that heads the name (its head is no word of the name)."""
    return (
        token.ent_type_ == "PERSON"
        and token.pos_ == "PROPN"
        and (token.head.ent_type_ != "PERSON" or token.head == token)
    )


#: How the parse hangs a name that is no argument of a verb.
_LOOSE = frozenset({"ROOT", "npadvmod", "dep"})


def gerund_as_subject(verb: Any) -> bool:
    """``Insisting “he’s not my president” … puts us on a path``: a gerund with no subject of
    its own that is itself a clause's subject (the parse's ``csubj``, or the root opening its
    sentence where a finite verb in its subtree has no subject: the same clause misread)
    reports no one in particular; its understood subject is generic (anyone who insists),
    not a person named before, and the parse gives it none. Only a gerund that opens its
    sentence: one after a clause (``agreed …, saying, “…”``) is that clause's subject's,
    wherever the parse hangs it."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    opening = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.i != verb.i:
        return False
    if verb.dep_ == "csubj":
        return True
    if verb.dep_ != "ROOT":
        return False
    return any(t.tag_ in {"VBZ", "VBD"} and t.i > verb.i and t.dep_ in {"ccomp", "conj"}
               and not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in t.children)
               for t in verb.subtree)


def _after_bare_preposition(token: Any) -> bool:
    """The token's phrase follows a preposition that has no object in the parse."""
    first = token.left_edge
    if first.i == 0:
        return False
    before = token.doc[first.i - 1]
    return before.pos_ == "ADP" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)


def inverted_subject(verb: Any, *, limit: int) -> Any | None:
    """``said Raffaello Pantucci``: the first name or noun right after the verb. A verb whose
    object is the hearer (``told Fox News``, VerbNet tell-37.2 and advise-37.9) has none, nor
    does a participle: English inverts the subject of a finite reporting verb only (``noting
    the truth that …``: the noun after *noting* is its object)."""
    if verb.lemma_.lower() in HEARER_OBJECT or verb.tag_ == "VBG":
        return None
    for token in verb.doc[verb.i + 1: min(len(verb.doc), verb.i + 4)]:
        if token.idx >= limit:
            break
        in_clause = token.head.dep_ in {"ccomp", "relcl", "advcl"} and token.head.i != verb.i
        if token.dep_ == "mark" or in_clause:
            return None  # "said that Cruz is ...": the subject of the content, not of the cue
        if token.pos_ in {"PROPN", "NOUN"} or token.lower_ in PERSON_PRONOUNS:
            # "exclaimed one Planned Parenthood worker" is the worker's, not the
            # organisation's ("said Fox News host Sean Hannity": the host's name)
            return phrase_head(token, modifiers=NOUN_MODIFIERS, heads=NOUN_TAGS, limit=limit)
        if token.is_title and not token.is_stop and token.pos_ in {"ADV", "ADJ"}:
            return token  # "says Early.": a surname the tagger took for an adverb
    return None


def mistagged_subject(verb: Any) -> Any | None:
    """``O’Reilly then said``: a name before the verb that the tagger took for an adverb."""
    if any(c.dep_ in SUBJECTS or c.dep_ == "csubj" for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ in {"advmod", "npadvmod", "dep", "nmod"}
                 and c.text[:1].isupper() and not c.is_stop
                 and c.lower_ not in _SENTENCE_ADVERBS), None)


def name_hung_before(verb: Any) -> Any | None:
    """``… and other conservative figures -- Ingraham also compared Planned Parenthood to Nazi
    Germany, claiming that``: a finite verb has a subject in English, so a finite verb the
    parse gave none (nor an expletive or a clausal subject) has as subject a person's name
    right before it (past adverbs and auxiliaries) that the parse hung leftwards on a word
    before, as the apposition or conjunct of a noun an aside ends with. The free adjunct
    after the clause is then controlled by that name, not by a noun of the clause."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "conj"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in {"csubj", "expl", "mark"} for c in verb.children):
        return None
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ in {"ADV", "AUX", "PART"}:
        before -= 1
    if before < 0:
        return None
    name = verb.doc[before]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in {"appos", "conj"}:
        return None
    return name if name.head.i < name.i else None


#: Capitalised words that open a sentence as adverbs, never as a speaker.
_SENTENCE_ADVERBS = {"meanwhile", "separately", "earlier", "later", "however", "instead",
                     "previously", "recently", "yesterday", "today", "tonight", "additionally",
                     "finally", "still", "nonetheless", "nevertheless", "moreover", "furthermore",
                     "likewise", "similarly"}
