"""A written role phrase read as a role and the organisation it is held at: ``senior fellow at
the Center for Eastern Studies``, ``the Harbor Association of Builders chief economist``,
``Head of Fundamental Research at Kotak Securities``, ``a Republican``. The phrase is text
(an apposition after a name, a predicate's complement), split by its prepositions, its
possessive and a capitalised name before the office, so it is read with patterns over the
characters, not the parse. The readers of the words after a name (``appositions``) and of a
predicate (``predicates``) share it.
"""

from __future__ import annotations

import re

from newsdesk.entities.roles import RANK_WORDS
from newsdesk.entities.titles import PARTY_MEMBERS
from newsdesk.quotes.description import (
    DEMONYM,
    PARTIES,
    PARTY_NAMES,
    QUOTED_ROLE_WORDS,
    Description,
    clean_org,
    party_in_words,
    person_word,
)
from newsdesk.quotes.nouns import ORG_NOUNS, head_index
from newsdesk.timex import DAY_NAMES, MONTH_WORDS

#: A capitalised word or initials, and an organisation's name made of them.
CAP = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w&'’-]*)"
ORG = rf"{CAP}(?:\s+(?:of|for|and|on|the|de|&)?\s*{CAP})*"
AFFILIATION = re.compile(rf"\b(?:at|for|with|of|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<org>{ORG})")
_POSSESSIVE = re.compile(rf"^(?:the\s+)?(?P<org>{ORG})['’]s?\s+(?P<role>.+)$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b")
_LEADING = re.compile(r"^(?:a|an|the|its|his|her|their)\s+", re.IGNORECASE)
_CLAUSE = re.compile(r"\s+(?:who|which|that|whose)\b.*$")
_PREP_CUT = re.compile(r"\s+(?:at|for|with|from)\s+.*$|\s+of\s+(?:the\s+)?[A-Z].*$")
#: Role words that may follow the organisation the role is held in: a party's member is none.
_OFFICE_WORDS = QUOTED_ROLE_WORDS - PARTY_MEMBERS
_LEADING_ORG = re.compile(rf"^(?P<org>{ORG})\s+(?P<role>\S.*)$")


def is_role_phrase(phrase: str) -> bool:
    """The phrase can state a role: no clause or report opens it, no verb is in it but in a
    relative clause after a noun of a person (``the Republican chairman of the panel that
    will act on it``), no number starts it, and it holds a lower-case word (an office is
    written in lower case)."""
    first = phrase.split(" ", 1)[0].lower()
    if first in {"said", "says", "told", "who", "whose", "which", "and", "but", "according", "adding", "saying"}:
        return False
    if re.match(r"^\d", phrase) or len(phrase.split()) > 24 or _VERBISH.search(_person_noun_phrase(phrase)):
        return False
    return bool(re.search(r"[a-z]", phrase))


def _person_noun_phrase(phrase: str) -> str:
    """``phrase`` without a relative clause at its end where the words before the clause are
    headed by a noun of a person (``person_word``: an office, a person noun, a PLOVER agent
    noun), else the whole phrase: a relative clause after another noun may be the sentence
    going on (``a sign that the market is weak``)."""
    before = _CLAUSE.sub("", phrase)
    words = before.split()
    if before == phrase or not words:
        return phrase
    head = words[head_index(words)].lower().strip(",")
    return before if person_word(head) else phrase


#: A capitalised office with its own *of* phrase is one title where an organisation follows
#: it as its place (``Head of Fundamental Research at Kotak Securities``, as ``Secretary of
#: State`` before a name); alone, the *of* phrase names the organisation (``CEO of Take-Two``).
_TITLE_OF = re.compile(rf"^(?P<title>(?:[A-Z][\w-]*\s+)*?(?P<office>[A-Z][\w-]*)\s+of\s+{ORG})(?P<rest>\s.*)?$")


def describe_phrase(phrase: str) -> Description:
    """The role and affiliation of a description written as an apposition is (``a vice
    president with Harbor Ratings``), wherever it stands (``predicates``)."""
    return _split_phrase(phrase)


def _split_phrase(phrase: str) -> Description:
    phrase = _CLAUSE.sub("", phrase).strip()
    titled = _TITLE_OF.match(phrase)
    placed = AFFILIATION.search(titled.group("rest") or "") if titled else None
    if placed and titled.group("office").lower() in QUOTED_ROLE_WORDS:
        return Description(titled.group("title"), clean_org(placed.group("org")))
    possessive = _POSSESSIVE.match(phrase)
    if possessive:
        return _leading_org(Description(_clean_role(possessive.group("role")), clean_org(possessive.group("org"))))
    leading = _leading_org(Description(_clean_role(phrase), None))
    if leading.affiliation and leading.affiliation not in PARTY_NAMES and not AFFILIATION.search(leading.role or ""):
        # "the Harbor Association of Builders chief economist": the capitalised name before
        # the office is the organisation, its "of" a part of the name
        return leading
    kind = _named_after_kind(phrase)
    if kind is not None:
        # "chief executive of the London-based fact-checking website Harbor Fact": the name
        # after its kind's word, not a capitalised word among the words that describe it
        return Description(_clean_role(phrase[: kind.start()]), clean_org(kind.group("org")))
    affiliation = AFFILIATION.search(phrase)
    placed = _placed_after_of(phrase, affiliation)
    if placed is not None:
        # "senior vice president of Public Affairs at Harbor Services": the "of" names the
        # office's department, the "at" the organisation
        return Description(_clean_role(phrase[: placed.start()]), clean_org(placed.group("org")))
    org = clean_org(affiliation.group("org")) if affiliation else None
    role = _clean_role(_PREP_CUT.sub("", phrase)) if affiliation else _clean_role(phrase)
    return _leading_org(Description(role, org)) if org is None else Description(role, org)


#: A word that describes an organisation before the word of its kind: no article or
#: preposition, which would open another phrase (``the London-based``, ``fact-checking``, ``tech``).
_DESCRIBING_WORD = r"(?!(?:the|a|an|of|on|in|at|to|for|with|by|from|as|and|or)\s)[\w.&'’-]+\s+"
#: Words of an organisation's kind that its name may follow: the description nouns
#: (``ORG_NOUNS``) and the kinds of publication and of research body a description of an
#: organisation never heads alone (``the website``, ``the think tank``).
_NAME_KINDS = ORG_NOUNS | {"website", "magazine", "journal", "tank", "nonprofit", "publication"}
#: An organisation's name after a word of its kind in a preposition's phrase: ``at tech
#: market research firm Harbor``, ``of the London-based fact-checking website Harbor Fact``.
_KIND_NAMED = re.compile(
    rf"\b(?:at|for|with|of|from)\s+(?:(?:the|a|an)\s+)?(?:{_DESCRIBING_WORD}){{0,6}}?"
    rf"(?P<kind>{'|'.join(sorted(_NAME_KINDS, key=len, reverse=True))})\s+(?P<org>{ORG})"
)
#: Words that say when, which may follow a kind's word but name no organisation (``the
#: company Monday``).
_WHEN_WORDS = frozenset(word.capitalize() for word in (*DAY_NAMES, *MONTH_WORDS))


def _named_after_kind(phrase: str) -> re.Match | None:
    """The first organisation's name in ``phrase`` written after a word of its kind, where
    the name opens with no word of a day or a month."""
    return next((m for m in _KIND_NAMED.finditer(phrase) if m.group("org").split()[0] not in _WHEN_WORDS), None)


#: The organisation an office is held at or with, after its *of* phrase.
_AT_ORG = re.compile(rf"\s(?:at|with)\s+(?:the\s+)?(?P<org>{ORG})")


def _placed_after_of(phrase: str, affiliation: re.Match | None) -> re.Match | None:
    """The *at* or *with* phrase after an office's capitalised *of* phrase whose name, up to
    its own *of* or *for*, neither opens nor ends with an organisation's kind (``vice
    president of Public and Government Affairs at Harbor Services``, ``professor of English
    at Harbor University``: a department or a subject), else ``None``; an *of* phrase that
    names an organisation (``director of the Center for Clean Air at Rice University``,
    ``director of the Harbor Institute of Politics at …``) is the affiliation, the narrower
    one."""
    if affiliation is None or not affiliation.group(0).startswith("of"):
        return None
    head = re.split(r"\s(?:of|for)\s", affiliation.group("org").lower())[0].split()
    if head[0] in ORG_NOUNS or head[-1] in ORG_NOUNS:  # "Center for …", "Harbor Institute of …"
        return None
    return _AT_ORG.search(phrase, affiliation.end())


#: Words in lower case before a capitalised name that opens a role phrase: they say when or
#: at what rank the office after the name is held (``former``, ``senior``, ``longtime``).
_MODIFIED_ORG = re.compile(r"^(?P<modifiers>(?:[a-z][a-z-]*\s+){1,2})(?=[A-Z])")
#: The words of rank and of time that may stand there and are words of the office (the title
#: lexicon's ranks and these).
OFFICE_MODIFIERS = RANK_WORDS | {
    "senior", "junior", "top", "chief", "longtime", "long-time", "veteran", "current",
    "outgoing", "incoming", "retired",
}
#: Adverbs of time that may stand there too but say when the phrase holds, no part of the
#: office (``the then Harbor Bank chief``: chief).
_TIME_ADVERBS = frozenset({"then", "now"})


def _leading_org(stated: Description) -> Description:
    """``Pacific Air Forces commander``, ``MSF president``: the organisation named before the
    role word, also after the words in lower case that say when or at what rank the office is
    held (``former Harbor Security Council official``: ``former official`` of ``Harbor
    Security Council``; an adverb of time is no word of the office: ``then Harbor Bank
    chief``: ``chief``); other words in lower case leave the phrase whole (``presumptive
    Democratic nominee``, ``a fellow Harbor Caucus leader``), as does a party's word after
    a rank (``senior Democratic official``). A party named in the role (``a Republican``,
    ``a Democratic official``, ``the California Democrat``: no office of California's) is
    the affiliation, by the party's name."""
    modified = _MODIFIED_ORG.match(stated.role or "")
    modifiers = modified.group("modifiers") if modified else ""
    if not set(modifiers.split()) <= OFFICE_MODIFIERS | _TIME_ADVERBS:
        modifiers = ""  # "a fellow Harbor Caucus leader": a word of no rank or time
    match = _LEADING_ORG.match((stated.role or "")[len(modifiers) :])
    if (
        match
        and (_opens_with_office(match.group("role")) or _occupation_at(match.group("org"), match.group("role")))
        and not (modifiers and match.group("org").lower() in PARTIES)
        and not DEMONYM.search(match.group("org"))
        and not re.search(r"-[a-z]", match.group("org"))
    ):
        ranks = "".join(f"{word} " for word in modifiers.split() if word not in _TIME_ADVERBS)
        org = _party_named(match.group("org")) or clean_org(match.group("org"))
        return Description(ranks + match.group("role"), org)
    named = party_in_words((stated.role or "").split())
    if named and stated.affiliation is None:
        return Description(stated.role, named[0])
    return stated


def _occupation_at(org: str, role: str) -> bool:
    """``Harbor State University political scientist``, ``a Harbor University historian``: an
    organisation's name of two words or more that ends with a word of its kind (``ORG_NOUNS``;
    ``a retired Army colonel`` names none) before an occupation
    in lower case, whose last word names a person (``person_word``): the occupation held
    there, which no title lexicon lists in full."""
    words = role.split()
    last = words[-1].lower().removesuffix("s") if words else ""
    return (
        len(org.split()) > 1  # "Army colonel": a kind's word alone is no name
        and org.split()[-1].lower() in ORG_NOUNS
        and all(word.islower() for word in words)
        and person_word(last)
    )


def _party_named(org: str) -> str | None:
    """The party an organisation's words name, every word a word of its name (``Republican``,
    ``Liberal Democrat``: the Liberal Democrats), else None."""
    named = party_in_words(org.split())
    return named[0] if named and len(named[1]) == len(org.split()) else None


def _opens_with_office(role: str) -> bool:
    """The role opens with an office word, itself one (``deputy press secretary``) or after
    any words of rank (``associate administrator``, ``assistant director``: ``former Harbor
    Agency assistant director``)."""
    words = [word.lower() for word in role.split()]
    if words[0] in _OFFICE_WORDS:
        return True
    while len(words) > 1 and words[0] in RANK_WORDS:
        words = words[1:]
    return words[0] in _OFFICE_WORDS


def _clean_role(role: str) -> str | None:
    role = _LEADING.sub("", role.strip(" ,.")).strip()
    role = re.sub(r"\s+in\s+[A-Z].*$", "", role)
    role = _SINCE.sub("", role)
    return role or None


#: A time after an office says when it was held, not what it is (``Harbor League's chief since 1998``).
_SINCE = re.compile(r"\s+(?:since|until|till|from|between|in)\s+(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?\d{4}\b.*$")
