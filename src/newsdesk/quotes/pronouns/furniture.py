"""Page furniture between a pronoun and the prose before it, and a heading that names a person.

A newsletter box, a photo caption or a list of links between two paragraphs is no part of the
discourse, so a pronoun after it reads the prose paragraph before it as the paragraph before.
A paragraph that is a person's name alone heads the part after it (``heading_person``).
A paragraph is told from prose by the shape test the briefs use too (``newsdesk.prose``),
counted over its sentences: hand-written, because the shapes are page layout conventions that
no parse or lexicon gives.
"""

from __future__ import annotations

from typing import Any

from newsdesk.parsed import FINITE_TAGS
from newsdesk.prose import shape_problem
from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import PERSON_LABELS
from newsdesk.quotes.pronouns.clauses import doc_sentences
from newsdesk.quotes.sources import paragraph_of


def paragraphs_back(context: Context, position: int) -> int:
    """How many paragraphs back from the one at ``position`` the paragraph before it lies that
    holds prose: page furniture between them (a newsletter box, a photo caption, a list of
    links) is no part of the discourse, so a pronoun after it reads the prose before it as
    the paragraph before (``Mr. Obama said. ¶ Newsletter Sign Up … ¶ Referring to …, he
    said``: Obama). At least one; the first paragraph counts as prose."""
    here = paragraph_of(context, position)
    back = 1
    while back < here and furniture(context, here - back):
        back += 1
    return back


def furniture(context: Context, number: int) -> bool:
    """A paragraph is page furniture when more of its sentences show a shape that prose does
    not have (``prose.shape_problem``: a promotion, a link, a caption, a share bar, a
    line with no end, headline case; or no finite verb, ``- Follow the Ticker``) than are
    prose; a short sentence (a fragment) counts for neither, and a line that ends in a colon,
    comma or dash leads into what follows, as prose does. Each paragraph is read once per
    article (``Context.furniture``): three steps of a pronoun, and every pronoun after it,
    ask about the same paragraphs."""
    if number not in context.furniture:
        start, end = context.paragraphs[number]
        shapes = [_shape(s) for s in doc_sentences(context) if start <= s.start_char < end]
        context.furniture[number] = shapes.count("furniture") > shapes.count("prose")
    return context.furniture[number]


def _shape(sentence: Any) -> str:
    """``prose``, ``furniture`` or ``fragment`` (see ``furniture``)."""
    text = sentence.text.strip()
    problem = shape_problem(text)
    if problem == "no terminal punctuation" and text[-1:] in {":", ",", ";", "-", "—", "–"}:
        problem = None
    if problem is None and not any(t.tag_ in FINITE_TAGS for t in sentence):
        problem = "no finite verb"
    if problem == "fragment":
        return "fragment"
    return "prose" if problem is None else "furniture"


def heading_person(context: Context, token: Any) -> Any | None:
    """``Chris Christie ¶ The New Jersey governor said``: a paragraph that is a person's name
    alone heads the part after it (a roundup of who said what), so a description of a person
    in the next paragraph, with no other person named between them, may be that person, as a
    subject before it would be (not the speaker of the part before); the heading's mention.
    Whether the person fits the description is the caller's to judge."""
    here = paragraph_of(context, token.idx)
    if here == 0:
        return None
    start, end = context.paragraphs[here - 1]
    line = context.text[start:end].strip()
    heading = context.index.mention_at(context.text.find(line, start)) if line else None
    if heading is None or heading.label not in PERSON_LABELS:
        return None
    if heading.end - heading.start != len(line):
        return None  # a name that opens a line of prose heads nothing
    people = context.index.mentions
    if any(heading.end <= m.start < token.idx and m.label in PERSON_LABELS for m in people):
        return None
    return heading
