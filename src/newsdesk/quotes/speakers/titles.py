"""Titles, offices and roles: the heads that describe an unnamed person, the words of a
title (spelled out by the title lexicon), a capitalised office standing alone, and the one
person the article gives a title or a role."""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import SPELLED_OUT, TITLE_WORDS
from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import PERSON_LABELS, PERSON_NOUNS, UNNAMED, head_index
from newsdesk.quotes.roles import describe
from newsdesk.quotes.sources import Speaker, in_marks, named
from newsdesk.quotes.speakers.unnamed import introduces_unnamed

#: The heads of a person, named or not: ``PERSON_NOUNS`` and the unnamed person's heads.
PERSON_LIKE = frozenset(PERSON_NOUNS | UNNAMED)


def named_by_role(context: Context, token: Any) -> Speaker | None:
    """``the group's spokesman struck back, saying`` … ``RNC spokesman Sean Spicer``: a definite
    description of an unnamed-person role is the one person the article gives that role,
    unless an unnamed person with that role came in after that person's last mention before
    the description (``John Doe, a spokesman for the police, … ¶ A spokesman for the fire
    department said … ¶ the spokesman said``: the fire department's, whom the article does
    not name)."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children)
    if token.lemma_.lower() not in UNNAMED or not definite:
        return None
    holders: dict[str, list[Any]] = {}
    for mention in (m for m in context.index.mentions if m.label in PERSON_LABELS):
        role = describe(context.text, mention.start, mention.end).role or ""
        if role_head(role) == token.lower_:
            full = context.index.full_name(mention.name, before=mention.start)
            holders.setdefault(full, []).append(mention)
    if len(holders) != 1:
        return None
    (mentions,) = holders.values()
    last = max((m.end for m in mentions if m.start < token.idx), default=token.idx)
    if _unnamed_since(context, token, last):
        return None
    return named(context, mentions[0].start, mentions[0].end, mentions[0].name)


def _unnamed_since(context: Context, token: Any, start: int) -> bool:
    """Whether an indefinite description by the token's noun brings in an unnamed person
    between ``start`` and the token (``a spokesman``, ``another official``)."""
    return any(
        start <= word.idx < token.idx and word.lemma_ == token.lemma_ and introduces_unnamed(context, word)
        for word in token.doc[: token.i]
    )


#: Prepositions that open the phrase after a role's noun (``spokeswoman for the agency``,
#: ``official at the State Department``, ``aide to the senator``).
_ROLE_PREPOSITIONS = frozenset({"for", "at", "of", "with", "to", "in", "on", "from"})


def role_head(role: str) -> str | None:
    """The noun a role phrase is headed by, in lower case: its last word before a preposition
    that opens a phrase on it (``spokeswoman for the agency``: spokeswoman; ``agency's
    spokeswoman``: spokeswoman), so the words of the organisation served are not read as the
    role's noun."""
    words = role.lower().split()
    if not words or words[0] in _ROLE_PREPOSITIONS:
        return None  # "of counsel": no noun before the phrase
    return words[head_index(words, openers=_ROLE_PREPOSITIONS)].strip(".,")


def capitalised_title(token: Any) -> bool:
    """``the President said``: an office of the title lexicon written capitalised, alone (not
    ``the President of France``, not a name's part: ``President Trump``). It stands for the one
    person the article gives that title now (of several, the one it names most), else it
    keeps its own words: a capital says an office the article has named, not the latest
    person."""
    parts = {"compound", "flat", "appos", "prep", "amod"}
    alone = not any(c.dep_ in parts and not intensive(c) for c in token.children)
    word = token.lower_
    return token.text.istitle() and alone and word in TITLE_WORDS and word in PERSON_NOUNS


def intensive(token: Any) -> bool:
    """``the president himself``: a reflexive pronoun that the parse hangs on a noun as its
    apposition only stresses the noun; it names no one else."""
    return token.dep_ == "appos" and token.pos_ == "PRON" and token.lower_.endswith(("self", "selves"))


def title_holder(context: Context, token: Any, latest: Speaker, *, at: int, subject: bool = False) -> Speaker | None:
    """``Sen. Ted Cruz … Trump, the president, said … the senator added``: a title description
    is the one person the article gives that title, when the latest person (its default) is
    given another; a person given no title may hold any (the title lexicon spells out
    abbreviated titles: ``Sen.`` is a senator). An office said ``former`` is held by one the
    article calls former; with none named, no one it gives a title is meant, so the
    description keeps its own words (``Speaker()``), as a nominal source the article never
    resolves does (docs/attribution-rules.md). An office the article gives no one, now or
    once, is a past office of the latest person where that person is the ``subject`` of a
    sentence just before (``Mattis not only said … said the former Marine General``, Mattis
    now a secretary)."""
    title = title_words(token)
    former = said_once(token)
    if latest.label != "PERSON" or not latest.role or _holds(latest.role, title, former=former):
        return None
    places = places_of(token)
    holders = [h for h in titled(context, title, at=at) if not from_elsewhere(context, h[1], places)]
    found = _one_holder(context, of_time(holders, former=former), current=False)
    if found is None and token.lower_ in TITLE_WORDS:  # an office, not a party ("Republican")
        found = most_named_holder(context, holders, at=at, former=former)
        if found is None and former and (holders or not subject):
            return Speaker()  # "the former president": no former president named
    return found  # none given the office at all: a past office of the subject before


def places_of(token: Any) -> set[str]:
    """The words of the places (states, countries) that modify a description (``the South
    Carolina Republican``: south, carolina)."""
    return _places(w for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"} for w in c.subtree)


def _places(words: Any) -> set[str]:
    return {w.lower_ for w in words if w.ent_type_ == "GPE"}


def from_elsewhere(context: Context, mention: Any, places: set[str]) -> bool:
    """``Sen. John Kennedy, a Louisiana Republican, … the South Carolina Republican said``: a
    description that names a place (a state, a country) is no one whose role around a
    mention names another place."""
    role = describe(context.text, mention.start, mention.end).role
    at = context.text.find(role or "\0", max(0, mention.start - 80), mention.end + 240)
    if not places or at < 0:
        return False
    own = _places(context.doc.char_span(at, at + len(role), alignment_mode="expand"))
    return bool(own) and not own & places


def _holds(role: str, title: set[str], *, former: bool) -> bool:
    """``Sen. Ted Cruz`` holds ``the senator``; ``President Donald Trump`` holds ``the
    president`` but not ``the former president``, which ``former President Obama`` holds."""
    words = role_words(role)
    return title <= words and (not former or bool(words & _PAST))


def said_once(token: Any) -> bool:
    """``the former secretary``: a description that says its office was held once may mean
    a holder the article calls ``former``; ``the secretary of state`` means the one who holds
    it now, not ``former Secretary of State Rex Tillerson``."""
    return any(c.lower_ in _PAST for c in token.lefts)


def most_named_holder(
    context: Context, titled: list[Titled], *, at: int, former: bool = False
) -> Speaker | None:
    """``President Trump … appointed by President Obama … Judge Jon S. Tigar … the president
    said``: of several people the article gives the title (``titled``, not once held; with
    ``former``, ``the former president``, only those it calls former), the one it names most
    often outside quotation marks before ``at`` (the latest of them on a tie), not the latest
    person, who holds another title."""
    holders = {
        full: [
            m
            for m in context.index.mentions_of(full)
            if m.label in PERSON_LABELS and m.start < at and not in_marks(context, m.start)
        ]
        for full, _, _ in of_time(titled, former=former)
    }
    if not any(holders.values()):
        return None
    mentions = max(holders.values(), key=lambda found: (len(found), found[-1].start))
    return named(context, mentions[-1].start, mentions[-1].end, mentions[-1].name)


#: Title words that say a person held the office once, not now (``former President Obama``).
_PAST = {"former", "then", "ex", "onetime"}

#: A person mention given a title: the person's full name, the mention, and whether the title
#: says the office was held once (``former``).
Titled = tuple[str, Any, bool]


def of_time(titled: list[Titled], *, former: bool) -> list[Titled]:
    """The mentions whose title says what the description says: with ``former`` (``the former
    president``) those the article calls former, else those it gives the office now; one
    person called both (``former President Obama`` … ``President Obama``) is in both."""
    return [found for found in titled if found[2] == former]


def holder_of(
    context: Context, title: set[str], *, at: int, current: bool = False
) -> Speaker | None:
    """The one person named before ``at`` whom the article gives the ``title``, if only one;
    ``current``: not counting those who held it once (``the President`` is not ``former
    President Barack Obama``)."""
    return _one_holder(context, titled(context, title, at=at), current=current)


def titled(context: Context, title: set[str], *, at: int) -> list[Titled]:
    """The person mentions before ``at`` whose role holds every word of ``title``."""
    found = []
    for mention in (m for m in context.index.mentions if m.label in PERSON_LABELS and m.start < at):
        role = describe(context.text, mention.start, mention.end).role
        if role and title <= role_words(role):
            full = context.index.full_name(mention.name, before=mention.start)
            found.append((full, mention, bool(role_words(role) & _PAST)))
    return found


def _one_holder(context: Context, titled: list[Titled], *, current: bool) -> Speaker | None:
    holders = {}
    for full, mention, once in titled:
        if not (current and once):
            holders.setdefault(full, mention)
    if len(holders) != 1:
        return None
    (mention,) = holders.values()
    return named(context, mention.start, mention.end, mention.name)


def title_words(token: Any) -> set[str]:
    """``the former vice president``: the office noun and the title words before it that say
    which office (``vice``; not ``former``)."""
    modifiers = {c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"}}
    return {token.lower_} | (modifiers & TITLE_WORDS - _PAST - {"acting", "senior"})


def role_words(role: str) -> set[str]:
    words = [w.strip(".,").lower() for w in role.split()]
    return {SPELLED_OUT.get(w, w) for w in words}
