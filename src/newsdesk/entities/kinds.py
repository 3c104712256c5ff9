"""The type of a name from what its article says around it, not the tagger's first guess.

spaCy's small English model labels each name from a few words of context, and one article
often gets two labels for one name ("Footscray" an organisation, "Leyen" a place). The parse
and a few lexicons settle it, for names no gazetteer entry types (a gazetteer entry's type
always wins):

* an organisation: the name ends in an organisation word (Inc, Airlines, Institute,
  Underground, Movement), is followed by a noun only an organisation has ("AirAsia flight",
  "Apple's CEO"; an outlet: "a Politico reporter", "a Twitter post", not a word of a person's
  full name), or is "at X" for a name the model called a person (not after a word of aiming,
  "yelled at Joe"), or stands in apposition after a common noun of a body ("the hacking
  collective Anonymous", "the parliamentary bloc Islah"); once so, everywhere in the
  article. A name with no lower-case letter ("CRISPR") is never a person;
* a place: a one-word name the model called a person that the article makes the object of
  "in" or "near" more often than anything else ("lunch in Footscray", not "in the Graham
  case" nor "an ally in Michelle Malkin"), a vote of its mentions; a name the model called an
  organisation after a place's noun and "of" ("the town of Daraa"), before one ("Wayne and
  Oakland counties") or before a comma and a state ("SALEM, Oregon —"; of several words only
  where it opens the text in capitals, "COUNCIL BLUFFS, IOWA —", or follows "in" or "near",
  "in Upper Marlboro, Maryland"; not the first item of
  a list, "Apple, China, and the United States"), or one word in capitals that opens the text
  before a dash and that the gazetteer knows as a place ("JERUSALEM—"; "CNN —" keeps its
  type); a name the model called a place without a government (LOC) before a comma and a state
  ("mayor of South Bend, Ind."; not "Lake Tahoe, Calif.", a place of nature); a name in
  apposition after a comma and a place's noun ("my neighborhood, Bustan al Kaser": LOC after a
  neighbourhood's or an island's noun, GPE after a city's or a country's); once so, everywhere
  in the article (no
  vote: the tagger's organisation at a town's other mentions is no evidence against "the
  town of Dabiq");
* not a person: one word after its own "the" is a body ("the Klan"), in the plural a family
  or a people, no entity ("the Clintons", "the Benjamins");
* a person: a name that a byline or a sign-off line of the text gives ("By Hugh Pym, BBC
  health editor", "— Bente Birkeland, Colorado Public Radio"; ``author_lines``), or a name
  of a common given name and a family name in a list with people ("Patsy Mink, Sandra Day
  O'Connor, Condi Rice"), once so everywhere in the article; a name after a title, across an editor's bracket ("Col. [Andy] Wood"); a family
  name of several words begun by a name particle ("Ursula von der Leyen", which the model
  splits into "Ursula von" and a place "Leyen") is one person's;
* no entity: a name that is the whole of a short quotation ("“Clinton Cash”") is the title of
  a work, no person; so is a name in apposition to a common noun of a work ("the science
  fiction video game Bioshock", "the film Carnal Knowledge"), unless the model called it a
  person.

These are rules over the parse because the model offers no document-level vote and newsdesk
ships no type classifier; the word lists are lexicons of organisation words, not names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from newsdesk.entities.author_lines import author_line_names
from newsdesk.entities.gazetteer import PLACE_LABELS, load_gazetteer
from newsdesk.entities.headings import NameSpan
from newsdesk.entities.org_kinds import EVENT, ORG_HEADS, org_kind
from newsdesk.entities.people import LEGAL_FORMS, NAME_PARTICLES
from newsdesk.entities.place_nouns import GOVERNED_PLACE_NOUNS, NATURE_WORDS, PLACE_NOUNS, UNIT_NOUNS
from newsdesk.given_names import given_name_only, is_common_given_name
from newsdesk.parsed import DASHES

POSSESSIVE = {"'s", "’s", "'", "’"}

#: Last words that make a name a company, an outlet or a movement ("US Airways", "Mitsubishi
#: UFJ Securities", "Weather Underground", "Black Lives Matter Movement").
ORG_SUFFIXES = ORG_HEADS | LEGAL_FORMS | {
    "airlines", "airways", "air", "securities", "technologies", "motors",
    "labs", "media", "systems", "pharmaceuticals", "bureau", "weekly", "magazine", "journal",
    "network", "army", "navy", "embassy", "railways", "energy", "telecom", "studios", "entertainment",
    "house", "underground", "movement", "coalition", "alliance", "league", "federation",
    "commission", "caucus", "society", "institution", "brigade", "brigades",
}
#: Nouns after a name (or its possessive) that only an organisation has: "AirAsia flight",
#: "Apple's CEO", "Tesla shares".
ORG_CONTEXT = {"ceo", "ceos", "shares", "stock", "shareholders", "subsidiary", "subsidiaries",
               "employees", "customers", "flight", "flights", "headquarters", "app", "website",
               "platform", "stores", "products", "executives", "meteorologist", "meteorologists",
               "airline", "aircraft", "jet", "brand", "outlet", "users"}
#: Nouns that make the name right before them an outlet or a platform ("a Politico reporter",
#: "a Twitter post"), though not after a possessive ("Trump's editor" is a person's); not
#: "account", which is also a person's story of events ("the Comey account").
MEDIA_CONTEXT = {"reporter", "reporters", "correspondent", "correspondents", "columnist",
                 "columnists", "journalist", "journalists", "contributor", "contributors",
                 "editor", "editors", "article", "articles", "feed", "post", "posts"}
#: Prepositions of place before a name: "in Footscray", "near Coburg".
_PLACE_PREPOSITIONS = {"in", "near"}
_OPENING_QUOTES = {"“", '"', "‘"}
_CLOSING_QUOTES = {"”", '"', "’"}
#: The most capitalised words around a name in a quoted title ("Free Nelson Mandela").
_TITLE_WORDS = 4


def settle_types(doc: Any, spans: list[NameSpan]) -> list[NameSpan]:
    """The spans with their types read from the article (see the module docstring); the
    titles of works and names of no one are left out."""
    organisations = {doc[s.start:s.end].text for s in spans if not s.gazetteer and _org_cue(doc, s)}
    one_word_people = [s for s in spans if s.label == "PERSON" and s.end - s.start == 1]
    groups = _voted(doc, one_word_people, _after_the)
    people_words = _people_words(doc, spans)
    outlets = {name for name in _outlet_names(doc) if not set(name.split()) & people_words}
    places = _voted(doc, [s for s in one_word_people if not s.gazetteer], after_place_preposition)
    seats = {doc[s.start:s.end].text for s in spans
             if not s.gazetteer and s.label in _NOT_YET_PLACES and _place_cue(doc, s, spans)}
    seats |= {doc[s.start:s.end].text for s in spans
              if not s.gazetteer and s.label == "LOC" and _town_before_state(doc, s, spans)}
    writers = author_line_names(doc, [s for s in spans if not s.gazetteer and s.label != "PERSON"])
    listed = listed_people(doc, spans)
    apposed = _apposition_kinds(doc, spans)
    kept = []
    for span in spans:
        text = doc[span.start:span.end].text
        if apposed.get(text) == NO_ACTOR and not span.gazetteer:
            continue  # "the video game Bioshock": a work's title
        if span.label == "PERSON" and (not any(char.islower() for char in text)
                                       or _whole_quotation(doc, span)
                                       or (text in groups and text.endswith("s"))):
            continue  # "CRISPR", "D- N.J.", “Clinton Cash”, "the Clintons": no person's name
        if span.label == "PERSON" and text in groups and not span.gazetteer:
            span.label = "ORG"  # "the Klan"
        if span.kind == "name" and not span.gazetteer:
            if text in writers or text in listed:
                span.label = "PERSON"  # "By Hugh Pym, BBC health editor"; "Patsy Mink, Sandra Day O'Connor"
            elif (text in organisations and span.label in {"PERSON", "GPE", "LOC"}) or (
                    text in outlets and span.label == "PERSON"):  # "our Gaza correspondent" stays a place
                span.label = "ORG"
            elif (text in places and span.label == "PERSON") or (
                    text in seats and span.label in _NOT_YET_PLACES | {"LOC"}):
                span.label = "GPE"
            if text in apposed:
                span.label = apposed[text]  # "my neighborhood, Bustan al Kaser"
        kept.append(span)
    return kept


def listed_people(doc: Any, spans: list[NameSpan]) -> set[str]:
    """Names of a given name and a family name that the tagger calls something else in a list
    of people ("Shirley Chisholm, Patsy Mink, Sandra Day O'Connor, Condi Rice"): the name's
    first word is a common given name that is no English word ("Big Machine" beside "Scott
    Borchetta" stays a label), no word of it is an organisation's or a place's noun,
    and a conjunct of it in the parse is a name of a given name and more that the tagger calls
    a person. Items of a list are of one kind; "Sioux City, or Apple Wine" (the tagger's
    person) keeps its place."""
    people = {token.i for s in spans if s.label == "PERSON" and s.end - s.start > 1
              and is_common_given_name(doc[s.start].text) for token in doc[s.start:s.end]}
    found = set()
    for span in spans:
        words = doc[span.start:span.end]
        if span.label == "PERSON" or span.gazetteer or len(words) < 2 or any(
                word.lower_ in ORG_SUFFIXES or word.lower_ in PLACE_NOUNS for word in words) or (
                not given_name_only(words[0].text)):
            continue
        root = words.root
        conjuncts = [child for child in root.children if child.dep_ == "conj"]
        if root.dep_ == "conj":
            conjuncts.append(root.head)
        if any(token.i in people for token in conjuncts):
            found.add(words.text)
    return found


def _voted(doc: Any, spans: list[NameSpan], cue: Callable[[Any, NameSpan], bool]) -> set[str]:
    """The names that more of their mentions among ``spans`` write with the cue than without
    ("in Footscray", "the Klan"; "Voters lost faith in Smith ..., and Smith resigned")."""
    votes: Counter[str] = Counter()
    for span in spans:
        votes[doc[span.start:span.end].text] += 1 if cue(doc, span) else -1
    return {text for text, vote in votes.items() if vote > 0}


def _after_the(doc: Any, span: NameSpan) -> bool:
    """A one-word name after an article "the" of its own, at a sentence's start too: a body
    ("the Klan") or, in the plural, a family or a people ("The Clintons", "the Benjamins").
    People's names take no article ("the Joe Biden campaign": "the" is the noun's; one slip,
    "the Romney's running mate", is outvoted)."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ == "the" and before.dep_ == "det" and before.head.i == span.start


def _org_cue(doc: Any, span: NameSpan) -> bool:
    if span.label not in {"PERSON", "GPE", "LOC"}:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "The" and not before.is_sent_start:
        return True  # "The Hill reported": people are not "The X"
    if doc[span.end - 1].lower_ in ORG_SUFFIXES and span.end - span.start > 1:
        return True
    after = span.end + 1 if span.end < len(doc) and doc[span.end].text in POSSESSIVE else span.end
    if after < len(doc) and doc[after].lower_ in ORG_CONTEXT and doc[after].pos_ in {"NOUN", "PROPN"}:
        return True
    if _after_org_noun(doc, span):
        return True
    return span.label == "PERSON" and span.start > 0 and doc[span.start - 1].lower_ == "at" and (
        doc[span.start - 1].head.lemma_.lower() not in _AT_TARGET_HEADS)


#: Nouns of bodies that a name may follow in apposition, beyond the organisation table's
#: ("the hacking collective Anonymous", "the parliamentary bloc Islah", "the website
#: Deadspin").
APPOSITION_ORG_NOUNS = frozenset({
    "collective", "bloc", "faction", "militia", "movement", "coalition", "alliance", "league",
    "website", "site", "blog", "app", "platform", "chain", "charity", "nonprofit", "club",
    "team", "band", "caucus", "campaign", "think-tank", "publication", "tabloid",
})


#: Common nouns of works that a name may follow in apposition ("the video game Bioshock", "the
#: film Selma", "the novel 1984"): the name is a work's title, no actor.
APPOSITION_WORK_NOUNS = frozenset({
    "game", "film", "movie", "book", "novel", "memoir", "show", "series", "sitcom", "song",
    "album", "documentary", "play", "musical", "opera", "poem", "podcast", "painting",
})
#: Common nouns of places a name may stand in apposition to after a comma ("my neighborhood,
#: Bustan al Kaser"; "the country, Oman"): with a government (GPE) or without (LOC).
_APPOSITION_PLACE_NOUNS = {
    **{noun: "GPE" for noun in GOVERNED_PLACE_NOUNS | {"country", "kingdom", "territory"}},
    **{noun: "LOC" for noun in ("neighborhood", "neighbourhood", "island", "continent")},
}
#: What a name in apposition after a work's noun is: no actor.
NO_ACTOR = ""


def _apposition_kinds(doc: Any, spans: list[NameSpan]) -> dict[str, str]:
    """Names that stand in apposition to a common noun of a work or a place, written in lower
    case, and what that makes them: no actor after a work's noun, right after it or after a
    comma ("the science fiction video game Bioshock"; a name the model called a person keeps
    its type, as the parse may take a relative clause's subject for the appositive: "the
    memoir David and Lauren published"); a place after a comma and a place's
    noun ("my neighborhood, Bustan al Kaser", GPE after "city", LOC after "neighborhood"). A
    place's noun right before a name modifies it ("the state Senate", "the city Council"), so
    only the comma's apposition counts there. Once so, everywhere in the article."""
    found: dict[str, str] = {}
    for span in spans:
        noun = None if span.gazetteer else _apposed_noun(doc, span)
        if noun is None:
            continue
        if noun.lemma_ in APPOSITION_WORK_NOUNS and span.label != "PERSON":
            found[doc[span.start:span.end].text] = NO_ACTOR
        elif noun.lemma_ in _APPOSITION_PLACE_NOUNS and doc[span.start - 1].text == ",":
            found[doc[span.start:span.end].text] = _APPOSITION_PLACE_NOUNS[noun.lemma_]
    return found


def _apposed_noun(doc: Any, span: NameSpan) -> Any | None:
    """The common noun in lower case that the name stands in apposition to, right before it
    ("the video game Bioshock") or before a comma ("my neighborhood, Bustan al Kaser"); None
    for a relative clause's subject ("the film Trump watched")."""
    at = span.start - 2 if span.start > 1 and doc[span.start - 1].text == "," else span.start - 1
    if at < 0:
        return None
    noun, root = doc[at], doc[span.start:span.end].root
    if not noun.is_lower or noun.pos_ != "NOUN":
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "VERB" and after.dep_ in {"relcl", "acl"}:
        return None
    if at == span.start - 1 and noun.head.i == root.i:
        return noun
    return noun if root.dep_ == "appos" and root.head.i == noun.i else None


def _after_org_noun(doc: Any, span: NameSpan) -> bool:
    """The name stands in apposition right after a common noun of a body ("the gas company
    Burisma", "the hacking collective Anonymous"): the noun, written in lower case, is the
    name's modifier or the name is its appositive. A relative clause's subject after such a
    noun is no apposition ("the company Trump founded"), nor is an event's noun ("the summit
    Trump attended")."""
    if span.start == 0:
        return False
    noun, root = doc[span.start - 1], doc[span.start:span.end].root
    if not noun.is_lower or not (noun.lower_ in APPOSITION_ORG_NOUNS
                                 or org_kind(noun.lower_) not in {None, EVENT}):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "VERB" and after.dep_ in {"relcl", "acl"}:
        return False  # "the company Trump founded", which the parse may read as an apposition
    return noun.head.i == root.i or (root.dep_ == "appos" and root.head.i == noun.i)


#: Words whose "at" takes the one aimed at, who may be a person ("yelled at Joe", "a swipe
#: at Pelosi", "angry at Biden"), not the place of work or study that makes "at X" an
#: organisation.
_AT_TARGET_HEADS = frozenset({
    "yell", "shout", "scream", "bark", "snap", "lash", "laugh", "smile", "wink", "nod", "wave",
    "look", "stare", "glare", "glance", "point", "aim", "direct", "target", "swipe", "jab",
    "dig", "shot", "shoot", "fire", "hit", "strike", "lunge", "throw", "hurl", "rail", "poke",
    "sneer", "scoff", "jeer", "mock", "angry", "mad", "furious", "upset", "annoy", "marvel",
})


#: Labels a place's name may get from the tagger in place of GPE.
_NOT_YET_PLACES = {"ORG", "FAC", "PERSON"}
#: Dashes that end a dateline ("JERUSALEM—", "KYIV -").
_DATELINE_DASHES = DASHES | {"-"}
#: Marks that may end an apposition "X, Va.," or a dateline "DOVER, Delaware —".
_APPOSITION_ENDS = {",", "—", "–", "-", ".", ")", ";", ":"}


def _place_cue(doc: Any, span: NameSpan, spans: list[NameSpan]) -> bool:
    """The parse or the next name says the name is a place with a government: the object of
    "of" after a place's noun ("the city of Hama"), a modifier of a unit's noun ("Cuyahoga and
    Summit counties"), or a name followed by a comma and a state or country the model calls a
    place (a dateline "BOWIE, Maryland —", of several words where it opens the text in
    capitals: "COUNCIL BLUFFS, IOWA —", or after "in" or "near": "in Upper Marlboro,
    Maryland"). A name ending in an
    organisation's word keeps its type ("the city of Boston Police Department"), and of the
    names the model called a person only one word counts. Before a comma only one word the
    model called an organisation counts: "Fort Hood, Texas" is a base, "Middlebury College,
    Vt." a college, "Sen. Ann Bell, Texas" a person."""
    person = span.label == "PERSON"
    if doc[span.end - 1].lower_ in ORG_SUFFIXES or (person and span.end - span.start > 1):
        return False
    root = doc[span.start:span.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and _place_noun(head.head, GOVERNED_PLACE_NOUNS):
        return head.head.i < span.start
    if root.dep_ in {"compound", "nmod", "amod"} and head.i >= span.end and _place_noun(head, UNIT_NOUNS):
        return True
    if span.label == "ORG" and _dateline_word(doc, span):
        return True
    return span.label == "ORG" and (
        span.end - span.start == 1 or _opens_in_capitals(doc, span)
        or after_place_preposition(doc, span)) and _followed_by_state(doc, span, spans)


def _town_before_state(doc: Any, span: NameSpan, spans: list[NameSpan]) -> bool:
    """A place the model called one without a government (LOC) that a comma and a state
    follow is a town ("mayor of South Bend, Ind."), unless a word of it names a place of
    nature ("Lake Tahoe, Calif.")."""
    if any(token.lower_ in NATURE_WORDS for token in doc[span.start:span.end]):
        return False
    return _followed_by_state(doc, span, spans)


def _dateline_word(doc: Any, span: NameSpan) -> bool:
    """A one-word dateline: a word in capitals that opens the text right before a dash and
    that the gazetteer knows as a place ("JERUSALEM—", "KYIV —"). A page's label ("FILE -",
    "EXCLUSIVE —") and an outlet's or agency's name ("CNN —", "NASA —") are no gazetteer
    place, so they keep the tagger's type."""
    if span.end - span.start != 1 or span.end >= len(doc) or doc[span.end].text not in _DATELINE_DASHES:
        return False
    if not _opens_in_capitals(doc, span):
        return False
    entry = load_gazetteer().lookup(doc[span.start].text.title())
    return entry is not None and entry["label"] in PLACE_LABELS


def _opens_in_capitals(doc: Any, span: NameSpan) -> bool:
    """The name opens the text, after a bracket at most, and is written in capitals, as a
    dateline's place is ("COUNCIL BLUFFS, IOWA —", "(CEDAR RAPIDS, Iowa) —")."""
    if span.start > 1 or (span.start == 1 and doc[0].text != "("):
        return False
    words = [token for token in doc[span.start:span.end] if token.is_alpha]
    return bool(words) and all(token.is_upper for token in words)


def _place_noun(token: Any, nouns: set[str]) -> bool:
    """One of ``nouns``, singular or plural, written in lower case as a common noun: not a word
    of a name ("Bain Capital")."""
    return token.is_lower and token.lemma_ in nouns


def _followed_by_state(doc: Any, span: NameSpan, spans: list[NameSpan]) -> bool:
    """"X, Va.," and not an item of a list ("Honda, Reebok, Vans, Patagonia"); a title of a
    local office may follow ("South Bend, Indiana, Mayor Pete Buttigieg")."""
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or (
            span.start > 0 and doc[span.start - 1].lower_ in _LIST_MARKS
            and not doc[span.start - 1].is_sent_start):  # a sentence's "And" joins no list
        return False
    state = next((s for s in spans if s.start == span.end + 1 and s.label == "GPE"), None)
    if state is None or state.end == len(doc) or doc[state.end].is_sent_start:
        return state is not None
    after = doc[state.end + 1] if state.end + 1 < len(doc) else None
    return doc[state.end].text in _APPOSITION_ENDS and not (  # "Apple, China, and the US"
        doc[state.end].text == "," and after is not None and after.pos_ in {"PROPN", "CCONJ"}
        and after.lower_ not in _LOCAL_OFFICES)  # "South Bend, Indiana, Mayor Pete Buttigieg"


#: Offices held for a town or a state, which may follow "Town, State," as a title of the holder
#: ("South Bend, Indiana, Mayor Pete Buttigieg"), where a list's next item would stand.
_LOCAL_OFFICES = frozenset({
    "mayor", "governor", "gov.", "sheriff", "senator", "sen.", "representative", "rep.",
    "councilman", "councilwoman", "police",
})


_LIST_MARKS = {",", "and", "or", "&"}


def _outlet_names(doc: Any) -> set[str]:
    """Names written right before a noun of an outlet's staff or a platform's posts anywhere in
    the article ("a Politico reporter", "a Twitter post"), where the mention itself may be
    dropped as a modifier: the outlet's name is an organisation at its other mentions that the
    model called a person, unless a word of it is a word of a person's full name in the
    article ("a Taylor Swift post")."""
    found = set()
    for token in doc:
        if token.lower_ not in MEDIA_CONTEXT or token.pos_ != "NOUN" or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        if start < token.i:
            found.add(doc[start:token.i].text)
    return found


def _people_words(doc: Any, spans: list[NameSpan]) -> set[str]:
    """The words of the article's full names of people ("Bell" of "Ann Bell")."""
    return {
        word
        for span in spans
        if span.label == "PERSON" and span.end - span.start > 1
        for word in doc[span.start:span.end].text.split()
    }


def after_place_preposition(doc: Any, span: NameSpan) -> bool:
    """The name is the object of "in" or "near" (written in lower case, so not a sentence's
    "In") just before it: "lunch in Footscray", not "in Hannah Graham case" (a modifier) nor
    "in Smith's view". Only one-word names vote: "an ally in Michelle Malkin" is a person."""
    root = doc[span.start:span.end].root
    if not (span.start > 0 and doc[span.start - 1].text in _PLACE_PREPOSITIONS
            and root.dep_ == "pobj" and root.head.i == span.start - 1):
        return False
    return doc[span.start - 1].head.lemma_.lower() not in _IN_COMPLEMENT_HEADS


#: Words whose "in" takes a complement, not a place ("believe in Jesus", "faith in Obama",
#: "invest in Tesla", "a stake in Twitter").
_IN_COMPLEMENT_HEADS = frozenset({
    "believe", "belief", "faith", "trust", "confidence", "interest", "invest", "investment",
    "stake", "share", "involve", "involvement", "participate", "engage", "specialize",
    "specialise", "succeed", "persist", "delight", "rejoice", "glory", "hope", "result", "lie",
    "consist", "role", "part", "hand", "say",
})


def _whole_quotation(doc: Any, span: NameSpan) -> bool:
    """The name is part of a short quotation of capitalised words only (“Clinton Cash”,
    “Free Nelson Mandela”): the title of a work, not a person."""
    start = span.start
    while start > 0 and span.start - start < _TITLE_WORDS and doc[start - 1].is_title:
        start -= 1
    end = span.end
    while end < len(doc) and end - span.end < _TITLE_WORDS and (
            doc[end].is_title or (doc[end].is_punct and doc[end].text not in _CLOSING_QUOTES)):
        end += 1
    return (start > 0 and doc[start - 1].text in _OPENING_QUOTES
            and end < len(doc) and doc[end].text in _CLOSING_QUOTES)


def particle_name_end(doc: Any, end: int) -> int | None:
    """Where a family name begun by particles ends, for a person's name that ends in one:
    "Ursula von" + "der Leyen" ends after "Leyen"; None when no capitalised word follows."""
    last = doc[end - 1]
    if last.text not in NAME_PARTICLES:  # lower case only: "De" opens a sentence or a name
        return None
    while end < len(doc) and doc[end].text in NAME_PARTICLES:
        end += 1
    return end + 1 if end < len(doc) and doc[end].is_title and doc[end].is_alpha else None
