"""The extent of an actor's phrase in the parse and what it names.

A span covers the head's phrase, its apposition and its conjuncts, without the clauses hung
on it, a date or trailing punctuation; a source's phrase also leaves out where and when, a
target actor's what is said beside it (``phrase_span``). Whether a phrase names an actor or a
place (``names_actor``, ``is_actor``) is read from its head, its modifiers and the entity
labels of the parse; so are the actors a group lists with "including" (``listed_actor``) and
whether conjoined phrases are each an actor of their own (``separate_actors``).

Hand-written because no library reads CAMEO-style actor roles from a dependency parse;
``actors.py`` gives the rules and the reasons.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.events.agents import agent_role, person_noun
from newsdesk.parsed import ACTOR_LABELS, doc_ents, inside_a_word

_CUT_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
_TIME_LABELS = {"DATE", "TIME"}
#: Entity labels that name no actor: a target is never "on Thursday" or "for $88 million".
NOT_ACTOR_LABELS = _TIME_LABELS | {"MONEY", "PERCENT", "QUANTITY"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_BRACKETS = {"(": ")", "[": "]"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
#: The dependents of a noun that may name who it is ("Sri Lankan officials", "Israel's army").
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
#: Prepositions that say where or when, not who.
_CIRCUMSTANCE_PREPS = {
    "in",
    "at",
    "during",
    "near",
    "inside",
    "after",
    "before",
    "amid",
    "following",
    "since",
}


def phrase_span(token: Any, *, conjuncts: bool = True, source: bool = False, target: bool = False) -> tuple[int, int]:
    """Character span of the phrase headed by ``token`` with its apposition and, unless
    ``conjuncts`` is false, the phrases conjoined with it ("Both Russia and the Syrian
    government"), without clauses hung on it. A ``source`` phrase says who, not where or
    when: "a car bomb in Kiev" is "a car bomb", "17 July 2017 Russia's Supreme Court" is
    "Russia's Supreme Court"; a participle that says whose it is stays ("Syrian warplanes
    supported by Russia"). A ``target`` phrase headed by an actor leaves out what its
    prepositional phrases say beside it ("U.S. calls [for a unilateral ceasefire]"), and one
    of people its words name leaves out where they are ("the Russian ambassador [in
    Warsaw]"), as a source's does. A space the tokeniser keeps as a word (a doubled space)
    neither opens nor ends a phrase."""
    first, last = phrase_edges(token, appositions=True, conjuncts=conjuncts, source=source, target=target)
    while last.i > first.i and last.is_space:
        last = last.doc[last.i - 1]
    while first.i < last.i and first.is_space:
        first = first.doc[first.i + 1]
    return first.idx, last.idx + len(last)


def phrase_edges(
    token: Any,
    *,
    appositions: bool = False,
    conjuncts: bool = False,
    source: bool = False,
    target: bool = False,
) -> tuple[Any, Any]:
    """First and last token of the phrase ``token`` heads, with its apposition and its
    conjuncts when asked; a ``source`` phrase without where and when, a ``target`` phrase
    without the asides of an actor (``_aside``)."""
    last, dangling = token, None
    kept = {"appos", "punct"} if appositions else set()
    kept |= {"cc", "conj"} if conjuncts else set()
    for child in token.rights:
        if child.dep_ == "punct" and appositions:
            continue  # the comma before an apposition; a trailing one is never ``last``
        if child.dep_ == "conj" and child.pos_ not in _NOMINAL:
            break  # a clause, not another actor
        if (source and _circumstance(child, token)) or (target and _target_aside(child, token)):
            break
        if source and _examples(child):
            break  # "Syrian rebel groups[, including ...]"
        if target and _description(child, token):
            break  # "aid to Tripoli[, the capital of Libya]"
        if _detached(child, last):
            break
        cut = child.dep_ in _CUT_DEPS - kept or _is_date(child)
        if cut and not ((source or (target and people_head(token))) and source_participle(child)):
            break
        dangling = last if child.dep_ == "cc" else None
        last = _child_end(child, source=source, target=target)
    if dangling is not None:
        last = dangling  # a coordinator with no conjunct after it ends no phrase
    lefts = [t for t in token.lefts if not (source and _circumstance(t, token))]
    lefts = [t for t in lefts if not (target and not conjuncts and correlative(t))]
    lefts += split_words(token) if source else []
    first = min((t for t in lefts for t in t.subtree), key=lambda t: t.i, default=token)
    return first, _closing_bracket(first, last)


#: Words that pair with the "and", "or" or "nor" of a coordination ("both India and Pakistan").
_CORRELATIVES = {"both", "either", "neither"}


def correlative(word: Any) -> bool:
    """The first word of a correlative coordination, which the parse may hang on the first
    conjunct as its determiner: it belongs to the coordination, so a target named apart from
    the names conjoined with it leaves it out ("sanctions against both India and Pakistan":
    "India", "Pakistan"), as the annotators of real newswire do."""
    return word.dep_ in {"det", "preconj"} and word.lower_ in _CORRELATIVES and bool(word.head.conjuncts)


def pronoun_owned(token: Any) -> bool:
    """True for a noun a possessive pronoun owns ("its troops", "their ally"): whose it is
    stands in the phrase before it."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


#: Pronouns of quantity that name no part of their whole ("none of the rebels", "neither of
#: the parties"; "no one", whose "one" the determiner "no" denies): no one of it acts.
_NEGATIVE_QUANTIFIERS = {"none", "neither", "nobody", "nothing"}


def negative_quantifier(token: Any) -> bool:
    """True for a pronoun of quantity that names none of its whole (``_NEGATIVE_QUANTIFIERS``,
    "no one"). Bare (``bare_pronoun``), yet it refers back to no one: a reported clause whose
    subject it is names no act of the reporter ("Russia said none of its soldiers had
    attacked ..."). Not where an exception names who did act ("nobody but the army",
    ``_excepted``)."""
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    negative = token.lower_ in _NEGATIVE_QUANTIFIERS or (token.lower_ == "one" and denied)
    return negative and not _excepted(token)


#: Words after a negative quantifier that name the one who did act ("nobody but the army",
#: "none other than the president", "no one except the rebels").
_EXCEPTING = frozenset({"but", "except", "save", "other", "besides"})


def _excepted(token: Any) -> bool:
    """The quantifier is followed by an exception that names who acted, by the parse (a child
    *but*, *except*, *other*) or right after it, as the parse may hang it elsewhere."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return any(c.lower_ in _EXCEPTING for c in token.children) or (
        after is not None and after.lower_ in _EXCEPTING
    )


def partitive_whole(token: Any) -> Any | None:
    """The whole a pronoun of quantity heads a part of, named in its "of" phrase ("some of
    the U.N. peacekeepers": peacekeepers, "all of the opposition parties"), else None: a
    word that is no pronoun, a whole that is itself one ("some of them"), or a pronoun that
    names none of it (``negative_quantifier``: "neither of the rebels" stays a bare pronoun)."""
    if token.pos_ != "PRON" or negative_quantifier(token):
        return None
    wholes = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return next((o for o in wholes if o.dep_ == "pobj" and o.pos_ != "PRON"), None)


def partitive_part(whole: Any) -> Any | None:
    """The pronoun of quantity whose whole ``whole`` is (``partitive_whole``), or None."""
    of = whole.head
    if whole.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    return of.head if partitive_whole(of.head) == whole else None


def bare_pronoun(token: Any) -> bool:
    """A pronoun that names no one by its own words ("it", "they", "some of them"): its
    actor is written elsewhere. A pronoun of quantity whose "of" names the whole is no bare
    pronoun: it stands as the whole would ("Some of the rebels attacked ...": the rebels,
    ``partitive_whole``); a part of acts the coder names by a noun is no actor ("some of the
    anti-Christian attacks"; not "each of the Gulf states", whose noun is also a verb's
    form). A pronoun that names none of its whole is bare whatever the tagger makes it ("None
    of the rebels attacked ...", which it tags a noun: ``negative_quantifier``). ``cameo`` is
    imported on use: it imports this module."""
    from newsdesk.events.cameo import noun_code

    if negative_quantifier(token):
        return True
    whole = partitive_whole(token)
    return token.pos_ == "PRON" and (whole is None or noun_code(whole) is not None)


def split_head(subject: Any) -> Any:
    """The last word of a subject that the parser split into several subjects of one verb,
    written one right after another ("Libyan Prime Minister Fayez al-Sarraj rejected ...",
    "The rebel Free Syrian Army threatened ...", "Omar al-Bashir of Sudan expelled ..."):
    the phrase is one, and its head is its last word, as in any English noun phrase.
    ``subject`` itself when no other subject follows it (``_split_subject``)."""
    return _split_subject(subject)[-1]


def split_words(subject: Any) -> list[Any]:
    """The parts of a split subject (``split_head``) written before its head ``subject``."""
    parts = _split_subject(subject)
    return parts[:-1] if parts[-1] is subject else []


def _split_subject(subject: Any) -> list[Any]:
    """The subjects of ``subject``'s verb written one right after another with it, in order,
    when their words read as one phrase: no punctuation set off by a space between them (a
    dateline "LAKE BUENA VISTA, Fla. - José ...", a relative clause "Aurora Diaz, who said
    ... Trump", a heading "California's 22nd District: Devin Nunes" are not one subject;
    the hyphen of "al-Sarraj" is a word's). ``[subject]`` otherwise."""
    if subject.dep_ != "nsubj":
        return [subject]
    subjects = [c for c in subject.head.children if c.dep_ == "nsubj"]
    run = [subject]
    while before := [c for c in subjects if c.right_edge.i + 1 == run[0].left_edge.i]:
        run.insert(0, before[0])
    while after := [c for c in subjects if c.left_edge.i == run[-1].right_edge.i + 1]:
        run.append(after[0])
    words = subject.doc[run[0].left_edge.i : run[-1].right_edge.i + 1]
    return run if all(inside_a_word(t) for t in words if t.is_punct) else [subject]


def _description(child: Any, head: Any) -> bool:
    """An apposition after a comma that describes a name ("Tripoli, the capital of
    Libya") or, when it is no name itself, an actor ("the mayor of Nablus, a member of the
    Hamas movement"): a target leaves it out, as the annotators of real newswire do, while a
    source keeps it ("Kenzo Oshima, the United Nations Emergency Relief Coordinator"); a
    name after an actor is its name and stays ("his counterpart, Michel Aoun"). An acronym in
    brackets is no description, and neither is a list the parser read as one ("the Nigeria
    Police, Department of State Services (DSS) and other security agencies")."""
    described = is_named(head) or (is_actor(head) and not is_named(child))
    if child.dep_ != "appos" or not described or not child.left_edge.i:
        return False
    before = head.doc[child.left_edge.i - 1]
    listed = any(c.dep_ == "conj" for c in (*child.children, *head.children))
    return before.text == "," and not listed


def _child_end(child: Any, *, source: bool, target: bool = False) -> Any:
    """The last token of a right child's part of a phrase: a conjunct, an apposition or a
    prepositional object ends where its own phrase does, without the clauses hung on it
    ("al-Shabab, an al-Qaeda-affiliated group [seeking to ...]", "aid for Zimbabwe[, where
    ...]"); in a source's phrase that object's phrase is a source's too, and so is the
    object of a participle kept in it (``_participle_end``)."""
    if child.dep_ in {"conj", "appos"}:
        edges = phrase_edges(child, appositions=True, conjuncts=True, source=source, target=target)
        return edges[1]
    if source and participle_modifier(child):
        return _participle_end(child)
    objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
    others = [c for c in child.children if c.dep_ not in {"pobj", "punct"}]
    if objects and all(c.i < objects[-1].i for c in others):
        return phrase_edges(objects[-1], appositions=True, conjuncts=True, source=source)[1]
    return max(child.subtree, key=lambda t: t.i)


def _participle_end(participle: Any) -> Any:
    """The last token of a participle kept in a source's phrase: the participle's object
    ends where a source's phrase does, so a place after a named object says where, not who
    ("the coalition fighting Houthi rebels [in Yemen]"); the participle's own place stays
    ("a group based in Trinidad")."""
    part = max(participle.rights, key=lambda t: t.i, default=None)
    if part is not None and part.dep_ == "dobj":
        return phrase_edges(part, appositions=True, conjuncts=True, source=True)[1]
    if part is not None and part.dep_ == "prep":
        return _child_end(part, source=True)
    return max(participle.subtree, key=lambda t: t.i)


#: The preposition that lists members of a group as examples of it.
_EXAMPLES = {"including"}


def _examples(child: Any) -> bool:
    """A prepositional phrase that lists examples of what its head names ("Syrian rebel
    groups[, including Ahrar al-Sham]"): the head says who; the examples are some of them."""
    return child.dep_ == "prep" and child.lower_ in _EXAMPLES


def is_example(token: Any) -> bool:
    """True for an actor listed as an example of a group (``listed_actor``)."""
    return token.dep_ == "pobj" and _examples(token.head)


def listed_actor(head: Any) -> Any:
    """The first of the actors a group that names no one lists as its examples, who the
    names say the group is ("Several student groups including A, B and C": A, whose
    phrase holds B and C), else ``head``: a group that names itself ("Syrian rebel
    groups, including X") is who, its examples some of it."""
    if names_actor(head):
        return head
    listed = [o for p in head.children if _examples(p) for o in p.children if o.dep_ == "pobj"]
    return next((o for o in listed if o.pos_ != "PRON" and names_actor(o)), head)


def _circumstance(child: Any, head: Any) -> bool:
    """A modifier of ``head`` that says when or where ("during a briefing", "this month",
    "in a statement"), not who. A place says who when the head names nobody by itself ("a
    court in Argentina", "authorities in Pakistan"), and where when it does ("ICE in Miami",
    "Sri Lankan military officials in Colombo"), by a modifier or by its "of" phrase ("an
    ethnic group of Albanians in south Serbia": the group is named, Serbia is where it is);
    an institution one is in is no place and says who ("Republicans in Congress", "the top
    Republican in the House")."""
    if child.dep_ != "prep":
        return child.dep_ in {"npadvmod", "advmod"} or child.ent_type_ in _TIME_LABELS
    if child.lower_ not in _CIRCUMSTANCE_PREPS:
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    if child.lower_ == "in" and any(_institution(o) for o in objects):
        return False
    places = [o for o in objects if names_actor(o)]
    return not places or names_actor(head)


def _institution(token: Any) -> bool:
    """An organisation one may be a member of, not a place: "Congress", "the ruling party",
    also when a place names whose it is: an organisation the tagger names ("the U.S. House
    of Representatives", "the Ohio Senate"), not an agent noun of the lexicon ("the Rwandan
    capital" is a place)."""
    if token.ent_type_ == "ORG":
        return True
    return not names_place(token) and agent_role(token) is not None


def _target_aside(child: Any, head: Any) -> bool:
    """What a target actor's phrase leaves out: an aside (``_aside``), or, for a phrase its
    words name (a name or a people's or group's modifier, ``names_actor``), where or when it
    is, as a source's phrase does (``_circumstance``): people ("summoned the Russian
    ambassador [in Warsaw]") and things named by whose they are ("attacked an Afghan army
    base [in southern Kandahar province]", "defended US strategy [in Afghanistan]"), as the
    annotators of real newswire mark them. A thing leaves out only a prepositional phrase:
    a name the parse hangs on it without one is a misread apposition, no time ("the UN
    refugee agency, UNHCR"). A place keeps where it lies ("the enclave of Eastern Ghouta
    near the capital", ``_place_head``), and people or things named by no name keep their
    place, which says who or which they are ("families in Aleppo")."""
    if _aside(child, head):
        return True
    if not names_actor(head):
        return False
    where = child.dep_ == "prep" and not _place_head(head)  # a thing's: where, not when
    return (people_head(head) or where) and _circumstance(child, head)


def _place_head(token: Any) -> bool:
    """A phrase headed by a place or by a part of one its "of" names ("the enclave of
    Eastern Ghouta"): where it lies says which place it is."""
    words = [token, *(o for p in token.children if p.lower_ == "of" for o in p.children)]
    return any(t.ent_type_ in PLACE_LABELS for t in words)


def _aside(child: Any, head: Any) -> bool:
    """A prepositional phrase hung on an actor that names no actor or place itself: what
    the actor asks, offers or does, or why ("U.S. calls [for a unilateral ceasefire]",
    "Theresa May's offer [on citizens' rights]", "diplomats [over allegations of ...]"). An
    "of" phrase is part of its head, a place says who ("security forces in the central
    country of Tajikistan"; where people a name names are, ``_target_aside``), and the phrases of a thing may
    hold whom an act is aimed at ("restrictions on the formation of political parties")."""
    if child.dep_ != "prep" or child.lower_ == "of" or not is_actor(head):
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    return not any(named_head(o) or agent_role(o) or names_place(o) for o in objects)


def named_head(token: Any) -> bool:
    """True when a phrase's head or a modifier of it is a name ("ICE", "Sri Lankan officials")."""
    words = [token, *(c for c in token.children if c.dep_ in MODIFIER_DEPS)]
    return any(is_named(t) for t in words)


def act_phrase(noun: Any) -> Any:
    """The noun phrase an act noun stands in: the noun it modifies as a compound ("announced
    a ceasefire initiative", "issued arrest warrants"), else the noun itself."""
    return noun.head if noun.dep_ == "compound" else noun


def time_word(token: Any) -> bool:
    """A word the parser tags as a date or time ("Friday's protest", "yesterday's attack"): it
    says when an act was done, not who did it."""
    return token.ent_type_ in _TIME_LABELS


def group_name(modifier: Any) -> bool:
    """A modifier that names a person, group or organisation ("Iranian", "UN"), not a place."""
    return modifier.dep_ in MODIFIER_DEPS and modifier.ent_type_ in {"NORP", "ORG", "PERSON"}


def _detached(child: Any, last: Any) -> bool:
    """A dependent written apart from the phrase it hangs from, with words of the clause
    between them: a parse that hangs "the scene of ..." after a verb's object on the
    subject ("Serbia eased measures in X province, the scene of ...") gives no span. A
    coordinator between them is the coordination's wherever the parse hangs it ("chair of
    the Commission [and] the former official", "X[, as well as] Y")."""
    gap = child.doc[last.i + 1 : child.left_edge.i]
    return any(not t.is_punct and not _coordinating(t) for t in gap)


def _coordinating(token: Any) -> bool:
    """A coordinator or a word of one ("and", "as well as")."""
    return token.dep_ == "cc" or token.head.dep_ == "cc"


def source_participle(child: Any) -> bool:
    """A participle that says whose a source is, by an actor or place it names ("Syrian
    warplanes supported by Russia", "a group based in Trinidad", "the coalition fighting
    Houthi rebels"); not one that says when or why ("attacks, occurring every three days")."""
    if not participle_modifier(child):
        return False
    preps = [p for p in child.children if p.dep_ in {"prep", "agent"}]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [o for o in child.children if o.dep_ == "dobj"]
    return any(names_actor(o) or agent_role(o) for o in objects)


def people_head(token: Any) -> bool:
    """A phrase headed by people: an agent noun ("humanitarian workers", "British forces") or
    a name of a nationality, group or person ("Palestinians"), not a thing ("a draft
    resolution", "a cargo plane", "the Europe Bridge")."""
    return agent_role(token) is not None or token.ent_type_ in {"NORP", "ORG", "PERSON"}


def participle_modifier(child: Any) -> bool:
    """A participle hung on a phrase ("supported by Russia", "based in Trinidad")."""
    return child.dep_ == "acl" and child.tag_ in {"VBN", "VBG"}


def _closing_bracket(first: Any, last: Any) -> Any:
    """``last``, or the bracket right after it that closes one opened in the phrase
    ("Nigerian Air Force (NAF)": the parser leaves the ")" outside)."""
    if last.i + 1 >= len(last.doc):
        return last
    words = [t.text for t in first.doc[first.i : last.i + 1]]
    following = last.doc[last.i + 1]
    closes = any(
        words.count(opening) > words.count(closing) and following.text == closing
        for opening, closing in _BRACKETS.items()
    )
    return following if closes else last


def _is_date(child: Any) -> bool:
    """A prepositional phrase that says when ("on Tuesday"), not who."""
    return child.dep_ == "prep" and any(o.ent_type_ in _TIME_LABELS for o in child.children)


def names_actor(token: Any) -> bool:
    """True when the phrase ``token`` heads names a person, group, organisation or place:
    its head, a modifier of it or what it is a part of is a proper noun or a named entity
    ("Palestinian people", "the rebel-held enclave of Eastern Ghouta"); not "an appeal for
    $234 million in emergency aid for Zimbabwe", which names a thing."""
    if token.pos_ == "PRON" or named_head(token):
        return True
    named = [o for p in token.children if p.lower_ == "of" for o in p.children]
    named += [c for c in token.children if c.dep_ == "appos"]  # "his counterpart, President X"
    return any(named_head(o) for o in named)


def named_partners(source: Any) -> bool:
    """True for "Mexico and the United Kingdom signed ...": conjoined names, each its own
    actor (not "Both Russia and the Syrian government", one side; not "Yemeni army and allied
    forces", a group and its allies; not "Bosnia and Herzegovina", one name)."""
    if not source.conjuncts or any(c.dep_ == "preconj" for c in source.children):
        return False
    name = next((e for e in doc_ents(source.doc) if e.start <= source.i < e.end), None)
    if name is not None and any(name.start <= c.i < name.end for c in source.conjuncts):
        return False
    return all(is_named(t) for t in (source, *source.conjuncts))


def separate_actors(head: Any) -> bool:
    """True for conjoined phrases that each name an actor of their own by a name in their
    head, modifiers or "of" phrase ("KRG President Masoud Barzani and top Kurdish
    officials", "ICE and CBP officials"): each is its own actor, as the annotators of real
    newswire mark them (conjoined names, ``named_partners``, may be a dyad), and so are a
    name and the others of its kind (``others_of_kind``: "Democrats and other critics"),
    while a conjunct that names no one is the named one's side ("Yemeni
    army and allied forces", "a Taliban leader and his associates", "air strikes and
    artillery fire"); not "Both X and Y", one side, and not one name ("Bosnia and
    Herzegovina")."""
    if not head.conjuncts or any(c.dep_ == "preconj" for c in head.children):
        return False
    name = next((e for e in doc_ents(head.doc) if e.start <= head.i < e.end), None)
    if name is not None and any(name.start <= c.i < name.end for c in head.conjuncts):
        return False
    sides = (head, *head.conjuncts)
    return names_actor(head) and all(
        t.pos_ in {"NOUN", "PROPN"} and (names_actor(t) or others_of_kind(t)) for t in sides
    )


#: Words that make a noun phrase name further members of a kind ("and other donors").
_OTHERS = {"other", "another"}


def others_of_kind(token: Any) -> bool:
    """A conjunct of the members of a kind besides the one named before it ("Democrats and
    [other critics]", "sanctions on Iran and [other blacklisted nations]"): "other" sets them
    apart from the named conjunct, one of the kind, so each is an actor of its own, as the
    annotators of real newswire mark them; a group that is the named one's side has no
    "other" ("Edwards and his supporters", "Yemeni army and allied forces")."""
    return token.dep_ == "conj" and any(
        c.dep_ == "amod" and c.lower_ in _OTHERS for c in token.children
    )


def separate_targets(head: Any) -> bool:
    """True for conjoined target phrases that each have a name in their own head or
    modifiers, not all of them names ("Qatar and other Gulf states", "Syrian refugees and
    vulnerable Jordanians", "the Kachin Independence Organization and the Ne Win military
    government"): each is acted on as its own actor, as the annotators of real newswire mark
    them and as conjoined sources are (``separate_actors``), and a name and the others of its
    kind ("Iran and other blacklisted nations"); not one named only by an "of"
    phrase ("the shrine of revolutionary leader X" is a place), nor one owned by a pronoun,
    which stands with the phrase before it ("the Syrian army and its ally Hezbollah")."""
    owned = any(pronoun_owned(t) for t in head.conjuncts)
    sides = (head, *head.conjuncts)
    named = all(named_head(t) or others_of_kind(t) for t in sides)
    return separate_actors(head) and not owned and named


#: Entity labels of the bodies a group may belong to: states, places, organisations, peoples.
_BODY_LABELS = PLACE_LABELS | {"ORG", "NORP"}


def owners_listed(head: Any) -> Any | None:
    """The first of several bodies a common noun's "of" phrase lists, or None: "The
    presidents of Iraq and Egypt", "the branches of the Federal Government of Somalia and
    the United Nations" are one group of each, each its own actor, as the annotators of real
    newswire mark them; not one name ("the people of Bosnia and Herzegovina"), a list with
    a conjunct that names no body ("the leaders of Iraq and its neighbours"), persons ("the
    families of A and B") nor an act done to them ("the murder of A and B", "the bombing of
    A and B": ``is_act``)."""
    if head.pos_ != "NOUN" or named_head(head) or head.conjuncts or is_act(head):
        return None
    owners = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    owner = next((o for o in owners if o.dep_ == "pobj" and o.conjuncts), None)
    if owner is None:
        return None
    name = next((e for e in doc_ents(head.doc) if e.start <= owner.i < e.end), None)
    if name is not None and any(name.start <= c.i < name.end for c in owner.conjuncts):
        return None
    sides = (owner, *owner.conjuncts)
    return owner if all(t.pos_ == "PROPN" and t.ent_type_ in _BODY_LABELS for t in sides) else None


def is_act(noun: Any) -> bool:
    """A noun that names an act: a noun trigger of the coder or a verb of the dictionary
    ("bombing", "murder", "release"). ``cameo`` is imported on use: it imports this module."""
    from newsdesk.events.cameo import cameo_dictionary, noun_code

    return noun_code(noun) is not None or noun.lemma_.lower() in cameo_dictionary()["forms"]


def names_anyone(token: Any, *, target: bool = False) -> bool:
    """True when a word of the phrase ``token`` heads (a ``target`` phrase without an actor's
    asides: ``phrase_edges``) is a name or an agent noun ("a request from The New York Times",
    "the deputy chief of Israel's militia ally", "a rebel car bomb"); "a hunger
    strike", "12 human skulls" and "the recommendation" are things: never a target, and no
    one's act. A ``target`` phrase also names people by a noun of a person the agent lexicon
    lacks ("released the detained leaders", ``agents.person_noun``)."""
    first, last = phrase_edges(token, appositions=True, conjuncts=True, target=target)
    words = token.doc[first.i : last.i + 1]
    people = any(person_noun(t) for t in words) if target else False
    return people or any(is_named(t) or agent_role(t) is not None for t in words)


def is_named(token: Any) -> bool:
    """A name of an actor or place: not "Thursday" or "$234 million"."""
    if token.ent_type_ in NOT_ACTOR_LABELS:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in ACTOR_LABELS


def names_place(token: Any) -> bool:
    """True when a phrase's head or a modifier of it is a place ("Syria", "Niger's Maradi
    region", "the Eritrea-Djibouti border"), or its head is a part of one ("northern parts of
    South Sudan")."""
    words = [token, *(c for c in token.children if c.dep_ in MODIFIER_DEPS)]
    words += [o for p in token.children if p.lower_ == "of" for o in p.children]
    return any(t.ent_type_ in PLACE_LABELS for t in words)


def is_actor(token: Any) -> bool:
    """A phrase that names an actor or is headed by an agent noun ("Syrian refugees")."""
    return names_actor(token) or agent_role(token) is not None


def phrase_text(token: Any) -> str:
    """The phrase a token heads, as written (for a source named by a common noun phrase)."""
    first, last = phrase_edges(token)
    return token.doc[first.i : last.i + 1].text.strip()


def listed_states(token: Any) -> list[Any]:
    """The heads of the other items of a list of states that the parse hangs on a state's name
    as an apposition and its conjuncts ("The United States, India, Israel, Pakistan and other
    governments": India, Israel, Pakistan, other governments; and the name's own conjuncts), as
    a state's name is no description of another state; none for any other apposition ("Kabul,
    Afghanistan" says where the city is; "Estonia, a small country in Northern Europe"; "The
    United Arab Emirates (UAE)", one state twice)."""
    state = _state_name(token)
    if state is None:
        return []
    items = [c for c in token.children if c.dep_ == "appos" and _state_name(c) not in {None, state}]
    listed = [t for item in items for t in (item, *item.conjuncts)]
    return [*listed, *(c for c in token.conjuncts if c not in listed)] if listed else []


def _state_name(token: Any) -> str | None:
    """The gazetteer's country a name of a state itself names (not a capital or a region),
    else None."""
    ents = [e for e in doc_ents(token.doc) if e.start <= token.i < e.end and e.label_ == "GPE"]
    if not ents:
        return None
    return load_gazetteer().country_named(ents[0].text.removeprefix("the ").removeprefix("The "))
