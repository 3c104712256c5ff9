"""Names that are no person, organisation or place: titles of laws and works, events,
products and page furniture, left out of the ``mentions`` layer (and so of the registry).

The registry's types are the actors' (PERSON, ORG, GPE, LOC, FAC). spaCy's small English
model also tags laws, works, events and products (LAW, WORK_OF_ART, EVENT, PRODUCT), but
often gives one of them an actor's label instead ("the Foreign Intelligence Surveillance Act"
an organisation, "Superstorm Sandy" a person). A name no gazetteer entry types is no actor
when the article or its shape says so:

* the model's own labels for the same words across the article: more of its mentions are
  tagged a law, work, event or product than a person, organisation or place;
* the name's head noun is a word of laws, agreements and events (``LAW_AND_EVENT_HEADS``:
  "Act", "Bill", "Agreement", "Festival", "Award", "Marathon", "War") and the model never
  reads the name as a person's, or a word of storms and operations stands before its last
  word (``EVENT_WORDS``: "Hurricane", "Superstorm", "Typhoon", "Operation");
* it is page furniture: words of a page's interface and sharing services in a row
  ("Twitter Pinterest", "Post Email"), one word that only a page's layout writes
  ("Slideshow", "Op-Ed"), or one interface word in capitals ("MORE").
* it stands only in a heading line of the text ("CALIFORNIA DEMOCRATIC PARTY WON'T ENDORSE
  FEINSTEIN"; ``newsdesk.entities.headings``).

The word lists are lexicons of kinds of names (the heads English gives titles of laws and
names of events), not names; no library ships them (spaCy's labels are the first evidence).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from newsdesk.entities.headings import NameSpan, heading_only
from newsdesk.entities.kinds import ORG_SUFFIXES
from newsdesk.parsed import ACTOR_LABELS

#: The model's labels for things that are no actor.
THING_LABELS = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
#: Last words of the names of laws, agreements, plans, prizes and events ("Patriot Act", "Paris
#: Agreement", "Nobel Prize", "Boston Marathon", "Cold War"), holidays and spells of a whole
#: economy ("St. Patrick's Day", "Great Recession", "Cuban Missile Crisis").
LAW_AND_EVENT_HEADS = frozenset({
    "act", "acts", "bill", "amendment", "agreement", "accord", "accords", "treaty",
    "doctrine", "deal", "plan", "festival", "award", "awards", "prize", "marathon", "olympics",
    "championship", "championships", "tournament", "war", "massacre", "summit", "protests",
    "riots", "uprising", "day", "parade", "recession", "depression", "crisis", "pandemic",
    "shutdown",
})
#: Words that make a name an event's before its last word ("Hurricane Katrina", "Superstorm
#: Sandy", "Super Typhoon Mangkhut", "Operation Warp Speed"); "storm" inside a name does too
#: ("Tropical Storm Allison").
EVENT_WORDS = frozenset({"hurricane", "superstorm", "typhoon", "cyclone", "operation"})
#: Sharing services a page lists beside its sharing buttons.
SHARING_SERVICES = frozenset({
    "facebook", "twitter", "pinterest", "linkedin", "whatsapp", "reddit", "tumblr", "flipboard",
    "messenger", "instagram", "youtube", "sms",
})
#: Words that only a page's layout writes as a heading or a button ("Slideshow", "Op-Ed").
LAYOUT_WORDS = frozenset({
    "slideshow", "op-ed", "gallery", "enlarge", "caption", "toggle", "advertisement",
})
#: Labels of the kind of piece that a page writes alone as a heading or a section's name
#: ("ANALYSIS/OPINION:", "the Opinion front page"); inside a longer name they are words of it
#: ("Center for Data Analysis").
PIECE_LABELS = frozenset({"analysis", "opinion"})


_SHARING_AND_LAYOUT = SHARING_SERVICES | LAYOUT_WORDS


def actors_only(doc: Any, spans: list[NameSpan]) -> list[NameSpan]:
    """The spans that name an actor: a gazetteer entry, or a name that is no title of a law,
    work or event, no product, no page furniture and not only a heading's words; a person's
    name loses the sharing buttons written before it."""
    labels = _model_labels(doc)
    headline_words = {id(span) for span in heading_only(doc, spans)}
    kept = [span for span in spans if id(span) not in headline_words and (
            span.gazetteer or not no_actor(doc, span.start, span.end, labels=labels))]
    for span in kept:
        if span.label == "PERSON":  # "Facebook Twitter Pinterest Brad Parscale"
            while span.end - span.start > 1 and doc[span.start].lower_ in _SHARING_AND_LAYOUT:
                span.start += 1
    return kept


def _model_labels(doc: Any) -> dict[str, Counter[str]]:
    """The labels the model gave each name's words across the article."""
    labels: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        labels.setdefault(ent.text, Counter())[ent.label_] += 1
    return labels


def no_actor(doc: Any, start: int, end: int, *, labels: dict[str, Counter[str]]) -> bool:
    """The name ``doc[start:end]`` is no actor (see the module docstring)."""
    span = doc[start:end]
    votes = labels.get(span.text, Counter())
    things = sum(votes[label] for label in THING_LABELS)
    if things > sum(votes[label] for label in ACTOR_LABELS):
        return True
    words = [token.lower_ for token in span if not token.is_punct]
    if _headed_by_law_or_event(span, words, named_person=votes["PERSON"] > 0):
        return True
    return _holds_event_word(words) or _page_furniture(words, in_capitals=span.text.isupper())


def _headed_by_law_or_event(span: Any, words: list[str], *, named_person: bool) -> bool:
    """The name's last word is a law's or an event's noun ("Patriot Act", "Defense of Marriage
    Act", "Violence Against Women Act"), unless the model reads the name as a person's anywhere
    in the article ("Nathan Deal"), the name is one word ("Bill" is a person's short form), or
    the parse's head of the name is an organisation's noun and the last word hangs in a phrase
    of it ("Institute for the Study of War", "Department of War")."""
    if named_person or len(words) < 2 or not span[-1].is_title or words[-1] not in LAW_AND_EVENT_HEADS:
        return False
    return span.root.i == span[-1].i or span.root.lower_ not in ORG_SUFFIXES


def _holds_event_word(words: list[str]) -> bool:
    """A storm's or an operation's word stands before the name's last word ("Hurricane
    Katrina", "Super Typhoon Mangkhut", "Operation Warp Speed"); "storm" counts only inside
    it ("Tropical Storm Allison"): first it is a given name ("Storm Reid"), last a team's
    ("Seattle Storm"). A storm named "Storm X" is left to the model's labels."""
    if len(words) < 2:
        return False
    return any(word in EVENT_WORDS for word in words[:-1]) or "storm" in words[1:-1]


def _page_furniture(words: list[str], *, in_capitals: bool) -> bool:
    """Words of a page's interface in a row ("Twitter Pinterest"), one word only a layout
    writes ("Slideshow") or a label of the kind of piece ("Opinion"), or one interface word in
    capitals, as a button is ("MORE")."""
    if not words:
        return False
    if len(words) == 1:
        return words[0] in LAYOUT_WORDS | PIECE_LABELS or (in_capitals and words[0] in _page_words())
    return all(word in _page_words() for word in words)


@cache
def _page_words() -> frozenset[str]:
    """The words of a page's interface that bylines are read with (imported here on first use:
    ``newsdesk.bylines`` imports the entities package), with sharing services and layout words."""
    from newsdesk.bylines.lexicons import INTERFACE_WORDS

    return INTERFACE_WORDS | SHARING_SERVICES | LAYOUT_WORDS
