"""A statement, report or declaration whose participle or relative clause carries an act: "the
opposition issued a statement condemning the arrests", "Amnesty released a report accusing
the police of torture", "the rebels published a declaration demanding a withdrawal".

The verb that puts the statement out says nothing of its own (the dictionary codes *issue +
statement* as a plain statement, 010, *send + letter* as a consultation, 040, and *release*,
*publish* or *put out* a report not at all), and the participle that says what the statement
does has no subject, so the coder found no act in such a sentence, or took it for a statement
and no event. CAMEO codes the statement by what it does: a statement condemning is a
condemnation (111), one demanding a demand (10), one calling for or urging an act an appeal
(02), made by whoever put it out. So a verb of putting a statement out (``PUTTING_OUT``) whose
direct object is a statement noun (``STATEMENT_NOUNS``) carries the act of the participle
("condemning") or relative clause ("a statement that condemned") on that noun, when the
dictionary codes the participle as an act a statement can make, a verbal one (``SAID_ROOTS``: an
appeal, an intent, an endorsement, a demand, a disapproval, a rejection, a threat; not a plain
statement, 01: "a statement expressing concern" stays one; nor a consultation, 04, which meets
or calls someone), or it asks for an act (``modality.asks_for_act``: "a letter urging the
president to release them", an appeal, 020): the act is the participle's, its source the
statement's maker, the verb's subject. Where a phrase comes between the noun and the
participle ("sent a letter to the WHO threatening to pull its funding"), the parse hangs the
participle on the verb, and it is read there too (a present participle with no subject nor
marker of its own: not "while visiting"). A verb that acts on a statement others made ("dismissed a
report accusing it", "denied a report", "read a report") is no verb of putting one out and
carries nothing.

Hand-written because it is one reading of the dependency parse with a small lexicon of the
nouns of a statement put out; no library gives it.
"""

from __future__ import annotations

from typing import Any

from newsdesk.events.cameo import verb_keys
from newsdesk.events.modality import asks_for_act

#: Nouns of a statement put out in words, written or read out, whose participle says what it
#: does ("a statement condemning", "a communique calling for", "a letter urging").
STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "report",
        "declaration",
        "communique",
        "communiqué",
        "letter",
        "message",
        "note",
        "memorandum",
        "resolution",
        "petition",
        "bulletin",
        "notice",
        "document",
    }
)
#: Verbs of putting a statement out, by the dictionary's forms (``cameo.verb_keys``: "put out"
#: is the verb with its particle): the maker is their subject.
PUTTING_OUT = frozenset(
    {
        "issue",
        "release",
        "publish",
        "put out",
        "make",
        "send",
        "deliver",
        "post",
        "circulate",
        "present",
        "submit",
        "file",
        "write",
        "draft",
        "adopt",
        "pass",
        "unveil",
        "distribute",
    }
)
#: The first words of ``PUTTING_OUT``: every key ``cameo.verb_keys`` gives a verb opens with its
#: lemma or is its form, so a verb whose lemma and form are none of these puts out nothing, and
#: its keys (a walk of its children) need not be built.
_PUTTING_OUT_HEADS = frozenset(key.split()[0] for key in PUTTING_OUT)
#: CAMEO roots of the verbal acts a statement makes by its words: appeal (02), express
#: intent to cooperate (03), diplomatic cooperation (05: praise, endorse), demand (10),
#: disapprove (11), reject (12), threaten (13).
SAID_ROOTS = ("02", "03", "05", "10", "11", "12", "13")
#: The code of an appeal of no named kind (CAMEO 020), for a participle that asks for an act.
APPEAL = "020"
#: Relative pronouns that stand for the statement as the subject of its relative clause.
_RELATIVE_PRONOUNS = {"that", "which"}


def carried_act(verb: Any) -> tuple[Any, tuple[str, str]] | None:
    """``(participle, (lemma, CAMEO code))`` of the act that the statement ``verb`` puts out
    carries (see the module); None when the verb puts out no statement or its statement
    carries no act."""
    from newsdesk.events.rules import verb_event_code

    if verb.pos_ != "VERB" or _PUTTING_OUT_HEADS.isdisjoint((verb.lemma_.lower(), verb.lower_)):
        return None
    if PUTTING_OUT.isdisjoint(verb_keys(verb)):
        return None
    for clause in _statement_clauses(verb):
        coded = verb_event_code(clause)
        if coded is None and asks_for_act(clause):
            coded = clause.lemma_.lower(), APPEAL
        if coded and coded[1].startswith(SAID_ROOTS):
            return clause, coded
    return None


def _statement_clauses(verb: Any) -> list[Any]:
    """The participles and relative clauses, the statement's subject, on the verb's direct
    objects that are statement nouns, and the present participle the parse hangs on the verb
    itself where a phrase comes between ("sent a letter to the WHO threatening to pull its
    funding": the letter threatens, and so does its sender)."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS]
    clauses = [c for noun in nouns for c in noun.children if _says_what_it_does(c)]
    return clauses + [c for c in verb.children if nouns and _participle_of_verb(c)]


def _participle_of_verb(clause: Any) -> bool:
    """True for a present participle the parse hangs on the verb with no subject or marker of
    its own ("threatening to pull", not "while visiting")."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.pos_ == "VERB"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)
    )


def _says_what_it_does(clause: Any) -> bool:
    """True for a present participle on the noun ("a statement condemning") or a relative
    clause whose subject is the noun's relative pronoun ("a statement that condemned")."""
    if clause.pos_ != "VERB":
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG"
    subjects = (c for c in clause.children if c.dep_ == "nsubj")
    return clause.dep_ == "relcl" and any(c.lower_ in _RELATIVE_PRONOUNS for c in subjects)
