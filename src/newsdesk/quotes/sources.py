"""A source as the article writes it: the speaker record, its name and the source phrase.

``Speaker`` is what speaker resolution returns. ``named`` turns a mention's span into the
fullest name the article gives it (the shared resolver in ``newsdesk.entities.people``), with
the role and affiliation stated at that mention (beside the name, or in the predicate of the
clause it is the subject of: ``predicates``) or at an earlier one of the same person, the
affiliation spelled out as fully as the article names it (``fullest_organisation``); an
organisation's short name is the full name the article writes with its kind's word after it
(``designated``: ``GateHouse`` -> ``GateHouse Media``).
``source_phrase`` is the span convention for the source itself (PARC style, see
``docs/attribution-rules.md``): the source's noun phrase as it stands, cut at punctuation and at
the cue; ``is_nominal`` says whether that phrase may stand as the speaker text ("a senior
official", "analysts"). The position helpers answer where an offset lies: in which paragraph,
inside quotation marks, inside a direct quote already found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.entities.kinds import POSSESSIVE
from newsdesk.entities.org_kinds import COMPANY, ORG_NOUNS
from newsdesk.entities.people import (
    LEGAL_FORMS,
    clean_name,
    company_named,
    initials,
    whole_name,
    written_out,
)
from newsdesk.entities.titles import COURTESY_TITLES
from newsdesk.parsed import DASHES, doc_ents, phrase_head
from newsdesk.quotes.content import Context
from newsdesk.quotes.description import (
    ORGANISATION_LABELS,
    PARTIES,
    PARTY_NAMES,
    Description,
    names_a_person,
)
from newsdesk.quotes.marks import possessive_mark
from newsdesk.quotes.nominal import describe_nominal
from newsdesk.quotes.nouns import PERSON_LABELS, WHEN_LABELS
from newsdesk.quotes.predicates import predicated
from newsdesk.quotes.roles import describe
from newsdesk.quotes.served import without_article


@dataclass(slots=True)
class Speaker:
    name: str | None = None
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None
    affiliation: str | None = None
    label: str | None = None


_IRISH = re.compile(r"['’] ?[A-Z][a-z]+")


#: Things that show people speaking but are not the speaker.
NOT_SPEAKERS = {"video", "footage", "image", "photo", "picture", "recording", "clip"}


def named(context: Context, start: int, end: int, name: str) -> Speaker:
    # "Terrence O’ Shaughnessy": the tagger stops at the mark, or just after it ("Terrence O’")
    mark = end - 1 if context.text[end - 1 : end] in {"'", "’"} else end
    head = name.rstrip("'’")
    irish = _IRISH.match(context.text, mark)
    if irish and head.endswith((" O", " D")):
        name, end = head + context.text[mark : irish.end()], irish.end()
    full = context.index.full_name(clean_name(without_kind(name)), before=start)
    entity = context.index.entity_at(start, end) or context.index.entity_of(full)
    label = context.index.label_at(start, end) or _place_label(context, start, end)
    if label in (None, "ORG"):  # an untagged short name the article writes in full is one too
        longer = designated(context, full)
        full, label = (longer, "ORG") if longer != full else (full, label)
    if label not in (None, "PERSON"):
        return Speaker(full, entity, start, end, label=label)
    stated = _described(context, start, end)
    if not (stated.role and stated.affiliation) or _is_courtesy(stated.role):
        stated = _completed(stated, _stated_elsewhere(context, full, before=start))
    affiliation = fullest_organisation(context, stated.affiliation)
    return Speaker(full, entity, start, end, stated.role, affiliation, "PERSON")


def _is_courtesy(role: str | None) -> bool:
    """A role of courtesy titles only (``Dr.``, ``Mr.``): it says how the article addresses
    the person, not what they do. ``Prof.`` says that (a professor), so it is a role."""
    words = (role or "").lower().split()
    return bool(words) and all(w in COURTESY_TITLES for w in words)


def _completed(stated: Description, elsewhere: Description) -> Description:
    """The role and affiliation stated at a mention, completed by those stated at the person's
    other mentions: a courtesy title gives way to a role stated elsewhere; where the mention
    states an affiliation of its own, the role stated elsewhere is taken only with an
    affiliation that is the same organisation, which it may spell out (``Harbor's Lopez``
    after ``Maria Lopez, an associate professor … at Harbor University``): a person
    named at one organisation may hold another role at another. A party is no such
    organisation: the office stated elsewhere is the role beside it (``U.S. Senator Jane
    Doe`` … ``Doe, a Republican,``)."""
    own = None if _is_courtesy(stated.role) else stated.role
    if stated.affiliation is None:
        return Description(own or elsewhere.role or stated.role, elsewhere.affiliation)
    if stated.affiliation in PARTY_NAMES:  # "Doe, a Republican,": a party employs no one
        return Description(own or elsewhere.role or stated.role, stated.affiliation)
    same = elsewhere.affiliation is not None and _spells_out(elsewhere.affiliation, stated.affiliation)
    if not same:
        return Description(stated.role, stated.affiliation)
    fuller = max((stated.affiliation, elsewhere.affiliation), key=len)
    return Description(own or elsewhere.role or stated.role, fuller)


def _described(context: Context, start: int, end: int) -> Description:
    """The role and affiliation stated around the mention at ``start``, ``end``
    (``roles.describe``), the affiliation the whole name of the organisation it is the start
    of (``_whole_organisation``); read once per mention of the article."""
    key = (start, end)
    if key not in context.described:
        context.described[key] = _read_described(context, start, end)
    return context.described[key]


def _read_described(context: Context, start: int, end: int) -> Description:
    stated = describe(context.text, start, end, doc=context.doc)
    if stated.role is None:
        # "Doe is a vice president with Harbor Ratings": the predicate's office and where it
        # is held say more than a possessive's country ("Spain's Doe")
        said = predicated(context.doc, start, end)
        if said is not None:
            stated = Description(said.role, said.affiliation or stated.affiliation)
    if stated.affiliation is None:
        return stated
    if _is_person_named(context, stated.affiliation, near=start):
        # "Doe, Roe's superior,": whose the office is, a person, is no organisation
        return Description(stated.role, None)
    return Description(stated.role, _whole_organisation(context, stated.affiliation, start=start, end=end))


def _whole_organisation(context: Context, name: str, *, start: int, end: int) -> str:
    """The whole name of the organisation that ``name`` begins where it is written nearest the
    mention at ``start``, ``end``: the longest organisation mention (the ``mentions`` layer's
    or the tagger's) that starts there. The role patterns read a capitalised run and stop at
    lower-case words inside a name (``Center`` of ``the Center for a Stronger Economy``,
    ``Institute`` of ``the Institute for the Study of Trade``); the tagger's span holds them."""
    written = _written_at(context, name)
    if not written:
        return name
    at = min(written, key=lambda i: min(abs(i - start), abs(i - end)))
    names = [n for s, e, n in _organisations(context) if s <= at and at + len(name) < e]
    return max((n for n in names if n.startswith(name + " ")), key=len, default=name)


def _written_at(context: Context, name: str) -> list[int]:
    """Where ``name`` is written in the article as a whole word, found once per name."""
    if name not in context.written:
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        context.written[name] = [m.start() for m in re.finditer(pattern, context.text)]
    return context.written[name]


def _organisations(context: Context) -> list[tuple[int, int, str]]:
    """The organisations of the name index and of the tagger (its buildings too), as ``(start,
    end, name)`` with no article before the name, in that order; made once per article."""
    if context.organisations is None:
        spans = [(m.start, m.end) for m in context.index.mentions if m.label not in PERSON_LABELS]
        spans += [(e.start_char, e.end_char) for e in doc_ents(context.doc) if e.label_ in ORGANISATION_LABELS]
        context.organisations = [(s, e, without_article(context.text[s:e])) for s, e in spans]
    return context.organisations


#: The words that end a company's name by saying what kind of company it is, and that the
#: article's later mentions drop (``GateHouse Media`` -> ``GateHouse``): the legal forms and
#: the company nouns of the kinds table (``Motors``, ``Airlines``), and ``Media``, which names
#: a media company as ``Holdings`` names a holding company. An outlet's noun is no such word:
#: ``Google News`` is an outlet of Google, not Google's full name.
_COMPANY_NOUNS = {noun for noun, (kind, _) in ORG_NOUNS.items() if kind == COMPANY}
_DESIGNATORS = frozenset(LEGAL_FORMS | _COMPANY_NOUNS | {"media"})


def designated(context: Context, name: str) -> str:
    """The organisation ``name`` written as the article writes it in full, with the one word
    after it that says what kind of company it is (``GateHouse`` -> ``GateHouse Media``, the
    rules' ``McClatchy`` -> ``McClatchy Co.``): the longest such name of an organisation the
    article mentions outside quotation marks, or such a mention with that word written right
    after it (the tagger may end the name before it), else ``name``."""
    words = name.split()
    names = []
    for mention in (m for m in context.index.mentions if m.label == "ORG"):
        after = _WORD_AFTER.match(context.text, mention.end)
        word = after.group(1) if after else ""
        word = word if word.lower() in _DESIGNATORS else word.rstrip(".")  # "Media." ends a sentence
        names += [mention.name] + ([f"{mention.name} {word}"] if word else [])
    return max((n for n in names if _designates(n.split(), words)), key=len, default=name)


#: A capitalised word written right after a name.
_WORD_AFTER = re.compile(r" ([A-Z][\w.]*)")


def _designates(longer: list[str], words: list[str]) -> bool:
    return len(longer) == len(words) + 1 and longer[:-1] == words and longer[-1].lower() in _DESIGNATORS


def nominal_speaker(context: Context, token: Any, start: int, end: int, *, text: str | None = None) -> Speaker:
    """A nominal source as the speaker, ``text`` or its own words at ``text[start:end]``, with
    the role and affiliation it states of itself (``nominal.describe_nominal`` of its head
    ``token``; the affiliation by its fullest name): one reading for every path that reaches
    it, a direct subject, a pronoun resolved to it (``They said``: ``some experts``) or an
    earlier description."""
    stated = describe_nominal(token)
    return Speaker(
        context.text[start:end] if text is None else text,
        None,
        start,
        end,
        role=stated.role,
        affiliation=fullest_organisation(context, stated.affiliation),
        label="NOMINAL",
    )


def fullest_organisation(context: Context, name: str | None) -> str | None:
    """The fullest name the article gives the organisation ``name`` is a mention of: the
    longest name of the mentions the ``mentions`` layer puts in its entity that spells
    ``name`` out, holding its words or written by it as initials (``Disney`` -> ``Walt Disney
    Co.``, ``WHO`` -> ``World Health Organization``), as a speaker is named by the fullest
    name the article gives; a place the entity also holds (``Beijing`` for ``China``) is no
    fuller name. ``name`` itself where no mention spells it out. A party's word (``GOP``) is
    the party's name (``Republican Party``), as the attribution rules write a party."""
    if name and name.lower() in PARTIES:
        return PARTIES[name.lower()]
    entity = context.index.entity_of(name) if name else None
    if entity is None:
        return _spelled_out_in_article(context, name) if name else name
    names = (m.name for m in context.index.mentions
             if m.entity == entity and m.label not in PERSON_LABELS and _spells_out(m.name, name))
    return max(names, key=len, default=name)


def _spelled_out_in_article(context: Context, name: str) -> str:
    """An organisation's initials or one word of its name (``WHO``, ``Disney``) spelled out by
    the one organisation the article names by the tagger whose initials those are, or whose
    name holds that word (``World Health Organization``, ``Walt Disney Co.``); ``name`` itself
    where none or several do, or where the word is in a person's name the article gives.
    Without the ``mentions`` layer's entities this is how the article's own names join a short
    name to its full one. A name that stops where its *of* phrase's object goes on as a list is
    the tagger's one name with the list (``_listed_object``). Initials the tagger's names do
    not spell out may be those of one organisation's whole name the article writes
    (``_initials_written``). A word that one name holds is that name's short form
    (``Stanford``: ``Stanford University``); where several names hold it, the article names
    more than one body by it, and the company's own name is the one that ends with it, or with
    it and a legal form of incorporation (``entities.people.company_named``: ``Walt Disney
    Co.``, not ``Disney Channel``)."""
    spans = [(m.start, m.end) for m in context.index.mentions if m.label == "ORG"]
    spans += [(e.start_char, e.end_char) for e in doc_ents(context.doc) if e.label_ == "ORG"]
    names = {without_article(context.text[s:e]) for s, e in spans}
    if name.isupper() and len(name) > 1:
        longer = {n for n in names if name in (initials(n), initials(n.replace("-", " ")))}
        longer = longer or _initials_written(context, name)
    elif " " not in name and not _in_a_persons_name(context, name):
        longer = {n for n in names if name in n.split() and n != name}
        longer = company_named(longer, name) if len(longer) > 1 else longer
    else:
        longer = {n for n in names if _listed_object(name, n)}
    return longer.pop() if len(longer) == 1 else name


#: A name that ends in an *of*, *for* or *on* phrase of one capitalised word, and the list of
#: such words a longer name goes on with (``, Environment and Water``).
_ENDS_IN_OBJECT = re.compile(r"\s(?:of|for|on)\s+[A-Z][a-z]+$")
_LIST_TAIL = re.compile(r"(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+[A-Z][a-z]+")


def _listed_object(name: str, longer: str) -> bool:
    """``longer`` is ``name`` with its *of*, *for* or *on* phrase's object a list of
    capitalised nouns that the tagger reads as the one name's (``Harbor Council on Energy,
    Environment and Water`` for ``Harbor Council on Energy``, where a reader of the words
    stopped at the comma): the list's commas are in the name."""
    return bool(
        longer.startswith(name) and _ENDS_IN_OBJECT.search(name) and _LIST_TAIL.fullmatch(longer[len(name) :])
    )


#: Initials no shorter than this are read from the article's capitalised words; two letters
#: (``TV``, ``AP``) are the initials of too many runs.
_WRITTEN_INITIALS = 3
#: The tagger's labels a name that spells out an organisation's initials may hold: an
#: organisation's, and a place's or a nationality's that opens it (``Republican National
#: Committee``, ``Texas Department of Transportation``); never a person's or a date's.
_ORGANISATION_PARTS = ORGANISATION_LABELS | {"GPE", "LOC", "NORP"}


def _initials_written(context: Context, name: str) -> set[str]:
    """The names the article writes whose initials are ``name`` (``entities.people.written_out``),
    where each is an organisation's whole name: no cut part of a longer run
    (``people.whole_name``), read by the tagger as an organisation, or an organisation opened by
    a place or a nationality, and as no person and no date (``Republican National Committee``
    for ``RNC``, where the tagger read ``Republican`` as a party's adjective; never ``Nancy Ruth
    Adams`` for ``NRA`` or ``Dallas On Jan.`` for ``DOJ``)."""
    if len(name.replace(".", "")) < _WRITTEN_INITIALS:
        return set()
    text = context.text
    spans = (s for s in written_out(name, text) if whole_name(text, *s) and _organisation_at(context, *s))
    return {text[start:end] for start, end in spans}


def _organisation_at(context: Context, start: int, end: int) -> bool:
    """The tagger reads an organisation in the words at ``start:end``, and nothing there but an
    organisation, a place or a nationality; no person the article names stands there."""
    labels = {e.label_ for e in doc_ents(context.doc) if e.start_char < end and start < e.end_char}
    person = any(m.start < end and start < m.end for m in context.index.mentions if m.label in PERSON_LABELS)
    return "ORG" in labels and labels <= _ORGANISATION_PARTS and not person


def _in_a_persons_name(context: Context, word: str) -> bool:
    """Whether a person the article names has ``word`` in their name (``Smith`` of the
    ``Smith campaign``): such a word may stand for the person, not for an organisation."""
    return any(word in m.name.split() for m in context.index.mentions if m.label in PERSON_LABELS)


def _is_person_named(context: Context, name: str, *, near: int) -> bool:
    """``name``, where it is written nearest the mention at ``near``, is a possessive owner
    the tagger reads as a person (``description.names_a_person`` of its last word: ``Jane
    Roe's lawyer``, or ``Roe's lawyer`` with ``Roe`` read as a person elsewhere): whose the
    office is, no organisation. A name in an *at* or *of* phrase is where the office is held
    (``an analyst at consultancy Harbor Intelligence``, which the tagger may read as a
    person's name)."""
    written = _written_at(context, name)
    if not written:
        return False
    at = min(written, key=lambda position: abs(position - near))
    after = context.text[at + len(name) : at + len(name) + 2]
    if not any(after.startswith(mark) for mark in POSSESSIVE):
        return " " not in name and _surname(context, name)
    span = context.doc.char_span(at, at + len(name), alignment_mode="expand")
    return span is not None and len(span) > 0 and names_a_person(span[-1])


def _surname(context: Context, word: str) -> bool:
    """``word`` is a person's surname as the article uses it (``Roe campaign strategist``): a
    mention of a person by the word alone, which the tagger reads as a person there, that
    stands for a name of two words or more the tagger reads whole as a person's (the name
    index may take a place for a person: ``Delhi`` for ``New Delhi``)."""
    people = (m for m in context.index.mentions if m.label in PERSON_LABELS)
    return any(
        context.text[m.start : m.end] == word
        and _tagged(context, m.start, "PERSON")
        and any(e.label_ == "PERSON" and e.text == context.index.full_name(word, before=m.start)
                and " " in e.text for e in doc_ents(context.doc))
        for m in people
    )


def _tagged(context: Context, position: int, label: str) -> bool:
    """The tagger reads ``label`` in the word at ``position``."""
    span = context.doc.char_span(position, position + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].ent_type_ == label


def _spells_out(longer: str, name: str) -> bool:
    """``longer`` holds every word of ``name``, or ``name`` is written as its initials."""
    return set(name.split()) <= set(longer.split()) or (name.isupper() and name == initials(longer))


#: The tagger's labels of a place that is no country or city (``the Middle East``, ``the
#: White House``), which the name index leaves out: a speaker so named is no person.
_PLACES = {"LOC", "FAC"}


def _place_label(context: Context, start: int, end: int) -> str | None:
    """The label of a place the tagger found at the span, where the name index has none: a
    source the parse hung on ``the Middle East`` is then no person that a later ``the
    president`` could mean."""
    places = (e for e in doc_ents(context.doc) if e.label_ in _PLACES)
    return next((e.label_ for e in places if e.start_char < end and start < e.end_char), None)


def _stated_elsewhere(context: Context, full: str, *, before: int) -> Description:
    """The latest role and the latest affiliation stated at earlier mentions of the same person,
    each on its own (at any mention, if none earlier states it); a role other than a courtesy
    title before one."""
    found = []
    spans = [(m.start, m.end) for m in context.index.mentions_of(full)]
    spans += _owned_mentions(context, full)
    for start, end in spans:
        stated = _described(context, start, end)
        if stated.role or stated.affiliation:
            found.append((start < before, start, stated))
    found.sort(key=lambda f: f[1])
    ordered = [f[2] for f in found if f[0]][::-1] + [f[2] for f in found if not f[0]]
    # a courtesy title is the role only where no mention states another ("Dr. Lopez")
    roles = [d.role for d in ordered if d.role]
    role = next((r for r in roles if not _is_courtesy(r)), roles[0] if roles else None)
    return Description(role, next((d.affiliation for d in ordered if d.affiliation), None))


def _owned_mentions(context: Context, full: str) -> list[tuple[int, int]]:
    """The spans of ``full`` at the end of a mention the tagger ran on from the possessive
    owner before it (``Harbor Political Report’s Jane Doe``, one organisation to the tagger):
    that mention names the person too, and its owner is theirs. The mentions are read once
    per article (``Context.owned``), by the name after the possessive."""
    if context.owned is None:
        context.owned = {}
        for mention in context.index.mentions:
            written = context.text[mention.start : mention.end]
            for mark in POSSESSIVE:
                owner, found, name = written.rpartition(mark + " ")
                span = (mention.end - len(name), mention.end)
                if found and owner and name and span not in context.owned.get(name, []):
                    context.owned.setdefault(name, []).append(span)
    return context.owned.get(full, [])


def without_kind(name: str) -> str:
    """``a 2015 CNN poll`` speaks for CNN."""
    return re.sub(r"\s+(?:poll|survey|report|study|analysis|statement)s?$", "", name)


#: Quantifiers that stand as a nominal source on their own ("some said", "many argue").
QUANTIFIERS = frozenset({"some", "many", "most", "several", "others", "all", "few", "one", "none", "both"})
#: Those that take several of a plural *of* phrase (``most of the experts``; not ``one``,
#: ``none``, or ``others``, which takes no *of* phrase).
PLURAL_QUANTIFIERS = QUANTIFIERS - {"one", "none", "others"}


_PHRASE_BREAKS = {",", "(", ")", "—", "–", "-", "--", ":", ";", '"', "“", "”", "'", "‘", "’"}


def is_nominal(token: Any) -> bool:
    """Whether a source token can be its own speaker text: a noun phrase, not a pronoun and not
    a thing that only shows speech (a video, a photo)."""
    if token.lower_ in QUANTIFIERS:
        return True
    if token.pos_ == "ADV":  # a name the tagger took for an adverb ("O’Reilly then said")
        return token.text[:1].isupper() and not token.is_stop
    return token.pos_ in {"NOUN", "PROPN", "NUM"} and token.lemma_.lower() not in NOT_SPEAKERS


def source_phrase(token: Any, *, cue: Any | None) -> tuple[int, int]:
    """The source's noun phrase as it stands: the token's subtree, cut at punctuation (an
    apposition, a quotation mark) and at the cue, a coordination kept across a dash. A clause
    that the cut would leave without its verb (a relative clause whose verb is the cue: ``notable
    Republicans who have said``) is left out whole, and so is a time (``this past week``)."""
    token = phrase_head(token)  # "tweeted Rashida Tlaib": the name, not its first word
    dated = dated_noun(token)
    if dated is not None:  # "the Jan. 19, 2018, cable": the date's commas are inside the phrase
        return token.left_edge.idx, dated.idx + len(dated)
    inside = {t.i for t in token.subtree}
    first = last = token
    while first.i > 0 and (first.i - 1) in inside and not _breaks(first.nbor(-1), cue):
        first = first.nbor(-1)
    while last.i + 1 < len(token.doc) and (last.i + 1) in inside and (
            not _breaks(last.nbor(), cue) or _joins(last.nbor(), inside)):
        last = last.nbor()
    last = token.doc[_whole_end(token, last)]
    while last.i > first.i and (last.is_punct or last.dep_ in {"cc", "case"}
                                or last.tag_ in {"WP", "WDT", "POS"}):
        last = last.nbor(-1)
    if last.i > first.i and last.dep_ == "prep" and not any(c.dep_ == "pobj" for c in last.children):
        stranded = _stranded_object(last, cue)
        last = stranded if stranded is not None else last.nbor(-1)
    return first.idx, last.idx + len(last)


def _stranded_object(preposition: Any, cue: Any | None) -> Any | None:
    """A phrase ending in a preposition with no object (``As my contacts in Kazakhstan
    indicate``, parsed with *Kazakhstan* as a compound of the verb): the object is the run of
    nouns right after it that the parse hung on a verb, which takes no compound noun; the last
    token of that run, or None when the words after the preposition are no such run (then the
    preposition is left out)."""
    end = None
    for word in preposition.doc[preposition.i + 1 :]:
        if (cue is not None and word.i >= cue.i) or not (
                word.dep_ == "compound" and _is_noun(word) and word.head.pos_ in {"VERB", "AUX"}):
            break
        end = word
    return end


def dated_noun(token: Any) -> Any | None:
    """``states the Jan. 19, 2018, cable``: the parser may take a date written before a noun
    (its month's abbreviation, a proper noun) for the phrase's head and the noun for its
    apposition; a date says nothing, so the noun it dates is the source. A noun with a
    determiner of its own is an apposition of the date (``Friday, the last day``)."""
    if token.ent_type_ not in WHEN_LABELS:
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token.i
                 and not any(d.dep_ in {"det", "poss"} for d in c.children)), None)


def _joins(dash: Any, inside: set[int]) -> bool:
    """A dash that sets off the rest of a coordination (``Congressional Republicans — and
    some Democrats``) joins the phrase rather than ending it."""
    after = dash.i + 1
    return dash.text in _DASHES and after in inside and dash.doc[after].dep_ == "cc" \
        and any(c.dep_ == "conj" and c.i > after and _is_noun(c)
                for c in dash.doc[after].head.rights)


def _whole_end(token: Any, last: Any) -> int:
    """Where the phrase ends once it holds no clause after the head whose verb it leaves out
    (a relative clause whole or not at all) and no time after a noun: the index of the last
    token kept."""
    end = last.i
    for word in token.doc[token.i : last.i + 1]:
        for child in word.rights:
            headless = child.left_edge.i <= end < child.i and _is_clause(child)
            if headless or (_is_time(child) and _is_noun(word) and child.left_edge.i <= end):
                end = max(token.i, child.left_edge.i - 1)
    return end


def _is_clause(token: Any) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.dep_ in {"relcl", "acl", "ccomp", "advcl"}


def _is_noun(token: Any) -> bool:
    return token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}


def _is_time(token: Any) -> bool:
    """A noun phrase of time (``this past week``, ``Friday morning``), not a prepositional
    phrase."""
    return token.dep_ == "npadvmod" or (
        token.ent_type_ in WHEN_LABELS and _is_noun(token)
        and token.dep_ not in {"pobj", "compound", "nummod"})


_DASHES = DASHES | {"-"}


def _breaks(token: Any, cue: Any | None) -> bool:
    if token.text == "-" and not _spaced(token):
        return False  # a hyphen inside a word: "the now-defunct school", "BET co-founder"
    if possessive_mark(token):
        return False  # "teachers’ unions": the plural's possessive ending, no quotation mark
    return token.text in _PHRASE_BREAKS or token.is_space or (cue is not None and token.i == cue.i)


def _spaced(token: Any) -> bool:
    return bool(token.whitespace_) or (token.i > 0 and bool(token.nbor(-1).whitespace_))


def paragraph_of(context: Context, position: int) -> int:
    return next((n for n, (s, e) in enumerate(context.paragraphs) if position <= e), len(context.paragraphs))


def in_quote(context: Context, position: int) -> bool:
    return any(q["start"] <= position < q["end"] and q["direct"] for q in context.history)


def in_marks(context: Context, position: int) -> bool:
    return any(start <= position < end for start, end in context.quoted)


def is_person(context: Context, token: Any) -> bool:
    mention = context.index.mention_at(token.idx)
    return (mention.label == "PERSON") if mention else token.ent_type_ == "PERSON"
