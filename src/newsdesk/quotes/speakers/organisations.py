"""Descriptions of organisations: whom a definite description of a body means (``the
company``, ``the paper``, ``the news agency``): its kind from its head noun, narrowed by a
noun compounded on it; the nearest earlier subject, spoken source or named body of that
kind, a subject the tagger gave no name, or the body whose name the noun heads (``the
panel`` after ``the Intergovernmental Panel on Climate Change``); and the page furniture
(captions, datelines' credits) such a description never stands for. Descriptions of people
and groups, and the order the readings are tried in, are ``speakers.descriptions``."""

from __future__ import annotations

import re
from typing import Any

from newsdesk.entities.gazetteer import PLACE_LABELS
from newsdesk.given_names import given_name_gender
from newsdesk.prose import names_credit
from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import PERSON_OR_ORG_NOUNS, head_index
from newsdesk.quotes.pronouns.clauses import sentences_back
from newsdesk.quotes.pronouns.furniture import furniture
from newsdesk.quotes.pronouns.gender import indefinite
from newsdesk.quotes.sources import Speaker, in_marks, in_quote, named, paragraph_of
from newsdesk.quotes.speakers.history import FOLLOW_UP_PARAGRAPHS
from newsdesk.quotes.speakers.kinds import MEDIA, ORGANISATION, description_kind, fits, name_kind, unmarked


def kind_of(token: Any) -> str | None:
    """The kind of organisation a description names: its head noun's, narrowed by a noun
    compounded on a head of any organisation (``the news agency``, ``the news service``: an
    outlet; ``the drug company`` stays a company)."""
    kind = description_kind(token.lemma_)
    if kind != ORGANISATION:
        return kind
    narrower = (_compound_kind(c) for c in token.children if c.dep_ == "compound" and c.i < token.i)
    return next((k for k in narrower if k not in (None, ORGANISATION)), kind)


def _compound_kind(word: Any) -> str | None:
    """The kind a common noun compounded on a description's head says (``news``), if any."""
    return description_kind(word.lemma_.lower()) if word.pos_ == "NOUN" and word.text.islower() else None


def narrowed_to(token: Any, name: str) -> bool:
    """``the trial court``, ``the appeals court``: a description's own modifiers narrow it to
    a name that holds them (not ``the California supreme court`` named before it); those of
    a noun of any organisation describe it (``the advocacy group``, ``the space agency``)."""
    if description_kind(token.lemma_) == ORGANISATION:
        return True
    words = {w.lower().strip(".,’'") for w in name.split()}
    modifiers = [
        c for c in token.children
        if c.dep_ in {"amod", "compound"} and c.i < token.i and _compound_kind(c) is None
    ]  # "the news agency": "news" says its kind, not which one
    return all(words & {c.lower_, c.lemma_.lower(), c.lower_ + "s"} for c in modifiers)


def spoken_of_kind(context: Context, token: Any, *, kind: str) -> Speaker | None:
    """``the company says … The business admits``: the latest organisation of the kind that
    spoke before it, at its source (an earlier description resolved to a name is a mention of
    that name)."""
    for record in reversed(context.history):
        span = record["speaker_span"] or {"start": record["start"], "end": record["start"]}
        name = record["speaker"]
        if (
            name
            and record.get("_label") == "ORG"
            and span["start"] is not None
            and span["start"] < token.idx
            and fits(kind, name)
            and narrowed_to(token, name)
        ):
            return named(context, span["start"], span["end"], name)
    return None


def last_mentioned(context: Context, found: Speaker, token: Any) -> int:
    """Where an organisation found for a description was last mentioned before it: at its
    name, or later where it spoke by a source resolved to it (``reports the news agency``
    after ``The Washington Post reports``). An entity is as recent as its latest mention, and
    a source that named it (by a description too) is one: the body that spoke last is nearer
    than one named once in between (``the Senate leadership``)."""
    if found.start is None:
        return 0
    spoke = [
        record["source_start"]
        for record in context.history
        if record["speaker"] == found.name
        and record.get("_label") == "ORG"
        and found.start < (record["source_start"] or 0) < token.idx
    ]
    return max([found.start, *spoke])


def nearest_outlet(context: Context, token: Any) -> Speaker | None:
    """``The Times reported … “…,” the paper said``: a definite noun that names both a
    document and a news outlet (``paper``, which the kinds' table calls an outlet's noun) is
    the outlet named nearest before it, in its own or the previous paragraph, whose name says
    it is one (``Times``, ``News``, ``Post``; not an army, a chamber or a hotel named between,
    which the tagger calls organisations too); the caller asks only where no earlier document
    of that noun is named (``a paper in Nature``)."""
    if description_kind(token.lemma_.lower()) != MEDIA or indefinite(token):
        return None
    here = paragraph_of(context, token.idx)
    for mention in reversed(context.index.mentions):
        if mention.end > token.idx or mention.label != "ORG" or in_marks(context, mention.start):
            continue
        if here - paragraph_of(context, mention.start) > 1:
            return None
        if name_kind(mention.name) == MEDIA and not page_furniture(context, mention.start, mention.end):
            return named(context, mention.start, mention.end, mention.name)
    return None


def nearest_of_kind(context: Context, token: Any, *, kind: str) -> Speaker | None:
    """``… with Fox News ended last year. The network said``: the nearest organisation named
    before a description (spoken or not) that is of the description's kind."""
    for mention in reversed(context.index.mentions):
        if (
            mention.end <= token.idx
            and mention.label == "ORG"
            and not in_marks(context, mention.start)
            and not page_furniture(context, mention.start, mention.end)
            and fits(kind, mention.name)
            and narrowed_to(token, mention.name)
        ):
            return named(context, mention.start, mention.end, mention.name)
    return None


#: A dateline's credit: the agency in parentheses after the place in capitals that opens a
#: paragraph, before its dash (``WASHINGTON (AP) —``).
_DATELINE_CREDIT = re.compile(r"(?:^|\n)[A-Z][A-Z .,'’-]*\((?P<credit>[^()\n]+)\)\s*[—–-]")


def page_furniture(context: Context, start: int, end: int) -> bool:
    """Whether a name stands in page furniture, not the report: a paragraph that is no prose
    (a photo's caption or credit, ``(AP Photo/Alex Brandon)``) or a dateline's credit (``(AP)``),
    which name the agency that made the picture or the copy. A description in the report
    (``The company said``) never stands for either."""
    number = paragraph_of(context, start)
    if furniture(context, number) or _captioned(context, number):
        return True
    line_start = context.text.rfind("\n", 0, start) + 1
    dateline = _DATELINE_CREDIT.match(context.text, max(line_start - 1, 0))
    return dateline is not None and dateline.start("credit") <= start and end <= dateline.end("credit")


def _captioned(context: Context, number: int) -> bool:
    """A paragraph that ends in a credit in parentheses is a photo's caption (``Trump looks at
    his phone … in Washington. (AP Photo/Alex Brandon)``), though it reads as prose."""
    start, end = context.paragraphs[number]
    text = context.text[start:end].rstrip()
    opening = text.rfind("(")
    return text.endswith(")") and opening >= 0 and names_credit(text[opening:])


def subject_of_kind(
    context: Context, token: Any, *, labels: set[str], kind: str | None = None
) -> Speaker | None:
    """``Amazon is now letting you listen ... The company published a blog post``: the nearest
    earlier subject in this or the previous paragraph that names something of the kind (and,
    for an organisation, whose name may be of the description's ``kind``). A subject the
    tagger gave no name (``Cards Against Humanity is asking``) is one where an organisation
    may be named with no word of its kind (``_untagged_name``): a subject is the most salient
    referent a definite description picks up, above a name the tagger did read elsewhere
    (``the U.S.-Mexico border``)."""
    for sentence in sentences_back(context, token, back=1):
        for subject in reversed(
            [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i and not in_marks(context, t.idx)]
        ):
            mention = context.index.mention_at(subject.idx)
            if (
                mention is not None
                and mention.label in labels
                and subject.idx < mention.end
                and fits(kind, mention.name)
                and (kind is None or narrowed_to(token, mention.name))
            ):
                return named(context, mention.start, mention.end, mention.name)
            untagged = None if mention or "ORG" not in labels else _untagged_name(context, subject)
            if untagged is not None and unmarked(kind) and fits(kind, untagged.name or ""):
                return untagged
    return None


def _untagged_name(context: Context, subject: Any) -> Speaker | None:
    """A subject the tagger gave no name that reads as an organisation's: a proper noun whose
    phrase is capitalised words and function words, two words or more, none of them tagged
    but as a place (which may open it: ``The Washington Post``; not a date, ``Election
    Day``), outside quotation marks, with no given name at its start (``Jane Roe``, a person
    the tagger missed); a single word may be a person's surname."""
    if subject.pos_ != "PROPN" or in_quote(context, subject.idx):
        return None
    words = [w for w in subject.subtree if w.dep_ != "det"]  # "The Washington Post": no "The"
    if len(words) < 2 or any(w.ent_type_ and w.ent_type_ not in PLACE_LABELS for w in words):
        return None
    if not all(w.text[:1].isupper() or w.is_stop for w in words) or not words[0].text[:1].isupper():
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    name = context.text[start:end]
    if given_name_gender(name) is not None:
        return None
    return Speaker(name, None, start, end, label="ORG")


def proper_subject_before(context: Context, position: int, *, kind: str | None = None) -> Speaker:
    """``the company`` when the tagger missed the organisation: the latest capitalised name
    that was a sentence subject (``Cards Against Humanity is asking ...``), of a name that may
    be of the description's ``kind``."""
    for token in reversed([t for t in context.doc if t.idx < position and t.dep_ == "nsubj" and t.pos_ == "PROPN"]):
        words = list(token.subtree)
        if in_quote(context, token.idx) or not all(w.text[:1].isupper() or w.is_stop for w in words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if not fits(kind, context.text[start:end]):
            continue
        return Speaker(context.text[start:end], None, start, end, label="ORG")
    return Speaker()


def name_headed_by(context: Context, token: Any) -> Speaker | None:
    """``the Intergovernmental Panel on Climate Change worries … The panel was``: a definite
    common noun outside the lexicons of speaking nouns (which the kinds of organisation
    resolve) is the nearest organisation named before it, outside quotation marks, whose
    name that noun heads (the word before its *of*, *for* or *on* phrase, or its last) in
    its paragraph or the few before it (a re-mention is near its name: ``the park`` pages
    after ``Zion National Park`` is another park), so long as the noun's own modifiers narrow
    it to that name: a short re-mention by the name's head, as coreference systems match
    heads (Lee et al. 2013, "strict head match")."""
    lemma = token.lemma_.lower()
    if (
        token.tag_ != "NN"
        or not token.text.islower()
        or lemma in PERSON_OR_ORG_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        or any(c.dep_ == "poss" for c in token.children)
    ):
        return None
    here = paragraph_of(context, token.idx)
    for mention in reversed(context.index.mentions):
        if (
            mention.end <= token.idx
            and mention.label == "ORG"
            and here - paragraph_of(context, mention.start) <= FOLLOW_UP_PARAGRAPHS
            and not in_marks(context, mention.start)
            and _name_head(mention.name) in {token.lower_, lemma}
            and narrowed_to(token, mention.name)
        ):
            return named(context, mention.start, mention.end, mention.name)
    return None


def _name_head(name: str) -> str | None:
    """The head noun of a name of two or more words, lower-cased: the word before its first
    *of*, *for* or *on* (``Panel`` of ``Intergovernmental Panel on Climate Change``), else its
    last; None for a name of one word, which names no kind."""
    words = name.split()
    head = head_index(words)
    return words[head].lower() if head > 0 else None
