"""Within-article entity mentions: the ``mentions`` layer.

Starts from spaCy's entities (the gazetteer ruler runs before the statistical NER) and fixes
them with document-level evidence:

* person names are extended over the given names the model dropped ("Qasym-Zhomart Toqaev"),
  titles are split off as roles, nationality words before a title are not entities;
* once a full name is a person, its surname ("Masimov", "Mr. Wang", "Ma") is that person
  anywhere in the article, whatever label the model gave it; when two people share a surname
  the bare surname goes to the nearest full name before it that is not written in passing
  (in a prepositional phrase, as a possessor, in a relative clause), when there is one;
* an acronym defined in the text ("... Organization (SCO)") is the entity of its long form;
* "the Kazakh president" resolves to the person holding that role in the article;
* a capital or seat of power used as an actor ("Beijing welcomed", "the Kremlin signaled")
  is a mention of the state, while "in Beijing" stays the place;
* a title is no part of a name ("Sen. Ted Cruz", "House Speaker John Boehner",
  "Justices Ruth Bader Ginsburg" are Ted Cruz, John Boehner, Ruth Bader Ginsburg), nor is a
  sentence-opening verb ("Follow Chuck", "Removing Trump"); a name with a conjunction
  ("Rosenstein and/or Mueller") is no one's, and in a sentence written in capitals no short
  form is a name ("VO AXEL IS AN AMERICAN CITIZEN");
* a name no gazetteer entry types takes the label the tagger gave most of its mentions
  ("Benghazi" tagged a place twice and an organisation once is one place), after the cues of
  its context (``newsdesk.entities.kinds``: "AirAsia flight", "lunch in Footscray");
* "the president" is no "former vice president" (a role's rank words must be in the
  description), and "the chairman of the commission" needs "commission" in the role; a
  person named only by surname after a title ("President Obama") holds that role too, so a second
  president in the article makes "the president" no one's;
* of two people of one surname, a surname after an office's title ("Vice President Biden")
  is the one whose roles hold that office (else one with no role known), not the nearest full
  name (Hunter Biden);
* titles of laws and works, events, products and page furniture ("the Patriot Act",
  "Superstorm Sandy", "Twitter Pinterest") are no mention (``newsdesk.entities.nonactors``).

Each record: ``start``/``end``/``text`` (offsets into ``article.text``), ``label``, ``cluster``
(the entity within the article), ``name`` (its canonical name here), ``kind`` (name, short,
acronym, description, metonym), ``key`` (transliteration key of ``name``), ``gazetteer``
(gazetteer id or null), ``roles`` (titles seen next to the cluster's names), ``via`` (for a
metonym, the gazetteer id of the place or seat that stood for the state).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.attrs import LOWER, ORTH, SENT_START

from newsdesk.article import Article
from newsdesk.entities import people as names
from newsdesk.entities.acronyms import defined_acronyms
from newsdesk.entities.descriptions import add_descriptions, positions
from newsdesk.entities.gazetteer import ENTITY_LABELS, Gazetteer, load_gazetteer
from newsdesk.entities.kinds import ORG_HEADS, ORG_SUFFIXES, POSSESSIVE, particle_name_end, settle_types
from newsdesk.entities.nonactors import actors_only
from newsdesk.entities.roles import appositive_after, holds_office, office_before, title_before
from newsdesk.entities.titles import (
    HONORIFICS,
    NAME_TITLES,
    OFFICE_TITLES,
    PERSON_OFFICES,
    PERSON_TITLES,
    SERVING_OFFICES,
    TITLE_WORDS,
)
from newsdesk.entities.translit import translit_key
from newsdesk.nlp import model_words
from newsdesk.parsed import in_passing

_ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}
_DETERMINERS = {"the", "The"}
_VERB_TAGS = {"VB", "VBG", "VBD", "VBZ", "VBP"}
_PLACE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                "new", "upper", "lower", "greater", "inner", "outer", "great"}
#: Words that make a different place of a name ("New Mexico", "Central America", "South Sudan");
#: "Northern Georgia" is still Georgia.
_OTHER_PLACE_WORDS = {w for w in _PLACE_WORDS if not w.endswith("ern")} | {"latin"}

@dataclass(slots=True)
class Cluster:
    key: str
    name: str
    label: str
    gazetteer: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    #: The tagger's label of each name mention, for a name no gazetteer entry types: the most
    #: frequent is the cluster's label ("Benghazi" tagged a place twice and an organisation once).
    votes: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class Span:
    start: int  # token index
    end: int
    label: str
    gazetteer: str | None = None
    kind: str = "name"


class MentionAnalyser:
    """The ``mentions`` analyser: entity mentions grouped into within-article clusters."""

    layer = "mentions"
    version = 17  # 17: a bare surname two people share goes to the nearest full name not
    # written in passing (a preposition's object, a possessor, a noun's modifier, a relative
    # clause: ``parsed.in_passing``); 16: titles cut by the quotes' rule (``people.title_end``), offices
    # (``SERVING_OFFICES``) with them: "IRS Commissioner John Koskinen" is John Koskinen;
    # a title before "'s" or a hyphen opens no person's name ("Governor's Medal of Courage");
    # 15: a given name joins its untagged surname only where the two are a
    # person's full name in the article ("some Texas Kavanaugh supporters"); a list's first item
    # is no dateline ("Apple, China, and the US"); a sentence's "The" makes a family
    # ("The Clintons"); a place's noun counts in the plural ("the townships of Marlboro");
    # 14: place nouns and states make places, "the X" no person, a given name
    # joins its untagged surname (kinds.py); "South Koreans" is a people;
    # 13: a title's rank words count when a surname goes to a holder ("President
    # Biden" is not the "Vice President"); the rank words are one list for titles and
    # descriptions; one "in X" no longer makes a place; given names of one or two letters
    # (initials) that differ keep two people apart ("George H.W." and "George W.");
    # 12: a law's word ends a law's name unless the parse's head is an
    # organisation's noun ("Violence Against Women Act" is a law, "Department of War" an ORG);
    # 11: a law's or event's head is the parse's head of the name ("Defense of
    # Marriage Act" is a law again), a storm's word anywhere before the last ("Super Typhoon
    # Mangkhut"); an outlet before a newsroom noun retypes only the model's persons and never
    # a name with a person's words ("our Gaza correspondent", "a Taylor Swift post");
    # 10: a name written before a noun of an outlet's staff or posts ("a Politico
    # reporter", "a Twitter post") is an organisation everywhere in the article;
    # 9: a name the model reads as a person's, or whose law or event word ends a
    # phrase inside it, stays an actor ("Nathan Deal", "Institute for the Study of War");
    # 8: titles of laws, events, products and page furniture are no mention
    # (newsdesk.entities.nonactors); a titled surname goes to the holder of that office, and a
    # person titled by surname alone ("President Obama") holds the role for descriptions;
    # 7: types read from the article (newsdesk.entities.kinds): "in X" votes for a
    # place, particles join a family name, a title across a bracket, a quoted title is no person;
    # 6: titles ("Sen.", "Justices") are no part of a name, no person's name holds
    # a conjunction, text in capitals links no short name, descriptions keep their rank words,
    # a name's type is its mentions' most frequent label;
    # 5: a quotation's first word is no surname; 4: sentence-initial common words
    # are no given names; 3: whole-name gazetteer matches, organisation cues; 2: language gate

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]:
        return find_mentions(doc)


def find_mentions(doc: Any) -> list[dict[str, Any]]:
    """Entity mentions of a parsed article, resolved within the article."""
    gazetteer = load_gazetteer()
    forms = WordForms(doc)
    spans = _without_overlaps(doc, [span for span in (_fix_span(doc, ent, gazetteer, forms=forms)
                                                 for ent in doc.ents) if span])
    spans = actors_only(doc, _whole_names(doc, spans, gazetteer))
    spans = settle_types(doc, _consistent_people(doc, _apply_acronyms(doc, spans)))
    clusters: dict[str, Cluster] = {}
    people = _person_clusters(doc, spans, clusters)
    spans += _surname_mentions(doc, spans, people)
    for span in sorted(spans, key=lambda s: s.start):
        _add_mention(doc, span, clusters, people, gazetteer)
    add_descriptions(doc, clusters)
    return _records(clusters)


# -- spans from the NER, fixed ----------------------------------------------------------------

def _fix_span(doc: Any, ent: Any, gazetteer: Gazetteer, *, forms: WordForms) -> Span | None:
    """One NER entity with its title, possessive and stray words fixed; None when it is no name."""
    if ent.label_ not in ENTITY_LABELS and ent.label_ != "NORP":
        return None
    start, end, label = _strip_title(doc, ent.start, ent.end, ent.label_)
    if label == "PERSON":  # "Ursula von" + "der Leyen", which the model calls a place
        end = particle_name_end(doc, end) or end
    if label == "PERSON" and end - start > 1 and (
            _capitalised_by_position(doc[start], forms=forms) or _opening_verb(doc[start])):
        start += 1  # "[Hosting] Cook at Dreamforce": a common word that opens the sentence
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_space):
        end -= 1
    gazetteer_id = ent.ent_id_ or gazetteer.match(doc[start:end].text)
    gazetteer_id = gazetteer_id if gazetteer_id in gazetteer.entries else None
    if start == end or _not_a_name(doc, start, end, label, gazetteer_id=gazetteer_id, gazetteer=gazetteer):
        return None
    label = gazetteer.entries[gazetteer_id]["label"] if gazetteer_id else label
    if label != "PERSON" and end - start == 1 and _named_like_a_person(doc, start, forms=forms):
        label, gazetteer_id = "PERSON", None  # "Mr. Jordan", "Michael Jordan"
        start -= doc[start - 1].is_sent_start and doc[start - 1].lower_ not in HONORIFICS
    start = _extend_left(doc, start, label)
    return Span(start, end, label, gazetteer_id, kind="norp" if label == "NORP" else "name")


def _without_overlaps(doc: Any, spans: list[Span]) -> list[Span]:
    """The spans no person's name with a particle holds ("Leyen" in "Ursula von der Leyen")."""
    held, reach = set(), (-1, -1)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= reach[1] and (span.start, span.end) != reach:
            held.add(id(span))
        elif span.label == "PERSON" and any(t.text in names.NAME_PARTICLES for t in doc[span.start:span.end]):
            reach = (span.start, span.end)
    return [span for span in spans if id(span) not in held]


class WordForms:
    """How an article writes its words, read once per article and only when asked: the forms
    seen inside a sentence (not as its first word) and the words seen in lower case."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    @cached_property
    def _forms(self) -> tuple[set[int], set[int]]:
        orth, lower, start = self.doc.to_array([ORTH, LOWER, SENT_START]).T
        return set(orth[start != 1].tolist()), set(orth[orth == lower].tolist())

    def inside_sentence(self, token: Any) -> bool:
        """The article writes this form (``Cook``) other than as a sentence's first word."""
        return token.orth in self._forms[0]

    def in_lower_case(self, token: Any) -> bool:
        """The article writes this word in lower case somewhere."""
        return token.lower in self._forms[1]


def _capitalised_by_position(token: Any, *, forms: WordForms) -> bool:
    """A sentence's first word that is capitalised only because it opens the sentence: the
    model's vocabulary holds it in lower case but never capitalised, or the article writes it
    in lower case elsewhere; and the article never capitalises it inside a sentence (where a
    name keeps its capital). "Will", "Mark", "Grant": the model knows them capitalised."""
    if not token.is_sent_start or not token.is_title:
        return False
    known = model_words()
    if token.text in known or forms.inside_sentence(token):
        return False
    return token.lower_ in known or forms.in_lower_case(token)


def _opening_verb(token: Any) -> bool:
    """A sentence's first word that is a verb: tagged as one ("[Follow] Chuck on Twitter"), or a
    gerund of a word the model knows in lower case after a sentence start or a mark ("…
    [Removing] Trump from office"; "actor Sterling K. Brown" keeps his given name)."""
    if not token.is_title:
        return False
    after_mark = token.i > 0 and not token.doc[token.i - 1].is_alpha
    if token.is_sent_start and token.tag_ in _VERB_TAGS:
        return True
    return (token.is_sent_start or after_mark) and token.lower_.endswith("ing") \
        and token.lower_ in model_words()


def _named_like_a_person(doc: Any, start: int, *, forms: WordForms) -> bool:
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in HONORIFICS:
        return True
    if not (prev.is_title and prev.pos_ == "PROPN" and not prev.ent_type_
            and prev.lower_ not in TITLE_WORDS and prev.lower_ not in _PLACE_WORDS):
        return False
    return not prev.is_sent_start or (  # "Ian Hamilton, an expert in ...": not "Google Stadia"
        not _opens_sentence_only(prev, forms=forms)
        and appositive_after(doc, start + 1) is not None)


def _opens_sentence_only(token: Any, *, forms: WordForms) -> bool:
    """A sentence's first word that is no given name: a function word, a title ("Sen. John
    McCain"), or a word capitalised only by its position ("Ian Hamilton" keeps "Ian")."""
    return token.is_sent_start and (token.is_stop or token.lower_ in NAME_TITLES
                                    or _capitalised_by_position(token, forms=forms))


def _not_a_name(doc: Any, start: int, end: int, label: str, *, gazetteer_id: str | None,
                gazetteer: Gazetteer) -> bool:
    span, last = doc[start:end], doc[end - 1]
    if not _name_like(span) or (not gazetteer_id and _is_modifier(doc, start, end)):
        return True
    if _in_capitals(doc, start, end):
        return True
    if label == "PERSON":  # "Trump's Twitter" is no one's name, nor "Rosenstein and/or Mueller"
        return last.lower_ in ORG_HEADS or any(t.text in POSSESSIVE for t in span) or (
            last.text.endswith("s") and gazetteer.names_a_people(last.text)) or any(
            t.pos_ == "CCONJ" or "/" in t.text for t in span)
    return label in {"GPE", "LOC"} and not gazetteer_id and gazetteer.names_a_people(span.text)


def _in_capitals(doc: Any, start: int, end: int) -> bool:
    """A name written in capitals inside a run of words in capitals ("VO AXEL IS [AN] AMERICAN
    CITIZEN"): there the capitals say nothing, and a short form is as likely a common word."""
    if not doc[start:end].text.isupper():
        return False
    sentence = doc[start].sent
    words = [t for t in sentence if t.is_alpha and (t.i < start or t.i >= end)]
    return len(words) >= 2 and sum(t.is_upper for t in words) * 2 > len(words)


def _extend_left(doc: Any, start: int, label: str) -> int:
    if label == "PERSON":
        return _extend_name_left(doc, start)
    if label == "ORG" and start > 0 and doc[start].lower_ in TITLE_WORDS and doc[start - 1].ent_type_ in {"NORP", "GPE"}:
        return start - 1  # "[Chinese] Foreign Ministry"
    return start


def _strip_title(doc: Any, start: int, end: int, label: str) -> tuple[int, int, str]:
    """Split a title off the name: "[Kazakh President] Kassym-Jomart Tokayev" is a person
    (where the quotes' names are cut too: ``people.title_end``)."""
    cut = names.title_end([t.text for t in doc[start:end]], nouns=PERSON_OFFICES, keep=1)
    if cut and doc[end - 1].is_title:
        return start + cut, end, "PERSON"
    while start < end and (doc[start].text in _DETERMINERS or doc[start].lower_ in HONORIFICS
                           or (label == "PERSON" and _is_title(doc[start]))):
        start += 1
    if label in {"ORG", "NORP"} and _titled(doc, start) and end - start <= 5:
        label = "PERSON"
    return start, end, label


def _titled(doc: Any, start: int) -> bool:
    """A person's title comes just before ``start``: "Gov. X", "Col. [Andy] Wood"."""
    i = start - 1 - (start > 1 and doc[start - 1].text == "[")
    if i < 0:
        return False
    word = doc[i].lower_ if doc[i].text != "." or i == 0 else doc[i - 1].lower_ + "."
    return word in PERSON_TITLES or word in HONORIFICS or word in NAME_TITLES


def _is_title(token: Any) -> bool:
    """An office or courtesy title written before a name: "Foreign Minister", "Sen.", "Justices"."""
    lower = token.lower_
    return (lower in TITLE_WORDS or lower in NAME_TITLES or lower in OFFICE_TITLES
            or lower in SERVING_OFFICES)


def _name_like(span: Any) -> bool:
    """Starts with a capital, has letters, and is not only title words ("Sinologist")."""
    text = span.text
    return (any(c.isalpha() for c in text) and not text.endswith("-") and text[:1].isupper()
            and not all(t.lower_ in TITLE_WORDS and t.lower_ not in ORG_HEADS for t in span))


def _is_modifier(doc: Any, start: int, end: int) -> bool:
    """Words that modify a title or a common noun: "Kazakh [Acting Foreign] Minister", "Kazakh elite"."""
    if end < len(doc) and doc[end].lower_ in PERSON_TITLES and doc[end - 1].lower_ not in ORG_HEADS:
        return True
    if end - start != 1:
        return False
    token = doc[start]
    return not token.is_upper and token.dep_ in {"amod", "compound"} and token.head.pos_ == "NOUN" and token.head.i > token.i


def _extend_name_left(doc: Any, start: int) -> int:
    """Take in given names the model left out: "President [Qasym-Zhomart] Toqaev"."""
    while start > 0:
        prev = doc[start - 1]
        if prev.text == "-" and start > 1 and doc[start - 2].is_title:
            start -= 2
        elif prev.text == "]" and start > 2 and doc[start - 2].is_title and doc[start - 3].text == "[":
            start -= 3  # an editor's insertion: "[Karim] Masimov"
        elif (prev.is_title and prev.pos_ == "PROPN" and not _is_title(prev)
              and prev.lower_ not in HONORIFICS and prev.ent_type_ not in {"GPE", "NORP", "ORG"}
              and not prev.is_sent_start):
            start -= 1
        else:
            break
    return start


def _whole_names(doc: Any, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """A gazetteer name must be a whole mention: "US" in "US Airways" or "Mitsubishi UFJ
    Securities USA" is part of another name. A longer name ending in an organisation word
    becomes that organisation; otherwise the part is dropped rather than linked."""
    out: list[Span] = []
    for span in spans:
        if not span.gazetteer or not _inside_longer_name(doc, span):
            out.append(span)
            continue
        end = _organisation_end(doc, span.end)
        if end:  # "South China Morning Post": the whole name, from its first word
            out.append(Span(_name_run_start(doc, span.start), end, "ORG"))
    taken = [(s.start, s.end) for s in out if s.gazetteer is None and s.label == "ORG"]
    return [s for s in out if not any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end)
                                      for a, b in taken)]


def _organisation_end(doc: Any, start: int) -> int | None:
    """Where an organisation name that starts before ``start`` ends: at its last organisation
    word ("US Airways Flight 796" -> "US Airways"), with an "of" part after a final one
    ("U.S. Department of State"); None when the words after ``start`` name no organisation."""
    run_end = _name_run_end(doc, start)
    ends = [i + 1 for i in range(start, run_end) if doc[i].lower_ in ORG_SUFFIXES]
    if not ends:
        return None
    end = run_end + 1
    if ends[-1] == run_end and end < len(doc) and doc[run_end].lower_ == "of":
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1  # title words belong here: "Department of State"
    return end if end > run_end + 1 else ends[-1]


def _inside_longer_name(doc: Any, span: Span) -> bool:
    before = doc[span.start - 1] if span.start > 0 else None
    joined_left = before is not None and not doc[span.start].is_sent_start and _joins_left(before)
    return joined_left or (span.end < len(doc) and _name_word(doc[span.end]))


def _name_run_start(doc: Any, start: int) -> int:
    while start > 0 and not doc[start].is_sent_start and _joins_left(doc[start - 1]):
        start -= 1
    return start


def _joins_left(token: Any) -> bool:
    return _name_word(token) or (token.is_title and token.lower_ in _OTHER_PLACE_WORDS)


def _name_run_end(doc: Any, end: int) -> int:
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return end


def _name_word(token: Any) -> bool:
    """A capitalised proper-noun word that can continue a name (not a title, not a person)."""
    return (token.pos_ == "PROPN" and (token.is_title or token.is_upper) and not token.is_punct
            and not _is_title(token) and token.lower_.rstrip(".") not in HONORIFICS
            and token.ent_type_ not in {"PERSON", "GPE", "NORP", "LOC", "DATE"} and not token.is_sent_start)


def _apply_acronyms(doc: Any, spans: list[Span]) -> list[Span]:
    """Acronyms defined in the text take the long form's label; undefined-as-entity ones are dropped."""
    definitions = defined_acronyms(doc)
    if not definitions:
        return spans
    by_end = {doc[s.end - 1].idx + len(doc[s.end - 1].text): s for s in spans}
    out = []
    for span in spans:
        text = doc[span.start:span.end].text
        if text not in definitions:
            out.append(span)
            continue
        long_form = by_end.get(definitions[text][1])
        if long_form is not None and long_form.kind != "norp":
            out.append(Span(span.start, span.end, long_form.label, long_form.gazetteer, kind="acronym"))
    return out


# -- people: full names, surnames, roles ------------------------------------------------------

def _consistent_people(doc: Any, spans: list[Span]) -> list[Span]:
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
            span.start = _extend_name_left(doc, span.start)
    return spans


def _untagged_words_end(doc: Any, end: int) -> int:
    """Where the capitalised proper nouns the tagger left out of any name, from ``end``, end."""
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return end


def _person_clusters(doc: Any, spans: list[Span], clusters: dict[str, Cluster]) -> dict[str, list[tuple[int, str]]]:
    """Clusters for full person names; returns ``{short form: [(char offset, cluster key)]}``."""
    short_forms: dict[str, list[tuple[int, str]]] = {}
    for span in spans:
        words = [t for t in doc[span.start:span.end] if t.text != "-"]
        if span.label != "PERSON" or len(words) < 2:
            continue
        name = doc[span.start:span.end].text.replace("[", "").replace("]", "")
        key = "person:" + translit_key(name)
        cluster = clusters.setdefault(key, Cluster(key, name, "PERSON", span.gazetteer))
        for short in names.short_forms([w.text for w in words]):
            short_forms.setdefault(short, []).append((doc[span.start].idx, key))
        _add_roles(doc, span, cluster)
    return short_forms


def _add_roles(doc: Any, span: Span, cluster: Cluster) -> None:
    for role in (title_before(doc, span.start), appositive_after(doc, span.end)):
        if role and role not in cluster.roles:
            cluster.roles.append(role)


def _surname_mentions(doc: Any, spans: list[Span], people: dict[str, list[tuple[int, str]]]) -> list[Span]:
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


def _person_for(doc: Any, span: Span, people: dict[str, list[tuple[int, str]]],
                clusters: dict[str, Cluster]) -> str | None:
    """The person cluster a one-word mention belongs to: nearest full name before it, else after;
    of two people of that name, after an office's title, the one whose roles hold that office,
    else one whose roles are unknown (a sole bearer keeps it: roles are never all known), and
    of the full names, those not written in passing (``_salient``)."""
    text = doc[span.start:span.end].text
    candidates = people.get(text)
    if not candidates or span.end - span.start != 1 or _starts_other_name(doc, span.start, span.end):
        return None
    if span.gazetteer and span.label != "PERSON" and not (span.start and doc[span.start - 1].lower_ in HONORIFICS):
        return None  # "Jordan" the country stays a country next to "Michael Jordan"
    office = office_before(doc, span.start) if len({key for _, key in candidates}) > 1 else None
    if office:  # "Vice President Biden" is not Hunter Biden, the nearest
        roles = {key: clusters[key].roles for _, key in candidates}
        candidates = [c for c in candidates if holds_office(office, roles[c[1]])] or [
            c for c in candidates if not roles[c[1]]]
    return names.nearest(_salient(doc, candidates), at=doc[span.start].idx)


def _salient(doc: Any, candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Of the full names of two or more people, those not written in passing (``in_passing``:
    inside a prepositional phrase, as a possessor, in a relative clause): a bare surname that
    "former President Bill Clinton" shares with the article's subject, named in passing, stays
    hers, as coreference prefers the salient antecedent. All of them when each is in passing."""
    if len({key for _, key in candidates}) < 2:
        return candidates
    salient = [c for c in candidates
               if not in_passing(doc.char_span(c[0], c[0] + 1, alignment_mode="expand")[0])]
    return salient or candidates


def _starts_other_name(doc: Any, start: int, end: int) -> bool:
    """A surname-like word that is part of another name: "[Judge] Brett Kavanaugh", "the
    [Kelly] File", "Clinton Foundation", "The [Hill] reported"."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN" and not after.is_sent_start \
            and after.ent_type_ not in {"DATE", "TIME"}:
        return True
    before = doc[start - 1] if start > 0 else None
    if before is None or doc[start].is_sent_start:
        return False
    return before.text == "The" or (_name_word(before) and before.ent_type_ != "PERSON")


# -- clusters and records ---------------------------------------------------------------------

def _add_mention(doc: Any, span: Span, clusters: dict[str, Cluster], people: dict[str, list[tuple[int, str]]],
                 gazetteer: Gazetteer) -> None:
    text_span = doc[span.start:span.end]
    person = _person_for(doc, span, people, clusters)
    if span.kind == "norp" and not person:
        return
    record = {"start": text_span.start_char, "end": text_span.end_char, "text": text_span.text,
              "kind": "short" if person else span.kind}
    if person:
        key = person
        span.label, span.kind = "PERSON", "short"
    elif len(text_span) > 1 and "person:" + translit_key(text_span.text) in clusters:
        key = "person:" + translit_key(text_span.text)
    else:
        key = _place_or_org_cluster(doc, span, record, clusters, gazetteer)
    if key not in clusters:
        clusters[key] = Cluster(key, text_span.text, span.label, span.gazetteer)
    clusters[key].mentions.append(record)
    if key.startswith("name:"):
        clusters[key].votes[span.label] += 1
    elif span.label == "PERSON" and not person and len(text_span) == 1:  # "President Obama"
        _add_roles(doc, span, clusters[key])


def _place_or_org_cluster(doc: Any, span: Span, record: dict[str, Any], clusters: dict[str, Cluster],
                          gazetteer: Gazetteer) -> str:
    state = gazetteer.state_of(span.gazetteer) if span.gazetteer else None
    if state and _acts(doc, span) and state in gazetteer.entries:
        record["kind"], record["via"] = "metonym", span.gazetteer
        entry = gazetteer.entries[state]
        clusters.setdefault(state, Cluster(state, entry["name"], entry["label"], state))
        return state
    if span.gazetteer:
        entry = gazetteer.entries[span.gazetteer]
        clusters.setdefault(span.gazetteer, Cluster(span.gazetteer, entry["name"], entry["label"], span.gazetteer))
        return span.gazetteer
    kind = "person" if span.label == "PERSON" else "name"  # places and organisations: one vote
    return f"{kind}:{translit_key(doc[span.start:span.end].text)}"


def _acts(doc: Any, span: Span) -> bool:
    """The place is used as an actor: subject of a verb, or a possessor ("Beijing's approach")."""
    root = doc[span.start:span.end].root
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ in _ACTOR_DEPS:
        return root.dep_ != "poss" or root.head.pos_ == "NOUN"
    return root.i + 1 < len(doc) and doc[root.i + 1].text in {"'s", "’s"}


def _records(clusters: dict[str, Cluster]) -> list[dict[str, Any]]:
    records = []
    keys = sorted((k for k, c in clusters.items() if c.mentions), key=lambda k: min(m["start"] for m in clusters[k].mentions))
    for number, key in enumerate(keys):
        cluster = clusters[key]
        label = cluster.votes.most_common(1)[0][0] if cluster.votes else cluster.label
        shared = {"label": label, "cluster": number, "name": cluster.name,
                  "key": translit_key(cluster.name), "gazetteer": cluster.gazetteer, "roles": cluster.roles}
        records += [{**mention, **shared} for mention in cluster.mentions]
    return sorted(records, key=lambda r: r["start"])
