"""Quote candidates: what was said before its speaker is resolved.

A direct candidate is a marked span (``marks``) with the cue that attributes it, kept when a
cue attributes it or it reads as speech, and not when its words label the noun after them
(one word is kept only as an argument of a speech verb, ``cue_places.word_cue``; a name in
title case only as the name a verb of naming gives, and words a noun of a title introduces
never); a reported candidate is a clause ``content.reported_speech`` finds, kept when its
source can speak and no direct quote already holds it (a clause that ends inside quotation
marks takes in the closing mark; one that opens with a quotation and runs on past it, the
opening mark: mixed content, not the quoted words alone). Where the two overlap, the outermost
report wins; ``kind_of`` says whether a candidate is a direct, partial or indirect quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from newsdesk.quotes.content import Context, is_source, reported_speech
from newsdesk.quotes.content.according import RECORDS, issuer
from newsdesk.quotes.content.clauses import MIN_CONTENT_WORDS
from newsdesk.quotes.cue_places import (
    cue_after,
    cue_before,
    names_quote,
    reporting_clause_after,
    word_cue,
)
from newsdesk.quotes.cue_subjects import passed_on_subject, subject_of, told
from newsdesk.quotes.cues import (
    FINITE,
    NAMING,
    SUBJECTS,
    VERB_ONLY_CUES,
    WRITER,
    Cue,
    according_source,
    cue_text,
    is_cue,
)
from newsdesk.quotes.marks import MarkedSpan, looks_like_speech, words
from newsdesk.quotes.nouns import OCCASIONS, WHEN_LABELS


@dataclass(slots=True)
class Candidate:
    """A quote found but not yet attributed: a marked span with its cue, or reported speech."""

    start: int
    end: int
    direct: bool
    cue: Any | None
    speaker_token: Any | None
    cue_text: str | None
    span: MarkedSpan | None = None


def direct_candidates(context: Context, spans: list[MarkedSpan]) -> list[Candidate]:
    found = []
    for number, span in enumerate(spans):
        word = _single_word(context, span)
        if word is not None:
            cue = word_cue(word, limit=context.paragraphs[span.paragraph][1])
            if cue is not None and _attributed(cue) and word.pos_ != "PROPN":
                end = word.idx + len(word)  # the comma inside the marks is the sentence's
                found.append(_outermost(Candidate(span.start, end, True, cue.verb,
                                                  cue.speaker, cue_text(cue.verb), span)))
            continue
        cue = _attribute(context, spans, number)
        text = context.text[span.start:span.end]
        if cue is None and (_names_noun(context, span) or _titled(context, span)):
            continue
        if looks_like_speech(text, attributed=_attributed(cue)) or _name_given(context, cue, span):
            found.append(_outermost(Candidate(
                span.start, span.end, True, cue.verb if cue else None, cue.speaker if cue else None,
                cue_text(cue.verb) if cue else None, span)))
    return found


def _single_word(context: Context, span: MarkedSpan) -> Any | None:
    """The one word a quotation holds (punctuation aside), or None. Too short to read as
    speech by itself (``marks.looks_like_speech``), it is a fragment of the source's words
    only where the parse makes it an argument of a speech verb (``cue_places.word_cue``): a
    capitalised word in that place is no title (``“Exactly,” replied Caplan``), a name is."""
    if len(words(context.text[span.start:span.end])) != 1:
        return None
    inner = context.doc.char_span(span.start, span.end, alignment_mode="expand")
    tokens = [t for t in inner or [] if not t.is_punct and not t.is_space]
    return tokens[0] if len(tokens) == 1 else None


#: The verbs that give a name: the naming lexicon and *call*.
_NAMING_OR_CALL = NAMING | {"call"}


def _name_given(context: Context, cue: Cue | None, span: MarkedSpan) -> bool:
    """``calls Cruz “Lyin’ Ted”``, ``named them “The Smarter Bomb”``: capitalised words that a
    source's verb of naming (``cues.NAMING``, or *call*) gives to what it names are that
    source's words, a name someone is said to have used, though alone they read as a title."""
    return _attributed(cue) and cue is not None \
        and cue.verb.lemma_.lower() in _NAMING_OR_CALL \
        and names_quote(cue.verb, context.doc, span.open_at)


def _attributed(cue: Cue | None) -> bool:
    """A cue with a source, or a passive verb of telling (``all Americans are told, "…"``),
    which reports speech whose speaker the clause leaves unnamed."""
    return cue is not None and (is_source(cue.speaker) or told(cue.verb))


def _names_noun(context: Context, span: MarkedSpan) -> bool:
    """``the “opposition research and strategic communications” firm``: quoted words that
    modify the noun right after the closing mark are a label, words used as words (the rules'
    names and scare quotes), not a fragment of anyone's speech."""
    if span.close_at is None:
        return False
    at = span.outer_end + 1  # one space after the closing mark, then the noun
    if context.text[at - 1:at] != " ":
        return False
    inner = context.doc.char_span(span.start, span.end, alignment_mode="expand")
    after = context.doc.char_span(at, at + 1, alignment_mode="expand")
    if not inner or not after:
        return False
    noun, words_in = after[0], [t for t in inner if not t.is_punct]
    if noun.pos_ not in {"NOUN", "PROPN"} or not words_in:
        return False
    inside = {t.i for t in words_in}
    return any(t.head.i == noun.i for t in words_in) \
        and all(t.head.i == noun.i or t.head.i in inside for t in words_in)


#: Nouns of a text's title: quoted words they introduce with no cue are that title.
_TITLE_NOUNS = frozenset({"headline", "title", "subtitle", "caption", "slogan", "motto",
                          "tagline", "banner", "hashtag", "chyron"})


def _titled(context: Context, span: MarkedSpan) -> bool:
    """``Here's CNN's headline: “…”``, ``The headline of the article was, “…”``: a quotation
    with no cue that a noun of a title introduces (right before the mark, or as the subject
    of the copula there) is the title, words used as a name (the rules' titles), no one's
    speech."""
    opening = context.doc.char_span(span.open_at, span.open_at + 1, alignment_mode="expand")
    if not opening:
        return False
    sentence = opening[0].sent
    before = [t for t in context.doc[sentence.start:opening.start]
              if not t.is_punct and not t.is_space]
    if not before:
        return False
    lead = before[-1]
    if lead.lemma_ == "be":
        lead = next((c for c in lead.children if c.dep_ in {"nsubj", "expl"}), lead)
    return lead.lemma_.lower() in _TITLE_NOUNS


def _outermost(candidate: Candidate) -> Candidate:
    """``"…," he said, according to the BBC``: the rules annotate a nested report once, at its
    outermost level, so the reporter that *according to* names after the cue is the source and
    *according to* the cue; reported content that the parse ran on into the phrase ends before
    it. A document there (``he said, according to a statement``, ``they wrote, according to
    the letter``) is the speaker's own record, no outer level; a name that such a noun heads
    (``according to the New York Post``, ``National Review``) is an outlet, which is one."""
    reporter_verb = _reported_by(candidate)
    if reporter_verb is not None:  # the quotation ends before its own reporting clause
        return replace(candidate, cue=reporter_verb, speaker_token=subject_of(reporter_verb),
                       cue_text=cue_text(reporter_verb))
    passed_on = _as_reported(candidate)
    if passed_on is not None:
        end = candidate.end
        if candidate.start <= passed_on.left_edge.idx < end:
            end = passed_on.left_edge.nbor(-1).idx if passed_on.left_edge.nbor(-1).is_punct \
                else passed_on.left_edge.idx
        return replace(candidate, end=end, cue=passed_on, speaker_token=subject_of(passed_on),
                       cue_text=cue_text(passed_on))
    according = _wrapping_according(candidate)
    source = None if according is None else according_source(according)
    reporter = None if source is None else issuer(source)
    if reporter is None or (reporter.lemma_.lower() in RECORDS and reporter.text.islower()):
        return candidate
    end = candidate.end
    if candidate.start <= according.idx < end:
        end = according.nbor(-1).idx if according.nbor(-1).is_punct else according.idx
    return replace(candidate, end=end, cue=according, speaker_token=reporter,
                   cue_text="according to")


def _as_reported(candidate: Candidate) -> Any | None:
    """``"…," Kerry said in Seoul, as Reuters reported``: a report that an *as* clause on the cue
    says another source passed on is annotated at that outer level (its verb and subject)."""
    cue = candidate.cue
    if cue is None or cue.pos_ not in {"VERB", "AUX"}:
        return None
    for verb in (c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i):
        subject = subject_of(verb) if is_cue(verb, direct=False) else None
        marked = any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)
        if marked and subject is not None and subject.i < verb.i and subject.pos_ == "PROPN":
            return verb
    return None


def _reported_by(candidate: Candidate) -> Any | None:
    """``"…," said Winkowski, reports The Washington Examiner``, ``"…," Smith said, the AP
    reported``: a quotation whose reporting clause is itself the clause of a reporting verb
    after it, with a source of its own and nothing else to report (``passed_on_subject``), is
    that source's report of what the first speaker said; the rules annotate a nested report
    once, at its outer level (as ``[Sondland said …], Morrison testified``). The writer
    (``I``, ``we``) and a record (``the statement read``: the speaker's own) are no outer
    level."""
    cue = candidate.cue
    if not candidate.direct or cue is None or cue.pos_ not in {"VERB", "AUX"}:
        return None
    subject = passed_on_subject(cue)
    if subject is None or not is_cue(subject.head, direct=False):
        return None
    if not is_source(subject) or subject.lower_ in WRITER \
            or (subject.pos_ != "PROPN" and subject.lemma_.lower() in RECORDS):
        return None
    return subject.head


def _wrapping_according(candidate: Candidate) -> Any | None:
    """*according* after the cue in its sentence, outside the content or closing it (``the
    lawyers complained that X, according to Politico``)."""
    cue = candidate.cue
    if cue is None or cue.pos_ not in {"VERB", "AUX"}:
        return None
    for token in (t for t in cue.sent if t.i > cue.i and t.lower_ == "according" and t.dep_ == "prep"):
        phrase_end = token.right_edge.idx + len(token.right_edge)
        inside = candidate.start <= token.idx < candidate.end
        if not inside or (not candidate.direct and phrase_end >= candidate.end - 1):
            return token
    return None


def _attribute(context: Context, spans: list[MarkedSpan], number: int) -> Cue | None:
    span = spans[number]
    para_end = context.paragraphs[span.paragraph][1]
    following = spans[number + 1] if number + 1 < len(spans) else None
    limit = following.open_at if following and following.paragraph == span.paragraph else para_end
    preceding = spans[number - 1] if number else None
    first_start = context.paragraphs[span.first_paragraph][0]
    begin = preceding.outer_end if preceding and preceding.paragraph == span.first_paragraph else first_start
    after = cue_after(context.doc, span.outer_end, limit, opened_at=span.open_at) \
        if span.close_at is not None else None
    clause = reporting_clause_after(context.doc, span, limit) \
        if span.close_at is not None and after is None else None
    before = cue_before(context.doc, begin, span.open_at)
    if after is not None and before is not None and _in_clause_before(context, span, after, before):
        return before
    return after or before or clause


def _in_clause_before(context: Context, span: MarkedSpan, after: Cue, before: Cue) -> bool:
    """``Rice informed Americans that "… war." Biden suggested that …``, ``the media, whom he
    calls “enemies of the American people” — and she …, saying``: a quotation that a cue
    before it and one after it could each attribute is the material of the one whose clause
    the parse puts its words in (its words hang from that verb), as a reporting clause after
    a quotation takes the quotation as its own content. A tensed cue before it must name a
    source: a parse that lost its subject (``Herzog`` hung as a clause of its own) takes none
    from the cue after; a participle's subject is its controller, found later (``Cillizza did
    mention the problems by stating, “…”``)."""
    inner = context.doc.char_span(span.start, span.end, alignment_mode="expand")
    if not inner or (before.verb.tag_ in FINITE and not is_source(before.speaker)):
        return False
    heads = {t.head.i for t in inner if not span.start <= t.head.idx < span.end}
    return before.verb.i in heads and after.verb.i not in heads


def _closed(text: str, start: int, end: int) -> int:
    """``said Cruz is “more conservative than Trump.”``: a clause that ends inside quotation
    marks takes in the closing mark (and the punctuation inside it), a single one too
    (``the economy was ‘very strong’``; a ’ before a letter is an apostrophe, no mark)."""
    content = text[start:end]
    curly_open = content.count("“") > content.count("”")
    straight_open = content.count('"') % 2 == 1
    single_open = content.count("‘") > len(_CLOSING_SINGLE.findall(content))
    tail = re.match(r"[.,!?]?([”\"’])", text[end:end + 2])
    mark = tail.group(1) if tail else None
    if (mark == "”" and curly_open) or (mark == '"' and straight_open) \
            or (mark == "’" and single_open):
        return end + tail.end()
    return end


#: A ’ that closes a single quotation: not before a letter (``don’t``) as an apostrophe is.
_CLOSING_SINGLE = re.compile(r"’(?![^\W_])")


def reported_candidates(context: Context, direct: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    for reported in reported_speech(context.doc):
        opening = _opening_quote(context.text, reported, direct)
        if opening is not None:
            reported = replace(reported, start=opening.span.open_at)
        elif not _keeps(context, reported, direct):
            continue
        found = [c for c in found if not _nests(c, reported)]
        if any(_overlaps(c, reported) for c in found):
            continue
        end = _closed(context.text, reported.start, _through_quote(reported, direct))
        found.append(_outermost(Candidate(reported.start, end, False, reported.cue,
                                          reported.speaker, reported.cue_text)))
    return found


def _through_quote(reported: Any, direct: list[Candidate]) -> int:
    """``According to the man, the steroids “had an effect. At the same time, I …”``: a clause
    whose sentence ends inside a quotation it opened runs on to the quotation's end (the
    rules' mixed content is one attribution)."""
    return max([reported.end, *(c.end for c in direct
                                if reported.start < c.start < reported.end < c.end)])


def _nests(inner: Candidate, outer: Any) -> bool:
    """``[Sondland said he had relayed X], Morrison testified``: a report whose cue lies inside
    another's content is annotated once, at the outer level, as the rules say."""
    return (
        inner.cue is not None
        and outer.start <= inner.cue.idx < outer.end
        and not inner.start <= outer.cue.idx < inner.end
        and _clause_of(inner.cue, outer.cue)
    )


#: Dependencies that join a clause to the clause it belongs to.
_CLAUSES = {"ccomp", "advcl", "conj", "xcomp", "parataxis"}


def _clause_of(verb: Any, outer: Any) -> bool:
    """``verb`` heads a clause of ``outer``'s content, through clauses only (not the verb of a
    relative clause on a noun there: ``his testimony, in which he said X, a prospect Y
    denied``)."""
    while verb.i != outer.i:
        if verb.dep_ not in _CLAUSES or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _keeps(context: Context, reported: Any, direct: list[Candidate]) -> bool:
    if not _keeps_source(reported, direct) or not _whole_clause(reported):
        return False
    found = words(context.text[reported.start:reported.end])
    if len(found) < (1 if reported.split else MIN_CONTENT_WORDS):
        return False
    if reported.split and found[-1].lower() in _ELLIPTICAL:
        return False  # "She said it is while critics argued …": a clause whose verb is elided
    # a clause that starts inside quotation marks is part of that direct quote; a quote inside
    # a clause that starts outside the marks makes the clause mixed
    return not any(c.start - 2 <= reported.start < c.end for c in direct)


def _opening_quote(text: str, reported: Any, direct: list[Candidate]) -> Candidate | None:
    """``cautions that “we’re still in the very early days” of figuring it out``: a clause that
    opens with a quotation and runs on past its closing mark is mixed content, the whole clause
    with its opening mark (the rules' ``said [China "firmly supports" the move]``), not the
    quoted words alone; a clause that ends at the closing mark is the direct quote itself."""
    if not _keeps_source(reported, direct) or not _whole_clause(reported):
        return None
    for quote in direct:
        span = quote.span
        if span is None or span.close_at is None \
                or not span.open_at <= reported.start <= quote.start:
            continue
        after = text[span.outer_end:reported.end]
        if not words(after) or _writers_clause(reported.cue, span.outer_end, reported.end):
            return None
        return quote
    return None


def _writers_clause(cue: Any, start: int, end: int) -> bool:
    """``told reporters "…" as he welcomed the prime minister``: words after the closing mark
    that hang from the cue as its modifier, open an adverbial clause with a subject of its own
    (its conjunction first) or a relative clause (``"…," which is "quite a bit"``) tell when
    or why it was said or comment on it, the writer's, not more of the clause the quotation
    opens."""
    after = cue.doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in after if not (t.is_punct or t.is_space)), None) if after else None
    if first is None:
        return True
    if first.tag_ in {"WDT", "WP"} and first.head.dep_ == "relcl":
        return True  # "…," which is "quite a bit": the writer's comment on the quotation
    if _time_or_occasion(first, cue) or _next_act(first, cue):
        return True
    return not _in_content(first, cue) or (
        first.dep_ == "mark" and first.head.dep_ == "advcl"
        and any(c.dep_ in SUBJECTS for c in first.head.children))


def _phrase_from(first: Any) -> Any:
    """The head of the phrase that opens at ``first`` (``last night``: *night*)."""
    token = first
    while token.head.i != token.i and token.head.left_edge.i == first.i:
        token = token.head
    return token


def _time_or_occasion(first: Any, cue: Any) -> bool:
    """``"we will win" on Tuesday in a speech``, ``"…" last night``: a phrase of time or of
    the occasion after the closing mark tells when or where it was said, though the parse
    hangs it on the quotation's verb. An occasion only after a preposition of one (``at a
    news conference``; ``"no comment" on the hearing``, ``"preparing" for the debate`` are
    the content's); a time only where the cue has none of its own (``said Wednesday that
    "…" in 2018`` is the content's), the quoted clause no modal (``"we will meet again" next
    week``) and the preposition is no *by* or *until* (``"prices will fall" by 2030``)."""
    phrase = _phrase_from(first)
    if _occasion(phrase):
        return True
    if not _time_phrase(phrase):
        return False  # "we will sign" the treaty at a summit: the object is the content's
    if not _timed(cue) and any(_occasion(c) for c in phrase.head.children if c.i > phrase.i):
        return True  # "… on Tuesday in a speech": the time of the occasion named after it
    return _time_of_saying(phrase, cue)


def _time_phrase(phrase: Any) -> bool:
    """``last night``, ``on Tuesday``: a phrase of time (no *by* or *until* of a time to come)."""
    if phrase.dep_ == "npadvmod":
        return phrase.ent_type_ in WHEN_LABELS
    noun = _object(phrase)
    return phrase.dep_ == "prep" and noun is not None and noun.ent_type_ in WHEN_LABELS \
        and phrase.lower_ not in _UNTIL


def _occasion(phrase: Any) -> bool:
    """``at a news conference``, ``in a speech``: an occasion of speaking after a preposition
    that places a saying there."""
    noun = _object(phrase)
    return phrase.dep_ == "prep" and noun is not None and phrase.lower_ in _OCCASION_PREPOSITIONS \
        and noun.lemma_.lower() in OCCASIONS


#: Prepositions that place a saying at an occasion (``at a news conference``, ``in a speech``).
_OCCASION_PREPOSITIONS = frozenset({"at", "in", "during", "after"})
#: Prepositions of a time by which something is to be (``by 2030``), never of a saying.
_UNTIL = frozenset({"by", "until", "till"})


def _time_of_saying(phrase: Any, cue: Any) -> bool:
    """A time after the closing mark is the saying's where the cue has none of its own and
    the clause it hangs on has no modal (``will``, ``would``, ``could``: a time to come)."""
    return not _timed(cue) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in phrase.head.children)


def _object(preposition: Any) -> Any | None:
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _timed(cue: Any) -> bool:
    """The cue has a time of its own (``said Wednesday``, ``said on Monday``)."""
    return any(c.ent_type_ in WHEN_LABELS if c.dep_ == "npadvmod"
               else c.dep_ == "prep" and (o := _object(c)) is not None
               and o.ent_type_ in WHEN_LABELS for c in cue.children)


def _next_act(first: Any, cue: Any) -> bool:
    """``"we will win" and left the stage``: a verb joined after the closing mark, outside
    marks, in the cue's own form and with no subject, auxiliary or conjunction of its own is
    the speaker's next act, told by the writer (``"…" and "…"`` is a second quotation);
    another form goes on with the quotation's subject (``"inflation remains high" and
    threatens …``, ``"we will appeal" and will file …``), as ``reported_beside`` reads it."""
    if _phrase_from(first).dep_ != "cc":
        return False
    joined = next((c for c in first.head.children if c.dep_ == "conj" and c.i > first.i), None)
    return joined is not None and joined.pos_ == "VERB" and _form(joined) == _form(cue) \
        and not any(t.is_quote for t in first.doc[first.i:joined.i]) \
        and not any(c.dep_ in SUBJECTS or c.dep_ in {"mark", "aux", "auxpass"} for c in joined.children)


def _form(verb: Any) -> str:
    """A verb's tense as its tag says, a perfect read as the past it tells (``has told … and
    left``: both past)."""
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return "VBD"
    return verb.tag_


#: The last word of a clause whose verb is elided (``he did``, ``it is``, ``she will``): an
#: auxiliary or a modal standing for the verb of another clause, no content of its own.
_ELLIPTICAL = frozenset({
    "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "has", "have", "had",
    "will", "would", "can", "could", "shall", "should", "may", "might", "must",
})


#: How a modifier of the cue itself hangs from it (its time, place, manner, a second verb).
_CUE_MODIFIERS = {"prep", "conj", "cc", "advcl", "advmod", "npadvmod", "punct", "agent"}


def _in_content(token: Any, cue: Any) -> bool:
    """The token hangs from the cue through its content, not as a modifier of the cue."""
    while token.head.i != token.i:
        if token.head.i == cue.i:
            return token.dep_ not in _CUE_MODIFIERS
        token = token.head
    return False


def _whole_clause(reported: Any) -> bool:
    """``a campaign that they say aims to ...``: no clause whose cue sits inside it."""
    return not reported.start <= reported.cue.idx < reported.end


def _keeps_source(reported: Any, direct: list[Candidate]) -> bool:
    """The cue stands outside every quotation and its subject can speak."""
    return not any(c.start <= reported.cue.idx < c.end for c in direct) \
        and is_source(reported.speaker)


def _overlaps(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end




def _covered(start: int, end: int, direct: list[Candidate]) -> float:
    overlap = sum(max(0, min(end, c.end) - max(start, c.start)) for c in direct)
    return overlap / max(1, end - start)


def inside(quote: Candidate, reported: Candidate) -> bool:
    return reported.start <= quote.start and quote.end <= reported.end + 1


_MARKS = "\"“”„«»"


def kind_of(text: str, candidate: Candidate) -> str:
    """The attribution's kind (``docs/quotes.md``): direct, partial (a quoted fragment inside the
    reporting sentence), according_to, noun (a noun cue), mixed (reported content holding
    quoted words) or indirect."""
    content = text[candidate.start:candidate.end]
    if candidate.direct:
        return "partial" if _is_fragment(text, candidate) else "direct"
    if candidate.cue_text == "according to":
        return "according_to"
    if candidate.cue is not None and candidate.cue.pos_ in {"NOUN", "PROPN"} \
            and candidate.cue.lemma_.lower() not in VERB_ONLY_CUES:  # "some argue"
        return "noun"
    return "mixed" if any(mark in content for mark in _MARKS) else "indirect"


def _is_fragment(text: str, candidate: Candidate) -> bool:
    """``called the plan "a disaster"``: the quote opens in lower case after running text."""
    content = text[candidate.start:candidate.end].lstrip()
    before = text[max(0, candidate.start - 3):candidate.start].rstrip(_MARKS + " ‘'")
    return content[:1].islower() and not before.endswith((":", ",", "\n")) and bool(before)
