"""Speaker resolution of a source token through the one name resolver: a pronoun, a
description, a document (its author, resolved as a speaker in turn), a part, a collective, a
joint subject (read in ``joint``, which this resolver is passed to), an organisation's show or
column (the organisation speaks through it), a name the tagger found or missed, or nobody."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from newsdesk.entities.gazetteer import PLACE_LABELS
from newsdesk.nlp import adverbs_only
from newsdesk.parsed import doc_ents, name_start
from newsdesk.quotes.content import Context, owns_noun_cue
from newsdesk.quotes.index import name_run_end
from newsdesk.quotes.nominal import served_by_modifiers
from newsdesk.quotes.nouns import (
    GROUP_OWNERS,
    PERSON_LABELS,
    PERSON_NOUNS,
    PERSON_OR_ORG_NOUNS,
    PRONOUNS,
    SPEAKER_LABELS,
)
from newsdesk.quotes.pronouns.clauses import main_clause
from newsdesk.quotes.pronouns.gender import indefinite
from newsdesk.quotes.pronouns.groups import earlier_subject, group_subject, plural_subject
from newsdesk.quotes.pronouns.number import partitive_pronoun
from newsdesk.quotes.pronouns.search import pronoun, recent_speaker
from newsdesk.quotes.sources import (
    NOT_SPEAKERS,
    Speaker,
    dated_noun,
    in_marks,
    is_nominal,
    is_person,
    named,
    paragraph_of,
    without_kind,
)
from newsdesk.quotes.speakers.description_phrases import is_description
from newsdesk.quotes.speakers.descriptions import description, person_subject_before
from newsdesk.quotes.speakers.documents import (
    agrees,
    bare_plural,
    counted_one,
    counted_plural,
    is_document,
    named_marks,
    possessive,
    possessor_of,
    same_document,
    unnamed_author,
    verb_subject,
)
from newsdesk.quotes.speakers.history import (
    FOLLOW_UP_PARAGRAPHS,
    joint_speaker_before,
    latest_of_kind,
)
from newsdesk.quotes.speakers.joint import (
    collective,
    described_group,
    is_collective,
    is_joint,
    joint_speaker,
    joint_subject,
    whole_of,
)
from newsdesk.quotes.speakers.nominal import nominal_text
from newsdesk.quotes.speakers.organisations import name_headed_by, nearest_outlet
from newsdesk.quotes.speakers.owners import document_owner, utterance
from newsdesk.quotes.speakers.subjects import described_name, name_in_apposition
from newsdesk.quotes.speakers.titles import UNNAMED

#: The labels of a person's or an organisation's name.
_PERSON_OR_ORG_LABELS = frozenset(PERSON_LABELS | {"ORG"})


#: The tokens whose speaker is being resolved, innermost last: an antecedent search (an "it"
#: whose earlier subject is described by that same "it") must not come back to one of them.
_RESOLVING: ContextVar[tuple[tuple[int, int], ...]] = ContextVar("resolving", default=())


@contextmanager
def _resolving(token: Any) -> Iterator[bool]:
    """Mark ``token`` as being resolved; yield whether it already was (a cycle)."""
    key = (id(token.doc), token.i)
    busy = _RESOLVING.get()
    if key in busy:
        yield True
        return
    reset = _RESOLVING.set((*busy, key))
    try:
        yield False
    finally:
        _RESOLVING.reset(reset)


def resolve_speaker(context: Context, token: Any | None, *, at: int) -> Speaker:
    """The speaker a verb's subject token stands for: pronoun, description, name or nobody. A
    token met again while its own speaker is being resolved stands for nobody: the search that
    led back to it found no antecedent there (it recursed without end before)."""
    if token is None:
        return Speaker()
    with _resolving(token) as cycle:
        return Speaker() if cycle else _resolve(context, token, at=at)


def _resolve(context: Context, token: Any, *, at: int) -> Speaker:
    if token.lower_ in PRONOUNS:
        return pronoun(context, token, resolve=resolve_speaker)
    if token.lower_ == "they":
        return _they(context, token)
    if token.lower_ == "it":
        return _it(context, token, at=at)
    if token.lower_ in GROUP_OWNERS and token.dep_ == "poss":
        if owns_noun_cue(token):
            # "their claim that ..." is "they claimed that ...": the subject pronoun's antecedent
            return _they(context, token) if token.lower_ == "their" else _it(context, token, at=at)
        return _pronoun_owner(context, token)
    if partitive_pronoun(token) is not None:
        # "Some of them say": the group "them" stands for, found before the phrase as a
        # "their" is; the phrase's own words where none is found
        return _group_before(context, token)
    if token.lemma_.lower() in NOT_SPEAKERS:
        return Speaker()  # "Video released by police appeared to show officers ... saying"
    if is_collective(token):
        return collective(context, token)
    if is_joint(token):
        return joint_subject(context, token, resolve=resolve_speaker) or Speaker()
    adverb_name = _name_before_adverb(token)
    if adverb_name is not None:
        return resolve_speaker(context, adverb_name, at=at)
    whole = whole_of(token) or dated_noun(token)
    if whole is not None:
        return resolve_speaker(context, whole, at=at)
    appositive = name_in_apposition(context, token) or (
        described_name(context, token) if is_description(token) or token.pos_ == "NOUN" else None
    )
    if appositive is not None:
        return resolve_speaker(context, appositive, at=at)
    token = possessor_of(token)
    if token.lower_ in PRONOUNS:
        return pronoun(context, token, resolve=resolve_speaker)  # "His statement said"
    if token.lower_ in GROUP_OWNERS:
        # "their statement read": whom the pronoun stands for as an owner (never a person, nor
        # the previous speaker); a pronoun is no speaker, so one unresolved leaves the words
        return _pronoun_owner(context, token)
    if is_document(token) and token.text.islower():
        return _document_author(context, token)
    if is_description(token):
        return description(context, token, at=at)
    headed = name_headed_by(context, token)
    if headed is not None:
        return headed
    if described_group(token):
        return Speaker()  # "At least 10 Republicans", "many Chinese": the phrase, not the group
    outlet = _owning_organisation(context, token)
    if outlet is not None:
        return outlet
    mention = context.index.mention_at(token.idx)
    if (
        mention is not None
        and (token.dep_ == "poss" or possessive(token))
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
    if token.pos_ == "ADV" and is_nominal(token):
        return _adverb_name(context, token)
    return Speaker()


def _adverb_name(context: Context, token: Any) -> Speaker:
    """``Neily said``, ``O'Reilly then said``: a capitalised word, no stop word, that the
    tagger took for an adverb wherever it stands (``is_nominal``) is the person the article
    named in full; a word that is the short form of no full name names no one (no speaker)."""
    full = context.index.full_name(token.text, before=token.idx)
    if " " not in full:
        return Speaker()
    return named(context, token.idx, token.idx + len(token), token.text)


def _name_before_adverb(token: Any) -> Any | None:
    """``Trump coyly stated``: a word in lower case that the lemma tables know as an adverb
    and never as a noun heads no noun phrase; where the tagger read it as the noun a name is
    compounded on, the name is the subject and the adverb the verb's."""
    if not token.text.islower() or token.lower_ not in adverbs_only():
        return None
    names = [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    return names[-1] if names else None


def _owning_organisation(context: Context, token: Any) -> Speaker | None:
    """``ABC’s World News Tonight``, ``the New York Post's Page Six``: a proper name owned by
    an organisation, that the tagger gives no name of its own (it left it untagged, or ran
    the owner's name on into it), is the organisation's show, column or section, and the
    organisation speaks through it. A person it owns (``NBC's Chuck Todd``, or an office it
    gives, ``the White House's Director``), a company tagged as a name of its own, a name in
    the plural, which names people (a team, ``MLB’s Atlanta Braves``, or a band), and one
    that a place's name opens (a place's team or club, ``the NFL’s Washington Redskins``)
    speak for themselves."""
    if token.pos_ != "PROPN" or token.tag_ == "NNPS" or token.ent_type_ in PERSON_LABELS:
        return None
    if token.lemma_.lower() in PERSON_NOUNS:  # "The White House's Director": a title's holder
        return None
    words = _name_words(token)
    owner = next((t for t in words if t.dep_ == "poss" and possessive(t)), None)
    if owner is None or owner.pos_ != "PROPN" or any(w.ent_type_ in PLACE_LABELS for w in words if w.i > owner.i):
        return None
    owner_mention = context.index.mention_at(owner.idx)
    own = context.index.mention_at(token.idx)
    if owner_mention is None or owner_mention.label != "ORG" or (own is not None and own != owner_mention):
        return None
    end = owner.idx + len(owner)
    if owner_mention.end <= end:
        return named(context, owner_mention.start, owner_mention.end, owner_mention.name)
    # the tagger ran the owner on into the show: the owner's words alone, where the article
    # names an organisation by them elsewhere (``ABC News``; not ``People`` of ``People’s Daily``)
    named_by = context.text[owner_mention.start : end].split()
    if not any(
        m != owner_mention and m.label == "ORG" and m.name.split()[: len(named_by)] == named_by
        for m in context.index.mentions
    ):
        return None
    return named(context, owner_mention.start, end, " ".join(named_by))


def _name_words(token: Any) -> list[Any]:
    """The words before ``token`` that its name's compounds and owner make up: ``ABC’s World
    News`` of ``Tonight``."""
    words, frontier = [], [token]
    while frontier:
        word = frontier.pop()
        for child in word.lefts:
            if child.dep_ in {"compound", "poss"}:
                words.append(child)
                if child.dep_ == "compound":
                    frontier.append(child)
    return words


def _it(context: Context, token: Any, *, at: int) -> Speaker:
    """A subject *it*: an earlier subject that names something, else the latest organisation,
    then place, named before."""
    return (
        earlier_subject(context, token, resolve=resolve_speaker)
        or latest_of_kind(context, at, labels={"ORG"})
        or latest_of_kind(context, at, labels={"GPE"})
        or Speaker()
    )


def _they(context: Context, token: Any) -> Speaker:
    """A plural subject, a recent speaker, an organisation that is a subject nearby, or a joint
    speaker of the last few paragraphs."""
    plural = plural_subject(context, token, resolve=resolve_speaker, describe=_nominal)
    found = _joined(context, token.doc, plural) or recent_speaker(context, token.idx, gender=None, labels=None)
    if found is not None:
        return found
    group = group_subject(context, token, resolve=resolve_speaker)
    return group if group.name else joint_speaker_before(context, token.idx) or group


def _pronoun_owner(context: Context, token: Any) -> Speaker:
    """``its foreign minister``, ``their CEO``: the owner is found as the subject pronoun's
    antecedent is, but only nearby: *its* as *it* (``_its_owner``); *their* as *they*, by a
    plural or a group that is a subject in this or the previous paragraph, not by the previous
    speaker, every one of names joined by "and" (``Google and Apple``) and a people or a party
    named in the plural (``the Democrats``, whom the name index does not hold and who are
    read as people). It is never a person: an owner that resolves to one or to several, or to
    nobody, leaves the description in its own words."""
    if token.lower_ == "its":
        return _no_person(token.doc, _its_owner(context, token))
    return _group_before(context, token)


def _group_before(context: Context, token: Any) -> Speaker:
    """The group a *their* before a noun, or the *them* of a partitive (``Some of them``),
    stands for: a plural or a group that is a subject before the token in its or the previous
    paragraph; never a person, nor the previous speaker."""
    plural = plural_subject(context, token, resolve=resolve_speaker, describe=_nominal)
    found = _joined(context, token.doc, plural) or group_subject(context, token, resolve=resolve_speaker)
    return _no_person(token.doc, found)


def _no_person(doc: Any, found: Speaker) -> Speaker:
    """No speaker for a group where the search found a person, one or several."""
    return Speaker() if found.label in PERSON_LABELS and not _plural_name(doc, found) else found


def _joined(context: Context, doc: Any, found: Speaker | None) -> Speaker | None:
    """``Google and Apple announced … They said``: a plural subject found at the first of
    names joined by "and" is all of them, as a joint source is."""
    if found is None or found.start is None or found.end is None:
        return found
    span = doc.char_span(found.start, found.end)
    return joint_speaker(context, span[0] if span else None, found, resolve=resolve_speaker)


def _plural_name(doc: Any, found: Speaker) -> bool:
    """``The Democrats``: a name written in the plural stands for a people or a party, not one
    person (names joined by "and" stand for several people)."""
    span = None if found.start is None or found.end is None else doc.char_span(found.start, found.end)
    return span is not None and " and " not in (found.name or "") and span[-1].tag_ == "NNPS"


def _its_owner(context: Context, token: Any) -> Speaker:
    """*its* as *it*: an earlier subject of its paragraph that names something, else the
    latest organisation, then place, its paragraph names before it (``China’s state-run media
    have depicted them … Its foreign minister``), else an organisation that is a subject in
    this or the previous paragraph; not the latest organisation or place anywhere before it
    (``Its authors say`` of a plan is not a company named paragraphs before, nor the country
    of a clause in the paragraph before)."""
    found = earlier_subject(context, token, resolve=resolve_speaker)
    if found is not None:
        return found
    start = context.paragraphs[paragraph_of(context, token.idx)][0]
    for label in ("ORG", "GPE"):
        mention = next(
            (m for m in reversed(context.index.mentions)
             if start <= m.start < token.idx and m.label == label and not in_marks(context, m.start)),
            None,
        )
        if mention is not None:
            return named(context, mention.start, mention.end, mention.name)
    found = group_subject(context, token, resolve=resolve_speaker)
    return found if found.label == "ORG" else Speaker()


def _nominal(context: Context, source: Any, start: int, end: int) -> str:
    return nominal_text(context, source, start, end, resolve=resolve_speaker)


def _document_author(context: Context, token: Any) -> Speaker:
    """``a report from Kotak said``, ``The report says`` (after ``a report in the Argus Leader``),
    ``the statement continued`` (after ``Bailey filed a motion``): whoever the document, or the
    latest earlier document of that kind, belongs to, so long as the owner agrees with the
    capitalised words that set apart the documents on the way (``the Republican majority
    report`` before ``the report`` is no ``report by the Democrats``); else, for one
    document (not ``reports`` or ``exit polls``, which stand for documents in general), the
    previous quote's named speaker. A document whose author the article does not name keeps
    its own words (the rules' nominal source)."""
    lemma = token.lemma_.lower()
    marks: set[str] = set()  # the words that set apart the documents passed on the way back
    own_marks = named_marks(token)
    earlier = [
        t
        for t in reversed(token.doc[: token.i])
        if t.lemma_.lower() == lemma and not in_marks(context, t.idx) and same_document(token, t)
    ]
    for document in [token, *earlier]:
        found = document_owner(context, document, own=document is token, resolve=resolve_speaker)
        if found is not None and found.name and (found.label != "NOMINAL" or (document is not token and utterance(document))):
            # "the Republican majority report … the report concluded": not the Democrats' report
            return found if agrees(found.name, marks) else Speaker()
        if found is None and unnamed_author(document):
            return Speaker()  # "an op-ed by an anonymous senior official": the op-ed's own words
        owned = any(c.dep_ == "poss" for c in token.children)
        if indefinite(token) or counted_one(token) or bare_plural(token) or counted_plural(token) or owned:
            return Speaker()  # "a study in rats hints", "My account informed me", "reports say"
        marks |= named_marks(document) - own_marks  # the words this document shares set none apart
    outlet = None if earlier else nearest_outlet(context, token)
    if outlet is not None:
        return outlet  # "the paper writes", no paper named before: the outlet just named
    previous = next((r for r in reversed(context.history) if r["speaker"]), None)
    if (
        token.tag_ == "NNS"  # "exit polls", "reports suggested": documents, not one speaker's record
        or previous is None
        or previous.get("_label") == "NOMINAL"
        or paragraph_of(context, token.idx) - paragraph_of(context, previous["end"]) > FOLLOW_UP_PARAGRAPHS
        or _met_unmade(context, token, earlier)
        or _named_subject_since(context, previous, token)
    ):
        return Speaker()
    span = previous["speaker_span"] or {"start": previous["start"], "end": previous["start"]}
    return named(context, span["start"], span["end"], previous["speaker"])


def _met_unmade(context: Context, token: Any, earlier: list[Any]) -> bool:
    """``a criminal complaint said … Kueng checked for a pulse …, according to the complaint.
    ¶ …, the complaint said``: a document the article spoke of before, set apart by the same
    capitalised words (not ``the Times story`` before ``The Atlantic story``), with no maker
    stated at any mention, is that document, which the article gives no maker; it is no new one of the previous
    speaker's. Where a mention states one the owner search could not name (``Linton and
    Stewart, joined by …, filed a federal lawsuit``), the previous speaker may be it."""
    same = [t for t in earlier if named_marks(t) == named_marks(token)]
    return bool(same) and all(verb_subject(context, t) is None for t in same)


def _named_subject_since(context: Context, previous: dict[str, Any], token: Any) -> bool:
    """``Erdogan later walked back the charge by saying … ¶ Netanyahu spoke with Turkey's
    Tayyip Erdogan … “…,” the statement said``: a document with no maker of its own is the
    previous speaker's only while the narration stays with that speaker; a main clause whose
    subject names a person or an organisation other than the speaker, between that quotation
    and the document, has moved the story on (the subject of a main clause is the most salient
    entity of its utterance in centering accounts of English, Grosz, Joshi and Weinstein 1995),
    and the document keeps its own words, as one whose maker the article does not say does. A
    place (``Florida passed a new law``) is the setting, no one who takes the story."""
    said = previous["speaker"] or ""
    for subject in token.doc[: token.i]:
        if not (previous["end"] <= subject.idx < token.idx and subject.pos_ == "PROPN"):
            continue
        if subject.dep_ not in {"nsubj", "nsubjpass"} or not main_clause(subject):
            continue
        mention = context.index.mention_at(subject.idx)
        if in_marks(context, subject.idx) or mention is None:
            continue
        if mention.label in {"PERSON", "ORG"} and not same_speaker(mention.name, said):
            return True
    return False


def same_speaker(name: str, said: str) -> bool:
    """A name that is the speaker's, part of it or the whole of which it is part (a joint
    speaker's member, a surname), word for word: ``Kim`` is no part of ``Kimberly Guilfoyle``,
    and a suffix (``Jr.``) or a comma between a name's words leaves it the same name."""
    words, speaker = _name_words_of(name), _name_words_of(said)
    return bool(words) and bool(speaker) and (words <= speaker or speaker <= words)


def _name_words_of(name: str) -> set[str]:
    return {w.strip(".,").lower() for w in name.split()} - {""}


def _name_inside(context: Context, token: Any) -> Any | None:
    """``company Humana``, ``Director of National Intelligence James Clapper``: the name that a
    title or a common noun carries (a person first, then an organisation)."""
    if token.pos_ == "PROPN":
        carrier = token
    else:
        carrier = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if carrier is None:
            return None
    start, end = carrier.left_edge.idx, _phrase_end(carrier)
    described = (
        [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in carrier.children if c.dep_ == "appos"]
        if token.pos_ == "PROPN"
        else []
    )  # "Claudia Lodesani, Italy's MSF president": not MSF
    reach = token.idx if token.pos_ == "PROPN" else start  # "House Republicans": not "House"
    described += _owners_inside(carrier)  # "Attorneys for X's family": not X
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


def _owners_inside(carrier: Any) -> list[tuple[int, int]]:
    """``Attorneys for X's family``, ``a spokesman for Y's campaign``: the spans of the
    possessors of common nouns inside the carrier's phrase, below a preposition. A possessor
    is a determiner of the noun it owns (X's family is a family), so the name it holds is
    the owner of that noun, which the phrase's head relates to, not the head's own name."""
    owners = []
    for word in carrier.subtree:
        owned = word.head
        if word.dep_ != "poss" or owned.i == carrier.i or not owned.text.islower():
            continue
        if owned.pos_ == "NOUN" and _below_preposition(owned, carrier):
            owners.append((word.left_edge.idx, word.idx + len(word)))
    return owners


def _below_preposition(word: Any, carrier: Any) -> bool:
    """Whether a preposition stands between ``word`` and ``carrier`` above it."""
    while word.i != carrier.i and word.head.i != word.i:
        if word.dep_ == "prep":
            return True
        word = word.head
    return False


#: Dependents that are clauses of their own: a relative clause (``the Affordable Care Act,
#: which says that Secretary Kathleen Sebelius must …``) or a participle's (``a report
#: released by Senator X``): a name in one is no name the carrier carries.
_CLAUSES = {"relcl", "acl"}


def _phrase_end(carrier: Any) -> int:
    """Where the noun phrase of ``carrier`` ends: its subtree's end, or the start of the first
    clause that follows it (a relative or participle clause names the carrier's referent's
    acts, and a cue's content may stand inside it)."""
    clauses = [c.left_edge.idx for c in carrier.children if c.dep_ in _CLAUSES and c.i > carrier.i]
    return min(clauses, default=carrier.right_edge.idx + len(carrier.right_edge))


def _compound_name(context: Context, token: Any) -> Speaker:
    """``Jakobowski``, ``Humana``: a name the parser did not tag, with names compounded onto it."""
    first = name_start(token)
    last = name_run_end(token)
    name = context.text[first.idx : last.idx + len(last)]
    if token.lemma_.lower() in UNNAMED:
        return _unnamed(context, token)
    if _epithet(token) and token.lemma_.lower() not in PERSON_OR_ORG_NOUNS:
        return latest_of_kind(context, token.idx, labels=_PERSON_OR_ORG_LABELS) or Speaker()
    person = token.lemma_.lower() in PERSON_NOUNS
    if _epithet(token) and person and not _owned_by_person(context, token):
        return person_subject_before(context, token, back=1) or Speaker()  # "the GOP leader"
    lexicon = token.lemma_.lower() in PERSON_OR_ORG_NOUNS
    if not name[:1].isupper() or lexicon or _determined(token):
        return Speaker()
    known = " " in name or len(context.index.full_name(name, before=first.idx).split()) > 1
    if known or not first.is_sent_start or context.text.count(name) > 1:
        return named(context, first.idx, last.idx + len(last), name)
    return Speaker()


def _determined(token: Any) -> bool:
    """``whose Twitter page says``, ``Some GOP strategists said``, ``The King plaintiffs
    argue``: a common noun with an owner, a determiner or a number is a description that
    names carry, not a name (``Working Mother magazine`` is one)."""
    determiners = {"poss", "det", "nummod", "predet"}
    return token.text.islower() and any(c.dep_ in determiners for c in token.children)


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


def _owned_by_person(context: Context, token: Any) -> bool:
    """``the Trump lawyer``: a name compounded on a person noun that is a person's says whose
    the person is (not who), unlike a party's, a place's or an organisation's (``the GOP
    leader``, ``the Ohio senator``)."""
    compounds = [c for c in token.children if c.dep_ == "compound"]
    if not compounds:
        return False
    people = {m.name for m in context.index.mentions if m.label in PERSON_LABELS}
    return any(is_person(context, c) or context.index.full_name(c.text, before=c.idx) in people
               for c in compounds)


def _unnamed(context: Context, token: Any) -> Speaker:
    """``An NSA spokesperson said``: no speaker, but the role and affiliation the article gives
    (``spokesperson``, ``NSA``)."""
    modifiers = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    named = [t for t in modifiers if not t.text.islower()]
    if not named:
        return Speaker(role=token.text)
    start, end = modifiers[0].idx, modifiers[-1].idx + len(modifiers[-1])
    return Speaker(role=token.text, affiliation=served_by_modifiers(token, named, context.text[start:end]))
