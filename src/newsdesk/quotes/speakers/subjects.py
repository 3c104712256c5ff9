"""Which token of the parse stands for a cue's source before it is resolved: the subject
outside quotation marks, a person's name the parse hung elsewhere (an apposition, a name right
before the verb, a name set off by commas), the other side of a copula, and the latest person
of the paragraph for a verb with no subject."""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import COPULAS
from newsdesk.quotes.nouns import PERSON_LABELS, PERSON_NOUNS
from newsdesk.quotes.sources import Speaker, in_marks, is_person, named, paragraph_of


def subject_outside_marks(context: Context, verb: Any) -> Any | None:
    """``"The Small Business Administration ... report ...," the two said``: of the verb's subjects,
    the one outside quotation marks, or one whose marks hold only its name (``“C. Sabetta”
    wrote:``, a screen name or a nickname: the rules' quoted name that no one spoke)."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass"}
            and (not in_marks(context, c.idx) or _quoted_name(context, c))
        ),
        None,
    )


#: The most words a quoted name holds.
_NAME_WORDS = 4


def _quoted_name(context: Context, token: Any) -> bool:
    """Whether ``token`` is a proper name alone in its quotation marks (the marks and a comma
    inside them aside), every word of it capitalised."""
    if token.pos_ != "PROPN":
        return False
    start, end = next((s, e) for s, e in context.quoted if s <= token.idx < e)
    span = context.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    names = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
    return 0 < len(words) <= _NAME_WORDS and names


def person_before_verb(context: Context, verb: Any, token: Any | None) -> Any | None:
    """``Washington (CNN) – Republican Sen. Jeff Flake told CNN``: when the parser took a place or
    an organisation (or nothing) as the subject but a person's name stands right before the verb,
    the person speaks; not where that person is the last name of a coordination the subject
    opens (``Britain, the United States and Canada accused``), which speaks as a whole."""
    if token is not None and (token.pos_ != "PROPN" or is_person(context, token)):
        return token
    described = _person_in_apposition(context, token)
    if described is not None:
        return described  # "(ANCHORAGE, Alaska) — U.S. Sen. Lisa Murkowski, ..., said"
    if token is not None and token.dep_ in {"nsubj", "nsubjpass"}:
        verb = token.head  # "BUFFALO, N.Y. — ..., coach Bruce Boudreau expressed ..., saying"
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ in {"AUX", "ADV", "PART"}:
        before -= 1
    if before < 0 or verb.i - before > 3:
        return token
    mention = context.index.mention_at(verb.doc[before].idx)
    if mention is None or mention.label != "PERSON" or in_marks(context, mention.start):
        return token
    if token is not None and verb.doc[before] in token.conjuncts:
        return token
    return verb.doc[before]


#: The other side of a copula: a predicate noun's subject, a subject's predicate noun.
_OTHER_SIDE = {"attr": "nsubj", "oprd": "nsubj", "nsubj": "attr"}


def copula_other_side(verb: Any, token: Any | None) -> Any | None:
    """``FedEx became the first sponsor to announce``: a noun that a cue's relative clause
    describes, on one side of a copula, stands for the name on its other side (``The first to
    say so was Smith``; a description there is no name: ``The only other entity to confirm it
    has bid is the "national team" led by Blue Origin`` keeps its own words)."""
    if token is None or verb.dep_ not in {"relcl", "acl"} or verb.head.i != token.i:
        return token
    copula, other = token.head, _OTHER_SIDE.get(token.dep_)
    if other is None or copula.i == token.i or copula.lemma_ not in COPULAS:
        return token
    return next((c for c in copula.children if c.dep_ == other and c.pos_ == "PROPN"), token)


def _person_in_apposition(context: Context, token: Any | None) -> Any | None:
    """A person in apposition to a subject that is a place or an organisation: the parse hung
    the sentence's speaker on a dateline (``(ANCHORAGE, Alaska) — U.S. Sen. Lisa Murkowski, a
    Republican from Alaska, said``)."""
    if token is None:
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and is_person(context, c) and not in_marks(context, c.idx)
        ),
        None,
    )


def subject_of_clause(context: Context, end: Any) -> Any | None:
    """The subject of the clause that ends at ``end`` (a colon), outside quotation marks."""
    clause = _clause_before(end)
    return next(
        (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and not in_marks(context, c.idx)), None
    )


def person_subject_of_clause(context: Context, end: Any) -> Any | None:
    """The person who is the subject of the clause that ends at ``end`` (a colon), outside
    quotation marks: the subject itself, or the person's name in apposition to a noun
    (``Late-night host Jimmy Kimmel compared …:``)."""
    subject = subject_of_clause(context, end)
    if subject is None or is_person(context, subject):
        return subject
    return _person_in_apposition(context, subject)


def _clause_before(end: Any) -> Any:
    """The head of the clause before ``end``: the sentence's root, or, where the parse made a
    quotation after ``end`` the sentence's root (``Kimmel compared …: “The closest thing … is
    …”``), the highest word before ``end``."""
    root = end.sent.root
    if root.i < end.i or end.i == end.sent.start:
        return root
    top = end.nbor(-1)
    while top.head.i < end.i and top.head.i != top.i:
        top = top.head
    return top


def name_in_apposition(context: Context, token: Any) -> Any | None:
    """``The group that owns most of her music, Big Machine, says``: a common noun's proper name
    in apposition, outside quotation marks, is who it describes. The parse may hang the name on
    the last noun of the subject's relative clause (``The company that runs the AMAs, Dick Clark
    Productions, denies``): there it is the subject's when a comma and the verb follow it."""
    if token.lower_ in _ONE_OF_SOME and token.pos_ in {"PRON", "NUM"}:
        return _person_before_verb(context, token)  # "Another, Judith, said"
    if token.pos_ != "NOUN" or not token.text.islower():
        return None
    appositions = [c for c in token.children if c.dep_ == "appos"]
    appositions += [
        t
        for c in token.children
        if c.dep_ == "relcl"
        for t in c.subtree
        if t.dep_ == "appos" and _followed_by_verb(t, token.head)
    ]
    found = next((c for c in appositions if c.pos_ == "PROPN" and not in_marks(context, c.idx)), None)
    found = found or next((n for n in map(_titled_name, appositions) if n is not None), None)
    if found is not None and in_marks(context, found.idx):
        found = None
    return found or _person_set_off(context, token) or _person_before_verb(context, token)


def _titled_name(apposition: Any) -> Any | None:
    """``Another official, former deputy secretary of state John Doe, told``: an apposition
    headed by a person's noun that ends in a proper name is a title written before that name
    (English puts a title phrase before the name it describes, ``deputy secretary of state
    John Doe``), though the parse may hang the name on the title's preposition; the name's
    last word, where the apposition's phrase ends with it and a comma follows. A phrase that
    ends in a place or an organisation (``a former envoy to South Korea,``) names no one."""
    last = apposition.right_edge
    if apposition.pos_ != "NOUN" or apposition.lemma_.lower() not in PERSON_NOUNS:
        return None
    if last.pos_ != "PROPN" or last.ent_type_ in {"GPE", "ORG", "NORP", "LOC"}:
        return None
    return last if last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == "," else None


#: Pronouns that pick one of several people, whom a name set off after them may name
#: (``One, Melissa, retorted``; ``Another, Judith, said``).
_ONE_OF_SOME = {"one", "another"}


def _person_before_verb(context: Context, token: Any) -> Any | None:
    """``the head of China's National Health Commission, Ma Xiaowei, laid out``, ``Another,
    Judith, said``: a person's name set off by commas at the end of a subject, right before
    its verb, is the subject's apposition wherever the parse hung it inside the subject (on
    the object of its prepositional phrase, as a loose modifier), so long as the word it hangs
    on is not itself a person, whom the name might be (``the wife of the senator, John Smith,
    said``: either)."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    name = _name_before_verb(token)
    if name is None or in_marks(context, name.idx):
        return None
    mention = context.index.mention_at(name.idx)
    if mention is None or mention.label not in PERSON_LABELS:
        return None
    return None if _may_be_person(context, name.head, token) else name


def _name_before_verb(subject: Any) -> Any | None:
    """A proper noun inside the subject, set off by a comma before it and followed by the
    subject's verb, that the parse hung as an apposition or a loose modifier."""
    name = next(
        (t for t in subject.subtree
         if t.dep_ in {"appos", "npadvmod"} and t.pos_ == "PROPN"
         and _followed_by_verb(t, subject.head)),
        None,
    )
    if name is None or name.left_edge.i <= subject.i:
        return None
    return name if subject.doc[name.left_edge.i - 1].text == "," else None


def _may_be_person(context: Context, carrier: Any, subject: Any) -> bool:
    """Whether the word a name hangs on, other than the subject itself, may be the person the
    name names: a person's name or a noun for a person."""
    if carrier.i == subject.i:
        return False
    return is_person(context, carrier) or carrier.lemma_.lower() in PERSON_NOUNS


def described_name(context: Context, token: Any) -> Any | None:
    """``the remains of Abraham Lincoln, the President who warned``: a description in
    apposition to a name outside quotation marks stands for that name."""
    head = token.head
    if token.dep_ != "appos" or head.pos_ != "PROPN" or in_marks(context, head.idx):
        return None
    return head if context.index.mention_at(head.idx) is not None else None


def _person_set_off(context: Context, token: Any) -> Any | None:
    """``According to his aunt, Jane Starner, “…``: a person's name set off by commas right
    after the phrase, which the parse did not take for its apposition."""
    end = token.right_edge.idx + len(token.right_edge)
    if context.text[end : end + 2] != ", ":
        return None
    mention = context.index.mention_at(end + 2)
    if mention is None or mention.start != end + 2 or mention.label not in PERSON_LABELS:
        return None
    return token_at(context, mention.start) if context.text[mention.end : mention.end + 1] == "," else None


def _followed_by_verb(name: Any, verb: Any) -> bool:
    """A comma after ``name``'s phrase, then ``verb`` (after auxiliaries and adverbs only)."""
    comma = name.right_edge.i + 1
    if comma >= verb.i or name.doc[comma].text != ",":
        return False
    return all(t.pos_ in {"AUX", "ADV", "PART"} for t in name.doc[comma + 1 : verb.i])


def token_at(context: Context, position: int) -> Any | None:
    span = context.doc.char_span(position, min(len(context.text), position + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def person_in_paragraph(context: Context, verb: Any) -> Speaker | None:
    """``Comey differentiated ... "...," later adding``: a verb with no subject the parser could
    find belongs to the latest person named earlier in its paragraph, outside quotation marks."""
    start = context.paragraphs[paragraph_of(context, verb.idx)][0]
    people = [
        m
        for m in context.index.mentions
        if start <= m.start < verb.idx and m.label == "PERSON" and not in_marks(context, m.start)
    ]
    return named(context, people[-1].start, people[-1].end, people[-1].name) if people else None
