"""Which subject names or describes a person a pronoun may stand for.

A subject names a person when it is tagged as one, has a person's name in apposition, or is a
proper noun the article names a person by elsewhere; it describes one when it is a definite
singular noun of an office or occupation (the title lexicon, the person nouns), a party's
member, or a noun a *who* clause describes. Hand-written over the parse and those lexicons:
the tagger misses names at some places, and the description tests are the rules' reading of
English definite descriptions.
"""

from __future__ import annotations

from typing import Any

from newsdesk.entities.titles import OFFICES
from newsdesk.quotes.content import Context
from newsdesk.quotes.cues import ALL_CUE_LEMMAS
from newsdesk.quotes.nouns import PERSON_LABELS, PERSON_NOUNS
from newsdesk.quotes.pronouns.clauses import main_clause
from newsdesk.quotes.pronouns.gender import GENDERED_NOUNS
from newsdesk.quotes.roles import is_party_member
from newsdesk.quotes.sources import is_person

#: Nouns of a person's office or occupation: the title lexicon's offices, the person nouns.
_OFFICE_NOUNS = frozenset(OFFICES | PERSON_NOUNS)

#: Those nouns and the nouns of sex, age and kinship (``a woman``, ``one mother``), which
#: bring in one person as an office does where an indefinite article or *one* counts them
#: (``the former first lady`` is left to the description's own resolution; ``his father``
#: to the names, since its owner would have to be resolved for its speaker's text).
_PERSON_WORDS = _OFFICE_NOUNS | frozenset(GENDERED_NOUNS)


def person_named(context: Context, subject: Any) -> Any | None:
    """The word of a subject that names a person: the subject, tagged as one; a person's name
    in apposition to it (``the prophet Obama was in error when he said``: the subject is
    *prophet*; ``House of Commons Speaker John Bercow``, parsed as *House* with *Bercow* in
    apposition); or the subject, a proper noun the tagger left out at this place that is the
    name, or the last word of the name, of a person the article names elsewhere (``Gardner
    went berserk … Gardner wasn't in favor …``). So the subject, not a person named later in
    its sentence or paragraph, is what a pronoun after it stands for."""
    if is_person(context, subject):
        return subject
    appositive = next((c for c in subject.children if c.dep_ == "appos" and is_person(context, c)), None)
    if appositive is not None:
        return appositive
    if subject.pos_ == "NOUN" and (named := _named_by_copula(context, subject)) is not None:
        return named  # "One man who agrees is Tom Reed"
    if subject.pos_ != "PROPN" or context.index.mention_at(subject.idx) is not None:
        return None
    text = subject.text
    known = any(
        m.label in PERSON_LABELS and (m.name == text or m.name.endswith(" " + text)) for m in context.index.mentions
    )
    return subject if known else None


def _named_by_copula(context: Context, subject: Any) -> Any | None:
    """``One man who agrees is Tom Reed, an analyst … "…," he says``: a common
    noun that a copula equates with a person's name (the name its verb *be* has as its
    attribute) names that person, as an apposition does."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
    return attribute if attribute is not None and is_person(context, attribute) else None


def describes_person(subject: Any) -> bool:
    """``The WHO's director-general defended the agency. "…," he said``: a singular common
    noun of a person's office or occupation (the title lexicon's offices, the descriptions'
    person nouns), or a party's member written capitalised (``The Republican``), made
    definite by *the* or an owner, is a person a pronoun can stand for; so is one made
    indefinite (``an FDA spokesperson told …. He said``: a person the text need not name,
    docs/attribution-rules.md's nominal source), and so is an indefinite noun of sex, age
    or kinship (``a woman from Ohio``)."""
    words = [subject, *(c for c in subject.lefts if c.dep_ == "compound")]
    parts = {p for w in words for p in w.lower_.split("-")}  # "director-general": 1 or 3 tokens
    definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in subject.children)
    party = is_party_member(subject)  # "The Republican focused on"
    capital = party or _capitalised_office(subject)  # "The Pope typically protests"
    unnamed = not capital and unnamed_one(subject) and not _generic(subject)  # "an FDA spokesperson told"
    nouns = _PERSON_WORDS if unnamed or _the(subject) else _OFFICE_NOUNS  # "a woman from Ohio told"
    return (
        subject.tag_ in {"NN", "JJ", *(("NNP",) if capital else ())}
        and (subject.text.islower() or capital)
        and (definite or unnamed)
        and (not parts.isdisjoint(nouns) or any(map(described_by_who, _phrase_nouns(subject))))
    )


def _the(subject: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def meets_named_person(context: Context, subject: Any) -> bool:
    """``Last week a reporter interviewed Tom Greer at his office. "…," he said``: an
    indefinite subject that brings in someone new beside a person named as its verb's object
    is not what a later "he" or "she" stands for; the named person, already known, is the
    centre (so the search goes on to the object, as it did before such a subject counted).
    A reporting verb's object is its hearer (``an FDA spokesperson told Mother Jones …. He
    said``): the subject who spoke stays the centre."""
    if subject.head.lemma_.lower() in ALL_CUE_LEMMAS:
        return False
    objects = [c for c in subject.head.children if c.dep_ in {"dobj", "dative"}]
    return any(person_named(context, o) is not None for o in objects)


def _generic(subject: Any) -> bool:
    """``A nominee has to be more than a winner. He (or she) has to be …``: an indefinite
    subject of a present-tense or modal clause that reports no speech says what holds of
    any such person (a characterizing sentence, Krifka et al. 1995, "Genericity: an
    introduction"), and brings in no one a later pronoun stands for; a report in the present
    (``One analyst says``) is one person's, as in the past."""
    verb = subject.head
    if verb.lemma_.lower() in ALL_CUE_LEMMAS:
        return False
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def unnamed_one(subject: Any) -> bool:
    """``an FDA spokesperson``, ``one analyst``, ``another official``: a singular noun made
    indefinite by *a*, *an*, *another* or the numeral *one* introduces one person the text
    need not name, whom a later "he" or "she" may stand for as for a definite one."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"a", "an", "another"}) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in subject.children
    )


def _capitalised_office(subject: Any) -> bool:
    """``The Pope typically protests violence, but he implied``: an office of the title
    lexicon written capitalised and alone (not a name's part, ``President Obama``) as the
    subject of a main clause is a person as its lower-case form is. In another clause it is
    mostly a holder named elsewhere in passing (``Juncker, keen to flatter Trump, played along
    in language that the President appreciates``), where the parse may not show the main
    subject first."""
    alone = not any(c.dep_ in {"compound", "flat", "appos", "prep"} for c in subject.children)
    return subject.text.istitle() and alone and subject.lower_ in OFFICES and main_clause(subject)


def _phrase_nouns(noun: Any) -> list[Any]:
    """A noun and the nouns of the prepositional phrases after it (``the adviser for Obama's
    team, who …``: the parse may hang a relative clause on either)."""
    objects = [o for p in noun.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [noun, *(n for o in objects for n in _phrase_nouns(o))]


def described_by_who(noun: Any) -> bool:
    """``the senior adviser …, who held a top position``: a noun that a relative clause opened
    by *who* describes names a person (*who* stands for people, *which* for things)."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children)
