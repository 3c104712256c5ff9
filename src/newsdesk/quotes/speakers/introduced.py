"""A definite nominal source that re-mentions a phrase the article introduced earlier with the
same head noun: ``Researchers from Johns Hopkins University scoured … the researchers warned``,
``A 16-page advisory prepared by Western agencies … the advisory said``, ``they dispatched two
diplomatic cables … The cables argued``. The article never names such a source, so by the
rules it is a nominal one, and its speaker is the fullest description the article gives it:
the introducing phrase, with the modifiers after its head that restrict it. One person
described in the singular keeps its own words (``descriptions``).

By hand, as coreference systems match a definite noun phrase to an antecedent with the same
head (Lee et al. 2013, "strict head match"): the introduction is indefinite (``a``, ``an``,
or a plural with a number or no determiner), in the same number, outside quotation marks,
and holds every word that modifies the re-mention (``the Johns Hopkins researchers``) and
the definite mentions between them; it is near, or near a definite mention of the head that
is near it in turn (a follow-up's few paragraphs of prose each). A predicate or an
apposition (``Smith, a researcher``) introduces no one of its own. Read only where no other
step found a speaker, so a name the article gives always comes first."""

from __future__ import annotations

from typing import Any

from newsdesk.prose import shape_problem
from newsdesk.quotes.content import Context
from newsdesk.quotes.nouns import GROUP_NOUNS, PERSON_NOUNS
from newsdesk.quotes.pronouns.clauses import doc_sentences
from newsdesk.quotes.pronouns.gender import GENDERED_NOUNS
from newsdesk.quotes.sources import Speaker, in_marks, nominal_speaker, paragraph_of
from newsdesk.quotes.speakers.history import FOLLOW_UP_PARAGRAPHS
from newsdesk.quotes.speakers.titles import UNNAMED

#: Dependencies of the words before a head that belong to its phrase.
_BEFORE = {"det", "nummod", "amod", "compound", "nmod", "quantmod", "advmod"}
#: Dependencies of the words after a head that restrict it (``from Johns Hopkins
#: University``, ``prepared by Western agencies``, ``who testified``).
_AFTER = {"prep", "acl", "relcl"}
#: Determiners that introduce a phrase.
_INDEFINITE = {"a", "an"}


def introduced_phrase(context: Context, source: Any) -> tuple[Any, int, int] | None:
    """The phrase that introduced the definite nominal ``source`` (``the researchers``): its
    head and its span, or None where ``source`` is no such re-mention or no introduction is
    found before it."""
    if not _definite(source):
        return None
    wanted = _modifier_words(source)
    last = paragraph_of(context, source.idx)  # the latest mention of the chain walked back
    for earlier in reversed(source.doc[: source.i]):
        if (
            earlier.lemma_.lower() != source.lemma_.lower()
            or earlier.tag_ != source.tag_
            or earlier.pos_ != "NOUN"
            or in_marks(context, earlier.idx)
        ):
            continue
        here = paragraph_of(context, earlier.idx)
        if _prose_paragraphs(context, here, last) > FOLLOW_UP_PARAGRAPHS:
            return None  # no mention of the head for paragraphs: another one, if any
        if _definite(earlier):
            # "the Johns Hopkins researchers … the researchers": the same chain, whose
            # introduction holds the words of each link ("the Republican majority report"
            # before "the report" is no "report by their staff")
            last = here
            wanted |= _modifier_words(earlier)
        elif _introduces(earlier):
            start, end = _span(earlier)
            words = set(context.text[start:end].lower().split())
            says_more = words - _INDEFINITE - {earlier.lower_}  # "a letter" says no more
            if says_more and wanted <= words:
                return earlier, start, end
    return None


def spoken_group(context: Context, source: Any) -> Speaker | None:
    """``Researchers from Johns Hopkins University scoured … ¶ … ¶ the researchers warned``:
    a definite plural that no introduction near it explains (``introduced_phrase``) is the
    latest nominal source before it that spoke as a phrase with the same head noun and holds
    its modifiers: a group that has spoken is re-mentioned by its head however far on, as a
    person who spoke is by a surname. That source's speaker (its owner resolved: ``Robert
    McDonnell's lawyers``), or None."""
    if source.tag_ != "NNS" or not _definite(source):
        return None
    wanted = _modifier_words(source)
    for record in reversed(context.history):
        span = record["speaker_span"]
        if record.get("_label") != "NOMINAL" or span is None or span["start"] >= source.idx:
            continue
        phrase = context.doc.char_span(span["start"], span["end"])
        if phrase is None or phrase.root.lemma_.lower() != source.lemma_.lower():
            continue
        words = {t.lower_ for t in phrase}
        if phrase.root.tag_ != "NNS" or not wanted <= words or not words - {"the", phrase.root.lower_}:
            continue  # "the researchers" again says no more than the re-mention
        if _other_group_between(context, source, phrase.end):
            return None
        return nominal_speaker(context, phrase.root, span["start"], span["end"], text=record["speaker"])
    return None


def _other_group_between(context: Context, source: Any, start: int) -> bool:
    """Whether a nearer group comes between a source and its re-mention: people named
    together as a subject (``Reps. Andy Levin, Jamie Raskin and Ilhan Omar sent their own
    letter … the lawmakers wrote``) or a plural of the same noun that brings a group in, though
    it says no more (``…, officials said. ¶ … the officials said``)."""
    for token in source.doc[start : source.i]:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.ent_type_ == "PERSON" and any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children
        ):
            return True
        if (
            token.lemma_.lower() == source.lemma_.lower()
            and token.tag_ == "NNS"
            and not in_marks(context, token.idx)
            and _introduces(token)
        ):
            return True
    return False


def _prose_paragraphs(context: Context, first: int, last: int) -> int:
    """How many paragraphs after ``first`` up to ``last`` hold a sentence of prose: page
    furniture between two mentions (``AD``, a caption, a link) parts no discourse."""
    return sum(1 for number in range(first + 1, last + 1) if _holds_prose(context, number))


def _holds_prose(context: Context, number: int) -> bool:
    start, end = context.paragraphs[number]
    sentences = [s for s in doc_sentences(context) if start <= s.start_char < end]
    return any(shape_problem(s.text.strip()) is None for s in sentences)


def _definite(token: Any) -> bool:
    """``the researchers``, ``The cables``: a common noun after *the*, not owned (an owner
    says whose it is), written in lower case (not a name's word) and with no modifier after
    it (``the letter signed by seven physicians`` describes itself). One person described in
    the singular (``the expert`` after ``an election expert who …``) keeps its own words, as
    ``descriptions`` reads it."""
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and (token.tag_ == "NNS" or not _one_person(token))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(_owns_or_restricts(token, c) for c in token.children)
    )


def _one_person(token: Any) -> bool:
    """A singular noun of a person: an office or occupation, an unnamed source's noun, a noun
    of a man or a woman."""
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in UNNAMED or token.lower_ in GENDERED_NOUNS


def _owns_or_restricts(token: Any, child: Any) -> bool:
    """An owner of ``token`` or a word after it that modifies it (``the person familiar
    with …``)."""
    return child.dep_ == "poss" or (child.i > token.i and not child.is_punct)


def _introduces(token: Any) -> bool:
    """An indefinite noun phrase that brings a new referent in: ``a`` or ``an``, or a plural
    with a number or no determiner; neither a predicate nor an apposition, nor ``other`` ones
    (``him and other federal health officials``: not all of them), nor a phrase inside
    another noun's modifier (``links between Russian officials``, ``the names of transition
    officials``), which a later mention does not take up, as salience accounts rank it below
    a subject or an object, but the *of* phrase of a group's noun, which names its members
    (``a coalition of conservative groups``)."""
    if token.dep_ in {"attr", "appos", "compound", "poss"}:
        return False
    if any(c.lower_ in {"other", "another"} for c in token.children):
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ in {"NOUN", "PROPN"}:
        owner = token.head.head
        if token.head.lower_ != "of" or owner.lemma_.lower() not in GROUP_NOUNS:
            return False
    determiners = [c for c in token.children if c.dep_ in {"det", "poss"}]
    if determiners:
        return all(d.lower_ in _INDEFINITE for d in determiners)
    return token.tag_ == "NNS"  # a singular needs its article ("8,000-word" is no phrase)


def _modifier_words(token: Any) -> set[str]:
    """The lower-cased words that modify the re-mention before its head (``johns``,
    ``hopkins`` of ``the Johns Hopkins researchers``), which its introduction must hold."""
    return {
        t.lower_
        for c in token.children
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i
        for t in c.subtree
        if not t.is_punct
    }


def _span(head: Any) -> tuple[int, int]:
    """The introducing phrase: the head with the words before it that belong to it and the
    modifiers right after it that restrict it, each whole and with no punctuation in it (a
    clause set off by commas, a quotation, is no restriction)."""
    before = [c for c in head.children if c.i < head.i and c.dep_ in _BEFORE]
    first = min((c.left_edge for c in before), key=lambda t: t.i, default=head)
    last = head
    for child in sorted((c for c in head.children if c.i > head.i), key=lambda c: c.i):
        subtree = list(child.subtree)
        if child.dep_ not in _AFTER or subtree[0].i != last.i + 1:
            break
        if any(_breaks(t) for t in subtree):
            break
        last = subtree[-1]
    return first.idx, last.idx + len(last)


def _breaks(token: Any) -> bool:
    """Punctuation or a line break, which end a restricting modifier."""
    return token.is_punct or token.is_space or token.is_quote
