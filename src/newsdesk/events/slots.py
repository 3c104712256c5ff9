"""The actor slots of an event: who does it (sources) and to whom (targets), as names.

Actors are read from the dependency parse: subjects (and passive agents, else the means of an
agentless passive: "killed in Israeli shelling", or the doer its subject names: "UN
sanctions were lifted") are sources; objects and the objects of
to/with/against (and "for", whom an act benefits) are targets. A verb event needs a source
actor (as in PETRARCH), which may be a role noun ("Insurgents bombarded ..."). A noun's event is
done by its possessor, a modifier naming a group, its "by" or "of" object or the parties of
"between A and B", else by the subject of the verb it is the object of ("activists staged a
protest"), unless that verb reports it ("France condemned the attack": ``reported.py``) or represses
it ("Police broke up the demonstration": ``repressed.py``); then its actors are that verb's
targets. ``ActorNames`` names a phrase by the entity layer's
canonical names, else by spaCy's entities (a name the tagger cut short before its "of" object
read with it: "the Ministry of Health of Ethiopia"; "The Government of India" named by its
state, as "the government of India" is), and a named person, organisation or people also
by the state or people its title names, a person also by the organisation its title names
("NATO Secretary General Jens Stoltenberg": ``ActorNames.affiliation``); a government named
by the person who leads it is named as that government ("the Bush administration": Bush
administration, ``_led_government``); agents named by their role are
named by the body their phrase says they belong to or are led by ("KFOR soldiers", "gunmen
with the Arakan Army", "Ukrainian-led forces": ``ActorNames._body``), and a source naming no
one by the body or place a participle kept in its phrase names ("a militia based in
Tripoli": ``ActorNames._whose``). The spans these names are read back from are
``actors.py``'s.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.person_nouns import KIN_NOUNS
from newsdesk.entities.titles import TITLE_WORDS
from newsdesk.events.agents import (
    agent_role,
    armed,
    armed_group_member,
    source_agent,
)
from newsdesk.events.blame import blaming_copula
from newsdesk.events.phrases import (
    ACTOR_LABELS,
    MODIFIER_DEPS,
    act_phrase,
    bare_pronoun,
    negative_quantifier,
    partitive_whole,
    phrase_span,
    source_participle,
    split_words,
    time_word,
)
from newsdesk.events.reduced import reduced_subject
from newsdesk.events.reported import reported_act
from newsdesk.events.source_heads import means_objects, own_subject, passive_subject
from newsdesk.events.target_heads import TARGET_PREPS
from newsdesk.names import canonical_country
from newsdesk.parsed import doc_ents, doc_text, of_objects
from newsdesk.prose import sentence_in_headline_case

#: The dependents of a noun that may name the actor it stands for: "UN troops", "Israel's army",
#: "the group al-Nusra Front" (an apposition).
_NAMING_DEPS = MODIFIER_DEPS | {"appos"}
#: The target prepositions and "for", whose object is whom an act benefits ("aid for Zimbabwe").
_BENEFICIARY_PREPS = TARGET_PREPS | {"for"}
#: The entity labels of a named actor whose title may say whom it acts for ("French President
#: Emmanuel Macron"; a people named by faith or nation, by its state: "Iraqi Christians"), and
#: those of the state or people a title names ("French", "Iran's").
_TITLED_LABELS = {"PERSON", "ORG", "NORP"}
_AFFILIATION_LABELS = {"GPE", "NORP"}
#: The labels of what a person's title may name besides a state or people: the organisation
#: the person serves or leads ("NATO Secretary General Jens Stoltenberg", "Hamas leader X").
_PERSON_AFFILIATION_LABELS = _AFFILIATION_LABELS | {"ORG"}
#: The fields a ministry or a committee covers, which a title names as its own field
#: ("Education Secretary", "Secretary of Labor", "Energy and Commerce chief"), with the words
#: that join them; a body that covers one names itself ("the Justice Department").
PORTFOLIO_WORDS = frozenset({
    "education", "labor", "labour", "energy", "commerce", "health", "justice", "agriculture",
    "transportation", "transport", "housing", "homeland", "security", "veterans", "affairs",
    "environment", "human", "services", "urban", "development", "culture", "and", "&", "of",
})
#: Nouns of a government as a body, which a person who leads it may name ("the Bush
#: administration", "the Maduro regime").
GOVERNMENT_NOUNS = {"administration", "government", "regime", "cabinet", "junta"}


class ActorNames:
    """Names for tokens: the entity layer's canonical names when present, else spaCy's entities."""

    def __init__(self, doc: Any, mentions: list[dict[str, Any]]) -> None:
        self.doc = doc
        self.ent_of = {i: ent for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
        self.by_char = {}
        for mention in mentions:
            for char in range(mention["start"], mention["end"]):
                self.by_char[char] = mention.get("name") or mention.get("entity") or mention.get("text")

    def name(self, token: Any, *, subject: bool = False) -> str | None:
        """The actor a phrase headed by ``token`` names, looking at the head and its modifiers.

        A common noun is named by its group ("Hundreds of UN troops") or its apposition ("The
        group al-Nusra Front"); agents by the body they belong to or are led by (``_body``); as
        a ``subject`` also by where it sits ("a court in Guyana") or by its role ("Insurgents
        bombarded ..."); a pronoun of quantity by the whole it is part of ("some of the U.N.
        peacekeepers": ``phrases.partitive_whole``)."""
        if not bare_pronoun(token) and (whole := partitive_whole(token)) is not None:
            return self.name(whole, subject=subject)
        for candidate in (token, *[c for c in token.children if c.dep_ in _NAMING_DEPS]):
            name = self._name_of(candidate) or self._name_of_compound(candidate)
            if name:
                return _led_government(token, candidate, name)
        if token.pos_ != "NOUN" and not _capitalised_government(token):
            return None
        role = source_agent(token)
        group = self._name_of_group(token, preps={"of", "from", "in"} if subject and role else {"of", "from"})
        group = group or (self._body(token) if agent_role(token) is not None else None)
        group = group or (self._whose(token) if subject else None)
        if group or not subject:
            return group
        if role:
            return token.lemma_.lower()
        return self._phrase(token) if armed_group_member(token) else None

    def _phrase(self, token: Any) -> str:
        """The words of the source phrase ``token`` heads (``phrases.phrase_span``): the name
        of an armed group's member named by role (``agents.armed_group_member``), whose
        phrase may hold the group's name ("Isis fighters"), as a source the parse names by
        role keeps its words ("a senior official"); written in the span read back."""
        start, end = phrase_span(token, conjuncts=False, source=True)
        return doc_text(token.doc)[start:end]

    def _whose(self, token: Any) -> str | None:
        """The actor a participle kept in a source's phrase says it belongs to
        (``source_participle``), for a head that names no one itself: the body or place of
        people or a group ("a militia based in Tripoli", "teachers affiliated with the
        National Education Union"), who made or did a thing ("shells fired by the Turkish
        navy"); not where a thing was made ("a report released in Geneva"), nor whom the
        participle acts on ("a coalition fighting the rebels")."""
        kept = [c for c in token.children if source_participle(c)]
        deps = {"prep", "agent"} if agent_role(token) is not None else {"agent"}
        objects = [o for c in kept for p in c.children if p.dep_ in deps for o in p.children]
        return next((n for o in objects if o.dep_ == "pobj" if (n := self.name(o))), None)

    def _body(self, agents: Any) -> str | None:
        """The body that agents named by their role belong to or are led by, named inside
        their phrase: proper nouns before them that the tagger labels as no entity ("KFOR
        soldiers", "Border Patrol agents"), the organisation of their "with" ("gunmen with the
        Arakan Army", as its members), or, for an armed force, who leads it ("Ukrainian-led
        forces"; a government led by a party is still the government). CAMEO codes a force
        by whose it is, not by its role; None when the phrase names no body. A sentence in
        headline case capitalises every word, so its proper nouns say nothing ("Editors Barred
        A Black Reporter")."""
        proper = [c for c in agents.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if proper and not any(c.ent_type_ for c in proper) and not sentence_in_headline_case(agents):
            return agents.doc[proper[0].left_edge.i : proper[-1].i + 1].text
        leading = [c for c in agents.children if c.dep_ == "amod" and c.lemma_.lower() == "lead"]
        leaders = [c for v in leading if v.tag_ == "VBN" for c in v.children if c.dep_ in {"npadvmod", "compound"}]
        if armed(agents) and (named := next((n for c in leaders if (n := self._name_of(c))), None)):
            return named
        members = [o for p in agents.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        return next((self.name(o) for o in members if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)

    def _name_of_compound(self, token: Any) -> str | None:
        """ "PRC Embassy officials": the name sits in a compound of a compound."""
        if token.dep_ != "compound":
            return None
        return next((name for c in token.children if c.dep_ == "compound" if (name := self._name_of(c))), None)

    def _name_of_group(self, token: Any, *, preps: set[str]) -> str | None:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                name = self.name(obj)
                if name:
                    return name
        return None

    def _name_of(self, token: Any) -> str | None:
        if token.idx in self.by_char:
            return canonical_country(self.by_char[token.idx]) or self.by_char[token.idx]
        if token.ent_type_ in ACTOR_LABELS and _cut_short(self.ent_of[token.i]):
            return self._whole_name(self.ent_of[token.i])
        if token.ent_type_ in ACTOR_LABELS:
            ent = self.ent_of[token.i]
            return canonical_country(ent.text) or ent.text.removeprefix("the ").removesuffix("’s").removesuffix("'s")
        return canonical_country(token.text) if token.pos_ in {"PROPN", "ADJ", "NOUN"} else None

    def _whole_name(self, ent: Any) -> str | None:
        """The name of an entity the tagger cut short before its "of" object (``_cut_short``):
        the two entities read as one ("the Ministry of Health of" and "Ethiopia": Ministry of
        Health of Ethiopia); None for a government's ("The Government of" India), which its
        "of" phrase names as the state (``_capitalised_government``), or when no entity
        follows."""
        after = self.ent_of.get(ent.end)
        if ent.root.lower_ == "government" or after is None or after.label_ not in ACTOR_LABELS:
            return None
        whole = ent.doc[ent.start : after.end]
        return whole.text.removeprefix("The ").removeprefix("the ")

    def affiliation(self, token: Any, *, span: tuple[int, int]) -> str | None:
        """The state or people a named person's or organisation's title or description names,
        or None: "French President Emmanuel Macron", "Egypt's Foreign Ministry", "Viktor Orban,
        the Hungarian prime minister", "Omar al-Bashir of Sudan", "the president of the Syrian
        parliament" (an "of" object's own modifiers). A person's title may also name the
        organisation the person serves or leads ("NATO Secretary General Jens Stoltenberg").
        A common noun is named by such a modifier itself ("Russian activists": ``name``),
        unless a named person in apposition names it, when the noun is that person's title ("A
        member of the Syrian parliament, Mohammed Mamoun"); a named head keeps its own name
        first and is also named by the state or body it acts for, as CAMEO codes an actor by
        its country or organisation and role. A state's adjective in the title written before
        a named person that the tagger left outside its places and peoples names that state
        too ("Veteran Pakistani opposition leader X": Pakistan, ``state_adjective``).
        Only words inside the phrase's character ``span`` count, so that the name is written
        in the phrase."""
        person = _titled_person(token)
        if token.ent_type_ not in _TITLED_LABELS and person is None:
            return None
        own = self.ent_of.get(person.i if person is not None else token.i)
        labels = _PERSON_AFFILIATION_LABELS if person is not None else _AFFILIATION_LABELS
        for word in _title_words(token):
            if not span[0] <= word.idx < span[1] or self.ent_of.get(word.i) is own:
                continue
            if word.ent_type_ in labels and not self._field(word):
                return self._name_of(word)
            if person is token and word in _own_title(token) and (state := state_adjective(word)):
                return state  # "Veteran Pakistani opposition leader X": Pakistan
        return None

    def _field(self, word: Any) -> bool:
        """An organisation the tagger finds in a title that is only the title's own field,
        all its words title words or the fields a ministry covers ("Defense" of "Defense
        Minister Sergey Shoigu", "Education Secretary", "Secretary of Labor", "Energy and
        Commerce chief"), no body the person serves."""
        ent = self.ent_of.get(word.i)
        words = ent if ent is not None else [word]
        fields = TITLE_WORDS | PORTFOLIO_WORDS
        return word.ent_type_ == "ORG" and all(w.lower_ in fields for w in words)

    def names(self, token: Any, *, subject: bool = False) -> list[str]:
        """The actors of a phrase and of the phrases conjoined with it ("Beijing and Moscow")."""
        found = []
        for item in (token, *_conjuncts(token)):
            name = self.name(item, subject=subject)
            if name and name not in found:
                found.append(name)
            found += [n for n in self._conjoined_modifiers(item) if n not in found]
        return found

    def _conjoined_modifiers(self, token: Any) -> list[str]:
        """ "US and British activists": both modifiers name an actor."""
        return [
            name
            for child in token.children
            if child.dep_ in {"compound", "amod", "nmod"}
            for conj in _conjuncts(child)
            if (name := self._name_of(conj))
        ]


def _led_government(token: Any, candidate: Any, name: str) -> str:
    """The name of a government named by the person who leads it, the head noun with the
    person's name ("the Bush administration", "Maduro's government": Bush administration,
    Maduro government), an actor of its own and not the person, as CAMEO codes it as the
    state's government; ``name`` itself for anything else."""
    if token.lower_ not in GOVERNMENT_NOUNS or candidate is token or candidate.ent_type_ != "PERSON":
        return name
    return f"{name} {token.lower_}"


def _cut_short(ent: Any) -> bool:
    """An entity the tagger ended on a preposition, article or conjunction ("The Government
    of" before "India"): a name cut short, not a name; the head's phrase names the actor."""
    return ent[-1].pos_ in {"ADP", "DET", "CCONJ"}


def _capitalised_government(token: Any) -> bool:
    """"Government" written with a capital and tagged a proper noun that names no one itself
    ("The Government of India", "the Federal Government of Somalia"): a common noun, named by
    the state of its "of" phrase, as "the government of Kenya" is; an agency's name keeps
    its own ("The Civil Aviation Administration of China")."""
    return token.pos_ == "PROPN" and token.lower_ == "government"


def _conjuncts(token: Any) -> list[Any]:
    return list(token.conjuncts)


def _titled_person(token: Any) -> Any | None:
    """The named person a phrase headed by ``token`` stands for, whose title its words are:
    the head itself ("NATO Secretary General Jens Stoltenberg") or, for a common noun, a
    person named in apposition to it ("A member of the Syrian parliament, Mohammed Mamoun");
    None for anyone else."""
    if token.ent_type_ == "PERSON":
        return token
    if token.pos_ != "NOUN":
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _title_words(token: Any) -> list[Any]:
    """The words of a name's title and description, left to right: the title's modifiers and
    theirs ("US" in "US Secretary of State Rex Tillerson"), those of the words the parse split
    off before a subject ("Libyan Prime Minister" of "Fayez al-Sarraj", ``split_words``), a
    person's "of" and its modifiers ("President Mohamed Morsi of Egypt"; an organisation's
    "of" is part of its name: "the University of X"), and its apposition's adjectives,
    possessors and "of" ("the Hungarian prime minister", "the president of Sudan", "the
    speaker of the Syrian parliament"), not a compound there, which names a field as often
    as a state ("a North Korea expert"), but for an office of a state ("the Ohio governor",
    ``_state_office``). A common noun a named person stands in apposition to is that
    person's title ("A member of the Syrian parliament, Mohammed Mamoun")."""
    found = [w for c in token.children if c.dep_ in MODIFIER_DEPS for w in _modifier_words(c)]
    found += [w for part in split_words(token) for w in _modifier_words(part)]
    found += _of_words(token) if _titled_person(token) is not None else []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        found += [w for c in appos.children if c.dep_ in {"amod", "poss"} for w in _modifier_words(c)]
        found += [w for c in _served_places(appos) for w in _modifier_words(c)]
        found += _of_words(appos)
    return sorted(found, key=lambda w: w.i)


#: The roles of a state's own organs in the agent lexicon: its government, legislature,
#: courts and armed forces (``agents.ROLE_NAMES``).
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def _state_office(noun: Any) -> bool:
    """An office held in a state's organ ("governor", "senator", "ambassador", "judge"), whose
    place compound names the state or province served ("the Ohio governor"), not a field
    ("a North Korea expert", "a Russia analyst")."""
    return noun.pos_ == "NOUN" and agent_role(noun) in _STATE_ROLES


#: Offices of being sent to another state: "the Russia envoy" is sent to Russia, so a place
#: before one names the state served only beside the "to" or "for" of where it is sent ("the
#: U.S. ambassador to the United Nations", "the US envoy for North Korea").
_SENT_OFFICES = frozenset({"ambassador", "envoy", "emissary"})
#: The prepositions of where or for what an envoy is sent ("to the United Nations", "for
#: North Korea"), beside which a place before the office is the sender.
_SENT_TO = frozenset({"to", "for"})
#: Entity labels of a place or body a compound before an office names as served.
_SERVED_LABELS = frozenset({"GPE", "ORG"})


def _served_places(office: Any) -> list[Any]:
    """The compounds before an office of a state (``_state_office``) that name the state,
    place or body served: the office's own compound modifier, a place or body by its entity
    label ("the Ohio governor", "a Foreign Office minister") right before it, not a person,
    nor a word further off ("a former Iraq war soldier": a war's place; "a Trump campaign
    official": a campaign's), nor before an office of being sent without its "to" or "for"
    (``_SENT_OFFICES``)."""
    if not _state_office(office):
        return []
    sent = office.lemma_.lower() in _SENT_OFFICES
    if sent and not any(c.dep_ == "prep" and c.lower_ in _SENT_TO for c in office.children):
        return []
    before = office.doc[office.i - 1] if office.i > 0 else None
    if before is None or before.head != office or before.dep_ != "compound":
        return []
    return [before] if before.ent_type_ in _SERVED_LABELS else []


def _own_title(token: Any) -> list[Any]:
    """The words of the title written before a name, its modifiers and theirs ("Veteran
    Pakistani opposition leader" of "X"), not an apposition's nor an "of" phrase's."""
    return [w for c in token.children if c.dep_ in MODIFIER_DEPS for w in _modifier_words(c)]


#: Nouns of a group of kin, whose "of" names a relative as a kinship noun's does ("the family
#: of an Israeli hostage").
_KIN_GROUPS = frozenset({"family", "household"})
#: What stops an "of" chain: a noun of kinship or a kin group (read once, not per call).
_KIN_WORDS = KIN_NOUNS | _KIN_GROUPS


def _of_words(token: Any) -> list[Any]:
    """The objects of a word's "of" phrases and their modifiers ("of Egypt", "of the Syrian
    parliament"), and those of the body's own "of", the body it is part of ("a member of the
    foreign affairs committee of the Italian parliament"); a kinship noun's "of" names a
    relative, so only its object counts ("the son of Cuban immigrants"), and nothing past a
    kinship noun further along ("a member of the family of an Israeli hostage"); a bare noun
    with no determiner is a field, not a body ("a professor of history of the Ottoman
    Empire"), so its "of" is not followed either."""
    if _kin(token):
        return of_objects(token)
    return [w for o in of_objects(token) for w in (*_modifier_words(o), *_body_of_words(o))]


def _kin(noun: Any) -> bool:
    return noun.lemma_.lower() in _KIN_WORDS


def _body_of_words(noun: Any) -> list[Any]:
    """The words of the "of" of an "of" object that names a body ("the committee"), none
    past a kinship noun or a bare field (``_of_words``)."""
    if _kin(noun) or not any(c.dep_ == "det" for c in noun.children):
        return []
    return _of_words(noun)


def _modifier_words(token: Any) -> list[Any]:
    """A modifier and the modifiers hung on it ("Prime" and "Minister" of "Libyan Prime
    Minister")."""
    inner = [w for c in token.children if c.dep_ in MODIFIER_DEPS for w in _modifier_words(c)]
    return [token, *inner]


def verb_sources(verb: Any, actors: ActorNames) -> list[str]:
    for child in verb.children:
        if child.dep_ == "nsubj" and bare_pronoun(child) and verb.dep_ in {"ccomp", "xcomp", "conj", "advcl"}:
            if negative_quantifier(child):
                return []  # "Israel said no one from its army had fired ...": no one, not Israel
            return verb_sources(verb.head, actors) if verb.head.pos_ in {"VERB", "AUX"} else []
        if child.dep_ in {"nsubj"}:
            return actors.names(child, subject=True)
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return actors.names(objects[0], subject=True) if objects else []
    passive = passive_subject(verb.head) if verb.dep_ == "xcomp" else None
    if passive is not None:  # "Obama is scheduled to attend": Obama attends
        return actors.names(passive, subject=True)
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        return verb_sources(verb.head, actors)
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":  # "Syria is willing to withdraw"
        return verb_sources(verb.head.head, actors)
    if (copula := blaming_copula(verb)) is not None:  # "was guilty of violating the truce"
        return verb_sources(copula, actors)
    if not (means := _passive_means(verb, actors)) and (own := own_subject(verb)) is not None:
        return actors.names(own, subject=True)  # "UN sanctions were lifted": the UN
    return means


def _passive_means(verb: Any, actors: ActorNames) -> list[str]:
    """The actor behind an agentless passive, read from its means: "were killed in Israeli tank
    shelling" -> Israel. A place ("killed in Ukraine") is where, not who, so it is not used."""
    for obj in means_objects(verb):
        names = [name for c in obj.children if c.dep_ in MODIFIER_DEPS if (name := actors.name(c))]
        if names:
            return names
    return []


def verb_targets(verb: Any, actors: ActorNames, *, code: str | None = None) -> list[str]:
    """The names of whom the verb acts on; ``code`` is the CAMEO code the coder gave it, where
    it has one (an act noun it reports or represses lends the verb its actors)."""
    found: list[str] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"} and child.pos_ != "ADP":
            found += actors.names(child)
            if reported_act(child, verb_code=code):  # "condemned the attack by Hamas": Hamas
                found += noun_actors(child, actors)[0]
            found += [
                name
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ in {"against", "on", "to"}
                for obj in prep.children
                if obj.dep_ == "pobj"
                for name in actors.names(obj)
            ]
        elif child.dep_ in {"prep", "dative"} and child.lower_ in _BENEFICIARY_PREPS:  # "provide support to Israel"
            found += [name for obj in child.children if obj.dep_ == "pobj" for name in actors.names(obj)]
    if (said_of := reduced_subject(verb)) is not None:  # "There were 10 soldiers killed"
        found += actors.names(said_of)
    return list(dict.fromkeys(found))


def between_parties(token: Any) -> list[Any]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return [objects[0], *_conjuncts(objects[0])] if objects else []
    return []


def noun_actors(token: Any, actors: ActorNames) -> tuple[list[str], list[str]]:
    between = between_parties(token)
    if between:
        return list(dict.fromkeys(n for t in between if (n := actors.name(t)))), []
    sources: list[str] = []
    targets: list[str] = []
    for child in token.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and not time_word(child):
            sources += actors.names(child)
        elif child.dep_ == "prep" and child.lower_ in {"by", "of"}:
            sources += [n for obj in child.children if obj.dep_ == "pobj" for n in actors.names(obj)]
        elif child.dep_ == "prep" and child.lower_ in _BENEFICIARY_PREPS | {"from"}:
            targets += [n for obj in child.children if obj.dep_ == "pobj" for n in actors.names(obj)]
    phrase = act_phrase(token)  # "issued arrest warrants"
    if (
        not sources
        and phrase.dep_ == "dobj"
        and phrase.head.pos_ == "VERB"
        and not reported_act(token)
    ):
        sources = verb_sources(phrase.head, actors)  # "activists staged a protest", "X launched an attack"
        targets = targets or verb_targets(phrase.head, actors)
    if not sources and (copula := blaming_copula(token)) is not None:
        sources = verb_sources(copula, actors)  # "the rebels are responsible for the attack"
    return list(dict.fromkeys(sources)), list(dict.fromkeys(t for t in targets if t not in sources))


def state_adjective(word: Any) -> str | None:
    """The state an adjective that the tagger left outside the places and peoples names, or
    None: the names table's words (``names.canonical_country``: "Serbian") and a country's
    name with an adjective's ending that names one state (the gazetteer's
    ``state_of_adjective``: "Pakistani"; not "Dominican" or "Indian", words of other states'
    names too), written with a capital as a word of its own ("Veteran Pakistani opposition
    leader X", where the tagger ran the adjective into another name); not the part of a word
    after a hyphen ("a pro-Russian leader")."""
    if word.tag_ != "JJ" or not word.text[:1].isupper():
        return None
    if word.i > 0 and not word.doc[word.i - 1].whitespace_:  # "pro-Russian"
        return None
    gazetteer = load_gazetteer()
    found = gazetteer.state_of_adjective(word.text)
    return canonical_country(word.text) or (gazetteer.entries[found]["name"] if found else None)
