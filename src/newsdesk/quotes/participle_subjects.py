"""Who speaks a cue written as a participle or an infinitive, which has no subject of its own
in the parse: the object of a preposition before it (``following Trump saying``), a document or
its stated owner (``a statement saying``), the object of a verb of perception or control
(``prompting Flake to post``), the verb above a gerund or a predicate participle; whether a
noun may speak at all is ``description.may_speak``. Read by ``quotes.cue_subjects.subject_of``.
"""

from __future__ import annotations

from typing import Any

from newsdesk.parsed import DASHES, phrase_head
from newsdesk.quotes.cues import DIRECTIVES, DOCUMENTS, SUBJECTS, noun_cue_source
from newsdesk.quotes.description import may_speak
from newsdesk.quotes.nouns import GROUP_NOUNS, PERSON_OR_ORG_NOUNS
from newsdesk.quotes.own_subjects import NOUN_TAGS


def person_right_before(verb: Any) -> Any | None:
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


def object_before_participle(verb: Any) -> Any | None:
    """``despite the intelligence community concluding that``, ``following President Donald
    Trump saying he planned``, ``a soundbite of Baier explaining how``: an *-ing* participle
    with no subject of its own, right after the object of one of ``SUBJECT_PREPOSITIONS``
    (adverbs between, no punctuation), has that object as its subject, however the parse
    hung it (on the noun, or as the clause's adverbial clause); only a noun that may speak
    (``may_speak``) and no document, whose words are read as its owner's elsewhere. A
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
    if noun.pos_ not in NOUN_TAGS or noun.dep_ not in {"pobj", "dobj"} or noun.head.i > noun.i:
        return None
    if noun.head.lower_ not in SUBJECT_PREPOSITIONS or (noun.dep_ == "dobj" and noun.head.tag_ != "VBG"):
        return None  # "following" is a preposition the tagger may read as a participle
    if noun.head.lower_ in _ABSOLUTES and not _opens_clause(noun.head):
        return None  # "caught at a meeting with RNC members saying": a noun's or verb's "with"
    if noun.head.lower_ == "of" and not _nouns_of(noun.head):
        return None
    if noun.lemma_.lower() in DOCUMENTS or not may_speak(noun):
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


def verb_of_object_infinitive(verb: Any) -> Any | None:
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
    if noun.lemma_.lower() in PERSON_OR_ORG_NOUNS | GROUP_NOUNS | DOCUMENTS | INDEFINITE_THINGS:
        return None
    word = noun
    while word.dep_ in {"dobj", "pobj", "prep"} and word.head.i < word.i:
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word
    return None


#: Indefinite pronouns of things: a *to*-infinitive after one is a relative clause of it, not a
#: purpose (``uncovered nothing to suggest that``: nothing suggests it).
INDEFINITE_THINGS = {"nothing", "something", "anything", "everything"}


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


def document_before_participle(verb: Any) -> Any | None:
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


def object_of_predicate_participle(verb: Any) -> Any | None:
    """``Benjamin's ouster left fans of the Intellectual Dark Web urging other personalities to
    quit``, ``Video … appeared to show officers arriving at the protest zone saying``: an
    *-ing* participle right after the object of a verb of ``PREDICATE_PARTICIPLE``, with no
    comma between, predicates something of that object (the fans urge), however the parse
    hung it (as the verb's adverbial clause); the object is its subject. Set off by a comma it
    is a free adjunct of the verb's subject (``left the room, saying``); a document object
    speaks for the verb's subject, as after any verb (``The jury sent a note asking``). Only
    someone who can speak is the participle's subject (``may_speak``): after a place, an
    event or a thing the participle stays the verb's subject's (``left the meeting saying``)."""
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    if verb.head.lemma_.lower() not in PREDICATE_PARTICIPLE:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ not in NOUN_TAGS or obj.right_edge.i >= verb.i:
        return None
    if obj.lemma_.lower() in DOCUMENTS or not may_speak(obj, plurals=True):
        return None
    between = verb.doc[obj.right_edge.i + 1:verb.i]
    return None if any(t.is_punct or t.is_quote for t in between) else obj


def _stated_owner(document: Any) -> Any | None:
    """The owner a document's own phrase names: ``from``/``by`` X, X's, a name compounded on
    it; not ``their letter``: a pronoun's speaker is the verb's subject's."""
    return noun_cue_source(document, prepositions={"from", "by"}, pronouns=False, names=True)


#: What a gerund cue needs to report something: a clause or an object.
_GERUND_OBJECTS = {"ccomp", "xcomp", "dobj", "advcl", "conj", "parataxis"}


def verb_before_gerund(verb: Any) -> Any | None:
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


def matrix_of_participle(verb: Any) -> Any | None:
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
