"""CAMEO codes for verbs and nouns, from the PETRARCH-2 dictionary, and their PLOVER types.

Verb triggers and their codes come from the PETRARCH-2 CAMEO verb dictionary (derived into
``data/cameo_verbs.json`` by ``scripts/build_cameo_verbs.py``): the verb's default code,
overridden by a pattern on its object ("send + troops"), with the prepositional phrases the
pattern may want after it ("declare + state (of emergency)": 1724), else, for a verb with no
object of its own, by a pattern that names only a preposition ("call on", "call for": 020);
under a verb of not doing the infinitive's verb is the object ("declined to comment" is
*decline + comment*, 011, as "declined comment" would be). A pattern's noun may be the
object's compound ("aid deliveries"), and a pattern's noun of two words is the object's
modifier and head side by side ("launched an air strike", "called for suicide attacks"). A
strike launched with a weapon or aimed at a target that is no organisation is an attack, not
a walkout. Noun triggers ("Tokayev's request", "a phone call between A and B", "the
withdrawal of troops", "a truce") use the table ``NOUN_TRIGGERS`` below: the nouns news uses
for events, and the act nouns of the CAMEO codebook's category names. PLOVER types follow the
codes' roots, except that releases, returns, access and de-escalation (084, 086, 087) are
RETREAT.

The dictionary lookup and its pattern matching are written here because PETRARCH-2 itself
needs Stanford CoreNLP constituency parses and is unmaintained; the matching is the part of
its verb patterns that spaCy's dependency parse supports. A verb of naming with an object
complement ("called the minister nasty") is read by ``naming.py``, not by the block's default.
The dictionary's verbs of two words ("+CALL_OFF" in the block of cancel) are looked up where
the second word completes the verb as its particle (``verb_keys``), and read with the patterns
of their block that hold in their sense (``_member_sense``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from newsdesk.entities.place_nouns import PLACE_NOUNS
from newsdesk.events.agents import ARMED_ROLES, agent_role
from newsdesk.events.modality import NEGATING_VERBS
from newsdesk.events.naming import named_code, named_objects, naming_complements
from newsdesk.events.phrases import MODIFIER_DEPS, PLACE_LABELS
from newsdesk.events.slots import between_parties
from newsdesk.parsed import joined_at_hyphen, marked_for, prep_objects, word_start

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
#: PLOVER type -> quad class (PLOVER README): 1 verbal / 2 material cooperation, 3 verbal /
#: 4 material conflict.
QUAD_CLASSES = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
#: CAMEO 08 (yield) codes whose PLOVER type is RETREAT, not CONCEDE: PLOVER splits the yield
#: into its verbal part (CONCEDE, 081-083) and its material part (RETREAT, 084-087; the PLOVER
#: README's table), and its CAMEO conversion table (CAMEO2PLOVER, draft 0.8, 2021) gives
#: RETREAT the modes release, return, ease, access, ceasefire, disarm and withdraw: 084 return
#: or release persons or property, 085 ease economic sanctions, a boycott or an embargo, 0813
#: ease a curfew and 0814 a state of emergency (mode "ease"), 086 allow international
#: involvement (peacekeepers, inspectors, humanitarian access) and 087 de-escalate (truce, ease
#: a blockade, demobilise, retreat or surrender); and 0831, a change in leadership acceded to,
#: is a resignation (``codebook``), the NGEC stories' mode "resign". Easing other bans and
#: restrictions and acceding to demands (081, 0811-0812, 082, 083) stay CONCEDE.
RETREAT_CODES = ("084", "085", "086", "087", "0813", "0814", "0831")

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
    # the act nouns of the CAMEO codebook's category names ("045 Mediate", "0871 Declare
    # truce, ceasefire", "1723 Impose curfew", "186 Assassinate", "194 Fight with artillery"),
    # read from the codebook, not from the evaluation sentences; a hyphenated noun, which the
    # tokeniser splits ("cease", "-", "fire"), is read whole at its last part (``noun_code``)
    "negotiation": "046",
    "mediation": "045",
    "apology": "055",
    "ceasefire": "0871",
    "cease-fire": "0871",
    "truce": "0871",
    "armistice": "0871",
    "demobilization": "0873",
    "demobilisation": "0873",
    "retreat": "0874",
    "surrender": "0874",
    "condemnation": "111",
    "accusation": "112",
    "allegation": "112",
    "complaint": "114",
    "lawsuit": "115",
    "ultimatum": "139",
    "march": "141",
    "sit-in": "141",
    "boycott": "143",
    "riot": "145",
    "mobilization": "154",
    "mobilisation": "154",
    "embargo": "163",
    "seizure": "171",
    "confiscation": "171",
    "demolition": "171",
    "detention": "173",
    "expulsion": "174",
    "deportation": "174",
    "assault": "180",
    "abduction": "181",
    "kidnapping": "181",
    "hijacking": "181",
    "torture": "1822",
    "bombing": "183",
    "assassination": "186",
    "offensive": "190",
    "raid": "190",
    "fighting": "190",
    "clash": "190",
    "blockade": "191",
    "siege": "191",
    "occupation": "192",
    "shelling": "194",
    "bombardment": "194",
    "massacre": "202",
    "mass killing": "202",  # "202 Engage in mass killings": the category's noun of two words
}
_CALL_COMPOUNDS = {"phone", "telephone", "video"}
STATEMENT_ROOT = "01"
#: CAMEO 010 "Make statement, not specified below".
STATEMENT = "010"
#: CAMEO 111, "Criticize or denounce".
CRITICISM = "111"
#: Verbs the dictionary codes as force (its blocks of explosive destruction and physical
#: conflict) that news also writes for a person's words: "blasted", "hammered", "ripped",
#: "pounded" (``_force_in_words``), where no pattern of theirs names what force hits ("* HAMAS
#: POSITIONS" 193). Not *lash*, whose words are "lashed out at", which the dictionary codes 111
#: itself ("lashed the protesters" is a whipping), nor *slam* and *bash*, which it lacks.
WORDS_OF_FORCE = frozenset({"blast", "hammer", "rip", "pound"})
#: The lexicon's role of rebels, an armed force as troops are (``agents.ARMED_ROLES``).
_REBELS = "REB"
#: The lexicon's role of the police, an armed force that a person's words also hit.
_POLICE = "COP"
#: The roles of the objects only force hits (``_criticised``): the armed, the rebels, not
#: the police.
_FORCE_ONLY_ROLES = (ARMED_ROLES | {_REBELS}) - {_POLICE}
PHONE_CALL = "041"


@lru_cache(maxsize=1)
def cameo_dictionary() -> dict[str, Any]:
    """The derived CAMEO verb dictionary: verb forms -> (lemma, entry), the pattern blocks,
    the blocks of receiving (``received.py``) and the forms of their verbs."""
    raw = json.loads(resources.files("newsdesk.data").joinpath("cameo_verbs.json").read_text("utf-8"))
    forms = {}
    for lemma, entry in raw["verbs"].items():
        for form in (lemma, *entry["forms"]):
            forms.setdefault(form, (lemma, entry))
    receiving = frozenset(raw["receiving"])
    return {"forms": forms, "patterns": raw["patterns"], "receiving": receiving,
            "receiving_forms": frozenset(f for f, (_, entry) in forms.items() if entry["block"] in receiving)}


def block_of(form: str) -> int | None:
    """The dictionary block of a verb form, None for a form the dictionary lacks."""
    entry = cameo_dictionary()["forms"].get(form)
    return entry[1]["block"] if entry else None


def in_block_of(verb: Any, lemma: str) -> bool:
    """True for a verb token whose lemma (or, when the dictionary lacks the lemma, its form)
    is in the dictionary block of the verb ``lemma``."""
    forms = cameo_dictionary()["forms"]
    entry = forms.get(verb.lemma_.lower()) or forms.get(verb.lower_)
    return entry is not None and entry[1]["block"] == block_of(lemma)


def plover_of(cameo: str) -> str | None:
    """The PLOVER type of a CAMEO code (None for statements, 01)."""
    return "RETREAT" if cameo.startswith(RETREAT_CODES) else PLOVER.get(cameo[:2])


# -- verb triggers -----------------------------------------------------------------------------


def verb_code(token: Any) -> tuple[str, str] | None:
    """``(dictionary lemma, CAMEO code)`` for a verb token in its context, or None; none for
    a verb of dying read as fading ("the protests died down": ``source_heads.fades``,
    imported on use: it imports modules that import this one)."""
    from newsdesk.events.source_heads import fades

    if fades(token):
        return None
    dictionary = cameo_dictionary()
    for key in verb_keys(token):
        if key in dictionary["forms"] and not _own_particle_pattern(token, key):
            lemma, entry = dictionary["forms"][key]
            names = naming_complements(lemma, token)  # the parse read once for both uses
            member = lemma if " " in lemma else None  # a verb of two words
            named = named_objects(token, names)
            code = _pattern_code(token, entry["block"], entry["code"], named, member=member)
            bare = code == entry["code"]
            if bare:  # no pattern held: "called the minister nasty" names him
                code = named_code(names, code)
            if code and plover_of(code) == "PROTEST" and _armed_strike(token):
                code = NOUN_TRIGGERS["attack"]
            if bare and code and plover_of(code) == "ASSAULT" and _force_in_words(token):
                code = CRITICISM
            return (lemma, code) if code else None
    return None


def verb_keys(token: Any) -> list[str]:
    """The dictionary forms a verb token may be written under, in the order ``verb_code``
    tries them: with a word that completes it as its particle, the dictionary's verbs of two
    words ("called off the strike": *call off*, not *call*; "asked the EU for aid" is *ask*,
    its "for" a preposition with an object, not *ask for*: ``has_particle``), its lemma, its
    form."""
    phrasal = [c.lower_ for c in token.children if c.dep_ in _PARTICLE_DEPS | {"prep"}]
    phrasal += [c.lower_ for c in adjective_complements(token)]
    particles = [word for word in dict.fromkeys(phrasal) if has_particle(token, word)]
    lemma = token.lemma_.lower()
    return [f"{lemma} {particle}" for particle in particles] + [lemma, token.lower_]


def own_code(lemma: str) -> str | None:
    """The code a dictionary verb (``verb_code``'s lemma) has of its own, before any pattern
    ("condemn" 111, "praise" 051, "report" none); none for a lemma the dictionary lacks, which
    a reading of the dictionary's misses codes ("lowered aid" 162: *lower* is no entry)."""
    entry = cameo_dictionary()["forms"].get(lemma)
    return entry[1]["code"] if entry else None


def left_bare(coded: tuple[str, str], *, lemma: str | None = None) -> bool:
    """True when a coding ``(dictionary lemma, code)`` keeps the code its verb (``lemma``, else
    the coding's own) has of its own (``own_code``): no pattern of its block held ("argued
    that ..." 110, "think" 040, "need" 100)."""
    return coded[1] == own_code(lemma or coded[0])


def _armed_strike(verb: Any) -> bool:
    """True when the strike a verb launches is an attack, not a walkout: "launched a missile
    strike" (a weapon the dictionary names, or "air"), "launched strikes on rebel positions"
    (aimed at a target that is not an organisation: "a strike against Petrobras" is labour)."""
    objects = _objects_and_of(verb)
    strikes = [t for t in objects if t.lemma_.lower() == "strike"]
    if not strikes:
        return False
    modifiers = {c.lower_ for s in strikes for c in s.children if c.dep_ in MODIFIER_DEPS}
    if modifiers & (weapon_nouns() | {"air"}):
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


def _force_in_words(verb: Any) -> bool:
    """True for a verb of force that news writes for words (``WORDS_OF_FORCE``: "Obama
    blasted House Republicans", "Trump hammered the deal") where a named person is its
    subject (or its agent: "was ripped by Trump"), no place and no armed force its object
    (``_criticised``) and no weapon its means (``_weapon``): a person blasts by speaking;
    forces, weapons and groups ("Israeli jets blasted Hamas positions"), an act on a place
    ("blasted the town", "pounded the suburbs") or on an armed force ("pounded the rebels")
    and one with a weapon ("pounded the cities with missiles", "with airstrikes") keep the
    dictionary's act of force."""
    if verb.lemma_.lower() not in WORDS_OF_FORCE:
        return False
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or agents
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    means = prep_objects(verb, "with")
    named = bool(subjects) and all(s.ent_type_ == "PERSON" for s in subjects)
    return named and not any(map(_weapon, means)) and all(map(_criticised, objects))


#: Nouns of firing or attack that a weapon compounded on names as force ("missile strikes").
_FIRING = frozenset({"strike", "attack", "fire", "barrage", "raid", "shelling", "bombardment", "assault", "salvo"})
#: Weapons written as one word that the dictionary lacks ("with airstrikes", "with
#: gunfire"): the words of a compound are matched whole, never as a suffix, which would read
#: "breakdown", "rundown" and "bombshell" as the weapons *down* and *shell*.
_CLOSED_WEAPONS = frozenset({"airstrike", "gunfire", "gunship", "warplane", "warship",
                             "airstrikes", "warplanes", "warships", "gunships"})


@lru_cache(maxsize=1)
def _weapon_words() -> frozenset[str]:
    """The dictionary's weapons and the closed compounds, built once."""
    return weapon_nouns() | _CLOSED_WEAPONS


def _weapon(noun: Any) -> bool:
    """True for a weapon the dictionary names (``weapon_nouns``) or one written as a closed
    compound (``_CLOSED_WEAPONS``: "airstrikes"), each a word of its own: the noun itself, or a
    weapon compounded on a noun of firing or attack ("with missile strikes", "drone attacks";
    not "gun laws", "bomb threats")."""
    weapons = _weapon_words()
    if noun.lemma_.lower() in weapons:
        return True
    return noun.lemma_.lower() in _FIRING and any(
        c.dep_ == "compound" and c.lemma_.lower() in weapons for c in noun.children)


def _criticised(noun: Any) -> bool:
    """True for an object that words can hit: a person, a group, a thing said or done ("House
    Republicans", "the memo's release", "those negotiations"); not a place, by its entity
    label or its noun ("Kyiv", "the town", "the rebel-held suburbs"), and not an armed force
    by its role ("the rebels", "troops"), which only force hits; the police are armed but
    answer to words too ("blasted the police over the shooting")."""
    role = agent_role(noun)
    if role in _FORCE_ONLY_ROLES:
        return False
    return noun.ent_type_ not in PLACE_LABELS and noun.lemma_.lower() not in PLACE_NOUNS


def _objects_and_of(verb: Any) -> list[Any]:
    """A verb's direct objects and the objects of their "of" ("launched dozens of strikes")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [
        o for d in objects for p in d.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """Nouns the dictionary's patterns code as using a weapon (CAMEO 194, "fight with ...")."""
    return frozenset(
        noun
        for block in cameo_dictionary()["patterns"]
        for prep, noun, code, *_ in block
        if prep is None and code == "194"
    )


def _pattern_code(
    token: Any, block: int, default: str | None, named: list[Any], *, member: str | None = None
) -> str | None:
    """The code of the pattern the verb's objects match best (``_phrase_rank``; a pattern that
    wants more, phrases after its object or a particle, before one that wants less; the
    block's order among equals); else, for a verb without a direct object, a pattern that
    names only a preposition ("call on", "call for": 020; with an object the preposition says
    where or when: "met Putin at the Kremlin", but a particle is the verb's own: "called on
    followers to join", where the parse makes "on" a particle and "followers" the object);
    else the block's default. A pattern holds only when the phrases and the particle it
    wants are there (``_wants_hold``). The objects a naming names (``named``: "called the
    attack a crime") are read by no pattern."""
    matched = _holding(token, matched_patterns(block, object_words(token, named)))
    if member is not None:
        kept = [p for p in matched if _member_sense(p, member, token)]
        if matched and not kept and any(_of_member(p, member) for p in matched):
            return None  # "stepped up attacks": the act noun codes the act, the verb nothing
        matched = kept
    if matched:
        modifiers = _object_modifiers(token)
        return min(matched, key=lambda p: (_phrase_rank(p[3], modifiers), -_wanted(p)))[2]
    preps = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if not any(c.dep_ == "dobj" for c in token.children):
        preps |= {c.lower_ for c in _verb_preps(token) if not _of_time(c)}
        preps |= {"for"} if _for_clause(token) else set()
    bare = _holding(token, [p for p in _block_index(block)[1] if p[0] in preps])
    bare = [p for p in bare if member is None or _of_member(p, member)]
    return min(bare, key=lambda p: -_wanted(p))[2] if bare else default


def _own_particle_pattern(verb: Any, key: str) -> bool:
    """True for a verb of two words (``key``) whose particle a pattern of the verb's own block
    wants and that holds ("PULL * EMBASSY OUT" 161: "pulled its embassy out of the country" is
    *pull* with that pattern, not the member *pull out* of the block of retreat): the
    dictionary wrote the verb and its particle there."""
    lemma, _, particle = key.partition(" ")
    entry = cameo_dictionary()["forms"].get(lemma) if particle else None
    if entry is None:
        return False
    block = entry[1]["block"]
    written = [p for p in matched_patterns(block, object_words(verb)) if p[5] == particle]
    preps = {c.lower_ for c in _verb_preps(verb)}
    written += [p for p in _block_index(block)[1] if p[5] == particle and p[0] in preps]
    return bool(_holding(verb, written))


def _of_member(pattern: list[Any], member: str) -> bool:
    """True unless the pattern was written for other members of its block, of a sense of their
    own (its seventh field: "* REPORT [016]", a report dismissed, written for *dismiss*, is
    no report put out, though *put out* shares the block)."""
    return not pattern[6] or member in pattern[6]


def _member_sense(pattern: list[Any], member: str, verb: Any) -> bool:
    """True when a pattern holds for a verb of two words of its block (``member``): written
    for it or for the block's own sense (``_of_member``), and not a threat or intent of the
    very act its object names as done ("STEP_UP * ATTACK [138]": attacks stepped up are
    attacks, 190, not a threat of them; "called off the attack" 0871 stays)."""
    if not _of_member(pattern, member):
        return False
    from newsdesk.events.embedded import intent_code

    acts = [noun_code(o) for o in verb.children if o.dep_ == "dobj" and pattern[1] in noun_words(o)]
    return not any(act and intent_code(act[1]) == pattern[2] for act in acts)


def _holding(verb: Any, patterns: list[list[Any]]) -> list[list[Any]]:
    """The patterns whose wanted phrases after the object and particle the verb has, in
    their order."""
    if not any(p[4] or p[5] for p in patterns):
        return patterns
    phrases = phrases_after(verb)
    return [p for p in patterns if _wants_hold(p, verb, phrases)]


def _wants_hold(pattern: list[Any], verb: Any, phrases: set[tuple[str, str | None]]) -> bool:
    """True when the verb carries the pattern's particle, if it names one ("set off
    explosives", "pulled its embassy out"), and has every phrase it wants after its object."""
    if pattern[5] and not has_particle(verb, pattern[5]):
        return False
    return all(_phrase_holds(want, phrases) for want in pattern[4])


def _wanted(pattern: list[Any]) -> int:
    """How much a pattern wants beyond its object: its phrases after it and its particle."""
    return len(pattern[4]) + bool(pattern[5])


#: How the parse attaches a particle that completes a verb: "set off" (prt), "cut short"
#: (advmod), "pulled out of" (a preposition with no object of its own).
_PARTICLE_DEPS = {"prt", "advmod", "acomp", "oprd"}


def has_particle(verb: Any, word: str) -> bool:
    """True when ``word`` completes the verb as its particle, before or after its object
    ("stepped up pressure", "pulled its embassy out of the country"), or as the adjective
    that says what the verb makes of its object (``_adjective_complements``: "set free")."""
    return any(
        c.lower_ == word
        and (c.dep_ in _PARTICLE_DEPS or (c.dep_ == "prep" and not _pobjs(c)))
        for c in verb.children
    ) or any(c.lower_ == word for c in adjective_complements(verb))


#: How the parse attaches an adjective that says what the verb makes of its object ("set the
#: hostages free"): a clause of its own, with no words under it.
_COMPLEMENT_DEPS = {"advcl", "ccomp", "xcomp"}


def adjective_complements(verb: Any) -> list[Any]:
    """The adjectives that complete the verb as the second word of a verb of two words ("set
    free", the dictionary's member of the block of release): one the parse makes a clause of
    the verb with nothing under it ("set the hostages free"), or the word right after the
    verb that the parse makes a modifier of a noun after it, under the verb ("set free two
    journalists", "let free six workers held captive": the noun's head the verb or a clause of
    it), which no adjective right after a verb of freeing is ("released free activists")."""
    found = [c for c in verb.children if c.pos_ == "ADJ" and c.dep_ in _COMPLEMENT_DEPS and not list(c.children)]
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.pos_ == "ADJ" and after.dep_ == "amod" and after.head.i > after.i:
        noun = after.head
        if noun.head == verb or noun.head.head == verb:
            found.append(after)
    return found


#: The preposition of a predicative phrase after a verb ("rejected as baseless").
_PREDICATIVE_AS = "as"
#: "Arms", the plural, is weapons in news English ("laid down their arms", "sent arms to"):
#: the dictionary's patterns write "weapon" in 36 blocks and "arms" in five, so the plural is
#: read as "weapon" too (``_weapons``); of two patterns that name it both ways, the block's
#: order picks one.
_ARMS = "arms"
_WEAPON = "weapon"
#: Possessive pronouns whose "arms" are a body's or a welcome's, not weapons.
_BODY_OWNERS = {"my", "your", "his", "her", "our", "its"}


def _pobjs(prep: Any) -> list[Any]:
    return [o for o in prep.children if o.dep_ == "pobj"]


def _verb_preps(verb: Any) -> list[Any]:
    """The verb's prepositions, with those the parse hangs on a particle that has no object of
    its own ("pulled out of the coalition": "of" under "out")."""
    return [c for c in verb.children if c.dep_ == "prep"] + _under_particle(verb)


def _under_particle(verb: Any) -> list[Any]:
    """The prepositions the parse hangs on a preposition of the verb that has no object."""
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and not _pobjs(c)
        for p in c.children
        if p.dep_ == "prep"
    ]


def matched_patterns(block: int, objects: set[tuple[str | None, str]]) -> list[list[Any]]:
    """The patterns of a dictionary block that name one of the ``(preposition, noun)`` pairs
    ``objects``, in the block's order (which breaks ties between equally good matches)."""
    keyed = _block_index(block)[0]
    positions = sorted(n for key in objects for n in keyed.get(key, ()))
    return [cameo_dictionary()["patterns"][block][n] for n in positions]


def phrases_after(verb: Any) -> set[tuple[str, str | None]]:
    """``(preposition, word)`` for the prepositional phrases on a verb and on the nouns it acts
    on or through, with ``(preposition, None)`` for each preposition: "declared a state of
    emergency" has ``("of", "emergency")``, "launched a mediation between the parties"
    ``("between", "party")``; a "to" infinitive counts as a phrase "to" + its verb ("urged the
    rebels to disarm": ``("to", "disarm")``)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd", "nsubjpass"})]
    heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    phrases: set[tuple[str, str | None]] = set()
    for head in heads:
        for child in [*head.children, *_under_particle(head)]:
            if child.dep_ == "prep":
                phrases.add((child.lower_, None))
                objects = (o for o in child.children if o.dep_ == "pobj")
                phrases |= {(child.lower_, w) for o in objects for w in noun_words(o)}
            elif child.dep_ in {"xcomp", "acl", "advcl"} and any(
                a.lower_ == "to" for a in child.children if a.dep_ == "aux"
            ):
                phrases |= {("to", None), ("to", child.lemma_.lower())}
    return phrases


def _phrase_holds(want: list[Any], phrases: set[tuple[str, str | None]]) -> bool:
    """True when one of the phrases is the pattern's ``[preposition, words]`` (no words: any
    object)."""
    prep, words = want
    return (prep, None) in phrases if not words else any((prep, word) in phrases for word in words)


@lru_cache(maxsize=512)  # the dictionary has 397 blocks
def _block_index(block: int) -> tuple[dict[tuple[str | None, str], tuple[int, ...]],
                                      tuple[list[Any], ...]]:
    """A pattern block looked up by what it matches, built once per block: ``(preposition,
    noun)`` -> the positions of the patterns naming that pair, and the patterns that name no
    noun, in the block's order. A common verb's block holds hundreds of patterns and a verb's
    objects only a few words, so a match is looked up instead of read off every pattern."""
    keyed: dict[tuple[str | None, str], list[int]] = {}
    bare = []
    for n, pattern in enumerate(cameo_dictionary()["patterns"][block]):
        if pattern[1] is None:
            bare.append(pattern)
        else:
            keyed.setdefault((pattern[0], pattern[1]), []).append(n)
    return {key: tuple(found) for key, found in keyed.items()}, tuple(bare)


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
    return any(marked_for(c) for c in verb.children)


def _not_doing(verb: Any) -> bool:
    """True for a verb of not doing ("declined to comment"), whose infinitive names what is
    not done as an object noun would ("declined comment")."""
    return verb.lemma_.lower() in NEGATING_VERBS


def _of_time(prep: Any) -> bool:
    """True for a preposition whose object is a date or time ("on Tuesday")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def object_words(token: Any, named: list[Any] | tuple[Any, ...] = ()) -> set[tuple[str | None, str]]:
    words: set[tuple[str | None, str]] = set()
    for child in token.children:
        if child in named:
            continue
        if child.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}:  # "evidence was presented" = "presented evidence"
            words |= {(None, word) for word in noun_words(child)}
            # the noun's compound modifier is the object the pattern names: "aid deliveries" (AID)
            words |= {(None, c.lemma_.lower()) for c in child.children if c.dep_ == "compound"}
            words |= {
                (None, word)
                for prep in child.children
                if prep.lower_ == "of"
                for obj in prep.children
                if obj.dep_ == "pobj"
                for word in noun_words(obj)
            }
        elif child.dep_ == "xcomp" and child.pos_ == "VERB" and _not_doing(token):
            words.add((None, child.lemma_.lower()))  # "declined to comment": decline + comment
        elif child.dep_ == "prt":  # "wrote off the debt", parsed as the particle's object
            words |= {(None, word) for obj in _pobjs(child) for word in noun_words(obj)}
    for prep in _verb_preps(token):
        words |= {(prep.lower_, word) for obj in _pobjs(prep) for word in noun_words(obj)}
    words |= {(None, word) for obj in shifted_objects(token) for word in noun_words(obj)}
    return words


def shifted_objects(verb: Any) -> list[Any]:
    """The object written after the verb's predicative "as" phrase, which the parse takes for
    the phrase's object: "rejected as baseless accusations by Amnesty that ..." rejects the
    accusations, judged baseless (a heavy object moved after its complement). Read only for a
    verb with no direct object, where an adjective stands right after "as" (adverbs and
    quotation marks aside) and the noun has no determiner ("described as a terror attack",
    "served as defence minister" are the phrase's own nouns)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != _PREDICATIVE_AS:
            continue
        for noun in _pobjs(prep):
            if any(c.dep_ in {"det", "poss"} for c in noun.children):
                continue
            between = [t for t in noun.doc[prep.i + 1 : noun.i] if not _aside(t)]
            if between and between[0].pos_ == "ADJ" and between[0].head == noun:
                found.append(noun)
    return found


def _aside(token: Any) -> bool:
    """A word read past before a shifted object's adjective: an adverb or a quotation mark
    (one the tokenizer splits off and tags as punctuation without calling it punctuation:
    the backticks of a newswire's opening quote, "as`` unacceptable''")."""
    return token.is_punct or token.pos_ in {"ADV", "PUNCT"}


def noun_words(noun: Any) -> set[str]:
    """The words a pattern may name for a noun: its lemma and form and, with the modifier just
    before it, the two words ("launched an air strike": "air strike"; "called for suicide
    attacks": "suicide attack"), as the dictionary's ``_`` joins words that stand side by side
    ("AIR_STRIKE"); a modifier further off ("air and missile strikes") is not joined. A noun
    the tokenizer split at its hyphens is read whole too ("agreed to a cease-fire":
    "cease-fire", as the dictionary writes it).
    """
    words = {noun.lemma_.lower(), noun.lower_}
    if _weapons(noun):  # "laid down their arms": the weapons the patterns name
        words.add(_WEAPON)
    start = word_start(noun)
    if start < noun.i:
        words |= {noun.doc[start:noun.i].text.lower() + word for word in tuple(words)}
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.head.i == noun.i and before.dep_ in MODIFIER_DEPS:
        words |= {f"{before.lower_} {word}" for word in tuple(words)}
    return words


def _weapons(noun: Any) -> bool:
    """True for "arms" that are weapons: bare ("sent arms to", "small arms") or a group's
    ("their arms", "the rebels' arms"), not a person's body ("threw up his arms", "we open
    our arms") nor a country's welcome ("is opening its arms")."""
    if noun.lower_ != _ARMS:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in _BODY_OWNERS for c in noun.children)


def noun_code(token: Any) -> tuple[str, str] | None:
    whole = _hyphenated_trigger(token)
    if whole:
        return whole, NOUN_TRIGGERS[whole]
    lemma = token.lemma_.lower()
    compounds = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}}
    if lemma == "call":
        return ("phone call", "041") if compounds & _CALL_COMPOUNDS or between_parties(token) else None
    if lemma == "strike" and "air" in compounds:
        return "airstrike", NOUN_TRIGGERS["airstrike"]
    if lemma == "killing" and "mass" in compounds:
        return "mass killing", NOUN_TRIGGERS["mass killing"]
    if lemma == "talk" and token.lower_ == "talks":
        return "talks", NOUN_TRIGGERS["talks"]
    return (lemma, NOUN_TRIGGERS[lemma]) if lemma in NOUN_TRIGGERS and lemma != "talks" else None


def acts_on_act(verb: Any) -> bool:
    """True when the verb's direct object is an act noun ("the attack", "the bombing")."""
    return any(noun_code(c) for c in verb.children if c.dep_ == "dobj")


def _hyphenated_trigger(token: Any) -> str | None:
    """The noun trigger a hyphenated word ending at ``token`` is, the word read whole as the
    lexicon has it, hyphenated or joined ("cease-fires": "cease-fire"; "air-strike":
    "airstrike"); None when the token ends no hyphenated word or the lexicon lacks it."""
    if not joined_at_hyphen(token):
        return None
    word = f"{token.doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    return next((key for key in (word, word.replace("-", "")) if key in NOUN_TRIGGERS), None)
