"""Descriptions: whom a definite description means (``the senator``, ``the company``, ``the
doctors``: a title's holder, the latest person of that kind, a group the article names, an
earlier nominal source; an organisation's through ``speakers.organisations``), a description
that carries a name of its own, and an indefinite description that the next sentence
names."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.entities.people import NAME_RUN
from newsdesk.entities.roles import RANK_WORDS
from newsdesk.entities.titles import HONORIFICS, RANKS, SPELLED_OUT, TITLE_WORDS
from newsdesk.parsed import joined_at_hyphen, of_objects, word_start
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import SUBJECTS, is_cue
from newsdesk.quotes.description import (
    ORGANISATION_LABELS,
    QUOTED_ROLE_WORDS,
    Description,
    clean_org,
    name_span,
    span_root,
)
from newsdesk.quotes.nominal import describe_nominal
from newsdesk.quotes.nouns import (
    PERSON_LABELS,
    PERSON_NOUNS,
    PERSON_OR_ORG_NOUNS,
    WHEN_LABELS,
    names_person,
)
from newsdesk.quotes.pronouns.clauses import doc_sentences, sentences_back, subjects_before
from newsdesk.quotes.pronouns.furniture import heading_person
from newsdesk.quotes.pronouns.gender import GENDERED_NOUNS, indefinite
from newsdesk.quotes.role_phrases import OFFICE_MODIFIERS, describe_phrase
from newsdesk.quotes.roles import describe, is_party_member
from newsdesk.quotes.sources import Speaker, in_marks, named, paragraph_of
from newsdesk.quotes.speakers.history import FOLLOW_UP_PARAGRAPHS, earlier_nominal, latest_of_kind
from newsdesk.quotes.speakers.kinds import (
    ORGANISATION,
    description_kind,
    unmarked,
)
from newsdesk.quotes.speakers.organisations import (
    kind_of,
    last_mentioned,
    narrowed_to,
    nearest_of_kind,
    proper_subject_before,
    spoken_of_kind,
    subject_of_kind,
)
from newsdesk.quotes.speakers.titles import (
    UNNAMED,
    capitalised_title,
    from_elsewhere,
    holder_of,
    intensive,
    most_named_holder,
    of_time,
    places_of,
    role_words,
    said_once,
    title_holder,
    title_words,
    titled,
)
from newsdesk.quotes.speakers.unnamed import introduces_unnamed

#: Nouns an unnamed person is described by ("a doctor", "an official"); a "source" stays one.
_UNNAMED_PEOPLE = frozenset(PERSON_NOUNS | (UNNAMED - {"source"}))


def named_next(context: Context, token: Any) -> Speaker | None:
    """``comments made by a doctor in Italy who said … ¶ Alberto Zangrillo told``: an indefinite
    description of a person (``a doctor``, ``one of the state's senators``; a name's one,
    ``Trump's national security adviser``, as ``_named_owners_one`` says) is the person the
    next sentence names as its subject, when the article has not named them before and gives
    them no other role (the rules' speaker is the fullest name given anywhere; an anonymous
    source stays one)."""
    noun = _described_one(token) or _named_owners_one(token)
    if noun is None or noun.lemma_.lower() not in _UNNAMED_PEOPLE:
        return None
    owned = noun is token and not indefinite(token)
    if owned and titled(context, {noun.lower_}, at=token.idx):
        return None  # "John Bolton, Trump's national security adviser, …": the one given it
    if token.sent.end >= len(token.doc):
        return None  # the text's last sentence: no next one names them
    following = token.doc[token.sent.end].sent
    if owned and not is_cue(following.root, direct=True):
        return None  # "Flynn's attorney said … ¶ Rafiekian pleaded not guilty": no report
    subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
    mention = None if subject is None else context.index.mention_at(subject.idx)
    if mention is None or mention.label not in PERSON_LABELS or in_marks(context, mention.start):
        return None
    full = context.index.full_name(mention.name, before=mention.start)
    if any(m.start < token.idx for m in context.index.mentions_of(full)):
        return None
    if owned and _written_before(context, full, following.start_char):
        return None  # named in its own content, or in quotation marks, before
    role = describe(context.text, mention.start, mention.end).role
    if role and not _same_role(role, noun):
        return None  # "A Yemeni security source said … spokesman Geng Shuang later said"
    return named(context, mention.start, mention.end, mention.name)


def _written_before(context: Context, full: str, end: int) -> bool:
    """Whether the last word of a person's name is written anywhere before ``end``."""
    last = full.split()[-1]
    return re.search(rf"\b{re.escape(last)}\b", context.text[:end]) is not None


def _named_owners_one(token: Any) -> Any | None:
    """``Trump's national security adviser says``: a singular person's noun that a name owns
    describes one person (the office or the job that owner has one of) whom the article may
    name only after it; the noun. ``named_next`` takes such a description for the person the
    next sentence names only where that sentence is a report (its root a speech verb: the
    quotation that follows a summary) and the person is named nowhere before it, the
    description's own sentence included (``Mr Moore's lawyer said … by Secretary of State
    John Merrill … ¶ Mr Merrill told``), and no one before was given the office."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return token if owner is not None and owner.pos_ == "PROPN" and token.tag_ == "NN" else None


def gendered_description(context: Context, token: Any) -> Speaker | None:
    """``Greta was the perfect vessel … But the girl who just admitted …``: a definite
    description by a noun of sex, age or kinship that the person lexicon does not hold
    (``the girl``, ``the woman``) is, as a "she" or "he" would be, a person of its gender
    named as a subject before it in its paragraph, where no indefinite description
    introduced an unnamed person by that noun (``a woman … the woman``: her own words). A
    description that a passive participle modifies (``the man accused of``) is that
    participle's object, no speaker."""
    if token.lower_ not in GENDERED_NOUNS or names_person(token) or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.tag_ == "VBN" and c.dep_ == "acl" for c in token.children):
        return None
    if _introduced_unnamed(context, token):
        return None
    person = person_subject_before(context, token)
    return None if person is None or _beside_in_clause(context, person, token) else person


def _beside_in_clause(context: Context, person: Speaker, token: Any) -> bool:
    """``Jane Roe reasoned with the woman``: a person whose own sentence holds the
    description's noun as another word is not what the noun stands for (a verb's two
    arguments are two people)."""
    if person.start is None or person.end is None:
        return True
    span = context.doc.char_span(person.start, person.end, alignment_mode="expand")
    return span is None or any(t.lemma_ == token.lemma_ and t.i != token.i for t in span.sent)


def _described_one(token: Any) -> Any | None:
    """The noun of an indefinite description of one person: ``a spokesman``, or the plural of
    ``one of the state's senators`` (one of a group, not said which)."""
    if indefinite(token):
        return token
    if token.lower_ != "one" or token.tag_ != "CD":
        return None
    return next((o for o in of_objects(token) if o.tag_ == "NNS"), None)


#: Words of a role that say a person's grade or courtesy, not what they do: a rank or an
#: honorific leaves the person free to hold the described role (``Maj Gen Igor Konashenkov``
#: may be the defence ministry's spokesman).
_GRADES = RANKS | {w.rstrip(".") for w in HONORIFICS}


def _same_role(role: str, noun: Any) -> bool:
    """Whether the role the text gives a named person may be the described one: it holds the
    description's noun, abbreviated or not (``Sen.`` is a senator, of ``one of the state's
    senators``), or it only grades the person (``Maj``); another office or job (``spokesman``
    for ``a security source``, ``a farmer`` for ``a spokesman``) is someone else."""
    words = role_words(role)
    return noun.lemma_.lower() in words or noun.lower_ in words or words <= _GRADES


def description(context: Context, token: Any, *, at: int) -> Speaker:
    """``the senator``, ``the company``, ``the doctors``: the named person, organisation or
    group of that kind the article means, or an earlier nominal source with that head."""
    if token.tag_ in {"NNS", "NNPS"}:
        return _group_named(context, token) or Speaker()  # else a group the article does not name
    named = None if names_person(token) else _named_description(context, token)
    if named is not None:
        return named
    if capitalised_title(token):
        return _office_holder(context, title_words(token), at=at)
    if names_person(token):
        nominal = earlier_nominal(context, token)
        if nominal is None and _introduced_unnamed(context, token):
            return Speaker()  # its own words: "the expert"
        office = _capitalised_office(token)  # "the former New York Mayor": one just spoken of
        subject = person_subject_before(context, token, back=1 if office else 0) or _heading_fitting(
            context, token
        )  # "Chris Christie ¶ The New Jersey governor said"
        narrated = None if nominal or subject or office else (
            _beside_coordinated_subject(context, token) or _narrated_before(context, token)
        )
        latest = nominal or subject or narrated or (
            None if office else _one_person(context, token, latest_of_kind(context, at, labels=PERSON_LABELS))
        )
        if latest and not nominal and _placed_elsewhere(context, token, latest):
            latest = person_subject_before(context, token, back=1)  # "a Pennsylvania Democrat … the New York Democrat"
            latest = None if latest and _placed_elsewhere(context, token, latest) else latest
        holder = None
        if latest and not nominal:
            holder = title_holder(context, token, latest, at=at, subject=subject is not None)
        if holder is None and latest and not nominal and _new_restricted(token, latest):
            return Speaker()  # its own words: "the inspector general of the Department of …"
        if (holder is None and latest and not nominal and not subject
                and _introduced_otherwise(context, token, latest)):
            return Speaker()  # its own words: "the prosecutor announced", no prosecutor named
        return holder or latest or Speaker()
    kind = kind_of(token)
    if kind is not None:
        earlier = [
            nearest_of_kind(context, token, kind=kind),
            spoken_of_kind(context, token, kind=kind),
            _named_earlier(context, token),
        ]
        return (
            subject_of_kind(context, token, labels={"ORG"}, kind=kind)
            or max(
                (s for s in earlier if s is not None), key=lambda s: last_mentioned(context, s, token), default=None
            )
            or (proper_subject_before(context, at, kind=kind) if unmarked(kind) else Speaker())
        )  # else its own words: "the court" with no court named
    return (
        subject_of_kind(context, token, labels={"ORG"})
        or latest_of_kind(context, at, labels={"ORG"})
        or proper_subject_before(context, at)
    )


def _narrated_before(context: Context, token: Any) -> Speaker | None:
    """``Obama even went so far as to claim Reagan's perspective … ¶ “Ronald Reagan called
    America a shining city on a hill,” the president said``: a description of a person in a
    paragraph that names no person as a subject before it and holds no earlier report is, as
    a bare quotation after narration is (``bare._narrator_before``), the person who is the
    subject of the last sentence of the paragraph before, where that paragraph is narration
    (no quotation marks in it): the narration has moved the story to that person since the
    latest quotation, whose speaker is otherwise the default. The person must fit the noun:
    its sex (``the congresswoman``), and an office the article gives others but not them."""
    here = paragraph_of(context, token.idx)
    if here == 0 or _reported_before(context, token, here):
        return None
    start, end = context.paragraphs[here - 1]
    if any(start <= s < end or start < e <= end for s, e in context.quoted):
        return None
    last = next((s for s in reversed(doc_sentences(context)) if start <= s.start_char < end), None)
    if last is None:
        return None
    mention = _narration_subject(context, last)
    if mention is None or not fits_noun(context, mention, token):
        return None
    introduced = _introduced_beside(context, last, mention, token)
    if introduced is not None:
        mention = introduced  # "CNN's Wolf Blitzer brought on New York's mayor, Bill de Blasio"
    return named(context, mention.start, mention.end, mention.name)


def _narration_subject(context: Context, sentence: Any) -> Any | None:
    """The person a sentence of narration is about: its main subject's mention, else the
    person named as that subject's owner (``Trump's trip includes meetings with …``: Trump),
    who ranks next to the subject in centering accounts of English (Grosz, Joshi and
    Weinstein 1995), as ``pronouns.search._owner_among`` reads for a pronoun."""
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    mention = context.index.mention_at(subject.idx)
    if mention is None:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        mention = None if owner is None else context.index.mention_at(owner.idx)
    return mention if mention is not None and mention.label in PERSON_LABELS else None


def _introduced_beside(context: Context, sentence: Any, subject: Any, token: Any) -> Any | None:
    """Another person of the narration's sentence whom it names by the description's noun, in
    apposition (``CNN's Wolf Blitzer brought on New York's mayor, Bill de Blasio … ¶ The mayor
    said``: de Blasio, not Blitzer) or in the role read around the name, where the subject is
    not named so."""
    if _introduced_by(context, subject, token):
        return None
    for word in sentence:
        if word.lemma_.lower() != token.lemma_.lower() or in_marks(context, word.idx):
            continue
        names = [c for c in word.children if c.dep_ == "appos"] + ([word.head] if word.dep_ == "appos" else [])
        for name in names:
            mention = context.index.mention_at(name.idx)
            if mention is not None and mention != subject and mention.label in PERSON_LABELS:
                return mention
    return next(
        (
            m for m in context.index.mentions
            if sentence.start_char <= m.start < sentence.end_char and m != subject
            and m.label in PERSON_LABELS and not in_marks(context, m.start)
            and _introduced_by(context, m, token)
        ),
        None,
    )


def _new_restricted(token: Any, latest: Speaker) -> bool:
    """A definite description that its own modifiers restrict (``restricted``) is new to the
    discourse unless the latest person was given its role: a person given no role, or another
    one, is not the one it describes."""
    return restricted(token) and (not latest.role or not _same_role(latest.role, token))


def _reported_before(context: Context, token: Any, here: int) -> bool:
    """Whether an attribution of the paragraph ``here`` was read before ``token``."""
    return any(
        record["start"] < token.idx and paragraph_of(context, record["start"]) == here
        for record in context.history
    )


def _introduced_otherwise(context: Context, token: Any, latest: Speaker) -> bool:
    """``Jesse Jackson, another popular media personality … right after the prosecutor
    announced``: a description by an occupation (not an office of the title lexicon, which
    ``title_holder`` reads) that the article gave no person before it is no one it named,
    where the latest person (its default) was introduced as something else and no person is
    a subject in its paragraph or the one before (``District Attorney X said. ¶ …, according
    to the prosecutor``: X, whose office the role's words do not spell as the noun): it keeps
    its own words, as a nominal source the article never resolves does
    (docs/attribution-rules.md)."""
    if token.lower_ in TITLE_WORDS or latest.label != "PERSON" or not latest.role:
        return False
    if person_subject_before(context, token, back=1) is not None:
        return False
    if _same_role(latest.role, token):
        return False
    for mention in context.index.mentions:
        if mention.start >= token.idx:
            break
        person = mention.label in PERSON_LABELS and not in_marks(context, mention.start)
        if person and _introduced_by(context, mention, token):
            return False
    return True


def _introduced_by(context: Context, mention: Any, noun: Any) -> bool:
    """Whether a person's mention is introduced by the noun: the role read around it holds
    it, or it is one of the few words right before the name in its clause (``how
    Oscar-winning actress Jane Roe came to``, where the role reader finds none)."""
    role = describe(context.text, mention.start, mention.end).role
    if role and (_same_role(role, noun) or _of_age(role, noun)):
        return True
    before = re.split(r"[.,;:!?()\n“”\"]", context.text[max(0, mention.start - 60) : mention.start])[-1]
    words = {w.strip("'’").lower() for w in re.split(r"[\s-]+", before)[-4:]}
    return bool(words & {noun.lower_, noun.lemma_.lower()})


#: Nouns of an age (lemmas) and the ages they name: ``a 17-year-old resident`` is ``the teen``.
_AGE_NOUNS = {"teen": range(13, 20), "teenager": range(13, 20)}
_STATED_AGE = re.compile(r"\b(\d{1,3})-year-old\b")


def _of_age(role: str, noun: Any) -> bool:
    """Whether a role states an age that the noun of an age names (``17-year-old``, a teen)."""
    ages = _AGE_NOUNS.get(noun.lemma_.lower())
    return ages is not None and any(int(m.group(1)) in ages for m in _STATED_AGE.finditer(role))


def _placed_elsewhere(context: Context, token: Any, person: Speaker) -> bool:
    """``Rep. Jane Roe, a Pennsylvania Democrat … the New York Democrat said``: a description
    that names a place is not the person whose role names another one."""
    places = places_of(token)
    return bool(places) and person.start is not None and from_elsewhere(context, person, places)


def _named_earlier(context: Context, token: Any) -> Speaker | None:
    """``the Obama administration … The administration is saying``: the nearest earlier
    description with the same head that carries a name (``Obama``, which names a person, not
    the administration), outside quotation marks."""
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lemma_ == token.lemma_ and not in_marks(context, earlier.idx):
            found = _named_description(context, earlier)
            if found is not None and narrowed_to(token, found.name or ""):
                return found
    return None


def _office_holder(context: Context, title: set[str], *, at: int) -> Speaker:
    """``President Bill Clinton famously declared … Obama … the President strongly hinted``:
    a capitalised office stands for the one person the article gives it now, else, of
    several, the one it names most often (as a lower-case office does when the latest person
    holds another); with none it keeps its own words."""
    return (
        holder_of(context, title, at=at, current=True)
        or most_named_holder(context, titled(context, title, at=at), at=at)
        or Speaker()
    )


def restricted(token: Any) -> bool:
    """``the inspector general of the Department of Health and Human Services``, ``the two
    people familiar with the plan``, ``the official who briefed reporters``: a definite
    description whose noun a restrictive modifier after it narrows (an *of* phrase whose object
    is a name or a noun of its own, an adjective or participle with its own complement, a
    relative clause not set off by a comma) says who is meant by itself and most often brings
    a new referent into the discourse, not one named before (Poesio and Vieira 1998, "A
    corpus-based investigation of definite description use": restrictive post-modification
    marks discourse-new definites); it stands for a person named before only where the text
    gave that person the noun as a role."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in token.children):
        return False
    return any(_restricts(token, c) for c in token.rights)


def _restricts(token: Any, modifier: Any) -> bool:
    if token.doc[modifier.left_edge.i - 1].text in {",", "(", "—", "–", "-"}:
        return False  # set off: an apposition's or a non-restrictive clause's comment
    if modifier.dep_ == "prep":
        objects = [o for o in modifier.children if o.dep_ == "pobj"]
        return modifier.lower_ == "of" and any(o.ent_type_ not in WHEN_LABELS for o in objects)
    if modifier.dep_ in {"amod", "acl"}:
        return any(c.dep_ in {"prep", "agent", "dobj", "xcomp"} for c in modifier.children)
    return modifier.dep_ == "relcl"


def _introduced_unnamed(context: Context, token: Any) -> bool:
    """``We spoke to an election expert who … “…,” the expert told us``: a definite
    description whose noun an indefinite one introduced in the last few paragraphs (not as a
    named person's apposition or predicate: ``Jane Doe, an expert``) is that unnamed person,
    not the latest person named."""
    here = paragraph_of(context, token.idx)
    for earlier in reversed(token.doc[: token.i]):
        if here - paragraph_of(context, earlier.idx) > FOLLOW_UP_PARAGRAPHS:
            return False
        if earlier.lemma_ == token.lemma_ and introduces_unnamed(context, earlier):
            return True
    return False


def person_subject_before(context: Context, token: Any, *, back: int = 0) -> Speaker | None:
    """``Mr. Obama cited Abraham Lincoln. … , the president argued``: a description of a person
    is, as a pronoun would be, a person named as a subject before it in its paragraph (or
    ``back`` paragraphs before), main-clause subjects first, then the nearest, ahead of the
    latest speaker. For an office (``the senator``) one the article gives that office (now;
    ``the former senator``: once) comes first (``Bill Clinton's goals, which Moynihan
    compared …, illustrated what the senator called``: Sen. Daniel Patrick Moynihan)."""
    mentions = [
        context.index.mention_at(subject.idx)
        for sentence in sentences_back(context, token, back=back)
        for subject in subjects_before(context, sentence, before=token.i)
        if not _coordinated_before(subject, token)
    ]
    gender = GENDERED_NOUNS.get(token.lower_)  # "the congresswoman": not a man named before
    people = [
        m
        for m in mentions
        if m is not None and m.label in PERSON_LABELS and context.index.fits(m, gender)
    ]
    people = [m for m in people if fits_noun(context, m, token)] or people
    return named(context, people[0].start, people[0].end, people[0].name) if people else None


def fits_noun(context: Context, mention: Any, token: Any) -> bool:
    """Whether a person's mention may be what a description of a person means: its sex fits
    the noun's (``the congresswoman``: no man), and where the noun is an office the article
    gives to people (now; ``the former senator``: once), the person is one of them (``Sen.
    Rand Paul … the senator``: not another person named since)."""
    if not context.index.fits(mention, GENDERED_NOUNS.get(token.lower_)):
        return False
    if token.lower_ not in TITLE_WORDS:
        return True
    found = titled(context, title_words(token), at=token.idx)
    given = [m for _, m, _ in of_time(found, former=said_once(token))]
    holders = {context.index.full_name(m.name, before=m.start) for m in given + _conjoined(context, given)}
    return not holders or context.index.full_name(mention.name, before=mention.start) in holders


def _conjoined(context: Context, mentions: list[Any]) -> list[Any]:
    """The people named in coordination with the given mentions whose title is plural: a
    plural title before coordinated names is each one's (``Sens. Marco Rubio and Lindsey
    Graham``), where the role read around a name gives it to the first alone; a singular one
    is the first's alone (``Sen. Rand Paul and Chris Christie``)."""
    return [other for m in mentions if _plural_title(context, m) for other in _conjuncts(context, m)]


def _conjuncts(context: Context, mention: Any) -> list[Any]:
    """The people named in coordination with a mention (``Rand Paul and Chris Christie``)."""
    span = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    others = (context.index.mention_at(w.idx) for w in (() if span is None else span.root.conjuncts))
    return [other for other in others if other is not None and other.label in PERSON_LABELS]


def _one_person(context: Context, token: Any, speaker: Speaker | None) -> Speaker | None:
    """A description of one person is no joint speaker (``Sen. Rand Paul and Chris Christie
    said … the senator said``): the one person of it the description fits (``fits_noun``),
    else the first named."""
    first = None if speaker is None else context.index.mention_at(speaker.start or 0)
    if " and " not in getattr(speaker, "name", "") or first is None or first.label not in PERSON_LABELS:
        return speaker
    fitting = [m for m in [first, *_conjuncts(context, first)] if fits_noun(context, m, token)]
    mention = fitting[0] if len(fitting) == 1 else first
    return named(context, mention.start, mention.end, mention.name)


def _plural_title(context: Context, mention: Any) -> bool:
    """Whether the role read around a mention holds a plural title (``Sens.``, ``Reps.``,
    ``senators``): a title word or an abbreviated title with a plural's "s"."""
    role = describe(context.text, mention.start, mention.end).role or ""
    words = {word.strip(".,").lower() for word in role.split()}
    singulars = {word[:-1] for word in words if word.endswith("s")}
    return bool(singulars & (TITLE_WORDS | SPELLED_OUT.keys()))


def _heading_fitting(context: Context, token: Any) -> Speaker | None:
    """The person whose name alone heads the description's part of the article
    (``heading_person``), where that person fits the description (``fits_noun``): a heading
    does not make ``the congressman`` a woman, nor ``the senator`` one the article does not
    call a senator while it calls another one so."""
    mention = heading_person(context, token)
    if mention is None or not fits_noun(context, mention, token):
        return None
    return named(context, mention.start, mention.end, mention.name)


def _coordinated_before(subject: Any, token: Any) -> bool:
    """``Obama considered naming Gupta as surgeon general, but the neurosurgeon later said``:
    the subject of a clause that the description's own clause is coordinated with is someone
    else. A second conjunct about the same person leaves its subject out or makes it a pronoun
    (``…, but he later said``); a full noun phrase there names another (the repeated-name
    penalty: Gordon, Grosz and Gilliom 1993, "Pronouns, names, and the centering of attention
    in discourse")."""
    verb = token.head
    while token.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        if verb.i == subject.head.i:
            return True
    return False


def _beside_coordinated_subject(context: Context, token: Any) -> Speaker | None:
    """``Obama considered naming Gupta as surgeon general in 2009, but the neurosurgeon later
    said``: a description that is not the subject of the clause its own is coordinated with
    (``_coordinated_before``) is the one other person that clause names, outside quotation
    marks; with none or several, no one here."""
    subjects = [
        t for t in token.sent if t.i < token.i and t.dep_ in {"nsubj", "nsubjpass"} and _coordinated_before(t, token)
    ]
    if not subjects:
        return None
    taken = {context.index.mention_at(t.idx) for t in subjects}
    others = {}
    for mention in context.index.mentions:
        if not token.sent.start_char <= mention.start < token.idx or mention in taken:
            continue
        if mention.label in PERSON_LABELS and not in_marks(context, mention.start):
            others.setdefault(context.index.full_name(mention.name, before=mention.start), mention)
    if len(others) != 1:
        return None
    (mention,) = others.values()
    return named(context, mention.start, mention.end, mention.name)


def _group_named(context: Context, token: Any) -> Speaker | None:
    """``the doctors`` after ``Doctors for Camp Closure``: the latest name before it, of two or
    more capitalised words outside quotation marks, that holds the noun as one of its words."""
    word = token.text.title()
    found = None
    for run in NAME_RUN.finditer(context.text, 0, token.idx):
        words = run.group().split()
        start = run.start()
        if words[0].lower() in STOP_WORDS:  # "In", "The": the sentence's first word
            start, words = start + len(words[0]) + 1, words[1:]
        named = sum(w[:1].isupper() for w in words) >= 2
        if word in words and named and not in_marks(context, start):
            found = Speaker(context.text[start : run.end()], None, start, run.end(), label="ORG")
    return found


def _named_description(context: Context, token: Any) -> Speaker | None:
    """``The US-led coalition``: a description that carries a name is a name of its own. A
    nationality's adjective names no one (``The German automaker``, the tagger's ``NORP``
    read as an adjective): a description of a kind of organisation (``automaker``, a
    company) stands for the one of that kind the article names; of a noun the kinds table
    does not hold (``the American embassy``) or one of any organisation (``The Democratic
    group``), the latest organisation would be a guess, and the description with its
    adjective is a name of its own."""
    modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ != "det"]
    of_kind = description_kind(token.lemma_) not in (None, ORGANISATION)
    if not any(t.pos_ == "PROPN" or (t.ent_type_ and not (_nationality(t) and of_kind)) for t in modifiers):
        return None
    start = modifiers[0].idx
    end = token.idx + len(token)
    return Speaker(context.text[start:end], None, start, end, label="ORG")


def _nationality(token: Any) -> bool:
    """An adjective of a nationality, religion or party (``German``, ``Chinese``)."""
    return token.ent_type_ == "NORP" and token.pos_ == "ADJ"


def is_description(token: Any) -> bool:
    """``the senator``, ``the company``, ``the Arizona Republican``, ``the President``: a
    definite description."""
    party = is_party_member(token)  # "the Arizona Republican"
    named_parts = any(
        (c.dep_ == "appos" and not intensive(c))
        or (c.dep_ == "compound" and not c.text.islower() and not _whose(token, c))
        for c in token.children
    )
    titled_phrase = capitalised_title(token) or _capitalised_office(token)
    if not party and not titled_phrase and (not token.text.islower() or named_parts):
        return False
    determiner = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    return determiner and (token.lemma_.lower() in PERSON_OR_ORG_NOUNS or names_person(token))


def _capitalised_office(token: Any) -> bool:
    """``the former Marine General``, ``the former New York Mayor``, ``the Prime Minister``: an
    office of the title lexicon written capitalised after ``the``, with capitalised words
    before it that say which office or place (title words, ``Vice``; a place or nationality),
    or any such words where the office is said once held (``former``: a branch, ``Marine``),
    is a description of a person though the tagger takes the phrase for a name (``Marine
    General``, an organisation). Other words before it make a name (``the Sioux Falls Argus
    Leader``, a newspaper), as do a person's name among them or words after the office (``the
    Mayor of …``, read by its ``of`` phrase)."""
    word = token.lower_
    if not (token.text.istitle() and word in TITLE_WORDS and word in PERSON_NOUNS):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    words = [t for c in token.lefts if c.dep_ == "compound" for t in c.subtree]
    if not words or any(c.i > token.i and c.dep_ in {"prep", "appos", "flat"} for c in token.children):
        return False
    if not all(t.text[:1].isupper() and t.ent_type_ != "PERSON" for t in words):
        return False
    return said_once(token) or all(t.lower_ in TITLE_WORDS or t.ent_type_ in _PLACE_LABELS for t in words)


#: The tagger's labels of a place or a nationality, which may say whose an office is.
_PLACE_LABELS = {"GPE", "NORP"}


#: The tagger's labels of what a person's description may name as where they serve: an
#: organisation, a party or people, a place (``the GOP nominee``, ``the Texas senator``).
_SERVED_LABELS = {"ORG", "NORP", "GPE"}


def _whose(token: Any, compound: Any) -> bool:
    """``the GOP nominee``, ``the CNN host``: a name compounded on a person's noun that says
    whose or where the person serves leaves the phrase a description of that person, unlike
    a person's own name (``the Jane Doe campaign``), any name on an organisation's noun, or
    a group's noun (``the US lawyers``, whom the rules keep in their own words). A word the
    article's tagger reads elsewhere as a person's surname is that person's name (``the Trump
    lawyer``, where ``Trump`` alone was taken for an organisation)."""
    if token.tag_ != "NN" or compound.ent_type_ not in _SERVED_LABELS or not names_person(token):
        return False
    return all(e[-1].text != compound.text for e in compound.doc.ents if e.label_ == "PERSON")



#: Adjectives before a description's noun that are words of its title: a rank or a time it
#: was held (``former``, ``deputy``, ``senior``), a title's own word (``prime``, ``foreign``).
_TITLE_ADJECTIVES = RANK_WORDS | OFFICE_MODIFIERS | QUOTED_ROLE_WORDS


def title_described(token: Any) -> Description:
    """What a definite description of a person states (``describe_nominal``), its role the
    whole title the noun heads: the nouns compounded on it and the adjectives of its title
    before it (``the attorney general``, ``the former vice president``, ``the deputy prime
    minister``), as a role phrase after a name is read (``describe_phrase``), with a name
    among them that the tagger reads as an organisation's the affiliation where the
    description names none (``the White House press secretary``: press secretary, White
    House); a name of another kind is no word of the role (``the former Texas governor``)."""
    stated = describe_nominal(token)
    words = _title_words(token)
    if not stated.role or len(words) == 1:
        return stated
    office = " ".join(t.text for t in words if t.text.islower())
    named = [t for t in words if not t.text.islower()]
    role = describe_phrase(office).role or stated.role
    if not role.endswith(stated.role):
        return stated
    organisation = all(t.ent_type_ in ORGANISATION_LABELS for t in named)
    if stated.affiliation is None and named and organisation:
        first = _name_start(words, named[0])
        return Description(role, clean_org(token.doc[first : named[-1].i + 1].text))
    return Description(role, stated.affiliation)


def _name_start(words: Any, first: Any) -> int:
    """Where the name whose first word in the title is ``first`` starts: at the capitalised
    part after a prefix's hyphen just before the title (``the ex-Goldman Sachs executive``:
    Goldman Sachs, not Sachs), which the title's words leave out."""
    doc = words.doc
    before = doc[words.start - 1] if words.start > 0 else None
    if first.i == words.start and before is not None and joined_at_hyphen(before):
        return before.i if not before.text.islower() else first.i
    return first.i


def _title_words(token: Any) -> Any:
    """The words of the title ``token`` heads: the run before it of nouns compounded into
    the phrase and of the title's adjectives (``_TITLE_ADJECTIVES``), up to a word of
    another kind (an article, a number, a word joined by a hyphen: ``73-year-old``)."""
    doc = token.doc
    start = word_start(token)
    while start > 0 and _in_title(doc[start - 1], token):
        start -= 1
    return doc[start : token.i + 1]


def _in_title(word: Any, head: Any) -> bool:
    if joined_at_hyphen(word) or not word.is_alpha or not word.i < word.head.i <= head.i:
        return False
    return word.dep_ == "compound" or (word.dep_ == "amod" and word.lower_ in _TITLE_ADJECTIVES)


def named_last(context: Context, name: str, position: int) -> bool:
    """A description at ``position`` may state what ``name`` is: in its paragraph or the one
    before, outside quotation marks, the article names ``name`` last before it, or last as a
    clause's subject (the one a description goes on to speak of: ``Biden told CNN's Jane Doe
    … ¶ The former vice president went on``). A description that reaches further back or
    past another subject may be the other's (``the president`` after an aide is named), so
    its role is not carried there."""
    here = paragraph_of(context, position)
    near = [
        m for m in context.index.mentions
        if m.label in PERSON_LABELS and m.end <= position and not in_marks(context, m.start)
        and here - paragraph_of(context, m.start) <= 1
    ]
    subjects = [m for m in near if _as_subject(context, m)]
    last = near[-1:] + subjects[-1:]
    return any(context.index.full_name(m.name, before=m.start) == name for m in last)


def _as_subject(context: Context, mention: Any) -> bool:
    """The mention is a clause's subject by the parse."""
    span = name_span(context.doc, mention.start, mention.end)
    return span is not None and len(span) > 0 and span_root(span).dep_ in SUBJECTS


def subject_descriptions(context: Context, *, resolve: Any) -> dict[str, Description]:
    """The first role and affiliation that a definite description of a person, standing as a
    clause's subject outside quotation marks, states of the named person it stands for
    (``title_described``), by the person's name; read once, after every speaker is decided.
    The speaker search (``resolve``) reads each description with the quotes before its
    sentence as the history, as a quote's source there is read, and the person must be the
    one the article named last before it (``named_last``)."""
    if context.subject_descriptions is None:
        found: dict[str, Description] = {}
        for token in context.doc:
            if token.dep_ not in SUBJECTS or in_marks(context, token.idx):
                continue
            if not is_description(token):
                continue
            stated = title_described(token)
            if not (stated.role or stated.affiliation):
                continue
            person = _resolved_in_place(context, token, resolve=resolve)
            if person.label == "PERSON" and person.name and person.name not in found \
                    and named_last(context, person.name, token.idx):
                found[person.name] = stated
        context.subject_descriptions = found
    return context.subject_descriptions


def _resolved_in_place(context: Context, token: Any, *, resolve: Any) -> Speaker:
    """Whom the speaker search reads ``token`` as, with the records of the quotes before its
    sentence as the history, whatever the records made since."""
    made = context.history
    context.history = [record for record in made if record["start"] < token.sent.start_char]
    try:
        return resolve(context, token, at=token.idx)
    finally:
        context.history = made
