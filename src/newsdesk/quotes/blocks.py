"""Block quotations with no quotation marks: a paragraph that a lead-in's reporting clause
ending in a colon introduces (``He complained bitterly in a letter to newspapers: ¶ My herd
has been frightened …``).

A page sets a block quotation apart by its indentation (``<blockquote>``), not by marks;
ingest keeps each block as a paragraph of its own (a line of the text) but not its
indentation, so only the lead-in says that the paragraph is someone's words. The lead-in must
be a reporting clause by the cue lexicon and the parse: a speech verb whose clause runs to the
colon, with a subject that can speak and no content of its own (the colon stands for what it
reports). The content is the paragraph after it, without its final full stop (the rules'
content of a report). Without the indentation a block's second paragraph cannot be told from
the narration after it, so a block is read as one paragraph. A paragraph that holds a
quotation or a report of its own keeps them and is read as no block (``extract_quotes``):
with no marks the text does not say whether it quotes the lead-in's source or goes on with
the writer's account of it (``The Wall Street Journal reported: ¶ The program was on track
…, with the Small Business Administration saying …``).

Why by hand: no quotation library reads a quotation with no marks; the parse gives the
lead-in's verb, its subject and its complements.
"""

from __future__ import annotations

from typing import Any

from newsdesk.quotes.candidates import Candidate
from newsdesk.quotes.content import Context, is_source
from newsdesk.quotes.cues import CUE_LEMMAS, HEARER_OBJECT, WRITER, cue_text
from newsdesk.quotes.marks import MARKS, MarkedSpan
from newsdesk.quotes.nouns import GROUP_NOUNS, PERSON_OR_ORG_NOUNS, names_person
from newsdesk.quotes.own_subjects import own_subject
from newsdesk.quotes.sources import in_marks
from newsdesk.quotes.speakers.subjects import token_at

#: Marks that open a quotation, double or single: a paragraph opening with one is a marked
#: quotation.
_OPENING = MARKS + "‘'"
#: What may close a sentence that ends a paragraph of prose (a closing mark or bracket after).
_SENTENCE_END = (".", "?", "!")
_CLOSERS = MARKS + "’')]"
#: The complements by which a speech verb holds a content of its own (``noted that …:``).
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj"})
#: Objects that stand for the words the colon opens (``wrote the following:``, ``said this:``,
#: a complementiser left without its clause, ``writes that:``).
_POINTING = frozenset({"following", "this", "these", "that"})
#: Possessives of the writer, whose own text is no quotation of a source.
_WRITER_OWNS = frozenset({"my", "our"})
#: Pronouns that stand for a hearer (``told him:``, ``told them:``).
_HEARER_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
#: Entity labels of a hearer named (``told CNN:``).
_HEARER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
#: The fewest letters of a word that title case capitalises (shorter ones may stay lower case).
_TITLE_LETTERS = 4


def block_candidates(context: Context, spans: list[MarkedSpan]) -> list[Candidate]:
    """A candidate for every paragraph of prose with no opening mark that a reporting
    clause's colon introduces, its cue that clause's speech verb."""
    found = []
    for number in range(1, len(context.paragraphs)):
        lead_start, lead_end = context.paragraphs[number - 1]
        start, end = context.paragraphs[number]
        if not context.text[lead_start:lead_end].rstrip().endswith(":"):
            continue
        if not _unmarked_prose(context, spans, start, end):
            continue
        if _heading(context.text[lead_start:lead_end]):
            continue  # a heading in title case, "What Our Readers Said:"
        verb = _reporting_verb(context, lead_start, lead_end)
        if verb is None:
            continue
        content_end = _content_end(context.text, start, end)
        subject = _subject(verb)
        found.append(Candidate(start, content_end, True, verb, subject, cue_text(verb), None))
    return found


def _unmarked_prose(context: Context, spans: list[MarkedSpan], start: int, end: int) -> bool:
    """A paragraph of sentences (its last ends in ``.``, ``?`` or ``!``) that no quotation
    mark opens and no quotation runs into from the paragraph before."""
    text = context.text[start:end].rstrip()
    if not text or text[0] in _OPENING or not text.rstrip(_CLOSERS).endswith(_SENTENCE_END):
        return False
    return not any(s.open_at < start < s.outer_end for s in spans)


def _content_end(text: str, start: int, end: int) -> int:
    """The paragraph's end, before trailing space and its final full stop."""
    content = text[start:end].rstrip()
    return start + len(content) - (1 if content.endswith(".") else 0)


def _reporting_verb(context: Context, lead_start: int, lead_end: int) -> Any | None:
    """The speech verb of the lead-in's last clause with a verb, when no other verb stands
    between its clause and the colon and it reports what the colon opens."""
    colon = token_at(context, len(context.text[:lead_end].rstrip()) - 1)
    if colon is None:
        return None
    tokens = [t for t in colon.doc[:colon.i] if t.idx >= lead_start]
    verbs = [t for t in tokens if t.pos_ == "VERB" and not in_marks(context, t.idx)]
    if not verbs:
        return None
    sentence = verbs[-1].sent
    candidates = [v for v in verbs if v.sent == sentence and v.lemma_.lower() in CUE_LEMMAS]
    for verb in reversed(candidates):
        after = colon.doc[verb.right_edge.i + 1:colon.i]
        if not any(t.pos_ in {"VERB", "AUX"} for t in after) and _reports_the_colon(verb):
            return verb
    return None


def _reports_the_colon(verb: Any) -> bool:
    """The verb has a subject that can speak, not the writer, is not negated, stands in no
    adverbial clause or parenthesis, and takes no content of its own: no clause, infinitive
    or object but one that points to what follows (``wrote the following:``) or the hearer
    (``told reporters:``)."""
    subject = _subject(verb)
    if subject is None or not is_source(subject):
        return False  # "it" only where it reports as an organisation does (``is_source``)
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if subject.lower_ in WRITER or any(c.dep_ == "poss" and c.lower_ in _WRITER_OWNS
                                       for c in subject.children):
        return False  # the writer's own words ("I asked him:", "Our original post continues:")
    if _adverbial(verb) or _in_brackets(verb):  # "When Smith told reporters:", "(emphasis added):"
        return False
    own = [c for c in verb.children if c.dep_ in _OWN_CONTENT]
    hearer = verb.lemma_.lower() in HEARER_OBJECT
    return all(c.dep_ == "dobj" and (c.lower_ in _POINTING or (hearer and _hearer(c))) for c in own)


def _adverbial(verb: Any) -> bool:
    """A clause a subordinator opens (``if``, ``because``, ``although``, ``when``, which the
    parse marks or, a wh-word, makes the verb's adverb): it states a condition, a time or a
    reason, and the colon after it opens the matter of the sentence, not the verb's words. By
    the written convention *as* with a verb of speech attributes what follows (``As Lincoln
    said:``), and *that* opens a content clause, no adverbial one (``officials said that Smith
    told reporters:``)."""
    return any(
        c.i < verb.i and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
        and c.lower_ not in {"as", "that"}
        for c in verb.children
    )


def _hearer(word: Any) -> bool:
    """An object that is the hearer: a person or a group of people, by a noun, a pronoun or
    a name (``told reporters:``, ``told him:``, ``told CNN:``), not what is told (``told the
    story of the flood:``)."""
    if word.pos_ == "PRON":
        return word.lower_ in _HEARER_PRONOUNS
    lemma = word.lemma_.lower()
    if names_person(word) or lemma in PERSON_OR_ORG_NOUNS or lemma in GROUP_NOUNS:
        return True
    return word.ent_type_ in _HEARER_LABELS


def _heading(lead_in: str) -> bool:
    """A line in title case, every word of ``_TITLE_LETTERS`` letters or more capitalised: a
    heading of the page, whose colon opens no one's words."""
    words = [w for w in lead_in.split() if w[:1].isalpha()]
    long = [w for w in words if len(w) >= _TITLE_LETTERS]
    return len(words) >= 2 and bool(long) and all(w[0].isupper() for w in long)


def _in_brackets(verb: Any) -> bool:
    """The verb stands inside a parenthesis that is still open before it in its sentence."""
    opened = 0
    for token in verb.doc[verb.sent.start:verb.i]:
        opened += (token.text == "(") - (token.text == ")")
    return opened > 0


def _subject(verb: Any) -> Any | None:
    """The verb's own subject, active: a passive's subject is the one told (``He was told:``)."""
    subject = own_subject(verb)
    return subject if subject is not None and subject.dep_ == "nsubj" else None
