"""Attribution cues: the lexicon of reporting verbs and nouns, and where a cue stands in
spaCy's dependency parse.

The lexicon is written from the reporting classes of verb lexicons (VerbNet ``say-37.7``,
``tell-37.2``, ``complain-37.8``, ``advise-37.9``, ``manner_speaking-37.3``; PropBank's
``say.01`` frame: Arg0 the sayer, Arg1 the utterance, Arg2 the hearer), not from articles.
Verbs of thinking or perceiving (*believe, hope, fear, think, show*) are not cues. A noun
cue (*statement, claim, warning* ...) counts when it takes a content clause
(``the ministry's claim that ...``).

A direct quote is attributed by a speech verb in the text right after it, in the same
sentence (``"...," Jakobowski said``, ``"...," said Raffaello Pantucci``) or right before
it (``Ms. Yau added, "..."``, ``... told RFE/RL: "..."``); failing both, by the verb of a
reporting clause right after it, whatever the verb (``"...," Kelly deadpanned``). Reported
speech is a speech verb
with a clausal complement (``Wang said China welcomed ...``), ``according to X`` or a noun cue
with its clause.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from newsdesk.modality import counterfactual_perfect
from newsdesk.parsed import FINITE_TAGS, doc_text, phrase_head, tensed

#: Lemmas of verbs that introduce speech or writing (VerbNet say/tell/complain/advise/
#: manner-of-speaking classes and the verbs of claiming, announcing and conceding).
CUE_LEMMAS = {"say", "tell", "add", "note", "caution", "warn", "argue", "claim", "insist",
              "explain", "state", "write", "tweet", "ask", "answer", "reply", "respond",
              "continue", "declare", "stress", "emphasize", "emphasise", "acknowledge", "admit",
              "announce", "confirm", "deny", "suggest", "predict", "observe", "remark", "comment",
              "recall", "conclude", "complain", "allege", "testify", "contend", "maintain",
              "assert", "urge", "promise", "post", "report", "concede", "point", "counter", "vow",
              "agree", "charge", "estimate", "describe", "call", "joke", "read", "retort", "muse",
              "recount", "lament", "plead", "reiterate", "repeat", "reveal", "disclose",
              "mention", "affirm", "proclaim", "pledge", "swear", "assure", "inform", "notify",
              "remind", "advise", "confess", "boast", "brag", "quip", "exclaim", "shout", "yell",
              "whisper", "forecast", "hint", "blog", "underline", "underscore", "accuse",
              "threaten", "beg", "implore", "relate", "confide", "divulge", "insinuate",
              "blurt"}
#: More reporting verbs of the same classes (VerbNet say-37.7 *propose*, complain-37.8
#: *grumble, gripe, protest, object*, and the verbs of conjecture and demand that take a
#: *that*-clause of what was said: *speculate, imply, posit, theorize, opine, demand, request,
#: recommend, marvel*), *indicate* (stating) and *project* (forecasting, as *predict* does),
#: and *rule* for a court's or an official's ruling (not *highlight*: ``Story highlights``
#: heads a news site's summary lines). They report a clause
#: (``demanded that the agency release ...``, ``X, the court ruled``), never a gerund or an
#: infinitive (``proposed launching them`` is a plan). Kept apart from ``CUE_LEMMAS``, which
#: the event classifier reads as its reporting verbs, so the events layer stays as it is.
MORE_CUE_LEMMAS = {"propose", "speculate", "imply", "posit", "theorize", "theorise", "opine",
                   "demand", "request", "recommend", "marvel", "grumble", "gripe", "protest",
                   "object", "rule", "indicate", "project"}
#: The writer's own voice: outside quotation marks *I* and *we* are the writer.
WRITER = frozenset({"i", "we"})
#: Every reporting verb of the lexicon, both lists.
ALL_CUE_LEMMAS = frozenset(CUE_LEMMAS | MORE_CUE_LEMMAS)
#: Nouns of speech or writing that take a content clause (``the claim that ...``).
NOUN_CUES = {"statement", "claim", "remark", "comment", "announcement", "warning", "assurance",
             "allegation", "denial", "message", "report", "assertion", "insistence", "argument",
             "admission", "promise", "pledge", "suggestion", "accusation", "charge", "testimony",
             "declaration", "acknowledgment", "acknowledgement", "contention", "prediction",
             "vow", "word", "reminder", "confirmation", "position", "conclusion", "complaint",
             "criticism", "proposal", "finding", "explanation", "thesis"}
#: Speech verbs that are no noun of speech: one the tagger reads as a noun is a mistagged verb
#: (``some argue``), where a noun of speech (``claim``) is a noun.
VERB_ONLY_CUES = frozenset(CUE_LEMMAS - NOUN_CUES)
#: Documents: things that speak for their owner (``the company's statement said``).
DOCUMENTS = {
    "statement",
    "website",
    "answer",
    "release",
    "report",
    "letter",
    "promotion",
    "review",
    "study",
    "survey",
    "poll",
    "article",
    "story",
    "paper",
    "memo",
    "document",
    "email",
    "column",
    "analysis",
    "research",
    "note",
    "book",
    "notice",
    "brief",
    "testimony",
    "comment",
    "account",
    "post",
    "blog",
    "tweet",
    "filing",
    "lawsuit",
    "complaint",
    "motion",
    "message",
    "speech",
    "remarks",
    "communique",
    "editorial",
    "op-ed",
    "address",
    "caption",
    "transcript",
    "database",
    "summary",
    "recommendation",
    "record",
}
#: Cues whose *to*-infinitive is what the source said: directives and commissives (VerbNet
#: urge-58.1, advise-37.9, promise-37.13; PropBank ``urge.01``, ``promise.01``,
#: ``threaten.01``, ``call.03``: *call on X to*, *call for X to*).
INFINITIVE_CUES = {"urge", "ask", "promise", "pledge", "vow", "swear", "threaten", "warn",
                   "caution", "advise", "plead", "beg", "implore", "call"}
#: Of those, the directives: their infinitive is what a hearer was told to do (``urged Mr.
#: Trump to``), so they need the hearer (``asked to hold a clinic`` is a request to act).
DIRECTIVES = {"urge", "ask", "warn", "caution", "advise", "plead", "beg", "implore", "call"}
#: The particles or prepositions that make *call* a demand (``called on``, ``called for``).
CALL_FOR = {"on", "upon", "for"}
#: Cues that only count for direct quotes, where the quotation makes them speech.
_DIRECT_ONLY = {"describe", "call", "continue", "agree", "read"}
#: The dependency labels of a clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: A noun's modifiers and the tags of a noun, climbed to the head of a noun phrase.
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Tags of a finite verb: a clause with one has a tense of its own.
FINITE = FINITE_TAGS
#: Speech verbs whose object is the hearer, never the speaker (``told Fox News``).
HEARER_OBJECT = {"tell", "inform", "notify", "remind", "assure", "advise", "ask", "urge"}
#: Pronouns that stand for a person or a group of people, who may speak.
PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_MAX_GAP = 8  # tokens between a cue and the quote it introduces


@dataclass(slots=True)
class Cue:
    """A speech verb and its speaker token (a name, a noun or a pronoun), if any."""

    verb: Any
    speaker: Any | None


def is_cue(token: Any, *, direct: bool) -> bool:
    if _put_it(token):
        return True
    if _research_finding(token):
        return True
    if token.lemma_.lower() not in ALL_CUE_LEMMAS or not _verbal(token):
        return False
    if token.lemma_.lower() == "point" and not any(c.lower_ == "out" for c in token.children):
        return False
    if token.lemma_.lower() == "rule" and any(c.dep_ == "prt" for c in token.children):
        return False  # "ruled out raising the age": a refusal to act, no ruling stated
    if token.i > 0 and token.nbor(-1).text == "-":
        return False  # "so-called
    if unrealised(token):
        return False  # "The GOP could have said ...": speech that did not take place
    return direct or token.lemma_.lower() not in _DIRECT_ONLY


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


def unrealised(verb: Any) -> bool:
    """A speech verb in the counterfactual perfect (``modality.counterfactual_perfect``: *would,
    could* or *should*, *have* and a past participle: ``The GOP could have said ...``) reports
    speech that was never made, so no speech act (docs/attribution-rules.md: a cue reports
    what someone said). A verb joined by *and* with no subject or auxiliary of its own shares
    those of the verb it is joined to (``would have read that comment and insisted: "…"``). A
    modal alone stays a report of a source's view (``Others may argue that ...``)."""
    while verb.dep_ == "conj" and not any(
            c.dep_ in SUBJECTS or c.dep_ == "aux" for c in verb.children):
        verb = verb.head
    return counterfactual_perfect(verb)


#: Research and its records, whose *found* states what they report (``a poll of fans found
#: that ...``, ``a recent study in the Lancet found ...``), unlike the finding of a person
#: (``police found that the door was locked``), which reports no speech.
RESEARCH = {"poll", "survey", "study", "report", "research", "analysis", "review", "audit",
            "investigation", "inquiry", "probe", "assessment", "census", "paper", "experiment",
            "trial"}


def _research_finding(token: Any) -> bool:
    """*find* whose subject is a study, a poll or a report (the rules' ``reports, polls,
    studies and documents are sources too``) and whose object is a clause with a tense or a
    *that* (``found that most voters ...``), not a verdict on someone (``found him guilty``)."""
    return token.lemma_.lower() == "find" and token.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in RESEARCH for c in token.children
    ) and any(c.dep_ == "ccomp" and _tensed_clause(c) for c in token.children)


def _tensed_clause(clause: Any) -> bool:
    """A clause opened by *that*, or whose verb or auxiliary has a tense."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or tensed(clause)


def _verbal(token: Any) -> bool:
    """A verb, or a cue word the tagger took for a noun where the parse gives it a subject
    (``…, some argue.``): a noun takes no subject, a verb does."""
    return token.pos_ in {"VERB", "AUX"} or (
        token.pos_ == "NOUN" and any(c.dep_ in SUBJECTS for c in token.children))


def _put_it(token: Any) -> bool:
    """``As Gaiman put it, "…"``: *put it* in a clause that *as* opens says how someone said
    it (the rules' cue *as X put it*)."""
    return (token.lemma_.lower() == "put" and token.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children))


def words_source(words: Any) -> Any | None:
    """The object of *of* in *in the words of X*, or the owner in *in X's words*, when
    ``words`` is that phrase's noun."""
    if words.lower_ != "words" or words.dep_ != "pobj" or words.head.lower_ != "in":
        return None
    before = [t.lower_ for t in words.doc[max(0, words.i - 2):words.i]]
    if before == ["in", "the"]:
        return next((c for p in words.children if p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj"), None)
    return next((c for c in words.children if c.dep_ == "poss"), None)


def _coordinated_cue_subject(verb: Any) -> Any | None:
    """``... after Kang Kyung-wha said ..., and added that ...``: a coordinated speech verb
    that the parse hung from a verb of another kind shares the subject of the speech verb
    before it between the two (the nearest one that has a subject)."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() in CUE_LEMMAS:
        return None
    for earlier in reversed(verb.doc[verb.head.i + 1:verb.i]):
        if earlier.lemma_.lower() in CUE_LEMMAS and earlier.pos_ == "VERB":
            subject = next((c for c in earlier.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return subject
    return None


def subject_of(verb: Any) -> Any | None:
    """The verb's subject; for a relative clause (``who told``) the noun it modifies; for
    ``saying``/``adding`` the subject of the clause it hangs from."""
    subject = _own_subject(verb)
    clause = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if clause is not None and (subject is None or clause.i < subject.i):
        # "officers responding to the shooting said"
        return next((c for c in clause.children if c.dep_ in SUBJECTS), clause)
    if subject is not None:
        return verb.head if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else subject
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        if verb.head.head.lower_ in {"with", "without"}:
            return verb.head  # "with forecasters warning that": the absolute's noun speaks
        # "apologised for the statement saying"
        return subject_of(verb.head.head.head) if verb.head.head.head.pos_ == "VERB" else None
    document = _document_before_participle(verb)
    if document is not None:
        return document
    matrix = _matrix_of_participle(verb)
    if matrix is not None:
        return subject_of(matrix)
    named = _mistagged_subject(verb)
    if named is not None:
        return named
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "officers arriving at the zone saying ..."
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
    if verb.dep_ in {"advcl", "conj", "xcomp", "relcl"} and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return verb.head
        found = subject_of(verb.head)
        if verb.tag_ == "VBG" and found is not None and found.dep_ == "nsubjpass":
            return _agent(verb.head) or found  # "A photo … was denied by Andrew, hinting"
        return found
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
    modifies; none for a clause before its head or a clause of a subject."""
    if clause.head.i >= clause.i:
        return None
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ not in {"relcl", "acl"}:
        return None
    word = clause.head
    while word.dep_ in _OBJECT_PATH and word.head.i < word.i:
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word
    return None


def _agent(verb: Any) -> Any | None:
    """The agent of a passive verb (``denied by Andrew``)."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                 if o.dep_ == "pobj"), None)


def told(verb: Any) -> bool:
    """``Today, all Americans are told, "Go to college!"``: the subject of a passive verb whose
    object is the hearer (``HEARER_OBJECT``) is the hearer, so the speaker is the agent
    (``were told by the mayor``) or no one the clause names."""
    return verb.lemma_.lower() in HEARER_OBJECT and _passive(verb)


def _own_subject(verb: Any, *, start: int = 0, limit: int | None = None) -> Any | None:
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
    return min(subjects, default=None, key=lambda c: (
        c.tag_ in {"WP", "WDT"}, _after_bare_preposition(c), c.i > verb.i,
        -c.i if c.i < verb.i else c.ent_type_ != "PERSON"))


def _after_bare_preposition(token: Any) -> bool:
    """The token's phrase follows a preposition that has no object in the parse."""
    first = token.left_edge
    if first.i == 0:
        return False
    before = token.doc[first.i - 1]
    return before.pos_ == "ADP" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)


def inverted_subject(verb: Any, *, limit: int) -> Any | None:
    """``said Raffaello Pantucci``: the first name or noun right after the verb. A verb whose
    object is the hearer (``told Fox News``, VerbNet tell-37.2 and advise-37.9) has none."""
    if verb.lemma_.lower() in HEARER_OBJECT:
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


def cue_after(doc: Any, start: int, limit: int, *, opened_at: int | None = None) -> Cue | None:
    """The speech verb in ``[start, limit)`` that attributes the quote ending at ``start``
    (opened at ``opened_at``, when known)."""
    tokens = [t for t in doc.char_span(start, limit, alignment_mode="expand") or [] if not t.is_space]
    for position, token in enumerate(tokens[:40]):
        if token.text in {".", "!", "?"} and position > 0:
            return None
        if is_cue(token, direct=True) and not _introduces_what_follows(token):
            speaker = _own_subject(token, start=start, limit=limit) or subject_of(token)
            if told(token):
                speaker = _agent(token)  # "“…,” she was told": the hearer
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
    if _passive(verb):
        return Cue(verb, _agent(verb))  # "the plan was described by critics as “…”"
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


def _passive(verb: Any) -> bool:
    """A passive verb (``was described as``): its subject is what was named. (A participle
    on a noun, ``a power called the “veto”``, names nothing before the word: ``_named``.)"""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


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


def reporting_clause_after(doc: Any, close_at: int, limit: int) -> Cue | None:
    """``"…," Kelly deadpanned to the camera``, ``"…," she lashed out``: a quotation that ends
    in a comma (or ``?``/``!``) inside its marks, followed in its sentence by a name or a pronoun
    and that subject's verb, is the subject's speech whatever the verb, as in the quotation
    frame of VerbNet's manner-of-speaking and complaining classes, which no lexicon lists in
    full. Verbs of thinking are no speech."""
    if doc_text(doc)[close_at - 1:close_at] not in _CLAUSE_ENDS:
        return None
    tokens = [t for t in doc.char_span(close_at + 1, limit, alignment_mode="expand") or []
              if not t.is_space and not t.is_punct][:4]
    verb = next((t for t in tokens if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.lemma_.lower() in _THINKING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS) \
            or any(t.i < subject.left_edge.i for t in tokens):
        return None
    return Cue(verb, subject)


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
            if told(token):
                return Cue(token, _agent(token))  # "all Americans are told, “…”": the hearers
            return Cue(token, subject_of(token) or inverted_subject(token, limit=start))
        if token.lower_ == "according" and _introduces(tokens[len(tokens) - distance - 1 :]):
            return Cue(token, according_source(token))
        words_of = words_source(token)  # "in the words of the patient: “…”"
        if words_of is not None and _introduces(tokens[len(tokens) - distance - 1 :]):
            return Cue(token, words_of)
    return None


def _introduces(tokens: list[Any]) -> bool:
    """``According to his aunt, Jane Starner, “…``: *according to* and its phrase, with no
    verb, then a comma or colon right before the quotation mark."""
    return tokens[-1].text in {",", ":"} and not any(t.pos_ in {"VERB", "AUX"} for t in tokens[1:])


def according_source(according: Any) -> Any | None:
    """The object of *to* in *according to X*."""
    return next((c for p in according.children if p.lower_ == "to" for c in p.children
                 if c.dep_ == "pobj"), None)


def cue_text(verb: Any) -> str:
    if verb.lower_ == "according":
        return f"{verb.text} to"
    if words_source(verb) is not None:
        return f"in the {verb.text} of" if verb.nbor(-1).lower_ == "the" else verb.text
    if _put_it(verb):
        return f"{verb.text} it"
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text



def is_noun_cue(token: Any) -> bool:
    """A noun of speech with a content clause (``Putin's statement that ...``): a clause
    introduced by *that* as its complement, not a relative clause (``the claim that he made``)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOUN_CUES:
        return False
    return noun_clause(token) is not None


def noun_clause(noun: Any) -> Any | None:
    """The *that*-clause of a noun cue: its own (``the claim that ...``), or the complement
    of the copula the noun is the subject of (``Holt's argument is that ...``)."""
    own = next((c for c in noun.children if c.i > noun.i and _content_clause(c)), None)
    if own is not None or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return own
    return next((c for c in noun.head.children if c.i > noun.i and _content_clause(c)), None)


def _content_clause(token: Any) -> bool:
    return token.dep_ in {"acl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


#: Prepositions whose object a noun cue speaks for (``a statement from the embassy``).
_CUE_OWNER_PREPOSITIONS = frozenset({"by", "from", "of"})


def noun_cue_source(noun: Any, *, prepositions: Collection[str] = _CUE_OWNER_PREPOSITIONS,
                    pronouns: bool = True, names: bool = False) -> Any | None:
    """Who a noun cue speaks for: its possessor (``the ministry's claim``; a pronoun only with
    ``pronouns``), with ``names`` a proper name compounded on it (``a Kremlin statement``), or
    the object of one of ``prepositions`` (``a statement from the embassy``)."""
    owner = next((c for c in noun.children
                  if (c.dep_ == "poss" and (pronouns or c.pos_ != "PRON"))
                  or (names and c.dep_ == "compound" and c.pos_ == "PROPN")), None)
    if owner is not None:
        return owner
    return next((c for p in noun.children if p.dep_ == "prep" and p.lower_ in prepositions
                 for c in p.children if c.dep_ == "pobj"), None)


def _mistagged_subject(verb: Any) -> Any | None:
    """``O’Reilly then said``: a name before the verb that the tagger took for an adverb."""
    if any(c.dep_ in SUBJECTS or c.dep_ == "csubj" for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ in {"advmod", "npadvmod", "dep", "nmod"}
                 and c.text[:1].isupper() and not c.is_stop
                 and c.lower_ not in _SENTENCE_ADVERBS), None)


#: Capitalised words that open a sentence as adverbs, never as a speaker.
_SENTENCE_ADVERBS = {"meanwhile", "separately", "earlier", "later", "however", "instead",
                     "previously", "recently", "yesterday", "today", "tonight", "additionally",
                     "finally", "still", "nonetheless", "nevertheless", "moreover", "furthermore",
                     "likewise", "similarly"}
