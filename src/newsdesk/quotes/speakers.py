"""Speaker resolution: who the source of an attribution is, as the article names them.

The source token comes from the cue (its subject, the object of *according to*, the possessor
of a noun cue, the name after an inverted ``said``). It is resolved to the fullest name the
article gives (the shared resolver in ``newsdesk.entities.people``: "Wang" -> "Wang Yi", through
the ``mentions`` layer when it ran): a pronoun to the nearest earlier person of a compatible
gender or number, or to nobody; a definite description ("the minister", "the company") to the
latest named person or organisation of that kind; a document ("the statement said") to its
author. A nominal source that the article never names keeps its own text ("a senior official",
"analysts"). Quotes no cue introduces are in ``bare``; the record is built in ``attribution``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.entities.people import NAME_RUN
from newsdesk.entities.titles import SPELLED_OUT, TITLE_WORDS
from newsdesk.parsed import doc_ents
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import DOCUMENTS, subject_of
from newsdesk.quotes.index import (
    ORG_NOUNS,
    PERSON_LABELS,
    PERSON_NOUNS,
    PRONOUNS,
    SPEAKER_LABELS,
    name_run_end,
)
from newsdesk.quotes.pronouns import (
    earlier_subject,
    group_subject,
    plural_subject,
    pronoun,
    recent_speaker,
    sentences_back,
)
from newsdesk.quotes.roles import describe
from newsdesk.quotes.sources import (
    NOT_SPEAKERS,
    Speaker,
    in_marks,
    in_quote,
    is_person,
    named,
    paragraph_of,
    without_kind,
)

#: A bare quote takes the previous quote's speaker when at most this many paragraphs apart.

#: A bare quote takes the previous quote's speaker when at most this many paragraphs apart.
FOLLOW_UP_PARAGRAPHS = 3
_SOURCE_PRONOUNS = {"he", "she", "they", "i", "we"}
#: Nouns that name a part of what they are *of* (``Part of the RNC holiday message reads``).
_PARTS = {"part", "portion", "section", "excerpt", "passage"}
#: Institutions named by a common noun (``police said``).
_COLLECTIVES = {"police"}
#: Subjects that stand for several people named before (``the two said``, ``the couple said``;
#: not ``a couple of officials``).
_JOINT = {"two", "both", "pair", "duo", "trio", "couple"}
#: Heads that describe an unnamed person (``an NSA spokesperson``, ``a Yahoo spokeswoman``).
_UNNAMED = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "aide",
    "source",
    "staffer",
    "officer",
    "representative",
    "employee",
    "worker",
    "resident",
    "witness",
}


def named_next(context: Context, token: Any) -> Speaker | None:
    """``comments made by a doctor in Italy who said … ¶ Alberto Zangrillo told``: an indefinite
    description of a person is the person the next sentence names as its subject, when the
    article has not named them before and gives them no other role (the rules' speaker is the
    fullest name given anywhere; an anonymous source stays one)."""
    if (
        not _indefinite(token)
        or token.lemma_.lower() not in PERSON_NOUNS | _UNNAMED - {"source"}
        or token.sent.end >= len(token.doc)
    ):
        return None
    following = token.doc[token.sent.end].sent
    subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
    mention = None if subject is None else context.index.mention_at(subject.idx)
    if mention is None or mention.label not in PERSON_LABELS or in_marks(context, mention.start):
        return None
    full = context.index.full_name(mention.name, before=mention.start)
    if any(
        m.start < token.idx and context.index.full_name(m.name, before=m.start) == full for m in context.index.mentions
    ):
        return None
    role = (describe(context.text, mention.start, mention.end).role or "").lower().split()
    if role and role[-1] != token.lower_:
        return None  # "A Yemeni security source said … spokesman Geng Shuang later said"
    return named(context, mention.start, mention.end, mention.name)


def named_by_role(context: Context, token: Any) -> Speaker | None:
    """``the group's spokesman struck back, saying`` … ``RNC spokesman Sean Spicer``: a definite
    description of an unnamed-person role is the one person the article gives that role."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children)
    if token.lemma_.lower() not in _UNNAMED or not definite:
        return None
    holders = {}
    for mention in (m for m in context.index.mentions if m.label in PERSON_LABELS):
        role = describe(context.text, mention.start, mention.end).role or ""
        if role.lower().split()[-1:] == [token.lower_]:
            holders.setdefault(context.index.full_name(mention.name, before=mention.start), mention)
    if len(holders) != 1:
        return None
    (mention,) = holders.values()
    return named(context, mention.start, mention.end, mention.name)


def joint_speaker(context: Context, token: Any | None, speaker: Speaker) -> Speaker:
    """``Susan Collins and Lisa Murkowski announced``: a joint statement names every speaker,
    joined by "and" (each resolved to its full name)."""
    if token is None or speaker.name is None or speaker.label == "NOMINAL":
        return speaker
    names = [speaker.name]
    for other in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
        found = resolve_speaker(context, other, at=other.idx)
        if found.name and found.name not in names:
            names.append(found.name)
    if len(names) == 1:
        return speaker
    return Speaker(
        " and ".join(names),
        speaker.entity,
        speaker.start,
        speaker.end,
        speaker.role,
        speaker.affiliation,
        speaker.label,
    )


def _they(context: Context, token: Any) -> Speaker:
    """A plural subject, a recent speaker, an organisation that is a subject nearby, or a joint
    speaker of the last few paragraphs."""
    found = plural_subject(context, token, resolve=resolve_speaker) or recent_speaker(
        context, token.idx, gender=None, labels=None
    )
    if found is not None:
        return found
    group = group_subject(context, token, resolve=resolve_speaker)
    return group if group.name else _joint_speaker_before(context, token.idx) or group


def _joint_speaker_before(context: Context, position: int) -> Speaker | None:
    """``"…," Jacobs and Thomsen wrote ¶ AD ¶ AD ¶ "…," they added``: "they" with no nearer
    group is the latest joint speaker of the last few paragraphs."""
    here = paragraph_of(context, position)
    for record in reversed(context.history):
        if here - paragraph_of(context, record["start"]) > FOLLOW_UP_PARAGRAPHS:
            return None
        if " and " in (record["speaker"] or "") and record.get("_label") in PERSON_LABELS:
            span = record["speaker_span"] or {"start": record["start"], "end": record["start"]}
            return named(context, span["start"], span["end"], record["speaker"])
    return None


def subject_outside_marks(context: Context, verb: Any) -> Any | None:
    """``"The Small Business Administration ... report ...," the two said``: of the verb's subjects,
    the one outside quotation marks."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not in_marks(context, c.idx)), None)


def person_before_verb(context: Context, verb: Any, token: Any | None) -> Any | None:
    """``Washington (CNN) – Republican Sen. Jeff Flake told CNN``: when the parser took a place or
    an organisation (or nothing) as the subject but a person's name stands right before the verb,
    the person speaks."""
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
    return verb.doc[before]


#: Verbs that make their subject and their predicate noun one thing.
_COPULAS = {"be", "become", "remain"}
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
    if other is None or copula.i == token.i or copula.lemma_ not in _COPULAS:
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


def _name_in_apposition(context: Context, token: Any) -> Any | None:
    """``The group that owns most of her music, Big Machine, says``: a common noun's proper name
    in apposition, outside quotation marks, is who it describes. The parse may hang the name on
    the last noun of the subject's relative clause (``The company that runs the AMAs, Dick Clark
    Productions, denies``): there it is the subject's when a comma and the verb follow it."""
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
    return found or _person_set_off(context, token)


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


def resolve_speaker(context: Context, token: Any | None, *, at: int) -> Speaker:
    """The speaker a verb's subject token stands for: pronoun, description, name or nobody."""
    if token is None:
        return Speaker()
    if token.lower_ in PRONOUNS:
        return pronoun(context, token, resolve=resolve_speaker)
    if token.lower_ == "they":
        return _they(context, token)
    if token.lower_ == "it":
        return (
            earlier_subject(context, token, resolve=resolve_speaker)
            or _latest(context, at, labels={"ORG"})
            or _latest(context, at, labels={"GPE"})
            or Speaker()
        )
    if token.lemma_.lower() in NOT_SPEAKERS:
        return Speaker()  # "Video released by police appeared to show officers ... saying"
    if token.lemma_.lower() in _COLLECTIVES and token.text.islower():
        return _collective(context, token)
    if (token.lemma_.lower() in _JOINT and not _indefinite(token)) or _counted_pair(token):
        return _joint_subject(context, token) or Speaker()
    whole = _whole_of(token)
    if whole is not None:
        return resolve_speaker(context, whole, at=at)
    appositive = _name_in_apposition(context, token)
    if appositive is not None:
        return resolve_speaker(context, appositive, at=at)
    token = possessor_of(token)
    if token.lower_ in PRONOUNS:
        return pronoun(context, token, resolve=resolve_speaker)  # "His statement said"
    if token.lemma_.lower() in DOCUMENTS and token.text.islower():
        return _document_author(context, token)
    if _is_description(token):
        return _description(context, token, at=at)
    mention = context.index.mention_at(token.idx)
    if (
        mention is not None
        and (token.dep_ == "poss" or _possessive(token))
        and mention.end > token.idx + len(token) + 2
    ):
        end = token.idx + len(token)  # "The Verge’s Stadia review": the tagger ran on past the owner
        return named(context, mention.start, end, context.text[mention.start : end])
    if mention is not None:
        return named(context, mention.start, mention.end, mention.name)
    ent = next(
        (
            e
            for e in doc_ents(context.doc)
            if e.start <= token.i < e.end and e.label_ in SPEAKER_LABELS and "\n" not in e.text
        ),
        None,
    )
    if ent is not None:
        return named(context, ent.start_char, ent.end_char, without_kind(ent.text))
    inner = _name_inside(context, token)
    if inner is not None:
        return named(context, inner.start, inner.end, inner.name)
    if token.pos_ in {"PROPN", "NOUN"}:
        return _compound_name(context, token)
    return Speaker()


def nominal_text(context: Context, source: Any, start: int, end: int) -> str:
    """A nominal source's speaker text, its owner resolved (``his lawyers`` -> ``Donald Trump's
    lawyers``, ``The president's campaign`` -> ``Donald Trump's campaign``): a pronoun is never
    a speaker, and a description or a short name stands for the fullest name the article
    gives. An owner that resolves to no name, or to a nominal source, stays as written."""
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    if owner is None or not start <= owner.idx < end or in_marks(context, owner.idx):
        return context.text[start:end]
    if owner.lower_ in PRONOUNS:
        found = pronoun(context, owner, resolve=resolve_speaker)
    elif owner.pos_ == "PROPN" or _is_description(owner):
        found = resolve_speaker(context, owner, at=owner.idx)
    else:
        return context.text[start:end]
    marker = next((c for c in owner.children if c.tag_ == "POS"), None)
    written = context.text[owner.left_edge.idx : marker.idx if marker else owner.idx + len(owner)]
    if (
        not found.name
        or found.label == "NOMINAL"
        or not _holds_title(owner, found)
        or found.name in written  # "the D.C. Circuit's", "Majority Leader Kevin McCarthy's"
        or (marker is None and owner.tag_ != "PRP$")  # a parse's "poss" with no "'s"
    ):
        return context.text[start:end]
    after = marker.idx if marker is not None else owner.idx + len(owner)
    mark = "" if marker is not None else _possessive_ending(context.text)
    return context.text[start : owner.left_edge.idx] + found.name + mark + context.text[after:end]


def _possessive_ending(text: str) -> str:
    """The possessive ending written the article's way: curly where its apostrophes are."""
    return "’s" if text.count("’") > text.count("'") else "'s"


def _holds_title(owner: Any, found: Speaker) -> bool:
    """A name or a pronoun owns as itself; a description (``the president's``) only when the
    person it resolved to is given that title (``the prosecutor's office`` is no office of
    the latest person named, a congresswoman), an organisation's (``the company's``) never."""
    if not _is_description(owner):
        return True
    if not _names_person(owner) or not found.role:
        return False
    return _title_words(owner) <= _role_words(found.role)


def _whole_of(token: Any) -> Any | None:
    """``Part of the RNC holiday message``: a part speaks as the whole it is *of*."""
    if token.lemma_.lower() not in _PARTS:
        return None
    return next(
        (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None,
    )


def _description(context: Context, token: Any, *, at: int) -> Speaker:
    """``the senator``, ``the company``, ``the doctors``: the named person, organisation or
    group of that kind the article means, or an earlier nominal source with that head."""
    if token.tag_ in {"NNS", "NNPS"}:
        return _group_named(context, token) or Speaker()  # else a group the article does not name
    named = None if _names_person(token) else _named_description(context, token)
    if named is not None:
        return named
    if _capitalised_title(token):
        return _holder_of(context, _title_words(token), at=at, current=True) or Speaker()
    if _names_person(token):
        nominal = _earlier_nominal(context, token)
        latest = nominal or _latest(context, at, labels=PERSON_LABELS)
        holder = None if nominal or not latest else _title_holder(context, token, latest, at=at)
        return holder or latest or Speaker()
    return (
        _subject_of_kind(context, token, labels={"ORG"})
        or _latest(context, at, labels={"ORG"})
        or _proper_subject_before(context, at)
    )


def _title_holder(context: Context, token: Any, latest: Speaker, *, at: int) -> Speaker | None:
    """``Sen. Ted Cruz … Trump, the president, said … the senator added``: a title description
    is the one person the article gives that title, when the latest person (its default) is
    given another; a person given no title may hold any (the title lexicon spells out
    abbreviated titles: ``Sen.`` is a senator)."""
    title = _title_words(token)
    if latest.label != "PERSON" or not latest.role or title <= _role_words(latest.role):
        return None
    return _holder_of(context, title, at=at)


#: Title words that say a person held the office once, not now (``former President Obama``).
_PAST = {"former", "then", "ex", "onetime"}


def _holder_of(
    context: Context, title: set[str], *, at: int, current: bool = False
) -> Speaker | None:
    """The one person named before ``at`` whom the article gives the ``title``, if only one;
    ``current``: not counting those who held it once (``the President`` is not ``former
    President Barack Obama``)."""
    holders = {}
    people = [m for m in context.index.mentions if m.label in PERSON_LABELS and m.start < at]
    for mention in people:
        role = describe(context.text, mention.start, mention.end).role
        if role and title <= _role_words(role) and not (current and _role_words(role) & _PAST):
            full = context.index.full_name(mention.name, before=mention.start)
            holders.setdefault(full, mention)
    if len(holders) != 1:
        return None
    (mention,) = holders.values()
    return named(context, mention.start, mention.end, mention.name)


def _title_words(token: Any) -> set[str]:
    """``the former vice president``: the office noun and the title words before it that say
    which office (``vice``; not ``former``)."""
    modifiers = {c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"}}
    return {token.lower_} | (modifiers & TITLE_WORDS - {"former", "then", "acting", "senior"})


def _role_words(role: str) -> set[str]:
    words = [w.strip(".,").lower() for w in role.split()]
    return {SPELLED_OUT.get(w, w) for w in words}


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


def _earlier_nominal(context: Context, token: Any) -> Speaker | None:
    """``said one legal expert ... the expert warned``: a definite description of a person whose
    noun heads a nominal source of the last few paragraphs is that source."""
    here = paragraph_of(context, token.idx)
    for record in reversed(context.history):
        if here - paragraph_of(context, record["start"]) > FOLLOW_UP_PARAGRAPHS:
            return None
        words = (record["speaker"] or "").split()
        if record.get("_label") == "NOMINAL" and words and words[-1].lower() == token.lower_:
            span = record["speaker_span"] or {"start": None, "end": None}
            return Speaker(record["speaker"], None, span["start"], span["end"], label="NOMINAL")
    return None


def _collective(context: Context, token: Any) -> Speaker:
    """``police said``: the institution, with the place the article gives it (``Seattle police``)."""
    found = re.findall(rf"\b((?:[A-Z][\w.-]* )+){re.escape(token.text)}\b", context.text[: token.idx])
    name = f"{found[-1].strip()} {token.text}" if found else token.text
    return Speaker(name, None, token.idx, token.idx + len(token), label="ORG")


def _counted_pair(token: Any) -> bool:
    """``the two commissioners wrote``, ``both senators said``: a plural description counted
    as the few people coordinated before it."""
    return (
        token.tag_ == "NNS"
        and token.text.islower()
        and any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in _JOINT for c in token.children)
    )


def _joint_subject(context: Context, token: Any) -> Speaker | None:
    """``the two said``: the first of the people coordinated as the latest earlier subject
    (``Mitch McConnell and Kevin McCarthy slammed ...``)."""
    for earlier in reversed(token.doc[: token.i]):
        if (
            earlier.dep_ in {"nsubj", "nsubjpass"}
            and not in_marks(context, earlier.idx)
            and any(c.dep_ == "conj" for c in earlier.children)
        ):
            found = resolve_speaker(context, earlier, at=earlier.idx)
            if found.name:
                return found
    return None


def _document_author(context: Context, token: Any) -> Speaker:
    """``a report from Kotak said``, ``The report says`` (after ``a report in the Argus Leader``),
    ``the statement continued`` (after ``Bailey filed a motion``): whoever the document, or the
    latest earlier document of that kind, belongs to; else, for one document (not ``reports``
    or ``exit polls``, which stand for documents in general), the previous quote's named
    speaker. A document whose author the article does not name keeps its own words (the
    rules' nominal source)."""
    lemma = token.lemma_.lower()
    for document in [
        token,
        *(t for t in reversed(token.doc[: token.i]) if t.lemma_.lower() == lemma and not in_marks(context, t.idx)),
    ]:
        found = _document_owner(context, document, own=document is token)
        if found is not None and found.name and found.label != "NOMINAL":
            return found
        owned = any(c.dep_ == "poss" for c in token.children)
        if _indefinite(token) or _bare_plural(token) or owned:
            return Speaker()  # "a study in rats hints", "My account informed me", "reports say"
    previous = next((r for r in reversed(context.history) if r["speaker"]), None)
    if (
        token.tag_ == "NNS"  # "exit polls", "reports suggested": documents, not one speaker's record
        or previous is None
        or previous.get("_label") == "NOMINAL"
        or paragraph_of(context, token.idx) - paragraph_of(context, previous["end"]) > FOLLOW_UP_PARAGRAPHS
    ):
        return Speaker()
    span = previous["speaker_span"] or {"start": previous["start"], "end": previous["start"]}
    return named(context, span["start"], span["end"], previous["speaker"])


def _bare_plural(token: Any) -> bool:
    """``reports suggest``: a plural with no determiner stands for documents in general, not an
    earlier one (``a report she wrote``)."""
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
    return token.tag_ == "NNS" and not determined


def _indefinite(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.children)


#: Entity types of a name that says when, not whose (``a February 2013 report``).
_WHEN = {"DATE", "TIME"}
#: Prepositions that name a document's owner (``a report from Kotak``, ``a story in the Post``).
_OWNER_PREPOSITIONS = {"from", "in", "by"}
#: Participles whose agent came by a document, not wrote it (``the lawsuit, obtained by
#: Mediaite``, ``a memo seen by Reuters``): verbs of getting and perceiving (VerbNet get-13.5.1,
#: obtain-13.5.2, see-30.1, inspect-35.8).
_RECEIVED = {
    "obtain", "see", "review", "acquire", "receive", "get", "view", "read", "examine", "hear",
}


def _document_owner(context: Context, document: Any, *, own: bool) -> Speaker | None:
    """Who a document belongs to: a name compounded on it (``a new Fast Company report``, ``the
    American Academy of Pediatrics (AAP) recommendation``), a
    ``from``/``in``/``by`` phrase (``a report in the Argus Leader``), the agent of a participle
    (``a statement released by the company``), the subject of a relative clause it is the
    object of (``the caption NASA provided``) or, for an earlier mention, the subject of its
    verb (``The company published a blog post``)."""
    named = [
        c
        for c in document.children
        if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.ent_type_ not in _WHEN
    ]  # not "a February 2013 final report"
    owners = named[-1:] + [
        o
        for c in document.children
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and not o.text.islower()
    ]
    owners += [
        o
        for c in document.children
        if c.dep_ == "acl" and c.lemma_.lower() not in _RECEIVED
        for a in c.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    owners += [
        s
        for c in document.children
        if c.dep_ == "relcl"
        for s in c.children
        if s.dep_ == "nsubj" and s.tag_ not in {"WP", "WDT"}
    ]  # "the caption NASA provided"
    if not own or document.dep_ == "dobj":
        owners.append(_verb_subject(context, document))
    for owner in (o for o in owners if o is not None and not in_marks(context, o.idx)):
        untagged = owner.pos_ == "PROPN" and context.index.mention_at(owner.idx) is None
        found = _proper_run(context, owner) if untagged else resolve_speaker(context, owner, at=owner.idx)
        if found.name:
            return found
    return None


def _proper_run(context: Context, token: Any) -> Speaker:
    """``the Argus Leader``: an untagged name owning a document, with the names compounded on it
    (an outlet or an organisation, mostly)."""
    first = token
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ in {"compound", "flat"}:
        first = first.nbor(-1)
    end = token.idx + len(token)
    return Speaker(context.text[first.idx : end], None, first.idx, end, label="ORG")


def _verb_subject(context: Context, document: Any) -> Any | None:
    verb = document.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:  # the root is its own head
        verb = verb.head
    if verb.lower_ == "according":
        return None  # "according to a report, Noem launched": Noem is not the report's author
    author = subject_outside_marks(context, verb) or subject_of(verb)
    if author is None or author.i == document.i or author.lemma_.lower() in DOCUMENTS:
        return None
    return author


def _named_description(context: Context, token: Any) -> Speaker | None:
    """``The US-led coalition``: a description that carries a name is a name of its own."""
    modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ != "det"]
    if not any(t.pos_ == "PROPN" or t.ent_type_ for t in modifiers):
        return None
    start = modifiers[0].idx
    end = token.idx + len(token)
    return Speaker(context.text[start:end], None, start, end, label="ORG")


def _name_inside(context: Context, token: Any) -> Any | None:
    """``company Humana``, ``Director of National Intelligence James Clapper``: the name that a
    title or a common noun carries (a person first, then an organisation)."""
    if token.pos_ == "PROPN":
        carrier = token
    else:
        carrier = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if carrier is None:
            return None
    start, end = carrier.left_edge.idx, carrier.right_edge.idx + len(carrier.right_edge)
    described = (
        [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in carrier.children if c.dep_ == "appos"]
        if token.pos_ == "PROPN"
        else []
    )  # "Claudia Lodesani, Italy's MSF president": not MSF
    reach = token.idx if token.pos_ == "PROPN" else start  # "House Republicans": not "House"
    inside = [
        m
        for m in context.index.mentions
        if start <= m.start and m.end <= end and m.end > reach and not any(s <= m.start < e for s, e in described)
    ]
    for labels in (PERSON_LABELS, {"ORG"}):
        found = [m for m in inside if m.label in labels]
        if found:
            return min(found, key=lambda m: abs(m.start - token.idx))
    return None


def possessor_of(token: Any) -> Any:
    """``the company's statement said``: a statement speaks for its owner (also when the parse
    hung the possessive elsewhere: ``The Verge’s Stadia review``, ``Cooke’s earlier testimony``)."""
    if token.lemma_.lower() not in DOCUMENTS:
        return token
    owner = next(
        (c for c in token.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in PRONOUNS)), None
    )  # "his", not "my"
    owner = owner or next((c for c in token.children if c.dep_ == "nmod" and _possessive(c)), None)
    if owner is not None and owner.tag_ == "WP$":
        return _relative_antecedent(owner) or owner
    before = token.left_edge.i - 1
    if owner is None and before > 0 and token.doc[before].tag_ == "POS" and token.doc[before].head.pos_ == "PROPN":
        owner = token.doc[before].head
    return owner or token


def _relative_antecedent(relative: Any) -> Any | None:
    """``one former employee of the now-defunct school, whose testimony was revealed``: the
    noun that the relative clause of ``whose`` describes; of a chain of *of* phrases, the
    nearest noun that names a person, wherever the parse hung the clause."""
    verb = relative.head
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    while (
        not _person_like(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in {"NOUN", "PROPN"}
    ):
        noun = noun.head.head
    return noun if _person_like(noun) else verb.head


def _person_like(token: Any) -> bool:
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_NOUNS | _UNNAMED


def _possessive(token: Any) -> bool:
    return any(c.tag_ == "POS" for c in token.children)


def _compound_name(context: Context, token: Any) -> Speaker:
    """``Jakobowski``, ``Humana``: a name the parser did not tag, with names compounded onto it."""
    first = token
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ in {"compound", "flat"}:
        first = first.nbor(-1)
    last = name_run_end(token)
    name = context.text[first.idx : last.idx + len(last)]
    if token.lemma_.lower() in _UNNAMED:
        return _unnamed(context, token)
    if _epithet(token) and token.lemma_.lower() not in PERSON_NOUNS | ORG_NOUNS:
        return _latest(context, token.idx, labels=PERSON_LABELS | {"ORG"}) or Speaker()
    if not name[:1].isupper() or token.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS:
        return Speaker()
    known = " " in name or len(context.index.full_name(name, before=first.idx).split()) > 1
    if known or not first.is_sent_start or context.text.count(name) > 1:
        return named(context, first.idx, last.idx + len(last), name)
    return Speaker()


def _epithet(token: Any) -> bool:
    """``"…," the Tea Party favorite told``: a definite common noun that names carry is a
    description of someone the article has named, not a name (the latest speaker or name);
    one with a head of the lexicons (``the Trump administration``) keeps its own words."""
    children = list(token.children)
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children)
    )


def _unnamed(context: Context, token: Any) -> Speaker:
    """``An NSA spokesperson said``: no speaker, but the role and affiliation the article gives
    (``spokesperson``, ``NSA``)."""
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    named = [t for t in modifiers if not t.text.islower()]
    if not named:
        return Speaker(role=token.text)
    start, end = modifiers[0].idx, modifiers[-1].idx + len(modifiers[-1])
    return Speaker(role=token.text, affiliation=context.text[start:end])


def _is_description(token: Any) -> bool:
    """``the senator``, ``the company``, ``the Arizona Republican``, ``the President``: a
    definite description."""
    party = token.lemma_.lower() in {"republican", "democrat"}  # "the Arizona Republican"
    named_parts = any(c.dep_ == "appos" or (c.dep_ == "compound" and not c.text.islower()) for c in token.children)
    if not party and not _capitalised_title(token) and (not token.text.islower() or named_parts):
        return False
    determiner = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    return determiner and token.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS


def _capitalised_title(token: Any) -> bool:
    """``the President said``: an office of the title lexicon written capitalised, alone (not
    ``the President of France``, not a name's part: ``President Trump``). It stands for the one
    person the article gives that title, else it keeps its own words: a capital says an office
    the article has named, not the latest person."""
    parts = {"compound", "flat", "appos", "prep", "amod"}
    alone = not any(c.dep_ in parts for c in token.children)
    word = token.lower_
    return token.text.istitle() and alone and word in TITLE_WORDS and word in PERSON_NOUNS


def _subject_of_kind(context: Context, token: Any, *, labels: set[str]) -> Speaker | None:
    """``Amazon is now letting you listen ... The company published a blog post``: the nearest
    earlier subject in this or the previous paragraph that names something of the kind."""
    for sentence in sentences_back(context, token, back=1):
        for subject in reversed(
            [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i and not in_marks(context, t.idx)]
        ):
            mention = context.index.mention_at(subject.idx)
            if mention is not None and mention.label in labels and subject.idx < mention.end:
                return named(context, mention.start, mention.end, mention.name)
    return None


def _proper_subject_before(context: Context, position: int) -> Speaker:
    """``the company`` when the tagger missed the organisation: the latest capitalised name
    that was a sentence subject (``Cards Against Humanity is asking ...``)."""
    for token in reversed([t for t in context.doc if t.idx < position and t.dep_ == "nsubj" and t.pos_ == "PROPN"]):
        words = list(token.subtree)
        if in_quote(context, token.idx) or not all(w.text[:1].isupper() or w.is_stop for w in words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        return Speaker(context.text[start:end], None, start, end, label="ORG")
    return Speaker()


def _names_person(token: Any) -> bool:
    return token.lemma_.lower() in PERSON_NOUNS


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


def _latest(context: Context, position: int, *, labels: set[str]) -> Speaker | None:
    """The latest speaker (or, failing that, mention) of the given kind before ``position``."""
    for record in reversed(context.history):
        if record["speaker"] and record.get("_label") in labels and record["start"] < position:
            span = record["speaker_span"] or {}
            return named(
                context, span.get("start", record["start"]), span.get("end", record["start"]), record["speaker"]
            )
    mention = next((m for m in reversed(context.index.mentions) if m.start < position and m.label in labels), None)
    return named(context, mention.start, mention.end, mention.name) if mention else None

