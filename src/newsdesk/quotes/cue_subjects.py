"""Who a cue's speech belongs to in the parse, before the speaker is resolved: the cue
verb's subject (a relative clause's noun, a coordinated cue's subject, a participle's document
or owner, a passive's agent), the subject of a later verb that passes the report on
(``"…," Smith said, the AP reported``), and the subject inverted after the verb
(``said Raffaello Pantucci``). The lexicon these read is ``quotes.cues``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.person_nouns import PERSON_NOUNS
from newsdesk.parsed import is_passive, phrase_head
from newsdesk.quotes.cues import (
    CUE_LEMMAS,
    HEARER_OBJECT,
    SUBJECTS,
    as_parenthetical_source,
    is_cue,
)
from newsdesk.quotes.description import SPEAKING_NOUNS, may_speak
from newsdesk.quotes.own_subjects import (
    NOUN_MODIFIERS,
    NOUN_TAGS,
    mistagged_subject,
    name_hung_before,
    own_subject,
)
from newsdesk.quotes.participle_subjects import (
    INDEFINITE_THINGS,
    OBJECT_CONTROL,
    document_before_participle,
    matrix_of_participle,
    object_before_participle,
    object_of_predicate_participle,
    person_right_before,
    verb_before_gerund,
    verb_of_object_infinitive,
)

#: How a later reporting verb holds the reporting clause it passes on.
_PASSED_ON = frozenset({"parataxis", "ccomp"})


#: What would make that later verb a report of its own: a clause or an object beside it.
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "dative", "csubj"})


def passed_on_subject(verb: Any) -> Any | None:
    """``"…," said Winkowski, reports The Washington Examiner``, ``"…," Smith said, the AP
    reported``: the (first) subject of the speech verb after ``verb`` that the parse hangs
    ``verb``'s clause on, when it has one and nothing else to report (no clause or object of
    its own beside it): a report of that report, ending its sentence; the verb is the
    subject's head. Not a verb with content of its own (``Mr. Diamond’s book, Mr. Romney said,
    argues that …``), nor one under a modal or a negation, or that a colon or a quotation
    follows (``Without such a system, Madison wrote, the despotism of the majority would rule:
    “…”``): the aside's own content."""
    outer = verb.head
    if verb.dep_ not in _PASSED_ON or outer.i < verb.i or not is_cue(outer, direct=True):
        return None
    if any((c.dep_ in _OWN_CONTENT and c.i != verb.i) or c.dep_ == "neg" or c.tag_ == "MD"
           for c in outer.children):
        return None
    if any(t.text == ":" or t.is_quote for t in verb.doc[outer.i + 1:outer.sent.end]):
        return None
    return next((c for c in outer.children if c.dep_ in SUBJECTS), None)


def _relative_antecedent(relative: Any) -> Any | None:
    """``St. Thomas More, who, in 1516, said``: a relative pronoun's antecedent is the noun
    phrase right before it (after a comma, for a non-restrictive clause), wherever the parse
    hung the clause it opens (here as a verb coordinated with the main one); *who* and
    *which* only, as *that* opens no clause set off by a comma. Read for an
    active verb only: a passive's subject is what was said or named (``X, who he says has
    been called “…”``), no speaker."""
    if relative.lower_ not in {"who", "which"}:
        return None  # "that" after a comma opens no relative clause ("– gee, that can't end")
    before = relative.i - 1
    if before >= 0 and relative.doc[before].text == ",":
        before -= 1
    if before < 0:
        return None
    noun = relative.doc[before]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _participle_read_as_clause(verb: Any) -> Any | None:
    """``almost half of the economists interviewed for a study said that``: a clause the
    parse made the verb's complement, standing right before it with no punctuation or
    complementiser between, is no complement (a finite clause before its verb is set off
    in English: ``X lied, Y said``); it is the subject's reduced relative, a participle the
    tagger read as a past tense (a transitive verb with no object of its own), whose
    "subject" is the verb's. The clause is returned."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or clause.tag_ not in {"VBD", "VBN"} or clause.right_edge.i != verb.i - 1:
        return None
    if any(c.dep_ in {"dobj", "mark", "ccomp", "aux", "auxpass", "neg"} for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
    if subject is None or subject.tag_ in {"PRP", "WP", "WDT"}:
        return None
    if any(c.i < subject.i and c.dep_ not in _OPENERS for c in clause.children):
        return None  # only a time or place that opens the sentence ("In 2014") stands before
    between = verb.doc[subject.left_edge.i:verb.i]
    return None if any(t.is_punct or t.is_quote for t in between) else clause


#: How the parse hangs a phrase that opens a sentence on its verb: a time, a place, an adverb.
_OPENERS = frozenset({"prep", "advmod", "npadvmod"})


def _coordinated_cue_subject(verb: Any) -> Any | None:
    """``... after Kang Kyung-wha said ..., and added that ...``: a coordinated speech verb
    that the parse hung from a verb of another kind shares the subject of the speech verb
    before it between the two (the nearest one that has a subject). Not a speech verb inside
    the head's content clause (``A group of physicians, alarmed that the administration is
    denying vaccines …, is urging``): a content clause is what the head's subject thinks or
    says, and its subject is no subject of the narration's next verb."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() in CUE_LEMMAS:
        return None
    content = [c for c in verb.head.children if c.dep_ == "ccomp" and verb.head.i < c.i < verb.i]
    for earlier in reversed(verb.doc[verb.head.i + 1:verb.i]):
        if any(c.left_edge.i <= earlier.i <= c.right_edge.i for c in content):
            continue
        if earlier.lemma_.lower() in CUE_LEMMAS and earlier.pos_ == "VERB":
            subject = next((c for c in earlier.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return subject
    return None


def reported_beside(verb: Any) -> Any | None:
    """``said that Sir Kim is … and confirmed …``, ``denying that his aides leaked … and
    saying that …``: a speech verb with no subject that the parse joined to the verb of the
    cue's content clause, in the cue's own form and not in the content verb's (nor sharing
    its perfect or modal), is the cue's source's next report; returns that cue. A verb in the
    content verb's own form goes on with the content's subject (``said the gunman entered the
    bank and shouted that …``: the gunman shouted), except *add* or the cue's own verb, which
    continue a report already made (``said the economy grew and added that …``, ``said it
    viewed the move as … and said …``)."""
    content = verb.head
    if verb.dep_ != "conj" or content.dep_ != "ccomp" or verb.lemma_.lower() not in CUE_LEMMAS:
        return None
    cue = content.head
    if cue.pos_ not in {"VERB", "AUX"} or cue.tag_ != verb.tag_ \
            or cue.lemma_.lower() not in CUE_LEMMAS:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) \
            or any(c.dep_ in {"aux", "auxpass"} for c in content.children):
        return None
    if content.tag_ == verb.tag_ and verb.lemma_.lower() not in {*_CONTINUING, cue.lemma_.lower()}:
        return None
    return cue


#: Speech verbs that continue a report the speaker has already made (``and added that …``);
#: the cue's own verb again does too (``said X and said Y``).
_CONTINUING = frozenset({"add"})


def subject_of(verb: Any) -> Any | None:
    """The verb's subject; for a relative clause (``who told``) the noun it modifies; for
    ``saying``/``adding`` the subject of the clause it hangs from."""
    parenthetical = as_parenthetical_source(verb)
    if parenthetical is not None:
        return parenthetical  # "As the report details,": the tagger read a verb as a noun
    subject = own_subject(verb)
    clause = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if clause is not None and (subject is None or clause.i < subject.i):
        # "officers responding to the shooting said"
        return next((c for c in clause.children if c.dep_ in SUBJECTS), clause)
    if subject is not None and subject.tag_ in {"WP", "WDT"}:
        if verb.dep_ == "relcl":
            return _person_owning_thing(verb.head, subject) or verb.head
        return subject if is_passive(verb) else _relative_antecedent(subject) or subject
    if subject is not None:
        return _partitive_relative(verb, subject) or _owner_of_act(verb, subject) or subject
    participle = _participle_read_as_clause(verb)
    if participle is not None:
        return next(c for c in participle.children if c.dep_ in SUBJECTS)
    own = object_before_participle(verb)
    if own is not None:
        return own
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        if verb.head.head.lower_ in {"with", "without"}:
            return verb.head  # "with forecasters warning that": the absolute's noun speaks
        # "apologised for the statement saying"
        return subject_of(verb.head.head.head) if verb.head.head.head.pos_ == "VERB" else None
    document = document_before_participle(verb)
    if document is not None:
        return document
    predicated = object_of_predicate_participle(verb)
    if predicated is not None:
        return predicated
    matrix = matrix_of_participle(verb)
    if matrix is not None:
        return subject_of(matrix)
    named = mistagged_subject(verb) or name_hung_before(verb)
    if named is not None:
        return named
    matrix = verb_of_object_infinitive(verb)
    if matrix is not None:
        return subject_of(matrix)
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return person_right_before(verb) or verb.head  # "officers arriving at the zone saying ..."
    if verb.dep_ == "xcomp":
        # "prompting Flake to post": the object controls the subject; "emailed its customers
        # to inform them": a purpose the parse labelled xcomp, the subject above informs
        controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None and (verb.head.lemma_.lower() in OBJECT_CONTROL
                                       or controller.lower_ in INDEFINITE_THINGS):
            return controller
    beside = reported_beside(verb)
    if beside is not None:
        return subject_of(beside)
    shared = _coordinated_cue_subject(verb)
    if shared is not None:
        return shared
    matrix = verb_before_gerund(verb)
    if matrix is not None:
        return subject_of(matrix)
    listed = _listed_after_relative(verb)
    if listed is not None:
        return subject_of(listed)
    if verb.dep_ in {"advcl", "conj", "xcomp", "relcl"} and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return verb.head
        found = subject_of(verb.head)
        if verb.tag_ == "VBG" and found is not None and found.dep_ == "nsubjpass":
            return agent_of(verb.head) or found  # "A photo … was denied by Andrew, hinting"
        return found
    return None


def _partitive_relative(verb: Any, subject: Any) -> Any | None:
    """``Republican lawmakers, some of whom argue that``, ``officials, many of whom said``: a
    quantifier over a relative pronoun (``some of whom``) takes a part of the group the
    relative clause's noun names, and a part of a group speaks as the group does (``Some of
    them say``: the group ``them`` stands for). The noun right before the comma that opens
    the clause is returned (a clause set off by a comma follows the phrase it comments on,
    wherever the parse hung it), else the noun the parse gave the clause: the head of its
    phrase, past the *of*, *at* or *in* phrases after it (``Residents of Flint, many of
    whom``: the residents), and only one that may speak (``may_speak``: not ``the offer,
    many of which``). None for any other subject."""
    from newsdesk.quotes.sources import PLURAL_QUANTIFIERS  # sources reads this module's parse

    if subject.lower_ not in PLURAL_QUANTIFIERS:
        return None
    if not any(o.dep_ == "pobj" and o.tag_ in {"WP", "WDT"}
               for p in subject.children if p.lower_ == "of" for o in p.children):
        return None
    comma = subject.left_edge.i - 1
    if comma > 0 and subject.doc[comma].text == "," and subject.doc[comma - 1].pos_ in NOUN_TAGS:
        noun = _head_past_prepositions(subject.doc[comma - 1])
    elif verb.dep_ == "relcl" and verb.head.pos_ in NOUN_TAGS:
        noun = _head_past_prepositions(verb.head)
    else:
        return None
    return noun if noun.pos_ in NOUN_TAGS and may_speak(noun) else None


def _head_past_prepositions(noun: Any) -> Any:
    """The head of the noun phrase ``noun`` ends: its name's or noun's head, climbed past
    each prepositional phrase that holds it while the noun above may speak (``supporters
    of the president``: supporters; ``Doctors at the hospital``: doctors; not ``the ire of
    Republican lawmakers``: the lawmakers)."""
    noun = phrase_head(noun, modifiers=NOUN_MODIFIERS, heads=NOUN_TAGS)
    while (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i
           and noun.head.head.pos_ in NOUN_TAGS and may_speak(noun.head.head)):
        noun = noun.head.head
    return noun


def _owner_of_act(verb: Any, subject: Any) -> Any | None:
    """``Joe Wilson, whose crime was revealing that …``: a gerund after *be* whose subject is
    an owned noun of no speaker (an act's name: *crime*, *mistake*, *response*) says what the
    act was, and the act is its owner's (whose crime was revealing = he revealed); the owner
    speaks, a relative *whose* standing for the noun its clause modifies. A noun that can
    speak itself (``whose spokesman was saying``, ``whose report was saying``) keeps it."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return None
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in SPEAKING_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "whose":
        return owner
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in NOUN_TAGS else None


def _listed_after_relative(verb: Any) -> Any | None:
    """``the President who has imposed tariffs on US allies in Europe, repeatedly threatened to
    slap a 25% tariff … and blasted the European Union``: a finite verb with no subject and
    no subordinator is no adverbial clause (an English finite adverbial clause opens with a
    subordinator and has a subject); set off by a comma right after a relative clause, it is
    the next verb phrase of a list the relative clause opens, and shares its subject. The
    relative clause's verb is returned."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.left_edge.i == 0:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in {"mark", "csubj", "expl"} or c.tag_ in {"WRB", "MD"}
           for c in verb.children):
        return None
    comma = verb.doc[verb.left_edge.i - 1]
    if comma.text != ",":
        return None
    listed = verb.doc[comma.i - 1]
    while listed.head.i < comma.i and listed.dep_ != "relcl" and listed.head.i != listed.i:
        listed = listed.head
    if listed.dep_ != "relcl" or listed.right_edge.i != comma.i - 1:
        return None
    relative = any(c.tag_ in {"WP", "WDT"} and c.dep_ in SUBJECTS for c in listed.children)
    return listed if relative else None


def _person_owning_thing(noun: Any, relative: Any) -> Any | None:
    """``owner Dan Snyder, a boyhood fan of the team who once declared``: *who* stands for a
    person, so a relative clause by *who* that the parse hung on a noun of no person, the
    object of an *of* phrase, modifies the person's noun that phrase belongs to (the fan, not
    the team): a person named, one of the person lexicon, or a noun in apposition to a name."""
    if relative.lower_ != "who" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    if noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS:
        return None
    owner = noun.head.head
    if owner.pos_ not in NOUN_TAGS or owner.i > noun.i:
        return None
    named = owner.dep_ == "appos" and owner.head.ent_type_ == "PERSON"
    return owner if named or owner.ent_type_ == "PERSON" or owner.lemma_.lower() in PERSON_NOUNS else None


def agent_of(verb: Any) -> Any | None:
    """The agent of a passive verb (``denied by Andrew``)."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                 if o.dep_ == "pobj"), None)


def told(verb: Any) -> bool:
    """``Today, all Americans are told, "Go to college!"``: the subject of a passive verb whose
    object is the hearer (``HEARER_OBJECT``) is the hearer, so the speaker is the agent
    (``were told by the mayor``) or no one the clause names."""
    return verb.lemma_.lower() in HEARER_OBJECT and is_passive(verb)


def reporter_of_hearer(verb: Any) -> Any | None:
    """``Muir reported that Clinton was asked in New Hampshire “if she had any advice …”``: a
    passive verb whose subject is the hearer (``told``) and that names no agent says who heard
    the words, not who spoke them; where its clause is the content of a speech verb before it
    that has a subject, the quotation is that report's, annotated at its outer level as the
    rules annotate a nested report. The outer verb is returned."""
    if not told(verb) or agent_of(verb) is not None:
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    outer = clause.head
    if clause.dep_ != "ccomp" or outer.i > clause.i or not is_cue(outer, direct=False):
        return None
    return outer if own_subject(outer) is not None else None
