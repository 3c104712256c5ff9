"""Attribution cues: the lexicon of reporting verbs and nouns, and which tokens of spaCy's
dependency parse are cues (``is_cue``, ``is_noun_cue`` with its clause, ``according to X``,
``in the words of X``) and how a cue is written (``cue_text``).

The lexicon is written from the reporting classes of verb lexicons (VerbNet ``say-37.7``,
``tell-37.2``, ``complain-37.8``, ``advise-37.9``, ``manner_speaking-37.3``; PropBank's
``say.01`` frame: Arg0 the sayer, Arg1 the utterance, Arg2 the hearer), not from articles.
Verbs of thinking or perceiving (*believe, hope, fear, think*) are not cues, nor *show*
or *find* but with research for subject (``Studies show that ...``). A noun
cue (*statement, claim, warning* ...) counts when it takes a content clause
(``the ministry's claim that ...``). Reported speech is a speech verb with a clausal
complement (``Wang said China welcomed ...``), ``according to X`` or a noun cue with its
clause.

Where a direct quotation's cue stands (after it, before it, a reporting clause) is
``quotes.cue_places``; whose speech a cue reports, in the parse, is ``quotes.cue_subjects``.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from newsdesk.modality import counterfactual_perfect
from newsdesk.parsed import FINITE_TAGS, tensed
from newsdesk.quotes.cue_words import CUE_LEMMAS, NOUN_CUES
from newsdesk.quotes.description import may_speak
from newsdesk.quotes.nouns import DOCUMENTS

#: More reporting verbs of the same classes (VerbNet say-37.7 *propose*, complain-37.8
#: *grumble, gripe, protest, object*, and the verbs of conjecture and demand that take a
#: *that*-clause of what was said: *speculate, imply, posit, theorize, opine, demand, request,
#: recommend, marvel*), *indicate* (stating) and *project* (forecasting, as *predict* does),
#: and *rule* for a court's or an official's ruling (not *highlight*: ``Story highlights``
#: heads a news site's summary lines). They report a clause
#: (``demanded that the agency release ...``, ``X, the court ruled``), never a gerund or an
#: infinitive (``proposed launching them`` is a plan). Kept apart from ``CUE_LEMMAS``, which
#: the event classifier reads as its reporting verbs (``cue_words``), so the events layer
#: stays as it is.
MORE_CUE_LEMMAS = {"propose", "speculate", "imply", "posit", "theorize", "theorise", "opine",
                   "demand", "request", "recommend", "marvel", "grumble", "gripe", "protest",
                   "object", "rule", "indicate", "project"}


#: The writer's own voice: outside quotation marks *I* and *we* are the writer.
WRITER = frozenset({"i", "we"})


#: Every reporting verb of the lexicon, both lists.
ALL_CUE_LEMMAS = frozenset(CUE_LEMMAS | MORE_CUE_LEMMAS)


#: Speech verbs that are no noun of speech: one the tagger reads as a noun is a mistagged verb
#: (``some argue``), where a noun of speech (``claim``) is a noun.
VERB_ONLY_CUES = frozenset(CUE_LEMMAS - NOUN_CUES)


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


#: Verbs of naming (VerbNet dub-29.3, *name, label, dub, term, nickname, brand*; *refer to
#: ... as*): what they report is the name given in quotation marks, the source's own word
#: (``referred to himself as “a hack”``); with no quotation they report nothing.
NAMING = {"name", "label", "dub", "term", "nickname", "brand", "refer"}


#: Verbs of judging in words (VerbNet judgment-33: *praise, mock, fault, criticize, blame,
#: condemn* ...): a verdict passed on someone, whose words are a quotation the verdict names
#: (``praised Jones as a “star”``); alone (``criticized the plan``) they report nothing, and
#: the *for* phrase of the charge (``slammed X for refusing ...``) is no content the sets'
#: annotators agree on.
JUDGING = {"praise", "mock", "fault", "criticize", "criticise", "blame", "condemn", "slam",
           "rebuke", "ridicule", "deride", "denounce", "chide", "scold", "berate", "castigate",
           "lambaste", "lambast", "commend", "laud", "hail", "applaud", "excoriate"}


#: Cues that only count for direct quotes, where the quotation makes them speech.
_DIRECT_ONLY = {"describe", "call", "continue", "agree", "read"} | NAMING | JUDGING


#: The dependency labels of a clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


#: Copulas (Quirk et al. 1985 §16.21): verbs whose subject and predicate are one thing, so
#: their subject is described, not speaking. The current copulas of being put their subject
#: in the state or group the predicate names (``was among those who said``); *become*, a
#: resulting copula, joins them in making a subject and a predicate noun one; the copulas of
#: seeming and of the senses link a subject to what describes it too (``sounds "great"``).
BEING_COPULAS = frozenset({"be", "remain"})
COPULAS = BEING_COPULAS | {"become"}
LINKING_VERBS = COPULAS | {"seem", "appear", "look", "sound"}


#: Tags of a finite verb: a clause with one has a tense of its own.
FINITE = FINITE_TAGS


#: Speech verbs whose object is the hearer, never the speaker (``told Fox News``).
HEARER_OBJECT = {"tell", "inform", "notify", "remind", "assure", "advise", "ask", "urge"}


#: Pronouns that stand for a person or a group of people, who may speak.
PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


@dataclass(slots=True)
class Cue:
    """A speech verb and its speaker token (a name, a noun or a pronoun), if any."""

    verb: Any
    speaker: Any | None


def is_cue(token: Any, *, direct: bool) -> bool:
    if _put_it(token) or as_parenthetical_source(token) is not None:
        return True
    if _research_finding(token) or made_clear(token) is not None:
        return True
    lemma = token.lemma_.lower()
    if (lemma not in ALL_CUE_LEMMAS and lemma not in _DIRECT_ONLY) or not _verbal(token):
        return False
    if lemma == "point" and not any(c.lower_ == "out" for c in token.children):
        return False
    if lemma == "rule" and any(c.dep_ == "prt" for c in token.children):
        return False  # "ruled out raising the age": a refusal to act, no ruling stated
    if token.i > 0 and token.nbor(-1).text == "-":
        return False  # "so-called
    if unrealised(token):
        return False  # "The GOP could have said ...": speech that did not take place
    return direct or lemma not in _DIRECT_ONLY


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
            "trial", "data", "datum", "statistic"}

#: Research that measures where things stand (``the poll shows Clinton leading``), whose
#: *-ing* small clause is its finding; a report's or data's is a scene seen (``the police
#: report shows the suspect entering``, ``data show the tanker leaving``), no report.
MEASURES = frozenset({"poll", "survey", "study"})

#: Words that make a *trial* an experiment (``a clinical trial``, ``a randomised trial``);
#: a bare trial may be a court's (``the trial showed that the defendant had lied``).
_EXPERIMENTAL = frozenset({"clinical", "randomized", "randomised", "controlled", "drug",
                           "vaccine", "medical"})


#: The verbs of stating a result (VerbNet indicate-78: *show, demonstrate*; *find*): with
#: research for subject they report its finding (``Studies have shown that ...``, ``Polls
#: show the race is tied``); with a person or a thing for subject they are seeing or proof
#: (``the video shows that ...``), no report.
FINDING_VERBS = frozenset({"find", "show", "demonstrate"})


def _research_finding(token: Any) -> bool:
    """A verb of stating a result (``FINDING_VERBS``) whose subject is a study, a poll or a
    report (the rules' ``reports, polls, studies and documents are sources too``) and whose
    object is a clause with a tense or a *that* (``found that most voters ...``) or, for a
    poll, survey or study (``MEASURES``), a participle with its own subject (``the poll
    finds Clinton leading Trump``), not a verdict on someone (``found him guilty``)."""
    if token.lemma_.lower() not in FINDING_VERBS or token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and _research(c)), None)
    if subject is None:
        return False
    measures = subject.lemma_.lower() in MEASURES
    return any(c.dep_ == "ccomp" and (_tensed_clause(c) or (measures and _participle_clause(c)))
               for c in token.children)


def _research(noun: Any) -> bool:
    """A noun of ``RESEARCH``; a trial only as an experiment (``_EXPERIMENTAL``)."""
    lemma = noun.lemma_.lower()
    if lemma == "trial":
        return any(c.lower_ in _EXPERIMENTAL for c in noun.children
                   if c.dep_ in {"amod", "compound"})
    return lemma in RESEARCH


def _participle_clause(clause: Any) -> bool:
    """An *-ing* participle with a subject of its own (``Capito leading her opponent``)."""
    return clause.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in clause.children)


#: The words of *make (it) clear* and its like (``made it clear that ...``, ``made known
#: that ...``, ``made plain that ...``): *make* with them states the clause plainly
#: (PropBank ``make.02`` with a predicate of being clear or known), a speech act.
MADE_CLEAR = frozenset({"clear", "known", "plain"})


#: The clause of each *make it clear*, by its doc and by the index of the verb and of the
#: clause (indices, not tokens, which would hold the doc). Kept beside the doc, not in its
#: ``user_data``, which a copy of the doc or of a span of it takes along (``Doc.copy``,
#: ``Span.as_doc(copy_user_data=True)``) with indices of another doc; a doc's entry goes
#: when the doc does.
_MADE_CLEAR: weakref.WeakKeyDictionary[Any, dict[int, int | None]] = weakref.WeakKeyDictionary()


def made_clear(verb: Any) -> Any | None:
    """The *that*-clause of ``made it clear that ...``: a verb *make* whose subject may speak
    (a person, an organisation or a pronoun for one: not ``the results made it clear``,
    ``his silence made it clear``), *clear*, *known* or *plain* for complement with no
    subject but the dummy *it* (not ``made the rules clear``), and a clause that *that*
    alone opens after it (not the purpose clause of ``so that``), which the parse hangs on
    either word. A participle with no subject makes the event it follows the one that
    makes it clear (``received 65 percent of the vote, making it clear that he would
    win``): no one's words. Read once per verb and kept beside its doc (the test of a cue, the
    cue's words and the reader of its clause all ask)."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    kept = _MADE_CLEAR.setdefault(verb.doc, {})
    if verb.i not in kept:
        clause = _made_clear_clause(verb)
        kept[verb.i] = None if clause is None else clause.i
    at = kept[verb.i]
    return None if at is None else verb.doc[at]


def _made_clear_clause(verb: Any) -> Any | None:
    """``made_clear`` for a verb *make*, read from the parse."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or not _may_make_clear(subject):
        return None
    word = _clear_word(verb)
    if word is None or any(c.dep_ in SUBJECTS | {"dobj"} and c.lower_ != "it"
                           for c in word.children):
        return None
    return next((c for head in (word, verb) for c in head.children
                 if c.i > word.i and c.dep_ in {"ccomp", "advcl"} and _opened_by_that(c)), None)


def _clear_word(verb: Any) -> Any | None:
    """The word of ``MADE_CLEAR`` after the verb *make* that it takes (``made it clear``)."""
    return next((c for c in verb.children if c.lower_ in MADE_CLEAR and c.i > verb.i), None)


#: Nouns of things said or written that state what they make clear (``the wording of the
#: dissents made it clear that ...``, ``the court's ruling made it clear``): the noun cues,
#: the documents and a court's written opinions.
_STATEMENTS = NOUN_CUES | DOCUMENTS | {"wording", "dissent", "opinion", "ruling"}


def _may_make_clear(subject: Any) -> bool:
    """A subject that may state a thing: a pronoun other than *it*, a name the tagger left
    unlabelled (``Trump made it clear``), a thing said or written (``_STATEMENTS``), or a
    noun or name that may speak (``description.may_speak``: a person, a group, an
    organisation); not an act or an event (``his decision``, ``the vote``)."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in {"it", "this", "that", "which"}
    if subject.pos_ == "PROPN" and not subject.ent_type_:
        return True
    return subject.lemma_.lower() in _STATEMENTS or may_speak(subject)


def _opened_by_that(clause: Any) -> bool:
    """A clause whose only marker is *that* (``that he would resign``; not ``so that``)."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return "that" in marks and all(m == "that" for m in marks)


def _tensed_clause(clause: Any) -> bool:
    """A clause opened by *that*, or whose verb or auxiliary has a tense."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or tensed(clause)


def _verbal(token: Any) -> bool:
    """A verb, or a cue word the tagger took for a noun where the parse gives it a subject
    (``…, some argue.``): a noun takes no subject, a verb does."""
    return token.pos_ in {"VERB", "AUX"} or (
        token.pos_ == "NOUN" and any(c.dep_ in SUBJECTS for c in token.children))


#: Verbs of describing in writing, which report in the parenthetical *as X details*.
_DESCRIBING = frozenset({"detail", "document", "outline", "recount", "chronicle", "describe"})

#: What may stand between *as* and the verb of ``As the report details,``: the noun phrase.
_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def as_parenthetical_source(token: Any) -> Any | None:
    """``As the report details, "…"``, ``As the piece, by Jane Roe, explains,``: a sentence
    that opens with *as*, a noun phrase and a reporting verb's or a verb of describing's
    third person (*details*, *notes*, *explains*) before a comma is the reporting
    parenthetical *as X says*, also where the tagger read the verb as a plural noun (an
    *-s* form is both) and the parse has no clause.
    The source is returned: the author a *by* phrase set off after the noun names (the
    document's maker), else the noun phrase's last noun."""
    if token.tag_ not in {"NNS", "VBZ"} or token.i < 2:
        return None
    if token.lemma_.lower() not in (ALL_CUE_LEMMAS - _DIRECT_ONLY) | _DESCRIBING:
        return None  # "As the fight continues,": no report
    doc, first = token.doc, token.sent.start
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != "," or doc[first].lower_ != "as":
        return None
    words = list(doc[first + 1 : token.i])
    author = _set_off_by_phrase(words)
    if author is not None:
        words = words[: words.index(author[0]) - 2]  # the phrase before ", by X,"
    if not words or any(t.pos_ not in _PHRASE_WORDS for t in words) or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return author[-1] if author is not None else words[-1]


def _set_off_by_phrase(words: list[Any]) -> list[Any] | None:
    """The name of ``…, by Jane Roe,`` that closes ``words``: ``by`` after a comma, proper
    nouns, a comma last."""
    if len(words) < 4 or words[-1].text != ",":
        return None
    by = next((i for i in range(len(words) - 2, 0, -1) if words[i].lower_ == "by"), None)
    if by is None or words[by - 1].text != ",":
        return None
    name = words[by + 1 : -1]
    return name if name and all(t.pos_ == "PROPN" for t in name) else None


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
    if made_clear(verb) is not None:  # "made it clear", "made known"
        return verb.doc[verb.i : _clear_word(verb).i + 1].text
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
