"""The people of one article: part of the ``mentions`` layer (``newsdesk.entities.mentions``).

A name the model calls a person once is a person everywhere in the article; each full name is
a cluster with the roles written next to it, and its short forms (``people.short_forms``) are
that person's wherever they stand, also where the tagger missed them ("Ma cautions", "Mr.
Wang", "says Early"). Of two people of one surname, a surname after an office's title goes to
the one who holds that office, else to the nearest full name not written in passing
(``parsed.in_passing``), as coreference prefers the salient antecedent. No library resolves
surnames within a news article this way; spaCy's NER tags each mention alone.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH

from newsdesk.entities import people as names
from newsdesk.entities.clusters import Cluster
from newsdesk.entities.descriptions import positions
from newsdesk.entities.kinds import after_place_preposition
from newsdesk.entities.ner_spans import Span, extend_name_left
from newsdesk.entities.person_nouns import KIN_NOUNS
from newsdesk.entities.roles import appositive_after, holds_office, office_before, title_before
from newsdesk.entities.titles import HONORIFICS
from newsdesk.entities.translit import translit_key
from newsdesk.entities.whole_names import name_word
from newsdesk.given_names import describing_word, is_common_given_name
from newsdesk.nlp import model_words
from newsdesk.parsed import in_passing, phrase_head


def consistent_people(doc: Any, spans: list[Span]) -> list[Span]:
    """A name the model calls a person once is a person everywhere in the article, also where
    it tagged the given name apart from the untagged rest ("some [Brett] Kavanaugh
    supporters"; not "some Texas Kavanaugh supporters", no name of the article)."""
    people = {doc[s.start:s.end].text for s in spans if s.label == "PERSON"}
    for span in spans:
        if span.label == "PERSON" or span.gazetteer:
            continue
        end = next((end for end in range(_untagged_words_end(doc, span.end), span.end - 1, -1)
                    if doc[span.start:end].text in people), None)
        if end is not None:
            span.end, span.label, span.kind = end, "PERSON", "name"
            span.start = extend_name_left(doc, span.start)
    return spans


def _untagged_words_end(doc: Any, end: int) -> int:
    """Where the capitalised proper nouns the tagger left out of any name, from ``end``, end."""
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return end


def person_clusters(doc: Any, spans: list[Span], clusters: dict[str, Cluster]) -> dict[str, list[tuple[int, str]]]:
    """Clusters for full person names; returns ``{short form: [(char offset, cluster key)]}``."""
    short_forms: dict[str, list[tuple[int, str]]] = {}
    for span in spans:
        words = [t for t in doc[span.start:span.end] if t.text not in {"-", ","}]  # "Jerry Falwell, Jr."
        if span.label != "PERSON" or len(words) < 2:
            continue
        name = names.joined_suffix(doc[span.start:span.end].text.replace("[", "").replace("]", ""))
        key = "person:" + translit_key(name)
        cluster = clusters.setdefault(key, Cluster(key, name, "PERSON", span.gazetteer))
        for short in names.short_forms([w.text for w in words]):
            short_forms.setdefault(short, []).append((doc[span.start].idx, key))
        add_roles(doc, span, cluster)
    return short_forms


def add_roles(doc: Any, span: Span, cluster: Cluster) -> None:
    for role in (title_before(doc, span.start), appositive_after(doc, span.end)):
        if role and role not in cluster.roles:
            cluster.roles.append(role)


def surname_mentions(doc: Any, spans: list[Span], people: dict[str, list[tuple[int, str]]]) -> list[Span]:
    """Surnames the NER missed: "Ma cautions", "Mr. Wang", and a surname that is also a
    common word, capitalised inside a sentence whatever the tagger took it for ("says Early")."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for i in positions(doc, ORTH, people):
        token = doc[i]
        if i in covered or not token.is_title or _starts_other_name(doc, i, i + 1):
            continue
        if token.pos_ == "PROPN" or _name_mistagged(token) or \
                (token.i > 0 and doc[token.i - 1].lower_ in HONORIFICS):
            found.append(Span(token.i, token.i + 1, "PERSON", kind="short"))
    return found


def _name_mistagged(token: Any) -> bool:
    """A capitalised word inside a sentence that the tagger took for an adverb, an adjective or
    a noun, and not one the model knows only in lower case ("says Early"). A word that opens a
    quotation is capitalised by position, as at a sentence start ('signs such as, "White men
    stop ruining everything"')."""
    known = model_words()
    return not token.is_sent_start and not _opens_quotation(token) \
        and token.pos_ in {"ADV", "ADJ", "NOUN"} \
        and (token.text in known or token.lower_ not in known)


def _opens_quotation(token: Any) -> bool:
    """The token follows an opening quotation mark: one written against the next word, after a
    space or at the start (a closing mark follows its word: '"...," Early said')."""
    if token.i == 0:
        return False
    mark = token.doc[token.i - 1]
    return mark.is_quote and not mark.whitespace_ and (
        mark.i == 0 or bool(token.doc[mark.i - 1].whitespace_) or token.doc[mark.i - 1].is_space)


def person_for(doc: Any, span: Span, people: dict[str, list[tuple[int, str]]],
               clusters: dict[str, Cluster]) -> str | None:
    """The person cluster a one-word mention belongs to: nearest full name before it, else after;
    of two people of that name, after an office's title, the one whose roles hold that office,
    else one whose roles are unknown (a sole bearer keeps it: roles are never all known), and
    of the full names, those not written in passing (``_salient``). A surname with a
    generational suffix ("Trump Jr.") is the full name with that suffix, none other."""
    suffix = _suffix(doc, span)
    text = doc[span.start].text if suffix else doc[span.start:span.end].text
    candidates = people.get(text)
    if suffix and candidates:  # "Trump Jr." is Donald Trump Jr., never his father
        candidates = [c for c in candidates if names.generational(clusters[c[1]].name.split()[-1]) == suffix]
    if not candidates or span.end - span.start != 1 + bool(suffix) or _starts_other_name(doc, span.start, span.end):
        return None
    if span.gazetteer and span.label != "PERSON" and not (span.start and doc[span.start - 1].lower_ in HONORIFICS):
        return None  # "Jordan" the country stays a country next to "Michael Jordan"
    if span.label in {"GPE", "LOC"} and after_place_preposition(doc, span):
        return None  # "Jacksonville in Florida" beside "Richard Florida": the place
    office = office_before(doc, span.start) if len({key for _, key in candidates}) > 1 else None
    if office:  # "Vice President Biden" is not Hunter Biden, the nearest
        roles = {key: clusters[key].roles for _, key in candidates}
        candidates = [c for c in candidates if holds_office(office, roles[c[1]])] or [
            c for c in candidates if not roles[c[1]]]
    return names.nearest(_salient(doc, candidates), at=doc[span.start].idx)


def given_name_person(doc: Any, span: Span, clusters: dict[str, Cluster]) -> str | None:
    """The person cluster a lone given name the tagger calls a person stands for: the one full
    name of the article it begins ("Jared, Paul or anyone else" beside "Paul Manafort"), by the
    resolver the quotes' speakers use (``people.fullest_variant``); none when two full names
    begin with it and the text has named both, or when it is another person's surname."""
    if span.end - span.start != 1 or span.label != "PERSON" or span.gazetteer \
            or not is_common_given_name(doc[span.start].text):
        return None  # "Manchester" beside a "Manchester Arena" the tagger calls a person
    if span.start and doc[span.start - 1].lower_ in _FAMILY_NAME_HONORIFICS:
        return None  # "Mr Moon" beside "Moon Jae-in": a family name, written first or last
    at = doc[span.start].idx
    full = [c for c in clusters.values() if c.label == "PERSON" and c.key.startswith("person:") and " " in c.name]
    shared = _shared_surname(doc, span.start)
    if shared:  # "Bob and Maureen McDonnell": Bob McDonnell; "Joe and Jane American": no one
        full = [c for c in full if c.name.split()[-1] == shared]
    named_before = [c.name for c in full if any(m["start"] < at for m in c.mentions)]
    holder = names.fullest_variant(doc[span.start].text, [c.name for c in full], named_before=named_before)
    key = "person:" + translit_key(holder)
    return key if " " in holder and key in clusters else None


#: Honorifics a family name follows ("Mr Moon", "Dr. Paul"); "Sir" and "Madam" take a given name.
_FAMILY_NAME_HONORIFICS = HONORIFICS - {"sir", "madam"}


def _shared_surname(doc: Any, i: int) -> str | None:
    """The family name a given name shares with the full name it is coordinated with ("Bob
    and Maureen McDonnell", "Joe and Jane American"): a conjunction, then capitalised words
    whose last one ends the phrase."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in {"and", "&", "or"}:
        return None
    end = i + 2
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return doc[end - 1].text if end - (i + 2) >= 2 else None


#: Determiners that make a lone family name a family or one of its members, not one person:
#: "the McCloskeys'", "each McDonnell", "a Kennedy". Not "both", "either", "neither": before a
#: name they open a coordination ("Both Chafee and Webb had barely campaigned").
_FAMILY_DETERMINERS = frozenset({"the", "each", "every", "a", "an", "another"})


def names_family_member(doc: Any, span: Span) -> bool:
    """A one-word name with a determiner of its own ("the McCloskey's", "each McDonnell", "a
    Kennedy"): people's names take no determiner, so it names a family or any one of it. A
    determiner of a later noun ("the Assad regime", "the Trump administration") is the noun's."""
    if span.end - span.start != 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ in _FAMILY_DETERMINERS and before.dep_ in {"det", "predet"} \
        and before.head.i == span.start


def _suffix(doc: Any, span: Span) -> str | None:
    """The generational suffix of a two-word mention ending in one ("Trump Jr."), else None."""
    return names.generational(doc[span.end - 1].text) if span.end - span.start == 2 else None


def _salient(doc: Any, candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Of the full names of two or more people, those not written in passing (``in_passing``:
    inside a prepositional phrase, as a possessor, in a relative clause): a bare surname that
    "former President Bill Clinton" shares with the article's subject, named in passing, stays
    hers, as coreference prefers the salient antecedent. All of them when each is in passing."""
    if len({key for _, key in candidates}) < 2:
        return candidates
    salient = [c for c in candidates if not _named_in_passing(doc.char_span(
        c[0], c[0] + 1, alignment_mode="expand")[0])]
    return salient or candidates


def _named_in_passing(first: Any) -> bool:
    """The name that ``first`` opens is written in passing (``in_passing``) or as someone's
    relative: right after a noun of kinship ("his brother James Biden"), or in apposition to
    one a speaker owns in the first person ("my grandfather, William J. Comey, was a police
    officer," Comey said: the speaker's relative). A relative in apposition to a third
    person's kin noun may be the one who acts next ("His father, Thomas Whitfield, disagreed.
    'The court was right,' Whitfield said"), so the nearest bearer stays the rule there."""
    if in_passing(first):
        return True
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lemma_.lower() in KIN_NOUNS:
        return True
    head = phrase_head(first)
    kin = head.head
    return head.dep_ == "appos" and kin.lemma_.lower() in KIN_NOUNS and any(
        child.dep_ == "poss" and child.lower_ in _FIRST_PERSON_OWNERS for child in kin.children)


#: The first person's possessives: a relative they own is the speaker's ("my grandfather").
_FIRST_PERSON_OWNERS = frozenset({"my", "our"})


def _starts_other_name(doc: Any, start: int, end: int) -> bool:
    """A surname-like word that is part of another name: "[Judge] Brett Kavanaugh", "the
    [Kelly] File", "Clinton Foundation", "The [Hill] reported"; a word of the title, role and
    person-noun lexicons before it begins no name ("Officer [Davis]" is Officer Davis;
    ``given_names.describing_word``)."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN" and not after.is_sent_start \
            and after.ent_type_ not in {"DATE", "TIME"}:
        return True
    before = doc[start - 1] if start > 0 else None
    if before is None or doc[start].is_sent_start:
        return False
    return before.text == "The" or (name_word(before) and not describing_word(before.text))
