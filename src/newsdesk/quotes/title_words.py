"""The words of a title written right before a speaker's name: the title lexicon's words,
with the capitalised organisation's words before them (``describe_before``: ``Aetna CEO``,
``Secretary of State``); where the parse is given, the lower-case nouns it attaches to the
name as its title (``coach Bruce Boudreau``); title words the tagger ran into the name
(``Special Counsel``); and a plural title that names the parse coordinates share (``Senators
Jane Doe and John Roe``). ``title_affiliations`` reads the organisation or place such a title
holds, and ``roles`` combines them.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.people import LEGAL_FORMS
from newsdesk.entities.titles import COURTESY_TITLES, PERSON_TITLES
from newsdesk.parsed import doc_ents, doc_text
from newsdesk.quotes.description import (
    DEMONYM,
    QUOTED_ROLE_WORDS,
    Description,
    clean_org,
    name_span,
    party_stated,
    span_root,
)

#: Conjunctions, articles, prepositions and auxiliaries: no word of an organisation's name
#: read before a title, capitalised or not (``When``, ``Does Sen. X``), but *of* inside
#: one (``_inner_of``).
FUNCTION_WORDS = {
    "when",
    "while",
    "but",
    "and",
    "as",
    "if",
    "after",
    "before",
    "since",
    "although",
    "the",
    "a",
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "to",
    "from",
    "of",
    "that",
    "this",
    "then",
    "so",
    # auxiliaries that open a question before a title ("Does Sen. X have ..."): no name's word
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "has",
    "have",
    "had",
}


#: An adverb of time hyphened onto a title's first word (``then-Sen.``, ``then-FBI Director``,
#: ``Then-Chicago Mayor``): when the title was held, no word of the office or of the
#: organisation (as ``the then Harbor Bank chief``).
_TIME_PREFIX = re.compile(r"^(?:[Tt]hen|[Nn]ow)-(?=\w)")


def describe_before(preceding: str, *, titled: int = 0) -> Description:
    """A title right before the name: role words, with capitalised organisation words before them;
    the last ``titled`` words are a title the parse read (whatever the lexicon holds)."""
    tokens = [_TIME_PREFIX.sub("", token.strip('“”"‘’')) for token in preceding.replace("\n", " ").split(" ")]
    if not tokens or tokens[-1] != "":
        return Description(None, None)
    tokens = tokens[:-1]
    courtesy = _courtesy_after_office(tokens)
    tokens, titled = tokens[: len(tokens) - courtesy], max(0, titled - courtesy)
    role: list[str] = []
    while tokens and not tokens[-1].endswith(","):
        word = tokens[-1].lower()
        # "Secretary of State": one office written as a title (capitalised before "of"), not a
        # title of the person after it ("a spokesman of President X")
        joins = (
            word == "of"
            and role
            and len(tokens) > 1
            and tokens[-2][:1].isupper()
            and tokens[-2].lower() in QUOTED_ROLE_WORDS
            and role[0].lower() not in PERSON_TITLES
        )
        if not word or (
            not _is_role_word(word) and not joins and not _coordinates(tokens, role) and len(role) >= titled
        ):
            break
        role.insert(0, tokens.pop())
    if not role:
        return Description(None, None)
    org: list[str] = []
    while (
        tokens
        and (tokens[-1][:1].isupper() or _inner_of(tokens, org))
        and len(org) < 5
        and (not tokens[-1].endswith((",", ".", ":")) or tokens[-1].lower() in LEGAL_FORMS)
        and (tokens[-1].lower() not in FUNCTION_WORDS or _inner_of(tokens, org))
        and not re.search(r"-[a-z]", tokens[-1])
    ):
        org.insert(0, tokens.pop())
    named = party_stated(org + role)
    if named:
        party, rest = named
        return Description(" ".join(rest) or None, party)
    if len(org) > 1 or (org and not DEMONYM.search(org[0])):
        # "Lopez campaign communications director": the campaign is the organisation
        while len(role) > 1 and role[0] in _BODY_NOUNS:
            org.append(role.pop(0))
        return Description(" ".join(role), clean_org(" ".join(org)))  # "FBI Director", "Aetna CEO"
    return Description(" ".join(org + role) if org else " ".join(role), None)


def _courtesy_after_office(tokens: list[str]) -> int:
    """How many courtesy titles end ``tokens`` after a word of an office (``Housing Secretary
    Dr.``, ``Labor Secretary Dr``, ``Deputy Prime Minister Sir``): they say how the name is
    addressed, no part of the office before them; none where no office stands before them
    (``Dr. Jane Doe``)."""
    count = 0
    while count < len(tokens) - 1 and tokens[-1 - count].lower() in COURTESY_TITLES:
        count += 1
    return count if count and _is_role_word(tokens[-1 - count].lower()) else 0


def _inner_of(tokens: list[str], org: list[str]) -> bool:
    """*of* or *&* between two capitalised words of an organisation's name before a title
    (``Independent Harbor Workers of America President``, ``Housing & Urban Development
    Secretary``), not its first word; an *&* between two sets of initials joins two
    organisations, each named whole by its own (``FBI & NYPD spokeswoman``: NYPD's)."""
    return (
        bool(org)
        and len(tokens) > 1
        and tokens[-1] in {"of", "&"}
        and tokens[-2][:1].isupper()
        and tokens[-2].lower() not in FUNCTION_WORDS
        and not tokens[-2].endswith((",", ".", ":"))
        and not (tokens[-1] == "&" and _INITIALS.fullmatch(tokens[-2]) and _INITIALS.fullmatch(org[0]))
    )


#: An organisation's initials, two capitals or more (``FBI``, ``NYPD``), not one letter of a
#: name written with *&* (``AT & T``, ``Texas A & M``).
_INITIALS = re.compile(r"[A-Z]{2,}")


def _coordinates(tokens: list[str], role: list[str]) -> bool:
    """``Harbor University President and Chancellor``, ``Harbor founder and co-CEO``: *and*
    between two title words, the first after an organisation's capitalised word, joins two
    offices of one organisation. After a lower-case word (``the president and Vice
    President Jane Doe``) the first title is another person's."""
    return (
        bool(role)
        and len(tokens) > 2
        and tokens[-1].lower() == "and"
        and _is_role_word(tokens[-2].lower())
        and tokens[-3][:1].isupper()
        and tokens[-3].lower() not in FUNCTION_WORDS | QUOTED_ROLE_WORDS
        and not tokens[-3].endswith((",", ".", ":"))
    )


def _is_role_word(word: str) -> bool:
    """A word of the title lexicon, or a compound written with hyphens whose last part is one
    (``director-general``, ``editor-in-chief``, ``co-founder``): the lexicon lists the
    head of a title, and a hyphen joins its compounds into one word."""
    return word in QUOTED_ROLE_WORDS or ("-" in word.strip("-") and word.rsplit("-", 1)[-1] in QUOTED_ROLE_WORDS)


#: Nouns that make an organisation of the name of the person or party who leads it, written
#: in lower case after that name (``the Obama administration``, ``the Lopez campaign``,
#: ``the Johnson government``): the name alone is the person, so the noun is the
#: organisation's. A noun of an organisation's kind is no such noun (``Rangers team
#: captain``: the team is the Rangers).
_BODY_NOUNS = frozenset({"administration", "campaign", "government"})


def past_title_words(text: str, start: int, end: int) -> int:
    """Where the name at ``text[start:end]`` starts past the capitalised title words the
    tagger ran into it (``Counsel`` of ``Special Counsel Jane Doe``), keeping two words of
    the name: the title is read whole before it."""
    at, words = start, text[start:end].split(" ")
    while len(words) > 2 and words[0][:1].isupper() and words[0].lower() in QUOTED_ROLE_WORDS:
        at, words = at + len(words[0]) + 1, words[1:]
    return at


def parsed_title_words(doc: Any, start: int, end: int) -> int:
    """How many words right before the name at ``start`` the parse reads as its title: a singular
    common noun written in lower case that modifies the name or that the name stands in
    apposition to (``coach Bruce Boudreau``, ``my colleague David Ignatius``), with the
    lower-case modifiers of that title before it (``defensive captain``, ``retired aerospace
    executive``)."""
    span = name_span(doc, start, end)
    if span is None or span.start == 0:
        return 0
    name, first = list(span), span[0]
    root = span_root(span)
    noun = doc[first.i - 1]
    # "adviser and first daughter Ivanka Trump": the name stands in apposition to the first of
    # two coordinated titles, each of them the person's
    heads = {noun.i, noun.head.i} if noun.dep_ == "conj" and noun.head.tag_ == "NN" else {noun.i}
    attached = name[0].i <= noun.head.i <= name[-1].i or (root.head.i in heads and root.dep_ in {"appos", "compound"})
    if noun.tag_ not in {"NN", "NNP"} or not attached or not _lower_word(doc, noun.i):
        return 0  # a plural names no one person ("whether tax cuts Jane Doe backed")
    words, i = 1, _word_start(doc, noun.i)
    while i > 0:
        last = doc[i - 1]
        j = _word_start(doc, last.i)
        if not (
            _title_word(doc, last.i)
            and (
                (
                    last.pos_ in {"NOUN", "ADJ"}
                    and last.dep_ in {"amod", "compound", "nmod"}
                    and (i <= last.head.i <= name[-1].i or last.head.i in heads)
                )
                or (last.dep_ == "cc" and last.head.i in heads)
                or last.i in heads
            )
        ):
            break
        words, i = words + 1, j
    # an indefinite article makes the noun a description of its own, which a reduced relative
    # clause follows ("a prospect Jane Doe denied"): a title on a name is definite
    return 0 if i > 0 and doc[i - 1].lower_ in {"a", "an"} else words


def _word_start(doc: Any, i: int) -> int:
    """The first token of the space-delimited word that holds token ``i`` (``co-founder``)."""
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].is_alpha or doc[i - 1].text in {"-", "–"}):
        i -= 1
    return i


def _title_word(doc: Any, i: int) -> bool:
    """A word of a title written before a name: in lower case, but for an adjective opening
    the sentence (``Presidential adviser``) that the text never capitalises inside a
    sentence, where it would be a name (``Wild defenseman``, the Minnesota Wild's)."""
    start = _word_start(doc, i)
    if _lower_word(doc, i):
        return True
    word = doc[i].text
    return (
        doc[start].is_sent_start
        and doc[i].tag_ == "JJ"
        and not any(t.text == word and not t.is_sent_start for t in doc)
    )


def _lower_word(doc: Any, i: int) -> bool:
    word = doc[_word_start(doc, i)]
    return word.text[:1].islower()


def shared_title(doc: Any, start: int, end: int) -> tuple[int, str] | None:
    """``Senators Jane Doe (R-SC), John Roe and Ann Poe``, ``Sens. Jane Doe, D-Va., and John
    Roe``: a plural title written before names the parse coordinates is each one's title.
    Returns where the title starts and its singular (``Senator``, ``Sen.``: the parse's lemma,
    or an abbreviation without its plural *s*), where it is a word of the title lexicon; the
    tagger may run the title into the first name."""
    span = name_span(doc, start, end)
    if span is None:
        return None
    first = span_root(span)
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    if not any(t.dep_ == "conj" and t.pos_ == "PROPN" for t in first.children) and first.i == span_root(span).i:
        return None  # no name coordinated with this one
    person = next((e for e in doc_ents(doc) if e.start <= first.i < e.end and e.label_ == "PERSON"), None)
    if person is None:
        return None
    before = doc_text(doc)[: person.start_char].rstrip()
    word = before.rsplit(maxsplit=1)[-1] if before else ""
    candidates = [(doc[person.start].idx, doc[person.start].text, doc[person.start])]
    if word and person.start > 0:
        candidates.append((len(before) - len(word), word, doc[person.start - 1]))
    for at, written, token in candidates:
        singular = _singular_title(written, token)
        if singular is not None:
            return at, singular
    return None


def _singular_title(word: str, token: Any) -> str | None:
    """The singular of a plural title word (``Senators``, ``Sens.``, ``Reps.``) of the title
    lexicon, written as the text writes it, else ``None``; ``token`` is the word's last token,
    whose tag says a word written out is plural."""
    if word.endswith(".") and word[:-1].lower().endswith("s"):
        singular = word[:-2] + "."
    elif token.tag_ in {"NNS", "NNPS"} and word.lower().endswith("s"):
        lemma = token.lemma_.lower()
        singular = word[:1] + (lemma[1:] if lemma != word.lower() else word[1:-1])
    else:
        return None
    return singular if singular.lower() in QUOTED_ROLE_WORDS else None
