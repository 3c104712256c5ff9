"""One resolver for short person names: which full name a surname, a titled surname or an
acronym stands for at a place in the article.

Used by the ``mentions`` analyser (entity clusters) and by quote speakers, so that "Wang",
"Mr. Wang" and "Wang Yi" are the same person everywhere. The rule: a full name's short forms are
its last word, and its first word when the family name is written first (Chinese, Korean,
Vietnamese romanisation: "Wang Yi" -> "Wang", and any name whose given name is hyphenated the
Korean way: "Moon Jae-in" -> "Moon"); a short form stands for the nearest full name
holding it before its position, else the first one after; a generational suffix is no short form
("Martin Luther King III" -> "King"; "Trump Jr." has none), nor is a word in capitals ("NVAX" of
"Novavax NVAX"). An acronym stands for the earlier name whose initials it is
("SDF" after "Syrian Democratic Forces"), or, when no tagged name has them, for the latest run of
capitalised words before it that has them ("CBP" after a "Customs and Border Protection" that the
tagger cut short). A company's name is written without its legal form after the first mention
("McClatchy" for "McClatchy Co.", "Alden" for "Alden Capital"), so its one remaining word is a
short form of it too. A family name of several words that a particle opens is written alone
after the first mention ("Vander Plaats" for "Bob Vander Plaats", "Van Hollen" for "Chris Van
Hollen"), so it is a shorter way of writing the full name.

Why by hand: coreference models that ship for spaCy 3 (coreferee, crosslingual-coreference)
need models downloaded at run time or pinned to old spaCy versions; this rule is what news
style guides prescribe (full name at first mention, surname after). A shorter given name is
the same person's only when the curated English nickname list (``nicknames``) gives it for the
full one: a prefix alone joins "Dan" to "Danielle".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from nicknames import NickNamer

from newsdesk.entities.titles import (
    DESCRIBING_NOUNS,
    FEMALE_TITLES,
    MALE_TITLES,
    NAME_TITLES,
    PARTY_MEMBERS,
    TITLE_WORDS,
)

#: Lower-case particles that begin a family name of several words ("Bob Vander Plaats" ->
#: "Vander Plaats", "Chris Van Hollen" -> "Van Hollen", "Ursula von der Leyen"): the
#: nobiliary and patronymic particles of European and Arabic names, as name authority files
#: list them (the Library of Congress and RDA rules on surnames with prefixes).
NAME_PARTICLES = frozenset(
    {
        "von", "van", "vander", "vanden", "der", "den", "de", "da", "das", "del", "della", "di",
        "du", "la", "le", "bin", "bint", "ibn", "al", "el", "ten", "ter", "zu", "dos", "y", "af",
        "vom", "zum", "st.",
    }
)
#: Surnames written first (Chinese, Korean, Vietnamese romanisation): "Wang Yi" -> "Wang".
SURNAME_FIRST = frozenset(
    {
        "wang",
        "li",
        "zhang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "huang",
        "zhou",
        "wu",
        "xu",
        "sun",
        "hu",
        "zhu",
        "gao",
        "lin",
        "he",
        "guo",
        "ma",
        "luo",
        "liang",
        "song",
        "zheng",
        "xie",
        "han",
        "tang",
        "feng",
        "yu",
        "dong",
        "xiao",
        "cheng",
        "cao",
        "yuan",
        "deng",
        "fu",
        "shen",
        "zeng",
        "peng",
        "lu",
        "su",
        "jiang",
        "cai",
        "jia",
        "ding",
        "wei",
        "xue",
        "ye",
        "yan",
        "pan",
        "du",
        "dai",
        "xia",
        "zhong",
        "tian",
        "ren",
        "fan",
        "fang",
        "shi",
        "yao",
        "tan",
        "liao",
        "zou",
        "xiong",
        "jin",
        "hao",
        "kong",
        "bai",
        "cui",
        "kang",
        "mao",
        "qiu",
        "qin",
        "gu",
        "hou",
        "shao",
        "meng",
        "long",
        "wan",
        "duan",
        "qian",
        "yin",
        "xi",
        "kim",
        "park",
        "choi",
        "jung",
        "nguyen",
        "tran",
        "le",
        "pham",
    }
)
#: Courtesy and office titles written before a name, which are no part of it.
TITLES = NAME_TITLES
#: A hyphenated given name written after the family name (Korean romanisation: "Moon Jae-in").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")
_TITLED = re.compile(r"\b(Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+([A-Z][\w'’-]+)")


def strip_title(name: str) -> str:
    """``Sen. Jeff Flake`` -> ``Jeff Flake`` (a lone title is kept)."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words)


def clean_name(name: str, *, person: bool = False) -> str:
    """A mention's text without a leading article, a possessive ending, a title, a bracket
    the tagger opened and did not close (``American Academy of Pediatrics (AAP``) or, for a
    ``person``'s name, a link's text the tagger ran into it (``_before_repeat``) and a
    description it ran into before it (``_after_description``)."""
    name = re.sub(r"\s*\([^)]*$", "", name)
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    name = re.sub(r"['’]s?$", "", name).strip()
    name = strip_title(name)
    return _after_description(_before_repeat(name)) if person else name


def _after_description(name: str) -> str:
    """``St. Paul Democrat Michael Paymar``, ``State Treasurer Josh Mandel``: a person's name
    that the tagger ran on to the left over a description of the person (a party's member, an
    office: ``DESCRIBING_NOUNS``) starts after the description (``title_end``), where at least
    two words, a given name and a surname, are left ("Martin Luther King III" keeps its words:
    a name's last words are never cut)."""
    words = name.split()
    return " ".join(words[title_end(words, nouns=DESCRIBING_NOUNS, keep=2):])


def title_end(words: list[str], *, nouns: frozenset[str], keep: int) -> int:
    """Where a name starts after the title or description written before it: after the last
    of ``nouns`` that a name's first word follows (a capitalised word that is no title word),
    with at least ``keep`` words left; 0 when there is none. A compound office is no name:
    "Secretary of State Mike Pompeo" is not cut after "Secretary" (the rest would be "of State
    Mike Pompeo")."""
    return max((i + 1 for i, word in enumerate(words[:len(words) - keep])
                if word.lower() in nouns and _opens_name(words[i + 1], nouns)), default=0)


def _opens_name(word: str, nouns: frozenset[str]) -> bool:
    """A capitalised word that is no title, nor a generational suffix: "King" before "Jr." in
    "Martin Luther King Jr." is the name's surname, not a monarch's title before a name."""
    lower = word.lower()
    return word[:1].isupper() and lower not in nouns and lower not in TITLE_WORDS and not generational(word)


def _before_repeat(name: str) -> str:
    """``Marco Rubio Marco Antonio Rubio``: a person's name of two or more capitalised words
    whose first word comes again, followed later by its surname again, is a name the tagger ran
    into the words a page printed next to it (a link's card that spells the full name out);
    the name is the words before the repeat. A name whose words before the repeat end in a particle is one
    name ("Hamad bin Hamad Al Thani"), and so is a later word that only begins like the first
    ("Ahmad Shah Ahmadzai")."""
    words = name.split()
    first = words[0] if words else ""
    if len(first) < 2 or not first[:1].isupper():
        return name
    again = next((i for i, word in enumerate(words[2:-1], 2) if word == first), None)
    if again is None or not words[again - 1][:1].isupper():
        return name
    surname = words[again - 1]
    if not any(word.startswith(surname) for word in words[again + 1:]):
        return name  # "Ahmed Ali Ahmed Hassan": a patronymic, no name spelled out again
    return " ".join(words[:again])


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def initials(name: str) -> str:
    """``Syrian Democratic Forces`` -> ``SDF`` (function words skipped)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _initials_forms(name: str) -> set[str]:
    """A name's initials, and its initials with each part of a hyphenated word counted
    (``Alexandria Ocasio-Cortez`` -> ``AO`` and ``AOC``; ``Al-Qaeda in the Arabian Peninsula``
    -> ``AAP`` and ``AQAP``)."""
    return {initials(name), initials(name.replace("-", " "))}


#: Generational suffixes after a surname ("Martin Luther King III" is "King").
GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def generational(word: str) -> str | None:
    """The generational suffix a word is, in lower case without its full stop (``Jr.`` and
    ``JR`` -> ``jr``, ``III`` -> ``iii``); None for a word ``GENERATIONAL`` does not list."""
    lower = word.lower()
    return lower.rstrip(".") if lower in GENERATIONAL else None


#: Words that end a company's name and that its later mentions drop: legal forms ("Inc.",
#: "plc") and the designators that stand in their place ("Holdings", "Group", "Capital").
LEGAL_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.",
                         "llc", "plc", "holdings", "capital", "group", "company", "partners"})
#: The legal forms of incorporation themselves ("Inc.", "Co.", "plc", "AG", "S.A."), which say
#: what a company is and name no other body; "Holdings", "Group", "Capital" and "Partners" also
#: end the names of a company's parts and its funds ("Harbor Group" beside "Harbor Bank").
INCORPORATED = LEGAL_FORMS - {"holdings", "capital", "group", "partners"} | {
    "llp", "lp", "l.p.", "ag", "sa", "s.a.", "nv", "n.v.", "bv", "b.v.", "gmbh", "se", "spa", "s.p.a."}


def without_generational(words: list[str], *, keep: int = 1) -> list[str]:
    """The words of a name without the generational suffixes at its end (``Jr.``, ``III``, or
    ``Jr.,`` with a comma after it), leaving at least ``keep`` words: a short form or a variant
    is read from a name of two words or more, so those readers keep ``Trump Jr.`` whole."""
    while len(words) > keep and generational(words[-1].strip(",")):
        words = words[:-1]
    return words


def joined_suffix(name: str) -> str:
    """``Jerry Falwell, Jr.`` -> ``Jerry Falwell Jr.``: a generational suffix written after a
    comma is the same name's as one written without it."""
    words = name.split()
    if len(words) > 2 and generational(words[-1]) and words[-2].endswith(","):
        return " ".join([*words[:-2], words[-2].removesuffix(","), words[-1]])
    return name


def company_short_form(words: list[str]) -> str | None:
    """``McClatchy Co.`` -> ``McClatchy``: a company's name without its legal form."""
    if len(words) < 2 or words[-1].lower() not in LEGAL_FORMS:
        return None
    return " ".join(words[:-1])


def company_named(names: set[str], word: str) -> set[str]:
    """Of the names that hold ``word``, those that end with it or with it and a legal form of
    incorporation (``Walt Disney Co.``): a name that goes on past it, even with a word that
    companies' names end with, is another body (``Disney Channel``, ``Harbor Group``), and one
    with a comma is a list the tagger ran together (``CBS All Access, Disney``)."""
    def ends_with_word(name: str) -> bool:
        words = name.split()
        while len(words) > 1 and words[-1].lower() in INCORPORATED:
            words.pop()
        return words[-1] == word and "," not in name
    return {n for n in names if ends_with_word(n)}


def written_out(acronym: str, text: str, *, after: int = 0) -> Iterator[tuple[int, int]]:
    """The span of each name after ``after`` whose initials are ``acronym``: of each run of
    capitalised words (``NAME_RUN``), the part ``spelled_out`` reads."""
    for match in NAME_RUN.finditer(text, after):
        run = match.group()
        part = spelled_out(acronym, run, before=len(run))
        if part:
            start = match.start() + run.index(part)
            yield start, start + len(part)


def whole_name(text: str, start: int, end: int) -> bool:
    """The capitalised words at ``start:end`` are no cut part of a longer name: the run they
    stand in goes on past neither end by a function word that joins a name
    (``Centers for Disease Control`` of ``… and Prevention``, ``Director of National
    Intelligence`` of ``the Office of the …``)."""
    return not (_JOINED_AFTER.match(text, end) or _JOINED_BEFORE.search(text[max(0, start - 80) : start]))


def short_forms(words: list[str]) -> set[str]:
    """The one-word forms a full person name is referred to by later (see the module docstring)."""
    words = without_generational(words, keep=2)
    if len(words) < 2:
        return set()
    forms = {words[-1]}
    if len(words) == 2 and (words[0].lower() in SURNAME_FIRST or _HYPHENATED_GIVEN.match(words[1])):
        forms.add(words[0])
    # "Novavax NVAX": a ticker; "Trump Jr.": a suffix alone is no one's name; "Republicans":
    # a party's members, no one's surname
    return {form for form in forms if not is_acronym(form) and not generational(form) and not group_plural(form)}


def group_plural(word: str) -> bool:
    """A capitalised plural of a party's member noun (``titles.PARTY_MEMBERS``: "Republicans",
    "Democrats"), which names a group and is no person's surname ("Williams" is one)."""
    return word[:1].isupper() and word.endswith("s") and word[:-1].lower() in PARTY_MEMBERS


def nearest(candidates: Iterable[tuple[int, str]], *, at: int) -> str | None:
    """Of ``(offset, full name)`` candidates: the latest at or before ``at``, else the first."""
    ordered = sorted(candidates)
    before = [c for c in ordered if c[0] <= at]
    if before:
        return before[-1][1]
    return ordered[0][1] if ordered else None


def resolve_name(name: str, names: list[tuple[int, str]], *, at: int, text: str = "") -> str:
    """The full name that ``name`` (a surname, a titled surname or an acronym) stands for at
    ``at``, given the article's ``(offset, name)`` mentions; ``name`` itself when none fits.
    With the article's ``text``, an acronym that no mention spells out may stand for a run of
    capitalised words before it that the tagger cut or missed (``spelled_out``), or else for
    the first such run after it (``the RNC holiday message`` before ``a Republican National
    Committee Christmas message``)."""
    words = strip_title(name).split()
    if len(words) != 1:
        return " ".join(words)
    word = words[0]
    if is_acronym(word):
        letters = word.replace(".", "")
        long_form = nearest(((o, n) for o, n in names if o < at and letters in _initials_forms(n)), at=at)
        if long_form or text:
            return long_form or spelled_out(word, text, before=at) or _spelled_out_later(word, text, after=at)
    found = nearest(((o, n) for o, n in names if word in _name_forms(n)), at=at)
    return found or word


@lru_cache(maxsize=4096)
def _name_forms(name: str) -> frozenset[str]:
    """The short forms of the full name ``name`` and its company form, worked out once per
    name: ``resolve_name`` reads them for every mention of the article each time it resolves
    a short name (177,000 readings for 7,700 resolutions over 150 AllSides articles)."""
    words = name.split()
    company = company_short_form(words)
    return frozenset(short_forms(words)) | (frozenset({company}) if company else frozenset())


def fullest_variant(name: str, people: Iterable[str], *, named_before: Iterable[str] = ()) -> str:
    """The longest of the article's full person names ``people`` that ``name`` is a shorter
    way of writing (``is_variant``), or the one full name a lone given name begins ("Dale"
    for "Dale Ford", when no other name the article gives begins with it; "Hillary" for
    "Hillary Rodham Clinton" beside "Hillary Clinton", a shorter way of writing it; of two
    full names that begin with it, the one of ``named_before``, the names written before the
    given name, when only one of them is: "Dale" after "Dale Ford" and before "Dale Smith");
    ``name`` itself when none is. Of two as long, the first ``people`` gives (a set would
    leave the choice to the string hash, which changes from process to process)."""
    people = list(dict.fromkeys(person for person in people if " " in person))
    if " " not in name:
        if is_acronym(name) or any(person.split()[-1] == name for person in people):
            return name  # another person's surname ("Jordan" beside "Michael Jordan")
        return _given_name_holder(name, people, named_before=set(named_before)) or name
    variants = [person for person in people if is_variant(name, person)]
    return max(variants, key=lambda person: (len(person.split()), len(person)), default=name)


def _given_name_holder(given: str, people: list[str], *, named_before: set[str]) -> str | None:
    """The one full name of ``people`` that the lone given name ``given`` begins, each name
    that a longer one of them is written shorter as counted once; of several, the one of
    ``named_before`` when only one of them is (a writer who has named two people so calls
    neither by the given name alone)."""
    holders = {person for person in people if person.split()[0] == given}
    holders = {h for h in holders if not any(is_variant(h, other) for other in holders)}
    if len(holders) > 1:
        holders &= named_before
    return holders.pop() if len(holders) == 1 else None


def is_variant(short: str, full: str) -> bool:
    """Whether the person name ``short`` is ``full`` written shorter: the same surname, a given
    name that is a listed short form of ``full``'s ("Josh Apte" for "Joshua Apte", "Pat
    Carlineo" for "Patrick Carlineo Jr.", not "Dan Smith" for "Danielle Smith") and each middle name or initial one of ``full``'s, in order ("John
    M. Ford" for "John Milo Ford")."""
    short_words = without_generational(short.split(), keep=2)
    full_words = without_generational(full.split(), keep=2)
    if len(short_words) < 2 or short_words == full_words or short_words[-1] != full_words[-1]:
        return False
    if _family_name(short_words, full_words):
        return True
    return _abbreviates(short_words[0], full_words[0]) and _in_order(short_words[1:-1], full_words[1:-1])


def _family_name(short_words: list[str], full_words: list[str]) -> bool:
    """``Vander Plaats`` for ``Bob Vander Plaats``: a family name of several words, which a
    particle opens, written alone after the first mention; its particle capitalised where it
    opens a sentence (``De Blasio`` for ``Bill de Blasio``)."""
    tail = [word.lower() for word in full_words[-len(short_words) :]]
    opened = short_words[0].lower() in NAME_PARTICLES
    return opened and len(full_words) > len(short_words) and tail == [word.lower() for word in short_words]


def _abbreviates(short: str, full: str) -> bool:
    """``M.`` or ``M`` for ``Milo``; ``Josh`` for ``Joshua``, a short form that the English
    nickname lexicon lists for the full given name ("Dan" is Daniel's, not Danielle's)."""
    stem = short.rstrip(".")
    if short == full or len(stem) == 1:
        return short == full or full[:1] == stem
    return not short.endswith(".") and stem.lower() in _nicknames_of(full)


@lru_cache(maxsize=4096)
def _nicknames_of(given: str) -> frozenset[str]:
    """The lower-case short forms of an English given name (``nicknames``' curated list)."""
    return frozenset(_nick_namer().nicknames_of(given))


@lru_cache(maxsize=1)
def _nick_namer() -> NickNamer:
    return NickNamer()


def _in_order(short_words: list[str], full_words: list[str]) -> bool:
    """Each of ``short_words`` abbreviates one of ``full_words``, in the same order."""
    remaining = iter(full_words)
    return all(any(_abbreviates(word, full) for full in remaining) for word in short_words)


#: A run of capitalised words, with the function words that join a name ("Customs and Border
#: Protection", "Doctors for Camp Closure"), on one line.
NAME_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?: +(?:(?:of|and|for|the|on|&) +)*[A-Z][A-Za-z'’-]*)+")
#: A name's run going on past a part of it, by the function words ``NAME_RUN`` joins.
_JOINED_AFTER = re.compile(r" +(?:(?:of|and|for|the|on|&) +)+[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][A-Za-z'’-]*(?: +(?:of|and|for|the|on|&))+ +$")


@lru_cache(maxsize=4096)
def spelled_out(acronym: str, text: str, *, before: int) -> str | None:
    """The latest run of capitalised words before ``before`` (or a part of it from one
    capitalised word to another) whose initials are ``acronym``: "CBP" after "U.S. Customs and
    Border Protection", "LN" after "Live Nation is producing the tour"."""
    letters = acronym.replace(".", "")
    found = None
    for match in NAME_RUN.finditer(text, 0, before):
        words = match.group().split()
        parts = [
            words[i:j]
            for i in range(len(words))
            for j in range(len(words), i + 1, -1)
            if words[i][:1].isupper() and words[j - 1][:1].isupper()
        ]
        fits = [" ".join(part) for part in parts if initials(" ".join(part)) == letters]
        found = fits[0] if fits else found
    return found


def _spelled_out_later(acronym: str, text: str, *, after: int) -> str:
    """The one name after ``after`` whose initials are ``acronym`` (``written_out``); the
    acronym itself when there is none, or when the rest of the article spells it out in two
    ways ("CA" as "Cards Against" and as "California Assembly": which one it stands for is not
    said)."""
    found = {text[start:end] for start, end in written_out(acronym, text, after=after)}
    return found.pop() if len(found) == 1 else acronym


def stated_genders(text: str, names: list[tuple[int, str]]) -> dict[str, str]:
    """``{full name: "f" | "m"}`` from courtesy titles (``Ms. Yau`` makes Yau a woman)."""
    genders: dict[str, str] = {}
    for match in _TITLED.finditer(text):
        title = match.group(1).lower()
        full = resolve_name(match.group(2), names, at=match.start())
        if title in FEMALE_TITLES or title + "." in FEMALE_TITLES:
            genders.setdefault(full, "f")
        elif title in MALE_TITLES or title + "." in MALE_TITLES:
            genders.setdefault(full, "m")
    return genders
