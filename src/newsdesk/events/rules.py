"""The dictionary coder: event candidates with CAMEO codes, actors, negation and modality.

``extract_rule_events(doc)`` proposes every event the PETRARCH-2 dictionary and the dependency
rules find; ``newsdesk.events.extract_events`` picks among them with the learned classifier.
A candidate record::

    {"trigger": "request", "action": "request", "actors": ["Kassym-Jomart Tokayev"],
     "targets": [], "date": "2022-01-05", "date_precision": "day", "place": "Kazakhstan",
     "cameo": "020", "plover": "REQUEST", "negated": false, "modality": "asserted",
     "text": "<the sentence>", "start": ..., "end": ..., "trigger_start": ..., "trigger_end": ...}

Verb triggers and their codes come from the PETRARCH-2 CAMEO verb dictionary (derived into
``data/cameo_verbs.json`` by ``scripts/build_cameo_verbs.py``): the verb's default code,
overridden by a pattern on its object ("send + troops"), else, for a verb with no object of
its own, by a pattern that names only a preposition ("call on", "call for": 020); under a verb
of not doing the infinitive's verb is the object ("declined to comment" is *decline + comment*,
011, as "declined comment" would be). Noun triggers ("Tokayev's request",
"a phone call between A and B", "the withdrawal of troops") use the small table
``NOUN_TRIGGERS`` below. Actors are read from the dependency parse: subjects (and passive
agents, else the means of an agentless passive: "killed in Israeli shelling") are sources;
objects and the objects of to/with/against are targets. A verb event needs a source actor (as
in PETRARCH), which may be a role noun ("Insurgents bombarded ..."); a noun event may have none
when its sentence is dated ("protests over fuel prices on January 2"). A statement with no
coded event inside it is not an event; "A wants/asks B to do X" is an appeal to B (CAMEO 02x),
"A said B must (should) do X" A's demand (100), "A is willing to do X" A's intent (03x),
"summoned the ambassador to complain" the complaint. A few readings the derived dictionary
misses follow its own codes: a pattern's noun may be the object's compound ("aid deliveries"),
any verb of lessening with aid as its object is 162, forces kept "on alert" are 152,
"defend" is verbal (052) unless an armed force defends (074), and a surrender by an armed
force or rebels is a military one (0874). PLOVER types follow the codes' roots, except that
releases, returns, access and de-escalation (084, 086, 087) are RETREAT.

``negated`` is true under a negation or a verb of not doing ("refrained from any commitment
to intervene"); ``modality`` is ``asserted``, ``possible`` (could, may, might), ``future``
(will), ``intended`` (plan, seek, want, threaten to) or ``conditional`` (if ...). Only
asserted, non-negated events enter the timeline and the footprint.

The dictionary lookup and the dependency rules are written here because PETRARCH-2 itself
needs Stanford CoreNLP constituency parses and is unmaintained; the rules are the parts of
its verb-pattern matching that spaCy's dependency parse supports.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from newsdesk.events.actors import (
    ACTOR_LABELS,
    COMMITTING_VERBS,
    MODIFIER_DEPS,
    OBLIGATION,
    PLACE_LABELS,
    READY_ADJECTIVES,
    REPORTING_VERBS,
    TARGET_PREPS,
    passive_subject,
    purpose_clause,
)
from newsdesk.events.agents import ARMED_ROLES, agent_role, source_agent
from newsdesk.events.classify import ATTRIBUTING
from newsdesk.names import canonical_country
from newsdesk.parsed import doc_ents, span_ents

#: CAMEO root (first two digits) -> PLOVER event type.
PLOVER = {
    "01": None,
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
#: CAMEO 08 (yield) codes whose PLOVER type is RETREAT, not CONCEDE: PLOVER's RETREAT modes are
#: release, return, access, ceasefire, disarm and withdraw (the modes of the NGEC stories), so
#: 084 return or release persons or property, 086 allow international involvement
#: (peacekeepers, inspectors, humanitarian access) and 087 de-escalate (truce, ease a blockade,
#: demobilise, retreat or surrender). Easing bans and sanctions and acceding to demands
#: (081-083, 085) stay CONCEDE.
RETREAT_CODES = ("084", "086", "087")

#: Nouns that report an event -> CAMEO code. "call" counts only as a phone call.
NOUN_TRIGGERS = {
    "request": "020",
    "appeal": "020",
    "plea": "020",
    "talks": "043",
    "meeting": "040",
    "summit": "043",
    "visit": "042",
    "phone call": "041",
    "telephone call": "041",
    "call": "041",
    "protest": "140",
    "demonstration": "141",
    "rally": "141",
    "withdrawal": "087",
    "pullout": "087",
    "deployment": "074",
    "intervention": "074",
    "invasion": "192",
    "attack": "190",
    "airstrike": "195",
    "sanction": "163",
    "agreement": "057",
    "deal": "057",
    "treaty": "057",
    "crackdown": "175",
    "arrest": "173",
    "coup": "201",
}
_CALL_COMPOUNDS = {"phone", "telephone", "video"}
#: The dependents of a noun that may name the actor it stands for: "UN troops", "Israel's army",
#: "the group al-Nusra Front" (an apposition).
_NAMING_DEPS = MODIFIER_DEPS | {"appos"}
_NEGATING_VERBS = {"refrain", "refuse", "decline", "deny", "avoid", "fail", "reject", "stop", "cease"}
_POSSIBLE = {"could", "may", "might", "can", "should", "would", "must"}
_INTENT_VERBS = {
    "plan",
    "seek",
    "want",
    "intend",
    "threaten",
    "hope",
    "try",
    "aim",
    "expect",
    "propose",
    "consider",
    "prepare",
    "schedule",
}
#: The target prepositions and "for", whose object is whom an act benefits ("aid for Zimbabwe").
_BENEFICIARY_PREPS = TARGET_PREPS | {"for"}
STATEMENT_ROOT = "01"
#: Agent roles that fight: armed forces, police, armed groups and rebels.
_FIGHTING_ROLES = ARMED_ROLES | {"REB"}
#: The dependents of a subject that say what it is: "NPA rebels", "rebel commander Juan Cruz",
#: "Juan Cruz, a police officer".
_SUBJECT_ROLE_DEPS = {"compound", "amod", "appos"}
PHONE_CALL = "041"
_COMPLEMENT_DEPS = {"xcomp", "ccomp", "pobj", "prep", "pcomp", "acl", "dobj", "advcl", "conj"}


@lru_cache(maxsize=1)
def cameo_dictionary() -> dict[str, Any]:
    """The derived CAMEO verb dictionary: verb forms -> (lemma, entry) and the pattern blocks."""
    raw = json.loads(resources.files("newsdesk.data").joinpath("cameo_verbs.json").read_text("utf-8"))
    forms = {}
    for lemma, entry in raw["verbs"].items():
        for form in (lemma, *entry["forms"]):
            forms.setdefault(form, (lemma, entry))
    return {"forms": forms, "patterns": raw["patterns"]}


def plover_of(cameo: str) -> str | None:
    """The PLOVER type of a CAMEO code (None for statements, 01)."""
    return "RETREAT" if cameo.startswith(RETREAT_CODES) else PLOVER.get(cameo[:2])


# -- verb triggers -----------------------------------------------------------------------------


def verb_code(token: Any) -> tuple[str, str] | None:
    """``(dictionary lemma, CAMEO code)`` for a verb token in its context, or None."""
    dictionary = cameo_dictionary()
    phrasal = [c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}]
    candidates = [f"{token.lemma_.lower()} {particle}" for particle in phrasal] + [token.lemma_.lower(), token.lower_]
    for key in candidates:
        if key in dictionary["forms"]:
            lemma, entry = dictionary["forms"][key]
            code = _pattern_code(token, dictionary["patterns"][entry["block"]], entry["code"])
            if code and plover_of(code) == "PROTEST" and _armed_strike(token):
                code = NOUN_TRIGGERS["attack"]
            return (lemma, code) if code else None
    return None


def _armed_strike(verb: Any) -> bool:
    """True when the strike a verb launches is an attack, not a walkout: "launched a missile
    strike" (a weapon the dictionary names, or "air"), "launched strikes on rebel positions"
    (aimed at a target that is not an organisation: "a strike against Petrobras" is labour)."""
    objects = _objects_and_of(verb)
    strikes = [t for t in objects if t.lemma_.lower() == "strike"]
    if not strikes:
        return False
    modifiers = {c.lower_ for s in strikes for c in s.children if c.dep_ in MODIFIER_DEPS}
    if modifiers & (_weapon_nouns() | {"air"}):
        return True
    aims = [
        o
        for head in (verb, *objects)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in {"on", "against", "into"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(o.ent_type_ not in {"ORG", "DATE", "TIME"} for o in aims)  # not "on Monday"


def _objects_and_of(verb: Any) -> list[Any]:
    """A verb's direct objects and the objects of their "of" ("launched dozens of strikes")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [
        o for d in objects for p in d.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]


@lru_cache(maxsize=1)
def _weapon_nouns() -> frozenset[str]:
    """Nouns the dictionary's patterns code as using a weapon (CAMEO 194, "fight with ...")."""
    return frozenset(
        noun
        for block in cameo_dictionary()["patterns"]
        for prep, noun, code, _ in block
        if prep is None and code == "194"
    )


def _pattern_code(token: Any, patterns: list[list[Any]], default: str | None) -> str | None:
    """The code of the pattern the verb's objects match best (``_phrase_rank``; the block's
    order among equals); else, for a verb without a direct object, a pattern that names only a
    preposition ("call on", "call for": 020; with an object the preposition says where or when:
    "met Putin at the Kremlin"); else the block's default."""
    objects = _object_words(token)
    matched = [p for p in patterns if p[1] is not None and (p[0], p[1]) in objects]
    if matched:
        modifiers = _object_modifiers(token)
        return min(matched, key=lambda pattern: _phrase_rank(pattern[3], modifiers))[2]
    if any(c.dep_ == "dobj" for c in token.children):
        return default
    preps = {c.lower_ for c in token.children if c.dep_ == "prep" and not _of_time(c)}
    preps |= {"for"} if _for_clause(token) else set()
    return next((code for prep, noun, code, _ in patterns if noun is None and prep in preps), default)


def _phrase_rank(slots: list[list[str]], modifiers: set[str]) -> int:
    """0 for a phrase pattern whose words before its head all modify the object ("launched a
    joint military operation": 0312), 1 for a pattern of the head noun alone ("launched an
    operation": 190), 2 for a phrase pattern whose words are missing: the dictionary's
    phrase names a narrower act than the bare noun, so it is read only when nothing else is."""
    if not slots:
        return 1
    return 0 if all(modifiers & set(words) for words in slots) else 2


def _object_modifiers(verb: Any) -> set[str]:
    """The words that modify the nouns a verb acts on or through ("a joint military
    operation", "sent a medical team", "for peacekeeping operations")."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}]
    heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return {
        word
        for head in heads
        for c in head.children
        if c.dep_ in MODIFIER_DEPS
        for word in (c.lemma_.lower(), c.lower_)
    }


def _for_clause(verb: Any) -> bool:
    """True for a clause "for X to do Y" under the verb ("called for Burma to institute
    reforms"), whose "for" the parse marks as the clause's, not the verb's."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for c in verb.children for m in c.children)


def _not_doing(verb: Any) -> bool:
    """True for a verb of not doing ("declined to comment"), whose infinitive names what is
    not done as an object noun would ("declined comment")."""
    return verb.lemma_.lower() in _NEGATING_VERBS


def _of_time(prep: Any) -> bool:
    """True for a preposition whose object is a date or time ("on Tuesday")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _object_words(token: Any) -> set[tuple[str | None, str]]:
    words: set[tuple[str | None, str]] = set()
    for child in token.children:
        if child.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}:  # "evidence was presented" = "presented evidence"
            words |= {(None, child.lemma_.lower()), (None, child.lower_)}
            # the noun's compound modifier is the object the pattern names: "aid deliveries" (AID)
            words |= {(None, c.lemma_.lower()) for c in child.children if c.dep_ == "compound"}
            words |= {
                (None, word)
                for prep in child.children
                if prep.lower_ == "of"
                for obj in prep.children
                if obj.dep_ == "pobj"
                for word in (obj.lemma_.lower(), obj.lower_)
            }
        elif child.dep_ == "xcomp" and child.pos_ == "VERB" and _not_doing(token):
            words.add((None, child.lemma_.lower()))  # "declined to comment": decline + comment
        elif child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words |= {(child.lower_, obj.lemma_.lower()), (child.lower_, obj.lower_)}
    return words


# -- actors ------------------------------------------------------------------------------------


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
        group al-Nusra Front"); as a ``subject`` also by where it sits ("a court in Guyana") or by
        its role ("Insurgents bombarded ...")."""
        for candidate in (token, *[c for c in token.children if c.dep_ in _NAMING_DEPS]):
            name = self._name_of(candidate) or self._name_of_compound(candidate)
            if name:
                return name
        if token.pos_ != "NOUN":
            return None
        role = source_agent(token)
        group = self._name_of_group(token, preps={"of", "from", "in"} if subject and role else {"of", "from"})
        return group or (token.lemma_.lower() if subject and role else None)

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
        if token.ent_type_ in ACTOR_LABELS:
            ent = self.ent_of[token.i]
            return canonical_country(ent.text) or ent.text.removeprefix("the ").removesuffix("’s").removesuffix("'s")
        return canonical_country(token.text) if token.pos_ in {"PROPN", "ADJ", "NOUN"} else None

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


def _conjuncts(token: Any) -> list[Any]:
    return list(token.conjuncts)


def verb_sources(verb: Any, actors: ActorNames) -> list[str]:
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ == "PRON" and verb.dep_ in {"ccomp", "xcomp", "conj", "advcl"}:
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
    return _passive_means(verb, actors)


def _passive_means(verb: Any, actors: ActorNames) -> list[str]:
    """The actor behind an agentless passive, read from its means: "were killed in Israeli tank
    shelling" -> Israel. A place ("killed in Ukraine") is where, not who, so it is not used."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "by", "from"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in PLACE_LABELS):
            names = [
                name for c in obj.children if c.dep_ in {"amod", "compound", "nmod", "poss"} if (name := actors.name(c))
            ]
            if names:
                return names
    return []


def verb_targets(verb: Any, actors: ActorNames) -> list[str]:
    found: list[str] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"} and child.pos_ != "ADP":
            found += actors.names(child)
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
    return list(dict.fromkeys(found))


# -- negation and modality ---------------------------------------------------------------------


def negated(token: Any) -> bool:
    """True under "not"/"never"/"no", or inside the complement of a verb of not doing or of a
    negated verb ("refrained from any commitment to intervene", "did not agree to send")."""
    if _has_negation(token):
        return True
    for item, parent in zip((token, *token.ancestors), token.ancestors):
        if item.dep_ not in _COMPLEMENT_DEPS or parent.lower_ == "until":
            return False
        if parent.lemma_.lower() in _NEGATING_VERBS or parent.lower_ == "without":
            return True
        if parent.pos_ in {"VERB", "AUX"} and _has_negation(parent):
            return True
    return False


def _has_negation(token: Any) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def modality(token: Any) -> str:
    for item in (token, *token.ancestors):
        auxiliaries = {c.lower_ for c in item.children if c.dep_ in {"aux", "auxpass"}}
        if "would" in auxiliaries and _reported(item):
            return "future"  # "A announced it would free prisoners": the future of a past statement
        if auxiliaries & _POSSIBLE:
            return "possible"
        if auxiliaries & {"will", "’ll", "'ll", "shall"}:
            return "future"
        if item.i != token.i and item.lemma_.lower() in _INTENT_VERBS:
            return "intended"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in item.children):
            return "conditional"
        if item.dep_ not in _COMPLEMENT_DEPS:
            break
    return "asserted"


def _reported(token: Any) -> bool:
    """True for the clause a reporting verb introduces ("said that ...", "announced it ...")."""
    verb = token.head.lemma_.lower()
    return token.dep_ == "ccomp" and (verb in REPORTING_VERBS or verb in COMMITTING_VERBS)


# -- noun triggers -----------------------------------------------------------------------------


def noun_code(token: Any) -> tuple[str, str] | None:
    lemma = token.lemma_.lower()
    compounds = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}}
    if lemma == "call":
        return ("phone call", "041") if compounds & _CALL_COMPOUNDS or _between(token) else None
    if lemma == "strike" and "air" in compounds:
        return "airstrike", NOUN_TRIGGERS["airstrike"]
    if lemma == "talk" and token.lower_ == "talks":
        return "talks", NOUN_TRIGGERS["talks"]
    return (lemma, NOUN_TRIGGERS[lemma]) if lemma in NOUN_TRIGGERS and lemma != "talks" else None


def _between(token: Any) -> list[Any]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return [objects[0], *_conjuncts(objects[0])] if objects else []
    return []


def _noun_actors(token: Any, actors: ActorNames) -> tuple[list[str], list[str]]:
    between = _between(token)
    if between:
        return list(dict.fromkeys(n for t in between if (n := actors.name(t)))), []
    sources: list[str] = []
    targets: list[str] = []
    for child in token.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            sources += actors.names(child)
        elif child.dep_ == "prep" and child.lower_ in {"by", "of"}:
            sources += [n for obj in child.children if obj.dep_ == "pobj" for n in actors.names(obj)]
        elif child.dep_ == "prep" and child.lower_ in _BENEFICIARY_PREPS | {"from"}:
            targets += [n for obj in child.children if obj.dep_ == "pobj" for n in actors.names(obj)]
    phrase = token.head if token.dep_ == "compound" else token  # "issued arrest warrants"
    if not sources and phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB":
        sources = verb_sources(phrase.head, actors)  # "activists staged a protest", "X launched an attack"
        targets = targets or verb_targets(phrase.head, actors)
    return list(dict.fromkeys(sources)), list(dict.fromkeys(t for t in targets if t not in sources))


# -- when and where ----------------------------------------------------------------------------


def _date_for(trigger: Any, times: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The resolved time expression in the trigger's sentence closest to the trigger."""
    sentence = trigger.sent
    inside = [
        t
        for t in times
        if t.get("kind") != "reference" and t.get("value") and sentence.start_char <= t["start"] < sentence.end_char
    ]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t["start"] - trigger.idx))


def _place_for(trigger: Any, doc: Any, exclude: set[str]) -> str | None:
    candidates = []
    for ent in span_ents(trigger.sent):
        if ent.label_ not in PLACE_LABELS:
            continue
        head = ent.root.head
        if (head.dep_ == "prep" and head.lower_ in {"in", "at", "near", "inside", "across"}) or head.lower_ in {
            "in",
            "at",
        }:
            name = canonical_country(ent.text) or ent.text
            if name not in exclude:
                candidates.append((abs(ent.start - trigger.i), name))
    return min(candidates)[1] if candidates else None


# -- the analyser ------------------------------------------------------------------------------


def make_event(
    trigger: Any,
    lemma: str,
    code: str,
    sources: list[str],
    targets: list[str],
    *,
    doc: Any,
    times: list[dict[str, Any]],
) -> dict[str, Any]:
    sentence = trigger.sent
    when = _date_for(trigger, times)
    return {
        "trigger": trigger.text,
        "action": lemma,
        "actors": sources,
        "targets": [t for t in targets if t not in sources],
        "cameo": code,
        "plover": plover_of(code),
        "date": when["value"] if when else None,
        "date_precision": when["precision"] if when else None,
        "date_text": when["text"] if when else None,
        "place": _place_for(trigger, doc, set(sources)),
        "negated": negated(trigger),
        "modality": modality(trigger),
        "text": sentence.text.strip(),
        "start": sentence.start_char,
        "end": sentence.end_char,
        "trigger_start": trigger.idx,
        "trigger_end": trigger.idx + len(trigger),
        "_reported_speech": code.startswith(STATEMENT_ROOT)
        and not any(child.dep_ == "dobj" for child in trigger.children),
    }


def extract_rule_events(
    doc: Any, *, times: list[dict[str, Any]] | None = None, mentions: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Every event in a parsed article; ``times``/``mentions`` are the article's layers."""
    actors = ActorNames(doc, mentions or [])
    events = []
    for sentence in doc.sents:
        pairs = [(token, e) for token in sentence if (e := _token_event(token, actors, doc, times or []))]
        _recode_embedded(pairs, actors)
        events += [event for _, event in pairs if not event.pop("_reported_speech")]
    return events


#: CAMEO root of an intended action -> the "express intent to" code (CAMEO 03x, 138).
INTENT_CODES = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "17": "138",
    "18": "138",
    "19": "138",
    "20": "138",
}


#: CAMEO root of the action asked for -> the "appeal for" code (CAMEO 02x).
APPEAL_CODES = {"06": "021", "05": "022", "07": "023", "08": "025", "04": "026"}
APPEAL_VERBS = {
    "want",
    "ask",
    "urge",
    "call",
    "press",
    "request",
    "appeal",
    "invite",
    "encourage",
    "demand",
    "need",
    "expect",
    "wish",
    "beg",
    "implore",
}


def _recode_embedded(pairs: list[tuple[Any, dict[str, Any]]], actors: ActorNames) -> None:
    """Code a verb by the action it embeds, as CAMEO does.

    "A seeks to deepen cooperation" is an intent to cooperate (031), not a bare 030; "A said it
    will attack B" is a threat (138); "A said it would not provide support" is a rejection (120).
    The embedded event stays, marked intended/negated, so it never counts as done.
    """
    for parent_token, parent in pairs:
        for child_token, child in pairs:
            if child_token.head != parent_token or not _embeds(parent, child_token):
                continue
            purpose = _says_what_for(parent, child_token)  # not what is asked of someone
            appealed = not purpose and _appeal_targets(parent_token, child_token, parent, child, actors)
            if appealed:
                code = APPEAL_CODES.get(child["cameo"][:2], "020")
                parent.update(cameo=code, plover=plover_of(code), targets=appealed, _reported_speech=False)
                child.update(actors=appealed, modality="intended")  # asked for, not done
                continue
            if parent["cameo"].startswith(STATEMENT_ROOT) and _demanded(child_token, child, parent["actors"]):
                parent.update(cameo="100", plover=plover_of("100"), targets=child["actors"], _reported_speech=False)
                continue
            code = _embedded_code(
                parent["cameo"],
                child,
                parent_actors=parent["actors"],
                attributed=_attributes(parent_token, child_token),
            )
            if code == "112":
                parent.update(cameo=code, plover=plover_of(code), targets=child["actors"], _reported_speech=False)
            elif code:
                parent.update(
                    cameo=code,
                    plover=plover_of(code),
                    targets=parent["targets"] or child["targets"],
                    _reported_speech=False,
                )


def _says_what_for(parent: dict[str, Any], child_token: Any) -> bool:
    """True for a clause that says what the act is for: an adverbial clause, or any clause of a
    phone call ("called Lavrov to discuss Syria", "called Erdogan to apologize": the caller
    discusses and apologizes; "called on X to ..." is the appeal pattern, 020, not a call)."""
    return child_token.dep_ == "advcl" or parent["cameo"] == PHONE_CALL


def _embeds(parent: dict[str, Any], child_token: Any) -> bool:
    """True for a clause the parent's act is coded by: a complement, or the purpose of a meeting
    ("summoned the ambassador to complain": the summons is the complaint)."""
    if child_token.dep_ in {"xcomp", "ccomp"}:
        return True
    return purpose_clause(child_token) and parent["cameo"].startswith("04")


def _appeal_targets(
    parent_token: Any, child_token: Any, parent: dict[str, Any], child: dict[str, Any], actors: ActorNames
) -> list[str]:
    """Who is asked to act in "A wants B to do X" / "A asks B to do X" (CAMEO 02x), or []."""
    if parent_token.lemma_.lower() not in APPEAL_VERBS:
        return []
    if any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in child_token.children):
        asked = [name for name in child["actors"] if name not in parent["actors"]]
    else:
        asked = [name for c in parent_token.children if c.dep_ in {"dobj", "dative"} for name in actors.names(c)]
    return [name for name in asked if name not in parent["actors"]]


def _demanded(child_token: Any, child: dict[str, Any], parent_actors: list[str]) -> bool:
    """True for "A said B must (should) do X": A demands it of B (CAMEO 10), B is not A."""
    auxiliaries = {c.lower_ for c in child_token.children if c.dep_ == "aux"}
    obliged = bool(auxiliaries & OBLIGATION) and "have" not in auxiliaries  # "must have had": a guess
    return obliged and bool(child["actors"]) and not set(child["actors"]) <= set(parent_actors)


#: CAMEO root of an action refused -> the "reject" code (CAMEO 12x).
REJECT_CODES = {"06": "121", "07": "121", "08": "124", "04": "125"}
_VIOLENT_ROOTS = {"17", "18", "19", "20"}
_VERBAL_CONFLICT_ROOTS = {"09", "10", "11", "12", "13"}


def _attributes(parent_token: Any, child_token: Any) -> bool:
    """True for a reporting clause that follows the start of the clause it reports ("Soldiers
    killed 10 people, officials said"): a verb of neutral speech (``classify.ATTRIBUTING``)
    that governs the reported clause and comes after its first word. It names the source of
    the report, not a verbal act of the speaker's own, as a leading "The US said that Iraq
    had attacked" (an accusation, CAMEO 112) does."""
    lemma = parent_token.lemma_.lower()
    return lemma in ATTRIBUTING and child_token.left_edge.i < parent_token.i


def _embedded_code(
    parent: str, child: dict[str, Any], *, parent_actors: list[str], attributed: bool = False
) -> str | None:
    root = child["cameo"][:2]
    if parent.startswith("04") and root in _VERBAL_CONFLICT_ROOTS and not child["negated"]:
        return child["cameo"]  # "summoned the ambassador to complain": the meeting is the complaint
    if parent.startswith("03") and not child["negated"]:
        return INTENT_CODES.get(root)
    if parent.startswith("01") and child["negated"] and child["modality"] in {"future", "possible"}:
        return REJECT_CODES.get(root, "120")
    if parent.startswith("01") and child["modality"] == "future":
        # "A said it will send a team": intent (03x); "will attack": threat (138)
        return child["cameo"] if root == "03" else INTENT_CODES.get(root)
    if attributed:
        return None  # "B attacked C, A said": B's attack, told by A, is no act of A's
    if parent[:2] in {"01", "11"} and child["modality"] == "asserted" and root in _VIOLENT_ROOTS:
        # "A said B attacked C" accuses B (112); "A claimed they attacked C" claims it (015).
        return "015" if set(child["actors"]) <= set(parent_actors) else "112"
    return None


def _token_event(token: Any, actors: ActorNames, doc: Any, times: list[dict[str, Any]]) -> dict[str, Any] | None:
    if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
        coded = verb_code(token) or _aid_cut(token) or _on_alert(token)
        sources = verb_sources(token, actors) if coded else []
        if coded and sources:
            code = _readiness_code(token, _military_surrender(token, _verbal_defence(token, coded[1])))
            return make_event(token, coded[0], code, sources, verb_targets(token, actors), doc=doc, times=times)
    elif token.pos_ == "NOUN":
        coded = noun_code(token)
        if coded:
            sources, targets = _noun_actors(token, actors)
            if sources or _date_for(token, times):  # "the chemical attacks": no one, no time, no event
                return make_event(token, coded[0], coded[1], sources, targets, doc=doc, times=times)
    return None


def _readiness_code(verb: Any, code: str) -> str:
    """The intent code of an act stated as a readiness ("is willing to withdraw" 035 rather
    than 0874, "is ready to attack" 138), else ``code``."""
    ready = verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.lower_ in READY_ADJECTIVES
    return INTENT_CODES.get(code[:2], code) if ready else code


def _verbal_defence(verb: Any, code: str) -> str:
    """ "Trump defended Russia over the claims", "defended the country's handling of the epidemic":
    a defence by someone who is not an armed force is verbal (CAMEO 052), not military protection
    (074, the dictionary's code for the DEFEND block)."""
    if verb.lemma_.lower() != "defend" or code != "074":
        return code
    return code if _subject_role(verb, ARMED_ROLES) else "052"


def _military_surrender(verb: Any, code: str) -> str:
    """ "Twenty NPA rebels surrendered to the police", "Isis fighters have surrendered": a
    surrender by an armed force or rebels is CAMEO 0874 (retreat or surrender militarily,
    PLOVER RETREAT), not the SURRENDER block's 080 (yield: "surrendered to the demands")."""
    if verb.lemma_.lower() != "surrender" or code != "080":
        return code
    return "0874" if _subject_role(verb, _FIGHTING_ROLES) else code


def _subject_role(verb: Any, roles: set[str]) -> bool:
    """True when the verb's subject is an agent of one of ``roles``: its head or a compound,
    adjective or apposition of it ("NPA rebels", "rebel commander Juan Cruz"), not a phrase
    further down ("an ally of NPA rebels", "a lawyer for the soldiers")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ in _SUBJECT_ROLE_DEPS)]
    return any(agent_role(t) in roles for t in words)


#: Verbs of lessening: the dictionary codes "* AID" as 162 (reduce or stop aid) under cut, halt,
#: freeze, delay and withhold; "reduced humanitarian aid", "suspended food supplies" are the same act.
_LESSENING_VERBS = {"reduce", "cut", "slash", "decrease", "lower", "halt", "freeze", "withhold", "suspend"}
_AID_NOUNS = {"aid", "assistance", "supply", "funding"}


def _aid_cut(verb: Any) -> tuple[str, str] | None:
    """``(lemma, "162")`` for a verb of lessening whose object is aid, else None."""
    lemma = verb.lemma_.lower()
    if lemma not in _LESSENING_VERBS or not {word for _, word in _object_words(verb)} & _AID_NOUNS:
        return None
    return lemma, "162"


def _on_alert(verb: Any) -> tuple[str, str] | None:
    """``(lemma, "152")`` for forces kept or put on alert ("troops remained on alert"): the
    dictionary's *put / place + (on alert)* pattern (152, military alert) for any verb."""
    return (verb.lemma_.lower(), "152") if ("on", "alert") in _object_words(verb) else None
