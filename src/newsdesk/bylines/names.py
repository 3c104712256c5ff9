"""Whether a string is a person's name, an organisation's or a user name: the shape of
a name's words, the lexicons, and the spaCy English NER (its statistical model alone, with the
gazetteer as a dictionary lookup) read on the string.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from newsdesk.bylines.lexicons import (
    CREDENTIALS,
    DESK_TAIL,
    INTERFACE_LEADS,
    INTERFACE_WORDS,
    LEGAL_FORM_WORDS,
    NEWS_AGENCIES,
    NEWSROOM_ROLES,
    ORGANISATION_COMPOUND,
    ORGANISATION_WORDS,
    PRESS_TITLE_NOUNS,
    ROLE_MODIFIER_PHRASES,
    ROLE_MODIFIERS,
)
from newsdesk.entities.people import NAME_PARTICLES, TITLES, strip_title
from newsdesk.given_names import given_name_gender, is_common_given_name

_PARTICLES = NAME_PARTICLES
DOMAIN = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)
_DOMAIN_WORD = re.compile(r"[^\W\d_]{2}\.[a-z]{2,6}$")
HANDLE_SHAPE = re.compile(r"^[^\W_][\w.-]{1,29}$")
NAME_WORD = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?$")
#: Languages whose stop words no author's name is made of alone ("se", "de", "the").
STOP_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")

#: Most words a personal name has (particles included).
MAX_NAME_WORDS = 5
#: Surname particles that are also prepositions ("of", "from"): between two nouns they join
#: a noun to its complement. "van", "bin", "al" and the like are left out: they follow a
#: family name written first as well ("Nguyen Van Do").
PREPOSITION_PARTICLES = frozenset(
    {"von", "vom", "zum", "zu", "de", "del", "della", "di", "da", "du", "dos", "das"}
)


def opens_with_registered_name(text: str) -> bool:
    """The first word is a given name that the registers and censuses of
    ``nomquamgender`` classify as a woman's or a man's ("Marina", "Kazım") and no stop word
    ("Deine", German for "your", is in the registers too): a lexicon's test of a name for
    lines the English NER reads badly, German headings ("Weiterführender Link") as people
    and names ("Marina Mucha") as none."""
    words = text.split()
    return bool(words) and words[0].casefold() not in stop_words() and (
        given_name_gender(text) is not None
    )


def is_noun_and_complement(text: str) -> bool:
    """A noun and its complement joined by a particle that is also a preposition
    ("Entsendung von Arbeitnehmern", "Zitat von TheFreeman", "Noticias de El Salvador"),
    not a name with a particle ("Alexa von Heyden", "Jose de la Cruz", "Dr. Ursula von der
    Leyen"): the first word before the particle, titles and initials with a full stop left
    out, is no given name the registers know (the test of ``opens_with_registered_name``).
    A name whose given name is unknown to the registers reads so too; bylines rarely write one
    with such a particle."""
    words = text.split()
    at = next(
        (i for i, word in enumerate(words[1:-1], 1) if word.casefold() in PREPOSITION_PARTICLES),
        None,
    )
    before = [word for word in words[:at] if not word.endswith(".")] if at else []
    if not before or len(before[0]) == 1:
        return False
    return not opens_with_registered_name(f"{before[0].split('-')[0]} {words[-1]}")


def has_organisation_word(text: str) -> bool:
    """A word of the text is a legal form or an institution's noun (``ORGANISATION_WORDS``),
    or a German compound that ends in one ("Landesanstalt", "Caritasverband")."""
    words = [word.strip(".,()").casefold() for word in text.split()]
    return any(word in ORGANISATION_WORDS or ORGANISATION_COMPOUND.search(word) for word in words)


def has_legal_form(text: str) -> bool:
    """A word of the text is a company's legal form ("Arentik d.o.o.", "IZ Medien GmbH")."""
    words = [word.strip(",()").replace(".", "").casefold() for word in text.split()]
    return any(word in LEGAL_FORM_WORDS for word in words)


def has_content_word(name: str) -> bool:
    """A word of two letters or more that is capitalised as a name is ("Ela") or is no stop
    word of the languages read most: "se" or "de" alone is no author."""
    words = [word.strip(".,;:()'’") for word in name.split()]
    return any(
        len(word) >= 2 and (word[:1].isupper() or word.casefold() not in stop_words())
        for word in words
    )


def ends_in_plural_noun(text: str) -> bool:
    """The last of several words is an English common noun in the plural, in lower case
    ("News agencies", "defense ministries"): a kind of organisation, not one's name ("FOCUS
    online", "Deutscher Caritasverband e. V." keep theirs)."""
    words = text.split()
    last = words[-1] if len(words) > 1 else ""
    if not (last.islower() and last.isalpha() and last.endswith("s")) or last in _nouns():
        return False
    return any(stem in _nouns() for stem in (last[:-1], last[:-2], f"{last[:-3]}y"))


def opens_with_given_name(text: str) -> bool:
    """A name the NER reads, whole, as a person's whose first word is no English word and no
    place or organisation to the NER ("Mady" in "Mady Morrison"): its last word is a surname
    even where the English word list holds it ("morrison"), unlike "Vortex Cannon" (an
    English word first) or "Oberstdorf Resort" (a place first)."""
    first = text.split()[0] if text.split() else ""
    return (
        is_named_person(text)
        and not is_dictionary_word(first)
        and entity_labels(first) <= {"PERSON"}
    )


def is_named_person(text: str) -> bool:
    """A name with a person's shape that the NER reads, whole, as a person: the stricter
    test for names read from free text such as a copyright line."""
    return is_person(text) and ("PERSON", text) in name_entities(text)


def reads_as_person(text: str) -> bool:
    """The NER reads the whole text as a person's name, or the text has a person's shape
    and opens with a given name the registers classify ("Florian Posdziech", which the NER
    misses), a courtesy or academic title before it left out ("Dr. Sebastian Brüggemann"):
    the looser of the two tests a name is put to, where a value that passes neither is no
    person's ("CMS Medios", a publishing system's account; "Court Reporter")."""
    name = strip_title(text)
    return is_named_person(name) or (is_person(name) and opens_with_registered_name(name))


def has_interface_word(text: str) -> bool:
    """A word of the text is a word of a page's interface (``INTERFACE_WORDS``), standing as
    interface text: in a desk's byline the outlet's name is none ("Jerusalem Post Staff").
    A word of ``INTERFACE_LEADS`` is one only where it opens the text's interface phrase."""
    if is_desk(text):
        return False
    words = text.split()
    if len(words) > 1 and words[0].casefold() in INTERFACE_LEADS and words[1].islower():
        return True
    return any(word.strip(".:!?()").casefold() in INTERFACE_WORDS for word in words)


def is_desk(text: str) -> bool:
    """A desk's byline: a desk word after an outlet's name of up to four capitalised words
    ("Jerusalem Post Staff", "HNN Staff Writer", "Times Editorial Board"), or desk words of
    two or more alone ("Staff Reports"; "Staff Writer" after a name is the writer's title).
    A lone "Staff" is too little to credit, and a person's name before the desk words is the
    writer's, the words their title ("Jane Doe Staff Writer": ``person_before_desk``)."""
    head = _desk_head(text)
    return (
        head is not None
        and len(head) <= 4
        and " " in text.strip()
        and all(word[:1].isupper() and not any(ch.isdigit() for ch in word) for word in head)
        and not _given_name_and_surname(text)
        and person_before_desk(text) is None  # the NER, last: the shape checks are cheap
    )


def _given_name_and_surname(text: str) -> bool:
    """Two words, a given name the registers classify and then a desk word, which is the
    surname ("Jörg Staff", "Jane Desk"). An outlet's name of one word is none: the registers
    also hold acronyms and English words ("HNN Staff", "Staff Reports"), so the first word
    is written as a name is, no English word, and no place or organisation the gazetteer
    knows ("Sydney Staff")."""
    words = text.split()
    first = words[0] if len(words) == 2 else ""
    return (
        first[:1].isupper()
        and first[1:].islower()
        and opens_with_registered_name(text)
        and not is_dictionary_word(first)
        and _gazetteer().lookup(first) is None
    )


def person_before_desk(text: str) -> str | None:
    """The writer whose title the desk words after their name are ("Jane Doe Staff Writer"
    is Jane Doe's byline, as "Jane Doe, Staff Writer" is): a name the NER reads as a person
    that does not end in a newspaper title's noun, since an outlet's name has a person's
    shape to the NER ("Charlotte Observer Staff Writer" stays a desk)."""
    head = _desk_head(text)
    if not head or re.split(r"[-‐–]", head[-1])[-1].casefold() in PRESS_TITLE_NOUNS:
        return None
    name = " ".join(head)
    return name if is_named_person(name) else None


def person_before_role(text: str) -> str | None:
    """The writer whose newsroom title follows their name with no separator, as a byline's
    name and title in two inline elements read ("Jane Doe Senior Contributor", "Bruce Y. Lee
    Staff Reporter"): a role word last, title words before it (``ROLE_MODIFIERS``), and
    before them a name of two words or more that ends in no initial and opens with a given
    name the registers classify, which the NER, reading the whole, makes no organisation's
    or place's: a desk's pen name keeps its role ("Antrim Court Reporter": the registers
    hold "Antrim", the NER reads "Antrim Court" as an organisation). One word before the
    role stays a name ("Ann Writer"), as does a role alone ("Rasender Reporter"). Two
    words before the title are a given name and a surname, even where both are given names
    ("David Allen Staff Writer" is David Allen's byline): a surname that is also a given
    name is far more common than a given name of two words with no surname ("Mary Ann Guest
    Contributor" gives "Mary Ann")."""
    words = text.split()
    if len(words) < 3 or words[-1].strip(".,").casefold() not in NEWSROOM_ROLES:
        return None
    # a lone given name has no surname: the title phrase's first word is it ("Jane White")
    head = words[: max(_title_start(words), 2)]
    if re.fullmatch(r"\w\.?", head[-1]):
        return None
    name = " ".join(head)
    if any(label != "PERSON" and span.split()[0] == head[0] for label, span in name_entities(text)):
        return None
    return name if opens_with_registered_name(name) and is_person(name) else None


def _title_start(words: list[str]) -> int:
    """Where the newsroom title that ends ``words`` starts: the role word, and before it the
    words and phrases that qualify it ("Chief Political Correspondent", "White House
    Correspondent"), with two words left before a qualifying word and one before a phrase
    (``person_before_role`` then gives the phrase's first word back to a lone given name)."""
    cut = len(words) - 1
    while cut > 2:
        if tuple(word.casefold() for word in words[cut - 2 : cut]) in ROLE_MODIFIER_PHRASES:
            cut -= 2
        elif words[cut - 1].casefold() in ROLE_MODIFIERS:
            cut -= 1
        else:
            break
    return cut


def _desk_head(text: str) -> list[str] | None:
    """The words before a desk word that ends the text, or None when none ends it."""
    match = DESK_TAIL.search(f" {text}")
    return f" {text}"[: match.start()].split() if match else None


def is_person(part: str) -> bool:
    return (
        not is_titles_only(part)
        and not is_desk(part)
        and has_name_shape(part)
        and not has_interface_word(part)
        and not has_organisation_word(part)
        and part.casefold() not in NEWS_AGENCIES
        and not is_organisation(part)
    )


def is_titles_only(part: str) -> bool:
    """Every word is a courtesy or academic title ("Prof. Dr.", "Mr."): a name's head with
    no name after it, as a card or byline writes it when its name is in another element."""
    return strip_title(part).casefold() in TITLES


def ends_in_role(part: str) -> bool:
    """The part ends in a newsroom role ("Ap Auto Writer", "Senior Correspondent", "Contributing
    Writers", a compound by its first word: "CNN Editor-at-large"): after a writer's name,
    the title a byline writes there, not a second name. A singular role ends a name where a
    word before it is no English word and the NER reads the whole part as a person's ("Ann
    Writer"); "Guest Columnist" and "Wine Critic" are titles, though the NER reads them as
    people too."""
    words = part.split()
    last = words[-1].strip(".,").casefold() if words else ""
    if "-" in last and last.split("-")[0] in NEWSROOM_ROLES:
        return True  # a compound title: "Editor-at-large", "Editor-in-Chief"
    if last in NEWSROOM_ROLES:
        named = any(not is_dictionary_word(word.strip(".,")) for word in words[:-1])
        return not (named and ("PERSON", part) in name_entities(part))
    return last.endswith("s") and last[:-1] in NEWSROOM_ROLES


def is_credential(text: str) -> bool:
    """Every word of the text is a credential as bylines write it ("MS", "Ph.D.", "MD,
    FACP"): a suffix to a name, not a name (``CREDENTIALS``)."""
    words = [word.strip(",()").replace(".", "") for word in text.split()]
    return bool(words) and all(word in CREDENTIALS for word in words)


def without_credentials(text: str) -> str:
    """The text with the credentials after its last name word cut ("Jane Doe MD" → "Jane
    Doe"), where a name of two words or more is left; else the text as it was. A text in
    capitals is kept: its words do not tell a credential from a name ("NGUYEN VAN DO")."""
    if text.isupper():
        return text
    words = text.split()
    cut = len(words)
    while cut > 2 and is_credential(words[cut - 1]):
        cut -= 1
    return " ".join(words[:cut]).rstrip(",") if cut < len(words) else text


def has_name_shape(text: str) -> bool:
    """Two to five words, each capitalised or a surname particle, no digits, two not particles;
    never opening with the article "The" ("The Russian", a people; "The Water Coolest")."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or words[0].casefold() == "the":
        return False
    capitalised = 0
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        if not NAME_WORD.match(word) or not word[0].isupper() or _run_together(word):
            return False
        if _DOMAIN_WORD.search(word):  # "WordPress.com" names a site
            return False
        capitalised += 1
    return capitalised >= 2


def _run_together(word: str) -> bool:
    """Two words written without a space by the page's markup ("OFHeiko": capitals, then
    a capitalised word), which no name has ("McDonald" and "DeSantis" have one capital)."""
    return any(
        a.isupper() and b.isupper() and c.islower() for a, b, c in zip(word, word[1:], word[2:])
    )


def is_handle(text: str) -> bool:
    """One word that is not an English dictionary word: a first name or a user name."""
    return (
        HANDLE_SHAPE.match(text) is not None
        and any(ch.isalpha() for ch in text)
        and not DOMAIN.search(text)
        and not is_dictionary_word(text)
    )


#: A user name made of a person's names: two or three words in lower case joined by a full
#: stop or an underscore ("robert.stitz", "anna_maria_lenz").
_NAME_HANDLE = re.compile(r"^[^\W\d_]{2,}(?:[._][^\W\d_]{2,}){1,2}$")


def name_handle_words(text: str) -> list[str] | None:
    """The names a user name is made of ("robert.stitz": ["robert", "stitz"]), or None:
    publishing systems name an account by the writer's given name and surname. The first
    word is a common given name and no interface word ("admin"), the last no given name and
    no English word ("rose.garden", "web.news" are no person's); a handle with capitals or
    digits is none of them. Its full stop makes it look like a domain name ("nora.wendt")."""
    if not _NAME_HANDLE.match(text) or not text.islower():
        return None
    words = re.split(r"[._]", text)
    if not is_common_given_name(words[0]) or has_interface_word(words[0]):
        return None
    if is_common_given_name(words[-1]) or is_dictionary_word(words[-1]):
        return None
    return words


def is_dictionary_word(word: str) -> bool:
    """The word (or its stem without -s, -ed, -d) is an English lemma in spaCy's lookup tables."""
    lowered = word.casefold()
    forms = {
        lowered,
        lowered.removesuffix("s"),
        lowered.removesuffix("ed"),
        lowered.removesuffix("d"),
    }
    return bool(forms & _english_lemmas())


def squash_letters(text: str) -> str:
    """The letters and digits of a name, lower-cased and without accents ("Gàbor Muniér" and
    "gabor_munier" both give "gabormunier")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))



def read_as_org(text: str) -> bool:
    """Several words the NER reads as an organisation; one word only when the gazetteer knows
    it or it is an acronym (the NER reads most unknown single words as organisations)."""
    if text.casefold() in NEWS_AGENCIES:
        return True
    labels = entity_labels(text)
    if " " not in text:
        return "GAZETTEER" in labels or (text.isupper() and len(text) <= 5)
    return "ORG" in labels and "PERSON" not in labels


def is_organisation(text: str) -> bool:
    """The spaCy English NER reads the string as an organisation (or a place), not a person,
    and a word before the last is an English word ("Associated Press", "Fox News"): the NER
    alone reads many unfamiliar personal names as organisations, and a surname may be an
    English word too ("Felipe Morales Sierra")."""
    labels = entity_labels(text)
    if not labels or "PERSON" in labels or not labels <= {"ORG", "GPE", "NORP", "FAC"}:
        return False
    words = [word for word in text.split() if word.casefold() not in _PARTICLES and len(word) > 2]
    return any(is_dictionary_word(word) for word in words[:-1] or words)


def entity_labels(text: str) -> frozenset[str]:
    return frozenset(label for label, _ in name_entities(text))


def person_spans(text: str) -> list[str]:
    """The texts of the PERSON entities the NER finds in the part, as the part writes them."""
    return [span for label, span in name_entities(text) if label == "PERSON"]


@lru_cache(maxsize=4096)
def name_entities(text: str) -> tuple[tuple[str, str], ...]:
    """(label, text) of each entity in the part; ``GAZETTEER`` marks a known one, with the
    gazetteer's label (a part that is wholly a known name is that entity alone). A name in
    capitals ("ADAM AARONSON") is read in title case, as the NER saw names in training."""
    prefix = "Written by "
    query = text.title() if text.isupper() else text
    if entry := _gazetteer().lookup(query):
        return ((entry["label"], text), ("GAZETTEER", text))
    found = []
    for ent in _ner()(f"{prefix}{query}.").ents:
        start, end = ent.start_char - len(prefix), ent.end_char - len(prefix)
        span = text[max(start, 0) : min(end, len(text))].strip()
        entry = _gazetteer().lookup(ent.text)
        found.append((entry["label"] if entry else ent.label_, span))
        if entry:
            found.append(("GAZETTEER", span))
    return tuple(found)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's stop-word lists, each file run on its own: importing ``spacy.lang.de`` and the
    others would load their tokenizers and spaCy itself (about 5 s) for a few word lists."""
    import runpy
    from importlib.util import find_spec

    spec = find_spec("spacy")  # a core dependency: its absence is an install error
    folder = Path(spec.origin).parent / "lang"
    return frozenset().union(*(
        runpy.run_path(str(folder / code / "stop_words.py"))["STOP_WORDS"]
        for code in STOP_WORD_LANGUAGES
    ))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The nouns of the English lookup tables that ship with spaCy's small model."""
    return frozenset(_ner().nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])


@lru_cache(maxsize=1)
def _english_lemmas() -> frozenset[str]:
    """Every lemma of the English lookup tables that ship with spaCy's small model."""
    index = _ner().nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def _gazetteer():
    from newsdesk.entities.gazetteer import load_gazetteer

    return load_gazetteer()


class _NER:
    """The English model's statistical NER alone (its tokenizer, ``tok2vec`` and ``ner``;
    the lemmatizer is loaded, never run, for its lookup tables). Known names come from the
    gazetteer as a dictionary lookup: the analysis pipeline's gazetteer ruler takes about
    seven times longer to build than this model takes to load, and gives the same bylines
    (docs/benchmarks.md)."""

    def __init__(self) -> None:
        import spacy

        from newsdesk.nlp import MODEL

        unused = ["parser", "senter", "tagger", "attribute_ruler"]
        self.nlp = spacy.load(MODEL, exclude=unused, disable=["lemmatizer"])

    def __call__(self, text: str):
        return self.nlp(text)


@lru_cache(maxsize=1)
def _ner() -> _NER:
    return _NER()
