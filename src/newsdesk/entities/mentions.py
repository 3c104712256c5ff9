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
  sentence-opening verb ("Follow Chuck", "Removing Trump") or a headline's verb after the
  name ("Obama Weighs In"); a name with a conjunction
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
  name (Hunter Biden); a titled surname gives its person the title's role ("President
  Trump"), so "the president" is no other president's; a bare description holds no office
  tied to a body ("vice president at the Woodrow Wilson Center"); a full name given as a
  relative ("my grandfather, William J. Comey") is named in passing;
* a one-word name with a determiner of its own ("the McCloskey's", "each McDonnell") is a
  family's, no mention; a lone given name the tagger calls a person is the one full name of
  the article it begins ("Jared, Paul or anyone else" beside "Paul Manafort"); a place the
  tagger tags after "in" is no surname ("in Florida" beside "Richard Florida");
* titles of laws and works, events, products and page furniture ("the Patriot Act",
  "Superstorm Sandy", "Twitter Pinterest") are no mention (``newsdesk.entities.nonactors``),
  nor is a name that only a heading line of the text gives (``newsdesk.entities.headings``);
* an organisation's name the tagger cut in two ("United Nations" + "General Assembly",
  "Committee" + "to Unleash Prosperity") is one mention, the entity of the part that holds its
  head noun (``newsdesk.entities.cut_names``).

Each record: ``start``/``end``/``text`` (offsets into ``article.text``), ``label``, ``cluster``
(the entity within the article), ``name`` (its canonical name here), ``kind`` (name, short,
acronym, description, metonym), ``key`` (transliteration key of ``name``), ``gazetteer``
(gazetteer id or null), ``roles`` (titles seen next to the cluster's names), ``via`` (for a
metonym, the gazetteer id of the place or seat that stood for the state).

The steps are modules of the package, one per concern, and this module runs them in order
and puts each span in its cluster: ``ner_spans`` (each tagged entity fixed: titles,
sentence-opening words, phrases that are no name), ``whole_names`` (a gazetteer name only
where it is a whole name), ``acronyms`` (an acronym is its long form's entity), ``kinds`` and
``nonactors`` (types settled, names that are no actor left out), ``cut_names`` (an
organisation's name cut in two made one), ``article_people`` (the
article's people and the surnames that are theirs), ``descriptions`` (a description is its
role's holder) and ``clusters`` (the clusters and their records).
"""

from __future__ import annotations

from typing import Any

from newsdesk.article import Article
from newsdesk.entities.acronyms import apply_acronyms
from newsdesk.entities.article_people import (
    add_roles,
    consistent_people,
    given_name_person,
    names_family_member,
    person_clusters,
    person_for,
    surname_mentions,
)
from newsdesk.entities.clusters import Cluster, mention_records
from newsdesk.entities.cut_names import rejoined_organisations
from newsdesk.entities.descriptions import add_descriptions
from newsdesk.entities.gazetteer import Gazetteer, load_gazetteer
from newsdesk.entities.kinds import settle_types
from newsdesk.entities.ner_spans import Span, WordForms, fix_span, without_overlaps
from newsdesk.entities.nonactors import actors_only
from newsdesk.entities.translit import translit_key
from newsdesk.entities.whole_names import whole_names

_ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}


class MentionAnalyser:
    """The ``mentions`` analyser: entity mentions grouped into within-article clusters."""

    layer = "mentions"
    #: What each version changed: docs/mentions-versions.md (oldest first).
    version = 40

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]:
        return find_mentions(doc)


def find_mentions(doc: Any) -> list[dict[str, Any]]:
    """Entity mentions of a parsed article, resolved within the article."""
    gazetteer = load_gazetteer()
    forms = WordForms(doc)
    spans = without_overlaps(doc, [span for span in (fix_span(doc, ent, gazetteer, forms=forms)
                                                for ent in doc.ents) if span])
    spans = actors_only(doc, whole_names(doc, spans, gazetteer))
    spans = settle_types(doc, consistent_people(doc, apply_acronyms(doc, spans)))
    spans = rejoined_organisations(doc, spans)
    clusters: dict[str, Cluster] = {}
    people = person_clusters(doc, spans, clusters)
    spans += surname_mentions(doc, spans, people)
    for span in sorted(spans, key=lambda s: s.start):
        _add_mention(doc, span, clusters, people, gazetteer)
    add_descriptions(doc, clusters)
    return mention_records(clusters)


def _add_mention(doc: Any, span: Span, clusters: dict[str, Cluster], people: dict[str, list[tuple[int, str]]],
                 gazetteer: Gazetteer) -> None:
    text_span = doc[span.start:span.end]
    person = person_for(doc, span, people, clusters) or given_name_person(doc, span, clusters)
    if (span.kind == "norp" and not person) or (
            (person or span.label == "PERSON") and names_family_member(doc, span)):
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
    if span.label == "PERSON" and len(text_span) == 1 and _named_before(clusters[key], person):
        add_roles(doc, span, clusters[key])  # "President Obama", "President Trump"


def _named_before(cluster: Cluster, person: str | None) -> bool:
    """A short form's title is its person's role only once the text has written the full name
    and given it no role: a titled surname before it ("President Obama's impeachment" before
    "first lady Michelle Obama") has only the one full name to go to, which may be another
    bearer's, and so has one whose person holds another office ("King Salman" beside "Crown
    Prince Mohammed bin Salman"). A one-word name of its own ("President Obama" in an article
    with no full name) holds the title."""
    return not person or (not cluster.roles and any(m["kind"] == "name" for m in cluster.mentions))


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
