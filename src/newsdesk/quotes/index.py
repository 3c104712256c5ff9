"""The article's name mentions that speakers resolve to, outside quotation marks.

The ``mentions`` layer (when it ran before us) gives canonical entities; without it spaCy's
PERSON/ORG/GPE entities are the mentions. Short names ("Wang", "Mr. Wang", "SDF") are resolved
by the resolver shared with the ``mentions`` layer (``newsdesk.entities.people``). Names inside
quotations are not candidates: the speaker is outside the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from newsdesk.entities.animal_nouns import animal_nouns
from newsdesk.entities.cut_names import rejoined_organisations
from newsdesk.entities.ner_spans import Span
from newsdesk.entities.people import (
    clean_name,
    fullest_variant,
    generational,
    initials,
    is_acronym,
    resolve_name,
    short_forms,
    stated_genders,
    without_generational,
)
from newsdesk.entities.place_nouns import PLACE_NOUNS
from newsdesk.entities.titles import (
    ABBREVIATED,
    HONORIFICS,
    PERSON_TITLES,
    SPELLED_OUT,
)
from newsdesk.events.agents import agent_roles
from newsdesk.given_names import (
    from_given_name,
    given_name_gender,
)
from newsdesk.parsed import doc_text, name_start
from newsdesk.quotes.nouns import (
    ORG_NOUNS,
    PERSON_LABELS,
    PERSON_NOUNS,
    SPEAKER_LABELS,
)
from newsdesk.quotes.pronouns.binding import commands_at
from newsdesk.quotes.written_names import written_in_full


@dataclass(slots=True, frozen=True)
class Mention:
    start: int
    end: int
    name: str
    label: str
    entity: str | None = None


@dataclass(slots=True)
class NameIndex:
    """The article's person and organisation mentions outside quotations, in text order."""

    mentions: list[Mention]
    genders: dict[str, str] = field(default_factory=dict)
    #: genders that a single pronoun of the article voted for (it may be the pronoun a speaker
    #: search is resolving), weaker evidence than a confident given name
    single_votes: dict[str, str] = field(default_factory=dict)
    text: str = ""
    #: the article's parse: its tags say which capitalised word before a surname is a given name
    doc: Any = field(default=None, repr=False, compare=False)
    #: ``written_in_full`` answers, one per surname (it reads the whole text)
    _written_in_full: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: ``full_name`` answers, asked again for every mention by each quote's speaker search
    _full_names: dict[tuple[str, int], str] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: ``given_gender`` answers, asked for every mention by each pronoun's person search
    _given_genders: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: the mentions by their ``full_name``, grouped on the first ``mentions_of``
    _by_full_name: dict[str, list[Mention]] | None = field(default=None, init=False, repr=False, compare=False)
    #: the starts of the mentions labelled ``PERSON`` and their full names, in text order, listed
    #: on the first ``people_between`` (each of the article's pronouns reads them)
    _people: tuple[list[int], list[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def full_name(self, name: str, *, before: int) -> str:
        """The full name that ``name`` (a surname, or a title and surname) stands for at ``before``."""
        key = (name, before)
        if key not in self._full_names:
            self._full_names[key] = self._resolve_full_name(name, before=before)
        return self._full_names[key]

    def mentions_of(self, full: str) -> list[Mention]:
        """The mentions whose ``full_name`` (at each mention) is ``full``, in text order: a
        person's mentions, which each quote of theirs reads, grouped once per article."""
        if self._by_full_name is None:
            grouped: dict[str, list[Mention]] = {}
            for mention in self.mentions:
                grouped.setdefault(self.full_name(mention.name, before=mention.start), []).append(mention)
            self._by_full_name = grouped
        return self._by_full_name.get(full, [])

    def people_between(self, start: int, end: int, *, pronoun: Any | None = None) -> set[str]:
        """The full names of the mentions labelled ``PERSON`` that start in ``[start, end)``;
        with a subject ``pronoun``, those it may stand for (``binding.commands_at``: not
        ``Obama`` of ``They decided on Obama, she says``)."""
        if self._people is None:
            people = [m for m in self.mentions if m.label == "PERSON"]
            self._people = ([m.start for m in people], [self.full_name(m.name, before=m.start) for m in people])
        starts, names = self._people
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        return {
            names[n] for n in range(first, last) if pronoun is None or not commands_at(pronoun, starts[n])
        }

    def _resolve_full_name(self, name: str, *, before: int) -> str:
        """The fullest name the article gives ``name`` by ``before``; a surname the tagger
        named alone, or did not tag at all (``Caleb Weaver, a College Students for Bernie
        member, said … Weaver said``, where it tagged neither), takes the full name the text
        writes it in (``written_in_full``)."""
        found = resolve_name(name, [(m.start, m.name) for m in self.mentions], at=before, text=self.text)
        people = [m for m in self.mentions if m.label in PERSON_LABELS]
        earlier = (m.name for m in people if m.start < before)
        full = fullest_variant(found, (m.name for m in people), named_before=earlier)
        if " " in full or any(m.name == full and m.label not in PERSON_LABELS for m in self.mentions):
            return full  # a full name, or an organisation's or a place's word
        if full not in self._written_in_full:
            self._written_in_full[full] = written_in_full(self.text, full, doc=self.doc, mentions=self.mentions)
        return self._written_in_full[full] or full

    def entity_at(self, start: int, end: int) -> str | None:
        for mention in self.mentions:
            if mention.start < end and start < mention.end and mention.entity:
                return mention.entity
        return None

    def mention_at(self, position: int) -> Mention | None:
        return next((m for m in self.mentions if m.start <= position < m.end), None)

    def label_at(self, start: int, end: int) -> str | None:
        return next((m.label for m in self.mentions if m.start < end and start < m.end), None)

    def entity_of(self, name: str) -> str | None:
        for mention in self.mentions:
            if mention.entity and mention.name == name:
                return mention.entity
        return None

    def person_before(self, position: int, *, gender: str | None, pronoun: Any | None = None) -> Mention | None:
        """The latest person mentioned before ``position`` whose known gender is not the opposite,
        of those the article names in full first: a lone word that never has a given name
        ("Statista", "Instagram") is as often a company or a thing the tagger took for a person.
        With a subject ``pronoun``, none its own clause holds (``binding.commands_at``)."""
        people = [
            m
            for m in reversed(self.mentions)
            if m.start < position
            and m.label in PERSON_LABELS
            and self.fits(m, gender)
            and (pronoun is None or not commands_at(pronoun, m.start))
        ]
        full = [m for m in people if " " in self.full_name(m.name, before=m.start)]
        return (full or people or [None])[0]

    def fits(self, mention: Mention, gender: str | None) -> bool:
        if gender is None:
            return True
        return gender_allows(self.gender_of(self.full_name(mention.name, before=mention.start)), gender)

    def gender_of(self, name: str | None) -> str | None:
        """The gender the article shows for a full name (a courtesy title, or two or more of its
        own pronouns: what the text says of this person outweighs what a given name says of
        most people who bear it, ``Lindsey Graham … he added``), else the one its given name
        says with confidence (``given_names``), else the vote of a single pronoun, else none."""
        key = name or ""
        return self.genders.get(key) or self.given_gender(name) or self.single_votes.get(key)

    def given_gender(self, name: str | None) -> str | None:
        """The gender a person's given name says, read from the longest names of the article
        that end with ``name`` (``Hawk Sawyer`` is ``Kathleen Hawk Sawyer``: a name written
        without its given name is not read as one); none when those names disagree (the
        ``Smith`` of an article naming Mary Smith and Robert Smith)."""
        key = name or ""
        if key not in self._given_genders:
            self._given_genders[key] = self._read_given_gender(name)
        return self._given_genders[key]

    def _read_given_gender(self, name: str | None) -> str | None:
        longer = {m.name for m in self.mentions if name and m.label in PERSON_LABELS and m.name.endswith(" " + name)}
        longest = [n for n in longer if not any(other.endswith(" " + n) for other in longer)]
        genders = {given_name_gender(n) for n in longest or [name]}
        return genders.pop() if len(genders) == 1 else None


def gender_allows(known: str | None, gender: str | None) -> bool:
    """Whether a person whose gender is ``known`` (or unknown) may be the "he" or "she" of
    ``gender`` (or a pronoun without one)."""
    return gender is None or known is None or known == gender


def build_index(
    doc: Any, article_annotations: dict[str, list[dict[str, Any]]], quoted: list[tuple[int, int]]
) -> NameIndex:
    text = doc_text(doc)
    in_quotes = _Spans.of(quoted)
    mentions = _layer_mentions(text, article_annotations.get("mentions")) or _spacy_mentions(doc)
    mentions = _hyphenated_everywhere(text, [m for m in mentions if not in_quotes.holds(m.start)])
    mentions = [_with_suffix(text, m) for m in mentions]
    mentions = _surnames_as_people(_suffixed_short_forms(text, sorted(mentions, key=lambda m: m.start)))
    walk = _walk(doc, text, mentions, in_quotes)
    mentions = _described_people(doc, mentions + walk.surnames + walk.organisations + walk.described)
    mentions = _named_animals(doc, mentions)
    index = NameIndex(sorted(mentions, key=lambda m: m.start), text=text, doc=doc)
    voted = _pronoun_genders(doc, index, walk.pronouns)
    index.single_votes = {name: gender for name, (gender, votes) in voted.items() if votes < 2}
    several = {name: gender for name, (gender, votes) in voted.items() if votes > 1}
    index.genders = {**several, **_genders(text, index)}
    return index


@dataclass(slots=True, frozen=True)
class _Spans:
    """Character spans, merged and sorted, asked by bisection whether one holds a position (a
    name or pronoun of the article is asked against every quotation and every mention)."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans: Any) -> _Spans:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(spans):
            if start >= end:
                continue
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        return cls(starts, ends)

    def holds(self, position: int) -> bool:
        i = bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.ends[i]


@dataclass(slots=True)
class _Walk:
    """What one pass over the doc's tokens finds outside quotation marks and outside the
    tagger's mentions: the names the tagger left out, by kind, and the gendered pronouns."""

    surnames: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)
    described: list[Mention] = field(default_factory=list)
    #: ``(token, gender)`` of each he/she/him/her... outside quotation marks, in text order
    pronouns: list[tuple[Any, str]] = field(default_factory=list)


def _walk(doc: Any, text: str, mentions: list[Mention], in_quotes: _Spans) -> _Walk:
    """The doc read once for ``_untagged_surname``, ``_untagged_organisation``,
    ``_described_name`` (each in that order: a token one of them takes is a mention the next
    ones skip) and ``_pronoun_genders``."""
    people = [(m.start, m.name) for m in mentions if m.label == "PERSON" and " " in m.name]
    forms = {form for _, name in people for form in short_forms(name.split())}
    organisations = {
        m.name: m for m in mentions if m.label == "ORG" and " " not in m.name and text[m.start : m.end] == m.name
    }
    tagged = _Spans.of((m.start, m.end) for m in mentions)
    walk = _Walk()
    for token in doc:
        if in_quotes.holds(token.idx):
            continue
        gender = _PRONOUN_GENDERS.get(token.lower_)
        if gender is not None:
            walk.pronouns.append((token, gender))
        if tagged.holds(token.idx):
            continue
        if (found := _untagged_surname(token, forms, people)) is not None:
            walk.surnames.append(found)
        elif (found := _untagged_organisation(token, organisations)) is not None:
            walk.organisations.append(found)
        elif (found := _described_name(token, text)) is not None:
            walk.described.append(found)
    return walk


#: A given name's hyphenated second syllable that the tokenizer splits off ("Moon Jae-in").
_HYPHEN_TAIL = re.compile(r"-[a-z]+\b(?![-'’])")


def _whole_hyphenated(text: str, mention: Mention) -> Mention:
    """``Moon Jae-in``, ``Kang Kyung-wha``: a person's name that the tagger ended at a hyphen
    followed by a lower-case syllable gets the syllable back, unless the text writes the word
    before the hyphen alone: then that word is the name's short form and the hyphen joins a
    word to the name (``a Nancy Pelosi-led House … Pelosi said``, ``a Mitch McConnell-backed
    bill``), where a cut given name's first syllable is never written alone."""
    tail = _HYPHEN_TAIL.match(text, mention.end)
    if mention.label != "PERSON" or tail is None or _written_alone(text, mention.name.split()[-1]):
        return mention
    name = mention.name + tail.group() if not mention.name.endswith(tail.group()) else mention.name
    return replace(mention, end=tail.end(), name=name)


def _hyphenated_everywhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """``_whole_hyphenated`` for each mention, and the name it gave back to every mention named
    as the cut one was: the ``mentions`` layer names a person's short forms by the full name
    the tagger cut (``Moon Jae-in … Moon said``: Moon Jae, which is Moon Jae-in), where the
    text never writes the cut name without the syllable: a name written alone elsewhere is
    whole, and the hyphen made a word of it (``Jonathan Gruber … Gruber-gate``, ``the
    Trump-era tariffs``)."""
    whole = [_whole_hyphenated(text, m) for m in mentions]
    grown = {
        m.name: w.name
        for m, w in zip(mentions, whole)
        if w.name != m.name and not _written_alone(text, m.name)
    }
    return [replace(m, name=grown[m.name]) if m.name in grown else m for m in whole]


def _written_alone(text: str, name: str) -> bool:
    """Whether the text writes ``name`` with no hyphen or letter after it."""
    return re.search(rf"(?<!\w){re.escape(name)}(?![\w-])", text) is not None


#: A capitalised word after a name, after a space or a comma and a space, with a full stop
#: after it if any: a generational suffix where ``GENERATIONAL`` lists it.
_WORD_AFTER_NAME = re.compile(r",? ([A-Z][A-Za-z]*\.?)")


def _with_suffix(text: str, mention: Mention) -> Mention:
    """``King III was asked``: a person's mention takes in a generational suffix after it (the
    subject the parser finds is the suffix). A full name keeps the suffix in its words, as the
    tagger keeps it with no comma before it: ``Jerry Falwell, Jr.`` is Jerry Falwell Jr., his
    father's name without it; a short form's (``King III``) stays the short form."""
    suffix = _generational_suffix(text, mention.end) if mention.label == "PERSON" else None
    if suffix is None:
        return mention
    written, end = suffix
    if " " not in mention.name or generational(mention.name.split()[-1]):
        return replace(mention, end=end)
    return replace(mention, end=end, name=f"{mention.name} {written}")


def _generational_suffix(text: str, at: int) -> tuple[str, int] | None:
    """The generational suffix written at ``at`` after a name (``, Jr.``, `` III``) and where
    it ends, or None: the full stop of an abbreviation (``Jr.``) is the suffix's, one that
    only ends the sentence (``said Martin Luther King III.``) is not."""
    after = _WORD_AFTER_NAME.match(text, at)
    if after is None:
        return None
    word = after.group(1)
    written = next((w for w in (word, word.rstrip(".")) if generational(w)), None)
    return None if written is None else (written, after.start(1) + len(written))


def _suffixed_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Robert F. Kennedy, Jr., spoke … "…," Kennedy said``: a surname written alone (or with
    the suffix, ``Falwell Jr.``) stands for the latest full name before it that ends in that
    surname, so where that name carries a generational suffix, the mention takes the suffixed
    name. After the father's name written out in full (``His father, Robert F. Kennedy``),
    the surname is the father's again. The ``mentions`` layer keeps father and son apart
    since its version 25; this reading serves the tagger's names (``_spacy_mentions``) and
    stores analysed before that version, where one cluster named without the suffix held
    both."""
    latest: dict[str, list[str]] = {}
    found = []
    for mention in mentions:
        written = without_generational(text[mention.start : mention.end].split())
        words = without_generational(mention.name.split())
        if mention.label == "PERSON" and len(written) > 1 and len(words) > 1:
            latest[words[-1]] = mention.name.split()
        elif mention.label == "PERSON" and len(written) == 1:
            full = latest.get(written[0], [])
            bare = without_generational(full)
            if full != bare and words in (bare, written):
                mention = replace(mention, name=" ".join(full))
        found.append(mention)
    return found


def _surnames_as_people(mentions: list[Mention]) -> list[Mention]:
    """``Trump`` tagged as an organisation in an article that names Donald Trump: a lone word
    that is the short form of a person the article names is that person."""
    people = [(m.start, m.name) for m in mentions if m.label == "PERSON" and " " in m.name]
    forms = {form for _, name in people for form in short_forms(name.split())}
    return [
        replace(m, label="PERSON", name=resolve_name(m.name, people, at=m.start))
        if m.label != "PERSON" and m.name in forms and not is_acronym(m.name)
        else m
        for m in mentions
    ]


def _untagged_surname(token: Any, forms: set[str], people: list[tuple[int, str]]) -> Mention | None:
    """``Trump later criticized the bill``: a lone capitalised word the tagger left out (or took
    for a common noun) that is the short form of a person the article names, outside quotation
    marks, is a mention of them (``short_forms`` only holds capitalised words)."""
    if token.pos_ not in {"PROPN", "NOUN"} or token.text not in forms or token.ent_type_:
        return None
    if _in_longer_name(token):
        return None  # a word of a longer name ("Trump Tower")
    name = resolve_name(token.text, people, at=token.idx)
    return Mention(token.idx, token.idx + len(token), name, "PERSON")


def _in_longer_name(token: Any) -> bool:
    """A proper noun stands right before or after ``token``."""
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].pos_ == "PROPN" for i in (token.i - 1, token.i + 1))


def _described_name(token: Any, text: str) -> Mention | None:
    """``Kanate, a refugee from Kyrgyzstan, was moved``: a proper noun the tagger left out that
    an indefinite apposition describes is a name: an organisation's when the apposition's head
    is a kind of organisation (``ORG_NOUNS``), a person's when it is a noun for a person
    (``_person_noun``); anything else (``Juneau, a city``, ``AppleSkin, a faux-leather``) is
    no speaker's name. A subject that a relative clause opened by "who" follows, past a comma
    (``Esquire's Charles Pierce, who authored …, upgraded``), is a person's name, as for a
    name the tagger labelled otherwise (``_said_to_be_person``)."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return None
    label = _described_as(token) or ("PERSON" if _who_follows(token) else None)
    if label is None:
        return None
    first = name_start(token)
    last = name_run_end(token)
    end = last.idx + len(last)
    return Mention(first.idx, end, text[first.idx : end], label)


def name_run_end(token: Any) -> Any:
    """``the organization Mayors Against Illegal Guns``, ``Cards Against Humanity is asking``:
    a name goes on over the capitalised words after it (the parse may hang them on the noun
    it names), up to its last proper noun."""
    last = token
    while last.i + 1 < len(token.doc) and continues_name(last.nbor()):
        last = last.nbor()
    while last.i > token.i and last.pos_ != "PROPN":
        last = last.nbor(-1)
    return last


def continues_name(token: Any) -> bool:
    """A capitalised word that goes on an untagged name (``Against`` in ``Mayors Against
    Illegal Guns``), not a date's, a place's or a person's."""
    return (
        token.is_title
        and not token.is_sent_start
        and token.pos_ in {"PROPN", "ADP", "CCONJ"}
        and token.ent_type_ not in {"DATE", "TIME", "GPE", "PERSON"}
    )


def _described_people(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``Francesca Cotrufo, a soil ecologist at Colorado State, … says``, ``Montell Figgins, who
    represents Thomas, said``, ``President Trump``, ``General Campbell``: a name tagged as an
    organisation or a place, with no gazetteer entry, that the parse says is a person
    (``_said_to_be_person``) or that the article writes after a person's title (``_titled``)
    is a person, in every mention of the name."""
    people = set()
    for mention in mentions:
        if mention.label not in {"ORG", "GPE"} or mention.entity is not None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and (_said_to_be_person(span) or _titled(span)):
            people.add(mention.name)
    return [
        replace(m, label="PERSON") if m.name in people and m.label in {"ORG", "GPE"} and m.entity is None else m
        for m in mentions
    ]


def _named_animals(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``When Bush's beloved dog, Barney, died …. "…," he said``: a name tagged as a person
    that the parse sets after a common noun of an animal (``entities.animal_nouns``), in
    apposition (``his dog, Barney``) or with the noun compounded on it (``the dog Barney``),
    is an animal's, in every mention of the name; an animal is no speaker, and no "he" or
    "she" of a report stands for it."""
    animals = set()
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.label == "PERSON" and span is not None and _beside_animal(span):
            animals.add(mention.name)
    return [replace(m, label="ANIMAL") if m.name in animals and m.label == "PERSON" else m for m in mentions]


def _beside_animal(span: Any) -> bool:
    """The noun comes first and the name names it (``his dog, Barney``, ``the dog Barney``):
    a noun after a name says what the person is likened to (``mocks Trump as 'Putin's
    poodle'``), a figure of speech English uses of people."""
    word = span.root
    nouns = [c for c in word.children if c.dep_ in {"appos", "compound"} and c.i < span.start]
    if word.dep_ == "appos" and word.head.i < span.start:
        nouns.append(word.head)
    return any(n.pos_ == "NOUN" and n.text.islower() and n.lemma_ in animal_nouns() for n in nouns)


#: The abbreviated titles written out (``General`` as ``Gen.``, ``Colonel``, ``Admiral``): a
#: rank before a name the tagger ended after it (``General Campbell`` tagged as an
#: organisation ``Campbell``) says a person as the abbreviation does. Where the word begins an
#: organisation's name (``General Motors``), the tagger's name holds it.
_WRITTEN_OUT = frozenset(SPELLED_OUT.values())


def _titled(span: Any) -> bool:
    """The name comes right after a capitalised title that only a person holds, a courtesy
    title, or an abbreviated title, short or written out (``President Trump``, ``Sen. Cruz``,
    ``Mr. Xi``, ``General Campbell``: the title lexicon's)."""
    if span.start == 0:
        return False
    title = span.doc[span.start - 1]
    word = title.lower_
    if not title.text[:1].isupper():
        return False
    if word in PERSON_TITLES or word in ABBREVIATED or word in HONORIFICS:
        return True
    return word in _WRITTEN_OUT and _heads_its_phrase(span)


def _heads_its_phrase(span: Any) -> bool:
    """The name is no compound of a noun after it: a rank written out is also a common word
    ("major", "general"), which before a name that modifies a noun ("Major Apple suppliers",
    "Major Kessler Group suppliers") describes that noun, not the name."""
    root = span.root
    return not (root.dep_ == "compound" and root.head.i >= span.end)


def _said_to_be_person(span: Any) -> bool:
    """The parse describes the name ``span``, a subject, as a person: a full name (two words or
    more, as news style introduces a person) by an indefinite apposition headed by a noun for
    a person, or any name by a relative clause that "who" or "whom" (the relative pronouns of
    people) opens right after it, past a comma or a dash."""
    token = span.root
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if len(span) > 1 and _described_as(token) == "PERSON":
        return True
    if span.end + 1 >= len(span.doc) or not span.doc[span.end].is_punct:
        return False
    return any(
        c.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} and w.i == span.end + 1 for w in c.children)
        for c in token.children
    )


def _who_follows(token: Any) -> bool:
    """The subject ``token`` has a relative clause that "who" or "whom" (the relative pronouns
    of people) opens right after it, past a comma or a dash."""
    doc = token.doc
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.i + 2 >= len(doc) or not doc[token.i + 1].is_punct:
        return False
    return any(
        c.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} and w.i == token.i + 2 for w in c.children)
        for c in token.children
    )


def _described_as(token: Any) -> str | None:
    """What an indefinite apposition of ``token``, or the definite noun ``token`` is in
    apposition to, says it is: ``ORG`` when its head is a kind of organisation, ``PERSON``
    when it is a noun for a person, else ``None``."""
    described = next(
        (
            c
            for c in token.children
            if c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
        ),
        None,
    )
    if described is None and _names_its_head(token):
        described = token.head  # "The group that owns most of her music, Big Machine, says"
    kind = None if described is None else described.lemma_.lower()
    return "ORG" if kind in ORG_NOUNS else "PERSON" if kind and _person_noun(kind) else None


def _names_its_head(token: Any) -> bool:
    """The name is in apposition to a definite common noun it names (``The group that owns
    most of her music, Big Machine``): the noun says what the name is, as an indefinite
    apposition after a name does."""
    head = token.head
    return (
        token.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.text.islower()
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _person_noun(lemma: str) -> bool:
    """A noun for a person: a title or occupation of ``PERSON_NOUNS``, or a noun of the PLOVER
    agent lexicon (``refugee``, ``woman``, ``farmer``) that is no kind of place."""
    return lemma in PERSON_NOUNS or (lemma in agent_roles() and lemma not in PLACE_NOUNS)


def _untagged_organisation(token: Any, names: dict[str, Mention]) -> Mention | None:
    """``investigating WeWork amid layoffs``: a one-word organisation name that the tagger
    found elsewhere in the article (``names``) is that organisation where it missed it or took
    it for a product (outside quotation marks, not a word of a longer name)."""
    if (
        token.text not in names
        or token.pos_ not in {"PROPN", "NOUN"}
        or token.ent_type_ in {"PERSON", "GPE", "NORP", "LOC"}
        or _in_longer_name(token)
    ):
        return None
    known = names[token.text]
    return Mention(token.idx, token.idx + len(token), known.name, "ORG", known.entity)


#: Dependencies of a pronoun that is an object, not the subject or possessor of its clause.
_OBJECTS = {"dobj", "dative", "iobj", "pobj"}
_PRONOUN_GENDERS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def _pronoun_genders(doc: Any, index: NameIndex, pronouns: list[tuple[Any, str]]) -> dict[str, tuple[str, int]]:
    """``{full name: ("f" | "m", how many pronouns voted)}`` learned from the article's own
    pronouns (``pronouns``: each he/she outside quotation marks, with its gender, in text
    order). A he/she votes for the one person named before it in its sentence (two votes) or,
    when its sentence names nobody before it, in the sentence before (one vote); a gender
    wins with at least twice the other's votes. An object pronoun does not vote (``Warren
    called on him``: not the subject of its clause), nor does one that an earlier pronoun
    of its gender in the sentence stands for (``called on him to release his employees``); a
    name in the pronoun's own clause gets no vote, in neither sentence (``binding``)."""
    votes: dict[str, Counter] = {}
    counted: Counter = Counter()
    at = [token.i for token, _ in pronouns]
    sentences = list(doc.sents)
    for n, sentence in enumerate(sentences):
        seen: set[str] = set()
        for token, gender in pronouns[bisect_left(at, sentence.start) : bisect_left(at, sentence.end)]:
            if gender in seen or token.dep_ in _OBJECTS:
                seen.add(gender)
                continue
            seen.add(gender)
            named, weight = index.people_between(sentence.start_char, token.idx, pronoun=token), 2
            if not named and n:
                named, weight = index.people_between(sentences[n - 1].start_char, token.idx, pronoun=token), 1
            first = sentences[n - (weight == 1)].start_char
            if len(named) == 1 and not _shared_surname(index, named, first, token.idx):
                name = named.pop()
                votes.setdefault(name, Counter())[gender] += weight
                counted[name] += 1
    return {
        name: (max(count, key=count.get), counted[name])
        for name, count in votes.items()
        if max(count.values()) >= 2 * min(count.get("m", 0), count.get("f", 0))
    }


def _shared_surname(index: NameIndex, named: set[str], start: int, end: int) -> bool:
    """``Sen. John McCain passed away …. McSally and Cindy McCain spoke …. McCain held his
    seat``: a pronoun after a surname written alone that two people the article names in
    full share says nothing of the gender of the one the surname is resolved to (the latest
    named), so it does not vote: a confident given name (``Cindy``) still decides."""
    full = next(iter(named))
    surname = full.rsplit(" ", 1)[-1]
    people = [m for m in index.mentions if m.label in PERSON_LABELS]
    alone = any(start <= m.start < end and index.text[m.start : m.end] == surname for m in people)
    bearers = {m.name for m in people if m.name.endswith(" " + surname)}
    return alone and len(bearers) > 1


def _layer_mentions(text: str, records: list[dict[str, Any]] | None) -> list[Mention]:
    """Mentions from the ``mentions`` layer: its cluster name is the article's fullest name."""
    mentions = []
    for record in records or []:
        label = str(record.get("label") or record.get("type") or "").upper()
        label = "PERSON" if label in {"PER", "PERSON"} else label
        start, end = record.get("start"), record.get("end")
        if isinstance(start, int) and isinstance(end, int) and label in SPEAKER_LABELS:
            name = _name(_cluster_name(record, text[start:end], label), label)
            entity = record.get("entity") or record.get("gazetteer")
            if name:
                mentions.append(Mention(start, end, name, label, str(entity) if entity else None))
    return mentions


def _name(written: str, label: str) -> str:
    """A mention's name: a person's starts at its given name (``from_given_name``)."""
    if label != "PERSON":
        return clean_name(written)
    return from_given_name(clean_name(written, person=True))


def _cluster_name(record: dict[str, Any], surface: str, label: str) -> str:
    """The cluster's name, unless an organisation or place shares no word with it
    (``Pentagon`` in a cluster named ``United States``): then the words as written."""
    name = str(record.get("name") or surface)
    if label == "PERSON" or set(clean_name(surface).lower().split()) & set(name.lower().split()):
        return name
    if is_acronym(surface) and surface.replace(".", "") == initials(name):
        return name  # "U.S." for "United States"
    return surface


def _spacy_mentions(doc: Any) -> list[Mention]:
    """The tagger's names, an organisation's name it cut in two made one
    (``entities.cut_names``), where no ``mentions`` layer ran."""
    spans = [Span(e.start, e.end, e.label_) for e in doc.ents if e.label_ in SPEAKER_LABELS and "\n" not in e.text]
    mentions = []
    for span in rejoined_organisations(doc, spans):
        written = doc[span.start : span.end]
        name = _name(written.text, span.label)
        if name:
            mentions.append(Mention(written.start_char, written.end_char, name, span.label))
    return mentions


def _genders(text: str, index: NameIndex) -> dict[str, str]:
    return stated_genders(text, [(m.start, m.name) for m in index.mentions])
