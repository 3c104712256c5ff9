"""Descriptions: whom a definite description means (``the senator``, ``the company``, ``the
doctors``: a title's holder, the latest person of that kind, a group the article names, an
earlier nominal source; an organisation's through ``speakers.organisations``), a description
that carries a name of its own, and an indefinite description that the next sentence
names. The description's phrase is read in ``speakers.description_phrases``."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.entities.people import NAME_RUN
from newsdesk.entities.titles import HONORIFICS, RANKS, SPELLED_OUT, TITLE_WORDS
from newsdesk.parsed import of_objects
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import is_cue
from newsdesk.quotes.nouns import PERSON_LABELS, PERSON_NOUNS, names_person
from newsdesk.quotes.pronouns.clauses import doc_sentences, sentences_back, subjects_before
from newsdesk.quotes.pronouns.furniture import heading_person
from newsdesk.quotes.pronouns.gender import GENDERED_NOUNS, indefinite
from newsdesk.quotes.roles import describe
from newsdesk.quotes.sources import Speaker, in_marks, named, paragraph_of
from newsdesk.quotes.speakers.description_phrases import (
    capitalised_office,
    named_description,
    restricted,
)
from newsdesk.quotes.speakers.history import FOLLOW_UP_PARAGRAPHS, earlier_nominal, latest_of_kind
from newsdesk.quotes.speakers.kinds import unmarked
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
    named = None if names_person(token) else named_description(context, token)
    if named is not None:
        return named
    if capitalised_title(token):
        return _office_holder(context, title_words(token), at=at)
    if names_person(token):
        nominal = earlier_nominal(context, token)
        if nominal is None and _introduced_unnamed(context, token):
            return Speaker()  # its own words: "the expert"
        office = capitalised_office(token)  # "the former New York Mayor": one just spoken of
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
            found = named_description(context, earlier)
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
