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
    version = 35  # 35: an organisation's name the tagger cut in two is one mention, the
    # head's ("United Nations" + "General Assembly", "Committee" + "to Unleash Prosperity";
    # ``cut_names``, as the quotes' index read it since quotes 109);
    # 34: a name in apposition to a common noun of a work is a title, no actor
    # ("the video game Bioshock"), after a comma and a place's noun a place ("my neighborhood,
    # Bustan al Kaser"); a place the tagger calls one without a government before a comma and a
    # state a town ("mayor of South Bend, Ind."; ``kinds``); a label of the kind of piece is
    # page furniture ("ANALYSIS/OPINION:"; ``nonactors``);
    # 33: a sentence's first word the parse reads as a common noun and that is
    # capitalised only by its position is no name ("Awareness of the problem"; ``ner_spans``);
    # a name in apposition after a common noun of a body is an organisation ("the hacking
    # collective Anonymous"), a given and a family name in a list of people a person
    # ("Patsy Mink, Sandra Day O'Connor"), a name after "in" before a comma and a state a
    # place ("in Upper Marlboro, Maryland"; ``kinds``); holidays, recessions and crises are
    # events, no actor ("St. Patrick's Day", "Great Recession"; ``nonactors``);
    # 32: a title before a surname the article links to a full name written
    # before it, with no role of its own, is that person's role ("President Trump": "the
    # president" is no other president's); an apposition ends at a line break; a bare
    # description holds no office tied to a body by "at" or "for" ("vice president at the
    # Woodrow Wilson Center"; ``descriptions``); a one-word name with a determiner of its own
    # ("the McCloskey's", "each McDonnell") is a family's, no one's; a name after a noun of
    # kinship or in apposition to one ("my grandfather, William J. Comey") is named in passing;
    # a lone given name (by the name table) the tagger calls a person is the one full name of
    # the article it begins ("Paul" beside "Paul Manafort"; ``people.fullest_variant``, as
    # quotes do); a place
    # the tagger tags after "in" is no surname ("in Florida" beside "Richard Florida");
    # 31: a capitalised plural that names a group (a people named after a
    # country, a party's members: "Republicans", "Americans") ends no person's name and is no
    # person's short form ("John Shinkle/POLITICO Elections Republicans" is no person, and
    # "House Republicans" joins none; ``ner_spans.names_a_group``, ``people.group_plural``);
    # 30: a word of the title, role and person-noun lexicons that no tagged
    # entity holds ("House", "Senate", "Majority", "Whip") is no given name and joins no
    # longer name before a person's ("House Minority Whip Steve Scalise" is Steve Scalise, not
    # "Minority Whip Steve Scalise"; ``given_names.describing_word``, ``ner_spans``,
    # ``whole_names``);
    # 29: a person's gazetteer name that opens an entity of its own after a
    # word of another entity is no part of a longer name ("Speaker of the House John Boehner",
    # "ambassador to the United Nations John Bolton": the person is kept; ``whole_names``);
    # 28: a headline's verb the tagger ran into a person's name is cut off it
    # ("[Obama] Weighs In", "[Obama] Interviewed by": a verb's past tense or third person by
    # the lemma tables that the given-name table does not register, in a sentence in headline
    # case, not written as prose writes a name; ``verb_forms``, ``ner_spans``), so a lone
    # surname never joins such a "name"; "Mike Rounds", "Bill Burns", "James Risen" stay;
    # and a name that only a heading line of the text gives is no mention again, as in 26
    # (``headings``: with the verb cut, "Obama Interviewed" no longer outlives the filter);
    # 27: a heading line's names are mentions again, as before 26 (dropping the
    # ones the filter caught left a related link's "Obama Interviewed" the only full name a
    # lone "Obama" could join, so every quote of the article went to it);
    # 26: one word in capitals that opens the text before a dash and that the
    # gazetteer knows as a place is a dateline's place ("JERUSALEM—"; ``kinds``); a name that
    # only a heading line of the text gives, and no gazetteer entry, is no mention
    # ("CALIFORNIA DEMOCRATIC PARTY WON'T ENDORSE FEINSTEIN"; ``headings``);
    # 25: a generational suffix is part of a person's name, also after a comma
    # ("Jerry Falwell, Jr." is Jerry Falwell Jr.; the tagger's place "Jr." goes) and after a
    # title word ("Martin Luther King Jr." was cut to "Jr." after "King"); a surname with the
    # suffix ("Trump Jr.") is the full name with that suffix, never the father's bare name;
    # 23: a rank written out is an office and a title ("Sergeant Jane Roe" is
    # Jane Roe, "the captain" a description; ``titles.RANKS``), and "Sgt", "Capt", "Cmdr",
    # "Adm" and "Maj" without a full stop are titles; 22: an author line opens with the byline
    # word of any language the byline readers see ("Von", "Par", "Por", "Di", "Door", "Av", from
    # ``bylines.lead_words``), not only "By" and "From";
    # 21: an author line's tail after the name holds six words at most, as
    # ``author_lines._TAIL_WORDS`` says (seven were let through); 20: a name that a byline line or a paragraph's sign-off gives ("By Hugh
    # Pym, BBC health editor", "— Bente Birkeland, Colorado Public Radio") is a person's
    # (``author_lines``), and a dateline's place of several words in capitals opening the
    # text before a state is a place ("COUNCIL BLUFFS, IOWA —"); 19: a description's "of" phrase counts a proper noun in lower case ("the
    # secretary of state's trip"), and a title word the parse makes a later word's modifier
    # is no description ("the chief clinical officer"; ``descriptions``);
    # 18: a person the model tagged by the given name alone takes in the
    # family name the parse makes its head, where the word is no English word ("Attorney
    # General [Sally] Yates": Sally Yates; ``ner_spans._family_name_end``);
    # 17: a bare surname two people share goes to the nearest full name not
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
