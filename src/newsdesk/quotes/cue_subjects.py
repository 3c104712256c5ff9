"""Who a cue's speech belongs to in the parse, before the speaker is resolved: the cue
verb's subject (a relative clause's noun, a coordinated cue's subject, a participle's document
or owner, a passive's agent), the subject of a later verb that passes the report on
(``"…," Smith said, the AP reported``), and the subject inverted after the verb
(``said Raffaello Pantucci``). The lexicon these read is ``quotes.cues``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.person_nouns import PERSON_NOUNS
from newsdesk.events.agents import TARGET_PERSON_NOUNS, agent_roles
from newsdesk.parsed import DASHES, is_passive, phrase_head
from newsdesk.quotes.cues import (
    CUE_LEMMAS,
    DIRECTIVES,
    DOCUMENTS,
    HEARER_OBJECT,
    PERSON_PRONOUNS,
    SUBJECTS,
    as_parenthetical_source,
    is_cue,
    noun_cue_source,
)
from newsdesk.quotes.description import QUOTED_ROLE_WORDS, names_people
from newsdesk.quotes.nouns import GROUP_NOUNS, PERSON_OR_ORG_NOUNS, UNNAMED, person_noun

#: A noun's modifiers and the tags of a noun, climbed to the head of a noun phrase.
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})


_NOUNS = frozenset({"NOUN", "PROPN"})


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
    own = _object_before_participle(verb)
    if own is not None:
        return own
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        if verb.head.head.lower_ in {"with", "without"}:
            return verb.head  # "with forecasters warning that": the absolute's noun speaks
        # "apologised for the statement saying"
        return subject_of(verb.head.head.head) if verb.head.head.head.pos_ == "VERB" else None
    document = _document_before_participle(verb)
    if document is not None:
        return document
    predicated = _object_of_predicate_participle(verb)
    if predicated is not None:
        return predicated
    matrix = _matrix_of_participle(verb)
    if matrix is not None:
        return subject_of(matrix)
    named = _mistagged_subject(verb) or _name_hung_before(verb)
    if named is not None:
        return named
    matrix = _verb_of_object_infinitive(verb)
    if matrix is not None:
        return subject_of(matrix)
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return _person_right_before(verb) or verb.head  # "officers arriving at the zone saying ..."
    if verb.dep_ == "xcomp":
        # "prompting Flake to post": the object controls the subject; "emailed its customers
        # to inform them": a purpose the parse labelled xcomp, the subject above informs
        controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None and (verb.head.lemma_.lower() in OBJECT_CONTROL
                                       or controller.lower_ in _INDEFINITE_THINGS):
            return controller
    shared = _coordinated_cue_subject(verb)
    if shared is not None:
        return shared
    matrix = _verb_before_gerund(verb)
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
    whom``: the residents), and only one that may speak (``_may_speak``: not ``the offer,
    many of which``). None for any other subject."""
    from newsdesk.quotes.sources import PLURAL_QUANTIFIERS  # sources reads this module's parse

    if subject.lower_ not in PLURAL_QUANTIFIERS:
        return None
    if not any(o.dep_ == "pobj" and o.tag_ in {"WP", "WDT"}
               for p in subject.children if p.lower_ == "of" for o in p.children):
        return None
    comma = subject.left_edge.i - 1
    if comma > 0 and subject.doc[comma].text == "," and subject.doc[comma - 1].pos_ in _NOUNS:
        noun = _head_past_prepositions(subject.doc[comma - 1])
    elif verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
        noun = _head_past_prepositions(verb.head)
    else:
        return None
    return noun if noun.pos_ in _NOUNS and _may_speak(noun) else None


def _head_past_prepositions(noun: Any) -> Any:
    """The head of the noun phrase ``noun`` ends: its name's or noun's head, climbed past
    each prepositional phrase that holds it while the noun above may speak (``supporters
    of the president``: supporters; ``Doctors at the hospital``: doctors; not ``the ire of
    Republican lawmakers``: the lawmakers)."""
    noun = phrase_head(noun, modifiers=_NOUN_MODIFIERS, heads=_NOUNS)
    while (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i
           and noun.head.head.pos_ in _NOUNS and _may_speak(noun.head.head)):
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
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in _SPEAKING_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "whose":
        return owner
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS else None


#: Nouns that may speak themselves: people, organisations, groups, documents.
_SPEAKING_NOUNS = PERSON_NOUNS | PERSON_OR_ORG_NOUNS | UNNAMED | GROUP_NOUNS | DOCUMENTS


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
    if owner.pos_ not in _NOUNS or owner.i > noun.i:
        return None
    named = owner.dep_ == "appos" and owner.head.ent_type_ == "PERSON"
    return owner if named or owner.ent_type_ == "PERSON" or owner.lemma_.lower() in PERSON_NOUNS else None


def _person_right_before(verb: Any) -> Any | None:
    """``a soundbite of Clinton telling the crowd``: a participle right after a person's name
    that *of* governs modifies that name (the nearest noun, Kimball 1973's right association),
    not a common noun further back that the parse hung it on (``the fact``). After another
    preposition the noun before may be the participle's subject (``a letter to Zuckerberg
    calling on him``: the letter calls), so only *of* is read."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.i == verb.head.i or verb.tag_ != "VBG" or verb.head.pos_ != "NOUN":
        return None
    person = before.pos_ == "PROPN" and before.ent_type_ == "PERSON"
    head = phrase_head(before)
    return before if person and head.dep_ == "pobj" and head.head.lower_ == "of" else None


#: Prepositions after which a noun and an *-ing* participle make a clause with its own subject
#: (Quirk et al. 1985 §15.12): an absolute (``with the president publicly rebuking``), a
#: gerund clause with a subject (``despite the intelligence community concluding``,
#: ``following President Trump saying``) and a noun's *of* phrase (``a soundbite of Baier
#: explaining``). A verb's own preposition is not one (``lashed out at Pelosi saying``,
#: ``responded to critics saying``): after it the participle stays the verb's subject's.
#: Not *before*, as often a place (in front of: ``testified before the Senate Judiciary
#: Committee saying``) as a time.
SUBJECT_PREPOSITIONS = frozenset({
    "with", "without", "despite", "notwithstanding", "following", "after", "amid", "amidst",
    "of",
})


def _object_before_participle(verb: Any) -> Any | None:
    """``despite the intelligence community concluding that``, ``following President Donald
    Trump saying he planned``, ``a soundbite of Baier explaining how``: an *-ing* participle
    with no subject of its own, right after the object of one of ``SUBJECT_PREPOSITIONS``
    (adverbs between, no punctuation), has that object as its subject, however the parse
    hung it (on the noun, or as the clause's adverbial clause); only a noun that may speak
    (``_may_speak``) and no document, whose words are read as its owner's elsewhere. A
    participle set off by a comma closes the clause and is its subject's (``met with
    Kosachev, saying``)."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or verb.head.i > verb.i:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    at = verb.i - 1
    while at > 0 and _adverbial(verb.doc[at]):
        at -= 1
    noun = verb.doc[at]
    if noun.pos_ not in _NOUNS or noun.dep_ not in {"pobj", "dobj"} or noun.head.i > noun.i:
        return None
    if noun.head.lower_ not in SUBJECT_PREPOSITIONS or (noun.dep_ == "dobj" and noun.head.tag_ != "VBG"):
        return None  # "following" is a preposition the tagger may read as a participle
    if noun.head.lower_ in _ABSOLUTES and not _opens_clause(noun.head):
        return None  # "caught at a meeting with RNC members saying": a noun's or verb's "with"
    if noun.head.lower_ == "of" and not _nouns_of(noun.head):
        return None
    if noun.lemma_.lower() in DOCUMENTS or not _may_speak(noun):
        return None
    return noun


#: Prepositions of an absolute construction, which is set off from its clause (``has only
#: widened, with the president … rebuking``); elsewhere *with* is a noun's or a verb's own
#: (``a meeting with RNC members``, ``met with reporters``).
_ABSOLUTES = frozenset({"with", "without"})


def _nouns_of(preposition: Any) -> bool:
    """Whether the *of* ``preposition`` is a noun's that its object may be the subject of a
    participle after: not one of a compound preposition, whose noun has no determiner of
    its own (``in front of``, ``on behalf of``), nor an action's *-ing* noun, whose *of*
    names the one acted on (``after the shooting of a man``)."""
    owner = preposition.head
    if owner.pos_ != "NOUN" or owner.i > preposition.i or owner.lower_.endswith("ing"):
        return False
    return not (owner.dep_ == "pobj" and not any(c.dep_ in {"det", "poss"} for c in owner.children))


def _opens_clause(word: Any) -> bool:
    """Whether ``word`` opens its sentence, or follows a comma, a dash, a bracket, a semicolon
    or a coordinating conjunction."""
    if word.is_sent_start or word.i == 0:
        return True
    before = word.doc[word.i - 1]
    return before.text in {",", ";", "(", *DASHES} or before.dep_ == "cc"


def _adverbial(token: Any) -> bool:
    """An adverb or a bare noun phrase of time between a noun and a participle (``the
    president last summer publicly rebuking``)."""
    if token.is_punct or token.is_quote:
        return False
    return token.dep_ in {"advmod", "npadvmod"} or token.head.dep_ == "npadvmod"


def _verb_of_object_infinitive(verb: Any) -> Any | None:
    """``she takes pains to assure``, ``made an effort to explain``, ``in an attempt to
    argue``: a *to*-infinitive on a common noun that names no person, organisation or
    document, itself the object of a verb (directly or through a preposition), is a
    complement of that noun whose understood subject is the verb's (subject control: the
    one who takes pains assures); the noun is no speaker. The verb is returned."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                         for c in verb.children):
        return None
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.ent_type_ or noun.i > verb.i:
        return None
    if noun.lemma_.lower() in PERSON_OR_ORG_NOUNS | GROUP_NOUNS | DOCUMENTS | _INDEFINITE_THINGS:
        return None
    word = noun
    while word.dep_ in {"dobj", "pobj", "prep"} and word.head.i < word.i:
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word
    return None


#: Indefinite pronouns of things: a *to*-infinitive after one is a relative clause of it, not a
#: purpose (``uncovered nothing to suggest that``: nothing suggests it).
_INDEFINITE_THINGS = {"nothing", "something", "anything", "everything"}


#: Object-control verbs: their object is the understood subject of the *to*-infinitive they
#: take as complement (``asked them to say``, ``prompting Flake to post``, ``paid him to
#: write``), and verbs of perception and causation whose object does what the bare infinitive
#: says (``heard him say``, ``made her admit``): the directives (``DIRECTIVES``), and
#: causatives, permissives, verbs of wanting, of hiring and sending, and of perception,
#: written out by hand. Under any other verb an object and a *to*-infinitive the parse
#: labelled ``xcomp`` is a purpose clause whose subject is the verb's own (``emailed its
#: customers to inform them``, ``used her time to insist``).
OBJECT_CONTROL = frozenset({
    *DIRECTIVES,
    "allow", "appoint", "assign", "authorise", "authorize", "badger", "beseech", "bribe",
    "cajole", "cause", "challenge", "choose", "coax", "command", "commission", "compel",
    "convince", "dare", "direct", "dispatch", "drive", "elect", "empower", "enable",
    "encourage", "entice", "entreat", "exhort", "expect", "force", "get", "goad", "have",
    "hear", "help", "hire", "incite", "induce", "inspire", "instruct", "invite", "lead", "let",
    "like", "lobby", "make", "mobilize", "motivate", "move", "need", "nudge", "oblige",
    "order", "overhear", "pay", "permit", "persuade", "pester", "petition", "prefer", "press",
    "pressure", "prod", "prompt", "provoke", "push", "recruit", "remind", "request", "require",
    "see", "select", "send", "spur", "summon", "task", "teach", "tell", "tempt", "train",
    "trigger", "want", "watch", "wish",
})


def _document_before_participle(verb: Any) -> Any | None:
    """``A screenshot showed a purported message from Spicer to Mack stating, "…"``: a speech
    participle that follows a document object with no comma between is a reduced relative
    clause of the document (the message states it), wherever the parse hung it; the owner its
    phrase names (``from``/``by``, a possessive, a name compounded on it) speaks. A document
    with no owner there speaks for the verb's subject, as before (``The ministry released a
    statement saying``)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.nbor(-1).is_punct:
        return None
    documents = (
        c
        for c in verb.head.children
        if c.dep_ == "dobj"
        and c.i < verb.i
        and c.lemma_.lower() in DOCUMENTS
        and not any(t.is_punct for t in verb.doc[c.i : verb.i])
    )
    return next((owner for d in documents for owner in [_stated_owner(d)] if owner is not None), None)


#: Verbs whose object an *-ing* participle after it predicates something of (complex-transitive
#: complementation, Quirk et al. 1985 §16.52): verbs of perception and of showing
#: (``heard him saying``, ``show officers arriving … saying``), of finding, leaving and keeping
#: (``left fans … urging``, ``found her insisting``). Not verbs of quoting: ``The Times quotes
#: X saying`` is the Times' report of X, annotated at its outer level.
PREDICATE_PARTICIPLE = frozenset({
    "catch", "capture", "depict", "discover", "feel", "film", "find", "hear", "keep", "leave",
    "notice", "observe", "overhear", "picture", "portray", "record", "see", "show", "spot",
    "watch",
})


def _object_of_predicate_participle(verb: Any) -> Any | None:
    """``Benjamin's ouster left fans of the Intellectual Dark Web urging other personalities to
    quit``, ``Video … appeared to show officers arriving at the protest zone saying``: an
    *-ing* participle right after the object of a verb of ``PREDICATE_PARTICIPLE``, with no
    comma between, predicates something of that object (the fans urge), however the parse
    hung it (as the verb's adverbial clause); the object is its subject. Set off by a comma it
    is a free adjunct of the verb's subject (``left the room, saying``); a document object
    speaks for the verb's subject, as after any verb (``The jury sent a note asking``). Only
    someone who can speak is the participle's subject (``_may_speak``): after a place, an
    event or a thing the participle stays the verb's subject's (``left the meeting saying``)."""
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    if verb.head.lemma_.lower() not in PREDICATE_PARTICIPLE:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ not in _NOUNS or obj.right_edge.i >= verb.i:
        return None
    if obj.lemma_.lower() in DOCUMENTS or not _may_speak(obj, plurals=True):
        return None
    between = verb.doc[obj.right_edge.i + 1:verb.i]
    return None if any(t.is_punct or t.is_quote for t in between) else obj


#: The tagger's labels of a name that may speak: a person, an organisation, a nationality or
#: a political or religious group (not a place: ``left Moscow saying``).
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def _may_speak(noun: Any, *, plurals: bool = False) -> bool:
    """A person, a group of people or an organisation: a name the tagger labels so, a noun
    of the person, organisation and group lexicons (``_SPEAKING_NOUNS``, a compound on a
    person's noun: ``person_noun``), of titles and offices or of the agent lexicons, in the
    singular or the plural. A plural is no person by its number alone (``amid fears
    saying``, ``amid rumors saying``: things that say nothing), but with ``plurals``, for
    the object of a verb of perception or leaving, whose participle reads a plural as
    people as the descriptions do (``names_people``: ``left fans … urging``)."""
    if noun.ent_type_:
        return noun.ent_type_ in _SPEAKER_ENTITIES
    if plurals and names_people(noun):
        return True
    lemma = noun.lemma_.lower()
    if lemma in _SPEAKING_NOUNS or lemma in TARGET_PERSON_NOUNS or person_noun(lemma):
        return True
    return lemma in QUOTED_ROLE_WORDS or lemma in agent_roles()


def _stated_owner(document: Any) -> Any | None:
    """The owner a document's own phrase names: ``from``/``by`` X, X's, a name compounded on
    it; not ``their letter``: a pronoun's speaker is the verb's subject's."""
    return noun_cue_source(document, prepositions={"from", "by"}, pronouns=False, names=True)


#: What a gerund cue needs to report something: a clause or an object.
_GERUND_OBJECTS = {"ccomp", "xcomp", "dobj", "advcl", "conj", "parataxis"}


def _verb_before_gerund(verb: Any) -> Any | None:
    """``ByteDance responded by saying``, ``Murkowski told KTUU before saying``, ``In
    announcing that …, he adopted``: a gerund that a preposition on a verb holds, with a
    clause or an object of its own, has that verb's subject (English gerunds after *by*,
    *before*, *after*, *in* and the like are controlled by the subject of the clause they
    modify). With only a phrase it names a topic, no report (``centered on warning about a
    "color revolution"``: a scare quote, not speech)."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or preposition.dep_ != "prep":
        return None
    if not any(c.dep_ in _GERUND_OBJECTS for c in verb.children):
        return None
    return preposition.head if preposition.head.pos_ in {"VERB", "AUX"} else None


def _matrix_of_participle(verb: Any) -> Any | None:
    """``Pompeo said that Washington had concluded X, saying he trusted …``: a participle set
    off by a comma (past its own words before it: ``, even going so far as saying``,
    ``, while insisting``) after a clause embedded to the right of the main verb belongs to
    that main verb, not to the embedded clause's own verb (a reading the parser often misses when the clause is long). English
    free adjuncts are controlled by the subject of the clause they close; the embedded clause
    is reported content, or a clause of the verb's object (``echoed the beliefs … that the
    NRA has moved to the fringe, telling Politico``; ``defended the decision to get Bergdahl
    back …, even going so far as saying``)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i == 0:
        return None
    if verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    matrix = _verb_above(verb.head)
    if matrix is None:
        return None  # content before its verb: "X, arguing Y, the Chronicle reports" stays
    above = _verb_above(matrix)
    while above is not None:
        matrix, above = above, _verb_above(above)
    return matrix


#: The way from a verb's object down to a clause on it: the object, a preposition on it, the
#: preposition's object (``the beliefs of many in the media that …``).
_OBJECT_PATH = {"dobj", "dative", "prep", "pobj"}


def _verb_above(clause: Any) -> Any | None:
    """The verb a clause is embedded under, to its left: the verb reporting a content clause,
    or the verb whose object (or the object's prepositional phrase) a clause of a noun
    modifies; none for a clause before its head or a clause of a subject. A clause coordinated
    with another is embedded where the first of them is (``a tax that businesses pay … and
    that the state rebates …, all while promising``: both clauses modify the tax)."""
    while clause.dep_ == "conj" and clause.head.i < clause.i and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    if clause.head.i >= clause.i:
        return None
    if clause.dep_ == "ccomp":
        return None if _small_clause(clause) else clause.head
    if clause.dep_ not in {"relcl", "acl"}:
        return None
    word = clause.head
    while word.dep_ in _OBJECT_PATH and word.head.i < word.i:
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word
    return None


def _small_clause(clause: Any) -> bool:
    """``we heard Pressley refuse to acknowledge …, calling him``: a bare infinitive with a
    subject under a verb of perception or causation (``heard her refuse``, ``made him admit``)
    is what was perceived or caused, no content reported; a free adjunct after it closes it,
    and is controlled by its subject, not by the perceiver."""
    if clause.tag_ not in {"VB", "VBP"} or any(c.dep_ in {"aux", "mark"} for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
    if subject is None or (clause.tag_ == "VBP" and subject.tag_ not in {"NN", "NNP"}):
        return False  # a singular noun before a plain form: the tagger's present is no tense
    return clause.head.lemma_.lower() in PREDICATE_PARTICIPLE | OBJECT_CONTROL


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
            return phrase_head(token, modifiers=_NOUN_MODIFIERS, heads=_NOUNS, limit=limit)
        if token.is_title and not token.is_stop and token.pos_ in {"ADV", "ADJ"}:
            return token  # "says Early.": a surname the tagger took for an adverb
    return None


def _mistagged_subject(verb: Any) -> Any | None:
    """``O’Reilly then said``: a name before the verb that the tagger took for an adverb."""
    if any(c.dep_ in SUBJECTS or c.dep_ == "csubj" for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ in {"advmod", "npadvmod", "dep", "nmod"}
                 and c.text[:1].isupper() and not c.is_stop
                 and c.lower_ not in _SENTENCE_ADVERBS), None)


def _name_hung_before(verb: Any) -> Any | None:
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
