"""What the analysers read of a parsed spaCy ``Doc`` more than once: its text and its entities,
built once per doc.

spaCy builds ``Doc.text`` by joining the text of every token, and ``Doc.ents`` (and so
``Span.ents``) by walking every token, each time they are read. The analysers read them for
every candidate (a few characters of the text, the entities of a trigger's sentence), so each
read cost a pass over the whole doc. These helpers keep the result in the doc's ``user_data``
on first read. spaCy offers no hook for either (``Doc`` is an extension type whose properties
cannot be replaced), hence the helpers. No analyser sets ``doc.ents``, so the kept entities
stay those of the doc. The entities refer back to their doc, so the analysis step lets go of
them (``release``) once a doc is analysed, and the doc is freed at once rather than by the
cycle collector. The climbs through a phrase that several readers of a parse make (a name's
last or first word, a noun phrase's head, a word the tokenizer split at its hyphens) are here
once too. This module imports nothing, so
modules that only read parses stay cheap to import.
"""

from __future__ import annotations

from typing import Any

#: Keys in ``Doc.user_data`` under which the text and the entities of a doc are kept.
#: spaCy's entity labels of actors (people, organisations, places, peoples), the words that
#: may do or suffer an event or be an entity of the registry.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Penn Treebank tags of a finite verb: a clause with one has a tense of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: The dependencies of a word written inside a proper name ("Rashida" of "Rashida Tlaib").
NAME_PARTS = frozenset({"compound", "flat"})
#: The dependencies of a phrase written beside its clause's own line: the object of a
#: preposition, a possessor, a noun's modifier, a relative or adjectival clause ("married to
#: [Bill Clinton]", "[Bill Clinton]'s wife", "a [Bill Clinton] speech", "whom [Bill Clinton]
#: appointed").
PASSING_DEPS = frozenset({"pobj", "pcomp", "poss", "compound", "nmod", "relcl", "acl"})
#: The dash tokens that set a part of a sentence off, or open a sign-off or end a dateline
#: ("—", "–", "--"); a reader that takes a spaced hyphen for one adds "-".
DASHES = frozenset({"—", "–", "--"})
TEXT_KEY = "newsdesk_text"
ENTS_KEY = "newsdesk_ents"


def doc_text(doc: Any) -> str:
    """``doc.text``, joined on the first read of this doc and kept with it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, built on the first read of this doc and kept with it."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = doc.ents
    return ents


def span_ents(span: Any) -> list[Any]:
    """``span.ents``: the doc's entities that lie wholly inside ``span``, in order."""
    found = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found


def release(doc: Any) -> None:
    """Drop what the helpers kept with ``doc`` (its entities hold the doc in a cycle)."""
    doc.user_data.pop(ENTS_KEY, None)


def tensed(clause: Any) -> bool:
    """The clause's verb, or an auxiliary of it, has a tense ("said [they had left]")."""
    return clause.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in clause.children)


def marked_for(clause: Any) -> bool:
    """A clause that "for" opens as its own ("called for Burma to institute reforms",
    "pushed for the law to be revised"): the parse marks the "for" as the clause's, not the
    verb's preposition."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def prep_objects(token: Any, preposition: str) -> list[Any]:
    """The objects of the phrases of ``preposition`` a word governs (``a bid for the White
    House``, "for": House)."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ == preposition
            for o in p.children if o.dep_ == "pobj"]


def of_objects(token: Any) -> list[Any]:
    """The objects of the *of* phrases a word governs (``the president of Sudan``: Sudan)."""
    return prep_objects(token, "of")


def is_passive(verb: Any) -> bool:
    """A passive verb (``was described as``, ``is considered to be``): a passive subject or
    auxiliary hangs on it."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def phrase_head(token: Any, *, modifiers: frozenset[str] = NAME_PARTS,
                heads: frozenset[str] = frozenset({"PROPN"}), limit: int | None = None) -> Any:
    """The head of the phrase ``token`` opens: the word it modifies as one of ``modifiers``,
    climbed while that word comes later, is tagged one of ``heads`` and starts before the
    character ``limit``. By default a name's last word ("Rashida" of "tweeted Rashida
    Tlaib": Tlaib); with nouns, adjectives and nominal modifiers, a noun phrase's head
    ("exclaimed one Planned Parenthood worker": the worker)."""
    while (token.dep_ in modifiers and token.head.i > token.i and token.head.pos_ in heads
           and (limit is None or token.head.idx < limit)):
        token = token.head
    return token


def in_passing(token: Any) -> bool:
    """Whether the phrase of ``token`` is written in passing: on the way up from its head to
    the verb of its clause, a word hangs from its head as one of ``PASSING_DEPS``, or that
    verb's clause does (a relative or adjectival clause). A subject, an object or an
    appositive of one is not."""
    token = phrase_head(token)
    while token.dep_ not in PASSING_DEPS:
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return False
        token = token.head
    return True


def name_start(token: Any) -> Any:
    """The first word of the name ``token`` ends: the proper nouns compounded on it before it
    ("Argus" of "the Argus Leader")."""
    first = token
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ in NAME_PARTS:
        first = first.nbor(-1)
    return first


def inside_a_word(punct: Any) -> bool:
    """Punctuation written with no space on either side ("al-Sarraj", "op-ed"): part of a word
    the tokenizer split, not a mark between words (a dateline's "Fla. -", a heading's colon)."""
    before = punct.doc[punct.i - 1] if punct.i else None
    return not punct.whitespace_ and before is not None and not before.whitespace_


def joined_at_hyphen(token: Any) -> bool:
    """The token is the part after a hyphen of a word the tokenizer split there ("ed" of
    "op-ed", "fire" of "cease-fire")."""
    return token.i >= 2 and token.doc[token.i - 1].text == "-" and inside_a_word(token.doc[token.i - 1])


def word_start(token: Any) -> int:
    """Where the word ``token`` ends starts: before the parts the tokenizer split off at its
    hyphens (``op-ed`` as ``op``, ``-``, ``ed``); the token's own index otherwise."""
    start = token.i
    while joined_at_hyphen(token.doc[start]):
        start -= 2
    return start
