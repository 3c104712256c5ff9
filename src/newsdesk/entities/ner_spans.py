"""The first step of the ``mentions`` layer (``newsdesk.entities.mentions``): each entity
spaCy tagged made into a name span, fixed by what its own words and sentence say, before the
layer reads the evidence of the whole article.

A title or a courtesy word is split off a name ("[Kazakh President] Kassym-Jomart Tokayev",
"Sen. Ted Cruz") and a given name the model left out is taken in ("President [Qasym-Zhomart]
Toqaev"); a word capitalised only because it opens a sentence ("[Follow] Chuck", "[Hosting]
Cook") is no part of a name, read from how the article and the model's vocabulary write it
(``WordForms``), nor is a headline's verb after it ("[Obama] Weighs In on ..."); a phrase
that only looks like a name (modifiers of a title, "Trump's Twitter",
"Rosenstein and/or Mueller", words in a run of capitals) is none. The rules are written for
news English's titles and capitals, which spaCy's tagger does not separate from names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from spacy.attrs import LOWER, ORTH, SENT_START

from newsdesk.entities import people as names
from newsdesk.entities.gazetteer import ENTITY_LABELS, PLACE_LABELS, Gazetteer
from newsdesk.entities.kinds import ORG_HEADS, ORG_SUFFIXES, POSSESSIVE, particle_name_end
from newsdesk.entities.roles import appositive_after
from newsdesk.entities.titles import (
    HONORIFICS,
    NAME_TITLES,
    OFFICE_TITLES,
    PERSON_OFFICES,
    PERSON_TITLES,
    SERVING_OFFICES,
    TITLE_WORDS,
)
from newsdesk.entities.verb_forms import verb_not_name
from newsdesk.given_names import describing_word, family_name_after
from newsdesk.nlp import model_words
from newsdesk.prose import sentence_in_headline_case

_DETERMINERS = {"the", "The"}
_VERB_TAGS = {"VB", "VBG", "VBD", "VBZ", "VBP"}
#: Words of a place's name before its name proper ("North", "New", "Greater"): no given name.
PLACE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "new", "upper", "lower", "greater", "inner", "outer", "great"}


@dataclass(slots=True)
class Span:
    """A mention's tokens, its label, its gazetteer id and its kind (name, norp, short, acronym)."""

    start: int  # token index
    end: int
    label: str
    gazetteer: str | None = None
    kind: str = "name"


def fix_span(doc: Any, ent: Any, gazetteer: Gazetteer, *, forms: WordForms) -> Span | None:
    """One NER entity with its title, possessive and stray words fixed; None when it is no name."""
    if ent.label_ not in ENTITY_LABELS and ent.label_ != "NORP":
        return None
    start, end, label = _strip_title(doc, ent.start, ent.end, ent.label_)
    if label == "PERSON":  # "Ursula von" + "der Leyen", which the model calls a place
        end = _suffix_end(doc, particle_name_end(doc, end) or _family_name_end(doc, start, end))
        end = _before_verb_tail(doc, start, end)
    if label == "PERSON" and end - start > 1 and (
            _capitalised_by_position(doc[start], forms=forms) or _opening_verb(doc[start])):
        start += 1  # "[Hosting] Cook at Dreamforce": a common word that opens the sentence
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_space):
        end -= 1
    gazetteer_id = ent.ent_id_ or gazetteer.match(doc[start:end].text)
    gazetteer_id = gazetteer_id if gazetteer_id in gazetteer.entries else None
    if start == end or _not_a_name(doc, start, end, label, gazetteer_id=gazetteer_id, gazetteer=gazetteer):
        return None
    if end - start == 1 and not gazetteer_id and _common_noun_by_position(doc[start], forms=forms):
        return None  # "Awareness of the problem is growing": a common noun that opens a sentence
    # a party's members in the plural; a people ("Americans") ending it is turned away above
    if label == "PERSON" and not gazetteer_id and names.group_plural(doc[end - 1].text):
        if ent.label_ == "PERSON":  # "John Shinkle/POLITICO Elections Republicans": no one's name
            return None
        label = ent.label_  # "Senate Democrats" stays the group the tagger read
    label = gazetteer.entries[gazetteer_id]["label"] if gazetteer_id else label
    if label != "PERSON" and end - start == 1 and _named_like_a_person(doc, start, forms=forms) \
            and not names_a_group(doc[start], gazetteer=gazetteer):
        label, gazetteer_id = "PERSON", None  # "Mr. Jordan", "Michael Jordan"
        start -= doc[start - 1].is_sent_start and doc[start - 1].lower_ not in HONORIFICS
    start = _extend_left(doc, start, label)
    return Span(start, end, label, gazetteer_id, kind="norp" if label == "NORP" else "name")


def without_overlaps(doc: Any, spans: list[Span]) -> list[Span]:
    """The spans no person's name with a particle or a generational suffix holds ("Leyen" in
    "Ursula von der Leyen", the "Jr." the tagger calls a place in "Jerry Falwell, Jr.")."""
    held, reach = set(), (-1, -1)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= reach[1] and (span.start, span.end) != reach:
            held.add(id(span))
        elif span.label == "PERSON" and (any(t.text in names.NAME_PARTICLES for t in doc[span.start:span.end])
                                         or names.generational(doc[span.end - 1].text)):
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


def names_a_group(token: Any, *, gazetteer: Gazetteer) -> bool:
    """A capitalised plural that names a group, which is no surname and ends no person's name:
    a party's members (``people.group_plural``: "Republicans", "Democrats") or a people named
    after a country (``Gazetteer.names_a_people``: "Americans", "Kazakhs"). Where the tagger
    puts a word in a group's entity (NORP) is no evidence: it does so for surnames too
    ("Sessions", "Mattis", "Ailes"). "Williams", "Jones" are neither."""
    text = token.text
    if not (text[:1].isupper() and text.endswith("s")):
        return False
    return names.group_plural(text) or gazetteer.names_a_people(text)


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


def _common_noun_by_position(token: Any, *, forms: WordForms) -> bool:
    """A sentence's first word capitalised only by its position ("Awareness is a good start",
    "Success has been mixed" where the article writes "success" too): the article never
    capitalises it inside a sentence, and either the model's vocabulary holds it only in lower
    case or the parse reads it as a common noun that the article also writes in lower case. A
    name the model knows capitalised and the parse reads as a proper noun stays ("Apple
    declined" beside "the apple orchard"), as does one the article capitalises inside a
    sentence ("Target said ... at Target")."""
    if _capitalised_by_position(token, forms=forms):
        return True
    return (
        token.is_sent_start
        and token.is_title
        and token.pos_ == "NOUN"
        and not forms.inside_sentence(token)
        and forms.in_lower_case(token)
    )


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
            and prev.lower_ not in TITLE_WORDS and prev.lower_ not in PLACE_WORDS):
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
    return label in PLACE_LABELS and not gazetteer_id and gazetteer.names_a_people(span.text)


def _in_capitals(doc: Any, start: int, end: int) -> bool:
    """A name written in capitals inside a run of words in capitals ("VO AXEL IS [AN] AMERICAN
    CITIZEN"): there the capitals say nothing, and a short form is as likely a common word."""
    if not doc[start:end].text.isupper():
        return False
    sentence = doc[start].sent
    words = [t for t in sentence if t.is_alpha and (t.i < start or t.i >= end)]
    return len(words) >= 2 and sum(t.is_upper for t in words) * 2 > len(words)


def _family_name_end(doc: Any, start: int, end: int) -> int:
    """``Attorney General [Sally] Yates``, ``mayor [Tommy] D'Alessandro``: a person the model
    tagged by the given name alone, when the next word is capitalised, tagged as no entity,
    no title, no organisation's word, and the parse makes it the given name's head: that word
    is the family name when the given-name table and the English lemmas say so
    (``given_names.family_name_after``)."""
    if end - start != 1 or end >= len(doc):
        return end
    given, family = doc[start], doc[end]
    if (family.ent_type_ or not family.is_title or family.pos_ not in {"PROPN", "NOUN"}
            or given.head.i != family.i or is_title(family) or family.lower_ in ORG_SUFFIXES):
        return end
    return end + 1 if family_name_after(given.text, family.text) else end


def _suffix_end(doc: Any, end: int) -> int:
    """``Jerry Falwell, Jr.``: a generational suffix the tagger left out of a person's name,
    after a comma or not, ends the name (``people.GENERATIONAL``), as the tagger keeps it in
    "Jesse Jackson Jr."; the father's name is the one written without it."""
    at = end + (end < len(doc) and doc[end].text == ",")
    if at < len(doc) and names.generational(doc[at].text) and doc[at].text[:1].isupper():
        return at + 1
    return end


def _before_verb_tail(doc: Any, start: int, end: int) -> int:
    """``[Obama] Weighs In on ...``, ``President [Obama] Interviewed by ...``: a headline's verb
    the tagger ran into a person's name is no part of it, nor an adverb before it ("[James
    Clapper] Allegedly Leaked to CNN"): a last word that is a verb's past tense or third
    person no name of the given-name table writes (``verb_forms.verb_not_name``), in a
    sentence written in headline case (``prose.sentence_in_headline_case``), and not written as prose writes a
    name (``_name_in_prose``). "Mike Rounds" and "Bill Burns" keep their surnames, and so do
    "James Risen and Eric Lichtblau, began writing" and "Ryan Bounds for a seat", in prose.
    In headline case the tagger calls such a verb a proper noun ("Weighs" is NNP in one
    headline, NNPS in another), so the lemma tables say it, not the tag. One verb is cut."""
    last = doc[end - 1]
    if (
        end - start < 2
        or not verb_not_name(last.text)
        or not sentence_in_headline_case(last, counting_token=True)
        or _name_in_prose(last)
    ):
        return end
    cut = end - 1
    while cut > start + 1 and doc[cut - 1].tag_ == "RB":
        cut -= 1
    return cut


def _name_in_prose(token: Any) -> bool:
    """The word is written as prose writes a name, not as a headline's verb before its object
    or a preposition: a comma or a verb follows it ("Scott Rasmussen, founder of Rasmussen
    Reports, says", "said Gordon Felt, who lost", "Keisha Lance Bottoms told protesters"), or
    the article writes it elsewhere before a word in lower case or a mark ("Bottoms said")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.text == "," or after.pos_ in {"VERB", "AUX"}):
        return True
    return any(other.text == token.text and other.i != token.i and (
        other.i + 1 == len(doc) or not doc[other.i + 1].is_title) for other in doc)


def _extend_left(doc: Any, start: int, label: str) -> int:
    if label == "PERSON":
        return extend_name_left(doc, start)
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
                           or (label == "PERSON" and is_title(doc[start]))):
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


def is_title(token: Any) -> bool:
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


def extend_name_left(doc: Any, start: int) -> int:
    """Take in given names the model left out: "President [Qasym-Zhomart] Toqaev"; never a word
    of the title, role and person-noun lexicons ("House Minority Whip Steve Scalise" stays
    Steve Scalise: ``given_names.describing_word``)."""
    while start > 0:
        prev = doc[start - 1]
        if prev.text == "-" and start > 1 and doc[start - 2].is_title:
            start -= 2
        elif prev.text == "]" and start > 2 and doc[start - 2].is_title and doc[start - 3].text == "[":
            start -= 3  # an editor's insertion: "[Karim] Masimov"
        elif (prev.is_title and prev.pos_ == "PROPN" and not is_title(prev)
              and prev.lower_ not in HONORIFICS and prev.ent_type_ not in {"GPE", "NORP", "ORG"}
              and not prev.is_sent_start and not describing_word(prev.text)):
            start -= 1
        else:
            break
    return start
